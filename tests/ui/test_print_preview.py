"""The print preview: a draft's pages on screen, page by page, and a printed copy on paper."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter

from domain.procedure_model import DocumentKind
from domain.procedure_service import ProcedureService
from tests.ui.document_fixtures import (
    case_with_hearing,
    commission_for,
    make_procedure,
    pdf_pages,
    pdf_text,
)
from ui.documents_panel import DocumentsPanel
from ui.pdf_pages import PdfPages
from ui.print_preview import PreviewDialog


@pytest.fixture
def procedure(database, services, registry, tmp_path) -> ProcedureService:  # type: ignore[no-untyped-def]
    return make_procedure(database, services, registry, tmp_path)


def ink(image: QImage) -> float:
    """The share of sampled pixels that are not white (0.0 for a blank page)."""
    dark = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark / total


def test_preview_of_a_bilingual_decision_shows_every_page_and_registers_nothing(
    qtbot, services, procedure, prompts
) -> None:
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    expected = io.BytesIO()
    pages = procedure.preview_document(case_id, DocumentKind.DECISION, "both", expected)
    assert pages >= 2 and pdf_pages(expected.getvalue()) == pages

    panel = DocumentsPanel(procedure, prompts, services.get_case(case_id))
    qtbot.addWidget(panel)
    assert panel.set_choice(DocumentKind.DECISION, "both")
    dialog = panel.preview_current()
    assert dialog is not None and prompts.calls == []
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == pages
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert dialog.draft_label.isVisible() and not dialog.print_button.isVisible()
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    first = dialog.image
    assert first.width() > 300 and 0.005 < ink(first) < 0.5  # text on white paper
    draft = pdf_text(dialog.pages.data)
    assert "№ —" in draft and "ЖОБА" in draft and "ПРОЕКТ" in draft  # the draft stamp

    dialog.next_button.click()
    assert dialog.page_label.text() == f"Page 2 of {pages}"
    assert dialog.image != first
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(200))
    wide = dialog.image.width()
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(50))
    assert dialog.image.width() * 3 < wide  # 50 % is a quarter of 200 %

    assert procedure.documents(case_id) == []  # a preview is never registered


def test_print_issues_the_document_and_paints_every_page_on_the_printer(
    qtbot, services, procedure, prompts, tmp_path: Path
) -> None:
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    panel = DocumentsPanel(procedure, prompts, services.get_case(case_id))
    qtbot.addWidget(panel)
    assert panel.set_choice(DocumentKind.DECISION, "kk")
    dialog = panel.print_current()
    assert dialog is not None and not dialog.draft
    assert dialog.print_dialog is not None  # the system's print dialog is open over it
    dialog.print_dialog.reject()
    documents = procedure.documents(case_id)
    assert len(documents) == 1 and panel.model.rowCount() == 1
    assert documents[0].number in dialog.windowTitle()

    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed) as printed:
        count = dialog.print_to(printer)
    assert count == printed.args[0] == dialog.page_count() == pdf_pages(out)
    # What reached the "paper" is the page image, not blank sheets.
    assert ink(PdfPages.from_file(out).render(0, 50)) > 0.005
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4


def test_a_file_that_is_not_a_pdf_is_refused_by_the_page_renderer() -> None:
    with pytest.raises(ValueError):
        PdfPages(b"%PDF-1.4 but nothing after")


def test_the_preview_dialog_can_show_any_pdf(qtbot, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "three.pdf"
    canvas = Canvas(str(path))
    for n in range(3):
        canvas.setFont("Helvetica", 48)
        canvas.drawString(100, 700, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    dialog = PreviewDialog(PdfPages.from_file(path), "Three")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 3 and dialog.print_button.isVisibleTo(dialog)
    dialog.show_page(99)
    assert dialog.page_label.text() == "Page 3 of 3" and not dialog.next_button.isEnabled()
