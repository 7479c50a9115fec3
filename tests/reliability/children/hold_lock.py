"""S3 child "A": another Tartip mid-save, holding the write lock (BEGIN IMMEDIATE).

Usage: hold_lock.py DB_PATH SECONDS|stdin. Opens the app's engine, starts a unit of work that
writes one setting, says "locked", holds the lock for SECONDS (or until a line on stdin),
commits, and says "released"; each word is followed by time.monotonic() (one clock for every
process of the machine on Linux and Windows), so the parent can tell when the lock was free.
It then stays open, like an application left running, until stdin closes: closing the last
connection checkpoints the log, which would hold the lock again for a moment.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from db.engine import open_database  # noqa: E402

HOLDER_KEY = "s3.holder"


def main() -> None:
    path, hold = sys.argv[1], sys.argv[2]
    with open_database(path) as database:
        with database.uow() as uow:
            uow.settings.set_setting(HOLDER_KEY, hold)  # BEGIN IMMEDIATE: the lock is ours now
            print("locked", time.monotonic(), flush=True)
            if hold == "stdin":
                sys.stdin.readline()
            else:
                time.sleep(float(hold))  # the scenario itself: a long save elsewhere
            uow.commit()
        print("released", time.monotonic(), flush=True)
        sys.stdin.read()  # until the parent closes the pipe


if __name__ == "__main__":
    main()
