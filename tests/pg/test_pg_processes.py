"""S1 and S2 parity on PostgreSQL with real child processes, connected as the application role.

The SQLite scenarios' own harness and children run unchanged with a server URL in place of the
file path (tests/reliability): only what reads the result with sqlite3 is swapped for the
server's equivalent. S1 kills the writing client, not the server (whose durability is
PostgreSQL's own business, and this throwaway cluster runs with fsync off): the server must
roll back whatever the dead client left open, and keep every batch it acknowledged.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

import tests.reliability.test_kill_during_writes as s1
import tests.reliability.test_two_writers as s2
from tests.pg.conftest import APP_ROLE, AppDatabase
from tests.pg.pg_cluster import PgCluster
from tests.reliability.children.kill_writer import BATCH_ACTION, EVENT_KIND
from tests.reliability.conftest import (  # noqa: F401  (the fixture applies here too)
    _no_child_outlives_its_test,
    start_child,
)

S1_TRIALS = 20
S2_TIMES = 300  # per writer
INCREMENT_ON_SERVER = Path(__file__).resolve().parent / "children" / "increment_on_server.py"


class ServerChecks:
    """The S1 harness's two sqlite3 readers, done on the server as its owner (superuser)."""

    def __init__(self, cluster: PgCluster, database: str) -> None:
        self.conn = psycopg.connect(
            host="127.0.0.1", port=cluster.port, user=cluster.user, dbname=database, autocommit=True
        )
        self.conn.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
        self.database = database

    def close(self) -> None:
        self.conn.close()

    def _counter(self, sql: str, *params: object) -> Counter[int]:
        rows = self.conn.execute(sql, params).fetchall()  # type: ignore[arg-type,unused-ignore]  # fixed SQL
        return Counter({int(key): int(n) for key, n in rows})

    def stored(self, _target: object) -> s1.Stored:
        # The dead client's server process may still be finishing its last statement (even a
        # COMMIT it will never hear back about): wait until it has gone, so the counts are final.
        self.conn.execute(
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
            "WHERE datname = %s AND usename = %s AND pid <> pg_backend_pid()",
            (self.database, APP_ROLE),
        )
        return s1.Stored(
            events=self._counter(
                "SELECT (data::json->>'batch')::bigint, count(*) FROM case_events "
                "WHERE kind = %s GROUP BY 1",
                EVENT_KIND,
            ),
            audited_events=self._counter(
                "SELECT (diff::json->>'batch')::bigint, count(*) FROM audit_log "
                "WHERE action = %s GROUP BY 1",
                f"case.{EVENT_KIND}",
            ),
            markers=self._counter(
                "SELECT entity_id::bigint, count(*) FROM audit_log WHERE action = %s GROUP BY 1",
                BATCH_ACTION,
            ),
        )

    def integrity(self, _target: object) -> str:
        """amcheck over every B-tree index (with all heap tuples indexed) and every table."""
        problems: list[str] = []
        indexes = self.conn.execute(
            "SELECT c.oid, c.relname FROM pg_class c JOIN pg_am a ON a.oid = c.relam "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = 'i' AND a.amname = 'btree' AND n.nspname = 'public'"
        ).fetchall()
        for oid, name in indexes:
            try:
                self.conn.execute("SELECT bt_index_check(%s, true)", (oid,))
            except psycopg.Error as exc:
                problems.append(f"{name}: {exc}")
        damaged = self.conn.execute(
            "SELECT c.relname, v.msg FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace, LATERAL verify_heapam(c.oid) v "
            "WHERE c.relkind = 'r' AND n.nspname = 'public'"
        ).fetchall()
        problems += [f"{name}: {msg}" for name, msg in damaged]
        assert len(indexes) > 20  # the check did look at the schema's indexes
        return "; ".join(problems) or "ok"


@pytest.fixture
def checks(pg_cluster: PgCluster, pg_app: AppDatabase) -> Iterator[ServerChecks]:
    c = ServerChecks(pg_cluster, pg_app.name)
    yield c
    c.close()


def test_killed_writers_lose_no_acknowledged_batch(
    pg_app: AppDatabase, checks: ServerChecks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(s1, "_stored", checks.stored)
    monkeypatch.setattr(s1, "integrity", checks.integrity)
    start = time.monotonic()
    # The writers, the reopening and the chain check all connect as the application role.
    tally = s1._run(pg_app.app_url, tmp_path / "audit.key", S1_TRIALS, seed=20261208)  # type: ignore[arg-type]
    s1._report("S1 on PostgreSQL", tally, time.monotonic() - start)
    assert tally.trials == S1_TRIALS and tally.missing == 0 and tally.partial == 0
    assert tally.integrity_ok == tally.chain_ok == S1_TRIALS
    assert tally.printed > S1_TRIALS  # the kills did land during writes, not before them


def _on_server(script: str, *args: str) -> Any:
    assert script == "increment.py"
    return start_child(str(INCREMENT_ON_SERVER), *args)  # an absolute path replaces CHILDREN


def test_two_writer_processes_lose_no_update_and_the_control_does(
    pg_app: AppDatabase,
    pg_cluster: PgCluster,
    pg_fresh: Any,
    pg_app_template: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(s2, "start_child", _on_server)
    recipe, recipe_reports, recipe_s = s2._race(pg_app.app_url, S2_TIMES, "recipe")  # type: ignore[arg-type]
    control_url = pg_cluster.url(pg_fresh(pg_app_template), APP_ROLE)
    control, control_reports, control_s = s2._race(control_url, S2_TIMES, "default")  # type: ignore[arg-type]
    recipe_errors = sum(sum(r["errors"].values()) for r in recipe_reports)
    control_errors = sum(sum(r["errors"].values()) for r in control_reports)
    print(
        f"\nS2 on PostgreSQL: 2 processes x {S2_TIMES} read-modify-write increments\n"
        f"  recipe : final {recipe}/{2 * S2_TIMES}, lost {2 * S2_TIMES - recipe}, "
        f"errors {recipe_errors}, {recipe_s:.1f} s\n"
        f"  control: final {control}/{2 * S2_TIMES}, lost "
        f"{2 * S2_TIMES - control - control_errors} silently (+{control_errors} failed), "
        f"{control_s:.1f} s"
    )
    assert recipe_errors == 0, recipe_reports
    assert recipe == 2 * S2_TIMES
    assert control + control_errors < 2 * S2_TIMES
