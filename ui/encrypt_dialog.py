"""Settings → Backups… → Encrypt the database…: a passphrase twice, what encryption does not
cover, and whether to delete the unencrypted backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.backup_ports import EncryptionReport
from domain.errors import PermissionDenied, StorageError, StorageErrorKind, ValidationFailed
from ui.form_widgets import fit_height
from ui.messages import field_error_text
from ui.prompts import Prompts
from ui.unlock_dialog import PASSPHRASE_MAX

if TYPE_CHECKING:
    from domain.backup_service import BackupService


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSPHRASE_MAX + 1)  # one more, so "too long" can be said
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


class EncryptDialog(QDialog):
    """Accepted once BackupService.encrypt succeeded (`report` set); the caller reopens."""

    def __init__(
        self, service: BackupService, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompts = prompts
        self.report: EncryptionReport | None = None
        self.setObjectName("encryptDialog")
        self.setWindowTitle(self.tr("Encrypt the database"))
        intro = QLabel(
            self.tr(
                "The database file, its journal and its backups will be encrypted (SQLCipher, "
                "AES-256). Tartip will ask for the passphrase at every start, before the login. "
                "Without the passphrase nobody can read the data, you included: keep it in a "
                "safe place."
            )
        )
        intro.setWordWrap(True)
        not_covered = QLabel(
            self.tr(
                "Not covered: attachments (scans) in the folder beside the database, and PDFs "
                "you saved or printed. Keep the computer's disk encrypted for those."
            )
        )
        not_covered.setWordWrap(True)
        not_covered.setStyleSheet("color: #505050;")
        self.passphrase = _secret("passphrase")
        self.confirm = _secret("confirm")
        self.passphrase_error = _error_label()
        self.confirm_error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase (at least 12 characters)"), self.passphrase)
        form.addRow("", self.passphrase_error)
        form.addRow(self.tr("&Repeat it"), self.confirm)
        form.addRow("", self.confirm_error)
        plain = self._plain_count()
        self.remove_plain = QCheckBox(
            self.tr(
                "Delete the %n unencrypted backup(s) (a new encrypted one is made first)", "", plain
            )
        )
        self.remove_plain.setChecked(True)
        self.remove_plain.setVisible(plain > 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Encrypt"))
        self.buttons.accepted.connect(self.encrypt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(not_covered)
        layout.addLayout(form)
        layout.addWidget(self.remove_plain)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        fit_height(self)
        self.passphrase.setFocus()

    def _plain_count(self) -> int:
        try:
            return self._service.plain_backups()
        except (StorageError, PermissionDenied):
            return 0

    def encrypt(self) -> bool:
        """Encrypt with what was typed; True (and the dialog accepted) on success."""
        for label in (self.passphrase_error, self.confirm_error):
            label.hide()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = self._service.encrypt(
                self.passphrase.text(),
                self.confirm.text(),
                remove_plain_backups=self.remove_plain.isChecked(),
            )
        except ValidationFailed as refused:
            for error in refused.errors:
                label = self.confirm_error if error.field == "confirm" else self.passphrase_error
                label.setText(field_error_text(error))
                label.show()
            fit_height(self)
            return False
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        except PermissionDenied:
            self._prompts.warning(
                self.windowTitle(), self.tr("Your role does not allow this."), self
            )
            return False
        finally:
            self.unsetCursor()
        self.passphrase.clear()
        self.confirm.clear()
        self.accept()
        return True


class ChangePassphraseDialog(QDialog):
    """The current passphrase and a new one twice; accepted once the database and its backups
    are re-encrypted (`rekeyed`: backups done, backups left). The caller reopens."""

    def __init__(
        self, service: BackupService, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompts = prompts
        self.rekeyed: tuple[int, int] | None = None
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the database passphrase"))
        intro = QLabel(
            self.tr(
                "The database and its automatic backups are re-encrypted for the new "
                "passphrase. Backups copied elsewhere keep the old one. Everyone logs in again "
                "afterwards."
            )
        )
        intro.setWordWrap(True)
        self.current = _secret("current")
        self.passphrase = _secret("passphrase")
        self.confirm = _secret("confirm")
        self.errors = {name: _error_label() for name in ("current", "passphrase", "confirm")}
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current)
        form.addRow("", self.errors["current"])
        form.addRow(self.tr("&New passphrase (at least 12 characters)"), self.passphrase)
        form.addRow("", self.errors["passphrase"])
        form.addRow(self.tr("&Repeat it"), self.confirm)
        form.addRow("", self.errors["confirm"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change"))
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        fit_height(self)
        self.current.setFocus()

    def _show(self, field: str, text: str) -> None:
        self.errors[field].setText(text)
        self.errors[field].show()

    def change(self) -> bool:
        """Change with what was typed; True (and the dialog accepted) on success."""
        for label in self.errors.values():
            label.hide()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.rekeyed = self._service.change_passphrase(
                self.current.text(), self.passphrase.text(), self.confirm.text()
            )
        except ValidationFailed as refused:
            for error in refused.errors:
                self._show("confirm" if error.field == "confirm" else "passphrase",
                           field_error_text(error))  # fmt: skip
            return False
        except StorageError as exc:
            if exc.kind is StorageErrorKind.WRONG_PASSWORD:
                self._show("current", self.tr("This is not the database's passphrase."))
                self.current.selectAll()
                self.current.setFocus()
            else:
                self._prompts.storage_error(exc, self)
            return False
        except PermissionDenied:
            self._prompts.warning(
                self.windowTitle(), self.tr("Your role does not allow this."), self
            )
            return False
        finally:
            self.unsetCursor()
            fit_height(self)
        for edit in (self.current, self.passphrase, self.confirm):
            edit.clear()
        self.accept()
        return True
