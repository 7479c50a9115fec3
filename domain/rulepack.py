"""A rule pack: one legal basis (offences, penalties, time limits) loaded from a data file.

Nothing legal is hard-coded in Python; the 416-V pack ships in `domain/rulepacks/`. The loader
validates a pack strictly and reports every problem as `RulePackError(where, message)`, where
`where` is a JSON path such as `offences[3].group`. Keys starting with `_` are comments.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from domain.errors import RulePackError

FORMAT_VERSION = 1
BUILTIN_PACK_DIR = Path(__file__).resolve().parent / "rulepacks"


class OffenceKind(StrEnum):
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


# ---------------------------------------------------------------------------------------------
# Loading and validation
# ---------------------------------------------------------------------------------------------

_PACK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LANGS = ("ru", "kk", "en")
_T = TypeVar("_T")


class _Obj(dict[str, Any]):
    """A JSON object that remembers keys the file gave twice (json keeps only the last one)."""

    duplicates: list[str]


def _pairs_hook(pairs: list[tuple[str, Any]]) -> _Obj:
    obj = _Obj()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def _reject_constant(name: str) -> object:
    raise RulePackError("$", f"{name} is not a valid JSON number")


def _at(where: str, key: str) -> str:
    return key if where == "$" else f"{where}.{key}"


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    return {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        _Obj: "object",
    }.get(type(value), type(value).__name__)


def _object(
    value: object,
    where: str,
    required: Sequence[str],
    optional: Sequence[str] = (),
    *,
    any_keys: bool = False,
) -> dict[str, Any]:
    """Check `value` is an object with exactly the allowed keys (comments aside)."""
    if not isinstance(value, dict):
        raise RulePackError(where, f"expected an object, found {_type_name(value)}")
    for key in getattr(value, "duplicates", ()):
        raise RulePackError(_at(where, key), "field given more than once")
    allowed = set(required) | set(optional)
    for key in value:
        if any_keys or key.startswith("_"):
            continue
        if key not in allowed:
            raise RulePackError(_at(where, str(key)), "unknown field")
    for key in required:
        if key not in value:
            raise RulePackError(_at(where, key), "missing required field")
    return value


def _str(obj: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> str:
    value = obj[key]
    path = _at(where, key)
    if not isinstance(value, str):
        raise RulePackError(path, f"expected a string, found {_type_name(value)}")
    if not empty and not value.strip():
        raise RulePackError(path, "must not be empty")
    return value


def _opt_str(obj: Mapping[str, Any], key: str, where: str) -> str:
    return _str(obj, key, where, empty=True) if key in obj else ""


def _bool(obj: Mapping[str, Any], key: str, where: str, default: bool | None = None) -> bool:
    if key not in obj and default is not None:
        return default
    value = obj[key]
    if not isinstance(value, bool):
        raise RulePackError(_at(where, key), f"expected true or false, found {_type_name(value)}")
    return value


def _int(value: object, where: str, *, minimum: int = 0) -> int:
    # bool is an int subclass in Python; `true` must not pass for 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise RulePackError(where, f"expected an integer, found {_type_name(value)}")
    if value < minimum:
        raise RulePackError(where, f"must be at least {minimum}")
    return value


def _text(value: object, where: str) -> Text:
    obj = _object(value, where, _LANGS)
    ru, kk, en = (_str(obj, lang, where) for lang in _LANGS)
    return Text(ru=ru, kk=kk, en=en)


def _opt_text(obj: Mapping[str, Any], key: str, where: str) -> Text | None:
    value = obj.get(key)
    return None if value is None else _text(value, _at(where, key))


def _date(value: object, where: str) -> date:
    if not isinstance(value, str):
        raise RulePackError(where, f"expected a date string YYYY-MM-DD, found {_type_name(value)}")
    if not _ISO_DATE.fullmatch(value):
        raise RulePackError(where, f"expected a date YYYY-MM-DD, found {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RulePackError(where, f"no such date: {value!r}") from None


def _list(
    obj: Mapping[str, Any],
    key: str,
    where: str,
    item: Callable[[object, str], _T],
    *,
    non_empty: bool = True,
) -> tuple[_T, ...]:
    value = obj[key]
    path = _at(where, key)
    if not isinstance(value, list):
        raise RulePackError(path, f"expected an array, found {_type_name(value)}")
    if non_empty and not value:
        raise RulePackError(path, "must not be empty")
    return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(value))


def _code(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RulePackError(where, f"expected a non-empty string, found {_type_name(value)}")
    return value


def _unique(items: Iterable[_T], code: Callable[[_T], str], where: str, what: str) -> None:
    seen: set[str] = set()
    for i, it in enumerate(items):
        c = code(it)
        if c in seen:
            raise RulePackError(f"{where}[{i}].{what}", f"duplicate {what} {c!r}")
        seen.add(c)


def _group(value: object, where: str) -> OffenceGroup:
    obj = _object(value, where, ("code", "name", "source"))
    return OffenceGroup(
        code=_str(obj, "code", where),
        name=_text(obj["name"], _at(where, "name")),
        source=_str(obj, "source", where, empty=True),
    )


def _penalty_type(value: object, where: str) -> PenaltyType:
    obj = _object(
        value,
        where,
        ("code", "severity", "name", "article"),
        ("requires_vacancy", "barred_for_elected", "restriction_article"),
    )
    requires_vacancy = _bool(obj, "requires_vacancy", where, default=False)
    barred_for_elected = _bool(obj, "barred_for_elected", where, default=False)
    restricted = requires_vacancy or barred_for_elected
    if "restriction_article" in obj:
        restriction_article = _str(obj, "restriction_article", where)
        if not restricted:
            raise RulePackError(
                _at(where, "restriction_article"), "given but the penalty has no restriction"
            )
    elif restricted:
        raise RulePackError(
            _at(where, "restriction_article"), "required when the penalty has a restriction"
        )
    else:
        restriction_article = ""
    return PenaltyType(
        code=_str(obj, "code", where),
        severity=_int(obj["severity"], _at(where, "severity"), minimum=1),
        name=_text(obj["name"], _at(where, "name")),
        article=_str(obj, "article", where),
        requires_vacancy=requires_vacancy,
        barred_for_elected=barred_for_elected,
        restriction_article=restriction_article,
    )


def _penalty_rule(value: object, where: str) -> PenaltyRule:
    obj = _object(
        value,
        where,
        ("code", "article", "description", "penalties"),
        ("repeat_penalty", "repeat_window_months", "selection"),
    )
    selection = SELECT_ANY
    if "selection" in obj:
        selection = _str(obj, "selection", where)
        _one_of(SELECT_ANY, SELECT_FIRST_POSSIBLE)(selection, _at(where, "selection"))
    repeat = obj.get("repeat_penalty")
    window = obj.get("repeat_window_months")
    if repeat is not None:
        repeat = _code(repeat, _at(where, "repeat_penalty"))
        if window is None:
            raise RulePackError(
                _at(where, "repeat_window_months"), "required when repeat_penalty is set"
            )
    if window is not None:
        window = _int(window, _at(where, "repeat_window_months"), minimum=1)
    return PenaltyRule(
        code=_str(obj, "code", where),
        article=_str(obj, "article", where),
        description=_text(obj["description"], _at(where, "description")),
        penalties=_list(obj, "penalties", where, _code),
        repeat_penalty=repeat,
        repeat_window_months=window,
        selection=selection,
    )


def _offence(value: object, where: str) -> Offence:
    obj = _object(
        value,
        where,
        ("code", "kind", "article", "title", "group", "penalty_rule"),
        ("repealed", "repealed_by", "proposal", "switch", "note"),
    )
    kind_text = _str(obj, "kind", where)
    try:
        kind = OffenceKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in OffenceKind)
        raise RulePackError(
            _at(where, "kind"), f"unknown kind {kind_text!r} (allowed: {allowed})"
        ) from None
    group = obj["group"]
    if group is not None:
        group = _code(group, _at(where, "group"))
    rule = obj["penalty_rule"]
    if rule is not None:
        rule = _code(rule, _at(where, "penalty_rule"))
    repealed = _bool(obj, "repealed", where, default=False)
    repealed_by = _opt_str(obj, "repealed_by", where)
    if repealed_by and not repealed:
        raise RulePackError(_at(where, "repealed_by"), "given but the offence is not repealed")
    return Offence(
        code=_str(obj, "code", where),
        kind=kind,
        article=_str(obj, "article", where),
        title=_text(obj["title"], _at(where, "title")),
        group=group,
        penalty_rule=rule,
        repealed=repealed,
        repealed_by=repealed_by,
        proposal=_bool(obj, "proposal", where, default=False),
        switch=_opt_str(obj, "switch", where),
        note=_opt_text(obj, "note", where),
    )


def _severity_class(value: object, where: str) -> SeverityClass:
    obj = _object(value, where, ("code", "name", "penalties"), ("interpretation",))
    return SeverityClass(
        code=_str(obj, "code", where),
        name=_text(obj["name"], _at(where, "name")),
        penalties=_list(obj, "penalties", where, _code),
        interpretation=_bool(obj, "interpretation", where, default=True),
    )


_CRITERION_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")
_DOUGLAS_FACTORS = range(1, 13)  # Douglas v. Veterans Administration, 5 M.S.P.R. 280 (1981)


def _douglas_factor(value: object, where: str) -> int:
    factor = _int(value, where, minimum=_DOUGLAS_FACTORS.start)
    if factor not in _DOUGLAS_FACTORS:
        raise RulePackError(where, f"must be at most {_DOUGLAS_FACTORS.stop - 1}")
    return factor


def _criterion(value: object, where: str) -> Criterion:
    obj = _object(
        value,
        where,
        ("code", "title", "guidance", "source", "douglas", "weight"),
        ("proposal", "computed", "computed_by"),
    )
    code = _str(obj, "code", where)
    if not _CRITERION_CODE.fullmatch(code):
        raise RulePackError(
            _at(where, "code"), "use lower-case letters, digits and '_' (at most 40)"
        )
    douglas = _list(obj, "douglas", where, _douglas_factor, non_empty=False)
    seen: set[int] = set()
    for i, factor in enumerate(douglas):
        if factor in seen:
            raise RulePackError(f"{_at(where, 'douglas')}[{i}]", f"factor {factor} given twice")
        seen.add(factor)
    computed = _bool(obj, "computed", where, default=False)
    if "computed_by" in obj:
        computed_by = _str(obj, "computed_by", where)
        if not computed:
            raise RulePackError(_at(where, "computed_by"), "given but computed is not true")
    elif computed:
        raise RulePackError(_at(where, "computed_by"), "required when computed is true")
    else:
        computed_by = ""
    return Criterion(
        code=code,
        title=_text(obj["title"], _at(where, "title")),
        guidance=_text(obj["guidance"], _at(where, "guidance")),
        source=_str(obj, "source", where),
        douglas=douglas,
        weight=_int(obj["weight"], _at(where, "weight"), minimum=0),
        proposal=_bool(obj, "proposal", where, default=False),
        computed=computed,
        computed_by=computed_by,
    )


# The placeholders each wording may use; anything else in braces is refused at load.
_WORDING_FIELDS: dict[str, frozenset[str]] = {
    "intro": frozenset(),
    "item": frozenset({"number", "title", "rating"}),
    "aggravating": frozenset(),
    "mitigating": frozenset(),
    "neutral": frozenset(),
    "not_applicable": frozenset({"titles"}),
    "conclusion": frozenset({"severity_class", "penalties"}),
    "no_items": frozenset(),
}


def _template(text: str, allowed: frozenset[str], where: str) -> None:
    """Refuse a wording str.format cannot fill with exactly the allowed names."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as e:
        raise RulePackError(where, f"broken placeholder: {e}") from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in allowed:
            known = ", ".join("{" + a + "}" for a in sorted(allowed)) or "none"
            raise RulePackError(where, f"unknown placeholder {{{name}}} (allowed: {known})")
        if spec or conversion:
            raise RulePackError(where, f"placeholder {{{name}}} must not carry a format")


