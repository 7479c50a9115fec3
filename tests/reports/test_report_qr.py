"""The QR code of the verification block: the same modules as reportlab's widget, and readable."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect

from domain.document_data import DocumentData
from reports.documents import PdfRenderer
from reports.verification import qr_modules
from tests.reports.docdata import stamp


def _widget_runs(payload: str) -> set[tuple[int, int, int]]:
    """reportlab's own QR widget (level M, no border, one point per module) as dark runs."""
    widget = QrCodeWidget(payload, barLevel="M", barBorder=0)
    group = widget.draw()
    count = widget.qr.getModuleCount()
    size = widget.barWidth
    box = size / count
    runs = set()
    for shape in group.contents:
        if isinstance(shape, Rect) and shape.fillColor is not None:
            row = round((size - shape.y) / box) - 1
            runs.add((row, round(shape.x / box), round(shape.width / box)))
    return runs


@settings(max_examples=30, deadline=None)
@given(
    st.integers(1, 10**9),
    st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789", min_size=12, max_size=12),
)
def test_modules_equal_the_widget(document_id: int, code: str) -> None:
    payload = f"TARTIP:1:{document_id}:{code[:4]}-{code[4:8]}-{code[8:]}"
    *runs, _count = qr_modules(payload)
    assert set(runs) == _widget_runs(payload)


@pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)",
)
def test_a_printed_qr_code_reads_back(
    tmp_path: Path, renderer: PdfRenderer, data: DocumentData
) -> None:
    numbered = replace(data, stamp=stamp(987654, "ABCD-EFGH-JKLM", "987654"))
    renderer.render(numbered, "ru", tmp_path / "doc.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "doc.pdf"), str(tmp_path / "page")],
        check=True,
    )
    pages = sorted(str(p) for p in tmp_path.glob("page*.png"))
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", *pages], capture_output=True, text=True, check=False
    )
    assert found.stdout.split() == ["TARTIP:1:987654:ABCD-EFGH-JKLM"]
