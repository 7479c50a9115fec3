"""Parsers for each section of a rule-pack file: offences, penalties, rules, criteria, limits, ..."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from typing import Any

from domain.errors import RulePackError
from domain.procedure_params import PROCEDURE_PARAMETER_CHECKS
from domain.rulepack_fields import (
    LANGS,
    field_path,
    json_type_name,
    read_bool,
    read_code,
    read_int,
    read_list,
    read_object,
    read_opt_str,
    read_opt_text,
    read_str,
    read_text,
)
from domain.rulepack_types import (
    AFTER_TERMINATION,
    SELECT_ANY,
    SELECT_FIRST_POSSIBLE,
    CriteriaWording,
    Criterion,
    Offence,
    OffenceGroup,
    OffenceKind,
    PenaltyRule,
    PenaltyType,
    SeverityClass,
    SuspensionReason,
    Text,
    TimeLimit,
)


def read_group(value: object, where: str) -> OffenceGroup:
    """One entry of `groups`."""
    obj = read_object(value, where, ("code", "name", "source"))
    return OffenceGroup(
        code=read_str(obj, "code", where),
        name=read_text(obj["name"], field_path(where, "name")),
        source=read_str(obj, "source", where, empty=True),
    )


def read_penalty_type(value: object, where: str) -> PenaltyType:
    """One entry of `penalties`, with its Art. 44 p.4 restrictions."""
    obj = read_object(
        value,
        where,
        ("code", "severity", "name", "article"),
        ("requires_vacancy", "barred_for_elected", "restriction_article"),
    )
    requires_vacancy = read_bool(obj, "requires_vacancy", where, default=False)
    barred_for_elected = read_bool(obj, "barred_for_elected", where, default=False)
    restricted = requires_vacancy or barred_for_elected
    if "restriction_article" in obj:
        restriction_article = read_str(obj, "restriction_article", where)
        if not restricted:
            raise RulePackError(
                field_path(where, "restriction_article"), "given but the penalty has no restriction"
            )
    elif restricted:
        raise RulePackError(
            field_path(where, "restriction_article"), "required when the penalty has a restriction"
        )
    else:
        restriction_article = ""
    return PenaltyType(
        code=read_str(obj, "code", where),
        severity=read_int(obj["severity"], field_path(where, "severity"), minimum=1),
        name=read_text(obj["name"], field_path(where, "name")),
        article=read_str(obj, "article", where),
        requires_vacancy=requires_vacancy,
        barred_for_elected=barred_for_elected,
        restriction_article=restriction_article,
    )


def read_penalty_rule(value: object, where: str) -> PenaltyRule:
    """One entry of `penalty_rules` (Art. 44 p.5-7)."""
    obj = read_object(
        value,
        where,
        ("code", "article", "description", "penalties"),
        ("repeat_penalty", "repeat_window_months", "selection"),
    )
    selection = SELECT_ANY
    if "selection" in obj:
        selection = read_str(obj, "selection", where)
        _one_of(SELECT_ANY, SELECT_FIRST_POSSIBLE)(selection, field_path(where, "selection"))
    repeat = obj.get("repeat_penalty")
    window = obj.get("repeat_window_months")
    if repeat is not None:
        repeat = read_code(repeat, field_path(where, "repeat_penalty"))
        if window is None:
            raise RulePackError(
                field_path(where, "repeat_window_months"), "required when repeat_penalty is set"
            )
    if window is not None:
        window = read_int(window, field_path(where, "repeat_window_months"), minimum=1)
    return PenaltyRule(
        code=read_str(obj, "code", where),
        article=read_str(obj, "article", where),
        description=read_text(obj["description"], field_path(where, "description")),
        penalties=read_list(obj, "penalties", where, read_code),
        repeat_penalty=repeat,
        repeat_window_months=window,
        selection=selection,
    )


def read_offence(value: object, where: str) -> Offence:
    """One entry of `offences`."""
    obj = read_object(
        value,
        where,
        ("code", "kind", "article", "title", "group", "penalty_rule"),
        ("repealed", "repealed_by", "proposal", "switch", "note"),
    )
    kind_text = read_str(obj, "kind", where)
    try:
        kind = OffenceKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in OffenceKind)
        raise RulePackError(
            field_path(where, "kind"), f"unknown kind {kind_text!r} (allowed: {allowed})"
        ) from None
    group = obj["group"]
    if group is not None:
        group = read_code(group, field_path(where, "group"))
    rule = obj["penalty_rule"]
    if rule is not None:
        rule = read_code(rule, field_path(where, "penalty_rule"))
    repealed = read_bool(obj, "repealed", where, default=False)
    repealed_by = read_opt_str(obj, "repealed_by", where)
    if repealed_by and not repealed:
        raise RulePackError(
            field_path(where, "repealed_by"), "given but the offence is not repealed"
        )
    return Offence(
        code=read_str(obj, "code", where),
        kind=kind,
        article=read_str(obj, "article", where),
        title=read_text(obj["title"], field_path(where, "title")),
        group=group,
        penalty_rule=rule,
        repealed=repealed,
        repealed_by=repealed_by,
        proposal=read_bool(obj, "proposal", where, default=False),
        switch=read_opt_str(obj, "switch", where),
        note=read_opt_text(obj, "note", where),
    )


def read_severity_class(value: object, where: str) -> SeverityClass:
    """One entry of `severity_classes`."""
    obj = read_object(value, where, ("code", "name", "penalties"), ("interpretation",))
    return SeverityClass(
        code=read_str(obj, "code", where),
        name=read_text(obj["name"], field_path(where, "name")),
        penalties=read_list(obj, "penalties", where, read_code),
        interpretation=read_bool(obj, "interpretation", where, default=True),
    )


_CRITERION_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")
_DOUGLAS_FACTORS = range(1, 13)  # Douglas v. Veterans Administration, 5 M.S.P.R. 280 (1981)


def _douglas_factor(value: object, where: str) -> int:
    factor = read_int(value, where, minimum=_DOUGLAS_FACTORS.start)
    if factor not in _DOUGLAS_FACTORS:
        raise RulePackError(where, f"must be at most {_DOUGLAS_FACTORS.stop - 1}")
    return factor


def read_criterion(value: object, where: str) -> Criterion:
    """One entry of `criteria`."""
    obj = read_object(
        value,
        where,
        ("code", "title", "guidance", "source", "douglas", "weight"),
        ("proposal", "computed", "computed_by"),
    )
    code = read_str(obj, "code", where)
    if not _CRITERION_CODE.fullmatch(code):
        raise RulePackError(
            field_path(where, "code"), "use lower-case letters, digits and '_' (at most 40)"
        )
    douglas = read_list(obj, "douglas", where, _douglas_factor, non_empty=False)
    seen: set[int] = set()
    for i, factor in enumerate(douglas):
        if factor in seen:
            raise RulePackError(
                f"{field_path(where, 'douglas')}[{i}]", f"factor {factor} given twice"
            )
        seen.add(factor)
    computed = read_bool(obj, "computed", where, default=False)
    if "computed_by" in obj:
        computed_by = read_str(obj, "computed_by", where)
        if not computed:
            raise RulePackError(field_path(where, "computed_by"), "given but computed is not true")
    elif computed:
        raise RulePackError(field_path(where, "computed_by"), "required when computed is true")
    else:
        computed_by = ""
    return Criterion(
        code=code,
        title=read_text(obj["title"], field_path(where, "title")),
        guidance=read_text(obj["guidance"], field_path(where, "guidance")),
        source=read_str(obj, "source", where),
        douglas=douglas,
        weight=read_int(obj["weight"], field_path(where, "weight"), minimum=0),
        proposal=read_bool(obj, "proposal", where, default=False),
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


def read_criteria_wording(value: object, where: str) -> CriteriaWording:
    """The `criteria_wording` object; every placeholder is checked."""
    obj = read_object(value, where, tuple(_WORDING_FIELDS))
    texts: dict[str, Text] = {}
    for key, allowed in _WORDING_FIELDS.items():
        path = field_path(where, key)
        text = read_text(obj[key], path)
        for lang in LANGS:
            _template(text.get(lang), allowed, field_path(path, lang))
        texts[key] = text
    return CriteriaWording(**texts)


def read_time_limit(value: object, where: str) -> TimeLimit:
    """One entry of `time_limits` (Art. 45)."""
    obj = read_object(
        value, where, ("applies_to", "from_discovery_months", "absolute_months", "article")
    )
    applies_to = read_str(obj, "applies_to", where)
    allowed = [k.value for k in OffenceKind] + [AFTER_TERMINATION]
    if applies_to not in allowed:
        raise RulePackError(
            field_path(where, "applies_to"),
            f"unknown value {applies_to!r} (allowed: {', '.join(allowed)})",
        )
    return TimeLimit(
        applies_to=applies_to,
        from_discovery_months=read_int(
            obj["from_discovery_months"], field_path(where, "from_discovery_months"), minimum=1
        ),
        absolute_months=read_int(
            obj["absolute_months"], field_path(where, "absolute_months"), minimum=1
        ),
        article=read_str(obj, "article", where),
    )


def read_suspension_reason(value: object, where: str) -> SuspensionReason:
    """One entry of `suspension_reasons`."""
    obj = read_object(
        value, where, ("code", "name", "suspends_limit", "blocks_imposition", "article")
    )
    return SuspensionReason(
        code=read_str(obj, "code", where),
        name=read_text(obj["name"], field_path(where, "name")),
        suspends_limit=read_bool(obj, "suspends_limit", where),
        blocks_imposition=read_bool(obj, "blocks_imposition", where),
        article=read_str(obj, "article", where),
    )


def read_switches(obj: Mapping[str, Any], where: str) -> dict[str, bool]:
    """The `switches` object (name -> default), or {} when absent."""
    if "switches" not in obj:
        return {}
    path = field_path(where, "switches")
    raw = read_object(obj["switches"], path, (), any_keys=True)
    return {k: read_bool(raw, k, path) for k in raw if not k.startswith("_")}


def _non_negative_int(value: object, where: str) -> None:
    read_int(value, where, minimum=0)


def _positive_int(value: object, where: str) -> None:
    read_int(value, where, minimum=1)


def _int_map(value: object, where: str) -> None:
    if not isinstance(value, dict):
        raise RulePackError(where, f"expected an object, found {json_type_name(value)}")
    for k, v in value.items():
        if not str(k).startswith("_"):
            read_int(v, field_path(where, str(k)), minimum=0)


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
    **PROCEDURE_PARAMETER_CHECKS,
}


def read_parameters(obj: Mapping[str, Any], where: str) -> dict[str, object]:
    """The `parameters` object; the ones later features read are type-checked."""
    if "parameters" not in obj:
        return {}
    path = field_path(where, "parameters")
    raw = read_object(obj["parameters"], path, (), any_keys=True)
    result: dict[str, object] = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        check = _PARAMETER_CHECKS.get(key)
        if check is not None:
            check(value, field_path(path, key))
        result[key] = _plain(value)
    return result


def _plain(value: object) -> object:
    """Drop the duplicate-key bookkeeping and comment keys from nested parameter values."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
