"""The 416-V rule pack as shipped, the loader's strictness, and choosing a pack by date."""

from __future__ import annotations

import copy
import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.errors import RulePackError
from domain.rulepack import (
    BUILTIN_PACK_DIR,
    OffenceKind,
    RulePack,
    RulePackRegistry,
    UnknownOffence,
    UnknownPack,
    UnknownPenalty,
    load_rule_pack,
    loads_rule_pack,
    parse_rule_pack,
)
from domain.text import is_mixed_script

PACK_FILE = BUILTIN_PACK_DIR / "kz-416-V.json"

# Written out from shared/domain/README.md section 2, independently of the pack file.
ART50_TABLE: dict[str, tuple[str, str | None]] = {
    "art50.1": ("III", "A"),
    "art50.2": ("I", "B"),
    "art50.3": ("I", "B"),
    "art50.4": ("I", "B"),
    "art50.5": ("I", "B"),
    "art50.6": ("III", "A"),
    "art50.7": ("II", "A"),
    "art50.8": ("II", "A"),
    "art50.9": ("III", "C"),
    "art50.10": ("I", "A"),
    "art50.11": ("II", "A"),
    "art50.12": ("II", "A"),
    "art50.13": ("III", "C"),
    "art50.14": ("III", "C"),
    "art50.15": ("III", None),
    "art50.16": ("I", "C"),
    "art50.17": ("I", "C"),
    "art50.18": ("I", "C"),
    "art50.19": ("I", "C"),
    "art50.p2": ("I", "C"),
}

GENERAL_CODES = {
    "art44",
    "art44.duties",
    "art44.powers",
    "art44.discipline",
    "art44.restrictions",
    "art44.personnel",
}

# README section 3, least to most severe.
PENALTIES = [
    ("remark", "замечание", "ескерту"),
    ("reprimand", "выговор", "сөгіс"),
    ("severe_reprimand", "строгий выговор", "қатаң сөгіс"),
    (
        "warning_incomplete_conformity",
        "предупреждение о неполном служебном соответствии",
        "қызметке толық сәйкес еместігі туралы ескерту",
    ),
    ("demotion", "понижение в государственной должности", "мемлекеттік лауазымын төмендету"),
    (
        "dismissal",
        "увольнение с занимаемой государственной должности",
        "атқаратын мемлекеттік лауазымынан шығару",
    ),
]

KAZAKH_ONLY_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _raw() -> dict[str, Any]:
    return json.loads(PACK_FILE.read_text(encoding="utf-8"))


def _index(data: dict[str, Any], code: str) -> int:
    return next(i for i, o in enumerate(data["offences"]) if o["code"] == code)


def _all_texts(pack: RulePack) -> list[tuple[str, str, str]]:
    """(where, lang, text) for every translated string in the pack."""
    out = []
    items: list[tuple[str, Any]] = [("title", pack.title)]
    if pack.caveat:
        items.append(("caveat", pack.caveat))
    items += [(o.code, o.title) for o in pack.offences]
    items += [(o.code + ".note", o.note) for o in pack.offences if o.note]
    items += [(p.code, p.name) for p in pack.penalties]
    items += [(c.code, c.name) for c in pack.severity_classes]
    items += [(s.code, s.name) for s in pack.suspension_reasons]
    items += [(g.code, g.name) for g in pack.groups]
    items += [(r.code, r.description) for r in pack.penalty_rules]
    for where, text in items:
        for lang in ("ru", "kk", "en"):
            out.append((where, lang, getattr(text, lang)))
    return out


# -- the shipped pack ------------------------------------------------------------------------


def test_pack_metadata(pack: RulePack) -> None:
    assert pack.id == "kz-416-V"
    assert pack.format_version == 1
    assert (
        pack.law
        == 'Law of the Republic of Kazakhstan No. 416-V of 23.11.2015 "On the Civil Service"'
    )
    assert pack.effective_from == date(2016, 1, 1)
    assert len(pack.sources) >= 3
    assert pack.caveat is not None
    for lang in ("ru", "kk", "en"):
        text = pack.caveat.get(lang)
        assert "290-VIII" in text and "416-V" in text, lang
    assert "01.07.2026" in pack.caveat.ru and "01.07.2026" in pack.caveat.en
    assert "2026 жылғы 1 шілде" in pack.caveat.kk
    assert pack.caveat_from == date(2026, 7, 1)


