"""The procedure tab's appeals: where the servant appealed, when, the outcome, and lateness.

The servant may appeal to a higher official, the Agency for Civil Service Affairs or a court
(Law 416-V Art. 43, 61): within 3 months for a dismissal, 1 year otherwise. The last day to file
and whether an appeal came late are the service's; this section only shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, StorageError, ValidationFailed
from domain.procedure_model import Appeal, AppealInput, AppealOutcome, AppealRoute
from ui.deadline_text import date_text
from ui.form_widgets import FieldBox, OptionalDateEdit
from ui.headered_model import HeaderedTableModel
from ui.messages import field_label
from ui.procedure_labels import appeal_outcome_label, route_label
from ui.procedure_widgets import MUTED_STYLE, error_label, say_gone, show_errors, text_field
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.procedure_service import ProcedureService

_ModelIndex = QModelIndex | QPersistentModelIndex
_LATE = QColor("#c62828")


class AppealTableModel(HeaderedTableModel):
    """A case's appeals: route, filed, the last day to file, outcome, decided, note."""

    ROUTE, FILED, DEADLINE, OUTCOME, DECIDED, NOTE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appeals: list[Appeal] = []
        self._headers = [
            self.tr("Route"),
            self.tr("Filed on"),
            self.tr("Last day to file"),
            self.tr("Outcome"),
            self.tr("Decided on"),
            self.tr("Note"),
        ]

    def set_appeals(self, appeals: tuple[Appeal, ...] | list[Appeal]) -> None:
        self.beginResetModel()
        self.appeals = sorted(appeals, key=lambda a: (a.filed_on, a.id))
        self.endResetModel()

    def appeal(self, row: int) -> Appeal | None:
        return self.appeals[row] if 0 <= row < len(self.appeals) else None

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.appeals)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.appeals):
            return None
        appeal = self.appeals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return appeal.id
        if role == Qt.ItemDataRole.ForegroundRole:
            late = appeal.late and column in (self.FILED, self.DEADLINE)
            return QBrush(_LATE) if late else None
        if role == Qt.ItemDataRole.ToolTipRole and appeal.late:
            return self.tr("Filed after the last day to file.")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.ROUTE:
            return route_label(appeal.route)
        if column == self.FILED:
            text = date_text(appeal.filed_on)
            if not appeal.late:
                return text
            late = self.tr("late")
            return f"{text} — {late}"
        if column == self.DEADLINE:
            return date_text(appeal.deadline)
        if column == self.OUTCOME:
            return appeal_outcome_label(appeal.outcome)
        if column == self.DECIDED:
            return date_text(appeal.decided_on)
        if column == self.NOTE:
            return appeal.note.replace("\n", " ")
        return None


class AppealDialog(QDialog):
    """Adds or edits one appeal; the service's refusals are shown at their fields."""

    appeal_saved = Signal(int)

    def __init__(
        self,
        procedure: ProcedureService,
        prompts: Prompts,
        case_id: int,
        appeal: Appeal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._prompts = prompts
        self.case_id = case_id
        self.appeal_id = appeal.id if appeal else None
        self.setWindowTitle(self.tr("Appeal") if appeal else self.tr("New appeal"))
        self.boxes: dict[str, FieldBox] = {}
        self.route = QComboBox()
        for route in AppealRoute:
            self.route.addItem(route_label(route), route)
        self.filed_on = OptionalDateEdit()
        self.outcome = QComboBox()
        for outcome in AppealOutcome:
            self.outcome.addItem(appeal_outcome_label(outcome), outcome)
        self.decided_on = OptionalDateEdit()
        self.note = text_field(self, 3)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, widget in (
            ("route", self.route),
            ("filed_on", self.filed_on),
            ("appeal_outcome", self.outcome),
            ("decided_on", self.decided_on),
            ("note", self.note),
        ):
            self.boxes[field] = FieldBox(widget)
            form.addRow(field_label(field), self.boxes[field])
        hint = QLabel(
            self.tr(
                "The last day to file is counted from the day the servant learnt of the order "
                "(Law 416-V Art. 43, 61); a late appeal is recorded and marked."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        if appeal is not None:
            self.route.setCurrentIndex(max(0, self.route.findData(appeal.route)))
            self.filed_on.set_value(appeal.filed_on)
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(appeal.outcome)))
            self.decided_on.set_value(appeal.decided_on)
            self.note.setPlainText(appeal.note)
        self.message = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def appeal_input(self) -> AppealInput | None:
        filed_on = self.filed_on.value()
        if filed_on is None:
            return None
        return AppealInput(
            route=AppealRoute(self.route.currentData()),
            filed_on=filed_on,
            outcome=AppealOutcome(self.outcome.currentData()),
            decided_on=self.decided_on.value(),
            note=self.note.toPlainText().strip(),
        )

    def save(self) -> int | None:
        data = self.appeal_input()
        if data is None:
            show_errors([FieldError("filed_on", "required")], self.boxes, self.message)
            return None
        try:
            appeal_id = self._procedure.record_appeal(self.case_id, data, self.appeal_id)
        except ValidationFailed as exc:
            show_errors(exc.errors, self.boxes, self.message, {"outcome": "appeal_outcome"})
            return None
        except NotFound:
            say_gone(self._prompts, self)
            return None
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        self.appeal_id = appeal_id
        self.appeal_saved.emit(appeal_id)
        self.accept()
        return appeal_id


class AppealsSection(QWidget):
    """The case's appeals with Add and Edit; `saved` after an appeal was stored."""

    saved = Signal()

    def __init__(
        self,
        procedure: ProcedureService,
        prompts: Prompts,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._prompts = prompts
        self.case_id = case_id
        self.dialog: AppealDialog | None = None
        self.model = AppealTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("Add an appeal…"))
        self.add_button.clicked.connect(self.add_appeal)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.empty = QLabel(self.tr("No appeal recorded."))
        self.empty.setStyleSheet(MUTED_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def set_appeals(self, appeals: tuple[Appeal, ...]) -> None:
        self.model.set_appeals(appeals)
        self.empty.setVisible(not appeals)
        self._selection_changed()

    def selected(self) -> Appeal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.appeal(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def add_appeal(self) -> AppealDialog:
        return self._open(None)

    def edit_selected(self) -> AppealDialog | None:
        appeal = self.selected()
        return self._open(appeal) if appeal is not None else None

    def _open(self, appeal: Appeal | None) -> AppealDialog:
        dialog = AppealDialog(self._procedure, self._prompts, self.case_id, appeal, self)
        dialog.appeal_saved.connect(lambda _id: self.saved.emit())
        self.dialog = dialog
        dialog.open()
        return dialog
