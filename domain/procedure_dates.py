"""Procedural dates around a penalty: explanation and announcement, lifetime, repeats, re-entry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from domain.calendar import WorkCalendar
from domain.deadline_steps import E_LIFTED_BEFORE_IMPOSED, E_REENTRY_GROUND_UNKNOWN
from domain.errors import FieldError, RulePackError, ValidationFailed
from domain.limit_counting import month_period_end
from domain.pack_values import int_param
from domain.rulepack import RulePack

_ONE_DAY = timedelta(days=1)


def explanation_due(requested_on: date, calendar: WorkCalendar, pack: RulePack) -> date:
    """The last day of the wait for the servant's written explanation (Labour Code Art. 65).

    `explanation_wait_working_days` (2) working days counted from the day after the request; after
    that day an act of no explanation may be drawn up. A missing explanation does not block the
    penalty.
    """
    return calendar.add_working_days(requested_on, int_param(pack, "explanation_wait_working_days"))


def announcement_due(order_date: date, calendar: WorkCalendar, pack: RulePack) -> date:
    """The last day to announce the penalty order to the servant under signature (Labour Code Art. 65).

    `order_announcement_working_days` (3) working days counted from the day after the order.
    """
    return calendar.add_working_days(order_date, int_param(pack, "order_announcement_working_days"))


def penalty_expires(imposed_on: date, pack: RulePack) -> date:
    """The last day a penalty is in force unless lifted earlier (Labour Code Art. 66).

    `penalty_lifetime_months` (6) counted as a month period from the day of the order: imposed on
    2026-03-15 -> in force through 2026-09-15. Not moved off non-working days: it is a status,
    not a time for acting.
    """
    return month_period_end(imposed_on, int_param(pack, "penalty_lifetime_months"))


def penalty_in_force(
    imposed_on: date, on: date, lifted_on: date | None = None, *, pack: RulePack
) -> bool:
    """Whether a penalty counts as a prior record on `on` (Labour Code Art. 66).

    In force from the day of the order through `penalty_expires`; an early lifting takes effect
    on `lifted_on` itself (not in force from that day).
    """
    if lifted_on is not None and lifted_on < imposed_on:
        raise ValidationFailed(
            [
                FieldError(
                    "lifted_on",
                    E_LIFTED_BEFORE_IMPOSED,
                    {"lifted_on": lifted_on.isoformat(), "imposed_on": imposed_on.isoformat()},
                )
            ]
        )
    if on < imposed_on or on > penalty_expires(imposed_on, pack):
        return False
    return lifted_on is None or on < lifted_on


def repeat_window_end(first_penalty_on: date, pack: RulePack) -> date:
    """The last day of the repeat window of penalty rules A and B (Law 416-V Art. 44 p.5-6)."""
    return month_period_end(first_penalty_on, int_param(pack, "repeat_window_months"))


def in_repeat_window(first_penalty_on: date, new_offence_on: date, pack: RulePack) -> bool:
    """Whether a new offence is a repeat "within 1 year of the first penalty" (Art. 44 p.5-6).

    The window starts the day after the first penalty and ends on `repeat_window_end` (inclusive);
    an offence on the penalty's own day or earlier is not a repeat.
    """
    return first_penalty_on < new_offence_on <= repeat_window_end(first_penalty_on, pack)


def reentry_allowed_from(dismissed_on: date, ground: str, pack: RulePack) -> date:
    """The first day a dismissed person may enter the civil service again (Art. 16, Art. 61 p.3).

    `ground` is a key of the pack parameter `reentry_ban_years` ("discrediting": 2 years,
    "restrictions_or_ethics": 1 year). The ban is a year period from the dismissal (its last day
    is the same date N years on, or 28 February for 29 February); entry is allowed the next day.
    """
    bans = pack.parameters.get("reentry_ban_years")
    if not isinstance(bans, Mapping):
        raise RulePackError("parameters.reentry_ban_years", "missing or not a mapping")
    years = bans.get(ground)
    if years is None:
        raise ValidationFailed(
            [
                FieldError(
                    "ground",
                    E_REENTRY_GROUND_UNKNOWN,
                    {"ground": ground, "known": ",".join(sorted(str(k) for k in bans))},
                )
            ]
        )
    if isinstance(years, bool) or not isinstance(years, int) or years < 0:
        raise RulePackError(f"parameters.reentry_ban_years.{ground}", "not a whole number of years")
    return month_period_end(dismissed_on, 12 * years) + _ONE_DAY
