"""The administrator's first run on a real SQLite file: "Getting started", the demo with demo
accounts whose passwords (shown once) log in, and the switch to the demo HR officer."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.demo import generate_demo
from db.engine import Database
from domain.auth_service import UserInput
from domain.authz import Role
from domain.first_run import FirstRunService
from domain.services import CaseService
from tests.ui.auth_fixtures import ADMIN_PASSWORD, PASSWORD, make_auth
from tests.ui.conftest import make_context
from tests.ui.keys import type_text
from tests.ui.test_login import _answer_modal, fill_first_admin
from ui.app import _Windows, login_flow
from ui.demo_dialogs import DemoAccountsDialog, DemoLoadDialog
from ui.first_admin_dialog import FirstAdminDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.settings import Settings

DEMO_CASES = 40


class Office:
    """A new installation: an empty database, the real services sharing one guard, the
    application's window keeper; `start()` runs the first start (the administrator)."""

    def __init__(self, database: Database, registry, prompts) -> None:  # type: ignore[no-untyped-def]
        self.database = database
        self.auth = make_auth(database)
        self.services = CaseService(
            database.uow,
            registry,
            today=date.today,
            now_utc=lambda: datetime.now(UTC),
            actor="test",
            read_uow_factory=lambda: database.uow(read_only=True),
            guard=self.auth.guard,
        )
        self.loads: list[int] = []

        def fill(n: int) -> int:
            self.loads.append(n)
            return generate_demo(database, registry, n, seed=5, today=date.today())

        self.first_run = FirstRunService(self.auth, lambda: database.uow(read_only=True), fill)
        self.context = make_context(
            self.services,
            auth=self.auth,
            guard=self.auth.guard,
            load_demo=fill,
            first_run=self.first_run,
        )
        self.prompts = prompts
        self.windows = _Windows(prompts)
        Settings().mark_caveat_seen("kz-416-V")

    def first_start(self) -> None:
        def create(dialog: FirstAdminDialog) -> None:
            assert isinstance(dialog, FirstAdminDialog)
            fill_first_admin(dialog, ADMIN_PASSWORD, ADMIN_PASSWORD)
            dialog.create_admin()

        _answer_modal(create)
        assert login_flow(self.context, self.prompts)

    def show(self, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
        window = self.windows.show(self.context)
        window.resize(900, 500)
        qtbot.waitExposed(window)
        return window


@pytest.fixture
def office(qtbot, database, registry, prompts) -> Iterator[Office]:  # type: ignore[no-untyped-def]
    o = Office(database, registry, prompts)
    yield o
    if o.windows.lock is not None:
        o.windows.lock.stop()
    window = o.windows.window
    if window is not None and shiboken6.isValid(window):
        window.close()
        window.deleteLater()


def audit_rows(tmp_path: Path) -> list[tuple[str, dict[str, object]]]:
    with sqlite3.connect(tmp_path / "tartip.db") as raw:
        rows = raw.execute("SELECT action, diff FROM audit_log ORDER BY seq").fetchall()
    return [(action, json.loads(diff) if diff else {}) for action, diff in rows]


def load_demo(office: Office, window: MainWindow, qtbot, with_accounts: bool) -> None:  # type: ignore[no-untyped-def]
    commands = window.getting_started
    qtbot.mouseClick(commands.panel.demo_button, Qt.MouseButton.LeftButton)
    dialog = commands.load_dialog
    assert isinstance(dialog, DemoLoadDialog)
    qtbot.waitExposed(dialog)
    assert dialog.with_accounts.isChecked()  # on by default
    dialog.with_accounts.setChecked(with_accounts)
    dialog.count.setValue(DEMO_CASES)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_first_start_offers_getting_started_and_demo_accounts_that_log_in(
    office: Office, qtbot, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    office.first_start()
    window = office.show(qtbot)
    panel = window.getting_started.panel
    qtbot.waitUntil(panel.isVisible)  # on_first_show runs just after the window appears
    assert panel.users_button.isVisible() and panel.demo_button.isVisible()
    assert panel.users_button.text() == "Add users…"
    assert "you do not see disciplinary cases" in panel.text.text()
    assert not window.new_action.isEnabled()  # still an administrator without case access

    load_demo(office, window, qtbot, with_accounts=True)
    assert office.loads == [DEMO_CASES]
    accounts_dialog = window.getting_started.accounts_dialog
    assert isinstance(accounts_dialog, DemoAccountsDialog)
    qtbot.waitExposed(accounts_dialog)
    assert not panel.isVisible()  # the administrator is no longer alone
    shown = {
        accounts_dialog.table.item(r, 0).text(): accounts_dialog.table.item(r, 1).text()
        for r in range(accounts_dialog.table.rowCount())
    }
    assert set(shown) == {"demo.hr", "demo.secretary", "demo.member", "demo.auditor"}
    assert len(set(shown.values())) == 4 and all(len(p) >= 12 for p in shown.values())

    users = {u.login: u for u in office.auth.users()}
    roles = {login: users[login].role for login in shown}
    assert roles == {
        "demo.hr": Role.HR_OFFICER,
        "demo.secretary": Role.SECRETARY,
        "demo.member": Role.MEMBER,
        "demo.auditor": Role.AUDITOR,
    }
    body = office.first_run.demo_body()
    assert body is not None
    assert users["demo.secretary"].body_id == users["demo.member"].body_id == body
    assert users["demo.hr"].body_id is None and users["demo.auditor"].body_id is None

    # Each password shown logs in (a second workstation's AuthService, its own guard).
    other = make_auth(office.database)
    for login, password in shown.items():
        assert other.login(login, password).role is roles[login]
    created = [d["login"] for a, d in audit_rows(tmp_path) if a == "user.created"]
    assert created[0] == "әсет" and sorted(created[1:]) == sorted(shown)
    # Shown once: neither the database nor the log holds a password.
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("tartip.db*"))
    for password in shown.values():
        assert password.encode() not in stored
        assert password not in caplog.text
    accounts_dialog.copy()
    assert QApplication.clipboard().text().splitlines()[0].startswith("demo.hr\t")

    # One button switches to the demo HR officer: the login dialog comes filled in.
    filled: list[str] = []

    def log_in(dialog: LoginDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        filled.append(dialog.login.text())
        if not dialog.try_login():
            dialog.reject()  # not filled in: the test fails below instead of waiting here

    _answer_modal(log_in)
    qtbot.mouseClick(accounts_dialog.log_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(filled))
    assert filled == ["demo.hr"]
    qtbot.waitUntil(lambda: office.windows.window is not window)
    user = office.auth.guard.user
    assert user is not None and user.login == "demo.hr" and user.role is Role.HR_OFFICER
    new = office.windows.window
    assert new is not None and new.new_action.isEnabled()
    qtbot.waitUntil(lambda: new.model.rowCount() == DEMO_CASES)
    assert not new.getting_started.panel.isVisible()
    actions = [a for a, _ in audit_rows(tmp_path)]
    assert actions[-2:] == ["logout", "login"]


def test_without_the_checkbox_no_accounts_and_the_notice_goes_once_a_user_exists(
    office: Office, qtbot, tmp_path
):
    office.first_start()
    window = office.show(qtbot)
    panel = window.getting_started.panel
    qtbot.waitUntil(panel.isVisible)

    load_demo(office, window, qtbot, with_accounts=False)
    assert window.getting_started.accounts_dialog is None
    assert [u.login for u in office.auth.users()] == ["әсет"]
    assert office.loads == [DEMO_CASES]
    assert [d["login"] for a, d in audit_rows(tmp_path) if a == "user.created"] == ["әсет"]
    # Still alone, but the database has cases now: only "Add users…" is offered.
    assert panel.isVisible() and panel.users_button.isVisible()
    assert not panel.demo_button.isVisible()
    assert "load demo data" not in panel.text.text()

    qtbot.mouseClick(panel.users_button, Qt.MouseButton.LeftButton)
    dialog = window.users_command.dialog
    assert dialog is not None
    dialog.new_user()
    type_text(dialog.login, "Айгүл")
    type_text(dialog.full_name, "Сәрсенова Айгүл")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.HR_OFFICER.value))
    type_text(dialog.passwords.password, PASSWORD)
    type_text(dialog.passwords.repeat, PASSWORD)
    with qtbot.waitSignal(dialog.users_changed):
        assert dialog.save() is not None
    assert not panel.isVisible()
    dialog.reject()


