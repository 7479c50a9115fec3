"""A user's change of their own password: the current one is checked, each failure is audited
and counts towards the lockout (an unattended session is no free password oracle)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from domain.auth_service import UserInput
from domain.authz import Role
from domain.errors import LoginRefused, ValidationFailed
from tests.auth.auth_env import Session, UtcClock


def _audit(db: Path) -> list[tuple[str, str, dict[str, object]]]:
    with sqlite3.connect(db) as raw:
        rows = raw.execute("SELECT action, entity_id, diff FROM audit_log ORDER BY seq")
        return [(action, entity_id, json.loads(diff)) for action, entity_id, diff in rows]


def _kadr(session: Session) -> int:
    session.auth.create_first_admin("admin", "Администратор", "admin-password")
    user_id = session.auth.save_user(
        UserInput("kadr", "Кадровик", Role.HR_OFFICER, password="right-password")
    )
    session.auth.logout()
    session.auth.login("kadr", "right-password")
    return user_id


def _refused(session: Session, user_id: int, new: str, current: str) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as failed:
        session.auth.set_password(user_id, new, current_password=current)
    return [(e.field, e.code) for e in failed.value.errors]


def test_a_wrong_current_password_is_audited_and_both_problems_are_told(
    session: Session, tmp_path: Path
) -> None:
    user_id = _kadr(session)
    before = len(_audit(tmp_path / "office.db"))
    assert _refused(session, user_id, "short", "nope") == [
        ("current_password", "auth.current_wrong"),
        ("password", "auth.password_short"),
    ]
    entries = _audit(tmp_path / "office.db")[before:]
    assert [(a, e) for a, e, _ in entries] == [("user.password_change_failed", str(user_id))]
    assert entries[0][2] == {"why": "current_wrong", "failed": 1}
    assert "nope" not in json.dumps(entries)  # no password in the trail

    # The right current password with a short new one: a form problem, not audited.
    assert _refused(session, user_id, "short", "right-password") == [
        ("password", "auth.password_short")
    ]
    assert len(_audit(tmp_path / "office.db")) == before + 1
    session.auth.set_password(user_id, "next-password", current_password="right-password")
    assert _audit(tmp_path / "office.db")[-1][0] == "user.password_changed"
    assert session.auth.reauthenticate("next-password")


def test_five_wrong_current_passwords_lock_the_account_like_five_bad_logins(
    session: Session, clock: UtcClock, tmp_path: Path
) -> None:
    user_id = _kadr(session)
    for _ in range(5):
        assert _refused(session, user_id, "next-password", "guess") == [
            ("current_password", "auth.current_wrong")
        ]
    # Locked: even the right current password is refused, with the lock's end.
    with pytest.raises(ValidationFailed) as locked:
        session.auth.set_password(user_id, "next-password", current_password="right-password")
    error = locked.value.errors[0]
    assert (error.field, error.code) == ("current_password", "auth.locked")
    assert error.params["until"] == clock.now.replace(minute=15).isoformat()
    assert not session.auth.reauthenticate("right-password")  # the screen unlock waits too
    session.auth.logout()
    with pytest.raises(LoginRefused) as login:
        session.auth.login("kadr", "right-password")
    assert login.value.code == "auth.locked"
    failures = [
        d for a, _, d in _audit(tmp_path / "office.db") if a == "user.password_change_failed"
    ]
    assert failures[4]["locked_until"] == error.params["until"]
    assert failures[5] == {"why": "locked"}

    clock.advance(16)
    session.auth.login("kadr", "right-password")
    session.auth.set_password(user_id, "next-password", current_password="right-password")
    session.auth.logout()
    assert session.auth.login("kadr", "next-password").id == user_id


def test_a_right_current_password_ends_the_failure_streak(session: Session) -> None:
    user_id = _kadr(session)
    for _ in range(4):
        _refused(session, user_id, "next-password", "guess")
    session.auth.set_password(user_id, "next-password", current_password="right-password")
    for _ in range(4):  # four more do not lock: the streak started again
        _refused(session, user_id, "third-password", "guess")
    session.auth.set_password(user_id, "third-password", current_password="next-password")
