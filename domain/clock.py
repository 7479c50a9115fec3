"""Where "today" and "now" come from: the system clock in the app, a fixed one in tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol


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
