"""S5: a restore validates the candidate first; a refusal leaves the live database byte-identical.

Each bad candidate is refused with its own StorageError kind; a valid restore replaces the live
file through a temporary file, removes a stale -wal/-shm and records itself in the audit trail.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from backup_helpers import sha256

from db.backup import backup_to
from db.engine import Database, open_database
from db.restore import RESTORE_ACTION, restore
from domain.audit import AuditFilter
from domain.errors import StorageError, StorageErrorKind


def _truncated(good: Path, out: Path) -> None:
    data = good.read_bytes()
    out.write_bytes(data[: len(data) // 2])


def _random_bytes(good: Path, out: Path) -> None:
    out.write_bytes(random.Random(6).randbytes(64 * 1024))


def _other_app(good: Path, out: Path) -> None:
    con = sqlite3.connect(out)
    con.execute("PRAGMA application_id=0x12345678")
    con.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO cases VALUES (1, 'not ours')")
    con.commit()
    con.close()


def _edit(good: Path, out: Path, *statements: str) -> None:
    backup_to(good, out)
    con = sqlite3.connect(out)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _newer_schema(good: Path, out: Path) -> None:
    _edit(good, out, "UPDATE alembic_version SET version_num = '0099_from_the_future'")


def _broken_chain(good: Path, out: Path) -> None:
    # Someone with a SQLite tool: drop the trigger, edit a past entry, leave the hashes.
    _edit(
        good,
        out,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET diff = replace(diff, 'Zqxmarkerzq', 'Innocent') WHERE seq = 2",
    )


def _failing_integrity(good: Path, out: Path) -> None:
    backup_to(good, out)
    con = sqlite3.connect(out)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'app_settings'").fetchone()
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with out.open("r+b") as f:  # zero the table's root b-tree page
        f.seek((root[0] - 1) * page_size)
        f.write(bytes(page_size))


BAD: list[tuple[str, Callable[[Path, Path], None], StorageErrorKind]] = [
    ("truncated", _truncated, StorageErrorKind.TRUNCATED),
    ("random bytes", _random_bytes, StorageErrorKind.NOT_A_DATABASE),
    ("another application", _other_app, StorageErrorKind.OTHER_APPLICATION),
    ("newer schema", _newer_schema, StorageErrorKind.NEWER_SCHEMA),
    ("failing integrity_check", _failing_integrity, StorageErrorKind.CORRUPT),
    ("broken audit chain", _broken_chain, StorageErrorKind.TAMPERED),
]


def _live_files(live: Database) -> dict[str, str]:
    assert live.path is not None
    return {
        p.name: sha256(p) for p in live.path.parent.iterdir() if p.name.startswith(live.path.name)
    }


@pytest.mark.parametrize(("name", "make", "kind"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_candidate_is_refused_and_the_live_database_is_untouched(
    live: Database,
    good_backup: Path,
    tmp_path: Path,
    name: str,
    make: Callable[[Path, Path], None],
    kind: StorageErrorKind,
) -> None:
    candidate = tmp_path / "candidate.db"
    make(good_backup, candidate)
    assert live.path is not None
    before = _live_files(live)
    candidate_before = sha256(candidate)
    with pytest.raises(StorageError) as refused:
        restore(candidate, live.path, database=live)
    assert refused.value.kind is kind, refused.value
    assert _live_files(live) == before
    assert sha256(candidate) == candidate_before  # the candidate is only read
    # The live database is still open and working: nothing closed it.
    with live.uow(read_only=True) as uow:
        assert uow.settings.get_setting("b0.0") == "value 0.0"


def test_a_valid_restore_replaces_the_file_and_removes_a_stale_wal(
    live: Database, good_backup: Path, tmp_path: Path
) -> None:
    assert live.path is not None
    path = live.path
    with live.uow() as uow:  # a change made after the backup: the restore must undo it
        uow.settings.set_setting("after", "backup")
        uow.commit()
    live.dispose()
    # A crashed writer's WAL with committed frames: replayed onto the restored file it would
    # resurrect rows (or corrupt pages) of the old database.
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"INSERT INTO app_settings VALUES ('stale', 'wal')\"); c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    result = restore(good_backup, path)
    restored = result.database
    assert restored is not None
    try:
        with restored.uow(read_only=True) as uow:
            assert uow.settings.get_setting("b2.9") == "value 2.9"
            assert uow.settings.get_setting("after") is None
            assert uow.settings.get_setting("stale") is None
            entries = uow.audit.entries(AuditFilter(action=RESTORE_ACTION), 0, 10)
        assert [e.action for e in entries] == [RESTORE_ACTION]
        assert "good.db" in entries[0].diff
    finally:
        restored.dispose()
    leftovers = sorted(p.name for p in path.parent.iterdir())
    assert leftovers == [path.name], leftovers
    assert open_database(path).dispose() is None  # opens cleanly again


def test_a_restore_with_an_open_database_closes_it_and_returns_a_new_one(
    live: Database, good_backup: Path
) -> None:
    assert live.path is not None
    result = restore(good_backup, live.path, database=live)
    assert result.database is not None and result.database is not live
    result.database.dispose()


def test_restoring_a_file_onto_itself_is_refused(live: Database) -> None:
    assert live.path is not None
    with pytest.raises(StorageError) as refused:
        restore(live.path, live.path)
    assert refused.value.kind is StorageErrorKind.CANNOT_OPEN
