"""Times the audit trail: verifying a 100,000-entry keyed chain, and appends through the store.

    .venv/bin/python bench/audit.py [--entries 100000]

The chain is built by computing the rows and inserting them in bulk (as tests/audit does), then
verified through AuditService from a fresh read transaction, three times (median and best).
Target (RELIABILITY S11): ≤ 2 s for 100k. Also: the time of one audited append inside a unit
of work (the cost each business write pays). Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.audit_key import keyring_for  # noqa: E402
from db.engine import open_database  # noqa: E402
from domain.audit_service import AuditService  # noqa: E402
from tests.audit.chains import insert_rows, make_chain  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    key = bytes(range(32))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.db"
        database = open_database(path)
        started = time.perf_counter()
        insert_rows(path, make_chain(args.entries, key))
        build = time.perf_counter() - started
        database.actor.key = key
        service = AuditService(lambda: database.uow(read_only=True), keyring_for(key))
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            verdict = service.verify(update_anchor=False)
            runs.append(time.perf_counter() - t0)
            assert verdict.ok and verdict.count == args.entries
        appends = []
        for i in range(200):
            t0 = time.perf_counter()
            with database.uow() as uow:
                uow.audit.append("bench.append", "bench", i, {"i": [i - 1, i]})
                uow.commit()
            appends.append(time.perf_counter() - t0)
        database.dispose()
    print(f"built {args.entries} entries in {build:.2f} s")
    print(f"verify: median {statistics.median(runs):.3f} s, best {min(runs):.3f} s")
    print(
        f"audited append (own transaction, synchronous=FULL): {statistics.median(appends) * 1000:.2f} ms"
    )
    print(
        json.dumps(
            {
                "bench": "audit",
                "entries": args.entries,
                "verify_median_s": round(statistics.median(runs), 3),
                "verify_best_s": round(min(runs), 3),
                "append_median_ms": round(statistics.median(appends) * 1000, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