def test_a_deactivated_only_user_brings_the_notice_back_at_the_next_start(office: Office, qtbot):
    office.first_start()
    user_id = office.auth.save_user(
        UserInput("aigul", "Сәрсенова Айгүл", Role.AUDITOR, None, True, PASSWORD)
    )
    window = office.show(qtbot)
    window.on_first_show()
    assert not window.getting_started.panel.isVisible()
    office.auth.save_user(UserInput("aigul", "Сәрсенова Айгүл", Role.AUDITOR, None, False), user_id)
    assert window.getting_started.refresh()
    assert window.getting_started.panel.demo_button.isVisible()  # still no cases


def test_demo_accounts_already_there_refuse_the_load_before_anything_is_written(
    office: Office, qtbot
):
    office.first_start()
    office.auth.save_user(UserInput("Demo.HR", "Бөтен адам", Role.ADMIN, None, True, PASSWORD))
    window = office.show(qtbot)
    window.on_first_show()
    load_demo(office, window, qtbot, with_accounts=True)
    assert office.prompts.kinds()[-1] == "warning"
    assert "Demo accounts already exist" in office.prompts.calls[-1][1]
    assert office.loads == [] and window.getting_started.accounts_dialog is None
    assert office.first_run.state().has_cases is False  # nothing was loaded


def test_other_roles_never_see_the_notice_nor_are_refused_for_it(office: Office, qtbot, tmp_path):
    office.first_start()
    office.auth.save_user(UserInput("hr", "Кадровик", Role.HR_OFFICER, None, True, PASSWORD))
    office.auth.logout()
    office.auth.login("hr", PASSWORD)
    window = office.show(qtbot)
    assert not window.getting_started.refresh()
    denied = [d for a, d in audit_rows(tmp_path) if a == "authz_denied"]
    assert all(d.get("permission") != "users_manage" for d in denied)


def test_the_administrators_window_asks_nothing_it_would_be_refused(
    office: Office, qtbot, tmp_path
):
    office.first_start()
    window = office.show(qtbot)
    window.on_first_show()
    assert window.getting_started.refresh()  # the notice is for the administrator
    assert [d for a, d in audit_rows(tmp_path) if a == "authz_denied"] == []
