"""Fixtures of the procedure's rule tests: the built-in 416-V pack, the KZ calendar, edited packs."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from domain.calendar import WorkCalendar
from domain.rulepack import BUILTIN_PACK_DIR, RulePack, RulePackRegistry, loads_rule_pack


@pytest.fixture(scope="session")
def pack() -> RulePack:
    return RulePackRegistry.load_builtin_packs().default


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    return WorkCalendar()


@pytest.fixture
def edited_pack() -> Callable[[Callable[[dict[str, Any]], None]], RulePack]:
    """Load the shipped pack after `edit(data)`; the loader checks the edit as it would a file."""

    def build(edit: Callable[[dict[str, Any]], None]) -> RulePack:
        data: dict[str, Any] = json.loads(
            (BUILTIN_PACK_DIR / "kz-416-V.json").read_text(encoding="utf-8")
        )
        edit(data)
        return loads_rule_pack(json.dumps(data, ensure_ascii=False), "edited")

    return build
