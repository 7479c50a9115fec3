"""S2 child: read-modify-write one counter N times through the unit of work, then report.

Usage: increment.py DB_PATH TIMES recipe|default. "recipe" opens the app's engine
(open_database); "default" wraps a plain `create_engine("sqlite:///...")` in the same unit of
work (the control that must lose updates). Says "ready", waits for "go" (both writers start
together), and prints one JSON line: the errors by type and the SQLite codes seen.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from sqlalchemy import create_engine  # noqa: E402

from db.engine import open_database  # noqa: E402
from db.errors import driver_error, sqlite_code  # noqa: E402
from db.uow import SqlUnitOfWork  # noqa: E402

COUNTER = "s2.counter"


def main() -> None:
    path, times, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if mode == "recipe":
        database = open_database(path, migrate=False)
        factory = database.uow
        dispose = database.dispose
    else:
        engine = create_engine(f"sqlite:///{path}")

        def factory() -> SqlUnitOfWork:
            return SqlUnitOfWork(engine)

        dispose = engine.dispose
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    errors: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    done = 0
    for _ in range(times):
        try:
            with factory() as uow:
                value = int(uow.settings.get_setting(COUNTER) or "0")
                uow.settings.set_setting(COUNTER, str(value + 1))
                uow.commit()
            done += 1
        except Exception as exc:  # counted and reported, never hidden
            errors[type(exc).__name__] += 1
            cause = driver_error(exc.__cause__ or exc)
            code = sqlite_code(cause)
            if code is not None:
                codes[getattr(cause, "sqlite_errorname", None) or str(code)] += 1
    dispose()
    print(json.dumps({"done": done, "errors": dict(errors), "codes": dict(codes)}), flush=True)


if __name__ == "__main__":
    main()
