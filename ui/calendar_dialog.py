"""Settings → Working-day calendar: a year's public holidays and the administrator's overrides."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.calendar import DayKind, WorkCalendar
from domain.errors import StorageError, ValidationFailed
from domain.model import CalendarOverride
from ui.deadline_text import date_text, holiday_text
from ui.form_widgets import editor_dialog_footer
from ui.i18n import current_language
from ui.messages import field_error_text
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.services import CaseService

_log = logging.getLogger(__name__)

FIRST_YEAR = 2015  # Law 416-V: no case in this registry counts days before it
YEARS_AHEAD = 2  # the government announces transfers for the coming year at most
NOTE_MAX = 200
_DAY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_OVERRIDE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_DAY_OFF_BG = QBrush(QColor("#fde7e7"))
_WORKING_BG = QBrush(QColor("#e3f1e3"))


class CalendarDialog(QDialog):
    """Lists a year's notable days; adds and removes overrides, each saved (and counted) at once."""

    calendar_changed = Signal()  # an override was stored or removed; deadlines were recomputed

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
        self._overrides: dict[date, CalendarOverride] = {}
        self.setWindowTitle(self.tr("Working-day calendar"))
        this_year = today().year

        intro = QLabel(
            self.tr(
                "Public holidays come from the Law “On holidays”. Days off the government moves "
                "and the date of Kurban Ait change every year: check them here and correct the "
                "calendar. Every change recomputes the deadlines of the cases."
            )
        )
        intro.setWordWrap(True)

        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, this_year + YEARS_AHEAD)
        self.year.setValue(this_year)
        self.year.valueChanged.connect(self.reload)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Year")))
        year_row.addWidget(self.year)
        year_row.addStretch(1)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Weekday"), self.tr("Day"), self.tr("Holiday or note")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.remove_button = QPushButton(self.tr("Remove the override"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setDate(QDate(today().year, today().month, today().day))
        self.working = QRadioButton(self.tr("Working day"))
        self.day_off = QRadioButton(self.tr("Day off"))
        self.day_off.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.working)
        kinds.addButton(self.day_off)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. Government decree No., date"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_override)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.day.dateChanged.connect(self._clear_message)

        add_box = QGroupBox(self.tr("Add an override"))
        fields = QHBoxLayout()
        fields.addWidget(self.day)
        fields.addWidget(self.day_off)
        fields.addWidget(self.working)
        fields.addWidget(self.note, 1)
        fields.addWidget(self.add_button)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(fields)
        add_layout.addWidget(self.message)

        footer, self.status = editor_dialog_footer(self, self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(add_box)
        layout.addLayout(footer)
        self.resize(760, 640)
        self.reload()

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the overrides and the calendar again and list the chosen year's notable days."""
        try:
            overrides = self._services.calendar_overrides()
            calendar = self._services.work_calendar()
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return
        self._overrides = {o.day: o for o in overrides}
        rows = self.notable_days(calendar, self.year.value())
        self.table.setRowCount(len(rows))
        locale = QLocale(current_language())
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (day, kind) in enumerate(rows):
            override = self._overrides.get(day)
            working = calendar.is_working_day(day)
            name = calendar.holiday_name(day)
            what = holiday_text(name) if name else ""
            if override is not None:
                by_admin = self.tr("Set by the administrator")
                what = f"{by_admin}: {override.note}" if override.note else by_admin
                if name:
                    what += f" ({holiday_text(name)})"
            elif kind == DayKind.TRANSFERRED_WORKDAY:
                what = self.tr("Working day moved by the government")
            cells = [
                date_text(day),
                locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat),
                self.tr("Working day") if working else self.tr("Day off"),
                what,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_DAY_ROLE, day)
                item.setData(_OVERRIDE_ROLE, override is not None)
                if c == 2:  # the text says it too: colour only helps the eye
                    item.setBackground(_WORKING_BG if working else _DAY_OFF_BG)
                if override is not None:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self._selection_changed()

    @staticmethod
    def notable_days(calendar: WorkCalendar, year: int) -> list[tuple[date, DayKind]]:
        """Holidays, moved days off and working days, and overrides of `year`, by date."""
        out = []
        day, end = date(year, 1, 1), date(year, 12, 31)
        while day <= end:
            kind = calendar.day_kind(day)
            if (
                kind not in (DayKind.WORKDAY, DayKind.WEEKEND)
                or calendar.holiday_name(day) is not None
            ):
                out.append((day, kind))
            day += timedelta(days=1)
        return out

    def row_of(self, day: date) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(_DAY_ROLE) == day:
                return r
        return -1

    def select_day(self, day: date) -> None:
        row = self.row_of(day)
        if row >= 0:
            self.table.selectRow(row)
            item = self.table.item(row, 0)
            if item is not None:
                self.table.scrollToItem(item)

    def selected_day(self) -> date | None:
        items = self.table.selectedItems()
        return items[0].data(_DAY_ROLE) if items else None

    def _selection_changed(self) -> None:
        day = self.selected_day()
        self.remove_button.setEnabled(day is not None and day in self._overrides)

    # -- changes ----------------------------------------------------------------------------

    def input_problem(self, day: date) -> str:
        """Why `day` cannot get a new override, or ''."""
        first, last = date(FIRST_YEAR, 1, 1), date(self._today().year + YEARS_AHEAD, 12, 31)
        if not first <= day <= last:
            return (
                self.tr("Choose a day between %1 and %2.")
                .replace("%1", date_text(first))
                .replace("%2", date_text(last))
            )
        if day in self._overrides:
            return self.tr("%1 already has an override; remove it first to change it.").replace(
                "%1", date_text(day)
            )
        return ""

    def add_override(self) -> bool:
        """Store the override typed in the form; on a problem, say it under the form."""
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        problem = self.input_problem(day)
        if problem:
            self._say(problem)
            return False
        override = CalendarOverride(day, self.working.isChecked(), self.note.text().strip())
        changed = self._save(lambda: self._services.set_calendar_override(override))
        if changed is None:
            return False
        self.note.clear()
        if self.year.value() != day.year:
            self.year.setValue(day.year)  # reloads
        else:
            self.reload()
        self.select_day(day)
        moved = changed if isinstance(changed, int) else 0  # the service's count of cases
        self.status.setText(
            self.tr("Saved %1. The last day changed in %n open case(s).", "", moved).replace(
                "%1", date_text(day)
            )
        )
        return True

    def remove_selected(self) -> bool:
        day = self.selected_day()
        if day is None or day not in self._overrides:
            return False
        if self._save(lambda: self._services.delete_calendar_override(day)) is None:
            return False
        self.reload()
        self.status.setText(
            self.tr("Removed the override of %1; the deadlines were recomputed.").replace(
                "%1", date_text(day)
            )
        )
        return True

    def _save(self, call: Callable[[], object]) -> object | None:
        """Run a service call that changes the calendar; its result, or None if it failed."""
        self._clear_message()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = call()
        except ValidationFailed as exc:
            QGuiApplication.restoreOverrideCursor()
            self._say(" ".join(field_error_text(e) for e in exc.errors))
            return None
        except StorageError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._prompts.storage_error(exc, self)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.calendar_changed.emit()
        return result

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _clear_message(self) -> None:
        self._say("")
