"""Translated names for printed documents: their kinds, languages and verification results."""

from __future__ import annotations

import errno
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.errors import RenderError
from domain.procedure_documents import file_stem
from domain.procedure_model import DocumentKind, VerifyStatus

_CTX = "Documents"

DOCUMENT_LANGS: tuple[str, ...] = ("kk", "ru", "both")

_KIND = {
    DocumentKind.DECISION: QT_TRANSLATE_NOOP("Documents", "Commission decision"),
    DocumentKind.PROTOCOL: QT_TRANSLATE_NOOP("Documents", "Hearing protocol"),
    DocumentKind.ORDER: QT_TRANSLATE_NOOP("Documents", "Draft order"),
    DocumentKind.EXPLANATION_REQUEST: QT_TRANSLATE_NOOP(
        "Documents", "Request for a written explanation"
    ),
    DocumentKind.EXPLANATION_ACT: QT_TRANSLATE_NOOP(
        "Documents", "Act of refusal or absence of an explanation"
    ),
}

# The document's language, not the UI's: Kazakh, Russian, or both texts in one document.
_LANG = {
    "kk": QT_TRANSLATE_NOOP("Documents", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Documents", "Russian"),
    "both": QT_TRANSLATE_NOOP("Documents", "Kazakh and Russian"),
}

_STATUS = {
    VerifyStatus.MATCHES: QT_TRANSLATE_NOOP("Documents", "Matches the record"),
    VerifyStatus.CHANGED: QT_TRANSLATE_NOOP(
        "Documents", "The record has changed since this document was issued"
    ),
    VerifyStatus.TAMPERED: QT_TRANSLATE_NOOP(
        "Documents", "Does not match: the document differs from the registered one"
    ),
    VerifyStatus.UNKNOWN: QT_TRANSLATE_NOOP(
        "Documents", "Unknown: no such document is registered in this database"
    ),
    VerifyStatus.UNREADABLE: QT_TRANSLATE_NOOP(
        "Documents", "Unreadable: not a Tartip document, or its verification data is missing"
    ),
}

# The keys of domain.documents.document_content as a reader names them: exact keys first, then
# the key's prefix (a member's seat, a vote); an unknown key is shown as it is, never hidden.
_CONTENT = {
    "kind": QT_TRANSLATE_NOOP("Documents", "document type"),
    "number": QT_TRANSLATE_NOOP("Documents", "registration number"),
    "issued_on": QT_TRANSLATE_NOOP("Documents", "date of the document"),
    "place": QT_TRANSLATE_NOOP("Documents", "place"),
    "executor": QT_TRANSLATE_NOOP("Documents", "executor"),
    "lang": QT_TRANSLATE_NOOP("Documents", "language"),
    "case.number": QT_TRANSLATE_NOOP("Documents", "case number"),
    "case.rule_pack": QT_TRANSLATE_NOOP("Documents", "rule pack"),
    "case.offence": QT_TRANSLATE_NOOP("Documents", "offence"),
    "case.unit_name": QT_TRANSLATE_NOOP("Documents", "unit"),
    "case.committed_on": QT_TRANSLATE_NOOP("Documents", "date of the offence"),
    "case.discovered_on": QT_TRANSLATE_NOOP("Documents", "date of discovery"),
    "case.continuing_until": QT_TRANSLATE_NOOP("Documents", "end of the continuing offence"),
    "case.terminated_on": QT_TRANSLATE_NOOP("Documents", "date of termination"),
    "case.description": QT_TRANSLATE_NOOP("Documents", "description of the offence"),
    "case.report_source": QT_TRANSLATE_NOOP("Documents", "source of the report"),
    "case.last_day": QT_TRANSLATE_NOOP("Documents", "last permissible day"),
    "case.penalty": QT_TRANSLATE_NOOP("Documents", "penalty"),
    "case.justification": QT_TRANSLATE_NOOP("Documents", "justification of the penalty"),
    "servant.full_name": QT_TRANSLATE_NOOP("Documents", "servant's name"),
    "servant.iin": QT_TRANSLATE_NOOP("Documents", "IIN"),
    "servant.position": QT_TRANSLATE_NOOP("Documents", "position"),
    "hearing.held_on": QT_TRANSLATE_NOOP("Documents", "date of the hearing"),
    "hearing.place": QT_TRANSLATE_NOOP("Documents", "place of the hearing"),
    "hearing.outcome": QT_TRANSLATE_NOOP("Documents", "the commission's decision"),
    "hearing.proposed_penalty": QT_TRANSLATE_NOOP("Documents", "proposed penalty"),
    "hearing.minutes": QT_TRANSLATE_NOOP("Documents", "course of the hearing"),
    "hearing.invited": QT_TRANSLATE_NOOP("Documents", "others present"),
}
_CONTENT_PREFIX = {
    "body.": QT_TRANSLATE_NOOP("Documents", "state body"),
    "deadline.": QT_TRANSLATE_NOOP("Documents", "deadline computation"),
    "explanation.": QT_TRANSLATE_NOOP("Documents", "explanation"),
    "commission.": QT_TRANSLATE_NOOP("Documents", "commission"),
    "composition.": QT_TRANSLATE_NOOP("Documents", "commission's composition"),
    "hearing.members.": QT_TRANSLATE_NOOP("Documents", "attendance and votes"),
    "tally.": QT_TRANSLATE_NOOP("Documents", "vote count"),
    "worksheet.": QT_TRANSLATE_NOOP("Documents", "criteria worksheet"),
    "order.": QT_TRANSLATE_NOOP("Documents", "order"),
}

# VerifyResult.detail codes (domain.procedure_documents), by status.
_DETAIL = {
    (VerifyStatus.UNKNOWN, "document"): QT_TRANSLATE_NOOP(
        "Documents",
        "The file names a document this database has not registered: it may come from another "
        "database.",
    ),
    (VerifyStatus.UNKNOWN, "code"): QT_TRANSLATE_NOOP(
        "Documents", "No document with this code is registered in this database."
    ),
    (VerifyStatus.UNKNOWN, "malformed"): QT_TRANSLATE_NOOP(
        "Documents",
        "This is not a verification code: it has twelve letters and digits in three groups, "
        "such as ABCD-EFGH-JKMN.",
    ),
    (VerifyStatus.UNKNOWN, "case"): QT_TRANSLATE_NOOP(
        "Documents", "The document was registered, but its case has been deleted."
    ),
    (VerifyStatus.TAMPERED, "code"): QT_TRANSLATE_NOOP(
        "Documents", "The verification code in the file differs from the registered one."
    ),
    (VerifyStatus.TAMPERED, "text"): QT_TRANSLATE_NOOP(
        "Documents", "The text of the file differs from the registered document."
    ),
}

_FONT_MISSING = QT_TRANSLATE_NOOP(
    "Documents",
    "No font for Kazakh and Russian text was found, so the document cannot be printed. Install "
    "Times New Roman (Windows), or Liberation Serif, PT Serif or DejaVu Serif (Linux), then try "
    "again.",
)
_RENDER_FAILED = QT_TRANSLATE_NOOP("Documents", "The document could not be printed.")
_DISK_FULL = QT_TRANSLATE_NOOP(
    "Documents", "The disk is full: the file was not written. Free some space and try again."
)
_DENIED = QT_TRANSLATE_NOOP(
    "Documents", "The file cannot be written there: permission denied. Choose another folder."
)
_WRITE_FAILED = QT_TRANSLATE_NOOP("Documents", "The file could not be written: %1")


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the text it was given.
    return QCoreApplication.translate(_CTX, str(text))


def kind_label(kind: DocumentKind | str) -> str:
    try:
        return _t(_KIND[DocumentKind(kind)])
    except ValueError:
        return str(kind)


def lang_label(lang: str) -> str:
    source = _LANG.get(lang)
    return _t(source) if source else lang


def status_label(status: VerifyStatus) -> str:
    return _t(_STATUS[status])


def content_label(key: str) -> str:
    """A content key as a reader names it ("servant.full_name" -> "servant's name")."""
    source = _CONTENT.get(key)
    if source is None:
        # The longest prefix wins: "hearing.members.2.vote" is a vote, not the hearing.
        prefixes = sorted((p for p in _CONTENT_PREFIX if key.startswith(p)), key=len)
        source = _CONTENT_PREFIX[prefixes[-1]] if prefixes else None
    return _t(source) if source else key


def content_labels(keys: Iterable[str]) -> list[str]:
    """The keys' labels, each once, in the keys' order."""
    return list(dict.fromkeys(content_label(key) for key in keys))


def detail_text(status: VerifyStatus, detail: str) -> str:
    """The reason a verification gave (a code of the service), in words; "" when there is none."""
    source = _DETAIL.get((status, detail))
    return _t(source) if source else ""


def render_error_text(error: RenderError) -> str:
    """What the user reads when the renderer refuses; the technical detail follows for support."""
    if error.code == "font_missing":
        return _t(_FONT_MISSING)
    detail = str(error)
    return _t(_RENDER_FAILED) + (f"\n\n{detail}" if detail else "")


def write_error_text(error: OSError) -> str:
    """A file that could not be written, told apart by errno (never by the message text)."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _t(_DISK_FULL)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _t(_DENIED)
    return _t(_WRITE_FAILED).replace("%1", error.strerror or str(error))


def document_file_name(case_number: str, kind: DocumentKind, lang: str) -> str:
    """'<case number>-<kind>-<lang>.pdf', the number made safe, as the batch names its files."""
    return f"{file_stem(case_number)}-{DocumentKind(kind).value}-{lang}.pdf"
