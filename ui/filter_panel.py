"""The case list's filters: group, offence, status, body and unit, dates, and search as you type."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from domain.errors import StorageError
from domain.model import NO_GROUP, WARN_DAYS, CaseFilter, CaseStatus, DeadlineStatus
from ui.labels import (
    GROUPS,
    body_name,
    group_label,
    offence_label,
    offence_tooltip,
    status_label,
    unit_name,
)

if TYPE_CHECKING:
    from domain.services import CaseService

_log = logging.getLogger(__name__)

_CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_GROUP_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_ALL = "*"  # the group role of the "All offences" row: never filtered out
# The deadline choice "last day within 7 days": both the ≤ 2 and the ≤ 7 days badges, the open
# cases the start-up notice counts (CaseService.expiring_this_week).
WITHIN_A_WEEK = "within_a_week"
_BANDS = frozenset(DeadlineStatus)


class OffenceByGroupProxy(QSortFilterProxyModel):
    """Narrows the offence catalogue to the group chosen above it; the 'All' row always stays."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._group: str | None = None

    def set_group(self, group: str | None) -> None:
        self.beginFilterChange()
        self._group = group
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._group is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        group = index.data(_GROUP_ROLE)
        if group == _ALL:
            return True
        return (group or NO_GROUP) == self._group


