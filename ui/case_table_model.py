"""The case list as a windowed Qt table model: rows are fetched from the store a block at a time.

Why sorting and filtering happen in SQL and not in a QSortFilterProxyModel: a proxy sorts and
filters the rows its source model holds, so the source would have to load every case (100,000
rows, every column) before the first paint, and re-sorting would walk all of them in Python. The
store has an index per sort key (model.SortKey) and the filter columns, so `count` + `page`
answer in milliseconds and this model only keeps the few blocks the view is looking at. Small,
complete lists (the offence combo of the filter panel) do use a proxy.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from domain.errors import PermissionDenied, StorageError
from domain.model import (
    OPEN_STATUSES,
    CaseFilter,
    CaseRow,
    CaseStatus,
    DeadlineStatus,
    SortKey,
    deadline_status,
)
from domain.rulepack import Offence
from ui.deadline_text import badge_hint, badge_text, date_text, days_left_text
from ui.labels import group_label, group_short, offence_label, offence_tooltip, status_label

if TYPE_CHECKING:
    from domain.services import CaseService

_log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The case list's columns, in display order."""

    NUMBER = 0
    FULL_NAME = 1
    STATUS = 2  # beside the deadline: a closed case has no badge, and its status says why
    DAYS_LEFT = 3
    LAST_DAY = 4
    IIN = 5
    BODY = 6
    GROUP = 7
    COMMITTED = 8
    DISCOVERED = 9
    OFFENCE = 10  # last: the long text takes the width that is left


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.FULL_NAME: SortKey.FULL_NAME,
    Column.IIN: SortKey.IIN,
    Column.BODY: SortKey.BODY,
    Column.OFFENCE: SortKey.OFFENCE,
    Column.GROUP: SortKey.GROUP,
    Column.STATUS: SortKey.STATUS,
    Column.COMMITTED: SortKey.COMMITTED,
    Column.DISCOVERED: SortKey.DISCOVERED,
    Column.LAST_DAY: SortKey.LAST_DAY,
    Column.DAYS_LEFT: SortKey.LAST_DAY,
}

CASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# The DeadlineStatus of an open case's row, in the DAYS_LEFT column (None for closed cases and
# unknown last days). It reaches a view as its str value: QVariant keeps only the string.
BADGE_ROLE = int(Qt.ItemDataRole.UserRole) + 2

_SERVED_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        int(Qt.ItemDataRole.ForegroundRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        CASE_ID_ROLE,
        BADGE_ROLE,
    }
)
_CENTERED = frozenset({Column.GROUP, Column.COMMITTED, Column.DISCOVERED, Column.LAST_DAY})
_ANNULLED_BRUSH = QBrush(QColor(128, 128, 128))
_OFFENCE_CACHE_DATES = 512


