# mypy: disable-error-code="import-untyped"
"""A4 page templates, official margins, the "page X of Y" footer and every paragraph style."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate, NextPageTemplate, PageTemplate
from reportlab.platypus.flowables import Flowable, PageBreak
from reportlab.platypus.frames import Frame

from reports.fonts import FontFamily

# Official documents: 30 mm left for binding, 10-15 mm right, 20 mm top and bottom; 14 pt text.
LEFT_MARGIN = 30 * mm
RIGHT_MARGIN = 15 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 20 * mm
BODY_SIZE = 14
FRAME_WIDTH = A4[0] - LEFT_MARGIN - RIGHT_MARGIN  # the frame has no padding: margins are exact
FOOTER_SIZE = 10
SMALL_SIZE = 10
FOOTER_Y = 10 * mm
MARK_SIZE = 12
MARK_COLOR = Color(0.75, 0.1, 0.1)  # the draft mark: red, as a hand stamp "ПРОЕКТ" would be

# The footer of each language: page number within its language's part, and that part's total.
FOOTER: dict[str, str] = {
    "ru": "Страница {page} из {total}",
    "kk": "{total} беттің {page}-беті",
}


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of official documents, all in the registered serif family."""

    body: ParagraphStyle
    plain: ParagraphStyle
    body_name: ParagraphStyle
    doc_type: ParagraphStyle
    subtitle: ParagraphStyle  # under the document type: "дисциплинарной комиссии"
    place: ParagraphStyle  # the place under the date and number
    heading: ParagraphStyle
    section: ParagraphStyle
    signature: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle  # a table cell: no first-line indent, no space after
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    small: ParagraphStyle  # signature captions under the line, the verification block
    code: ParagraphStyle  # the verification code line
    item: ParagraphStyle  # one entry of a list: a member, a vote, a witness


def make_styles(family: FontFamily) -> Styles:
    """The styles, built once per document from the registered family."""
    leading = BODY_SIZE * 1.2
    body = ParagraphStyle(
        "body",
        fontName=family.regular,
        fontSize=BODY_SIZE,
        leading=leading,
        alignment=TA_JUSTIFY,
        firstLineIndent=12.5 * mm,
        spaceAfter=3,
    )
    plain = ParagraphStyle("plain", parent=body, alignment=TA_LEFT, firstLineIndent=0)
    cell = ParagraphStyle("cell", parent=plain, spaceAfter=0)
    return Styles(
        body=body,
        plain=plain,
        body_name=ParagraphStyle(
            "body_name", parent=plain, fontName=family.bold, alignment=TA_CENTER, spaceAfter=6
        ),
        doc_type=ParagraphStyle(
            "doc_type",
            parent=plain,
            fontName=family.bold,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=6,
        ),
        subtitle=ParagraphStyle("subtitle", parent=plain, alignment=TA_CENTER, spaceAfter=8),
        place=ParagraphStyle("place", parent=plain, alignment=TA_CENTER, spaceAfter=6),
        heading=ParagraphStyle(
            "heading",
            parent=plain,
            fontName=family.bold,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=10,
            keepWithNext=1,
        ),
        # A section's title never ends a page: it moves over with its first line.
        section=ParagraphStyle(
            "section",
            parent=plain,
            fontName=family.bold,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        signature=ParagraphStyle("signature", parent=plain, spaceBefore=10),
        note=ParagraphStyle("note", parent=plain, fontSize=FOOTER_SIZE, leading=FOOTER_SIZE * 1.2),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        small=ParagraphStyle("small", parent=cell, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.25),
        code=ParagraphStyle("code", parent=cell, spaceBefore=2, spaceAfter=2),
        item=ParagraphStyle("item", parent=plain, leftIndent=8 * mm, spaceAfter=1),
    )


def part_template_id(index: int, lang: str) -> str:
    """The page template of one language part; a document of two languages has two parts."""
    return f"part{index}-{lang}"


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Holds every page until save, then writes "page X of Y" knowing each part's total."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self.tartip_part: tuple[int, str] = (0, "ru")  # set by the page template's onPage
        self.tartip_font = kwargs.get("initialFontName") or "Times-Roman"

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[tuple[int, str], int] = {}
        for state in self._saved:
            part = state["tartip_part"]
            totals[part] = totals.get(part, 0) + 1
        seen: dict[tuple[int, str], int] = {}
        for state in self._saved:
            self.__dict__.update(state)
            part = self.tartip_part
            seen[part] = seen.get(part, 0) + 1
            self._footer(FOOTER[part[1]].format(page=seen[part], total=totals[part]))
            super().showPage()
        super().save()

    def _footer(self, line: str) -> None:
        self.saveState()
        self.setFont(self.tartip_font, FOOTER_SIZE)
        width = A4[0]
        centre = LEFT_MARGIN + (width - LEFT_MARGIN - RIGHT_MARGIN) / 2
        self.drawCentredString(centre, FOOTER_Y, line)
        self.restoreState()


def _on_page(index: int, lang: str, family: FontFamily, draft_mark: str) -> Any:
    def mark(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        # Tells the numbering canvas which language part this page belongs to.
        canvas.tartip_part = (index, lang)
        canvas.tartip_font = family.regular
        if draft_mark:
            # In the top margin of every page, so no page of a draft passes for a registered one.
            canvas.saveState()
            canvas.setFont(family.bold, MARK_SIZE)
            canvas.setFillColor(MARK_COLOR)
            canvas.drawRightString(A4[0] - RIGHT_MARGIN, A4[1] - TOP_MARGIN / 2, draft_mark)
            canvas.restoreState()

    return mark


def build_pdf(
    out: str | IO[bytes],
    parts: Sequence[tuple[str, list[Flowable]]],
    family: FontFamily,
    *,
    title: str = "",
    subject: str = "",
    keywords: str = "",
    draft_marks: Mapping[str, str] | None = None,
) -> int:
    """Lay out the language parts (each from a new page, numbered on its own); returns pages.

    `parts` is [(lang, story)]; the caller's stories must not switch templates themselves.
    `draft_marks` ({lang: "ПРОЕКТ"}) prints that mark at the top of every page of the part.
    `invariant=1` keeps the output byte-identical for the same input (no timestamps, fixed ids).
    """
    marks = draft_marks or {}
    width, height = A4
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        subject=subject,
        keywords=keywords,
        author="Tartip",
        creator="Tartip",
        invariant=1,
        # Otherwise the canvas starts every page in Helvetica: a font not embedded, no Cyrillic.
        initialFontName=family.regular,
        initialFontSize=BODY_SIZE,
    )
    frame_args = (LEFT_MARGIN, BOTTOM_MARGIN, width - LEFT_MARGIN - RIGHT_MARGIN)
    templates = [
        PageTemplate(
            id=part_template_id(i, lang),
            frames=[
                Frame(
                    *frame_args,
                    height - TOP_MARGIN - BOTTOM_MARGIN,
                    id=f"f{i}",
                    leftPadding=0,
                    rightPadding=0,
                    topPadding=0,
                    bottomPadding=0,
                )
            ],
            onPage=_on_page(i, lang, family, marks.get(lang, "")),
        )
        for i, (lang, _story) in enumerate(parts)
    ]
    doc.addPageTemplates(templates)
    story: list[Flowable] = []
    for i, (lang, part) in enumerate(parts):
        if i:
            story.append(NextPageTemplate(part_template_id(i, lang)))
            story.append(PageBreak())
        story.extend(part)
    doc.build(story, canvasmaker=_NumberedCanvas)
    return int(doc.page)
