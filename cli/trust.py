"""`audit verify` and `check`: the audit chain and the database's integrity (exit 0 ok, 1 not).

main.py passes the default database file and the audit key's path (the user's config folder);
a missing key file is not created here: a keyed chain then reports `unknown_key`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.output import print_json
from domain.audit import ChainVerdict
from domain.errors import StorageError

if TYPE_CHECKING:
    from db.engine import Database


def add_trust_commands(add: Any) -> None:
    """Register `audit verify` and `check` through cli.parser's `add(name, help)`."""
    p = add("audit", "the tamper-evident audit trail")
    sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = sub.add_parser("verify", help="verify the hash chain against the stored anchor")
    v.add_argument("--json", action="store_true", help="print a JSON object")
    v.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
    p = add("check", "integrity check, foreign keys and the audit chain (exit 1 on a problem)")
    p.add_argument("--json", action="store_true", help="print a JSON object")


def _open(target: str) -> Database:
    from db.engine import open_database

    return open_database(target, migrate=False)


def _verify(database: Database, key_path: Path | None) -> ChainVerdict:
    from db.audit_key import AnchorFile, anchor_path_for, keyring_for
    from domain.audit import format_ts
    from domain.audit_service import AuditService

    key = key_path.read_bytes() if key_path is not None and key_path.is_file() else None
    anchor = AnchorFile(anchor_path_for(database.path)) if database.path is not None else None
    service = AuditService(
        lambda: database.uow(read_only=True),
        keyring_for(key),
        anchor,
        now_utc_text=lambda: format_ts(database.actor.clock.now_utc()),
    )
    return service.verify()


def _verdict_json(verdict: ChainVerdict) -> dict[str, Any]:
    return {
        "ok": verdict.ok,
        "entries": verdict.count,
        "head_seq": verdict.head_seq,
        "head_hash": verdict.head_hash,
        "first_bad_seq": verdict.first_bad_seq,
        "problem": verdict.problem.value if verdict.problem else None,
    }


def _verdict_line(verdict: ChainVerdict) -> str:
    if verdict.ok:
        return f"audit chain ok: {verdict.count} entries, head {verdict.head_seq}"
    problem = verdict.problem.value if verdict.problem else "?"
    return f"audit chain BROKEN at seq {verdict.first_bad_seq}: {problem}"


def run_audit(args: argparse.Namespace, default_db: Path, key_path: Path | None) -> int:
    """`audit verify`."""
    try:
        database = _open(getattr(args, "db", None) or str(default_db))
    except StorageError as exc:
        return _fail(args, {"ok": False, "error": str(exc)}, f"cannot open: {exc}")
    with database:
        verdict = _verify(database, key_path)
    if args.json:
        print_json(_verdict_json(verdict))
    else:
        print(_verdict_line(verdict))
    return 0 if verdict.ok else 1


def structural_problems(database: Database) -> list[str]:
    """`PRAGMA integrity_check` and `foreign_key_check` findings (SQLite; none elsewhere)."""
    if not database.is_sqlite:
        return []
    with database.reader.connect() as conn:
        rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        problems = [r for r in rows if r != "ok"]
        fks = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        problems += [f"foreign key: {tuple(row)}" for row in fks[:20]]
    return problems


def run_check(args: argparse.Namespace, default_db: Path, key_path: Path | None) -> int:
    """`check`: structure, foreign keys and the audit chain."""
    try:
        database = _open(getattr(args, "db", None) or str(default_db))
    except StorageError as exc:
        return _fail(args, {"ok": False, "error": str(exc)}, f"cannot open: {exc}")
    with database:
        problems = structural_problems(database)
        verdict = _verify(database, key_path)
    ok = not problems and verdict.ok
    if args.json:
        print_json({"ok": ok, "integrity": problems or ["ok"], "audit": _verdict_json(verdict)})
    else:
        print("integrity ok" if not problems else "integrity: " + "; ".join(problems[:5]))
        print(_verdict_line(verdict))
    return 0 if ok else 1


def _fail(args: argparse.Namespace, data: dict[str, Any], line: str) -> int:
    if getattr(args, "json", False):
        print_json(data)
    else:
        print(line)
    return 1
