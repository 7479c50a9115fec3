"""Backups for the UI: the permission checks (RELIABILITY §3.2: BACKUP, RESTORE) over a BackupStore."""

from __future__ import annotations

from domain.authz import Guard, Permission
from domain.backup_ports import BackupInfo, BackupStore, EncryptionReport
from domain.errors import ValidationFailed
from domain.passphrase import passphrase_errors


class BackupService:
    """Backup now, restore with validation, list the automatic backups; each checked by role."""

    def __init__(self, store: BackupStore, guard: Guard | None = None) -> None:
        self._store = store
        self._guard = guard  # None: a tool without users (everything allowed)

    def _require(self, permission: Permission) -> None:
        if self._guard is not None:
            self._guard.require(permission)

    def backup_now(self, out: str) -> BackupInfo:
        self._require(Permission.BACKUP)
        return self._store.backup_now(out)

    def restore(self, candidate: str) -> BackupInfo:
        """Replace the live database; afterwards the app must reopen it (AppContext.reopen)."""
        self._require(Permission.RESTORE)
        return self._store.restore(candidate)

    def list_backups(self) -> list[BackupInfo]:
        self._require(Permission.BACKUP)
        return self._store.list_backups()

    def latest_verified(self) -> BackupInfo | None:
        self._require(Permission.BACKUP)
        return self._store.latest_verified()

    def is_encrypted(self) -> bool:
        self._require(Permission.BACKUP)
        return self._store.is_encrypted()

    def plain_backups(self) -> int:
        self._require(Permission.BACKUP)
        return self._store.plain_backups()

    def encrypt(
        self, passphrase: str, confirm: str, *, remove_plain_backups: bool = True
    ) -> EncryptionReport:
        """Encrypt the live database (administrators: it replaces the live file, like a restore);
        afterwards the app must reopen it (AppContext.reopen). Raises ValidationFailed with the
        passphrase policy's errors before anything changes."""
        self._require(Permission.RESTORE)
        errors = passphrase_errors(passphrase, confirm)
        if errors:
            raise ValidationFailed(errors)
        return self._store.encrypt(passphrase, remove_plain_backups)

    def change_passphrase(self, current: str, new: str, confirm: str) -> tuple[int, int]:
        """A new passphrase for the encrypted database and its automatic backups
        (administrators); afterwards the app must reopen it. ValidationFailed: the policy's
        errors on the new one, before anything changes."""
        self._require(Permission.RESTORE)
        errors = passphrase_errors(new, confirm)
        if errors:
            raise ValidationFailed(errors)
        return self._store.change_passphrase(current, new)
