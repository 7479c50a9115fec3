"""The main window's warning while the computer's clock is behind the audit trail (S13)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from domain.clock import TrustedClock
from domain.errors import StorageError
from ui.clock_text import clock_behind_text
from ui.message_bar import MessageBar

_log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 60_000  # a clock set back mid-session shows within a minute


class ClockBanner(MessageBar):
    """Shown while the clock is behind the newest audit entry; it cannot be closed, only
    fixed (set the clock). `check()` runs at start-up, after saves and on a timer."""

    def __init__(
        self,
        clock: TrustedClock | None,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.close_button.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        if clock is not None:
            self.timer.start()

    def check(self) -> bool:
        """Show or hide the warning from the clock's current reading; True while shown."""
        if self._clock is None:
            return False
        try:
            reading = self._clock.reading()
        except StorageError as exc:  # the list shows storage problems; the banner keeps its state
            _log.warning("clock check: %s", exc)
            return not self.isHidden()
        if not reading.behind or reading.newest_utc is None:
            self.hide()
            return False
        self.show_message(clock_behind_text(reading.now_utc, reading.newest_utc))
        return True
