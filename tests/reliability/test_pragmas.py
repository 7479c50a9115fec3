"""S8: every pooled connection of both engines carries the recipe's pragmas, also after recycling.

Twenty connections of each engine are checked out at the same time from twenty threads (the pool
hands them across threads), queried, returned; the pool is then disposed and the round repeated,
and an invalidated connection is replaced by one that carries them too.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from db.engine import DEFAULT_BUSY_TIMEOUT_MS, Database, open_database

CONNECTIONS = 20
PRAGMAS = ("foreign_keys", "busy_timeout", "journal_mode", "synchronous", "trusted_schema")
EXPECTED = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "trusted_schema": 0}


def _pragmas_of_concurrent_checkouts(engine: Engine) -> list[dict[str, Any]]:
    """The pragmas of CONNECTIONS connections, all checked out at once, one per thread."""
    barrier = threading.Barrier(CONNECTIONS, timeout=30)

    def probe(_i: int) -> dict[str, Any]:
        # The pooled DBAPI connection itself: an SQLAlchemy Connection would run the begin hook,
        # and twenty BEGIN IMMEDIATE cannot be open at once (that is the point of the recipe).
        proxied = engine.raw_connection()
        try:
            driver = proxied.driver_connection
            assert driver is not None
            barrier.wait()  # every connection is out of the pool at this moment
            found: dict[str, Any] = {
                name: driver.execute(f"PRAGMA {name}").fetchone()[0]
                for name in (*PRAGMAS, "query_only")
            }
            found["driver"] = id(driver)
            found["autobegin_off"] = driver.isolation_level is None
            barrier.wait()  # nobody returns theirs before all have asked
        finally:
            proxied.close()
        return found

    with ThreadPoolExecutor(CONNECTIONS) as pool:
        return list(pool.map(probe, range(CONNECTIONS)))


def _check(rows: list[dict[str, Any]], *, query_only: int) -> None:
    assert len({row["driver"] for row in rows}) == CONNECTIONS  # twenty distinct connections
    for row in rows:
        assert {k: row[k] for k in EXPECTED} == EXPECTED, row
        assert row["busy_timeout"] >= DEFAULT_BUSY_TIMEOUT_MS
        assert row["query_only"] == query_only
        assert row["autobegin_off"]


@pytest.fixture
def database(db_path: Path) -> Any:
    database = open_database(db_path)
    yield database
    database.dispose()


def test_every_pooled_connection_of_both_engines_has_the_pragmas(database: Database) -> None:
    checked = 0
    for _round in range(2):
        for engine, query_only in ((database.engine, 0), (database.reader, 1)):
            rows = _pragmas_of_concurrent_checkouts(engine)
            _check(rows, query_only=query_only)
            checked += len(rows)
            engine.dispose()  # recycle the pool: the next round gets new connections
    # A connection the pool threw away (after an error) is replaced by one with the recipe.
    with database.engine.connect() as conn:
        conn.invalidate()
    rows = _pragmas_of_concurrent_checkouts(database.engine)
    _check(rows, query_only=0)
    checked += len(rows)
    print(f"\nS8: {checked}/{checked} pooled connections carried every pragma")


def test_the_connection_that_ran_the_migrations_has_foreign_keys_back(db_path: Path) -> None:
    # open_database switches foreign keys off on its first connection to migrate; the pool must
    # not keep that connection without them. With pool_size 5 it is among the first checked out.
    with open_database(db_path) as database:
        conns = [database.engine.raw_connection() for _ in range(5)]
        try:
            drivers = [c.driver_connection for c in conns]
            found = [d.execute("PRAGMA foreign_keys").fetchone()[0] for d in drivers]  # type: ignore[union-attr]
            assert found == [1] * 5
        finally:
            for conn in conns:
                conn.close()


def test_an_orphan_row_is_refused_and_no_orphan_remains(database: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError), database.uow() as uow:
        uow.cases.add_unit(body_id=424242, name_ru="Отдел", name_kk="Бөлім")
    with pytest.raises(sa_exc.IntegrityError), database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO case_events (case_id, at_utc, kind, actor, data) "
            "VALUES (999, '2026-01-01 00:00:00', 'x', 'y', '{}')"
        )
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("SELECT count(*) FROM case_events").scalar() == 0
