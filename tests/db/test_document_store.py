"""The document journal on a real file: numbering per (body, kind, year), the NULL-body journal,
unique numbers and codes, reads and reprint lookups, and the write lock that serialises issues."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select

from db.engine import Database, open_database
from db.procedure_models import DbDocument
from domain.errors import NotFound, StorageError, StorageErrorKind
from domain.procedure_model import DocumentKind, IssuedDocument
from tests.db.procedure_inputs import NOW, add_body, add_case, document


def _issue(database: Database, doc: IssuedDocument) -> IssuedDocument:
    """Take the journal's next number and register the document, in one transaction."""
    with database.uow() as uow:
        seq = uow.documents.next_seq(doc.body_id, doc.kind, doc.year)
        numbered = replace(doc, seq=seq, code=f"{doc.code}-{seq}")
        doc_id = uow.documents.add_document(numbered)
        uow.commit()
    return replace(numbered, id=doc_id)


def test_each_body_kind_and_year_has_its_own_journal(database: Database) -> None:
    justice = add_body(database, "Министерство юстиции", "Әділет министрлігі")
    finance = add_body(database, "Министерство финансов", "Қаржы министрлігі")
    case_a = add_case(database, justice)
    case_b = add_case(database, finance, iin="900101300017")
    case_c = add_case(database, None, iin="920202400028")
    issued: list[tuple[int | None, str, int, int]] = []
    plan = [
        (case_a, justice, DocumentKind.DECISION, 2026),
        (case_a, justice, DocumentKind.DECISION, 2026),
        (case_b, finance, DocumentKind.DECISION, 2026),
        (case_a, justice, DocumentKind.PROTOCOL, 2026),
        (case_a, justice, DocumentKind.DECISION, 2026),
        (case_b, finance, DocumentKind.DECISION, 2026),
        (case_a, justice, DocumentKind.DECISION, 2027),  # a new year starts again at 1
        (case_c, None, DocumentKind.DECISION, 2026),  # cases without a body share journal 0
        (case_c, None, DocumentKind.DECISION, 2026),
        (case_a, justice, DocumentKind.DECISION, 2027),
    ]
    for case_id, body, kind, year in plan:
        doc = _issue(database, document(case_id, body, 0, kind=kind, year=year))
        issued.append((doc.body_id, doc.kind.value, doc.year, doc.seq))
    assert issued == [
        (justice, "decision", 2026, 1),
        (justice, "decision", 2026, 2),
        (finance, "decision", 2026, 1),
        (justice, "protocol", 2026, 1),
        (justice, "decision", 2026, 3),
        (finance, "decision", 2026, 2),
        (justice, "decision", 2027, 1),
        (None, "decision", 2026, 1),
        (None, "decision", 2026, 2),
        (justice, "decision", 2027, 2),
    ]
    with database.uow(read_only=True) as uow:
        assert uow.documents.next_seq(justice, DocumentKind.DECISION, 2026) == 4
        assert uow.documents.next_seq(justice, DocumentKind.ORDER, 2026) == 1
        assert uow.documents.next_seq(None, DocumentKind.DECISION, 2026) == 3
        assert uow.documents.next_seq(finance, DocumentKind.DECISION, 2025) == 1


def test_a_journal_number_and_a_code_are_given_once(database: Database) -> None:
    body = add_body(database, "Минюст", "Әділет")
    case_id = add_case(database, body)
    for body_id in (body, None):  # NULL bodies too: the key is body_key, never NULL
        first = document(case_id, body_id, 1, code=f"FIRST-{body_id}")
        with database.uow() as uow:
            uow.documents.add_document(first)
            uow.commit()
        with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
            uow.documents.add_document(replace(first, code=f"OTHER-{body_id}"))
    with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
        uow.documents.add_document(document(case_id, body, 2, code=f"FIRST-{body}"))
    # The journal key always agrees with the body.
    with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
        uow.documents.add_document(document(case_id, body, 3))
        uow._session.execute(
            DbDocument.__table__.update().where(DbDocument.seq == 3).values(body_key=0)
        )


def test_documents_read_back_whole_newest_first(database: Database) -> None:
    body = add_body(database, "Минюст", "Әділет")
    case_id = add_case(database, body)
    other_case = add_case(database, body, iin="900101300017")
    older = _issue(database, document(case_id, body, 0, lang="kk", content_hash="1" * 64))
    newer = _issue(
        database,
        document(
            case_id,
            body,
            0,
            kind=DocumentKind.ORDER,
            lang="both",
            content_hash="2" * 64,
            issued_at=NOW + timedelta(hours=1),
        ),
    )
    same_instant = _issue(database, document(case_id, body, 0, content_hash="3" * 64))
    elsewhere = _issue(database, document(other_case, body, 0, content_hash="1" * 64))
    with database.uow() as uow:
        uow.documents.set_pages(older.id, 3)
        with pytest.raises(NotFound):
            uow.documents.set_pages(elsewhere.id + 1, 1)
        uow.commit()
    older = replace(older, pages=3)
    with database.uow(read_only=True) as uow:
        # Newest first; the same instant falls back to the later registration.
        assert uow.documents.documents(case_id) == [newer, same_instant, older]
        assert uow.documents.documents(other_case) == [elsewhere]
        assert uow.documents.document(older.id) == older
        assert uow.documents.document(elsewhere.id + 1) is None
        assert uow.documents.document_by_code(newer.code) == newer
        assert uow.documents.document_by_code("NO-SUCH-CODE") is None
        # A reprint is the case's document of the same kind, language and content hash.
        stored = uow.documents.documents(case_id)
    assert newer.issued_at.utcoffset() == timedelta(0)
    assert older.content_json == '{"servant":"Жақсылықов"}'
    reprints = [
        d
        for d in stored
        if (d.kind, d.lang, d.content_hash) == (DocumentKind.DECISION, "kk", "1" * 64)
    ]
    assert reprints == [older]  # not the other case's document with the same hash


def test_the_next_number_is_read_from_the_journal_index(database: Database) -> None:
    stmt = (
        select(func.max(DbDocument.seq))
        .where(DbDocument.body_key == 1, DbDocument.kind == "decision", DbDocument.year == 2026)
        .compile(database.engine, compile_kwargs={"literal_binds": True})
    )
    with database.engine.connect() as conn:
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {stmt}"))
    # The UNIQUE (body_key, kind, year, seq) constraint's index: a seek to the journal's last entry.
    assert "USING COVERING INDEX" in plan and "body_key=? AND kind=? AND year=?" in plan, plan


def test_a_second_workstation_waits_for_the_number_being_taken(
    database: Database, db_path: Path
) -> None:
    body = add_body(database, "Минюст", "Әділет")
    case_id = add_case(database, body)
    impatient = open_database(db_path, busy_timeout_ms=0)
    try:
        with database.uow() as first:
            seq = first.documents.next_seq(body, DocumentKind.DECISION, 2026)
            # BEGIN IMMEDIATE: the read above already holds the write lock, so nobody can
            # read the same maximum and insert it before this transaction ends.
            with impatient.uow() as second, pytest.raises(StorageError) as err:
                second.documents.next_seq(body, DocumentKind.DECISION, 2026)
            assert err.value.kind is StorageErrorKind.LOCKED
            first.documents.add_document(document(case_id, body, seq))
            first.commit()
        with impatient.uow() as second:
            assert second.documents.next_seq(body, DocumentKind.DECISION, 2026) == seq + 1
    finally:
        impatient.dispose()
