"""The case editor's table of suspensions: reason, first and last day, supporting document."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.model import PauseInput
from domain.rulepack import SuspensionReason
from ui.form_widgets import OptionalDateEdit
from ui.i18n import current_language

_DOCUMENT_MAX = 300


def date_column_width() -> int:
    """The width of a date field, the same in every row and above them."""
    probe = OptionalDateEdit()
    width = probe.sizeHint().width()
    probe.deleteLater()
    return width


class PauseRow(QWidget):
    """One suspension: reason combo, two dates, the document, a remove button and an error line."""

    changed = Signal()
    remove_requested = Signal(object)  # this row

    def __init__(self, reasons: Sequence[SuspensionReason], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Set once its problems should all show ("required" too): after a refused save, or for a
        # stored case; while typing, a missing part is only listed beside the Save button.
        self.touched = False
        self.reason = QComboBox()
        self.reason.setMinimumContentsLength(14)
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reason.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.set_reasons(reasons)
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.document = QLineEdit()
        self.document.setMaxLength(_DOCUMENT_MAX)
        self.document.setPlaceholderText(self.tr("Order or sheet No., date"))
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this suspension"))
        self.remove_button.setAccessibleName(self.tr("Remove this suspension"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()

        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        # Widths come from the stretch factors and fixed sizes alone, the same in every row and
        # in the editor's header line, so the columns line up like a table's.
        for widget in (self.reason, self.document):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for widget in (self.start, self.end):
            widget.setFixedWidth(date_column_width())
        self.remove_button.setFixedWidth(self.remove_button.sizeHint().width())
        fields.addWidget(self.reason, 4)
        fields.addWidget(self.start)
        fields.addWidget(self.end)
        fields.addWidget(self.document, 2)
        fields.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        for signal in (
            self.reason.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.document.textChanged,
        ):
            signal.connect(self.changed)

    def set_reasons(self, reasons: Sequence[SuspensionReason]) -> None:
        current = self.reason.currentData() or ""
        lang = current_language()
        self.reason.blockSignals(True)
        try:
            self.reason.clear()
            self.reason.addItem(self.tr("Choose a reason…"), "")
            for reason in reasons:
                self.reason.addItem(reason.name.get(lang), reason.code)
                hint = (
                    self.tr("The limits are suspended, and no penalty may be imposed meanwhile.")
                    if reason.blocks_imposition
                    else self.tr("The limits are suspended.")
                )
                self.reason.setItemData(
                    self.reason.count() - 1,
                    f"{reason.name.get(lang)}\n{hint}",
                    Qt.ItemDataRole.ToolTipRole,
                )
            self.reason.setCurrentIndex(max(0, self.reason.findData(current)))
        finally:
            self.reason.blockSignals(False)

    def value(self) -> PauseInput | None:
        """The pause, or None while the reason or a date is missing."""
        reason, start, end = self.reason.currentData() or "", self.start.value(), self.end.value()
        if not reason or start is None or end is None:
            return None
        return PauseInput(reason, start, end, self.document.text().strip())

    def set_value(self, pause: PauseInput) -> None:
        index = self.reason.findData(pause.reason)
        if index < 0:  # a reason the pack no longer has: kept, so the check can name it
            self.reason.addItem(pause.reason, pause.reason)
            index = self.reason.count() - 1
        self.reason.setCurrentIndex(index)
        self.start.set_value(pause.start)
        self.end.set_value(pause.end)
        self.document.setText(pause.document)

    def missing(self) -> list[str]:
        """Which parts are still empty: 'reason', 'start', 'end'."""
        parts = []
        if not self.reason.currentData():
            parts.append("reason")
        if self.start.value() is None:
            parts.append("start")
        if self.end.value() is None:
            parts.append("end")
        return parts

    def set_error(self, text: str) -> None:
        if text == self.error.text():
            return
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.updateGeometry()

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


class PausesEditor(QWidget):
    """Rows of suspensions (Art. 45 p.3-4) with add and remove; emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, reasons: Sequence[SuspensionReason], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reasons = tuple(reasons)
        self.rows: list[PauseRow] = []
        self.header = QWidget()
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        date_width = date_column_width()
        for text, stretch, width in (
            (self.tr("Reason"), 4, 0),
            (self.tr("From"), 0, date_width),
            (self.tr("To"), 0, date_width),
            (self.tr("Supporting document"), 2, 0),
        ):
            label = QLabel(text)
            label.setStyleSheet("color: #505050;")
            if width:
                label.setFixedWidth(width)
            else:
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            header.addWidget(label, stretch)
        spacer = QToolButton()
        spacer.setText("✕")
        header.addSpacing(spacer.sizeHint().width() + header.spacing())
        spacer.deleteLater()
        self.empty = QLabel(self.tr("No suspensions recorded."))
        self.empty.setStyleSheet("color: #505050;")
        self.add_button = QPushButton(self.tr("Add a suspension"))
        self.add_button.clicked.connect(self.add_row)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(self._rows_layout)
        layout.addLayout(buttons)
        self._update_empty()

    def add_row(self, pause: PauseInput | None = None) -> PauseRow:
        row = PauseRow(self._reasons)
        if isinstance(pause, PauseInput):  # clicked() passes a bool
            row.set_value(pause)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._update_empty()
        if pause is None or not isinstance(pause, PauseInput):
            row.reason.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: PauseRow) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_empty()
        self.changed.emit()

    def set_pauses(self, pauses: Sequence[PauseInput]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for pause in pauses:
            self.add_row(pause)
        for row in self.rows:
            row.touched = True  # stored pauses show their problems at once

    def pauses(self) -> tuple[PauseInput, ...]:
        """The complete rows, in order; incomplete ones are reported by `incomplete_rows`."""
        return tuple(p for p in (row.value() for row in self.rows) if p is not None)

    def complete_rows(self) -> list[PauseRow]:
        """The rows `pauses()` returns, by position: error `pauses.{i}` belongs to the i-th."""
        return [row for row in self.rows if row.value() is not None]

    def incomplete_rows(self) -> list[PauseRow]:
        return [row for row in self.rows if row.value() is None]

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
        self.header.setVisible(bool(self.rows))

    def reasons_by_code(self) -> dict[str, str]:
        lang = current_language()
        return {r.code: r.name.get(lang) for r in self._reasons}
