"""The main window: the case list in the middle, filters and groups docked beside it."""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.authz import Permission
from domain.errors import NotFound, PermissionDenied, StorageError
from domain.model import CaseFilter, DeadlineStatus
from ui.badge_delegate import BadgeDelegate, fit_deadline_columns
from ui.calendar_dialog import CalendarDialog
from ui.case_editor import CaseEditor
from ui.case_table_model import BADGE_ROLE, CASE_ID_ROLE, CaseTableModel, Column
from ui.clock_banner import ClockBanner
from ui.context import AppContext
from ui.filter_panel import WITHIN_A_WEEK, FilterPanel
from ui.first_run import FirstRunCommands
from ui.groups_panel import GroupsPanel
from ui.i18n import current_language
from ui.main_menus import build_menus
from ui.message_bar import MessageBar
from ui.penalty_table_dialog import PenaltyTableDialog
from ui.permissions import CaseReads
from ui.prompts import Prompts
from ui.settings import Settings
from ui.watch_list import WatchList

_log = logging.getLogger(__name__)

# The offence column is last and stretches over what is left.
_DEFAULT_WIDTHS = {
    Column.NUMBER: 100,
    Column.FULL_NAME: 210,
    Column.IIN: 105,
    Column.BODY: 170,
    Column.GROUP: 50,
    Column.STATUS: 140,
    Column.COMMITTED: 85,
    Column.DISCOVERED: 85,
}
DEMO_DEFAULT = 500


