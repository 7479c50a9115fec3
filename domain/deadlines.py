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

Pure functions: "today", the calendar and the rule pack are parameters. One limit is counted in
domain.limit_counting, the steps are worded in domain.deadline_steps, and the procedural dates
around a penalty (explanation, announcement, lifetime, repeats, re-entry) are in
domain.procedure_dates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Protocol

from domain.calendar import WorkCalendar
from domain.deadline_facts import BlockedPeriod, DeadlineInput, DeadlineResult, Pause
from domain.deadline_steps import (
    AFTER_TERMINATION,
    ART_CONTINUING,
    ART_TWO_READINGS,
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
    Step,
)
from domain.errors import FieldError, RulePackError, ValidationFailed
from domain.limit_counting import Limit, count_limit
from domain.pack_values import str_param, suspension_reasons, switch_on, time_limit
from domain.procedure_dates import (
    in_repeat_window,
    penalty_expires,
    penalty_in_force,
    repeat_window_end,
)
from domain.rulepack import Offence, OffenceKind, RulePack

# The engine's own names, and names of its neighbours re-exported because callers import them
# from here: the CLI in main.py (DeadlineInput, Pause) and the penalty rules (Step, the penalty
# and repeat-window dates).
__all__ = [
    "CONTINUING_COMMISSION",
    "CONTINUING_END_OR_DISCOVERY",
    "DeadlineInput",
    "Pause",
    "Step",
    "check_decision_date",
    "compute_deadlines",
    "in_repeat_window",
    "penalty_expires",
    "penalty_in_force",
    "repeat_window_end",
]

# The readings of `continuing_offence_start` this engine knows.
CONTINUING_END_OR_DISCOVERY = "end_or_discovery"
CONTINUING_COMMISSION = "commission"


# ---------------------------------------------------------------- checking the facts


class _PauseLike(Protocol):
    """What a pause row has, read-only (frozen dataclasses satisfy it)."""

    @property
    def reason(self) -> str: ...

    @property
    def start(self) -> date: ...

    @property
    def end(self) -> date: ...


def check_pauses(pauses: Sequence[_PauseLike], pack: RulePack) -> list[FieldError]:
    """Each pause: a reason the pack knows and an end not before its start (Art. 45 p.3-4).

    Takes the engine's Pause or the editor's PauseInput, so the form and the engine refuse the
    same rows with the same codes on `pauses.{i}.reason` and `pauses.{i}.end`.
    """
    reasons = suspension_reasons(pack)
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
    errors.extend(check_pauses(facts.pauses, pack))
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
    move = switch_on(effective, "move_to_next_working_day")
    two_readings = pack.parameters.get("suspension_and_absolute_limit")
    if two_readings is not None and two_readings != "compute_both_show_earlier":
        raise RulePackError(
            "parameters.suspension_and_absolute_limit", "only compute_both_show_earlier is known"
        )
    reasons = suspension_reasons(pack)
    pauses = [(p, reasons[p.reason]) for p in facts.pauses]

    if facts.terminated_on is not None:
        tl = time_limit(pack, AFTER_TERMINATION)
        discovery_event, discovery_start = "termination", facts.terminated_on
    else:
        tl = time_limit(pack, offence.kind.value)
        discovery_event, discovery_start = "discovery", facts.discovered_on

    steps: list[Step] = []
    absolute_event, absolute_start = "commission", facts.committed_on
    continuing = facts.continuing or facts.continuing_until is not None
    if continuing:
        rule = str_param(
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

    def count(limit: str, event: str, event_date: date, months: int, suspend: bool) -> Limit:
        return count_limit(
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
    errors = check_pauses(pauses, pack)
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
    reasons = suspension_reasons(pack)
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
