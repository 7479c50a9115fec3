"""Which penalties the law allows for an offence: Art. 44 p.3-7 of Law 416-V, read from the rule pack.

`allowed_penalties` applies, in this order (each step of the result cites its article):

1. The offence's list. An Art. 50 offence with penalty rule A (Art. 44 p.5) draws demotion, or a
   warning of incomplete service conformity when demotion is impossible; rule B (p.6) a warning or
   dismissal; rule C (p.7) dismissal. Any other offence (Art. 44, budget, the proposed
   sub-point 20 when switched on) may draw any of the pack's penalties (Art. 44 p.3).
2. Prior penalties. Only a penalty in force on the day the new offence was committed is a prior
   record (Labour Code Art. 66: at most `penalty_lifetime_months`, lifted early from the day of
   the lifting act). A prior record for an offence of the SAME list (A or B) makes the new offence
   a repeat when it was committed within `repeat_window_months` after that penalty was imposed
   (Art. 44 p.5-6): dismissal only. Both conditions are applied: a lifted or expired penalty is
   ignored even inside the window, and each prior that does not count says why.
3. Demotion only to a vacant lower post and never for an elected post (Art. 44 p.4): it is
   dropped when impossible, and under rule A the next penalty on the list applies instead.

Pure functions: the date, the priors, the pack and the switches are parameters.

The prior record (step 2) is read in domain.prior_penalties and the steps are worded in
domain.penalty_steps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from domain.errors import FieldError, RulePackError, ValidationFailed
from domain.penalty_steps import (
    ART_LIFETIME,
    ART_PROPOSAL,
    E_OFFENCE_REPEALED,
    E_OFFENCE_SWITCHED_OFF,
    E_OFFENCE_UNKNOWN,
    E_PRIOR_LIFTED_BEFORE_IMPOSED,
    E_PRIOR_OFFENCE_UNKNOWN,
    E_PRIOR_PENALTY_UNKNOWN,
    ERROR_CODES,
    GENERAL,
    STEP_CODES,
    Step,
    penalty_words,
)
from domain.prior_penalties import PriorPenalty, ordered_priors, priors_in_force, read_prior
from domain.rulepack import (
    SELECT_FIRST_POSSIBLE,
    Offence,
    PenaltyRule,
    PenaltyType,
    RulePack,
    SeverityClass,
    UnknownCode,
    UnknownPenalty,
)

# The rules' own names, and every public name this module held before the steps and the prior
# record moved out, so imports of them from here keep working (domain.criteria, domain.validation,
# main.py, the tests, the penalty service).
__all__ = [
    "ART_LIFETIME",
    "ART_PROPOSAL",
    "ERROR_CODES",
    "E_OFFENCE_REPEALED",
    "E_OFFENCE_SWITCHED_OFF",
    "E_OFFENCE_UNKNOWN",
    "E_PRIOR_LIFTED_BEFORE_IMPOSED",
    "E_PRIOR_OFFENCE_UNKNOWN",
    "E_PRIOR_PENALTY_UNKNOWN",
    "GENERAL",
    "STEP_CODES",
    "PenaltyBounds",
    "PriorPenalty",
    "Step",
    "allowed_penalties",
    "penalties_of_class",
    "penalty_words",
    "priors_in_force",
    "severity_class_of",
    "severity_classes",
]


@dataclass(frozen=True)
class PenaltyBounds:
    """The penalties the statute allows for one offence on one date, and how that was found."""

    offence: str
    rule_pack: str
    rule: str  # "A" | "B" | "C" | "general"
    allowed: tuple[str, ...]  # penalty codes, least to most severe; never empty
    repeat: bool  # a repeat offence within the window of rule A or B: dismissal only
    steps: tuple[Step, ...]
    priors_in_force: tuple[PriorPenalty, ...] = ()  # the prior record on the offence date
    repeat_of: PriorPenalty | None = None  # the prior that made it a repeat

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: steps as English strings, and their codes beside them."""
        return {
            "offence": self.offence,
            "rule_pack": self.rule_pack,
            "rule": self.rule,
            "allowed": list(self.allowed),
            "repeat": self.repeat,
            "steps": [s.english() for s in self.steps],
            "step_codes": [s.to_json() for s in self.steps],
        }


