"""A servant's earlier penalties: the prior record (Labour Code Art. 66) and repeats (Art. 44)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from domain.pack_values import int_param
from domain.penalty_steps import ART_LIFETIME, GENERAL, Step
from domain.procedure_dates import (
    in_repeat_window,
    penalty_expires,
    penalty_in_force,
    repeat_window_end,
)
from domain.rulepack import Offence, PenaltyRule, RulePack


@dataclass(frozen=True)
class PriorPenalty:
    """A penalty the servant received earlier: for which offence, which penalty, when."""

    offence: str  # rule-pack offence code
    penalty: str  # rule-pack penalty code
    imposed_on: date  # the day of the order
    lifted_on: date | None = None  # lifted early by an act of this date (Labour Code Art. 66)


def priors_in_force(
    priors: Sequence[PriorPenalty], on: date, *, pack: RulePack
) -> tuple[PriorPenalty, ...]:
    """The priors that are a prior record on `on` (Labour Code Art. 66), oldest first.

    In force from the day of the order through `penalty_expires`, unless lifted on or before
    `on`. A penalty imposed after `on` is not a prior record of an offence committed on `on`.
    """
    return tuple(p for p in ordered_priors(priors) if _status(p, on, pack) == "in_force")


def ordered_priors(priors: Sequence[PriorPenalty]) -> list[PriorPenalty]:
    """The priors oldest first; priors of the same day keep their given order."""
    return [p for _, p in sorted(enumerate(priors), key=lambda ip: (ip[1].imposed_on, ip[0]))]


def _status(p: PriorPenalty, on: date, pack: RulePack) -> str:
    """in_force, or why not: after_offence | lifted | expired (Labour Code Art. 66)."""
    if penalty_in_force(p.imposed_on, on, p.lifted_on, pack=pack):
        return "in_force"
    if on < p.imposed_on:
        return "after_offence"
    if p.lifted_on is not None and p.lifted_on <= penalty_expires(p.imposed_on, pack):
        return "lifted"
    return "expired"


@dataclass(frozen=True)
class PriorReading:
    """What one prior penalty means for the new offence, as a step."""

    step: Step
    in_force: bool
    repeat: bool


def read_prior(
    p: PriorPenalty,
    on: date,
    offence: Offence,
    rule: PenaltyRule | None,
    pack: RulePack,
    words: Mapping[str, str],
) -> PriorReading:
    """Labour Code Art. 66 (in force?) and Art. 44 p.5-6 (same list, inside the window?)."""
    base: dict[str, str | int] = {
        "penalty": p.penalty,
        "prior_offence": p.offence,
        "imposed_on": p.imposed_on.isoformat(),
        "on": on.isoformat(),
    }
    status = _status(p, on, pack)
    expires = penalty_expires(p.imposed_on, pack)
    if status == "after_offence":
        return PriorReading(Step("prior.after_offence", base, ART_LIFETIME, words), False, False)
    if status == "lifted":
        assert p.lifted_on is not None
        params = {**base, "lifted_on": p.lifted_on.isoformat()}
        return PriorReading(Step("prior.lifted", params, ART_LIFETIME, words), False, False)
    if status == "expired":
        months = int_param(pack, "penalty_lifetime_months")
        params = {**base, "expires_on": expires.isoformat(), "months": months}
        return PriorReading(Step("prior.expired", params, ART_LIFETIME, words), False, False)

    if rule is None or rule.repeat_penalty is None:
        params = {**base, "expires_on": expires.isoformat(), "offence": offence.code}
        return PriorReading(Step("prior.record", params, ART_LIFETIME, words), True, False)
    prior_offence = pack.offence(p.offence)
    if prior_offence.penalty_rule != rule.code:
        params = {
            **base,
            "prior_rule": prior_offence.penalty_rule or GENERAL,
            "rule": rule.code,
        }
        return PriorReading(Step("prior.other_list", params, rule.article, words), True, False)
    window_end = repeat_window_end(p.imposed_on, pack)
    if not in_repeat_window(p.imposed_on, on, pack):
        params = {
            **base,
            "rule": rule.code,
            "window_start": (p.imposed_on + timedelta(days=1)).isoformat(),
            "window_end": window_end.isoformat(),
        }
        return PriorReading(Step("prior.outside_window", params, rule.article, words), True, False)
    params = {
        **base,
        "rule": rule.code,
        "months": int_param(pack, "repeat_window_months"),
        "window_end": window_end.isoformat(),
        "repeat_penalty": rule.repeat_penalty,
    }
    return PriorReading(Step("prior.repeat", params, rule.article, words), True, True)
