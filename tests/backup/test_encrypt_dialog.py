"""Settings → Backups… → Encrypt the database…: refusals at their fields, then the live file,
its backups and the role check (S18, S14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backup_helpers import fill
from PySide6.QtCore import QTimer

from db.backup import rotate
from db.backup_store import SqliteBackupStore
from db.cipher import UNLOCKED, is_encrypted
from db.engine import open_database
from domain.audit import AuditFilter
from domain.authz import Guard, Role, User
from domain.backup_service import BackupService
from domain.errors import PermissionDenied
from tests.ui.fakes import FakePrompts
from ui.backup_dialog import BackupDialog
from ui.encrypt_dialog import EncryptDialog

pytestmark = pytest.mark.gui
PASSPHRASE = "Түркістан облысы 2026 кілт"


@pytest.fixture(autouse=True)
def _forget_keys() -> Iterator[None]:
    yield
    UNLOCKED.forget()


def _service(tmp_path: Path, role: Role = Role.ADMIN) -> tuple[BackupService, Path]:
    live = tmp_path / "live" / "tartip.db"
    database = open_database(live)
    fill(database)
    rotate(live, live.parent / "backups", source=database)  # two plain backups
    store = SqliteBackupStore(database, live.parent / "backups")
    return BackupService(store, Guard(User(1, "root", "Admin", role, None, True, None))), live


def test_the_passphrase_is_refused_at_its_field_and_nothing_changes(
    qtbot: Any, tmp_path: Path
) -> None:
    service, live = _service(tmp_path)
    dialog = EncryptDialog(service, FakePrompts())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remove_plain.isVisible() and "2" in dialog.remove_plain.text()
    dialog.passphrase.setText("қысқа")
    dialog.confirm.setText("қысқа")
    assert not dialog.encrypt()
    assert "at least 12" in dialog.passphrase_error.text() and dialog.passphrase_error.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE + "x")
    assert not dialog.encrypt()
    assert "differ" in dialog.confirm_error.text() and not dialog.passphrase_error.isVisible()
    assert not is_encrypted(live)


def test_encrypting_from_the_backup_dialog_encrypts_and_cleans_the_backups(
    qtbot: Any, tmp_path: Path
) -> None:
    service, live = _service(tmp_path)
    prompts = FakePrompts()
    dialog = BackupDialog(service, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert "off" in dialog.encryption.text()

    def type_and_accept() -> None:
        child = dialog.findChild(EncryptDialog)
        assert child is not None
        child.passphrase.setText(PASSPHRASE)
        child.confirm.setText(PASSPHRASE)
        child.encrypt()

    QTimer.singleShot(0, type_and_accept)
    with qtbot.waitSignal(dialog.encrypted) as emitted:
        dialog.encrypt()
    report = emitted.args[0]
    assert report.removed_plain_backups == 2 and report.kept_plain_backups == 0
    assert is_encrypted(live)
    backups = sorted((live.parent / "backups").glob("*.db"))
    assert [b.name for b in backups] == [Path(report.backup).name]
    assert backups[0].read_bytes()[:16] == live.read_bytes()[:16]  # same salt, same key
    assert prompts.kinds() == ["info"]
    with open_database(live) as reopened, reopened.uow(read_only=True) as uow:
        actions = [e.action for e in uow.audit.entries(AuditFilter(), 0, 50)]
    assert "database.encrypt" in actions


def test_only_an_administrator_may_encrypt(tmp_path: Path) -> None:
    service, live = _service(tmp_path, Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        service.encrypt(PASSPHRASE, PASSPHRASE)
    assert not is_encrypted(live)


def test_changing_the_passphrase_from_the_backup_dialog(qtbot: Any, tmp_path: Path) -> None:
    from db.cipher import Keyring, unlock
    from domain.errors import StorageError
    from ui.encrypt_dialog import ChangePassphraseDialog

    service, live = _service(tmp_path)
    service.encrypt(PASSPHRASE, PASSPHRASE)
    database = open_database(live)  # the app reopens after encrypting
    store = SqliteBackupStore(database, live.parent / "backups")
    service = BackupService(store, Guard(User(1, "root", "Admin", Role.ADMIN, None, True, None)))
    prompts = FakePrompts()
    dialog = BackupDialog(service, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert "on" in dialog.encryption.text()
    assert dialog.passphrase_button.isVisibleTo(dialog)
    assert not dialog.encrypt_button.isVisibleTo(dialog)
    new = "Жаңа құпия фраза 2027"

    def answer() -> None:
        child = dialog.findChild(ChangePassphraseDialog)
        assert child is not None
        child.current.setText("not the passphrase")
        child.passphrase.setText(new)
        child.confirm.setText(new)
        assert not child.change()
        assert child.errors["current"].isVisibleTo(child)
        assert "not the database's passphrase" in child.errors["current"].text()
        child.current.setText(PASSPHRASE)
        child.change()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(dialog.encrypted) as emitted:
        dialog.change_passphrase()
    assert emitted.args[0] == (1, 0)  # the one encrypted backup, re-encrypted
    with pytest.raises(StorageError):
        unlock(live, PASSPHRASE, keyring=Keyring())
    unlock(live, new, keyring=Keyring())
