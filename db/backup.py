"""Backups through SQLite's online backup API only, checked before they count, and their rotation.

Copying a live database file is a documented way to corrupt it (RELIABILITY.md finding 4: 2 of 20
file copies malformed, 20 of 20 backup-API copies sound), so no code here copies a file: every
backup is `sqlite3.Connection.backup` from a connection on the live database, taken in one step
(one read snapshot: writers carry on in WAL mode, the copy holds no half-committed batch).

A backup is written to a temporary file in the target folder, switched to a rollback journal so
that it is one self-contained file, checked (db.backup_check), fsynced and only then renamed to
its name; a crash leaves either no backup or a complete one.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.backup_check import FileCheck, check_file, open_read_only
from db.cipher import UNLOCKED, CipherKey, connect_file
from db.errors import DRIVER_ERRORS, as_storage_error, describe
from domain.errors import StorageError, StorageErrorKind

if TYPE_CHECKING:
    from db.engine import Database

__all__ = [
    "BackupFile",
    "backup_name",
    "backup_to",
    "fsync_dir",
    "latest_verified",
    "list_backups",
    "rotate",
]

KINDS = ("daily", "exit", "manual")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>daily|exit|manual)-(?P<ts>\d{8}T\d{6}Z)(-\d+)?\.db$")
_TS = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupFile:
    """A backup on disk: where, which kind, when (UTC) and what its check found."""

    path: Path
    kind: str  # "daily", "exit" or "manual"
    created_utc: datetime
    size: int
    check: FileCheck | None = None  # set when the file was checked in this run


def backup_to(
    source: Database | str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    keys: Mapping[str, bytes] | None = None,
) -> FileCheck:
    """Back the live database up into `out` (replaced only once the copy has passed its checks).

    `source` is an open Database or the path of an SQLite file. Raises StorageError: the source's
    problem (LOCKED, CORRUPT, ...), the copy's failed check, or DISK_FULL / CANNOT_OPEN for `out`.
    """
    target = Path(out).expanduser().resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{target.parent}: {exc}") from exc
    with temporary_beside(target) as tmp, _source_connection(source) as (src, key):
        _copy_with_api(src, tmp, key)
        check = check_file(tmp, keys=keys)
        _fsync(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    return check


def copy_with_api(src: Any, dest: Path, key: CipherKey | None = None) -> None:
    """Write `src`'s database into the new file `dest` through the backup API, fsynced.

    An encrypted source (`key`: its key) needs a destination keyed the same: SQLCipher copies
    the encrypted pages as they are, so the backup is as unreadable without the key as the file.
    """
    _copy_with_api(src, dest, key)
    _fsync(dest)


def _copy_with_api(src: Any, dest: Path, key: CipherKey | None) -> None:
    try:
        dst = connect_file(dest, key)
    except DRIVER_ERRORS as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, describe(exc)) from exc
    try:
        src.backup(dst)  # pages=-1: the whole database under one read snapshot
        # The copy inherits the source's WAL flag; a backup is one file, so a rollback journal.
        dst.execute("PRAGMA journal_mode=DELETE")
    except DRIVER_ERRORS as exc:
        raise as_storage_error(exc) or StorageError(
            StorageErrorKind.CANNOT_OPEN, describe(exc)
        ) from exc
    finally:
        dst.close()


@contextmanager
def _source_connection(
    source: Database | str | os.PathLike[str],
) -> Iterator[tuple[Any, CipherKey | None]]:
    """A driver connection on the live database (pooled from its reader, or a read-only one)
    and the file's key when it is encrypted."""
    path = getattr(source, "path", None)
    engine = getattr(source, "reader", None)
    if engine is not None:
        if path is None:
            raise StorageError(StorageErrorKind.CANNOT_OPEN, "only an SQLite file can be copied")
        raw = engine.raw_connection()
        try:
            yield raw.driver_connection, getattr(source, "cipher", None)
        finally:
            raw.close()
        return
    file = Path(os.fspath(source))  # type: ignore[arg-type]
    if not file.is_file():
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{file}: no such file")
    try:
        con = open_read_only(file)
    except DRIVER_ERRORS as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, describe(exc)) from exc
    try:
        yield con, UNLOCKED.for_file(file)
    finally:
        con.close()


@contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """A new empty file name in `target`'s folder (same file system: the rename is atomic),
    removed on the way out unless it was renamed."""
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{target.parent}: {exc}") from exc
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()  # sqlite3 creates it; an empty file would be a valid empty database anyway
    try:
        yield tmp
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with suppress(FileNotFoundError):
                leftover.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- rotation --------------------------------------------------------------------------------


def backup_name(db_path: Path, kind: str, now: datetime, folder: Path) -> Path:
    """`<stem>-<kind>-<UTC timestamp>.db` in `folder`, with a counter if the second is taken."""
    stamp = now.astimezone(UTC).strftime(_TS)
    candidate = folder / f"{db_path.stem}-{kind}-{stamp}.db"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{db_path.stem}-{kind}-{stamp}-{n}.db"
    return candidate


def list_backups(folder: str | os.PathLike[str], stem: str | None = None) -> list[BackupFile]:
    """The backups in `folder` (of the database named `stem`, if given), newest first."""
    root = Path(folder)
    found: list[BackupFile] = []
    if not root.is_dir():
        return found
    for entry in root.iterdir():
        match = _NAME.match(entry.name)
        if match is None or (stem is not None and match["stem"] != stem) or not entry.is_file():
            continue
        created = datetime.strptime(match["ts"], _TS).replace(tzinfo=UTC)
        found.append(BackupFile(entry, match["kind"], created, entry.stat().st_size))
    found.sort(key=lambda b: (b.created_utc, b.path.name), reverse=True)
    return found


def latest_verified(
    folder: str | os.PathLike[str],
    stem: str | None = None,
    *,
    keys: Mapping[str, bytes] | None = None,
) -> BackupFile | None:
    """The newest backup that passes every check now (files rot too), or None."""
    for backup in list_backups(folder, stem):
        try:
            check = check_file(backup.path, keys=keys)
        except StorageError:
            continue
        return BackupFile(backup.path, backup.kind, backup.created_utc, backup.size, check)
    return None


def rotate(
    db_path: str | os.PathLike[str],
    folder: str | os.PathLike[str],
    keep_daily: int = 7,
    keep_exit: int = 5,
    *,
    on_exit: bool = True,
    source: Database | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    keys: Mapping[str, bytes] | None = None,
) -> list[BackupFile]:
    """The automatic backups: one per exit (`on_exit`) and at most one per UTC day; keeps the
    newest `keep_exit` exit and `keep_daily` daily ones (manual backups are never removed).

    The composition root calls it on exit (and at start with on_exit=False for the daily one).
    `source` is the open Database, if any; else the file is read through a read-only connection.
    Returns the backups made.
    """
    live = Path(db_path)
    root = Path(folder)
    moment = now()
    made: list[BackupFile] = []
    existing = list_backups(root, live.stem)
    kinds: list[str] = ["exit"] if on_exit else []
    today = moment.astimezone(UTC).date()
    if not any(b.kind == "daily" and b.created_utc.date() == today for b in existing):
        kinds.append("daily")
    for kind in kinds:
        target = backup_name(live, kind, moment, root) if root.is_dir() else None
        if target is None:
            root.mkdir(parents=True, exist_ok=True)
            target = backup_name(live, kind, moment, root)
        check = backup_to(source if source is not None else live, target, keys=keys)
        made.append(BackupFile(target, kind, moment.astimezone(UTC), check.size, check))
    _prune(root, live.stem, {"daily": keep_daily, "exit": keep_exit})
    return made


def _prune(root: Path, stem: str, keep: Mapping[str, int]) -> None:
    backups = list_backups(root, stem)
    for kind, count in keep.items():
        for old in [b for b in backups if b.kind == kind][max(count, 0) :]:
            with suppress(FileNotFoundError):
                old.path.unlink()
