"""The criteria worksheet: the commission rates each criterion, the app recommends a class inside the law.

The criteria are the rule pack's (`RulePack.criteria`): the six of p.32 of the Rules of imposing
disciplinary penalties (Presidential Decree No. 152 of 29.12.2015) [V-3p], the source article's
proposals 5-1..5-4, and the Douglas factors those do not cover (README section 5).

The recommendation is a simple, monotone score [an interpretation, shown as such]:

1. The classes the statutory bounds reach (minor / significant / gross, the pack's mapping) are
   ordered; the worksheet starts from the middle one, the milder of two middles (general
   offences: significant; rule B: the warning's class; rule C or a repeat: gross).
2. Each criterion rated aggravating adds its pack `weight` to a score, each mitigating one
   subtracts it; neutral and not-applicable ratings move nothing.
3. Every `criteria_points_per_class` points (pack parameter) towards either side move the class
   one step; the class is then clamped to the classes the bounds reach.
4. The recommended penalties are the allowed penalties of that class, so the recommendation is
   never outside the bounds. More aggravation never lowers it; more mitigation never raises it.

The app guides and records; the commission decides (README section 5).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from domain.errors import FieldError, RulePackError, ValidationFailed
from domain.penalties import PenaltyBounds, severity_classes
from domain.penalty_steps import Step, penalty_words
from domain.rulepack import Criterion, RulePack, SeverityClass

ART_SCORING = "Decree No. 152 Rules p.32 [V-3p]; scoring: parameter criteria_points_per_class [I]"

E_UNKNOWN = "criteria.unknown"
E_NOTE_REQUIRED = "criteria.note_required"
E_DUPLICATE = "criteria.duplicate"
E_RATING_UNKNOWN = "criteria.rating_unknown"

ERROR_CODES: frozenset[str] = frozenset({E_UNKNOWN, E_NOTE_REQUIRED, E_DUPLICATE, E_RATING_UNKNOWN})


class Rating(StrEnum):
    """How the commission rates one criterion for the case."""

    AGGRAVATING = "aggravating"
    NEUTRAL = "neutral"
    MITIGATING = "mitigating"
    NOT_APPLICABLE = "not_applicable"


# Ratings that move the score, and so must be explained in writing.
_MOVING: dict[Rating, int] = {Rating.AGGRAVATING: 1, Rating.MITIGATING: -1}


@dataclass(frozen=True)
class WorksheetItem:
    """One rated criterion: its pack code, the rating and the commission's note."""

    code: str
    rating: Rating
    note: str = ""


@dataclass(frozen=True)
class Worksheet:
    """The rated criteria of one case; a criterion left out was not rated."""

    items: tuple[WorksheetItem, ...] = ()


# ---------------------------------------------------------------- reasons

_ENGLISH: dict[str, str] = {
    "recommend.baseline": (
        "The statutory bounds (rule {rule}) reach the classes {classes}; the worksheet starts "
        "from the middle one, {severity_class}."
    ),
    "recommend.item": "{criterion}: {rating}, {points} point(s), score {score}. {note}",
    "recommend.score": (
        "Score {score}: every {points_per_class} points move the class one step, so {shift} "
        "step(s) from {baseline}."
    ),
    "recommend.clamped": (
        "The bounds reach no class {direction} {severity_class}: the recommendation stays there."
    ),
    "recommend.result": (
        "Recommended: {severity_class}, that is {penalties} (the law allows {allowed})."
    ),
}

STEP_CODES: frozenset[str] = frozenset(_ENGLISH)

_LIST_PARAMS = frozenset({"classes", "penalties", "allowed"})
_CODE_PARAMS = frozenset({"criterion", "severity_class", "baseline"})


class Reason(Step):
    """A step of a recommendation; worded by the criteria module's own codes."""

    def _templates(self) -> Mapping[str, str]:
        return _ENGLISH

    def _list_params(self) -> frozenset[str]:
        return _LIST_PARAMS

    def _code_params(self) -> frozenset[str]:
        return _CODE_PARAMS


