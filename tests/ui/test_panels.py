"""The filter and group panels on their own: what the user picks becomes a CaseFilter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from domain.model import NO_GROUP, CaseFilter, CaseStatus
from tests.ui.keys import type_text
from ui.filter_panel import FilterPanel
from ui.groups_panel import GroupsPanel


def panel(qtbot, services, debounce_ms: int = 0) -> FilterPanel:  # type: ignore[no-untyped-def]
    widget = FilterPanel(services, debounce_ms=debounce_ms)
    qtbot.addWidget(widget)
    return widget


def offence_codes(widget: FilterPanel) -> list[str | None]:
    from ui.filter_panel import _CODE_ROLE

    return [widget.offence.itemData(i, _CODE_ROLE) for i in range(widget.offence.count())]


def test_group_narrows_the_offence_list_through_the_proxy(qtbot, services) -> None:
    widget = panel(qtbot, services)
    everything = offence_codes(widget)
    assert {"art44", "art50.4", "art50.7", "budget"} <= set(everything)
    widget.set_group("II")
    codes = offence_codes(widget)
    assert codes[0] is None  # "All offences" stays
    pack = services.pack_for(date.today())
    assert codes[1:] == [o.code for o in pack.offences if o.group == "II"]
    widget.set_group(NO_GROUP)
    assert "budget" in offence_codes(widget) and "art50.4" not in offence_codes(widget)


def test_a_chosen_offence_outside_a_new_group_is_dropped(qtbot, services) -> None:
    widget = panel(qtbot, services)
    from ui.filter_panel import _CODE_ROLE

    widget.offence.setCurrentIndex(widget.offence.findData("art50.4", _CODE_ROLE))
    with qtbot.waitSignal(widget.filter_changed) as changed:
        widget.set_group("II")  # art50.4 is in group I
    assert changed.args[0] == CaseFilter(group="II")


def test_search_waits_for_a_pause_in_typing(qtbot, services) -> None:
    widget = panel(qtbot, services, debounce_ms=50)
    emitted: list[CaseFilter] = []
    widget.filter_changed.connect(emitted.append)
    widget.search.setFocus()
    type_text(widget.search, "Әли")
    assert emitted == [] and widget.search_timer.isActive()
    qtbot.waitUntil(lambda: len(emitted) == 1)
    assert emitted[0].search == "Әли"


def test_combos_and_dates_build_the_filter(qtbot, services) -> None:
    widget = panel(qtbot, services)
    assert not widget.unit.isEnabled()
    body = services.bodies()[0]
    widget.body.setCurrentIndex(widget.body.findData(body.id))
    assert widget.unit.isEnabled() and widget.unit.count() == 1 + len(services.units(body.id))
    widget.unit.setCurrentIndex(1)
    widget.status.setCurrentIndex(widget.status.findData(CaseStatus.HEARING))
    widget.use_dates.setChecked(True)
    widget.date_from.setDate(QDate(2025, 1, 1))
    widget.date_to.setDate(QDate(2025, 12, 31))
    flt = widget.current_filter()
    assert (flt.body_id, flt.unit_id, flt.status) == (
        body.id,
        services.units(body.id)[0].id,
        CaseStatus.HEARING,
    )
    assert (flt.committed_from, flt.committed_to) == (date(2025, 1, 1), date(2025, 12, 31))
    with qtbot.waitSignal(widget.filter_changed) as changed:
        widget.clear()
    assert changed.args[0] == CaseFilter()


def test_groups_panel_emits_the_clicked_group_and_sums_counts(qtbot) -> None:
    widget = GroupsPanel()
    qtbot.addWidget(widget)
    widget.set_counts({"I": 3, "II": 0, "III": 4, NO_GROUP: 5})
    assert (widget.all_item.text(0), widget.all_item.text(1)) == ("All cases", "12")
    assert widget.item_for("III").text(0) == "III — abuse of authority"
    assert widget.item_for("III").text(1) == "4"
    with qtbot.waitSignal(widget.group_selected) as picked:
        widget.tree.setCurrentItem(widget.item_for(NO_GROUP))
    assert picked.args == [NO_GROUP]
    with qtbot.assertNotEmitted(widget.group_selected):
        widget.select_group("I")
    assert widget.tree.currentItem() is widget.item_for("I")
