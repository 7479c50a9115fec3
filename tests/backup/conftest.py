"""Fixtures for the backup, restore, recovery and storage-guard scenarios (S4-S7): real files."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from backup_helpers import fill  # noqa: E402

from db.engine import Database, open_database  # noqa: E402


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "live" / "tartip.db")
    fill(database)
    yield database
    database.dispose()


@pytest.fixture
def good_backup(live: Database, tmp_path: Path) -> Path:
    from db.backup import backup_to

    out = tmp_path / "backups" / "good.db"
    backup_to(live, out)
    return out
