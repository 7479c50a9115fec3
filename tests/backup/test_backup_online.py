"""S4: online backups through the SQLite backup API while another process writes; rotation;
and the grep test that no code path copies a database file."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from backup_helpers import ROOT, fill, sha256

from db.backup import backup_to, latest_verified, list_backups, rotate
from db.backup_check import check_file
from db.engine import Database, open_database
from db.restore import restore

CHILD = Path(__file__).resolve().parent / "backup_writer_child.py"


def _batches(path: Path) -> dict[int, int]:
    """Rows per writer batch in a database file: every batch must have exactly 10."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        counts: dict[int, int] = {}
        for (key,) in con.execute("SELECT key FROM app_settings WHERE key LIKE 'w%'"):
            batch = int(key[1:].split(".")[0])
            counts[batch] = counts.get(batch, 0) + 1
        audited = {
            int(e) for (e,) in con.execute("SELECT entity_id FROM audit_log WHERE entity='case'")
        }
    finally:
        con.close()
    assert set(counts) == audited, "a batch without its audit entry, or the reverse"
    return counts


def _dump_hash(path: Path) -> str:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sha256_text("\n".join(con.iterdump()))
    finally:
        con.close()


def sha256_text(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _logical_size(path: Path) -> int:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        return int(pages) * int(con.execute("PRAGMA page_size").fetchone()[0])
    finally:
        con.close()


def test_backups_taken_during_writes_are_complete_and_restore_exactly(tmp_path: Path) -> None:
    live_path = tmp_path / "live" / "tartip.db"
    open_database(live_path).dispose()
    backups: list[Path] = []
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(live_path)], stdout=subprocess.PIPE, text=True
    ) as writer:
        try:
            assert writer.stdout is not None
            writer.stdout.readline()  # the writer has committed its first batch
            reader = open_database(live_path)
            try:
                for n in range(10):
                    out = tmp_path / "backups" / f"b{n}.db"
                    # Alternate the sources: the open Database's pool and a bare read-only file.
                    check = backup_to(reader if n % 2 else live_path, out)
                    assert check.audit.startswith("verified")
                    assert out.stat().st_size <= 1.1 * _logical_size(live_path)
                    backups.append(out)
                    writer.stdout.readline()  # at least one more commit between two backups
            finally:
                reader.dispose()
        finally:
            writer.kill()
    seen: list[int] = []
    for path in backups:
        check_file(path)  # integrity_check, foreign keys, application id, audit chain
        counts = _batches(path)
        assert counts and set(counts.values()) == {10}, "a partial batch in a backup"
        seen.append(max(counts))
    assert seen == sorted(seen) and seen[-1] > seen[0], "backups did not follow the writer"
    fresh = tmp_path / "fresh" / "restored.db"
    result = restore(backups[5], fresh, reopen=False)
    assert result.database is None
    assert _dump_hash(fresh) == _dump_hash(backups[5])


def test_a_backup_never_leaves_a_temporary_file_or_a_wal(live: Database, tmp_path: Path) -> None:
    out = tmp_path / "b" / "one.db"
    backup_to(live, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["one.db"]
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_rotation_keeps_n_exit_and_one_daily_per_day(live: Database, tmp_path: Path) -> None:
    folder = tmp_path / "rot"
    start = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
    for n in range(9):  # nine exits over four and a half days, twice a day
        moment = start + timedelta(hours=12 * n)
        made = rotate(
            live.path, folder, keep_daily=3, keep_exit=5, source=live, now=lambda m=moment: m
        )
        assert made[0].kind == "exit"
    kinds = [b.kind for b in list_backups(folder, "tartip")]
    assert kinds.count("exit") == 5
    assert kinds.count("daily") == 3
    days = [b.created_utc.date() for b in list_backups(folder) if b.kind == "daily"]
    assert len(set(days)) == len(days)
    names = [b.path.name for b in list_backups(folder)]
    assert all(re.match(r"^tartip-(exit|daily)-\d{8}T\d{6}Z\.db$", name) for name in names)
    # A start-up call on a day that already has its daily backup makes nothing.
    last = start + timedelta(hours=12 * 8)
    assert rotate(live.path, folder, on_exit=False, source=live, now=lambda: last) == []


def test_latest_verified_skips_a_damaged_newer_backup(live: Database, tmp_path: Path) -> None:
    folder = tmp_path / "rot"
    t1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    rotate(live.path, folder, source=live, now=lambda: t1, keep_daily=0)
    rotate(live.path, folder, source=live, now=lambda: t1 + timedelta(hours=1), keep_daily=0)
    newest, older = list_backups(folder)
    newest.path.write_bytes(newest.path.read_bytes()[:4096])  # cut short: no longer verifies
    found = latest_verified(folder)
    assert found is not None and found.path == older.path
    assert found.check is not None and found.check.revision


def test_no_code_path_copies_a_database_file() -> None:
    """RELIABILITY finding 4: backups go through the backup API, never a file copy."""
    forbidden = re.compile(r"shutil\.copy|copyfile|copy2|copyfileobj|\bcopytree\b|CopyFile")
    offenders = []
    for folder in ("db", "domain", "cli", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if forbidden.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
    source = (ROOT / "db" / "backup.py").read_text(encoding="utf-8")
    assert ".backup(" in source and "VACUUM INTO" not in source


@pytest.mark.parametrize("batches", [0, 5])
def test_backup_of_a_file_path_equals_the_database(tmp_path: Path, batches: int) -> None:
    database = open_database(tmp_path / "x.db")
    fill(database, batches)
    database.dispose()
    out = tmp_path / "copy.db"
    backup_to(tmp_path / "x.db", out)
    assert _dump_hash(out) == _dump_hash(tmp_path / "x.db")
    assert sha256(tmp_path / "x.db")  # the source is still a readable file
