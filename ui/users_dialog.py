"""Settings → Users (administrator): the list of users; add, edit, reset a password, unlock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.auth_service import UserInput
from domain.authz import Permission, Role, User
from domain.errors import (
    FieldError,
    LoginRefused,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationFailed,
)
from domain.model import Body
from ui.auth_messages import auth_text
from ui.first_admin_dialog import NAME_MAX, PasswordPair
from ui.form_widgets import FieldBox
from ui.labels import body_name
from ui.login_dialog import LOGIN_MAX
from ui.prompts import Prompts
from ui.user_table_model import (
    ASSIGNABLE_ROLES,
    Column,
    UserTableModel,
    role_label,
)

if TYPE_CHECKING:
    from domain.auth_service import AuthService
    from ui.main_window import MainWindow

_log = logging.getLogger(__name__)


class UsersDialog(QDialog):
    """The administrator's users screen; every change goes through AuthService at once."""

    users_changed = Signal()  # a user was saved, got a new password or was unlocked

    def __init__(
        self,
        auth: AuthService,
        prompts: Prompts,
        bodies: Callable[[], list[Body]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._prompts = prompts
        self._editing: int | None = None  # the user the form shows; None = a new user
        self.setWindowTitle(self.tr("Users"))
        self.setObjectName("usersDialog")
        self._bodies = _safe_bodies(bodies)

        self.model = UserTableModel({b.id: body_name(b) for b in self._bodies}, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Names and bodies share what is left; the short columns fit their contents.
        for column in Column:
            stretch = column in (Column.FULL_NAME, Column.BODY)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.new_button = QPushButton(self.tr("&New user"))
        self.new_button.clicked.connect(self.new_user)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self.unlock_current)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.unlock_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(list_buttons)

        self.form_box = QGroupBox()
        self._build_form(self.form_box)
        self.status = QLabel()
        self.status.setStyleSheet("color: #505050;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(close)

        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addWidget(self.form_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.resize(1180, 520)
        self.reload()
        self.new_user()

    def _build_form(self, box: QGroupBox) -> None:
        self.login = QLineEdit()
        self.login.setMaxLength(LOGIN_MAX)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(NAME_MAX)
        self.role = QComboBox()
        for role in ASSIGNABLE_ROLES:
            self.role.addItem(role_label(role), role.value)
        self.body = QComboBox()
        self.body.addItem(self.tr("All bodies"), None)
        for item in self._bodies:
            self.body.addItem(body_name(item), item.id)
        self.active = QCheckBox(self.tr("May log in"))
        self.active.setChecked(True)
        self.boxes = {
            "login": FieldBox(self.login),
            "full_name": FieldBox(self.full_name),
            "role": FieldBox(self.role),
            "body_id": FieldBox(self.body),
        }
        self.passwords = PasswordPair(self)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.password_button = QPushButton(self.tr("Set the &password"))
        self.password_button.clicked.connect(self.reset_password)
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        self.form_message.setStyleSheet("color: #c62828;")
        self.form_message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.boxes["login"])
        form.addRow(self.tr("&Full name"), self.boxes["full_name"])
        form.addRow(self.tr("&Role"), self.boxes["role"])
        form.addRow(self.tr("State &body"), self.boxes["body_id"])
        form.addRow("", self.active)
        self.passwords.add_rows(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        outer.addWidget(self.form_message)
        outer.addStretch(1)
        outer.addLayout(buttons)

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            users = self._auth.users()
        except (StorageError, PermissionDenied) as exc:
            self._refused(exc)
            return
        self.model.set_users(users)

    def current_user(self) -> User | None:
        index = self.table.currentIndex()
        return self.model.users[index.row()] if index.isValid() else None

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _row_changed(self) -> None:
        user = self.current_user()
        if user is not None:
            self.edit_user(user)

    # -- the form ---------------------------------------------------------------------------

    def new_user(self) -> None:
        self.table.clearSelection()
        self._editing = None
        self.form_box.setTitle(self.tr("New user"))
        self.login.clear()
        self.full_name.clear()
        self.role.setCurrentIndex(0)
        self.body.setCurrentIndex(0)
        self.active.setChecked(True)
        self.passwords.clear()
        self.password_button.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self._clear_errors()
        self.login.setFocus()

    def edit_user(self, user: User) -> None:
        self._editing = user.id
        self.form_box.setTitle(self.tr("User %1").replace("%1", user.login))
        self.login.setText(user.login)
        self.full_name.setText(user.full_name)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role.value)))
        self.body.setCurrentIndex(max(0, self.body.findData(user.body_id)))
        self.active.setChecked(user.active)
        self.passwords.clear()
        self.password_button.setEnabled(True)
        self.unlock_button.setEnabled(user.locked_until is not None)
        self._clear_errors()

    def form_input(self, password: str = "") -> UserInput:
        return UserInput(
            login=self.login.text(),
            full_name=self.full_name.text(),
            role=Role(self.role.currentData()),
            body_id=self.body.currentData(),
            active=self.active.isChecked(),
            password=password,
        )

    def save(self) -> int | None:
        """Save the form (a new user needs the password twice); returns the user's id."""
        self._clear_errors()
        password = ""
        if self._editing is None:
            typed = self.passwords.value()
            if typed is None:
                return None
            password = typed
        try:
            user_id = self._auth.save_user(self.form_input(password), self._editing)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return None
        except (StorageError, PermissionDenied, NotFound) as exc:
            self._refused(exc)
            return None
        self._changed(self.tr("Saved."), user_id)
        return user_id

    def reset_password(self) -> bool:
        """Give the user in the form the password typed twice below."""
        if self._editing is None:
            return False
        self._clear_errors()
        password = self.passwords.value()
        if password is None:
            return False
        try:
            self._auth.set_password(self._editing, password)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return False
        except (StorageError, PermissionDenied, NotFound, LoginRefused) as exc:
            self._refused(exc)
            return False
        self._changed(self.tr("The password was set."), self._editing)
        return True

    def unlock_current(self) -> bool:
        user = self.current_user()
        if user is None:
            return False
        try:
            self._auth.unlock(user.id)
        except (StorageError, PermissionDenied, NotFound) as exc:
            self._refused(exc)
            return False
        self._changed(self.tr("Unlocked."), user.id)
        return True

    def _changed(self, status: str, user_id: int) -> None:
        self.reload()
        self.select_user(user_id)
        self.passwords.clear()
        self.status.setText(status)
        self._touch_guard()
        self.users_changed.emit()

    def _touch_guard(self) -> None:
        # A change of the logged-in user's own role shows in the menus at once: a check of a
        # write permission re-reads the user, and the guard tells its listeners of a change.
        guard = self._auth.guard
        if guard.user is not None and not guard.can(Permission.USERS_MANAGE):
            self.reject()  # no longer an administrator: the screen closes

    # -- errors -----------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for box in self.boxes.values():
            box.set_error("")
        self.passwords.set_error("")
        self.passwords.repeat_box.set_error("")
        self.form_message.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        loose = []
        for error in errors:
            text = auth_text(error.code, error.params)
            if error.field in self.boxes:
                self.boxes[error.field].set_error(text)
            elif error.field == "password":
                self.passwords.set_error(text)
            else:
                loose.append(text)
        self.form_message.setText(" ".join(loose))
        self.form_message.setVisible(bool(loose))

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            self._prompts.storage_error(exc, self)
            return
        if isinstance(exc, NotFound):
            self.reload()
        code = getattr(exc, "code", "authz.denied")
        self.form_message.setText(auth_text(code, getattr(exc, "params", None)))
        self.form_message.show()


def _safe_bodies(bodies: Callable[[], list[Body]]) -> list[Body]:
    try:
        return list(bodies())
    except (StorageError, PermissionDenied) as exc:
        _log.warning("users dialog: bodies: %s", exc)
        return []


class UsersCommand:
    """Settings → Users…: opens the dialog over the window's AuthService."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: UsersDialog | None = None
        # Told of every change made in the dialog (the window's "Getting started" notice).
        self.listeners: list[Callable[[], None]] = []

    def open(self) -> UsersDialog | None:
        auth = self.window.context.auth
        if auth is None:
            return None
        dialog = UsersDialog(
            auth, self.window.prompts, self.window.services.bodies, parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        for listener in self.listeners:
            dialog.users_changed.connect(listener)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None
