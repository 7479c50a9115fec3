"""Starts the desktop client: QApplication, language, crash handling, the main window."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from domain.errors import StorageError
from ui import i18n
from ui.context import AppContext
from ui.first_admin_dialog import FirstAdminDialog
from ui.idle_lock import IdleLock
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.prompts import Prompts
from ui.session_menu import open_forms
from ui.settings import Settings

_log = logging.getLogger("tartip")
ORGANIZATION = APPLICATION = "Tartip"  # where QSettings and the user folders live

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashHandler:
    """sys.excepthook for the GUI: the traceback goes to the log, an apology to the screen."""

    def __init__(self, prompts: Prompts, log_path: str, app_version: str = "") -> None:
        self.prompts = prompts
        self.log_path = log_path
        self.app_version = app_version
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        _log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        details = f"Tartip {self.app_version}\n" + "".join(
            traceback.format_exception(exc_type, exc, tb)
        )
        self._showing = True
        try:
            self.prompts.crash(details, self.log_path)
        finally:
            self._showing = False


def ensure_file_log(log_path: str) -> None:
    """Log to `log_path` unless main.py already does (the crash dialog promises it is there)."""
    if not log_path:
        return
    root = logging.getLogger()
    for logger in (root, _log):
        for handler in logger.handlers:
            if getattr(handler, "baseFilename", None) == log_path:
                return
    try:
        handler = logging.FileHandler(log_path, encoding="utf-8")
    except OSError as exc:
        print(f"tartip: cannot write the log {log_path}: {exc}", file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _log.addHandler(handler)
    if _log.level == logging.NOTSET or _log.level > logging.INFO:
        _log.setLevel(logging.INFO)


def login_flow(
    context: AppContext,
    prompts: Prompts,
    parent: QWidget | None = None,
    filled: tuple[str, str] | None = None,
) -> bool:
    """Who works in this database: the first administrator is created while it has no users,
    else the login dialog (filled in with `filled` login and password, if given); False when
    the user cancels (or the users cannot be read).

    A context without `auth` (tools, tests of the registry) needs no login: True at once.
    """
    auth = context.auth
    if auth is None:
        return True
    try:
        first_start = not auth.has_users()
    except StorageError as exc:
        prompts.storage_error(exc, parent)
        return False
    dialog: QDialog
    if first_start:
        dialog = FirstAdminDialog(auth, prompts, parent)
    else:
        dialog = LoginDialog(
            auth, prompts, parent, database_label=context.database_label, filled=filled
        )
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class _Windows:
    """Keeps the current main window alive and swaps it when another database is opened or
    another user logs in; watches the session for the idle lock and its end."""

    def __init__(
        self,
        prompts: Prompts,
        settings: Settings | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.prompts = prompts
        self.settings = settings if settings is not None else Settings()
        self.clock = clock  # the idle lock's monotonic clock (tests move it by hand)
        self.window: MainWindow | None = None
        self.lock: IdleLock | None = None

    def show(self, context: AppContext) -> MainWindow:
        old = self.window
        window = MainWindow(context, prompts=self.prompts)
        self.prompts.owner = window
        window.context_replaced.connect(self.replace)
        session = window.session_commands
        session.lock_requested.connect(self.lock_now)
        # Queued: the menu closes before the login dialog's event loop starts.
        session.logout_requested.connect(
            lambda: self.logout(context), Qt.ConnectionType.QueuedConnection
        )
        self.window = window
        window.show()
        if old is not None:  # closed after the new one is up, or the app would quit here
            old.close()
            old.deleteLater()
        QTimer.singleShot(0, window.on_first_show)
        if context.daily_backup is not None:
            # After the first paint and off the GUI thread; rotate() makes at most one a day.
            QThreadPool.globalInstance().start(context.daily_backup)
        self._watch(context)
        return window

    def replace(self, context: AppContext) -> MainWindow | None:
        """Another database: its own users log in before its window shows."""
        if not login_flow(context, self.prompts, self.window):
            return None
        return self.show(context)

    def _watch(self, context: AppContext) -> None:
        if self.lock is not None:
            self.lock.stop()
            self.lock.deleteLater()
            self.lock = None
        if context.auth is None:
            return
        lock = IdleLock(
            context.auth,
            guard=context.guard,
            # Read at every check: a new preference applies without a restart.
            idle_minutes=lambda: self.settings.idle_lock_minutes,
            session_hours=self.settings.session_hours,
            clock=self.clock,
        )
        # Queued: the login dialog's event loop must not run inside the timer's slot.
        lock.logout_required.connect(
            lambda: self.logout(context), Qt.ConnectionType.QueuedConnection
        )
        lock.start()
        self.lock = lock

    def lock_now(self) -> None:
        """Session → Lock now: the idle lock's cover and password prompt, at once."""
        if self.lock is not None:
            self.lock.lock(by_user=True)

    def logout(self, context: AppContext) -> MainWindow | None:
        """End the session: open forms are closed (what was typed is discarded, never written
        anywhere), the main window is hidden, the login dialog asks again; cancelling it quits."""
        if self.lock is not None:
            self.lock.stop()
        window = self.window
        filled = window.session_commands.take_next_login() if window is not None else None
        for form in open_forms(self.window):
            form.close()  # a dialog's close is a reject; the old window deletes what it owns
            if form.parent() is None:
                form.deleteLater()
        if context.auth is not None:
            try:
                context.auth.logout()
            except StorageError as exc:
                _log.warning("logout: %s", exc)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()  # not closed: closing the last window would quit the application
        if login_flow(context, self.prompts, filled=filled):
            return self.show(context)
        QCoreApplication.quit()
        return None


def chosen_language() -> str:
    """The UI language (ru, kk, en): the user's choice, else the system's; works before the app.

    main.py may call it first to open the store with body names in the same language.
    """
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return Settings().language or i18n.system_language()


def setup_application(argv: list[str]) -> QApplication:
    """The QApplication with Tartip's names and the chosen language installed."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    i18n.install(chosen_language())
    return app


def run_gui(context: AppContext, argv: list[str]) -> int:
    """Show the main window over `context` and run the event loop; returns the exit code."""
    app = setup_application(argv)
    app.setApplicationVersion(context.app_version)
    ensure_file_log(context.log_path)
    prompts = Prompts()
    previous_hook = sys.excepthook
    sys.excepthook = CrashHandler(prompts, context.log_path, context.app_version)
    windows = _Windows(prompts)
    try:
        if not login_flow(context, prompts):
            return 0
        windows.show(context)
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # the day's backup ends before the exit one
        sys.excepthook = previous_hook
