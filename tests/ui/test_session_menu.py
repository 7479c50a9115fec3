"""Session menu over the real AuthService on SQLite: lock now, log out, change my password, and
the idle minutes preference honoured by the running lock (injected monotonic clock)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.auth_fixtures import PASSWORD, add_users, auth_context, make_auth
from tests.ui.conftest import case_input
from tests.ui.keys import type_text
from tests.ui.test_idle_lock import Clock, iin_shown, uniformly_covered
from tests.ui.test_login import attempt
from ui.app import _Windows
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.password_dialog import ChangePasswordDialog
from ui.settings import Settings

NEW_PASSWORD = "жаңа құпия сөз 2026"


class Session:
    """The application's window keeper over a logged-in HR officer, one case with an IIN."""

    def __init__(self, services, database, prompts) -> None:  # type: ignore[no-untyped-def]
        body = services.bodies()[0].id
        day = date.today() - timedelta(days=3)
        case_id = services.register_case(case_input(day, day, body_id=body))
        self.iin = services.get_case(case_id).servant.iin
        self.auth = make_auth(database)
        add_users(self.auth, body)
        self.auth.logout()
        self.auth.login("hr_officer", PASSWORD)
        self.context = auth_context(services, self.auth)
        self.clock = Clock()
        self.windows = _Windows(prompts, clock=self.clock)
        self.window = self.show()

    def show(self) -> MainWindow:
        window = self.windows.show(self.context)
        window.resize(640, 400)
        return window

    @property
    def lock(self):  # type: ignore[no-untyped-def]
        assert self.windows.lock is not None
        return self.windows.lock


@pytest.fixture
def session(qtbot, services, database, prompts) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    s = Session(services, database, prompts)
    qtbot.waitExposed(s.window)
    yield s
    if s.windows.lock is not None:
        s.windows.lock.stop()  # the application-wide event filter goes with it
    # Not qtbot.addWidget: a logout deletes the old window itself.
    for window in {s.window, s.windows.window}:
        if window is not None and shiboken6.isValid(window):
            window.close()
            window.deleteLater()


def audit_actions(tmp_path: Path) -> list[tuple[str, dict[str, object]]]:
    with sqlite3.connect(tmp_path / "tartip.db") as raw:
        rows = raw.execute("SELECT action, diff FROM audit_log ORDER BY seq").fetchall()
    return [(action, json.loads(diff)) for action, diff in rows]


