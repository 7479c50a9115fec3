"""The desktop start on a database that does not open: an encrypted file asks its passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import main
from cli.gui_start import start_problem_solved
from db.cipher import UNLOCKED, Keyring
from db.encrypt import encrypt_file
from db.engine import open_database
from domain.errors import StorageError, StorageErrorKind
from ui.unlock_dialog import UnlockDialog

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery"


@pytest.fixture
def refused(tmp_path: Path) -> Iterator[tuple[Path, StorageError]]:
    path = tmp_path / "office.db"
    with main.opened(str(path)):
        pass
    encrypt_file(path, PASSPHRASE, keyring=Keyring())
    with pytest.raises(StorageError) as caught:
        open_database(path)
    yield path, caught.value
    UNLOCKED.forget()


def _answer(typed: str, accept: bool) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, UnlockDialog)
    if not accept:
        dialog.reject()
        return
    dialog.passphrase.setText(typed)
    dialog.try_unlock()


def test_the_passphrase_dialog_unlocks_and_the_open_succeeds(
    qtbot: QtBot, refused: tuple[Path, StorageError]
) -> None:
    path, problem = refused
    assert problem.kind is StorageErrorKind.KEY_REQUIRED
    QTimer.singleShot(0, lambda: _answer(PASSPHRASE, True))
    assert start_problem_solved(path, problem, path.parent / "audit.key", main.backup_folder)
    open_database(path).dispose()


def test_quitting_the_passphrase_dialog_quits_the_start(
    qtbot: QtBot, refused: tuple[Path, StorageError]
) -> None:
    path, problem = refused
    QTimer.singleShot(0, lambda: _answer("", False))
    assert not start_problem_solved(path, problem, path.parent / "audit.key", main.backup_folder)
    assert UNLOCKED.for_file(path) is None
