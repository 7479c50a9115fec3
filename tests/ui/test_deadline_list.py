"""Deadlines in the main window: badges, sorting, the deadline filter, the watch list, the notice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from domain.model import OPEN_STATUSES, CaseFilter, CaseStatus, DeadlineStatus, SortKey
from tests.ui.conftest import BAND_DAYS
from tests.ui.test_main_window import window_for
from ui.case_table_model import BADGE_ROLE, CaseTableModel, Column
from ui.deadline_text import BADGE_COLOURS, date_text
from ui.filter_panel import WITHIN_A_WEEK
from ui.watch_list import WATCH_FILTER


def rows(model: CaseTableModel) -> list:  # type: ignore[type-arg]
    found = [model.case_at(r) for r in range(model.rowCount())]
    assert all(row is not None for row in found)
    return found


def test_each_band_has_its_badge_with_words_and_closed_cases_have_none(band_services) -> None:
    model = CaseTableModel(band_services)
    today = date.today()
    seen = {}
    texts = set()
    for r, case in enumerate(rows(model)):
        index = model.index(r, Column.DAYS_LEFT)
        assert model.index(r, Column.LAST_DAY).data() == date_text(case.last_day)
        if case.status not in OPEN_STATUSES:
            assert index.data(BADGE_ROLE) is None and index.data() == ""
            continue
        band = index.data(BADGE_ROLE)
        seen[band] = (case.last_day - today).days
        texts.add(index.data())
        # The words carry the band too, not the colour alone.
        assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
            {"on_time": "On time", "within_7": "≤ 7 days", "within_2": "≤ 2 days"}.get(
                band, "Expired"
            )
        )
        assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert seen == {band: days for band, days in BAND_DAYS.items()}
    assert texts == {"1 day left", "5 days left", "20 days left", "10 days ago"}


def test_sorting_by_last_day_asks_the_store(qtbot, band_services, prompts) -> None:
    window = window_for(qtbot, band_services, prompts)
    window.table.sortByColumn(Column.LAST_DAY, Qt.SortOrder.AscendingOrder)
    assert window.model.sort_key == SortKey.LAST_DAY
    ascending = [row.last_day for row in rows(window.model)]
    assert ascending == sorted(ascending) and len(set(ascending)) == 5
    window.table.sortByColumn(Column.DAYS_LEFT, Qt.SortOrder.DescendingOrder)
    assert (window.model.sort_key, window.model.descending) == (SortKey.LAST_DAY, True)
    assert [row.last_day for row in rows(window.model)] == ascending[::-1]


def test_deadline_filter_narrows_to_a_band_of_open_cases(qtbot, band_services, prompts) -> None:
    window = window_for(qtbot, band_services, prompts)
    assert window.model.rowCount() == 5
    combo = window.filters.deadline
    today = date.today()
    for band in (DeadlineStatus.EXPIRED, DeadlineStatus.WITHIN_2, DeadlineStatus.ON_TIME):
        days = BAND_DAYS[band]
        combo.setCurrentIndex(combo.findData(band))
        assert window.model.case_filter.deadline == band and window.model.case_filter.open_only
        assert [(row.last_day - today).days for row in rows(window.model)] == [days]
    # "Within 7 days" is what a reader means: the ≤ 2 days badge as well as the ≤ 7 days one.
    combo.setCurrentIndex(combo.findData(WITHIN_A_WEEK))
    assert sorted((row.last_day - today).days for row in rows(window.model)) == [1, 5]
    assert window.model.case_filter.open_only
    window.filters.clear()
    assert window.model.rowCount() == 5


def test_watch_list_shows_open_cases_nearest_last_day_first(qtbot, band_services, prompts):
    window = window_for(qtbot, band_services, prompts)
    watch = window.watch
    listed = rows(watch.model)
    assert [row.status for row in listed] == [CaseStatus.REGISTERED] * 4  # the closed one is not
    assert [row.last_day for row in listed] == sorted(row.last_day for row in listed)
    assert watch.model.index(0, Column.DAYS_LEFT).data(BADGE_ROLE) == DeadlineStatus.EXPIRED
    assert watch.summary.text() == "4 open cases"
    visible = [c for c in Column if not watch.table.isColumnHidden(c)]
    assert sorted(visible) == sorted(
        [Column.DAYS_LEFT, Column.LAST_DAY, Column.NUMBER, Column.FULL_NAME]
    )

    watch.table.setCurrentIndex(watch.model.index(1, Column.FULL_NAME))
    watch.table.activated.emit(watch.table.currentIndex())
    assert window.editor is not None
    assert window.editor.windowTitle() == f"Case {listed[1].number}"


def test_watch_list_refreshes_when_a_case_is_saved(qtbot, band_services, prompts) -> None:
    window = window_for(qtbot, band_services, prompts)
    first = rows(window.watch.model)[0]
    editor = window.open_editor(first.id)
    assert editor is not None
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.NO_PENALTY))
    editor.decided.set_value(date.today())
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.save_button.click()
    qtbot.waitUntil(lambda: window.watch.model.rowCount() == 3)
    assert first.id not in [row.id for row in rows(window.watch.model)]


def test_the_models_with_deadline_columns_pass_qt_model_tester(qtmodeltester, band_services):
    # The watch list's model as WatchList configures it (the widget would die before the tester).
    model = CaseTableModel(band_services, block_size=2, max_blocks=2)
    model.set_filter(WATCH_FILTER)
    model.sort(Column.LAST_DAY, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    everything = CaseTableModel(band_services, block_size=2, max_blocks=2)
    qtmodeltester.check(everything, force_py=True)


def test_start_up_notice_counts_and_its_buttons_filter(qtbot, band_services, prompts) -> None:
    window = window_for(qtbot, band_services, prompts)
    window.show()
    assert not window.notice.isVisible()
    window.on_first_show()
    assert window.notice.isVisible()
    assert "warning" not in prompts.kinds()[1:]  # the notice is no message box
    assert band_services.expiring_this_week() == 2 and band_services.expired_open() == 1
    assert window.notice.text.text() == (
        "2 open cases reach their last permissible day within 7 days. "
        "1 open case is past its last day: no penalty may be imposed on it."
    )
    window.notice.buttons[WITHIN_A_WEEK].click()
    assert window.model.rowCount() == band_services.expiring_this_week()
    assert window.filters.deadline.currentData() == WITHIN_A_WEEK
    window.notice.buttons[DeadlineStatus.EXPIRED.value].click()
    assert window.model.rowCount() == band_services.expired_open() == 1
    assert window.model.case_filter == CaseFilter(open_only=True, deadline=DeadlineStatus.EXPIRED)


def test_no_notice_when_nothing_is_due(qtbot, services, prompts) -> None:
    window = window_for(qtbot, services, prompts)
    window.show()
    window.on_first_show()
    assert not window.notice.isVisible()


def test_badges_are_painted_in_their_colour(qtbot, band_services, prompts) -> None:
    window = window_for(qtbot, band_services, prompts)
    window.show()
    qtbot.waitExposed(window)
    table = window.watch.table
    image = table.viewport().grab().toImage()
    for row in range(window.watch.model.rowCount()):
        index = window.watch.model.index(row, Column.DAYS_LEFT)
        band = DeadlineStatus(index.data(BADGE_ROLE))
        rect = table.visualRect(index)
        pixel = image.pixelColor(rect.left() + 5, rect.center().y())  # left of the words
        assert pixel.name() == BADGE_COLOURS[band][0].name(), band


def test_a_header_saved_before_the_deadline_columns_is_dropped(qtbot, services, prompts) -> None:
    from PySide6.QtCore import QByteArray, QSettings

    from ui.settings import Settings

    old = QSettings()
    old.setValue("meta/version", 1)
    old.setValue("cases/header", QByteArray(b"nine columns of an older Tartip"))
    old.sync()
    assert Settings().case_header_state.isEmpty()
    window = window_for(qtbot, services, prompts)
    assert window.model.sort_key == SortKey.NUMBER
    assert not window.table.isColumnHidden(Column.DAYS_LEFT)
