"""The dialog shown for a bug: an apology, where the log is, and a button to copy the details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says that something unexpected happened; the traceback goes to the clipboard, not the eye."""

    def __init__(self, details: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details = details
        self.setWindowTitle(self.tr("Unexpected error"))
        text = self.tr(
            "Tartip ran into a problem it did not expect. What was already saved is safe; "
            "the last action may not have been completed."
        )
        if log_path:
            text += "\n\n" + self.tr("Details were written to the log file:\n%1").replace(
                "%1", log_path
            )
        text += "\n\n" + self.tr(
            "Please send the details to your administrator (Copy details, then paste)."
        )
        message = QLabel(text)
        message.setWordWrap(True)
        message.setMinimumWidth(420)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._details)
