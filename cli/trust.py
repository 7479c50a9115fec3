"""`audit verify`, `audit checkpoint` and `check`: the audit chain, its checkpoints and the
database's integrity (exit 0 ok, 1 not).

main.py passes the default database file and the audit key's path (the user's config folder,
which also holds the remembered checkpoints); a missing key file is not created here: a keyed
chain then reports `unknown_key`, and a checkpoint is written unsigned only for an unkeyed chain.
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
    from domain.audit_checkpoint import Checkpoint, CheckpointVerdict
    from domain.audit_service import AuditService

VERIFY_JSON = (
    "JSON keys: ok, entries, head_seq, head_hash, first_bad_seq, problem (edited, deleted, "
    "reordered, truncated, rewritten, unkeyed, unknown_key, forged_checkpoint), against (null, "
    "anchor, remembered or checkpoint: what the chain disagrees with). With --checkpoint also: "
    "status (ok, tampered, refused), signature (valid, unsigned, forged, unknown_key), "
    "same_chain, checkpoint {database, path, chain_id, seq, head_hash, entries, created_utc, "
    "key_id}; an unreadable file gives ok=false and error (a checkpoint.* code). Exit 0 ok, 1 not."
)
CHECKPOINT_JSON = (
    "Writes the chain's verified head to FILE (put it on removable media or send it to the "
    "regional office) and keeps a copy in the config folder for the start-up check. JSON keys: "
    "ok, file, signed, checkpoint {database, path, chain_id, seq, head_hash, entries, "
    "created_utc, key_id}; refused: ok=false, error (chain_broken, write_failed) and audit "
    "(the verify keys). Exit 0 written, 1 refused."
)


def add_trust_commands(add: Any) -> None:
    """Register `audit verify` and `check` through cli.parser's `add(name, help)`."""
    p = add("audit", "the tamper-evident audit trail")
    sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = sub.add_parser(
        "verify", help="verify the hash chain against the stored anchor", epilog=VERIFY_JSON
    )
    v.add_argument("--json", action="store_true", help="print a JSON object")
    v.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
    v.add_argument("--checkpoint", metavar="FILE", help="also against this exported checkpoint")
    c = sub.add_parser(
        "checkpoint", help="export a signed checkpoint of the chain's head", epilog=CHECKPOINT_JSON
    )
    c.add_argument("--out", required=True, metavar="FILE", help="the checkpoint file to write")
    c.add_argument("--json", action="store_true", help="print a JSON object")
    c.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
    p = add("check", "integrity check, foreign keys and the audit chain (exit 1 on a problem)")
    p.add_argument("--json", action="store_true", help="print a JSON object")


def _open(target: str) -> Database:
    from db.engine import open_database

    return open_database(target, migrate=False)


def _key(key_path: Path | None) -> bytes | None:
    return key_path.read_bytes() if key_path is not None and key_path.is_file() else None


def _service(database: Database, key_path: Path | None, *, audited: bool = False) -> AuditService:
    from db.audit_checkpoint import audit_service_for
    from db.audit_key import keyring_for

    config = key_path.parent if key_path is not None else None
    return audit_service_for(database, keyring_for(_key(key_path)), config, audited=audited)


def _verify(database: Database, key_path: Path | None) -> ChainVerdict:
    return _service(database, key_path).verify()


def _verdict_json(verdict: ChainVerdict) -> dict[str, Any]:
    return {
        "ok": verdict.ok,
        "entries": verdict.count,
        "head_seq": verdict.head_seq,
        "head_hash": verdict.head_hash,
        "first_bad_seq": verdict.first_bad_seq,
        "problem": verdict.problem.value if verdict.problem else None,
        "against": (verdict.against.source or "anchor") if verdict.against else None,
    }


def _verdict_line(verdict: ChainVerdict) -> str:
    if verdict.ok:
        return f"audit chain ok: {verdict.count} entries, head {verdict.head_seq}"
    problem = verdict.problem.value if verdict.problem else "?"
    against = f" (against the {verdict.against.source or 'anchor'})" if verdict.against else ""
    return f"audit chain BROKEN at seq {verdict.first_bad_seq}: {problem}{against}"


