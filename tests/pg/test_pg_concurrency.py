"""Two writers at once on PostgreSQL: no lost updates, distinct gap-free journal numbers.

The control run uses a plain READ COMMITTED engine (no write lock), so the lost-update test can
be seen to fail.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

import db.engine
import tests.test_procedure_on_sqlite as procedure_suite
from db.engine import Database, open_database
from db.uow import SqlUnitOfWork
from domain.procedure_model import DocumentKind, ExplanationInput, ExplanationOutcome
from tests.test_procedure_on_sqlite import Env

env = procedure_suite.env  # the procedure suite's fixture, opened on the server (below)

COUNTER = "test.counter"
TIMES = 150  # per writer


def _in_threads(count: int, work: Callable[[int], None]) -> list[str]:
    """Run `work(i)` in `count` threads started together; return the errors they met."""
    barrier = threading.Barrier(count)
    errors: list[str] = []

    def run(i: int) -> None:
        barrier.wait(timeout=30)
        try:
            work(i)
        except Exception as exc:  # collected and asserted on, not hidden
            errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
        assert not t.is_alive()
    return errors


def _increment(factory: Callable[[], SqlUnitOfWork], errors: list[str]) -> None:
    for _ in range(TIMES):
        try:
            with factory() as uow:
                value = int(uow.settings.get_setting(COUNTER) or "0")
                uow.settings.set_setting(COUNTER, str(value + 1))
                uow.commit()
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")


def _counter(database: Database) -> int:
    with database.uow(read_only=True) as uow:
        return int(uow.settings.get_setting(COUNTER) or "0")


def test_two_writers_lose_no_update(pg_url: str) -> None:
    databases = [open_database(pg_url) for _ in range(2)]  # two workstations
    errors: list[str] = []
    try:
        errors += _in_threads(2, lambda i: _increment(databases[i].uow, errors))
        assert errors == []
        assert _counter(databases[0]) == 2 * TIMES
    finally:
        for d in databases:
            d.dispose()


def test_without_the_write_lock_updates_are_lost_so_the_test_can_see_them(pg_url: str) -> None:
    with open_database(pg_url) as database, database.uow() as uow:
        uow.settings.set_setting(COUNTER, "0")  # the row exists: only updates race
        uow.commit()
    engines = [create_engine(pg_url, isolation_level="READ COMMITTED") for _ in range(2)]
    errors: list[str] = []
    try:
        errors += _in_threads(2, lambda i: _increment(lambda: SqlUnitOfWork(engines[i]), errors))
        with open_database(pg_url) as database:
            assert errors == []
            assert _counter(database) < 2 * TIMES
    finally:
        for e in engines:
            e.dispose()


@pytest.fixture(autouse=True)
def _on_postgresql(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    original = db.engine.open_database

    def open_on_server(target: str | os.PathLike[str], **kwargs: Any) -> Database:
        return original(pg_url, **kwargs)

    monkeypatch.setattr(procedure_suite, "open_database", open_on_server)


def _decided_cases(env: Env, count: int) -> list[int]:
    commission = env.commission()
    ids = []
    for n in range(count):
        case_id = env.case(description=f"Не исполнил поручение № {n}.")
        env.procedure.record_explanation(
            case_id,
            ExplanationInput(
                date(2026, 9, 25), ExplanationOutcome.REFUSED, act_on=date(2026, 9, 25)
            ),
        )
        env.procedure.record_hearing(case_id, env.hearing(case_id, commission))
        env.procedure.record_order(case_id, env.order())
        ids.append(case_id)
    return ids


def test_two_concurrent_issuers_get_distinct_gap_free_numbers(env: Env, tmp_path: Path) -> None:
    per_issuer = 4
    cases = _decided_cases(env, 2 * per_issuer)
    issued: list[tuple[int, str]] = []

    def issue(i: int) -> None:
        for case_id in cases[i::2]:
            for kind in (DocumentKind.DECISION, DocumentKind.ORDER):
                doc = env.procedure.issue_document(
                    case_id, kind, "kk", tmp_path / f"{case_id}-{kind.value}.pdf"
                )
                issued.append((doc.seq, f"{kind.value}:{doc.number}"))

    assert _in_threads(2, issue) == []
    assert len(issued) == 4 * per_issuer
    for kind in (DocumentKind.DECISION, DocumentKind.ORDER):
        seqs = sorted(s for s, label in issued if label.startswith(kind.value + ":"))
        assert seqs == list(range(1, 2 * per_issuer + 1))  # distinct, no gap
    with env.database.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(DISTINCT number || kind) FROM documents"))
        assert stored.scalar() == 4 * per_issuer
