"""The commission decision's content: hearing, members, explanation, vote, outcome, signatures."""

from __future__ import annotations

from dataclasses import replace

from domain.document_data import DocumentData
from domain.model import CaseStatus
from domain.procedure_model import ExplanationOutcome, HearingOutcome
from reports.documents import PdfRenderer
from reports.wording import fmt_date
from tests.reports.docdata import (
    ABSENT,
    CHAIR,
    MEMBERS,
    RECUSED,
    SECRETARY,
    bare,
    explanation,
)
from tests.reports.pdftext import has, pages_text, render, squash


def _text(renderer: PdfRenderer, data: DocumentData, lang: str = "ru") -> str:
    return " ".join(pages_text(render(renderer, data, lang)[1]))


def test_the_hearing_members_votes_and_dissent(renderer: PdfRenderer, data: DocumentData) -> None:
    text = _text(renderer, data)
    for needle in [
        "Заседание дисциплинарной комиссии состоялось 10.04.2026; место: каб. 305.",
        f"{CHAIR} — председатель комиссии",
        f"Отсутствовали: {ABSENT}.",
        f"{RECUSED} — самоотвод: родственница служащей",
        "Присутствуют 4 из 6 членов комиссии с правом голоса (для кворума необходимо не менее 4). "
        "Кворум имеется.",
        f"{MEMBERS[1]} — «против»",
        f"{MEMBERS[0]} — «за»",
        f"Особое мнение изложено членом (членами) комиссии: {MEMBERS[1]}.",
        "Комиссия РЕШИЛА рекомендовать",
        "Наложить на государственного служащего",
        "Срок со дня обнаружения истекает:",
        "Один месяц со дня обнаружения.",
        "1) Характер: отягчающее обстоятельство.",
        "Проступок совершён впервые; вред не причинён.",
        "Исп.: Ким А.В., 8 (7172) 00-00-00",
    ]:
        assert has(text, needle), needle
    # The secretary does not vote; the absent and the recused neither vote nor sign.
    assert not has(text, f"{SECRETARY} — «") and not has(text, f"{ABSENT} — «")
    signatures = text[text.index("Председатель комиссии") :]
    for name in [CHAIR, *MEMBERS, SECRETARY]:
        assert has(signatures, name)
    assert not has(signatures, ABSENT) and not has(signatures, RECUSED)


def test_each_explanation_outcome_is_stated(renderer: PdfRenderer, data: DocumentData) -> None:
    cases = {
        ExplanationOutcome.RECEIVED: "Письменное объяснение запрошено 17.03.2026, получено 18.03.2026.",
        ExplanationOutcome.REFUSED: "отказался его представить, о чём составлен акт от 20.03.2026.",
        ExplanationOutcome.ABSENT: "в срок по 19.03.2026 включительно оно не представлено, о чём "
        "составлен акт от 20.03.2026.",
        ExplanationOutcome.PENDING: "срок его представления — по 19.03.2026 включительно.",
    }
    for outcome, needle in cases.items():
        procedure = replace(data.procedure, explanation=explanation(outcome))
        assert has(_text(renderer, replace(data, procedure=procedure)), needle), outcome


def test_before_the_procedure_blanks_are_left_to_fill(
    renderer: PdfRenderer, data: DocumentData
) -> None:
    text = _text(renderer, bare(data))
    for needle in [
        "(сведения о заседании комиссии не внесены)",
        "«За» — ____; «против» — ____; «воздержались» — ____.",
        "Письменное объяснение у государственного служащего не запрашивалось.",
        "Министерство финансов Республики Казахстан",
    ]:
        assert has(text, needle), needle
    # Blank signature lines: chair, three members, secretary.
    assert squash(text).count(squash("Член комиссии")) == 3
    assert "Исп.:" not in text


def test_an_investigation_outcome(renderer: PdfRenderer, data: DocumentData) -> None:
    assert data.hearing is not None
    hearing = replace(data.hearing, outcome=HearingOutcome.INVESTIGATE, proposed_penalty=None)
    text = _text(renderer, replace(data, hearing=hearing), "kk")
    assert has(text, "Материалдарды қосымша қызметтік тергеп-тексеруге жіберу туралы")
    assert has(text, "Тәртіптік іс материалдары қосымша қызметтік тергеп-тексеруге жіберілсін.")
    assert not has(text, "тәртіптік жазаға тартылсын")


def test_no_quorum_says_the_decision_was_not_adopted(
    renderer: PdfRenderer, data: DocumentData
) -> None:
    assert data.hearing is not None
    tally = replace(data.hearing.tally, present=3, quorum_met=False, adopted=False)
    text = _text(renderer, replace(data, hearing=replace(data.hearing, tally=tally)))
    assert has(text, "Кворума нет.") and has(text, "Решение не принято: кворума нет.")
    tally = replace(tally, present=4, quorum_met=True, votes_for=2, votes_against=2)
    text = _text(renderer, replace(data, hearing=replace(data.hearing, tally=tally)))
    assert has(text, "предложение не получило большинства голосов")


def test_no_penalty_and_no_deadline_without_a_hearing(
    renderer: PdfRenderer, data: DocumentData
) -> None:
    case = replace(data.case, status=CaseStatus.NO_PENALTY, penalty=None)
    text = _text(renderer, replace(bare(data), case=case, deadline=None))
    assert has(text, "О рассмотрении дисциплинарного дела")
    assert has(text, "не налагать") and has(text, "Срок не рассчитан.")
    assert not has(text, "Наложить на")


def test_dates_and_qualification_in_kazakh(renderer: PdfRenderer, data: DocumentData) -> None:
    assert data.deadline is not None
    text = _text(renderer, data, "kk")
    for needle in [
        "50-бабының 1-тармағының 4) тармақшасы",
        "құқыққа сыйымсыз артықшылық",
        fmt_date(data.deadline.last_day),
        "Теріс қылық жасалған күн: 02.03.2026",
        "Теріс қылық анықталған күн: 16.03.2026",
        "Комиссия мемлекеттік лауазымға тағайындау құқығы бар лауазымды адамға мынаны ұсынуды ШЕШТІ:",
    ]:
        assert has(text, needle), needle
