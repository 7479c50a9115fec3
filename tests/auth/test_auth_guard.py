"""The guard's freshness: writes re-read the user every time, reads within READ_CACHE_SECONDS."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.auth_service import UserInput
from domain.authz import READ_CACHE_SECONDS, Guard, Permission, Role, User
from domain.errors import PermissionDenied
from domain.model import CaseFilter
from domain.rulepack import RulePackRegistry
from tests.auth.auth_env import SpyHasher, UtcClock, open_session


class Ticks:
    """An injected monotonic clock."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_reads_use_a_short_cache_writes_never(
    tmp_path: Path, packs: RulePackRegistry, clock: UtcClock, hasher: SpyHasher
) -> None:
    db = tmp_path / "office.db"
    admin = open_session(db, packs, clock, hasher, Guard())
    ticks = Ticks()
    auditor = open_session(db, packs, clock, hasher, Guard(monotonic=ticks))
    try:
        admin.auth.create_first_admin("admin", "Админ", "admin-password")
        uid = admin.auth.save_user(UserInput("aud", "Аудитор", Role.AUDITOR, password="pass-word"))
        seen: list[User | None] = []
        auditor.guard.on_change(seen.append)
        auditor.auth.login("aud", "pass-word")
        assert auditor.cases.count_cases(CaseFilter()) == 0
        assert auditor.guard.held() == {
            Permission.CASE_VIEW,
            Permission.AUDIT_VIEW,
            Permission.AUDIT_EXPORT,
        }
        admin.auth.save_user(UserInput("aud", "Аудитор", Role.AUDITOR, active=False), uid)
        # Within the cache a read still passes; a write re-reads at once.
        ticks.t += READ_CACHE_SECONDS / 2
        assert auditor.cases.count_cases(CaseFilter()) == 0
        ticks.t += READ_CACHE_SECONDS
        with pytest.raises(PermissionDenied):
            auditor.cases.count_cases(CaseFilter())
        assert [u.active if u else None for u in seen] == [True, False]
        assert auditor.guard.held() == frozenset()
    finally:
        admin.database.dispose()
        auditor.database.dispose()


def test_system_and_nobody() -> None:
    assert all(Guard.system().can(p) for p in Permission)
    assert Guard.system().body_scope() is None
    nobody = Guard()
    assert not any(nobody.can(p) for p in Permission)
    denied: list[Permission] = []
    nobody.denial_sink = lambda user, p: denied.append(p)
    with pytest.raises(PermissionDenied) as refused:
        nobody.require(Permission.CASE_VIEW)
    assert refused.value.permission == Permission.CASE_VIEW and denied == [Permission.CASE_VIEW]
