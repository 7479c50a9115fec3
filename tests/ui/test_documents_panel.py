"""The case's Documents tab: save as PDF registers and lists a document; refusals are explained."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from domain.procedure_model import DocumentKind
from domain.procedure_service import ProcedureService
from reports.fonts import FONT_DIR_ENV
from tests.ui.conftest import case_input
from tests.ui.document_fixtures import (
    case_with_hearing,
    commission_for,
    make_procedure,
    pdf_text,
)
from ui.case_editor import CaseEditor
from ui.document_table_model import DocColumn
from ui.documents_panel import DocumentsPanel
from ui.settings import Settings


@pytest.fixture
def procedure(database, services, registry, tmp_path) -> ProcedureService:  # type: ignore[no-untyped-def]
    return make_procedure(database, services, registry, tmp_path)


def panel_for(qtbot, services, procedure, prompts, case_id: int) -> DocumentsPanel:  # type: ignore[no-untyped-def]
    panel = DocumentsPanel(procedure, prompts, services.get_case(case_id))
    qtbot.addWidget(panel)
    return panel


def save_to(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def cells(panel: DocumentsPanel, row: int) -> list[str]:
    model = panel.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_save_as_pdf_registers_the_document_lists_it_and_writes_a_real_pdf(
    qtbot, services, procedure, prompts, tmp_path, monkeypatch, qtmodeltester
) -> None:
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    case = services.get_case(case_id)
    panel = panel_for(qtbot, services, procedure, prompts, case_id)
    assert panel.model.rowCount() == 0
    assert panel.set_choice(DocumentKind.DECISION, "both")
    target = tmp_path / "out"
    target.mkdir()
    save_to(monkeypatch, target / "decision")  # no extension typed: .pdf is added

    with qtbot.waitSignal(panel.document_issued) as issued:
        panel.save_button.click()

    doc = issued.args[0]
    saved = target / "decision.pdf"
    assert saved.is_file()
    text = pdf_text(saved)
    assert doc.number in text and doc.code in text
    assert case.servant.full_name in text and case.servant.iin in text
    assert "ШЕШІМ" in text and "РЕШЕНИЕ" in text  # both languages in one document
    assert panel.model.rowCount() == 1
    row = cells(panel, 0)
    assert row[DocColumn.KIND] == "Commission decision"
    assert row[DocColumn.LANG] == "Kazakh and Russian"
    assert row[DocColumn.NUMBER] == doc.number
    assert row[DocColumn.CODE] == doc.code
    assert row[DocColumn.PAGES] == str(doc.pages) and doc.pages >= 2
    assert row[DocColumn.ACTOR] == "test"
    assert doc.number in panel.status.text() and str(saved) in panel.status.text()
    assert Settings().output_folder == str(target)
    assert prompts.calls == []
    qtmodeltester.check(panel.model)

    # The same content saved again keeps its number: still one journal entry.
    save_to(monkeypatch, target / "again.pdf")
    with qtbot.waitSignal(panel.document_issued) as again:
        panel.save_button.click()
    assert again.args[0].number == doc.number
    assert panel.model.rowCount() == 1

    # The protocol names the case by its number (the decision, as printed today, does not).
    assert panel.set_choice(DocumentKind.PROTOCOL, "ru")
    save_to(monkeypatch, target / "protocol.pdf")
    with qtbot.waitSignal(panel.document_issued):
        panel.save_button.click()
    assert case.number in pdf_text(target / "protocol.pdf")
    assert panel.model.rowCount() == 2
    assert cells(panel, 0)[DocColumn.KIND] == "Hearing protocol"  # newest first


def test_the_language_choice_is_remembered(qtbot, services, procedure, prompts) -> None:
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    panel = panel_for(qtbot, services, procedure, prompts, case_id)
    assert panel.current_lang() == "both"  # the default
    panel.lang.setCurrentIndex(panel.lang.findData("ru"))
    assert Settings().document_language == "ru"
    second = panel_for(qtbot, services, procedure, prompts, case_id)
    assert second.current_lang() == "ru"


def test_a_case_without_a_hearing_offers_no_decision_and_a_forced_one_is_refused_clearly(
    qtbot, services, procedure, prompts, tmp_path, monkeypatch
) -> None:
    body = services.bodies()[0].id
    case_id = services.register_case(case_input(date.today(), date.today(), body_id=body))
    panel = panel_for(qtbot, services, procedure, prompts, case_id)
    assert panel.kind.findData(DocumentKind.DECISION.value) < 0
    # Forced (as if the hearing had been deleted meanwhile): the service refuses, the tab says why.
    panel.kind.addItem("decision", DocumentKind.DECISION.value)
    panel.kind.setCurrentIndex(panel.kind.count() - 1)
    panel.save_button.setEnabled(True)
    save_to(monkeypatch, tmp_path / "no.pdf")
    panel.save_button.click()
    assert prompts.kinds() == ["warning"]
    message = prompts.calls[0][1]
    assert message and "Traceback" not in message and "document." not in message
    assert not (tmp_path / "no.pdf").exists()
    assert panel.model.rowCount() == 0


def test_a_file_that_cannot_be_written_is_reported_and_nothing_is_registered(
    qtbot, services, procedure, prompts, tmp_path, monkeypatch
) -> None:
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    panel = panel_for(qtbot, services, procedure, prompts, case_id)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    save_to(monkeypatch, blocker / "decision.pdf")  # a folder that is a file: ENOTDIR
    panel.save_button.click()
    assert prompts.kinds() == ["warning"]
    assert prompts.calls[0][1].startswith("The file could not be written")
    assert panel.model.rowCount() == 0
    assert procedure.documents(case_id) == []


def test_no_font_for_kazakh_gives_a_clear_message_and_registers_nothing(
    qtbot, database, services, registry, prompts, tmp_path, monkeypatch
) -> None:
    empty = tmp_path / "no fonts"
    empty.mkdir()
    monkeypatch.setenv(FONT_DIR_ENV, str(empty))  # the only folder searched: nothing in it
    procedure = make_procedure(database, services, registry, tmp_path)
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    panel = panel_for(qtbot, services, procedure, prompts, case_id)
    assert panel.set_choice(DocumentKind.DECISION, "kk")
    assert panel.preview_current() is None
    save_to(monkeypatch, tmp_path / "decision.pdf")
    panel.save_button.click()
    assert prompts.kinds() == ["warning", "warning"]
    for _kind, message in prompts.calls:
        assert message.startswith("No font for Kazakh and Russian text was found")
        assert "Liberation Serif" in message
    assert not (tmp_path / "decision.pdf").exists()
    assert procedure.documents(case_id) == [] and panel.model.rowCount() == 0


def test_the_case_editor_has_a_documents_tab_for_a_saved_case(
    qtbot, services, procedure, prompts
) -> None:
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    procedure.issue_document(case_id, DocumentKind.PROTOCOL, "ru", io.BytesIO())
    editor = CaseEditor(services, prompts, services.get_case(case_id), procedure=procedure)
    qtbot.addWidget(editor)
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert "Documents" in titles
    panel = editor.documents_panel
    assert panel is not None and panel.model.rowCount() == 1
    assert cells(panel, 0)[DocColumn.KIND] == "Hearing protocol"
    assert panel.save_button.isEnabled()

    viewer = CaseEditor(
        services, prompts, services.get_case(case_id), procedure=procedure, read_only=True
    )
    qtbot.addWidget(viewer)
    assert viewer.documents_panel is not None
    assert viewer.documents_panel.preview_button.isEnabled()
    assert not viewer.documents_panel.save_button.isEnabled()

    new = CaseEditor(services, prompts, None, procedure=procedure)
    qtbot.addWidget(new)
    index = [new.tabs.tabText(i) for i in range(new.tabs.count())].index("Documents")
    assert not new.tabs.isTabEnabled(index) and new.documents_panel is None
