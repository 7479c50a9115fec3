"""The passphrase dialog of an encrypted database: wrong passphrase, damaged file, success."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import main
from db.cipher import UNLOCKED, Keyring, unlock
from db.encrypt import encrypt_file
from ui.unlock_dialog import UnlockDialog

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery"


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "office.db"
    with main.opened(str(path)):
        pass  # a new, migrated database
    encrypt_file(path, PASSPHRASE, keyring=Keyring())
    yield path
    UNLOCKED.forget()


def _dialog(qtbot: QtBot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(str(path), lambda p: unlock(path, p))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_passphrase_is_said_under_the_field_and_the_right_one_opens(
    qtbot: QtBot, encrypted: Path
) -> None:
    dialog = _dialog(qtbot, encrypted)
    qtbot.keyClicks(dialog.passphrase, "wrong horse battery")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and "does not open" in dialog.message.text()
    assert dialog.result() == 0 and UNLOCKED.for_file(encrypted) is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert UNLOCKED.for_file(encrypted) is not None
    assert dialog.passphrase.text() == ""  # not kept in the widget


def test_a_damaged_file_says_no_passphrase_will_help(qtbot: QtBot, encrypted: Path) -> None:
    data = bytearray(encrypted.read_bytes())
    data[1] ^= 0xFF
    encrypted.write_bytes(bytes(data))
    dialog = _dialog(qtbot, encrypted)
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.try_unlock()
    assert "damaged" in dialog.message.text() and dialog.problem is not None