def _criteria_wording(value: object, where: str) -> CriteriaWording:
    obj = _object(value, where, tuple(_WORDING_FIELDS))
    texts: dict[str, Text] = {}
    for key, allowed in _WORDING_FIELDS.items():
        path = _at(where, key)
        text = _text(obj[key], path)
        for lang in _LANGS:
            _template(text.get(lang), allowed, _at(path, lang))
        texts[key] = text
    return CriteriaWording(**texts)


def _time_limit(value: object, where: str) -> TimeLimit:
    obj = _object(
        value, where, ("applies_to", "from_discovery_months", "absolute_months", "article")
    )
    applies_to = _str(obj, "applies_to", where)
    allowed = [k.value for k in OffenceKind] + [AFTER_TERMINATION]
    if applies_to not in allowed:
        raise RulePackError(
            _at(where, "applies_to"),
            f"unknown value {applies_to!r} (allowed: {', '.join(allowed)})",
        )
    return TimeLimit(
        applies_to=applies_to,
        from_discovery_months=_int(
            obj["from_discovery_months"], _at(where, "from_discovery_months"), minimum=1
        ),
        absolute_months=_int(obj["absolute_months"], _at(where, "absolute_months"), minimum=1),
        article=_str(obj, "article", where),
    )


def _suspension_reason(value: object, where: str) -> SuspensionReason:
    obj = _object(value, where, ("code", "name", "suspends_limit", "blocks_imposition", "article"))
    return SuspensionReason(
        code=_str(obj, "code", where),
        name=_text(obj["name"], _at(where, "name")),
        suspends_limit=_bool(obj, "suspends_limit", where),
        blocks_imposition=_bool(obj, "blocks_imposition", where),
        article=_str(obj, "article", where),
    )


