"""Settings → Commissions: names, bodies served, compositions by date, refusals at their fields."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from domain.procedure_model import CommissionMember, MemberRole
from tests.ui import procedure_fixtures as fx
from tests.ui.conftest import make_context
from tests.ui.keys import type_text
from tests.ui.procedure_fixtures import MEMBERS
from ui.commission_dialog import CommissionDialog
from ui.composition_table import CompositionModel
from ui.main_window import MainWindow
from ui.messages import code_text

# The fixtures this module uses, under their own names.
procedure, commission_id = fx.procedure, fx.commission_id

NAME_KK = "Тәртіптік комиссия"
NAME_RU = "Дисциплинарная комиссия"


@pytest.fixture
def dialog(qtbot, procedure, services, prompts) -> CommissionDialog:
    widget = CommissionDialog(procedure, services, prompts)
    qtbot.addWidget(widget)
    return widget


def check_bodies(dialog: CommissionDialog, count: int) -> None:
    for row in range(count):
        dialog.bodies.item(row).setCheckState(Qt.CheckState.Checked)


def fill_members(dialog: CommissionDialog, members: tuple[CommissionMember, ...]) -> None:
    """Type the members into the table the way the delegates would store them."""
    model = dialog.composition.model
    while model.rowCount() < len(members):
        dialog.composition.add_member()
    for row, member in enumerate(members):
        model.setData(model.index(row, CompositionModel.NAME), member.full_name)
        model.setData(model.index(row, CompositionModel.POSITION), member.position)
        model.setData(model.index(row, CompositionModel.ROLE), member.role.value)
        votes = Qt.CheckState.Checked if member.votes else Qt.CheckState.Unchecked
        model.setData(
            model.index(row, CompositionModel.VOTES), votes.value, Qt.ItemDataRole.CheckStateRole
        )


def new_composition(dialog: CommissionDialog, valid_from: date) -> None:
    dialog.composition.new_from.setDate(QDate(valid_from.year, valid_from.month, valid_from.day))
    dialog.composition.new_button.click()


def test_a_commission_serving_two_bodies_is_created_with_its_composition(
    qtbot,
    dialog,
    procedure,
    services,
) -> None:
    assert dialog.list.count() == 0
    assert not dialog.save_button.isEnabled()  # a blank form: names and bodies are missing
    assert all(box.error_text() == "" for box in dialog.boxes.values())  # ... said quietly
    dialog.name_ru.setText(NAME_RU)
    dialog.name_kk.setFocus()
    type_text(dialog.name_kk, NAME_KK)
    assert dialog.name_kk.text() == NAME_KK
    check_bodies(dialog, 2)
    start = date.today() - timedelta(days=30)
    new_composition(dialog, start)
    assert dialog.composition.model.rowCount() == 1  # a first composition starts with its chair
    fill_members(dialog, MEMBERS)
    assert dialog.errors == []
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.commission_saved) as saved:
        dialog.save_button.click()

    stored = procedure.commission(saved.args[0])
    assert (stored.name_ru, stored.name_kk) == (NAME_RU, NAME_KK)
    assert set(stored.body_ids) == {b.id for b in services.bodies()[:2]}
    assert len(stored.compositions) == 1
    composition = stored.compositions[0]
    assert composition.valid_from == start
    assert [m.full_name for m in composition.members] == [m.full_name for m in MEMBERS]
    assert composition.members[1].role == MemberRole.SECRETARY and not composition.members[1].votes
    assert composition.quorum is None  # the rule pack's two thirds
    assert dialog.list.count() == 1 and dialog.list.item(0).text() == NAME_RU
    assert dialog.status.text() == "Commission saved."
    assert not dialog.save_button.isEnabled()  # nothing changed since


def test_a_composition_without_a_chair_is_refused_at_the_members_and_nothing_is_saved(
    qtbot,
    dialog,
    procedure,
) -> None:
    dialog.name_ru.setText(NAME_RU)
    dialog.name_kk.setText(NAME_KK)
    check_bodies(dialog, 1)
    new_composition(dialog, date.today())
    no_chair = tuple(
        CommissionMember(m.full_name, m.position, MemberRole.MEMBER, True) for m in MEMBERS
    )
    fill_members(dialog, no_chair)

    message = code_text("commission.chair_count", {"count": 0})
    assert dialog.boxes["members"].error_text() == message
    assert not dialog.save_button.isEnabled()
    assert message in dialog.save_button.toolTip()
    assert "1 problem:" in dialog.problems.text()
    assert dialog.save() is None  # even forced
    assert procedure.commissions() == []

    dialog.composition.model.setData(
        dialog.composition.model.index(0, CompositionModel.ROLE), MemberRole.CHAIR.value
    )
    assert dialog.boxes["members"].error_text() == ""
    assert dialog.save_button.isEnabled()


def test_a_blank_member_name_marks_its_cell(dialog) -> None:
    dialog.name_ru.setText(NAME_RU)
    dialog.name_kk.setText(NAME_KK)
    check_bodies(dialog, 1)
    new_composition(dialog, date.today())
    fill_members(dialog, MEMBERS)
    model = dialog.composition.model
    model.setData(model.index(2, CompositionModel.NAME), "")
    tooltip = model.data(model.index(2, CompositionModel.NAME), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == code_text("required")
    assert dialog.boxes["members"].error_text().startswith("Member 3: ")
    assert not dialog.save_button.isEnabled()


def test_a_new_composition_copies_the_one_in_force_and_keeps_the_old_one(
    qtbot,
    procedure,
    services,
    prompts,
    commission_id,
) -> None:
    dialog = CommissionDialog(procedure, services, prompts)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert dialog.composition.model.rowCount() == len(MEMBERS)
    assert not dialog.save_button.isEnabled()
    new_composition(dialog, date.today())
    model = dialog.composition.model
    assert model.members() == MEMBERS  # copied
    assert dialog.composition.versions.count() == 2
    assert "(not saved yet)" in dialog.composition.versions.currentText()
    dialog.composition.table.selectRow(4)
    dialog.composition.remove_button.click()
    dialog.composition.default_quorum.setChecked(False)
    dialog.composition.numerator.setValue(3)
    dialog.composition.denominator.setValue(4)
    with qtbot.waitSignal(dialog.commission_saved):
        dialog.save_button.click()
    stored = procedure.commission(commission_id)
    assert [len(c.members) for c in stored.compositions] == [5, 4]
    assert stored.compositions[1].quorum == (3, 4)
    assert stored.compositions[0].quorum is None


def test_two_compositions_from_the_same_day_are_refused(
    qtbot,
    procedure,
    services,
    prompts,
    commission_id,
) -> None:
    dialog = CommissionDialog(procedure, services, prompts)
    qtbot.addWidget(dialog)
    old = procedure.commission(commission_id).compositions[0].valid_from
    new_composition(dialog, old)
    assert code_text("commission.valid_from_duplicate", {"valid_from": old.isoformat()}) == (
        dialog.boxes["valid_from"].error_text()
    )
    assert not dialog.save_button.isEnabled()
    assert len(procedure.commission(commission_id).compositions) == 1


def test_moving_members_keeps_the_signing_order(dialog) -> None:
    new_composition(dialog, date.today())
    fill_members(dialog, MEMBERS[:3])
    editor = dialog.composition
    editor.table.selectRow(2)
    assert not editor.down_button.isEnabled()
    editor.up_button.click()
    assert [m.full_name for m in editor.model.members()] == [
        MEMBERS[0].full_name,
        MEMBERS[2].full_name,
        MEMBERS[1].full_name,
    ]
    assert editor.selected_row() == 1
    editor.down_button.click()
    assert editor.model.members() == MEMBERS[:3]


def test_composition_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = CompositionModel()
    model.set_members(MEMBERS)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.add_member()
    model.move_member(0, 1)
    model.remove_member(3)
    qtmodeltester.check(model, force_py=True)


def test_the_settings_menu_opens_the_commissions_only_with_the_service(
    qtbot, services, prompts, procedure
) -> None:
    without = MainWindow(make_context(services), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(without)
    assert not without.commissions_action.isEnabled()
    assert without.commission_command.open() is None

    window = MainWindow(make_context(services, procedure=procedure), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    assert window.commissions_action in window.settings_menu.actions()
    assert window.commissions_action.isEnabled()
    window.commissions_action.trigger()
    dialog = window.commission_command.dialog
    assert isinstance(dialog, CommissionDialog) and dialog.isVisible()
    assert window.commission_command.open() is dialog  # one dialog, raised again
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert window.commission_command.dialog is None
