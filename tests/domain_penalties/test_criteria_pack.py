"""The 416-V pack's criteria section and the penalty data the rules read, as shipped."""

from __future__ import annotations

import unicodedata

from domain.rulepack import SELECT_ANY, SELECT_FIRST_POSSIBLE, RulePack, Text
from domain.text import is_mixed_script

# README section 5, written out independently of the pack file.
RULES_CRITERIA = [
    ("nature", [1]),
    ("circumstances", [1]),
    ("consequences", [1]),
    ("previous_behaviour", [3, 4]),
    ("length_of_service", [4]),
    ("personal", [4]),
]
PROPOSALS = [
    ("performance_confidence", "5-1", [5]),
    ("notoriety", "5-2", [8]),
    ("rehabilitation", "5-3", [10]),
    ("alternative_sanctions", "5-4", [12]),
]
KAZAKH_ONLY_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _texts(pack: RulePack) -> list[tuple[str, Text]]:
    out: list[tuple[str, Text]] = []
    for c in pack.criteria:
        out += [(f"{c.code}.title", c.title), (f"{c.code}.guidance", c.guidance)]
    wording = pack.criteria_wording
    assert wording is not None
    out += [(f"wording.{k}", getattr(wording, k)) for k in wording.__dataclass_fields__]
    return out


def test_the_six_criteria_of_the_rules_come_first(pack: RulePack) -> None:
    first = pack.criteria[:6]
    assert [(c.code, list(c.douglas)) for c in first] == RULES_CRITERIA
    for n, c in enumerate(first, start=1):
        assert "Decree No. 152" in c.source and f"p.32 sub-p. {n} " in c.source
        assert "[V-3p" in c.source
        assert not c.proposal and not c.computed and c.weight >= 1
    assert first[1].title.en.startswith("Circumstances of the offence (time, place, method)")
    assert "степень вины" in first[1].title.ru


def test_the_source_articles_four_proposals_are_labelled(pack: RulePack) -> None:
    for code, number, douglas in PROPOSALS:
        c = pack.criterion(code)
        assert c is not None and c.proposal and not c.computed
        assert list(c.douglas) == douglas and f"sub-p. {number} " in c.source
        assert "proposal, not law" in c.source


def test_every_douglas_factor_is_covered_once_or_by_the_rules(pack: RulePack) -> None:
    covered = [f for c in pack.criteria for f in c.douglas]
    assert set(covered) == set(range(1, 13))
    # Factors the Rules or the proposals cover get no item of their own (1, 3, 4 from the Rules).
    own = {c.douglas[0] for c in pack.criteria if "Douglas v. Veterans" in c.source}
    assert own == {2, 6, 7, 9, 11}


def test_consistency_and_the_table_of_penalties_are_computed_links(pack: RulePack) -> None:
    computed = {c.code: c for c in pack.criteria if c.computed}
    assert set(computed) == {"consistency", "penalty_table"}
    assert [list(c.douglas) for c in computed.values()] == [[6], [7]]
    assert all(c.computed_by == "consistency_panel" and c.proposal for c in computed.values())


def test_criteria_texts_are_clean_in_three_languages(pack: RulePack) -> None:
    for where, text in _texts(pack):
        for lang in ("ru", "kk", "en"):
            value = text.get(lang)
            assert value.strip() and unicodedata.is_normalized("NFC", value), (where, lang)
            words = value.replace("-", " ").replace("«", " ").replace("»", " ").split()
            assert not [w for w in words if is_mixed_script(w)], (where, lang)
        assert not KAZAKH_ONLY_LETTERS & set(text.ru), where
        if not where.startswith("wording.item"):
            assert text.kk != text.ru, where
    kk = "".join(t.kk for _, t in _texts(pack))
    assert set("әғқңөұүі") <= set(kk)


def test_penalty_data_the_rules_read(pack: RulePack) -> None:
    demotion = pack.penalty("demotion")
    assert (demotion.requires_vacancy, demotion.barred_for_elected) == (True, True)
    assert demotion.restriction_article == "Art. 44 p.4"
    others = [p for p in pack.penalties if p.code != "demotion"]
    assert not any(p.requires_vacancy or p.barred_for_elected for p in others)
    selection = {r.code: r.selection for r in pack.penalty_rules}
    assert selection == {"A": SELECT_FIRST_POSSIBLE, "B": SELECT_ANY, "C": SELECT_ANY}
    assert pack.parameters["criteria_points_per_class"] == 4
