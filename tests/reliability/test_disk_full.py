"""S9: the disk fills up in the middle of a save (PRAGMA max_page_count just above the file).

The save goes through CaseService like the editor's; it must fail as StorageError DISK_FULL
("Disk full" for the user), leave nothing of itself, keep earlier commits and the file intact,
and succeed unchanged once space is freed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from db.engine import open_database
from domain.errors import StorageError, StorageErrorKind
from domain.rulepack import RulePackRegistry
from domain.validation import MAX_DESCRIPTION_LENGTH
from tests.reliability.conftest import (
    case_service,
    finish,
    integrity,
    new_case,
    row_counts,
    start_child,
)
from ui.storage_messages import english_storage_message


def test_a_full_disk_mid_save_rolls_back_and_the_save_works_after(
    db_path: Path, registry: RulePackRegistry
) -> None:
    with open_database(db_path) as database:
        service = case_service(database, registry)
        earlier = service.register_case(new_case(service))
        earlier_detail = service.get_case(earlier)
        # Two thirds of the longest description allowed: 13,333 Cyrillic characters, about 25 KB.
        big = new_case(
            service,
            iin="900515400014",
            description=("Объяснительная записка отсутствует. " * 2000)[
                : MAX_DESCRIPTION_LENGTH * 2 // 3
            ],
        )
        with database.engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        limit = pages + 2  # room for a small row, not for this one

        def cap(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={limit:d}")

        before = row_counts(db_path)
        database.engine.dispose()
        event.listen(database.engine, "connect", cap)
        start = time.monotonic()
        with pytest.raises(StorageError) as err:
            service.register_case(big)
        failed_in = time.monotonic() - start
        assert err.value.kind is StorageErrorKind.DISK_FULL
        assert english_storage_message(err.value.kind).startswith("Disk full")
        # The same connection goes on working for what fits (the app keeps running).
        with database.uow() as uow:
            uow.settings.set_setting("after.full", "small")
            uow.commit()

        assert row_counts(db_path) == before  # nothing of the failed save: no case, servant, event
        assert service.get_case(earlier) == earlier_detail
        assert integrity(db_path) == "ok"

        event.remove(database.engine, "connect", cap)  # space is freed
        database.engine.dispose()
        case_id = service.register_case(big)  # the very same input, kept by the form
        assert service.get_case(case_id).description == big.description
        after = row_counts(db_path)
        assert (after["cases"], after["servants"]) == (before["cases"] + 1, before["servants"] + 1)
        assert integrity(db_path) == "ok"
        print(
            f"\nS9: save of a {len(big.description)}-character description with max_page_count "
            f"{limit} (file {pages} pages) -> {err.value.kind.value} in {failed_in:.3f} s "
            f"({err.value.detail}); rolled back, integrity ok, saved after the space was freed"
        )
    open_database(db_path).dispose()  # and the next start has nothing to complain about


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_error_from_the_system_mid_save_rolls_back(
    db_path: Path, registry: RulePackRegistry
) -> None:
    # The kernel itself refuses the writes (EFBIG under RLIMIT_FSIZE), in a child process.
    with open_database(db_path) as database:
        service = case_service(database, registry)
        earlier = service.register_case(new_case(service))
        earlier_detail = service.get_case(earlier)
    before = row_counts(db_path)
    report = json.loads(finish(start_child("io_error_save.py", str(db_path))).splitlines()[-1])
    print(
        f"\nS9 (I/O): a save refused by the kernel -> StorageError {report['failed']} "
        f"({report['detail']}); retry saved case {report['retry_case']}"
    )
    # The kernel's refusal (SQLITE_IOERR_WRITE) is an I/O error, or disk full on systems where
    # the file size limit surfaces as SQLITE_FULL.
    assert report["failed"] in {StorageErrorKind.DISK_FULL.value, StorageErrorKind.IO_ERROR.value}
    after = row_counts(db_path)
    added = {table: after[table] - before[table] for table in ("cases", "servants", "case_events")}
    assert added == {"cases": 1, "servants": 1, "case_events": 1}  # the retry only
    assert integrity(db_path) == "ok"
    with open_database(db_path) as database:
        service = case_service(database, registry)
        assert service.get_case(earlier) == earlier_detail
        assert service.get_case(report["retry_case"]).description.startswith("Объяснительная")
