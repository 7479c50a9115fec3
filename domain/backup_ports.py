"""The ports of backups and recovery (RELIABILITY S4-S6): what the UI may ask of db.backup_store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of an SQLite database (db.backup): kind "daily", "exit" or "manual"."""

    path: str
    kind: str
    created_utc: datetime
    size: int
    audit: str = ""  # what the check said of the audit chain ("verified 12 entries", ...)


@dataclass(frozen=True)
class EncryptionReport:
    """What encrypting the live file did: the new encrypted backup and the plain ones deleted."""

    backup: str
    removed_plain_backups: int
    kept_plain_backups: int


class BackupStore(Protocol):
    """Backups of the open SQLite file (db.backup_store.SqliteBackupStore).

    Every method raises domain.errors.StorageError with a specific kind when a file is refused;
    a refused restore leaves the live database untouched.
    """

    def backup_now(self, out: str) -> BackupInfo: ...

    def restore(self, candidate: str) -> BackupInfo:
        """Replace the live database by `candidate` after checking it; the caller reopens."""
        ...

    def list_backups(self) -> list[BackupInfo]:
        """The automatic backups, newest first."""
        ...

    def latest_verified(self) -> BackupInfo | None: ...

    def is_encrypted(self) -> bool:
        """Whether the live file is encrypted (SQLCipher)."""
        ...

    def plain_backups(self) -> int:
        """How many automatic backups are not encrypted (all of them, for a plain file)."""
        ...

    def change_passphrase(self, current: str, new: str) -> tuple[int, int]:
        """Re-encrypt the live file (closing it: the caller reopens) and its backups for `new`;
        (backups re-encrypted, backups left). StorageError WRONG_PASSWORD: nothing changed."""
        ...

    def encrypt(self, passphrase: str, remove_plain_backups: bool) -> EncryptionReport:
        """Encrypt the live file in place (closing it: the caller reopens), audit it in the
        encrypted file, make an encrypted backup, and delete the plain backups if asked."""
        ...


@dataclass(frozen=True)
class DamageReport:
    """A database that failed its start-up checks (problem: "not_a_database", "structural",
    "tampered"; kind: the StorageErrorKind value) and where it is."""

    problem: str
    kind: str
    detail: str
    path: str


class DamagedDatabase(Protocol):
    """What the recovery dialog may do with a damaged database (db.recovery); never writes it."""

    report: DamageReport

    def latest_verified(self) -> BackupInfo | None: ...

    def restore_latest(self) -> BackupInfo:
        """Move the damaged file aside (unchanged) and restore the newest verified backup."""
        ...

    def export_readable(self, folder: str) -> tuple[int, int]:
        """Readable rows to CSV files in `folder`: (rows written, tables or parts skipped)."""
        ...

    def technical_report(self) -> str: ...
