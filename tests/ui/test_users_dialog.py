"""The administrator's users screen over the real AuthService: add, edit, reset, unlock."""

from __future__ import annotations

from domain.authz import Role
from domain.errors import LoginRefused
from tests.ui.auth_fixtures import ADMIN_PASSWORD, PASSWORD, add_users, make_auth
from tests.ui.keys import type_text
from ui.labels import body_name
from ui.user_table_model import Column
from ui.users_dialog import UsersDialog

NEW_PASSWORD = "жаңа құпия сөз 2026"


def admin_dialog(qtbot, services, database, prompts):  # type: ignore[no-untyped-def]
    auth = make_auth(database)
    ids = add_users(auth)  # the administrator stays logged in
    dialog = UsersDialog(auth, prompts, services.bodies)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, auth, ids


def column(dialog: UsersDialog, col: Column) -> list[str]:
    return [dialog.model.index(r, col).data() for r in range(dialog.model.rowCount())]


def test_the_list_shows_every_user_with_role_and_state(qtbot, services, database, prompts):
    dialog, _auth, _ids = admin_dialog(qtbot, services, database, prompts)
    assert column(dialog, Column.LOGIN) == sorted(
        ["admin", "hr_officer", "secretary", "member", "auditor"]
    )
    roles = dict(zip(column(dialog, Column.LOGIN), column(dialog, Column.ROLE), strict=True))
    assert roles["secretary"] == "Commission secretary"
    assert roles["admin"] == "Administrator"
    assert set(column(dialog, Column.STATE)) == {"Active"}
    assert set(column(dialog, Column.BODY)) == {"All bodies"}


def test_adding_a_user_shows_errors_at_their_fields(qtbot, services, database, prompts):
    dialog, auth, _ids = admin_dialog(qtbot, services, database, prompts)
    dialog.new_user()
    type_text(dialog.login, "Secretary")  # taken: logins compare case-insensitively
    type_text(dialog.full_name, "Сәрсенова Айгүл")
    type_text(dialog.passwords.password, "қысқа")
    type_text(dialog.passwords.repeat, "қысқа")
    assert dialog.save() is None
    assert dialog.boxes["login"].error.text() == "This login is already taken."
    assert dialog.passwords.password_box.error.text() == (
        "The password is too short: at least 8 characters."
    )

    dialog.login.clear()
    type_text(dialog.login, "Айгүл")
    body = services.bodies()[1]
    dialog.body.setCurrentIndex(dialog.body.findData(body.id))
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MEMBER.value))
    dialog.passwords.clear()
    type_text(dialog.passwords.password, NEW_PASSWORD)
    type_text(dialog.passwords.repeat, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.users_changed):
        user_id = dialog.save()
    assert user_id is not None
    assert dialog.boxes["login"].error.isHidden()
    row = dialog.model.row_of(user_id)
    assert dialog.model.index(row, Column.LOGIN).data() == "айгүл"
    assert dialog.model.index(row, Column.BODY).data() == body_name(body)
    assert dialog.model.index(row, Column.ROLE).data() == "Commission member"
    assert dialog.login.text() == "айгүл"  # the form now shows the saved user

    auth.logout()
    user = auth.login("АЙГҮЛ", NEW_PASSWORD)
    assert user.role is Role.MEMBER and user.body_id == body.id


def test_reset_password_deactivate_and_unlock(qtbot, services, database, prompts):
    dialog, auth, ids = admin_dialog(qtbot, services, database, prompts)
    dialog.select_user(ids[Role.SECRETARY])
    assert dialog.login.text() == "secretary"
    dialog.passwords.password.setText(NEW_PASSWORD)
    dialog.passwords.repeat.setText(NEW_PASSWORD)
    assert dialog.reset_password()
    assert dialog.status.text() == "The password was set."

    # Lock the secretary out (5 failures), then unlock them from the dialog.
    for _ in range(5):
        try:
            auth.login("secretary", "бұрыс пароль")
        except LoginRefused:
            pass
    auth.login("admin", ADMIN_PASSWORD)
    dialog.reload()
    dialog.select_user(ids[Role.SECRETARY])
    row = dialog.model.row_of(ids[Role.SECRETARY])
    assert dialog.model.index(row, Column.STATE).data().startswith("Locked until ")
    assert dialog.unlock_button.isEnabled()
    assert dialog.unlock_current()
    assert dialog.model.index(row, Column.STATE).data() == "Active"
    assert not dialog.unlock_button.isEnabled()

    dialog.active.setChecked(False)
    assert dialog.save() == ids[Role.SECRETARY]
    assert dialog.model.index(row, Column.STATE).data() == "Deactivated"

    auth.logout()
    try:
        auth.login("secretary", NEW_PASSWORD)
    except LoginRefused as refused:
        assert refused.code == "auth.inactive"
    else:
        raise AssertionError("a deactivated user logged in")


def test_a_user_without_the_right_sees_the_refusal_not_the_list(qtbot, services, database, prompts):
    auth = make_auth(database)
    add_users(auth)
    auth.logout()
    auth.login("hr_officer", PASSWORD)
    dialog = UsersDialog(auth, prompts, services.bodies)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.form_message.text() == "Your role does not allow this."
