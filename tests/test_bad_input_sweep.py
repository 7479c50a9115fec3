"""Bad input at every command, counted: each answer is a short message and an exit code, never a
traceback (the issue's figure "bad inputs tried with zero tracebacks")."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import main
from db.cipher import UNLOCKED

Setup = Callable[[Path], list[str]]


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        code = main.main(argv)
    except SystemExit as exc:  # argparse refusing the arguments, as a shell would see it
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _db(tmp: Path) -> Path:
    path = tmp / "office.db"
    if not path.exists():
        assert main.main(["demo", "--cases", "30", "--db", str(path)]) == 0
    return path


def _text_file(tmp: Path, name: str = "notes.db") -> Path:
    path = tmp / name
    path.write_text("протокол заседания\n" * 40, encoding="utf-8")
    return path


def _other_app(tmp: Path) -> Path:
    path = tmp / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()
    return path


def _truncated(tmp: Path) -> Path:
    path = tmp / "cut.db"
    path.write_bytes(_db(tmp).read_bytes()[: 4096 * 3 + 100])
    return path


def _encrypted(tmp: Path) -> Path:
    path = tmp / "secret.db"
    if not path.exists():
        assert main.main(["demo", "--cases", "5", "--db", str(path)]) == 0
        from db.cipher import Keyring
        from db.encrypt import encrypt_file

        encrypt_file(path, "correct horse battery", keyring=Keyring())
    return path


# (name, argv builder): every one must be refused with a message, never a traceback.
CASES: list[tuple[str, Setup]] = [
    ("iin empty", lambda t: ["check-iin", ""]),
    ("iin short", lambda t: ["check-iin", "12345"]),
    ("iin long", lambda t: ["check-iin", "1234567890123"]),
    ("iin fullwidth digits", lambda t: ["check-iin", "９９０１０１３００００１"]),
    ("iin february 30", lambda t: ["check-iin", "990230300001"]),
    ("iin letters", lambda t: ["check-iin", "abcdefghijkl"]),
    ("iin newline", lambda t: ["check-iin", "99013130000\n"]),
    ("iin rtl mark", lambda t: ["check-iin", "\u202e990101300001"]),
    ("deadlines impossible date", lambda t: ["deadlines", "--offence", "art44",
                                             "--committed", "2026-02-30",
                                             "--discovered", "2026-03-01"]),
    ("deadlines discovered first", lambda t: ["deadlines", "--offence", "art44",
                                              "--committed", "2026-05-01",
                                              "--discovered", "2026-04-01"]),
    ("deadlines unknown offence", lambda t: ["deadlines", "--offence", "art99",
                                             "--committed", "2026-01-01",
                                             "--discovered", "2026-01-02"]),
    ("deadlines pause format", lambda t: ["deadlines", "--offence", "art44",
                                          "--committed", "2026-01-01",
                                          "--discovered", "2026-01-02", "--pause", "x:y"]),
    ("deadlines pause reversed", lambda t: ["deadlines", "--offence", "art44",
                                            "--committed", "2026-01-01",
                                            "--discovered", "2026-01-02", "--pause",
                                            "vacation:2026-02-10:2026-02-01"]),
    ("deadlines unknown pause", lambda t: ["deadlines", "--offence", "art44",
                                           "--committed", "2026-01-01",
                                           "--discovered", "2026-01-02", "--pause",
                                           "holiday:2026-02-01:2026-02-10"]),
    ("penalties unknown offence", lambda t: ["penalties", "--offence", "nope"]),
    ("penalties bad prior", lambda t: ["penalties", "--offence", "art44", "--prior", "x"]),
    ("penalties unknown penalty", lambda t: ["penalties", "--offence", "art44", "--prior",
                                             "art44:flogging:2026-01-01"]),
    ("cases bad status", lambda t: ["cases", "--db", str(_db(t)), "--status", "lost"]),
    ("cases limit zero", lambda t: ["cases", "--db", str(_db(t)), "--limit", "0"]),
    ("cases group IV", lambda t: ["cases", "--db", str(_db(t)), "--group", "IV"]),
    ("cases injection", lambda t: ["cases", "--db", str(_db(t)), "--offence", "' OR 1=1 --"]),
    ("demo zero", lambda t: ["demo", "--cases", "0", "--db", str(t / "d.db")]),
    ("decision no such case", lambda t: ["decision", "--db", str(_db(t)), "--case", "999999",
                                         "--lang", "ru", "--out", str(t / "x.pdf")]),
    ("decision bad lang", lambda t: ["decision", "--db", str(_db(t)), "--case", "1",
                                     "--lang", "de", "--out", str(t / "x.pdf")]),
    ("decision bad kind", lambda t: ["decision", "--db", str(_db(t)), "--case", "1",
                                     "--kind", "memo", "--out", str(t / "x.pdf")]),
    ("verify missing file", lambda t: ["verify", "--db", str(_db(t)), str(t / "none.pdf")]),
    ("verify not a pdf", lambda t: ["verify", "--db", str(_db(t)), str(_text_file(t, "a.pdf"))]),
    ("verify bad code", lambda t: ["verify", "--db", str(_db(t)), "--code", "!!!"]),
    ("audit bad checkpoint", lambda t: ["audit", "verify", "--db", str(_db(t)),
                                        "--checkpoint", str(_text_file(t, "cp.json"))]),
    ("audit missing checkpoint", lambda t: ["audit", "verify", "--db", str(_db(t)),
                                            "--checkpoint", str(t / "none.json")]),
    ("restore missing", lambda t: ["restore", "--db", str(_db(t)), str(t / "none.db")]),
    ("restore text file", lambda t: ["restore", "--db", str(_db(t)), str(_text_file(t))]),
    ("restore other app", lambda t: ["restore", "--db", str(_db(t)), str(_other_app(t))]),
    ("restore truncated", lambda t: ["restore", "--db", str(_db(t)), str(_truncated(t))]),
    ("restore onto itself", lambda t: ["restore", "--db", str(_db(t)), str(_db(t))]),
    ("backup into a file path", lambda t: ["backup", "--db", str(_db(t)), "--out",
                                           str(_text_file(t, "f") / "b.db")]),
    ("db is a folder", lambda t: ["cases", "--db", str(t)]),
    ("db is text", lambda t: ["cases", "--db", str(_text_file(t))]),
    ("db of another app", lambda t: ["cases", "--db", str(_other_app(t))]),
    ("db truncated", lambda t: ["cases", "--db", str(_truncated(t))]),
    ("db bad url", lambda t: ["cases", "--db", "nosuchdialect://x/y"]),
    ("db server unreachable", lambda t: ["cases", "--db",
                                         "postgresql+psycopg://nobody@127.0.0.1:1/tartip"]),
    ("encrypted without passphrase", lambda t: ["cases", "--db", str(_encrypted(t))]),
    ("encrypt server url", lambda t: ["encrypt", "--db",
                                      "postgresql+psycopg://nobody@127.0.0.1:1/tartip"]),
    ("server-roles on sqlite", lambda t: ["server-roles", "--db", str(_db(t)),
                                          "--app-role", "clerk"]),
    ("unknown subcommand", lambda t: ["frobnicate"]),
]  # fmt: skip


@pytest.mark.parametrize("name,argv", CASES, ids=[name for name, _ in CASES])
def test_bad_input_gets_a_message_and_an_exit_code_never_a_traceback(
    name: str,
    argv: Setup,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TARTIP_DB_PASSPHRASE", raising=False)
    args = argv(tmp_path)
    capsys.readouterr()
    code, out, err = run(capsys, args)
    UNLOCKED.forget()
    assert code in (1, 2, 3), (name, code, out, err)
    message = (out + err).strip()
    assert message, name
    assert "Traceback" not in out + err, name
    assert len(err.strip().splitlines()) <= 3, (name, err)  # argparse: usage + error line


@pytest.mark.parametrize("passphrase", ["wrong", "correct horse battery!"])
def test_a_wrong_passphrase_is_one_line(
    passphrase: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _encrypted(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv("TARTIP_DB_PASSPHRASE", passphrase)
    code, out, err = run(capsys, ["cases", "--db", str(path)])
    UNLOCKED.forget()
    assert (code, out) == (3, "") and "Traceback" not in err
    assert err.startswith("error: Wrong database passphrase") and len(err.splitlines()) == 1
