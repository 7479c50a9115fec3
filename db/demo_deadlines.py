"""The demo's deadline facts: pauses, termination decisions, decision dates, counted limits.

Drawn from their own generator so the rest of the demo stays as it was; the limits are counted
by the real engine under the database's calendar overrides and switches.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import Connection, select

from db import demo_data as data
from db.models import DbAppSetting, DbCalendarOverride
from domain.calendar import DayKind, WorkCalendar
from domain.case_deadlines import count_deadlines
from domain.case_packs import SWITCH_KEY_PREFIX, switch_value
from domain.deadline_facts import DeadlineInput, DeadlineResult, Pause
from domain.deadlines import check_decision_date
from domain.model import OPEN_STATUSES, CaseStatus
from domain.rulepack import Offence, OffenceKind, RulePack


class DraftFacts(Protocol):
    """What the deadline facts are drawn from: a generated case's dates, offence and status."""

    @property
    def offence(self) -> Offence: ...
    @property
    def status(self) -> CaseStatus: ...
    @property
    def status_forced(self) -> bool: ...
    @property
    def committed_on(self) -> date: ...
    @property
    def discovered_on(self) -> date: ...
    @property
    def continuing(self) -> bool: ...
    @property
    def continuing_until(self) -> date | None: ...


@dataclass(frozen=True)
class CaseDeadlines:
    """A case's pauses, termination and decision, and what the engine counted from them."""

    pauses: tuple[Pause, ...]
    documents: tuple[str, ...]  # one per pause
    terminated_on: date | None
    status: CaseStatus
    decided_on: date | None
    result: DeadlineResult | None
    override: dict[str, Any] | None  # the deadline_override event's data, for a late penalty


class MemoCalendar(WorkCalendar):
    """A WorkCalendar that remembers each day it was asked about: the demo asks about the same
    thousand days millions of times (its answers are the calendar's own)."""

    __slots__ = ("_kinds", "_working")

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        super().__init__(overrides)
        self._kinds: dict[date, DayKind] = {}
        self._working: dict[date, bool] = {}

    def day_kind(self, d: date) -> DayKind:
        kind = self._kinds.get(d)
        if kind is None:
            kind = self._kinds[d] = super().day_kind(d)
        return kind

    def is_working_day(self, d: date) -> bool:
        working = self._working.get(d)
        if working is None:
            working = self._working[d] = super().is_working_day(d)
        return working


class DemoEngine:
    """The deadline engine under the database's own calendar overrides and switches."""

    def __init__(self, conn: Connection, pack: RulePack) -> None:
        self.pack = pack
        overrides = conn.execute(select(DbCalendarOverride.day, DbCalendarOverride.working))
        self.calendar: WorkCalendar = MemoCalendar({day: working for day, working in overrides})
        settings = conn.execute(
            select(DbAppSetting.key, DbAppSetting.value).where(
                DbAppSetting.key.startswith(SWITCH_KEY_PREFIX, autoescape=True)
            )
        )
        stored = {k.removeprefix(SWITCH_KEY_PREFIX): switch_value(v) for k, v in settings}
        self.switches = {
            name: on if stored.get(name) is None else bool(stored[name])
            for name, on in pack.switches.items()
        }
        self.blocking = {r.code for r in pack.suspension_reasons if r.blocks_imposition}

    def count(
        self, d: DraftFacts, pauses: tuple[Pause, ...], terminated: date | None
    ) -> DeadlineResult | None:
        facts = DeadlineInput(
            offence=d.offence.code,
            committed_on=d.committed_on,
            discovered_on=d.discovered_on,
            pauses=pauses,
            continuing=d.continuing,
            continuing_until=d.continuing_until,
            terminated_on=terminated,
            new_case=False,
        )
        return count_deadlines(facts, self.pack, self.calendar, self.switches)


