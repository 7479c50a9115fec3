"""A commission's hearing of a case: attendance, recusals, votes, dissent, the outcome, the minutes.

The members come pre-filled from the composition in force on the hearing's day (all present, no
votes yet). The quorum and the count follow every change (ProcedureService.tally); the service
decides whether the outcome can be recorded, and its refusals are shown at their fields.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, RulePackError, StorageError, ValidationFailed
from domain.procedure_model import HearingInput, HearingOutcome
from ui.form_widgets import FieldBox
from ui.hearing_table_model import ATTENDANCE_FIELDS, AttendanceModel, VoteDelegate
from ui.messages import field_error_text, field_label
from ui.penalty_text import penalty_name
from ui.procedure_labels import hearing_outcome_label, tally_text
from ui.procedure_widgets import (
    ERROR_STYLE,
    MUTED_STYLE,
    error_label,
    say_gone,
    show_errors,
    text_field,
)
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.procedure_model import Tally
    from domain.procedure_service import ProcedureService
    from domain.rulepack import RulePack

_log = logging.getLogger(__name__)
_TALLY_OK = "color: #1b5e20; font-weight: bold;"
_TALLY_FAILED = ERROR_STYLE + " font-weight: bold;"
_TALLY_OPEN = "font-weight: bold;"


class HearingDialog(QDialog):
    """Records one hearing (new or stored); `hearing_saved` carries its id."""

    hearing_saved = Signal(int)

    def __init__(
        self,
        procedure: ProcedureService,
        prompts: Prompts,
        case_id: int,
        data: HearingInput,
        allowed: Sequence[str],
        pack: RulePack,
        hearing_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._prompts = prompts
        self.case_id = case_id
        self.hearing_id = hearing_id
        self._commission_id = data.commission_id
        self._attendance_touched = hearing_id is not None
        self.tally: Tally | None = None
        self.boxes: dict[str, FieldBox] = {}
        self.setWindowTitle(self.tr("New hearing") if hearing_id is None else self.tr("Hearing"))

        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd.MM.yyyy")
        self.held_on.setDate(QDate(data.held_on.year, data.held_on.month, data.held_on.day))
        self.place = QLineEdit(data.place)
        self.invited = text_field(
            self, 2, self.tr("The servant, their representative, witnesses: one per line")
        )
        self.invited.setPlainText(data.invited)

        self.model = AttendanceModel(self)
        self.model.set_members(data.members)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AttendanceModel.VOTE, VoteDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        for column in (AttendanceModel.PRESENT, AttendanceModel.RECUSED, AttendanceModel.VOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttendanceModel.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttendanceModel.DISSENT, QHeaderView.ResizeMode.Stretch)
        self.model.edited.connect(self._attendance_edited)
        self.tally_line = QLabel()
        self.tally_line.setObjectName("tally")
        self.tally_line.setWordWrap(True)
        attendance = QWidget()
        attendance_layout = QVBoxLayout(attendance)
        attendance_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Tick who attended and who stood aside; double-click a vote, a reason or an "
                "opinion to change it. Only members present and not recused vote."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        attendance_layout.addWidget(hint)
        attendance_layout.addWidget(self.table, 1)
        attendance_layout.addWidget(self.tally_line)

        self.outcome = QComboBox()
        for outcome in HearingOutcome:
            self.outcome.addItem(hearing_outcome_label(outcome), outcome)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(data.outcome)))
        self.penalty = QComboBox()
        self.penalty.addItem(self.tr("Choose a penalty…"), None)
        for code in allowed:
            self.penalty.addItem(penalty_name(code, pack), code)
        if data.proposed_penalty is not None and self.penalty.findData(data.proposed_penalty) < 0:
            # A stored proposal the bounds no longer allow stays visible, so it can be changed.
            self.penalty.addItem(penalty_name(data.proposed_penalty, pack), data.proposed_penalty)
        self.penalty.setCurrentIndex(max(0, self.penalty.findData(data.proposed_penalty)))
        self.minutes = text_field(self, 5, self.tr("The course of the hearing, for the protocol"))
        self.minutes.setPlainText(data.minutes)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        upper: tuple[tuple[str, QWidget], ...] = (
            ("held_on", self.held_on),
            ("place", self.place),
            ("invited", self.invited),
        )
        for field, widget in upper:
            self.boxes[field] = FieldBox(widget)
            form.addRow(field_label(field), self.boxes[field])
        self.boxes["members"] = FieldBox(attendance, grow=True)
        lower = QFormLayout()
        lower.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        bottom: tuple[tuple[str, QWidget], ...] = (
            ("outcome", self.outcome),
            ("proposed_penalty", self.penalty),
            ("minutes", self.minutes),
        )
        for field, widget in bottom:
            self.boxes[field] = FieldBox(widget)
            label = QLabel(field_label("hearing_outcome" if field == "outcome" else field))
            label.setWordWrap(True)
            lower.addRow(label, self.boxes[field])

        self.message = error_label()
        self.save_button = QPushButton(self.tr("Save the hearing"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        attendance_title = QLabel(self.tr("Attendance and votes"))
        attendance_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(attendance_title)
        layout.addWidget(self.boxes["members"], 1)
        layout.addLayout(lower)
        layout.addLayout(footer)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(760, screen.height() - 60))

        self.held_on.dateChanged.connect(self._date_changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.update_tally()

    # -- live state --------------------------------------------------------------------------

    def hearing_input(self) -> HearingInput:
        outcome = HearingOutcome(self.outcome.currentData())
        return HearingInput(
            commission_id=self._commission_id,
            held_on=_pydate(self.held_on.date()),
            place=self.place.text().strip(),
            members=self.model.members(),
            outcome=outcome,
            proposed_penalty=self.penalty.currentData()
            if outcome == HearingOutcome.IMPOSE
            else None,
            minutes=self.minutes.toPlainText().strip(),
            invited=self.invited.toPlainText().strip(),
        )

    def update_tally(self) -> None:
        """The quorum and the count as the attendance stands (the service counts)."""
        try:
            self.tally = self._procedure.tally(self.hearing_input())
        except (StorageError, RulePackError, NotFound, ValidationFailed) as exc:
            _log.warning("tally: %s", exc)
            self.tally = None
        if self.tally is None:
            self.tally_line.setText("")
            return
        self.tally_line.setText(tally_text(self.tally))
        if not self.tally.quorum_met:
            self.tally_line.setStyleSheet(_TALLY_FAILED)
        else:
            self.tally_line.setStyleSheet(_TALLY_OK if self.tally.adopted else _TALLY_OPEN)

    def _attendance_edited(self) -> None:
        self._attendance_touched = True
        self.update_tally()

    def _outcome_changed(self) -> None:
        imposes = self.outcome.currentData() == HearingOutcome.IMPOSE
        self.penalty.setEnabled(imposes)
        self.penalty.setToolTip(
            "" if imposes else self.tr("A penalty is proposed only when the outcome imposes one.")
        )
        self.update_tally()

    def _date_changed(self) -> None:
        """Another day may have another composition: fill the members again while untouched."""
        if self._attendance_touched:
            self.update_tally()
            return
        try:
            fresh = self._procedure.new_hearing(
                self.case_id, self._commission_id, _pydate(self.held_on.date())
            )
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return
        except (StorageError, NotFound) as exc:
            _log.warning("new hearing: %s", exc)
            return
        self.model.set_members(fresh.members)
        self._show_errors([])
        self.update_tally()

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> int | None:
        """Record the hearing; one not adopted (no quorum, too few votes for) only once the
        secretary confirms it is to be kept as it went."""
        self.update_tally()
        if self.tally is not None and not self.tally.adopted:
            question = (
                self.tr(
                    "The quorum is not met: the commission could not decide. Record the hearing "
                    "as it went anyway?"
                )
                if not self.tally.quorum_met
                else self.tr(
                    "The proposal was not adopted: too few members voted for it. Record the "
                    "hearing as it went anyway?"
                )
            )
            if not self._prompts.question(self.windowTitle(), question, self):
                return None
        try:
            hearing_id = self._procedure.record_hearing(
                self.case_id, self.hearing_input(), self.hearing_id
            )
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return None
        except NotFound:
            say_gone(self._prompts, self)
            return None
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        self.hearing_id = hearing_id
        self.hearing_saved.emit(hearing_id)
        self.accept()
        return hearing_id

    def _show_errors(self, errors: list[FieldError]) -> None:
        """Errors at their fields; a member's under the attendance table, named, and the cell
        marked."""
        cells: dict[tuple[int, int], str] = {}
        member_lines: list[str] = []
        rest: list[FieldError] = []
        for error in errors:
            parts = error.field.split(".")
            if parts[0] == "members" and len(parts) >= 2 and parts[1].isdigit():
                row = int(parts[1])
                text = field_error_text(error)
                if len(parts) == 3 and parts[2] in ATTENDANCE_FIELDS:
                    cells[(row, ATTENDANCE_FIELDS.index(parts[2]))] = text
                member_lines.append(f"{self._member_name(row)}: {text}")
            elif error.field == "members":
                member_lines.append(field_error_text(error))
            else:
                rest.append(error)
        self.model.set_errors(cells)
        show_errors(rest, self.boxes, self.message, {"date": "held_on"})
        self.boxes["members"].set_error(" ".join(member_lines))

    def _member_name(self, row: int) -> str:
        members = self.model.members()
        return members[row].full_name if 0 <= row < len(members) else str(row + 1)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
