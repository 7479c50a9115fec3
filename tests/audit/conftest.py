"""Fixtures for the audit tests: a real SQLite file, a key in tmp_path, a fixed clock, an actor."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from db.audit_key import load_or_create_key  # noqa: E402
from db.engine import Database, open_database  # noqa: E402
from domain.clock import FixedClock  # noqa: E402
from domain.rulepack import RulePackRegistry  # noqa: E402
from domain.services import CaseService  # noqa: E402

TODAY = date(2026, 3, 16)


@pytest.fixture(scope="session")
def registry() -> RulePackRegistry:
    return RulePackRegistry.load_builtin_packs()


@pytest.fixture
def key(tmp_path: Path) -> bytes:
    return load_or_create_key(tmp_path / "config" / "audit.key")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY, datetime(2026, 3, 16, 6, 0, tzinfo=UTC))


def configure(database: Database, key: bytes | None, clock: FixedClock) -> Database:
    """The actor main.py sets after a login."""
    ctx = database.actor
    ctx.act_as(7, "a.officer", "hr_officer")
    ctx.workstation_id = "WS-TEST"
    ctx.app_version = "0.1.0"
    ctx.key = key
    ctx.clock = clock
    return database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.db"


@pytest.fixture
def database(db_path: Path, key: bytes, clock: FixedClock) -> Iterator[Database]:
    database = configure(open_database(db_path), key, clock)
    yield database
    database.dispose()


@pytest.fixture
def service(database: Database, registry: RulePackRegistry, clock: FixedClock) -> CaseService:
    return CaseService(
        database.uow,
        registry,
        today=clock.today,
        now_utc=clock.now_utc,
        actor="a.officer",
        read_uow_factory=lambda: database.uow(read_only=True),
    )
