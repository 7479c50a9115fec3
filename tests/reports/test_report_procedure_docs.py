"""The protocol, the order and the explanation documents: their variants read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.document_data import DocumentData
from domain.procedure_model import DocumentKind, ExplanationOutcome, HearingOutcome
from reports.documents import PdfRenderer
from tests.reports.docdata import DISSENT, MEMBERS, OFFICIAL, bare, explanation, order
from tests.reports.pdftext import has, pages_text, render


def _text(renderer: PdfRenderer, data: DocumentData, kind: DocumentKind, lang: str = "ru") -> str:
    return " ".join(pages_text(render(renderer, data, lang, kind)[1]))


def test_protocol_records_the_hearing_in_full(renderer: PdfRenderer, data: DocumentData) -> None:
    text = _text(renderer, data, DocumentKind.PROTOCOL)
    for needle in [
        "Дата заседания: 10.04.2026. Место проведения: каб. 305.",
        "Ким Алина Викторовна — Эксперт службы управления персоналом, секретарь комиссии "
        "(без права голоса)",
        "Приглашённые: Адвокат Серікова Д.",
        "Бекова Әсел Қанатқызы — самоотвод: родственница служащей",
        "Заслушан доклад секретаря. Госслужащая дала пояснения.",
        f"Особое мнение члена комиссии {MEMBERS[1]}: {DISSENT}",
        "РЕШИЛИ: рекомендовать",
    ]:
        assert has(text, needle), needle
    # The protocol is signed by the chair and the secretary only.
    signatures = text[text.rindex("Председатель комиссии") :]
    assert not has(signatures, MEMBERS[0])


def test_protocol_without_dissent_or_recusal(renderer: PdfRenderer, data: DocumentData) -> None:
    assert data.hearing is not None
    members = tuple(replace(m, dissent="", recused=False) for m in data.hearing.members)
    text = _text(
        renderer,
        replace(data, hearing=replace(data.hearing, members=members)),
        DocumentKind.PROTOCOL,
    )
    assert has(text, "Особых мнений не заявлено.") and has(text, "Самоотводов не заявлено.")


def test_order_familiarisation_blank_signed_or_refused(
    renderer: PdfRenderer, data: DocumentData
) -> None:
    text = _text(renderer, data, DocumentKind.ORDER)
    assert has(text, "С приказом ознакомлен(а):") and has(text, "«___» _________ 20___ г.")
    assert has(text, "(не позднее 16.04.2026)") and has(text, "пункт 3 статьи 44")
    signed = replace(order(), familiarised_on=date(2026, 4, 14))
    text = _text(renderer, replace(data, order=signed), DocumentKind.ORDER)
    assert has(text, "14.04.2026") and not has(text, "«___» _________ 20___ г.")
    refused = order(refused_on=date(2026, 4, 15))
    for lang, needle, signed_line in [
        (
            "ru",
            "от ознакомления с приказом под подпись отказался(-ась). Акт об отказе от 15.04.2026",
            "ознакомлен(а):",
        ),
        (
            "kk",
            "бұйрықпен қол қойып танысудан бас тартты. Бас тарту туралы 15.04.2026 акт",
            "Бұйрықпен таныстым:",
        ),
    ]:
        text = _text(renderer, replace(data, order=refused), DocumentKind.ORDER, lang)
        assert has(text, needle) and has(text, "Иманова А.К.") and has(text, "Смагулов Т.Б.")
        assert not has(text, signed_line)


def test_order_without_a_record_or_without_a_penalty(
    renderer: PdfRenderer, data: DocumentData
) -> None:
    text = _text(renderer, replace(data, order=None), DocumentKind.ORDER)
    assert has(text, "Должностное лицо, имеющее право назначения") and not has(text, OFFICIAL)
    assert has(text, "предупреждение о неполном служебном соответствии")  # the recommendation
    none = replace(order(), outcome=HearingOutcome.NONE, penalty=None, expires_on=None)
    text = _text(renderer, replace(data, order=none), DocumentKind.ORDER)
    assert has(text, "О результатах рассмотрения дисциплинарного дела") and has(text, "не налагать")
    assert not has(text, "действует по")


def test_request_and_act_variants(renderer: PdfRenderer, data: DocumentData) -> None:
    text = _text(renderer, data, DocumentKind.EXPLANATION_REQUEST, "kk")
    assert has(text, "2 жұмыс күні ішінде, 19.03.2026 қоса алғанда")
    assert has(text, "Өтініштерді қарау мерзімі бұзылды.")
    text = _text(renderer, bare(data), DocumentKind.EXPLANATION_REQUEST)
    assert has(text, "не позднее ____________ включительно")
    refused = _text(renderer, data, DocumentKind.EXPLANATION_ACT)
    assert has(refused, "об отказе от представления письменного объяснения")
    assert has(refused, "20.03.2026 государственный служащий отказался(-ась)")
    absent = replace(data.procedure, explanation=explanation(ExplanationOutcome.ABSENT))
    text = _text(renderer, replace(data, procedure=absent), DocumentKind.EXPLANATION_ACT, "kk")
    assert has(text, "жазбаша түсініктеменің берілмеуі туралы")
    assert has(text, "20.03.2026 жағдай бойынша жазбаша түсініктеме берілмеді.")
    blank = _text(renderer, bare(data), DocumentKind.EXPLANATION_ACT)
    assert blank.count("(подпись)") >= 4  # three witnesses and the servant
