"""Working-day waits, the penalty's lifetime, the repeat window and re-entry bans."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from domain.calendar import WorkCalendar
from domain.deadline_steps import E_LIFTED_BEFORE_IMPOSED, E_REENTRY_GROUND_UNKNOWN
from domain.errors import RulePackError, ValidationFailed
from domain.procedure_dates import (
    announcement_due,
    explanation_due,
    in_repeat_window,
    penalty_expires,
    penalty_in_force,
    reentry_allowed_from,
    repeat_window_end,
)
from domain.rulepack import RulePack


def test_explanation_wait_two_working_days(pack: RulePack, calendar: WorkCalendar) -> None:
    assert explanation_due(date(2026, 4, 13), calendar, pack) == date(2026, 4, 15)  # Mon -> Wed
    assert explanation_due(date(2026, 4, 16), calendar, pack) == date(2026, 4, 20)  # Thu -> Mon
    # Friday 20 March 2026, then Nauryz and its carried-over days: Thursday and Friday count.
    assert explanation_due(date(2026, 3, 20), calendar, pack) == date(2026, 3, 27)
    # An administrator's extra day off is skipped too.
    extra = WorkCalendar({date(2026, 4, 14): False})
    assert explanation_due(date(2026, 4, 13), extra, pack) == date(2026, 4, 16)


def test_order_announced_within_three_working_days(pack: RulePack, calendar: WorkCalendar) -> None:
    # Thursday 30 April: 1 May (holiday), the weekend, then 4, 5, 6 May.
    assert announcement_due(date(2026, 4, 30), calendar, pack) == date(2026, 5, 6)
    assert announcement_due(date(2026, 4, 13), calendar, pack) == date(2026, 4, 16)
    worked_saturday = WorkCalendar({date(2026, 5, 2): True})
    assert announcement_due(date(2026, 4, 30), worked_saturday, pack) == date(2026, 5, 5)


def test_the_figures_come_from_the_pack(pack: RulePack, calendar: WorkCalendar) -> None:
    params = dict(pack.parameters) | {"explanation_wait_working_days": 5}
    other = dataclasses.replace(pack, parameters=params)
    assert explanation_due(date(2026, 4, 13), calendar, other) == date(2026, 4, 20)
    broken = dataclasses.replace(pack, parameters={})
    with pytest.raises(RulePackError):
        announcement_due(date(2026, 4, 13), calendar, broken)


def test_penalty_lifetime_six_months(pack: RulePack) -> None:
    assert penalty_expires(date(2026, 3, 15), pack) == date(2026, 9, 15)
    assert penalty_expires(date(2026, 8, 31), pack) == date(2027, 2, 28)
    assert penalty_expires(date(2027, 8, 31), pack) == date(2028, 2, 29)  # leap year
    # A status, not a time for acting: a Saturday is not moved to the next working day.
    assert penalty_expires(date(2026, 4, 17), pack) == date(2026, 10, 17)
    assert date(2026, 10, 17).weekday() == 5


def test_penalty_in_force(pack: RulePack) -> None:
    imposed = date(2026, 3, 15)
    assert not penalty_in_force(imposed, date(2026, 3, 14), pack=pack)
    assert penalty_in_force(imposed, imposed, pack=pack)
    assert penalty_in_force(imposed, date(2026, 9, 15), pack=pack)
    assert not penalty_in_force(imposed, date(2026, 9, 16), pack=pack)
    lifted = date(2026, 6, 1)  # lifted early by the official who imposed it
    assert penalty_in_force(imposed, date(2026, 5, 31), lifted, pack=pack)
    assert not penalty_in_force(imposed, lifted, lifted, pack=pack)
    assert not penalty_in_force(imposed, date(2026, 7, 1), lifted, pack=pack)
    with pytest.raises(ValidationFailed) as exc:
        penalty_in_force(imposed, imposed, date(2026, 3, 1), pack=pack)
    assert [(e.field, e.code) for e in exc.value.errors] == [("lifted_on", E_LIFTED_BEFORE_IMPOSED)]


def test_repeat_window_one_year(pack: RulePack) -> None:
    first = date(2026, 3, 15)
    assert repeat_window_end(first, pack) == date(2027, 3, 15)
    assert not in_repeat_window(first, date(2026, 3, 14), pack)
    assert not in_repeat_window(first, first, pack)  # the window starts the next day
    assert in_repeat_window(first, date(2026, 3, 16), pack)
    assert in_repeat_window(first, date(2027, 3, 15), pack)
    assert not in_repeat_window(first, date(2027, 3, 16), pack)
    assert repeat_window_end(date(2024, 2, 29), pack) == date(2025, 2, 28)
    assert not in_repeat_window(date(2024, 2, 29), date(2025, 3, 1), pack)


def test_reentry_bans(pack: RulePack, hand_pack: RulePack) -> None:
    dismissed = date(2026, 3, 15)
    assert reentry_allowed_from(dismissed, "discrediting", pack) == date(2028, 3, 16)
    assert reentry_allowed_from(dismissed, "restrictions_or_ethics", pack) == date(2027, 3, 16)
    assert reentry_allowed_from(date(2024, 2, 29), "discrediting", pack) == date(2026, 3, 1)
    assert reentry_allowed_from(dismissed, "discrediting", hand_pack) == date(2028, 3, 16)
    with pytest.raises(ValidationFailed) as exc:
        reentry_allowed_from(dismissed, "theft", pack)
    assert exc.value.errors[0].code == E_REENTRY_GROUND_UNKNOWN
    assert exc.value.errors[0].params["known"] == "discrediting,restrictions_or_ethics"
