"""The trusted clock over a database: the newest audit time read with one indexed query (S13)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, select

from db.engine import Database
from db.errors import translate_errors
from db.trust_models import DbAuditEntry
from domain.clock import Clock, TrustedClock

# max() over ix_audit_log_ts: SQLite and PostgreSQL read one end of the index. Not the max(seq)
# row: once an entry is written with the clock set back, the newest by seq is the earlier time,
# and the rollback would hide itself after the first save.
_NEWEST = select(func.max(DbAuditEntry.ts_utc))


def newest_audit_ts(database: Database) -> str | None:
    """The latest ts_utc in the audit trail (None when empty), on the read engine."""
    with translate_errors(), database.reader.connect() as connection:
        value = connection.execute(_NEWEST).scalar()
    return None if value is None else str(value)


def trusted_clock(database: Database, clock: Clock | None = None) -> TrustedClock:
    """A TrustedClock over `clock` (default: the one audit appends read) and the database's
    trail, its cache dropped after every commit on the write engine (an append may have moved
    the newest time)."""
    trusted = TrustedClock(clock or database.actor.clock, lambda: newest_audit_ts(database))

    def committed(_connection: Any) -> None:
        trusted.invalidate()

    event.listen(database.engine, "commit", committed)
    return trusted
