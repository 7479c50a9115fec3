"""The loader's strictness on the sections the penalty rules read: criteria, wording, restrictions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from domain.errors import RulePackError
from domain.rulepack import BUILTIN_PACK_DIR, RulePack, load_rule_pack, loads_rule_pack

PACK_FILE = BUILTIN_PACK_DIR / "kz-416-V.json"
Mutation = Callable[[dict[str, Any]], None]


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PACK_FILE.read_text(encoding="utf-8"))
    return data


def _criterion_index(data: dict[str, Any], code: str) -> int:
    return next(i for i, c in enumerate(data["criteria"]) if c["code"] == code)


def _penalty_index(data: dict[str, Any], code: str) -> int:
    return next(i for i, p in enumerate(data["penalties"]) if p["code"] == code)


def test_the_criteria_section_loads(pack: RulePack) -> None:
    assert len(pack.criteria) == 15
    assert pack.criteria[0].code == "nature" and pack.criterion("nature") is pack.criteria[0]
    assert pack.criterion("astrology") is None
    assert pack.criteria_wording is not None
    assert "{severity_class}" in pack.criteria_wording.conclusion.ru


def test_a_pack_without_criteria_still_loads() -> None:
    data = _raw()
    for key in ("criteria", "criteria_wording"):
        del data[key]
    del data["parameters"]["criteria_points_per_class"]
    pack = loads_rule_pack(json.dumps(data, ensure_ascii=False))
    assert pack.criteria == () and pack.criteria_wording is None


def _set(path: tuple[Any, ...], value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _delete(path: tuple[Any, ...]) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return mutate


def _mutations() -> list[tuple[str, Mutation, str]]:
    d = _raw()
    computed = _criterion_index(d, "consistency")
    demotion = _penalty_index(d, "demotion")

    def duplicate_code(data: dict[str, Any]) -> None:
        data["criteria"][1]["code"] = data["criteria"][0]["code"]

    def factor_twice(data: dict[str, Any]) -> None:
        data["criteria"][3]["douglas"] = [3, 3]

    def classes_out_of_order(data: dict[str, Any]) -> None:
        c = data["severity_classes"]
        c[0], c[1] = c[1], c[0]

    def penalty_without_class(data: dict[str, Any]) -> None:
        data["severity_classes"][0]["penalties"].remove("remark")

    def no_wording(data: dict[str, Any]) -> None:
        del data["criteria_wording"]

    def wording_without_criteria(data: dict[str, Any]) -> None:
        del data["criteria"]

    return [
        ("bad criterion code", _set(("criteria", 0, "code"), "Nature!"), "criteria[0].code"),
        ("duplicate criterion code", duplicate_code, "criteria[1].code"),
        ("douglas factor 13", _set(("criteria", 0, "douglas", 0), 13), "criteria[0].douglas[0]"),
        ("douglas factor 0", _set(("criteria", 0, "douglas", 0), 0), "criteria[0].douglas[0]"),
        ("douglas as text", _set(("criteria", 0, "douglas", 0), "1"), "criteria[0].douglas[0]"),
        ("douglas not a list", _set(("criteria", 0, "douglas"), 1), "criteria[0].douglas"),
        ("douglas factor twice", factor_twice, "criteria[3].douglas[1]"),
        ("negative weight", _set(("criteria", 2, "weight"), -1), "criteria[2].weight"),
        ("boolean weight", _set(("criteria", 2, "weight"), True), "criteria[2].weight"),
        ("missing guidance", _delete(("criteria", 2, "guidance")), "criteria[2].guidance"),
        ("empty kazakh title", _set(("criteria", 0, "title", "kk"), ""), "criteria[0].title.kk"),
        ("misspelt field", _set(("criteria", 0, "weigth"), 1), "criteria[0].weigth"),
        ("proposal not boolean", _set(("criteria", 7, "proposal"), "yes"), "criteria[7].proposal"),
        (
            "computed without computed_by",
            _delete(("criteria", computed, "computed_by")),
            f"criteria[{computed}].computed_by",
        ),
        (
            "computed_by without computed",
            _set(("criteria", 0, "computed_by"), "consistency_panel"),
            "criteria[0].computed_by",
        ),
        ("empty criteria", _set(("criteria",), []), "criteria"),
        ("criteria not a list", _set(("criteria",), {}), "criteria"),
        ("criteria without wording", no_wording, "criteria_wording"),
        ("wording without criteria", wording_without_criteria, "criteria_wording"),
        (
            "missing wording",
            _delete(("criteria_wording", "no_items")),
            "criteria_wording.no_items",
        ),
        (
            "unknown placeholder",
            _set(("criteria_wording", "conclusion", "ru"), "Итог: {verdict}."),
            "criteria_wording.conclusion.ru",
        ),
        (
            "broken brace",
            _set(("criteria_wording", "item", "en"), "{number) {title}"),
            "criteria_wording.item.en",
        ),
        (
            "format spec in a placeholder",
            _set(("criteria_wording", "item", "kk"), "{number:>5} {title}: {rating}"),
            "criteria_wording.item.kk",
        ),
        (
            "attribute in a placeholder",
            _set(("criteria_wording", "item", "ru"), "{title.__class__}"),
            "criteria_wording.item.ru",
        ),
        (
            "points per class zero",
            _set(("parameters", "criteria_points_per_class"), 0),
            "parameters.criteria_points_per_class",
        ),
        (
            "points per class missing",
            _delete(("parameters", "criteria_points_per_class")),
            "parameters.criteria_points_per_class",
        ),
        (
            "unknown selection",
            _set(("penalty_rules", 0, "selection"), "random"),
            "penalty_rules[0].selection",
        ),
        (
            "restriction article without a restriction",
            _set(("penalties", 0, "restriction_article"), "Art. 44 p.4"),
            "penalties[0].restriction_article",
        ),
        (
            "restriction without its article",
            _delete(("penalties", demotion, "restriction_article")),
            f"penalties[{demotion}].restriction_article",
        ),
        (
            "vacancy flag not boolean",
            _set(("penalties", demotion, "requires_vacancy"), 1),
            f"penalties[{demotion}].requires_vacancy",
        ),
        ("classes out of order", classes_out_of_order, "severity_classes[1].penalties"),
        ("penalty in no class", penalty_without_class, "penalties[0].code"),
        (
            "repeat window differs from the parameter",
            _set(("penalty_rules", 1, "repeat_window_months"), 6),
            "penalty_rules[1].repeat_window_months",
        ),
    ]


MUTATIONS = _mutations()


@pytest.mark.parametrize(("name", "mutate", "where"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_broken_criteria_and_penalty_data_name_the_field(
    tmp_path: Path, name: str, mutate: Mutation, where: str
) -> None:
    data = _raw()
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RulePackError) as e:
        load_rule_pack(path)
    assert e.value.where == where, e.value
    assert e.value.source == str(path) and e.value.message
