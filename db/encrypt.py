"""Turning a plain database file into an encrypted one, in place and crash-safe.

SQLCipher's `sqlcipher_export` writes every table, index, trigger and row of the plain file into
a new keyed file beside it. That copy is checked (integrity, the same row counts, the schema
revision) before anything else moves; then the key file is written and the copy renamed over the
plain file. A crash before the rename leaves the plain database as it was (a stray key file
beside a plain file is ignored, see db.cipher.is_encrypted); after it, the encrypted one.

What encryption cannot reach is said to the user instead: blocks of the old plain file the file
system has not reused yet, plain backups made before (the caller deletes the managed ones), the
attachment folder, and PDFs printed from the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.backup import fsync_dir, temporary_beside
from db.cipher import (
    DEFAULT_KDF,
    UNLOCKED,
    CipherKey,
    KeyFile,
    Keyring,
    connect_file,
    create_key,
    derive,
    driver_module,
    has_plain_header,
    is_encrypted,
    key_file_path,
    read_key_file,
    rekey_file,
    salt_of,
    unlock,
    write_key_file,
)
from db.errors import DRIVER_ERRORS, as_storage_error, describe
from domain.errors import StorageError, StorageErrorKind

if TYPE_CHECKING:
    from db.engine import Database

__all__ = [
    "ENCRYPT_ACTION",
    "REKEY_ACTION",
    "Encrypted",
    "EncryptedLive",
    "Rekeyed",
    "change_passphrase",
    "encrypt_file",
    "encrypt_live",
]

ENCRYPT_ACTION = "database.encrypt"
REKEY_ACTION = "database.passphrase_changed"

# Tables compared row for row between the plain file and its encrypted copy.
_COUNTED = ("cases", "servants", "audit_log", "users")


@dataclass(frozen=True)
class Encrypted:
    """What `encrypt_file` did: the key file written and the rows carried over."""

    path: Path
    key_file: Path
    rows: dict[str, int]
    key: CipherKey


def encrypt_file(path: Path, passphrase: str, *, keyring: Keyring = UNLOCKED) -> Encrypted:
    """Encrypt the plain database at `path` with a key from `passphrase`, in place.

    No connection to `path` may be open (close the Database first). Raises StorageError: LOCKED
    (another program has it open), NOT_A_DATABASE (already encrypted, or not SQLite), CORRUPT
    (the copy failed its checks; the plain file is untouched), DISK_FULL, CANNOT_OPEN.
    """
    path = path.resolve()
    if is_encrypted(path):
        raise StorageError(StorageErrorKind.NOT_A_DATABASE, f"{path} is already encrypted")
    if not has_plain_header(path):
        raise StorageError(StorageErrorKind.NOT_A_DATABASE, f"{path}: no SQLite header")
    key, key_file = create_key(passphrase)
    with temporary_beside(path) as tmp:
        with _exclusive(path) as plain:
            rows = _counts(plain)
            try:
                plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{_hex(key)}'\"", (str(tmp),))
                plain.execute("SELECT sqlcipher_export('encrypted')")
                for pragma in ("user_version", "application_id"):
                    value = int(plain.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                    plain.execute(f"PRAGMA encrypted.{pragma}={value:d}")
                plain.execute("COMMIT")
                plain.execute("DETACH DATABASE encrypted")
            except DRIVER_ERRORS as exc:
                raise as_storage_error(exc) or StorageError(
                    StorageErrorKind.CANNOT_OPEN, describe(exc)
                ) from exc
            stamp = _change_stamp(path)
        _check_copy(tmp, key, rows)
        # The lock had to go before the rename (Windows renames no open file): a write that
        # slipped in since would be lost in the copy, so it cancels the encryption instead.
        if _change_stamp(path) != stamp:
            raise StorageError(StorageErrorKind.LOCKED, f"{path} changed during encryption")
        written = write_key_file(path, key_file)
        os.replace(tmp, path)
    for suffix in ("-wal", "-shm"):
        with suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
    fsync_dir(path.parent)
    keyring.add(key)
    return Encrypted(path, written, rows, key)


def _change_stamp(path: Path) -> tuple[bytes, int]:
    """The header's file change counter and the size of any -wal: a commit moves one of them."""
    with path.open("rb") as f:
        counter = f.read(28)[24:28]
    wal = Path(f"{path}-wal")
    return counter, wal.stat().st_size if wal.exists() else 0


def _hex(key: CipherKey) -> str:
    return key.key.hex() + key.salt.hex()


@contextmanager
def _exclusive(path: Path) -> Iterator[Any]:
    """The plain file opened through SQLCipher's driver (it reads plain files too, and only it
    has `sqlcipher_export`) under an exclusive lock, with its WAL folded in first."""
    if not path.is_file():
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{path}: no such file")
    try:
        con = driver_module().connect(str(path), isolation_level=None, timeout=5.0)
    except DRIVER_ERRORS as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, describe(exc)) from exc
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("BEGIN EXCLUSIVE")
        yield con
    except DRIVER_ERRORS as exc:
        raise as_storage_error(exc) or StorageError(
            StorageErrorKind.CANNOT_OPEN, describe(exc)
        ) from exc
    finally:
        con.close()


