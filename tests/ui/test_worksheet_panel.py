"""The criteria worksheet tab: inline notes, the live recommendation, versions in the history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from domain.criteria import Rating, Worksheet, WorksheetItem
from domain.model import CaseStatus
from tests.ui.conftest import case_input
from tests.ui.keys import type_text
from ui.case_editor import CaseEditor
from ui.messages import code_text
from ui.penalty_text import class_name
from ui.worksheet_panel import WorksheetHistoryModel, WorksheetPanel

CLASS_ORDER = ["minor", "significant", "gross"]


@pytest.fixture
def case_id(services) -> int:  # type: ignore[no-untyped-def]
    today = date.today()
    data = case_input(
        today - timedelta(days=12),
        today - timedelta(days=4),
        body_id=services.bodies()[0].id,
        status=CaseStatus.HEARING,
    )
    return services.register_case(replace(data, penalty="reprimand"))


@pytest.fixture
def editor(qtbot, services, prompts, case_id) -> CaseEditor:  # type: ignore[no-untyped-def]
    dialog = CaseEditor(services, prompts, services.get_case(case_id), debounce_ms=0)
    qtbot.addWidget(dialog)
    return dialog


def sheet(editor: CaseEditor) -> WorksheetPanel:
    assert editor.worksheet is not None
    return editor.worksheet


def rate(panel: WorksheetPanel, code: str, rating: Rating, note: str = "") -> None:
    row = panel.rows[code]
    row.rating.setCurrentIndex(row.rating.findData(rating.value))
    row.note.setText(note)


def recommended_class(panel: WorksheetPanel) -> str:
    assert panel.recommendation is not None
    return panel.recommendation.severity_class


def test_a_new_case_has_no_worksheet_yet(qtbot, services, prompts) -> None:
    editor = CaseEditor(services, prompts, debounce_ms=0)
    qtbot.addWidget(editor)
    assert editor.worksheet is None
    assert not editor.tabs.isTabEnabled(editor.worksheet_tab)


def test_every_criterion_of_the_pack_has_a_row_and_computed_ones_link_instead(
    editor, services
) -> None:
    panel = sheet(editor)
    pack = services.pack_for(date.today())
    assert list(panel.rows) == [c.code for c in pack.criteria]
    nature = panel.rows["nature"]
    assert nature.title.toolTip() == pack.criterion("nature").guidance.en
    assert nature.badge.isHidden() and not panel.rows["notoriety"].badge.isHidden()
    consistency = panel.rows["consistency"]
    assert consistency.rating.isHidden() and "href" in consistency.summary.text()
    editor.tabs.setCurrentIndex(editor.worksheet_tab)
    consistency.summary.linkActivated.emit("#consistency")
    assert editor.tabs.currentIndex() == editor.penalty_tab


def test_a_missing_note_is_said_inline_and_blocks_saving(qtbot, editor) -> None:
    panel = sheet(editor)
    rate(panel, "consequences", Rating.AGGRAVATING)
    expected = code_text(
        "criteria.note_required", {"criterion": "consequences", "rating": "aggravating"}
    )
    assert (
        panel.rows["consequences"].error_text()
        == expected
        == ("Rated aggravating: write down why in the note.")
    )
    assert not panel.save_button.isEnabled()
    panel.rows["consequences"].note.setFocus()
    type_text(panel.rows["consequences"].note, "Азаматтың өтініші кешіктірілді")
    assert panel.rows["consequences"].error_text() == ""
    assert panel.save_button.isEnabled()
    # Neutral and not applicable need no note.
    rate(panel, "nature", Rating.NEUTRAL)
    rate(panel, "notice", Rating.NOT_APPLICABLE)
    assert panel.save_button.isEnabled()


def test_aggravating_ratings_move_the_live_recommendation_up_never_down(
    qtbot, editor, services
) -> None:
    panel = sheet(editor)
    qtbot.waitUntil(lambda: panel.recommendation is not None)
    start = CLASS_ORDER.index(recommended_class(panel))
    assert recommended_class(panel) == "significant"  # general offence: the middle class
    assert panel.decides.text() == "The app recommends, the commission decides."
    levels = [start]
    # A rating moves the recommendation at once, before its note is written.
    for code in ("nature", "circumstances", "consequences"):
        with qtbot.waitSignal(panel.recommended):
            rate(panel, code, Rating.AGGRAVATING)
        levels.append(CLASS_ORDER.index(recommended_class(panel)))
    assert levels == sorted(levels) and levels[-1] > start
    pack = services.pack_for(date.today())
    assert panel.recommended_class.text() == class_name("gross", pack) == "Gross offence"
    assert any("(the note is still to be written)" in line for line in panel.reason_lines())
    assert "outside the recommendation" in panel.comparison.text()  # reprimand is chosen
    # Mitigation brings it back down; the reasons name the criteria.
    for code in ("previous_behaviour", "personal", "length_of_service"):
        rate(panel, code, Rating.MITIGATING, "Бұрын жазасы болмаған")
    assert CLASS_ORDER.index(recommended_class(panel)) < levels[-1]
    assert any(
        line.startswith("The servant's previous behaviour: mitigating")
        for line in panel.reason_lines()
    )


def test_saving_makes_a_new_version_listed_with_time_and_author(qtbot, editor, services) -> None:
    panel = sheet(editor)
    case_id = panel.case_id
    assert panel.history_model.rowCount() == 0
    rate(panel, "nature", Rating.AGGRAVATING, "Қасақана")
    with qtbot.waitSignal(panel.saved) as saved:
        panel.save_button.click()
    assert saved.args == [1]
    assert panel.history_model.rowCount() == 1
    assert panel.history_model.index(0, 2).data() == "test"  # the service's actor
    assert panel.status.text() == "Saved as version 1."
    assert not panel.save_button.isEnabled()  # nothing changed since

    rate(panel, "personal", Rating.MITIGATING, "Мінездемесі жақсы")
    assert panel.status.text() == "Unsaved changes."
    panel.save()
    history = services.worksheet_history(case_id)
    assert [v.version for v in history] == [1, 2]
    assert panel.history_model.rowCount() == 2
    assert panel.history.currentIndex().row() == 1  # the latest is selected and shown
    assert "Мінездемесі жақсы" in panel.version_details.text()
    assert {i.code for i in services.worksheet(case_id).items} == {"nature", "personal"}


def test_a_stored_worksheet_is_loaded_into_the_form(qtbot, services, prompts, case_id) -> None:
    services.save_worksheet(
        case_id, Worksheet((WorksheetItem("notoriety", Rating.MITIGATING, "Жария болмады"),))
    )
    editor = CaseEditor(services, prompts, services.get_case(case_id), debounce_ms=0)
    qtbot.addWidget(editor)
    row = sheet(editor).rows["notoriety"]
    assert row.rating.currentData() == "mitigating" and row.note.text() == "Жария болмады"
    assert sheet(editor).status.text() == "Version 1 is shown."


def test_history_model_passes_qt_model_tester(qtmodeltester, services, case_id) -> None:
    services.save_worksheet(case_id, Worksheet((WorksheetItem("nature", Rating.NEUTRAL),)))
    services.save_worksheet(case_id, Worksheet())
    model = WorksheetHistoryModel()
    model.set_versions(services.worksheet_history(case_id), services.pack_for(date.today()))
    assert model.rowCount() == 2
    assert model.index(1, 3).data() == "—"  # the second version rated nothing
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
