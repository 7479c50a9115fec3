"""Child-process bodies for the multi-process tests (importable by `spawn`, so not a test module)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

COUNTER = "test.counter"


def increment(path: str, times: int, recipe: bool, barrier: Any, results: Any) -> None:
    """Read-modify-write a counter `times` times through the unit of work; report errors.

    `recipe` uses open_database's engine; otherwise a default SQLAlchemy engine on the same file
    (the control that must lose updates, RELIABILITY 0.1).
    """
    from sqlalchemy import create_engine

    from db.engine import open_database
    from db.uow import SqlUnitOfWork

    if recipe:
        database = open_database(path, migrate=False)
        factory = database.uow
        dispose = database.dispose
    else:
        engine = create_engine(f"sqlite:///{path}")

        def factory() -> SqlUnitOfWork:
            return SqlUnitOfWork(engine)

        dispose = engine.dispose
    errors: list[str] = []
    barrier.wait(timeout=60)
    for _ in range(times):
        try:
            with factory() as uow:
                value = int(uow.settings.get_setting(COUNTER) or "0")
                uow.settings.set_setting(COUNTER, str(value + 1))
                uow.commit()
        except Exception as exc:  # counted and reported, not hidden
            errors.append(f"{type(exc).__name__}: {exc}")
    dispose()
    results.put(errors)
