"""Helpers of the report tests: rendering to bytes and reading a PDF's text back."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf

from domain.document_data import DocumentData
from domain.procedure_model import DocumentKind
from reports.documents import PdfRenderer
from reports.readback import flat


def render(
    renderer: PdfRenderer, data: DocumentData, lang: str, kind: DocumentKind | None = None
) -> tuple[int, bytes]:
    """The document as PDF bytes, with its page count as the renderer reported it."""
    buf = io.BytesIO()
    pages = renderer.render(replace(data, kind=kind) if kind else data, lang, buf)
    return pages, buf.getvalue()


def pages_text(pdf: bytes) -> list[str]:
    """Each page's extracted text, NFC, whitespace runs folded to one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [flat(page.extract_text()) for page in reader.pages]


def squash(s: str) -> str:
    """Without any whitespace: the comparison form for text that may wrap anywhere."""
    return re.sub(r"\s+", "", s)


def has(text: str, needle: str) -> bool:
    return squash(needle) in squash(text)
