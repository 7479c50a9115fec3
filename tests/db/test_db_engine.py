"""The engine recipe on a real file: migrations, pragmas on every connection (S8), the write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import exc as sa_exc

from db.engine import APPLICATION_ID, Database, alembic_config, head_revision, open_database
from db.errors import SQLITE_BUSY, sqlite_code
from db.models import metadata
from domain.errors import StorageError, StorageErrorKind


def _schema(path: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()


def test_a_new_file_is_created_migrated_and_stamped(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with open_database(db_path) as database:
        assert db_path.is_file()
        assert database.path == db_path
        with database.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_heads() == (head_revision(),)
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    assert {"bodies", "units", "servants", "cases", "case_events", "case_number_seq"} <= tables
    assert "app_settings" in tables


def test_migrations_are_idempotent(db_path: Path) -> None:
    open_database(db_path).dispose()
    first = _schema(db_path)
    open_database(db_path).dispose()
    open_database(f"sqlite:///{db_path}").dispose()  # the same file given as a URL
    assert _schema(db_path) == first


def test_the_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), metadata
        )
        assert diff == []
    with database.engine.begin() as conn:
        command.check(alembic_config(conn))  # raises if autogenerate would write anything


def test_the_check_can_see_a_difference(database: Database) -> None:
    # Proves the test above can fail: drop an index the models declare.
    with database.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_cases_status")
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d[0] for d in diff] == ["add_index"]


def test_pragmas_hold_on_twenty_pooled_connections(database: Database) -> None:
    # S8: every connection the pool makes, not just the first, carries the recipe.
    for _round in range(2):
        conns = [database.engine.connect() for _ in range(20)]
        try:
            drivers = {id(c.connection.driver_connection) for c in conns}
            assert len(drivers) == 20
            for conn in conns:
                pragma = {
                    name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in (
                        "foreign_keys",
                        "busy_timeout",
                        "journal_mode",
                        "synchronous",
                        "trusted_schema",
                    )
                }
                assert pragma == {
                    "foreign_keys": 1,
                    "busy_timeout": 5000,
                    "journal_mode": "wal",
                    "synchronous": 2,
                    "trusted_schema": 0,
                }
                assert conn.connection.driver_connection.isolation_level is None
                conn.rollback()
        finally:
            for conn in conns:
                conn.close()
        database.engine.dispose()  # recycle the pool: the next round gets fresh connections


def test_the_reader_engine_is_query_only(database: Database) -> None:
    with database.reader.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(StorageError) as err, database.uow(read_only=True) as uow:
        uow.settings.set_setting("x", "1")
    assert err.value.kind is StorageErrorKind.READ_ONLY


def test_an_orphan_row_is_refused(database: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError), database.uow() as uow:
        uow.cases.add_unit(body_id=424242, name_ru="Отдел", name_kk="Бөлім")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_the_first_read_of_a_unit_of_work_takes_the_write_lock(
    database: Database, db_path: Path
) -> None:
    # The begin hook: BEGIN IMMEDIATE before the first SELECT, so a read-modify-write cannot
    # interleave with another writer (RELIABILITY 0.1-0.2). Another connection must find the lock.
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with database.uow() as uow:
            assert uow.settings.get_setting("anything") is None  # a read only
            with pytest.raises(sqlite3.OperationalError) as busy:
                other.execute("BEGIN IMMEDIATE")
            assert (sqlite_code(busy.value) or 0) & 0xFF == SQLITE_BUSY
        other.execute("BEGIN IMMEDIATE")  # released when the unit of work ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_leaving_without_commit_rolls_back(database: Database) -> None:
    with database.uow() as uow:
        uow.settings.set_setting("k", "v")
    with database.uow() as uow:
        assert uow.settings.get_setting("k") is None
        uow.settings.set_setting("k", "v")
        uow.commit()
    with pytest.raises(RuntimeError), database.uow() as uow:
        uow.settings.set_setting("k", "changed")
        raise RuntimeError("a bug in the middle of a save")
    with database.uow() as uow:
        assert uow.settings.get_setting("k") == "v"


def test_busy_timeout_is_configurable(db_path: Path) -> None:
    with open_database(db_path, busy_timeout_ms=250) as database, database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 250


def test_a_memory_database_works_for_tools() -> None:
    with open_database("sqlite://") as database:
        with database.uow() as uow:
            uow.settings.set_setting("k", "v")
            uow.commit()
        with database.uow(read_only=True) as uow:
            assert uow.settings.get_setting("k") == "v"
