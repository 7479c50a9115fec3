"""Fixtures for the crash and concurrency scenarios (RELIABILITY §7): real files, real processes.

Tests marked `slow` are the long (N-tier) variants; they run only with TARTIP_LONG_TESTS=1.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.engine import Database  # noqa: E402
from domain.model import CaseInput, ServantInput, ServiceCategory  # noqa: E402
from domain.rulepack import RulePackRegistry  # noqa: E402
from domain.services import CaseService  # noqa: E402

CHILDREN = Path(__file__).resolve().parent / "children"
LONG = os.environ.get("TARTIP_LONG_TESTS") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if LONG:
        return
    skip = pytest.mark.skip(reason="long variant: set TARTIP_LONG_TESTS=1")
    here = Path(__file__).resolve().parent
    for item in items:
        if "slow" in item.keywords and here in item.path.resolve().parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def registry() -> RulePackRegistry:
    return RulePackRegistry.load_builtin_packs()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "tartip.db"


def case_service(database: Database, registry: RulePackRegistry) -> CaseService:
    """CaseService as the CLI wires it (no guard given: the system's, with every permission)."""
    return CaseService(
        database.uow,
        registry,
        today=lambda: date(2026, 3, 16),
        now_utc=lambda: datetime.now(UTC),
        actor="hr.officer",
        read_uow_factory=lambda: database.uow(read_only=True),
    )


def new_case(service: CaseService, iin: str = "850314312344", **changes: object) -> CaseInput:
    """A valid case for one servant in the first body (made if there is none)."""
    bodies = service.bodies()
    body = (
        bodies[0].id if bodies else service.add_body("Министерство юстиции", "Әділет министрлігі")
    )
    data = CaseInput(
        servant=ServantInput(
            full_name="Жақсылықов Ерлан Серікұлы",
            iin=iin,
            position="Главный специалист",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=body,
        ),
        offence="art50.7",
        committed_on=date(2026, 2, 10),
        discovered_on=date(2026, 2, 18),
        description="Служебная записка о нарушении.",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


_STARTED: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _no_child_outlives_its_test() -> Iterator[None]:
    """A failed test leaves no child behind (blocked on a pipe, or still writing)."""
    yield
    while _STARTED:
        child = _STARTED.pop()
        if child.poll() is None:
            child.kill()
        drain(child)


def start_child(script: str, *args: str) -> subprocess.Popen[str]:
    """A child Python process running children/<script> with pipes on stdin and stdout."""
    child = subprocess.Popen(
        [sys.executable, str(CHILDREN / script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    _STARTED.append(child)
    return child


def expect_line(child: subprocess.Popen[str], wanted: str) -> str:
    """Block on the child's next stdout line (the synchronisation: a pipe read, not a sleep).

    The line must be `wanted`, or `wanted` and a space and more: that rest is returned.
    """
    assert child.stdout is not None
    word, _, rest = child.stdout.readline().strip().partition(" ")
    if word != wanted:
        child.kill()
        _out, err = drain(child)
        raise AssertionError(f"child said {word!r}, expected {wanted!r}; stderr:\n{err}")
    return rest


def drain(child: subprocess.Popen[str]) -> tuple[str, str]:
    """The rest of a child's stdout and stderr once it ends (killed or not), pipes closed.

    Read through the file objects, not communicate(): after readline() part of the output may
    already sit in the text wrapper's buffer, which communicate() would skip.
    """
    streams = (child.stdin, child.stdout, child.stderr)
    if child.stdin is not None and not child.stdin.closed:
        try:
            child.stdin.close()
        except BrokenPipeError:
            pass
    out = child.stdout.read() if child.stdout and not child.stdout.closed else ""
    err = child.stderr.read() if child.stderr and not child.stderr.closed else ""
    child.wait(timeout=120)
    for stream in streams:
        if stream is not None:
            stream.close()
    return out, err


def finish(child: subprocess.Popen[str]) -> str:
    """Wait for a child that should end by itself; return the rest of its stdout."""
    out, err = drain(child)
    assert child.returncode == 0, err
    assert "Traceback" not in err, err
    return out


_COUNTS = {
    "cases": "SELECT count(*) FROM cases",
    "servants": "SELECT count(*) FROM servants",
    "case_events": "SELECT count(*) FROM case_events",
    "audit_log": "SELECT count(*) FROM audit_log",
}


def row_counts(path: Path) -> dict[str, int]:
    """Rows in the tables a case save writes to, read with the plain driver."""
    con = sqlite3.connect(path)
    try:
        return {table: int(con.execute(sql).fetchone()[0]) for table, sql in _COUNTS.items()}
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "; ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check"))
    finally:
        con.close()
