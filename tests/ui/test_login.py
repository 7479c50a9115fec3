"""First start and login over the real AuthService: inline errors, one refusal text, lockout."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from domain.authz import Role
from tests.ui.auth_fixtures import ADMIN_PASSWORD, PASSWORD, add_users, auth_context, make_auth
from tests.ui.keys import type_text
from ui.app import login_flow
from ui.first_admin_dialog import FirstAdminDialog
from ui.login_dialog import LoginDialog, local_time_text


def fill_first_admin(dialog: FirstAdminDialog, password: str, repeat: str) -> None:
    for edit in (
        dialog.login,
        dialog.full_name,
        dialog.passwords.password,
        dialog.passwords.repeat,
    ):
        edit.clear()
    type_text(dialog.login, "Әсет")
    type_text(dialog.full_name, "Әкімші Әсет Серікұлы")
    type_text(dialog.passwords.password, password)
    type_text(dialog.passwords.repeat, repeat)


def test_first_start_creates_the_administrator_with_errors_inline(qtbot, database, prompts):
    auth = make_auth(database)
    assert not auth.has_users()
    dialog = FirstAdminDialog(auth, prompts)
    qtbot.addWidget(dialog)
    dialog.show()

    fill_first_admin(dialog, ADMIN_PASSWORD, ADMIN_PASSWORD + "x")
    assert not dialog.create_admin()
    assert dialog.passwords.repeat_box.error.text() == "The two passwords differ."
    assert not auth.has_users()

    fill_first_admin(dialog, "қысқа", "қысқа")
    assert dialog.passwords.hint.text() == "Weak: make it longer."
    assert not dialog.create_admin()
    assert dialog.passwords.password_box.error.text() == (
        "The password is too short: at least 8 characters."
    )
    assert dialog.passwords.repeat_box.error.isHidden()

    dialog.login.clear()
    assert not dialog.create_admin()
    assert dialog.login_box.error.text() == "Enter a login."
    assert not auth.has_users()

    fill_first_admin(dialog, ADMIN_PASSWORD, ADMIN_PASSWORD)
    assert dialog.passwords.hint.text() == "Strong."
    assert dialog.create_admin()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.has_users()
    assert auth.guard.user is not None and auth.guard.user.role is Role.ADMIN
    assert auth.guard.user.login == "әсет"  # stored case-folded
    assert dialog.passwords.password.text() == ""  # the password does not linger in the widget


def login_dialog(qtbot, auth, prompts) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(auth, prompts, database_label="tartip.db")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(dialog: LoginDialog, login: str, password: str) -> bool:
    dialog.login.clear()
    dialog.password.clear()
    type_text(dialog.login, login)
    type_text(dialog.password, password)
    return dialog.try_login()


def test_a_wrong_password_and_an_unknown_user_get_the_same_text(qtbot, services, database, prompts):
    auth = make_auth(database)
    add_users(auth, services.bodies()[0].id)
    auth.logout()
    dialog = login_dialog(qtbot, auth, prompts)

    assert not attempt(dialog, "hr_officer", "бұрыс пароль")
    wrong_password = dialog.message.text()
    assert not attempt(dialog, "жоқ_адам", "бұрыс пароль")
    unknown_user = dialog.message.text()
    assert wrong_password == unknown_user == "Wrong login or password."
    assert dialog.password.text() == ""  # cleared after each refusal; the login is kept
    assert dialog.login.text() == "жоқ_адам"
    assert auth.guard.user is None

    assert attempt(dialog, "HR_Officer", PASSWORD)  # logins are case-insensitive
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role is Role.HR_OFFICER
    assert auth.guard.user == dialog.user


def test_five_failures_lock_the_login_and_say_until_when(qtbot, services, database, prompts):
    auth = make_auth(database)
    add_users(auth)
    auth.logout()
    dialog = login_dialog(qtbot, auth, prompts)
    for _ in range(5):
        assert not attempt(dialog, "secretary", "бұрыс пароль")
        assert dialog.message.text() == "Wrong login or password."
    # The sixth attempt, even with the right password, is refused until the lock ends.
    assert not attempt(dialog, "secretary", PASSWORD)
    text = dialog.message.text()
    locked = next(u for u in auth_users(auth) if u.login == "secretary")
    assert locked.locked_until is not None
    until = local_time_text(locked.locked_until.isoformat())
    assert text == f"Too many failed attempts. Logging in is locked until {until}."
    assert "password" not in text.lower() and "login or" not in text.lower()
    assert auth.guard.user is None


def auth_users(auth):  # type: ignore[no-untyped-def]
    """Read the users as the administrator, then log out again."""
    auth.login("admin", ADMIN_PASSWORD)
    try:
        return auth.users()
    finally:
        auth.logout()


def _answer_modal(fill) -> None:  # type: ignore[no-untyped-def]
    """Fill and accept the modal dialog that exec() is about to show."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(0, run)
            return
        fill(dialog)

    QTimer.singleShot(0, run)


def test_login_flow_asks_for_the_administrator_first_then_for_a_login(
    qtbot, services, database, prompts
):
    auth = make_auth(database)
    context = auth_context(services, auth)

    def create(dialog: FirstAdminDialog) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        fill_first_admin(dialog, ADMIN_PASSWORD, ADMIN_PASSWORD)
        dialog.create_admin()

    _answer_modal(create)
    assert login_flow(context, prompts)
    assert auth.guard.user is not None and auth.guard.user.login == "әсет"
    auth.logout()

    def log_in(dialog: LoginDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        attempt(dialog, "Әсет", ADMIN_PASSWORD)

    _answer_modal(log_in)
    assert login_flow(context, prompts)
    assert auth.guard.user is not None and auth.guard.user.role is Role.ADMIN
    auth.logout()

    _answer_modal(lambda dialog: dialog.reject())
    assert not login_flow(context, prompts)
    assert auth.guard.user is None
