"""The commission decision PDF: content in each language, fonts, pages, footers, hostile text."""

from __future__ import annotations

import io
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
import reportlab

from domain.deadline_facts import DeadlineResult
from domain.model import CaseDetail, CaseStatus
from domain.rulepack import RulePack
from reports.decision import build_decision
from reports.fonts import FontFamily
from reports.wording import fmt_date
from tests.reports.pdftext import KAZAKH_NAME, flat, pages_text, with_servant

INJECTIONS = (
    "Иванов <b",
    '<img src="/etc/passwd"/>',
    '<img src="C:/Windows/win.ini"/>',
    '<font color="[[[1]]]">x</font>',
    "Tom & Jerry &amp; &#169;",
    '<a href="file:///">link</a>',
)

# Files opened while a build runs, seen by an audit hook (hooks cannot be removed: install once).
_opened: list[str] = []
_recording = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _recording and event == "open" and args and isinstance(args[0], str | bytes | Path):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)


def _build(
    case: CaseDetail,
    deadline: DeadlineResult | None,
    pack: RulePack,
    lang: str,
    family: FontFamily,
    **kw: object,
) -> tuple[int, bytes]:
    buf = io.BytesIO()
    pages = build_decision(case, deadline, pack, lang, buf, fonts=family, **kw)  # type: ignore[arg-type]
    return pages, buf.getvalue()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_reportlab_is_past_the_font_color_cve() -> None:
    major, minor, patch = (int(x) for x in reportlab.Version.split(".")[:3])
    assert (major, minor, patch) >= (3, 6, 13)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ru",
            [
                "РЕШЕНИЕ",
                "ИИН: 880101400123",
                "Предупреждение о неполном служебном соответствии",
                "подпункт 4) пункта 1 статьи 50",
                "Неправомерное предпочтение",
                "Страница 1 из",
            ],
        ),
        (
            "kk",
            [
                "ШЕШІМ",
                "ЖСН: 880101400123",
                "Қызметке толық сәйкес еместігі туралы ескерту",
                "50-бабының 1-тармағының 4) тармақшасы",
                "құқыққа сыйымсыз артықшылық",
                "беттің 1-беті",
            ],
        ),
    ],
)
def test_key_fields_in_each_language(
    case: CaseDetail,
    deadline: DeadlineResult,
    pack: RulePack,
    family: FontFamily,
    lang: str,
    expected: list[str],
) -> None:
    pages, pdf = _build(
        case, deadline, pack, lang, family, worksheet_paragraphs=["1) Сипаты: ауырлататын мән-жай."]
    )
    text = " ".join(pages_text(pdf))
    assert pages == len(pages_text(pdf))
    for needle in [
        *expected,
        KAZAKH_NAME,
        case.number,
        fmt_date(deadline.last_day),
        fmt_date(case.committed_on),
        fmt_date(case.discovered_on),
        "1) Сипаты: ауырлататын мән-жай.",
    ]:
        assert squash(needle) in squash(text), needle
    other = "ШЕШІМ" if lang == "ru" else "РЕШЕНИЕ"
    assert other not in text


def test_no_penalty_and_no_deadline(case: CaseDetail, pack: RulePack, family: FontFamily) -> None:
    undecided = replace(case, status=CaseStatus.NO_PENALTY, penalty=None, decided_on=None)
    _pages, pdf = _build(undecided, None, pack, "ru", family)
    text = squash(" ".join(pages_text(pdf)))
    assert squash("Дисциплинарное взыскание на") in text
    assert squash("не налагать") in text
    assert squash("Срок не рассчитан") in text
    assert squash("Наложить на") not in text


def test_both_languages_kazakh_first_each_from_a_new_page(
    case: CaseDetail, deadline: DeadlineResult, pack: RulePack, family: FontFamily
) -> None:
    pages, pdf = _build(
        case,
        deadline,
        pack,
        "both",
        family,
        body_name={"kk": "Қаржы министрлігі", "ru": "Министерство финансов"},
    )
    texts = pages_text(pdf)
    kk_pages = [i for i, t in enumerate(texts) if "беттің" in t]
    ru_pages = [i for i, t in enumerate(texts) if "Страница" in t]
    assert kk_pages and ru_pages and max(kk_pages) < min(ru_pages)
    assert len(kk_pages) + len(ru_pages) == pages
    # Each language part is numbered on its own.
    assert f"{len(kk_pages)} беттің 1-беті" in texts[0]
    assert f"Страница 1 из {len(ru_pages)}" in texts[ru_pages[0]]
    assert texts[0].startswith("Қаржы министрлігі")
    assert texts[ru_pages[0]].startswith("Министерство финансов")
    assert not any("РЕШЕНИЕ" in texts[i] for i in kk_pages)


