"""Every document kind in Kazakh, Russian and both: key fields read back, fonts, pages, metadata."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf
import pytest

from domain.document_data import DocumentData
from domain.procedure_model import DocumentKind
from reports.documents import PdfRenderer
from reports.fonts import KAZAKH_LETTERS
from tests.reports.docdata import (
    CASE_NUMBER,
    CHAIR,
    CODE,
    DISSENT,
    DOCUMENT_ID,
    DRAFT_STAMP,
    KAZAKH_NAME,
    MEMBERS,
    OFFICIAL,
    SECRETARY,
    SERVANT_IIN,
)
from tests.reports.pdftext import has, pages_text, render

DOC_TYPES = {
    DocumentKind.DECISION: {"kk": "ШЕШІМ", "ru": "РЕШЕНИЕ"},
    DocumentKind.PROTOCOL: {"kk": "ХАТТАМА", "ru": "ПРОТОКОЛ"},
    DocumentKind.ORDER: {"kk": "БҰЙРЫҚ", "ru": "ПРИКАЗ"},
    DocumentKind.EXPLANATION_REQUEST: {"kk": "ХАБАРЛАМА", "ru": "УВЕДОМЛЕНИЕ"},
    DocumentKind.EXPLANATION_ACT: {"kk": "АКТ", "ru": "АКТ"},
}
PENALTY = {
    "kk": "қызметке толық сәйкес еместігі туралы ескерту",
    "ru": "предупреждение о неполном служебном соответствии",
}
VOTES = {
    "kk": "«Жақтап» — 3; «қарсы» — 1; «қалыс қалғандар» — 0",
    "ru": "«За» — 3; «против» — 1; «воздержались» — 0",
}
FOOTER = {"kk": "{y} беттің {x}-беті", "ru": "Страница {x} из {y}"}
VERIFY = {"kk": "Тексеру коды:", "ru": "Код проверки:"}


def expected(kind: DocumentKind, lang: str) -> list[str]:
    """What each kind must print in `lang`, besides its type, number, servant and IIN."""
    people = [CHAIR, *MEMBERS, SECRETARY]
    by_kind = {
        DocumentKind.DECISION: [PENALTY[lang], VOTES[lang], *people, "Астана қаласы"],
        DocumentKind.PROTOCOL: [PENALTY[lang], VOTES[lang], *people, DISSENT, "родственница"],
        DocumentKind.ORDER: [PENALTY[lang], OFFICIAL, "Министр финансов", "13.10.2026"],
        DocumentKind.EXPLANATION_REQUEST: ["17.03.2026", "19.03.2026", CASE_NUMBER],
        DocumentKind.EXPLANATION_ACT: ["Иманова А.К.", "Смагулов Т.Б.", "20.03.2026"],
    }
    return [
        DOC_TYPES[kind][lang],
        "№ 12",
        CASE_NUMBER,
        KAZAKH_NAME,
        SERVANT_IIN,
        CODE,
        *by_kind[kind],
    ]


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_key_fields_in_each_language(
    renderer: PdfRenderer, data: DocumentData, kind: DocumentKind, lang: str
) -> None:
    pages, pdf = render(renderer, data, lang, kind)
    texts = pages_text(pdf)
    assert pages == len(texts)
    text = " ".join(texts)
    for needle in [*expected(kind, lang), VERIFY[lang]]:
        assert has(text, needle), (kind, lang, needle)
    for x, page in enumerate(texts, start=1):
        assert FOOTER[lang].format(x=x, y=pages) in page
    other = "ru" if lang == "kk" else "kk"
    if DOC_TYPES[kind][other] != DOC_TYPES[kind][lang]:
        assert DOC_TYPES[kind][other] not in text
    assert not has(text, VERIFY[other]) and not has(text, PENALTY[other])


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_both_languages_kazakh_first_each_numbered_and_verified(
    renderer: PdfRenderer, data: DocumentData, kind: DocumentKind
) -> None:
    pages, pdf = render(renderer, data, "both", kind)
    texts = pages_text(pdf)
    kk_pages = [i for i, t in enumerate(texts) if "беттің" in t]
    ru_pages = [i for i, t in enumerate(texts) if "Страница" in t]
    assert kk_pages and ru_pages and max(kk_pages) < min(ru_pages)
    assert len(kk_pages) + len(ru_pages) == pages
    assert f"{len(kk_pages)} беттің 1-беті" in texts[0]
    assert f"Страница 1 из {len(ru_pages)}" in texts[ru_pages[0]]
    assert texts[0].startswith("Қазақстан Республикасы Қаржы министрлігі")
    assert texts[ru_pages[0]].startswith("Министерство финансов Республики Казахстан")
    kk_text = " ".join(texts[i] for i in kk_pages)
    ru_text = " ".join(texts[i] for i in ru_pages)
    for needle in expected(kind, "kk"):
        assert has(kk_text, needle), needle
    for needle in expected(kind, "ru"):
        assert has(ru_text, needle), needle
    # Each part ends with its own verification block in its own language.
    assert has(kk_text, f"Тексеру коды: {CODE}") and has(ru_text, f"Код проверки: {CODE}")


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_font_is_embedded_truetype(
    renderer: PdfRenderer, data: DocumentData, kind: DocumentKind
) -> None:
    _pages, pdf = render(renderer, replace(data, stamp=DRAFT_STAMP), "both", kind)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object()["/FontDescriptor"]
                if descendants
                else font.get("/FontDescriptor")
            )
            assert descriptor is not None, font["/BaseFont"]  # a standard-14 font: not embedded
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert len(names) >= 2, names  # regular and bold


def test_kazakh_letters_are_extracted_intact(renderer: PdfRenderer, data: DocumentData) -> None:
    letters = f"{KAZAKH_LETTERS} ӘҒҚҢӨҰҮҺІ"
    case = replace(data.case, unit_name=letters, description=f"Сөздер: {letters}.")
    _pages, pdf = render(renderer, replace(data, case=case), "both")
    text = " ".join(pages_text(pdf))
    assert text.count(letters) >= 4  # unit and facts, in each language part
    for name in (KAZAKH_NAME, CHAIR, *MEMBERS):
        assert has(text, name)


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_metadata_carries_the_stamp(
    renderer: PdfRenderer, data: DocumentData, kind: DocumentKind
) -> None:
    _pages, pdf = render(renderer, data, "ru", kind)
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta["/Keywords"] == f"tartip-document:{DOCUMENT_ID}:{CODE}"
    assert meta["/Title"] == f"{DOC_TYPES[kind]['ru']} № 12 — {CASE_NUMBER}"
    assert str(meta["/Subject"]).startswith(DOC_TYPES[kind]["ru"])


def _rectangles(page: pypdf.PageObject) -> int:
    """Filled rectangles on a page: a QR code is drawn as hundreds of them."""
    return len(re.findall(rb"\bre\b", page.get_contents().get_data()))


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize(("lang", "mark"), [("kk", "ЖОБА"), ("ru", "ПРОЕКТ")])
def test_a_draft_is_marked_on_every_page_and_has_no_qr(
    renderer: PdfRenderer, data: DocumentData, kind: DocumentKind, lang: str, mark: str
) -> None:
    _pages, registered = render(renderer, data, lang, kind)
    _pages, draft = render(renderer, replace(data, stamp=DRAFT_STAMP), lang, kind)
    assert _rectangles(pypdf.PdfReader(io.BytesIO(registered)).pages[-1]) > 100
    reader = pypdf.PdfReader(io.BytesIO(draft))
    assert all(_rectangles(page) < 5 for page in reader.pages)
    texts = pages_text(draft)
    assert all(t.count(mark) >= 1 for t in texts)
    assert not has(" ".join(texts), VERIFY[lang])
    assert mark not in " ".join(pages_text(registered))


def test_same_input_gives_identical_bytes(renderer: PdfRenderer, data: DocumentData) -> None:
    assert render(renderer, data, "both") == render(renderer, data, "both")


def test_unknown_language_is_refused(renderer: PdfRenderer, data: DocumentData) -> None:
    with pytest.raises(ValueError, match="'en'"):
        renderer.render(data, "en", io.BytesIO())
