"""S1: a writer killed (SIGKILL / TerminateProcess) at a random moment loses no acknowledged batch.

Each transaction stores 10 case events and their 10 audit rows plus 1 audit row for the batch;
the child prints a batch id only after COMMIT has returned. After every kill the database is
reopened through open_database (the next app start) and checked: every printed batch is there,
every stored batch is whole, the file is intact, and the keyed audit chain verifies.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from db.audit_key import keyring_for, load_or_create_key
from db.engine import open_database
from domain.audit import verify_chain
from domain.rulepack import RulePackRegistry
from tests.reliability.children.kill_writer import BATCH_ACTION, EVENT_KIND, EVENTS_PER_BATCH
from tests.reliability.conftest import (
    case_service,
    drain,
    expect_line,
    integrity,
    new_case,
    start_child,
)

TRIALS_C = 30
TRIALS_N = 500
TRIAL_SPAN = 1_000_000  # batch ids of trial t are t * TRIAL_SPAN + 1, + 2, ...


@dataclass
class Tally:
    """What the trials observed, printed as the scenario's figures."""

    trials: int = 0
    printed: int = 0  # batches the children acknowledged
    stored: int = 0  # batches found whole after the kills
    unprinted_but_stored: int = 0  # committed, killed before the print: allowed, at most 1/trial
    partial: int = 0
    missing: int = 0
    integrity_ok: int = 0
    chain_ok: int = 0
    chain_length: int = 0
    delays_ms: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Stored:
    """Per batch id: its case events, their audit rows, and the batch's own audit rows."""

    events: Counter[int]
    audited_events: Counter[int]
    markers: Counter[int]

    def partial(self) -> int:
        """Batches that are not exactly 10 events + 10 event audits + 1 batch audit."""
        batches = set(self.events) | set(self.audited_events) | set(self.markers)
        return sum(
            1
            for b in batches
            if (self.events[b], self.audited_events[b], self.markers[b])
            != (EVENTS_PER_BATCH, EVENTS_PER_BATCH, 1)
        )


def _counter(con: sqlite3.Connection, sql: str, *params: object) -> Counter[int]:
    return Counter({int(key): int(n) for key, n in con.execute(sql, params)})


def _stored(path: Path) -> Stored:
    con = sqlite3.connect(path)
    try:
        return Stored(
            events=_counter(
                con,
                "SELECT json_extract(data, '$.batch'), count(*) FROM case_events "
                "WHERE kind = ? GROUP BY 1",
                EVENT_KIND,
            ),
            audited_events=_counter(
                con,
                "SELECT json_extract(diff, '$.batch'), count(*) FROM audit_log "
                "WHERE action = ? GROUP BY 1",
                f"case.{EVENT_KIND}",
            ),
            markers=_counter(
                con,
                "SELECT entity_id, count(*) FROM audit_log WHERE action = ? GROUP BY 1",
                BATCH_ACTION,
            ),
        )
    finally:
        con.close()


def _chain(path: Path, key: bytes) -> tuple[bool, int]:
    """Whether the keyed audit chain verifies, and its length; opened as the app opens it."""
    with open_database(path) as database, database.uow(read_only=True) as uow:
        verdict = verify_chain(uow.audit.iter_all(), keyring_for(key))
    return verdict.ok, verdict.count


def _prepare(path: Path, key: bytes) -> int:
    """A database with one case; returns its id (the batches' events hang on it)."""
    with open_database(path) as database:
        database.actor.key = key
        service = case_service(database, RulePackRegistry.load_builtin_packs())
        return service.register_case(new_case(service))


def _run(path: Path, key_file: Path, trials: int, seed: int) -> Tally:
    rng = random.Random(seed)
    key = load_or_create_key(key_file)
    case_id = _prepare(path, key)
    tally = Tally()
    printed: set[int] = set()

    def writer(trial: int) -> subprocess.Popen[str]:
        return start_child("kill_writer.py", str(path), str(case_id), str(trial), str(key_file))

    # The next child imports while the current one writes; it opens the file only on "go".
    upcoming = writer(0)
    for trial in range(trials):
        child = upcoming
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        expect_line(child, "ready")  # it opened the file (recovering the last kill) and wrote
        if trial + 1 < trials:
            upcoming = writer(trial + 1)
        delay_ms = rng.randint(50, 400)
        tally.delays_ms.append(delay_ms)
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(timeout=delay_ms / 1000)  # it writes until killed; it never ends alone
        child.kill()
        out, err = drain(child)
        assert child.returncode != 0
        assert "Traceback" not in err, err
        acknowledged = {int(line) for line in out.split() if line.strip()}
        printed |= acknowledged
        tally.printed += len(acknowledged)

        stored = _stored(path)
        tally.trials += 1
        tally.stored = len(stored.events)
        tally.missing = len(printed - set(stored.events))
        tally.partial = stored.partial()
        assert tally.missing == 0, f"trial {trial}: acknowledged batches lost"
        assert tally.partial == 0, f"trial {trial}: partial batches"
        # Batches are numbered in order: the stored ones of a trial are 1..m, m ≤ last printed + 1.
        this_trial = {b for b in stored.events if b // TRIAL_SPAN == trial}
        assert this_trial == {trial * TRIAL_SPAN + i for i in range(1, len(this_trial) + 1)}
        extra = this_trial - acknowledged
        assert len(extra) <= 1, f"trial {trial}: {len(extra)} batches stored but never printed"
        tally.unprinted_but_stored += len(extra)
        assert integrity(path) == "ok"
        tally.integrity_ok += 1
        chain_ok, tally.chain_length = _chain(path, key)  # also: the next start opens cleanly
        assert chain_ok, f"trial {trial}: the audit chain does not verify"
        tally.chain_ok += 1
    return tally


def _report(name: str, tally: Tally, seconds: float) -> None:
    print(
        f"\n{name}: {tally.trials} kill trials in {seconds:.1f} s; "
        f"{tally.printed} acknowledged batches, {tally.stored} stored whole "
        f"({tally.stored * (3 * EVENTS_PER_BATCH + 1)} rows incl. audit), {tally.missing} lost, "
        f"{tally.partial} partial, {tally.unprinted_but_stored} committed-not-yet-printed; "
        f"integrity ok {tally.integrity_ok}/{tally.trials}; keyed audit chain ok "
        f"{tally.chain_ok}/{tally.trials} ({tally.chain_length} entries); "
        f"kill delays {min(tally.delays_ms)}-{max(tally.delays_ms)} ms"
    )


def test_killed_writers_lose_no_acknowledged_batch(tmp_path: Path) -> None:
    start = time.monotonic()
    tally = _run(tmp_path / "s1.db", tmp_path / "audit.key", TRIALS_C, seed=20261125)
    _report("S1", tally, time.monotonic() - start)
    assert tally.trials == TRIALS_C
    assert tally.printed > TRIALS_C  # the kills did land during writes, not before them


@pytest.mark.slow
def test_killed_writers_lose_nothing_over_500_trials(tmp_path: Path) -> None:
    start = time.monotonic()
    tally = _run(tmp_path / "s1.db", tmp_path / "audit.key", TRIALS_N, seed=5)
    _report("S1 long", tally, time.monotonic() - start)
    assert tally.trials == TRIALS_N
