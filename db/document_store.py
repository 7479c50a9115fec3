"""DocumentStore over a Session: the per-body document journal and the registered documents.

Numbering is `max(seq) + 1` of the (body, kind, year) journal, read through the journal's unique
index. On SQLite the write unit of work begins with BEGIN IMMEDIATE, so it holds the database's
write lock from its first statement: no other workstation can insert between this read and the
caller's insert, and a rolled-back issue gives its number back (documents are never deleted, so
the journal stays gap-free). On PostgreSQL the write engine's advisory write lock (db.engine)
serialises writers the same way, and the read also takes a transaction-scoped advisory lock of
its own journal, so the number stays right even on a connection without the write lock (another
tool's engine). The UNIQUE (body_key, kind, year, seq) constraint is the last line: it refuses a
duplicate rather than storing it.
"""

from __future__ import annotations

import zlib

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from db.errors import translate_errors
from db.procedure_models import DbDocument
from domain.errors import NotFound
from domain.procedure_model import DocumentKind, IssuedDocument


def body_key(body_id: int | None) -> int:
    """The journal key of a body: its id, or 0 for cases without a body (no body has id 0)."""
    return body_id if body_id is not None else 0


# PostgreSQL advisory locks of the journals: the two-key form, this first key ("TJNL") and a
# 32-bit hash of the journal; a collision only makes two journals wait for each other.
JOURNAL_LOCK_SPACE = 0x544A4E4C
_JOURNAL_LOCK = text("SELECT pg_advisory_xact_lock(:space, :key)")


def journal_lock_key(body_id: int | None, kind: DocumentKind, year: int) -> int:
    """The journal's advisory lock key: a signed 32-bit hash of (body, kind, year)."""
    digest = zlib.crc32(f"{body_key(body_id)}:{DocumentKind(kind).value}:{year}".encode())
    return digest - (1 << 32) if digest >= 1 << 31 else digest


class SqlDocumentStore:
    """ports.DocumentStore over a Session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @translate_errors()
    def next_seq(self, body_id: int | None, kind: DocumentKind, year: int) -> int:
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.execute(
                _JOURNAL_LOCK,
                {"space": JOURNAL_LOCK_SPACE, "key": journal_lock_key(body_id, kind, year)},
            )
        last = self._session.scalar(
            select(func.max(DbDocument.seq)).where(
                DbDocument.body_key == body_key(body_id),
                DbDocument.kind == DocumentKind(kind).value,
                DbDocument.year == year,
            )
        )
        return int(last or 0) + 1

    @translate_errors()
    def add_document(self, doc: IssuedDocument) -> int:
        row = DbDocument(
            case_id=doc.case_id,
            body_id=doc.body_id,
            body_key=body_key(doc.body_id),
            kind=DocumentKind(doc.kind).value,
            lang=doc.lang,
            year=doc.year,
            seq=doc.seq,
            number=doc.number,
            issued_on=doc.issued_on,
            issued_at=doc.issued_at,
            content_hash=doc.content_hash,
            code=doc.code,
            actor=doc.actor,
            pages=doc.pages,
            content_json=doc.content_json,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    @translate_errors()
    def set_pages(self, document_id: int, pages: int) -> None:
        changed = self._session.execute(
            update(DbDocument)
            .where(DbDocument.id == document_id)
            .values(pages=pages)
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount == 0:  # type: ignore[attr-defined]
            raise NotFound(f"document {document_id}")

    @translate_errors()
    def documents(self, case_id: int) -> list[IssuedDocument]:
        """The case's documents, newest first (by issue instant, then id)."""
        rows = self._session.scalars(
            select(DbDocument)
            .where(DbDocument.case_id == case_id)
            .order_by(DbDocument.issued_at.desc(), DbDocument.id.desc())
        )
        return [_document(r) for r in rows]

    @translate_errors()
    def document(self, document_id: int) -> IssuedDocument | None:
        row = self._session.get(DbDocument, document_id)
        return _document(row) if row is not None else None

    @translate_errors()
    def document_by_code(self, code: str) -> IssuedDocument | None:
        """The document printed with this code, exactly as stored (the caller normalises)."""
        row = self._session.scalars(select(DbDocument).where(DbDocument.code == code)).first()
        return _document(row) if row is not None else None


def _document(row: DbDocument) -> IssuedDocument:
    return IssuedDocument(
        id=row.id,
        case_id=row.case_id,
        body_id=row.body_id,
        kind=DocumentKind(row.kind),
        lang=row.lang,
        year=row.year,
        seq=row.seq,
        number=row.number,
        issued_on=row.issued_on,
        issued_at=row.issued_at,
        content_hash=row.content_hash,
        code=row.code,
        actor=row.actor,
        pages=row.pages,
        content_json=row.content_json,
    )