def test_fonts_are_embedded_truetype(
    case: CaseDetail, deadline: DeadlineResult, pack: RulePack, family: FontFamily
) -> None:
    _pages, pdf = _build(case, deadline, pack, "kk", family)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    embedded = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object()["/FontDescriptor"]
                if descendants
                else font.get("/FontDescriptor")
            )
            assert descriptor is not None, font
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            embedded.add(str(font["/BaseFont"]))
    # Regular and bold both appear (subset names carry a prefix such as AAAAAA+).
    stems = {name.split("+")[-1] for name in embedded}
    assert len(stems) >= 2, stems


def test_long_description_splits_across_pages_with_footers(
    case: CaseDetail, deadline: DeadlineResult, pack: RulePack, family: FontFamily
) -> None:
    words = "Қызметші өтінішті мерзімінде қарамады және жауап бермеді. "
    long = (words * (20_000 // len(words) + 1))[:19_991] + " СОҢЫ-END"
    assert len(long) == 20_000
    long_case = replace(case, description=long, justification=long)
    for lang, footer in (("ru", "Страница {x} из {y}"), ("kk", "{y} беттің {x}-беті")):
        start = time.perf_counter()
        pages, pdf = _build(long_case, deadline, pack, lang, family)
        assert time.perf_counter() - start < 5
        texts = pages_text(pdf)
        assert pages > 3 and len(texts) == pages
        for x, t in enumerate(texts, start=1):
            assert footer.format(x=x, y=pages) in t
        assert squash(" ".join(texts)).count("СОҢЫ-END") == 2


@pytest.mark.parametrize("hostile", INJECTIONS)
def test_markup_in_user_text_prints_literally(
    case: CaseDetail,
    deadline: DeadlineResult,
    pack: RulePack,
    family: FontFamily,
    hostile: str,
) -> None:
    global _recording
    evil = with_servant(case, full_name=f"Иванов {hostile}", position=hostile)
    evil = replace(
        evil,
        number=f"7 {hostile}",
        description=f"До {hostile} после\nстрока 2",
        report_source=hostile,
        justification=hostile,
        unit_name=hostile,
        body_name=hostile,
    )
    _opened.clear()
    _recording = True
    try:
        _pages, pdf = _build(
            evil, deadline, pack, "ru", family, worksheet_paragraphs=[f"1) Заметка: {hostile}"]
        )
    finally:
        _recording = False
    text = squash(" ".join(pages_text(pdf)))
    # Name, position, description, source, justification, unit, body, number, worksheet note.
    assert text.count(squash(hostile)) >= 9, text[:400]
    assert squash(f"До {hostile} после") in text
    assert not [p for p in _opened if "passwd" in p or "win.ini" in p or p.startswith("file:")]


def test_same_input_gives_identical_bytes(
    case: CaseDetail, deadline: DeadlineResult, pack: RulePack, family: FontFamily
) -> None:
    assert _build(case, deadline, pack, "both", family) == _build(
        case, deadline, pack, "both", family
    )


def test_writes_to_a_path(
    tmp_path: Path,
    case: CaseDetail,
    deadline: DeadlineResult,
    pack: RulePack,
    family: FontFamily,
) -> None:
    out = tmp_path / "decision.pdf"
    pages = build_decision(case, deadline, pack, "kk", out, fonts=family)
    assert pages == len(pypdf.PdfReader(out).pages)
    assert flat(pypdf.PdfReader(out).pages[0].extract_text()).find("ШЕШІМ") >= 0


def test_unknown_language_is_refused(
    case: CaseDetail, deadline: DeadlineResult, pack: RulePack, family: FontFamily
) -> None:
    with pytest.raises(ValueError, match="'en'"):
        build_decision(case, deadline, pack, "en", io.BytesIO(), fonts=family)
