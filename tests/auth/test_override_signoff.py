"""A deadline override needs a second user's confirmation (RELIABILITY §3.2, ASVS 2.3.5): through
the real CaseService and ProcedureService on SQLite, the password checked as a login is (lockout,
audit), the refusals at the confirmation's field, and both users in the override's audit entry."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from domain.auth_service import LOCK_AFTER, UserInput
from domain.authz import CONFIRMING_ROLES, Guard, Role, User
from domain.errors import LoginRefused, PermissionDenied, ValidationFailed
from domain.model import BodyKind, CaseInput, CaseStatus
from domain.override_signoff import (
    CONFIRM_FAILED,
    CONFIRM_FIELD,
    E_CONFIRM_INVALID,
    E_CONFIRM_NOT_ALLOWED,
    E_CONFIRM_REQUIRED,
    E_CONFIRM_SELF,
    OverrideConfirmation,
    confirm_refusal,
)
from domain.procedure_model import HearingOutcome, OrderInput
from domain.rulepack import RulePackRegistry
from domain.services import OVERRIDE_EVENT
from tests.auth.auth_env import Session, SpyHasher, UtcClock, open_session
from tests.auth.test_auth_matrix import case_input

PASSWORD = "екінші-көз-2026"
REASON = "Материалы комиссии поступили после срока; решение принято на заседании."
# Discovered 3 August: the one-month limit (Art. 45) ended long before 5 October.
LATE_FACTS = {"committed_on": date(2026, 8, 1), "discovered_on": date(2026, 8, 3)}
ORDER = OrderInput(
    date(2026, 10, 5),
    "Ахметов Болат",
    "аким района",
    HearingOutcome.IMPOSE,
    "reprimand",
    familiarised_on=date(2026, 10, 6),
)
USERS = {
    # login: (role, body "a" / "b" / None for every body)
    "secretary": (Role.SECRETARY, "a"),
    "secretary2": (Role.SECRETARY, "a"),
    "chair": (Role.MEMBER, "a"),
    "chair_b": (Role.MEMBER, "b"),
    "chair_all": (Role.MEMBER, None),
    "kadr": (Role.HR_OFFICER, "a"),
    "auditor": (Role.AUDITOR, "a"),
    "admin2": (Role.ADMIN, None),
}


@dataclass
class Office:
    """A logged-in secretary's session over a database with a late case of body A."""

    session: Session
    path: Path
    case_id: int
    on_time_id: int  # a case whose decision needs no override
    body_a: int
    late: CaseInput  # the decision that needs an override

    def audit(self, action: str) -> list[dict[str, Any]]:
        with sqlite3.connect(self.path) as raw:
            rows = raw.execute(
                "SELECT actor, entity_id, diff FROM audit_log WHERE action = ? ORDER BY seq",
                (action,),
            ).fetchall()
        raw.close()
        return [{"actor": a, "entity_id": e, **json.loads(d)} for a, e, d in rows]

    def decide(self, confirmation: OverrideConfirmation | None) -> bool:
        return self.session.cases.update_case(self.case_id, self.late, "", confirmation)

    def user(self, login: str) -> User:
        with self.session.database.uow(read_only=True) as uow:
            found = uow.users.by_login(login)
        assert found is not None
        return found.user


def _act_as(session: Session) -> None:
    # As main.py wires it: the logged-in user is the actor of audit entries and case events.
    def act_as(user: User | None) -> None:
        if user is not None:
            session.database.actor.act_as(user.id, user.login, user.role.value)
            session.cases.actor = user.login

    session.guard.on_change(act_as)


@pytest.fixture
def office(
    tmp_path: Path, packs: RulePackRegistry, clock: UtcClock, hasher: SpyHasher
) -> Iterator[Office]:
    path = tmp_path / "office.db"
    setup = open_session(path, packs, clock, hasher, Guard.system())
    a = setup.cases.add_body("Акимат А", "А әкімдігі", BodyKind.AKIMAT)
    b = setup.cases.add_body("Акимат Б", "Б әкімдігі", BodyKind.AKIMAT)
    bodies = {"a": a, "b": b, None: None}
    for login, (role, body) in USERS.items():
        setup.auth.save_user(
            UserInput(login, f"Пайдаланушы {login}", role, bodies[body], True, PASSWORD)
        )
    registered = replace(case_input(a, 1), **LATE_FACTS)  # type: ignore[arg-type]
    case_id = setup.cases.register_case(registered)
    on_time_id = setup.cases.register_case(case_input(a, 100, "Уақытылы Іс Ұлы"))
    setup.database.dispose()
    late = replace(
        registered,
        status=CaseStatus.DECIDED,
        decided_on=date(2026, 10, 5),
        penalty="reprimand",
        override_reason=REASON,
    )
    session = open_session(path, packs, clock, hasher, Guard())
    _act_as(session)
    session.auth.login("secretary", PASSWORD)
    try:
        yield Office(session, path, case_id, on_time_id, a, late)
    finally:
        session.database.dispose()


def _refusal(office: Office, confirmation: OverrideConfirmation | None) -> str:
    with pytest.raises(ValidationFailed) as refused:
        office.decide(confirmation)
    [error] = refused.value.errors
    assert error.field == CONFIRM_FIELD
    return error.code


