"""S17: the idle lock with an injected monotonic clock, over a main window that shows an IIN."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.ui.auth_fixtures import PASSWORD, add_users, auth_context, make_auth
from tests.ui.conftest import case_input
from ui.app import _Windows
from ui.case_table_model import Column
from ui.idle_lock import COVER_COLOR, IdleLock
from ui.main_window import MainWindow


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


def logged_in_window(qtbot, services, database, prompts):  # type: ignore[no-untyped-def]
    body = services.bodies()[0].id
    today = date.today()
    case_id = services.register_case(
        case_input(today - timedelta(days=3), today - timedelta(days=3), body_id=body)
    )
    iin = services.get_case(case_id).servant.iin
    auth = make_auth(database)
    add_users(auth, body)
    auth.logout()
    auth.login("hr_officer", PASSWORD)
    window = MainWindow(auth_context(services, auth), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    window.resize(640, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, auth, iin


def idle_lock(auth, clock: Clock) -> IdleLock:  # type: ignore[no-untyped-def]
    lock = IdleLock(auth, guard=auth.guard, clock=clock, check_ms=60_000)
    lock.start()
    return lock


def uniformly_covered(window: MainWindow) -> bool:
    shot = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    plain = QImage(shot.size(), QImage.Format.Format_RGB32)
    plain.fill(COVER_COLOR)
    return shot == plain


def iin_shown(window: MainWindow, iin: str) -> bool:
    model = window.model
    in_model = any(model.index(r, Column.IIN).data() == iin for r in range(model.rowCount()))
    return in_model and window.table.isVisible()


def test_fifteen_idle_minutes_cover_the_window_and_hide_the_iin(
    qtbot, services, database, prompts
) -> None:
    window, auth, iin = logged_in_window(qtbot, services, database, prompts)
    clock = Clock()
    lock = idle_lock(auth, clock)
    assert iin_shown(window, iin)
    assert not uniformly_covered(window)  # the check can fail: the list is on screen

    clock.advance(10)
    QApplication.sendEvent(
        window.table,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    )
    clock.advance(14.9)  # 24.9 min since the start, 14.9 since the key press
    lock.check()
    assert not lock.is_locked

    clock.advance(0.1)
    with qtbot.waitSignal(lock.locked):
        lock.check()
    assert lock.is_locked
    assert not window.table.isVisible() and not window.menuBar().isVisible()
    assert uniformly_covered(window)
    assert not iin_shown(window, iin)
    screen = lock.screen
    assert screen is not None and screen.isVisible()
    assert "Пайдаланушы hr_officer" in screen.explanation.text()

    # Escape and closing the prompt do not unlock.
    screen.close()
    assert screen.isVisible() and lock.is_locked

    assert not lock.try_unlock("бұрыс пароль")
    assert lock.is_locked and uniformly_covered(window)
    assert screen.message.text() == "Wrong password."

    with qtbot.waitSignal(lock.unlocked):
        assert lock.try_unlock(PASSWORD)
    assert not lock.is_locked
    assert iin_shown(window, iin)
    assert window.menuBar().isVisible()
    assert not uniformly_covered(window)
    lock.stop()


def test_the_lock_covers_an_open_editor_too_and_typing_in_it_is_kept(
    qtbot, services, database, prompts
) -> None:
    window, auth, iin = logged_in_window(qtbot, services, database, prompts)
    clock = Clock()
    lock = idle_lock(auth, clock)
    window.table.selectRow(0)
    editor = window.edit_current()
    assert editor is not None
    qtbot.waitExposed(editor)
    clock.advance(15)
    lock.check()
    assert lock.is_locked
    shot = editor.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    plain = QImage(shot.size(), QImage.Format.Format_RGB32)
    plain.fill(COVER_COLOR)
    assert shot == plain
    assert lock.try_unlock(PASSWORD)
    assert editor.isVisible()
    lock.stop()


def test_twelve_hours_after_login_end_the_session_whatever_the_input(
    qtbot, services, database, prompts
) -> None:
    window, auth, _iin = logged_in_window(qtbot, services, database, prompts)
    clock = Clock()
    lock = IdleLock(auth, guard=auth.guard, clock=clock, check_ms=1)
    lock.start()
    for _ in range(12 * 4 - 1):  # busy all day: a key every 15 minutes keeps the lock away
        clock.advance(15)
        QApplication.sendEvent(
            window.table,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
        )
        lock.check()
        assert not lock.is_locked
    clock.advance(15)
    with qtbot.waitSignal(lock.logout_required, timeout=2000):
        pass  # the real timer (1 ms) notices
    assert not lock.timer.isActive()


def test_logout_returns_to_the_login_and_another_user_gets_a_fresh_window(
    qtbot, services, database, prompts
) -> None:
    from tests.ui.test_login import _answer_modal, attempt

    window, auth, _iin = logged_in_window(qtbot, services, database, prompts)
    windows = _Windows(prompts)
    context = window.context
    windows.window = window

    def log_in(dialog) -> None:  # type: ignore[no-untyped-def]
        attempt(dialog, "auditor", PASSWORD)

    _answer_modal(log_in)
    new = windows.logout(context)
    assert new is not None and new is not window
    qtbot.addWidget(new)
    assert auth.guard.user is not None and auth.guard.user.login == "auditor"
    assert not new.new_action.isEnabled()  # the auditor's menus, not the HR officer's
    assert windows.lock is not None
    windows.lock.stop()
