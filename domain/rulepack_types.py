"""The rule-pack types: the frozen dataclasses a pack is made of, RulePack's lookups, lookup errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property

FORMAT_VERSION = 1  # the pack file format this code reads


class OffenceKind(StrEnum):
    """The kind of an offence, which picks its Art. 45 time limits."""

    GENERAL = "general"  # Art. 44: time limits 1 month / 6 months
    DISCREDITING = "discrediting"  # Art. 50: 3 months / 1 year
    BUDGET = "budget"  # breach of budget legislation: 3 months / 1 year


# The extra time-limit row of Art. 45: Art. 50 signs found after a terminated criminal case.
AFTER_TERMINATION = "after_termination"

# How a penalty rule's list is read (PenaltyRule.selection).
SELECT_ANY = "any"  # any listed penalty may be chosen (rules B, C)
SELECT_FIRST_POSSIBLE = "first_possible"  # the first listed penalty that is possible (rule A)


@dataclass(frozen=True)
class Text:
    """The same wording in the three languages of the app."""

    ru: str
    kk: str
    en: str

    def get(self, lang: str) -> str:
        return {"ru": self.ru, "kk": self.kk}.get(lang, self.en)


@dataclass(frozen=True)
class Offence:
    """One entry of the offence catalogue."""

    code: str  # "art44", "art44.duties", "art50.1" … "art50.19", "art50.p2", "art50.20", "budget"
    kind: OffenceKind
    article: str  # the citation, e.g. "Art. 50 p.1 sub-p. 4"
    title: Text
    group: str | None  # "I" | "II" | "III" | None
    penalty_rule: str | None  # "A" | "B" | "C" | None (general rules)
    repealed: bool = False
    repealed_by: str = ""  # e.g. "Law of 08.07.2024 No. 116-VIII"
    proposal: bool = False  # not law: the source article's proposal
    switch: str = ""  # name of the pack switch that must be on for it to be selectable
    note: Text | None = None  # a statutory detail worth showing beside the title


@dataclass(frozen=True)
class OffenceGroup:
    """A group of Art. 50 offences (the source article's classification, not the statute's)."""

    code: str  # "I" | "II" | "III"
    name: Text
    source: str


@dataclass(frozen=True)
class PenaltyRule:
    """What a penalty rule of Art. 44 p.5-7 allows, in order of preference, and its repeat rule."""

    code: str  # "A" | "B" | "C"
    article: str
    description: Text
    penalties: tuple[str, ...]  # penalty codes, in the order the article lists them
    repeat_penalty: str | None  # the penalty for a repeat offence within the window, if any
    repeat_window_months: int | None
    # SELECT_ANY: the commission chooses among `penalties`; SELECT_FIRST_POSSIBLE: later ones
    # apply only when earlier ones are impossible (no vacant lower post, an elected post).
    selection: str = SELECT_ANY


@dataclass(frozen=True)
class PenaltyType:
    """One of the penalties of Art. 44 p.3, with the conditions that can rule it out."""

    code: str  # remark, reprimand, severe_reprimand, warning_incomplete_conformity, demotion, dismissal
    severity: int  # 1 = least severe
    name: Text
    article: str
    requires_vacancy: bool = False  # only to a vacant lower post (demotion, Art. 44 p.4)
    barred_for_elected: bool = False  # never for servants in elected posts (demotion, Art. 44 p.4)
    restriction_article: str = ""  # the article of the two conditions above


@dataclass(frozen=True)
class SeverityClass:
    """A minor / significant / gross class of penalties (an interpretation of the Rules)."""

    code: str  # minor | significant | gross
    name: Text
    penalties: tuple[str, ...]
    interpretation: bool = True  # the Rules' text was not seen: shown to users as an interpretation


@dataclass(frozen=True)
class Criterion:
    """One item of the criteria worksheet for choosing a penalty (README section 5)."""

    code: str
    title: Text
    guidance: Text  # what the commission looks at under this item
    source: str  # e.g. "Rules ... (Decree No. 152), p.32 sub-p. 1 [V-3p]"
    douglas: tuple[int, ...]  # the Douglas factors (1-12) it corresponds to
    weight: int  # points an aggravating (+) or mitigating (-) rating moves the score
    proposal: bool = False  # not in the Rules: the source article's proposal or a Douglas factor
    computed: bool = False  # answered by data elsewhere; the worksheet links to it
    computed_by: str = ""  # where that data is shown, e.g. "consistency_panel"


@dataclass(frozen=True)
class CriteriaWording:
    """The sentences a decision prints around the rated criteria, per language.

    Placeholders: item {number} {title} {rating}; not_applicable {titles}; conclusion
    {severity_class} {penalties}; the others take none.
    """

    intro: Text
    item: Text
    aggravating: Text
    mitigating: Text
    neutral: Text
    not_applicable: Text
    conclusion: Text
    no_items: Text


@dataclass(frozen=True)
class TimeLimit:
    """Art. 45 limits for one kind of offence (or for signs found after a terminated case)."""

    applies_to: str  # an OffenceKind value, or "after_termination"
    from_discovery_months: int
    absolute_months: int
    article: str


@dataclass(frozen=True)
class SuspensionReason:
    """A reason a case may pause: whether it suspends the limit or bars imposing a penalty."""

    code: str  # sick_leave, vacation, business_trip, public_duties, training, appeal, ...
    name: Text
    suspends_limit: bool  # Art. 45 p.4
    blocks_imposition: bool  # Art. 45 p.3: no penalty may be imposed on such days
    article: str


class UnknownCode(LookupError):
    """A code asked of a rule pack (offence, penalty, ...) that the pack does not define."""

    def __init__(self, what: str, code: str) -> None:
        super().__init__(f"unknown {what}: {code!r}")
        self.what = what
        self.code = code


class UnknownOffence(UnknownCode):
    """The offence code is not in the pack's catalogue."""

    def __init__(self, code: str) -> None:
        super().__init__("offence", code)


