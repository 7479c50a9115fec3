"""Restoring a backup over the live database: validate first, touch the live file only at the end.

The candidate is only ever read. It is checked (db.backup_check: header, truncation, application
id, schema revision, integrity, foreign keys, audit chain), then written through the backup API
into a temporary file beside the live one and checked again there (what gets renamed is exactly
what was checked). Only then are the live database's connections closed, the temporary file
renamed over it and its stale -wal/-shm removed, so a refusal at any step leaves the live
database byte for byte as it was (S5). The reopened database records the restore in its audit
trail.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.audit_checkpoint import set_aside_after_restore
from db.backup import copy_with_api, fsync_dir, temporary_beside
from db.backup_check import FileCheck, check_file, open_read_only
from db.cipher import UNLOCKED, ensure_key_file
from domain.errors import StorageError, StorageErrorKind

if TYPE_CHECKING:
    from db.engine import Database

__all__ = ["RESTORE_ACTION", "Restored", "reopen_as", "restore", "validate_candidate"]

RESTORE_ACTION = "database.restore"


@dataclass(frozen=True)
class Restored:
    """The outcome of a restore: the reopened database (None if not asked for) and the check."""

    database: Database | None
    check: FileCheck
    source: Path


def validate_candidate(
    candidate: str | os.PathLike[str], *, keys: Mapping[str, bytes] | None = None
) -> FileCheck:
    """Raise a classified StorageError unless `candidate` may replace a live database."""
    return check_file(candidate, keys=keys)


def restore(
    candidate: str | os.PathLike[str],
    live_path: str | os.PathLike[str],
    *,
    database: Database | None = None,
    keys: Mapping[str, bytes] | None = None,
    reopen: bool = True,
    opener: Callable[[Path], Database] | None = None,
    config_dir: Path | None = None,
) -> Restored:
    """Replace the database at `live_path` by the backup `candidate`.

    `database` is the live Database, if one is open: all its connections are closed before the
    rename (the caller must use the returned one afterwards). Raises StorageError with the
    candidate's problem; the live file is then untouched. With `reopen`, the result holds the
    reopened (and, for an older backup, migrated) database with the restore audited.
    The audit anchor and the checkpoint remembered in `config_dir` describe the replaced trail:
    they are set aside, and the restore's audit entry records what they said.
    """
    source = Path(candidate).expanduser().resolve()
    live = Path(live_path).expanduser().resolve()
    if source == live:
        raise StorageError(
            StorageErrorKind.CANNOT_OPEN, "a database cannot be restored onto itself"
        )
    validate_candidate(source, keys=keys)
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{live.parent}: {exc}") from exc
    with temporary_beside(live) as tmp:
        key = UNLOCKED.for_file(source)
        con = open_read_only(source)
        try:
            copy_with_api(con, tmp, key)
        finally:
            con.close()
        check = check_file(tmp, keys=keys)  # the bytes that will be renamed, checked again
        if database is not None:
            database.dispose()  # no connection may still point at the old inode
        _remove_sidecars(live)
        if key is not None:
            ensure_key_file(live, key)  # before the rename: an encrypted file never sits keyless
        os.replace(tmp, live)
        fsync_dir(live.parent)
    replaced = set_aside_after_restore(live, config_dir)
    if not reopen:
        return Restored(None, check, source)
    reopened = reopen_as(live, database, opener)
    _audit(reopened, source, check, replaced)
    return Restored(reopened, check, source)


def _remove_sidecars(live: Path) -> None:
    """Drop the old database's -wal/-shm/-journal: replayed onto the new file they would corrupt
    it. The connections are closed by now, so SQLite has checkpointed what they held."""
    for suffix in ("-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(f"{live}{suffix}").unlink()


def reopen_as(
    live: Path, old: Database | None, opener: Callable[[Path], Database] | None
) -> Database:
    """Open the replaced file at `live`, acting as the same user (and audit key) as `old`."""
    if opener is None:
        from db.engine import open_database

        opener = open_database
    reopened = opener(live)
    actor = getattr(old, "actor", None)
    if actor is not None and hasattr(reopened, "actor"):
        reopened.actor = actor  # the same user goes on working in the restored database
    return reopened


def _audit(database: Database, source: Path, check: FileCheck, replaced: dict[str, object]) -> None:
    """Record the restore in the restored database's own trail (when this build has one)."""
    with database.uow() as uow:
        trail = getattr(uow, "audit", None)
        if trail is None:
            return
        trail.append(
            RESTORE_ACTION,
            "database",
            None,
            {
                "from": source.name,
                "revision": check.revision,
                "audit": check.audit,
                "replaced": replaced,
            },
        )
        uow.commit()
