"""Fixtures for the pure-core tests: the built-in rule packs, a fixed clock, a fake store."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

# `.venv/bin/pytest` does not put the project root on sys.path; `domain` and `tests.domain.fakes`
# need it. Harmless when the root is already there (python -m pytest, or a pythonpath setting).
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from domain.clock import FixedClock  # noqa: E402
from domain.rulepack import RulePack, RulePackRegistry  # noqa: E402
from domain.services import CaseService  # noqa: E402
from tests.domain.fakes import FakeDatabase, FakeUnitOfWork  # noqa: E402

TODAY = date(2026, 3, 16)  # a Monday; dates in these tests are relative to it


@pytest.fixture(scope="session")
def registry() -> RulePackRegistry:
    return RulePackRegistry.load_builtin_packs()


@pytest.fixture(scope="session")
def pack(registry: RulePackRegistry) -> RulePack:
    return registry.get("kz-416-V")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def fake_db() -> FakeDatabase:
    db = FakeDatabase()
    db.seed_body("Министерство юстиции", "Әділет министрлігі", units=("Департамент кадров",))
    db.seed_body("Акимат г. Алматы", "Алматы қаласының әкімдігі")
    return db


@pytest.fixture
def service(fake_db: FakeDatabase, registry: RulePackRegistry, clock: FixedClock) -> CaseService:
    return CaseService(
        lambda: FakeUnitOfWork(fake_db),
        registry,
        today=clock.today,
        now_utc=clock.now_utc,
        actor="hr.officer",
    )
