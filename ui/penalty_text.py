"""The wording of penalties: names from the rule pack, the bounds' and the worksheet's steps.

domain.penalties and domain.criteria explain themselves as Steps (a code, parameters, an article),
as the deadline engine does. This module holds a translated template per code and renders the
parameters for a reader: penalty, class and criterion codes as the pack names them in the UI
language, lists joined with "or"/"and", dates as dd.mm.yyyy, rules as "rule A".

`render_param` also serves ui.messages, which words the service's error codes with a reference
pack (penalty names are the same in every pack of Law 416-V) and, for the CLI, in English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from domain.criteria import Rating
from domain.rulepack import RulePack, RulePackRegistry, UnknownPenalty
from ui.deadline_text import fill, months_text, param_text
from ui.i18n import current_language
from ui.labels import citation, switch_label

_CTX = "Penalties"

Translate = Callable[[str], str]


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _english(text: str) -> str:
    return text


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@lru_cache(maxsize=1)
def reference_pack() -> RulePack:
    """The built-in pack whose names word error messages that come without a pack."""
    return RulePackRegistry.load_builtin_packs().default


# -- names from the pack ---------------------------------------------------------------------------


def penalty_name(code: str, pack: RulePack, lang: str | None = None) -> str:
    """A penalty as the pack names it ('Severe reprimand'); an unknown code as it is."""
    try:
        return pack.penalty(code).name.get(lang or current_language())
    except UnknownPenalty:
        return code


def penalty_word(code: str, pack: RulePack, lang: str | None = None) -> str:
    """A penalty's name inside a sentence ('severe reprimand')."""
    return lower_first(penalty_name(code, pack, lang))


def class_name(code: str, pack: RulePack, lang: str | None = None) -> str:
    """A severity class as the pack names it ('Significant offence')."""
    found = next((c for c in pack.severity_classes if c.code == code), None)
    return found.name.get(lang or current_language()) if found else code


def criterion_title(code: str, pack: RulePack, lang: str | None = None) -> str:
    found = pack.criterion(code)
    return found.title.get(lang or current_language()) if found else code


_RATINGS = {
    Rating.AGGRAVATING: QT_TRANSLATE_NOOP("Penalties", "Aggravating"),
    Rating.NEUTRAL: QT_TRANSLATE_NOOP("Penalties", "Neutral"),
    Rating.MITIGATING: QT_TRANSLATE_NOOP("Penalties", "Mitigating"),
    Rating.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Penalties", "Not applicable"),
}


def rating_label(rating: Rating | str, tr: Translate = _t) -> str:
    try:
        return tr(_RATINGS[Rating(rating)])
    except ValueError:
        return str(rating)


_RULE = QT_TRANSLATE_NOOP("Penalties", "rule %1")
_GENERAL_RULES = QT_TRANSLATE_NOOP("Penalties", "the general rules")


def rule_word(code: str, tr: Translate = _t) -> str:
    """'rule A', or 'the general rules' for an offence without a penalty rule of its own."""
    if code in ("", "general"):
        return tr(_GENERAL_RULES)
    return tr(_RULE).replace("%1", code)


def rule_with_article(code: str, pack: RulePack, lang: str | None = None) -> str:
    """'rule C, Art. 44 p. 7', or the general rules' article, for messages without steps."""
    english = lang == "en"
    rule = pack.penalty_rule(code) if code not in ("", "general") else None
    # Under the general rules only Art. 44 p.4 (vacancy, elected posts) narrows the list.
    restricted = [p.restriction_article for p in pack.penalties if p.restriction_article]
    article = rule.article if rule else (restricted[0] if restricted else "")
    cite = article if english else citation(article)
    word = rule_word(code, _english if english else _t)
    return f"{word}, {cite}" if cite else word


_OR = QT_TRANSLATE_NOOP("Penalties", "%1 or %2")
_AND = QT_TRANSLATE_NOOP("Penalties", "%1 and %2")


def _join(items: Sequence[str], template: str, tr: Translate) -> str:
    if len(items) <= 1:
        return "".join(items)
    return tr(template).replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])


def join_or(items: Sequence[str], tr: Translate = _t) -> str:
    """'a, b or c' in the UI language."""
    return _join(items, _OR, tr)


def join_and(items: Sequence[str], tr: Translate = _t) -> str:
    return _join(items, _AND, tr)


def penalties_text(codes: Sequence[str], pack: RulePack) -> str:
    """Penalty codes as one phrase in the UI language: 'remark, reprimand or severe reprimand'."""
    return join_or([penalty_word(c, pack) for c in codes])


