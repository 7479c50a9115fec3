"""The audit chain on PostgreSQL (S10, S12 parity): two writers append one gap-free chain that
verifies; UPDATE, DELETE and TRUNCATE of audit_log are refused by the triggers."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.engine import Database, open_database
from domain.audit import GENESIS, verify_chain

PER_WRITER = 120


def test_two_writers_append_one_chain_that_verifies(pg_url: str) -> None:
    databases = [open_database(pg_url) for _ in range(2)]  # two workstations
    for n, d in enumerate(databases):
        d.actor.act_as(None, f"officer{n}", "hr_officer")
    barrier = threading.Barrier(2)
    errors: list[str] = []

    def write(d: Database) -> None:
        barrier.wait(timeout=30)
        for i in range(PER_WRITER):
            try:
                with d.uow() as uow:
                    uow.settings.set_setting(f"k.{d.actor.login}", str(i))
                    uow.audit.append("setting.set", "setting", d.actor.login, {"v": [i - 1, i]})
                    uow.commit()
            except Exception as exc:  # collected and asserted on
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=write, args=(d,)) for d in databases]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert errors == []
        with databases[0].uow(read_only=True) as uow:
            entries = list(uow.audit.iter_all(chunk=50))
        mine = [e for e in entries if e.action == "setting.set"]
        assert len(mine) == 2 * PER_WRITER
        assert {e.actor for e in mine} == {"officer0", "officer1"}
        assert [e.seq for e in entries] == list(range(1, len(entries) + 1))  # gap-free, unique
        prevs = [e.prev_hash for e in entries]
        assert len(set(prevs)) == len(prevs) and prevs[0] == GENESIS  # no fork
        assert all(e.prev_hash == p.hash for p, e in zip(entries, entries[1:], strict=False))
        verdict = verify_chain(entries)
        assert verdict.ok and verdict.count == len(entries)
    finally:
        for d in databases:
            d.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log WHERE seq = 1",
        "TRUNCATE audit_log",
    ],
)
def test_the_audit_log_refuses_changes(pg_database: Database, statement: str) -> None:
    with pg_database.uow() as uow:
        uow.audit.append("test.entry", "test", 1, {"a": [None, 1]})
        uow.commit()
    with pytest.raises(DBAPIError) as refused, pg_database.engine.begin() as conn:
        conn.execute(text(statement))
    assert "append-only" in str(refused.value)
    with pg_database.uow(read_only=True) as uow:
        [entry] = list(uow.audit.iter_all())
    assert entry.actor == "system" and verify_chain([entry]).ok