def _counts(con: Any) -> dict[str, int]:
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        table: int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608  fixed names
        for table in _COUNTED
        if table in tables
    }


def _check_copy(tmp: Path, key: CipherKey, expected: dict[str, int]) -> None:
    try:
        con = connect_file(tmp, key)
    except DRIVER_ERRORS as exc:
        raise StorageError(StorageErrorKind.CORRUPT, describe(exc)) from exc
    try:
        problems = [str(r[0]) for r in con.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise StorageError(StorageErrorKind.CORRUPT, "; ".join(problems))
        rows = _counts(con)
        if rows != expected:
            raise StorageError(StorageErrorKind.CORRUPT, f"copied {rows}, expected {expected}")
        con.execute("PRAGMA journal_mode=DELETE")
    except DRIVER_ERRORS as exc:
        raise StorageError(StorageErrorKind.CORRUPT, describe(exc)) from exc
    finally:
        con.close()
    with tmp.open("rb") as f:
        os.fsync(f.fileno())


@dataclass(frozen=True)
class EncryptedLive:
    """`encrypt_live`'s result: the file's encryption, its first encrypted backup, and the plain
    automatic backups deleted or kept."""

    encrypted: Encrypted
    backup: Path
    removed: list[str]
    kept: list[str]


def plain_backups(folder: Path, stem: str) -> list[Path]:
    """The backups of `stem` in `folder` that are not encrypted (readable by anyone)."""
    from db.backup import list_backups

    return [b.path for b in list_backups(folder, stem) if has_plain_header(b.path)]


def encrypt_live(
    path: Path,
    passphrase: str,
    backups: Path,
    reopen: Callable[[Path], Database],
    *,
    database: Database | None = None,
    remove_plain_backups: bool = True,
) -> EncryptedLive:
    """Encrypt the live database at `path` and put its backups in order.

    `database` (if open) is closed first; `reopen` opens the encrypted file as the app does (the
    audit key and actor), to record `database.encrypt` in its trail and take an encrypted
    manual backup into `backups`. Then the plain backups there are deleted unless asked to keep
    them (they would still hold every name and IIN in clear).
    """
    from datetime import UTC, datetime

    from db.backup import backup_name, backup_to

    if database is not None:
        database.dispose()
    done = encrypt_file(path, passphrase)
    plain = plain_backups(backups, path.stem)
    backups.mkdir(parents=True, exist_ok=True)
    fresh = backup_name(path, "manual", datetime.now(UTC), backups)
    reopened = reopen(path)
    try:
        with reopened.uow() as uow:
            uow.audit.append(
                ENCRYPT_ACTION,
                "database",
                None,
                {
                    "cipher": "sqlcipher4",
                    "plain_backups_removed": len(plain) * remove_plain_backups,
                },
            )
            uow.commit()
        backup_to(reopened, fresh)
    finally:
        reopened.dispose()
    removed: list[str] = []
    if remove_plain_backups:
        for old in plain:
            old.unlink(missing_ok=True)
            removed.append(old.name)
    kept = [] if remove_plain_backups else [p.name for p in plain]
    return EncryptedLive(done, fresh, removed, kept)


@dataclass(frozen=True)
class Rekeyed:
    """`change_passphrase`'s result: the automatic backups re-encrypted for the new passphrase,
    and those left as they were (another salt or unreadable: they keep their own)."""

    backups: list[str]
    left: list[str]


def change_passphrase(
    path: Path,
    current: str,
    new: str,
    backups: Path,
    reopen: Callable[[Path], Database],
    *,
    database: Database | None = None,
    keyring: Keyring = UNLOCKED,
) -> Rekeyed:
    """Re-encrypt the database at `path` and its automatic backups for the `new` passphrase.

    `current` must unlock it (StorageError WRONG_PASSWORD otherwise, nothing changed). The open
    `database` is closed first (the caller reopens); `reopen` opens the file as the app does, to
    record the change in its trail. Backups are re-encrypted too, so that a restore never needs
    a passphrase nobody should know any more; backups kept elsewhere keep the old one.
    """
    from db.backup import list_backups

    path = path.resolve()
    old = unlock(path, current, keyring=Keyring())
    stored = read_key_file(key_file_path(path))
    kdf = stored.kdf if stored is not None else DEFAULT_KDF
    fresh = CipherKey(derive(new, old.salt, kdf), old.salt)
    if database is not None:
        database.dispose()
    rekey_file(path, old, fresh)
    write_key_file(path, KeyFile.for_key(fresh, kdf))
    keyring.add(fresh)
    done: list[str] = []
    left: list[str] = []
    for backup in list_backups(backups, path.stem):
        if salt_of(backup.path) != old.salt:
            left.append(backup.path.name)
            continue
        try:
            rekey_file(backup.path, old, fresh)
        except StorageError:
            left.append(backup.path.name)
        else:
            done.append(backup.path.name)
    reopened = reopen(path)
    try:
        with reopened.uow() as uow:  # never the passphrases: what was re-encrypted
            diff = {"backups_rekeyed": len(done), "backups_left": len(left)}
            uow.audit.append(REKEY_ACTION, "database", None, diff)
            uow.commit()
    finally:
        reopened.dispose()
    return Rekeyed(done, left)
