"""Which rule pack and legal switch settings a case is judged under, read from the store."""

from __future__ import annotations

from datetime import date

from domain.model import CaseDetail, CaseInput
from domain.ports import UnitOfWork
from domain.rulepack import RulePack, RulePackRegistry

SWITCH_KEY_PREFIX = "switch."


def switch_value(raw: str | None) -> bool | None:
    """A stored switch setting as a bool; None when it is missing or unreadable."""
    if raw is None:
        return None
    return {"1": True, "true": True, "0": False, "false": False}.get(raw.strip().lower())


def stored_switches(packs: RulePackRegistry, uow: UnitOfWork) -> dict[str, bool]:
    """Every legal switch: the packs' defaults overlaid by the administrator's stored values."""
    result = packs.switch_defaults()
    for name in result:
        stored = switch_value(uow.settings.get_setting(SWITCH_KEY_PREFIX + name))
        if stored is not None:
            result[name] = stored
    return result


def pack_of(packs: RulePackRegistry, data: CaseInput, existing: CaseDetail | None) -> RulePack:
    """The pack a case as typed is judged under: a new case's by its offence date, an edit's as
    `_pack_for_edit` decides; the default pack while no offence date is typed."""
    if existing is not None:
        return _pack_for_edit(packs, existing, data)
    if data.committed_on is not None:
        return packs.for_date(data.committed_on)
    return packs.default


def stored_pack(packs: RulePackRegistry, pack_id: str, committed_on: date) -> RulePack:
    """A stored case's recorded pack, or the one for its offence date if that pack is gone."""
    return packs.find(pack_id) or packs.for_date(committed_on)


def _pack_for_edit(packs: RulePackRegistry, old: CaseDetail, data: CaseInput) -> RulePack:
    """An edit keeps the case's recorded pack unless the offence date moved (or it is gone)."""
    kept = packs.find(old.rule_pack)
    if kept is not None and data.committed_on == old.committed_on:
        return kept
    return packs.for_date(data.committed_on or old.committed_on)
