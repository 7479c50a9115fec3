"""Helpers of the backup tests (S4-S7): file fingerprints and a filled database."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.engine import Database  # noqa: E402

MARKER = "Zqxmarkerzq"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(path: Path) -> tuple[str, int]:
    """What "unchanged" means for a file: its bytes and its mtime."""
    return sha256(path), path.stat().st_mtime_ns


def fill(database: Database, batches: int = 3) -> None:
    """Settings rows and audit entries, one transaction per batch (10 rows + 1 audit entry)."""
    for batch in range(batches):
        with database.uow() as uow:
            for i in range(10):
                uow.settings.set_setting(f"b{batch}.{i}", f"value {batch}.{i}")
            uow.audit.append("case.created", "case", batch + 1, {"name": f"{MARKER}{batch}"})
            uow.commit()
