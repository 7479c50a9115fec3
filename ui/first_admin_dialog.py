"""First start: create the administrator (login, full name, password twice), then log in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import LoginRefused, StorageError, ValidationFailed
from ui.auth_messages import auth_text, password_strength_text
from ui.form_widgets import FieldBox
from ui.login_dialog import LOGIN_MAX, PASSWORD_MAX
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.auth_service import AuthService
    from domain.authz import User

NAME_MAX = 300


def password_box(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSWORD_MAX)
    return edit


class PasswordPair(QWidget):
    """A new password typed twice, with a live strength hint; errors shown under each field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = password_box()
        self.password.setObjectName("newPassword")
        self.repeat = password_box()
        self.repeat.setObjectName("repeatPassword")
        self.password_box = FieldBox(self.password)
        self.repeat_box = FieldBox(self.repeat)
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #505050;")
        self.password.textChanged.connect(self._update_hint)
        self._update_hint("")

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("&Password"), self.password_box)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat password"), self.repeat_box)

    def _update_hint(self, text: str) -> None:
        self.hint.setText(password_strength_text(text))

    def value(self) -> str | None:
        """The password when both fields agree; else None with the error under the second."""
        self.password_box.set_error("")
        if self.password.text() != self.repeat.text():
            self.repeat_box.set_error(auth_text("auth.password_mismatch"))
            return None
        self.repeat_box.set_error("")
        return self.password.text()

    def set_error(self, text: str) -> None:
        self.password_box.set_error(text)

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()


class FirstAdminDialog(QDialog):
    """Shown while the database has no users; creates the administrator and logs them in."""

    def __init__(
        self, auth: AuthService, prompts: Prompts | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._prompts = prompts if prompts is not None else Prompts(self)
        self.user: User | None = None
        self.setWindowTitle(self.tr("Tartip — first start"))
        self.setObjectName("firstAdminDialog")

        intro = QLabel(
            self.tr(
                "This database has no users yet. Create the administrator: they add the other "
                "users and give them their roles. Keep the password safe; nobody can recover it."
            )
        )
        intro.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setMaxLength(LOGIN_MAX)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(NAME_MAX)
        self.login_box = FieldBox(self.login)
        self.name_box = FieldBox(self.full_name)
        self.passwords = PasswordPair(self)
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login_box)
        form.addRow(self.tr("&Full name"), self.name_box)
        self.passwords.add_rows(form)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create and log in"))
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _boxes(self) -> dict[str, FieldBox]:
        return {
            "login": self.login_box,
            "full_name": self.name_box,
            "password": self.passwords.password_box,
        }

    def _clear_errors(self) -> None:
        for box in self._boxes().values():
            box.set_error("")
        self.message.hide()

    def show_errors(self, errors: list[tuple[str, str]]) -> None:
        """(field, text) pairs: each under its field; a field the form lacks goes below it."""
        boxes = self._boxes()
        loose = []
        for field, text in errors:
            box = boxes.get(field)
            if box is not None:
                box.set_error(text)
            else:
                loose.append(text)
        self.message.setText(" ".join(loose))
        self.message.setVisible(bool(loose))

    def create_admin(self) -> bool:
        """Create the administrator and log in; True (dialog accepted) on success."""
        self._clear_errors()
        password = self.passwords.value()
        if password is None:
            return False
        try:
            # create_first_admin logs the administrator in (sets the guard's user).
            self.user = self._auth.create_first_admin(
                self.login.text(), self.full_name.text(), password
            )
        except ValidationFailed as failed:
            self.show_errors([(e.field, auth_text(e.code, e.params)) for e in failed.errors])
            return False
        except LoginRefused as refused:
            self.show_errors(
                [(refused_field(refused.code), auth_text(refused.code, refused.params))]
            )
            return False
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        self.passwords.clear()
        self.accept()
        return True


def refused_field(code: str) -> str:
    """The form field a refusal code speaks of ("auth.password_short" -> "password")."""
    if code.startswith("auth.password"):
        return "password"
    if code.startswith("auth.login"):
        return "login"
    if code.startswith("auth.name") or code.startswith("auth.full_name"):
        return "full_name"
    return ""
