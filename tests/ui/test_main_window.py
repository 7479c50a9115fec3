"""The main window over a real store: search as you type, groups, editing, settings, first start."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from domain.model import NO_GROUP, CaseFilter, SortKey
from tests.ui.conftest import make_context
from tests.ui.keys import type_text
from tests.ui.test_case_editor import NAME, fill_valid
from ui.case_table_model import Column
from ui.main_window import DEMO_DEFAULT, MainWindow
from ui.settings import Settings


def window_for(qtbot, services, prompts, **context) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(make_context(services, **context), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    return window


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.FULL_NAME).data() for r in range(model.rowCount())]


def test_search_as_you_type_finds_kazakh_names_case_insensitively(
    qtbot, demo_services, prompts
) -> None:
    window = window_for(qtbot, demo_services, prompts)
    expected = demo_services.count_cases(CaseFilter(search="Әлиев"))
    assert 0 < expected < window.model.rowCount()
    window.filters.search.setFocus()
    type_text(window.filters.search, "әлиев")
    qtbot.waitUntil(lambda: window.model.rowCount() == expected)
    assert all("Әлиев" in name for name in shown_names(window))
    assert window.shown_label.text().startswith(f"Shown: {expected} of ")


def test_groups_panel_counts_match_the_service_and_select_the_filter(
    qtbot, demo_services, prompts
) -> None:
    window = window_for(qtbot, demo_services, prompts)
    counts = demo_services.group_counts(CaseFilter())
    for group in ("I", "II", "III", NO_GROUP):
        assert window.groups.count(group) == counts.get(group, 0)
    assert window.groups.count(None) == demo_services.count_cases(CaseFilter())
    assert window.groups.all_item.text(1) == f"{window.groups.total():,}".replace(",", "\u2009")

    window.groups.tree.setCurrentItem(window.groups.item_for("II"))
    assert window.filters.current_filter().group == "II"
    assert window.model.case_filter.group == "II"
    assert window.model.rowCount() == counts["II"]
    # The counts stay those of all groups, so the user can compare them.
    assert window.groups.count("I") == counts["I"]


def test_new_case_typed_in_the_editor_appears_in_the_list(qtbot, services, prompts) -> None:
    window = window_for(qtbot, services, prompts)
    assert window.model.rowCount() == 0
    editor = window.new_case()
    assert editor is not None
    fill_valid(editor, qtbot)
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.save_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert shown_names(window) == [NAME]
    assert window.shown_label.text() == "Shown: 1 of 1 case"


def test_enter_on_a_row_opens_it_in_the_editor(qtbot, demo_services, prompts) -> None:
    window = window_for(qtbot, demo_services, prompts)
    window.show()
    window.table.setFocus()
    window.table.selectRow(3)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.editor is not None
    wanted = window.model.case_at(3)
    assert wanted is not None and window.editor.full_name.text() == wanted.full_name


def test_window_state_column_widths_and_sort_are_restored(qtbot, demo_services, prompts) -> None:
    first = window_for(qtbot, demo_services, prompts)
    first.show()
    header = first.table.horizontalHeader()
    header.resizeSection(Column.FULL_NAME, 333)
    first.table.sortByColumn(Column.IIN, Qt.SortOrder.DescendingOrder)
    first.groups_dock.hide()
    assert (first.model.sort_key, first.model.descending) == (SortKey.IIN, True)
    first.close()

    second = window_for(qtbot, demo_services, prompts)
    second.show()
    assert second.table.horizontalHeader().sectionSize(Column.FULL_NAME) == 333
    assert (second.model.sort_key, second.model.descending) == (SortKey.IIN, True)
    assert second.groups_dock.isHidden()
    assert not second.filters_dock.isHidden()


def test_first_start_offers_demo_data_once_and_shows_the_caveat_once(
    qtbot, services, prompts
) -> None:
    loaded: list[int] = []
    prompts.answers["question"] = True
    window = window_for(qtbot, services, prompts, load_demo=lambda n: loaded.append(n) or n)
    window.on_first_show()
    caveat = services.caveat_for(date.today())
    assert caveat is not None  # the 416-V pack warns about Law 290-VIII from 01.07.2026
    assert prompts.calls[0] == ("warning", caveat.en)
    assert prompts.kinds() == ["warning", "question"]
    assert loaded == [DEMO_DEFAULT]

    prompts.calls.clear()
    again = window_for(qtbot, services, prompts, load_demo=lambda n: loaded.append(n) or n)
    again.on_first_show()
    assert prompts.calls == []
    assert Settings().demo_offered


def test_about_names_version_rule_pack_and_caveat(qtbot, services, prompts) -> None:
    window = window_for(qtbot, services, prompts)
    window.show_about()
    kind, text = prompts.calls[-1]
    assert kind == "about"
    assert "kz-416-V" in text and "290-VIII" in text and "Tartip dev" in text


def test_proposed_sub_point_switch_reaches_the_service(qtbot, services, prompts) -> None:
    window = window_for(qtbot, services, prompts)
    action = window.switch_actions["proposed_subpoint_20"]
    assert not action.isChecked()
    on = date.today() - timedelta(days=1)
    assert all(o.code != "art50.20" for o in services.selectable_offences(on))
    action.trigger()
    assert services.switches()["proposed_subpoint_20"] is True
    assert any(o.code == "art50.20" for o in services.selectable_offences(on))


def test_language_choice_is_saved_and_takes_effect_after_restart(qtbot, services, prompts) -> None:
    window = window_for(qtbot, services, prompts)
    kazakh = next(a for a in window.language_actions.actions() if a.data() == "kk")
    kazakh.trigger()
    assert Settings().language == "kk"
    assert prompts.kinds() == ["info"]
    assert "restart" in prompts.calls[0][1]


def test_load_demo_from_the_menu_fills_and_refreshes(qtbot, services, prompts) -> None:
    loaded: list[int] = []
    prompts.answers["ask_int"] = 42
    window = window_for(qtbot, services, prompts, load_demo=lambda n: loaded.append(n) or n)
    window.demo_action.trigger()
    assert loaded == [42]
    assert prompts.kinds() == ["ask_int"]


def test_open_database_hands_the_new_context_over(qtbot, services, prompts) -> None:
    opened: list[str] = []

    def reopen(path: str):  # type: ignore[no-untyped-def]
        opened.append(path)
        return make_context(services)

    prompts.answers["open_file"] = "/data/other.db"
    window = window_for(qtbot, services, prompts, reopen=reopen)
    with qtbot.waitSignal(window.context_replaced) as replaced:
        window.open_action.trigger()
    assert opened == ["/data/other.db"]
    assert replaced.args[0].services is services


def test_a_database_that_cannot_be_opened_is_explained(qtbot, services, prompts) -> None:
    from domain.errors import StorageError, StorageErrorKind

    def reopen(path: str):  # type: ignore[no-untyped-def]
        raise StorageError(StorageErrorKind.NOT_A_DATABASE, "file is not a database")

    prompts.answers["open_file"] = "/data/photo.jpg"
    window = window_for(qtbot, services, prompts, reopen=reopen)
    with qtbot.assertNotEmitted(window.context_replaced):
        window.open_action.trigger()
    assert prompts.calls[-1] == ("storage_error", "not_a_database")
