"""Settings → Working-day calendar: the year's holidays, adding and removing overrides."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from domain.model import CaseStatus
from tests.ui.conftest import case_input
from tests.ui.test_main_window import window_for
from ui import i18n
from ui.calendar_dialog import CalendarDialog
from ui.deadline_text import date_text


def set_day(dialog: CalendarDialog, day: date) -> None:
    dialog.day.setDate(QDate(day.year, day.month, day.day))


def cells(dialog: CalendarDialog, day: date) -> list[str]:
    row = dialog.row_of(day)
    assert row >= 0, day
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_year_view_lists_kazakhstan_holidays(qtbot, services, prompts) -> None:
    dialog = CalendarDialog(services, prompts)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    assert cells(dialog, date(2026, 3, 22)) == ["22.03.2026", "Sunday", "Day off", "Nauryz meirami"]
    assert cells(dialog, date(2026, 3, 24))[3] == "Nauryz meirami (transferred day off)"
    assert cells(dialog, date(2026, 12, 16))[2:] == ["Day off", "Independence Day"]
    assert dialog.row_of(date(2026, 12, 15)) == -1  # an ordinary working day is not listed
    assert not dialog.remove_button.isEnabled()


def test_year_view_in_kazakh(qtbot, services, prompts, tmp_path) -> None:
    assert i18n.install("kk", cache_dir=tmp_path)
    dialog = CalendarDialog(services, prompts)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    assert cells(dialog, date(2026, 12, 16))[2:] == ["Демалыс күні", "Тәуелсіздік күні"]


def test_a_day_off_on_a_cases_last_day_moves_its_stored_last_day(qtbot, services, prompts):
    today = date.today()
    body = services.bodies()[0].id
    case_id = services.register_case(
        case_input(today - timedelta(days=5), today - timedelta(days=5), body_id=body)
    )
    before = services.get_case(case_id).last_day
    assert before is not None
    window = window_for(qtbot, services, prompts)
    dialog = window.open_calendar()
    set_day(dialog, before)
    dialog.day_off.setChecked(True)
    dialog.note.setText("Үкімет қаулысы № 1")
    with qtbot.waitSignal(dialog.calendar_changed):
        dialog.add_button.click()

    after = services.get_case(case_id).last_day
    assert after is not None and after > before  # moved to the next working day
    assert services.work_calendar().is_working_day(after)
    assert dialog.year.value() == before.year
    assert cells(dialog, before)[2:] == ["Day off", "Set by the administrator: Үкімет қаулысы № 1"]
    assert dialog.table.currentRow() == dialog.row_of(before)
    assert (
        dialog.status.text() == f"Saved {date_text(before)}. The last day changed in 1 open case."
    )
    # The main window listens: its rows show the new day.
    row = window.model.case_at(0)
    assert row is not None and row.last_day == after

    dialog.table.selectRow(dialog.row_of(before))
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.calendar_changed):
        dialog.remove_button.click()
    assert services.get_case(case_id).last_day == before
    assert services.calendar_overrides() == []


def test_a_duplicate_or_implausible_day_is_refused_inline(qtbot, services, prompts) -> None:
    dialog = CalendarDialog(services, prompts)
    qtbot.addWidget(dialog)
    day = date(date.today().year, 12, 12)
    set_day(dialog, day)
    dialog.working.setChecked(True)
    assert dialog.add_override()
    assert [(o.day, o.working) for o in services.calendar_overrides()] == [(day, True)]

    assert not dialog.add_override()  # the same day again
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text() == (
        f"{date_text(day)} already has an override; remove it first to change it."
    )
    set_day(dialog, date(1990, 5, 1))
    assert not dialog.message.isVisibleTo(dialog)  # a new date clears the old message
    assert not dialog.add_override()
    assert dialog.message.text().startswith("Choose a day between 01.01.2015 and 31.12.")
    assert len(services.calendar_overrides()) == 1
    assert prompts.calls == []


def test_a_closed_case_keeps_its_last_day(qtbot, services, prompts) -> None:
    today = date.today()
    body = services.bodies()[0].id
    closed = services.register_case(
        case_input(
            today - timedelta(days=5),
            today - timedelta(days=5),
            body_id=body,
            status=CaseStatus.CLOSED,
        )
    )
    before = services.get_case(closed).last_day
    assert before is not None
    dialog = CalendarDialog(services, prompts)
    qtbot.addWidget(dialog)
    set_day(dialog, before)
    assert dialog.add_override()
    assert services.get_case(closed).last_day == before
    assert dialog.status.text().endswith("changed in 0 open cases.")
