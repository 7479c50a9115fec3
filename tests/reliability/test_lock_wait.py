"""S3: a save that meets another process's write lock waits, or fails cleanly as "database busy".

Process A (children/hold_lock.py, the app's engine) holds BEGIN IMMEDIATE; this process saves a
case through CaseService. Within B's busy timeout the save just waits; beyond it, StorageError
LOCKED, nothing written, the input kept, and the same save succeeds once A is done.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from db.engine import DEFAULT_BUSY_TIMEOUT_MS, open_database
from domain.errors import StorageError, StorageErrorKind
from domain.rulepack import RulePackRegistry
from tests.reliability.children.hold_lock import HOLDER_KEY
from tests.reliability.conftest import (
    case_service,
    expect_line,
    finish,
    new_case,
    row_counts,
    start_child,
)
from ui.storage_messages import english_storage_message

SLACK_S = 0.5  # what the save may take beyond the busy timeout


def _wait_then_save(
    db_path: Path, registry: RulePackRegistry, hold_s: float, timeout_ms: int
) -> None:
    with open_database(db_path, busy_timeout_ms=timeout_ms) as database:
        service = case_service(database, registry)
        data = new_case(service)
        assert service.validate(data) == []  # the editor checks the form before saving
        holder = start_child("hold_lock.py", str(db_path), str(hold_s))
        locked_at = float(expect_line(holder, "locked"))
        start = time.monotonic()
        case_id = service.register_case(data)
        saved_at = time.monotonic()
        released_at = float(expect_line(holder, "released"))
        finish(holder)
        waited = saved_at - start
        print(
            f"\nS3: A held the lock {released_at - locked_at:.2f} s; B (busy_timeout "
            f"{timeout_ms} ms) waited {waited:.2f} s and saved "
            f"{saved_at - released_at:.3f} s after A's commit"
        )
        assert saved_at >= released_at  # B's save could only finish once A let go
        assert waited <= timeout_ms / 1000 + SLACK_S
        assert service.get_case(case_id).servant.iin == data.servant.iin
        with database.uow(read_only=True) as uow:
            assert uow.settings.get_setting(HOLDER_KEY) == str(hold_s)  # A's save landed too


def _busy_then_retry(
    db_path: Path, registry: RulePackRegistry, timeout_ms: int, hold: str = "stdin"
) -> None:
    with open_database(db_path, busy_timeout_ms=timeout_ms) as database:
        service = case_service(database, registry)
        service.register_case(new_case(service))  # an earlier commit
        data = new_case(service, iin="900515400014", description="Повторная попытка")
        assert service.validate(data) == []  # the editor checks the form before saving
        before = row_counts(db_path)
        holder = start_child("hold_lock.py", str(db_path), hold)
        expect_line(holder, "locked")
        start = time.monotonic()
        with pytest.raises(StorageError) as err:
            service.register_case(data)
        failed_at = time.monotonic()
        waited = failed_at - start
        assert err.value.kind is StorageErrorKind.LOCKED
        message = english_storage_message(err.value.kind)
        assert message.startswith("Database busy")
        assert timeout_ms / 1000 - 0.1 <= waited <= timeout_ms / 1000 + SLACK_S
        assert row_counts(db_path) == before  # nothing half-written (read while A still holds)
        if hold == "stdin":
            assert holder.stdin is not None
            holder.stdin.write("release\n")
            holder.stdin.flush()
        released_at = float(expect_line(holder, "released"))
        finish(holder)
        assert failed_at < released_at  # B gave up while A still held the lock
        retry_start = time.monotonic()
        case_id = service.register_case(data)  # the form kept its input: the same save again
        retried = time.monotonic() - retry_start
        print(
            f"\nS3: B (busy_timeout {timeout_ms} ms) got LOCKED after {waited:.2f} s "
            f"({message!r}); retry succeeded in {retried:.2f} s"
        )
        after = row_counts(db_path)
        added = {
            table: after[table] - before[table] for table in ("cases", "servants", "case_events")
        }
        assert added == {"cases": 1, "servants": 1, "case_events": 1}
        assert service.get_case(case_id).description == "Повторная попытка"


def test_a_save_waits_for_a_short_lock(db_path: Path, registry: RulePackRegistry) -> None:
    _wait_then_save(db_path, registry, hold_s=1.5, timeout_ms=2500)


def test_a_lock_held_too_long_gives_busy_and_the_retry_succeeds(
    db_path: Path, registry: RulePackRegistry
) -> None:
    _busy_then_retry(db_path, registry, timeout_ms=1000)


@pytest.mark.slow
def test_the_default_timeout_outlasts_a_three_second_lock(
    db_path: Path, registry: RulePackRegistry
) -> None:
    _wait_then_save(db_path, registry, hold_s=3.0, timeout_ms=DEFAULT_BUSY_TIMEOUT_MS)


@pytest.mark.slow
def test_a_ten_second_lock_gives_busy_with_the_default_timeout(
    db_path: Path, registry: RulePackRegistry
) -> None:
    _busy_then_retry(db_path, registry, timeout_ms=DEFAULT_BUSY_TIMEOUT_MS, hold="10")