@dataclass(frozen=True)
class Recommendation:
    """The class and penalties the rated criteria point to, always inside the statutory bounds."""

    severity_class: str
    penalties: tuple[str, ...]  # allowed penalties of that class, least to most severe
    reasons: tuple[Step, ...]
    score: int = 0
    baseline_class: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "severity_class": self.severity_class,
            "penalties": list(self.penalties),
            "score": self.score,
            "baseline_class": self.baseline_class,
            "reasons": [r.english() for r in self.reasons],
            "reason_codes": [r.to_json() for r in self.reasons],
        }


# ---------------------------------------------------------------- validation


def validate_worksheet(worksheet: Worksheet, pack: RulePack) -> list[FieldError]:
    """Every problem of a worksheet: unknown or repeated criteria, bad ratings, missing notes.

    A rating that moves the score (aggravating, mitigating) needs a written note: the weighing is
    the commission's, recorded in writing (README section 5).
    """
    errors: list[FieldError] = []
    seen: set[str] = set()
    for item in worksheet.items:
        where = f"criteria.{item.code}"
        if pack.criterion(item.code) is None:
            errors.append(FieldError(where, E_UNKNOWN, {"criterion": item.code}))
            continue
        if item.code in seen:
            errors.append(FieldError(where, E_DUPLICATE, {"criterion": item.code}))
            continue
        seen.add(item.code)
        try:
            rating = Rating(item.rating)
        except ValueError:
            errors.append(
                FieldError(where, E_RATING_UNKNOWN, {"criterion": item.code, "rating": item.rating})
            )
            continue
        if rating in _MOVING and not item.note.strip():
            errors.append(
                FieldError(where, E_NOTE_REQUIRED, {"criterion": item.code, "rating": rating.value})
            )
    return errors


def _checked(worksheet: Worksheet, pack: RulePack) -> dict[str, WorksheetItem]:
    errors = validate_worksheet(worksheet, pack)
    if errors:
        raise ValidationFailed(errors)
    return {i.code: i for i in worksheet.items}


def _points_per_class(pack: RulePack) -> int:
    value = pack.parameters.get("criteria_points_per_class")
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RulePackError("parameters.criteria_points_per_class", "missing or not at least 1")
    return value


def _levels(bounds: PenaltyBounds, pack: RulePack) -> list[SeverityClass]:
    """The pack's classes that hold at least one allowed penalty, least to most severe."""
    for code in bounds.allowed:
        pack.penalty(code)  # an unknown code raises UnknownPenalty
        if pack.severity_class_of(code) is None:
            raise RulePackError("severity_classes", f"penalty {code!r} is in no severity class")
    levels = [c for c in severity_classes(pack) if set(c.penalties) & set(bounds.allowed)]
    if not levels:
        raise RulePackError("severity_classes", "no class holds an allowed penalty")
    return levels


def _words(pack: RulePack) -> dict[str, str]:
    words = penalty_words(pack)
    words.update({c.code: c.name.en[:1].lower() + c.name.en[1:] for c in pack.severity_classes})
    words.update({c.code: c.title.en for c in pack.criteria})
    return words


# ---------------------------------------------------------------- the recommendation