_OCCURRENCES = {
    1: QT_TRANSLATE_NOOP("Penalties", "1st offence"),
    2: QT_TRANSLATE_NOOP("Penalties", "2nd offence"),
    3: QT_TRANSLATE_NOOP("Penalties", "3rd and later"),
}


def occurrence_label(n: int) -> str:
    """An occurrence of a table of penalties: the servant's 1st, 2nd, 3rd or later offence."""
    source = _OCCURRENCES.get(n)
    return _t(source) if source else str(n)


# -- parameters ----------------------------------------------------------------------------------

# Parameters holding one penalty code, and those holding comma-separated penalty codes.
_PENALTY_KEYS = frozenset(
    {
        "penalty",
        "unavailable",
        "repeat_penalty",
        "first",
        "least",
        "most",
        "min_penalty",
        "max_penalty",
    }
)
_PENALTY_LISTS = frozenset({"penalties", "then", "allowed"})
_CLASS_KEYS = frozenset({"severity_class", "baseline"})
_OFFENCE_KEYS = frozenset({"offence", "prior_offence"})
_DIRECTIONS = {
    "above": QT_TRANSLATE_NOOP("Penalties", "more severe than"),
    "below": QT_TRANSLATE_NOOP("Penalties", "milder than"),
}
NOTE_PENDING = "\u2026"  # the live recommendation's stand-in for a note not typed yet
_NOTE_MISSING = QT_TRANSLATE_NOOP("Penalties", "(the note is still to be written)")


class Penalties(QObject):
    """Plural messages in the "Penalties" context: lupdate (PySide6 6.11) marks a message plural
    only for `self.tr(text, "", n)` inside a class named for the context."""

    def points(self, n: int) -> str:
        return self.tr("%n point(s)", "", n)

    def steps(self, n: int) -> str:
        return self.tr("%n step(s)", "", n)


_PLURALS = Penalties()


def _points(value: object, tr: Translate) -> str:
    try:
        n = int(str(value))
    except ValueError:
        return str(value)
    if tr is _t:
        text = _PLURALS.points(abs(n))
    else:
        text = f"{abs(n)} point" + ("" if abs(n) == 1 else "s")
    return ("+" if n > 0 else "−" if n < 0 else "") + text


def _steps(value: object) -> str:
    n = int(str(value))
    text = _PLURALS.steps(abs(n))
    return ("+" if n > 0 else "−" if n < 0 else "") + text


def _months(value: object) -> str:
    return months_text(int(str(value)))


def render_param(key: str, value: object, pack: RulePack, lang: str | None = None) -> str:
    """One step or error parameter for a reader: codes named by the pack, dates dd.mm.yyyy.

    `lang` "en" words it in English whatever the UI language (the CLI's messages).
    """
    english = lang == "en"
    tr: Translate = _english if english else _t
    if isinstance(value, bool):
        return str(value)
    text = str(value)
    if key in _PENALTY_KEYS:
        return penalty_word(text, pack, lang)
    if key in _PENALTY_LISTS:
        return join_or([penalty_word(c, pack, lang) for c in text.split(",") if c], tr)
    if key == "classes":
        return join_and([lower_first(class_name(c, pack, lang)) for c in text.split(",") if c], tr)
    if key in _CLASS_KEYS:
        return lower_first(class_name(text, pack, lang))
    if key == "criterion":
        return criterion_title(text, pack, lang)
    if key == "rating":
        return lower_first(rating_label(text, tr))
    if key in ("rule", "prior_rule"):
        return rule_word(text, tr)
    if key in _OFFENCE_KEYS:
        offence = pack.find_offence(text)
        if offence is None:
            return text
        return offence.article if english else citation(offence.article)
    if key == "offence_article":
        return text if english else citation(text)
    if key == "switch":
        return text if english else switch_label(text)
    if key == "direction":
        source = _DIRECTIONS.get(text)
        return tr(source) if source else text
    if key == "points" and not english:
        return _points(value, tr)
    if key == "points_per_class" and not english:
        return _points(value, tr).lstrip("+")
    if key == "shift" and not english:
        return _steps(value)
    if key == "months" and not english:
        return _months(value)
    if key == "note":
        return tr(_NOTE_MISSING) if text == NOTE_PENDING else text
    if english:
        return text
    return param_text(key, value)


# -- steps -----------------------------------------------------------------------------------------

