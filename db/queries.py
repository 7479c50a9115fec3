"""Read models of the case list: filtering, sorting, paging and group counts done in SQL.

How a page stays fast at 100,000 cases (figures: bench/db_queries.py):
- The page's ids are found on `cases` alone, walking the sort column's index; only those 200
  rows are then joined to their servant and body for display.
- A page nearer the end than the start is read backwards from the end, so the last page costs
  what the first does.
- Sorting by body name goes body by body: there are few bodies, so one count per body says which
  bodies a page spans, and each body's index lists its cases in id order.
- Search is a literal substring match on the denormalised, folded `cases.search_key`. The database
  cannot estimate how many rows a substring matches, so a page first collects the matching ids
  (a scan of the narrow search index, stopping after SPARSE_CAP): when they are few, it sorts just
  those rows; when they are many, it walks the sort index, where a page is soon found.
- The watch list (open cases by last day) and the deadline bands walk or range-scan the partial
  index of open cases' last days; cases without a last day sort after the others both ways.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression

from db.errors import translate_errors
from db.models import DbBody, DbCase, DbServant, DbUnit, open_condition
from domain.model import (
    NO_GROUP,
    Body,
    BodyKind,
    CaseFilter,
    CaseRow,
    CaseStatus,
    SortKey,
    Unit,
)

GROUPS = ("I", "II", "III")
# Longer searches match nothing: no stored key (number, name of at most 200 characters, IIN) is
# that long, and SQLite refuses LIKE patterns over 50,000 bytes.
MAX_SEARCH_CHARS = 5000
# From this offset on a page counts its matches, to see whether reading from the end is shorter
# (counting by index costs about a millisecond; skipping 50,000 rows costs tens).
REVERSE_AFTER = 1000
# A search with at most this many matches sorts them (5,000 ids: about 5 ms); with more (one case
# in 20 of 100,000) it walks the sort index instead. Fetching more ids costs more than it saves.
SPARSE_CAP = 5_000


def search_condition(search: str) -> ColumnElement[bool]:
    """`search` (already folded) as a literal substring of `cases.search_key`.

    %, _ and / are escaped (autoescape), so they match themselves. NUL matches nothing: stored
    keys never hold one, and SQLite's LIKE would stop reading the pattern there.
    """
    if "\x00" in search or len(search) > MAX_SEARCH_CHARS:
        return false()
    return DbCase.search_key.contains(search, autoescape=True)


def filter_conditions(flt: CaseFilter, *, with_group: bool = True) -> list[ColumnElement[bool]]:
    """The WHERE terms for `flt`; empty fields do not filter."""
    terms: list[ColumnElement[bool]] = []
    if with_group and flt.group:
        terms.append(
            DbCase.offence_group.is_(None)
            if flt.group == NO_GROUP
            else DbCase.offence_group == flt.group
        )
    if flt.offence:
        terms.append(DbCase.offence == flt.offence)
    if flt.status is not None:
        terms.append(DbCase.status == CaseStatus(flt.status).value)
    if flt.body_id is not None:
        terms.append(DbCase.body_id == flt.body_id)
    if flt.unit_id is not None:
        terms.append(
            DbCase.servant_id.in_(select(DbServant.id).where(DbServant.unit_id == flt.unit_id))
        )
    if flt.committed_from is not None:
        terms.append(DbCase.committed_on >= flt.committed_from)
    if flt.committed_to is not None:
        terms.append(DbCase.committed_on <= flt.committed_to)
    if flt.search:
        terms.append(search_condition(flt.search))
    if flt.deadline is not None:
        # A band is relative to today, which only the service knows.
        raise ValueError("CaseFilter.deadline must be turned into last-day bounds by the service")
    if flt.open_only:
        terms.append(open_condition())
    if flt.last_day_from is not None:
        terms.append(DbCase.last_day >= flt.last_day_from)
    if flt.last_day_to is not None:
        terms.append(DbCase.last_day <= flt.last_day_to)
    return terms


class SqlCaseQueries:
    """CaseQueries over a Session; returns `domain.model` rows only."""

    def __init__(self, session: Session, *, lang: str = "ru") -> None:
        self._session = session
        self._body_name = DbBody.name_kk if lang == "kk" else DbBody.name_ru
        self._unit_name = DbUnit.name_kk if lang == "kk" else DbUnit.name_ru

    @translate_errors()
    def page(
        self, flt: CaseFilter, sort: SortKey, descending: bool, offset: int, limit: int
    ) -> list[CaseRow]:
        """Rows `offset`..`offset+limit` of the list in `sort` order; ties broken by id."""
        sort = SortKey(sort)
        offset = max(offset, 0)
        if limit <= 0:
            return []
        conditions = filter_conditions(flt)
        if flt.search:
            found = self._session.scalars(
                select(DbCase.id).where(*conditions).limit(SPARSE_CAP + 1)
            ).all()
            if len(found) <= SPARSE_CAP:  # that is all of them: sort just these rows
                conditions = [DbCase.id.in_(found)]
        elif sort is SortKey.BODY:
            # (With a search, joining the matches to their body and sorting them is quicker.)
            return self._rows(self._ids_by_body(conditions, descending, offset, limit))
        if offset >= REVERSE_AFTER:
            total = self._count(conditions)
            if offset >= total:
                return []
            limit = min(limit, total - offset)
            if offset + limit / 2 > total / 2:
                # Nearer the end: the same rows are the first ones in the opposite order.
                start = total - offset - limit
                ids = self._ids(conditions, sort, descending, start, limit, mirrored=True)
                return self._rows(ids[::-1])
        return self._rows(self._ids(conditions, sort, descending, offset, limit))

    @translate_errors()
    def count(self, flt: CaseFilter) -> int:
        return self._count(filter_conditions(flt))

    @translate_errors()
    def group_counts(self, flt: CaseFilter) -> dict[str, int]:
        """Cases per Art. 50 group under `flt` with its own group choice ignored (for the tabs)."""
        conditions = filter_conditions(flt, with_group=False)
        # Under a filter, grouping by an expression rather than the column keeps the database
        # from walking the group index for its order with a row lookup each (60 ms at 100,000
        # cases) when the filter's index, or the search index that holds the group, is cheaper.
        group = func.coalesce(DbCase.offence_group, "") if conditions else DbCase.offence_group
        stmt = select(group, func.count()).where(*conditions).group_by(group)
        counts = dict.fromkeys((*GROUPS, NO_GROUP), 0)
        for key, n in self._session.execute(stmt):
            key = key or NO_GROUP
            counts[key] = counts.get(key, 0) + int(n)
        return counts

    @translate_errors()
    def bodies(self) -> list[Body]:
        rows = self._session.scalars(select(DbBody).order_by(self._body_name, DbBody.id))
        return [
            Body(
                id=r.id,
                name_ru=r.name_ru,
                name_kk=r.name_kk,
                kind=BodyKind(r.kind),
                region=r.region,
            )
            for r in rows
        ]

    @translate_errors()
    def units(self, body_id: int | None = None) -> list[Unit]:
        stmt = select(DbUnit).order_by(self._unit_name, DbUnit.id)
        if body_id is not None:
            stmt = stmt.where(DbUnit.body_id == body_id)
        return [
            Unit(id=r.id, body_id=r.body_id, name_ru=r.name_ru, name_kk=r.name_kk)
            for r in self._session.scalars(stmt)
        ]

    def _count(self, conditions: Sequence[ColumnElement[bool]]) -> int:
        stmt = select(func.count()).select_from(DbCase).where(*conditions)
        return int(self._session.scalar(stmt) or 0)

    def _ids(
        self,
        conditions: Sequence[ColumnElement[bool]],
        sort: SortKey,
        descending: bool,
        offset: int,
        limit: int,
        *,
        mirrored: bool = False,
    ) -> list[int]:
        """The ids of one page, found on `cases` alone (no joins for the rows skipped);
        `mirrored` counts from the other end of the (sort, descending) order."""
        stmt = self.ordered_ids(conditions, sort, descending, mirrored=mirrored)
        return list(self._session.scalars(stmt.offset(offset).limit(limit)))

    def _ids_by_body(
        self,
        conditions: Sequence[ColumnElement[bool]],
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[int]:
        """A page in body-name order, body by body: there are few bodies, so counting the cases
        of each (one index scan) tells which bodies the page spans, and each body's index lists
        its cases in id order. Sorting by the joined name instead costs 100 ms mid-list."""
        # As in group_counts: under a filter, group by an expression so the filter's index is used.
        body = func.coalesce(DbCase.body_id, 0) if conditions else DbCase.body_id
        counts = {
            body_id or None: int(n)
            for body_id, n in self._session.execute(
                select(body, func.count()).where(*conditions).group_by(body)
            )
        }
        names = {
            body_id: name
            for body_id, name in self._session.execute(
                select(DbBody.id, self._body_name).where(DbBody.id.in_(counts))
            )
        }
        order = sorted(
            counts, key=lambda b: (False, "", 0) if b is None else (True, names.get(b, ""), b)
        )
        if descending:
            order.reverse()
        ids: list[int] = []
        for body_id in order:
            if offset >= counts[body_id]:
                offset -= counts[body_id]
                continue
            same_body = DbCase.body_id.is_(None) if body_id is None else DbCase.body_id == body_id
            stmt = (
                select(DbCase.id)
                .where(*conditions, same_body)
                .order_by(DbCase.id.desc() if descending else DbCase.id.asc())
                .offset(offset)
                .limit(limit - len(ids))
            )
            ids.extend(self._session.scalars(stmt))
            offset = 0
            if len(ids) >= limit:
                break
        return ids

    def _rows(self, ids: Sequence[int]) -> list[CaseRow]:
        """The list rows of `ids`, in that order, joined to their servant and body."""
        if not ids:
            return []
        stmt = (
            select(
                DbCase.id,
                DbCase.number,
                DbServant.full_name,
                DbServant.iin,
                func.coalesce(self._body_name, ""),
                DbCase.offence,
                DbCase.offence_group,
                DbCase.status,
                DbCase.committed_on,
                DbCase.discovered_on,
                DbCase.last_day,
                DbCase.penalty,
                DbCase.penalty_lifted_on,
            )
            .join(DbServant, DbServant.id == DbCase.servant_id)
            .outerjoin(DbBody, DbBody.id == DbCase.body_id)
            .where(DbCase.id.in_(ids))
        )
        rows = {
            r[0]: CaseRow(
                id=r[0],
                number=r[1],
                full_name=r[2],
                iin=r[3],
                body_name=r[4],
                offence=r[5],
                group=r[6],
                status=CaseStatus(r[7]),
                committed_on=r[8],
                discovered_on=r[9],
                last_day=r[10],
                penalty=r[11],
                penalty_lifted_on=r[12],
            )
            for r in self._session.execute(stmt)
        }
        return [rows[i] for i in ids]

    def ordered_ids(
        self,
        conditions: Sequence[ColumnElement[bool]],
        sort: SortKey,
        descending: bool,
        *,
        mirrored: bool = False,
    ) -> Select[Any]:
        """Ids matching `conditions` in list order, or its exact reverse when `mirrored`
        (public for the benchmark's EXPLAIN)."""
        stmt = select(DbCase.id)
        if sort is SortKey.BODY:
            stmt = stmt.outerjoin(DbBody, DbBody.id == DbCase.body_id)
        if sort is SortKey.LAST_DAY:
            keys = _last_day_keys(descending, mirrored)
        else:
            keys = self._sort_keys(sort, descending != mirrored)
        return stmt.where(*conditions).order_by(*keys)

    def _sort_keys(self, sort: SortKey, descending: bool) -> list[UnaryExpression[Any]]:
        column = {
            SortKey.NUMBER: DbCase.number,
            SortKey.FULL_NAME: DbCase.sort_name,
            SortKey.IIN: DbCase.iin,
            SortKey.BODY: self._body_name,
            SortKey.OFFENCE: DbCase.offence,
            SortKey.GROUP: DbCase.offence_group,
            SortKey.STATUS: DbCase.status,
            SortKey.COMMITTED: DbCase.committed_on,
            SortKey.DISCOVERED: DbCase.discovered_on,
        }[sort]
        # Missing values (no group, no body) count as smallest on every database; the id breaks
        # ties so paging is stable. Bodies of the same name stay apart (as `_ids_by_body` does).
        columns: list[Any] = [column]
        if sort is SortKey.BODY:
            columns.append(func.coalesce(DbBody.id, 0))
        if descending:
            return [
                columns[0].desc().nulls_last(),
                *(c.desc() for c in columns[1:]),
                DbCase.id.desc(),
            ]
        return [columns[0].asc().nulls_first(), *(c.asc() for c in columns[1:]), DbCase.id.asc()]


def _last_day_keys(descending: bool, mirrored: bool) -> list[UnaryExpression[Any]]:
    """By last day, cases without one after the others in both directions (the watch list ends
    with what cannot be counted rather than starting with it); ties by id in the same direction.

    Unlike the other columns, the two directions are not each other's reverse, so reading a page
    from the end takes the exact mirror: the undated cases first, then the dates the other way.
    SQLite walks the last-day index for all four orders (its "NULLS LAST" scan reads the NULLs
    after the rest).
    """
    if not mirrored:
        if descending:
            return [DbCase.last_day.desc().nulls_last(), DbCase.id.desc()]
        return [DbCase.last_day.asc().nulls_last(), DbCase.id.asc()]
    if descending:
        return [DbCase.last_day.asc().nulls_first(), DbCase.id.asc()]
    return [DbCase.last_day.desc().nulls_first(), DbCase.id.desc()]
