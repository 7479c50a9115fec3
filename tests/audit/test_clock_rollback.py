"""S13 on a real SQLite file: the clock set back two days after entries exist.

Deadline warnings count from the newest audit entry's date, a decision (the case editor's or the
order's) is refused without a reason and accepted with one that lands in the audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest

from db.clock_source import newest_audit_ts, trusted_clock
from db.engine import Database
from domain.audit import AuditEntry, AuditFilter, format_ts
from domain.clock import FixedClock, TrustedClock
from domain.clock_decisions import CLOCK_CONFIRMED, E_CLOCK_REASON
from domain.errors import ValidationFailed
from domain.iin import make_iin
from domain.model import (
    BodyKind,
    CaseInput,
    CaseStatus,
    DeadlineStatus,
    ServantInput,
    ServiceCategory,
    Sex,
)
from domain.procedure_model import (
    CommissionInput,
    CommissionMember,
    Composition,
    HearingOutcome,
    MemberRole,
    OrderInput,
    Vote,
)
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import CaseService
from tests.audit.conftest import TODAY

REASON = "Часы сбились после замены батарейки; дата проверена по телефону"
MEMBERS = (
    CommissionMember("Ахметов Болат", "заместитель акима", MemberRole.CHAIR),
    CommissionMember("Сәрсенбаева Әйгерім", "руководитель отдела", MemberRole.MEMBER),
    CommissionMember("Петров Иван", "главный специалист", MemberRole.MEMBER),
    CommissionMember("Ильина Ольга", "специалист", MemberRole.SECRETARY, votes=False),
)


@dataclass
class Office:
    """Services over the database as main.py wires them: today from the trusted clock."""

    database: Database
    clock: FixedClock
    trusted: TrustedClock
    cases: CaseService
    procedure: ProcedureService
    body: int

    def case_with_last_day(self, last_day: date, serial: int) -> int:
        """A general offence (one month from discovery) whose last day is `last_day`."""
        iin = next(
            i for s in range(serial, serial + 99) if (i := make_iin(date(1984, 6, 2), Sex.MALE, s))
        )
        servant = ServantInput(
            "Әлиев Нұрлан Серікұлы",
            iin,
            "бас маман",
            ServiceCategory.ADMINISTRATIVE,
            False,
            self.body,
        )
        for back in range(0, 80):
            found = TODAY - timedelta(days=back)
            data = CaseInput(servant, "art44.duties", found, found, description="Поручение № 12")
            preview = self.cases.preview_deadline(data)
            if preview is not None and preview.last_day == last_day:
                return self.cases.register_case(data)
        raise AssertionError(f"no discovery day gives the last day {last_day}")

    def entries(self, action: str = "") -> list[AuditEntry]:
        with self.database.uow(read_only=True) as uow:
            return list(reversed(uow.audit.entries(AuditFilter(action=action), 0, 1000)))


@pytest.fixture
def office(database: Database, registry: RulePackRegistry, clock: FixedClock) -> Office:
    trusted = trusted_clock(database)  # over database.actor.clock: the fixed one
    read = lambda: database.uow(read_only=True)  # noqa: E731
    cases = CaseService(
        database.uow, registry, trusted.today, clock.now_utc, "a.officer", read, clock=trusted
    )
    procedure = ProcedureService(cases, database.uow, read, registry, cases.today, clock.now_utc)
    cases.set_switch("move_to_next_working_day", False)  # every day reachable as a last day
    body = cases.add_body(
        "Акимат Туркестанской области", "Түркістан облысының әкімдігі", BodyKind.AKIMAT
    )
    return Office(database, clock, trusted, cases, procedure, body)


def _set_back_two_days(office: Office) -> None:
    newest = newest_audit_ts(office.database)
    assert newest is not None and newest <= format_ts(office.clock.now_utc())
    office.clock.advance(days=-2)


def test_deadline_warnings_count_from_the_newest_entry_not_the_clock(
    office: Office, database: Database, registry: RulePackRegistry, clock: FixedClock
) -> None:
    office.case_with_last_day(TODAY - timedelta(days=1), serial=1)  # missed yesterday
    office.case_with_last_day(TODAY + timedelta(days=20), serial=2)
    _set_back_two_days(office)
    assert clock.today() == TODAY - timedelta(days=2)

    assert office.cases.today() == TODAY
    assert office.trusted.reading().behind
    counts = office.cases.deadline_counts()
    assert (counts[DeadlineStatus.EXPIRED], counts[DeadlineStatus.WITHIN_2]) == (1, 0)
    assert office.cases.expired_open() == 1
    assert office.cases.expiring_this_week() == 0
    # The same store read by the clock alone: the missed deadline would look open for 1 day.
    naive = CaseService(database.uow, registry, clock.today, clock.now_utc)
    naive_counts = naive.deadline_counts()
    assert (naive_counts[DeadlineStatus.EXPIRED], naive_counts[DeadlineStatus.WITHIN_2]) == (0, 1)
    assert naive.expired_open() == 0


def test_a_case_decision_needs_a_reason_that_lands_in_the_audit_entry(office: Office) -> None:
    case_id = office.case_with_last_day(TODAY + timedelta(days=20), serial=3)
    _set_back_two_days(office)
    stored = office.cases.get_case(case_id)
    data = CaseInput(
        stored.servant and replace_servant(stored),
        stored.offence,
        stored.committed_on,
        stored.discovered_on,
        description=stored.description,
        status=CaseStatus.DECIDED,
        decided_on=TODAY - timedelta(days=2),
        penalty="reprimand",
    )
    before = office.entries()

    with pytest.raises(ValidationFailed) as refused:
        office.cases.update_case(case_id, data)
    (error,) = refused.value.errors
    assert (error.field, error.code) == ("decided_on", E_CLOCK_REASON)
    assert error.params["newest_utc"] == before[-1].ts_utc
    assert error.params["now_utc"] == format_ts(office.clock.now_utc())
    with pytest.raises(ValidationFailed):
        office.cases.update_case(case_id, data, clock_reason="  \n ")
    assert office.entries() == before  # refused: nothing written, not even the rollback entry
    assert office.cases.get_case(case_id).status is CaseStatus.REGISTERED

    assert office.cases.update_case(case_id, data, clock_reason=REASON)
    decided = office.cases.get_case(case_id)
    assert (decided.status, decided.penalty) == (CaseStatus.DECIDED, "reprimand")
    new = office.entries()[len(before) :]
    assert [e.action for e in new] == ["clock_rollback", "case.updated", CLOCK_CONFIRMED]
    confirmed = new[-1]
    assert (confirmed.reason, confirmed.entity, confirmed.entity_id) == (
        REASON,
        "case",
        str(case_id),
    )
    assert '"decision":"case"' in confirmed.diff and before[-1].ts_utc in confirmed.diff


def test_an_edit_that_decides_nothing_needs_no_reason(office: Office) -> None:
    case_id = office.case_with_last_day(TODAY + timedelta(days=20), serial=4)
    _set_back_two_days(office)
    stored = office.cases.get_case(case_id)
    data = CaseInput(
        replace_servant(stored),
        stored.offence,
        stored.committed_on,
        stored.discovered_on,
        description="Поручение № 12 и № 14",
    )
    assert office.cases.update_case(case_id, data)
    assert office.entries(CLOCK_CONFIRMED) == []
    assert [e.action for e in office.entries()[-2:]] == ["clock_rollback", "case.updated"]


def test_a_new_case_registered_with_its_decision_needs_the_reason_too(office: Office) -> None:
    office.case_with_last_day(TODAY + timedelta(days=20), serial=5)
    _set_back_two_days(office)
    iin = make_iin(date(1990, 1, 1), Sex.FEMALE, 7)
    assert iin is not None
    servant = ServantInput(
        "Сәрсенова Айгүл", iin, "маман", ServiceCategory.ADMINISTRATIVE, False, office.body
    )
    found = TODAY - timedelta(days=10)
    data = CaseInput(
        servant, "art44.duties", found, found, status=CaseStatus.NO_PENALTY, decided_on=found
    )
    with pytest.raises(ValidationFailed) as refused:
        office.cases.register_case(data)
    assert [e.code for e in refused.value.errors] == [E_CLOCK_REASON]
    case_id = office.cases.register_case(data, clock_reason=REASON)
    (confirmed,) = office.entries(CLOCK_CONFIRMED)
    assert (confirmed.entity_id, confirmed.reason) == (str(case_id), REASON)


def test_the_order_save_needs_a_reason_that_lands_in_the_audit_entry(office: Office) -> None:
    case_id = office.case_with_last_day(TODAY + timedelta(days=20), serial=6)
    commission = office.procedure.save_commission(
        CommissionInput("Дисциплинарная комиссия", "Тәртіптік комиссия", (office.body,))
    )
    office.procedure.save_composition(commission, Composition(date(2026, 1, 1), MEMBERS))
    held_on = TODAY - timedelta(days=5)
    hearing = office.procedure.new_hearing(case_id, commission, held_on)
    hearing = replace(
        hearing,
        place="г. Туркестан",
        members=tuple(replace(m, vote=Vote.FOR) if m.votes else m for m in hearing.members),
        outcome=HearingOutcome.IMPOSE,
        proposed_penalty="reprimand",
        minutes="Заслушали объяснение.",
    )
    office.procedure.record_hearing(case_id, hearing)
    _set_back_two_days(office)
    order = OrderInput(
        TODAY - timedelta(days=3),
        "Ахметов Болат",
        "аким района",
        HearingOutcome.IMPOSE,
        "reprimand",
    )
    before = office.entries()

    with pytest.raises(ValidationFailed) as refused:
        office.procedure.record_order(case_id, order)
    assert [(e.field, e.code) for e in refused.value.errors] == [("signed_on", E_CLOCK_REASON)]
    assert office.entries() == before
    assert office.procedure.procedure(case_id).order is None

    office.procedure.record_order(case_id, order, clock_reason=REASON)
    assert office.cases.get_case(case_id).status is CaseStatus.DECIDED
    new = office.entries()[len(before) :]
    assert [e.action for e in new] == [
        "clock_rollback",
        "case.updated",
        "case.order_recorded",
        CLOCK_CONFIRMED,
    ]
    assert new[-1].reason == REASON and '"decision":"order"' in new[-1].diff


def test_the_cache_follows_appends_on_the_write_engine(office: Office) -> None:
    """trusted_clock drops its cached newest time after each commit: a later append counts."""
    office.trusted.today()  # cached
    office.clock.advance(days=3)  # the clock moves on and a save appends at the new time
    office.case_with_last_day(TODAY + timedelta(days=25), serial=8)
    office.clock.advance(days=-3)  # ...then is set back: only the fresh newest time shows it
    assert office.trusted.reading().behind
    assert office.cases.today() == TODAY + timedelta(days=3)


def replace_servant(stored):  # type: ignore[no-untyped-def]
    """The stored servant as the editor would send it back."""
    s = stored.servant
    return ServantInput(s.full_name, s.iin, s.position, s.category, s.elected, s.body_id)
