"""PenaltyStore over a Session: prior penalties, comparable cases, worksheets, tables of penalties.

Comparable cases (bench/penalties.py, 100,000 cases): the distribution is one GROUP BY read from
a partial index of imposed penalties (offence or group, decision date, penalty, body), so it
never touches the table; the page takes the latest ids from the same index and joins only those
rows to their servant and body.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Select, delete, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session, aliased

from db.errors import translate_errors
from db.models import (
    DbBody,
    DbCase,
    DbCaseCriterionRating,
    DbPenaltyTableEntry,
    DbServant,
    imposed_condition,
)
from domain.errors import NotFound
from domain.model import ComparableFilter, ComparableRow, PenaltyTableEntry
from domain.ports import CriterionRating, PriorRecord


def word_runs(key: str) -> list[str]:
    """Every run of consecutive words of a folded position: the positions it holds whole."""
    words = key.split(" ")
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


def similar_position(key: str) -> ColumnElement[bool]:
    """The servant's folded position holds `key` as whole words, or `key` holds it."""
    padded = literal(" ") + DbServant.position_key + literal(" ")
    return or_(
        padded.contains(f" {key} ", autoescape=True),
        DbServant.position_key.in_(word_runs(key)),
    )


def comparable_conditions(flt: ComparableFilter) -> list[ColumnElement[bool]]:
    """The WHERE terms of comparable cases, on `cases` alone (the position needs the servant)."""
    if flt.group is not None:
        which = DbCase.offence_group == flt.group
    elif len(flt.offences) == 1:
        which = DbCase.offence == flt.offences[0]
    elif flt.offences:
        which = DbCase.offence.in_(flt.offences)
    else:
        raise ValueError("a comparable filter names offences or a group")
    terms = [
        which,
        DbCase.decided_on >= flt.decided_from,
        DbCase.decided_on <= flt.decided_to,
        imposed_condition(),
    ]
    if flt.body_id is not None:
        terms.append(DbCase.body_id == flt.body_id)
    if flt.exclude_case_id is not None:
        terms.append(DbCase.id != flt.exclude_case_id)
    return terms


class SqlPenaltyStore:
    """ports.PenaltyStore over a Session."""

    def __init__(self, session: Session, *, lang: str = "ru") -> None:
        self._session = session
        self._body_name = DbBody.name_kk if lang == "kk" else DbBody.name_ru

    @translate_errors()
    def prior_penalties(
        self, iin: str, until: date, exclude_case_id: int | None
    ) -> list[PriorRecord]:
        stmt = select(
            DbCase.id, DbCase.offence, DbCase.penalty, DbCase.decided_on, DbCase.penalty_lifted_on
        ).where(
            DbCase.iin == iin,
            imposed_condition(),
            DbCase.decided_on.is_not(None),
            DbCase.decided_on <= until,
        )
        if exclude_case_id is not None:
            stmt = stmt.where(DbCase.id != exclude_case_id)
        rows = self._session.execute(stmt.order_by(DbCase.decided_on, DbCase.id))
        # Both columns are NOT NULL under the WHERE terms above.
        return [
            PriorRecord(case_id, offence, str(penalty), decided_on or until, lifted_on)
            for case_id, offence, penalty, decided_on, lifted_on in rows
        ]

    @translate_errors()
    def comparable_distribution(self, flt: ComparableFilter) -> dict[str, int]:
        stmt = self._comparable(select(DbCase.penalty, func.count()), flt)
        return {
            penalty: int(n) for penalty, n in self._session.execute(stmt.group_by(DbCase.penalty))
        }

    @translate_errors()
    def comparable_page(self, flt: ComparableFilter, limit: int) -> list[ComparableRow]:
        if limit <= 0:
            return []
        ids = list(
            self._session.scalars(
                self._comparable(select(DbCase.id), flt)
                .order_by(DbCase.decided_on.desc(), DbCase.id.desc())
                .limit(limit)
            )
        )
        if not ids:
            return []
        stmt = (
            select(
                DbCase.id,
                DbCase.number,
                DbServant.full_name,
                func.coalesce(self._body_name, ""),
                DbCase.offence,
                DbServant.position,
                DbCase.penalty,
                DbCase.decided_on,
            )
            .join(DbServant, DbServant.id == DbCase.servant_id)
            .outerjoin(DbBody, DbBody.id == DbCase.body_id)
            .where(DbCase.id.in_(ids))
        )
        rows = {
            r[0]: ComparableRow(r[0], r[1], r[2], r[3], r[4], r[5], str(r[6]), r[7] or date.min)
            for r in self._session.execute(stmt)
        }
        return [rows[i] for i in ids]

    def comparable_statement(self, flt: ComparableFilter) -> Select[tuple[str | None, int]]:
        """The distribution's statement (public for the benchmark's EXPLAIN)."""
        stmt = self._comparable(select(DbCase.penalty, func.count()), flt)
        return stmt.group_by(DbCase.penalty)

    def _comparable(self, stmt: Select, flt: ComparableFilter) -> Select:  # type: ignore[type-arg]
        stmt = stmt.select_from(DbCase).where(*comparable_conditions(flt))
        if flt.position_key:
            stmt = stmt.join(DbServant, DbServant.id == DbCase.servant_id).where(
                similar_position(flt.position_key)
            )
        return stmt

    @translate_errors()
    def criteria_ratings(self, case_id: int) -> list[CriterionRating]:
        rows = self._session.scalars(
            select(DbCaseCriterionRating)
            .where(DbCaseCriterionRating.case_id == case_id)
            .order_by(DbCaseCriterionRating.version, DbCaseCriterionRating.id)
        )
        return [
            CriterionRating(r.version, r.criterion, r.rating, r.note, r.recorded_at, r.actor)
            for r in rows
        ]

    @translate_errors()
    def add_criteria_ratings(self, case_id: int, rows: Sequence[CriterionRating]) -> None:
        if not rows:
            return
        self._session.execute(
            insert(DbCaseCriterionRating),
            [
                {
                    "case_id": case_id,
                    "version": r.version,
                    "criterion": r.criterion,
                    "rating": r.rating,
                    "note": r.note,
                    "recorded_at": r.recorded_at,
                    "actor": r.actor,
                }
                for r in rows
            ],
        )

    @translate_errors()
    def penalty_table(self, body_id: int, on: date | None) -> list[PenaltyTableEntry]:
        t = DbPenaltyTableEntry
        stmt = select(t).where(t.body_id == body_id)
        if on is not None:
            later = aliased(DbPenaltyTableEntry)
            latest = (
                select(func.max(later.valid_from))
                .where(
                    later.body_id == t.body_id,
                    later.offence == t.offence,
                    later.occurrence == t.occurrence,
                    later.valid_from <= on,
                )
                .scalar_subquery()
            )
            stmt = stmt.where(t.valid_from == latest)
        rows = self._session.scalars(stmt.order_by(t.offence, t.occurrence, t.valid_from, t.id))
        return [_entry(r) for r in rows]

    @translate_errors()
    def penalty_table_entry(self, entry_id: int) -> PenaltyTableEntry | None:
        row = self._session.get(DbPenaltyTableEntry, entry_id)
        return _entry(row) if row is not None else None

    @translate_errors()
    def save_penalty_table_entry(self, entry: PenaltyTableEntry) -> int:
        values = {
            "body_id": entry.body_id,
            "offence": entry.offence,
            "occurrence": entry.occurrence,
            "min_penalty": entry.min_penalty,
            "max_penalty": entry.max_penalty,
            "valid_from": entry.valid_from,
        }
        if entry.id is None:
            row = DbPenaltyTableEntry(**values)
            self._session.add(row)
            self._session.flush()
            return row.id
        changed = self._session.execute(
            update(DbPenaltyTableEntry)
            .where(DbPenaltyTableEntry.id == entry.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount == 0:  # type: ignore[attr-defined]
            raise NotFound(f"penalty table entry {entry.id}")
        return entry.id

    @translate_errors()
    def delete_penalty_table_entry(self, entry_id: int) -> bool:
        gone = self._session.execute(
            delete(DbPenaltyTableEntry)
            .where(DbPenaltyTableEntry.id == entry_id)
            .execution_options(synchronize_session=False)
        )
        return bool(gone.rowcount)  # type: ignore[attr-defined]


def _entry(row: DbPenaltyTableEntry) -> PenaltyTableEntry:
    return PenaltyTableEntry(
        id=row.id,
        body_id=row.body_id,
        offence=row.offence,
        occurrence=row.occurrence,
        min_penalty=row.min_penalty,
        max_penalty=row.max_penalty,
        valid_from=row.valid_from,
    )