class FilterPanel(QWidget):
    """Edits a CaseFilter; combos apply at once, the search box after a short pause in typing."""

    filter_changed = Signal(object)  # CaseFilter

    def __init__(
        self,
        services: CaseService,
        debounce_ms: int = 150,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self._quiet = 0  # >0 while several widgets change together: emit once at the end

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, IIN or case number…"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(debounce_ms)
        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self._emit)

        self.group = QComboBox()
        _compact(self.group)
        self.group.addItem(self.tr("All groups"), None)
        for group in GROUPS:
            self.group.addItem(group_label(group), group)
        self.group.currentIndexChanged.connect(self._group_changed)

        self._offences = QStandardItemModel(self)
        self._offence_proxy = OffenceByGroupProxy(self)
        self._offence_proxy.setSourceModel(self._offences)
        self.offence = QComboBox()
        self.offence.setModel(self._offence_proxy)
        _compact(self.offence)
        self.offence.currentIndexChanged.connect(self._emit)

        self.status = QComboBox()
        _compact(self.status)
        self.status.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status.addItem(status_label(status), status)
        self.status.currentIndexChanged.connect(self._emit)

        self.deadline = QComboBox()
        _compact(self.deadline)
        self.deadline.addItem(self.tr("Any deadline"), None)
        choices: tuple[tuple[str, str], ...] = (
            (DeadlineStatus.EXPIRED, self.tr("Expired")),
            (DeadlineStatus.WITHIN_2, self.tr("Last day within 2 days")),
            (WITHIN_A_WEEK, self.tr("Last day within 7 days")),
            (DeadlineStatus.ON_TIME, self.tr("On time (more than 7 days)")),
        )
        for choice, text in choices:
            self.deadline.addItem(text, choice)
        self.deadline.setToolTip(self.tr("Open cases by their last permissible day"))
        self.deadline.currentIndexChanged.connect(self._emit)

        self.body = QComboBox()
        _compact(self.body)
        self.body.currentIndexChanged.connect(self._body_changed)
        self.unit = QComboBox()
        _compact(self.unit)
        self.unit.currentIndexChanged.connect(self._emit)

        self.use_dates = QCheckBox(self.tr("Committed between"))
        now = today()
        self.date_from = _date_edit(now - timedelta(days=365))
        self.date_to = _date_edit(now)
        for widget in (self.date_from, self.date_to):
            widget.setEnabled(False)
            widget.dateChanged.connect(self._emit)
        self.use_dates.toggled.connect(self._dates_toggled)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)

        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Search"), self.search)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Offence"), self.offence)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow(self.tr("State body"), self.body)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.use_dates)
        form.addRow(dates)
        form.addRow(self.clear_button)

        self.reload_choices()

    # -- public -----------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        committed_from = committed_to = None
        if self.use_dates.isChecked():
            committed_from = self.date_from.date().toPython()
            committed_to = self.date_to.date().toPython()
        deadline = self.deadline.currentData()
        last_day_from = last_day_to = None
        if deadline == WITHIN_A_WEEK:
            today = self._today()
            last_day_from, last_day_to = today, today + timedelta(days=WARN_DAYS)
        return CaseFilter(
            group=self.group.currentData(),
            offence=self.offence.currentData(_CODE_ROLE),
            status=self.status.currentData(),
            body_id=self.body.currentData(),
            unit_id=self.unit.currentData() if self.unit.isEnabled() else None,
            committed_from=committed_from,
            committed_to=committed_to,
            search=unicodedata.normalize("NFC", self.search.text().strip()),
            # A band is a badge, and only open cases have one.
            open_only=deadline is not None,
            deadline=DeadlineStatus(deadline) if deadline in _BANDS else None,
            last_day_from=last_day_from,
            last_day_to=last_day_to,
        )

    def set_group(self, group: str | None) -> None:
        """Select a group (from the groups panel); emits filter_changed if it changed."""
        index = self.group.findData(group)
        if index >= 0:
            self.group.setCurrentIndex(index)

    def set_deadline(self, choice: str | None) -> None:
        """Select a DeadlineStatus band or WITHIN_A_WEEK; emits filter_changed if it changed."""
        index = self.deadline.findData(choice)
        if index >= 0:
            self.deadline.setCurrentIndex(index)

    def clear(self) -> None:
        self._quiet += 1
        try:
            self.search.clear()
            self.search_timer.stop()
            for combo in (self.group, self.offence, self.status, self.deadline, self.body):
                combo.setCurrentIndex(0)
            self.use_dates.setChecked(False)
        finally:
            self._quiet -= 1
        self._emit()

    def reload_choices(self) -> None:
        """Re-read bodies and the offence catalogue (after a body is added or a pack changes)."""
        self._quiet += 1
        try:
            self._load_offences()
            self._load_bodies()
        finally:
            self._quiet -= 1

    # -- internals --------------------------------------------------------------------------

    def _emit(self) -> None:
        if self._quiet:
            return
        self.search_timer.stop()
        self.filter_changed.emit(self.current_filter())

    def _group_changed(self) -> None:
        self._quiet += 1
        try:
            chosen = self.offence.currentData(_CODE_ROLE)
            self._offence_proxy.set_group(self.group.currentData())
            # An offence of another group is dropped, not swapped for its neighbour in the list.
            self.offence.setCurrentIndex(max(0, self.offence.findData(chosen, _CODE_ROLE)))
        finally:
            self._quiet -= 1
        self._emit()

    def _body_changed(self) -> None:
        self._quiet += 1
        try:
            self._load_units()
        finally:
            self._quiet -= 1
        self._emit()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _load_offences(self) -> None:
        current = self.offence.currentData(_CODE_ROLE)
        self._offences.clear()
        everything = QStandardItem(self.tr("All offences"))
        everything.setData(_ALL, _GROUP_ROLE)
        self._offences.appendRow(everything)
        try:
            catalogue = self._services.pack_for(date.today()).offences
        except StorageError as exc:
            _log.warning("offence catalogue: %s", exc)
            catalogue = ()
        for offence in catalogue:
            item = QStandardItem(offence_label(offence))
            item.setData(offence.code, _CODE_ROLE)
            item.setData(offence.group, _GROUP_ROLE)
            item.setToolTip(offence_tooltip(offence))
            self._offences.appendRow(item)
        self.offence.setCurrentIndex(max(0, self.offence.findData(current, _CODE_ROLE)))

    def _load_bodies(self) -> None:
        current = self.body.currentData()
        self.body.clear()
        self.body.addItem(self.tr("All state bodies"), None)
        try:
            bodies = self._services.bodies()
        except StorageError as exc:
            _log.warning("bodies: %s", exc)
            bodies = []
        for body in bodies:
            self.body.addItem(body_name(body), body.id)
        self.body.setCurrentIndex(max(0, self.body.findData(current)))
        self._load_units()

    def _load_units(self) -> None:
        body_id = self.body.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        self.unit.setEnabled(body_id is not None)
        if body_id is None:
            return
        try:
            units = self._services.units(body_id)
        except StorageError as exc:
            _log.warning("units: %s", exc)
            units = []
        for unit in units:
            self.unit.addItem(unit_name(unit), unit.id)


def _compact(combo: QComboBox) -> None:
    # Long offence titles and body names must not widen the dock; the popup shows them whole.
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit
