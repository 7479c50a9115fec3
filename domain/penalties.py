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
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from domain.deadlines import (
    in_repeat_window,
    penalty_expires,
    penalty_in_force,
    repeat_window_end,
)
from domain.errors import FieldError, RulePackError, ValidationFailed
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

ART_LIFETIME = "Labour Code Art. 66"
ART_PROPOSAL = "source article's proposal (not law)"

GENERAL = "general"  # PenaltyBounds.rule of an offence without an Art. 44 p.5-7 penalty rule

E_OFFENCE_UNKNOWN = "penalty.offence_unknown"
E_OFFENCE_REPEALED = "penalty.offence_repealed"
E_OFFENCE_SWITCHED_OFF = "penalty.offence_switched_off"
E_PRIOR_PENALTY_UNKNOWN = "penalty.prior_penalty_unknown"
E_PRIOR_OFFENCE_UNKNOWN = "penalty.prior_offence_unknown"
E_PRIOR_LIFTED_BEFORE_IMPOSED = "penalty.prior_lifted_before_imposed"

ERROR_CODES: frozenset[str] = frozenset(
    {
        E_OFFENCE_UNKNOWN,
        E_OFFENCE_REPEALED,
        E_OFFENCE_SWITCHED_OFF,
        E_PRIOR_PENALTY_UNKNOWN,
        E_PRIOR_OFFENCE_UNKNOWN,
        E_PRIOR_LIFTED_BEFORE_IMPOSED,
    }
)


# ---------------------------------------------------------------- steps

# English wording of each step code; the UI translates by code and fills in the same params.
# Params in _LIST_PARAMS hold comma-separated codes and those in _CODE_PARAMS one code; both are
# named by the step's `words` (English names from the pack) when rendered in English.
_ENGLISH: dict[str, str] = {
    "bounds.rule": "{offence} ({offence_article}) falls under rule {rule}: {penalties}.",
    "bounds.rule_fallback": (
        "{offence} ({offence_article}) falls under rule {rule}: {first}; when that is not "
        "possible, {then}."
    ),
    "bounds.general": (
        "{offence} ({offence_article}) has no penalty rule of its own: any of the {count} "
        "penalties may be imposed ({penalties})."
    ),
    "bounds.proposal": (
        "{offence} is the source article's proposal, not law; it is used because the switch "
        "{switch} is on."
    ),
    "bounds.no_vacancy": "No vacant lower post: {penalty} is not available.",
    "bounds.elected": "The servant holds an elected post: {penalty} is not available.",
    "bounds.fallback": "Since {unavailable} is not possible, {penalty} applies.",
    "bounds.result": "Allowed: {penalties}.",
    "prior.after_offence": (
        "Prior penalty {penalty} for {prior_offence}, imposed on {imposed_on}, is later than the "
        "offence of {on}: not a prior record."
    ),
    "prior.lifted": (
        "Prior penalty {penalty} for {prior_offence}, imposed on {imposed_on}, was lifted early "
        "on {lifted_on}, before the offence of {on}: not a prior record."
    ),
    "prior.expired": (
        "Prior penalty {penalty} for {prior_offence}, imposed on {imposed_on}, was in force "
        "through {expires_on} ({months} months) and had expired by {on}: not a prior record."
    ),
    "prior.record": (
        "Prior penalty {penalty} for {prior_offence}, imposed on {imposed_on}, is in force on "
        "{on} (through {expires_on}): a prior record to weigh under the criteria; no repeat "
        "rule applies to {offence}."
    ),
    "prior.other_list": (
        "Prior penalty {penalty} for {prior_offence} (rule {prior_rule}), imposed on "
        "{imposed_on}, is in force on {on}, but {prior_offence} is not on the rule {rule} list: "
        "a prior record, not a repeat."
    ),
    "prior.outside_window": (
        "Prior penalty {penalty} for {prior_offence} (rule {rule}), imposed on {imposed_on}, is "
        "in force on {on}, but {on} is outside the repeat window {window_start} to "
        "{window_end}: not a repeat."
    ),
    "prior.repeat": (
        "Prior penalty {penalty} for {prior_offence} (rule {rule}), imposed on {imposed_on}, is "
        "in force on {on}, and {on} is within the {months}-month repeat window ending "
        "{window_end}: a repeat offence, so only {repeat_penalty} is allowed."
    ),
}

STEP_CODES: frozenset[str] = frozenset(_ENGLISH)

_LIST_PARAMS = frozenset({"penalties", "then"})
_CODE_PARAMS = frozenset({"penalty", "unavailable", "repeat_penalty", "first"})


def _english_list(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} or {items[-1]}"


