"""Emitting signals from Python must not eat references to True (PySide6 6.12.0 defect)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import ui  # noqa: F401  (importing the package applies the fixes)
from ui import qt_fixes


class _Sender(QObject):
    """Signals of the kinds the UI emits."""

    plain = Signal()
    with_list = Signal(list)


def test_emitting_keeps_the_reference_count_of_true(qtbot) -> None:  # type: ignore[no-untyped-def]
    sender = _Sender()
    received: list[object] = []
    sender.with_list.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        sender.plain.emit()
        sender.with_list.emit([])
    # 1000 emits: with the defect the count falls by 1000; other objects may move it a little.
    assert abs(sys.getrefcount(True) - before) < 20
    assert len(received) == 500
    assert not qt_fixes.emit_drops_true()  # patched, or never broken
