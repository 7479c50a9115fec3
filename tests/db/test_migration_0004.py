"""Revision 0004 (the procedure's tables): a 0003 file with data is upgraded and used, the upgrade
can be undone, and the migration builds the models' tables exactly, CHECK constraints included
(Alembic's comparison does not look at those)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.schema import CreateIndex, CreateTable

from db.engine import HEAD_REVISION, Database, alembic_config, open_database
from db.models import metadata
from domain.procedure_model import (
    CommissionInput,
    CommissionMember,
    Composition,
    DocumentKind,
    ExplanationInput,
    MemberRole,
)
from tests.db.procedure_inputs import document

PROCEDURE_TABLES = (
    "commissions",
    "commission_bodies",
    "compositions",
    "composition_members",
    "attachments",
    "explanations",
    "hearings",
    "hearing_members",
    "orders",
    "appeals",
    "documents",
)


def _penalties_file(path: Path) -> None:
    """A file at revision 0003 holding a body, a servant, a decided case and its timeline."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003_penalties")
        now = "2026-03-01 06:00:00.000000"
        conn.exec_driver_sql(
            "INSERT INTO bodies (id, name_ru, name_kk, kind, region) "
            "VALUES (1, 'Министерство юстиции', 'Әділет министрлігі', 'ministry', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO servants (id, full_name, name_key, iin, birth_date, sex, position, "
            "position_key, category, elected, body_id, unit_id, created_at, updated_at) VALUES "
            "(1, 'Жақсылықов Ерлан', 'жақсылықов ерлан', '850314312344', '1985-03-14', 'male', "
            "'эксперт', 'эксперт', 'administrative', 0, 1, NULL, ?, ?)",
            (now, now),
        )
        conn.exec_driver_sql(
            "INSERT INTO cases (id, number, servant_id, body_id, status, offence, "
            "offence_group, rule_pack, committed_on, discovered_on, decided_on, last_day, "
            "penalty, iin, sort_name, search_key, created_at, updated_at, report_source, "
            "description, justification) VALUES (1, '2026-000001', 1, 1, 'decided', "
            "'art44.duties', NULL, 'kz-416-V', '2026-02-10', '2026-02-18', '2026-02-20', "
            "'2026-03-18', 'reprimand', '850314312344', 'ж', '2026-000001', ?, ?, 'записка', "
            "'описание', '')",
            (now, now),
        )
        conn.exec_driver_sql(
            "INSERT INTO case_events (case_id, at_utc, kind, actor, data) "
            "VALUES (1, ?, 'created', 'hr', '{}')",
            (now,),
        )
    engine.dispose()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_0003_file_is_upgraded_and_takes_a_procedure(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _penalties_file(path)
    with open_database(path) as database:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                HEAD_REVISION
            )
            assert conn.exec_driver_sql("SELECT count(*) FROM case_events").scalar() == 1
            for table in PROCEDURE_TABLES:  # names from the constant above, never input
                count = f"SELECT count(*) FROM {table}"  # noqa: S608
                assert conn.exec_driver_sql(count).scalar() == 0
        with database.uow() as uow:
            case = uow.cases.get_case(1)
            assert case is not None
            assert (case.penalty, case.description) == ("reprimand", "описание")
            commission = uow.procedure.save_commission(CommissionInput("К", "К", (1,)), None)
            member = CommissionMember("Ахметов Болат", "руководитель", MemberRole.CHAIR)
            uow.procedure.save_composition(
                commission, Composition(date(2026, 1, 1), (member,), (2, 3))
            )
            uow.procedure.set_explanation(1, ExplanationInput(date(2026, 2, 19)))
            seq = uow.documents.next_seq(1, DocumentKind.DECISION, 2026)
            uow.documents.add_document(document(1, 1, seq))
            uow.commit()
        with database.uow(read_only=True) as uow:
            assert [c.id for c in uow.procedure.commissions_for_body(1)] == [commission]
            assert [d.seq for d in uow.documents.documents(1)] == [1]
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    # At the head now: the next start leaves the file alone.
    before = path.stat().st_mtime_ns
    open_database(path).dispose()
    assert path.stat().st_mtime_ns == before


def test_the_0004_upgrade_can_be_undone(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _penalties_file(path)
    open_database(path).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003_penalties")
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        assert not _tables(con) & set(PROCEDURE_TABLES)
        assert con.execute("SELECT count(*) FROM cases").fetchone() == (1,)
        indexes = {
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE sql IS NOT NULL")
        }
        assert not any(name.startswith(("ix_documents", "ix_hearings")) for name in indexes)
    finally:
        con.close()
    with open_database(path) as database, database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() == 0


def _clauses(ddl: str) -> tuple[list[str], set[str]]:
    """A CREATE TABLE's column definitions in order, and its constraints as a set (Alembic and
    the models emit the same constraints in different orders)."""
    body = " ".join(ddl.split())
    body = body[body.index("(") + 1 : body.rindex(")")]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    columns = [p for p in parts if not p.startswith("CONSTRAINT")]
    return columns, {p for p in parts if p.startswith("CONSTRAINT")}


def test_the_migration_builds_the_models_tables_checks_included(database: Database) -> None:
    dialect = database.engine.dialect
    con = sqlite3.connect(database.path or "")
    try:
        stored = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))
    finally:
        con.close()
    checks = 0
    for name in PROCEDURE_TABLES:
        table = metadata.tables[name]
        declared = _clauses(str(CreateTable(table).compile(dialect=dialect)))
        assert _clauses(stored[name]) == declared, name
        checks += sum(" CHECK " in c for c in declared[1])
        for index in table.indexes:
            ddl = " ".join(str(CreateIndex(index).compile(dialect=dialect)).split())
            assert " ".join(stored[str(index.name)].split()) == ddl
    assert checks == 18  # the test sees the CHECK constraints it compares
