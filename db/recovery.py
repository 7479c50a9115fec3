"""A damaged database at start-up: classify it, export what is readable, report, restore (S6).

Nothing here writes to the damaged file. It is read through `mode=ro&immutable=1` connections
(SQLite then takes no lock and creates no -wal/-shm beside it), or as plain bytes; restoring the
latest verified backup first renames the damaged file aside (a rename keeps its bytes and mtime)
so the administrator still has it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from db.backup import BackupFile, fsync_dir, latest_verified
from db.backup_check import check_file, header_problem, open_read_only
from db.cipher import SQLITE_HEADER
from db.errors import DRIVER_ERRORS, describe
from db.restore import Restored, restore
from domain.errors import StorageError, StorageErrorKind

__all__ = [
    "ExportSummary",
    "Problem",
    "diagnose",
    "export_readable",
    "restore_latest",
    "technical_report",
]


class Problem:
    """The three classes the recovery dialog names (values of StorageErrorKind they cover)."""

    NOT_A_DATABASE = "not_a_database"  # no usable SQLite header: another file, or overwritten
    STRUCTURAL = "structural"  # SQLite's own checks fail, or the file is cut short
    TAMPERED = "tampered"  # sound structure, but the audit chain does not verify

    @staticmethod
    def of(kind: StorageErrorKind) -> str:
        if kind in (StorageErrorKind.NOT_A_DATABASE, StorageErrorKind.OTHER_APPLICATION):
            return Problem.NOT_A_DATABASE
        if kind is StorageErrorKind.TAMPERED:
            return Problem.TAMPERED
        return Problem.STRUCTURAL


@dataclass(frozen=True)
class ExportSummary:
    """What export_readable wrote: rows per table, and the tables (or parts) it had to skip."""

    folder: Path
    rows: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)


def diagnose(
    path: str | os.PathLike[str], *, keys: Mapping[str, bytes] | None = None
) -> StorageError | None:
    """The file's problem as a classified StorageError, or None when every check passes."""
    target = Path(path)
    # Without a -wal to read, an immutable connection leaves no -wal/-shm beside the file.
    quiet = not Path(f"{target}-wal").exists()
    try:
        check_file(target, keys=keys, immutable=quiet)
    except StorageError as exc:
        return exc
    return None


def _immutable(path: Path) -> Any:
    return open_read_only(path, immutable=True)


def _salvage_source(path: Path, scratch: Path) -> Path:
    """The file to read rows from: `path` itself, or (when only its first 16 bytes, the magic
    string, are gone) a patched copy of its bytes in `scratch`; never a change to `path`."""
    problem = header_problem(path)
    if problem is None or problem.kind is not StorageErrorKind.NOT_A_DATABASE:
        return path
    data = bytearray(path.read_bytes())
    if len(data) < 512:
        return path
    data[: len(SQLITE_HEADER)] = SQLITE_HEADER
    scratch.mkdir(parents=True, exist_ok=True)
    patched = scratch / "patched-header.sqlite"
    patched.write_bytes(bytes(data))
    return patched


