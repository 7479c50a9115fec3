"""The Session menu (lock now, log out, change my password) and the idle-lock preference."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMainWindow, QWidget

from ui.idle_lock import LOCK_KEYS, LockScreen
from ui.password_dialog import ChangePasswordDialog
from ui.settings import IDLE_MINUTES_MAX, IDLE_MINUTES_MIN

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def open_forms(main: QWidget | None = None) -> list[QWidget]:
    """The visible windows a logout would close with whatever was typed in them: dialogs and
    other top-level windows, not the main window (`main` or any), docks or the lock screen."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if widget is main or not widget.isVisible():
            continue
        if isinstance(widget, (QMainWindow, QDockWidget, LockScreen)):
            continue
        if isinstance(widget, QDialog) or widget.windowType() == Qt.WindowType.Window:
            found.append(widget)
    return found


class SessionCommands(QObject):
    """What the Session menu does. Locking and logging out belong to the application (ui.app
    owns the idle lock and the login), so those two only ask for it by signal."""

    lock_requested = Signal()
    logout_requested = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ChangePasswordDialog | None = None
        # The login and password the next login dialog starts with (log_out_as), taken once.
        self._next_login: tuple[str, str] | None = None

    def build(self) -> None:
        """The Session menu, and the idle minutes under Settings; actions kept on the window."""
        window = self.window
        has_users = window.context.auth is not None
        window.session_menu = window.menuBar().addMenu(self.tr("Sess&ion"))
        window.lock_action = QAction(self.tr("&Lock now"), window)
        window.lock_action.setShortcut(LOCK_KEYS)
        window.lock_action.triggered.connect(self.lock_now)
        window.logout_action = QAction(self.tr("Log &out"), window)
        window.logout_action.triggered.connect(self.log_out)
        window.change_password_action = QAction(self.tr("&Change my password…"), window)
        window.change_password_action.triggered.connect(self.change_password)
        for action in (window.lock_action, window.logout_action, window.change_password_action):
            action.setEnabled(has_users)  # without users there is no password to ask for
            window.session_menu.addAction(action)
        window.session_menu.insertSeparator(window.change_password_action)

        window.idle_minutes_action = QAction(self.idle_minutes_text(self.idle_minutes()), window)
        window.idle_minutes_action.triggered.connect(self.choose_idle_minutes)
        window.idle_minutes_action.setEnabled(has_users)
        # Beside the language: a personal preference, not one of the database's settings.
        window.settings_menu.insertAction(window.calendar_action, window.idle_minutes_action)

    def lock_now(self) -> None:
        self.lock_requested.emit()

    def log_out(self) -> bool:
        """Ask for the login again; open forms are closed unsaved, so ask first if there are."""
        if open_forms(self.window) and not self.window.prompts.question(
            self.tr("Log out"),
            self.tr(
                "Log out now? The open forms will be closed and what was not saved in them will "
                "be lost."
            ),
            self.window,
        ):
            return False
        self.logout_requested.emit()
        return True

    def log_out_as(self, login: str, password: str) -> bool:
        """Log out; the login dialog that follows is filled in for `login` (the demo accounts'
        "log in as the HR officer"), so one click on Log in switches the user."""
        self._next_login = (login, password)
        if not self.log_out():
            self._next_login = None
            return False
        return True

    def take_next_login(self) -> tuple[str, str] | None:
        """What log_out_as asked the next login dialog to be filled with (then forgotten)."""
        found, self._next_login = self._next_login, None
        return found

    def change_password(self) -> ChangePasswordDialog | None:
        auth = self.window.context.auth
        if auth is None or auth.guard.user is None:
            return None
        dialog = ChangePasswordDialog(auth, self.window.prompts, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._password_changed)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _password_changed(self) -> None:
        self.window.statusBar().showMessage(self.tr("Your password was changed."), 10_000)

    def _closed(self) -> None:
        self.dialog = None

    def idle_minutes_text(self, minutes: int) -> str:
        return self.tr("Lock after %n minute(s) of inactivity…", "", minutes)

    def idle_minutes(self) -> int:
        return self.window.settings.idle_lock_minutes

    def choose_idle_minutes(self) -> int | None:
        """Ask for the idle minutes (1–60) and store them; the running lock reads them at once."""
        minutes = self.window.prompts.ask_int(
            self.tr("Screen lock"),
            self.tr("Lock the screen after this many minutes without use (1–60):"),
            self.idle_minutes(),
            IDLE_MINUTES_MIN,
            IDLE_MINUTES_MAX,
            self.window,
        )
        if minutes is None:
            return None
        self.window.settings.idle_lock_minutes = minutes
        minutes = self.window.settings.idle_lock_minutes
        self.window.settings.sync()
        self.window.idle_minutes_action.setText(self.idle_minutes_text(minutes))
        return minutes


def build_session_menu(window: MainWindow) -> SessionCommands:
    """Add the Session menu to `window`; its commands are kept as window.session_commands."""
    window.session_commands = commands = SessionCommands(window)
    commands.build()
    return commands
