"""Trust material kept outside the database: the audit HMAC key and the anchor file.

The key (32 random bytes, mode 0600) lives in the user's config folder; the composition root
passes its path. The anchor file holds the last verified head (seq, hash); a chain that ends
before it, or differs at its seq, was truncated or rewritten (RELIABILITY.md 2.2).
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from pathlib import Path

from domain.audit import Anchor, key_id_for

KEY_BYTES = 32


def load_or_create_key(path: str | os.PathLike[str]) -> bytes:
    """The key at `path`, created (0600, written atomically) when there is none."""
    target = Path(path)
    if target.exists():
        key = target.read_bytes()
        if len(key) != KEY_BYTES:
            raise ValueError(f"{target}: an audit key is {KEY_BYTES} bytes, not {len(key)}")
        return key
    target.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
        os.fsync(fd)
    finally:
        os.close(fd)
    return key


def keyring_for(key: bytes | None) -> dict[str, bytes]:
    """key_id -> key, as verify_chain takes it."""
    return {key_id_for(key): key} if key else {}


def anchor_path_for(database_file: str | os.PathLike[str]) -> Path:
    """The default anchor beside an SQLite file: `<file>.anchor` (config folder for servers)."""
    return Path(f"{os.fspath(database_file)}.anchor")


class AnchorFile:
    """ports.AnchorStore over a small JSON file; it only ever moves forward."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def read(self) -> Anchor | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Anchor(
                seq=int(data["seq"]),
                hash=str(data["hash"]),
                key_id=str(data.get("key_id", "")),
                at_utc=str(data.get("at_utc", "")),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # An unreadable anchor anchors nothing; verification then only checks the chain.
            return None

    def write(self, anchor: Anchor) -> None:
        """Replace the stored anchor if `anchor` is further along (atomic: temp, fsync, rename)."""
        current = self.read()
        if current is not None and current.seq > anchor.seq:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(
            {
                "seq": anchor.seq,
                "hash": anchor.hash,
                "key_id": anchor.key_id,
                "at_utc": anchor.at_utc,
            },
            sort_keys=True,
        )
        fd, tmp = tempfile.mkstemp(prefix=".anchor-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
