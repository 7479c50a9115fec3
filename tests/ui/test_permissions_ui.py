"""S14's GUI spot check: denied actions are disabled or hidden, and a role change applies at once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from domain.authz import Guard, Permission, Role
from tests.ui.auth_fixtures import ADMIN_PASSWORD, PASSWORD, add_users, auth_context, make_auth
from tests.ui.conftest import make_context
from ui.main_window import MainWindow
from ui.permissions import PermissionBinder
from ui.user_table_model import role_label


def window_as(qtbot, services, database, prompts, login: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    auth = make_auth(database)
    ids = add_users(auth, services.bodies()[0].id)
    auth.logout()
    auth.login(login, password)
    window = MainWindow(auth_context(services, auth), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    return window, auth, ids


def shown(action: QAction) -> bool:
    return action.isVisible() and action.isEnabled()


def test_an_hr_officer_may_create_a_case_but_sees_no_administration(
    qtbot, services, database, prompts
) -> None:
    window, _auth, _ids = window_as(qtbot, services, database, prompts, "hr_officer")
    assert shown(window.new_action)
    assert shown(window.edit_action)
    assert not window.users_action.isVisible()
    assert not window.calendar_action.isEnabled()
    assert not window.penalty_table_action.isEnabled()
    assert not window.batch_print_action.isEnabled()  # documents are the secretary's
    assert all(not a.isEnabled() for a in window.switch_actions.values())
    audit = getattr(window, "audit_action", None)
    if audit is not None:
        assert not audit.isVisible()


def test_an_auditor_reads_the_audit_trail_but_cannot_create_a_case(
    qtbot, services, database, prompts
) -> None:
    window, _auth, _ids = window_as(qtbot, services, database, prompts, "auditor")
    assert not window.new_action.isEnabled()
    assert not window.demo_action.isEnabled()
    assert shown(window.edit_action)  # viewing
    assert not window.users_action.isVisible()
    audit = getattr(window, "audit_action", None)
    if audit is not None:  # the audit viewer's menu entry (enabled where there is a trail)
        assert audit.isVisible()
        assert audit.isEnabled() == (window.audit_command.service is not None)


def test_the_administrator_manages_users_and_settings_but_not_cases(
    qtbot, services, database, prompts
) -> None:
    window, _auth, _ids = window_as(qtbot, services, database, prompts, "admin", ADMIN_PASSWORD)
    assert shown(window.users_action)
    assert shown(window.calendar_action)
    assert not window.new_action.isEnabled()
    assert not window.edit_action.isEnabled()


def test_a_role_changed_in_the_users_dialog_changes_the_menus_without_restart(
    qtbot, services, database, prompts
) -> None:
    window, auth, ids = window_as(qtbot, services, database, prompts, "admin", ADMIN_PASSWORD)
    dialog = window.users_command.open()
    assert dialog is not None
    # A second administrator first: the last one may not give up the role.
    dialog.new_user()
    dialog.login.setText("admin2")
    dialog.full_name.setText("Екінші Әкімші")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.ADMIN.value))
    dialog.passwords.password.setText(ADMIN_PASSWORD)
    dialog.passwords.repeat.setText(ADMIN_PASSWORD)
    assert dialog.save() is not None

    dialog.select_user(ids[Role.ADMIN])
    assert dialog.login.text() == "admin"
    dialog.role.setCurrentIndex(dialog.role.findData(Role.HR_OFFICER.value))
    with qtbot.waitSignal(dialog.finished):  # no longer an administrator: the screen closes
        assert dialog.save() == ids[Role.ADMIN]
    assert auth.guard.user is not None and auth.guard.user.role is Role.HR_OFFICER
    assert shown(window.new_action)
    assert not window.users_action.isVisible()
    assert not window.calendar_action.isEnabled()


def test_the_last_administrator_cannot_demote_themselves(qtbot, services, database, prompts):
    window, auth, ids = window_as(qtbot, services, database, prompts, "admin", ADMIN_PASSWORD)
    dialog = window.users_command.open()
    assert dialog is not None
    dialog.select_user(ids[Role.ADMIN])
    dialog.role.setCurrentIndex(dialog.role.findData(Role.AUDITOR.value))
    assert dialog.save() is None
    assert dialog.boxes["role"].error.text() == (
        "The last active administrator cannot lose the role or be deactivated."
    )
    assert shown(window.users_action)
    assert dialog.model.index(0, 2).data() == role_label(Role.ADMIN)


def test_without_users_nothing_is_hidden(qtbot, services, prompts) -> None:
    window = MainWindow(make_context(services), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    assert shown(window.new_action)
    assert shown(window.calendar_action)
    assert window.users_action.isVisible() and not window.users_action.isEnabled()


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.SYSTEM])
def test_the_binder_follows_the_guard_after_a_logout(qtbot, role: Role) -> None:
    from domain.authz import User

    guard = Guard(User(7, "u", "U", role, None, True))
    action = QAction("x")
    binder = PermissionBinder(guard)
    binder.bind(action, Permission.CASE_CREATE)
    assert action.isEnabled() == (role is Role.HR_OFFICER)
    guard.user = None
    assert not action.isEnabled()
