"""A case's deadlines between the store and the engine: inputs, stored dates, pauses, bands.

CaseService keeps the transactions; these are the pieces it combines: the engine's input from a
case as typed or stored, the dates stored with it, the readable diff of its pause rows, the
deadline bands of the list as bounds on the last day, and the bulk recount of stored cases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from domain.calendar import WorkCalendar
from domain.deadline_facts import DeadlineInput, DeadlineResult, Pause
from domain.deadlines import compute_deadlines
from domain.errors import RulePackError, ValidationFailed
from domain.model import (
    URGENT_DAYS,
    WARN_DAYS,
    CaseDetail,
    CaseFilter,
    CaseInput,
    CaseStatus,
    DeadlineStatus,
    PauseInput,
)
from domain.ports import DeadlineDates, DeadlineFacts, UnitOfWork
from domain.rulepack import RulePack

# Cases whose changed deadlines are written per statement during a recount.
RECOUNT_BATCH = 2000
# What the limits, and so a decision's check against them, depend on (pauses aside).
_DEADLINE_FIELDS = (
    "offence",
    "committed_on",
    "discovered_on",
    "continuing",
    "continuing_until",
    "terminated_on",
)


def stored_pauses(pauses: Iterable[PauseInput]) -> tuple[PauseInput, ...]:
    """Pauses in the order they are stored and compared: by dates, then reason and document."""
    return tuple(sorted(pauses, key=lambda p: (p.start, p.end, p.reason, p.document)))


def pause_json(p: PauseInput) -> dict[str, str]:
    """A pause row as it goes into an event's data."""
    return {
        "reason": p.reason,
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "document": p.document,
    }


def pause_changes(
    old: Sequence[PauseInput], new: Sequence[PauseInput]
) -> dict[str, list[dict[str, str]]] | None:
    """The pause rows before and after an edit, and which were added and removed; None if same."""
    before, after = stored_pauses(old), stored_pauses(new)
    if before == after:
        return None
    added = Counter(after) - Counter(before)
    removed = Counter(before) - Counter(after)
    return {
        "old": [pause_json(p) for p in before],
        "new": [pause_json(p) for p in after],
        "added": [pause_json(p) for p in stored_pauses(added.elements())],
        "removed": [pause_json(p) for p in stored_pauses(removed.elements())],
    }


def engine_input(c: CaseInput | CaseDetail | DeadlineFacts) -> DeadlineInput:
    """The facts the engine counts from. Whether a new case may use its offence is
    validate_case's concern (with its own codes), so the engine only counts (new_case=False)."""
    assert c.committed_on is not None and c.discovered_on is not None  # checked by callers
    return DeadlineInput(
        offence=c.offence,
        committed_on=c.committed_on,
        discovered_on=c.discovered_on,
        pauses=tuple(Pause(p.reason, p.start, p.end) for p in c.pauses),
        continuing=c.continuing,
        continuing_until=c.continuing_until,
        terminated_on=c.terminated_on,
        new_case=False,
    )


def count_deadlines(
    facts: DeadlineInput,
    pack: RulePack,
    calendar: WorkCalendar,
    switches: Mapping[str, bool],
) -> DeadlineResult | None:
    """The Art. 45 limits, or None when they cannot be counted (bad facts, a pack without them)."""
    try:
        return compute_deadlines(facts, pack, calendar, switches=switches)
    except (ValidationFailed, RulePackError):
        return None


def deadline_dates(result: DeadlineResult | None) -> DeadlineDates | None:
    """The dates stored with a case."""
    if result is None:
        return None
    return DeadlineDates(
        discovery_limit=result.discovery_limit,
        absolute_limit=result.absolute_limit,
        absolute_limit_extended=result.absolute_limit_extended,
        last_day=result.last_day,
    )


