"""The case editor's deadline parts: the live panel, suspensions, the decision date and its override."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from domain.calendar import WorkCalendar
from domain.deadline_facts import DeadlineInput, Pause
from domain.deadlines import compute_deadlines
from domain.model import CaseStatus, PauseInput
from tests.ui.keys import type_text
from tests.ui.test_case_editor import fill_valid
from ui import i18n
from ui.case_editor import CaseEditor
from ui.deadline_text import date_text
from ui.messages import code_text


@pytest.fixture
def editor(qtbot, services, prompts) -> CaseEditor:  # type: ignore[no-untyped-def]
    dialog = CaseEditor(services, prompts, debounce_ms=0)
    qtbot.addWidget(dialog)
    return dialog


def engine_last_day(services, editor: CaseEditor) -> date:  # type: ignore[no-untyped-def]
    """The engine's own answer for the form's facts, computed without the service."""
    data = editor.case_input()
    assert data.committed_on is not None and data.discovered_on is not None
    facts = DeadlineInput(
        offence=data.offence,
        committed_on=data.committed_on,
        discovered_on=data.discovered_on,
        pauses=tuple(Pause(p.reason, p.start, p.end) for p in data.pauses),
        continuing=data.continuing,
        continuing_until=data.continuing_until,
    )
    pack = services.pack_for(data.committed_on)
    return compute_deadlines(facts, pack, WorkCalendar(), switches=services.switches()).last_day


def add_pause(editor: CaseEditor, reason: str, start: date, end: date, document: str = "") -> None:
    row = editor.pauses.add_row()
    row.reason.setCurrentIndex(row.reason.findData(reason))
    row.start.set_value(start)
    row.end.set_value(end)
    row.document.setText(document)


def test_panel_shows_the_engines_last_day_and_follows_an_added_pause(qtbot, editor, services):
    assert editor.deadline_panel.placeholder.isVisibleTo(editor)
    fill_valid(editor, qtbot)  # art50.4, committed 20 and discovered 5 days ago
    panel = editor.deadline_panel
    first = engine_last_day(services, editor)
    qtbot.waitUntil(lambda: panel.last_day.text() == date_text(first))
    assert panel.last_day.font().bold()
    assert panel.badge.text() == "On time"
    assert panel.days_left.text() == f"{(first - date.today()).days} days left"
    assert not panel.placeholder.isVisibleTo(editor)
    assert "both readings" in panel.readings.text()

    today = date.today()
    add_pause(editor, "sick_leave", today - timedelta(days=3), today + timedelta(days=10))
    second = engine_last_day(services, editor)
    assert second > first  # 14 days of sick leave after discovery suspend the limit
    qtbot.waitUntil(lambda: panel.last_day.text() == date_text(second))
    assert "extended by 14 days of suspension" in panel.readings.text()
    assert any(
        "of suspension after" in line and "Sick leave" in line for line in panel.steps_lines()
    )
    assert "No penalty may be imposed from" in panel.blocked.text()
    panel.steps_button.click()
    assert panel.steps_area.isVisibleTo(editor)
    assert "[Civil Code Art. 174]" in panel.steps.text()


def test_a_pause_ending_before_it_starts_is_explained_under_its_row(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    qtbot.waitUntil(editor.save_button.isEnabled)
    today = date.today()
    add_pause(editor, "vacation", today - timedelta(days=2), today - timedelta(days=4))
    row = editor.pauses.rows[0]
    message = code_text(
        "deadline.pause_end_before_start",
        {
            "start": (today - timedelta(days=2)).isoformat(),
            "end": (today - timedelta(days=4)).isoformat(),
        },
    )
    qtbot.waitUntil(lambda: row.error_text() == f"To: {message}")
    assert date_text(today - timedelta(days=4)) in message  # dates as the user typed them
    assert not editor.save_button.isEnabled()
    assert editor.problems.text().startswith("1 problem: Suspension 1, to: ")
    row.end.set_value(today)
    qtbot.waitUntil(editor.save_button.isEnabled)
    assert row.error_text() == ""


def test_an_incomplete_pause_row_keeps_save_disabled_and_can_be_removed(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    qtbot.waitUntil(editor.save_button.isEnabled)
    row = editor.pauses.add_row()
    qtbot.waitUntil(lambda: not editor.save_button.isEnabled())
    assert "Suspension 1, reason" in editor.problems.text()
    assert row.error_text() == ""  # not shouted while the user is still filling it in
    assert editor.case_input().pauses == ()
    row.remove_button.click()
    qtbot.waitUntil(editor.save_button.isEnabled)
    assert editor.pauses.rows == []


def test_decided_after_the_last_day_needs_a_written_reason(qtbot, editor, services) -> None:
    fill_valid(editor, qtbot)
    today = date.today()
    # A general offence discovered 50 days ago: its 1-month limit has passed.
    editor.offence.setCurrentIndex(editor.offence.findData("art44"))
    editor.committed.set_value(today - timedelta(days=60))
    editor.discovered.set_value(today - timedelta(days=50))
    assert not editor.decided.isEnabled()
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.DECIDED))
    assert editor.decided.isEnabled()
    qtbot.waitUntil(lambda: editor.boxes["decided_on"].error_text() == code_text("required"))
    # A penalty imposed must be named: asked for at once, under its field.
    qtbot.waitUntil(lambda: editor.boxes["penalty"].error_text() == code_text("required"))
    editor.penalty.set_value("reprimand")
    editor.decided.set_value(today - timedelta(days=1))
    last_day = engine_last_day(services, editor)
    assert last_day < today - timedelta(days=1)
    expected = code_text(
        "deadline.expired",
        {
            "last_day": last_day.isoformat(),
            "decision_date": (today - timedelta(days=1)).isoformat(),
        },
    )
    qtbot.waitUntil(lambda: editor.boxes["decided_on"].error_text() == expected)
    assert not editor.save_button.isEnabled()
    assert editor.override_shown() and editor.override_hint.isVisibleTo(editor)
    assert not editor.deadline_panel.badge.isVisibleTo(editor)  # a decided case has no badge

    editor.override_reason.setFocus()
    reason = "Комиссия отырысы мерзімінен кейін өтті: хатшы Серікова"
    type_text(editor.override_reason, reason)
    qtbot.waitUntil(editor.save_button.isEnabled)
    assert editor.boxes["decided_on"].error_text() == ""
    with qtbot.waitSignal(editor.case_saved) as saved:
        editor.save_button.click()
    case = services.get_case(saved.args[0])
    assert case.status == CaseStatus.DECIDED
    assert case.decided_on == today - timedelta(days=1)
    assert case.penalty == "reprimand"
    overrides = [e for e in case.events if e.kind == "deadline_override"]
    assert len(overrides) == 1 and overrides[0].data["reason"] == reason


def test_the_reason_box_hides_when_no_longer_needed_and_is_not_sent(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    today = date.today()
    editor.offence.setCurrentIndex(editor.offence.findData("art44"))
    editor.committed.set_value(today - timedelta(days=60))
    editor.discovered.set_value(today - timedelta(days=50))
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.DECIDED))
    editor.decided.set_value(today)
    qtbot.waitUntil(editor.override_shown)
    editor.override_reason.setPlainText("late")
    editor.decided.set_value(today - timedelta(days=40))  # before the last day
    qtbot.waitUntil(lambda: not editor.override_shown())
    assert editor.case_input().override_reason == ""
    # Closing an expired case without a penalty is what the law asks for: no reason needed.
    editor.decided.set_value(today)
    qtbot.waitUntil(editor.override_shown)
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.NO_PENALTY))
    qtbot.waitUntil(lambda: not editor.override_shown())
    qtbot.waitUntil(editor.save_button.isEnabled)


def test_continuing_offence_still_going_and_termination_date_reach_the_input(qtbot, editor):
    fill_valid(editor, qtbot)
    assert not editor.continuing_until.isEnabled() and not editor.still_going.isEnabled()
    editor.continuing.setChecked(True)
    editor.still_going.setChecked(True)
    assert not editor.continuing_until.isEnabled()
    data = editor.case_input()
    assert data.continuing and data.continuing_until is None
    editor.ended.setChecked(True)
    editor.continuing_until.set_value(date.today() - timedelta(days=10))
    assert editor.case_input().continuing_until == date.today() - timedelta(days=10)

    editor.offence.setCurrentIndex(editor.offence.findData("art44"))  # not discrediting
    editor.terminated.set_value(date.today() - timedelta(days=2))
    message = code_text("deadline.termination_not_discrediting")
    qtbot.waitUntil(lambda: editor.boxes["terminated_on"].error_text() == message)


def test_a_stored_case_reopens_with_its_pauses_and_decision(qtbot, editor, services, prompts):
    fill_valid(editor, qtbot)
    today = date.today()
    add_pause(editor, "business_trip", today - timedelta(days=4), today - timedelta(days=2), "№ 7")
    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(editor.case_saved) as saved:
        editor.save_button.click()
    case = services.get_case(saved.args[0])
    again = CaseEditor(services, prompts, case, debounce_ms=0)
    qtbot.addWidget(again)
    assert again.case_input().pauses == (
        PauseInput("business_trip", today - timedelta(days=4), today - timedelta(days=2), "№ 7"),
    )
    assert again.deadline_panel.last_day.text() == date_text(case.last_day)
    assert again.save_button.isEnabled()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_steps_are_rendered_in_the_ui_language(qtbot, services, prompts, tmp_path, lang) -> None:
    assert i18n.install(lang, cache_dir=tmp_path)
    editor = CaseEditor(services, prompts, debounce_ms=0)
    qtbot.addWidget(editor)
    fill_valid(editor, qtbot)
    today = date.today()
    add_pause(editor, "sick_leave", today - timedelta(days=3), today + timedelta(days=3))
    qtbot.waitUntil(lambda: editor.deadline_panel.result is not None)
    lines = editor.deadline_panel.steps_lines()
    assert lines and all("{" not in line for line in lines)
    sick_leave = services.pack_for(today).suspension_reasons[0].name.get(lang)
    assert any(sick_leave in line for line in lines)
    assert all(re.search("[а-яё]", line.lower()) for line in lines)  # no English line left
    if lang == "kk":
        assert all(re.search("[әіңғүұқөһ]", line.lower()) for line in lines)
    assert editor.deadline_panel.badge.text() == ("В срок" if lang == "ru" else "Мерзімінде")
