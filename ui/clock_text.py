"""How the clock's disagreement with the audit trail reads (S13): the banner and the reason box."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def local_text(moment: datetime) -> str:
    """A UTC instant as this computer's local date and time, as the user reads a clock."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def clock_behind_text(now_utc: datetime, newest_utc: datetime) -> str:
    """The banner's sentence: both times, what deadlines count from, what to do."""
    return (
        QCoreApplication.translate(
            "ClockText",
            "The computer's clock (%1) is earlier than the last recorded change (%2). Deadlines "
            "are counted from the later date. Set the correct date and time on this computer.",
        )
        .replace("%1", local_text(now_utc))
        .replace("%2", local_text(newest_utc))
    )
