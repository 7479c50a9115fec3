"""Backups for the UI: the permission checks (RELIABILITY §3.2: BACKUP, RESTORE) over a BackupStore."""

from __future__ import annotations

from domain.authz import Guard, Permission
from domain.backup_ports import BackupInfo, BackupStore


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