@dataclass(frozen=True)
class Step:
    """One line of an explanation: a stable code, its parameters and the article it applies.

    The same shape as the deadline engine's steps: dates in `params` are ISO strings and
    code-like values are codes, so the UI can translate by `code`. `words` maps codes to their
    English names from the pack, for `english()` only (not part of the contract or equality).
    """

    code: str
    params: Mapping[str, str | int] = field(default_factory=dict)
    article: str = ""
    words: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def _templates(self) -> Mapping[str, str]:
        """English wording by code; a subclass brings its own codes."""
        return _ENGLISH

    def _list_params(self) -> frozenset[str]:
        """Params holding comma-separated codes, rendered as "a, b or c"."""
        return _LIST_PARAMS

    def _code_params(self) -> frozenset[str]:
        """Params holding one code that `words` names in English."""
        return _CODE_PARAMS

    def english(self) -> str:
        """The line in English, ending with the article in brackets."""
        values: dict[str, str] = {}
        for key, value in self.params.items():
            if isinstance(value, int):
                values[key] = str(value)
            elif key in self._list_params():
                values[key] = _english_list([self.words.get(v, v) for v in value.split(",") if v])
            elif key in self._code_params():
                values[key] = self.words.get(value, value)
            else:
                values[key] = value
        text = self._templates()[self.code].format(**values)
        return f"{text} [{self.article}]" if self.article else text

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": dict(self.params),
            "article": self.article,
            "text": self.english(),
        }


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def penalty_words(pack: RulePack) -> dict[str, str]:
    """English names of the pack's penalties, lower-cased to sit inside a sentence."""
    return {p.code: _lower_first(p.name.en) for p in pack.penalties}


# ---------------------------------------------------------------- inputs and results


@dataclass(frozen=True)
class PriorPenalty:
    """A penalty the servant received earlier: for which offence, which penalty, when."""

    offence: str  # rule-pack offence code
    penalty: str  # rule-pack penalty code
    imposed_on: date  # the day of the order
    lifted_on: date | None = None  # lifted early by an act of this date (Labour Code Art. 66)


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


def _int_parameter(pack: RulePack, name: str) -> int:
    value = pack.parameters.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RulePackError(f"parameters.{name}", "missing or not a non-negative whole number")
    return value


def _rule_of(offence: Offence, pack: RulePack) -> PenaltyRule | None:
    if offence.penalty_rule is None:
        return None
    rule = pack.penalty_rule(offence.penalty_rule)
    if rule is None:
        raise RulePackError("penalty_rules", f"no penalty rule {offence.penalty_rule!r}")
    return rule


# ---------------------------------------------------------------- prior record


def priors_in_force(
    priors: Sequence[PriorPenalty], on: date, *, pack: RulePack
) -> tuple[PriorPenalty, ...]:
    """The priors that are a prior record on `on` (Labour Code Art. 66), oldest first.

    In force from the day of the order through `penalty_expires`, unless lifted on or before
    `on`. A penalty imposed after `on` is not a prior record of an offence committed on `on`.
    """
    return tuple(p for p in _ordered(priors) if _status(p, on, pack) == "in_force")


def _ordered(priors: Sequence[PriorPenalty]) -> list[PriorPenalty]:
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
class _PriorReading:
    """What one prior penalty means for the new offence, as a step."""

    step: Step
    in_force: bool
    repeat: bool


def _read_prior(
    p: PriorPenalty,
    on: date,
    offence: Offence,
    rule: PenaltyRule | None,
    pack: RulePack,
    words: Mapping[str, str],
) -> _PriorReading:
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
        return _PriorReading(Step("prior.after_offence", base, ART_LIFETIME, words), False, False)
    if status == "lifted":
        assert p.lifted_on is not None
        params = {**base, "lifted_on": p.lifted_on.isoformat()}
        return _PriorReading(Step("prior.lifted", params, ART_LIFETIME, words), False, False)
    if status == "expired":
        months = _int_parameter(pack, "penalty_lifetime_months")
        params = {**base, "expires_on": expires.isoformat(), "months": months}
        return _PriorReading(Step("prior.expired", params, ART_LIFETIME, words), False, False)

    if rule is None or rule.repeat_penalty is None:
        params = {**base, "expires_on": expires.isoformat(), "offence": offence.code}
        return _PriorReading(Step("prior.record", params, ART_LIFETIME, words), True, False)
    prior_offence = pack.offence(p.offence)
    if prior_offence.penalty_rule != rule.code:
        params = {
            **base,
            "prior_rule": prior_offence.penalty_rule or GENERAL,
            "rule": rule.code,
        }
        return _PriorReading(Step("prior.other_list", params, rule.article, words), True, False)
    window_end = repeat_window_end(p.imposed_on, pack)
    if not in_repeat_window(p.imposed_on, on, pack):
        params = {
            **base,
            "rule": rule.code,
            "window_start": (p.imposed_on + timedelta(days=1)).isoformat(),
            "window_end": window_end.isoformat(),
        }
        return _PriorReading(Step("prior.outside_window", params, rule.article, words), True, False)
    params = {
        **base,
        "rule": rule.code,
        "months": _int_parameter(pack, "repeat_window_months"),
        "window_end": window_end.isoformat(),
        "repeat_penalty": rule.repeat_penalty,
    }
    return _PriorReading(Step("prior.repeat", params, rule.article, words), True, True)


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
    for p in _ordered(priors):
        reading = _read_prior(p, on, offence, rule, pack, words)
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