@pytest.mark.parametrize(("code", "expected"), sorted(ART50_TABLE.items()))
def test_art50_groups_and_penalty_rules_match_the_readme(
    pack: RulePack, code: str, expected: tuple[str, str | None]
) -> None:
    offence = pack.offence(code)
    assert (offence.group, offence.penalty_rule) == expected
    assert offence.kind is OffenceKind.DISCREDITING
    assert offence.article.startswith("Art. 50")


def test_every_art50_sub_point_is_in_the_catalogue(pack: RulePack) -> None:
    codes = {o.code for o in pack.offences if o.code.startswith("art50.")}
    assert codes == set(ART50_TABLE) | {"art50.20"}


def test_sub_point_15_is_repealed_by_law_116_viii(pack: RulePack) -> None:
    o = pack.offence("art50.15")
    assert o.repealed and o.repealed_by == "Law of 08.07.2024 No. 116-VIII"
    assert sum(o.repealed for o in pack.offences) == 1


def test_sub_point_20_is_a_switched_proposal(pack: RulePack) -> None:
    o = pack.offence("art50.20")
    assert o.proposal and o.switch == "proposed_subpoint_20"
    assert (o.group, o.penalty_rule) == (None, None)
    assert [x.code for x in pack.offences if x.proposal] == ["art50.20"]


def test_general_and_budget_offences(pack: RulePack) -> None:
    general = {o.code for o in pack.offences if o.kind is OffenceKind.GENERAL}
    assert general == GENERAL_CODES
    for code in GENERAL_CODES:
        o = pack.offence(code)
        assert (o.group, o.penalty_rule) == (None, None)
        assert o.article.startswith("Art. 44")
    assert pack.offence("art44.personnel").article == "Art. 44 p.2"
    budget = pack.offence("budget")
    assert budget.kind is OffenceKind.BUDGET and (budget.group, budget.penalty_rule) == (None, None)


def test_penalties_in_order_with_readme_names(pack: RulePack) -> None:
    assert [p.code for p in sorted(pack.penalties, key=lambda p: p.severity)] == [
        c for c, _, _ in PENALTIES
    ]
    assert [p.severity for p in pack.penalties] == [1, 2, 3, 4, 5, 6]
    for code, ru, kk in PENALTIES:
        p = pack.penalty(code)
        assert p.name.ru.casefold() == ru and p.name.kk.casefold() == kk
        assert p.article == "Art. 44 p.3"


def test_severity_classes_default_mapping_is_an_interpretation(pack: RulePack) -> None:
    mapping = {c.code: c.penalties for c in pack.severity_classes}
    assert mapping == {
        "minor": ("remark", "reprimand"),
        "significant": ("severe_reprimand", "warning_incomplete_conformity", "demotion"),
        "gross": ("dismissal",),
    }
    assert all(c.interpretation for c in pack.severity_classes)
    gross = pack.severity_class_of("dismissal")
    assert gross is not None and gross.code == "gross"


def test_penalty_rules(pack: RulePack) -> None:
    a, b, c = (pack.penalty_rule(x) for x in "ABC")
    assert a and a.penalties == ("demotion", "warning_incomplete_conformity")
    assert a.repeat_penalty == "dismissal" and a.repeat_window_months == 12
    assert b and b.penalties == ("warning_incomplete_conformity", "dismissal")
    assert b.repeat_penalty == "dismissal"
    assert c and c.penalties == ("dismissal",) and c.repeat_penalty is None
    assert [x.article for x in (a, b, c)] == ["Art. 44 p.5", "Art. 44 p.6", "Art. 44 p.7"]


def test_time_limits_of_art45(pack: RulePack) -> None:
    limits = {t.applies_to: (t.from_discovery_months, t.absolute_months) for t in pack.time_limits}
    assert limits == {
        "general": (1, 6),
        "discrediting": (3, 12),
        "budget": (3, 12),
        "after_termination": (3, 12),
    }


