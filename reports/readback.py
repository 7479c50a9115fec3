"""Reading a printed PDF back: the registered document it claims to be and its text (pypdf)."""

from __future__ import annotations

import os
import re
import unicodedata

from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError

from domain.document_data import ReadBack
from reports.verification import CODE_RE, KEYWORDS_RE

# What a broken or foreign file makes pypdf raise: its own errors (DependencyError is not one of
# them: AES without a crypto library), a file that cannot be read, and what its parser lets
# through on garbage. Measured on 6,000 damaged copies of our own PDFs (truncated, bytes changed,
# cut or inserted): PdfStreamError/PdfReadError/LimitReachedError, ValueError (bad numbers and
# encodings), NotImplementedError (an unknown filter) and, once, AssertionError; nothing else.
_UNREADABLE = (
    PyPdfError,
    DependencyError,
    OSError,
    ValueError,
    NotImplementedError,
    AssertionError,
)


def flat(s: str) -> str:
    """NFC with every whitespace run folded to one space: the form read-back texts compare in."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def read_back(path: str | os.PathLike[str]) -> ReadBack | None:
    """The stamp and the text of a PDF; None when the file is not a PDF pypdf can read.

    The stamp comes from /Keywords ("tartip-document:<id>:<code>"); when the metadata is gone
    (the file was re-saved by another program) the code is looked for in the text, and the
    document id is then unknown (None).
    """
    try:
        reader = PdfReader(os.fspath(path))
        meta = reader.metadata
        raw_keywords = meta.get("/Keywords") if meta is not None else None
        pages = [page.extract_text() or "" for page in reader.pages]
    except _UNREADABLE:
        return None
    body = flat(" ".join(pages))
    found = KEYWORDS_RE.search(str(raw_keywords or ""))
    if found is not None:
        return ReadBack(document_id=int(found["id"]), code=found["code"], text=body)
    in_text = CODE_RE.search(body)
    return ReadBack(document_id=None, code=in_text["code"] if in_text else "", text=body)
