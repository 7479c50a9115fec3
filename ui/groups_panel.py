"""The Art. 50 groups with their case counts; clicking one narrows the list to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.labels import GROUPS, group_label

_GROUP_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class GroupsPanel(QWidget):
    """'All cases (N)' above the three groups of the source article and the cases outside them."""

    group_selected = Signal(object)  # "I" | "II" | "III" | NO_GROUP | None for all cases

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        # Counts in their own right-aligned column: the dock is narrower than the group names,
        # and a count elided away with the name's tail is the one thing the panel is for.
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.all_item = QTreeWidgetItem()
        self.all_item.setData(0, _GROUP_ROLE, None)
        self.tree.addTopLevelItem(self.all_item)
        self._items: dict[str, QTreeWidgetItem] = {}
        for group in GROUPS:
            item = QTreeWidgetItem(self.all_item)
            item.setData(0, _GROUP_ROLE, group)
            self._items[group] = item
        self.all_item.setExpanded(True)
        self.tree.setIndentation(14)
        self._counts: dict[str, int] = {}
        self.set_counts({})
        self.tree.setCurrentItem(self.all_item)
        self.tree.currentItemChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Counts per group under the other filters; 'All cases' is their sum."""
        self._counts = {group: int(counts.get(group, 0)) for group in GROUPS}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.all_item.setText(0, self.tr("All cases"))
        self.all_item.setText(1, _thousands(self.total()))
        self.all_item.setTextAlignment(1, right)
        for group, item in self._items.items():
            item.setText(0, group_label(group))
            item.setText(1, _thousands(self._counts[group]))
            item.setTextAlignment(1, right)
            item.setToolTip(0, f"{group_label(group)}: {self._counts[group]}")

    def count(self, group: str | None) -> int:
        return self.total() if group is None else self._counts.get(group, 0)

    def total(self) -> int:
        return sum(self._counts.values())

    def item_for(self, group: str | None) -> QTreeWidgetItem:
        return self.all_item if group is None else self._items[group]

    def select_group(self, group: str | None) -> None:
        """Show `group` as current without emitting (the filter panel already knows)."""
        self.tree.blockSignals(True)
        try:
            self.tree.setCurrentItem(self.item_for(group))
        finally:
            self.tree.blockSignals(False)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:  # a click or the arrow keys
            self.group_selected.emit(item.data(0, _GROUP_ROLE))


def _thousands(n: int) -> str:
    # A thin space groups digits the same way in ru, kk and en: "100 000".
    return f"{n:,}".replace(",", "\u2009")