def test_suspension_reasons(pack: RulePack) -> None:
    flags = {s.code: (s.suspends_limit, s.blocks_imposition) for s in pack.suspension_reasons}
    both = ("sick_leave", "vacation", "business_trip", "public_duties", "training", "appeal")
    only_limit = ("criminal_proceedings", "court_act", "prosecutor_review")
    assert flags == {
        **dict.fromkeys(both, (True, True)),
        **dict.fromkeys(only_limit, (True, False)),
    }


def test_switches_and_parameters(pack: RulePack) -> None:
    assert pack.switches == {"proposed_subpoint_20": False, "move_to_next_working_day": True}
    p = pack.parameters
    assert p["continuing_offence_start"] == "end_or_discovery"
    assert p["penalty_lifetime_months"] == 6
    assert p["repeat_window_months"] == 12
    assert p["explanation_wait_working_days"] == 2
    assert p["order_announcement_working_days"] == 3
    assert p["reentry_ban_years"] == {"discrediting": 2, "restrictions_or_ethics": 1}
    assert "_comment" not in p


def test_every_text_is_present_nfc_and_never_mixes_scripts_in_a_word(pack: RulePack) -> None:
    for where, lang, text in _all_texts(pack):
        assert text.strip(), (where, lang)
        assert unicodedata.is_normalized("NFC", text), (where, lang)
        words = text.replace("-", " ").replace("«", " ").replace("»", " ").split()
        mixed = [w for w in words if is_mixed_script(w)]
        assert not mixed, (where, lang, mixed)  # e.g. a Latin "i" typed for Kazakh "і"


def test_kazakh_uses_kazakh_letters_and_russian_does_not(pack: RulePack) -> None:
    texts = _all_texts(pack)
    kk = "".join(t for _, lang, t in texts if lang == "kk")
    assert KAZAKH_ONLY_LETTERS & set(kk) >= set("әғқңөұүі")
    for where, lang, text in texts:
        if lang == "ru":
            assert not KAZAKH_ONLY_LETTERS & set(text), where
        if lang == "kk":
            assert text != pack.title.ru
    # A Kazakh title copied from Russian would be caught here.
    assert all(o.title.kk != o.title.ru for o in pack.offences)


def test_selectable_offences_for_new_cases(pack: RulePack) -> None:
    default = {o.code for o in pack.selectable_offences()}
    assert "art50.15" not in default and "art50.20" not in default
    assert GENERAL_CODES | {"budget", "art50.1", "art50.p2"} <= default
    on = {o.code for o in pack.selectable_offences({"proposed_subpoint_20": True})}
    assert on == default | {"art50.20"}
    # Catalogue order is kept: the picker shows Art. 44, then Art. 50, then budget.
    assert [o.code for o in pack.selectable_offences()][0] == "art44"


def test_effective_switches_overlay_known_names_only(pack: RulePack) -> None:
    eff = pack.effective_switches({"proposed_subpoint_20": True, "no_such_switch": True})
    assert eff == {"proposed_subpoint_20": True, "move_to_next_working_day": True}
    assert pack.switches["proposed_subpoint_20"] is False  # the pack itself is untouched


def test_lookups_raise_lookup_errors_not_key_errors(pack: RulePack) -> None:
    with pytest.raises(UnknownOffence) as e:
        pack.offence("art50.99")
    assert isinstance(e.value, LookupError) and not isinstance(e.value, KeyError)
    assert e.value.code == "art50.99"
    with pytest.raises(UnknownPenalty):
        pack.penalty("flogging")
    assert pack.find_offence("art50.99") is None


# -- strict loading ----------------------------------------------------------------------------


