"""The case editor's penalty: the statutory bounds in the combo, the justification, saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from domain.model import CaseStatus
from tests.ui.conftest import case_input
from tests.ui.keys import type_text
from tests.ui.test_case_editor import fill_valid
from ui.case_editor import CaseEditor
from ui.messages import code_text
from ui.penalty_panel import why_not
from ui.penalty_text import penalty_name

ALL = [
    "remark",
    "reprimand",
    "severe_reprimand",
    "warning_incomplete_conformity",
    "demotion",
    "dismissal",
]


@pytest.fixture
def editor(qtbot, services, prompts) -> CaseEditor:  # type: ignore[no-untyped-def]
    dialog = CaseEditor(services, prompts, debounce_ms=0)
    qtbot.addWidget(dialog)
    return dialog


def choose_offence(editor: CaseEditor, code: str) -> None:
    editor.offence.setCurrentIndex(editor.offence.findData(code))


def bounds_for(editor: CaseEditor, offence: str) -> bool:
    """The editor shows the statutory bounds of `offence` (not the unbounded placeholder)."""
    review = editor.review
    return review is not None and review.bounds is not None and review.bounds.offence == offence


def item_tooltip(editor: CaseEditor, code: str) -> str:
    combo = editor.penalty.penalty
    return str(combo.itemData(combo.findData(code), 3))  # Qt.ToolTipRole


def test_rule_c_leaves_only_dismissal_and_says_why_for_the_rest(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    choose_offence(editor, "art50.9")  # rule C, Art. 44 p.7
    qtbot.waitUntil(lambda: editor.penalty.allowed_codes() == ["dismissal"])
    tip = item_tooltip(editor, "reprimand")
    assert tip.startswith("Not allowed: ") and "rule C" in tip and "Art. 44 p. 7" in tip
    assert item_tooltip(editor, "dismissal") == "Allowed by law."
    # The Decision box names the allowed penalty with the article that bounds it.
    assert "dismissal from the civil service post held" in editor.penalty.allowed.text()
    assert "[Art. 44 p. 7]" in editor.penalty.allowed.text()
    # The penalty tab lists the steps, with their articles, in the UI language.
    assert editor.bounds_panel.lines[0].endswith("[Art. 44 p. 7]")
    assert editor.bounds_panel.lines[-1].startswith("Allowed: dismissal")


def test_an_elected_post_or_no_vacancy_rules_out_demotion(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    choose_offence(editor, "art44")  # general rules: every penalty
    qtbot.waitUntil(lambda: bounds_for(editor, "art44"))
    assert editor.penalty.allowed_codes() == ALL
    assert "any penalty" in editor.penalty.allowed.text()
    editor.elected.setChecked(True)
    qtbot.waitUntil(lambda: "demotion" not in editor.penalty.allowed_codes())
    assert len(editor.penalty.allowed_codes()) == 5
    assert "elected post" in item_tooltip(editor, "demotion")
    editor.elected.setChecked(False)
    qtbot.waitUntil(lambda: editor.penalty.allowed_codes() == ALL)
    editor.penalty.vacancy.setChecked(False)
    qtbot.waitUntil(lambda: "demotion" not in editor.penalty.allowed_codes())
    assert "no vacant lower post" in item_tooltip(editor, "demotion")


def test_rule_a_falls_back_to_the_warning_without_a_vacant_post(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    choose_offence(editor, "art50.1")  # rule A, Art. 44 p.5
    qtbot.waitUntil(lambda: editor.penalty.allowed_codes() == ["demotion"])
    editor.penalty.vacancy.setChecked(False)
    qtbot.waitUntil(lambda: editor.penalty.allowed_codes() == ["warning_incomplete_conformity"])


def test_a_penalty_the_law_forbids_is_refused_at_its_field(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    choose_offence(editor, "art50.9")
    qtbot.waitUntil(lambda: editor.penalty.allowed_codes() == ["dismissal"])
    editor.penalty.set_value("remark")  # a stored case may hold one; the item is disabled
    qtbot.waitUntil(lambda: editor.boxes["penalty"].error_text() != "")
    assert editor.boxes["penalty"].error_text().startswith("The law does not allow remark here")
    assert not editor.save_button.isEnabled()


def test_decided_needs_a_penalty_and_no_penalty_disables_the_choice(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.DECIDED))
    qtbot.waitUntil(lambda: editor.boxes["penalty"].error_text() == code_text("required"))
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.NO_PENALTY))
    assert not editor.penalty.penalty.isEnabled()
    assert editor.case_input().penalty is None


def register_decided(services, body_id: int, penalty: str, serial: int) -> int:  # type: ignore[no-untyped-def]
    today = date.today()
    data = case_input(
        today - timedelta(days=22),
        today - timedelta(days=20),
        status=CaseStatus.DECIDED,
        serial=serial,
        body_id=body_id,
        name=f"Иванов Иван {serial}",
    )
    return services.register_case(
        replace(data, decided_on=today - timedelta(days=18), penalty=penalty)
    )


def test_a_penalty_outside_the_comparable_range_needs_a_justification(
    qtbot, editor, services
) -> None:
    body_id = services.bodies()[0].id
    for serial in (11, 12, 13):
        register_decided(services, body_id, "remark", serial)
    fill_valid(editor, qtbot)
    editor.body.setCurrentIndex(editor.body.findData(body_id))
    choose_offence(editor, "art44")
    today = date.today()
    editor.committed.set_value(today - timedelta(days=10))
    editor.discovered.set_value(today - timedelta(days=5))
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.DECIDED))
    editor.decided.set_value(today)
    editor.penalty.set_value("reprimand")
    # Comparable cases drew a remark: a reprimand lies outside their range.
    expected = code_text(
        "penalty.justification_required",
        {"penalty": "reprimand", "least": "remark", "most": "remark"},
    )
    qtbot.waitUntil(lambda: editor.boxes["justification"].error_text() == expected)
    assert expected.startswith("Reprimand lies outside the range")
    assert editor.penalty.justification_shown()
    assert not editor.save_button.isEnabled()
    assert "Comparable cases: remark" in editor.penalty.allowed.text()

    editor.penalty.justification.setFocus()
    reason = "Бұрын ескерту алған, қорытынды жасамады"
    type_text(editor.penalty.justification, reason)
    qtbot.waitUntil(editor.save_button.isEnabled)
    assert editor.penalty.justification_shown()  # stays while it holds the text
    with qtbot.waitSignal(editor.case_saved) as saved:
        editor.save_button.click()
    case = services.get_case(saved.args[0])
    assert (case.penalty, case.justification) == ("reprimand", reason)

    # Back inside the range, no justification is asked for; an empty box hides.
    reopened = CaseEditor(services, editor._prompts, case, debounce_ms=0)
    qtbot.addWidget(reopened)
    reopened.penalty.justification.clear()
    reopened.penalty.set_value("remark")
    qtbot.waitUntil(lambda: not reopened.penalty.justification_shown())
    qtbot.waitUntil(reopened.save_button.isEnabled)


def test_why_not_names_the_step_that_removed_a_penalty(services) -> None:
    pack = services.pack_for(date.today())
    bounds = services.allowed_for("art50.1", date.today(), (), vacancy=False)
    assert bounds.allowed == ("warning_incomplete_conformity",)
    assert why_not("demotion", bounds, pack).startswith("There is no vacant lower post")
    assert penalty_name("demotion", pack) == "Demotion in civil service post"
