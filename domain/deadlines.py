"""The deadline engine: Art. 45 time limits of Law 416-V, counted by the Civil and Labour Codes.

How a limit is counted (each step of a result cites the article that produced its date):

1. The period starts the day after its event (discovery, commission, the end of a continuing
   offence, or a termination decision): Civil Code Art. 173, Labour Code Art. 13.
2. A period of N months ends on the day of month+N with the event's day number, or on the last
   day of that month when it is shorter: Civil Code Art. 174. That day is the LAST PERMISSIBLE
   day (inclusive). Event 2026-03-15 + 1 month -> 2026-04-15; 2026-01-31 + 1 month -> 2026-02-28;
   2024-01-31 + 1 month -> 2024-02-29.
3. Suspension (Art. 45 p.4): every calendar day after the event that lies inside a recorded pause
   (whose reason suspends the limit) adds one day; the added days are checked for pauses again
   until nothing more is added. Overlapping pauses count a day once; pause days on or before the
   event day do not count. Equivalently: the last day is the D-th day after the event that is not
   paused, where D is the number of days of the unsuspended period (this is the fixed point).
4. A last day that is not a working day moves to the next working day (Civil Code Art. 175,
   Labour Code Art. 13; pack switch `move_to_next_working_day`, an interpretation for these
   limits). A suspended period cannot end inside a suspension either, so when the day it moves to
   lies inside a pause it moves on past the pause (and again to a working day).
5. The absolute limit is computed without suspension (the safe reading) and, beside it, extended
   by the pauses after its event (the other reading); the case's last day is the earlier of the
   discovery limit and the UNEXTENDED absolute limit (Art. 45, the ambiguity is an [I]).

Pure functions: "today", the calendar and the rule pack are parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from domain.calendar import DayKind, WorkCalendar
from domain.errors import FieldError, RulePackError, ValidationFailed
from domain.rulepack import Offence, OffenceKind, RulePack, SuspensionReason, TimeLimit

_ONE_DAY = timedelta(days=1)

# Citations of the counting rules; one place to correct them.
ART_START = "Civil Code Art. 173; Labour Code Art. 13"
ART_MONTH_END = "Civil Code Art. 174"
ART_NON_WORKING = "Civil Code Art. 175; Labour Code Art. 13"
ART_SUSPENSION = "Law 416-V Art. 45 p.4"
ART_IMPOSITION_BAN = "Law 416-V Art. 45 p.3"
ART_TWO_READINGS = "Law 416-V Art. 45 p.4 (interpretation)"
ART_CONTINUING = "Law 416-V Art. 45 (interpretation: parameter continuing_offence_start)"
ART_EXPLANATION = "Labour Code Art. 65"
ART_ANNOUNCEMENT = "Labour Code Art. 65"
ART_PENALTY_LIFETIME = "Labour Code Art. 66"
ART_REPEAT = "Law 416-V Art. 44 p.5-6"
ART_REENTRY = "Law 416-V Art. 16; Art. 61 p.3"

AFTER_TERMINATION = "after_termination"  # the TimeLimit.applies_to of the terminated-case rule

# The readings of `continuing_offence_start` this engine knows.
CONTINUING_END_OR_DISCOVERY = "end_or_discovery"
CONTINUING_COMMISSION = "commission"

# Codes of the validation errors (FieldError.code) and decision problems.
E_OFFENCE_UNKNOWN = "deadline.offence_unknown"
E_OFFENCE_REPEALED = "deadline.offence_repealed"
E_OFFENCE_DISABLED = "deadline.offence_disabled"
E_DISCOVERY_BEFORE_COMMISSION = "deadline.discovery_before_commission"
E_TERMINATION_BEFORE_COMMISSION = "deadline.termination_before_commission"
E_TERMINATION_NOT_DISCREDITING = "deadline.termination_not_discrediting"
E_CONTINUING_END_BEFORE_COMMISSION = "deadline.continuing_end_before_commission"
E_PAUSE_REASON_UNKNOWN = "deadline.pause_reason_unknown"
E_PAUSE_END_BEFORE_START = "deadline.pause_end_before_start"
E_LIFTED_BEFORE_IMPOSED = "deadline.lifted_before_imposed"
E_REENTRY_GROUND_UNKNOWN = "deadline.reentry_ground_unknown"
P_EXPIRED = "deadline.expired"
P_BLOCKED_DAY = "deadline.blocked_day"

ERROR_CODES: frozenset[str] = frozenset(
    {
        E_OFFENCE_UNKNOWN,
        E_OFFENCE_REPEALED,
        E_OFFENCE_DISABLED,
        E_DISCOVERY_BEFORE_COMMISSION,
        E_TERMINATION_BEFORE_COMMISSION,
        E_TERMINATION_NOT_DISCREDITING,
        E_CONTINUING_END_BEFORE_COMMISSION,
        E_PAUSE_REASON_UNKNOWN,
        E_PAUSE_END_BEFORE_START,
        E_LIFTED_BEFORE_IMPOSED,
        E_REENTRY_GROUND_UNKNOWN,
        P_EXPIRED,
        P_BLOCKED_DAY,
    }
)


# ---------------------------------------------------------------- steps


# English wording of each step code; the UI translates by code and fills in the same params.
_ENGLISH: dict[str, str] = {
    "limits.kind": (
        "{offence} ({offence_article}) is a {kind} offence: the limits are {discovery_months} "
        "month(s) from {discovery_event} and {absolute_months} month(s) from {absolute_event}."
    ),
    "limits.continuing": (
        "The offence is continuing: the absolute limit counts from {event} on {event_date} "
        "(parameter continuing_offence_start = {rule})."
    ),
    "limit.start": (
        "The {limit} limit counts from {event} on {event_date}: the period starts the next day, "
        "{period_start}."
    ),
    "limit.month_end": (
        "{months} month(s) from {event_date}: the last day is {end}, the same day number of "
        "the month."
    ),
    "limit.month_end_clipped": (
        "{months} month(s) from {event_date}: the month has no day {day}, so the last day is "
        "its last day, {end}."
    ),
    "limit.suspended": (
        "{days} day(s) of suspension after {event_date} ({reasons}) extend the {limit} limit "
        "from {from_date} to {to_date}."
    ),
    "limit.moved_non_working": (
        "{from_date} is not a working day ({why}{name}): the {limit} limit moves to {to_date}."
    ),
    "limit.moved_out_of_pause": (
        "{from_date} falls inside a suspension ({reason}, {pause_start} to {pause_end}): the "
        "{limit} limit moves to {to_date}."
    ),
    "limit.result": "The {limit} limit ends on {date} (the last permissible day).",
    "absolute.readings": (
        "Whether suspension also extends the absolute limit is unclear: without suspension it "
        "ends on {plain}, extended by the {days} suspended day(s) after {event_date} on "
        "{extended}; the earlier, {plain}, is used as the safe date."
    ),
    "absolute.readings_same": (
        "No suspension falls after {event_date}, so both readings of the absolute limit give "
        "{plain}."
    ),
    "last_day.discovery": (
        "The last day to impose a penalty is {last_day}: the limit from {discovery_event} comes "
        "before the absolute limit ({absolute_limit})."
    ),
    "last_day.absolute": (
        "The last day to impose a penalty is {last_day}: the absolute limit comes before the "
        "limit from {discovery_event} ({discovery_limit})."
    ),
    "last_day.both": (
        "The last day to impose a penalty is {last_day}: both limits end on that day."
    ),
    "last_day.before_discovery": (
        "The absolute limit ({last_day}) passed before the offence was discovered on "
        "{discovered_on}: no penalty may be imposed."
    ),
    "blocked": "No penalty may be imposed from {start} to {end} ({reason}).",
}

STEP_CODES: frozenset[str] = frozenset(_ENGLISH)

# English words for the code-valued params (limit, event, why, kind, reason, reasons).
_ENGLISH_WORDS: dict[str, str] = {
    "discovery": "discovery",
    "absolute": "absolute",
    "absolute_extended": "absolute (extended reading)",
    "termination": "the termination decision",
    "commission": "commission",
    "conduct_end": "the end of the conduct",
    "discovery_still_continuing": "discovery (the conduct is still going on)",
    "weekend": "a weekend day",
    "holiday": "a public holiday",
    "override_non_working": "a day off set by the administrator",
    OffenceKind.GENERAL.value: "general",
    OffenceKind.DISCREDITING.value: "discrediting",
    OffenceKind.BUDGET.value: "budget",
    AFTER_TERMINATION: "discrediting (signs found after a terminated case)",
}
_CODE_PARAMS = frozenset({"limit", "event", "why", "kind", "discovery_event", "absolute_event"})


def _english_param(key: str, value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    if key in _CODE_PARAMS:
        return _ENGLISH_WORDS.get(value, value)
    if key in ("reason", "reasons"):
        return ", ".join(v.replace("_", " ") for v in value.split(",") if v)
    return value


@dataclass(frozen=True)
class Step:
    """One line of a computation: a stable code, its parameters and the article it applies.

    Dates in `params` are ISO strings and code-like values are codes, so the UI can translate the
    line by `code`; `english()` gives the English wording.
    """

    code: str
    params: Mapping[str, str | int] = field(default_factory=dict)
    article: str = ""

    def english(self) -> str:
        """The line in English, ending with the article in brackets."""
        values = {k: _english_param(k, v) for k, v in self.params.items()}
        if self.code == "limit.moved_non_working":
            values["name"] = f": {values['name']}" if values.get("name") else ""
        text = _ENGLISH[self.code].format(**values)
        return f"{text} [{self.article}]" if self.article else text

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": dict(self.params),
            "article": self.article,
            "text": self.english(),
        }


# ---------------------------------------------------------------- inputs and results


@dataclass(frozen=True)
class Pause:
    """A recorded period (both ends inclusive) with a rule-pack suspension reason (Art. 45 p.3-4)."""

    reason: str  # a SuspensionReason.code: sick_leave, vacation, ..., prosecutor_review
    start: date
    end: date


@dataclass(frozen=True)
class DeadlineInput:
    """The facts the Art. 45 limits depend on."""

    offence: str  # rule-pack offence code
    committed_on: date  # for a continuing offence, the day the conduct began
    discovered_on: date
    pauses: tuple[Pause, ...] = ()
    continuing: bool = False  # a continuing offence; implied when `continuing_until` is set
    continuing_until: date | None = None  # the day a continuing offence ended, if it has
    terminated_on: date | None = None  # Art. 50 signs found after this termination decision
    new_case: bool = True  # repealed or switched-off offences are refused for new cases only


@dataclass(frozen=True)
class BlockedPeriod:
    """A pause on whose days no penalty may be imposed (Art. 45 p.3)."""

    reason: str
    start: date
    end: date
    article: str


@dataclass(frozen=True)
class DeadlineResult:
    """Both Art. 45 limits of a case, both readings of the absolute one, and how they were found."""

    rule_pack: str
    offence: str
    # The TimeLimit.applies_to used: general, discrediting, budget or after_termination.
    limit_kind: str
    discovery_event: str  # "discovery" or "termination"
    discovery_start: date  # the event date the discovery limit counts from
    absolute_event: str  # "commission", "conduct_end" or "discovery_still_continuing"
    absolute_start: date  # the event date the absolute limit counts from
    discovery_limit: date  # suspended and moved to a working day (if the switch is on)
    absolute_limit: date  # without suspension (the safe reading)
    absolute_limit_extended: date  # extended by the pauses after absolute_start
    last_day: date  # min(discovery_limit, absolute_limit)
    binding: str  # "discovery", "absolute" or "both"
    suspended_days: int  # days added to the discovery limit by pauses
    absolute_suspended_days: int  # days added to the extended absolute limit
    expired_before_discovery: bool  # last_day < discovered_on: the case was time-barred at once
    blocked_periods: tuple[BlockedPeriod, ...]
    readings: Step  # the one-sentence explanation of the two readings of the absolute limit
    steps: tuple[Step, ...]

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: ISO dates, steps as English strings, and the codes beside them."""
        return {
            "rule_pack": self.rule_pack,
            "offence": self.offence,
            "limit_kind": self.limit_kind,
            "discovery_event": self.discovery_event,
            "discovery_start": self.discovery_start.isoformat(),
            "absolute_event": self.absolute_event,
            "absolute_start": self.absolute_start.isoformat(),
            "discovery_limit": self.discovery_limit.isoformat(),
            "absolute_limit": self.absolute_limit.isoformat(),
            "absolute_limit_extended": self.absolute_limit_extended.isoformat(),
            "last_day": self.last_day.isoformat(),
            "binding": self.binding,
            "suspended_days": self.suspended_days,
            "absolute_suspended_days": self.absolute_suspended_days,
            "expired_before_discovery": self.expired_before_discovery,
            "blocked_periods": [
                {
                    "reason": b.reason,
                    "start": b.start.isoformat(),
                    "end": b.end.isoformat(),
                    "article": b.article,
                }
                for b in self.blocked_periods
            ],
            "readings": self.readings.english(),
            "readings_code": self.readings.to_json(),
            "steps": [s.english() for s in self.steps],
            "step_codes": [s.to_json() for s in self.steps],
        }