def _not_decided(office: Office) -> None:
    case = office.session.cases.get_case(office.case_id)
    assert case.status is CaseStatus.REGISTERED and case.decided_on is None
    assert OVERRIDE_EVENT not in [e.kind for e in case.events]


def test_an_override_without_a_confirmation_is_refused(office: Office) -> None:
    assert _refusal(office, None) == E_CONFIRM_REQUIRED
    _not_decided(office)
    # Without the reason it is the deadline itself that refuses, as before.
    with pytest.raises(ValidationFailed) as refused:
        office.session.cases.update_case(office.case_id, replace(office.late, override_reason=""))
    assert [e.code for e in refused.value.errors] == ["deadline.expired"]


def test_the_acting_user_cannot_confirm_their_own_override(office: Office) -> None:
    assert _refusal(office, OverrideConfirmation("Secretary", PASSWORD)) == E_CONFIRM_SELF
    _not_decided(office)
    [entry] = office.audit(CONFIRM_FAILED)
    assert (entry["actor"], entry["why"], entry["login"]) == ("secretary", "self", "secretary")


def test_a_wrong_password_is_refused_audited_and_counts_towards_the_lockout(
    office: Office, hasher: SpyHasher
) -> None:
    before = hasher.verified
    wrong = OverrideConfirmation("chair", "not-the-password")
    assert _refusal(office, wrong) == E_CONFIRM_INVALID
    assert hasher.verified == before + 1
    _not_decided(office)
    [entry] = office.audit(CONFIRM_FAILED)
    assert (entry["why"], entry["failed"], entry["login"]) == ("password", 1, "chair")
    assert PASSWORD not in json.dumps(entry, ensure_ascii=False)
    assert "not-the-password" not in json.dumps(entry)

    # An unknown login gets the same refusal, after the same KDF work.
    assert _refusal(office, OverrideConfirmation("nobody", PASSWORD)) == E_CONFIRM_INVALID
    assert hasher.verified == before + 2
    assert office.audit(CONFIRM_FAILED)[-1]["why"] == "unknown"

    for _ in range(LOCK_AFTER - 1):
        assert _refusal(office, wrong) == E_CONFIRM_INVALID
    assert office.audit(CONFIRM_FAILED)[-1]["locked_until"]
    # Locked: the right password is refused too, in the same words, and the login screen
    # refuses the chair as well (the same lockout).
    assert _refusal(office, OverrideConfirmation("chair", PASSWORD)) == E_CONFIRM_INVALID
    assert office.audit(CONFIRM_FAILED)[-1]["why"] == "locked"
    with pytest.raises(LoginRefused) as login:
        office.session.auth.login("chair", PASSWORD)
    assert login.value.code == "auth.locked"


@pytest.mark.parametrize("login", ["kadr", "auditor", "admin2"])
def test_a_role_that_may_not_confirm_is_refused(office: Office, login: str) -> None:
    assert _refusal(office, OverrideConfirmation(login, PASSWORD)) == E_CONFIRM_NOT_ALLOWED
    _not_decided(office)
    entry = office.audit(CONFIRM_FAILED)[-1]
    assert (entry["login"], entry["why"]) == (login, "not_allowed")


def test_a_user_of_another_body_is_refused(office: Office) -> None:
    assert _refusal(office, OverrideConfirmation("chair_b", PASSWORD)) == E_CONFIRM_NOT_ALLOWED
    _not_decided(office)


def test_an_inactive_confirmer_is_refused_like_a_wrong_password(
    office: Office, tmp_path: Path, packs: RulePackRegistry, clock: UtcClock, hasher: SpyHasher
) -> None:
    admin = open_session(office.path, packs, clock, hasher, Guard.system())
    try:
        chair = office.user("chair")
        admin.auth.save_user(
            UserInput("chair", chair.full_name, Role.MEMBER, office.body_a, False), chair.id
        )
    finally:
        admin.database.dispose()
    assert _refusal(office, OverrideConfirmation("chair", PASSWORD)) == E_CONFIRM_INVALID


@pytest.mark.parametrize("login", ["chair", "chair_all", "secretary2"])
def test_a_confirming_user_lets_the_override_through_and_both_are_recorded(
    office: Office, login: str
) -> None:
    assert office.decide(OverrideConfirmation(f" {login.upper()} ", PASSWORD))
    case = office.session.cases.get_case(office.case_id)
    assert (case.status, case.decided_on) == (CaseStatus.DECIDED, date(2026, 10, 5))
    [event] = [e for e in case.events if e.kind == OVERRIDE_EVENT]
    assert event.actor == "secretary"
    assert event.data["confirmed_by"] == login and event.data["reason"] == REASON
    [entry] = office.audit(f"case.{OVERRIDE_EVENT}")
    assert (entry["actor"], entry["confirmed_by"]) == ("secretary", login)
    assert entry["confirmer_role"] in {r.value for r in CONFIRMING_ROLES}
    assert office.audit(CONFIRM_FAILED) == []
    with sqlite3.connect(office.path) as raw:
        text = "\n".join(r[0] for r in raw.execute("SELECT diff FROM audit_log"))
    raw.close()
    assert PASSWORD not in text


