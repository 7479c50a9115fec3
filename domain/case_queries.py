"""The case registry's list reads: one page, counts by group and by deadline band, each through
the user's body scope (CaseService inherits them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from domain.authz import Guard
from domain.case_deadlines import band_to_bounds
from domain.case_guard import scoped_filter
from domain.model import WARN_DAYS, CaseFilter, CaseRow, DeadlineStatus, SortKey
from domain.ports import UnitOfWork
from domain.text import search_key

MAX_PAGE = 1000


class CaseQueries:
    """The list, its counts and the watch list over the read unit of work, filtered by the
    store; the subclass (CaseService) sets the three attributes below."""

    _read_uow_factory: Callable[[], UnitOfWork]
    _guard: Guard
    _today: Callable[[], date]

    def list_cases(
        self,
        flt: CaseFilter,
        sort: SortKey = SortKey.NUMBER,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[CaseRow]:
        """One page of the case list, filtered and sorted by the store.

        SortKey.LAST_DAY puts cases without a last day after the others in both directions.
        The watch list is `list_cases(CaseFilter(open_only=True), SortKey.LAST_DAY)`.
        """
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValueError(f"bad page: offset={offset}, limit={limit}")
        with self._read_uow_factory() as uow:
            return uow.queries.page(self._store_filter(flt), sort, descending, offset, limit)

    def count_cases(self, flt: CaseFilter) -> int:
        """How many cases the filter matches."""
        with self._read_uow_factory() as uow:
            return uow.queries.count(self._store_filter(flt))

    def group_counts(self, flt: CaseFilter) -> dict[str, int]:
        """Cases per Art. 50 group ("I", "II", "III", NO_GROUP) under the filter."""
        with self._read_uow_factory() as uow:
            return uow.queries.group_counts(self._store_filter(flt))

    def deadline_counts(self, flt: CaseFilter | None = None) -> dict[DeadlineStatus, int]:
        """Open cases per deadline band under the filter (its own band choice ignored)."""
        base = replace(flt or CaseFilter(), deadline=None)
        with self._read_uow_factory() as uow:
            return {
                band: uow.queries.count(self._store_filter(replace(base, deadline=band)))
                for band in DeadlineStatus
            }

    def expiring_this_week(self) -> int:
        """Open cases whose last day is today or within WARN_DAYS days (the start-up notice)."""
        today = self._today()
        return self.count_cases(
            CaseFilter(
                open_only=True,
                last_day_from=today,
                last_day_to=today + timedelta(days=WARN_DAYS),
            )
        )

    def expired_open(self) -> int:
        """Open cases whose last day has passed: no penalty may be imposed on them any more."""
        return self.count_cases(CaseFilter(deadline=DeadlineStatus.EXPIRED))

    def _store_filter(self, flt: CaseFilter) -> CaseFilter:
        """The filter as the store takes it: search folded, a deadline band turned into bounds
        on the last day of open cases, counted from today."""
        flt = scoped_filter(self._guard, flt)
        return band_to_bounds(replace(flt, search=search_key(flt.search)), self._today())
