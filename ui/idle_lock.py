"""The idle screen lock: no input for N minutes covers every window; 12 h after login, log out.

Time comes from an injected monotonic clock (tests advance it), never from the wall clock, so
changing the system time neither unlocks the screen nor extends the session.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import StorageError

if TYPE_CHECKING:
    from domain.auth_service import AuthService
    from domain.authz import Guard

_log = logging.getLogger(__name__)

IDLE_MINUTES = 15
SESSION_HOURS = 12
CHECK_MS = 5_000  # how often the timer looks at the clock; the lock comes at most this late
COVER_COLOR = QColor("#37474f")
# Session → Lock now; the lock also watches for it itself, since a modal form (the case editor)
# blocks the main window's shortcuts and the lock must be one key press away from any window.
LOCK_KEYS = QKeySequence("Ctrl+L")
# Input that proves someone is at the keyboard; paint and timer events do not.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class Cover(QWidget):
    """An opaque panel over a whole window, kept at the window's size; it paints nothing else."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, COVER_COLOR)
        self.setPalette(palette)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), COVER_COLOR)
        painter.end()


class LockScreen(QDialog):
    """The password prompt of a locked session; application-modal, closing it does not unlock."""

    def __init__(
        self, user_name: str, parent: QWidget | None = None, *, by_user: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Tartip is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._may_close = False
        title = QLabel(self.tr("Tartip is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        if by_user:
            explanation = self.tr(
                "You locked the screen. %1, enter your password to continue where you left off."
            )
        else:
            explanation = self.tr(
                "The screen was locked after a time without use. %1, enter your password to "
                "continue where you left off."
            )
        self.explanation = text = QLabel(explanation.replace("%1", user_name))
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.message = QLabel()
        self.message.setObjectName("unlockError")
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(400)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()  # the wrapped text above keeps its height

    def finish(self) -> None:
        self._may_close = True
        self.close()

    def reject(self) -> None:  # Esc must not reveal the windows
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)


class IdleLock(QObject):
    """Watches the application's input; locks after `idle_minutes`, logs out after
    `session_hours` since `start()` (the login), whatever the input.

    `idle_minutes` may be a callable read at every check, so a changed preference applies to
    the running session; the session's length is fixed when the lock is made.
    """

    locked = Signal()
    unlocked = Signal()
    logout_required = Signal()  # the session is over: the application returns to the login

    def __init__(
        self,
        auth: AuthService,
        *,
        guard: Guard | None = None,
        idle_minutes: float | Callable[[], float] = IDLE_MINUTES,
        session_hours: float = SESSION_HOURS,
        clock: Callable[[], float] = time.monotonic,
        check_ms: int = CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._guard = guard
        self._clock = clock
        self._idle_minutes = idle_minutes
        self.session_seconds = session_hours * 3600
        self._started = self._last_input = clock()
        self._covers: list[Cover] = []
        self._hidden: list[QWidget] = []
        self.screen: LockScreen | None = None
        self._ended = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)

    # -- watching ---------------------------------------------------------------------------

    def start(self) -> None:
        """Begin the session now (call right after the login)."""
        self._started = self._last_input = self._clock()
        self._ended = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """End watching (logout or quit); a lock still up is taken down without a password."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._uncover()

    @property
    def idle_seconds(self) -> float:
        minutes = self._idle_minutes
        return (minutes() if callable(minutes) else minutes) * 60

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.is_locked:
            self._last_input = self._clock()
            if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                if QKeySequence(event.keyCombination()) == LOCK_KEYS:
                    # After the key's delivery: no window is hidden under its own key event.
                    QTimer.singleShot(0, self, lambda: self.lock(by_user=True))
                    return True
        return False

    def check(self) -> None:
        """The timer's slot: log out past the session's end, else lock when idle too long."""
        if self._ended:
            return
        now = self._clock()
        if now - self._started >= self.session_seconds:
            self._ended = True
            self.stop()
            self.logout_required.emit()
        elif not self.is_locked and now - self._last_input >= self.idle_seconds:
            self.lock()

    # -- locking ----------------------------------------------------------------------------

    def lock(self, *, by_user: bool = False) -> None:
        """Cover every window now and ask for the password (`by_user`: Session → Lock now)."""
        if self.is_locked:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        owner: QWidget | None = None
        for window in _windows_to_cover():
            self._cover(window)
            if owner is None and isinstance(window, QMainWindow):
                owner = window
        user = self._guard.user if self._guard is not None else None
        name = (user.full_name or user.login) if user is not None else ""
        screen = LockScreen(name, owner, by_user=by_user)
        screen.adjustSize()
        screen.unlock_button.clicked.connect(self._unlock_clicked)
        screen.password.returnPressed.connect(self._unlock_clicked)
        screen.logout_button.clicked.connect(self._logout_clicked)
        self.screen = screen
        screen.show()
        screen.raise_()
        screen.activateWindow()
        screen.password.setFocus()
        _log.info("screen locked %s", "by the user" if by_user else "after inactivity")
        self.locked.emit()

    def _cover(self, window: QWidget) -> None:
        # The contents are hidden, not only painted over: a grab() of any child shows nothing.
        for child in window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not child.isWindow() and not child.isHidden() and not isinstance(child, Cover):
                child.hide()
                self._hidden.append(child)
        cover = Cover(window)
        cover.show()
        cover.raise_()
        self._covers.append(cover)

    def _uncover(self) -> None:
        for child in self._hidden:
            if shiboken6.isValid(child):
                child.show()
        self._hidden.clear()
        for cover in self._covers:
            if shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
        self._covers.clear()
        if self.screen is not None:
            screen, self.screen = self.screen, None
            if shiboken6.isValid(screen):
                screen.finish()
                screen.deleteLater()

    def try_unlock(self, password: str) -> bool:
        """Unlock if `password` is the logged-in user's; a wrong one keeps everything covered."""
        if not self.is_locked:
            return True
        try:
            ok = self._auth.reauthenticate(password)
        except StorageError as exc:
            _log.warning("unlock: %s", exc)
            ok = False
        if not ok:
            assert self.screen is not None
            self.screen.password.clear()
            self.screen.show_error(self.tr("Wrong password."))
            return False
        self._uncover()
        self._last_input = self._clock()
        _log.info("screen unlocked")
        self.unlocked.emit()
        return True

    def _unlock_clicked(self) -> None:
        if self.screen is not None:
            self.try_unlock(self.screen.password.text())

    def _logout_clicked(self) -> None:
        self._ended = True
        self.stop()
        self.logout_required.emit()


def _windows_to_cover() -> list[QWidget]:
    """Every visible window of the application: main windows, dialogs, floating docks."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() or isinstance(widget, LockScreen):
            continue
        if isinstance(widget, (QMainWindow, QDialog, QDockWidget)) or widget.windowType() in (
            Qt.WindowType.Window,
            Qt.WindowType.Dialog,
        ):
            found.append(widget)
    return found
