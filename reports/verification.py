# mypy: disable-error-code="import-untyped"
"""The verification block every document ends with (QR code, short code, how to check) and the
stamp carried in the PDF's metadata."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable, KeepTogether, Spacer
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tables import TableStyle

from domain.document_data import DocumentStamp
from reports.blocks import Part, bold, p, table_of
from reports.layout import FRAME_WIDTH
from reports.markup import text
from reports.wording import COMMON, fmt_date

DRAFT_CODE = "DRAFT"
KEYWORD_PREFIX = "tartip-document"
# "tartip-document:<id>:<code>" in /Keywords: what read_back trusts first.
KEYWORDS_RE = re.compile(rf"{KEYWORD_PREFIX}:(?P<id>\d+):(?P<code>[0-9A-Z-]+)")
# The short code as printed (domain.documents.short_code: three groups of four), for a PDF whose
# metadata was stripped (printed to PDF again, say): found in the text instead.
CODE_RE = re.compile(r"(?<![0-9A-Z])(?P<code>[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})(?![0-9A-Z])")
QR_SIZE = 26 * mm


def is_draft(stamp: DocumentStamp) -> bool:
    """A preview: rendered with the draft stamp, registered nowhere."""
    return stamp.document_id == 0 or stamp.code == DRAFT_CODE


def keywords(stamp: DocumentStamp) -> str:
    """The PDF /Keywords value naming the registered document."""
    return f"{KEYWORD_PREFIX}:{stamp.document_id}:{stamp.code}"


@lru_cache(maxsize=64)
def qr_modules(payload: str) -> tuple[tuple[int, int, int], ...]:
    """The dark modules of `payload`'s QR code (level M) as runs (row, first column, length),
    with the module count last as (count, 0, 0); cached for a "both" document's two parts."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(qr.modules):
        c = 0
        for dark, group in groupby(bool(m) for m in row):
            n = len(list(group))
            if dark:
                runs.append((r, c, n))
            c += n
    return (*runs, (qr.getModuleCount(), 0, 0))


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A QR code `size` points square, drawn as one filled path of its dark runs.

    reportlab's QrCodeWidget in a Drawing drew the same code as some 400 separate shapes and took
    a third of a decision's build time (bench/documents.py); this is the same encoder, drawn
    directly.
    """

    def __init__(self, payload: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        *runs, (count, _, _) = qr_modules(self.payload)
        box = self.size / count
        path = self.canv.beginPath()
        for r, c, n in runs:
            # A hair taller than a module, so no white seam shows between rows when printed.
            path.rect(c * box, self.size - (r + 1) * box, n * box, box * 1.02)
        self.canv.saveState()
        self.canv.setFillColor(black)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()


# The audit head printed under the verification lines (the anchor of RELIABILITY 2.2).
_AUDIT_LABEL = {"ru": "Журнал аудита", "kk": "Аудит журналы"}


def verification_block(part: Part) -> list[Flowable]:
    """The block at the end of every language part: QR, number, code and how to verify; for a
    draft, the draft note and no QR (there is nothing to verify)."""
    stamp, c, st = part.data.stamp, COMMON[part.lang], part.st
    if is_draft(stamp):
        note = table_of([[bold(c["draft_note"], st.cell)]], [FRAME_WIDTH], _BOX, st)
        return [Spacer(1, 14), KeepTogether([note])]
    lines = [
        bold(c["verify_title"], st.small),
        p(c["verify_number"].format(number=stamp.number, date=fmt_date(stamp.issued_on)), st.small),
        Paragraph(f"{text(c['verify_code'])} <b>{text(stamp.code)}</b>", st.code),
        p(c["verify_how"], st.small),
    ]
    if part.data.audit_anchor:
        label = _AUDIT_LABEL.get(part.lang, _AUDIT_LABEL["ru"])
        lines.append(p(f"{label}: {part.data.audit_anchor}", st.small))
    table = table_of(
        [[QrFlowable(stamp.qr_payload), lines]],
        [QR_SIZE + 6 * mm, FRAME_WIDTH - QR_SIZE - 6 * mm],
        _BOX,
        st,
    )
    return [Spacer(1, 10), KeepTogether([table])]


_BOX = TableStyle(
    [
        ("BOX", (0, 0), (-1, -1), 0.5, black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
    ]
)
