"""Settings → Table of penalties: a body's ranges of penalties per offence and occurrence, by date.

A table of penalties (Douglas factor 7) is the body's own guide: for an offence committed the
1st, 2nd or 3rd time, the range from the mildest to the most severe penalty it usually draws.
Entries are versioned by the date they apply from; the editor compares a proposal with the entry
in force on the decision date. Each change is saved at once; refusals are said under the form.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, StorageError, ValidationFailed
from domain.model import PenaltyTableEntry
from ui.deadline_text import date_text
from ui.form_widgets import editor_dialog_footer
from ui.headered_model import HeaderedTableModel
from ui.labels import body_name, offence_label
from ui.messages import code_text, field_error_text, field_label
from ui.penalty_text import occurrence_label, penalty_name
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.rulepack import RulePack
    from domain.services import CaseService

_log = logging.getLogger(__name__)
_ModelIndex = QModelIndex | QPersistentModelIndex
OCCURRENCES = (1, 2, 3)


class PenaltyTableModel(HeaderedTableModel):
    """A body's entries: offence, occurrence, range, the date each applies from."""

    OFFENCE, OCCURRENCE, RANGE, VALID_FROM = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PenaltyTableEntry] = []
        self.pack: RulePack | None = None
        self._in_force: set[int | None] | None = None
        self._headers = [
            self.tr("Offence"),
            self.tr("Occurrence"),
            self.tr("Range of penalties"),
            field_label("valid_from"),
        ]

    def set_entries(
        self, entries: list[PenaltyTableEntry], pack: RulePack, on: date | None = None
    ) -> None:
        """Show `entries`; with `on`, versions not in force on that day are greyed."""
        self.beginResetModel()
        self.entries = list(entries)
        self.pack = pack
        self._in_force = _in_force(self.entries, on) if on is not None else None
        self.endResetModel()

    def in_force(self, row: int) -> bool:
        return self._in_force is None or self.entries[row].id in self._in_force

    def entry(self, row: int) -> PenaltyTableEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: int) -> int:
        return next((r for r, e in enumerate(self.entries) if e.id == entry_id), -1)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if self.in_force(index.row()) else QBrush(QColor("#808080"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        pack = self.pack
        column = index.column()
        if column == self.OFFENCE:
            offence = pack.find_offence(entry.offence) if pack else None
            return offence_label(offence) if offence else entry.offence
        if column == self.OCCURRENCE:
            return occurrence_label(entry.occurrence)
        if column == self.RANGE:
            if pack is None:
                return f"{entry.min_penalty} – {entry.max_penalty}"
            low, high = penalty_name(entry.min_penalty, pack), penalty_name(entry.max_penalty, pack)
            return low if entry.min_penalty == entry.max_penalty else f"{low} – {high}"
        if column == self.VALID_FROM:
            return date_text(entry.valid_from)
        return None


class PenaltyTableDialog(QDialog):
    """Lists a body's table of penalties (in force on a day, or every version); adds, removes."""

    table_changed = Signal()  # an entry was stored or removed

    def __init__(
        self,
        services: CaseService,
        prompts: Prompts,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self._today = today
        self.setWindowTitle(self.tr("Table of penalties"))
        intro = QLabel(
            self.tr(
                "A body's own guide to consistent penalties: for each offence, the range of "
                "penalties for a servant's 1st, 2nd and 3rd offence. The law's bounds always come "
                "first; a penalty outside this range needs a written justification."
            )
        )
        intro.setWordWrap(True)

        self.body = QComboBox()
        self.body.setMinimumContentsLength(40)
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.in_force = QRadioButton(self.tr("In force on"))
        self.every = QRadioButton(self.tr("Every version"))
        self.in_force.setChecked(True)
        shown = QButtonGroup(self)
        shown.addButton(self.in_force)
        shown.addButton(self.every)
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.on.setDate(_qdate(today()))
        top = QHBoxLayout()
        top.addWidget(QLabel(field_label("body_id")))
        top.addWidget(self.body, 1)
        top.addSpacing(12)
        top.addWidget(self.in_force)
        top.addWidget(self.on)
        top.addWidget(self.every)

        self.model = PenaltyTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PenaltyTableModel.OFFENCE, QHeaderView.ResizeMode.Stretch)
        for column in (
            PenaltyTableModel.OCCURRENCE,
            PenaltyTableModel.RANGE,
            PenaltyTableModel.VALID_FROM,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #505050;")
        self.empty.setWordWrap(True)

        self.remove_button = QPushButton(self.tr("Remove the entry"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)

        self._build_form()
        footer, self.status = editor_dialog_footer(self, self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_box)
        layout.addLayout(footer)
        self.resize(900, 620)

        self.body.currentIndexChanged.connect(self.reload)
        self.in_force.toggled.connect(self.reload)
        self.on.dateChanged.connect(self.reload)
        self._load_bodies()
        self._check_form()

    def _build_form(self) -> None:
        self.add_box = QGroupBox(self.tr("Add an entry"))
        self.offence = QComboBox()
        self.offence.setMinimumContentsLength(36)
        self.offence.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.occurrence = QComboBox()
        for n in OCCURRENCES:
            self.occurrence.addItem(occurrence_label(n), n)
        self.min_penalty = QComboBox()
        self.max_penalty = QComboBox()
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd.MM.yyyy")
        self.valid_from.setDate(_qdate(self._today()))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_entry)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        grid = QGridLayout(self.add_box)
        grid.addWidget(QLabel(field_label("offence")), 0, 0)
        grid.addWidget(self.offence, 0, 1, 1, 5)
        grid.addWidget(QLabel(field_label("occurrence")), 1, 0)
        grid.addWidget(self.occurrence, 1, 1)
        grid.addWidget(QLabel(field_label("min_penalty")), 1, 2)
        grid.addWidget(self.min_penalty, 1, 3)
        grid.addWidget(QLabel(field_label("max_penalty")), 1, 4)
        grid.addWidget(self.max_penalty, 1, 5)
        grid.addWidget(QLabel(field_label("valid_from")), 2, 0)
        grid.addWidget(self.valid_from, 2, 1)
        grid.addWidget(self.add_button, 2, 5, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.message, 3, 0, 1, 6)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        self._load_choices()
        for signal in (
            self.offence.currentIndexChanged,
            self.min_penalty.currentIndexChanged,
            self.max_penalty.currentIndexChanged,
            self.occurrence.currentIndexChanged,
        ):
            signal.connect(self._check_form)
        self.valid_from.dateChanged.connect(self._valid_from_changed)

    # -- choices -----------------------------------------------------------------------------

    def pack(self) -> RulePack:
        """The rule pack of the entry being typed (by the date it applies from)."""
        return self._services.pack_for(_pydate(self.valid_from.date()))

    def _load_bodies(self) -> None:
        self.body.blockSignals(True)
        try:
            self.body.clear()
            for body in self._services.bodies():
                self.body.addItem(body_name(body), body.id)
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
        finally:
            self.body.blockSignals(False)
        self.reload()

    def _load_choices(self) -> None:
        pack = self.pack()
        current = (
            self.offence.currentData(),
            self.min_penalty.currentData(),
            self.max_penalty.currentData(),
        )
        for combo in (self.offence, self.min_penalty, self.max_penalty):
            combo.blockSignals(True)
        try:
            self.offence.clear()
            self.offence.addItem(self.tr("Choose an offence…"), None)
            for offence in pack.offences:
                if not offence.repealed:
                    self.offence.addItem(offence_label(offence), offence.code)
            penalties = sorted(pack.penalties, key=lambda p: p.severity)
            for combo in (self.min_penalty, self.max_penalty):
                combo.clear()
                for p in penalties:
                    combo.addItem(penalty_name(p.code, pack), p.code)
            self.offence.setCurrentIndex(max(0, self.offence.findData(current[0])))
            self.min_penalty.setCurrentIndex(max(0, self.min_penalty.findData(current[1])))
            self.max_penalty.setCurrentIndex(
                self.max_penalty.findData(current[2])
                if current[2] is not None and self.max_penalty.findData(current[2]) >= 0
                else self.max_penalty.count() - 1
            )
        finally:
            for combo in (self.offence, self.min_penalty, self.max_penalty):
                combo.blockSignals(False)

    def _valid_from_changed(self) -> None:
        self._load_choices()
        self._check_form()

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the chosen body's entries (in force on the day, or every version)."""
        self.on.setEnabled(self.in_force.isChecked())
        body_id = self.body.currentData()
        entries: list[PenaltyTableEntry] = []
        if body_id is not None:
            on = _pydate(self.on.date()) if self.in_force.isChecked() else None
            try:
                entries = self._services.penalty_table(body_id, on)
            except StorageError as exc:
                self._prompts.storage_error(exc, self)
        self.model.set_entries(
            entries,
            self._services.pack_for(_pydate(self.on.date())),
            None if self.in_force.isChecked() else self._today(),
        )
        if body_id is None:
            self.empty.setText(self.tr("Add a state body first (in the case editor)."))
        elif not entries:
            self.empty.setText(
                self.tr(
                    "This body has no entries yet: the editor then compares with comparable "
                    "cases only."
                )
            )
        self.empty.setVisible(body_id is None or not entries)
        self._check_form()
        self._selection_changed()

    def selected_entry(self) -> PenaltyTableEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected_entry() is not None)

    # -- the form ----------------------------------------------------------------------------

    def form_entry(self) -> PenaltyTableEntry:
        return PenaltyTableEntry(
            id=None,
            body_id=self.body.currentData(),
            offence=self.offence.currentData() or "",
            occurrence=int(self.occurrence.currentData()),
            min_penalty=self.min_penalty.currentData() or "",
            max_penalty=self.max_penalty.currentData() or "",
            valid_from=_pydate(self.valid_from.date()),
        )

    def form_problems(self) -> list[FieldError]:
        """What the form shows before Add is pressed: a reversed range (the rest the service
        says on Add)."""
        entry = self.form_entry()
        pack = self.pack()
        problems: list[FieldError] = []
        if entry.min_penalty and entry.max_penalty:
            low, high = pack.penalty(entry.min_penalty), pack.penalty(entry.max_penalty)
            if low.severity > high.severity:
                problems.append(
                    FieldError(
                        "max_penalty",
                        "penalty_table.range_reversed",
                        {"min_penalty": entry.min_penalty, "max_penalty": entry.max_penalty},
                    )
                )
        return problems

    def _check_form(self) -> None:
        problems = self.form_problems()
        self._say_errors(problems)
        complete = bool(self.offence.currentData()) and self.body.currentData() is not None
        self.add_button.setEnabled(complete and not problems)
        self.add_button.setToolTip(
            "" if complete else code_text("required") + " " + field_label("offence")
        )

    def add_entry(self) -> int | None:
        """Store the entry typed in the form; on a refusal, say why under the form."""
        entry = self.form_entry()
        if entry.body_id is None:
            return None
        try:
            entry_id = self._services.set_penalty_table_entry(entry)
        except ValidationFailed as exc:
            self._say_errors(exc.errors)
            return None
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        if self.in_force.isChecked() and entry.valid_from > _pydate(self.on.date()):
            self.every.setChecked(True)  # a future entry is not in force today: show it anyway
        self.reload()
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
        self.status.setText(self.tr("Entry saved."))
        self.table_changed.emit()
        return entry_id

    def remove_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or entry.id is None:
            return False
        try:
            self._services.delete_penalty_table_entry(entry.id)
        except NotFound:
            pass
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        self.reload()
        self.status.setText(self.tr("Entry removed."))
        self.table_changed.emit()
        return True

    def _say_errors(self, errors: list[FieldError]) -> None:
        text = " ".join(f"{field_label(e.field)}: {field_error_text(e)}" for e in errors)
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _in_force(entries: list[PenaltyTableEntry], on: date) -> set[int | None]:
    """The ids of the entries in force on `on`: per offence and occurrence, the latest that
    applies from that day or earlier."""
    latest: dict[tuple[str, int], PenaltyTableEntry] = {}
    for e in entries:
        key = (e.offence, e.occurrence)
        if e.valid_from <= on and (key not in latest or e.valid_from > latest[key].valid_from):
            latest[key] = e
    return {e.id for e in latest.values()}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
