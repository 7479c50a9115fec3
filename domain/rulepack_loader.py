"""Loading a rule pack: reading JSON text or a file, the top level, and the checks across sections."""

from __future__ import annotations

import json
import re
from pathlib import Path

from domain.errors import RulePackError
from domain.rulepack_fields import (
    check_unique,
    object_pairs_hook,
    read_code,
    read_date,
    read_int,
    read_list,
    read_object,
    read_opt_text,
    read_str,
    read_text,
    reject_constant,
)
from domain.rulepack_sections import (
    read_criteria_wording,
    read_criterion,
    read_group,
    read_offence,
    read_parameters,
    read_penalty_rule,
    read_penalty_type,
    read_severity_class,
    read_suspension_reason,
    read_switches,
    read_time_limit,
)
from domain.rulepack_types import FORMAT_VERSION, RulePack

_PACK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def _cross_check(pack: RulePack) -> None:
    """References between sections: every code an entry names must exist in the pack."""
    check_unique(pack.offences, lambda o: o.code, "offences", "code")
    check_unique(pack.penalties, lambda p: p.code, "penalties", "code")
    check_unique(pack.penalties, lambda p: str(p.severity), "penalties", "severity")
    check_unique(pack.groups, lambda g: g.code, "groups", "code")
    check_unique(pack.penalty_rules, lambda r: r.code, "penalty_rules", "code")
    check_unique(pack.severity_classes, lambda c: c.code, "severity_classes", "code")
    check_unique(pack.time_limits, lambda t: t.applies_to, "time_limits", "applies_to")
    check_unique(pack.suspension_reasons, lambda s: s.code, "suspension_reasons", "code")

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

    reinstatement = pack.parameters.get("reinstatement_penalties")
    if isinstance(reinstatement, list):
        for j, p in enumerate(reinstatement):
            if p not in penalties:
                where = f"parameters.reinstatement_penalties[{j}]"
                raise RulePackError(where, f"unknown penalty {p!r}")

    check_unique(pack.criteria, lambda c: c.code, "criteria", "code")
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
    obj = read_object(
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
    version = read_int(obj["format_version"], "format_version", minimum=1)
    if version != FORMAT_VERSION:
        raise RulePackError(
            "format_version",
            f"format {version} is not supported (this Tartip reads format {FORMAT_VERSION})",
        )
    pack_id = read_str(obj, "id", where)
    if not _PACK_ID.fullmatch(pack_id):
        raise RulePackError("id", "use letters, digits, '.', '_' or '-' (at most 64)")
    caveat_from = obj.get("caveat_from")
    pack = RulePack(
        id=pack_id,
        title=read_text(obj["title"], "title"),
        law=read_str(obj, "law", where),
        effective_from=read_date(obj["effective_from"], "effective_from"),
        sources=read_list(obj, "sources", where, read_code),
        caveat=read_opt_text(obj, "caveat", where),
        offences=read_list(obj, "offences", where, read_offence),
        penalties=read_list(obj, "penalties", where, read_penalty_type),
        severity_classes=read_list(
            obj, "severity_classes", where, read_severity_class, non_empty=False
        ),
        time_limits=read_list(obj, "time_limits", where, read_time_limit),
        suspension_reasons=read_list(
            obj, "suspension_reasons", where, read_suspension_reason, non_empty=False
        ),
        switches=read_switches(obj, where),
        parameters=read_parameters(obj, where),
        groups=(
            read_list(obj, "groups", where, read_group, non_empty=False) if "groups" in obj else ()
        ),
        penalty_rules=(
            read_list(obj, "penalty_rules", where, read_penalty_rule, non_empty=False)
            if "penalty_rules" in obj
            else ()
        ),
        caveat_from=None if caveat_from is None else read_date(caveat_from, "caveat_from"),
        format_version=version,
        criteria=read_list(obj, "criteria", where, read_criterion) if "criteria" in obj else (),
        criteria_wording=(
            read_criteria_wording(obj["criteria_wording"], "criteria_wording")
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
        data = json.loads(text, object_pairs_hook=object_pairs_hook, parse_constant=reject_constant)
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