def _pauses(
    rng: random.Random, d: DraftFacts, today: date
) -> tuple[tuple[Pause, ...], tuple[str, ...]]:
    """A quarter of the servants were away (or under proceedings) around the case."""
    if rng.random() >= 0.25:
        return (), ()
    reasons = list(data.PAUSES)
    weights = [data.PAUSES[r][0] for r in reasons]
    pauses: list[Pause] = []
    documents: list[str] = []
    for _ in range(rng.choices((1, 2, 3), (75, 20, 5))[0]):
        reason = rng.choices(reasons, weights)[0]
        _, shortest, longest, texts = data.PAUSES[reason]
        start = max(d.committed_on, d.discovered_on + timedelta(days=rng.randint(-10, 45)))
        start = min(start, today)
        end = start + timedelta(days=rng.randint(shortest, longest) - 1)
        pauses.append(Pause(reason, start, end))
        on = (start - timedelta(days=rng.randint(0, 3))).strftime("%d.%m.%Y")
        number = str(rng.randint(10**9, 10**10 - 1))
        document = rng.choice(texts).format(n=rng.randint(1, 999), on=on, d=number)
        documents.append(document if rng.random() < 0.9 else "")
    return tuple(pauses), tuple(documents)


def draw_deadlines(
    rng: random.Random, engine: DemoEngine, d: DraftFacts, today: date
) -> CaseDeadlines:
    pauses, documents = _pauses(rng, d, today)
    terminated: date | None = None
    if d.offence.kind is OffenceKind.DISCREDITING and rng.random() < 0.08:
        # Art. 50 signs found after a criminal or administrative case was terminated.
        terminated = max(d.committed_on, d.discovered_on - timedelta(days=rng.randint(0, 30)))
    result = engine.count(d, pauses, terminated)
    status = d.status
    last_day = result.last_day if result is not None else None
    if (
        not d.status_forced
        and status in OPEN_STATUSES
        and last_day is not None
        and last_day < today - timedelta(days=3)
        and rng.random() < 0.85
    ):
        # Offices rarely let the limit pass: most such cases were decided in time.
        status = CaseStatus.DECIDED if rng.random() < 0.75 else CaseStatus.NO_PENALTY
    decided_on: date | None = None
    override: dict[str, Any] | None = None
    if status in (CaseStatus.DECIDED, CaseStatus.NO_PENALTY, CaseStatus.CLOSED):
        late = status is not CaseStatus.NO_PENALTY and rng.random() < 0.02
        decided_on = _decision_day(rng, engine, d, pauses, last_day, today, late=late)
        if result is not None and status is not CaseStatus.NO_PENALTY:
            problems = check_decision_date(result, decided_on, pauses, engine.pack)
            if problems:
                override = {
                    "reason": rng.choice(data.OVERRIDE_REASONS),
                    "decided_on": decided_on.isoformat(),
                    "last_day": result.last_day.isoformat(),
                    "problems": [{"code": p.code, "params": p.params} for p in problems],
                }
    return CaseDeadlines(pauses, documents, terminated, status, decided_on, result, override)


def _decision_day(
    rng: random.Random,
    engine: DemoEngine,
    d: DraftFacts,
    pauses: tuple[Pause, ...],
    last_day: date | None,
    today: date,
    *,
    late: bool,
) -> date:
    """A working day after discovery, within the limit and outside pauses that block a penalty
    (or, when `late`, a few days after the last day)."""
    first = d.discovered_on + timedelta(days=min(3, (today - d.discovered_on).days))
    if late and last_day is not None and last_day + timedelta(days=1) <= today:
        late_day = last_day + timedelta(days=rng.randint(1, 15))
        return min(today, max(late_day, d.discovered_on))
    last = min(today, last_day) if last_day is not None else today
    if last < first:  # the limit passed at once (or right after discovery)
        return first
    blocked = [p for p in pauses if p.reason in engine.blocking]
    span = (last - first).days
    day = first
    for _ in range(8):
        day = first + timedelta(days=rng.randint(0, span))
        if engine.calendar.is_working_day(day) and not any(
            p.start <= day <= p.end for p in blocked
        ):
            break
    return day
