"""The consistency panel (comparable cases and their chart) and the table of penalties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from domain.model import CaseFilter, CaseStatus, PenaltyTableEntry
from ui.case_editor import CaseEditor
from ui.consistency_panel import BAR_PROPOSED, ComparablesModel, ConsistencyPanel
from ui.messages import code_text
from ui.penalty_table_dialog import PenaltyTableDialog, PenaltyTableModel


def decided_with_comparables(services) -> int:  # type: ignore[no-untyped-def]
    """The decided demo case with the most comparable cases in its own body, among those whose
    own penalty was also imposed in comparable cases of any body (so its bar is drawn)."""
    best: tuple[int, int, int] | None = None
    for row in services.list_cases(CaseFilter(status=CaseStatus.DECIDED), limit=500):
        wide = services.comparable_cases(row.id, any_body=True, limit=0)
        if row.penalty not in wide.distribution:
            continue
        key = (services.comparable_cases(row.id, limit=0).total, wide.total, row.id)
        best = max(best, key) if best else key
    assert best is not None and best[0] >= 2, "the demo has no decided case with comparables"
    return best[2]


@pytest.fixture
def case_id(demo_services) -> int:  # type: ignore[no-untyped-def]
    return decided_with_comparables(demo_services)


def open_penalty_tab(qtbot, editor: CaseEditor) -> ConsistencyPanel:  # type: ignore[no-untyped-def]
    editor.show()
    qtbot.waitExposed(editor)
    with qtbot.waitSignal(editor.consistency.loaded):
        editor.show_penalty_tab()
    return editor.consistency


def test_the_chart_counts_what_the_service_counts(qtbot, demo_services, prompts, case_id) -> None:
    case = demo_services.get_case(case_id)
    editor = CaseEditor(demo_services, prompts, case, debounce_ms=0)
    qtbot.addWidget(editor)
    panel = open_penalty_tab(qtbot, editor)
    expected = demo_services.comparable_cases(case_id).distribution
    assert panel.chart.counts() == expected
    assert panel.model.rowCount() == min(sum(expected.values()), 200)
    assert case_id not in {r.id for r in panel.model.rows}
    assert panel.table.isColumnHidden(2)  # one body: its column is hidden

    with qtbot.waitSignal(panel.loaded):
        panel.body.setCurrentIndex(panel.body.findData(True))  # any state body
    wider = demo_services.comparable_cases(case_id, any_body=True).distribution
    assert panel.chart.counts() == wider
    assert sum(wider.values()) >= sum(expected.values())
    assert not panel.table.isColumnHidden(2)
    with qtbot.waitSignal(panel.loaded):
        panel.years.setValue(1)
    assert panel.chart.counts() == (
        demo_services.comparable_cases(case_id, any_body=True, years=1).distribution
    )


def test_the_proposed_penalty_is_highlighted_in_the_chart(
    qtbot, demo_services, prompts, case_id
) -> None:
    case = demo_services.get_case(case_id)
    editor = CaseEditor(demo_services, prompts, case, debounce_ms=0)
    qtbot.addWidget(editor)
    panel = open_penalty_tab(qtbot, editor)
    with qtbot.waitSignal(panel.loaded):
        panel.body.setCurrentIndex(panel.body.findData(True))  # any body: the bar is drawn
    proposed = case.penalty
    assert panel.chart.proposed == proposed
    assert panel.chart.counts()[proposed] > 0
    codes = [r.code for r in panel.chart.rows]
    image = panel.chart.grab().toImage()
    ratio = image.devicePixelRatio()
    checked = []
    for index, code in enumerate(codes):
        bar = panel.chart.bar_rect(index)
        if bar.width() < 4:
            continue
        checked.append(code)
        centre = bar.center()
        colour = QColor(image.pixel(int(centre.x() * ratio), int(centre.y() * ratio)))
        assert (colour == BAR_PROPOSED) == (code == proposed), code
    assert proposed in checked and len(checked) > 1
    assert "The penalty chosen for this case" in panel.legend.text()


def test_activating_a_comparable_case_opens_it_read_only(
    qtbot, demo_services, prompts, case_id
) -> None:
    editor = CaseEditor(demo_services, prompts, demo_services.get_case(case_id), debounce_ms=0)
    qtbot.addWidget(editor)
    panel = open_penalty_tab(qtbot, editor)
    other = panel.model.rows[0].id
    panel.table.activated.emit(panel.model.index(0, 1))
    viewer = editor.viewer
    assert viewer is not None and viewer.read_only
    assert viewer.windowTitle().endswith("(read only)")
    assert viewer.save_button.isHidden() and viewer.full_name.isReadOnly()
    assert not viewer.offence.isEnabled()
    assert viewer.worksheet is not None and viewer.worksheet.save_button.isHidden()
    assert demo_services.get_case(other).number in viewer.windowTitle()
    viewer.reject()


def test_comparables_model_passes_qt_model_tester(qtmodeltester, demo_services, case_id) -> None:
    model = ComparablesModel()
    found = demo_services.comparable_cases(case_id, any_body=True)
    model.set_rows(found.cases, demo_services.pack_for(date.today()))
    assert model.rowCount() == len(found.cases) > 0
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


# -- the table of penalties ---------------------------------------------------------------------


@pytest.fixture
def table_dialog(qtbot, services, prompts) -> PenaltyTableDialog:  # type: ignore[no-untyped-def]
    dialog = PenaltyTableDialog(services, prompts)
    qtbot.addWidget(dialog)
    return dialog


def fill_entry(dialog: PenaltyTableDialog, low: str, high: str, occurrence: int = 1) -> None:
    dialog.offence.setCurrentIndex(dialog.offence.findData("art44"))
    dialog.occurrence.setCurrentIndex(dialog.occurrence.findData(occurrence))
    dialog.min_penalty.setCurrentIndex(dialog.min_penalty.findData(low))
    dialog.max_penalty.setCurrentIndex(dialog.max_penalty.findData(high))


def test_table_of_penalties_adds_and_removes_entries(table_dialog, services) -> None:
    body_id = table_dialog.body.currentData()
    assert table_dialog.model.rowCount() == 0 and not table_dialog.empty.isHidden()
    assert not table_dialog.add_button.isEnabled()  # no offence chosen yet
    fill_entry(table_dialog, "reprimand", "severe_reprimand", occurrence=2)
    assert table_dialog.add_button.isEnabled()
    entry_id = table_dialog.add_entry()
    assert entry_id is not None
    assert table_dialog.model.rowCount() == 1
    stored = services.penalty_table(body_id, None)
    assert [(e.offence, e.occurrence, e.min_penalty, e.max_penalty) for e in stored] == [
        ("art44", 2, "reprimand", "severe_reprimand")
    ]
    assert table_dialog.model.index(0, 2).data() == "Reprimand – Severe reprimand"
    assert table_dialog.model.index(0, 1).data() == "2nd offence"

    table_dialog.table.selectRow(0)
    assert table_dialog.remove_button.isEnabled()
    assert table_dialog.remove_selected()
    assert table_dialog.model.rowCount() == 0
    assert services.penalty_table(body_id, None) == []


def test_a_reversed_range_is_said_under_the_form(table_dialog) -> None:
    fill_entry(table_dialog, "dismissal", "remark")
    expected = code_text(
        "penalty_table.range_reversed", {"min_penalty": "dismissal", "max_penalty": "remark"}
    )
    assert table_dialog.message.text() == f"Most severe penalty: {expected}"
    assert expected.startswith("The range is reversed: dismissal from")
    assert not table_dialog.add_button.isEnabled()
    table_dialog.max_penalty.setCurrentIndex(table_dialog.max_penalty.findData("dismissal"))
    assert table_dialog.message.isHidden() and table_dialog.add_button.isEnabled()


def test_entries_are_versioned_by_the_date_they_apply_from(table_dialog, services) -> None:
    body_id = table_dialog.body.currentData()
    today = date.today()
    old = PenaltyTableEntry(
        None, body_id, "art44", 1, "remark", "reprimand", today - timedelta(days=400)
    )
    services.set_penalty_table_entry(old)
    services.set_penalty_table_entry(
        PenaltyTableEntry(None, body_id, "art44", 1, "reprimand", "dismissal", today)
    )
    table_dialog.reload()
    assert table_dialog.model.rowCount() == 1  # in force today: the newer one
    assert table_dialog.model.entries[0].max_penalty == "dismissal"
    day = today - timedelta(days=100)
    table_dialog.on.setDate(QDate(day.year, day.month, day.day))
    assert table_dialog.model.entries[0].max_penalty == "reprimand"
    table_dialog.every.setChecked(True)
    assert table_dialog.model.rowCount() == 2
    # Every version is listed; the one no longer in force is greyed.
    in_force = [table_dialog.model.in_force(r) for r in range(2)]
    dates = [e.valid_from for e in table_dialog.model.entries]
    assert in_force == [d == today for d in dates]


def test_penalty_table_model_passes_qt_model_tester(qtmodeltester, services) -> None:
    body_id = services.bodies()[0].id
    for occurrence in (1, 2, 3):
        services.set_penalty_table_entry(
            PenaltyTableEntry(
                None, body_id, "art44", occurrence, "remark", "dismissal", date.today()
            )
        )
    model = PenaltyTableModel()
    model.set_entries(services.penalty_table(body_id, None), services.pack_for(date.today()))
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_settings_menu_opens_the_table_of_penalties(qtbot, services) -> None:
    from tests.ui.conftest import make_context
    from ui.main_window import MainWindow

    window = MainWindow(make_context(services), debounce_ms=0)
    qtbot.addWidget(window)
    window.penalty_table_action.trigger()
    assert window.penalty_table_dialog is not None
    assert window.penalty_table_dialog.isVisible()
    window.penalty_table_dialog.reject()
