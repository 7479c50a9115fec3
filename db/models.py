"""The tables as SQLAlchemy 2 typed rows; only `db/` sees them, services get `domain.model` records."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    and_,
    false,
    literal_column,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.elements import ColumnElement

from domain.model import IMPOSED_STATUSES, OPEN_STATUSES

# Constraint names are part of the schema: Alembic batch mode on SQLite and PostgreSQL both need
# them stable to alter or drop a constraint later.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """An instant stored in UTC; aware datetimes in, aware UTC datetimes out, naive ones refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            # A naive time is ambiguous (Kazakhstan changed its offset in 2024): refuse it.
            raise ValueError("naive datetime given for a UTC column")
        value = value.astimezone(UTC)
        # SQLite keeps the text without an offset; every stored value is UTC by this contract.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {datetime: UtcDateTime, date: Date}


class DbBody(Base):
    """A state body."""

    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(500))
    name_kk: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    region: Mapped[str] = mapped_column(String(200), default="")


class DbUnit(Base):
    """A structural unit of a body."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    name_ru: Mapped[str] = mapped_column(String(500))
    name_kk: Mapped[str] = mapped_column(String(500))


class DbServant(Base):
    """A civil servant, identified by IIN."""

    __tablename__ = "servants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(500))  # NFC, as typed
    name_key: Mapped[str] = mapped_column(String(500), index=True)  # folded search form
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    birth_date: Mapped[date]
    sex: Mapped[str] = mapped_column(String(10))
    position: Mapped[str] = mapped_column(String(500))
    # Folded position (domain.text.search_key) for "similar position" among comparable cases.
    position_key: Mapped[str] = mapped_column(String(500), default="", server_default="")
    category: Mapped[str] = mapped_column(String(20))
    elected: Mapped[bool] = mapped_column(Boolean)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class DbCase(Base):
    """A disciplinary case, with denormalised list columns so the list never joins to filter or sort.

    `body_id`, `iin`, `sort_name` and `search_key` copy the servant's current body, IIN and name;
    the repository rewrites them whenever the servant changes. Short columns come first and the long
    texts last, so a scan of the list columns does not read the descriptions.
    """

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # f"{year}-{n:06d}"
    servant_id: Mapped[int] = mapped_column(ForeignKey("servants.id"), index=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    offence: Mapped[str] = mapped_column(String(40), index=True)
    offence_group: Mapped[str | None] = mapped_column(String(3), index=True)
    rule_pack: Mapped[str] = mapped_column(String(40))
    committed_on: Mapped[date] = mapped_column(index=True)
    discovered_on: Mapped[date] = mapped_column(index=True)
    continuing_until: Mapped[date | None]
    continuing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    terminated_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    # The deadline engine's dates (domain.deadlines), recomputed by the service whenever the
    # facts, the pauses, the calendar overrides or the switches change; NULL: not computable.
    discovery_limit: Mapped[date | None]
    absolute_limit: Mapped[date | None]
    absolute_limit_extended: Mapped[date | None]
    last_day: Mapped[date | None] = mapped_column(index=True)
    # The penalty imposed (DECIDED, CLOSED) or proposed, a rule-pack code; its early lifting.
    penalty: Mapped[str | None] = mapped_column(String(40))
    penalty_lifted_on: Mapped[date | None]
    lower_post_vacant: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    iin: Mapped[str] = mapped_column(String(12), index=True)  # the servant's, for sorting
    # The collation key of the name (db.collation), compared byte by byte ("C" on PostgreSQL).
    sort_name: Mapped[str] = mapped_column(
        String(500).with_variant(String(500, collation="C"), "postgresql"), index=True
    )
    search_key: Mapped[str] = mapped_column(String(600))  # folded "number name iin"
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    report_source: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Why the penalty departs from comparable cases or the table of penalties (printed).
    justification: Mapped[str] = mapped_column(Text, default="", server_default="")


class DbCaseEvent(Base):
    """One timeline entry of a case; `data` is JSON text."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at_utc: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text, default="{}")


class DbCasePause(Base):
    """A period that suspends a case's limits (Art. 45 p.3-4): sick leave, vacation, a trip..."""

    __tablename__ = "case_pauses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    reason: Mapped[str] = mapped_column(String(40))  # a rule-pack suspension reason code
    starts_on: Mapped[date]
    ends_on: Mapped[date]  # inclusive
    document: Mapped[str] = mapped_column(String(500), default="")


class DbCaseCriterionRating(Base):
    """One rated criterion of one version of a case's worksheet; a save writes a whole version.

    A version that rates nothing is one row with no criterion (the history shows the clearing).
    """

    __tablename__ = "case_criteria_ratings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    version: Mapped[int] = mapped_column(Integer)
    criterion: Mapped[str | None] = mapped_column(String(40))  # a rule-pack criterion code
    rating: Mapped[str] = mapped_column(String(20))  # domain.criteria.Rating
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))


