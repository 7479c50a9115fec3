"""Pieces of the case editor: an optional date, a field with its error line, the add-body dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from domain.model import BodyKind

# Below any date a case can have; shown as a dash and read as "not entered".
_UNSET = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty (shown as '—'); the first click starts from today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(_UNSET)
        self.setSpecialValueText("—")
        self.setDate(_UNSET)

    def value(self) -> date | None:
        current = self.date()
        return None if current == _UNSET else current.toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(_UNSET if value is None else QDate(value.year, value.month, value.day))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Without this the calendar would open in January 1900.
        if self.value() is None:
            self.set_value(date.today())
        super().mousePressEvent(event)


class FieldBox(QWidget):
    """A form field with a red line under it for the field's validation message."""

    def __init__(self, field: QWidget, grow: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        if not grow:  # spare height goes to the description, never between a field and its label
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        if text == self.error.text():
            return
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.updateGeometry()  # the form's cached size of this row changes with the error line

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


class AddBodyDialog(QDialog):
    """Asks for a new state body's names (Russian and Kazakh), kind and region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a state body"))
        self.name_ru = QLineEdit()
        self.name_kk = QLineEdit()
        self.kind = QComboBox()
        kinds = {
            BodyKind.MINISTRY: self.tr("Ministry"),
            BodyKind.AGENCY: self.tr("Agency"),
            BodyKind.AKIMAT: self.tr("Akimat"),
            BodyKind.OTHER: self.tr("Other"),
        }
        for kind, label in kinds.items():
            self.kind.addItem(label, kind)
        self.region = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)

        def complete() -> None:  # the store requires both names
            ok.setEnabled(bool(self.name_ru.text().strip() and self.name_kk.text().strip()))

        self.name_ru.textChanged.connect(complete)
        self.name_kk.textChanged.connect(complete)
        form = QFormLayout(self)
        form.addRow(self.tr("Name (Russian)"), self.name_ru)
        form.addRow(self.tr("Name (Kazakh)"), self.name_kk)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def values(self) -> tuple[str, str, BodyKind, str]:
        return (
            self.name_ru.text().strip(),
            self.name_kk.text().strip(),
            BodyKind(self.kind.currentData()),
            self.region.text().strip(),
        )


def add_field_box(
    boxes: dict[str, FieldBox], field: str, widget: QWidget, grow: bool = False
) -> FieldBox:
    """The field's widget with its error line, registered under the field's name in `boxes`."""
    box = FieldBox(widget, grow)
    boxes[field] = box
    return box


def editor_dialog_footer(dialog: QDialog, remove_button: QPushButton) -> tuple[QHBoxLayout, QLabel]:
    """The bottom row of the admin list dialogs: remove, a status line, Close (rejects)."""
    status = QLabel()
    status.setStyleSheet("color: #505050;")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    footer = QHBoxLayout()
    footer.addWidget(remove_button)
    footer.addWidget(status, 1)
    footer.addWidget(buttons)
    return footer, status


def fit_height(dialog: QWidget) -> None:
    """Give a dialog the height its word-wrapped labels need at its width (a top-level layout
    sizes them as one line otherwise, cutting the text off)."""
    layout = dialog.layout()
    width = max(dialog.width(), dialog.minimumWidth())
    layout.activate()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
    dialog.resize(width, max(height, layout.totalSizeHint().height()))
