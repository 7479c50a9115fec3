"""The rule pack's public face: import pack types, the loader and the registry from here.

A rule pack is one legal basis (offences, penalties, time limits) loaded from a data file; nothing
legal is hard-coded in Python, and the 416-V pack ships in `domain/rulepacks/`. The loader
validates a pack strictly and reports every problem as `RulePackError(where, message)`, where
`where` is a JSON path such as `offences[3].group`. Keys starting with `_` are comments.

This module only re-exports; the code lives in modules named for what they hold:

- `domain.rulepack_types`: the frozen dataclasses, RulePack and its lookups, the lookup errors;
- `domain.rulepack_fields`: readers for single JSON values, each naming its JSON path;
- `domain.rulepack_sections`: the parser of each section of a pack file;
- `domain.rulepack_loader`: parse_rule_pack, loads_rule_pack, load_rule_pack, cross-section checks;
- `domain.rulepack_registry`: RulePackRegistry, PackProblem, BUILTIN_PACK_DIR.

Those modules import each other, never this one, so importing from here cannot make a cycle.
"""

from __future__ import annotations

from domain.rulepack_loader import load_rule_pack, loads_rule_pack, parse_rule_pack
from domain.rulepack_registry import BUILTIN_PACK_DIR, PackProblem, RulePackRegistry
from domain.rulepack_types import (
    AFTER_TERMINATION,
    FORMAT_VERSION,
    SELECT_ANY,
    SELECT_FIRST_POSSIBLE,
    CriteriaWording,
    Criterion,
    Offence,
    OffenceGroup,
    OffenceKind,
    PenaltyRule,
    PenaltyType,
    RulePack,
    SeverityClass,
    SuspensionReason,
    Text,
    TimeLimit,
    UnknownCode,
    UnknownOffence,
    UnknownPack,
    UnknownPenalty,
)

# Every public name this module held before it was split, so no import elsewhere changes.
__all__ = [
    "AFTER_TERMINATION",
    "BUILTIN_PACK_DIR",
    "FORMAT_VERSION",
    "SELECT_ANY",
    "SELECT_FIRST_POSSIBLE",
    "CriteriaWording",
    "Criterion",
    "Offence",
    "OffenceGroup",
    "OffenceKind",
    "PackProblem",
    "PenaltyRule",
    "PenaltyType",
    "RulePack",
    "RulePackRegistry",
    "SeverityClass",
    "SuspensionReason",
    "Text",
    "TimeLimit",
    "UnknownCode",
    "UnknownOffence",
    "UnknownPack",
    "UnknownPenalty",
    "load_rule_pack",
    "loads_rule_pack",
    "parse_rule_pack",
]
