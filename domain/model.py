"""The registry's records as plain dataclasses: what services accept and what read models return."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class ServiceCategory(StrEnum):
    """Political or administrative civil service (Law 416-V, Art. 1)."""

    POLITICAL = "political"
    ADMINISTRATIVE = "administrative"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class CaseStatus(StrEnum):
    """Where a case stands; the commission's procedure (issue 5) refines the middle steps."""

    REGISTERED = "registered"  # report received and entered
    INVESTIGATION = "investigation"  # service investigation, explanation requested
    HEARING = "hearing"  # before the disciplinary commission
    DECIDED = "decided"  # penalty imposed (order signed)
    NO_PENALTY = "no_penalty"  # decided without a penalty, or limits expired
    CLOSED = "closed"  # penalty served or lifted, file archived
    ANNULLED = "annulled"  # entered in error; never deleted


OPEN_STATUSES: frozenset[CaseStatus] = frozenset(
    {CaseStatus.REGISTERED, CaseStatus.INVESTIGATION, CaseStatus.HEARING}
)


class BodyKind(StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    AKIMAT = "akimat"
    OTHER = "other"


@dataclass(frozen=True)
class Body:
    """A state body (ministry, agency, akimat) whose servants the registry covers."""

    id: int
    name_ru: str
    name_kk: str
    kind: BodyKind
    region: str = ""


@dataclass(frozen=True)
class Unit:
    """A structural unit (department, office) inside a body."""

    id: int
    body_id: int
    name_ru: str
    name_kk: str


@dataclass(frozen=True)
class ServantInput:
    """A civil servant as typed into the case editor; birth date and sex come from the IIN."""

    full_name: str
    iin: str
    position: str
    category: ServiceCategory
    elected: bool
    body_id: int | None
    unit_id: int | None = None


@dataclass(frozen=True)
class CaseInput:
    """The facts of a case as typed; validated by `domain.validation` before anything is written."""

    servant: ServantInput
    offence: str  # rule-pack offence code, e.g. "art50.4"
    committed_on: date | None
    discovered_on: date | None
    continuing_until: date | None = None  # the day a continuing offence ended, if it has
    description: str = ""
    report_source: str = ""
    status: CaseStatus = CaseStatus.REGISTERED
    continuing: bool = False  # a continuing offence; still going when continuing_until is None
    # The decision terminating a criminal or administrative case in which the Art. 50 signs were
    # found (Art. 45: 3 months from it, capped at 1 year from commission).
    terminated_on: date | None = None
    pauses: tuple[PauseInput, ...] = ()  # periods that suspend the limits (Art. 45 p.3-4)
    decided_on: date | None = None  # the day the penalty (or no penalty) was decided
    # Written reason for deciding after the last day or on a day no penalty may be imposed; the
    # check lives in domain.deadlines, the reason goes to the case's timeline.
    override_reason: str = ""
    penalty: str | None = None  # a rule-pack penalty code: imposed (DECIDED) or proposed
    penalty_lifted_on: date | None = None  # lifted early by an act of this date (LC Art. 66)
    # Why the penalty lies outside the range of comparable cases or of the body's table of
    # penalties (Douglas factors 6-7); stored and printed with the decision.
    justification: str = ""
    # A vacant lower post the servant qualifies for exists (demotion, Art. 44 p.4).
    lower_post_vacant: bool = True


@dataclass(frozen=True)
class PauseInput:
    """A period in which the servant was away or proceedings ran: suspends the limits."""

    reason: str  # a rule-pack suspension reason code: sick_leave, vacation, ...
    start: date
    end: date  # inclusive
    document: str = ""  # the supporting document: order number, sick-leave sheet, ...


class DeadlineStatus(StrEnum):
    """How close an open case is to its last permissible day (bands exclusive, see WARN_DAYS)."""

    ON_TIME = "on_time"  # more than WARN_DAYS days left
    WITHIN_7 = "within_7"  # URGENT_DAYS+1 .. WARN_DAYS days left
    WITHIN_2 = "within_2"  # 0 .. URGENT_DAYS days left (0 = today is the last day)
    EXPIRED = "expired"  # the last day has passed


WARN_DAYS = 7
URGENT_DAYS = 2


def deadline_status(last_day: date, today: date) -> DeadlineStatus:
    """The badge of an open case: days left counted from `today` to the last day inclusive."""
    left = (last_day - today).days
    if left < 0:
        return DeadlineStatus.EXPIRED
    if left <= URGENT_DAYS:
        return DeadlineStatus.WITHIN_2
    if left <= WARN_DAYS:
        return DeadlineStatus.WITHIN_7
    return DeadlineStatus.ON_TIME


@dataclass(frozen=True)
class CalendarOverride:
    """An administrator's correction of the working-day calendar (day-off transfers, fixes)."""

    day: date
    working: bool  # True: a working day (e.g. a transferred Saturday); False: a day off
    note: str = ""


@dataclass(frozen=True)
class Servant:
    """A stored servant, with what the IIN says about them."""

    id: int
    full_name: str
    iin: str
    birth_date: date
    sex: Sex
    position: str
    category: ServiceCategory
    elected: bool
    body_id: int | None
    unit_id: int | None


@dataclass(frozen=True)
class CaseEvent:
    """One line of a case's timeline: what happened, when (UTC), who did it and what changed."""

    id: int
    case_id: int
    at_utc: datetime
    kind: str  # created, updated, status_changed, ...
    actor: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseDetail:
    """A case as the editor shows it."""

    id: int
    number: str
    servant: Servant
    offence: str
    offence_group: str | None
    rule_pack: str
    committed_on: date
    discovered_on: date
    continuing_until: date | None
    description: str
    report_source: str
    status: CaseStatus
    created_at: datetime
    updated_at: datetime
    body_name: str = ""
    unit_name: str = ""
    events: tuple[CaseEvent, ...] = ()
    continuing: bool = False
    terminated_on: date | None = None
    pauses: tuple[PauseInput, ...] = ()
    decided_on: date | None = None
    last_day: date | None = None  # stored: recomputed when facts, pauses, calendar or pack change
    penalty: str | None = None
    penalty_lifted_on: date | None = None
    justification: str = ""
    lower_post_vacant: bool = True


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: only what the table shows, fetched a page at a time."""

    id: int
    number: str
    full_name: str
    iin: str
    body_name: str
    offence: str
    group: str | None  # "I", "II", "III", or None outside Art. 50 p.1 groups
    status: CaseStatus
    committed_on: date
    discovered_on: date
    last_day: date | None = None  # the case's last permissible day (None until computed)
    # The justification, a long text, is not a list column: the editor reads it.
    penalty: str | None = None
    penalty_lifted_on: date | None = None


class SortKey(StrEnum):
    """Columns the case list can be sorted by; each is backed by an index in the store."""

    NUMBER = "number"
    FULL_NAME = "full_name"
    IIN = "iin"
    BODY = "body"
    OFFENCE = "offence"
    GROUP = "group"
    STATUS = "status"
    COMMITTED = "committed_on"
    DISCOVERED = "discovered_on"
    LAST_DAY = "last_day"


# The group filter value for cases outside the Art. 50 p.1 groups (Art. 44, budget, sub-point 20).
NO_GROUP = "none"


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; empty fields do not filter."""

    group: str | None = None  # "I" | "II" | "III" | NO_GROUP
    offence: str | None = None
    status: CaseStatus | None = None
    body_id: int | None = None
    unit_id: int | None = None
    committed_from: date | None = None
    committed_to: date | None = None
    # Matched as a literal substring against the registration number, name and IIN. Services
    # hand it to the store already in `domain.text.search_key` form (NFC, trimmed, single spaces,
    # case-folded, ё -> е); the store compares it with the same fold of those columns.
    search: str = ""
    # Open cases (registered, investigation, hearing) only: the watch list and deadline filters.
    open_only: bool = False
    # A deadline band relative to today; the service turns it into the two bounds below.
    deadline: DeadlineStatus | None = None
    last_day_from: date | None = None  # store-level bounds on cases.last_day, inclusive
    last_day_to: date | None = None


# Statuses whose penalty was imposed: their penalties are prior records and comparables.
IMPOSED_STATUSES: frozenset[CaseStatus] = frozenset({CaseStatus.DECIDED, CaseStatus.CLOSED})


@dataclass(frozen=True)
class PenaltyTableEntry:
    """One line of a body's table of penalties (Douglas factor 7): the range for an offence.

    Versioned by date: the line in force on a day is the one with the latest `valid_from` on or
    before it, for the same body, offence and occurrence.
    """

    id: int | None  # None: not stored yet
    body_id: int
    offence: str  # rule-pack offence code
    occurrence: int  # 1, 2 or 3 (third and later)
    min_penalty: str  # least severe penalty of the range (a penalty code)
    max_penalty: str  # most severe penalty of the range
    valid_from: date


@dataclass(frozen=True)
class ComparableFilter:
    """Which decided cases count as comparable to one case (Douglas factor 6); the store's query.

    Only cases with an imposed penalty (IMPOSED_STATUSES, penalty set) decided in
    `decided_from`..`decided_to` (inclusive) are considered; `offences` or `group` name the
    offences (one of them must be given).
    """

    decided_from: date
    decided_to: date
    offences: tuple[str, ...] = ()  # any of these offence codes
    group: str | None = None  # or any offence of this Art. 50 group
    body_id: int | None = None  # None: any body
    # Non-empty: the servant's folded position (domain.text.search_key) must contain this one as
    # whole words, or be contained in it as whole words.
    position_key: str = ""
    exclude_case_id: int | None = None


@dataclass(frozen=True)
class ComparableRow:
    """One comparable case as the consistency panel lists it."""

    id: int
    number: str
    full_name: str
    body_name: str
    offence: str
    position: str
    penalty: str
    decided_on: date


@dataclass(frozen=True)
class Comparables:
    """Comparable cases: how many drew each penalty, the total, and the latest ones first."""

    distribution: dict[str, int]  # penalty code -> number of cases
    total: int
    cases: list[ComparableRow]
