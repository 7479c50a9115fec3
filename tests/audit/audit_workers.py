"""Child-process bodies for the S12 audit concurrency test (importable by `spawn`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


def audited_saves(path: str, key: bytes, name: str, times: int, barrier: Any, results: Any) -> None:
    """`times` audited service writes (switch toggles and new bodies); report errors."""
    from datetime import date

    from db.engine import open_database
    from domain.rulepack import RulePackRegistry
    from domain.services import CaseService

    database = open_database(path, migrate=False)
    database.actor.act_as(None, name, "admin")
    database.actor.key = key
    service = CaseService(
        database.uow,
        RulePackRegistry.load_builtin_packs(),
        today=lambda: date(2026, 3, 16),
        now_utc=database.actor.clock.now_utc,
        actor=name,
    )
    errors: list[str] = []
    barrier.wait(timeout=60)
    for i in range(times):
        try:
            if i % 4 == 3:
                service.add_body(f"{name} орган {i}", f"{name} орган {i}")
            else:
                service.set_switch("proposed_subpoint_20", i % 2 == 0)
        except Exception as exc:  # counted and reported, not hidden
            errors.append(f"{type(exc).__name__}: {exc}")
    database.dispose()
    results.put(errors)
