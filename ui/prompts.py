"""Every message box and simple question the UI asks, behind one class that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from domain.errors import StorageError
from ui.storage_messages import storage_error_text


class Prompts:
    """Modal prompts; tests pass a fake with the same methods so no test waits on exec()."""

    def __init__(self, owner: QWidget | None = None) -> None:
        self.owner = owner  # the window prompts are centred on when no parent is given

    def _owner(self, parent: QWidget | None) -> QWidget | None:
        return parent if parent is not None else self.owner

    def info(self, title: str, text: str, parent: QWidget | None = None) -> None:
        QMessageBox.information(self._owner(parent), title, text)

    def warning(self, title: str, text: str, parent: QWidget | None = None) -> None:
        QMessageBox.warning(self._owner(parent), title, text)

    def error(self, title: str, text: str, parent: QWidget | None = None) -> None:
        QMessageBox.critical(self._owner(parent), title, text)

    def question(self, title: str, text: str, parent: QWidget | None = None) -> bool:
        answer = QMessageBox.question(
            self._owner(parent),
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def storage_error(self, error: StorageError, parent: QWidget | None = None) -> None:
        """An environment problem with the database: what happened and what to do, no traceback."""
        title, text = storage_error_text(error.kind)
        QMessageBox.warning(self._owner(parent), title, text)

    def ask_int(
        self,
        title: str,
        label: str,
        value: int,
        minimum: int,
        maximum: int,
        parent: QWidget | None = None,
    ) -> int | None:
        number, ok = QInputDialog.getInt(self._owner(parent), title, label, value, minimum, maximum)
        return number if ok else None

    def open_file(self, title: str, filters: str, parent: QWidget | None = None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self._owner(parent), title, "", filters)
        return path or None

    def about(self, title: str, text: str, parent: QWidget | None = None) -> None:
        QMessageBox.about(self._owner(parent), title, text)

    def crash(self, details: str, log_path: str, parent: QWidget | None = None) -> None:
        from ui.crash_dialog import CrashDialog

        CrashDialog(details, log_path, self._owner(parent)).exec()
