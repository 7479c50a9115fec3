"""Checkpoint files: the exported one, and the remembered copy in the config folder.

The remembered copy sits beside audit.key (the user's config folder), one file per database
named by a digest of the database's absolute path or masked URL, so that a chain rewritten
together with its `<db>.anchor` still meets the last exported checkpoint at start-up
(RELIABILITY.md 2.2 (3)). Also `audit_service_for`, which wires the anchor and checkpoints of a
database into an AuditService for main.py and the CLI.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.audit_key import AnchorFile, anchor_path_for
from domain.audit import format_ts
from domain.audit_checkpoint import MAX_BYTES, CheckpointError, parse_checkpoint

if TYPE_CHECKING:
    from db.engine import Database
    from domain.audit_service import AuditService
    from domain.authz import Guard

REMEMBERED_FOLDER = "audit-checkpoints"
SERVER_ANCHOR = "server.anchor"


def write_atomically(path: Path, text: str) -> None:
    """Temp file in the same folder, fsync, rename: a pulled USB stick leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".checkpoint-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def database_identity(database: Database) -> tuple[str, str]:
    """(name, absolute path) of an SQLite file; (masked URL, "") of a server database."""
    if database.path is not None:
        resolved = Path(database.path).resolve()
        return resolved.name, str(resolved)
    return database.url, ""


def remembered_path(config_dir: Path, identity: str) -> Path:
    """The remembered copy for the database `identity` (path or masked URL)."""
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
    return config_dir / REMEMBERED_FOLDER / f"{digest}.json"


class CheckpointFolder:
    """domain.audit_checkpoint.CheckpointFiles for one database."""

    def __init__(self, database_name: str, database_path: str, config_dir: Path) -> None:
        self.database_name = database_name
        self.database_path = database_path
        self.remembered_file = remembered_path(config_dir, database_path or database_name)

    def save(self, path: str, text: str) -> None:
        write_atomically(Path(path).expanduser(), text)

    def load(self, path: str) -> str:
        with open(Path(path).expanduser(), "rb") as f:
            raw = f.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise CheckpointError("checkpoint.too_big")
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CheckpointError("checkpoint.not_json") from None

    def remembered(self) -> str | None:
        try:
            return self.load(str(self.remembered_file))
        except FileNotFoundError:
            return None
        except OSError:
            # A copy that exists but cannot be read is not "no copy": reported as damaged.
            raise CheckpointError("checkpoint.unreadable") from None

    def remember(self, text: str, seq: int) -> None:
        try:
            current = self.remembered()
            if current is not None and parse_checkpoint(current).seq > seq:
                return
        except CheckpointError:
            pass  # a damaged copy is replaced by the good one
        write_atomically(self.remembered_file, text)


def audit_service_for(
    database: Database,
    keys: Mapping[str, bytes],
    config_dir: Path | None,
    guard: Guard | None = None,
    *,
    audited: bool = False,
) -> AuditService:
    """The AuditService of `database`: its anchor (beside an SQLite file, in the config folder
    for a server), its checkpoints, times from the actor's clock. `audited`: exports are
    recorded in the trail (the app and the CLI's checkpoint command; not the start-up check).
    Without a config folder a server database has no anchor and no database has checkpoints."""
    from domain.audit_service import AuditService

    local = database.path
    anchor = (
        AnchorFile(anchor_path_for(local)) if local is not None
        else AnchorFile(config_dir / SERVER_ANCHOR) if config_dir is not None
        else None
    )  # fmt: skip
    name, path = database_identity(database)
    return AuditService(
        lambda: database.uow(read_only=True),
        keys,
        anchor,
        lambda: format_ts(database.actor.clock.now_utc()),
        guard,
        database.uow if audited else None,
        checkpoints=CheckpointFolder(name, path, config_dir) if config_dir is not None else None,
    )


def set_aside_after_restore(live: Path, config_dir: Path | None) -> dict[str, Any]:
    """A restore replaces the chain the anchor and the remembered checkpoint describe: without
    this, every later start would report the restored (older) trail as truncated, and no new
    checkpoint could be exported. Both are set aside (the checkpoint renamed, kept) and what
    they said is returned for the restore's own audit entry, so the trail keeps it."""
    replaced: dict[str, Any] = {}
    anchor_file = anchor_path_for(live)
    anchor = AnchorFile(anchor_file).read()
    if anchor is not None:
        replaced["anchor"] = {"seq": anchor.seq, "hash": anchor.hash}
    anchor_file.unlink(missing_ok=True)
    if config_dir is None:
        return replaced
    remembered = remembered_path(config_dir, str(live.resolve()))
    if not remembered.exists():
        return replaced
    try:
        checkpoint = parse_checkpoint(remembered.read_text(encoding="utf-8-sig"))
        replaced["checkpoint"] = {"seq": checkpoint.seq, "hash": checkpoint.head_hash}
    except (OSError, UnicodeDecodeError, CheckpointError):
        replaced["checkpoint"] = {"unreadable": True}
    stamp = format_ts(datetime.now(UTC)).replace(":", "")
    os.replace(remembered, remembered.with_name(f"{remembered.stem}.replaced-{stamp}.json"))
    return replaced
