"""Fixtures for the trust tests (tests.auth.auth_env builds the sessions)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.authz import Guard
from domain.rulepack import RulePackRegistry
from tests.auth.auth_env import Session, SpyHasher, UtcClock, open_session


@pytest.fixture(scope="session")
def packs() -> RulePackRegistry:
    return RulePackRegistry.load_builtin_packs()


@pytest.fixture
def clock() -> UtcClock:
    return UtcClock()


@pytest.fixture
def hasher() -> SpyHasher:
    return SpyHasher()


@pytest.fixture
def session(
    tmp_path: Path, packs: RulePackRegistry, clock: UtcClock, hasher: SpyHasher
) -> Iterator[Session]:
    s = open_session(tmp_path / "office.db", packs, clock, hasher, Guard())
    try:
        yield s
    finally:
        s.database.dispose()
