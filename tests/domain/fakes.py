"""An in-memory store behind the ports (cosmicpython's fake unit of work), for service tests.

It keeps real transaction semantics: a unit of work edits a private copy that `commit()`
publishes and leaving without commit throws away, so "nothing was written" is checkable.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from types import TracebackType
from typing import Any

from domain.audit import GENESIS, AuditEntry, AuditFilter, canonical_json
from domain.model import (
    IMPOSED_STATUSES,
    NO_GROUP,
    OPEN_STATUSES,
    Body,
    BodyKind,
    CalendarOverride,
    CaseDetail,
    CaseEvent,
    CaseFilter,
    CaseRow,
    ComparableFilter,
    ComparableRow,
    PauseInput,
    PenaltyTableEntry,
    Servant,
    SortKey,
    Unit,
)
from domain.ports import (
    AuditTrail,
    CalendarStore,
    CaseQueries,
    CaseRecord,
    CaseStore,
    CriterionRating,
    DeadlineDates,
    DeadlineFacts,
    PenaltyStore,
    PriorRecord,
    ServantRecord,
    SettingsStore,
    UnitOfWork,
)
from domain.text import search_key


@dataclass
class _StoredCase:
    number: str
    record: CaseRecord
    created_at: datetime
    updated_at: datetime
    pauses: tuple[PauseInput, ...] = ()


@dataclass
class _State:
    """Everything the fake database holds; copied per unit of work."""

    bodies: dict[int, Body] = field(default_factory=dict)
    units: dict[int, Unit] = field(default_factory=dict)
    servants: dict[int, Servant] = field(default_factory=dict)
    cases: dict[int, _StoredCase] = field(default_factory=dict)
    events: list[CaseEvent] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)
    overrides: dict[date, CalendarOverride] = field(default_factory=dict)
    ratings: list[tuple[int, CriterionRating]] = field(default_factory=list)  # (case id, row)
    table: dict[int, PenaltyTableEntry] = field(default_factory=dict)
    position_keys: dict[int, str] = field(default_factory=dict)  # servant id -> folded position
    next_id: int = 1
    writes: list[str] = field(default_factory=list)  # names of write calls, in order
    audit: list[AuditEntry] = field(default_factory=list)

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1


class FakeDatabase:
    """The committed state, shared by every FakeUnitOfWork made over it."""

    def __init__(self) -> None:
        self.state = _State()
        self.commits = 0

    def seed_body(self, name_ru: str, name_kk: str, units: tuple[str, ...] = ()) -> int:
        body_id = self.state.new_id()
        self.state.bodies[body_id] = Body(body_id, name_ru, name_kk, BodyKind.MINISTRY)
        for u in units:
            unit_id = self.state.new_id()
            self.state.units[unit_id] = Unit(unit_id, body_id, u, u)
        return body_id

    @property
    def writes(self) -> list[str]:
        return list(self.state.writes)


class FakeCaseStore:
    """ports.CaseStore over a _State."""

    def __init__(self, state: _State) -> None:
        self.s = state

    def add_body(self, name_ru: str, name_kk: str, kind: BodyKind, region: str) -> int:
        self.s.writes.append("add_body")
        body_id = self.s.new_id()
        self.s.bodies[body_id] = Body(body_id, name_ru, name_kk, kind, region)
        return body_id

    def add_unit(self, body_id: int, name_ru: str, name_kk: str) -> int:
        self.s.writes.append("add_unit")
        assert body_id in self.s.bodies, "foreign key"
        unit_id = self.s.new_id()
        self.s.units[unit_id] = Unit(unit_id, body_id, name_ru, name_kk)
        return unit_id

    def find_servant_by_iin(self, iin: str) -> Servant | None:
        return next((x for x in self.s.servants.values() if x.iin == iin), None)

    def _servant(self, servant_id: int, r: ServantRecord) -> Servant:
        assert r.body_id is None or r.body_id in self.s.bodies, "foreign key"
        assert r.name_key == search_key(r.full_name)
        return Servant(
            id=servant_id,
            full_name=r.full_name,
            iin=r.iin,
            birth_date=r.birth_date,
            sex=r.sex,
            position=r.position,
            category=r.category,
            elected=r.elected,
            body_id=r.body_id,
            unit_id=r.unit_id,
        )

    def add_servant(self, record: ServantRecord) -> int:
        self.s.writes.append("add_servant")
        assert self.find_servant_by_iin(record.iin) is None, "unique IIN"
        servant_id = self.s.new_id()
        self.s.servants[servant_id] = self._servant(servant_id, record)
        self.s.position_keys[servant_id] = record.position_key
        return servant_id

    def update_servant(self, servant_id: int, record: ServantRecord) -> None:
        self.s.writes.append("update_servant")
        assert servant_id in self.s.servants
        self.s.servants[servant_id] = self._servant(servant_id, record)
        self.s.position_keys[servant_id] = record.position_key

    def next_case_number(self, year: int) -> str:
        self.s.writes.append("next_case_number")
        n = self.s.numbers.get(year, 0) + 1
        self.s.numbers[year] = n
        return f"{year}-{n:06d}"

    def add_case(self, number: str, record: CaseRecord, now_utc: datetime) -> int:
        self.s.writes.append("add_case")
        assert record.servant_id in self.s.servants, "foreign key"
        case_id = self.s.new_id()
        self.s.cases[case_id] = _StoredCase(number, record, now_utc, now_utc)
        return case_id

    def update_case(self, case_id: int, record: CaseRecord, now_utc: datetime) -> None:
        self.s.writes.append("update_case")
        stored = self.s.cases[case_id]
        self.s.cases[case_id] = replace(stored, record=record, updated_at=now_utc)

    def get_case(self, case_id: int) -> CaseDetail | None:
        stored = self.s.cases.get(case_id)
        if stored is None:
            return None
        r = stored.record
        servant = self.s.servants[r.servant_id]
        body = self.s.bodies.get(servant.body_id) if servant.body_id else None
        unit = self.s.units.get(servant.unit_id) if servant.unit_id else None
        return CaseDetail(
            id=case_id,
            number=stored.number,
            servant=servant,
            offence=r.offence,
            offence_group=r.offence_group,
            rule_pack=r.rule_pack,
            committed_on=r.committed_on,
            discovered_on=r.discovered_on,
            continuing_until=r.continuing_until,
            description=r.description,
            report_source=r.report_source,
            status=r.status,
            created_at=stored.created_at,
            updated_at=stored.updated_at,
            body_name=body.name_ru if body else "",
            unit_name=unit.name_ru if unit else "",
            events=tuple(e for e in self.s.events if e.case_id == case_id),
            continuing=r.continuing,
            terminated_on=r.terminated_on,
            pauses=stored.pauses,
            decided_on=r.decided_on,
            last_day=r.deadlines.last_day if r.deadlines else None,
            penalty=r.penalty,
            penalty_lifted_on=r.penalty_lifted_on,
            justification=r.justification,
            lower_post_vacant=r.lower_post_vacant,
        )

    def add_event(
        self, case_id: int, kind: str, actor: str, at_utc: datetime, data: dict[str, Any]
    ) -> None:
        self.s.writes.append(f"event:{kind}")
        assert case_id in self.s.cases, "foreign key"
        event_id = len(self.s.events) + 1
        self.s.events.append(CaseEvent(event_id, case_id, at_utc, kind, actor, copy.deepcopy(data)))

    def set_pauses(self, case_id: int, pauses: tuple[PauseInput, ...]) -> None:
        self.s.writes.append("set_pauses")
        self.s.cases[case_id] = replace(self.s.cases[case_id], pauses=tuple(pauses))

    def deadline_facts(
        self, open_only: bool, missing_only: bool = False
    ) -> Iterator[DeadlineFacts]:
        for case_id in sorted(self.s.cases):
            stored = self.s.cases.get(case_id)
            if stored is None:
                continue  # the consumer may write while iterating, as with the real store
            r = stored.record
            if open_only and r.status not in OPEN_STATUSES:
                continue
            if missing_only and r.deadlines is not None:
                continue
            yield DeadlineFacts(
                case_id=case_id,
                offence=r.offence,
                rule_pack=r.rule_pack,
                committed_on=r.committed_on,
                discovered_on=r.discovered_on,
                continuing=r.continuing,
                continuing_until=r.continuing_until,
                terminated_on=r.terminated_on,
                pauses=stored.pauses,
                current=r.deadlines,
            )

    def set_deadlines(self, changes: list[tuple[int, DeadlineDates | None]]) -> None:
        self.s.writes.append("set_deadlines")
        for case_id, dates in changes:
            stored = self.s.cases[case_id]
            self.s.cases[case_id] = replace(stored, record=replace(stored.record, deadlines=dates))


class FakeCalendarStore:
    """ports.CalendarStore over a _State."""

    def __init__(self, state: _State) -> None:
        self.s = state

    def calendar_overrides(self) -> list[CalendarOverride]:
        return [self.s.overrides[d] for d in sorted(self.s.overrides)]

    def set_calendar_override(self, override: CalendarOverride) -> None:
        self.s.writes.append("set_calendar_override")
        self.s.overrides[override.day] = override

    def delete_calendar_override(self, day: date) -> bool:
        self.s.writes.append("delete_calendar_override")
        return self.s.overrides.pop(day, None) is not None


_SORT: dict[SortKey, Callable[[CaseRow], Any]] = {
    SortKey.NUMBER: lambda r: r.number,
    SortKey.FULL_NAME: lambda r: search_key(r.full_name),
    SortKey.IIN: lambda r: r.iin,
    SortKey.BODY: lambda r: r.body_name,
    SortKey.OFFENCE: lambda r: r.offence,
    SortKey.GROUP: lambda r: r.group or "",
    SortKey.STATUS: lambda r: r.status.value,
    SortKey.COMMITTED: lambda r: r.committed_on,
    SortKey.DISCOVERED: lambda r: r.discovered_on,
}


def _sorted_rows(rows: list[CaseRow], sort: SortKey, descending: bool) -> list[CaseRow]:
    if sort is SortKey.LAST_DAY:
        # As the SQL store: cases without a last day come after the others in both directions.
        dated = sorted(
            (r for r in rows if r.last_day is not None),
            key=lambda r: (r.last_day, r.id),
            reverse=descending,
        )
        undated = sorted((r for r in rows if r.last_day is None), key=lambda r: r.id)
        return dated + (undated[::-1] if descending else undated)
    return sorted(rows, key=lambda r: (_SORT[sort](r), r.id), reverse=descending)


class FakeCaseQueries:
    """ports.CaseQueries over a _State; the search text is compared as given (already folded)."""

    def __init__(self, state: _State) -> None:
        self.s = state

    def _rows(self, flt: CaseFilter) -> list[CaseRow]:
        assert flt.deadline is None, "the service turns a deadline band into bounds"
        rows = []
        for case_id, stored in self.s.cases.items():
            r = stored.record
            servant = self.s.servants[r.servant_id]
            body = self.s.bodies.get(servant.body_id) if servant.body_id else None
            if flt.group is not None and (r.offence_group or NO_GROUP) != flt.group:
                continue
            if flt.offence is not None and r.offence != flt.offence:
                continue
            if flt.status is not None and r.status != flt.status:
                continue
            if flt.body_id is not None and servant.body_id != flt.body_id:
                continue
            if flt.unit_id is not None and servant.unit_id != flt.unit_id:
                continue
            if flt.committed_from is not None and r.committed_on < flt.committed_from:
                continue
            if flt.committed_to is not None and r.committed_on > flt.committed_to:
                continue
            if flt.open_only and r.status not in OPEN_STATUSES:
                continue
            last_day = r.deadlines.last_day if r.deadlines else None
            if flt.last_day_from is not None and (last_day is None or last_day < flt.last_day_from):
                continue
            if flt.last_day_to is not None and (last_day is None or last_day > flt.last_day_to):
                continue
            # Like the SQL store: a literal substring of the folded "number name iin".
            haystack = search_key(f"{stored.number} {servant.full_name} {servant.iin}")
            if flt.search and flt.search not in haystack:
                continue
            rows.append(
                CaseRow(
                    id=case_id,
                    number=stored.number,
                    full_name=servant.full_name,
                    iin=servant.iin,
                    body_name=body.name_ru if body else "",
                    offence=r.offence,
                    group=r.offence_group,
                    status=r.status,
                    committed_on=r.committed_on,
                    discovered_on=r.discovered_on,
                    last_day=last_day,
                    penalty=r.penalty,
                    penalty_lifted_on=r.penalty_lifted_on,
                )
            )
        return rows

    def page(
        self, flt: CaseFilter, sort: SortKey, descending: bool, offset: int, limit: int
    ) -> list[CaseRow]:
        return _sorted_rows(self._rows(flt), sort, descending)[offset : offset + limit]

    def count(self, flt: CaseFilter) -> int:
        return len(self._rows(flt))

    def group_counts(self, flt: CaseFilter) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self._rows(replace(flt, group=None)):
            key = row.group or NO_GROUP
            counts[key] = counts.get(key, 0) + 1
        return counts

    def bodies(self) -> list[Body]:
        return sorted(self.s.bodies.values(), key=lambda b: b.name_ru)

    def units(self, body_id: int | None = None) -> list[Unit]:
        return [u for u in self.s.units.values() if body_id is None or u.body_id == body_id]


def _whole_words_within(inner: str, outer: str) -> bool:
    return f" {inner} " in f" {outer} "


class FakePenaltyStore:
    """ports.PenaltyStore over a _State, computed in plain Python (the SQL store's reference)."""

    def __init__(self, state: _State) -> None:
        self.s = state

    def _imposed(self) -> Iterator[tuple[int, _StoredCase]]:
        for case_id, stored in sorted(self.s.cases.items()):
            r = stored.record
            if r.penalty is not None and r.status in IMPOSED_STATUSES:
                yield case_id, stored

    def prior_penalties(
        self, iin: str, until: date, exclude_case_id: int | None
    ) -> list[PriorRecord]:
        found = [
            PriorRecord(
                case_id,
                s.record.offence,
                s.record.penalty or "",
                s.record.decided_on,
                s.record.penalty_lifted_on,
            )
            for case_id, s in self._imposed()
            if case_id != exclude_case_id
            and self.s.servants[s.record.servant_id].iin == iin
            and s.record.decided_on is not None
            and s.record.decided_on <= until
        ]
        return sorted(found, key=lambda p: (p.imposed_on, p.case_id))

    def _comparable(self, flt: ComparableFilter) -> list[tuple[int, _StoredCase]]:
        found = []
        for case_id, stored in self._imposed():
            r = stored.record
            servant = self.s.servants[r.servant_id]
            if flt.group is not None:
                if r.offence_group != flt.group:
                    continue
            elif r.offence not in flt.offences:
                continue
            if r.decided_on is None or not flt.decided_from <= r.decided_on <= flt.decided_to:
                continue
            if flt.body_id is not None and servant.body_id != flt.body_id:
                continue
            if case_id == flt.exclude_case_id:
                continue
            key = self.s.position_keys.get(r.servant_id, "")
            if flt.position_key and not (
                _whole_words_within(flt.position_key, key)
                or _whole_words_within(key, flt.position_key)
            ):
                continue
            found.append((case_id, stored))
        return found

    def comparable_distribution(self, flt: ComparableFilter) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, stored in self._comparable(flt):
            penalty = stored.record.penalty or ""
            counts[penalty] = counts.get(penalty, 0) + 1
        return counts

    def comparable_page(self, flt: ComparableFilter, limit: int) -> list[ComparableRow]:
        found = sorted(
            self._comparable(flt), key=lambda cs: (cs[1].record.decided_on, cs[0]), reverse=True
        )
        rows = []
        for case_id, stored in found[:limit]:
            r = stored.record
            servant = self.s.servants[r.servant_id]
            body = self.s.bodies.get(servant.body_id) if servant.body_id else None
            assert r.decided_on is not None and r.penalty is not None
            rows.append(
                ComparableRow(
                    case_id,
                    stored.number,
                    servant.full_name,
                    body.name_ru if body else "",
                    r.offence,
                    servant.position,
                    r.penalty,
                    r.decided_on,
                )
            )
        return rows

    def criteria_ratings(self, case_id: int) -> list[CriterionRating]:
        rows = [r for c, r in self.s.ratings if c == case_id]
        return sorted(rows, key=lambda r: r.version)  # stable: saved order within a version

    def add_criteria_ratings(self, case_id: int, rows: Sequence[CriterionRating]) -> None:
        self.s.writes.append("add_criteria_ratings")
        assert case_id in self.s.cases, "foreign key"
        self.s.ratings += [(case_id, r) for r in rows]

    def penalty_table(self, body_id: int, on: date | None) -> list[PenaltyTableEntry]:
        entries = [e for e in self.s.table.values() if e.body_id == body_id]
        if on is not None:
            latest: dict[tuple[str, int], PenaltyTableEntry] = {}
            for e in sorted(entries, key=lambda e: e.valid_from):
                if e.valid_from <= on:
                    latest[(e.offence, e.occurrence)] = e
            entries = list(latest.values())
        return sorted(entries, key=lambda e: (e.offence, e.occurrence, e.valid_from, e.id or 0))

    def penalty_table_entry(self, entry_id: int) -> PenaltyTableEntry | None:
        return self.s.table.get(entry_id)

    def save_penalty_table_entry(self, entry: PenaltyTableEntry) -> int:
        self.s.writes.append("save_penalty_table_entry")
        assert entry.body_id in self.s.bodies, "foreign key"
        entry_id = entry.id if entry.id is not None else self.s.new_id()
        key = (entry.body_id, entry.offence, entry.occurrence, entry.valid_from)
        assert all(
            (e.body_id, e.offence, e.occurrence, e.valid_from) != key
            for e in self.s.table.values()
            if e.id != entry_id
        ), "unique key"
        self.s.table[entry_id] = replace(entry, id=entry_id)
        return entry_id

    def delete_penalty_table_entry(self, entry_id: int) -> bool:
        self.s.writes.append("delete_penalty_table_entry")
        return self.s.table.pop(entry_id, None) is not None


class FakeSettingsStore:
    """ports.SettingsStore over a _State."""

    def __init__(self, state: _State) -> None:
        self.s = state

    def get_setting(self, key: str) -> str | None:
        return self.s.settings.get(key)

    def set_setting(self, key: str, value: str) -> None:
        self.s.writes.append("set_setting")
        self.s.settings[key] = value


class FakeAuditTrail:
    """ports.AuditTrail over a _State: entries kept unchained (the chain is tested on SQLite)."""

    def __init__(self, state: _State) -> None:
        self.s = state

    def append(
        self,
        action: str,
        entity: str,
        entity_id: str | int | None,
        diff: Mapping[str, Any] | None = None,
        reason: str = "",
    ) -> AuditEntry:
        seq = len(self.s.audit) + 1
        entry = AuditEntry(
            seq,
            "",
            None,
            "system",
            "system",
            "",
            "",
            action,
            entity,
            "" if entity_id is None else str(entity_id),
            canonical_json(diff or {}),
            reason,
            "",
            GENESIS,
            GENESIS,
        )
        self.s.audit.append(entry)
        return entry

    def head(self) -> tuple[int, str]:
        return len(self.s.audit), GENESIS

    def entries(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditEntry]:
        return list(reversed(self.s.audit))[offset : offset + limit]

    def count(self, flt: AuditFilter) -> int:
        return len(self.s.audit)

    def iter_all(self, chunk: int = 5000) -> Iterator[AuditEntry]:
        return iter(list(self.s.audit))


class FakeUnitOfWork:
    """ports.UnitOfWork: a private copy of the state, published by commit()."""

    def __init__(self, db: FakeDatabase) -> None:
        self._db = db
        self._begin()

    def _begin(self) -> None:
        self._work = copy.deepcopy(self._db.state)
        # Typed as the ports: Protocol attributes are invariant, so the subtype would not match.
        self.cases: CaseStore = FakeCaseStore(self._work)
        self.queries: CaseQueries = FakeCaseQueries(self._work)
        self.settings: SettingsStore = FakeSettingsStore(self._work)
        self.calendar: CalendarStore = FakeCalendarStore(self._work)
        self.penalties: PenaltyStore = FakePenaltyStore(self._work)
        self.audit: AuditTrail = FakeAuditTrail(self._work)

    def __enter__(self) -> FakeUnitOfWork:
        self._begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.rollback()

    def commit(self) -> None:
        self._db.state = copy.deepcopy(self._work)
        self._db.commits += 1

    def rollback(self) -> None:
        self._begin()


def _conforms(db: FakeDatabase) -> UnitOfWork:
    return FakeUnitOfWork(db)  # `mypy tests/domain/fakes.py` checks the fake against the port
