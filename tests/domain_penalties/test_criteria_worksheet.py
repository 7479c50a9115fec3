"""The criteria worksheet: validation, worked recommendations, and the paragraphs a decision prints."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

import pytest

from domain.criteria import (
    ERROR_CODES,
    STEP_CODES,
    Rating,
    Recommendation,
    Worksheet,
    WorksheetItem,
    recommend,
    validate_worksheet,
    worksheet_text,
)
from domain.errors import RulePackError, ValidationFailed
from domain.penalties import PenaltyBounds, PriorPenalty, allowed_penalties
from domain.rulepack import RulePack

ON = date(2026, 3, 2)
AGG, MIT, NEU, NA = Rating.AGGRAVATING, Rating.MITIGATING, Rating.NEUTRAL, Rating.NOT_APPLICABLE


def ws(*items: tuple[str, Rating, str]) -> Worksheet:
    return Worksheet(tuple(WorksheetItem(code, rating, note) for code, rating, note in items))


def bounds(pack: RulePack, offence: str, **kw: Any) -> PenaltyBounds:
    return allowed_penalties(offence, ON, (), pack=pack, **kw)


def rec(pack: RulePack, offence: str, sheet: Worksheet, **kw: Any) -> Recommendation:
    return recommend(sheet, bounds(pack, offence, **kw), offence, pack)


# ---------------------------------------------------------------- validation


def test_a_moving_rating_needs_a_note(pack: RulePack) -> None:
    sheet = ws(
        ("nature", AGG, ""),
        ("consequences", MIT, "   "),
        ("personal", NEU, ""),
        ("notoriety", NA, ""),
    )
    errors = validate_worksheet(sheet, pack)
    assert [(e.field, e.code, e.params) for e in errors] == [
        (
            "criteria.nature",
            "criteria.note_required",
            {"criterion": "nature", "rating": "aggravating"},
        ),
        (
            "criteria.consequences",
            "criteria.note_required",
            {"criterion": "consequences", "rating": "mitigating"},
        ),
    ]
    with pytest.raises(ValidationFailed) as e:
        rec(pack, "art44", sheet)
    assert e.value.errors == errors


def test_unknown_duplicate_and_badly_rated_criteria(pack: RulePack) -> None:
    sheet = Worksheet(
        (
            WorksheetItem("astrology", AGG, "stars"),
            WorksheetItem("nature", MIT, "first time"),
            WorksheetItem("nature", AGG, "on second thought"),
            WorksheetItem("notice", "severe", "x"),  # type: ignore[arg-type]
        )
    )
    errors = validate_worksheet(sheet, pack)
    assert [(e.field, e.code) for e in errors] == [
        ("criteria.astrology", "criteria.unknown"),
        ("criteria.nature", "criteria.duplicate"),
        ("criteria.notice", "criteria.rating_unknown"),
    ]
    assert {e.code for e in errors} <= ERROR_CODES
    assert validate_worksheet(ws(("nature", AGG, "Умышленно.")), pack) == []


def test_error_codes() -> None:
    assert ERROR_CODES == {
        "criteria.unknown",
        "criteria.note_required",
        "criteria.duplicate",
        "criteria.rating_unknown",
    }


# ---------------------------------------------------------------- recommendations


def test_an_empty_worksheet_starts_from_the_middle_of_the_bounds(pack: RulePack) -> None:
    general = rec(pack, "art44.duties", Worksheet())
    assert (general.severity_class, general.score) == ("significant", 0)
    assert general.penalties == ("severe_reprimand", "warning_incomplete_conformity", "demotion")
    # Rule B reaches two classes: the milder middle, the warning.
    b = rec(pack, "art50.4", Worksheet())
    assert (b.severity_class, b.penalties) == ("significant", ("warning_incomplete_conformity",))
    c = rec(pack, "art50.9", Worksheet())
    assert (c.severity_class, c.penalties) == ("gross", ("dismissal",))


def test_aggravation_moves_a_class_every_four_points(pack: RulePack) -> None:
    three = ws(("nature", AGG, "n"), ("position_role", AGG, "p"))
    assert rec(pack, "art44", three).severity_class == "significant"  # 3 points
    four = ws(("nature", AGG, "n"), ("consequences", AGG, "c"))
    r = rec(pack, "art44", four)
    assert (r.score, r.severity_class, r.penalties) == (4, "gross", ("dismissal",))


def test_mitigation_moves_down_to_minor(pack: RulePack) -> None:
    sheet = ws(
        ("previous_behaviour", MIT, "Взысканий нет, 12 благодарностей."),
        ("length_of_service", MIT, "Первый месяц службы."),
        ("rehabilitation", MIT, "Прошёл обучение."),
    )
    r = rec(pack, "art44.discipline", sheet)
    assert (r.score, r.severity_class, r.penalties) == (-4, "minor", ("remark", "reprimand"))


def test_neutral_not_applicable_and_zero_weight_move_nothing(pack: RulePack) -> None:
    sheet = ws(("nature", NEU, ""), ("notoriety", NA, ""), ("personal", NEU, "ordinary"))
    r = rec(pack, "art44", sheet)
    assert r.score == 0 and [x.code for x in r.reasons] == [
        "recommend.baseline",
        "recommend.score",
        "recommend.result",
    ]


def test_reasons_list_every_moving_item_with_its_note(pack: RulePack) -> None:
    sheet = ws(
        ("rehabilitation", MIT, "Признал вину, извинился перед заявителем."),
        ("nature", AGG, "Умышленно скрыл обращение."),
        ("personal", NEU, "—"),
    )
    r = rec(pack, "art50.4", sheet)
    items = [x for x in r.reasons if x.code == "recommend.item"]
    # Pack order, whatever order the worksheet gave.
    assert [x.params["criterion"] for x in items] == ["nature", "rehabilitation"]
    assert [x.params["points"] for x in items] == ["+2", "-1"]
    assert [x.params["score"] for x in items] == [2, 1]
    assert items[0].params["note"] == "Умышленно скрыл обращение."
    assert items[0].english().startswith("Content and nature of the offence: aggravating, +2")
    assert "Умышленно скрыл обращение." in items[0].english()
    assert "p.32 sub-p. 1" in items[0].article
    assert {x.code for x in r.reasons} <= STEP_CODES


def test_the_class_is_clamped_to_the_bounds(pack: RulePack) -> None:
    all_mitigating = Worksheet(tuple(WorksheetItem(c.code, MIT, "m") for c in pack.criteria))
    r = rec(pack, "art50.9", all_mitigating)  # rule C: dismissal whatever the worksheet says
    assert (r.severity_class, r.penalties) == ("gross", ("dismissal",))
    clamped = next(x for x in r.reasons if x.code == "recommend.clamped")
    assert clamped.params["direction"] == "below"
    all_aggravating = Worksheet(tuple(WorksheetItem(c.code, AGG, "a") for c in pack.criteria))
    a = rec(pack, "art50.1", all_aggravating, vacancy=False)  # rule A without vacancy: warning
    assert a.penalties == ("warning_incomplete_conformity",)
    assert next(x for x in a.reasons if x.code == "recommend.clamped").params["direction"] == (
        "above"
    )


def test_a_repeat_leaves_only_dismissal(pack: RulePack) -> None:
    prior = PriorPenalty("art50.2", "warning_incomplete_conformity", date(2026, 1, 12))
    b = allowed_penalties("art50.4", ON, (prior,), pack=pack)
    r = recommend(ws(("rehabilitation", MIT, "Раскаялся.")), b, "art50.4", pack)
    assert r.penalties == ("dismissal",)


def test_demotion_never_comes_back_through_the_worksheet(pack: RulePack) -> None:
    r = rec(pack, "art44", Worksheet(), elected=True)
    assert r.penalties == ("severe_reprimand", "warning_incomplete_conformity")


def test_recommendation_json(pack: RulePack) -> None:
    r = rec(pack, "art44", ws(("nature", AGG, "Умышленно.")))
    data = json.loads(json.dumps(r.to_json(), ensure_ascii=False))
    assert set(data) == {
        "severity_class",
        "penalties",
        "score",
        "baseline_class",
        "reasons",
        "reason_codes",
    }
    assert data["reasons"][-1].startswith("Recommended: significant offence, that is severe")


def test_bounds_of_another_offence_or_pack_are_refused(pack: RulePack) -> None:
    b = bounds(pack, "art44")
    with pytest.raises(ValueError, match="art44"):
        recommend(Worksheet(), b, "art50.4", pack)
    with pytest.raises(ValueError, match="pack"):
        recommend(Worksheet(), dataclasses.replace(b, rule_pack="kz-other"), "art44", pack)


def test_a_pack_without_the_scoring_parameter_is_a_pack_error(pack: RulePack) -> None:
    params = {k: v for k, v in pack.parameters.items() if k != "criteria_points_per_class"}
    bare = dataclasses.replace(pack, parameters=params)
    with pytest.raises(RulePackError) as e:
        recommend(Worksheet(), bounds(bare, "art44"), "art44", bare)
    assert e.value.where == "parameters.criteria_points_per_class"


# ---------------------------------------------------------------- the decision's paragraphs


def test_worksheet_text_in_russian(pack: RulePack) -> None:
    sheet = ws(
        ("rehabilitation", MIT, "Признал вину."),
        ("nature", AGG, "Умышленно скрыл документы."),
        ("notoriety", NA, ""),
        ("personal", NEU, ""),
        ("consistency", NA, "см. панель"),
    )
    r = rec(pack, "art44.duties", sheet)
    assert worksheet_text(sheet, r, pack, "ru") == [
        "При выборе вида дисциплинарного взыскания учтены следующие критерии:",
        "1) Содержание и характер проступка: отягчающее обстоятельство. Умышленно скрыл документы.",
        "2) Иные обстоятельства, характеризующие личность служащего: на выбор взыскания не влияет.",
        "3) Потенциал для реабилитации служащего: смягчающее обстоятельство. Признал вину.",
        "К данному делу не применимы: известность проступка или его влияние на репутацию "
        "государственного органа; соразмерность взысканиям, наложенным на других служащих за "
        "аналогичные проступки.",
        "С учётом изложенного проступок оценивается как «Значительный проступок»; "
        "соразмерными являются взыскания: строгий выговор, предупреждение о неполном служебном "
        "соответствии, понижение в государственной должности.",
    ]


def test_worksheet_text_in_kazakh_and_english_keeps_notes_verbatim(pack: RulePack) -> None:
    note = "  Жауапты бірден мойындады; «ешқандай зиян жоқ».  "
    sheet = ws(("personal", MIT, note))
    r = rec(pack, "art50.4", sheet)
    kk = worksheet_text(sheet, r, pack, "kk")
    assert kk[0] == "Тәртіптік жазаның түрін таңдау кезінде мынадай өлшемшарттар ескерілді:"
    assert kk[1] == (
        "1) Қызметшінің жеке басын сипаттайтын өзге де мән-жайлар: жеңілдететін мән-жай. "
        + note.strip()
    )
    assert "«Елеулі теріс қылық»" in kk[-1] and "қызметке толық сәйкес еместігі" in kk[-1]
    en = worksheet_text(sheet, r, pack, "en")
    assert en[1].endswith(": mitigating. " + note.strip())
    assert en[-1] == (
        "Accordingly the offence is assessed as “Significant offence”; the proportionate "
        "penalties are: warning of incomplete service conformity."
    )


def test_worksheet_text_without_ratings(pack: RulePack) -> None:
    r = rec(pack, "art50.9", Worksheet())
    assert worksheet_text(Worksheet(), r, pack, "ru") == [
        "Критерии выбора взыскания не оценивались.",
        "С учётом изложенного проступок оценивается как «Грубый проступок»; соразмерными "
        "являются взыскания: увольнение с занимаемой государственной должности.",
    ]
    only_na = ws(("notoriety", NA, ""))
    assert worksheet_text(only_na, r, pack, "en")[:2] == [
        "No criteria for choosing the penalty were rated.",
        "Not applicable to this case: notoriety of the offence or its effect on the state "
        "body's reputation.",
    ]


def test_worksheet_text_refuses_a_bad_worksheet(pack: RulePack) -> None:
    r = rec(pack, "art44", Worksheet())
    with pytest.raises(ValidationFailed):
        worksheet_text(ws(("nature", AGG, "")), r, pack, "ru")
