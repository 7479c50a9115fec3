"""Is this SQLite file a sound Tartip database? The checks every backup and restore candidate pass.

Order matters: the cheap header checks first (random bytes, a truncated copy), then SQLite's own
checks through a read-only connection, then the audit chain, the only check that sees content
changed inside sound pages (RELIABILITY.md finding 3). Each failure is a StorageError of its own
kind, so the user is told which of the five things is wrong (S5).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.cipher import SQLITE_HEADER, UNLOCKED, connect_file
from db.engine import APPLICATION_ID, HEAD_REVISION
from db.errors import DRIVER_ERRORS, describe
from domain.errors import StorageError, StorageErrorKind

__all__ = ["FileCheck", "check_file", "open_read_only"]

# Tables whose presence marks a Tartip file that predates the application id (db.engine).
_OWN_TABLES = frozenset({"alembic_version", "cases", "servants"})
# SQLCipher 4's page size: an encrypted file is always a whole number of them.
_CIPHER_PAGE = 4096
_AUDIT_COLUMNS = (
    "seq, ts_utc, actor_user_id, actor, actor_role, workstation_id, app_version, action, "
    "entity, entity_id, diff, reason, key_id, prev_hash, hash"
)


@dataclass(frozen=True)
class FileCheck:
    """What a file that passed every check holds."""

    revision: str
    audit: str  # "verified N entries", "empty", or why the chain could not be checked
    size: int


def open_read_only(path: Path, *, immutable: bool = False) -> Any:
    """A connection that cannot write to `path` (mode=ro), in autocommit. `immutable` also
    keeps SQLite from creating -wal/-shm beside it (and from reading a -wal).

    An encrypted file whose key was unlocked in this process (a backup carries the live file's
    salt) opens through SQLCipher with that key; anything else through sqlite3.
    """
    return connect_file(path, UNLOCKED.for_file(path), read_only=True, immutable=immutable)


def header_problem(path: Path) -> StorageError | None:
    """Random bytes, a truncated copy or an empty file, told from the first 100 bytes.

    An encrypted file has no readable header: with its key unlocked, only whole pages count.
    """
    size = path.stat().st_size
    if size and UNLOCKED.for_file(path) is not None:
        if size % _CIPHER_PAGE:
            return StorageError(
                StorageErrorKind.TRUNCATED, f"{path}: {size} bytes, not whole pages"
            )
        return None
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER[: min(len(header), len(SQLITE_HEADER))]) or not size:
        return StorageError(StorageErrorKind.NOT_A_DATABASE, f"{path}: no SQLite header")
    if len(header) < 100:
        return StorageError(StorageErrorKind.TRUNCATED, f"{path}: {size} bytes, header cut off")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The in-header page count is valid when the "version-valid-for" number equals the change
    # counter (https://sqlite.org/fileformat.html#in_header_database_size).
    if header[92:96] == header[24:28] and pages and size < pages * page_size:
        return StorageError(
            StorageErrorKind.TRUNCATED,
            f"{path}: {size} bytes, the header says {pages} pages of {page_size}",
        )
    return None


def check_file(
    path: str | os.PathLike[str],
    *,
    keys: Mapping[str, bytes] | None = None,
    known_revisions: frozenset[str] | None = None,
    immutable: bool = False,
) -> FileCheck:
    """Raise StorageError (NOT_A_DATABASE, TRUNCATED, OTHER_APPLICATION, NEWER_SCHEMA, CORRUPT,
    TAMPERED) unless `path` is a complete, intact Tartip database whose audit chain verifies.

    The file is only read. `keys` are the audit HMAC keys (key_id -> key); a chain keyed with a
    key not given is reported as unverifiable, not as tampered. `immutable`: see open_read_only.
    """
    target = Path(path)
    if not target.is_file():
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{target}: no such file")
    problem = header_problem(target)
    if problem is not None:
        raise problem
    try:
        con = open_read_only(target, immutable=immutable)
    except DRIVER_ERRORS as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, describe(exc)) from exc
    try:
        revision = _check_identity(con, known_revisions)
        _check_structure(con)
        audit = _check_audit(con, keys)
    except DRIVER_ERRORS as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        kind = StorageErrorKind.NOT_A_DATABASE if code == 26 else StorageErrorKind.CORRUPT
        raise StorageError(kind, describe(exc)) from exc
    finally:
        con.close()
    return FileCheck(revision=revision, audit=audit, size=target.stat().st_size)


def _check_identity(con: Any, known: frozenset[str] | None) -> str:
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if app_id != APPLICATION_ID and not (app_id == 0 and _OWN_TABLES <= tables):
        raise StorageError(
            StorageErrorKind.OTHER_APPLICATION,
            f"application_id={app_id:#x}, {len(tables)} tables",
        )
    if "alembic_version" not in tables:
        raise StorageError(StorageErrorKind.OTHER_APPLICATION, "no schema revision")
    revisions = sorted(str(r[0]) for r in con.execute("SELECT version_num FROM alembic_version"))
    if revisions == [HEAD_REVISION]:
        return HEAD_REVISION
    if known is None:
        from db.engine import known_revisions

        known = known_revisions()
    unknown = [r for r in revisions if r not in known]
    if unknown or len(revisions) != 1:
        raise StorageError(StorageErrorKind.NEWER_SCHEMA, f"revision {', '.join(revisions)}")
    return revisions[0]


def _check_structure(con: Any) -> None:
    problems = [str(row[0]) for row in con.execute("PRAGMA integrity_check(20)")]
    if problems != ["ok"]:
        raise StorageError(StorageErrorKind.CORRUPT, "; ".join(problems[:5]))
    if con.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise StorageError(StorageErrorKind.CORRUPT, "foreign_key_check failed")


def _check_audit(con: Any, keys: Mapping[str, bytes] | None) -> str:
    """Verify the hash chain when the audit module and table exist (they arrive with issue 6)."""
    try:
        from domain.audit import AuditEntry, ChainProblem, verify_chain
    except ImportError:
        return "not checked: this build has no audit chain"
    has_table = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='audit_log'"
    ).fetchone()
    if has_table is None:
        return "not checked: no audit_log table"
    cursor = con.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY seq")  # noqa: S608
    entries = (AuditEntry(*row) for row in cursor)
    verdict = verify_chain(entries, keys or {})
    if verdict.ok:
        return f"verified {verdict.count} entries" if verdict.count else "empty"
    if verdict.problem is ChainProblem.UNKNOWN_KEY:
        # Another workstation's key: the chain may well be sound; it cannot be shown here.
        return f"not checked: entry {verdict.first_bad_seq} is keyed with an unknown key"
    raise StorageError(
        StorageErrorKind.TAMPERED,
        f"audit chain: {verdict.problem} at seq {verdict.first_bad_seq}",
    )
