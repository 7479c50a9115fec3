"""ports.AuditTrail over a Session: appends chained rows inside the caller's transaction.

Appends run under the write lock (BEGIN IMMEDIATE on SQLite; an advisory transaction lock on
PostgreSQL), so `max(seq) + 1` and the head hash are read by one writer at a time: the chain
is gap-free and cannot fork (S12).
"""

from __future__ import annotations

import platform
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Select, event, func, insert, select, text
from sqlalchemy.orm import Session

from db.errors import translate_errors
from db.trust_models import DbAuditEntry
from domain.audit import (
    GENESIS,
    AuditEntry,
    AuditFilter,
    canonical_json,
    entry_hash,
    format_ts,
    is_clock_rollback,
    key_id_for,
    normalized,
    redact,
)
from domain.clock import Clock, SystemClock

# pg_advisory_xact_lock's key for the audit chain ("TRTPAUD" folded into a bigint).
PG_AUDIT_LOCK = 0x5452_5450_4155_44
CLOCK_ROLLBACK = "clock_rollback"


@dataclass(eq=False)
class ActorContext:
    """Who is acting (mutable: set at login, reset at logout), with the trail's key and clock.

    The CLI and system tasks act as "system". `clock_rollback_seen` turns True once an append
    found the clock more than five minutes behind the newest entry (S13), for the UI's banner.
    """

    user_id: int | None = None
    login: str = "system"
    role: str = "system"
    workstation_id: str = field(default_factory=platform.node)
    app_version: str = ""
    key: bytes | None = field(default=None, repr=False)
    clock: Clock = field(default_factory=SystemClock)
    clock_rollback_seen: bool = False

    @property
    def key_id(self) -> str:
        return key_id_for(self.key)

    def act_as(self, user_id: int | None, login: str, role: str) -> None:
        self.user_id, self.login, self.role = user_id, login, role

    def act_as_system(self) -> None:
        self.act_as(None, "system", "system")


