"""Worked examples of the Art. 45 engine on the real 416-V pack and the real KZ calendar."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from domain.calendar import WorkCalendar
from domain.deadline_facts import DeadlineInput, DeadlineResult, Pause
from domain.deadline_steps import (
    E_CONTINUING_END_BEFORE_COMMISSION,
    E_DISCOVERY_BEFORE_COMMISSION,
    E_OFFENCE_DISABLED,
    E_OFFENCE_REPEALED,
    E_OFFENCE_UNKNOWN,
    E_PAUSE_END_BEFORE_START,
    E_PAUSE_REASON_UNKNOWN,
    E_TERMINATION_BEFORE_COMMISSION,
    E_TERMINATION_NOT_DISCREDITING,
    P_BLOCKED_DAY,
    P_EXPIRED,
    STEP_CODES,
)
from domain.deadlines import check_decision_date, compute_deadlines
from domain.errors import RulePackError, ValidationFailed
from domain.rulepack import RulePack

GENERAL = "art44.duties"
DISCREDITING = "art50.4"


def run(
    pack: RulePack,
    calendar: WorkCalendar,
    *,
    offence: str = GENERAL,
    committed: date = date(2026, 1, 5),
    discovered: date,
    pauses: tuple[Pause, ...] = (),
    continuing: bool = False,
    continuing_until: date | None = None,
    terminated_on: date | None = None,
) -> DeadlineResult:
    facts = DeadlineInput(
        offence,
        committed,
        discovered,
        pauses=pauses,
        continuing=continuing,
        continuing_until=continuing_until,
        terminated_on=terminated_on,
    )
    return compute_deadlines(facts, pack, calendar)


def codes(result: DeadlineResult) -> list[str]:
    return [s.code for s in result.steps]


# ---------------------------------------------------------------- limits per offence


def test_general_offence_plain(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(pack, calendar, committed=date(2026, 3, 1), discovered=date(2026, 3, 15))
    assert r.rule_pack == "kz-416-V" and r.limit_kind == "general"
    assert r.discovery_limit == date(2026, 4, 15)  # 1 month: same day number
    assert r.absolute_limit == r.absolute_limit_extended == date(2026, 9, 1)  # 6 months
    assert r.last_day == date(2026, 4, 15) and r.binding == "discovery"
    assert r.suspended_days == 0 and r.blocked_periods == ()
    assert r.readings.code == "absolute.readings_same"


@pytest.mark.parametrize("offence", [DISCREDITING, "budget"])
def test_discrediting_and_budget_three_months_one_year(
    pack: RulePack, calendar: WorkCalendar, offence: str
) -> None:
    r = run(
        pack, calendar, offence=offence, committed=date(2025, 6, 10), discovered=date(2026, 1, 12)
    )
    assert r.discovery_limit == date(2026, 4, 13)  # 12 April 2026 is a Sunday
    assert r.absolute_limit == date(2026, 6, 10)  # a Wednesday
    assert r.last_day == date(2026, 4, 13)


def test_month_end_clipping(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(pack, calendar, committed=date(2026, 1, 5), discovered=date(2026, 1, 31))
    # 28 February 2026 is a Saturday: clipped, then moved to Monday 2 March.
    assert r.discovery_limit == date(2026, 3, 2)
    assert "limit.month_end_clipped" in codes(r)
    assert "limit.moved_non_working" in codes(r)


def test_leap_year(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(pack, calendar, committed=date(2024, 1, 2), discovered=date(2024, 1, 31))
    assert r.discovery_limit == date(2024, 2, 29)  # a Thursday
    r = run(
        pack,
        calendar,
        offence=DISCREDITING,
        committed=date(2024, 2, 29),
        discovered=date(2024, 3, 1),
    )
    assert r.absolute_limit == date(2025, 2, 28)  # 1 year from 29 February; a Friday


# ---------------------------------------------------------------- non-working days


def test_limit_on_a_saturday_moves_to_monday(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(pack, calendar, discovered=date(2026, 1, 14))
    assert r.discovery_limit == date(2026, 2, 16)
    moved = [s for s in r.steps if s.code == "limit.moved_non_working"]
    assert moved[0].params["from_date"] == "2026-02-14" and moved[0].params["why"] == "weekend"


def test_limit_on_nauryz_moves_past_the_carried_over_days(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    r = run(pack, calendar, discovered=date(2026, 2, 23))
    # 23 March (Nauryz), 24-25 March (21-22 March carried over) are days off.
    assert r.discovery_limit == date(2026, 3, 26)
    step = next(s for s in r.steps if s.code == "limit.moved_non_working")
    assert step.params["why"] == "holiday" and "Nowruz" in str(step.params["name"])
    assert "Nowruz" in step.english() and "Civil Code" in step.english()


def test_override_day_off_and_override_working_day(pack: RulePack) -> None:
    wednesday = date(2026, 4, 15)
    off = WorkCalendar({wednesday: False})
    r = run(pack, off, discovered=date(2026, 3, 15))
    assert r.discovery_limit == date(2026, 4, 16)
    step = next(s for s in r.steps if s.code == "limit.moved_non_working")
    assert step.params["why"] == "override_non_working"
    worked_saturday = WorkCalendar({date(2026, 2, 14): True})
    assert run(pack, worked_saturday, discovered=date(2026, 1, 14)).discovery_limit == date(
        2026, 2, 14
    )


def test_switch_off_keeps_the_calendar_day(pack: RulePack, calendar: WorkCalendar) -> None:
    facts = DeadlineInput(GENERAL, date(2026, 1, 5), date(2026, 1, 14))
    r = compute_deadlines(facts, pack, calendar, switches={"move_to_next_working_day": False})
    assert r.discovery_limit == date(2026, 2, 14)  # a Saturday, left as it is
    assert "limit.moved_non_working" not in codes(r)


# ---------------------------------------------------------------- suspension


def test_pause_extends_the_limit(pack: RulePack, calendar: WorkCalendar) -> None:
    sick = Pause("sick_leave", date(2026, 3, 10), date(2026, 3, 16))  # 7 days
    r = run(pack, calendar, discovered=date(2026, 3, 2), pauses=(sick,))
    assert r.discovery_limit == date(2026, 4, 9)  # 2 April + 7 days
    assert r.suspended_days == 7
    step = next(s for s in r.steps if s.code == "limit.suspended")
    assert step.params["days"] == 7 and step.params["reasons"] == "sick_leave"
    assert step.article == "Art. 45 p.3-4"


def test_extension_landing_in_another_pause_is_checked_again(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    vacation = Pause("vacation", date(2026, 3, 10), date(2026, 3, 16))  # 7 days -> 9 April
    trip = Pause(
        "business_trip", date(2026, 4, 5), date(2026, 4, 7)
    )  # after 2 April, before 9 April
    r = run(pack, calendar, discovered=date(2026, 3, 2), pauses=(vacation, trip))
    # 2 April + 7 = 9 April; the trip's 3 days lie in the added stretch: + 3 = 12 April (Sunday)
    # -> Monday 13 April.
    assert r.suspended_days == 10
    assert r.discovery_limit == date(2026, 4, 13)
    # Only the first pause: the trip would not be reached without the re-check.
    r1 = run(pack, calendar, discovered=date(2026, 3, 2), pauses=(vacation,))
    assert r1.discovery_limit == date(2026, 4, 9)


def test_overlapping_pauses_count_a_day_once(pack: RulePack, calendar: WorkCalendar) -> None:
    sick = Pause("sick_leave", date(2026, 3, 10), date(2026, 3, 16))
    vacation = Pause("vacation", date(2026, 3, 14), date(2026, 3, 20))
    r = run(pack, calendar, discovered=date(2026, 3, 2), pauses=(sick, vacation))
    assert r.suspended_days == 11  # 10..20 March
    assert r.discovery_limit == date(2026, 4, 13)
    step = next(s for s in r.steps if s.code == "limit.suspended")
    assert step.params["reasons"] == "sick_leave,vacation"


def test_pause_days_on_or_before_the_start_do_not_count(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    before = Pause("vacation", date(2026, 2, 20), date(2026, 3, 2))  # ends on the discovery day
    r = run(pack, calendar, discovered=date(2026, 3, 2), pauses=(before,))
    assert r.suspended_days == 0 and r.discovery_limit == date(2026, 4, 2)
    across = Pause("vacation", date(2026, 2, 25), date(2026, 3, 4))  # only 3-4 March count
    r = run(pack, calendar, discovered=date(2026, 3, 2), pauses=(across,))
    assert r.suspended_days == 2
    assert r.discovery_limit == date(2026, 4, 6)  # 4 April is a Saturday


def test_pause_after_the_limit_does_not_count(pack: RulePack, calendar: WorkCalendar) -> None:
    later = Pause("vacation", date(2026, 4, 3), date(2026, 4, 20))
    r = run(pack, calendar, discovered=date(2026, 3, 2), pauses=(later,))
    assert r.discovery_limit == date(2026, 4, 2) and r.suspended_days == 0


def test_limit_moved_into_a_pause_moves_past_it(pack: RulePack, calendar: WorkCalendar) -> None:
    # 14 February 2026 (Saturday) would move to Monday 16th, but a vacation starts that day.
    vacation = Pause("vacation", date(2026, 2, 16), date(2026, 2, 20))
    r = run(pack, calendar, discovered=date(2026, 1, 14), pauses=(vacation,))
    assert r.suspended_days == 0
    assert r.discovery_limit == date(2026, 2, 23)  # past the vacation and the weekend after it
    assert codes(r).count("limit.moved_non_working") >= 2
    assert "limit.moved_out_of_pause" in codes(r)


def test_non_suspending_reason_blocks_without_extending(
    hand_pack: RulePack, calendar: WorkCalendar
) -> None:
    watch = Pause("watch", date(2026, 3, 10), date(2026, 3, 16))
    r = run(hand_pack, calendar, offence="g", discovered=date(2026, 3, 2), pauses=(watch,))
    assert r.discovery_limit == date(2026, 4, 2) and r.suspended_days == 0
    assert [b.reason for b in r.blocked_periods] == ["watch"]


# ---------------------------------------------------------------- the absolute limit, two readings


def test_two_readings_of_the_absolute_limit(pack: RulePack, calendar: WorkCalendar) -> None:
    vacation = Pause("vacation", date(2026, 2, 1), date(2026, 2, 10))  # 10 days
    r = run(
        pack, calendar, committed=date(2026, 1, 5), discovered=date(2026, 6, 20), pauses=(vacation,)
    )
    # 5 July 2026 is a Sunday and 6 July is Capital Day.
    assert r.absolute_limit == date(2026, 7, 7)
    assert r.absolute_limit_extended == date(2026, 7, 15)
    assert r.absolute_suspended_days == 10
    assert r.discovery_limit == date(2026, 7, 20)  # no pause after 20 June
    assert r.last_day == date(2026, 7, 7) and r.binding == "absolute"
    assert r.readings.code == "absolute.readings"
    text = r.readings.english()
    assert "2026-07-07" in text and "2026-07-15" in text and text.count(".") >= 1
    assert text.startswith("Whether suspension also extends the absolute limit is unclear")


def test_both_limits_on_one_day(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(pack, calendar, committed=date(2026, 1, 15), discovered=date(2026, 6, 15))
    assert r.discovery_limit == r.absolute_limit == date(2026, 7, 15)
    assert r.binding == "both" and "last_day.both" in codes(r)


def test_absolute_limit_passed_before_discovery(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(pack, calendar, committed=date(2025, 6, 1), discovered=date(2026, 1, 10))
    assert r.absolute_limit == date(2025, 12, 1)
    assert r.last_day == date(2025, 12, 1) and r.expired_before_discovery
    assert "last_day.before_discovery" in codes(r)


# ---------------------------------------------------------------- terminated case, continuing offence


def test_after_termination_three_months_capped_at_one_year(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    r = run(
        pack,
        calendar,
        offence=DISCREDITING,
        committed=date(2025, 3, 10),
        discovered=date(2026, 1, 20),
        terminated_on=date(2026, 1, 15),
    )
    assert r.limit_kind == "after_termination" and r.discovery_event == "termination"
    assert r.discovery_limit == date(2026, 4, 15)  # 3 months from the termination decision
    assert r.absolute_limit == date(2026, 3, 10)  # still 1 year from commission
    assert r.last_day == date(2026, 3, 10) and r.binding == "absolute"
    # Not capped when the commission is recent.
    r = run(
        pack,
        calendar,
        offence=DISCREDITING,
        committed=date(2025, 12, 1),
        discovered=date(2026, 1, 20),
        terminated_on=date(2026, 1, 15),
    )
    assert r.last_day == date(2026, 4, 15) and r.binding == "discovery"


def test_continuing_offence_that_ended(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(
        pack,
        calendar,
        offence="art44.discipline",
        committed=date(2025, 6, 1),
        discovered=date(2026, 1, 10),
        continuing_until=date(2025, 11, 30),
    )
    assert r.absolute_event == "conduct_end" and r.absolute_start == date(2025, 11, 30)
    assert r.absolute_limit == date(2026, 6, 1)  # 30 May 2026 is a Saturday
    assert r.discovery_limit == date(2026, 2, 10)
    assert not r.expired_before_discovery
    assert "limits.continuing" in codes(r)


def test_continuing_offence_still_going(pack: RulePack, calendar: WorkCalendar) -> None:
    r = run(
        pack,
        calendar,
        offence="art44.discipline",
        committed=date(2025, 6, 1),
        discovered=date(2026, 1, 10),
        continuing=True,
    )
    assert r.absolute_event == "discovery_still_continuing"
    assert r.absolute_limit == date(2026, 7, 10)


def test_continuing_offence_start_is_a_parameter(pack: RulePack, calendar: WorkCalendar) -> None:
    params = dict(pack.parameters) | {"continuing_offence_start": "commission"}
    other = dataclasses.replace(pack, parameters=params)
    r = run(
        other,
        calendar,
        offence="art44.discipline",
        committed=date(2025, 6, 1),
        discovered=date(2026, 1, 10),
        continuing_until=date(2025, 11, 30),
    )
    assert r.absolute_event == "commission" and r.absolute_limit == date(2025, 12, 1)
    bad = dataclasses.replace(pack, parameters=dict(params) | {"continuing_offence_start": "x"})
    with pytest.raises(RulePackError) as exc:
        run(bad, calendar, discovered=date(2026, 1, 10), continuing=True)
    assert exc.value.where == "parameters.continuing_offence_start"


# ---------------------------------------------------------------- blocked days and the decision date


def test_blocked_periods_and_decision_check(pack: RulePack, calendar: WorkCalendar) -> None:
    vacation = Pause("vacation", date(2026, 3, 10), date(2026, 3, 16))
    proceedings = Pause("criminal_proceedings", date(2026, 3, 20), date(2026, 3, 22))
    old = Pause("sick_leave", date(2025, 12, 1), date(2025, 12, 5))  # before discovery
    pauses = (proceedings, vacation, old)
    r = run(pack, calendar, discovered=date(2026, 3, 2), pauses=pauses)
    assert [(b.reason, b.start) for b in r.blocked_periods] == [("vacation", date(2026, 3, 10))]
    assert "blocked" in codes(r)

    assert check_decision_date(r, date(2026, 3, 5), pauses, pack) == []
    assert check_decision_date(r, r.last_day, pauses, pack) == []
    assert check_decision_date(r, date(2026, 3, 21), pauses, pack) == []  # proceedings do not block
    blocked = check_decision_date(r, date(2026, 3, 12), pauses, pack)
    assert [e.code for e in blocked] == [P_BLOCKED_DAY]
    assert blocked[0].params["reason"] == "vacation" and blocked[0].field == "decision_date"
    late = check_decision_date(r, date(2026, 4, 17), pauses, pack)
    assert [e.code for e in late] == [P_EXPIRED]
    assert late[0].params["last_day"] == r.last_day.isoformat()
    both = check_decision_date(
        r, date(2026, 5, 4), (*pauses, Pause("training", date(2026, 5, 1), date(2026, 5, 8))), pack
    )
    assert [e.code for e in both] == [P_EXPIRED, P_BLOCKED_DAY]
    with pytest.raises(ValidationFailed):
        check_decision_date(
            r, date(2026, 3, 5), (Pause("holiday", date(2026, 3, 1), date(2026, 3, 1)),), pack
        )


# ---------------------------------------------------------------- validation


def errors_of(
    pack: RulePack, calendar: WorkCalendar, facts: DeadlineInput
) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as exc:
        compute_deadlines(facts, pack, calendar)
    return [(e.field, e.code) for e in exc.value.errors]


def test_validation_codes(pack: RulePack, calendar: WorkCalendar) -> None:
    d = date(2026, 3, 2)
    assert errors_of(pack, calendar, DeadlineInput("art99", d, d)) == [
        ("offence", E_OFFENCE_UNKNOWN)
    ]
    assert errors_of(pack, calendar, DeadlineInput("art50.15", d, d)) == [
        ("offence", E_OFFENCE_REPEALED)
    ]
    # A repealed offence still counts for a case registered before the repeal.
    assert compute_deadlines(DeadlineInput("art50.15", d, d, new_case=False), pack, calendar)
    # The article's proposal (sub-point 20) is off by default; its switch turns it on.
    assert errors_of(pack, calendar, DeadlineInput("art50.20", d, d)) == [
        ("offence", E_OFFENCE_DISABLED)
    ]
    on = {"proposed_subpoint_20": True}
    assert compute_deadlines(DeadlineInput("art50.20", d, d), pack, calendar, switches=on)
    assert errors_of(pack, calendar, DeadlineInput(GENERAL, d, date(2026, 3, 1))) == [
        ("discovered_on", E_DISCOVERY_BEFORE_COMMISSION)
    ]
    assert errors_of(
        pack, calendar, DeadlineInput(DISCREDITING, d, d, terminated_on=date(2026, 2, 1))
    ) == [("terminated_on", E_TERMINATION_BEFORE_COMMISSION)]
    assert errors_of(pack, calendar, DeadlineInput(GENERAL, d, d, terminated_on=d)) == [
        ("terminated_on", E_TERMINATION_NOT_DISCREDITING)
    ]
    assert errors_of(
        pack, calendar, DeadlineInput(GENERAL, d, d, continuing_until=date(2026, 3, 1))
    ) == [("continuing_until", E_CONTINUING_END_BEFORE_COMMISSION)]
    bad_pauses = (
        Pause("vacation", date(2026, 3, 5), date(2026, 3, 9)),
        Pause("lunch", date(2026, 3, 5), date(2026, 3, 9)),
        Pause("vacation", date(2026, 3, 9), date(2026, 3, 5)),
    )
    assert errors_of(pack, calendar, DeadlineInput(GENERAL, d, d, pauses=bad_pauses)) == [
        ("pauses.1.reason", E_PAUSE_REASON_UNKNOWN),
        ("pauses.2.end", E_PAUSE_END_BEFORE_START),
    ]


def test_all_problems_are_reported_together(pack: RulePack, calendar: WorkCalendar) -> None:
    facts = DeadlineInput(
        "nope",
        date(2026, 3, 2),
        date(2026, 3, 1),
        pauses=(Pause("x", date(2026, 3, 9), date(2026, 3, 5)),),
    )
    assert [c for _, c in errors_of(pack, calendar, facts)] == [
        E_OFFENCE_UNKNOWN,
        E_DISCOVERY_BEFORE_COMMISSION,
        E_PAUSE_REASON_UNKNOWN,
        E_PAUSE_END_BEFORE_START,
    ]


def test_pack_without_the_switch_is_a_pack_error(
    hand_pack: RulePack, calendar: WorkCalendar
) -> None:
    broken = dataclasses.replace(hand_pack, switches={})
    with pytest.raises(RulePackError) as exc:
        run(broken, calendar, offence="g", discovered=date(2026, 3, 2))
    assert exc.value.where == "switches.move_to_next_working_day"


# ---------------------------------------------------------------- output


def test_hand_pack_and_builtin_pack_agree(
    pack: RulePack, hand_pack: RulePack, calendar: WorkCalendar
) -> None:
    pauses = (Pause("vacation", date(2026, 3, 10), date(2026, 3, 16)),)
    for ours, theirs in (("g", GENERAL), ("d", DISCREDITING), ("b", "budget")):
        a = run(hand_pack, calendar, offence=ours, discovered=date(2026, 3, 2), pauses=pauses)
        b = run(pack, calendar, offence=theirs, discovered=date(2026, 3, 2), pauses=pauses)
        assert (a.discovery_limit, a.absolute_limit, a.absolute_limit_extended, a.last_day) == (
            b.discovery_limit,
            b.absolute_limit,
            b.absolute_limit_extended,
            b.last_day,
        )


def test_json_contract(pack: RulePack, calendar: WorkCalendar) -> None:
    vacation = Pause("vacation", date(2026, 2, 1), date(2026, 2, 10))
    r = run(
        pack, calendar, committed=date(2026, 1, 5), discovered=date(2026, 6, 20), pauses=(vacation,)
    )
    data = json.loads(json.dumps(r.to_json()))
    for key in ("discovery_limit", "absolute_limit", "absolute_limit_extended", "last_day"):
        assert data[key] == getattr(r, key).isoformat()
    assert data["rule_pack"] == "kz-416-V"
    assert data["steps"] == [s.english() for s in r.steps]
    assert all(isinstance(s, str) and s for s in data["steps"])
    assert [s["code"] for s in data["step_codes"]] == codes(r)
    assert data["readings"] == r.readings.english()


def test_every_step_cites_an_article_and_renders(pack: RulePack, calendar: WorkCalendar) -> None:
    seen: set[str] = set()
    cases = [
        run(pack, calendar, discovered=date(2026, 2, 23)),
        run(pack, calendar, discovered=date(2026, 1, 31)),
        run(pack, calendar, committed=date(2025, 6, 1), discovered=date(2026, 1, 10)),
        run(pack, calendar, committed=date(2026, 1, 15), discovered=date(2026, 6, 15)),
        run(
            pack,
            calendar,
            discovered=date(2026, 1, 14),
            pauses=(Pause("vacation", date(2026, 2, 16), date(2026, 2, 20)),),
        ),
        run(
            pack,
            calendar,
            committed=date(2026, 1, 5),
            discovered=date(2026, 6, 20),
            pauses=(Pause("vacation", date(2026, 2, 1), date(2026, 2, 10)),),
        ),
        run(
            pack,
            calendar,
            offence="art44.discipline",
            committed=date(2025, 6, 1),
            discovered=date(2026, 1, 10),
            continuing=True,
        ),
        run(
            pack,
            calendar,
            discovered=date(2026, 3, 2),
            pauses=(Pause("vacation", date(2026, 3, 10), date(2026, 3, 16)),),
        ),
        run(pack, calendar, committed=date(2026, 3, 1), discovered=date(2026, 3, 15)),
    ]
    for r in cases:
        for s in r.steps:
            assert s.article, s.code
            text = s.english()
            assert "{" not in text and s.article in text
            seen.add(s.code)
    assert seen == STEP_CODES