class UnknownPenalty(UnknownCode):
    """The penalty code is not among the pack's penalty types."""

    def __init__(self, code: str) -> None:
        super().__init__("penalty", code)


class UnknownPack(UnknownCode):
    """No installed rule pack has this id."""

    def __init__(self, code: str) -> None:
        super().__init__("rule pack", code)


@dataclass(frozen=True)
class RulePack:
    """Everything one legal basis says, with the switches and parameters an administrator may set."""

    id: str  # e.g. "kz-416-V"
    title: Text
    law: str
    effective_from: date
    sources: tuple[str, ...]
    caveat: Text | None
    offences: tuple[Offence, ...]
    penalties: tuple[PenaltyType, ...]
    severity_classes: tuple[SeverityClass, ...]
    time_limits: tuple[TimeLimit, ...]
    suspension_reasons: tuple[SuspensionReason, ...]
    switches: dict[str, bool] = field(default_factory=dict)  # defaults; the store may override
    parameters: dict[str, object] = field(default_factory=dict)
    groups: tuple[OffenceGroup, ...] = ()
    penalty_rules: tuple[PenaltyRule, ...] = ()
    caveat_from: date | None = None  # the caveat applies to dates on or after this; None: always
    format_version: int = FORMAT_VERSION
    criteria: tuple[Criterion, ...] = ()  # the worksheet for choosing a penalty, in order
    criteria_wording: CriteriaWording | None = None

    @cached_property
    def _offences_by_code(self) -> dict[str, Offence]:
        return {o.code: o for o in self.offences}

    def find_offence(self, code: str) -> Offence | None:
        """The offence with this code, or None."""
        return self._offences_by_code.get(code)

    def offence(self, code: str) -> Offence:
        """The offence with this code; raises `UnknownOffence` (a LookupError) if there is none."""
        found = self._offences_by_code.get(code)
        if found is None:
            raise UnknownOffence(code)
        return found

    def penalty(self, code: str) -> PenaltyType:
        """The penalty type with this code; raises `UnknownPenalty` (a LookupError)."""
        for p in self.penalties:
            if p.code == code:
                return p
        raise UnknownPenalty(code)

    def group(self, code: str) -> OffenceGroup | None:
        """The named group of Art. 50 offences, or None."""
        return next((g for g in self.groups if g.code == code), None)

    def penalty_rule(self, code: str) -> PenaltyRule | None:
        """The Art. 44 p.5-7 penalty rule with this code, or None."""
        return next((r for r in self.penalty_rules if r.code == code), None)

    def criterion(self, code: str) -> Criterion | None:
        """The worksheet criterion with this code, or None."""
        return next((c for c in self.criteria if c.code == code), None)

    def time_limit(self, applies_to: str) -> TimeLimit | None:
        """The Art. 45 limits for an offence kind (or "after_termination"), or None."""
        return next((t for t in self.time_limits if t.applies_to == applies_to), None)

    def severity_class_of(self, penalty_code: str) -> SeverityClass | None:
        """The minor/significant/gross class a penalty falls in (an interpretation), or None."""
        return next((c for c in self.severity_classes if penalty_code in c.penalties), None)

    def effective_switches(self, overrides: Mapping[str, bool] | None = None) -> dict[str, bool]:
        """The pack's switch defaults with `overrides` laid over; names the pack lacks are ignored."""
        result = dict(self.switches)
        for name, value in (overrides or {}).items():
            if name in result:
                result[name] = bool(value)
        return result

    def is_selectable(self, offence: Offence, switches: Mapping[str, bool] | None = None) -> bool:
        """May a NEW case be registered under this offence? Not if repealed or switched off."""
        if offence.repealed:
            return False
        if offence.switch:
            return self.effective_switches(switches).get(offence.switch, False)
        # A proposal without a switch can never be turned on: it is not law.
        return not offence.proposal

    def selectable_offences(
        self, switches: Mapping[str, bool] | None = None
    ) -> tuple[Offence, ...]:
        """Offences a new case may use, in catalogue order (`switches` overlays the defaults)."""
        return tuple(o for o in self.offences if self.is_selectable(o, switches))

    def caveat_for(self, on: date) -> Text | None:
        """The pack's caveat if it concerns this date (e.g. the law reportedly replaced by then)."""
        if self.caveat is None:
            return None
        if self.caveat_from is not None and on < self.caveat_from:
            return None
        return self.caveat