def test_a_confirmation_is_not_asked_when_no_override_happens(office: Office) -> None:
    # A decision inside the limits: no reason, no second user (existing callers unchanged).
    on_time = replace(
        case_input(office.body_a, 100, "Уақытылы Іс Ұлы"),
        status=CaseStatus.DECIDED,
        decided_on=date(2026, 10, 5),
        penalty="reprimand",
    )
    assert office.session.cases.update_case(office.on_time_id, on_time)
    office.session.procedure.record_order(office.on_time_id, replace(ORDER, order_number="7"))
    events = [e.kind for e in office.session.cases.get_case(office.on_time_id).events]
    assert OVERRIDE_EVENT not in events and "order_recorded" in events
    assert office.audit(CONFIRM_FAILED) == []


def test_the_order_path_needs_the_confirmation_too(office: Office) -> None:
    procedure = office.session.procedure
    with pytest.raises(ValidationFailed) as refused:
        procedure.record_order(office.case_id, ORDER, override_reason=REASON)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        (CONFIRM_FIELD, E_CONFIRM_REQUIRED)
    ]
    assert procedure.procedure(office.case_id).order is None
    with pytest.raises(ValidationFailed) as wrong:
        procedure.record_order(
            office.case_id, ORDER, REASON, confirmation=OverrideConfirmation("chair", "nope-nope")
        )
    assert [e.code for e in wrong.value.errors] == [E_CONFIRM_INVALID]
    assert procedure.procedure(office.case_id).order is None

    procedure.record_order(
        office.case_id, ORDER, REASON, confirmation=OverrideConfirmation("chair", PASSWORD)
    )
    assert procedure.procedure(office.case_id).order is not None
    case = office.session.cases.get_case(office.case_id)
    [event] = [e for e in case.events if e.kind == OVERRIDE_EVENT]
    assert (event.actor, event.data["confirmed_by"]) == ("secretary", "chair")


def test_an_hr_officer_may_not_override_at_registration_even_confirmed(
    office: Office,
) -> None:
    session = office.session
    session.auth.logout()
    session.auth.login("kadr", PASSWORD)
    new = replace(case_input(office.body_a, 300, "Жаңа Іс Ұлы"), **LATE_FACTS)  # type: ignore[arg-type]
    decided = replace(
        new,
        status=CaseStatus.DECIDED,
        decided_on=date(2026, 10, 5),
        penalty="reprimand",
        override_reason=REASON,
    )
    with pytest.raises(PermissionDenied):
        session.cases.register_case(decided, "", OverrideConfirmation("chair", PASSWORD))
    assert office.audit("authz_denied")[-1]["permission"] == "deadline_override"


def test_the_system_actor_overrides_without_a_second_user_and_is_audited(
    office: Office, packs: RulePackRegistry, clock: UtcClock, hasher: SpyHasher
) -> None:
    # The CLI, the demo and scripts act as the system: nobody to ask; the event names nobody.
    system = open_session(office.path, packs, clock, hasher, Guard.system())
    try:
        assert system.cases.update_case(office.case_id, office.late)
        [event] = [
            e for e in system.cases.get_case(office.case_id).events if e.kind == OVERRIDE_EVENT
        ]
    finally:
        system.database.dispose()
    assert "confirmed_by" not in event.data and event.data["reason"] == REASON
    [entry] = office.audit(f"case.{OVERRIDE_EVENT}")
    assert entry["actor"] == "system"


def _user(uid: int, role: Role, body: int | None, active: bool = True) -> User:
    return User(uid, f"u{uid}", f"U {uid}", role, body, active)


def test_the_confirmation_rule_cell_by_cell() -> None:
    acting = _user(1, Role.SECRETARY, 7)
    assert confirm_refusal(_user(1, Role.SECRETARY, 7), acting, (7,)) == E_CONFIRM_SELF
    assert confirm_refusal(_user(2, Role.MEMBER, 7), acting, (7,)) is None
    assert confirm_refusal(_user(2, Role.SECRETARY, 7), acting, (7,)) is None
    assert confirm_refusal(_user(2, Role.MEMBER, None), acting, (7, 8)) is None
    assert confirm_refusal(_user(2, Role.MEMBER, 8), acting, (7,)) == E_CONFIRM_NOT_ALLOWED
    assert confirm_refusal(_user(2, Role.MEMBER, 7), acting, (7, 8)) == E_CONFIRM_NOT_ALLOWED
    assert confirm_refusal(_user(2, Role.MEMBER, 7, False), acting, (7,)) == E_CONFIRM_INVALID
    for role in (Role.HR_OFFICER, Role.AUDITOR, Role.ADMIN):
        assert confirm_refusal(_user(2, role, 7), acting, (7,)) == E_CONFIRM_NOT_ALLOWED
    assert CONFIRMING_ROLES == {Role.MEMBER, Role.SECRETARY}
    assert (
        repr(OverrideConfirmation("chair", "сыр-пароль")) == "OverrideConfirmation(login='chair')"
    )
