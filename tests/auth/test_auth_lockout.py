"""S16: lockout after 5 failures (15 min, then 30), persisted across a restart, admin unlock,
and no user enumeration (same refusal, the KDF runs for unknown logins too)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from domain.auth_service import UserInput
from domain.authz import Guard, Permission, Role
from domain.errors import LoginRefused, PermissionDenied, ValidationFailed
from domain.rulepack import RulePackRegistry
from tests.auth.auth_env import Session, SpyHasher, UtcClock, open_session


def _refusal(session: Session, login: str, password: str) -> LoginRefused:
    with pytest.raises(LoginRefused) as refused:
        session.auth.login(login, password)
    return refused.value


def _setup(session: Session) -> int:
    session.auth.create_first_admin("admin", "Администратор", "admin-password")
    user_id = session.auth.save_user(
        UserInput("kadr", "Кадровик", Role.HR_OFFICER, password="right-password")
    )
    session.auth.logout()
    return user_id


def _actions(db: Path) -> list[str]:
    with sqlite3.connect(db) as raw:
        return [r[0] for r in raw.execute("SELECT action FROM audit_log ORDER BY seq")]


def test_five_failures_lock_for_15_then_30_minutes_across_a_restart(
    tmp_path: Path, packs: RulePackRegistry, clock: UtcClock, hasher: SpyHasher
) -> None:
    db = tmp_path / "office.db"
    session = open_session(db, packs, clock, hasher, Guard())
    user_id = _setup(session)
    for _ in range(5):
        assert _refusal(session, "kadr", "wrong-password").code == "auth.invalid"
    sixth = _refusal(session, "kadr", "right-password")  # even the right password
    assert sixth.code == "auth.locked"
    assert sixth.params["until"] == (clock.now.replace(minute=15)).isoformat()
    session.database.dispose()

    # A restart (new database objects, new services) does not lift the lockout.
    clock.advance(14)
    session = open_session(db, packs, clock, hasher, Guard())
    assert _refusal(session, "kadr", "right-password").code == "auth.locked"
    clock.advance(1.5)  # past the 15 minutes
    assert session.auth.login("kadr", "right-password").id == user_id
    session.auth.logout()

    # The escalation counts lockouts without a success in between: start a fresh streak.
    for _ in range(5):
        _refusal(session, "kadr", "wrong-password")
    clock.advance(16)
    for _ in range(5):
        _refusal(session, "kadr", "wrong-password")
    locked = _refusal(session, "kadr", "right-password")
    assert locked.code == "auth.locked"
    clock.advance(29)
    assert _refusal(session, "kadr", "right-password").code == "auth.locked"
    clock.advance(1.5)  # the second lockout lasted 30 minutes
    assert session.auth.login("kadr", "right-password").id == user_id
    session.database.dispose()


def test_admin_unlock_works_and_is_audited(session: Session, tmp_path: Path) -> None:
    user_id = _setup(session)
    for _ in range(5):
        _refusal(session, "kadr", "wrong-password")
    assert _refusal(session, "kadr", "right-password").code == "auth.locked"
    # Nobody logged in may not unlock; the refusal is audited.
    with pytest.raises(PermissionDenied):
        session.auth.unlock(user_id)
    session.auth.login("admin", "admin-password")
    session.auth.unlock(user_id)
    session.auth.logout()
    assert session.auth.login("kadr", "right-password").role is Role.HR_OFFICER
    # An HR officer cannot unlock or reset others' passwords.
    with pytest.raises(PermissionDenied):
        session.auth.unlock(user_id)
    with pytest.raises(PermissionDenied):
        session.auth.set_password(1, "new-password-1")
    actions = _actions(tmp_path / "office.db")
    assert "user.unlocked" in actions and actions.count("authz_denied") == 3
    assert actions.count("login_failed") == 6


def test_unknown_login_and_wrong_password_look_the_same(session: Session) -> None:
    _setup(session)
    hasher = session.auth._hasher
    assert isinstance(hasher, SpyHasher)
    before = hasher.verified
    unknown = _refusal(session, "nobody", "wrong-password")
    assert hasher.verified == before + 1  # the KDF ran against the dummy hash
    wrong = _refusal(session, "kadr", "wrong-password")
    assert hasher.verified == before + 2
    assert (unknown.code, unknown.params, str(unknown)) == (wrong.code, wrong.params, str(wrong))
    # Failures of an unknown login lock nothing and never reveal a lock.
    for _ in range(6):
        assert _refusal(session, "nobody", "x").code == "auth.invalid"


def test_first_admin_only_without_users_and_policy_checks(session: Session) -> None:
    assert not session.auth.has_users()
    with pytest.raises(ValidationFailed) as short:
        session.auth.create_first_admin("admin", "Админ", "short")
    assert short.value.errors[0].code == "auth.password_short"
    admin = session.auth.create_first_admin("admin", "Админ", "admin-password")
    assert session.guard.user == admin and session.guard.can(Permission.USERS_MANAGE)
    with pytest.raises(LoginRefused) as again:
        session.auth.create_first_admin("second", "Второй", "admin-password")
    assert again.value.code == "auth.setup_done"
    with pytest.raises(ValidationFailed) as taken:
        session.auth.save_user(UserInput("ADMIN", "Дубль", Role.AUDITOR, password="password-9"))
    assert taken.value.errors[0].code == "auth.login_taken"
    with pytest.raises(ValidationFailed) as last:
        session.auth.save_user(UserInput("admin", "Админ", Role.AUDITOR), admin.id)
    assert last.value.errors[0].code == "auth.last_admin"


def test_own_password_change_needs_the_current_one(session: Session) -> None:
    user_id = _setup(session)
    session.auth.login("kadr", "right-password")
    with pytest.raises(ValidationFailed) as wrong:
        session.auth.set_password(user_id, "next-password", current_password="nope")
    assert wrong.value.errors[0].code == "auth.current_wrong"
    session.auth.set_password(user_id, "next-password", current_password="right-password")
    assert session.auth.reauthenticate("next-password")
    assert not session.auth.reauthenticate("right-password")
