"""The "Getting started" notice for an administrator alone in the database: add users, or
load the demo with demo accounts and log in as the demo HR officer (domain.first_run)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.authz import Permission
from domain.errors import PermissionDenied, StorageError, ValidationFailed
from ui.demo_dialogs import DemoAccountsDialog, DemoLoadDialog, demo_error_text
from ui.labels import body_name

if TYPE_CHECKING:
    from domain.first_run import DemoLoad, FirstRunService
    from ui.main_window import MainWindow
    from ui.users_dialog import UsersDialog

_log = logging.getLogger(__name__)


class GettingStartedPanel(QFrame):
    """The notice over the (empty) list: what the administrator does first, with two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setStyleSheet(
            "#gettingStarted { background: #e8f1fb; border: 1px solid #9dbde3; border-radius: 4px; }"
        )
        self.title = QLabel(self.tr("Getting started"))
        self.title.setStyleSheet("font-weight: bold; color: #123a66;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #1d2733;")
        self.users_button = QPushButton(self.tr("Add users…"))
        self.demo_button = QPushButton(self.tr("Load demo data…"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this notice"))
        self.close_button.setAccessibleName(self.tr("Hide this notice"))
        self.close_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.users_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 8)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def show_offer(self, demo: bool) -> None:
        """Show the notice; `demo`: the database has no cases and the demo can be loaded."""
        parts = [
            self.tr(
                "You are the administrator: you manage users, settings and backups, and by design "
                "you do not see disciplinary cases. Add the people who will work with cases: HR "
                "officers, the commission's secretary and members, an auditor."
            )
        ]
        if demo:
            parts.append(
                self.tr(
                    "To try Tartip first, load demo data with demo accounts and log in as the "
                    "demo HR officer."
                )
            )
        self.text.setText(" ".join(parts))
        self.demo_button.setVisible(demo)
        self.show()


class FirstRunCommands(QObject):
    """The window's "Getting started": shown while an administrator has no other active users
    (re-checked when users change or the demo is loaded); the ✕ hides it until the next start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = GettingStartedPanel()
        self.panel.users_button.clicked.connect(self.add_users)
        self.panel.demo_button.clicked.connect(self.load_demo)
        self.load_dialog: DemoLoadDialog | None = None
        self.accounts_dialog: DemoAccountsDialog | None = None

    @property
    def service(self) -> FirstRunService | None:
        return self.window.context.first_run

    def refresh(self) -> bool:
        """Show or hide the notice by the current state; True when shown."""
        service = self.service
        guard = self.window.context.guard
        # held(), not can(): a user who is not an administrator is not refused (and audited).
        if service is None or guard is None or Permission.USERS_MANAGE not in guard.held():
            self.panel.hide()
            return False
        try:
            state = service.state()
        except (StorageError, PermissionDenied) as exc:
            _log.warning("getting started: %s", exc)
            self.panel.hide()
            return False
        if not state.alone:
            self.panel.hide()
            return False
        self.panel.show_offer(service.demo_available and not state.has_cases)
        return True

    def add_users(self) -> UsersDialog | None:
        return self.window.users_command.open()

    def load_demo(self) -> DemoLoadDialog:
        dialog = DemoLoadDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.run_demo(dialog.count.value(), dialog.with_accounts.isChecked())
        )
        dialog.finished.connect(self._load_closed)
        self.load_dialog = dialog
        dialog.open()
        return dialog

    def _load_closed(self) -> None:
        self.load_dialog = None

    def run_demo(self, count: int, with_accounts: bool) -> DemoAccountsDialog | None:
        """Load the demo; the accounts' passwords (if any) appear in a dialog of their own."""
        service = self.service
        if service is None:
            return None
        window = self.window
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            loaded: DemoLoad = service.load_demo(count, with_accounts)
        except ValidationFailed as exc:
            QGuiApplication.restoreOverrideCursor()
            code = exc.errors[0].code if exc.errors else ""
            window.prompts.warning(self.tr("Demo data"), demo_error_text(code), window)
            self.refresh()
            return None
        except PermissionDenied:
            QGuiApplication.restoreOverrideCursor()
            window.prompts.warning(self.tr("Demo data"), demo_error_text(""), window)
            return None
        except StorageError as exc:
            QGuiApplication.restoreOverrideCursor()
            window.prompts.storage_error(exc, window)
            return None
        QGuiApplication.restoreOverrideCursor()
        window.statusBar().showMessage(self.tr("%n demo case(s) added.", "", loaded.added), 10_000)
        self.refresh()
        if not loaded.accounts:
            return None
        return self._show_accounts(loaded)

    def _show_accounts(self, loaded: DemoLoad) -> DemoAccountsDialog:
        names = self._body_names()
        dialog = DemoAccountsDialog(
            loaded.accounts,
            lambda body_id: names.get(body_id, "") if body_id else self.tr("All bodies"),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Queued: the dialog is gone (and its event loop with it) before the logout starts.
        dialog.log_in_requested.connect(self.log_in_as, Qt.ConnectionType.QueuedConnection)
        dialog.finished.connect(self._accounts_closed)
        self.accounts_dialog = dialog
        dialog.open()
        return dialog

    def _accounts_closed(self) -> None:
        self.accounts_dialog = None

    def _body_names(self) -> dict[int | None, str]:
        try:
            return {b.id: body_name(b) for b in self.window.services.bodies()}
        except (StorageError, PermissionDenied) as exc:
            _log.warning("demo accounts: bodies: %s", exc)
            return {}

    def log_in_as(self, login: str, password: str) -> bool:
        return self.window.session_commands.log_out_as(login, password)
