"""What the desktop app does when its database does not open: ask for the passphrase of an
encrypted file, or offer recovery for a damaged one. Only dialogs here; main.py retries the open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from domain.errors import StorageError, StorageErrorKind

# A file that is damaged in one of these ways gets the recovery dialog.
_DAMAGED = {StorageErrorKind.CORRUPT, StorageErrorKind.TRUNCATED, StorageErrorKind.TAMPERED}


def start_problem_solved(
    path: Path,
    problem: StorageError,
    audit_key: Path,
    backup_folder: Callable[[Path], Path],
) -> bool:
    """True when the user did what lets the open be tried again: gave the right passphrase, or
    restored a verified backup (the damaged file is kept aside, never written). Otherwise the
    problem has been shown and the app should quit."""
    from ui.prompts import Prompts

    if problem.kind is StorageErrorKind.KEY_REQUIRED:
        answer = _unlocked(Path(problem.detail or path))
        if not isinstance(answer, StorageError):
            return answer
        problem = answer  # the right passphrase on a damaged file: on to the recovery
    damaged = set(_DAMAGED)
    # A file that is not SQLite at all is usually the wrong file, unless it has backups beside it
    # (then it is our database with its header overwritten).
    if problem.kind is StorageErrorKind.NOT_A_DATABASE and backup_folder(path).is_dir():
        damaged.add(StorageErrorKind.NOT_A_DATABASE)
    if problem.kind not in damaged or not path.is_file():
        Prompts().storage_error(problem)
        return False
    return _recovered(path, problem, audit_key, backup_folder(path))


def _unlocked(path: Path) -> bool | StorageError:
    """True once unlocked; False when the user quit; the CORRUPT problem when the passphrase
    was right but the file is damaged (its key is then unlocked for the backups)."""
    from db.cipher import unlock
    from ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(str(path), lambda passphrase: unlock(path, passphrase))
    if dialog.exec() == UnlockDialog.DialogCode.Accepted:
        return True
    problem = dialog.problem
    if problem is not None and problem.kind is StorageErrorKind.CORRUPT:
        return problem
    return False


def _recovered(path: Path, problem: StorageError, audit_key: Path, backups: Path) -> bool:
    from db.audit_key import keyring_for, load_or_create_key
    from db.backup_store import DamagedSqliteFile
    from ui.prompts import Prompts
    from ui.recovery_dialog import Outcome, RecoveryDialog

    keys = keyring_for(load_or_create_key(audit_key))
    damaged = DamagedSqliteFile(path, problem, backups, keys=keys, config_dir=audit_key.parent)
    dialog = RecoveryDialog(damaged, Prompts())
    dialog.exec()
    return dialog.outcome is Outcome.RESTORED
