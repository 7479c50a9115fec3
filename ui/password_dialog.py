"""Session → Change my password: the current password, the new one twice, errors at each field."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from domain.auth_service import password_errors
from domain.errors import (
    FieldError,
    LoginRefused,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationFailed,
)
from ui.auth_messages import auth_text
from ui.first_admin_dialog import PasswordPair, password_box
from ui.form_widgets import FieldBox
from ui.login_dialog import local_time_text
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.auth_service import AuthService

_log = logging.getLogger(__name__)


def current_password_text(error: FieldError) -> str:
    """The sentence under the current password: wrong, missing, or locked out until when."""
    if error.code == "auth.locked":
        until = local_time_text(str(error.params.get("until", "")))
        return QCoreApplication.translate(
            "ChangePasswordDialog", "Too many wrong passwords. Try again after %1."
        ).replace("%1", until)
    if error.code == "auth.current_required":
        return QCoreApplication.translate("ChangePasswordDialog", "Enter your current password.")
    return auth_text(error.code, error.params)


class ChangePasswordDialog(QDialog):
    """The logged-in user's own password change through AuthService.set_password, which checks
    the current password (a wrong one is audited and counts towards the lockout)."""

    def __init__(
        self, auth: AuthService, prompts: Prompts | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._prompts = prompts if prompts is not None else Prompts(self)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        user = auth.guard.user
        who = (user.full_name or user.login) if user is not None else ""
        intro = QLabel(
            self.tr(
                "%1, enter your current password, then the new one twice. From now on you log "
                "in and unlock the screen with the new password."
            ).replace("%1", who)
        )
        intro.setWordWrap(True)
        self.current = password_box()
        self.current.setObjectName("currentPassword")
        self.current_box = FieldBox(self.current)
        self.passwords = PasswordPair(self)
        form = QFormLayout()
        form.addRow(self.tr("&Current password"), self.current_box)
        form.addRow(self.tr("&New password"), self.passwords.password_box)
        form.addRow("", self.passwords.hint)
        form.addRow(self.tr("&Repeat the new password"), self.passwords.repeat_box)

        self.message = QLabel()
        self.message.setObjectName("changePasswordError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.current.setFocus()

    def _clear_errors(self) -> None:
        self.current_box.set_error("")
        self.passwords.set_error("")
        self.passwords.repeat_box.set_error("")
        self.message.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each error under its field; one the form has no field for goes below the form."""
        loose = []
        for error in errors:
            if error.field == "current_password":
                self.current_box.set_error(current_password_text(error))
            elif error.field == "password":
                self.passwords.set_error(auth_text(error.code, error.params))
            else:
                loose.append(auth_text(error.code, error.params))
        self.message.setText(" ".join(loose))
        self.message.setVisible(bool(loose))

    def change(self) -> bool:
        """Change the password as typed; True (and the dialog accepted) on success."""
        self._clear_errors()
        user = self._auth.guard.user
        if user is None:  # the session ended under the dialog
            self.reject()
            return False
        # What the form can tell by itself is shown together, before any password is checked.
        new = self.passwords.value()  # a mismatch goes under the repeated field
        local = []
        if not self.current.text():
            local.append(FieldError("current_password", "auth.current_required"))
        if new is None or local:
            self.show_errors(local + password_errors(self.passwords.password.text()))
            return False
        try:
            self._auth.set_password(user.id, new, current_password=self.current.text())
        except ValidationFailed as failed:
            self.show_errors(list(failed.errors))
            if any(e.field == "current_password" for e in failed.errors):
                self.current.clear()
                self.current.setFocus()
            return False
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        except (PermissionDenied, NotFound, LoginRefused) as exc:
            _log.warning("change password: %s", exc)
            self.show_errors([FieldError("", getattr(exc, "code", "authz.denied"))])
            return False
        self.current.clear()
        self.passwords.clear()
        self.accept()
        return True