def _entry(row: DbAuditEntry) -> AuditEntry:
    return AuditEntry(
        seq=row.seq,
        ts_utc=row.ts_utc,
        actor_user_id=row.actor_user_id,
        actor=row.actor,
        actor_role=row.actor_role,
        workstation_id=row.workstation_id,
        app_version=row.app_version,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        diff=row.diff,
        reason=row.reason,
        key_id=row.key_id,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


_COLUMNS = tuple(getattr(DbAuditEntry, name) for name in AuditEntry.__dataclass_fields__)


def _filtered(stmt: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.action:
        if flt.action.endswith("."):
            stmt = stmt.where(DbAuditEntry.action.startswith(flt.action, autoescape=True))
        else:
            stmt = stmt.where(DbAuditEntry.action == flt.action)
    if flt.entity:
        stmt = stmt.where(DbAuditEntry.entity == flt.entity)
    if flt.entity_id:
        stmt = stmt.where(DbAuditEntry.entity_id == flt.entity_id)
    if flt.actor:
        # Logins are stored casefolded; ASCII lower() suffices for the typed filter's Latin.
        stmt = stmt.where(
            func.lower(DbAuditEntry.actor).contains(flt.actor.casefold(), autoescape=True)
        )
    if flt.since_utc:
        stmt = stmt.where(DbAuditEntry.ts_utc >= flt.since_utc)
    if flt.until_utc:
        stmt = stmt.where(DbAuditEntry.ts_utc < flt.until_utc)
    return stmt


class SqlAuditTrail:
    """The audit log of one unit of work."""

    def __init__(self, session: Session, context: ActorContext | None = None) -> None:
        self._session = session
        self.context = context or ActorContext()
        self._rollback_noted = False  # this unit of work wrote its clock_rollback entry

    @translate_errors()
    def append(
        self,
        action: str,
        entity: str,
        entity_id: str | int | None,
        diff: Mapping[str, Any] | None = None,
        reason: str = "",
    ) -> AuditEntry:
        ctx = self.context
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_AUDIT_LOCK})
        seq, prev_hash, newest_ts = self._head_row()
        now = ctx.clock.now_utc()
        if (
            not ctx.clock_rollback_seen
            and not self._rollback_noted
            and is_clock_rollback(newest_ts, now)
        ):
            # Seen for the session once the entry is committed: a save that rolls back must not
            # lose it. Within this unit of work it is written once.
            self._rollback_noted = True
            event.listen(
                self._session,
                "after_commit",
                lambda _session: setattr(ctx, "clock_rollback_seen", True),
                once=True,
            )
            rollback = self._insert(
                seq + 1,
                prev_hash,
                format_ts(now),
                CLOCK_ROLLBACK,
                "clock",
                "",
                {"newest_ts": newest_ts, "now": format_ts(now)},
                "",
            )
            seq, prev_hash = rollback.seq, rollback.hash
        return self._insert(
            seq + 1,
            prev_hash,
            format_ts(now),
            action,
            entity,
            "" if entity_id is None else str(entity_id),
            diff or {},
            reason,
        )

    def _insert(
        self,
        seq: int,
        prev_hash: str,
        ts: str,
        action: str,
        entity: str,
        entity_id: str,
        diff: Mapping[str, Any],
        reason: str,
    ) -> AuditEntry:
        ctx = self.context
        draft = AuditEntry(
            seq=seq,
            ts_utc=ts,
            actor_user_id=ctx.user_id,
            actor=ctx.login,
            actor_role=ctx.role,
            workstation_id=ctx.workstation_id,
            app_version=ctx.app_version,
            action=action,
            entity=entity,
            entity_id=entity_id,
            diff=canonical_json(redact(diff)),
            reason=reason,
            key_id=ctx.key_id,
            prev_hash=prev_hash,
            hash="",
        )
        draft = normalized(draft)
        entry = replace(draft, hash=entry_hash(draft, ctx.key))
        self._session.execute(insert(DbAuditEntry).values(**entry.__dict__))
        return entry

    def _head_row(self) -> tuple[int, str, str | None]:
        row = self._session.execute(
            select(DbAuditEntry.seq, DbAuditEntry.hash).order_by(DbAuditEntry.seq.desc()).limit(1)
        ).first()
        newest = self._session.execute(select(func.max(DbAuditEntry.ts_utc))).scalar()
        if row is None:
            return 0, GENESIS, None
        return int(row[0]), str(row[1]), newest

    @translate_errors()
    def head(self) -> tuple[int, str]:
        seq, hash_, _ = self._head_row()
        return seq, hash_

    @translate_errors()
    def entries(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditEntry]:
        stmt = _filtered(select(DbAuditEntry), flt)
        stmt = stmt.order_by(DbAuditEntry.seq.desc()).offset(offset).limit(limit)
        return [_entry(r) for r in self._session.scalars(stmt)]

    @translate_errors()
    def count(self, flt: AuditFilter) -> int:
        stmt = _filtered(select(func.count()).select_from(DbAuditEntry), flt)
        return int(self._session.execute(stmt).scalar() or 0)

    def iter_all(self, chunk: int = 5000) -> Iterator[AuditEntry]:
        """Every entry by seq, in keyset chunks through Core (ORM row loading doubles the time)."""
        last = 0
        while True:
            with translate_errors():
                rows = (
                    self._session.connection()
                    .execute(
                        select(*_COLUMNS)
                        .where(DbAuditEntry.seq > last)
                        .order_by(DbAuditEntry.seq)
                        .limit(chunk)
                    )
                    .all()
                )
            if not rows:
                return
            for row in rows:
                yield AuditEntry(*row)
            last = rows[-1][0]


def append_on(
    conn: Connection, context: ActorContext, action: str, diff: Mapping[str, Any]
) -> AuditEntry:
    """One database-level audit entry inside a Core connection's open transaction (bulk loads
    that bypass the units of work); it commits or rolls back with that transaction."""
    with Session(bind=conn, join_transaction_mode="create_savepoint") as session:
        entry = SqlAuditTrail(session, context).append(action, "database", None, diff)
        session.commit()  # releases the savepoint only: the caller's transaction decides
    return entry