def calendar_of(uow: UnitOfWork) -> WorkCalendar:
    """The working-day calendar with the administrator's overrides stored in `uow`."""
    return WorkCalendar({o.day: o.working for o in uow.calendar.calendar_overrides()})


def deadline_band(status: DeadlineStatus, today: date) -> tuple[date | None, date | None]:
    """The inclusive bounds on the last day of an open case in this band (model.deadline_status).

    EXPIRED: before today; WITHIN_2: today .. today+URGENT_DAYS; WITHIN_7: the next days up to
    today+WARN_DAYS; ON_TIME: later. None is an open end.
    """
    day = timedelta(days=1)
    return {
        DeadlineStatus.EXPIRED: (None, today - day),
        DeadlineStatus.WITHIN_2: (today, today + URGENT_DAYS * day),
        DeadlineStatus.WITHIN_7: (today + (URGENT_DAYS + 1) * day, today + WARN_DAYS * day),
        DeadlineStatus.ON_TIME: (today + (WARN_DAYS + 1) * day, None),
    }[DeadlineStatus(status)]


def band_to_bounds(flt: CaseFilter, today: date) -> CaseFilter:
    """The filter with its deadline band turned into bounds on open cases' last day (the store
    never sees a band: it is relative to today), intersected with bounds the filter has."""
    if flt.deadline is None:
        return flt
    low, high = deadline_band(flt.deadline, today)
    if flt.last_day_from is not None:
        low = flt.last_day_from if low is None else max(low, flt.last_day_from)
    if flt.last_day_to is not None:
        high = flt.last_day_to if high is None else min(high, flt.last_day_to)
    return replace(flt, deadline=None, open_only=True, last_day_from=low, last_day_to=high)


def decision_to_check(data: CaseInput, existing: CaseDetail | None) -> bool:
    """Whether a penalty's date is (re)checked against the limits (Art. 45 p.1-3): when it is
    first recorded, or when its date or the facts the limits depend on change. A later edit of
    other fields does not ask again for the reason an earlier override gave. Deciding on no
    penalty is not held to the limits (it is what a passed limit leads to)."""
    if data.status is not CaseStatus.DECIDED or data.decided_on is None:
        return False
    if existing is None or existing.status is not CaseStatus.DECIDED:
        return True
    if existing.decided_on != data.decided_on:
        return True
    if any(getattr(existing, f) != getattr(data, f) for f in _DEADLINE_FIELDS):
        return True
    return stored_pauses(existing.pauses) != stored_pauses(data.pauses)


def recount(
    uow: UnitOfWork,
    pack_of: Callable[[str, date], RulePack],
    calendar: WorkCalendar,
    switches: Mapping[str, bool],
    *,
    open_only: bool,
    missing_only: bool = False,
) -> int:
    """Count stored cases' deadlines again in `uow`, writing only the changed ones, in batches;
    returns how many changed. `pack_of(rule_pack, committed_on)` finds a case's pack."""
    packs: dict[str, RulePack] = {}
    # Cases that share all their facts (no pauses, same dates and offence) are counted once.
    memo: dict[tuple[str, DeadlineInput], DeadlineDates | None] = {}
    batch: list[tuple[int, DeadlineDates | None]] = []
    changed = 0
    for facts in uow.cases.deadline_facts(open_only, missing_only=missing_only):
        pack = packs.get(facts.rule_pack)
        if pack is None:
            pack = packs[facts.rule_pack] = pack_of(facts.rule_pack, facts.committed_on)
        key = (pack.id, engine_input(facts))
        if key in memo:
            dates = memo[key]
        else:
            dates = memo[key] = deadline_dates(count_deadlines(key[1], pack, calendar, switches))
        if dates != facts.current:
            batch.append((facts.case_id, dates))
            if len(batch) >= RECOUNT_BATCH:
                uow.cases.set_deadlines(batch)
                changed += len(batch)
                batch = []
    if batch:
        uow.cases.set_deadlines(batch)
        changed += len(batch)
    return changed
