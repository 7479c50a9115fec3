"""The BackupStore and DamagedDatabase ports (domain/ports.py) over db.backup, db.restore and
db.recovery, for the composition root to hand to the UI."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from db.backup import BackupFile, backup_to, latest_verified, list_backups
from db.backup_check import FileCheck
from db.cipher import is_encrypted
from db.encrypt import change_passphrase, encrypt_live, plain_backups
from db.recovery import Problem, diagnose, export_readable, restore_latest, technical_report
from db.restore import reopen_as, restore
from domain.backup_ports import BackupInfo, DamageReport, EncryptionReport
from domain.errors import StorageError

if TYPE_CHECKING:
    from db.engine import Database


BACKUP_ACTION = "database.backup"  # a backup made by hand (the automatic ones are routine)


def _info(backup: BackupFile) -> BackupInfo:
    audit = backup.check.audit if backup.check is not None else ""
    return BackupInfo(str(backup.path), backup.kind, backup.created_utc, backup.size, audit)


def _checked(path: Path, kind: str, check: FileCheck) -> BackupInfo:
    from datetime import UTC, datetime

    return BackupInfo(str(path), kind, datetime.now(UTC), check.size, check.audit)


class SqliteBackupStore:
    """Backups of one open SQLite Database into `folder`; `restore` closes it (the app reopens).

    `opener` reopens the restored file as the composition root does (actor, audit key), so the
    restore is audited with the installation's key.
    """

    def __init__(
        self,
        database: Database,
        folder: str | os.PathLike[str],
        *,
        keys: Mapping[str, bytes] | None = None,
        opener: Callable[[Path], Database] | None = None,
        config_dir: Path | None = None,
    ) -> None:
        if database.path is None:
            raise ValueError("backups through the backup API need an SQLite file")
        self._database = database
        self._live = database.path
        self.folder = Path(folder)
        self._keys = keys
        self._opener = opener
        self._config_dir = config_dir  # where the audit checkpoint is remembered (db.restore)

    def backup_now(self, out: str) -> BackupInfo:
        check = backup_to(self._database, out, keys=self._keys)
        with self._database.uow() as uow:  # after the copy: the entry says it exists
            uow.audit.append(
                BACKUP_ACTION,
                "database",
                None,
                {"file": Path(out).name, "size": check.size, "audit": check.audit},
            )
            uow.commit()
        return _checked(Path(out), "manual", check)

    def restore(self, candidate: str) -> BackupInfo:
        result = restore(
            candidate,
            self._live,
            database=self._database,
            keys=self._keys,
            opener=self._opener,
            config_dir=self._config_dir,
        )
        if result.database is not None:
            result.database.dispose()  # the app reopens through its own context
        return _checked(result.source, "manual", result.check)

    def list_backups(self) -> list[BackupInfo]:
        return [_info(b) for b in list_backups(self.folder, self._live.stem)]

    def latest_verified(self) -> BackupInfo | None:
        found = latest_verified(self.folder, self._live.stem, keys=self._keys)
        return _info(found) if found is not None else None

    def is_encrypted(self) -> bool:
        return is_encrypted(self._live)

    def plain_backups(self) -> int:
        return len(plain_backups(self.folder, self._live.stem))

    def encrypt(self, passphrase: str, remove_plain_backups: bool) -> EncryptionReport:
        old = self._database
        done = encrypt_live(
            self._live,
            passphrase,
            self.folder,
            lambda path: reopen_as(path, old, self._opener),
            database=old,
            remove_plain_backups=remove_plain_backups,
        )
        return EncryptionReport(str(done.backup), len(done.removed), len(done.kept))

    def change_passphrase(self, current: str, new: str) -> tuple[int, int]:
        old = self._database
        done = change_passphrase(
            self._live,
            current,
            new,
            self.folder,
            lambda path: reopen_as(path, old, self._opener),
            database=old,
        )
        return len(done.backups), len(done.left)


class DamagedSqliteFile:
    """A damaged SQLite file as the recovery dialog sees it; nothing here writes to it."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        problem: StorageError,
        backups_folder: str | os.PathLike[str],
        *,
        keys: Mapping[str, bytes] | None = None,
        config_dir: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.backups_folder = Path(backups_folder)
        self._keys = keys
        self._config_dir = config_dir
        self._problem = problem
        self.report = DamageReport(
            Problem.of(problem.kind), problem.kind.value, problem.detail, str(self.path)
        )
        self.moved_to: Path | None = None  # where restore_latest put the damaged file

    @classmethod
    def diagnose(
        cls,
        path: str | os.PathLike[str],
        backups_folder: str | os.PathLike[str],
        *,
        keys: Mapping[str, bytes] | None = None,
    ) -> DamagedSqliteFile | None:
        """The damaged file's recovery, or None when every check (audit chain included) passes."""
        problem = diagnose(path, keys=keys)
        return None if problem is None else cls(path, problem, backups_folder, keys=keys)

    def latest_verified(self) -> BackupInfo | None:
        found = latest_verified(self.backups_folder, self.path.stem, keys=self._keys)
        return _info(found) if found is not None else None

    def restore_latest(self) -> BackupInfo:
        result, self.moved_to = restore_latest(
            self.path,
            self.backups_folder,
            keys=self._keys,
            reopen=False,
            config_dir=self._config_dir,
        )
        return _checked(result.source, "restored", result.check)

    def export_readable(self, folder: str) -> tuple[int, int]:
        summary = export_readable(self.path, folder)
        return sum(summary.rows.values()), len(summary.skipped)

    def technical_report(self) -> str:
        return technical_report(self.path, self._problem, backups_folder=self.backups_folder)
