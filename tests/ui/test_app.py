"""Start-up and crash handling: run_gui shows the window; a bug becomes a log entry and a dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_context
from ui import app as app_module
from ui.app import CrashHandler, ensure_file_log, run_gui
from ui.main_window import MainWindow
from ui.settings import Settings


def _raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        return sys.exc_info()  # type: ignore[return-value]


def test_crash_handler_logs_the_traceback_and_shows_only_the_log_path(
    prompts, tmp_path: Path
) -> None:
    log_path = tmp_path / "tartip.log"
    ensure_file_log(str(log_path))
    handler = CrashHandler(prompts, str(log_path), "1.2.3")
    handler(*_raise_and_capture())  # type: ignore[arg-type]
    for h in logging.getLogger("tartip").handlers:
        h.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in logged and "Traceback" in logged
    [(kind, shown)] = prompts.calls
    assert kind == "crash"
    assert shown.endswith(str(log_path))  # the dialog names the log
    assert "Tartip 1.2.3" in shown  # "copy details" carries the version and the traceback
    _remove_handler(log_path)


def test_crash_while_the_crash_dialog_is_up_is_logged_not_stacked(prompts) -> None:
    handler = CrashHandler(prompts, "", "")
    info = _raise_and_capture()

    def crash_again(details: str, log_path: str, parent: object = None) -> None:
        prompts.calls.append(("crash", details))
        handler(*info)  # type: ignore[arg-type]

    prompts.crash = crash_again
    handler(*info)  # type: ignore[arg-type]
    assert prompts.kinds() == ["crash"]


def test_run_gui_shows_the_main_window_and_returns_the_exit_code(
    qapp, services, monkeypatch
) -> None:
    Settings().mark_caveat_seen("kz-416-V")  # no modal caveat in this smoke test
    shown: list[MainWindow] = []
    real_show = app_module._Windows.show

    def show(self, context):  # type: ignore[no-untyped-def]
        window = real_show(self, context)
        shown.append(window)
        QTimer.singleShot(0, lambda: QApplication.instance().exit(7))
        return window

    monkeypatch.setattr(app_module._Windows, "show", show)
    hook = sys.excepthook
    assert run_gui(make_context(services), []) == 7
    assert sys.excepthook is hook  # restored
    assert shown and shown[0].windowTitle() == "Tartip — test.db"
    assert qapp.organizationName() == "Tartip" and qapp.applicationName() == "Tartip"
    shown[0].close()


def _remove_handler(log_path: Path) -> None:
    logger = logging.getLogger("tartip")
    for h in list(logger.handlers):
        if getattr(h, "baseFilename", None) == str(log_path):
            logger.removeHandler(h)
            h.close()


def test_chosen_language_follows_the_setting_then_the_system() -> None:
    from ui import i18n
    from ui.app import chosen_language

    assert chosen_language() == i18n.system_language()
    Settings().language = "kk"
    assert chosen_language() == "kk"


def test_opening_another_database_replaces_the_window_without_quitting(services, prompts) -> None:
    Settings().mark_caveat_seen("kz-416-V")
    windows = app_module._Windows(prompts)  # type: ignore[arg-type]
    first = windows.show(make_context(services))
    # Qt quits when its last visible window closes: the new one must be up before the old goes.
    other_visible_at_close: list[bool] = []
    close = first.close

    def recording_close() -> bool:
        other_visible_at_close.append(windows.window is not first and windows.window.isVisible())
        return close()

    first.close = recording_close  # type: ignore[method-assign]
    first.context_replaced.emit(make_context(services, database_label="other.db"))
    assert other_visible_at_close == [True]
    second = windows.window
    assert second is not None and second is not first
    assert second.isVisible() and second.windowTitle() == "Tartip — other.db"
    assert prompts.owner is second
    second.close()


def test_the_days_backup_runs_after_the_window_is_up_and_off_the_gui_thread(
    services, prompts, qtbot
) -> None:
    import threading

    from PySide6.QtCore import QThreadPool

    Settings().mark_caveat_seen("kz-416-V")
    ran: list[tuple[int, bool]] = []
    windows = app_module._Windows(prompts)  # type: ignore[arg-type]

    def backup() -> None:
        window = windows.window
        ran.append((threading.get_ident(), window is not None and window.isVisible()))

    window = windows.show(make_context(services, daily_backup=backup))
    qtbot.waitUntil(lambda: bool(ran))
    assert QThreadPool.globalInstance().waitForDone(5000)
    assert ran == [(ran[0][0], True)] and ran[0][0] != threading.get_ident()
    window.close()