def _checkpoint_json(cp: Checkpoint) -> dict[str, Any]:
    return {
        "database": cp.database_name,
        "path": cp.database_path,
        "chain_id": cp.chain_id,
        "seq": cp.seq,
        "head_hash": cp.head_hash,
        "entries": cp.entries,
        "created_utc": cp.created_utc,
        "key_id": cp.key_id,
    }


def _checked_json(v: CheckpointVerdict) -> dict[str, Any]:
    return {
        **_verdict_json(v.chain),
        "ok": v.ok,
        "status": v.status.value,
        "signature": v.signature.value,
        "same_chain": v.same_chain,
        "checkpoint": _checkpoint_json(v.checkpoint),
    }


def _checked_line(v: CheckpointVerdict) -> str:
    cp = v.checkpoint
    head = f"checkpoint seq {cp.seq} of {cp.created_utc} ({cp.database_name}): "
    if not v.accepted:
        return head + f"REFUSED: signature {v.signature.value}; " + _verdict_line(v.chain)
    if v.ok:
        return head + f"ok, signature {v.signature.value}; " + _verdict_line(v.chain)
    if v.against_checkpoint and v.chain.problem is not None:
        which = {"truncated": "truncated below the checkpoint",
                 "rewritten": "rewritten history"}.get(v.chain.problem.value, "")  # fmt: skip
        other = "" if v.same_chain else " (the checkpoint names another chain: another database?)"
        return head + f"TAMPERED: {which} at seq {v.chain.first_bad_seq}{other}"
    return head + "TAMPERED: " + _verdict_line(v.chain)


def run_audit(
    args: argparse.Namespace, default_db: Path, key_path: Path | None, app_version: str = ""
) -> int:
    """`audit verify [--checkpoint FILE]` and `audit checkpoint --out FILE`."""
    try:
        database = _open(getattr(args, "db", None) or str(default_db))
    except StorageError as exc:
        return _fail(args, {"ok": False, "error": str(exc)}, f"cannot open: {exc}")
    with database:
        if getattr(args, "audit_command", "verify") == "checkpoint":
            return _export(database, args, key_path, app_version)
        if getattr(args, "checkpoint", None):
            return _against(database, args, key_path)
        verdict = _verify(database, key_path)
    if args.json:
        print_json(_verdict_json(verdict))
    else:
        print(_verdict_line(verdict))
    return 0 if verdict.ok else 1


def _against(database: Database, args: argparse.Namespace, key_path: Path | None) -> int:
    from domain.audit_checkpoint import CheckpointError

    try:
        checked = _service(database, key_path).verify_checkpoint(args.checkpoint)
    except CheckpointError as exc:
        return _fail(args, {"ok": False, "error": exc.code, **exc.params},
                     f"not a checkpoint: {args.checkpoint} ({exc.code})")  # fmt: skip
    except OSError as exc:
        return _fail(args, {"ok": False, "error": "checkpoint.unreadable", "detail": str(exc)},
                     f"cannot read the checkpoint: {exc}")  # fmt: skip
    if args.json:
        print_json(_checked_json(checked))
    else:
        print(_checked_line(checked))
    return 0 if checked.ok else 1


def _export(
    database: Database, args: argparse.Namespace, key_path: Path | None, app_version: str
) -> int:
    from db.audit_key import load_or_create_key
    from domain.audit_checkpoint import ExportRefused

    # The `audit.checkpoint` entry is written like the app writes (the CLI acts as the system):
    # with the installation's key, created on first use as open_services does.
    database.actor.key = load_or_create_key(key_path) if key_path is not None else None
    database.actor.app_version = app_version
    try:
        cp = _service(database, key_path, audited=True).export_checkpoint(args.out)
    except ExportRefused as exc:
        data = {"ok": False, "error": "chain_broken", "audit": _verdict_json(exc.verdict)}
        return _fail(args, data, "refused: " + _verdict_line(exc.verdict))
    except OSError as exc:
        return _fail(args, {"ok": False, "error": "write_failed", "detail": str(exc)},
                     f"cannot write the checkpoint: {exc}")  # fmt: skip
    out = str(Path(args.out).expanduser().resolve())
    if args.json:
        print_json({"ok": True, "file": out, "signed": cp.signed,
                    "checkpoint": _checkpoint_json(cp)})  # fmt: skip
    else:
        signed = "signed" if cp.signed else "unsigned"
        print(f"checkpoint written: {out} (seq {cp.seq}, {cp.entries} entries, {signed})")
    return 0


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
