"""Helpers of the report tests: reading a PDF's text back, changing a hand-built case."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace

import pypdf

from domain.model import CaseDetail

KAZAKH_NAME = "Әбілқасымова Ғалия Құрманқызы"


def with_servant(case: CaseDetail, **changes: object) -> CaseDetail:
    return replace(case, servant=replace(case.servant, **changes))


def pages_text(pdf: bytes) -> list[str]:
    """Each page's extracted text, NFC, whitespace runs folded to one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [flat(page.extract_text()) for page in reader.pages]


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