def export_readable(path: str | os.PathLike[str], out_dir: str | os.PathLike[str]) -> ExportSummary:
    """Write every readable row of every table to `<out_dir>/<table>.csv` (+ summary.json).

    A table is read forwards until the first unreadable page, then backwards from its end up to
    that point, so rows on both sides of a damaged page are kept. The damaged file is only read.
    """
    source = Path(path)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary(out)
    readable = _salvage_source(source, out / ".scratch")
    try:
        con = _immutable(readable)
        tables = [
            str(r[0])
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
    except DRIVER_ERRORS as exc:
        summary.skipped["*"] = describe(exc)
        _write_summary(summary)
        return summary
    try:
        for table in tables:
            _export_table(con, table, out, summary)
    finally:
        con.close()
        if readable != source:
            readable.unlink()
            readable.parent.rmdir()
    _write_summary(summary)
    return summary


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _export_table(con: Any, table: str, out: Path, summary: ExportSummary) -> None:
    rows: dict[int, tuple[object, ...]] = {}
    columns: list[str] = []
    problems: list[str] = []
    for order in ("ASC", "DESC"):
        try:
            cursor = con.execute(
                f"SELECT rowid AS __rowid, * FROM {_quoted(table)} ORDER BY rowid {order}"  # noqa: S608
            )
            columns = [d[0] for d in cursor.description][1:]
            for row in _rows(cursor):
                if row[0] in rows:
                    break  # the backward pass reached rows the forward pass already read
                rows[int(row[0])] = row[1:]  # type: ignore[call-overload]
        except DRIVER_ERRORS as exc:
            problems.append(f"{order}: {describe(exc)}")
            if order == "ASC":
                continue
        if order == "ASC" and not problems:
            break  # read to the end in one pass
    if not columns and problems:
        summary.skipped[table] = "; ".join(problems)
        return
    target = out / f"{table}.csv"
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for key in sorted(rows):
            writer.writerow([v.hex() if isinstance(v, bytes) else v for v in rows[key]])
    summary.rows[table] = len(rows)
    if problems:
        summary.skipped[table] = "; ".join(problems)


def _rows(cursor: Any) -> Iterator[tuple[object, ...]]:
    while True:
        row = cursor.fetchone()
        if row is None:
            return
        yield tuple(row)


def _write_summary(summary: ExportSummary) -> None:
    data = {"rows": summary.rows, "skipped": summary.skipped}
    (summary.folder / "summary.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8"
    )


def technical_report(
    path: str | os.PathLike[str],
    problem: StorageError | None,
    *,
    backups_folder: str | os.PathLike[str] | None = None,
) -> str:
    """A plain-text report for the administrator: the file's identity, header, checks, backups."""
    source = Path(path)
    lines = [f"Tartip technical report, {datetime.now(UTC).isoformat(timespec='seconds')}"]
    lines.append(f"file: {source}")
    try:
        stat = source.stat()
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        modified = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds")
        lines += [f"size: {stat.st_size} bytes", f"modified (UTC): {modified}", f"sha256: {digest}"]
        with source.open("rb") as f:
            header = f.read(100)
        lines.append(f"header magic: {header[:16]!r}")
        if len(header) == 100:
            lines.append(
                f"page size: {int.from_bytes(header[16:18], 'big')}, "
                f"pages: {int.from_bytes(header[28:32], 'big')}, "
                f"application_id: {int.from_bytes(header[68:72], 'big'):#x}, "
                f"user_version: {int.from_bytes(header[60:64], 'big')}"
            )
    except OSError as exc:
        lines.append(f"unreadable: {exc}")
    if problem is not None:
        lines.append(f"class: {Problem.of(problem.kind)} ({problem.kind.value})")
        lines.append(f"detail: {problem.detail}")
    else:
        lines.append("class: no problem found")
    lines += _integrity_lines(source)
    if backups_folder is not None:
        latest = latest_verified(backups_folder)
        lines.append(f"backups folder: {backups_folder}")
        lines.append(f"latest verified backup: {_describe_backup(latest)}")
    return "\n".join(lines) + "\n"


def _integrity_lines(source: Path) -> list[str]:
    try:
        con = _immutable(source)
        try:
            result = [str(r[0]) for r in con.execute("PRAGMA integrity_check(20)")]
        finally:
            con.close()
    except DRIVER_ERRORS as exc:
        return [f"integrity_check: {describe(exc)}"]
    return ["integrity_check:"] + [f"  {line}" for line in result]


def _describe_backup(backup: BackupFile | None) -> str:
    if backup is None:
        return "none"
    return f"{backup.path.name} ({backup.created_utc.isoformat()}, {backup.size} bytes)"


def restore_latest(
    live_path: str | os.PathLike[str],
    backups_folder: str | os.PathLike[str],
    *,
    keys: Mapping[str, bytes] | None = None,
    reopen: bool = True,
    config_dir: Path | None = None,
) -> tuple[Restored, Path | None]:
    """Put the damaged file aside (renamed, never written) and restore the newest backup that
    verifies. Returns the restore and where the damaged file now is. Raises StorageError
    CANNOT_OPEN when no backup verifies (nothing is renamed then)."""
    live = Path(live_path)
    backup = latest_verified(backups_folder, live.stem, keys=keys) or latest_verified(
        backups_folder, keys=keys
    )
    if backup is None:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"no verified backup in {backups_folder}")
    aside: Path | None = None
    if live.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = live.with_name(f"{live.name}.damaged-{stamp}")
        os.replace(live, aside)
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{live}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        fsync_dir(live.parent)
    restored = restore(backup.path, live, keys=keys, reopen=reopen, config_dir=config_dir)
    return restored, aside
