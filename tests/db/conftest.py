"""Fixtures for the store tests: a real SQLite file in tmp_path, the built-in packs, a fixed clock."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# `.venv/bin/pytest` may not put the project root on sys.path; `db` and `domain` need it.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from db.engine import Database, open_database  # noqa: E402
from domain.clock import FixedClock  # noqa: E402
from domain.rulepack import RulePackRegistry  # noqa: E402
from domain.services import CaseService  # noqa: E402

TODAY = date(2026, 3, 16)


@pytest.fixture(scope="session")
def registry() -> RulePackRegistry:
    return RulePackRegistry.load_builtin_packs()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    # A folder that does not exist yet: opening must create it.
    return tmp_path / "data" / "tartip.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def service(database: Database, registry: RulePackRegistry, clock: FixedClock) -> CaseService:
    return CaseService(
        database.uow, registry, today=clock.today, now_utc=clock.now_utc, actor="hr.officer"
    )