def _mutations() -> list[tuple[str, Any, str]]:
    """(name, mutate(data) -> None, expected `where`)."""
    d = _raw()
    i20 = _index(d, "art50.20")
    ibudget = _index(d, "budget")

    def setp(*path: Any, value: Any) -> Any:
        def mutate(data: dict[str, Any]) -> None:
            node = data
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value

        return mutate

    def delete(*path: Any) -> Any:
        def mutate(data: dict[str, Any]) -> None:
            node = data
            for key in path[:-1]:
                node = node[key]
            del node[path[-1]]

        return mutate

    def dup_code(data: dict[str, Any]) -> None:
        data["offences"][8]["code"] = data["offences"][7]["code"]

    def unknown_penalty_in_class(data: dict[str, Any]) -> None:
        data["severity_classes"][0]["penalties"].append("flogging")

    def penalty_in_two_classes(data: dict[str, Any]) -> None:
        data["severity_classes"][1]["penalties"].append("remark")

    def no_budget_limit(data: dict[str, Any]) -> None:
        data["time_limits"] = [t for t in data["time_limits"] if t["applies_to"] != "budget"]

    return [
        ("unknown group", setp("offences", 3, "group", value="IV"), "offences[3].group"),
        ("group of wrong type", setp("offences", 3, "group", value=3), "offences[3].group"),
        ("missing title", delete("offences", 2, "title"), "offences[2].title"),
        ("unknown kind", setp("offences", 5, "kind", value="criminal"), "offences[5].kind"),
        (
            "unknown rule",
            setp("offences", 7, "penalty_rule", value="D"),
            "offences[7].penalty_rule",
        ),
        ("duplicate code", dup_code, "offences[8].code"),
        ("unknown penalty in class", unknown_penalty_in_class, "severity_classes[0].penalties[2]"),
        ("penalty in two classes", penalty_in_two_classes, "severity_classes[1].penalties[3]"),
        ("impossible date", setp("effective_from", value="2016-02-30"), "effective_from"),
        ("date in wrong format", setp("effective_from", value="01.01.2016"), "effective_from"),
        (
            "unknown switch",
            setp("offences", i20, "switch", value="nope"),
            f"offences[{i20}].switch",
        ),
        ("empty kazakh title", setp("title", "kk", value=" "), "title.kk"),
        ("boolean severity", setp("penalties", 0, "severity", value=True), "penalties[0].severity"),
        ("duplicate severity", setp("penalties", 1, "severity", value=1), "penalties[1].severity"),
        ("newer format", setp("format_version", value=2), "format_version"),
        ("misspelt field", setp("offences", 0, "grop", value="I"), "offences[0].grop"),
        ("offences not a list", setp("offences", value={}), "offences"),
        (
            "switch not boolean",
            setp("switches", "proposed_subpoint_20", value="yes"),
            "switches.proposed_subpoint_20",
        ),
        (
            "negative parameter",
            setp("parameters", "penalty_lifetime_months", value=-1),
            "parameters.penalty_lifetime_months",
        ),
        ("kind without a time limit", no_budget_limit, f"offences[{ibudget}].kind"),
        (
            "repealed_by on a live offence",
            setp("offences", 0, "repealed_by", value="Law X"),
            "offences[0].repealed_by",
        ),
        ("missing id", delete("id"), "id"),
        ("bad id", setp("id", value="../evil"), "id"),
        (
            "rule names unknown penalty",
            setp("penalty_rules", 0, "penalties", 0, value="exile"),
            "penalty_rules[0].penalties[0]",
        ),
    ]


MUTATIONS = _mutations()


@pytest.mark.parametrize(("name", "mutate", "where"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_broken_pack_names_the_field(tmp_path: Path, name: str, mutate: Any, where: str) -> None:
    data = _raw()
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RulePackError) as e:
        load_rule_pack(path)
    assert e.value.where == where, e.value
    assert e.value.source == str(path)
    assert e.value.message


def test_the_unmutated_copy_loads(tmp_path: Path) -> None:
    # The control for the mutations above: the same round trip without a change succeeds.
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(_raw(), ensure_ascii=False), encoding="utf-8")
    assert load_rule_pack(path) == load_rule_pack(PACK_FILE)


def test_invalid_json_reports_line_and_column() -> None:
    text = PACK_FILE.read_text(encoding="utf-8")
    lines = text.splitlines()
    n = next(i for i, line in enumerate(lines) if '"law"' in line)
    lines[n] = lines[n].rstrip(",")  # drop a comma: the next key is then unexpected
    with pytest.raises(RulePackError) as e:
        loads_rule_pack("\n".join(lines))
    assert e.value.where.startswith(f"line {n + 2}, column "), e.value


def test_a_key_given_twice_is_refused() -> None:
    text = PACK_FILE.read_text(encoding="utf-8")
    text = text.replace('"group": "III",', '"group": "III", "group": "I",', 1)
    with pytest.raises(RulePackError) as e:
        loads_rule_pack(text)
    assert e.value.where.endswith(".group") and "more than once" in e.value.message


