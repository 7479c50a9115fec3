"""Hypothesis: the engine against a day-by-day reference written here, and its invariants (S20)."""

from __future__ import annotations

import dataclasses
import os
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from domain.calendar import WorkCalendar
from domain.deadline_facts import DeadlineInput, DeadlineResult, Pause
from domain.deadlines import compute_deadlines
from domain.rulepack import RulePackRegistry

PACK = RulePackRegistry.load_builtin_packs().default
KZ = WorkCalendar()
REASONS = [r.code for r in PACK.suspension_reasons]
SUSPENDING = {r.code for r in PACK.suspension_reasons if r.suspends_limit}
OFFENCES = ["art44", "art44.duties", "art50.1", "art50.12", "art50.p2", "budget"]
ONE = timedelta(days=1)
LOW, HIGH = date(2018, 1, 1), date(2032, 12, 31)
# S20: 2,000 examples in CI; a nightly run may raise it (e.g. 50000) through the environment.
DIFFERENTIAL_EXAMPLES = int(os.environ.get("TARTIP_DEADLINE_EXAMPLES", "2000"))


# ---------------------------------------------------------------- the reference


def reference_limit(
    event: date, months: int, paused: set[date], calendar: WorkCalendar, move: bool
) -> date:
    """Walk day by day: count unpaused days after the event until the plain period's length.

    The plain period's last day comes from dateutil (same day number, clipped to the month's
    end); its length in days is how many unpaused days the suspended period must hold. Then, if
    the switch is on, step forward while the day is a day off or inside a pause.
    """
    target = event + relativedelta(months=months)
    needed = (target - event).days
    day, counted = event, 0
    while counted < needed:
        day += ONE
        if day not in paused:
            counted += 1
    while move and (day in paused or not calendar.is_working_day(day)):
        day += ONE
    return day


def paused_days(pauses: tuple[Pause, ...]) -> set[date]:
    days: set[date] = set()
    for p in pauses:
        if p.reason in SUSPENDING:
            days.update(p.start + timedelta(days=i) for i in range((p.end - p.start).days + 1))
    return days


def figures(facts: DeadlineInput) -> tuple[str, int, int, date, date]:
    """Which limits apply and from which events, read from the pack independently of the engine."""
    offence = next(o for o in PACK.offences if o.code == facts.offence)
    applies = "after_termination" if facts.terminated_on else offence.kind.value
    tl = next(t for t in PACK.time_limits if t.applies_to == applies)
    disc_start = facts.terminated_on or facts.discovered_on
    abs_start = facts.committed_on
    if facts.continuing or facts.continuing_until:
        abs_start = facts.continuing_until or facts.discovered_on
    return applies, tl.from_discovery_months, tl.absolute_months, disc_start, abs_start


# ---------------------------------------------------------------- strategies


@st.composite
def pauses_st(draw: st.DrawFn, around: date) -> tuple[Pause, ...]:
    out = []
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        start = around + timedelta(days=draw(st.integers(min_value=-60, max_value=420)))
        length = draw(st.integers(min_value=0, max_value=45))
        out.append(Pause(draw(st.sampled_from(REASONS)), start, start + timedelta(days=length)))
    return tuple(out)


@st.composite
def facts_st(draw: st.DrawFn) -> DeadlineInput:
    offence = draw(st.sampled_from(OFFENCES))
    committed = draw(st.dates(min_value=LOW, max_value=HIGH))
    discovered = committed + timedelta(days=draw(st.integers(min_value=0, max_value=500)))
    terminated = None
    if offence.startswith("art50") and draw(st.booleans()):
        terminated = committed + timedelta(days=draw(st.integers(min_value=0, max_value=500)))
    continuing, until = False, None
    if draw(st.integers(min_value=0, max_value=3)) == 0:
        continuing = True
        if draw(st.booleans()):
            until = committed + timedelta(days=draw(st.integers(min_value=0, max_value=300)))
    return DeadlineInput(
        offence,
        committed,
        discovered,
        pauses=draw(pauses_st(committed)),
        continuing=continuing,
        continuing_until=until,
        terminated_on=terminated,
    )


@st.composite
def overrides_st(draw: st.DrawFn, facts: DeadlineInput) -> dict[date, bool]:
    """Overrides near the case's dates, where they can change a limit."""
    days = draw(st.lists(st.integers(min_value=0, max_value=900), max_size=8))
    return {facts.committed_on + timedelta(days=d): draw(st.booleans()) for d in days}


