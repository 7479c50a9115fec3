"""Table models of hearings: the attendance and votes at one hearing, and a case's hearings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from domain.procedure_model import HearingMember, Vote
from ui.composition_table import ERROR_BACKGROUND
from ui.deadline_text import date_text
from ui.headered_model import HeaderedTableModel
from ui.penalty_text import penalty_name
from ui.procedure_labels import hearing_outcome_label, role_label, vote_label

if TYPE_CHECKING:
    from domain.procedure_model import Hearing
    from domain.rulepack import RulePack

_ModelIndex = QModelIndex | QPersistentModelIndex
_MUTED = QColor("#808080")
# The field names of a hearing member in the service's errors ("members.2.vote").
ATTENDANCE_FIELDS = ("full_name", "present", "recused", "recusal_reason", "vote", "dissent")


class AttendanceModel(HeaderedTableModel):
    """Who attended, who stood aside and why, how each voted, dissenting opinions.

    A member votes only while present, not recused and voting by the composition: the vote cell
    of anyone else is read-only and empty (marking a member absent or recused clears the vote).
    """

    NAME, PRESENT, RECUSED, REASON, VOTE, DISSENT = range(6)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[HearingMember] = []
        self._errors: dict[tuple[int, int], str] = {}
        self._headers = [
            self.tr("Member"),
            self.tr("Present"),
            self.tr("Recused"),
            self.tr("Reason for recusal"),
            self.tr("Vote"),
            self.tr("Dissenting opinion"),
        ]

    def set_members(self, members: tuple[HearingMember, ...] | list[HearingMember]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self._errors = {}
        self.endResetModel()

    def members(self) -> tuple[HearingMember, ...]:
        return tuple(self._members)

    def can_vote(self, row: int) -> bool:
        m = self._members[row]
        return m.present and m.votes and not m.recused

    def set_errors(self, errors: dict[tuple[int, int], str]) -> None:
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

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        member = self._members[index.row()]
        column = index.column()
        if column in (self.PRESENT, self.RECUSED):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column == self.REASON and member.recused:
            return base | Qt.ItemFlag.ItemIsEditable
        if column == self.VOTE and self.can_vote(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        if column == self.DISSENT and member.present and not member.recused:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = index.column()
        error = self._errors.get((index.row(), column))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_BACKGROUND) if error else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or self._tooltip(index.row(), column)
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == self.PRESENT:
                return _check(member.present)
            if column == self.RECUSED:
                return _check(member.recused)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return (
                None
                if self.flags(index) & Qt.ItemFlag.ItemIsEditable or column < 3
                else (QBrush(_MUTED))
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == self.NAME:
            return f"{member.full_name} ({role_label(member.role)})"
        if column == self.REASON:
            return member.recusal_reason
        if column == self.VOTE:
            if role == Qt.ItemDataRole.EditRole:
                return member.vote.value if member.vote else ""
            if not member.votes:
                return self.tr("does not vote")
            return vote_label(member.vote)
        if column == self.DISSENT:
            return member.dissent
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        member = self._members[row]
        if column == self.VOTE and not self.can_vote(row):
            if not member.votes:
                return self.tr("Not a voting member of the composition.")
            if member.recused:
                return self.tr("A recused member takes no part in the vote.")
            return self.tr("Only members present vote.")
        if column == self.RECUSED:
            return self.tr("A party to the case or a relative of one stands aside.")
        return None

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return False
        row, column = index.row(), index.column()
        member = self._members[row]
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.PRESENT, self.RECUSED):
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            if column == self.PRESENT:
                changed = replace(member, present=on)
            else:
                changed = replace(
                    member, recused=on, recusal_reason=member.recusal_reason if on else ""
                )
        elif role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        elif column == self.REASON:
            changed = replace(member, recusal_reason=str(value))
        elif column == self.VOTE:
            try:
                vote = Vote(value) if value else None
            except ValueError:
                return False
            changed = replace(member, vote=vote)
        elif column == self.DISSENT:
            changed = replace(member, dissent=str(value))
        else:
            return False
        if not (changed.present and changed.votes and not changed.recused):
            changed = replace(changed, vote=None)  # only those present and not recused vote
        if changed.recused or not changed.present:
            changed = replace(changed, dissent="")
        if changed == member:
            return True
        self._members[row] = changed
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        self.edited.emit()
        return True


class VoteDelegate(QStyledItemDelegate):
    """Edits a vote with a drop-down: for, against, abstained, or not voted yet."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(vote_label(None), "")
        for vote in Vote:
            combo.addItem(vote_label(vote), vote.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class HearingListModel(HeaderedTableModel):
    """A case's hearings: date, place, outcome, the count, the proposed penalty."""

    DATE, PLACE, OUTCOME, TALLY, PENALTY = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hearings: list[Hearing] = []
        self.pack: RulePack | None = None
        self._headers = [
            self.tr("Date"),
            self.tr("Place"),
            self.tr("Outcome"),
            self.tr("Quorum and vote"),
            self.tr("Proposed penalty"),
        ]

    def set_hearings(self, hearings: tuple[Hearing, ...], pack: RulePack | None) -> None:
        self.beginResetModel()
        self.hearings = sorted(hearings, key=lambda h: (h.held_on, h.id))
        self.pack = pack
        self.endResetModel()

    def hearing(self, row: int) -> Hearing | None:
        return self.hearings[row] if 0 <= row < len(self.hearings) else None

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hearings)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hearings):
            return None
        hearing = self.hearings[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return hearing.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.DATE:
            return date_text(hearing.held_on)
        if column == self.PLACE:
            return hearing.place
        if column == self.OUTCOME:
            return hearing_outcome_label(hearing.outcome)
        if column == self.TALLY:
            t = hearing.tally
            quorum = self.tr("quorum met") if t.quorum_met else self.tr("no quorum")
            verdict = self.tr("adopted") if t.adopted else self.tr("not adopted")
            return (
                self.tr("%1 of %2 present, %3; %4–%5–%6, %7")
                .replace("%1", str(t.present))
                .replace("%2", str(t.members))
                .replace("%3", quorum)
                .replace("%4", str(t.votes_for))
                .replace("%5", str(t.votes_against))
                .replace("%6", str(t.abstained))
                .replace("%7", verdict)
            )
        if column == self.PENALTY:
            if hearing.proposed_penalty is None:
                return "—"
            if self.pack is None:
                return hearing.proposed_penalty
            return penalty_name(hearing.proposed_penalty, self.pack)
        return None


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
