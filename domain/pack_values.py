"""The rule-pack values the date rules read, each refused with a RulePackError when unusable."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from domain.errors import RulePackError
from domain.rulepack import RulePack, SuspensionReason, TimeLimit


def time_limit(pack: RulePack, applies_to: str) -> TimeLimit:
    """The pack's Art. 45 time limit for an offence kind (or "after_termination")."""
    found = pack.time_limit(applies_to)
    if found is None:
        raise RulePackError("time_limits", f"no time limit for {applies_to!r}")
    return found


def switch_on(switches: Mapping[str, bool], name: str) -> bool:
    """Whether a switch is on in the effective settings (the pack's defaults overlaid)."""
    value = switches.get(name)
    if not isinstance(value, bool):
        raise RulePackError(f"switches.{name}", "missing or not true/false")
    return value


def int_param(pack: RulePack, name: str) -> int:
    """A parameter that must be a non-negative whole number (days, months)."""
    value = pack.parameters.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RulePackError(f"parameters.{name}", "missing or not a non-negative whole number")
    return value


def str_param(pack: RulePack, name: str, allowed: Iterable[str]) -> str:
    """A parameter that must be one of the readings this code knows."""
    value = pack.parameters.get(name)
    options = sorted(allowed)
    if not isinstance(value, str) or value not in options:
        raise RulePackError(f"parameters.{name}", f"must be one of {', '.join(options)}")
    return value


def suspension_reasons(pack: RulePack) -> dict[str, SuspensionReason]:
    """The pack's suspension reasons by code."""
    return {r.code: r for r in pack.suspension_reasons}
