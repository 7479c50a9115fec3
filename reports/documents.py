# mypy: disable-error-code="import-untyped"
"""The reportlab implementation of `domain.document_data.DocumentRenderer`: every document kind in
Kazakh, Russian or both, ending with its verification block, stamped in the PDF's metadata."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import IO

from reportlab.platypus.flowables import Flowable

from domain.document_data import DocumentData, ReadBack
from domain.procedure_model import DocumentKind
from reports.blocks import Part
from reports.decision import decision_story
from reports.explanation_docs import act_story, request_story
from reports.fonts import FontFamily, register_fonts
from reports.layout import Styles, build_pdf, make_styles
from reports.order import order_story
from reports.protocol import protocol_story
from reports.readback import read_back
from reports.verification import is_draft, keywords, verification_block
from reports.wording import COMMON, langs_of
from reports.wording_decision import DECISION
from reports.wording_explanation import ACT, REQUEST
from reports.wording_order import ORDER
from reports.wording_protocol import PROTOCOL

Story = Callable[[Part], list[Flowable]]

STORIES: dict[DocumentKind, Story] = {
    DocumentKind.DECISION: decision_story,
    DocumentKind.PROTOCOL: protocol_story,
    DocumentKind.ORDER: order_story,
    DocumentKind.EXPLANATION_REQUEST: request_story,
    DocumentKind.EXPLANATION_ACT: act_story,
}

# Each kind's wording, for the PDF's /Title and /Subject ("РЕШЕНИЕ дисциплинарной комиссии").
WORDING: dict[DocumentKind, dict[str, dict[str, str]]] = {
    DocumentKind.DECISION: DECISION,
    DocumentKind.PROTOCOL: PROTOCOL,
    DocumentKind.ORDER: ORDER,
    DocumentKind.EXPLANATION_REQUEST: REQUEST,
    DocumentKind.EXPLANATION_ACT: ACT,
}


class PdfRenderer:
    """Prints documents with reportlab; the fonts are found and registered on the first render
    (FontMissing, with what to install, when the machine has none that fits)."""

    def __init__(self, fonts: FontFamily | None = None) -> None:
        self._fonts = fonts
        self._styles: Styles | None = None

    def family(self) -> FontFamily:
        """The registered document family, registering it on first use."""
        if self._fonts is None:
            self._fonts = register_fonts()
        return self._fonts

    def styles(self) -> Styles:
        if self._styles is None:
            self._styles = make_styles(self.family())
        return self._styles

    def render(self, data: DocumentData, lang: str, out: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the document in "kk", "ru" or "both" to `out`; returns the number of pages.

        "both" is Kazakh then Russian, each part from a new page, numbered on its own and ending
        with its own verification block. Every user-entered string is escaped, so markup in it
        prints literally. Raises ValueError for another language and FontMissing without fonts.
        """
        codes = langs_of(lang)
        story_of = STORIES[data.kind]
        st = self.styles()
        parts: list[tuple[str, list[Flowable]]] = []
        for code in codes:
            part = Part(data, code, st)
            parts.append((code, [*story_of(part), *verification_block(part)]))
        first = codes[0]
        draft = is_draft(data.stamp)
        target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
        return build_pdf(
            target,
            parts,
            self.family(),
            title=_title(data, first),
            subject=_subject(data.kind, first),
            keywords=keywords(data.stamp),
            draft_marks={c: COMMON[c]["draft_mark"] for c in codes} if draft else None,
        )

    def read_back(self, path: str | os.PathLike[str]) -> ReadBack | None:
        """The stamp and text of a PDF; None when it is not a readable PDF."""
        return read_back(path)


def _subject(kind: DocumentKind, lang: str) -> str:
    words = WORDING[kind][lang]
    return f"{words['doc_type']} {words.get('doc_subtitle', '')}".strip()


def _title(data: DocumentData, lang: str) -> str:
    """The PDF's /Title: type, number and case, e.g. "РЕШЕНИЕ № 12 — ДК-2026/7"."""
    doc_type = WORDING[data.kind][lang]["doc_type"]
    return f"{doc_type} № {data.stamp.number} — {data.case.number}"