class MainWindow(QMainWindow):
    """Composes the case list, the panels and the menus; each slot is a few lines over a service."""

    # Another database was opened; the application replaces this window with one over it.
    context_replaced = Signal(object)  # AppContext

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts | None = None,
        settings: Settings | None = None,
        debounce_ms: int = 150,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.prompts = prompts if prompts is not None else Prompts(self)
        self.settings = settings if settings is not None else Settings()
        self.editor: CaseEditor | None = None
        self._debounce_ms = debounce_ms
        self.setWindowTitle(self.tr("Tartip — %1").replace("%1", context.database_label))

        # Badges count from the trusted today: a clock set back never hides a missed deadline.
        # Empty lists, not refusals, for a role that sees no cases (the administrator).
        self.case_reads = CaseReads(self.services, context.guard)
        self.model = CaseTableModel(self.case_reads, parent=self, today=self.services.today)
        self.model.load_failed.connect(self._load_failed, Qt.ConnectionType.QueuedConnection)
        self.table = self._build_table()
        self.notice = MessageBar()
        self.notice.action_triggered.connect(self.show_deadline_cases)
        self.clock_banner = ClockBanner(self.services.clock)  # S13: the clock is set back
        self.getting_started = FirstRunCommands(self)  # an administrator alone in the database
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(4)
        central_layout.addWidget(self.clock_banner)
        central_layout.addWidget(self.notice)
        central_layout.addWidget(self.getting_started.panel)
        central_layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.calendar_dialog: CalendarDialog | None = None
        self.penalty_table_dialog: PenaltyTableDialog | None = None

        self.filters = FilterPanel(self.services, debounce_ms=debounce_ms)
        self.groups = GroupsPanel()
        self.groups_dock = self._dock("groups", self.tr("Groups"), self.groups)
        self.filters_dock = self._dock("filters", self.tr("Filters"), self.filters)
        self.filters.filter_changed.connect(self.apply_filter)
        self.groups.group_selected.connect(self.filters.set_group)
        self.watch = WatchList(self.case_reads, today=self.services.today)
        self.watch.model.load_failed.connect(self._load_failed, Qt.ConnectionType.QueuedConnection)
        self.watch.case_activated.connect(self.open_editor)
        self.watch_dock = self._dock(
            "watch", self.tr("Watch list"), self.watch, Qt.DockWidgetArea.RightDockWidgetArea
        )

        self.shown_label = QLabel()
        self.statusBar().addPermanentWidget(self.shown_label)
        build_menus(self)
        self.users_command.listeners.append(self.getting_started.refresh)
        self._restore()
        self.update_counts()

    # -- building ---------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Uniform rows: the view never asks every row for its height, so 100k rows cost nothing.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        rows.hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in _DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        table.setItemDelegateForColumn(Column.DAYS_LEFT, BadgeDelegate(BADGE_ROLE, table))
        fit_deadline_columns(table, Column.DAYS_LEFT, Column.LAST_DAY)
        # Enter, and the platform's activation click (double-click on most desktops).
        table.activated.connect(lambda _index: self.edit_current())
        return table

    def _dock(
        self,
        name: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea,
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")  # saveState() needs the name
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- settings ---------------------------------------------------------------------------

    def _restore(self) -> None:
        header = self.table.horizontalHeader()
        if not self.settings.window_geometry.isEmpty():
            self.restoreGeometry(self.settings.window_geometry)
        else:
            self._default_geometry()
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        self._dock_sizes_pending = self.settings.window_state.isEmpty()
        if not self.settings.case_header_state.isEmpty():
            header.restoreState(self.settings.case_header_state)
        else:
            header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        # Turning sorting on applies the header's (restored) indicator through model.sort().
        self.table.setSortingEnabled(True)

    def _default_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1440, screen.width() - 40), min(860, screen.height() - 60))

    def save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.case_header_state = self.table.horizontalHeader().saveState()
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dock_sizes_pending:  # first start: docks sized once the layout exists
            self._dock_sizes_pending = False
            QTimer.singleShot(0, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        self.resizeDocks(
            [self.filters_dock, self.watch_dock],
            [280, self.watch.preferred_width()],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.groups_dock], [130], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # -- the list ---------------------------------------------------------------------------

    def apply_filter(self, flt: CaseFilter) -> None:
        self.model.set_filter(flt)
        self.groups.select_group(flt.group)
        self.update_counts()

    def update_counts(self) -> None:
        """Group counts under the other filters, and 'Shown: N of M' in the status bar."""
        flt = self.model.case_filter
        try:
            self.groups.set_counts(self.case_reads.group_counts(replace(flt, group=None)))
            total = self.case_reads.count_cases(CaseFilter())
        except (StorageError, PermissionDenied) as exc:
            _log.warning("counts: %s", exc)
            return
        self.shown_label.setText(
            self.tr("Shown: %1 of %n case(s)", "", total).replace("%1", str(self.model.rowCount()))
        )

    def refresh(self) -> None:
        self.filters.reload_choices()
        self.model.refresh()
        self.watch.refresh()
        self.update_counts()
        self.clock_banner.check()  # a save is when the trail may first see the clock set back
        if self.notice.isVisible():  # the counts it gives may have changed
            self.show_deadline_notice()

    def _load_failed(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            self.prompts.storage_error(exc, self)
        else:
            self.statusBar().showMessage(
                self.tr("Some cases could not be shown; the details are in the log."), 10_000
            )

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    # -- actions ----------------------------------------------------------------------------

    def new_case(self) -> CaseEditor | None:
        return self.open_editor(None)

    def edit_current(self) -> CaseEditor | None:
        case_id = self.current_case_id()
        return self.open_editor(case_id) if case_id is not None else None

    def open_editor(self, case_id: int | None) -> CaseEditor | None:
        case = None
        if case_id is not None:
            try:
                case = self.services.get_case(case_id)
            except NotFound:
                self.prompts.info(self.tr("Case"), self.tr("This case no longer exists."), self)
                self.refresh()
                return None
            except StorageError as exc:
                self.prompts.storage_error(exc, self)
                return None
        editor = CaseEditor(
            self.services,
            self.prompts,
            case,
            debounce_ms=self._debounce_ms,
            parent=self,
            procedure=self.context.procedure,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.case_saved.connect(self._case_saved)
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self) -> None:
        self.editor = None  # deleted on close; keep no dangling wrapper

    def _case_saved(self, case_id: int) -> None:
        self.refresh()
        self.statusBar().showMessage(self.tr("Case saved."), 5000)

    def load_demo(self) -> None:
        if self.context.load_demo is None:
            return
        count = self.prompts.ask_int(
            self.tr("Demo data"),
            self.tr("How many demo cases to add to this database?"),
            DEMO_DEFAULT,
            1,
            100_000,
            self,
        )
        if count is not None:
            self._run_demo(count)

    def _run_demo(self, count: int) -> None:
        assert self.context.load_demo is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            added = self.context.load_demo(count)
        except StorageError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.prompts.storage_error(exc, self)
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        self.statusBar().showMessage(self.tr("%n demo case(s) added.", "", added), 5000)

    def open_database(self) -> None:
        if self.context.reopen is None:
            return
        path = self.prompts.open_file(
            self.tr("Open database"),
            self.tr("Tartip databases (*.db *.sqlite *.sqlite3);;All files (*)"),
            self,
        )
        if not path:
            return
        try:
            new_context = self.context.reopen(path)
        except StorageError as exc:
            self.prompts.storage_error(exc, self)
            return
        self.context_replaced.emit(new_context)

    def set_switch(self, name: str, on: bool) -> None:
        try:
            self.services.set_switch(name, on)
        except StorageError as exc:
            self.prompts.storage_error(exc, self)
            with QSignalBlocker(self.switch_actions[name]):
                self.switch_actions[name].setChecked(not on)
            return
        self.filters.reload_choices()

    def language_chosen(self, action: QAction) -> None:
        """A language of the Settings menu: remembered, used from the next start."""
        self.settings.language = str(action.data())
        self.prompts.info(
            self.tr("Language"),
            self.tr("The new language will be used after Tartip is restarted."),
            self,
        )

    def show_about(self) -> None:
        pack = self.services.pack_for(date.today())
        lang = current_language()
        parts = [
            f"<h3>Tartip {html.escape(self.context.app_version)}</h3>",
            "<p>"
            + html.escape(self.tr("Disciplinary cases of civil servants of Kazakhstan."))
            + "</p>",
            "<p><b>"
            + html.escape(self.tr("Rule pack:"))
            + f"</b> {html.escape(pack.id)} — {html.escape(pack.title.get(lang))}</p>",
            "<p><b>"
            + html.escape(self.tr("Database:"))
            + f"</b> {html.escape(self.context.database_label)}</p>",
        ]
        if pack.caveat is not None:
            parts.append(f"<p><i>{html.escape(pack.caveat.get(lang))}</i></p>")
        self.prompts.about(self.tr("About Tartip"), "".join(parts), self)

    # -- deadlines --------------------------------------------------------------------------

    def show_deadline_notice(self) -> bool:
        """The bar over the list when open cases expire this week or have expired; True if shown."""
        try:
            expiring = self.services.expiring_this_week()
            expired = self.services.expired_open()
        except (StorageError, PermissionDenied) as exc:
            _log.warning("deadline notice: %s", exc)
            return False
        if not expiring and not expired:
            self.notice.hide()
            return False
        parts = []
        if expiring:
            parts.append(
                self.tr(
                    "%n open case(s) reach their last permissible day within 7 days.", "", expiring
                )
            )
        if expired:
            parts.append(
                self.tr(
                    "%n open case(s) are past their last day: no penalty may be imposed on them.",
                    "",
                    expired,
                )
            )
        actions = []
        if expiring:
            actions.append((WITHIN_A_WEEK, self.tr("Show: due within 7 days")))
        if expired:
            actions.append((DeadlineStatus.EXPIRED.value, self.tr("Show: expired")))
        self.notice.show_message(" ".join(parts), actions)
        return True

    def show_deadline_cases(self, choice: str) -> None:
        """A button of the notice: the list narrowed to the cases it speaks of."""
        self.filters_dock.show()
        self.filters.set_deadline(choice)

    def open_calendar(self) -> CalendarDialog:
        dialog = CalendarDialog(self.services, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.calendar_changed.connect(self.refresh)
        dialog.finished.connect(self._calendar_closed)
        self.calendar_dialog = dialog
        dialog.open()
        return dialog

    def _calendar_closed(self) -> None:
        self.calendar_dialog = None

    def open_penalty_table(self) -> PenaltyTableDialog:
        dialog = PenaltyTableDialog(self.services, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._penalty_table_closed)
        self.penalty_table_dialog = dialog
        dialog.open()
        return dialog

    def _penalty_table_closed(self) -> None:
        self.penalty_table_dialog = None

    def on_first_show(self) -> None:
        """Once the window is up: the start-up check's warning, the deadline notice, "Getting
        started" (an administrator alone), the rule pack's caveat (once per pack), then the demo
        offer."""
        if self.context.startup_warning:
            self.prompts.warning(self.tr("Audit trail"), self.context.startup_warning, self)
        self.clock_banner.check()
        # A role without access to cases (the administrator) gets no notice and no demo offer:
        # asking anyway would leave an authz_denied entry in the trail at every start.
        sees_cases = self.permissions.allowed(Permission.CASE_VIEW)
        if sees_cases:
            self.show_deadline_notice()
        self.getting_started.refresh()
        try:
            today = date.today()
            pack, caveat = self.services.pack_for(today), self.services.caveat_for(today)
            if caveat is not None and not self.settings.caveat_seen(pack.id):
                self.settings.mark_caveat_seen(pack.id)
                self.prompts.warning(
                    self.tr("About the legal basis"), caveat.get(current_language()), self
                )
            if (
                sees_cases
                and self.context.load_demo is not None
                and not self.settings.demo_offered
                and self.services.count_cases(CaseFilter()) == 0
            ):
                self.settings.demo_offered = True
                if self.prompts.question(
                    self.tr("Empty database"),
                    self.tr(
                        "This database has no cases yet. Load %1 demo cases to try Tartip out? "
                        "Do not do this in a database you will use for real cases."
                    ).replace("%1", str(DEMO_DEFAULT)),
                    self,
                ):
                    self._run_demo(DEMO_DEFAULT)
        except PermissionDenied:
            pass  # a role without access to cases: no notice, no demo offer
        except StorageError as exc:
            self.prompts.storage_error(exc, self)
