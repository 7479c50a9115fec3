"""Printed documents: reportlab page templates, fonts and story builders."""