# ---------------------------------------------------------------- severity classes


def severity_classes(pack: RulePack) -> tuple[SeverityClass, ...]:
    """The pack's minor/significant/gross classes, least to most severe [interpretation]."""
    severity = {p.code: p.severity for p in pack.penalties}
    return tuple(
        sorted(
            (c for c in pack.severity_classes if c.penalties),
            key=lambda c: min(severity.get(p, 0) for p in c.penalties),
        )
    )


def severity_class_of(penalty: str, *, pack: RulePack) -> str:
    """The code of the class a penalty falls in (source article; pack mapping, an [I]).

    Raises UnknownPenalty for a code the pack lacks, UnknownCode when no class holds it.
    """
    pack.penalty(penalty)
    found = pack.severity_class_of(penalty)
    if found is None:
        raise UnknownCode("severity class of penalty", penalty)
    return found.code


def penalties_of_class(cls: str, *, pack: RulePack) -> tuple[str, ...]:
    """The penalties of a severity class, least to most severe; UnknownCode for a bad class."""
    found = next((c for c in pack.severity_classes if c.code == cls), None)
    if found is None:
        raise UnknownCode("severity class", cls)
    return _by_severity(found.penalties, pack)


def _by_severity(codes: Sequence[str], pack: RulePack) -> tuple[str, ...]:
    return tuple(sorted(codes, key=lambda c: pack.penalty(c).severity))


# ---------------------------------------------------------------- validation


def _validate(
    offence_code: str,
    priors: Sequence[PriorPenalty],
    pack: RulePack,
    switches: Mapping[str, bool],
) -> Offence:
    """Refuse an offence a new penalty cannot be chosen for, and priors the pack cannot read."""
    errors: list[FieldError] = []
    offence = pack.find_offence(offence_code)
    if offence is None:
        errors.append(FieldError("offence", E_OFFENCE_UNKNOWN, {"offence": offence_code}))
    elif offence.repealed:
        errors.append(
            FieldError(
                "offence",
                E_OFFENCE_REPEALED,
                {"offence": offence.code, "repealed_by": offence.repealed_by},
            )
        )
    elif not pack.is_selectable(offence, switches):
        errors.append(
            FieldError(
                "offence",
                E_OFFENCE_SWITCHED_OFF,
                {"offence": offence.code, "switch": offence.switch},
            )
        )
    for i, p in enumerate(priors):
        # A prior may name a repealed or switched-off offence: it is history, not a new case.
        if pack.find_offence(p.offence) is None:
            errors.append(
                FieldError(f"priors.{i}.offence", E_PRIOR_OFFENCE_UNKNOWN, {"offence": p.offence})
            )
        try:
            pack.penalty(p.penalty)
        except UnknownPenalty:
            errors.append(
                FieldError(f"priors.{i}.penalty", E_PRIOR_PENALTY_UNKNOWN, {"penalty": p.penalty})
            )
        if p.lifted_on is not None and p.lifted_on < p.imposed_on:
            errors.append(
                FieldError(
                    f"priors.{i}.lifted_on",
                    E_PRIOR_LIFTED_BEFORE_IMPOSED,
                    {"lifted_on": p.lifted_on.isoformat(), "imposed_on": p.imposed_on.isoformat()},
                )
            )
    if errors:
        raise ValidationFailed(errors)
    assert offence is not None  # an unknown offence is an error above
    return offence


def _rule_of(offence: Offence, pack: RulePack) -> PenaltyRule | None:
    if offence.penalty_rule is None:
        return None
    rule = pack.penalty_rule(offence.penalty_rule)
    if rule is None:
        raise RulePackError("penalty_rules", f"no penalty rule {offence.penalty_rule!r}")
    return rule


# ---------------------------------------------------------------- the rule


def _possible(
    candidates: Sequence[PenaltyType],
    *,
    vacancy: bool,
    elected: bool,
    words: Mapping[str, str],
    steps: list[Step],
) -> list[PenaltyType]:
    """Art. 44 p.4: drop a penalty that needs a vacant lower post or is barred for elected posts."""
    kept: list[PenaltyType] = []
    for p in candidates:
        article = p.restriction_article or p.article
        out = False
        if p.requires_vacancy and not vacancy:
            steps.append(Step("bounds.no_vacancy", {"penalty": p.code}, article, words))
            out = True
        if p.barred_for_elected and elected:
            steps.append(Step("bounds.elected", {"penalty": p.code}, article, words))
            out = True
        if not out:
            kept.append(p)
    return kept