# ---------------------------------------------------------------- counting


def month_period_end(event: date, months: int) -> date:
    """The last day of a period of `months` months from `event` (Civil Code Art. 173-174).

    The period starts the day after the event and ends on the day of month+N with the event's
    day number, or on the last day of that month if it is shorter: 2026-03-15 + 1 -> 2026-04-15,
    2026-01-31 + 1 -> 2026-02-28, 2024-02-29 + 12 -> 2025-02-28. The result is inclusive.
    """
    if months < 0:
        raise ValueError("months must not be negative")
    year, month0 = divmod(event.year * 12 + event.month - 1 + months, 12)
    return date(year, month0 + 1, min(event.day, _days_in_month(year, month0 + 1)))


def _days_in_month(year: int, month: int) -> int:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - date(year, month, 1)).days


_Interval = tuple[date, date]


def _merge(intervals: Iterable[_Interval]) -> list[_Interval]:
    """The union of inclusive date intervals, sorted, so that a day is counted once."""
    merged: list[_Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + _ONE_DAY:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _paused_days(merged: Sequence[_Interval], after: date, upto: date) -> int:
    """How many days d with after < d <= upto lie inside the merged pauses."""
    first = after + _ONE_DAY
    total = 0
    for start, end in merged:
        lo = max(start, first)
        hi = min(end, upto)
        if lo <= hi:
            total += (hi - lo).days + 1
    return total


def _pause_containing(merged: Sequence[_Interval], d: date) -> _Interval | None:
    for start, end in merged:
        if start <= d <= end:
            return (start, end)
    return None


def _extend(base: date, after: date, merged: Sequence[_Interval]) -> tuple[date, int]:
    """Art. 45 p.4: add a day per paused day after `after`, re-checking added days (fixed point)."""
    limit = base
    while True:
        added = _paused_days(merged, after, limit)
        extended = base + timedelta(days=added)
        if extended == limit:
            return limit, added
        limit = extended


@dataclass(frozen=True)
class _Limit:
    """One counted limit, its suspension and the steps that produced it."""

    day: date
    suspended: int
    steps: tuple[Step, ...]


def _count_limit(
    *,
    limit: str,
    event: str,
    event_date: date,
    months: int,
    article: str,
    pauses: Sequence[tuple[Pause, SuspensionReason]],
    suspend: bool,
    move: bool,
    calendar: WorkCalendar,
) -> _Limit:
    """Count one limit: start, month end, suspension (if asked), then the working-day move."""
    steps = [
        Step(
            "limit.start",
            {
                "limit": limit,
                "event": event,
                "event_date": event_date.isoformat(),
                "period_start": (event_date + _ONE_DAY).isoformat(),
            },
            ART_START,
        )
    ]
    base = month_period_end(event_date, months)
    clipped = base.day != event_date.day
    params: dict[str, str | int] = {
        "months": months,
        "event_date": event_date.isoformat(),
        "end": base.isoformat(),
    }
    if clipped:
        params["day"] = event_date.day
    steps.append(
        Step("limit.month_end_clipped" if clipped else "limit.month_end", params, ART_MONTH_END)
    )
    counted = [(p, r) for p, r in pauses if r.suspends_limit] if suspend else []
    merged = _merge((p.start, p.end) for p, _ in counted)
    day, added = _extend(base, event_date, merged)
    if added:
        used = [(p, r) for p, r in counted if p.end > event_date and p.start <= day]
        steps.append(
            Step(
                "limit.suspended",
                {
                    "limit": limit,
                    "days": added,
                    "event_date": event_date.isoformat(),
                    "reasons": ",".join(sorted({p.reason for p, _ in used})),
                    "from_date": base.isoformat(),
                    "to_date": day.isoformat(),
                },
                "; ".join(sorted({r.article for _, r in used})) or ART_SUSPENSION,
            )
        )
    if move:
        day = _settle(day, limit, merged, counted, calendar, steps)
    steps.append(Step("limit.result", {"limit": limit, "date": day.isoformat()}, article))
    return _Limit(day, added, tuple(steps))


def _settle(
    day: date,
    limit: str,
    merged: Sequence[_Interval],
    counted: Sequence[tuple[Pause, SuspensionReason]],
    calendar: WorkCalendar,
    steps: list[Step],
) -> date:
    """Move a last day to the first day on or after it that is working and not suspended."""
    while True:
        pause = _pause_containing(merged, day)
        if pause is not None:
            to = pause[1] + _ONE_DAY
            # Name the recorded pause that covers the day (the merged span may join several).
            first = next(p for p, _ in counted if p.start <= day <= p.end)
            article = next(r.article for p, r in counted if p is first)
            steps.append(
                Step(
                    "limit.moved_out_of_pause",
                    {
                        "limit": limit,
                        "from_date": day.isoformat(),
                        "reason": first.reason,
                        "pause_start": pause[0].isoformat(),
                        "pause_end": pause[1].isoformat(),
                        "to_date": to.isoformat(),
                    },
                    article,
                )
            )
            day = to
            continue
        if not calendar.is_working_day(day):
            to = calendar.next_working_day(day)
            steps.append(_non_working_step(limit, day, to, calendar))
            day = to
            continue
        return day


def _non_working_step(limit: str, day: date, to: date, calendar: WorkCalendar) -> Step:
    kind = calendar.day_kind(day)
    why = {
        DayKind.WEEKEND: "weekend",
        DayKind.HOLIDAY: "holiday",
        DayKind.OVERRIDE_NON_WORKING: "override_non_working",
    }.get(kind, kind.value)
    name = (calendar.holiday_name(day) or "") if kind is DayKind.HOLIDAY else ""
    return Step(
        "limit.moved_non_working",
        {
            "limit": limit,
            "from_date": day.isoformat(),
            "why": why,
            "name": name,
            "to_date": to.isoformat(),
        },
        ART_NON_WORKING,
    )


# ---------------------------------------------------------------- pack access


def _time_limit(pack: RulePack, applies_to: str) -> TimeLimit:
    found = pack.time_limit(applies_to)
    if found is None:
        raise RulePackError("time_limits", f"no time limit for {applies_to!r}")
    return found


def _switch(switches: Mapping[str, bool], name: str) -> bool:
    value = switches.get(name)
    if not isinstance(value, bool):
        raise RulePackError(f"switches.{name}", "missing or not true/false")
    return value


def _int_param(pack: RulePack, name: str) -> int:
    value = pack.parameters.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RulePackError(f"parameters.{name}", "missing or not a non-negative whole number")
    return value


def _str_param(pack: RulePack, name: str, allowed: Iterable[str]) -> str:
    value = pack.parameters.get(name)
    options = sorted(allowed)
    if not isinstance(value, str) or value not in options:
        raise RulePackError(f"parameters.{name}", f"must be one of {', '.join(options)}")
    return value


def _reasons(pack: RulePack) -> dict[str, SuspensionReason]:
    return {r.code: r for r in pack.suspension_reasons}


def _check_pauses(pauses: Sequence[Pause], pack: RulePack) -> list[FieldError]:
    reasons = _reasons(pack)
    errors: list[FieldError] = []
    for i, p in enumerate(pauses):
        if p.reason not in reasons:
            errors.append(
                FieldError(f"pauses.{i}.reason", E_PAUSE_REASON_UNKNOWN, {"reason": p.reason})
            )
        if p.end < p.start:
            errors.append(
                FieldError(
                    f"pauses.{i}.end",
                    E_PAUSE_END_BEFORE_START,
                    {"start": p.start.isoformat(), "end": p.end.isoformat()},
                )
            )
    return errors


def _validate(facts: DeadlineInput, pack: RulePack, switches: Mapping[str, bool]) -> Offence:
    """Refuse facts the limits cannot be counted from; all problems are reported together."""
    errors: list[FieldError] = []
    offence = pack.find_offence(facts.offence)
    if offence is None:
        errors.append(FieldError("offence", E_OFFENCE_UNKNOWN, {"offence": facts.offence}))
    elif facts.new_case and offence.repealed:
        errors.append(
            FieldError(
                "offence",
                E_OFFENCE_REPEALED,
                {"offence": offence.code, "repealed_by": offence.repealed_by},
            )
        )
    elif facts.new_case and not pack.is_selectable(offence, switches):
        # A proposal of the source article whose switch is off (or that has no switch).
        errors.append(
            FieldError(
                "offence", E_OFFENCE_DISABLED, {"offence": offence.code, "switch": offence.switch}
            )
        )
    committed = facts.committed_on.isoformat()
    if facts.discovered_on < facts.committed_on:
        errors.append(
            FieldError(
                "discovered_on",
                E_DISCOVERY_BEFORE_COMMISSION,
                {"discovered_on": facts.discovered_on.isoformat(), "committed_on": committed},
            )
        )
    if facts.continuing_until is not None and facts.continuing_until < facts.committed_on:
        errors.append(
            FieldError(
                "continuing_until",
                E_CONTINUING_END_BEFORE_COMMISSION,
                {"continuing_until": facts.continuing_until.isoformat(), "committed_on": committed},
            )
        )
    if facts.terminated_on is not None:
        if facts.terminated_on < facts.committed_on:
            errors.append(
                FieldError(
                    "terminated_on",
                    E_TERMINATION_BEFORE_COMMISSION,
                    {"terminated_on": facts.terminated_on.isoformat(), "committed_on": committed},
                )
            )
        if offence is not None and offence.kind is not OffenceKind.DISCREDITING:
            errors.append(
                FieldError(
                    "terminated_on",
                    E_TERMINATION_NOT_DISCREDITING,
                    {"offence": offence.code, "kind": offence.kind.value},
                )
            )
    errors.extend(_check_pauses(facts.pauses, pack))
    if errors:
        raise ValidationFailed(errors)
    assert offence is not None  # an unknown offence is an error above
    return offence


# ---------------------------------------------------------------- the engine


def compute_deadlines(
    facts: DeadlineInput,
    pack: RulePack,
    calendar: WorkCalendar,
    *,
    switches: Mapping[str, bool] | None = None,
) -> DeadlineResult:
    """The Art. 45 limits of a case (Law 416-V), counted as the module docstring describes.

    - general offences (Art. 44): 1 month from discovery, 6 months from commission;
    - discrediting (Art. 50) and budget offences: 3 months and 1 year;
    - Art. 50 signs found after a criminal or administrative case was terminated: 3 months from
      the termination decision, still at most 1 year from commission;
    - continuing offences: the absolute limit counts from the pack parameter
      `continuing_offence_start` ("end_or_discovery": the day the conduct ended, or the discovery
      day while it goes on; "commission": the day it began) [interpretation].
    The figures come from the pack's `time_limits`; `switches` are the administrator's overrides
    of the pack's switch defaults (`move_to_next_working_day`, offence switches). Raises
    ValidationFailed for bad facts and RulePackError for a pack that lacks what the count needs.
    """
    effective = pack.effective_switches(switches)
    offence = _validate(facts, pack, effective)
    move = _switch(effective, "move_to_next_working_day")
    two_readings = pack.parameters.get("suspension_and_absolute_limit")
    if two_readings is not None and two_readings != "compute_both_show_earlier":
        raise RulePackError(
            "parameters.suspension_and_absolute_limit", "only compute_both_show_earlier is known"
        )
    reasons = _reasons(pack)
    pauses = [(p, reasons[p.reason]) for p in facts.pauses]

    if facts.terminated_on is not None:
        tl = _time_limit(pack, AFTER_TERMINATION)
        discovery_event, discovery_start = "termination", facts.terminated_on
    else:
        tl = _time_limit(pack, offence.kind.value)
        discovery_event, discovery_start = "discovery", facts.discovered_on

    steps: list[Step] = []
    absolute_event, absolute_start = "commission", facts.committed_on
    continuing = facts.continuing or facts.continuing_until is not None
    if continuing:
        rule = _str_param(
            pack,
            "continuing_offence_start",
            (CONTINUING_END_OR_DISCOVERY, CONTINUING_COMMISSION),
        )
        if rule == CONTINUING_END_OR_DISCOVERY:
            if facts.continuing_until is not None:
                absolute_event, absolute_start = "conduct_end", facts.continuing_until
            else:
                absolute_event, absolute_start = "discovery_still_continuing", facts.discovered_on
    steps.append(
        Step(
            "limits.kind",
            {
                "offence": offence.code,
                "offence_article": offence.article,
                "kind": tl.applies_to,
                "discovery_months": tl.from_discovery_months,
                "discovery_event": discovery_event,
                "absolute_months": tl.absolute_months,
                "absolute_event": absolute_event,
            },
            tl.article,
        )
    )
    if continuing:
        steps.append(
            Step(
                "limits.continuing",
                {
                    "event": absolute_event,
                    "event_date": absolute_start.isoformat(),
                    "rule": str(pack.parameters["continuing_offence_start"]),
                },
                ART_CONTINUING,
            )
        )

    def count(limit: str, event: str, event_date: date, months: int, suspend: bool) -> _Limit:
        return _count_limit(
            limit=limit,
            event=event,
            event_date=event_date,
            months=months,
            article=tl.article,
            pauses=pauses,
            suspend=suspend,
            move=move,
            calendar=calendar,
        )

    discovery = count("discovery", discovery_event, discovery_start, tl.from_discovery_months, True)
    absolute = count("absolute", absolute_event, absolute_start, tl.absolute_months, False)
    extended = count("absolute_extended", absolute_event, absolute_start, tl.absolute_months, True)
    steps += discovery.steps
    steps += absolute.steps
    # The extended reading's start and month end repeat the absolute limit's: keep only the rest.
    repeated = ("limit.start", "limit.month_end", "limit.month_end_clipped")
    steps += [s for s in extended.steps if s.code not in repeated]

    if extended.suspended:
        readings = Step(
            "absolute.readings",
            {
                "plain": absolute.day.isoformat(),
                "extended": extended.day.isoformat(),
                "days": extended.suspended,
                "event_date": absolute_start.isoformat(),
            },
            ART_TWO_READINGS,
        )
    else:
        readings = Step(
            "absolute.readings_same",
            {"plain": absolute.day.isoformat(), "event_date": absolute_start.isoformat()},
            ART_TWO_READINGS,
        )
    steps.append(readings)

    last_day = min(discovery.day, absolute.day)
    if discovery.day < absolute.day:
        binding = "discovery"
    elif absolute.day < discovery.day:
        binding = "absolute"
    else:
        binding = "both"
    steps.append(
        Step(
            f"last_day.{binding}",
            {
                "last_day": last_day.isoformat(),
                "discovery_event": discovery_event,
                "discovery_limit": discovery.day.isoformat(),
                "absolute_limit": absolute.day.isoformat(),
            },
            tl.article,
        )
    )
    expired = last_day < facts.discovered_on
    if expired:
        steps.append(
            Step(
                "last_day.before_discovery",
                {
                    "last_day": last_day.isoformat(),
                    "discovered_on": facts.discovered_on.isoformat(),
                },
                tl.article,
            )
        )

    blocked = tuple(
        BlockedPeriod(p.reason, p.start, p.end, r.article)
        for p, r in sorted(pauses, key=lambda pr: (pr[0].start, pr[0].end, pr[0].reason))
        if r.blocks_imposition and p.end >= discovery_start and p.start <= last_day
    )
    steps += [
        Step(
            "blocked",
            {"start": b.start.isoformat(), "end": b.end.isoformat(), "reason": b.reason},
            b.article,
        )
        for b in blocked
    ]

    return DeadlineResult(
        rule_pack=pack.id,
        offence=offence.code,
        limit_kind=tl.applies_to,
        discovery_event=discovery_event,
        discovery_start=discovery_start,
        absolute_event=absolute_event,
        absolute_start=absolute_start,
        discovery_limit=discovery.day,
        absolute_limit=absolute.day,
        absolute_limit_extended=extended.day,
        last_day=last_day,
        binding=binding,
        suspended_days=discovery.suspended,
        absolute_suspended_days=extended.suspended,
        expired_before_discovery=expired,
        blocked_periods=blocked,
        readings=readings,
        steps=tuple(steps),
    )


def check_decision_date(
    result: DeadlineResult, decision_date: date, pauses: Sequence[Pause], pack: RulePack
) -> list[FieldError]:
    """The problems with imposing the penalty on `decision_date` (Art. 45 p.1-3).

    "deadline.expired" when the date is after the case's last day; "deadline.blocked_day" (with
    the reason and the pause) for each pause whose reason blocks imposition (sick leave, vacation,
    business trip, state or public duties, training, appeal) and which covers the date. An
    override with a reason is the service's concern; this only reports.
    """
    errors = _check_pauses(pauses, pack)
    if errors:
        raise ValidationFailed(errors)
    problems: list[FieldError] = []
    if decision_date > result.last_day:
        problems.append(
            FieldError(
                "decision_date",
                P_EXPIRED,
                {
                    "decision_date": decision_date.isoformat(),
                    "last_day": result.last_day.isoformat(),
                },
            )
        )
    reasons = _reasons(pack)
    for p in sorted(pauses, key=lambda p: (p.start, p.end, p.reason)):
        if reasons[p.reason].blocks_imposition and p.start <= decision_date <= p.end:
            problems.append(
                FieldError(
                    "decision_date",
                    P_BLOCKED_DAY,
                    {
                        "decision_date": decision_date.isoformat(),
                        "reason": p.reason,
                        "start": p.start.isoformat(),
                        "end": p.end.isoformat(),
                        "article": reasons[p.reason].article,
                    },
                )
            )
    return problems


# ---------------------------------------------------------------- procedural dates


def explanation_due(requested_on: date, calendar: WorkCalendar, pack: RulePack) -> date:
    """The last day of the wait for the servant's written explanation (Labour Code Art. 65).

    `explanation_wait_working_days` (2) working days counted from the day after the request; after
    that day an act of no explanation may be drawn up. A missing explanation does not block the
    penalty.
    """
    return calendar.add_working_days(
        requested_on, _int_param(pack, "explanation_wait_working_days")
    )


def announcement_due(order_date: date, calendar: WorkCalendar, pack: RulePack) -> date:
    """The last day to announce the penalty order to the servant under signature (Labour Code Art. 65).

    `order_announcement_working_days` (3) working days counted from the day after the order.
    """
    return calendar.add_working_days(
        order_date, _int_param(pack, "order_announcement_working_days")
    )


def penalty_expires(imposed_on: date, pack: RulePack) -> date:
    """The last day a penalty is in force unless lifted earlier (Labour Code Art. 66).

    `penalty_lifetime_months` (6) counted as a month period from the day of the order: imposed on
    2026-03-15 -> in force through 2026-09-15. Not moved off non-working days: it is a status,
    not a time for acting.
    """
    return month_period_end(imposed_on, _int_param(pack, "penalty_lifetime_months"))


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
    return month_period_end(first_penalty_on, _int_param(pack, "repeat_window_months"))


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
