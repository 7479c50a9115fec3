"""Tartip's pure core: the law as data, the rules as functions, services over abstract ports."""
