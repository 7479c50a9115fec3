"""CalendarStore over a Session: the administrator's working-day overrides."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from db.errors import translate_errors
from db.models import DbCalendarOverride
from domain.model import CalendarOverride


class SqlCalendarStore:
    """The working-day overrides in `calendar_overrides`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @translate_errors()
    def calendar_overrides(self) -> list[CalendarOverride]:
        rows = self._session.execute(
            select(
                DbCalendarOverride.day, DbCalendarOverride.working, DbCalendarOverride.note
            ).order_by(DbCalendarOverride.day)
        )
        return [CalendarOverride(day=d, working=w, note=n) for d, w, n in rows]

    @translate_errors()
    def set_calendar_override(self, override: CalendarOverride) -> None:
        values = {
            "working": override.working,
            "note": override.note,
            "updated_at": datetime.now(UTC),
        }
        changed = self._session.execute(
            update(DbCalendarOverride)
            .where(DbCalendarOverride.day == override.day)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount == 0:  # type: ignore[attr-defined]
            self._session.execute(insert(DbCalendarOverride).values(day=override.day, **values))

    @translate_errors()
    def delete_calendar_override(self, day: date) -> bool:
        gone = self._session.execute(
            delete(DbCalendarOverride)
            .where(DbCalendarOverride.day == day)
            .execution_options(synchronize_session=False)
        )
        return bool(gone.rowcount)  # type: ignore[attr-defined]
