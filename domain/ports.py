"""The abstract store the services talk to; `db/` implements it, tests may fake it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
    ComparableFilter,
    ComparableRow,
    PauseInput,
    PenaltyTableEntry,
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
    # Folded position (domain.text.search_key), for "similar position" among comparable cases.
    position_key: str = ""


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
    penalty: str | None = None
    penalty_lifted_on: date | None = None
    justification: str = ""
    lower_post_vacant: bool = True


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


@dataclass(frozen=True)
class PriorRecord:
    """A penalty imposed on a servant in another case: the prior record of a new offence."""

    case_id: int
    offence: str
    penalty: str
    imposed_on: date  # the case's decision date
    lifted_on: date | None


@dataclass(frozen=True)
class CriterionRating:
    """One stored row of a case's criteria worksheet; a version is all rows of one save.

    A save that rates nothing is one row with `criterion` None, so the history shows it.
    """

    version: int
    criterion: str | None
    rating: str
    note: str
    recorded_at: datetime
    actor: str


class PenaltyStore(Protocol):
    """Prior penalties, comparable cases, the criteria worksheets and the tables of penalties."""

    def prior_penalties(
        self, iin: str, until: date, exclude_case_id: int | None
    ) -> list[PriorRecord]:
        """Penalties imposed (IMPOSED_STATUSES, decided on or before `until`) in the cases of
        the servant with this IIN, other than `exclude_case_id`, oldest first."""
        ...

    def comparable_distribution(self, flt: ComparableFilter) -> dict[str, int]:
        """Comparable cases per penalty code (one GROUP BY)."""
        ...

    def comparable_page(self, flt: ComparableFilter, limit: int) -> list[ComparableRow]:
        """The latest comparable cases: by decision date descending, then id descending."""
        ...

    def criteria_ratings(self, case_id: int) -> list[CriterionRating]:
        """Every stored worksheet row of the case, by version, then in the order saved."""
        ...

    def add_criteria_ratings(self, case_id: int, rows: Sequence[CriterionRating]) -> None: ...

    def penalty_table(self, body_id: int, on: date | None) -> list[PenaltyTableEntry]:
        """The body's table: the entries in force on `on`, or every version when None; by
        offence, occurrence and valid_from."""
        ...

    def penalty_table_entry(self, entry_id: int) -> PenaltyTableEntry | None: ...

    def save_penalty_table_entry(self, entry: PenaltyTableEntry) -> int:
        """Insert (id None) or update an entry; returns its id."""
        ...

    def delete_penalty_table_entry(self, entry_id: int) -> bool: ...


class UnitOfWork(Protocol):
    """One transaction: `with uow: ...; uow.commit()`; leaving without commit rolls back."""

    cases: CaseStore
    queries: CaseQueries
    settings: SettingsStore
    calendar: CalendarStore
    penalties: PenaltyStore

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