def recommend(
    worksheet: Worksheet, bounds: PenaltyBounds, offence: str, pack: RulePack
) -> Recommendation:
    """The class and penalties the worksheet points to, inside `bounds` (see the module docstring).

    Criteria of p.32 of the Rules (Decree No. 152) [V-3p] and the proposals beside them; the
    scoring is an interpretation. Raises ValidationFailed (codes in ERROR_CODES) for a bad
    worksheet, ValueError when `bounds` were computed for another offence or pack, and
    RulePackError when the pack lacks the classes or the parameter the scoring needs.
    """
    if bounds.offence != offence:
        raise ValueError(f"the bounds are for {bounds.offence!r}, not {offence!r}")
    if bounds.rule_pack != pack.id:
        raise ValueError(f"the bounds were computed with pack {bounds.rule_pack!r}")
    by_code = _checked(worksheet, pack)
    per_class = _points_per_class(pack)
    levels = _levels(bounds, pack)
    words = _words(pack)
    base = (len(levels) - 1) // 2
    reasons: list[Step] = [
        Reason(
            "recommend.baseline",
            {
                "rule": bounds.rule,
                "classes": ",".join(c.code for c in levels),
                "severity_class": levels[base].code,
            },
            ART_SCORING,
            words,
        )
    ]

    score = 0
    # Pack order, not the worksheet's: the same ratings always give the same reasons.
    for criterion in pack.criteria:
        item = by_code.get(criterion.code)
        if item is None:
            continue
        sign = _MOVING.get(Rating(item.rating), 0)
        if sign == 0 or criterion.weight == 0:
            continue
        points = sign * criterion.weight
        score += points
        reasons.append(_item_reason(criterion, item, points, score, words))

    shift = (1 if score > 0 else -1) * (abs(score) // per_class)
    target = base + shift
    index = min(max(target, 0), len(levels) - 1)
    reasons.append(
        Reason(
            "recommend.score",
            {
                "score": score,
                "points_per_class": per_class,
                "shift": shift,
                "baseline": levels[base].code,
            },
            ART_SCORING,
            words,
        )
    )
    chosen = levels[index]
    if index != target:
        reasons.append(
            Reason(
                "recommend.clamped",
                {
                    "direction": "above" if target > index else "below",
                    "severity_class": chosen.code,
                },
                ART_SCORING,
                words,
            )
        )
    penalties = tuple(p for p in bounds.allowed if p in chosen.penalties)
    reasons.append(
        Reason(
            "recommend.result",
            {
                "severity_class": chosen.code,
                "penalties": ",".join(penalties),
                "allowed": ",".join(bounds.allowed),
            },
            ART_SCORING,
            words,
        )
    )
    return Recommendation(
        severity_class=chosen.code,
        penalties=penalties,
        reasons=tuple(reasons),
        score=score,
        baseline_class=levels[base].code,
    )


def _item_reason(
    criterion: Criterion, item: WorksheetItem, points: int, score: int, words: Mapping[str, str]
) -> Reason:
    return Reason(
        "recommend.item",
        {
            "criterion": criterion.code,
            "rating": Rating(item.rating).value,
            "points": f"{points:+d}",
            "score": score,
            "note": item.note.strip(),
        },
        criterion.source,
        words,
    )


# ---------------------------------------------------------------- the decision's paragraphs


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def worksheet_text(
    worksheet: Worksheet, recommendation: Recommendation, pack: RulePack, lang: str
) -> list[str]:
    """The paragraphs a decision prints for the criteria weighed, in "ru", "kk" or "en".

    The wording is the pack's `criteria_wording`; the commission's notes follow their rating
    verbatim (outer spaces trimmed). Rated criteria come in pack order and are numbered; those
    marked not applicable are listed in one sentence; the conclusion names the recommended class
    and penalties.
    """
    by_code = _checked(worksheet, pack)
    wording = pack.criteria_wording
    if wording is None:
        raise RulePackError("criteria_wording", "the pack has no wording for the worksheet")
    labels = {
        Rating.AGGRAVATING: wording.aggravating.get(lang),
        Rating.MITIGATING: wording.mitigating.get(lang),
        Rating.NEUTRAL: wording.neutral.get(lang),
    }
    rated: list[tuple[Criterion, WorksheetItem]] = []
    not_applicable: list[Criterion] = []
    for criterion in pack.criteria:
        item = by_code.get(criterion.code)
        if item is None:
            continue
        if Rating(item.rating) is Rating.NOT_APPLICABLE:
            not_applicable.append(criterion)
        else:
            rated.append((criterion, item))

    paragraphs: list[str] = []
    if rated:
        paragraphs.append(wording.intro.get(lang))
        for number, (criterion, item) in enumerate(rated, start=1):
            line = wording.item.get(lang).format(
                number=number,
                title=criterion.title.get(lang),
                rating=labels[Rating(item.rating)],
            )
            note = item.note.strip()
            paragraphs.append(f"{line} {note}" if note else line)
    else:
        paragraphs.append(wording.no_items.get(lang))
    if not_applicable:
        titles = "; ".join(_lower_first(c.title.get(lang)) for c in not_applicable)
        paragraphs.append(wording.not_applicable.get(lang).format(titles=titles))

    cls = next((c for c in pack.severity_classes if c.code == recommendation.severity_class), None)
    if cls is None:
        raise RulePackError(
            "severity_classes", f"no class {recommendation.severity_class!r} in the pack"
        )
    penalties = ", ".join(
        _lower_first(pack.penalty(p).name.get(lang)) for p in recommendation.penalties
    )
    paragraphs.append(
        wording.conclusion.get(lang).format(severity_class=cls.name.get(lang), penalties=penalties)
    )
    return paragraphs
