"""Printing one document for many cases: a worker thread, progress, Cancel, and the summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from domain.procedure_model import DocumentKind
from domain.procedure_service import ProcedureService
from tests.ui.conftest import case_input
from tests.ui.document_fixtures import (
    case_with_hearing,
    commission_for,
    make_procedure,
    pdf_text,
)
from tests.ui.test_main_window import window_for
from ui import document_menu
from ui.batch_print import BatchOutcome, BatchPrint, BatchSummary
from ui.document_text import document_file_name

NAMES = [
    "Сәрсенова Айгүл Маратқызы",
    "Иванов Пётр Сергеевич",
    "Әлиев Нұрлан Бекұлы",
    "Ким Ольга Викторовна",
    "Өтеген Жанна Қайратқызы",
]


@pytest.fixture
def procedure(database, services, registry, tmp_path) -> ProcedureService:  # type: ignore[no-untyped-def]
    return make_procedure(database, services, registry, tmp_path)


@pytest.fixture
def heard(services, procedure) -> list[int]:  # type: ignore[no-untyped-def]
    commission = commission_for(services, procedure)
    return [
        case_with_hearing(services, procedure, commission, serial=n, name=name)
        for n, name in enumerate(NAMES, start=1)
    ]


def run(qtbot, batch: BatchPrint) -> BatchOutcome:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(batch.finished, timeout=60_000) as done:
        batch.start()
    assert not batch.is_running()
    outcome = done.args[0]
    assert isinstance(outcome, BatchOutcome)
    return outcome


def test_a_batch_writes_one_file_per_case_with_progress(
    qtbot, services, procedure, heard, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    batch = BatchPrint(procedure, heard, DocumentKind.DECISION, "ru", str(folder))
    qtbot.addWidget(batch.dialog)
    steps: list[tuple[int, int]] = []
    batch.worker.progressed.connect(lambda done, total: steps.append((done, total)))

    outcome = run(qtbot, batch)

    assert steps == [(n, 5) for n in range(1, 6)]
    assert batch.shown == 5  # the progress dialog followed
    assert not outcome.cancelled and not outcome.error and outcome.skipped == 0
    assert sorted(outcome.written) == sorted(folder.iterdir()) and len(outcome.written) == 5
    cases = [services.get_case(c) for c in heard]
    files = {document_file_name(c.number, DocumentKind.DECISION, "ru"): c for c in cases}
    assert {p.name for p in outcome.written} == set(files)
    for path in outcome.written:  # each file is its own case's decision
        assert files[path.name].servant.full_name in pdf_text(path)
    assert all(len(procedure.documents(c)) == 1 for c in heard)
    # Plurals come from the English catalogue the lead regenerates: match up to the noun.
    assert BatchSummary().text(outcome, str(folder)).startswith("Written: 5 file")


def test_cancel_after_the_second_document_stops_the_batch_early(
    qtbot, procedure, heard, tmp_path: Path
) -> None:
    batch = BatchPrint(procedure, heard, DocumentKind.DECISION, "kk", str(tmp_path))
    qtbot.addWidget(batch.dialog)
    # Direct: the cancel flag is set in the worker's thread right after the 2nd document, as
    # deterministic as a user's click between the 2nd and the 3rd.
    batch.worker.progressed.connect(
        lambda done, _total: batch.worker.cancel() if done == 2 else None,
        Qt.ConnectionType.DirectConnection,
    )

    outcome = run(qtbot, batch)

    assert outcome.cancelled and outcome.done == 2 and len(outcome.written) == 2
    assert sorted(tmp_path.glob("*.pdf")) == sorted(outcome.written)
    assert sum(len(procedure.documents(c)) for c in heard) == 2  # those written stay registered
    text = BatchSummary().text(outcome, str(tmp_path))
    assert text.startswith("Written: 2 file") and "Cancelled: 3 case" in text


def test_the_progress_dialogs_cancel_button_stops_the_worker(
    qtbot, procedure, heard, tmp_path: Path
) -> None:
    batch = BatchPrint(procedure, heard, DocumentKind.DECISION, "ru", str(tmp_path))
    qtbot.addWidget(batch.dialog)
    with qtbot.waitSignal(batch.finished, timeout=60_000) as done:
        with qtbot.waitSignal(batch.worker.progressed):
            batch.start()
        assert batch.dialog.isVisible()
        cancel = batch.dialog.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()  # the GUI thread is free while the worker writes the next document
    outcome = done.args[0]
    assert outcome.cancelled and 1 <= len(outcome.written) < 5
    assert not batch.is_running() and not batch.dialog.isVisible()


def test_the_main_window_prints_the_listed_cases_and_skips_those_without_a_hearing(
    qtbot, services, procedure, heard, prompts, tmp_path: Path
) -> None:
    body = services.bodies()[0].id
    today = date.today()
    services.register_case(case_input(today, today, serial=40, body_id=body))  # no hearing
    window = window_for(qtbot, services, prompts, procedure=procedure)
    assert window.model.rowCount() == 6
    commands = window.document_commands
    dialog = commands.print_listed()
    assert dialog is not None
    dialog.folder.setText(str(tmp_path))
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.DECISION.value))
    dialog.buttons.accepted.emit()
    assert commands.batch is not None
    qtbot.waitUntil(lambda: commands.batch is None, timeout=60_000)
    outcome = commands.last_outcome
    assert outcome is not None and len(outcome.written) == 5 and outcome.skipped == 1
    kind, text = prompts.calls[-1]
    assert kind == "info" and text.startswith("Written: 5 file") and "Skipped: 1 case" in text


def test_a_very_long_list_asks_first(
    qtbot, services, procedure, heard, prompts, monkeypatch
) -> None:
    monkeypatch.setattr(document_menu, "CONFIRM_ABOVE", 3)
    window = window_for(qtbot, services, prompts, procedure=procedure)
    assert window.document_commands.print_listed() is None  # the fake answers No
    assert prompts.kinds() == ["question"] and "5 cases are listed" in prompts.calls[0][1]
    prompts.answers["question"] = True
    assert window.document_commands.print_listed() is not None


def test_closing_the_window_stops_a_running_batch_first(
    qtbot, services, procedure, heard, prompts, tmp_path: Path
) -> None:
    window = window_for(qtbot, services, prompts, procedure=procedure)
    commands = window.document_commands
    batch = commands.start_batch(DocumentKind.DECISION, "ru", str(tmp_path))
    assert batch is not None and batch.is_running()
    window.close()
    assert not batch.is_running()
    qtbot.waitUntil(lambda: commands.batch is None)  # the summary still arrives
    outcome = commands.last_outcome
    assert outcome is not None and len(outcome.written) < 5 and outcome.cancelled
    assert prompts.calls == []  # no summary over a closing window