def _switches(obj: Mapping[str, Any], where: str) -> dict[str, bool]:
    if "switches" not in obj:
        return {}
    path = _at(where, "switches")
    raw = _object(obj["switches"], path, (), any_keys=True)
    return {k: _bool(raw, k, path) for k in raw if not k.startswith("_")}


def _non_negative_int(value: object, where: str) -> None:
    _int(value, where, minimum=0)


def _positive_int(value: object, where: str) -> None:
    _int(value, where, minimum=1)


def _int_map(value: object, where: str) -> None:
    if not isinstance(value, dict):
        raise RulePackError(where, f"expected an object, found {_type_name(value)}")
    for k, v in value.items():
        if not str(k).startswith("_"):
            _int(v, _at(where, str(k)), minimum=0)


def _one_of(*allowed: str) -> Callable[[object, str], None]:
    def check(value: object, where: str) -> None:
        if value not in allowed:
            raise RulePackError(where, f"unknown value {value!r} (allowed: {', '.join(allowed)})")

    return check


# Parameters later features read; their types are checked so a typo fails at load, not mid-case.
# Other parameters are allowed (a newer pack may carry more) and kept as given.
_PARAMETER_CHECKS: dict[str, Callable[[object, str], None]] = {
    "continuing_offence_start": _one_of("end_or_discovery", "commission", "discovery"),
    "penalty_lifetime_months": _non_negative_int,
    "repeat_window_months": _non_negative_int,
    "explanation_wait_working_days": _non_negative_int,
    "order_announcement_working_days": _non_negative_int,
    "decision_notification_working_days": _non_negative_int,
    "temporary_removal_max_months": _non_negative_int,
    "suspension_and_absolute_limit": _one_of(
        "compute_both_show_earlier", "suspension_extends_absolute", "absolute_not_suspended"
    ),
    "reentry_ban_years": _int_map,
    "appeal_months": _int_map,
    "criteria_points_per_class": _positive_int,
}