class CaseTableModel(QAbstractTableModel):
    """Cases matching a filter, sorted by the store; only an LRU of row blocks is held."""

    # An exception (StorageError, or a bug) that left cells empty; connect it queued, because it
    # is emitted from data() while the view paints.
    load_failed = Signal(object)

    def __init__(
        self,
        services: CaseService,
        block_size: int = 200,
        max_blocks: int = 8,
        parent: Any = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self._today_value = today()
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._filter = CaseFilter()
        self._sort = SortKey.NUMBER
        self._descending = False
        self._count = 0
        self._blocks: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._failed_blocks: set[int] = set()
        self._reported = False
        self._offences: dict[date, dict[str, Offence]] = {}
        self.fetches = 0  # blocks read from the store since creation (tests and diagnostics)
        self._recount()

    # -- what the rest of the UI calls ------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def row_bound(self) -> int:
        """The most rows this model ever holds in memory."""
        return self._block_size * self._max_blocks

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._blocks.values())

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Forget every loaded row and count again (after a save, a filter or a sort change)."""
        self.beginResetModel()
        self._blocks.clear()
        self._failed_blocks.clear()
        self._offences.clear()
        self._reported = False
        self._today_value = self._today()  # badges count from the day of the refresh
        self._recount()
        self.endResetModel()

    def case_at(self, row: int) -> CaseRow | None:
        if not 0 <= row < self._count:
            return None
        return self._row(row)

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[Column(section)]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) not in _SERVED_ROLES or not index.isValid():
            return None
        if index.row() >= self._count or index.column() >= len(Column):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        try:
            return self._value(row, Column(index.column()), int(role))
        except Exception as exc:  # a bug must not take the whole table down: log and tell once
            self._report(exc)
            return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query the store in the new order; -1 (no sort column) means by number."""
        key = SORT_KEYS[Column(column)] if 0 <= column < len(Column) else SortKey.NUMBER
        descending = order == Qt.SortOrder.DescendingOrder and 0 <= column < len(Column)
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.refresh()

    # -- internals --------------------------------------------------------------------------

    def _titles(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("No."),
            Column.FULL_NAME: self.tr("Full name"),
            Column.IIN: self.tr("IIN"),
            Column.BODY: self.tr("State body"),
            Column.OFFENCE: self.tr("Offence"),
            Column.GROUP: self.tr("Group"),
            Column.STATUS: self.tr("Status"),
            Column.COMMITTED: self.tr("Committed"),
            Column.DISCOVERED: self.tr("Discovered"),
            Column.LAST_DAY: self.tr("Last day"),
            Column.DAYS_LEFT: self.tr("Days left"),
        }

    def _recount(self) -> None:
        try:
            self._count = self._services.count_cases(self._filter)
        except Exception as exc:
            self._count = 0
            self._report(exc)

    def _report(self, exc: Exception) -> None:
        if isinstance(exc, PermissionDenied):
            return  # a role without access to cases (the administrator) sees an empty list
        _log.warning("case list: %s", exc, exc_info=not isinstance(exc, StorageError))
        if not self._reported:  # one dialog per reset, not one per painted cell
            self._reported = True
            self.load_failed.emit(exc)

    def _row(self, row: int) -> CaseRow | None:
        block_no, pos = divmod(row, self._block_size)
        rows = self._blocks.get(block_no)
        if rows is None:
            rows = self._fetch(block_no)
            if rows is None:
                return None
        else:
            self._blocks.move_to_end(block_no)
        # The store may hold fewer rows than counted if another workstation deleted some.
        return rows[pos] if pos < len(rows) else None

    def _fetch(self, block_no: int) -> list[CaseRow] | None:
        if block_no in self._failed_blocks:
            return None
        try:
            rows = self._services.list_cases(
                self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=block_no * self._block_size,
                limit=self._block_size,
            )
        except Exception as exc:
            self._failed_blocks.add(block_no)
            self._report(exc)
            return None
        self.fetches += 1
        self._blocks[block_no] = rows
        while len(self._blocks) > self._max_blocks:
            self._blocks.popitem(last=False)
        return rows

    def _offence(self, row: CaseRow) -> Offence | None:
        table = self._offences.get(row.committed_on)
        if table is None:
            if len(self._offences) >= _OFFENCE_CACHE_DATES:
                self._offences.clear()
            pack = self._services.pack_for(row.committed_on)
            table = {offence.code: offence for offence in pack.offences}
            self._offences[row.committed_on] = table
        return table.get(row.offence)

    def badge(self, row: CaseRow) -> DeadlineStatus | None:
        """The deadline band of an open case; closed cases and unknown last days have none."""
        if row.last_day is None or row.status not in OPEN_STATUSES:
            return None
        return deadline_status(row.last_day, self._today_value)

    def _value(self, row: CaseRow, column: Column, role: int) -> Any:
        if role == CASE_ID_ROLE:
            return row.id
        if role == BADGE_ROLE:
            return self.badge(row) if column == Column.DAYS_LEFT else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            status = self.badge(row) if column == Column.DAYS_LEFT else None
            text = self._display(row, column)
            return f"{badge_text(status)}: {text}" if status is not None else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DAYS_LEFT:
                status = self.badge(row)
                return badge_hint(status) if status is not None else None
            if column == Column.OFFENCE:
                offence = self._offence(row)
                return offence_tooltip(offence) if offence else row.offence
            if column == Column.GROUP:
                return group_label(row.group)
            if column in (Column.FULL_NAME, Column.BODY):
                return self._display(row, column)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _CENTERED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.status == CaseStatus.ANNULLED:
            return _ANNULLED_BRUSH
        return None

    def _display(self, row: CaseRow, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return row.number
            case Column.FULL_NAME:
                return row.full_name
            case Column.IIN:
                return row.iin
            case Column.BODY:
                return row.body_name
            case Column.OFFENCE:
                offence = self._offence(row)
                return offence_label(offence) if offence else row.offence
            case Column.GROUP:
                return group_short(row.group)
            case Column.STATUS:
                return status_label(row.status)
            case Column.COMMITTED:
                return row.committed_on.strftime("%d.%m.%Y")
            case Column.DISCOVERED:
                return row.discovered_on.strftime("%d.%m.%Y")
            case Column.LAST_DAY:
                return date_text(row.last_day) if row.last_day is not None else ""
            case Column.DAYS_LEFT:
                if row.last_day is None or row.status not in OPEN_STATUSES:
                    return ""
                return days_left_text(row.last_day, self._today_value)
