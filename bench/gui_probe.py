"""One measured start of the desktop client (or of its floor), run as a child by bench/run.py.

    gui_probe.py app --db FILE     the real main window over FILE
    gui_probe.py floor --db FILE   a bare QMainWindow with an empty table and the same imports

`TARTIP_BENCH_T0` (the parent's time.time() just before it started this process) makes
`startup_s` include the interpreter start and the imports, as a user waits for them.
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

T0 = float(os.environ.get("TARTIP_BENCH_T0", time.time()))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The same imports in both modes, so the floor differs from the app only by what the app does.
import sqlalchemy  # noqa: E402,F401
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

import main  # noqa: E402
from domain.model import CaseFilter  # noqa: E402
from domain.text import search_key  # noqa: E402
from ui.app import setup_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.prompts import Prompts  # noqa: E402


class SilentPrompts(Prompts):
    """Answers every question with no: a benchmark never waits on a dialog."""

    def info(self, *args: object, **kwargs: object) -> None: ...

    def warning(self, *args: object, **kwargs: object) -> None: ...

    def error(self, *args: object, **kwargs: object) -> None: ...

    def question(self, *args: object, **kwargs: object) -> bool:
        return False


class PaintWatch(QObject):
    """Counts paint events of a widget, so a measurement ends when pixels were produced."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait_for_paint(watch: PaintWatch, before: int, timeout_ms: int = 10_000) -> None:
    loop_timer = QElapsedTimer()
    loop_timer.start()
    while watch.paints <= before and loop_timer.elapsed() < timeout_ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if watch.paints <= before:
        raise SystemExit("no paint within the timeout")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(mode: str, db: str) -> dict[str, float]:
    app = setup_application([sys.argv[0]])
    watch = PaintWatch()
    built = time.perf_counter()
    if mode == "floor":
        window: QMainWindow = QMainWindow()
        table = QTableView()
        window.setCentralWidget(table)
    else:
        wiring = main.open_services(db)
        context = AppContext(
            services=wiring.services, database_label=db, app_version=main.APP_VERSION
        )
        window = MainWindow(context, prompts=SilentPrompts())
        table = window.table
    table.viewport().installEventFilter(watch)
    window.resize(1280, 800)
    window.show()
    wait_for_paint(watch, 0)
    result = {
        "startup_s": time.time() - T0,
        "first_paint_ms": (time.perf_counter() - built) * 1000,
    }
    if isinstance(window, MainWindow):
        # A filter as a user sets it: group II and two typed letters, to the repainted list.
        before = watch.paints
        started = time.perf_counter()
        window.apply_filter(CaseFilter(group="II", search=search_key("ов")))
        table.viewport().update()
        wait_for_paint(watch, before)
        result["filter_ms"] = (time.perf_counter() - started) * 1000
        window.apply_filter(CaseFilter())
        QApplication.processEvents()
        before = watch.paints
        started = time.perf_counter()
        table.scrollToBottom()
        wait_for_paint(watch, before)
        result["jump_last_ms"] = (time.perf_counter() - started) * 1000
        result["rows_in_memory"] = window.model.loaded_rows()
    result["rss_mb"] = rss_mb()
    QTimer.singleShot(0, app.quit)
    window.close()
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["app", "floor"])
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    print(json.dumps(run(args.mode, args.db)))
