"""S13 in the window: the banner while the clock is behind the audit trail, and the reason
asked for when a decision is saved then (pytest-qt, offscreen, a real SQLite file)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from db.clock_source import trusted_clock
from db.engine import Database
from domain.audit import AuditFilter
from domain.clock import FixedClock
from domain.clock_decisions import CLOCK_CONFIRMED
from domain.model import CaseStatus
from domain.rulepack import RulePackRegistry
from domain.services import CaseService
from tests.ui.conftest import case_input, make_context
from ui.case_editor import CaseEditor
from ui.case_table_model import Column
from ui.clock_text import local_text
from ui.deadline_text import days_left_text
from ui.main_window import MainWindow

REASON = "Часы сбились; дата сверена с телефоном"


@pytest.fixture
def clock(database: Database) -> FixedClock:
    # Three days ahead of the real date, so the trusted today, the system's date.today() and the
    # clock set back differ: the list must count from the first.
    clock = FixedClock(date.today() + timedelta(days=3), datetime.now(UTC) + timedelta(days=3))
    database.actor.clock = clock
    return clock


@pytest.fixture
def office(database: Database, registry: RulePackRegistry, clock: FixedClock) -> CaseService:
    """Services wired as main.py wires them, with one case on record."""
    trusted = trusted_clock(database)
    services = CaseService(
        database.uow,
        registry,
        trusted.today,
        clock.now_utc,
        "a.officer",
        lambda: database.uow(read_only=True),
        clock=trusted,
    )
    services.add_body("Министерство юстиции", "Әділет министрлігі")
    today = date.today()
    body = services.bodies()[0].id
    services.register_case(
        case_input(today - timedelta(days=6), today - timedelta(days=5), body_id=body)
    )
    return services


def _window(qtbot, services: CaseService, prompts) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(make_context(services), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    return window


def test_the_banner_shows_at_start_up_with_both_times(qtbot, office, clock, prompts) -> None:  # type: ignore[no-untyped-def]
    newest = clock.now_utc()
    clock.advance(days=-5)
    window = _window(qtbot, office, prompts)
    window.on_first_show()
    banner = window.clock_banner
    assert banner.isVisibleTo(window)
    assert local_text(clock.now_utc()) in banner.text.text()
    assert local_text(newest) in banner.text.text()
    assert "earlier than the last recorded change" in banner.text.text()
    assert not banner.close_button.isVisibleTo(window)  # fixed by the clock, not dismissed
    # The list's days-left count from the trusted today, not from the clock's.
    last_day = office.get_case(1).last_day
    cell = window.model.index(0, Column.DAYS_LEFT).data()
    trusted_today = date.today() + timedelta(days=3)
    assert office.today() == trusted_today
    assert cell == days_left_text(last_day, trusted_today)
    assert cell not in (days_left_text(last_day, d) for d in (date.today(), clock.today()))


def test_the_banner_appears_when_the_clock_goes_back_mid_session(  # type: ignore[no-untyped-def]
    qtbot, office, clock, prompts
) -> None:
    window = _window(qtbot, office, prompts)
    window.on_first_show()
    assert not window.clock_banner.isVisibleTo(window)
    window.clock_banner.timer.setInterval(5)  # the check runs every minute in the app
    clock.advance(days=-2)
    qtbot.waitUntil(lambda: window.clock_banner.isVisibleTo(window))
    clock.advance(days=2)  # the clock is fixed: the warning goes
    qtbot.waitUntil(lambda: not window.clock_banner.isVisibleTo(window))


def test_a_decision_asks_for_the_reason_and_saves_it_in_the_audit_trail(  # type: ignore[no-untyped-def]
    qtbot, office, clock, prompts, database
) -> None:
    clock.advance(days=-2)
    case = office.get_case(1)
    editor = CaseEditor(office, prompts, case, debounce_ms=0)
    qtbot.addWidget(editor)
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.NO_PENALTY))
    editor.decided.set_value(date.today())
    qtbot.waitUntil(editor.save_button.isEnabled)

    editor.save_button.click()
    dialog = editor.clock_dialog
    assert dialog is not None and dialog.isVisible()
    assert office.get_case(1).status is CaseStatus.REGISTERED  # nothing saved yet
    assert not dialog.ok.isEnabled()  # a blank reason is no reason
    dialog.reason.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText(REASON)
    with qtbot.waitSignal(editor.case_saved):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    assert office.get_case(1).status is CaseStatus.NO_PENALTY
    with database.uow(read_only=True) as uow:
        (entry,) = uow.audit.entries(AuditFilter(action=CLOCK_CONFIRMED), 0, 10)
    assert entry.reason == REASON


def test_cancelling_the_reason_saves_nothing(qtbot, office, clock, prompts) -> None:  # type: ignore[no-untyped-def]
    clock.advance(days=-2)
    editor = CaseEditor(office, prompts, office.get_case(1), debounce_ms=0)
    qtbot.addWidget(editor)
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.NO_PENALTY))
    editor.decided.set_value(date.today())
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.save_button.click()
    assert editor.clock_dialog is not None
    editor.clock_dialog.reject()
    assert office.get_case(1).status is CaseStatus.REGISTERED
    assert editor.clock_reason == ""  # the next save asks again
    assert editor.case_input().status is CaseStatus.NO_PENALTY


def test_without_a_rollback_no_reason_is_asked(qtbot, office, clock, prompts) -> None:  # type: ignore[no-untyped-def]
    editor = CaseEditor(office, prompts, office.get_case(1), debounce_ms=0)
    qtbot.addWidget(editor)
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.NO_PENALTY))
    editor.decided.set_value(date.today())
    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(editor.case_saved):
        editor.save_button.click()
    assert editor.clock_dialog is None
