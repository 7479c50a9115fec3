"""Hostile and huge user text in every field of every document (RELIABILITY finding 6, S23)."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
import reportlab
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.document_data import DocumentData
from domain.procedure_model import DocumentKind
from reports.documents import PdfRenderer
from tests.reports.docdata import document_data, order
from tests.reports.pdftext import pages_text, render, squash

INJECTIONS = (
    "Иванов <b",
    "Tom & Jerry &amp; &#169;",
    '<font color="[[[1]]]">x</font>',
    '<img src="/etc/passwd"/>',
    '<img src="C:/Windows/win.ini"/>',
    '<a href="file:///">link</a>',
)

# Files opened while a build runs, seen by an audit hook (hooks cannot be removed: install once).
_opened: list[str] = []
_recording = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _recording and event == "open" and args and isinstance(args[0], str | bytes | Path):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)


def with_text(data: DocumentData, s: str, *, name: str | None = None) -> DocumentData:
    """`s` in every user-entered field of the record (`name` in the people's names)."""
    who = s if name is None else name
    case = replace(
        data.case,
        number=s,
        description=f"До {s} после\nстрока 2",
        report_source=s,
        justification=s,
        unit_name=s,
        body_name=s,
        servant=replace(data.case.servant, full_name=f"Иванов {who}", position=s, iin=s[:40]),
    )
    assert data.hearing is not None and data.composition is not None and data.commission
    members = tuple(
        replace(
            m, full_name=f"{m.full_name} {who}", recusal_reason=s, dissent=s if m.dissent else ""
        )
        for m in data.hearing.members
    )
    hearing = replace(data.hearing, members=members, place=s, minutes=s, invited=s)
    composition = replace(
        data.composition,
        members=tuple(
            replace(m, full_name=f"{m.full_name} {who}", position=s)
            for m in data.composition.members
        ),
    )
    assert data.procedure.explanation is not None
    ex = replace(data.procedure.explanation, text=s, act_witnesses=f"{who}\n{who}")
    the_order = replace(
        order(refused_on=data.stamp.issued_on),
        official_name=who,
        official_position=s,
        order_number=s,
        refusal_witnesses=f"{who}\n{who}",
    )
    return replace(
        data,
        case=case,
        body_names={"kk": s, "ru": s},
        commission=replace(data.commission, name_ru=s, name_kk=s),
        composition=composition,
        hearing=hearing,
        order=the_order,
        procedure=replace(data.procedure, explanation=ex),
        worksheet_paragraphs={"kk": [f"1) {s}"], "ru": [f"1) {s}"]},
        deadline_lines={"kk": [s], "ru": [s]},
        place=s,
        executor=s,
    )


def test_reportlab_is_past_the_font_color_cve() -> None:
    major, minor, patch = (int(x) for x in reportlab.Version.split(".")[:3])
    assert (major, minor, patch) >= (3, 6, 13)


# How often each kind prints the hostile text at least (fields that kind shows, once each).
MIN_COUNT = {
    DocumentKind.DECISION: 15,
    DocumentKind.PROTOCOL: 15,
    DocumentKind.ORDER: 8,
    DocumentKind.EXPLANATION_REQUEST: 5,
    DocumentKind.EXPLANATION_ACT: 6,
}


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("hostile", INJECTIONS)
def test_markup_in_user_text_prints_literally_and_opens_nothing(
    renderer: PdfRenderer, data: DocumentData, kind: DocumentKind, hostile: str
) -> None:
    global _recording
    evil = with_text(data, hostile)
    _opened.clear()
    _recording = True
    try:
        _pages, pdf = render(renderer, evil, "ru", kind)
    finally:
        _recording = False
    text = squash(" ".join(pages_text(pdf)))
    assert text.count(squash(hostile)) >= MIN_COUNT[kind], text[:400]
    if kind in (DocumentKind.DECISION, DocumentKind.PROTOCOL, DocumentKind.EXPLANATION_REQUEST):
        assert squash(f"До {hostile} после") in text
    assert not [p for p in _opened if "passwd" in p or "win.ini" in p or p.startswith("file:")]


def _long(marker: str) -> str:
    words = "Қызметші өтінішті мерзімінде қарамады және жауап бермеді. "
    text = (words * (20_000 // len(words) + 1))[: 20_000 - len(marker) - 1] + " " + marker
    assert len(text) == 20_000
    return text


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_field_at_20000_characters_builds_across_pages(
    renderer: PdfRenderer, kind: DocumentKind
) -> None:
    # Names stay short here (a name is a line, not a text); the next test makes them huge too.
    data = with_text(document_data(kind), _long("СОҢЫ-END"), name="Жанна")
    langs = [("ru", "Страница {x} из {y}"), ("kk", "{y} беттің {x}-беті")]
    for lang, footer in langs if kind is DocumentKind.DECISION else langs[:1]:
        start = time.perf_counter()
        pages, pdf = render(renderer, data, lang)
        assert time.perf_counter() - start < 5
        texts = pages_text(pdf)
        assert pages > 3 and len(texts) == pages
        for x, t in enumerate(texts, start=1):
            assert footer.format(x=x, y=pages) in t
        assert squash(" ".join(texts)).count("СОҢЫ-END") >= 3


def test_huge_names_fall_back_from_tables_and_still_build(renderer: PdfRenderer) -> None:
    huge = _long("ФАМИЛИЯ-END")
    # The kinds with every kind of table row: members, the order's signer and familiarisation,
    # an act's witnesses.
    for kind in (DocumentKind.DECISION, DocumentKind.ORDER, DocumentKind.EXPLANATION_ACT):
        pages, pdf = render(renderer, with_text(document_data(kind), "x", name=huge), "ru")
        assert pages > 1 and "ФАМИЛИЯ-END" in squash(" ".join(pages_text(pdf)))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_in_any_field_builds(renderer: PdfRenderer, data: DocumentData, s: str) -> None:
    pages, _pdf = render(renderer, with_text(data, s), "kk", DocumentKind.PROTOCOL)
    assert pages >= 1
