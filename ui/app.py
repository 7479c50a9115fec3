"""Starts the desktop client: QApplication, language, crash handling, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.prompts import Prompts
from ui.settings import Settings

_log = logging.getLogger("tartip")
ORGANIZATION = APPLICATION = "Tartip"  # where QSettings and the user folders live

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashHandler:
    """sys.excepthook for the GUI: the traceback goes to the log, an apology to the screen."""

    def __init__(self, prompts: Prompts, log_path: str, app_version: str = "") -> None:
        self.prompts = prompts
        self.log_path = log_path
        self.app_version = app_version
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        _log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        details = f"Tartip {self.app_version}\n" + "".join(
            traceback.format_exception(exc_type, exc, tb)
        )
        self._showing = True
        try:
            self.prompts.crash(details, self.log_path)
        finally:
            self._showing = False


def ensure_file_log(log_path: str) -> None:
    """Log to `log_path` unless main.py already does (the crash dialog promises it is there)."""
    if not log_path:
        return
    root = logging.getLogger()
    for logger in (root, _log):
        for handler in logger.handlers:
            if getattr(handler, "baseFilename", None) == log_path:
                return
    try:
        handler = logging.FileHandler(log_path, encoding="utf-8")
    except OSError as exc:
        print(f"tartip: cannot write the log {log_path}: {exc}", file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _log.addHandler(handler)
    if _log.level == logging.NOTSET or _log.level > logging.INFO:
        _log.setLevel(logging.INFO)


class _Windows:
    """Keeps the current main window alive and swaps it when another database is opened."""

    def __init__(self, prompts: Prompts) -> None:
        self.prompts = prompts
        self.window: MainWindow | None = None

    def show(self, context: AppContext) -> MainWindow:
        old = self.window
        window = MainWindow(context, prompts=self.prompts)
        self.prompts.owner = window
        window.context_replaced.connect(self.show)
        self.window = window
        window.show()
        if old is not None:  # closed after the new one is up, or the app would quit here
            old.close()
            old.deleteLater()
        QTimer.singleShot(0, window.on_first_show)
        return window


def chosen_language() -> str:
    """The UI language (ru, kk, en): the user's choice, else the system's; works before the app.

    main.py may call it first to open the store with body names in the same language.
    """
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return Settings().language or i18n.system_language()


def setup_application(argv: list[str]) -> QApplication:
    """The QApplication with Tartip's names and the chosen language installed."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    i18n.install(chosen_language())
    return app


def run_gui(context: AppContext, argv: list[str]) -> int:
    """Show the main window over `context` and run the event loop; returns the exit code."""
    app = setup_application(argv)
    app.setApplicationVersion(context.app_version)
    ensure_file_log(context.log_path)
    prompts = Prompts()
    previous_hook = sys.excepthook
    sys.excepthook = CrashHandler(prompts, context.log_path, context.app_version)
    windows = _Windows(prompts)
    try:
        windows.show(context)
        return app.exec()
    finally:
        sys.excepthook = previous_hook
