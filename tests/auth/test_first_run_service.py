"""FirstRunService on a real SQLite file: only an administrator, only into a database without
cases; the demo passwords always satisfy the policy and never show in a repr."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.demo import generate_demo
from domain.auth_service import UserInput, password_errors
from domain.authz import Role
from domain.errors import PermissionDenied, ValidationFailed
from domain.first_run import DEMO_ACCOUNTS, FirstRunService, demo_password
from domain.rulepack import RulePackRegistry
from tests.auth.auth_env import TODAY, Session

ADMIN_PASSWORD = "Бастық-пароль-2026"
PASSWORD = "құпия сөз 12345"


def service(session: Session, packs: RulePackRegistry, loads: list[int]) -> FirstRunService:
    def fill(n: int) -> int:
        loads.append(n)
        return generate_demo(session.database, packs, n, seed=2, today=TODAY)

    read = lambda: session.database.uow(read_only=True)  # noqa: E731
    return FirstRunService(session.auth, read, fill)


def denied(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT diff FROM audit_log WHERE action = 'authz_denied'").fetchall()
    return [row[0] for row in rows]


@given(st.integers(min_value=0, max_value=2**32))
def test_demo_passwords_are_readable_and_pass_the_policy(seed: int) -> None:
    password = demo_password(random.Random(seed).choice)
    assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", password)
    assert not set(password) & set("01ilo")  # nothing to misread
    assert password_errors(password) == []


def test_the_demo_logins_are_obviously_demo_and_two_are_body_scoped() -> None:
    assert all(s.login.startswith("demo.") for s in DEMO_ACCOUNTS)
    assert {s.role for s in DEMO_ACCOUNTS} == {
        Role.HR_OFFICER,
        Role.SECRETARY,
        Role.MEMBER,
        Role.AUDITOR,
    }
    assert {s.role for s in DEMO_ACCOUNTS if s.scoped} == {Role.SECRETARY, Role.MEMBER}


def test_only_the_administrator_may_ask_and_load(
    session: Session, packs: RulePackRegistry, tmp_path: Path
) -> None:
    loads: list[int] = []
    first_run = service(session, packs, loads)
    session.auth.create_first_admin("admin", "Әкімші", ADMIN_PASSWORD)
    assert first_run.state().alone and not first_run.state().has_cases
    session.auth.save_user(UserInput("hr", "Кадровик", Role.HR_OFFICER, None, True, PASSWORD))
    assert not first_run.state().alone
    session.auth.logout()
    session.auth.login("hr", PASSWORD)
    with pytest.raises(PermissionDenied):
        first_run.state()
    with pytest.raises(PermissionDenied):
        first_run.load_demo(10, with_accounts=True)
    assert loads == []
    assert len(denied(tmp_path / "office.db")) == 2  # each refusal is in the trail


def test_a_database_with_cases_gets_no_demo_and_the_accounts_are_made_once(
    session: Session, packs: RulePackRegistry
) -> None:
    loads: list[int] = []
    first_run = service(session, packs, loads)
    session.auth.create_first_admin("admin", "Әкімші", ADMIN_PASSWORD)
    loaded = first_run.load_demo(30, with_accounts=True)
    assert loaded.added == 30 and loads == [30]
    assert [a.login for a in loaded.accounts] == [s.login for s in DEMO_ACCOUNTS]
    assert all(a.password not in repr(a) for a in loaded.accounts)
    assert first_run.state().has_cases and not first_run.state().alone

    with pytest.raises(ValidationFailed) as refused:
        first_run.load_demo(30, with_accounts=False)
    assert [e.code for e in refused.value.errors] == ["demo.not_empty"]
    with pytest.raises(ValidationFailed) as taken:
        first_run.create_demo_accounts()
    assert {e.code for e in taken.value.errors} == {"auth.login_taken"}
    assert loads == [30]
