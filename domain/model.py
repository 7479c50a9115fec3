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
