"""The abstract store the services talk to; `db/` implements it, tests may fake it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Any, Protocol

from domain.model import (
    Body,
    BodyKind,
    CalendarOverride,
    CaseDetail,
    CaseFilter,
    CaseRow,
    CaseStatus,
    PauseInput,
    Servant,
    ServiceCategory,
    Sex,
    SortKey,
    Unit,
)


@dataclass(frozen=True)
class ServantRecord:
    """A servant ready to store: normalised name, derived birth date and sex, search key."""

    full_name: str  # NFC, single spaces
    name_key: str  # casefolded search form of full_name
    iin: str
    birth_date: date
    sex: Sex
    position: str
    category: ServiceCategory
    elected: bool
    body_id: int | None
    unit_id: int | None


@dataclass(frozen=True)
class CaseRecord:
    """A case ready to store, with the fields the list filters on already derived."""

    servant_id: int
    offence: str
    offence_group: str | None
    rule_pack: str
    committed_on: date
    discovered_on: date
    continuing_until: date | None
    description: str
    report_source: str
    status: CaseStatus
    continuing: bool = False
    terminated_on: date | None = None
    decided_on: date | None = None
    deadlines: DeadlineDates | None = None  # None: not computable (e.g. a pack without limits)


@dataclass(frozen=True)
class DeadlineDates:
    """The dates the deadline engine produced for a case, stored so lists can filter on them."""

    discovery_limit: date
    absolute_limit: date
    absolute_limit_extended: date
    last_day: date


@dataclass(frozen=True)
class DeadlineFacts:
    """What the engine needs of one stored case, streamed for a bulk recomputation."""

    case_id: int
    offence: str
    rule_pack: str
    committed_on: date
    discovered_on: date
    continuing: bool
    continuing_until: date | None
    terminated_on: date | None
    pauses: tuple[PauseInput, ...]
    current: DeadlineDates | None


class CaseStore(Protocol):
    """Writes and single-record reads inside one unit of work."""

    def add_body(self, name_ru: str, name_kk: str, kind: BodyKind, region: str) -> int: ...

    def add_unit(self, body_id: int, name_ru: str, name_kk: str) -> int: ...

    def find_servant_by_iin(self, iin: str) -> Servant | None: ...

    def add_servant(self, record: ServantRecord) -> int: ...

    def update_servant(self, servant_id: int, record: ServantRecord) -> None: ...

    def next_case_number(self, year: int) -> str: ...

    def add_case(self, number: str, record: CaseRecord, now_utc: datetime) -> int: ...

    def update_case(self, case_id: int, record: CaseRecord, now_utc: datetime) -> None: ...

    def get_case(self, case_id: int) -> CaseDetail | None: ...

    def add_event(
        self, case_id: int, kind: str, actor: str, at_utc: datetime, data: dict[str, Any]
    ) -> None: ...

    def set_pauses(self, case_id: int, pauses: tuple[PauseInput, ...]) -> None: ...

    def deadline_facts(
        self, open_only: bool, missing_only: bool = False
    ) -> Iterator[DeadlineFacts]:
        """Stored cases' facts in id order (open ones only, or only those without a last day),
        read in chunks so that the consumer may write between them."""
        ...

    def set_deadlines(self, changes: list[tuple[int, DeadlineDates | None]]) -> None: ...


class CalendarStore(Protocol):
    """The administrator's working-day overrides of the holiday calendar."""

    def calendar_overrides(self) -> list[CalendarOverride]: ...

    def set_calendar_override(self, override: CalendarOverride) -> None: ...

    def delete_calendar_override(self, day: date) -> bool: ...


class CaseQueries(Protocol):
    """Read models for lists: filtering, sorting and paging are done by the store."""

    def page(
        self, flt: CaseFilter, sort: SortKey, descending: bool, offset: int, limit: int
    ) -> list[CaseRow]: ...

    def count(self, flt: CaseFilter) -> int: ...

    def group_counts(self, flt: CaseFilter) -> dict[str, int]: ...

    def bodies(self) -> list[Body]: ...

    def units(self, body_id: int | None = None) -> list[Unit]: ...


class SettingsStore(Protocol):
    """Administrator-set legal switches, kept in the database so every workstation agrees."""

    def get_setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...


class UnitOfWork(Protocol):
    """One transaction: `with uow: ...; uow.commit()`; leaving without commit rolls back."""

    cases: CaseStore
    queries: CaseQueries
    settings: SettingsStore
    calendar: CalendarStore

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
