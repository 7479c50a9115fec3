"""The passphrase of an encrypted database, asked before anything else (even the login).

A wrong passphrase and a damaged file are different messages (S18): the first asks to type
again, the second says that no passphrase will help and to restore a backup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import StorageError, StorageErrorKind
from ui.form_widgets import fit_height
from ui.storage_messages import storage_error_text

PASSPHRASE_MAX = 256


class UnlockDialog(QDialog):
    """Accepted once `unlock(passphrase)` returns; its StorageError is shown under the field."""

    def __init__(
        self, database_label: str, unlock: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.problem: StorageError | None = None  # the last refusal (tests and the caller)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Tartip — encrypted database"))
        intro = QLabel(
            self.tr(
                "This database is encrypted. Enter its passphrase to open it. The passphrase is "
                "not your login password; your administrator keeps it."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(self.tr("Database: %1").replace("%1", database_label))
        where.setStyleSheet("color: #505050;")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(PASSPHRASE_MAX)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        self.message = QLabel()
        self.message.setObjectName("unlockError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        fit_height(self)
        self.passphrase.setFocus()

    def try_unlock(self) -> bool:
        """Unlock with what was typed; True (and the dialog accepted) on success."""
        # Deriving the key takes a fifth of a second: say so instead of looking frozen.
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self._unlock(self.passphrase.text())
        except StorageError as exc:
            self.problem = exc
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self.message.setText(self._refusal(exc))
            self.message.show()
            fit_height(self)
            return False
        finally:
            self.unsetCursor()
        self.passphrase.clear()
        self.accept()
        return True

    def _refusal(self, exc: StorageError) -> str:
        if exc.kind is StorageErrorKind.WRONG_PASSWORD:
            return self.tr(
                "This passphrase does not open the database. Check the keyboard layout and "
                "Caps Lock, and try again."
            )
        if exc.kind is StorageErrorKind.CORRUPT:
            return self.tr(
                "The passphrase is right, but the file is damaged: no passphrase will open it. "
                "Press Quit to see the recovery options (the latest verified backup)."
            )
        return storage_error_text(exc.kind)[1]