def test_file_level_problems(tmp_path: Path) -> None:
    with pytest.raises(RulePackError) as e:
        load_rule_pack(tmp_path / "missing.json")
    assert e.value.where == "$"
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"id": "é"}'.encode("latin-1"))
    with pytest.raises(RulePackError, match="UTF-8"):
        load_rule_pack(latin1)
    with pytest.raises(RulePackError) as e:
        loads_rule_pack('{"format_version": NaN}')
    with pytest.raises(RulePackError) as e:
        loads_rule_pack("[1, 2]")
    assert e.value.where == "$"


def test_a_notepad_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + PACK_FILE.read_bytes())
    assert load_rule_pack(path).id == "kz-416-V"


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


RAW = _raw()
PATHS = _paths(RAW)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 20)
    | st.text(max_size=5)
    | st.sampled_from(["I", "A", "general", "dismissal", "2020-01-01"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=5,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), value=json_values, remove=st.booleans())
def test_any_single_corruption_gives_rule_pack_error_or_a_valid_pack(
    path: tuple[Any, ...], value: Any, remove: bool
) -> None:
    data = copy.deepcopy(RAW)
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if remove:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    try:
        pack = parse_rule_pack(data)
    except RulePackError as e:
        assert e.where and e.message
    else:
        assert isinstance(pack, RulePack)


# -- registry ------------------------------------------------------------------------------------


def _successor(folder: Path, pack_id: str = "kz-290-VIII", effective: str = "2026-07-01") -> Path:
    data = _raw()
    data.update(id=pack_id, effective_from=effective, caveat=None)
    del data["caveat_from"]
    folder.mkdir(exist_ok=True)
    path = folder / f"{pack_id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_builtin_registry(registry: RulePackRegistry) -> None:
    assert [p.id for p in registry.all()] == ["kz-416-V"]
    assert registry.default.id == "kz-416-V"
    assert registry.for_date(date(2020, 5, 1)).id == "kz-416-V"
    assert registry.for_date(date(2001, 1, 1)).id == "kz-416-V"  # before every pack: the earliest
    assert registry.get("kz-416-V") is registry.default
    with pytest.raises(UnknownPack):
        registry.get("kz-999")
    assert registry.problems == ()


def test_successor_caveat_shows_only_while_416_v_is_applied_after_july_2026(
    registry: RulePackRegistry,
) -> None:
    assert registry.caveat_for(date(2026, 6, 30)) is None
    caveat = registry.caveat_for(date(2026, 7, 1))
    assert caveat is not None and "290-VIII" in caveat.en
    assert registry.caveat_for(date(2027, 1, 1)) is not None


def test_an_administrators_successor_pack_takes_over_from_its_date(tmp_path: Path) -> None:
    _successor(tmp_path / "packs")
    reg = RulePackRegistry.load_packs([tmp_path / "packs"])
    assert reg.problems == ()
    assert reg.for_date(date(2026, 6, 30)).id == "kz-416-V"
    assert reg.for_date(date(2026, 7, 1)).id == "kz-290-VIII"
    assert reg.caveat_for(date(2026, 8, 1)) is None
    assert reg.default.id == "kz-290-VIII"


def test_broken_or_clashing_admin_packs_are_skipped_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "a-broken.json").write_text("{", encoding="utf-8")
    _successor(folder, pack_id="kz-416-V")  # clashes with the built-in id
    good = _successor(folder, pack_id="kz-next")
    reg = RulePackRegistry.load_packs([folder, tmp_path / "no-such-folder"])
    assert [p.id for p in reg.all()] == ["kz-416-V", "kz-next"]
    problems = {Path(p.path).name: p.error.where for p in reg.problems}
    assert problems == {
        "a-broken.json": "line 1, column 2",
        "kz-416-V.json": "id",
        "no-such-folder": "$",
    }
    assert good.exists()
    with pytest.raises(RulePackError):
        RulePackRegistry.load_packs([folder], strict=True)


def test_switch_defaults_span_all_packs(registry: RulePackRegistry) -> None:
    assert registry.switch_defaults() == {
        "proposed_subpoint_20": False,
        "move_to_next_working_day": True,
    }
