"""The `backup`, `restore` and `backups` subcommands: exit codes and what they print."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from backup_helpers import fill, sha256

from cli.output import CliError
from cli.parser import build_parser
from cli.trust_backup import run_backup, run_backups, run_restore
from db.backup import rotate
from db.engine import open_database
from domain.errors import StorageError, StorageErrorKind


class _Handlers(dict[str, Any]):
    """Every subcommand main.py registers; only the three under test do anything."""

    def __missing__(self, key: str) -> Any:
        return lambda args: 0


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """What main.main does with a handler's outcome: CliError -> its code, StorageError -> 3."""
    handlers = _Handlers(
        backup=lambda a: run_backup(a.db, a),
        restore=lambda a: run_restore(a.db, a),
        backups=lambda a: run_backups(a.db, a),
    )
    args = build_parser(handlers).parse_args(argv)
    try:
        code = int(args.handler(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        code = exc.code
    except StorageError as exc:
        print(f"error: {exc.kind.value}", file=sys.stderr)
        code = 3
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "tartip.db"
    database = open_database(path)
    fill(database)
    database.dispose()
    return path


def test_backup_then_restore_exit_zero(live: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "b.db"
    code, text = _run(["--db", str(live), "backup", "--out", str(out), "--json"], capsys)
    assert code == 0, text
    assert json.loads(text)["audit"].startswith("verified")
    code, text = _run(["restore", str(out), "--db", str(live)], capsys)
    assert code == 0, text
    assert "restored" in text


def test_restore_of_a_bad_file_exits_one_and_keeps_the_live_file(
    live: Path, tmp_path: Path, capsys: Any
) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00" * 5000)
    before = sha256(live)
    code, text = _run(["restore", str(bad), "--db", str(live)], capsys)
    assert code == 1
    assert "Not a Tartip database" in text
    code, text = _run(["restore", str(bad), "--db", str(live), "--json"], capsys)
    assert code == 1 and json.loads(text)["problem"] == StorageErrorKind.NOT_A_DATABASE.value
    assert sha256(live) == before


def test_backup_of_a_damaged_database_exits_three(tmp_path: Path, capsys: Any) -> None:
    live = tmp_path / "tartip.db"
    live.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    code, _ = _run(["--db", str(live), "backup", "--out", str(tmp_path / "b.db")], capsys)
    assert code == 3
    assert not (tmp_path / "b.db").exists()
    code, _ = _run(["--db", str(tmp_path / "none.db"), "backup", "--out", "x.db"], capsys)
    assert code == 1


def test_backups_lists_the_rotated_files(live: Path, capsys: Any) -> None:
    code, _ = _run(["--db", str(live), "backups"], capsys)
    assert code == 1  # none yet
    rotate(live, live.parent / "backups")
    code, text = _run(["--db", str(live), "backups", "--json", "--verify"], capsys)
    assert code == 0
    rows = json.loads(text)
    assert {r["kind"] for r in rows} == {"exit", "daily"}
    assert all(r["check"].startswith("verified") for r in rows)


def test_a_server_url_is_refused_with_advice(capsys: Any) -> None:
    args = argparse.Namespace(out="x.db", json=False)
    with pytest.raises(CliError) as refused:
        run_backup("postgresql+psycopg://u@h/db", args)
    assert "pg_dump" in str(refused.value)
