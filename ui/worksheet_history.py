"""The saved versions of a criteria worksheet as a table model, and their local times."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from domain.criteria import Rating
from ui.headered_model import HeaderedTableModel
from ui.penalty_text import rating_label
from ui.worksheet_rows import RATINGS

if TYPE_CHECKING:
    from domain.rulepack import RulePack
    from domain.worksheet_service import WorksheetVersion

_ModelIndex = QModelIndex | QPersistentModelIndex


def local_time_text(at_utc: datetime) -> str:
    """A stored UTC time in the computer's time zone, dd.mm.yyyy hh:mm."""
    moment = at_utc if at_utc.tzinfo is not None else at_utc.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class WorksheetHistoryModel(HeaderedTableModel):
    """The saved versions of a worksheet, oldest first: number, time, author, what was rated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[WorksheetVersion] = []
        self.pack: RulePack | None = None
        self._headers = [self.tr("Version"), self.tr("Saved"), self.tr("By"), self.tr("Rated")]

    def set_versions(self, versions: list[WorksheetVersion], pack: RulePack) -> None:
        self.beginResetModel()
        self.versions = list(versions)
        self.pack = pack
        self.endResetModel()

    def version(self, row: int) -> WorksheetVersion | None:
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.versions)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.versions):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        v = self.versions[index.row()]
        column = index.column()
        if column == 0:
            return str(v.version)
        if column == 1:
            return local_time_text(v.at_utc)
        if column == 2:
            return v.actor
        if column == 3:
            counts = {r: 0 for r in RATINGS}
            for item in v.worksheet.items:
                counts[Rating(item.rating)] += 1
            return (
                ", ".join(f"{rating_label(r).lower()} {n}" for r, n in counts.items() if n) or "—"
            )
        return None
