"""The benchmarks' common start: arguments, a demo database of N cases, the service over it."""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from db.demo import generate_demo
from db.engine import Database, open_database
from domain.model import CaseFilter
from domain.rulepack import RulePackRegistry
from domain.services import CaseService

# A fixed "today", so that figures from different days measure the same data.
TODAY = date(2026, 11, 25)


def arguments(description: str, default_name: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "tartip-bench" / default_name
    )
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN too")
    return parser.parse_args()


@dataclass
class BenchStore:
    """An opened bench database with at least the asked-for number of demo cases."""

    database: Database
    packs: RulePackRegistry
    service: CaseService
    demo_s: float | None  # None when the cases were already there


def open_filled(args: argparse.Namespace, what: str) -> BenchStore:
    if args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    packs = RulePackRegistry.load_builtin_packs()
    database = open_database(args.db)
    service = CaseService(
        database.uow,
        packs,
        today=lambda: TODAY,
        now_utc=lambda: datetime.now(UTC),
        read_uow_factory=lambda: database.uow(read_only=True),
    )
    demo_s: float | None = None
    have = service.count_cases(CaseFilter())
    if have < args.cases:
        start = time.perf_counter()
        generate_demo(database, packs, args.cases - have, today=TODAY)
        demo_s = time.perf_counter() - start
        print(f"demo data: {args.cases - have} cases in {demo_s:.1f} s ({what})")
    return BenchStore(database, packs, service, demo_s)
