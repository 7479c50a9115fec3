"""`backup --out FILE`, `restore FILE` and `backups`: the SQLite file's backups from scripts.

main.py passes the live database file and the audit key's path. Exit codes: 0 done; 1 the
backup file was refused (its classified problem is printed) or nothing was found; 2 usage;
3 the live database itself cannot be read or written (main.py's StorageError handler).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.output import CliError, print_json, sqlite_path
from domain.errors import StorageError

if TYPE_CHECKING:
    from db.engine import Database

BACKUPS_FOLDER = "backups"


def add_backup_commands(add: Any) -> None:
    """Register `backup`, `restore` and `backups` through cli.parser's `add(name, help)`."""
    p = add("backup", "back the database up through SQLite's online backup API")
    p.add_argument("--out", required=True, help="the backup file to write (replaced if it exists)")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p = add("restore", "replace the database by a backup, after checking the backup")
    p.add_argument("file", help="the backup file")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p = add("backups", "list the automatic backups, newest first")
    p.add_argument("--folder", help=f"where they are (default: {BACKUPS_FOLDER}/ beside the db)")
    p.add_argument("--verify", action="store_true", help="check each one (slower)")
    p.add_argument("--json", action="store_true", help="print a JSON list")


def default_backup_folder(live: Path) -> Path:
    """Where the automatic backups of an SQLite file go: a folder beside it."""
    return live.parent / BACKUPS_FOLDER


def _keys(key_path: Path | None) -> Mapping[str, bytes]:
    from db.audit_key import keyring_for

    key = key_path.read_bytes() if key_path is not None and key_path.is_file() else None
    return keyring_for(key)


def _english(exc: StorageError) -> str:
    from ui.storage_messages import english_storage_message

    return english_storage_message(exc.kind)


def _sqlite_file(target: str) -> Path:
    path = sqlite_path(target)
    if path is None:
        raise CliError("a server database is backed up with the server's tools (pg_dump)", 2)
    return path


def run_backup(target: str, args: argparse.Namespace, key_path: Path | None = None) -> int:
    """`backup --out FILE`: 0 when written and checked; StorageError (exit 3) otherwise."""
    from db.backup import backup_to

    live = _sqlite_file(target)
    if not live.is_file():
        raise CliError(f"no database at {live}", 1)
    out = Path(args.out).expanduser()
    check = backup_to(live, out, keys=_keys(key_path))
    if args.json:
        print_json({"file": str(out.resolve()), "size": check.size, "revision": check.revision,
                    "audit": check.audit})  # fmt: skip
    else:
        print(f"backed up {live} -> {out} ({check.size} bytes, audit {check.audit})")
    return 0


def run_restore(
    target: str,
    args: argparse.Namespace,
    key_path: Path | None = None,
    opener: Callable[[Path], Database] | None = None,
) -> int:
    """`restore FILE`: 0 when restored; 1 when the backup was refused (the live file untouched).

    `opener` reopens the restored file as the composition root does (actor and audit key set),
    so that the restore's audit entry is keyed like the others."""
    from db.restore import restore

    live = _sqlite_file(target)
    candidate = Path(args.file).expanduser()
    try:
        config = key_path.parent if key_path is not None else None
        result = restore(candidate, live, keys=_keys(key_path), opener=opener, config_dir=config)
    except StorageError as exc:
        if args.json:
            print_json({"restored": False, "problem": exc.kind.value, "detail": exc.detail})
            return 1
        raise CliError(f"{candidate}: {_english(exc)} ({exc.detail})", 1) from exc
    if result.database is not None:
        result.database.dispose()
    if args.json:
        print_json({"restored": True, "file": str(live), "from": str(candidate),
                    "revision": result.check.revision, "audit": result.check.audit})  # fmt: skip
    else:
        print(f"restored {live} from {candidate} (audit {result.check.audit})")
    return 0


def run_backups(target: str, args: argparse.Namespace, key_path: Path | None = None) -> int:
    """`backups`: the rotated backups, newest first; 1 when there are none."""
    from db.backup import list_backups
    from db.backup_check import check_file

    live = _sqlite_file(target)
    folder = Path(args.folder).expanduser() if args.folder else default_backup_folder(live)
    rows: list[dict[str, Any]] = []
    for backup in list_backups(folder):
        row: dict[str, Any] = {
            "file": str(backup.path),
            "kind": backup.kind,
            "created_utc": backup.created_utc.isoformat(),
            "size": backup.size,
        }
        if args.verify:
            try:
                row["check"] = check_file(backup.path, keys=_keys(key_path)).audit
            except StorageError as exc:
                row["check"] = f"refused: {exc.kind.value}"
        rows.append(row)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            extra = f"  {row['check']}" if "check" in row else ""
            print(f"{row['created_utc']}  {row['kind']:<6} {row['size']:>12}  {row['file']}{extra}")
        print(f"-- {len(rows)} backups in {folder}")
    return 0 if rows else 1
