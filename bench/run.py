"""Tartip's benchmark: a generated database of N cases, the figures a user feels, and their floors.

    .venv/bin/python bench/run.py --cases 100000 [--db FILE] [--runs 3]

Each figure stands beside a floor measured in the same run on the same machine: start-up and
memory beside a bare PySide6 window with the same imports; the list's filter and jump beside the
raw indexed SQL that answers them. Medians of --runs child processes. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import timed  # noqa: E402
from domain.text import search_key  # noqa: E402


def build_database(path: Path, cases: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--cases", str(cases), "--db", str(path)],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def probe(mode: str, db: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TARTIP_BENCH_T0=repr(time.time()))
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "gui_probe.py"), mode, "--db", str(db)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def section_figures(script: str, db: Path) -> dict[str, float]:
    """Run another bench script on the same database and take its closing JSON line."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--db", str(db)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def sql_floors(db: Path, cases: int) -> dict[str, float]:
    """The raw indexed queries behind a filter change and a jump to the last row."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    needle = "%" + search_key("ов") + "%"

    def filtered() -> None:
        con.execute(
            "SELECT count(*) FROM cases WHERE offence_group = ? AND search_key LIKE ?",
            ("II", needle),
        ).fetchone()
        con.execute(
            "SELECT id, number, offence, status, committed_on, discovered_on FROM cases "
            "WHERE offence_group = ? AND search_key LIKE ? ORDER BY number, id LIMIT 200",
            ("II", needle),
        ).fetchall()

    def last_page() -> None:
        con.execute(
            "SELECT id, number, offence, status, committed_on, discovered_on FROM cases "
            "ORDER BY number, id LIMIT 200 OFFSET ?",
            (max(cases - 200, 0),),
        ).fetchall()

    floors = {"filter_floor_ms": timed(filtered)[0], "jump_last_floor_ms": timed(last_page)[0]}
    con.close()
    return floors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="tartip-bench-"))
    db = args.db or folder / "bench.db"
    demo_s: float | None = None  # null in the JSON when an existing database was reused
    if not db.exists():
        demo_s = round(build_database(db, args.cases), 2)
    cases = sqlite3.connect(db).execute("SELECT count(*) FROM cases").fetchone()[0]

    apps = [probe("app", db) for _ in range(args.runs)]
    floors = [probe("floor", db) for _ in range(args.runs)]
    sql = sql_floors(db, cases)
    penalties = section_figures("penalties.py", db)
    # Issue 3's figures, measured last: its recomputation rewrites every case's deadline dates.
    deadlines = section_figures("deadlines.py", db)
    figures = {
        "cases": cases,
        "demo_s": demo_s,
        "startup_s": round(median_of(apps, "startup_s"), 3),
        "startup_floor_s": round(median_of(floors, "startup_s"), 3),
        "list_first_paint_ms": round(median_of(apps, "first_paint_ms"), 1),
        "list_first_paint_floor_ms": round(median_of(floors, "first_paint_ms"), 1),
        "filter_ms": round(median_of(apps, "filter_ms"), 1),
        "filter_floor_ms": round(sql["filter_floor_ms"], 1),
        "jump_last_ms": round(median_of(apps, "jump_last_ms"), 1),
        "jump_last_floor_ms": round(sql["jump_last_floor_ms"], 1),
        "rss_mb": round(median_of(apps, "rss_mb"), 1),
        "rss_floor_mb": round(median_of(floors, "rss_mb"), 1),
        "rows_in_memory": int(median_of(apps, "rows_in_memory")),
        "recompute_100k_s": deadlines["recompute_100k_s"],
        "recompute_open_s": deadlines["recompute_open_s"],
        "watch_list_ms": deadlines["watch_list_ms"],
        "deadline_filter_ms": deadlines["deadline_filter_ms"],
        "comparable_ms": penalties["comparable_ms"],
        "comparable_any_body_ms": penalties["comparable_any_body_ms"],
        "bounds_ms": penalties["bounds_ms"],
    }
    rows = [
        ("database build (demo)", f"{demo_s} s" if demo_s is not None else "reused", ""),
        (
            "start-up to painted window",
            f"{figures['startup_s']} s",
            f"{figures['startup_floor_s']} s",
        ),
        (
            "first paint of the list",
            f"{figures['list_first_paint_ms']} ms",
            f"{figures['list_first_paint_floor_ms']} ms",
        ),
        ("filter change", f"{figures['filter_ms']} ms", f"{figures['filter_floor_ms']} ms"),
        (
            "jump to last row",
            f"{figures['jump_last_ms']} ms",
            f"{figures['jump_last_floor_ms']} ms",
        ),
        ("resident memory", f"{figures['rss_mb']} MB", f"{figures['rss_floor_mb']} MB"),
        ("case rows held by the model", str(figures["rows_in_memory"]), ""),
        ("recompute all deadlines", f"{figures['recompute_100k_s']} s", ""),
        ("recompute open cases", f"{figures['recompute_open_s']} s", ""),
        ("watch list (first page)", f"{figures['watch_list_ms']} ms", ""),
        ("deadline band filter", f"{figures['deadline_filter_ms']} ms", ""),
        ("comparable cases (same body)", f"{figures['comparable_ms']} ms", ""),
        ("comparable cases (any body)", f"{figures['comparable_any_body_ms']} ms", ""),
        ("statutory bounds with prior record", f"{figures['bounds_ms']} ms", ""),
    ]
    print(f"Tartip bench: {cases} cases, medians of {args.runs} runs\n")
    print(f"{'measure':<30} {'Tartip':>12} {'floor':>12}")
    for name, value, floor in rows:
        print(f"{name:<30} {value:>12} {floor:>12}")
    print()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
