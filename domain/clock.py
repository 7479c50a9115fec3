"""Where "today" and "now" come from: the system clock in the app, a fixed one in tests, and
the trusted today that a clock set back cannot move before the audit trail (S13)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

from domain.audit import is_clock_rollback, parse_ts


class Clock(Protocol):
    """Today's local date (for legal deadlines) and the current UTC instant (for the audit)."""

    def today(self) -> date: ...

    def now_utc(self) -> datetime: ...


class SystemClock:
    """The workstation's clock; its local date is the date the law's deadlines are counted in."""

    def today(self) -> date:
        return date.today()

    def now_utc(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that only moves when told to, so tests never depend on the real date."""

    def __init__(self, today: date, now_utc: datetime | None = None) -> None:
        self._today = today
        self._now = now_utc or datetime(today.year, today.month, today.day, 6, 0, tzinfo=UTC)

    def today(self) -> date:
        return self._today

    def now_utc(self) -> datetime:
        return self._now

    def advance(self, *, days: int = 0, seconds: float = 0) -> None:
        """Move both the date and the instant forward."""
        self._today += timedelta(days=days)
        self._now += timedelta(days=days, seconds=seconds)


@dataclass(frozen=True)
class ClockReading:
    """The clock against the audit trail: what the banner shows and a decision save checks."""

    now_utc: datetime  # what the workstation's clock says
    newest_utc: datetime | None  # the newest audit entry's time; None for an empty trail
    behind: bool  # the clock is more than ROLLBACK_TOLERANCE before the newest entry
    today: date  # the trusted today: max(the clock's date, the newest entry's local date)


class TrustedClock:
    """A Clock whose today() never goes back past the audit trail (RELIABILITY.md 2.2, S13).

    The clock on an offline PC is the user's to change. Deadline warnings count from
    max(the clock's date, the local date of the newest audit entry), so setting the clock back
    cannot make a missed deadline look open. now_utc() is the clock's own: audit entries keep
    what the clock said, and the trail's `clock_rollback` entry records the disagreement.

    The newest entry's time comes from `newest_audit` (one indexed query) and is cached for
    `max_age_s` seconds, or until `invalidate()` (the store calls it after each commit).
    """

    def __init__(
        self,
        clock: Clock,
        newest_audit: Callable[[], str | None],
        *,
        local_tz: tzinfo | None = None,
        max_age_s: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clock = clock
        self._newest_audit = newest_audit
        self._tz = local_tz  # None: the workstation's zone, the one date.today() uses
        self._max_age = max_age_s
        self._monotonic = monotonic
        self._newest: str | None = None
        self._newest_date: date | None = None
        self._read_at: float | None = None

    def today(self) -> date:
        own = self.clock.today()
        newest = self._cached()[1]
        return newest if newest is not None and newest > own else own

    def now_utc(self) -> datetime:
        return self.clock.now_utc()

    def reading(self, *, fresh: bool = False) -> ClockReading:
        """The clock against the newest entry; `fresh` reads the trail again (a decision save)."""
        if fresh:
            self.invalidate()
        newest, newest_date = self._cached()
        now = self.clock.now_utc()
        own = self.clock.today()
        return ClockReading(
            now_utc=now,
            newest_utc=parse_ts(newest) if newest else None,
            behind=is_clock_rollback(newest, now),
            today=newest_date if newest_date is not None and newest_date > own else own,
        )

    def invalidate(self) -> None:
        """Forget the cached time: the next call reads the trail (after an append)."""
        self._read_at = None

    def _cached(self) -> tuple[str | None, date | None]:
        at = self._monotonic()
        if self._read_at is None or at - self._read_at >= self._max_age:
            newest = self._newest_audit()
            self._newest = newest
            self._newest_date = parse_ts(newest).astimezone(self._tz).date() if newest else None
            self._read_at = at
        return self._newest, self._newest_date
