"""Work-arounds for defects of the installed PySide6, each applied only when a probe shows it.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference to it, so every
emit from Python lowers the reference count of `True` by one. On Python 3.11 `True` is an ordinary
object: after a few thousand emits (about one per validation, filter change or refresh) its count
reaches zero and the interpreter aborts ("bool_dealloc: deallocating True or False"), in the
middle of the user's work or at exit. The fix gives the reference back after each emit. The probe
emits a few times and measures, so a PySide6 without the defect (or a Python whose `True` is
immortal) is left alone.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_log = logging.getLogger(__name__)
_PROBES = 8
_applied = False


class _Probe(QObject):
    """A signal to emit while counting references."""

    fired = Signal()


def emit_drops_true() -> bool:
    """True when emitting from Python lowers the reference count of `True` (the defect)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    return sys.getrefcount(True) - before <= -_PROBES


def apply() -> bool:
    """Patch `SignalInstance.emit` if the defect is present; True when the patch is in place."""
    global _applied
    if _applied:
        return True
    if not emit_drops_true():
        return False
    original: Callable[..., Any] = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            incref(True)  # the reference emit() should have taken for its return value
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    _log.info("PySide6 emit() reference fix applied")
    return True
