"""The recovery dialog: the database failed its start-up checks (S6).

It names the class of damage (not a database / structurally damaged / content altered) and
offers three ways on: open the latest verified backup (the damaged file is put aside, never
written), export what is readable, show the technical report. Closing it ends the start.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.backup_ports import BackupInfo, DamagedDatabase
from domain.errors import StorageError
from ui.prompts import Prompts

_PROBLEMS: dict[str, Any] = {
    "not_a_database": QT_TRANSLATE_NOOP(
        "RecoveryDialog",
        "The file is not a readable Tartip database: its header is damaged, or it belongs to "
        "another program.",
    ),
    "structural": QT_TRANSLATE_NOOP(
        "RecoveryDialog",
        "The database is structurally damaged: SQLite's own checks fail on some of its pages.",
    ),
    "tampered": QT_TRANSLATE_NOOP(
        "RecoveryDialog",
        "The database's content was altered outside Tartip: its audit trail does not verify.",
    ),
}


class Outcome(StrEnum):
    """How the dialog ended: a backup is now the live database, or the user gave up."""

    RESTORED = "restored"
    CLOSED = "closed"


def _choose_folder(parent: QWidget) -> str | None:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("RecoveryDialog", "Export readable data to")
    )
    return folder or None


class RecoveryDialog(QDialog):
    """What is wrong with the database, and the three ways on; the damaged file is only read."""

    restored = Signal(object)  # BackupInfo of the backup that is now the live database

    def __init__(
        self,
        damaged: DamagedDatabase,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        choose_folder: Callable[[QWidget], str | None] = _choose_folder,
    ) -> None:
        super().__init__(parent)
        self._damaged = damaged
        self._prompts = prompts
        self._choose_folder = choose_folder
        self.outcome = Outcome.CLOSED
        self.setWindowTitle(self.tr("Database damaged"))
        report = damaged.report
        self.problem_label = QLabel(
            QCoreApplication.translate("RecoveryDialog", _PROBLEMS.get(report.problem, ""))
            or report.kind
        )
        self.problem_label.setWordWrap(True)
        bold = QFont(self.problem_label.font())
        bold.setBold(True)
        self.problem_label.setFont(bold)
        self.path_label = QLabel(report.path)
        self.path_label.setWordWrap(True)
        self.backup: BackupInfo | None = damaged.latest_verified()
        self.backup_label = QLabel(self._backup_text(self.backup))
        self.backup_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Open the latest verified backup"))
        self.restore_button.setEnabled(self.backup is not None)
        self.export_button = QPushButton(self.tr("Export readable data…"))
        self.report_button = QPushButton(self.tr("Show technical report"))
        self.close_button = QPushButton(self.tr("Close Tartip"))
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setVisible(False)
        self.report_view.setFont(QFont("monospace"))
        self.restore_button.clicked.connect(self.restore_latest)
        self.export_button.clicked.connect(self.export_readable)
        self.report_button.clicked.connect(self.show_report)
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.restore_button, self.export_button, self.report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.path_label)
        layout.addWidget(
            QLabel(self.tr("The damaged file is left as it is, for your administrator."))
        )
        layout.addWidget(self.backup_label)
        layout.addLayout(buttons)
        layout.addWidget(self.report_view, 1)

    def _backup_text(self, backup: BackupInfo | None) -> str:
        if backup is None:
            return self.tr("No verified backup was found.")
        when = backup.created_utc.strftime("%Y-%m-%d %H:%M UTC")
        return (
            self.tr("Latest verified backup: %1 (%2)")
            .replace("%1", when)
            .replace("%2", backup.path)
        )

    def restore_latest(self) -> bool:
        """Put the damaged file aside and make the latest verified backup the live database."""
        if self.backup is None:
            return False
        confirmed = self._prompts.question(
            self.tr("Open the latest verified backup"),
            self.tr(
                "Changes made after this backup will not be in it. The damaged file is kept "
                "beside it under a new name. Continue?"
            ),
            self,
        )
        if not confirmed:
            return False
        try:
            info = self._damaged.restore_latest()
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        self.outcome = Outcome.RESTORED
        self.restored.emit(info)
        self.accept()
        return True

    def export_readable(self) -> tuple[int, int] | None:
        """Write every readable row to CSV files in a folder the user chooses."""
        folder = self._choose_folder(self)
        if not folder:
            return None
        try:
            rows, skipped = self._damaged.export_readable(folder)
        except OSError as exc:
            self._prompts.error(self.tr("Export readable data"), str(exc), self)
            return None
        text = (
            self.tr("%1 rows were exported to %2.").replace("%1", str(rows)).replace("%2", folder)
        )
        if skipped:
            text += " " + self.tr("%1 damaged tables or parts could not be read.").replace(
                "%1", str(skipped)
            )
        self._prompts.info(self.tr("Export readable data"), text, self)
        return rows, skipped

    def show_report(self) -> str:
        """Show the technical report (selectable, to copy into a message to the administrator)."""
        text = self._damaged.technical_report()
        self.report_view.setPlainText(text)
        self.report_view.setVisible(True)
        return text
