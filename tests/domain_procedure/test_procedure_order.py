"""The order, its announcement and appeals (Labour Code Art. 65-66; Law 416-V Art. 43, 61)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.calendar import WorkCalendar
from domain.procedure import appeal_deadline, appeal_kind, tally, validate_appeal, validate_order
from domain.procedure_model import (
    AppealInput,
    AppealOutcome,
    AppealRoute,
    Hearing,
    HearingOutcome,
    OrderInput,
)
from domain.rulepack import RulePack
from tests.domain_procedure.builders import TODAY, hearing

SIGNED = date(2026, 10, 5)
ORDER = OrderInput(SIGNED, "Ахметов Болат", "аким района", HearingOutcome.IMPOSE, "reprimand")


def _hearing(held_on: date, *, adopted: bool = True) -> Hearing:
    data = hearing(held_on=held_on)
    members = (
        data.members
        if adopted
        else tuple(replace(m, present=False, vote=None) for m in data.members)
    )
    return Hearing(
        1, 1, 1, held_on, "", members, data.outcome, "reprimand", "", "", tally(members, (2, 3))
    )


def _check(data: OrderInput, hearings: list[Hearing] | None = None) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in validate_order(data, hearings or [], TODAY)]


def test_a_signed_and_familiarised_order_is_accepted() -> None:
    assert (
        _check(replace(ORDER, familiarised_on=date(2026, 10, 6), announced_on=date(2026, 10, 6)))
        == []
    )


def test_the_order_imposes_a_named_penalty_or_none_never_an_investigation() -> None:
    assert _check(replace(ORDER, penalty=None)) == [("penalty", "required")]
    assert _check(replace(ORDER, outcome=HearingOutcome.NONE)) == [
        ("penalty", "order.penalty_not_expected")
    ]
    assert _check(replace(ORDER, outcome=HearingOutcome.NONE, penalty=None)) == []
    assert _check(replace(ORDER, outcome=HearingOutcome.INVESTIGATE, penalty=None)) == [
        ("outcome", "order.outcome_invalid")
    ]


def test_signed_not_before_the_latest_adopted_hearing() -> None:
    hearings = [_hearing(date(2026, 10, 1)), _hearing(date(2026, 10, 7), adopted=False)]
    assert _check(ORDER, hearings) == []  # the later hearing had no quorum
    errors = validate_order(ORDER, [_hearing(date(2026, 10, 6))], TODAY)
    assert [(e.field, e.code, e.params) for e in errors] == [
        ("signed_on", "order.before_hearing", {"date": "2026-10-06"})
    ]
    assert _check(replace(ORDER, signed_on=date(2026, 10, 21))) == [("signed_on", "date.future")]


def test_the_servant_signs_or_refuses_not_both_not_before_the_signing() -> None:
    both = replace(ORDER, familiarised_on=date(2026, 10, 6), refused_on=date(2026, 10, 6))
    assert _check(both) == [("refused_on", "order.familiarised_and_refused")]
    early = replace(ORDER, familiarised_on=date(2026, 10, 4), announced_on=date(2026, 10, 4))
    assert _check(early) == [
        ("announced_on", "order.before_signed"),
        ("familiarised_on", "order.before_signed"),
    ]
    assert _check(replace(ORDER, refused_on=SIGNED, refusal_witnesses="Ким А.\nОмаров Б.")) == []


def test_an_early_lifting_comes_after_the_signing_and_needs_a_penalty() -> None:
    assert _check(replace(ORDER, lifted_on=date(2026, 10, 19))) == []
    assert _check(replace(ORDER, lifted_on=SIGNED)) == [
        ("lifted_on", "order.lifted_not_after_signed")
    ]
    assert _check(
        replace(ORDER, outcome=HearingOutcome.NONE, penalty=None, lifted_on=date(2026, 10, 19))
    ) == [("lifted_on", "order.lifted_without_penalty")]


def test_the_official_is_named_and_placed() -> None:
    assert _check(replace(ORDER, official_name="", official_position="")) == [
        ("official_name", "required"),
        ("official_position", "required"),
    ]


def test_appeal_period_counts_from_familiarisation_one_year_for_a_reprimand(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    order = replace(ORDER, familiarised_on=date(2026, 10, 6))
    assert appeal_kind(order, pack) == "other"
    # 2027-10-06 is a Wednesday.
    assert appeal_deadline(order, pack, calendar) == date(2027, 10, 6)
    assert appeal_deadline(replace(ORDER), pack, None) == date(2027, 10, 5)  # from the signing


def test_appeal_period_against_a_dismissal_is_three_months(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    dismissed = replace(
        ORDER, penalty="dismissal", refused_on=date(2026, 10, 7), announced_on=date(2026, 10, 6)
    )
    assert appeal_kind(dismissed, pack) == "reinstatement"
    # From the earliest day the servant learnt of it (announced 6 October, before the refusal
    # of the 7th): three months end on 6 January 2027.
    assert appeal_deadline(dismissed, pack, None) == date(2027, 1, 6)


def test_a_last_day_off_work_moves_to_the_next_working_day(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    # Signed 2026-10-03 (a Saturday): 12 months end on Sunday 2027-10-03 -> Monday 4 October.
    order = replace(ORDER, signed_on=date(2026, 10, 3))
    assert appeal_deadline(order, pack, None) == date(2027, 10, 3)
    assert appeal_deadline(order, pack, calendar) == date(2027, 10, 4)


def _appeal(**kw: object) -> list[tuple[str, str]]:
    data = replace(AppealInput(AppealRoute.AGENCY, date(2026, 10, 9)), **kw)  # type: ignore[arg-type]
    return [(e.field, e.code) for e in validate_appeal(data, ORDER, TODAY)]


def test_an_appeal_follows_the_order_and_a_decision_its_filing() -> None:
    assert _appeal() == []
    assert _appeal(filed_on=date(2026, 10, 4)) == [("filed_on", "appeal.before_order")]
    assert _appeal(decided_on=date(2026, 10, 12)) == [("decided_on", "procedure.not_expected")]
    assert _appeal(outcome=AppealOutcome.UPHELD) == [("decided_on", "required")]
    assert _appeal(outcome=AppealOutcome.ANNULLED, decided_on=date(2026, 10, 8)) == [
        ("decided_on", "appeal.decided_before_filed")
    ]
    assert _appeal(outcome=AppealOutcome.CHANGED, decided_on=date(2026, 10, 19)) == []
    errors = validate_appeal(AppealInput(AppealRoute.COURT, date(2026, 10, 9)), None, TODAY)
    assert [(e.field, e.code) for e in errors] == [("filed_on", "appeal.no_order")]


@pytest.mark.parametrize("route", list(AppealRoute))
def test_every_route_is_accepted(route: AppealRoute) -> None:
    assert validate_appeal(AppealInput(route, date(2026, 10, 9)), ORDER, TODAY) == []
