"""S2: two processes read-modify-write one counter; the recipe loses nothing, the default loses.

Both writers go through the app's unit of work and settings repository. The control wraps a
default `create_engine("sqlite:///...")` in the same unit of work: it must lose updates, which
proves the test can see them (RELIABILITY 0.1).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from db.engine import Database, open_database
from tests.reliability.children.increment import COUNTER
from tests.reliability.conftest import expect_line, finish, start_child

TIMES_C = 300
TIMES_N = 1000


def _race(path: Path, times: int, mode: str) -> tuple[int, list[dict[str, Any]], float]:
    """Final counter, each writer's report, and the seconds the race took."""
    writers = [start_child("increment.py", str(path), str(times), mode) for _ in range(2)]
    for child in writers:
        expect_line(child, "ready")
    start = time.monotonic()
    for child in writers:  # both are waiting on stdin: they start together
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    reports = []
    for child in writers:
        out = finish(child)
        reports.append(json.loads(out.strip().splitlines()[-1]))
    seconds = time.monotonic() - start
    with open_database(path) as database, database.uow(read_only=True) as uow:
        final = int(uow.settings.get_setting(COUNTER) or "0")
    return final, reports, seconds


def _fresh(path: Path) -> Path:
    open_database(path).dispose()
    return path


def _scenario(tmp_path: Path, times: int) -> None:
    recipe, recipe_reports, recipe_s = _race(_fresh(tmp_path / "recipe.db"), times, "recipe")
    control, control_reports, control_s = _race(_fresh(tmp_path / "control.db"), times, "default")
    recipe_errors = sum(sum(r["errors"].values()) for r in recipe_reports)
    control_errors = sum(sum(r["errors"].values()) for r in control_reports)
    print(
        f"\nS2: 2 processes x {times} read-modify-write increments\n"
        f"  recipe : final {recipe}/{2 * times}, lost {2 * times - recipe}, "
        f"errors {recipe_errors}, {recipe_s:.1f} s\n"
        f"  control: final {control}/{2 * times}, lost "
        f"{2 * times - control - control_errors} silently (+{control_errors} failed with "
        f"{[r['codes'] for r in control_reports]}), {control_s:.1f} s"
    )
    assert recipe_errors == 0, recipe_reports
    assert recipe == 2 * times
    # Updates that did not fail yet did not count: silently lost.
    assert control + control_errors < 2 * times


def test_two_writers_lose_no_update_and_the_default_engine_does(tmp_path: Path) -> None:
    _scenario(tmp_path, TIMES_C)


@pytest.mark.slow
def test_two_writers_lose_no_update_over_1000_each(tmp_path: Path) -> None:
    _scenario(tmp_path, TIMES_N)


def _statements(engine: Any, work: Any) -> list[str]:
    seen: list[str] = []

    def spy(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", spy)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", spy)
    return seen


def test_the_write_engine_begins_immediate_and_the_reader_deferred(db_path: Path) -> None:
    # The static half of S2: the begin hooks are installed, and the driver never BEGINs itself.
    def read(database: Database, read_only: bool) -> None:
        with database.uow(read_only=read_only) as uow:
            uow.settings.get_setting(COUNTER)

    with open_database(db_path) as database:
        assert database.engine.dispatch.begin, "no begin hook on the write engine"
        assert database.reader.dispatch.begin, "no begin hook on the read engine"
        writes = _statements(database.engine, lambda: read(database, False))
        reads = _statements(database.reader, lambda: read(database, True))
        assert writes[0] == "BEGIN IMMEDIATE"
        assert reads[0] == "BEGIN"
        with database.engine.connect() as conn:
            assert conn.connection.driver_connection.isolation_level is None  # type: ignore[union-attr]