def log_in_when_asked(login: str, password: str) -> None:
    """Answer the login dialog the logout is about to exec(), and only that dialog."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(0, run)
            return
        attempt(dialog, login, password)

    QTimer.singleShot(0, run)


# -- lock now -------------------------------------------------------------------------------


def test_lock_now_covers_every_window_and_only_the_password_unlocks(session: Session, qtbot):
    window = session.window
    window.table.selectRow(0)
    editor = window.edit_current()  # an open form, a window of its own (not modal)
    assert editor is not None
    qtbot.waitExposed(editor)
    assert iin_shown(window, session.iin) and not uniformly_covered(window)

    # The editor is modal, which blocks the main window's shortcut: the lock hears Ctrl+L itself.
    with qtbot.waitSignal(session.lock.locked):
        qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.lock.is_locked
    assert uniformly_covered(window) and not iin_shown(window, session.iin)
    assert uniformly_covered(editor)  # the form is covered too
    screen = session.lock.screen
    assert screen is not None and screen.isVisible()
    assert screen.explanation.text().startswith("You locked the screen.")
    session.clock.advance(5)  # an idle check while locked changes nothing
    session.lock.check()
    assert session.lock.is_locked

    assert not session.lock.try_unlock("бұрыс пароль")
    assert session.lock.is_locked and uniformly_covered(window)
    assert screen.message.text() == "Wrong password."
    with qtbot.waitSignal(session.lock.unlocked):
        assert session.lock.try_unlock(PASSWORD)
    assert iin_shown(window, session.iin) and editor.isVisible()
    assert not uniformly_covered(editor)


# -- log out ----------------------------------------------------------------------------------


def test_log_out_asks_before_closing_open_forms(session: Session, prompts, qtbot):
    window = session.window
    dialog = window.session_commands.change_password()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(dialog.current, PASSWORD)
    prompts.answers["question"] = False
    window.logout_action.trigger()
    assert prompts.kinds()[-1] == "question"
    assert "open forms will be closed" in prompts.calls[-1][1]
    assert dialog.isVisible() and session.auth.guard.user is not None  # still logged in
    assert session.windows.window is window


def test_log_out_returns_to_the_login_and_the_next_user_gets_their_own_menus(
    session: Session, prompts, qtbot, tmp_path
):
    window = session.window
    assert window.new_action.isEnabled() and not window.audit_action.isVisible()
    dialog = window.session_commands.change_password()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(dialog.current, PASSWORD)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    prompts.answers["question"] = True

    log_in_when_asked("auditor", PASSWORD)
    window.logout_action.trigger()  # queued: the login dialog runs once the menu is gone
    qtbot.waitUntil(lambda: session.windows.window is not window)
    new = session.windows.window
    assert new is not None
    assert session.auth.guard.user is not None and session.auth.guard.user.login == "auditor"
    assert not new.new_action.isEnabled() and new.audit_action.isVisible()
    assert new.isVisible() and not window.isVisible()
    # The form was closed unsaved (rejected, then deleted with what was typed in it).
    assert finished == [QDialog.DialogCode.Rejected.value]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert left == []
    actions = [a for a, _ in audit_actions(tmp_path)]
    assert actions[-2:] == ["logout", "login"]
    assert "user.password_changed" not in actions
    assert session.windows.lock is not None and session.windows.lock.timer.isActive()

    # Lock now in the new window locks for the new user.
    with qtbot.waitSignal(session.lock.locked):
        new.lock_action.trigger()
    assert not session.lock.try_unlock(PASSWORD + "x")
    assert session.lock.try_unlock(PASSWORD)


def test_log_out_without_open_forms_does_not_ask(session: Session, prompts, qtbot):
    log_in_when_asked("hr_officer", PASSWORD)
    session.window.logout_action.trigger()
    qtbot.waitUntil(lambda: session.windows.window is not session.window)
    assert "question" not in prompts.kinds()
    assert session.windows.window is not None


# -- change my password -----------------------------------------------------------------------


def fill(dialog: ChangePasswordDialog, current: str, new: str, repeat: str) -> None:
    for edit, text in (
        (dialog.current, current),
        (dialog.passwords.password, new),
        (dialog.passwords.repeat, repeat),
    ):
        edit.clear()
        type_text(edit, text)


def errors(dialog: ChangePasswordDialog) -> tuple[str, str, str]:
    return (
        dialog.current_box.error_text(),
        dialog.passwords.password_box.error_text(),
        dialog.passwords.repeat_box.error_text(),
    )


def test_change_my_password_shows_each_refusal_at_its_field_then_changes_it(
    session: Session, qtbot, tmp_path
):
    window = session.window
    window.change_password_action.trigger()
    dialog = window.session_commands.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    before = audit_actions(tmp_path)

    fill(dialog, "", NEW_PASSWORD, NEW_PASSWORD + "x")
    assert not dialog.change()
    assert errors(dialog) == ("Enter your current password.", "", "The two passwords differ.")
    assert audit_actions(tmp_path) == before  # nothing reached the service

    fill(dialog, "бұрыс пароль", "қысқа", "қысқа")
    assert not dialog.change()
    assert errors(dialog) == (
        "The current password is wrong.",
        "The password is too short: at least 8 characters.",
        "",
    )
    assert dialog.current.text() == "" and dialog.passwords.password.text() == "қысқа"
    failed = audit_actions(tmp_path)[len(before) :]
    assert failed == [("user.password_change_failed", {"why": "current_wrong", "failed": 1})]

    fill(dialog, PASSWORD, "қысқа", "қысқа")
    assert not dialog.change()
    assert errors(dialog) == ("", "The password is too short: at least 8 characters.", "")
    assert dialog.current.text() == PASSWORD  # right, so kept

    fill(dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert dialog.change()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert audit_actions(tmp_path)[-1][0] == "user.password_changed"
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert session.auth.reauthenticate(NEW_PASSWORD)
    assert not session.auth.reauthenticate(PASSWORD)


def test_the_change_password_dialog_says_until_when_after_five_wrong_passwords(
    session: Session, qtbot
):
    dialog = session.window.session_commands.change_password()
    assert dialog is not None
    for _ in range(5):
        fill(dialog, "бұрыс пароль", NEW_PASSWORD, NEW_PASSWORD)
        assert not dialog.change()
    fill(dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert not dialog.change()
    assert errors(dialog)[0].startswith("Too many wrong passwords. Try again after ")
    assert not session.auth.reauthenticate(NEW_PASSWORD)


# -- idle minutes -----------------------------------------------------------------------------


def test_idle_minutes_preference_applies_to_the_running_lock(session: Session, prompts):
    window = session.window
    assert window.idle_minutes_action.text() == "Lock after 15 minutes of inactivity…"
    prompts.answers["ask_int"] = 3
    window.idle_minutes_action.trigger()
    assert prompts.calls[-1] == (
        "ask_int",
        "Lock the screen after this many minutes without use (1–60):",
    )
    assert Settings().idle_lock_minutes == 3  # stored, for the next start too
    assert window.idle_minutes_action.text() == "Lock after 3 minutes of inactivity…"

    session.clock.advance(2.9)
    session.lock.check()
    assert not session.lock.is_locked
    session.clock.advance(0.1)
    session.lock.check()
    assert session.lock.is_locked
    assert session.lock.try_unlock(PASSWORD)

    prompts.answers["ask_int"] = 1
    window.idle_minutes_action.trigger()
    assert window.idle_minutes_action.text() == "Lock after 1 minute of inactivity…"
    prompts.answers["ask_int"] = None  # cancelled: unchanged
    window.idle_minutes_action.trigger()
    assert Settings().idle_lock_minutes == 1
    session.clock.advance(0.9)
    session.lock.check()
    assert not session.lock.is_locked
    session.clock.advance(0.1)
    session.lock.check()
    assert session.lock.is_locked
    assert session.lock.try_unlock(PASSWORD)


def test_a_stored_value_above_the_range_locks_after_an_hour_at_most(session: Session) -> None:
    Settings().idle_lock_minutes = 200  # e.g. written by an older version
    assert session.window.session_commands.idle_minutes() == 60
    session.clock.advance(60)
    session.lock.check()
    assert session.lock.is_locked
    assert session.lock.try_unlock(PASSWORD)
