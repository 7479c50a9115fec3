"""Verify a document: a fresh file matches, an edited case shows as changed, junk is unreadable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from domain.procedure_model import DocumentKind, VerifyStatus
from domain.procedure_service import ProcedureService
from tests.ui.document_fixtures import (
    case_with_hearing,
    commission_for,
    heard_input,
    make_procedure,
)
from tests.ui.test_main_window import window_for
from ui.verify_dialog import VerifyDialog


@pytest.fixture
def procedure(database, services, registry, tmp_path) -> ProcedureService:  # type: ignore[no-untyped-def]
    return make_procedure(database, services, registry, tmp_path)


@pytest.fixture
def issued(services, procedure, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A case heard by its commission and its decision saved as a PDF: (case id, path, doc)."""
    case_id = case_with_hearing(services, procedure, commission_for(services, procedure))
    path = tmp_path / "decision.pdf"
    doc = procedure.issue_document(case_id, DocumentKind.DECISION, "both", path)
    return case_id, path, doc


def dialog_for(qtbot, services, procedure, prompts) -> VerifyDialog:  # type: ignore[no-untyped-def]
    dialog = VerifyDialog(procedure, services, prompts)
    qtbot.addWidget(dialog)
    return dialog


def test_a_fresh_file_matches_and_names_its_registration(
    qtbot, services, procedure, prompts, issued
) -> None:
    case_id, path, doc = issued
    case = services.get_case(case_id)
    dialog = dialog_for(qtbot, services, procedure, prompts)
    with qtbot.waitSignal(dialog.verified):
        result = dialog.check_file(str(path))
    assert result is not None and result.status == VerifyStatus.MATCHES
    assert dialog.verdict.text() == "Matches the record"
    assert dialog.number.text() == doc.number
    assert dialog.case.text() == case.number
    assert dialog.servant.text() == case.servant.full_name
    assert dialog.kind.text() == "Commission decision (Kazakh and Russian)"
    assert not dialog.changed.isVisibleTo(dialog)
    assert prompts.calls == []


def test_after_the_case_is_edited_the_file_shows_as_changed_with_the_fields(
    qtbot, services, procedure, prompts, issued
) -> None:
    case_id, path, _doc = issued
    data = heard_input(services)
    renamed = replace(data.servant, full_name="Сәрсенова Айгерім Маратқызы")
    assert services.update_case(case_id, replace(data, servant=renamed))
    dialog = dialog_for(qtbot, services, procedure, prompts)
    result = dialog.check_file(str(path))
    assert result is not None and result.status == VerifyStatus.CHANGED
    assert dialog.verdict.text().startswith("The record has changed")
    assert "servant.full_name" in result.changed_fields and dialog.changed.isVisibleTo(dialog)
    assert "servant's name" in dialog.changed.text().split(", ")
    assert dialog.servant.text() == "Сәрсенова Айгүл Маратқызы"  # as printed, not as now


def test_a_text_file_renamed_pdf_is_unreadable(
    qtbot, services, procedure, prompts, tmp_path: Path
) -> None:
    fake = tmp_path / "letter.pdf"
    fake.write_text("Dear colleague, this is not a PDF.", encoding="utf-8")
    dialog = dialog_for(qtbot, services, procedure, prompts)
    result = dialog.check_file(str(fake))
    assert result is not None and result.status == VerifyStatus.UNREADABLE
    assert dialog.verdict.text().startswith("Unreadable")
    assert not dialog.details_box.isVisibleTo(dialog)
    assert prompts.calls == []


def test_a_typed_code_finds_the_document_and_a_wrong_one_is_unknown(
    qtbot, services, procedure, prompts, issued
) -> None:
    _case_id, _path, doc = issued
    dialog = dialog_for(qtbot, services, procedure, prompts)
    dialog.code.setText(doc.code.lower().replace("-", " "))  # as read aloud from paper
    dialog.code_button.click()
    assert dialog.last_result is not None and dialog.last_result.status == VerifyStatus.MATCHES
    assert dialog.number.text() == doc.number

    dialog.code.setText("AAAA-BBBB-CCCC")
    dialog.code_button.click()
    assert dialog.last_result.status == VerifyStatus.UNKNOWN
    assert dialog.verdict.text().startswith("Unknown")


def test_the_menu_opens_the_verify_dialog(qtbot, services, procedure, prompts) -> None:
    window = window_for(qtbot, services, prompts, procedure=procedure)
    assert window.verify_action.isEnabled() and window.batch_print_action.isEnabled()
    window.verify_action.trigger()
    dialog = window.document_commands.verify_dialog
    assert isinstance(dialog, VerifyDialog)
    assert window.document_commands.verify() is dialog  # one at a time


def test_without_the_procedure_service_the_document_commands_are_disabled(
    qtbot, services, prompts
) -> None:
    window = window_for(qtbot, services, prompts)
    assert not window.verify_action.isEnabled() and not window.batch_print_action.isEnabled()