STEP_TEMPLATES: dict[str, str] = {
    "bounds.rule": QT_TRANSLATE_NOOP(
        "Penalties", "The offence under {offence_article} falls under {rule}: {penalties}."
    ),
    "bounds.rule_fallback": QT_TRANSLATE_NOOP(
        "Penalties",
        "The offence under {offence_article} falls under {rule}: {first}; when that is not "
        "possible, {then}.",
    ),
    "bounds.general": QT_TRANSLATE_NOOP(
        "Penalties",
        "The offence under {offence_article} has no penalty rule of its own: any penalty of the "
        "list may be imposed ({penalties}).",
    ),
    "bounds.proposal": QT_TRANSLATE_NOOP(
        "Penalties",
        "This offence is the source article's proposal, not law; it is used because the setting "
        "“{switch}” is on.",
    ),
    "bounds.no_vacancy": QT_TRANSLATE_NOOP(
        "Penalties", "There is no vacant lower post: {penalty} is not possible."
    ),
    "bounds.elected": QT_TRANSLATE_NOOP(
        "Penalties", "The servant holds an elected post: {penalty} is not possible."
    ),
    "bounds.fallback": QT_TRANSLATE_NOOP(
        "Penalties", "Since {unavailable} is not possible, {penalty} applies."
    ),
    "bounds.result": QT_TRANSLATE_NOOP("Penalties", "Allowed: {penalties}."),
    "prior.after_offence": QT_TRANSLATE_NOOP(
        "Penalties",
        "The earlier penalty ({penalty}, offence under {prior_offence}) was imposed on "
        "{imposed_on}, after this offence of {on}: not a prior record.",
    ),
    "prior.lifted": QT_TRANSLATE_NOOP(
        "Penalties",
        "The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} "
        "was lifted early on {lifted_on}, before this offence of {on}: not a prior record.",
    ),
    "prior.expired": QT_TRANSLATE_NOOP(
        "Penalties",
        "The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} "
        "was in force for {months}, through {expires_on}, and had expired by {on}: not a prior "
        "record.",
    ),
    "prior.record": QT_TRANSLATE_NOOP(
        "Penalties",
        "The earlier penalty ({penalty}, offence under {prior_offence}) imposed on {imposed_on} "
        "is in force on {on} (through {expires_on}): a prior record to weigh under the "
        "criteria; no repeat rule applies to this offence.",
    ),
    "prior.other_list": QT_TRANSLATE_NOOP(
        "Penalties",
        "The earlier penalty ({penalty}, offence under {prior_offence}, {prior_rule}) imposed on "
        "{imposed_on} is in force on {on}, but that offence is not on the list of {rule}: a "
        "prior record, not a repeat.",
    ),
    "prior.outside_window": QT_TRANSLATE_NOOP(
        "Penalties",
        "The earlier penalty ({penalty}, offence under {prior_offence}, {rule}) imposed on "
        "{imposed_on} is in force on {on}, but {on} is outside the repeat window "
        "{window_start} – {window_end}: not a repeat.",
    ),
    "prior.repeat": QT_TRANSLATE_NOOP(
        "Penalties",
        "The earlier penalty ({penalty}, offence under {prior_offence}, {rule}) imposed on "
        "{imposed_on} is in force on {on}, within the repeat window of {months} ending "
        "{window_end}: a repeat offence, so only {repeat_penalty} is allowed.",
    ),
    "recommend.baseline": QT_TRANSLATE_NOOP(
        "Penalties",
        "Within the statutory bounds ({rule}) the classes are {classes}; the worksheet starts "
        "from the middle one: {severity_class}.",
    ),
    "recommend.item": QT_TRANSLATE_NOOP(
        "Penalties", "{criterion}: {rating}, {points} (score {score}). {note}"
    ),
    "recommend.score": QT_TRANSLATE_NOOP(
        "Penalties",
        "Score {score}: every {points_per_class} move the class one step, so the class moves "
        "{shift} from {baseline}.",
    ),
    "recommend.clamped": QT_TRANSLATE_NOOP(
        "Penalties",
        "The statutory bounds reach no class {direction} “{severity_class}”: the recommendation "
        "stays there.",
    ),
    "recommend.result": QT_TRANSLATE_NOOP(
        "Penalties",
        "Recommended: {severity_class}, that is {penalties} (the law allows {allowed}).",
    ),
}


def step_text(code: str, params: Mapping[str, object], pack: RulePack) -> str:
    """A step of the bounds or of a recommendation in the UI language, without its article."""
    source = STEP_TEMPLATES.get(code)
    if source is None:
        return code
    values = {key: render_param(key, value, pack) for key, value in params.items()}
    return fill(_t(source), values).strip()


def article_text(article: str) -> str:
    """A step's article in the UI language; the criteria's long sources keep their own text."""
    return citation(article) if article else ""
