"""The lines explaining penalty bounds: Step, its codes and English text, citations, error codes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.rulepack import RulePack

# Citations the penalty rules give besides the pack's own articles; one place to correct them.
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
