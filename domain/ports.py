"""The abstract store the services talk to; `db/` implements it, tests may fake it."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from domain.audit import Anchor, AuditEntry, AuditFilter
from domain.authz import Role, User
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
from domain.procedure_model import (
    AppealInput,
    Attachment,
    AttachmentKind,
    Commission,
    CommissionInput,
    Composition,
    DocumentKind,
    ExplanationInput,
    HearingInput,
    IssuedDocument,
    OrderInput,
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


class ProcedureStore(Protocol):
    """Commissions and one case's procedure: explanation, hearings, order, appeals, attachments.

    Stored records come back without derived dates; the service adds due days, tallies and
    deadlines (the rules live in domain.procedure and domain.procedure_dates).
    """

    def commissions(self) -> list[Commission]:
        """Every commission with its compositions (oldest first), by name."""
        ...

    def commission(self, commission_id: int) -> Commission | None: ...

    def commissions_for_body(self, body_id: int) -> list[Commission]: ...

    def save_commission(self, data: CommissionInput, commission_id: int | None) -> int:
        """Insert (None) or update name and bodies; returns the id."""
        ...

    def save_composition(self, commission_id: int, composition: Composition) -> int:
        """Insert (composition.id None) or replace a composition with its members."""
        ...

    def explanation(self, case_id: int) -> ExplanationInput | None: ...

    def set_explanation(self, case_id: int, data: ExplanationInput | None) -> None: ...

    def hearings(self, case_id: int) -> list[tuple[int, HearingInput]]:
        """The case's hearings by date then id, as (id, stored input)."""
        ...

    def save_hearing(self, case_id: int, data: HearingInput, hearing_id: int | None) -> int: ...

    def order(self, case_id: int) -> OrderInput | None: ...

    def set_order(self, case_id: int, data: OrderInput | None) -> None: ...

    def appeals(self, case_id: int) -> list[tuple[int, AppealInput]]: ...

    def save_appeal(self, case_id: int, data: AppealInput, appeal_id: int | None) -> int: ...

    def attachments(self, case_id: int) -> list[Attachment]: ...

    def attachment(self, attachment_id: int) -> Attachment | None: ...

    def add_attachment(
        self,
        case_id: int,
        kind: AttachmentKind,
        display_name: str,
        stored_name: str,
        media_type: str,
        size: int,
        sha256: str,
        at_utc: datetime,
        actor: str,
    ) -> int: ...


class DocumentStore(Protocol):
    """The per-body document journal and the registered documents."""

    def next_seq(self, body_id: int | None, kind: DocumentKind, year: int) -> int:
        """The next free sequence number of the (body, kind, year) journal; the caller inserts
        the document in the same transaction, so two workstations never share a number."""
        ...

    def add_document(self, doc: IssuedDocument) -> int:
        """Insert (doc.id is ignored); returns the new id."""
        ...

    def set_pages(self, document_id: int, pages: int) -> None: ...

    def documents(self, case_id: int) -> list[IssuedDocument]:
        """The case's registered documents, newest first."""
        ...

    def document(self, document_id: int) -> IssuedDocument | None: ...

    def document_by_code(self, code: str) -> IssuedDocument | None: ...


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the managed attachments folder, as the copy found it."""

    stored_name: str  # uuid4 hex: no user text ever reaches a path
    size: int
    sha256: str
    head: bytes  # the first 64 bytes, for the type check


class AttachmentFiles(Protocol):
    """The managed folder attachments are kept in (db.attachment_files.ManagedFolder)."""

    def store(self, source: str | os.PathLike[str], max_bytes: int) -> StoredFile:
        """Copy `source` in under a generated name, hashing on the way.

        Raises ValidationFailed([FieldError("file", "attachment.too_large", {"max": max_bytes,
        ...})]) as soon as more than `max_bytes` were read (the size is checked by stat first);
        nothing is left behind.
        """
        ...

    def path(self, stored_name: str) -> Path:
        """Where a stored file is; the name is checked (hex only) before it is joined."""
        ...

    def remove(self, stored_name: str) -> None: ...


class PasswordHasher(Protocol):
    """Password hashing (db.passwords.Argon2Hasher): PHC strings, salts inside."""

    def hash(self, password: str) -> str: ...

    def verify(self, phc: str, password: str) -> bool:
        """False for a wrong password or an unreadable hash; never raises for those."""
        ...

    def needs_rehash(self, phc: str) -> bool: ...


@dataclass(frozen=True)
class StoredUser:
    """A user row with what only AuthService may see: the hash and the lockout counters."""

    user: User
    password_hash: str
    failed_count: int
    lockouts: int  # lockouts so far: the next one lasts longer
    created_at: datetime
    password_changed_at: datetime | None


@dataclass(frozen=True)
class UserRecord:
    """A user's editable fields as stored: login NFC-casefolded, name NFC."""

    login: str
    full_name: str
    role: Role
    body_id: int | None
    active: bool


class UserStore(Protocol):
    """The users table (UnitOfWork.users)."""

    def count(self) -> int: ...

    def all(self) -> list[User]:
        """Every user, by login."""
        ...

    def get(self, user_id: int) -> StoredUser | None: ...

    def by_login(self, login: str) -> StoredUser | None:
        """The user with this (already folded) login."""
        ...

    def add(self, record: UserRecord, password_hash: str, now_utc: datetime) -> int: ...

    def update(self, user_id: int, record: UserRecord) -> None: ...

    def set_password_hash(self, user_id: int, password_hash: str, now_utc: datetime | None) -> None:
        """Store a new hash; `now_utc` None keeps password_changed_at (a transparent rehash)."""
        ...

    def set_lock_state(
        self, user_id: int, failed_count: int, locked_until: datetime | None, lockouts: int
    ) -> None: ...


class AuditTrail(Protocol):
    """The hash-chained audit log inside one unit of work (db.audit_store.SqlAuditTrail).

    `append` writes in the caller's transaction, so the entry commits or rolls back with the
    change it records; who acts comes from the store's actor context.
    """

    def append(
        self,
        action: str,
        entity: str,
        entity_id: str | int | None,
        diff: Mapping[str, Any] | None = None,
        reason: str = "",
    ) -> AuditEntry: ...

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the newest entry; (0, GENESIS) when the trail is empty."""
        ...

    def entries(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditEntry]:
        """Matching entries, newest first."""
        ...

    def count(self, flt: AuditFilter) -> int: ...

    def iter_all(self, chunk: int = 5000) -> Iterator[AuditEntry]:
        """Every entry in seq order, read in chunks."""
        ...


class AnchorStore(Protocol):
    """Where the last verified head is kept, outside the database (db.audit_key.AnchorFile)."""

    def read(self) -> Anchor | None: ...

    def write(self, anchor: Anchor) -> None: ...


class UnitOfWork(Protocol):
    """One transaction: `with uow: ...; uow.commit()`; leaving without commit rolls back."""

    cases: CaseStore
    queries: CaseQueries
    settings: SettingsStore
    calendar: CalendarStore
    penalties: PenaltyStore
    procedure: ProcedureStore
    documents: DocumentStore
    users: UserStore
    audit: AuditTrail

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