def _parameters(obj: Mapping[str, Any], where: str) -> dict[str, object]:
    if "parameters" not in obj:
        return {}
    path = _at(where, "parameters")
    raw = _object(obj["parameters"], path, (), any_keys=True)
    result: dict[str, object] = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        check = _PARAMETER_CHECKS.get(key)
        if check is not None:
            check(value, _at(path, key))
        result[key] = _plain(value)
    return result


def _plain(value: object) -> object:
    """Drop the duplicate-key bookkeeping and comment keys from nested parameter values."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _cross_check(pack: RulePack) -> None:
    """References between sections: every code an entry names must exist in the pack."""
    _unique(pack.offences, lambda o: o.code, "offences", "code")
    _unique(pack.penalties, lambda p: p.code, "penalties", "code")
    _unique(pack.penalties, lambda p: str(p.severity), "penalties", "severity")
    _unique(pack.groups, lambda g: g.code, "groups", "code")
    _unique(pack.penalty_rules, lambda r: r.code, "penalty_rules", "code")
    _unique(pack.severity_classes, lambda c: c.code, "severity_classes", "code")
    _unique(pack.time_limits, lambda t: t.applies_to, "time_limits", "applies_to")
    _unique(pack.suspension_reasons, lambda s: s.code, "suspension_reasons", "code")

    penalties = {p.code for p in pack.penalties}
    groups = {g.code for g in pack.groups}
    rules = {r.code for r in pack.penalty_rules}
    limits = {t.applies_to for t in pack.time_limits}

    for i, r in enumerate(pack.penalty_rules):
        for j, p in enumerate(r.penalties):
            if p not in penalties:
                raise RulePackError(f"penalty_rules[{i}].penalties[{j}]", f"unknown penalty {p!r}")
        if r.repeat_penalty is not None and r.repeat_penalty not in penalties:
            raise RulePackError(
                f"penalty_rules[{i}].repeat_penalty", f"unknown penalty {r.repeat_penalty!r}"
            )

    classified: dict[str, str] = {}
    for i, c in enumerate(pack.severity_classes):
        for j, p in enumerate(c.penalties):
            where = f"severity_classes[{i}].penalties[{j}]"
            if p not in penalties:
                raise RulePackError(where, f"unknown penalty {p!r}")
            if p in classified:
                raise RulePackError(where, f"penalty {p!r} is already in class {classified[p]!r}")
            classified[p] = c.code
    _check_class_order(pack)
    if pack.severity_classes:
        # The criteria worksheet recommends a class: every penalty must fall in one.
        for i, pt in enumerate(pack.penalties):
            if pt.code not in classified:
                raise RulePackError(
                    f"penalties[{i}].code", f"penalty {pt.code!r} is in no severity class"
                )

    window = pack.parameters.get("repeat_window_months")
    for i, r in enumerate(pack.penalty_rules):
        # The repeat rules read the parameter; a different figure here would be silently ignored.
        if r.repeat_window_months is not None and window is not None:
            if r.repeat_window_months != window:
                raise RulePackError(
                    f"penalty_rules[{i}].repeat_window_months",
                    f"{r.repeat_window_months} differs from parameters.repeat_window_months "
                    f"({window})",
                )

    _unique(pack.criteria, lambda c: c.code, "criteria", "code")
    if pack.criteria and pack.criteria_wording is None:
        raise RulePackError("criteria_wording", "required when criteria are given")
    if pack.criteria_wording is not None and not pack.criteria:
        raise RulePackError("criteria_wording", "given without criteria")
    if pack.criteria and "criteria_points_per_class" not in pack.parameters:
        raise RulePackError(
            "parameters.criteria_points_per_class", "required when criteria are given"
        )

    for i, o in enumerate(pack.offences):
        where = f"offences[{i}]"
        if o.group is not None and o.group not in groups:
            raise RulePackError(
                f"{where}.group",
                f"unknown group {o.group!r} (defined: {', '.join(sorted(groups)) or 'none'})",
            )
        if o.penalty_rule is not None and o.penalty_rule not in rules:
            raise RulePackError(
                f"{where}.penalty_rule",
                f"unknown penalty rule {o.penalty_rule!r} "
                f"(defined: {', '.join(sorted(rules)) or 'none'})",
            )
        if o.switch and o.switch not in pack.switches:
            raise RulePackError(f"{where}.switch", f"unknown switch {o.switch!r}")
        if o.kind.value not in limits:
            raise RulePackError(
                f"{where}.kind", f"no time limit is given for kind {o.kind.value!r}"
            )


def _check_class_order(pack: RulePack) -> None:
    """Severity classes are listed least to most severe and never interleave (minor < gross)."""
    severity = {p.code: p.severity for p in pack.penalties}
    previous_max = 0
    previous = ""
    for i, c in enumerate(pack.severity_classes):
        levels = [severity[p] for p in c.penalties]
        if not levels:
            continue
        if min(levels) <= previous_max:
            raise RulePackError(
                f"severity_classes[{i}].penalties",
                f"class {c.code!r} must hold only penalties more severe than class {previous!r}"
                " (list the classes least to most severe)",
            )
        previous_max, previous = max(levels), c.code


def parse_rule_pack(data: object, source: str = "") -> RulePack:
    """Build a RulePack from decoded JSON, checking every field; raises RulePackError."""
    try:
        return _parse(data)
    except RulePackError as e:
        if source and not e.source:
            raise RulePackError(e.where, e.message, source) from None
        raise


def _parse(data: object) -> RulePack:
    where = "$"
    obj = _object(
        data,
        where,
        (
            "format_version",
            "id",
            "title",
            "law",
            "effective_from",
            "sources",
            "offences",
            "penalties",
            "severity_classes",
            "time_limits",
            "suspension_reasons",
        ),
        (
            "caveat",
            "caveat_from",
            "switches",
            "parameters",
            "groups",
            "penalty_rules",
            "criteria",
            "criteria_wording",
        ),
    )
    # The version comes first: a newer format may differ anywhere else.
    version = _int(obj["format_version"], "format_version", minimum=1)
    if version != FORMAT_VERSION:
        raise RulePackError(
            "format_version",
            f"format {version} is not supported (this Tartip reads format {FORMAT_VERSION})",
        )
    pack_id = _str(obj, "id", where)
    if not _PACK_ID.fullmatch(pack_id):
        raise RulePackError("id", "use letters, digits, '.', '_' or '-' (at most 64)")
    caveat_from = obj.get("caveat_from")
    pack = RulePack(
        id=pack_id,
        title=_text(obj["title"], "title"),
        law=_str(obj, "law", where),
        effective_from=_date(obj["effective_from"], "effective_from"),
        sources=_list(obj, "sources", where, _code),
        caveat=_opt_text(obj, "caveat", where),
        offences=_list(obj, "offences", where, _offence),
        penalties=_list(obj, "penalties", where, _penalty_type),
        severity_classes=_list(obj, "severity_classes", where, _severity_class, non_empty=False),
        time_limits=_list(obj, "time_limits", where, _time_limit),
        suspension_reasons=_list(
            obj, "suspension_reasons", where, _suspension_reason, non_empty=False
        ),
        switches=_switches(obj, where),
        parameters=_parameters(obj, where),
        groups=_list(obj, "groups", where, _group, non_empty=False) if "groups" in obj else (),
        penalty_rules=(
            _list(obj, "penalty_rules", where, _penalty_rule, non_empty=False)
            if "penalty_rules" in obj
            else ()
        ),
        caveat_from=None if caveat_from is None else _date(caveat_from, "caveat_from"),
        format_version=version,
        criteria=_list(obj, "criteria", where, _criterion) if "criteria" in obj else (),
        criteria_wording=(
            _criteria_wording(obj["criteria_wording"], "criteria_wording")
            if "criteria_wording" in obj
            else None
        ),
    )
    if pack.caveat_from is not None and pack.caveat is None:
        raise RulePackError("caveat_from", "given without a caveat")
    _cross_check(pack)
    return pack


def loads_rule_pack(text: str, source: str = "") -> RulePack:
    """Parse and validate a rule pack from JSON text; raises RulePackError."""
    try:
        data = json.loads(text, object_pairs_hook=_pairs_hook, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise RulePackError(
            f"line {e.lineno}, column {e.colno}", f"invalid JSON: {e.msg}", source
        ) from None
    except RulePackError as e:
        raise RulePackError(e.where, e.message, source) from None
    except RecursionError:
        raise RulePackError("$", "invalid JSON: nested too deeply", source) from None
    return parse_rule_pack(data, source)


def load_rule_pack(path: str | Path) -> RulePack:
    """Read, parse and validate one rule pack file; any problem raises RulePackError."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise RulePackError("$", f"cannot read the file: {e.strerror or e}", str(p)) from None
    try:
        # utf-8-sig: a file saved by Notepad starts with a BOM, which json rejects.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise RulePackError("$", f"not UTF-8 text (byte {e.start})", str(p)) from None
    return loads_rule_pack(text, str(p))


