"""The hearing dialog: members from the composition, live quorum and count, recusals, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain.procedure_model import HearingOutcome, MemberRole, Vote
from tests.ui import procedure_fixtures as fx
from tests.ui.keys import type_text
from tests.ui.procedure_fixtures import MEMBERS, OpenedUrls
from ui.hearing_dialog import HearingDialog
from ui.hearing_table_model import AttendanceModel
from ui.messages import code_text
from ui.procedure_panel import ProcedurePanel

# The fixtures this module uses, under their own names.
procedure, commission_id, case_id = fx.procedure, fx.commission_id, fx.case_id

PLACE_KK = "Астана қ., Мәңгілік Ел даңғылы, 8, мәжіліс залы"


@pytest.fixture
def panel(qtbot, procedure, services, prompts, case_id) -> ProcedurePanel:
    case = services.get_case(case_id)
    widget = ProcedurePanel(
        procedure,
        services,
        prompts,
        case_id,
        services.pack_for(case.committed_on),
        open_url=OpenedUrls(),
    )
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialog(panel) -> HearingDialog:
    assert panel.new_hearing_button.isEnabled()
    opened = panel.new_hearing()
    assert opened is not None
    return opened


def set_check(model: AttendanceModel, row: int, column: int, on: bool) -> bool:
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    return model.setData(model.index(row, column), state.value, Qt.ItemDataRole.CheckStateRole)


def vote_all(model: AttendanceModel, vote: Vote) -> None:
    for row in range(model.rowCount()):
        if model.can_vote(row):
            assert model.setData(model.index(row, AttendanceModel.VOTE), vote.value)


def test_a_new_hearing_lists_the_composition_all_present(dialog) -> None:
    model = dialog.model
    assert [m.full_name for m in model.members()] == [m.full_name for m in MEMBERS]
    assert all(m.present and m.vote is None for m in model.members())
    secretary = next(i for i, m in enumerate(MEMBERS) if m.role == MemberRole.SECRETARY)
    assert not model.can_vote(secretary)
    assert model.index(secretary, AttendanceModel.VOTE).data() == "does not vote"
    assert dialog.held_on.date().toPython() == date.today()
    # 4 voting members, 2/3 of them needed: 3.
    assert dialog.tally is not None and dialog.tally.quorum_needed == 3
    assert "4 of 4 present, 3 needed — met" in dialog.tally_line.text()


def test_unchecking_attendance_until_the_quorum_fails_is_said_and_confirmed(
    qtbot,
    dialog,
    procedure,
    case_id,
    prompts,
) -> None:
    model = dialog.model
    dialog.place.setFocus()
    type_text(dialog.place, PLACE_KK)
    vote_all(model, Vote.FOR)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(HearingOutcome.IMPOSE))
    dialog.penalty.setCurrentIndex(1)
    assert "met" in dialog.tally_line.text() and "adopted" in dialog.tally_line.text()
    voting = [row for row in range(model.rowCount()) if model.can_vote(row)]
    assert set_check(model, voting[-1], AttendanceModel.PRESENT, False)
    assert dialog.tally is not None and dialog.tally.quorum_met  # 3 of 4: still enough
    assert set_check(model, voting[-2], AttendanceModel.PRESENT, False)
    assert dialog.tally is not None and not dialog.tally.quorum_met
    assert "2 of 4 present, 3 needed — NOT met" in dialog.tally_line.text()
    assert dialog.tally_line.text().endswith("not adopted.")
    assert model.members()[voting[-1]].vote is None  # an absent member's vote is cleared

    # Not adopted: kept only once the secretary confirms it is recorded as it went.
    assert dialog.save() is None
    assert prompts.kinds() == ["question"] and "quorum is not met" in prompts.calls[0][1]
    assert procedure.procedure(case_id).hearings == ()
    prompts.answers["question"] = True
    with qtbot.waitSignal(dialog.hearing_saved):
        dialog.save_button.click()
    stored = procedure.procedure(case_id).hearings
    assert len(stored) == 1 and not stored[0].tally.quorum_met and not stored[0].tally.adopted
    assert stored[0].tally.present == 2


def test_a_recused_member_cannot_vote_and_must_say_why(
    qtbot,
    dialog,
    procedure,
    case_id,
) -> None:
    model = dialog.model
    vote_all(model, Vote.FOR)
    row = next(
        i for i in range(model.rowCount()) if model.members()[i].full_name == MEMBERS[2].full_name
    )
    assert set_check(model, row, AttendanceModel.RECUSED, True)
    assert model.members()[row].vote is None  # the vote given before is withdrawn
    assert not model.can_vote(row)
    vote_cell = model.index(row, AttendanceModel.VOTE)
    assert not model.flags(vote_cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(vote_cell, Vote.AGAINST.value)
    assert model.members()[row].vote is None
    assert model.data(vote_cell, Qt.ItemDataRole.ToolTipRole) == (
        "A recused member takes no part in the vote."
    )

    dialog.outcome.setCurrentIndex(dialog.outcome.findData(HearingOutcome.NONE))
    assert dialog.save() is None
    reason = code_text("hearing.recusal_reason_required")
    assert reason in dialog.boxes["members"].error_text()
    assert MEMBERS[2].full_name in dialog.boxes["members"].error_text()
    reason_cell = model.index(row, AttendanceModel.REASON)
    assert model.data(reason_cell, Qt.ItemDataRole.ToolTipRole) == reason

    assert model.setData(reason_cell, "айыпталушының туысы")
    with qtbot.waitSignal(dialog.hearing_saved):
        dialog.save_button.click()
    hearings = procedure.procedure(case_id).hearings
    assert len(hearings) == 1
    stored = hearings[0].members[row]
    assert stored.recused and stored.vote is None and stored.recusal_reason == "айыпталушының туысы"


def test_a_hearing_voting_a_penalty_is_recorded_and_listed(
    qtbot,
    panel,
    dialog,
    procedure,
    case_id,
) -> None:
    model = dialog.model
    dialog.place.setText(PLACE_KK)
    vote_all(model, Vote.FOR)
    against = next(r for r in range(model.rowCount()) if model.can_vote(r))
    model.setData(model.index(against, AttendanceModel.VOTE), Vote.AGAINST.value)
    model.setData(model.index(against, AttendanceModel.DISSENT), "Ескерту жеткілікті.")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(HearingOutcome.IMPOSE))
    assert dialog.penalty.isEnabled()
    dialog.penalty.setCurrentIndex(dialog.penalty.findData(panel.allowed[0]))
    assert dialog.tally is not None and dialog.tally.adopted
    assert "For 3, against 1, abstained 0 — adopted." in dialog.tally_line.text()
    with qtbot.waitSignal(dialog.hearing_saved):
        dialog.save_button.click()

    stored = procedure.procedure(case_id).hearings[0]
    assert stored.place == PLACE_KK and stored.proposed_penalty == panel.allowed[0]
    assert stored.members[against].dissent == "Ескерту жеткілікті."
    assert panel.hearings.rowCount() == 1
    assert "adopted" in panel.hearings.index(0, panel.hearings.TALLY).data()
    panel.hearing_table.selectRow(0)
    again = panel.open_selected_hearing()
    assert again is not None and again.hearing_id == stored.id
    assert again.model.members() == stored.members


def test_a_penalty_is_proposed_only_when_imposing(dialog) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(HearingOutcome.INVESTIGATE))
    assert not dialog.penalty.isEnabled()
    dialog.penalty.setCurrentIndex(1)
    assert dialog.hearing_input().proposed_penalty is None


def test_attendance_model_passes_qt_model_tester(qtmodeltester, dialog) -> None:
    qtmodeltester.check(dialog.model, force_py=True)
    qtmodeltester.check(dialog.model)
