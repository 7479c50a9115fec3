"""A commission's compositions by date: pick a version, edit its members and quorum, add a new one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.procedure_model import Composition, MemberRole
from ui.composition_table import CompositionModel, RoleDelegate
from ui.deadline_text import date_text
from ui.form_widgets import FieldBox
from ui.procedure_labels import quorum_text


class CompositionEditor(QWidget):
    """Edits working copies of the compositions; `dirty()` says which were changed or added."""

    edited = Signal()

    def __init__(
        self,
        default_quorum: tuple[int, int],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._default_quorum = default_quorum
        self._compositions: list[Composition] = []
        self._dirty: set[int] = set()
        self._shown = -1
        self._loading = False
        self.boxes: dict[str, FieldBox] = {}

        self.versions = QComboBox()
        self.versions.setMinimumContentsLength(22)
        self.versions.currentIndexChanged.connect(self._version_chosen)
        self.new_from = QDateEdit()
        self.new_from.setCalendarPopup(True)
        self.new_from.setDisplayFormat("dd.MM.yyyy")
        self.new_from.setDate(_qdate(today()))
        self.new_button = QPushButton(self.tr("New composition from this date"))
        self.new_button.setToolTip(
            self.tr(
                "Starts a new composition on the chosen date, copying the members of the one "
                "shown; earlier hearings keep the composition they had."
            )
        )
        self.new_button.clicked.connect(self.add_composition)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Composition")))
        top.addWidget(self.versions, 1)
        top.addSpacing(12)
        top.addWidget(self.new_from)
        top.addWidget(self.new_button)
        self.boxes["valid_from"] = FieldBox(QWidget())  # only its error line is shown
        self.boxes["valid_from"].field.hide()

        self.model = CompositionModel(self)
        self.model.edited.connect(self._table_edited)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CompositionModel.ROLE, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CompositionModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CompositionModel.POSITION, QHeaderView.ResizeMode.Stretch)
        for column in (CompositionModel.ROLE, CompositionModel.VOTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.boxes["members"] = FieldBox(self.table, grow=True)

        self.add_button = QPushButton(self.tr("Add a member"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_member)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.default_quorum = QCheckBox(
            self.tr("The rule pack's quorum: %1 of the voting members").replace(
                "%1", quorum_text(default_quorum)
            )
        )
        self.default_quorum.setChecked(True)
        self.numerator = QSpinBox()
        self.numerator.setRange(1, 99)
        self.denominator = QSpinBox()
        self.denominator.setRange(1, 99)
        self.numerator.setValue(default_quorum[0])
        self.denominator.setValue(default_quorum[1])
        quorum_row = QWidget()
        quorum_layout = QHBoxLayout(quorum_row)
        quorum_layout.setContentsMargins(0, 0, 0, 0)
        quorum_layout.addWidget(self.default_quorum)
        quorum_layout.addSpacing(12)
        quorum_layout.addWidget(QLabel(self.tr("or")))
        quorum_layout.addWidget(self.numerator)
        quorum_layout.addWidget(QLabel("/"))
        quorum_layout.addWidget(self.denominator)
        quorum_layout.addStretch(1)
        self.boxes["quorum"] = FieldBox(quorum_row)
        self.default_quorum.toggled.connect(self._quorum_edited)
        self.numerator.valueChanged.connect(self._quorum_edited)
        self.denominator.valueChanged.connect(self._quorum_edited)

        self.empty = QLabel(
            self.tr(
                "No composition yet: choose the date it applies from and press “New composition”."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #505050;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.boxes["valid_from"])
        layout.addWidget(self.empty)
        layout.addWidget(self.boxes["members"], 1)
        layout.addLayout(row_buttons)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Quorum")), 0, 0)
        grid.addWidget(self.boxes["quorum"], 0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self._show(-1)

    # -- the versions ------------------------------------------------------------------------

    def set_compositions(self, compositions: tuple[Composition, ...] | list[Composition]) -> None:
        """Show a stored commission's compositions, the one in force today selected."""
        self._compositions = sorted(compositions, key=lambda c: c.valid_from)
        self._dirty = set()
        today = self._today()
        current = max(
            (i for i, c in enumerate(self._compositions) if c.valid_from <= today),
            default=len(self._compositions) - 1,
        )
        self._fill_versions(current)

    def compositions(self) -> list[Composition]:
        return list(self._compositions)

    def dirty(self) -> list[Composition]:
        """The compositions added or changed since they were loaded, oldest first."""
        return [self._compositions[i] for i in sorted(self._dirty)]

    def shown(self) -> Composition | None:
        return (
            self._compositions[self._shown] if 0 <= self._shown < len(self._compositions) else None
        )

    def shown_dirty(self) -> bool:
        return self._shown in self._dirty

    def add_composition(self) -> Composition:
        """A new composition from the chosen date, copying the one in force on it (or shown)."""
        valid_from = _pydate(self.new_from.date())
        source = None
        for comp in self._compositions:
            if comp.valid_from <= valid_from:
                source = comp
        if source is None:
            source = self.shown()
        if source is not None:
            new = Composition(valid_from, source.members, source.quorum, None)
        else:
            new = Composition(valid_from, (), None, None)
        self._compositions.append(new)
        order = sorted(
            range(len(self._compositions)), key=lambda i: self._compositions[i].valid_from
        )
        self._dirty = {order.index(i) for i in self._dirty} | {order.index(len(order) - 1)}
        index = order.index(len(order) - 1)
        self._compositions = [self._compositions[i] for i in order]
        self._fill_versions(index)
        if not new.members:
            self.model.add_member(MemberRole.CHAIR)
        self.edited.emit()
        return new

    def _fill_versions(self, select: int) -> None:
        self._loading = True
        try:
            self.versions.clear()
            for i, comp in enumerate(self._compositions):
                label = self.tr("from %1").replace("%1", date_text(comp.valid_from))
                if comp.id is None:
                    label += " " + self.tr("(not saved yet)")
                self.versions.addItem(label, i)
            self.versions.setCurrentIndex(select)
        finally:
            self._loading = False
        self._show(select)

    def _version_chosen(self, index: int) -> None:
        if not self._loading:
            self._show(index)
            self.edited.emit()

    def _show(self, index: int) -> None:
        self._shown = index
        comp = self.shown()
        self._loading = True
        try:
            self.model.set_members(comp.members if comp is not None else ())
            self.default_quorum.setChecked(comp is None or comp.quorum is None)
            quorum = comp.quorum if comp is not None and comp.quorum else self._default_quorum
            self.numerator.setValue(quorum[0])
            self.denominator.setValue(quorum[1])
        finally:
            self._loading = False
        has = comp is not None
        self.empty.setVisible(not has)
        for widget in (self.table, self.add_button, self.default_quorum, self.versions):
            widget.setEnabled(has)
        self._quorum_enabled()
        self._selection_changed()

    # -- editing the shown version -----------------------------------------------------------

    def _store_shown(self) -> None:
        comp = self.shown()
        if comp is None or self._loading:
            return
        quorum = (
            None
            if self.default_quorum.isChecked()
            else (self.numerator.value(), self.denominator.value())
        )
        changed = replace(comp, members=self.model.members(), quorum=quorum)
        if changed != comp:
            self._compositions[self._shown] = changed
            self._dirty.add(self._shown)
        self.edited.emit()

    def _table_edited(self) -> None:
        self._store_shown()

    def _quorum_edited(self) -> None:
        self._quorum_enabled()
        self._store_shown()

    def _quorum_enabled(self) -> None:
        custom = self.shown() is not None and not self.default_quorum.isChecked()
        self.numerator.setEnabled(custom)
        self.denominator.setEnabled(custom)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def add_member(self) -> int:
        row = self.model.add_member()
        self.table.selectRow(row)
        self.table.edit(self.model.index(row, CompositionModel.NAME))
        return row

    def remove_member(self) -> None:
        row = self.selected_row()
        if self.model.remove_member(row) and self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._selection_changed()

    def move_member(self, delta: int) -> None:
        row = self.model.move_member(self.selected_row(), delta)
        self.table.selectRow(row)
        self._selection_changed()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