# ---------------------------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackProblem:
    """An administrator's pack file that was skipped, and why."""

    path: str
    error: RulePackError


class RulePackRegistry:
    """The installed rule packs; chooses the one that governs a date."""

    def __init__(
        self,
        packs: Iterable[RulePack],
        problems: Iterable[PackProblem] = (),
        default_id: str | None = None,
    ) -> None:
        # Load order matters for ties: a pack loaded later (the administrator's) wins.
        self._packs: list[RulePack] = []
        for pack in packs:
            if any(p.id == pack.id for p in self._packs):
                raise RulePackError("id", f"duplicate pack id {pack.id!r}")
            self._packs.append(pack)
        if not self._packs:
            raise RulePackError("$", "no rule pack is installed")
        self.problems: tuple[PackProblem, ...] = tuple(problems)
        if default_id is not None:
            self._default = self.get(default_id)
        else:
            self._default = max(
                enumerate(self._packs), key=lambda ip: (ip[1].effective_from, ip[0])
            )[1]

    @classmethod
    def load_builtin_packs(cls) -> RulePackRegistry:
        """The packs shipped with the app; a broken built-in pack is a bug and raises."""
        return cls.load_packs(())

    @classmethod
    def load_packs(
        cls, extra_dirs: Iterable[str | Path] = (), *, strict: bool = False
    ) -> RulePackRegistry:
        """Built-in packs plus every *.json in `extra_dirs` (an administrator's folder).

        A broken or clashing extra pack is skipped and listed in `.problems` (raised if `strict`),
        so one bad file cannot stop the app from starting.
        """
        packs = list(_load_dir(BUILTIN_PACK_DIR))
        problems: list[PackProblem] = []
        for d in extra_dirs:
            folder = Path(d)
            if not folder.is_dir():
                err = RulePackError("$", "folder not found", str(folder))
                if strict:
                    raise err
                problems.append(PackProblem(str(folder), err))
                continue
            for path in sorted(folder.glob("*.json")):
                try:
                    pack = load_rule_pack(path)
                    if any(p.id == pack.id for p in packs):
                        raise RulePackError(
                            "id", f"a pack with id {pack.id!r} is already installed", str(path)
                        )
                except RulePackError as e:
                    if strict:
                        raise
                    problems.append(PackProblem(str(path), e))
                    continue
                packs.append(pack)
        return cls(packs, problems)

    def get(self, pack_id: str) -> RulePack:
        """The pack with this id; raises `UnknownPack` (a LookupError)."""
        for p in self._packs:
            if p.id == pack_id:
                return p
        raise UnknownPack(pack_id)

    def find(self, pack_id: str) -> RulePack | None:
        """The pack with this id, or None."""
        return next((p for p in self._packs if p.id == pack_id), None)

    def for_date(self, on: date) -> RulePack:
        """The pack in force on a date: the latest effective_from <= on; else the earliest pack."""
        ordered = sorted(enumerate(self._packs), key=lambda ip: (ip[1].effective_from, ip[0]))
        chosen = ordered[0][1]
        for _, pack in ordered:
            if pack.effective_from <= on:
                chosen = pack
        return chosen

    def caveat_for(self, on: date) -> Text | None:
        """The warning to show for a date (e.g. 416-V applied after its reported successor)."""
        return self.for_date(on).caveat_for(on)

    @property
    def default(self) -> RulePack:
        """The pack with the latest effective date (or the one named when building the registry)."""
        return self._default

    def all(self) -> tuple[RulePack, ...]:
        """Every installed pack, in load order."""
        return tuple(self._packs)

    def switch_defaults(self) -> dict[str, bool]:
        """Every switch any pack defines, with its default; the default pack's value wins ties."""
        result: dict[str, bool] = {}
        for p in self._packs:
            if p is not self._default:
                result.update(p.switches)
        result.update(self._default.switches)
        return result


def _load_dir(folder: Path) -> Iterable[RulePack]:
    for path in sorted(folder.glob("*.json")):
        yield load_rule_pack(path)
