"""How one Art. 45 limit is counted: month periods, suspension by pauses, the working-day move."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from domain.calendar import DayKind, WorkCalendar
from domain.deadline_facts import Pause
from domain.deadline_steps import ART_MONTH_END, ART_NON_WORKING, ART_START, ART_SUSPENSION, Step
from domain.rulepack import SuspensionReason

_ONE_DAY = timedelta(days=1)


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
class Limit:
    """One counted limit, its suspension and the steps that produced it."""

    day: date
    suspended: int
    steps: tuple[Step, ...]


def count_limit(
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
) -> Limit:
    """Count one limit: start, month end, suspension (if asked), then the working-day move.

    Civil Code Art. 173-175, Labour Code Art. 13, Law 416-V Art. 45 p.4; each step cites its own.
    """
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
    return Limit(day, added, tuple(steps))


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