def allowed_penalties(
    offence_code: str,
    on: date,
    priors: Sequence[PriorPenalty],
    *,
    vacancy: bool = True,
    elected: bool = False,
    pack: RulePack,
    switches: Mapping[str, bool] | None = None,
) -> PenaltyBounds:
    """The penalties Law 416-V Art. 44 p.3-7 allow for `offence_code` committed on `on`.

    `priors` are the servant's earlier penalties (any order); `vacancy`: a vacant lower post the
    servant qualifies for exists; `elected`: the servant holds an elected post; `switches`
    overlays the pack's switch defaults (the proposed sub-point 20). See the module docstring for
    the order of the rules. Raises ValidationFailed (codes in ERROR_CODES) for an unknown,
    repealed or switched-off offence and for priors the pack cannot read; RulePackError when the
    pack leaves no penalty possible.
    """
    effective = pack.effective_switches(switches)
    offence = _validate(offence_code, priors, pack, effective)
    rule = _rule_of(offence, pack)
    words = penalty_words(pack)
    steps: list[Step] = []
    subject: dict[str, str | int] = {"offence": offence.code, "offence_article": offence.article}

    if rule is None:
        candidates = [pack.penalty(c) for c in _by_severity([p.code for p in pack.penalties], pack)]
        articles = "; ".join(sorted({p.article for p in candidates}))
        steps.append(
            Step(
                "bounds.general",
                {
                    **subject,
                    "count": len(candidates),
                    "penalties": ",".join(p.code for p in candidates),
                },
                articles,
                words,
            )
        )
        if offence.proposal:
            steps.append(
                Step(
                    "bounds.proposal",
                    {"offence": offence.code, "switch": offence.switch},
                    ART_PROPOSAL,
                    words,
                )
            )
    else:
        candidates = [pack.penalty(c) for c in rule.penalties]
        if rule.selection == SELECT_FIRST_POSSIBLE and len(candidates) > 1:
            steps.append(
                Step(
                    "bounds.rule_fallback",
                    {
                        **subject,
                        "rule": rule.code,
                        "first": candidates[0].code,
                        "then": ",".join(p.code for p in candidates[1:]),
                    },
                    rule.article,
                    words,
                )
            )
        else:
            steps.append(
                Step(
                    "bounds.rule",
                    {**subject, "rule": rule.code, "penalties": ",".join(rule.penalties)},
                    rule.article,
                    words,
                )
            )

    in_force: list[PriorPenalty] = []
    repeat_of: PriorPenalty | None = None
    for p in ordered_priors(priors):
        reading = read_prior(p, on, offence, rule, pack, words)
        steps.append(reading.step)
        if reading.in_force:
            in_force.append(p)
        if reading.repeat and repeat_of is None:
            repeat_of = p
    if repeat_of is not None:
        assert rule is not None and rule.repeat_penalty is not None
        candidates = [pack.penalty(rule.repeat_penalty)]

    possible = _possible(candidates, vacancy=vacancy, elected=elected, words=words, steps=steps)
    if rule is not None and rule.selection == SELECT_FIRST_POSSIBLE and repeat_of is None:
        if possible and possible[0] is not candidates[0]:
            steps.append(
                Step(
                    "bounds.fallback",
                    {"unavailable": candidates[0].code, "penalty": possible[0].code},
                    rule.article,
                    words,
                )
            )
        possible = possible[:1]
    if not possible:
        raise RulePackError(
            "penalty_rules" if rule is not None else "penalties",
            f"no penalty is possible for {offence.code!r} under these circumstances",
        )
    allowed = _by_severity([p.code for p in possible], pack)
    steps.append(Step("bounds.result", {"penalties": ",".join(allowed)}, "", words))
    return PenaltyBounds(
        offence=offence.code,
        rule_pack=pack.id,
        rule=rule.code if rule is not None else GENERAL,
        allowed=allowed,
        repeat=repeat_of is not None,
        steps=tuple(steps),
        priors_in_force=tuple(in_force),
        repeat_of=repeat_of,
    )
