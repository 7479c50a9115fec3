"""S2: two processes read-modify-write the same row; the recipe loses nothing, the default does."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import event

from db.engine import Database, open_database
from tests.db.db_workers import COUNTER, increment

TIMES = 300  # per process


def _race(path: Path, *, recipe: bool) -> tuple[int, list[str]]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    workers = [
        ctx.Process(target=increment, args=(str(path), TIMES, recipe, barrier, results))
        for _ in range(2)
    ]
    for w in workers:
        w.start()
    errors = [e for _ in workers for e in results.get(timeout=120)]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    with open_database(path) as database, database.uow() as uow:
        value = int(uow.settings.get_setting(COUNTER) or "0")
    return value, errors


@pytest.fixture
def fresh(db_path: Path) -> Path:
    open_database(db_path).dispose()
    return db_path


def test_the_recipe_loses_no_update_between_processes(fresh: Path) -> None:
    value, errors = _race(fresh, recipe=True)
    assert errors == []
    assert value == 2 * TIMES


def test_the_default_engine_loses_updates_so_the_test_can_see_them(fresh: Path) -> None:
    value, _errors = _race(fresh, recipe=False)
    assert value < 2 * TIMES


def test_the_begin_hook_is_installed(database: Database) -> None:
    # The static half of S2: the write engine's transactions start with our BEGIN IMMEDIATE.
    seen: list[str] = []

    def spy(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", spy)
    with database.uow() as uow:
        uow.settings.get_setting("x")
    event.remove(database.engine, "before_cursor_execute", spy)
    assert seen[0] == "BEGIN IMMEDIATE"
