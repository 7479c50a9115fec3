"""What a printed document is built from, and the port `reports/` implements to print it."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Protocol

from domain.deadline_facts import DeadlineResult
from domain.model import CaseDetail
from domain.procedure_model import (
    CaseProcedure,
    Commission,
    Composition,
    DocumentKind,
    Hearing,
    Order,
)
from domain.rulepack import RulePack


@dataclass(frozen=True)
class DocumentStamp:
    """The registration of one printed document: journal number, date and verification code."""

    document_id: int
    number: str
    issued_on: date
    code: str  # short code derived from the content hash; printed beside the QR code
    qr_payload: str  # what the QR code encodes (domain.documents.qr_payload)


@dataclass(frozen=True)
class DocumentData:
    """Everything one document prints, gathered from the record by the procedure service.

    Texts that differ by language come as {lang: text} mappings ("kk", "ru"); user-entered
    texts are plain strings (printed as typed, escaped by the renderer).
    """

    kind: DocumentKind
    case: CaseDetail
    deadline: DeadlineResult | None
    pack: RulePack
    procedure: CaseProcedure
    stamp: DocumentStamp
    body_names: Mapping[str, str] = field(default_factory=dict)  # lang -> body name
    commission: Commission | None = None
    composition: Composition | None = None  # in force on the hearing day (or today)
    hearing: Hearing | None = None  # the hearing the decision/protocol records (the latest)
    order: Order | None = None
    # domain.criteria.worksheet_text per language: lang -> paragraphs.
    worksheet_paragraphs: Mapping[str, Sequence[str]] = field(default_factory=dict)
    # The deadline computation's steps as printable lines per language (lang -> lines).
    deadline_lines: Mapping[str, Sequence[str]] = field(default_factory=dict)
    place: str = ""  # the city or village printed as the place of the document
    executor: str = ""  # the executor mark: who prepared the document
    # The audit trail's head when the document was issued, "seq/16 hex" (RELIABILITY 2.2): the
    # paper copy anchors the chain against truncation. Not part of the registered content.
    audit_anchor: str = ""


@dataclass(frozen=True)
class ReadBack:
    """What a PDF says about itself: the registered document it claims to be and its text."""

    document_id: int | None
    code: str
    text: str  # all pages' text, NFC, whitespace folded


class DocumentRenderer(Protocol):
    """Prints documents; implemented by `reports/` (reportlab) and read back by `verify`."""

    def render(self, data: DocumentData, lang: str, out: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the document in "kk", "ru" or "both" to `out`; returns the number of pages.
        Raises FontMissing (a StorageError-like, user-facing failure) when no font fits."""
        ...

    def read_back(self, path: str | os.PathLike[str]) -> ReadBack | None:
        """The stamp and text of a PDF; None when it is not a readable PDF."""
        ...
