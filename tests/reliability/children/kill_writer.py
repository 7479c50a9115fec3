"""S1 child: write batches (10 case events + 1 audit row per transaction) until killed.

Usage: kill_writer.py DB_PATH CASE_ID TRIAL KEY_FILE. Imports first, then waits for "go" on
stdin (so the parent can start the next child while this one's predecessor still runs), opens
the database with the audit key and loops, saying "ready" once the first batch is stored. A
batch id is printed only after COMMIT has returned. Each case event is audited as well
("case.s1_batch"), so a batch is 10 events, their 10 audit rows and the batch's own audit row.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from db.audit_key import load_or_create_key  # noqa: E402
from db.engine import open_database  # noqa: E402

EVENTS_PER_BATCH = 10
EVENT_KIND = "s1_batch"
BATCH_ACTION = "s1.batch"


def main() -> None:
    path, case_id, trial, key_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    if sys.stdin.readline().strip() != "go":
        return
    database = open_database(path)
    database.actor.key = load_or_create_key(key_file)
    batch = trial * 1_000_000
    while True:
        batch += 1
        with database.uow() as uow:
            now = datetime.now(UTC)
            for i in range(EVENTS_PER_BATCH):
                uow.cases.add_event(case_id, EVENT_KIND, "s1", now, {"batch": batch, "i": i})
            uow.audit.append(BATCH_ACTION, "s1_batch", batch, {"events": EVENTS_PER_BATCH})
            uow.commit()
        if batch == trial * 1_000_000 + 1:
            # The first batch pays for compiling the statements; the kill clock starts after it.
            print("ready", flush=True)
        print(batch, flush=True)


if __name__ == "__main__":
    main()
