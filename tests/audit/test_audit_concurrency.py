"""S12 on SQLite: two processes × 200 audited saves make one gap-free chain that verifies."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path

from db.audit_key import keyring_for
from db.engine import open_database
from domain.audit import GENESIS, verify_chain
from tests.audit.audit_workers import audited_saves

TIMES = 200


def test_two_writers_make_one_gap_free_chain(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "shared.db"
    open_database(path).dispose()
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=audited_saves, args=(str(path), key, name, TIMES, barrier, results))
        for name in ("ws.one", "ws.two")
    ]
    for p in procs:
        p.start()
    errors = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert errors == [[], []]

    database = open_database(path)
    try:
        with database.uow(read_only=True) as uow:
            entries = list(uow.audit.iter_all())
    finally:
        database.dispose()
    assert [e.seq for e in entries] == list(range(1, 2 * TIMES + 1))  # gap-free, unique
    links = Counter(e.prev_hash for e in entries)
    assert links[GENESIS] == 1 and max(links.values()) == 1  # no fork
    assert Counter(e.actor for e in entries) == {"ws.one": TIMES, "ws.two": TIMES}
    verdict = verify_chain(entries, keyring_for(key))
    assert verdict.ok and verdict.count == 2 * TIMES
