"""A rule pack: one legal basis (offences, penalties, time limits) loaded from a data file.

Nothing legal is hard-coded in Python; the 416-V pack ships in `domain/rulepacks/`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class OffenceKind(StrEnum):
    GENERAL = "general"  # Art. 44: time limits 1 month / 6 months
    DISCREDITING = "discrediting"  # Art. 50: 3 months / 1 year
    BUDGET = "budget"  # breach of budget legislation: 3 months / 1 year


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


@dataclass(frozen=True)
class PenaltyType:
    code: str  # remark, reprimand, severe_reprimand, warning_incomplete_conformity, demotion, dismissal
    severity: int  # 1 = least severe
    name: Text
    article: str


@dataclass(frozen=True)
class SeverityClass:
    code: str  # minor | significant | gross
    name: Text
    penalties: tuple[str, ...]
    interpretation: bool = True  # the Rules' text was not seen: shown to users as an interpretation


@dataclass(frozen=True)
class TimeLimit:
    """Art. 45 limits for one kind of offence (or for signs found after a terminated case)."""

    applies_to: str  # an OffenceKind value, or "after_termination"
    from_discovery_months: int
    absolute_months: int
    article: str


@dataclass(frozen=True)
class SuspensionReason:
    code: str  # sick_leave, vacation, business_trip, public_duties, training, appeal, ...
    name: Text
    suspends_limit: bool  # Art. 45 p.4
    blocks_imposition: bool  # Art. 45 p.3: no penalty may be imposed on such days
    article: str


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