class DbPenaltyTableEntry(Base):
    """One line of a body's table of penalties: the range for an offence's 1st, 2nd, 3rd+
    occurrence, in force from `valid_from` until a later line for the same key."""

    __tablename__ = "penalty_table"
    __table_args__ = (UniqueConstraint("body_id", "offence", "occurrence", "valid_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"))
    offence: Mapped[str] = mapped_column(String(40))
    occurrence: Mapped[int] = mapped_column(Integer)
    min_penalty: Mapped[str] = mapped_column(String(40))
    max_penalty: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date]


class DbCalendarOverride(Base):
    """An administrator's correction of the working-day calendar for one day."""

    __tablename__ = "calendar_overrides"

    day: Mapped[date] = mapped_column(primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]


class DbCaseNumberSeq(Base):
    """The last registration number given out per year; bumped under the write lock, so gap-free."""

    __tablename__ = "case_number_seq"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class DbAppSetting(Base):
    """An administrator-set switch or parameter shared by every workstation."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Composite indexes for the list, chosen with EXPLAIN QUERY PLAN in bench/db_queries.py.
# A filter that often goes with the default discovery-date order walks one index, no sort.
Index("ix_cases_status_discovered_on", DbCase.status, DbCase.discovered_on)
# The group tabs sorted by offence: the database cannot know that the offence fixes the group,
# so without this it walks every Art. 44 case to find the first of group I (70 ms).
Index("ix_cases_group_offence", DbCase.offence_group, DbCase.offence)
# Never used for its order: a narrow copy of the search column, with the group and the body so
# the group tabs and the body sort can count a search's matches from it alone. A substring
# search scans this instead of the table (a fraction of the bytes).
Index("ix_cases_search", DbCase.search_key, DbCase.offence_group, DbCase.body_id)

# The open statuses as SQL literals, in one fixed order. The partial index below holds only
# open cases, and SQLite uses a partial index only when the query repeats its WHERE term exactly,
# with the same literals (bound parameters do not match): queries take `open_condition()`.
OPEN_STATUS_VALUES: tuple[str, ...] = tuple(sorted(s.value for s in OPEN_STATUSES))


def open_condition() -> ColumnElement[bool]:
    """`cases.status IN ('hearing', 'investigation', 'registered')` with inline literals."""
    return DbCase.status.in_([literal_column(f"'{v}'") for v in OPEN_STATUS_VALUES])


# The watch list: open cases by last day. Only open cases are in it (a fifth of them at most), so
# the first page walks it and stops, and a deadline band's count is a short range scan.
Index(
    "ix_cases_open_last_day",
    DbCase.last_day,
    sqlite_where=open_condition(),
    postgresql_where=open_condition(),
)

# A worksheet's rows are read per case, newest version first.
Index(
    "ix_case_criteria_ratings_case_version",
    DbCaseCriterionRating.case_id,
    DbCaseCriterionRating.version,
)

# Cases whose penalty was imposed (decided or closed, penalty set), as literals for the partial
# indexes below, which SQLite uses only when a query repeats this term exactly.
IMPOSED_STATUS_VALUES: tuple[str, ...] = tuple(sorted(s.value for s in IMPOSED_STATUSES))


def imposed_condition() -> ColumnElement[bool]:
    """`penalty IS NOT NULL AND status IN ('closed', 'decided')` with inline literals."""
    return and_(
        DbCase.penalty.is_not(None),
        DbCase.status.in_([literal_column(f"'{v}'") for v in IMPOSED_STATUS_VALUES]),
    )


# Comparable cases (Douglas factor 6), chosen with EXPLAIN QUERY PLAN in bench/penalties.py:
# by offence or by group, then the decision date; the penalty, the body and the status ride
# along (SQLite still tests the partial index's own WHERE terms), so the distribution (a GROUP BY
# penalty) and the body filter are read from the index alone.
Index(
    "ix_cases_imposed_offence",
    DbCase.offence,
    DbCase.decided_on,
    DbCase.penalty,
    DbCase.body_id,
    DbCase.status,
    sqlite_where=imposed_condition(),
    postgresql_where=imposed_condition(),
)
Index(
    "ix_cases_imposed_group",
    DbCase.offence_group,
    DbCase.decided_on,
    DbCase.penalty,
    DbCase.body_id,
    DbCase.status,
    sqlite_where=imposed_condition(),
    postgresql_where=imposed_condition(),
)

metadata = Base.metadata

# The procedure's tables live in their own module; importing it here puts them in `metadata`
# (Alembic's target) whenever the models are loaded. It needs `Base`, hence the import at the end.
from db import procedure_models as procedure_models  # noqa: E402
from db import trust_models as trust_models  # noqa: E402
