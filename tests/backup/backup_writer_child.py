"""A writer process for S4: batches of 10 settings rows + 1 audit entry, each id printed after
COMMIT returns, until stdin closes or the parent kills it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.engine import open_database  # noqa: E402


def main() -> None:
    database = open_database(sys.argv[1])
    batch = 0
    while True:
        batch += 1
        with database.uow() as uow:
            for i in range(10):
                uow.settings.set_setting(f"w{batch}.{i}", "x" * 40)
            uow.audit.append("case.created", "case", batch, {"batch": batch})
            uow.commit()
        print(batch, flush=True)


if __name__ == "__main__":
    main()
