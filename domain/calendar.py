"""Kazakhstan's working-day calendar: weekends, public holidays and administrators' overrides.

The Labour Code (days of rest) and the Law of 2001 No. 267-II "On holidays in the Republic of
Kazakhstan" give the days off; the `holidays` package knows them for Kazakhstan (including the 2026
change of Constitution Day), but its government day-off transfers after 2025 and its Kurban Ait
dates are not reliable, so an administrator records overrides (a date made working, or made a day
off). The calendar is a value handed to the rules;
nothing here reads global settings or "today".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

import holidays

_ONE_DAY = timedelta(days=1)


class DayKind(StrEnum):
    """Why a day is, or is not, a working day; the step texts name it."""

    WORKDAY = "workday"  # Monday-Friday with no holiday
    WEEKEND = "weekend"  # Saturday or Sunday
    HOLIDAY = "holiday"  # a public holiday or a day off the package knows (observed, transferred)
    TRANSFERRED_WORKDAY = "transferred_workday"  # a weekend day the package knows was made working
    OVERRIDE_WORKING = "override_working"  # an administrator made it a working day
    OVERRIDE_NON_WORKING = "override_non_working"  # an administrator made it a day off


_WORKING_KINDS = frozenset({DayKind.WORKDAY, DayKind.TRANSFERRED_WORKDAY, DayKind.OVERRIDE_WORKING})


@dataclass(frozen=True)
class _Year:
    """What the `holidays` package says about one calendar year."""

    days_off: Mapping[date, str]  # date -> holiday name (English)
    weekend_workdays: frozenset[date]


@functools.lru_cache(maxsize=256)
def _package_year(country: str, year: int) -> _Year:
    # The package records a weekend day made working for a transfer under the year of the day off,
    # which may be the next year (28.12.2013 worked for 03.01.2014), so the next year is built too.
    # The package's data is immutable, so one cache serves every calendar in the process.
    table = holidays.country_holidays(country, years=[year, year + 1], language="en_US")
    days_off = {d: str(name) for d, name in table.items() if d.year == year}
    workdays = frozenset(d for d in table.weekend_workdays if d.year == year)
    return _Year(days_off=MappingProxyType(days_off), weekend_workdays=workdays)


class WorkCalendar:
    """Working and non-working days: the `holidays` package for a country, then overrides on top.

    `overrides` maps a date to True (a working day, e.g. a Saturday worked for a government
    transfer) or False (a day off, e.g. an extra day the government declared). Years are loaded
    from the package lazily, on first use.
    """

    __slots__ = ("_country", "_overrides")

    def __init__(
        self, overrides: Mapping[date, bool] | None = None, *, country: str = "KZ"
    ) -> None:
        self._country = country
        self._overrides: Mapping[date, bool] = MappingProxyType(dict(overrides or {}))

    @property
    def country(self) -> str:
        return self._country

    @property
    def overrides(self) -> Mapping[date, bool]:
        """The administrator's overrides (read-only)."""
        return self._overrides

    def with_overrides(self, overrides: Mapping[date, bool]) -> WorkCalendar:
        """A new calendar with these overrides added to (and winning over) the current ones."""
        merged = dict(self._overrides)
        merged.update(overrides)
        return WorkCalendar(merged, country=self._country)

    def __repr__(self) -> str:
        return f"WorkCalendar(country={self._country!r}, overrides={len(self._overrides)})"

    def day_kind(self, d: date) -> DayKind:
        """Classify a day: an override wins, then the package's holidays and transfers, then weekends."""
        override = self._overrides.get(d)
        if override is not None:
            return DayKind.OVERRIDE_WORKING if override else DayKind.OVERRIDE_NON_WORKING
        year = _package_year(self._country, d.year)
        if d.weekday() >= 5:
            # A transferred working weekend day is working even if the package lists a holiday then.
            return DayKind.TRANSFERRED_WORKDAY if d in year.weekend_workdays else DayKind.WEEKEND
        return DayKind.HOLIDAY if d in year.days_off else DayKind.WORKDAY

    def holiday_name(self, d: date) -> str | None:
        """The package's (English) name of the holiday on `d`, if any, whatever the overrides say."""
        return _package_year(self._country, d.year).days_off.get(d)

    def is_working_day(self, d: date) -> bool:
        """True when `d` is a working day (the Law "On holidays" and the overrides)."""
        return self.day_kind(d) in _WORKING_KINDS

    def next_working_day(self, d: date) -> date:
        """`d` itself if it is a working day, otherwise the first working day after it.

        This is the rule for a period whose last day is not a working day (Civil Code Art. 175,
        Labour Code Art. 13).
        """
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start`: counting begins the day after (Labour Code Art. 13).

        `n == 0` gives `start` itself; e.g. an explanation requested on Friday with n=2 is due by
        the end of Tuesday (if Monday and Tuesday are working days).
        """
        if n < 0:
            raise ValueError("n must not be negative")
        d = start
        while n > 0:
            d += _ONE_DAY
            if self.is_working_day(d):
                n -= 1
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie after `start` up to and including `end`.

        The inverse of `add_working_days` for working `end` days:
        `working_days_between(s, add_working_days(s, n)) == n`. Negative when `end` < `start`.
        """
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        d = start + _ONE_DAY
        while d <= end:
            if self.is_working_day(d):
                count += 1
            d += _ONE_DAY
        return count
