"""Times the deadline features on a 100,000-case demo database and prints the figures.

    .venv/bin/python bench/deadlines.py [--cases 100000] [--db PATH] [--fresh] [--plans]

- recompute: every case's deadlines counted again by the engine and written (what a full
  recomputation costs when every date changes), the same with nothing to write, and the open
  cases only (what a calendar override or a switch change costs, inside its transaction);
- the watch list: the first page of open cases by last day, with its count;
- the deadline filter: a band's count and first page, and the four band counts;
- start-up: opening the file (in a fresh process, with and without Alembic loaded), the check
  for cases without deadlines and the two counts of the start-up notice.
Targets: recompute 100k well under 30 s; the watch list and a band filter < 60 ms (the list's).
Ends with one JSON line.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import update  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402

from bench.bench_db import arguments, open_filled  # noqa: E402
from bench.timing import timed  # noqa: E402
from db.engine import Database  # noqa: E402
from db.models import DbCase  # noqa: E402
from db.queries import SqlCaseQueries, filter_conditions  # noqa: E402
from domain.model import CaseFilter, DeadlineStatus, SortKey  # noqa: E402

LIMIT = 200
RUNS = 7

_OPEN_PROBE = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from db.engine import open_database
t1 = time.perf_counter()
database = open_database({db!r})
t2 = time.perf_counter()
database.dispose()
print((t1 - t0) * 1000, (t2 - t1) * 1000, int("alembic" in sys.modules))
"""


def report(label: str, target: float | None, figures: tuple[float, float]) -> bool:
    median, worst = figures
    ok = target is None or median < target
    mark = "   " if target is None else ("ok " if ok else "SLOW")
    bound = "" if target is None else f"< {target:.0f}"
    print(f"{mark} {median:8.1f} ms (max {worst:7.1f})  {bound:>7}  {label}")
    return ok


def open_in_fresh_process(db: Path, runs: int = 5) -> tuple[float, float, bool]:
    """Median import and open times (ms) of db.engine in new processes; whether Alembic loaded."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _OPEN_PROBE.format(root=str(ROOT), db=str(db))],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        results.append((float(out[0]), float(out[1]), out[2] == "1"))
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
        any(r[2] for r in results),
    )


def plan(database: Database, flt: CaseFilter, sort: SortKey, descending: bool) -> None:
    with database.uow(read_only=True) as uow:
        queries: SqlCaseQueries = uow.queries
        stmt = queries.ordered_ids(filter_conditions(flt), sort, descending).limit(LIMIT)
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with database.reader.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).fetchall()
    print(f"  plan {sort.value} {'desc' if descending else 'asc'} {flt}:")
    for row in rows:
        print("     ", row[-1])


def main() -> int:
    args = arguments(__doc__.splitlines()[0], "deadlines.db")
    store = open_filled(args, "with their deadlines")
    database, service, demo_s = store.database, store.service, store.demo_s
    total = service.count_cases(CaseFilter())
    open_cases = service.count_cases(CaseFilter(open_only=True))
    print(f"{total} cases ({open_cases} open) at {args.db}\n")

    print("-- recompute (one transaction each)")
    with database.engine.begin() as conn:  # every stored date wrong: all of them are rewritten
        conn.execute(update(DbCase).values(last_day=None, discovery_limit=None))
    start = time.perf_counter()
    rewritten = service.recompute_deadlines()
    recompute_s = time.perf_counter() - start
    print(f"     {recompute_s:8.2f} s   all {total} cases counted, {rewritten} rewritten")
    start = time.perf_counter()
    unchanged = service.recompute_deadlines()
    same_s = time.perf_counter() - start
    print(f"     {same_s:8.2f} s   all cases counted again, {unchanged} changed (none written)")
    start = time.perf_counter()
    service.recompute_deadlines(open_only=True)
    open_s = time.perf_counter() - start
    print(f"     {open_s:8.2f} s   open cases only ({open_cases}): a calendar or switch change")
    ok = recompute_s < 30

    print("\n-- watch list and deadline filters (read-only unit of work, as the list calls them)")

    def watch_list() -> object:
        flt = CaseFilter(open_only=True)
        return service.count_cases(flt), service.list_cases(flt, SortKey.LAST_DAY, limit=LIMIT)

    watch = timed(watch_list)
    ok &= report("watch list: count + first page of open cases by last day", 60, watch)
    ok &= report(
        "watch list, last day descending",
        60,
        timed(
            lambda: service.list_cases(
                CaseFilter(open_only=True), SortKey.LAST_DAY, True, limit=LIMIT
            )
        ),
    )
    ok &= report(
        "all cases by last day, last page",
        60,
        timed(lambda: service.list_cases(CaseFilter(), SortKey.LAST_DAY, False, total - 150, 150)),
    )
    band_figures = []
    for band in DeadlineStatus:
        flt = CaseFilter(deadline=band)

        def band_page(flt: CaseFilter = flt) -> object:
            return service.count_cases(flt), service.list_cases(flt, SortKey.LAST_DAY, limit=LIMIT)

        figures = timed(band_page)
        band_figures.append(figures[0])
        ok &= report(f"band {band.value}: count + first page", 60, figures)
    counts = timed(service.deadline_counts)
    ok &= report(f"the four band counts {service.deadline_counts()}", 60, counts)

    print("\n-- start-up")
    report("fill_missing_deadlines with none missing", 20, timed(service.fill_missing_deadlines))
    report(
        f"start-up notice: expiring_this_week ({service.expiring_this_week()}) + "
        f"expired_open ({service.expired_open()})",
        20,
        timed(lambda: (service.expiring_this_week(), service.expired_open())),
    )
    if args.plans:
        print("\n-- plans")
        plan(database, CaseFilter(open_only=True), SortKey.LAST_DAY, False)
        plan(database, CaseFilter(open_only=True), SortKey.LAST_DAY, True)
        plan(database, CaseFilter(), SortKey.LAST_DAY, False)
        plan(
            database,
            service._store_filter(CaseFilter(deadline=DeadlineStatus.WITHIN_7)),
            SortKey.LAST_DAY,
            False,
        )
    database.dispose()  # checkpoints the WAL: the file is as the next start finds it
    import_ms, open_ms, alembic = open_in_fresh_process(args.db)
    print(
        f"\n     {open_ms:8.1f} ms  open the up-to-date file (fresh process; Alembic "
        f"{'loaded' if alembic else 'not loaded'}; importing db.engine took {import_ms:.0f} ms)"
    )
    print("\nall within targets" if ok else "\nSOME FIGURES MISS THEIR TARGET")
    print(
        json.dumps(
            {
                "cases": total,
                "open_cases": open_cases,
                "demo_s": round(demo_s, 2) if demo_s is not None else None,
                "recompute_100k_s": round(recompute_s, 2),
                "recompute_unchanged_s": round(same_s, 2),
                "recompute_open_s": round(open_s, 2),
                "watch_list_ms": round(watch[0], 1),
                "deadline_filter_ms": round(max(band_figures), 1),
                "deadline_counts_ms": round(counts[0], 1),
                "open_ms": round(open_ms, 1),
            }
        )
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
