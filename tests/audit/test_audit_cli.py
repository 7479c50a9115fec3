"""`audit verify` and `check`: exit 0 on a clean file, 1 on a tampered or damaged one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import main
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


def _checkpoint_args(db: Path, out: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), json=True, audit_command="checkpoint", out=str(out))


def _against_args(db: Path, checkpoint: Path, *, json_out: bool = True) -> argparse.Namespace:
    return argparse.Namespace(
        db=str(db), json=json_out, audit_command="verify", checkpoint=str(checkpoint)
    )


def test_checkpoint_then_verify_against_it_and_a_truncation_below_it(
    chained: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "usb" / "cp.json"
    assert run_audit(_checkpoint_args(db_path, out), db_path, chained, "0.1.0") == 0
    written = json.loads(capsys.readouterr().out)
    assert written["ok"] and written["signed"] and written["checkpoint"]["seq"] == 300
    assert written["file"] == str(out.resolve()) and out.is_file()

    assert run_audit(_against_args(db_path, out), db_path, chained) == 0
    checked = json.loads(capsys.readouterr().out)
    assert (checked["status"], checked["signature"], checked["same_chain"]) == (
        "ok", "valid", True,
    )  # fmt: skip
    assert checked["entries"] == 301  # the export's own `audit.checkpoint` entry

    tamper(db_path, ("DELETE FROM audit_log WHERE seq > ?", (200,)))
    Path(f"{db_path}.anchor").unlink()
    (chained.parent / "audit-checkpoints").rename(tmp_path / "moved")  # only the file remains
    assert run_audit(_against_args(db_path, out, json_out=False), db_path, chained) == 1
    line = capsys.readouterr().out
    assert "TAMPERED: truncated below the checkpoint at seq 201" in line
    assert run_audit(_against_args(db_path, out), db_path, chained) == 1
    checked = json.loads(capsys.readouterr().out)
    assert (checked["status"], checked["problem"], checked["against"]) == (
        "tampered", "truncated", "checkpoint",
    )  # fmt: skip


def test_a_forged_or_foreign_file_is_refused_with_exit_1(
    chained: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cp.json"
    assert run_audit(_checkpoint_args(db_path, out), db_path, chained) == 0
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    out.write_text(json.dumps({**data, "seq": 100}), encoding="utf-8")
    assert run_audit(_against_args(db_path, out), db_path, chained) == 1
    checked = json.loads(capsys.readouterr().out)
    assert (checked["ok"], checked["status"], checked["signature"]) == (False, "refused", "forged")
    out.write_text("hello", encoding="utf-8")
    assert run_audit(_against_args(db_path, out), db_path, chained) == 1
    assert json.loads(capsys.readouterr().out) == {"ok": False, "error": "checkpoint.not_json"}


def test_a_broken_chain_gets_no_checkpoint(
    chained: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(db_path, ("UPDATE audit_log SET diff = '{}' WHERE seq = ?", (7,)))
    out = tmp_path / "cp.json"
    assert run_audit(_checkpoint_args(db_path, out), db_path, chained) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused["error"] == "chain_broken" and refused["audit"]["first_bad_seq"] == 7
    assert not out.exists()


def test_the_json_keys_are_documented_in_the_help(
    chained: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = main.build_parser()  # the real command line
    args = parser.parse_args(["audit", "checkpoint", "--out", "x.json", "--json"])
    assert (args.audit_command, args.out, args.json) == ("checkpoint", "x.json", True)
    args = parser.parse_args(["audit", "verify", "--checkpoint", "x.json"])
    assert args.checkpoint == "x.json"

    def help_text(*argv: str) -> str:
        with pytest.raises(SystemExit):
            parser.parse_args([*argv, "--help"])
        return " ".join(capsys.readouterr().out.split())

    out = tmp_path / "cp.json"
    run_audit(_checkpoint_args(db_path, out), db_path, chained)
    written = json.loads(capsys.readouterr().out)
    run_audit(_against_args(db_path, out), db_path, chained)
    checked = json.loads(capsys.readouterr().out)
    documented = help_text("audit", "checkpoint")
    for key in [*written, *written["checkpoint"]]:
        assert key in documented, key
    documented = help_text("audit", "verify")
    for key in [*checked, *checked["checkpoint"], checked["status"], checked["signature"]]:
        assert key in documented, key
