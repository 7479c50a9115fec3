"""The login dialog: one refusal text for any wrong login or password, and the lockout's end."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import LoginRefused, StorageError
from ui.auth_messages import auth_text
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.auth_service import AuthService
    from domain.authz import User

_log = logging.getLogger(__name__)
_CTX = "LoginDialog"
LOGIN_MAX = 100
PASSWORD_MAX = 1024  # argon2 has no length limit; this only stops a pasted book


def refusal_text(code: str, params: dict[str, Any] | None = None) -> str:
    """The sentence for a refused login. Any code but "auth.locked" gets the one generic text,
    so the dialog can never tell a wrong login from a wrong password or an inactive account."""
    params = params or {}
    if code == "auth.locked" and params.get("until"):
        until = local_time_text(str(params["until"]))
        return QCoreApplication.translate(
            "LoginDialog", "Too many failed attempts. Logging in is locked until %1."
        ).replace("%1", until)
    return auth_text("auth.invalid")


def local_time_text(iso_utc: str) -> str:
    """An ISO UTC instant as the user's local date and time ("25.11.2026 18:40")."""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return stamp.toString("dd.MM.yyyy HH:mm")


class LoginDialog(QDialog):
    """Asks for the login and password; accepted once AuthService.login succeeds (`user` set)."""

    def __init__(
        self,
        auth: AuthService,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
        database_label: str = "",
        filled: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._prompts = prompts if prompts is not None else Prompts(self)
        self.user: User | None = None
        self.setWindowTitle(self.tr("Tartip — log in"))
        self.setObjectName("loginDialog")

        intro = QLabel(self.tr("Log in with the login and password your administrator gave you."))
        intro.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setMaxLength(LOGIN_MAX)
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setMaxLength(PASSWORD_MAX)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("&Password"), self.password)

        self.message = QLabel()
        self.message.setObjectName("loginError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if database_label:
            where = QLabel(self.tr("Database: %1").replace("%1", database_label))
            where.setStyleSheet("color: #505050;")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.login.setFocus()
        if filled is not None:  # Log out and log in as another user: one click on Log in
            self.login.setText(filled[0])
            self.password.setText(filled[1])
            self.ok_button.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def try_login(self) -> bool:
        """Log in with what was typed; True (and the dialog accepted) on success."""
        try:
            user = self._auth.login(self.login.text(), self.password.text())
        except LoginRefused as refused:
            self.password.clear()
            self.password.setFocus()
            self.show_message(refusal_text(refused.code, dict(refused.params)))
            return False
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        self.user = user
        self.password.clear()
        self.accept()
        return True
