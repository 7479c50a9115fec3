"""Shared fixtures of the penalty tests: the built-in 416-V pack and a pack loaded from edited JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from domain.rulepack import BUILTIN_PACK_DIR, RulePack, RulePackRegistry, loads_rule_pack

PACK_FILE = BUILTIN_PACK_DIR / "kz-416-V.json"


@pytest.fixture(scope="session")
def pack() -> RulePack:
    """The built-in Law 416-V pack, exactly as the app loads it."""
    return RulePackRegistry.load_builtin_packs().default


def _raw_pack() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PACK_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def edited_pack() -> Callable[[Callable[[dict[str, Any]], None]], RulePack]:
    """Load the shipped pack after `edit(data)`; the loader checks the edit as it would a file."""

    def build(edit: Callable[[dict[str, Any]], None]) -> RulePack:
        data = _raw_pack()
        edit(data)
        return loads_rule_pack(json.dumps(data, ensure_ascii=False), "edited")

    return build
