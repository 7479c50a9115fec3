"""Build audit chains fast for the tests and the bench: computed rows, inserted in bulk."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from domain.audit import GENESIS, AuditEntry, canonical_json, entry_hash, format_ts, key_id_for

COLUMNS = tuple(AuditEntry.__dataclass_fields__)
# Built once from the dataclass's own field names (no user text): S608 does not apply.
_INSERT = f"INSERT INTO audit_log ({','.join(COLUMNS)}) VALUES ({','.join('?' * len(COLUMNS))})"  # noqa: S608


def make_chain(
    n: int, key: bytes | None, *, start: int = 1, prev: str = GENESIS
) -> list[AuditEntry]:
    """`n` valid entries continuing from (start - 1, prev)."""
    out: list[AuditEntry] = []
    t0 = datetime(2026, 1, 5, 4, 0, tzinfo=UTC)
    kid = key_id_for(key)
    for seq in range(start, start + n):
        draft = AuditEntry(
            seq=seq,
            ts_utc=format_ts(t0 + timedelta(seconds=seq)),
            actor_user_id=seq % 5 + 1,
            actor=f"user{seq % 5}",
            actor_role="hr_officer",
            workstation_id="WS-1",
            app_version="0.1.0",
            action="case.updated" if seq % 3 else "case.created",
            entity="case",
            entity_id=str(seq % 997),
            diff=canonical_json({"status": ["registered", "decided"], "n": [seq - 1, seq]}),
            reason="",
            key_id=kid,
            prev_hash=prev,
            hash="",
        )
        entry = replace(draft, hash=entry_hash(draft, key))
        out.append(entry)
        prev = entry.hash
    return out


def recompute(entries: list[AuditEntry], key: bytes | None, from_index: int) -> list[AuditEntry]:
    """An attacker's rewrite from one index on: each row rehashed and relinked (with `key`,
    or plain SHA-256 when None)."""
    out = entries[:from_index]
    prev = out[-1].hash if out else GENESIS
    for e in entries[from_index:]:
        draft = replace(e, prev_hash=prev, key_id=key_id_for(key), hash="")
        e2 = replace(draft, hash=entry_hash(draft, key))
        out.append(e2)
        prev = e2.hash
    return out


def replace_all_rows(db_file: Path, entries: list[AuditEntry]) -> None:
    """A full rewrite of the trail in the file: every row deleted, `entries` inserted."""
    tamper(db_file, ("DELETE FROM audit_log", ()))
    insert_rows(db_file, entries)


def insert_rows(db_file: Path, entries: list[AuditEntry]) -> None:
    """Append rows straight into the file (INSERT is allowed; the triggers guard UPDATE/DELETE)."""
    con = sqlite3.connect(db_file)
    try:
        with con:
            con.executemany(
                _INSERT,
                [tuple(getattr(e, c) for c in COLUMNS) for e in entries],
            )
    finally:
        con.close()


def tamper(db_file: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """What someone with the file does: drop the guards, then edit."""
    con = sqlite3.connect(db_file)
    try:
        with con:
            con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
            con.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
            for sql, params in statements:
                con.execute(sql, params)
    finally:
        con.close()
