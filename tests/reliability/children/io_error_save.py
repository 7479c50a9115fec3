"""S9 child: a save that meets a real write error from the operating system (POSIX only).

Usage: io_error_save.py DB_PATH. Opens the database, then caps the size any file of this process
may grow to (RLIMIT_FSIZE, SIGXFSZ ignored) just above the write-ahead log's current size, so
the kernel refuses the save's writes (EFBIG) the way a failing or full device would. Saves a
large case through CaseService, lifts the cap, saves the same input again. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from db.engine import open_database  # noqa: E402
from domain.errors import StorageError  # noqa: E402
from domain.rulepack import RulePackRegistry  # noqa: E402
from tests.reliability.conftest import case_service, new_case  # noqa: E402

LONG_DESCRIPTION = "Объяснительная записка отсутствует. " * 500


def main() -> None:
    path = sys.argv[1]
    report: dict[str, object] = {}
    with open_database(path) as database:
        service = case_service(database, RulePackRegistry.load_builtin_packs())
        data = new_case(service, iin="900515400024", description=LONG_DESCRIPTION)
        wal = Path(f"{path}-wal")
        cap = (wal.stat().st_size if wal.exists() else 0) + 8192
        limits = resource.getrlimit(resource.RLIMIT_FSIZE)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (cap, limits[1]))
        try:
            service.register_case(data)
            report["failed"] = None
        except StorageError as exc:
            report["failed"] = exc.kind.value
            report["detail"] = exc.detail
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        report["retry_case"] = service.register_case(data)  # the form kept its input
        report["pid"] = os.getpid()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