@st.composite
def case_st(draw: st.DrawFn) -> tuple[DeadlineInput, WorkCalendar, bool]:
    facts = draw(facts_st())
    if draw(st.booleans()):
        # A pause starting near where the plain discovery limit ends: exercises the re-check and
        # a last day moved onto (and past) a pause.
        _, months, _, start, _ = figures(facts)
        near = start + relativedelta(months=months) + timedelta(days=draw(st.integers(-3, 3)))
        length = timedelta(days=draw(st.integers(min_value=0, max_value=10)))
        reason = draw(st.sampled_from(REASONS))
        facts = dataclasses.replace(
            facts, pauses=(*facts.pauses, Pause(reason, near, near + length))
        )
    return facts, WorkCalendar(draw(overrides_st(facts))), draw(st.booleans())


def compute(facts: DeadlineInput, calendar: WorkCalendar, move: bool) -> DeadlineResult:
    return compute_deadlines(facts, PACK, calendar, switches={"move_to_next_working_day": move})


# ---------------------------------------------------------------- the differential test


@settings(
    max_examples=DIFFERENTIAL_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(case=case_st())
def test_engine_matches_the_day_by_day_reference(
    case: tuple[DeadlineInput, WorkCalendar, bool],
) -> None:
    facts, calendar, move = case
    result = compute(facts, calendar, move)
    applies, disc_months, abs_months, disc_start, abs_start = figures(facts)
    paused = paused_days(facts.pauses)
    assert result.limit_kind == applies
    assert result.discovery_limit == reference_limit(
        disc_start, disc_months, paused, calendar, move
    )
    assert result.absolute_limit == reference_limit(abs_start, abs_months, set(), calendar, move)
    assert result.absolute_limit_extended == reference_limit(
        abs_start, abs_months, paused, calendar, move
    )
    assert result.last_day == min(result.discovery_limit, result.absolute_limit)
    # Coverage of the interesting paths (pytest --hypothesis-show-statistics).
    event(f"binding: {result.binding}")
    step_codes = {s.code for s in result.steps}
    for code in ("limit.suspended", "limit.moved_non_working", "limit.moved_out_of_pause"):
        event(f"{code}: {code in step_codes}")
    base = reference_limit(disc_start, disc_months, set(), calendar, False)
    beyond = any(p.end > base and p.start <= result.discovery_limit for p in facts.pauses)
    event(f"a pause beyond the plain period was reached (re-check): {beyond}")


# ---------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(case=case_st(), extra=pauses_st(date(2025, 1, 1)))
def test_a_pause_never_shortens_a_limit(
    case: tuple[DeadlineInput, WorkCalendar, bool], extra: tuple[Pause, ...]
) -> None:
    facts, calendar, move = case
    # Move the extra pauses next to this case's dates.
    shift = facts.committed_on - date(2025, 1, 1)
    more = tuple(dataclasses.replace(p, start=p.start + shift, end=p.end + shift) for p in extra)
    before = compute(facts, calendar, move)
    after = compute(dataclasses.replace(facts, pauses=facts.pauses + more), calendar, move)
    assert after.discovery_limit >= before.discovery_limit
    assert after.absolute_limit_extended >= before.absolute_limit_extended
    assert after.absolute_limit == before.absolute_limit  # the safe reading ignores pauses
    assert after.last_day >= before.last_day
    assert after.suspended_days >= before.suspended_days


@settings(max_examples=400, deadline=None)
@given(case=case_st())
def test_invariants(case: tuple[DeadlineInput, WorkCalendar, bool]) -> None:
    facts, calendar, move = case
    r = compute(facts, calendar, move)
    assert r.last_day == min(r.discovery_limit, r.absolute_limit)
    assert r.discovery_limit > r.discovery_start
    assert r.absolute_limit > r.absolute_start
    assert r.last_day > facts.committed_on
    assert r.absolute_limit <= r.absolute_limit_extended
    assert r.expired_before_discovery == (r.last_day < facts.discovered_on)
    if move:
        assert calendar.is_working_day(r.last_day)
        assert calendar.is_working_day(r.discovery_limit)
        assert calendar.is_working_day(r.absolute_limit_extended)
    # The discovery limit never lands inside a suspension.
    assert r.discovery_limit not in paused_days(facts.pauses)
    assert r.steps and all(s.english() for s in r.steps)
