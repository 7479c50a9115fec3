"""Settings → Backups…: back up now, restore from a file (after confirmation), the rotated list,
and encrypting the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.backup_ports import BackupInfo, EncryptionReport
from domain.errors import PermissionDenied, StorageError
from ui.encrypt_dialog import ChangePassphraseDialog, EncryptDialog
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.backup_service import BackupService
    from ui.main_window import MainWindow


def _save_file(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BackupDialog", "Back up to"), "tartip-backup.db",
        QCoreApplication.translate("BackupDialog", "Tartip backups (*.db);;All files (*)"),
    )  # fmt: skip
    return path or None


def _size_text(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(size, 1) // 1024} KB"


class BackupDialog(QDialog):
    """The backups of the open database; `restored` tells the window to reopen it."""

    restored = Signal(object)  # BackupInfo of the restored backup
    # The live file is now encrypted, or re-encrypted for a new passphrase: reopen it.
    encrypted = Signal(object)

    def __init__(
        self,
        service: BackupService,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        save_file: Callable[[QWidget], str | None] = _save_file,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompts = prompts
        self._save_file = save_file
        self.setWindowTitle(self.tr("Backups"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made (UTC)"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.restore_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_selected_button = QPushButton(self.tr("Restore the selected backup…"))
        self.encrypt_button = QPushButton(self.tr("Encrypt the database…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.passphrase_button = QPushButton(self.tr("Change the passphrase…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.encryption = QLabel()
        self.encryption.setObjectName("encryptionStatus")
        close = QPushButton(self.tr("Close"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_selected_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        status = QHBoxLayout()
        status.addWidget(self.encryption, 1)
        status.addWidget(self.encrypt_button)
        status.addWidget(self.passphrase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 360)
        self.reload()

    def reload(self) -> list[BackupInfo]:
        try:
            backups = self._service.list_backups()
        except (StorageError, PermissionDenied):
            backups = []
        self.table.setRowCount(len(backups))
        kinds = {"daily": self.tr("daily"), "exit": self.tr("on exit"), "manual": self.tr("manual")}
        for row, info in enumerate(backups):
            cells = (
                info.created_utc.strftime("%Y-%m-%d %H:%M:%S"),
                kinds.get(info.kind, info.kind),
                _size_text(info.size),
                info.path,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.path)
                self.table.setItem(row, column, item)
        for column in range(3):  # the time, kind and size in full (Kazakh headers are long)
            self.table.resizeColumnToContents(column)
        self.restore_selected_button.setEnabled(bool(backups))
        self._show_encryption()
        return backups

    def _show_encryption(self) -> None:
        try:
            encrypted = self._service.is_encrypted()
        except (StorageError, PermissionDenied):
            encrypted = False
        self.encryption.setText(
            self.tr("Encryption: on. The database and its backups need the passphrase.")
            if encrypted
            else self.tr("Encryption: off. Anyone with a copy of the file can read it.")
        )
        self.encrypt_button.setVisible(not encrypted)
        self.passphrase_button.setVisible(encrypted)

    def encrypt(self) -> EncryptionReport | None:
        """The passphrase dialog; on success the window reopens the now encrypted database."""
        dialog = EncryptDialog(self._service, self._prompts, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
                return None
            report = dialog.report
        finally:
            dialog.deleteLater()
        self._prompts.info(
            self.tr("Encrypt the database"),
            self.tr(
                "The database is encrypted; a new encrypted backup was made (%1). Log in again."
            ).replace("%1", report.backup),
            self,
        )
        self.encrypted.emit(report)
        self.accept()
        return report

    def change_passphrase(self) -> tuple[int, int] | None:
        """The new passphrase; on success the window reopens the database (everyone logs in
        again)."""
        dialog = ChangePassphraseDialog(self._service, self._prompts, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.rekeyed is None:
                return None
            rekeyed = dialog.rekeyed
        finally:
            dialog.deleteLater()
        self._prompts.info(
            self.tr("Change the passphrase"),
            self.tr(
                "The passphrase is changed; %1 automatic backup(s) re-encrypted. Log in again."
            ).replace("%1", str(rekeyed[0])),
            self,
        )
        self.encrypted.emit(rekeyed)
        self.accept()
        return rekeyed

    def _denied(self) -> None:
        self._prompts.warning(self.tr("Backups"), self.tr("Your role does not allow this."), self)

    def backup_now(self) -> BackupInfo | None:
        path = self._save_file(self)
        if not path:
            return None
        try:
            info = self._service.backup_now(path)
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        except PermissionDenied:
            self._denied()
            return None
        self._prompts.info(
            self.tr("Back up now"),
            self.tr("The backup was written and checked: %1").replace("%1", info.path),
            self,
        )
        return info

    def restore_from_file(self) -> BackupInfo | None:
        path = self._prompts.open_file(
            self.tr("Restore from a backup"), self.tr("Tartip backups (*.db);;All files (*)"), self
        )
        return self.restore(path) if path else None

    def restore_selected(self) -> BackupInfo | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        return self.restore(str(item.data(Qt.ItemDataRole.UserRole)))

    def restore(self, path: str) -> BackupInfo | None:
        """Confirm, then replace the live database by the backup at `path` (checked first)."""
        confirmed = self._prompts.question(
            self.tr("Restore from a backup"),
            self.tr(
                "The current database will be replaced by the backup %1. Changes made after "
                "the backup will be lost. The backup is checked first; if it is refused, "
                "nothing changes. Continue?"
            ).replace("%1", path),
            self,
        )
        if not confirmed:
            return None
        try:
            info = self._service.restore(path)
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        except PermissionDenied:
            self._denied()
            return None
        self.restored.emit(info)
        self.accept()
        return info


class BackupCommand:
    """Settings → Backups…: opens the dialog over the window's BackupService, reopens after a
    restore. The service comes from the context's `backups` (None: no SQLite file, no entry)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: BackupDialog | None = None

    @property
    def service(self) -> BackupService | None:
        return getattr(self.window.context, "backups", None)

    def open(self) -> BackupDialog | None:
        service = self.service
        if service is None:
            return None
        dialog = BackupDialog(service, self.window.prompts, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._reopen)
        dialog.encrypted.connect(self._reopen)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reopen(self, _done: object) -> None:
        context = self.window.context
        if context.reopen is None:
            return
        try:
            new_context = context.reopen(context.database_label)
        except StorageError as exc:
            self.window.prompts.storage_error(exc, self.window)
            return
        self.window.context_replaced.emit(new_context)

    def _closed(self) -> None:
        self.dialog = None
