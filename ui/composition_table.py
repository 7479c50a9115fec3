"""A commission composition's members as an editable table: name, position, role, votes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from domain.procedure_model import CommissionMember, MemberRole
from ui.headered_model import HeaderedTableModel
from ui.procedure_labels import role_label

_ModelIndex = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#fde0e0")
# The field names of a member in the service's errors ("members.2.full_name").
MEMBER_FIELDS = ("full_name", "position", "role", "votes")


class CompositionModel(HeaderedTableModel):
    """The members being edited, in the order they sign; every edit emits `edited`."""

    NAME, POSITION, ROLE, VOTES = range(4)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[CommissionMember] = []
        self._errors: dict[tuple[int, int], str] = {}
        self._headers = [
            self.tr("Full name"),
            self.tr("Position"),
            self.tr("Role"),
            self.tr("Votes"),
        ]

    # -- the members -------------------------------------------------------------------------

    def set_members(self, members: tuple[CommissionMember, ...] | list[CommissionMember]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self._errors = {}
        self.endResetModel()

    def members(self) -> tuple[CommissionMember, ...]:
        return tuple(self._members)

    def add_member(self, role: MemberRole = MemberRole.MEMBER) -> int:
        """A blank row at the end; its row number (to start typing the name)."""
        row = len(self._members)
        self.beginInsertRows(QModelIndex(), row, row)
        self._members.append(CommissionMember("", "", role, True))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_member(self, row: int) -> bool:
        if not 0 <= row < len(self._members):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._members[row]
        self.endRemoveRows()
        self._errors = {}
        self.edited.emit()
        return True

    def move_member(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); the row it ends on (unchanged at either end)."""
        target = row + delta
        if not (0 <= row < len(self._members) and 0 <= target < len(self._members)):
            return row
        # beginMoveRows counts the destination before the move: one further when moving down.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._members.insert(target, self._members.pop(row))
        self.endMoveRows()
        self._errors = {}
        self.edited.emit()
        return target

    def set_errors(self, errors: dict[tuple[int, int], str]) -> None:
        """Mark cells (row, column) with a message: red background, the message as tooltip."""
        if errors == self._errors:
            return
        self._errors = dict(errors)
        if self._members:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._members) - 1, len(self._headers) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._members):
            return str(section + 1)
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.VOTES:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = index.column()
        error = self._errors.get((index.row(), column))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_BACKGROUND) if error else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if column == self.VOTES:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if member.votes else Qt.CheckState.Unchecked
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == self.NAME:
            return member.full_name
        if column == self.POSITION:
            return member.position
        if column == self.ROLE:
            return (
                member.role.value if role == Qt.ItemDataRole.EditRole else role_label(member.role)
            )
        return None

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return False
        member = self._members[index.row()]
        column = index.column()
        if column == self.VOTES and role == Qt.ItemDataRole.CheckStateRole:
            votes = Qt.CheckState(value) == Qt.CheckState.Checked
            changed = CommissionMember(member.full_name, member.position, member.role, votes)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == self.NAME:
            changed = CommissionMember(str(value), member.position, member.role, member.votes)
        elif column == self.POSITION:
            changed = CommissionMember(member.full_name, str(value), member.role, member.votes)
        elif column == self.ROLE:
            try:
                new_role = MemberRole(value)
            except ValueError:
                return False
            changed = CommissionMember(member.full_name, member.position, new_role, member.votes)
        else:
            return False
        if changed == member:
            return True
        self._members[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class RoleDelegate(QStyledItemDelegate):
    """Edits a role cell with a drop-down of the three seats."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for role in MemberRole:
            combo.addItem(role_label(role), role.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
