"""Times the penalty features on a 100,000-case demo database and prints the figures.

    .venv/bin/python bench/penalties.py [--cases 100000] [--db PATH] [--fresh] [--plans]

- comparable cases (Douglas factor 6): the distribution (one GROUP BY) and the first page of 50,
  through the service as the consistency panel calls it, for a sample of decided cases of the
  busiest offences, under several options: the default (same offence, same body, 5 years), any
  body, the offence's group or kind, a similar position, and the widest (kind, any body);
- the statutory bounds with the prior record read from the store (`penalty_bounds`);
- the whole validation of a decided case as the editor asks for it (typed as a new case, so the
  bounds, the comparables and the table of penalties are all checked), and the one-read
  `penalty_review`.
Target: a comparable-case query well under a second, aimed at < 100 ms. Each figure is the median
over the sample cases of the median of several runs. Ends with one JSON line.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402

from bench.bench_db import TODAY, arguments, open_filled  # noqa: E402
from bench.timing import timed as _timed  # noqa: E402
from db.engine import Database  # noqa: E402
from db.models import DbCase  # noqa: E402
from db.penalty_store import SqlPenaltyStore, comparable_conditions  # noqa: E402
from domain.model import (  # noqa: E402
    CaseFilter,
    CaseInput,
    CaseStatus,
    ComparableFilter,
    ServantInput,
)
from domain.services import CaseService  # noqa: E402
from domain.text import search_key  # noqa: E402

RUNS = 5
SAMPLE = 8  # decided cases per figure, of the busiest offences

OPTIONS: dict[str, dict[str, bool]] = {
    "comparable": {},
    "comparable_any_body": {"any_body": True},
    "comparable_group_or_kind": {"same_offence": False},
    "comparable_similar_position": {"similar_position": True},
    "comparable_widest": {"same_offence": False, "any_body": True},
}


def timed(fn: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall time in ms (bench.timing), as this script reports it."""
    return _timed(fn, runs)[0]


def over_sample(ids: list[int], fn: Callable[[int], object]) -> tuple[float, float]:
    """Median and worst over the sample of the per-case medians."""
    figures = [timed(lambda i=i: fn(i)) for i in ids]  # type: ignore[misc]
    return statistics.median(figures), max(figures)


def report(label: str, target: float | None, figures: tuple[float, float]) -> bool:
    median, worst = figures
    ok = target is None or median < target
    mark = "   " if target is None else ("ok " if ok else "SLOW")
    bound = "" if target is None else f"< {target:.0f}"
    print(f"{mark} {median:8.1f} ms (max {worst:7.1f})  {bound:>7}  {label}")
    return ok


def sample_cases(database: Database) -> list[int]:
    """Decided cases with a penalty: the latest of the busiest offences and a few Art. 50 ones."""
    with database.reader.connect() as conn:
        rows = conn.execute(
            select(DbCase.id, DbCase.offence)
            .where(DbCase.status == CaseStatus.DECIDED.value, DbCase.penalty.is_not(None))
            .order_by(DbCase.decided_on.desc(), DbCase.id.desc())
            .limit(5000)
        ).all()
    picked: list[int] = []
    seen: set[str] = set()
    for case_id, offence in rows:
        if offence not in seen:
            seen.add(offence)
            picked.append(case_id)
        if len(picked) == SAMPLE:
            break
    return picked


def plans(database: Database, service: CaseService, case_id: int) -> None:
    """EXPLAIN QUERY PLAN of the distribution and the page for one case under each option."""
    case = service.get_case(case_id)
    for name, options in OPTIONS.items():
        same = options.get("same_offence", True)
        group = case.offence_group if not same else None
        flt = ComparableFilter(
            decided_from=date(case.decided_on.year - 5, 1, 1) if case.decided_on else TODAY,
            decided_to=case.decided_on or TODAY,
            offences=(case.offence,) if same or group is None else (),
            group=group,
            body_id=None if options.get("any_body") else case.servant.body_id,
            position_key=search_key(case.servant.position)
            if options.get("similar_position")
            else "",
            exclude_case_id=case_id,
        )
        with database.uow(read_only=True) as uow:
            store: SqlPenaltyStore = uow.penalties  # type: ignore[assignment]
            statements = {
                "distribution": store.comparable_statement(flt),
                "page": select(DbCase.id)
                .where(*comparable_conditions(flt))
                .order_by(DbCase.decided_on.desc(), DbCase.id.desc())
                .limit(50),
            }
        for label, stmt in statements.items():
            sql = str(
                stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            )
            with database.reader.connect() as conn:
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).fetchall()
            print(f"  plan {name} {label} ({case.offence}):")
            for row in rows:
                print("     ", row[-1])


def as_input(service: CaseService, case_id: int) -> CaseInput:
    """A stored case as the editor would send it back."""
    c = service.get_case(case_id)
    s = c.servant
    return CaseInput(
        servant=ServantInput(
            s.full_name, s.iin, s.position, s.category, s.elected, s.body_id, s.unit_id
        ),
        offence=c.offence,
        committed_on=c.committed_on,
        discovered_on=c.discovered_on,
        continuing_until=c.continuing_until,
        description=c.description,
        report_source=c.report_source,
        status=c.status,
        continuing=c.continuing,
        terminated_on=c.terminated_on,
        pauses=c.pauses,
        decided_on=c.decided_on,
        penalty=c.penalty,
        penalty_lifted_on=c.penalty_lifted_on,
        justification=c.justification,
        lower_post_vacant=c.lower_post_vacant,
    )


def main() -> int:
    args = arguments(__doc__.splitlines()[0], "penalties.db")
    store = open_filled(args, "with penalties")
    database, service, demo_s = store.database, store.service, store.demo_s
    total = service.count_cases(CaseFilter())
    ids = sample_cases(database)
    print(f"{total} cases; sample of {len(ids)} decided cases")
    if args.plans and ids:
        plans(database, service, ids[0])

    ok = True
    figures: dict[str, float | None] = {}
    for name, options in OPTIONS.items():
        result = over_sample(ids, lambda i, o=options: service.comparable_cases(i, **o))  # type: ignore[misc]
        sizes = [service.comparable_cases(i, limit=0, **options).total for i in ids]
        ok &= report(
            f"{name} (distribution + 50 rows; {min(sizes)}..{max(sizes)} cases)", 100, result
        )
        figures[f"{name}_ms"] = round(result[0], 1)
    result = over_sample(ids, lambda i: service.penalty_bounds(i))
    ok &= report("penalty_bounds (prior record from the store)", 50, result)
    figures["bounds_ms"] = round(result[0], 1)
    inputs = {i: as_input(service, i) for i in ids}
    result = over_sample(ids, lambda i: service.penalty_review(i, inputs[i]))
    ok &= report("penalty_review (bounds, comparables, table, in one read)", 100, result)
    figures["review_ms"] = round(result[0], 1)
    # As a new case: the penalty is checked in full (bounds, comparables, table).
    result = over_sample(ids, lambda i: service.validate(inputs[i]))
    ok &= report("validate a decided case as typed (every check)", 150, result)
    figures["validate_ms"] = round(result[0], 1)
    figures["demo_s"] = round(demo_s, 1) if demo_s is not None else None
    database.dispose()
    print(json.dumps({"cases": total, **figures, "ok": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
