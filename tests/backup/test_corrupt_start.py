"""S6: a damaged database at start-up is classified without a traceback; what is readable is
exported, a technical report is written, the latest verified backup restored; the damaged file
itself is never written (bytes and mtime unchanged)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from backup_helpers import MARKER, fill, fingerprint, sha256

from db.backup import backup_to
from db.engine import Database, open_database
from db.recovery import Problem, diagnose, export_readable, restore_latest, technical_report
from domain.errors import StorageError, StorageErrorKind


def _header_overwritten(path: Path) -> None:
    with path.open("r+b") as f:
        f.write(b"\x00garbage-header!")


def _page_zeroed(path: Path) -> None:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(bytes(page_size))


def _payload_byte_flipped(path: Path) -> None:
    """One byte of a past case's audit row: SQLite has no checksums, only the chain sees it."""
    data = path.read_bytes()
    at = data.index(f"{MARKER}1".encode())
    with path.open("r+b") as f:
        f.seek(at)
        f.write(b"Y")


FIXTURES: list[tuple[str, Callable[[Path], None], str, StorageErrorKind]] = [
    ("header", _header_overwritten, Problem.NOT_A_DATABASE, StorageErrorKind.NOT_A_DATABASE),
    ("btree page", _page_zeroed, Problem.STRUCTURAL, StorageErrorKind.CORRUPT),
    ("payload byte", _payload_byte_flipped, Problem.TAMPERED, StorageErrorKind.TAMPERED),
]


@pytest.fixture
def damaged_setup(tmp_path: Path) -> tuple[Path, Path]:
    live = tmp_path / "data" / "tartip.db"
    database = open_database(live)
    fill(database, batches=3)
    backups = tmp_path / "backups"
    backup_to(database, backups / "tartip-exit-20260301T080000Z.db")
    with database.uow() as uow:
        for i in range(300):  # enough rows for several pages
            uow.settings.set_setting(f"late.{i}", "y" * 100)
        uow.commit()
    database.dispose()  # checkpointed: everything is in the main file
    return live, backups


@pytest.mark.parametrize(
    ("name", "damage", "problem", "kind"), FIXTURES, ids=[f[0] for f in FIXTURES]
)
def test_a_damaged_file_is_classified_exported_reported_and_never_written(
    damaged_setup: tuple[Path, Path],
    tmp_path: Path,
    name: str,
    damage: Callable[[Path], None],
    problem: str,
    kind: StorageErrorKind,
) -> None:
    live, backups = damaged_setup
    damage(live)
    before = fingerprint(live)

    found = diagnose(live)
    assert found is not None and found.kind is kind, found
    assert Problem.of(found.kind) == problem
    summary = export_readable(live, tmp_path / "export")
    assert summary.rows.get("app_settings", 0) > 0
    assert json.loads((tmp_path / "export" / "summary.json").read_text(encoding="utf-8"))
    report = technical_report(live, found, backups_folder=backups)
    assert f"class: {problem}" in report and sha256(live) in report
    assert "tartip-exit-20260301T080000Z.db" in report
    assert fingerprint(live) == before
    assert sorted(p.name for p in live.parent.iterdir()) == ["tartip.db"]  # no -wal/-shm made
    if kind is not StorageErrorKind.TAMPERED:
        with pytest.raises(StorageError) as at_start:
            open_database(live)  # the start-up checks see it too
        assert Problem.of(at_start.value.kind) == problem
        assert fingerprint(live) == before

    restored, aside = restore_latest(live, backups)
    assert aside is not None and fingerprint(aside) == before  # kept, bytes and mtime
    assert restored.database is not None
    try:
        with restored.database.uow(read_only=True) as uow:
            assert uow.settings.get_setting("b2.9") == "value 2.9"
    finally:
        restored.database.dispose()
    assert diagnose(live) is None


def test_export_keeps_rows_on_both_sides_of_a_zeroed_page(
    damaged_setup: tuple[Path, Path], tmp_path: Path
) -> None:
    live, _ = damaged_setup
    con = sqlite3.connect(f"{live.as_uri()}?mode=ro&immutable=1", uri=True)
    total = con.execute("SELECT count(*) FROM app_settings").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    # A leaf page in the middle of the table: the one holding a row near the middle.
    con.close()
    data = live.read_bytes()
    at = data.index(b"late.150")
    with live.open("r+b") as f:
        f.seek(at - at % page_size)
        f.write(bytes(page_size))
    summary = export_readable(live, tmp_path / "out")
    rows = summary.rows["app_settings"]
    assert 0 < rows < total
    lines = (tmp_path / "out" / "app_settings.csv").read_text(encoding="utf-8").splitlines()
    assert any("late.299" in line for line in lines) and any("b0.0" in line for line in lines)
    assert "app_settings" in summary.skipped


def test_no_verified_backup_is_a_classified_error_and_renames_nothing(tmp_path: Path) -> None:
    live = tmp_path / "tartip.db"
    live.write_bytes(b"not a database at all" * 100)
    before = fingerprint(live)
    with pytest.raises(StorageError) as refused:
        restore_latest(live, tmp_path / "no-backups")
    assert refused.value.kind is StorageErrorKind.CANNOT_OPEN
    assert fingerprint(live) == before


def test_a_sound_database_has_no_problem(tmp_path: Path) -> None:
    database: Database = open_database(tmp_path / "ok.db")
    fill(database)
    database.dispose()
    assert diagnose(tmp_path / "ok.db") is None
    assert "class: no problem found" in technical_report(tmp_path / "ok.db", None)
