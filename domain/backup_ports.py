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
