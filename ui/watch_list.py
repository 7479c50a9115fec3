"""The watch list: open cases, the nearest last permissible day first, for a dock beside the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.model import CaseFilter
from ui.badge_delegate import BadgeDelegate, fit_deadline_columns
from ui.case_table_model import BADGE_ROLE, CASE_ID_ROLE, CaseTableModel, Column

if TYPE_CHECKING:
    from domain.services import CaseService

# What the narrow dock shows, in this order; the model's other columns are hidden.
WATCH_COLUMNS = (Column.DAYS_LEFT, Column.LAST_DAY, Column.NUMBER, Column.FULL_NAME)
WATCH_FILTER = CaseFilter(open_only=True)


class WatchList(QWidget):
    """Open cases sorted by last day (the store sorts, a block at a time); activation opens one."""

    case_activated = Signal(int)  # the case id

    def __init__(
        self,
        services: CaseService,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(
            services, block_size=100, max_blocks=4, parent=self, today=today
        )
        self.model.set_filter(WATCH_FILTER)
        self.model.sort(Column.LAST_DAY, Qt.SortOrder.AscendingOrder)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.DAYS_LEFT, BadgeDelegate(BADGE_ROLE, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)  # the order is the list's purpose
        for column in Column:
            self.table.setColumnHidden(column, column not in WATCH_COLUMNS)
        for visual, column in enumerate(WATCH_COLUMNS):
            header.moveSection(header.visualIndex(column), visual)
        header.setStretchLastSection(True)
        fit_deadline_columns(self.table, Column.DAYS_LEFT, Column.LAST_DAY)
        header.resizeSection(
            Column.NUMBER, self.fontMetrics().horizontalAdvance("2026-000000") + 16
        )
        self.table.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #505050;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self._update_summary()

    def preferred_width(self) -> int:
        """The dock width that shows every column whole, with room for a short name."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in WATCH_COLUMNS if c != Column.FULL_NAME)
        return fixed + self.fontMetrics().horizontalAdvance("Ж" * 9) + 30

    def refresh(self) -> None:
        self.model.refresh()
        self._update_summary()

    def case_id_at(self, row: int) -> int | None:
        case = self.model.case_at(row)
        return case.id if case is not None else None

    def _activated(self, index: object) -> None:
        case_id = self.table.currentIndex().data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_activated.emit(int(case_id))

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n open case(s)", "", self.model.rowCount()))
