"""`audit verify` and `check`: exit 0 on a clean file, 1 on a tampered or damaged one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from cli.parser import build_parser
from cli.trust import run_audit, run_check
from db.engine import Database
from tests.audit.chains import insert_rows, make_chain, tamper


def _args(db: Path, *, json_out: bool) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), json=json_out)


@pytest.fixture
def chained(database: Database, db_path: Path, key: bytes, tmp_path: Path) -> Path:
    insert_rows(db_path, make_chain(300, key))
    database.dispose()
    return tmp_path / "config" / "audit.key"


def test_the_parser_registers_both_commands() -> None:
    handlers = {
        n: (lambda a: 0)
        for n in (
            "gui",
            "demo",
            "cases",
            "deadlines",
            "penalties",
            "check-iin",
            "decision",
            "verify",
            "audit",
            "check",
        )
    }
    parser = build_parser(handlers)
    args = parser.parse_args(["audit", "verify", "--json", "--db", "x.db"])
    assert (args.audit_command, args.json, args.db) == ("verify", True, "x.db")
    assert parser.parse_args(["check"]).handler is handlers["check"]


def test_clean_then_tampered(
    chained: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_audit(_args(db_path, json_out=True), db_path, chained) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["entries"] == 300 and out["first_bad_seq"] is None
    assert run_check(_args(db_path, json_out=False), db_path, chained) == 0
    assert "integrity ok" in capsys.readouterr().out

    tamper(db_path, ("UPDATE audit_log SET diff = '{}' WHERE seq = ?", (120,)))
    assert run_audit(_args(db_path, json_out=True), db_path, chained) == 1
    out = json.loads(capsys.readouterr().out)
    assert (out["ok"], out["first_bad_seq"], out["problem"]) == (False, 120, "edited")
    assert run_check(_args(db_path, json_out=False), db_path, chained) == 1
    assert "BROKEN at seq 120: edited" in capsys.readouterr().out


def test_truncation_is_caught_by_the_anchor_written_at_the_last_verification(
    chained: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_audit(_args(db_path, json_out=False), db_path, chained) == 0
    assert Path(f"{db_path}.anchor").is_file()
    capsys.readouterr()
    tamper(db_path, ("DELETE FROM audit_log WHERE seq > ?", (290,)))
    assert run_check(_args(db_path, json_out=True), db_path, chained) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["audit"]["problem"] == "truncated" and out["audit"]["first_bad_seq"] == 291


def test_without_the_key_file_a_keyed_chain_is_not_vouched_for(
    chained: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_audit(_args(db_path, json_out=True), db_path, tmp_path / "missing.key") == 1
    assert json.loads(capsys.readouterr().out)["problem"] == "unknown_key"


def test_a_file_that_is_not_a_database_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    assert run_check(_args(junk, json_out=True), junk, None) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False
