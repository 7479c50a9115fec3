"""The case editor's Procedure tab: explanation, order, appeals and attachments on a real database."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from domain.model import CaseStatus
from domain.procedure_model import (
    AppealRoute,
    AttachmentKind,
    ExplanationOutcome,
    HearingOutcome,
)
from tests.ui import procedure_fixtures as fx
from tests.ui.conftest import case_input
from tests.ui.keys import type_text
from tests.ui.procedure_fixtures import OpenedUrls
from ui.case_editor import CaseEditor
from ui.deadline_text import date_text
from ui.messages import code_text
from ui.procedure_panel import ProcedurePanel

# The fixtures this module uses, under their own names.
procedure, commission_id, case_id = fx.procedure, fx.commission_id, fx.case_id

EXPLANATION_KK = "Мен кешіктім, себебі көлік бұзылды. Кешірім сұраймын: қайталанбайды."


@pytest.fixture
def opened() -> OpenedUrls:
    return OpenedUrls()


@pytest.fixture
def panel(qtbot, procedure, services, prompts, case_id, opened) -> ProcedurePanel:
    case = services.get_case(case_id)
    widget = ProcedurePanel(
        procedure,
        services,
        prompts,
        case_id,
        services.pack_for(case.committed_on),
        open_url=opened,
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def test_the_editor_has_a_procedure_tab_only_with_the_service(
    qtbot,
    services,
    prompts,
    procedure,
    case_id,
) -> None:
    case = services.get_case(case_id)
    without = CaseEditor(services, prompts, case, debounce_ms=0)
    qtbot.addWidget(without)
    assert without.procedure_panel is None
    titles = [without.tabs.tabText(i) for i in range(without.tabs.count())]
    assert "Procedure" not in titles

    editor = CaseEditor(services, prompts, case, debounce_ms=0, procedure=procedure)
    qtbot.addWidget(editor)
    assert editor.procedure_panel is not None
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert titles[-2:] == ["Procedure", "Documents"]
    assert "Тәртіптік комиссия" not in editor.procedure_panel.commission_line.text()  # en: ru
    assert "Дисциплинарная комиссия" in editor.procedure_panel.commission_line.text()

    new = CaseEditor(services, prompts, debounce_ms=0, procedure=procedure)
    qtbot.addWidget(new)
    index = [new.tabs.tabText(i) for i in range(new.tabs.count())].index("Procedure")
    assert not new.tabs.isTabEnabled(index)


def test_an_explanation_typed_in_kazakh_is_stored(panel, procedure, case_id) -> None:
    section = panel.explanation
    requested = date.today() - timedelta(days=6)
    section.requested.set_value(requested)
    due = procedure.explanation_due(requested)
    assert date_text(due) in section.due.text()
    section.outcome.setCurrentIndex(section.outcome.findData(ExplanationOutcome.RECEIVED))
    section.received.set_value(requested + timedelta(days=1))
    section.text.setFocus()
    type_text(section.text, EXPLANATION_KK)
    assert section.text.toPlainText() == EXPLANATION_KK
    section.save_button.click()

    stored = procedure.procedure(case_id).explanation
    assert stored is not None
    assert stored.outcome == ExplanationOutcome.RECEIVED
    assert stored.text == unicodedata.normalize("NFC", EXPLANATION_KK)
    assert stored.received_on == requested + timedelta(days=1)
    assert stored.due_on == due
    assert section.status.text() == "Explanation saved."
    assert section.text.toPlainText() == stored.text  # shown again as stored


def test_a_refused_explanation_is_refused_at_the_act_date_until_it_is_given(
    panel,
    procedure,
    case_id,
) -> None:
    section = panel.explanation
    section.requested.set_value(date.today() - timedelta(days=3))
    section.outcome.setCurrentIndex(section.outcome.findData(ExplanationOutcome.REFUSED))
    assert section.boxes["act_on"].isVisibleTo(section)
    assert not section.received.isEnabled()
    section.save_button.click()
    assert section.boxes["act_on"].error_text() == code_text("required")
    assert procedure.procedure(case_id).explanation is None
    section.act_on.set_value(date.today() - timedelta(days=2))
    section.witnesses.setPlainText("Ахметова Д. Б., кадр қызметінің басшысы")
    section.save_button.click()
    stored = procedure.procedure(case_id).explanation
    assert stored is not None and stored.outcome == ExplanationOutcome.REFUSED
    assert section.boxes["act_on"].error_text() == ""


def test_a_pending_explanation_past_its_due_day_is_warned_about(panel) -> None:
    section = panel.explanation
    section.requested.set_value(date.today() - timedelta(days=8))
    assert section.warning.isVisibleTo(section)
    assert date_text(section.due_on) in section.warning.text()
    section.outcome.setCurrentIndex(section.outcome.findData(ExplanationOutcome.ABSENT))
    assert not section.warning.isVisibleTo(section)


def test_an_order_imposing_a_penalty_decides_the_case(
    qtbot,
    services,
    prompts,
    procedure,
    case_id,
) -> None:
    editor = CaseEditor(
        services, prompts, services.get_case(case_id), debounce_ms=0, procedure=procedure
    )
    qtbot.addWidget(editor)
    panel = editor.procedure_panel
    assert panel is not None and panel.allowed
    order = panel.order
    order.official_name.setText("Бекова Сәуле Қанатқызы")
    order.official_position.setText("аппарат басшысы")
    order.signed_on.set_value(date.today())
    order.outcome.setCurrentIndex(order.outcome.findData(HearingOutcome.IMPOSE))
    penalty = panel.allowed[0]
    order.penalty.setCurrentIndex(order.penalty.findData(penalty))
    with qtbot.waitSignal(editor.case_saved):
        order.save_button.click()

    case = services.get_case(case_id)
    assert case.status == CaseStatus.DECIDED
    assert case.penalty == penalty and case.decided_on == date.today()
    stored = procedure.procedure(case_id).order
    assert stored is not None and stored.expires_on is not None
    assert date_text(stored.expires_on) in order.expires.text()
    assert date_text(stored.announce_due) in order.announce_due.text()
    # The Case tab shows the decision the order made; saving it would not undo it.
    assert editor.status.currentData() == CaseStatus.DECIDED
    assert editor.decided.value() == date.today()
    assert editor.penalty.value() == penalty


def test_an_order_without_its_signatory_is_refused_at_the_fields(
    panel,
    procedure,
    services,
    case_id,
) -> None:
    order = panel.order
    order.signed_on.set_value(date.today())
    order.save_button.click()
    assert order.boxes["official_name"].error_text() == code_text("required")
    assert order.boxes["penalty"].error_text() == code_text("required")
    assert procedure.procedure(case_id).order is None
    assert services.get_case(case_id).status == CaseStatus.HEARING


def test_an_appeal_is_added_with_its_deadline(qtbot, panel, procedure, case_id) -> None:
    order = panel.order
    order.official_name.setText("Бекова Сәуле Қанатқызы")
    order.official_position.setText("аппарат басшысы")
    order.signed_on.set_value(date.today())
    order.penalty.setCurrentIndex(order.penalty.findData(panel.allowed[0]))
    assert order.save()
    dialog = panel.appeals.add_appeal()
    dialog.route.setCurrentIndex(dialog.route.findData(AppealRoute.COURT))
    dialog.filed_on.set_value(date.today())
    with qtbot.waitSignal(dialog.appeal_saved):
        dialog.save()
    stored = procedure.procedure(case_id).appeals
    assert len(stored) == 1 and stored[0].route == AppealRoute.COURT
    model = panel.appeals.model
    assert model.rowCount() == 1
    assert model.index(0, model.ROUTE).data() == "Court"
    assert model.index(0, model.DEADLINE).data() == date_text(stored[0].deadline)
    assert not panel.appeals.empty.isVisibleTo(panel.appeals)


def test_an_appeal_before_the_order_is_refused(panel, procedure, case_id) -> None:
    dialog = panel.appeals.add_appeal()
    dialog.filed_on.set_value(date.today())
    assert dialog.save() is None
    assert dialog.boxes["filed_on"].error_text() == code_text("appeal.no_order")
    assert procedure.procedure(case_id).appeals == ()


def test_a_file_is_attached_listed_and_opened(
    panel,
    prompts,
    procedure,
    case_id,
    opened,
    tmp_path,
) -> None:
    scan = tmp_path / "түсініктеме.txt"
    scan.write_text("Түсініктеме мәтіні", encoding="utf-8")
    prompts.answers["open_file"] = str(scan)
    section = panel.attachments
    section.kind.setCurrentIndex(section.kind.findData(AttachmentKind.EVIDENCE))
    attachment_id = section.add_file()
    assert attachment_id is not None
    assert section.model.rowCount() == 1
    assert section.model.index(0, section.model.NAME).data() == "түсініктеме.txt"
    assert section.model.index(0, section.model.KIND).data() == "Evidence"
    assert panel.pages.tabText(panel.attachments_page) == "Attachments (1)"
    section.table.selectRow(0)
    assert section.open_selected()
    assert opened.urls[0].toLocalFile() == str(procedure.attachment_path(attachment_id))


def test_a_file_of_a_refused_type_is_explained(panel, prompts, tmp_path) -> None:
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf at all")
    prompts.answers["open_file"] = str(fake)
    section = panel.attachments
    assert section.add_file() is None
    assert section.message.isVisibleTo(section)
    assert section.message.text()
    assert section.model.rowCount() == 0


def test_the_scan_of_an_explanation_is_attached_to_it(
    panel,
    prompts,
    procedure,
    case_id,
    tmp_path,
) -> None:
    scan = tmp_path / "explanation.txt"
    scan.write_text("Explanation", encoding="utf-8")
    prompts.answers["open_file"] = str(scan)
    section = panel.explanation
    section.requested.set_value(date.today() - timedelta(days=3))
    section.outcome.setCurrentIndex(section.outcome.findData(ExplanationOutcome.RECEIVED))
    section.received.set_value(date.today() - timedelta(days=2))
    attachment_id = section.attach_scan()
    assert attachment_id is not None and section.scan.text() == "explanation.txt"
    assert section.save()
    record = procedure.procedure(case_id)
    assert record.explanation is not None and record.explanation.attachment_id == attachment_id
    assert record.attachments[0].kind == AttachmentKind.EXPLANATION
    assert panel.attachments.model.rowCount() == 1


def test_the_list_models_pass_qt_model_tester(
    qtmodeltester,
    panel,
    procedure,
    case_id,
    prompts,
    tmp_path,
) -> None:
    scan = tmp_path / "a.txt"
    scan.write_text("x", encoding="utf-8")
    panel.attachments.add_path(str(scan))
    for model in (panel.hearings, panel.appeals.model, panel.attachments.model):
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)
    assert panel.attachments.model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None


def sign_order(panel: ProcedurePanel, signed_on: date) -> None:
    order = panel.order
    order.official_name.setText("Бекова Сәуле Қанатқызы")
    order.official_position.setText("аппарат басшысы")
    order.signed_on.set_value(signed_on)
    order.penalty.setCurrentIndex(order.penalty.findData(panel.allowed[0]))


def test_an_order_not_announced_in_time_is_marked(panel) -> None:
    sign_order(panel, date.today() - timedelta(days=7))
    assert panel.order.save()
    assert panel.order.announce_due.text().startswith("not announced yet: it was due by ")


def test_an_order_out_of_time_asks_for_the_written_reason_at_its_field(
    qtbot, procedure, services, prompts
) -> None:
    today = date.today()
    late_case = services.register_case(
        case_input(
            today - timedelta(days=100),
            today - timedelta(days=90),
            status=CaseStatus.HEARING,
            serial=7,
            body_id=services.bodies()[0].id,
        )
    )
    panel = ProcedurePanel(
        procedure,
        services,
        prompts,
        late_case,
        services.pack_for(today - timedelta(days=100)),
        open_url=OpenedUrls(),
    )
    qtbot.addWidget(panel)
    order = panel.order
    assert not order.boxes["override_reason"].isVisibleTo(order)
    sign_order(panel, today)
    assert not order.save()
    assert order.boxes["signed_on"].error_text().startswith("Out of time: the last permissible day")
    assert order.boxes["override_reason"].isVisibleTo(order)
    assert services.get_case(late_case).status == CaseStatus.HEARING
    order.override_reason.setPlainText("Қызметкер ұзақ уақыт ауырды; комиссия кейін жиналды.")
    assert order.save()
    assert services.get_case(late_case).status == CaseStatus.DECIDED


def test_the_case_tab_follows_the_status_the_procedure_moved_the_case_to(
    qtbot, procedure, services, prompts, commission_id
) -> None:
    today = date.today()
    registered = services.register_case(
        case_input(
            today - timedelta(days=12),
            today - timedelta(days=8),
            serial=5,
            body_id=services.bodies()[0].id,
        )
    )
    editor = CaseEditor(
        services, prompts, services.get_case(registered), debounce_ms=0, procedure=procedure
    )
    qtbot.addWidget(editor)
    assert editor.status.currentData() == CaseStatus.REGISTERED
    panel = editor.procedure_panel
    assert panel is not None
    panel.explanation.requested.set_value(today - timedelta(days=1))
    with qtbot.waitSignal(editor.case_saved):
        assert panel.explanation.save()
    assert services.get_case(registered).status == CaseStatus.INVESTIGATION
    assert editor.status.currentData() == CaseStatus.INVESTIGATION
    # Saving the Case tab now keeps the status the procedure set.
    editor.description.setPlainText("Жұмысқа кешігу.")
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.save_button.click()
    assert services.get_case(registered).status == CaseStatus.INVESTIGATION
