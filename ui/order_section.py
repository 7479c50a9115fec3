"""The procedure tab's order: who signed it, the penalty, its announcement, the servant's signature.

Saving goes through ProcedureService.record_order, which decides the case the way the case
editor's Decision box does (status, decision date, penalty) with the same deadline checks: a
decision out of time or on a blocked day asks for a written reason, shown here when asked for.
The announcement is due within 3 working days of the order (Labour Code Art. 65); the penalty then
stays in force for 6 months unless lifted early (Art. 66).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, StorageError, ValidationFailed
from domain.procedure_model import HearingOutcome, Order, OrderInput
from ui.clock_reason_dialog import ClockReasonDialog, ask_clock_reason, clock_refusal
from ui.deadline_text import date_text
from ui.form_widgets import FieldBox, OptionalDateEdit
from ui.messages import field_label
from ui.override_confirm import CONFIRM_FIELD, ConfirmFields
from ui.penalty_text import penalty_name
from ui.procedure_labels import hearing_outcome_label
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
    from domain.procedure_service import ProcedureService
    from domain.rulepack import RulePack

# Codes by which the decision's deadline check asks for a written reason to decide anyway.
OVERRIDE_CODES = frozenset({"deadline.expired", "deadline.blocked_day"})
# The case's decision is checked under the case's names; here they are the order's fields.
_ALIASES = {
    "decided_on": "signed_on",
    "decision_date": "signed_on",
    "penalty_lifted_on": "lifted_on",
    "status": "outcome",
}


class OrderSection(QWidget):
    """Edits the case's order; `saved` after the service stored it (the case changed too)."""

    saved = Signal()

    def __init__(
        self,
        procedure: ProcedureService,
        prompts: Prompts,
        case_id: int,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._procedure = procedure
        self._prompts = prompts
        self.case_id = case_id
        self._pack: RulePack | None = None
        self.clock_dialog: ClockReasonDialog | None = None
        self.clock_reason = ""  # S13: why the order is saved with the clock behind
        self.boxes: dict[str, FieldBox] = {}
        self._override_asked = False

        self.official_name = QLineEdit()
        self.official_position = QLineEdit()
        self.signed_on = OptionalDateEdit()
        self.order_number = QLineEdit()
        self.outcome = QComboBox()
        for outcome in (HearingOutcome.IMPOSE, HearingOutcome.NONE):
            self.outcome.addItem(hearing_outcome_label(outcome), outcome)
        self.penalty = QComboBox()
        self.penalty.setMinimumContentsLength(24)
        self.override_reason = text_field(
            self, 3, self.tr("The written reason for signing the order on this day")
        )
        self.confirm = ConfirmFields()  # the chair's confirmation of the override (ASVS 2.3.5)
        self.announced_on = OptionalDateEdit()
        self.announce_due = QLabel()
        self.announce_due.setStyleSheet(MUTED_STYLE)
        announced = QWidget()
        announced_row = QHBoxLayout(announced)
        announced_row.setContentsMargins(0, 0, 0, 0)
        announced_row.addWidget(self.announced_on)
        announced_row.addWidget(self.announce_due, 1)
        self.familiarised_on = OptionalDateEdit()
        self.refused_on = OptionalDateEdit()
        self.refusal_witnesses = text_field(
            self, 2, self.tr("Who signed the act of refusal, one per line")
        )
        self.lifted_on = OptionalDateEdit()
        self.expires = QLabel()
        self.expires.setObjectName("penaltyExpires")
        self.expires.setWordWrap(True)
        self.expires.setStyleSheet(MUTED_STYLE)

        order_box = QGroupBox(self.tr("The order"))
        order_form = QFormLayout(order_box)
        self._add_rows(
            order_form,
            (
                ("official_name", self.official_name),
                ("official_position", self.official_position),
                ("signed_on", self.signed_on),
                ("order_number", self.order_number),
                ("outcome", self.outcome),
                ("penalty", self.penalty),
                ("override_reason", self.override_reason),
                (CONFIRM_FIELD, self.confirm),
            ),
        )
        self._override_labels = [
            order_form.labelForField(self.boxes[f]) for f in ("override_reason", CONFIRM_FIELD)
        ]
        announce_box = QGroupBox(self.tr("Announcement to the servant"))
        announce_form = QFormLayout(announce_box)
        self._add_rows(
            announce_form,
            (
                ("announced_on", announced),
                ("familiarised_on", self.familiarised_on),
                ("refused_on", self.refused_on),
                ("refusal_witnesses", self.refusal_witnesses),
            ),
        )
        life_box = QGroupBox(self.tr("The penalty's lifetime"))
        life_form = QFormLayout(life_box)
        life_form.addRow(self.expires)
        self._add_rows(life_form, (("lifted_on", self.lifted_on),))

        self.message = error_label()
        self.status = QLabel()
        self.status.setStyleSheet(MUTED_STYLE)
        self.save_button = QPushButton(self.tr("Save the order"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        grid = QGridLayout()
        grid.addWidget(order_box, 0, 0, 2, 1)
        grid.addWidget(announce_box, 0, 1)
        grid.addWidget(life_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.refused_on.dateChanged.connect(self._refusal_changed)
        self._show_override(False)
        self._outcome_changed()
        self._refusal_changed()

    def _add_rows(self, form: QFormLayout, rows: Sequence[tuple[str, QWidget]]) -> None:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, widget in rows:
            self.boxes[field] = FieldBox(widget)
            label = QLabel(field_label(field))
            label.setWordWrap(True)
            form.addRow(label, self.boxes[field])

    # -- showing -----------------------------------------------------------------------------

    def set_choices(self, allowed: Sequence[str], pack: RulePack) -> None:
        """The penalties the law allows for the case (CaseService bounds), by the pack's names."""
        self._pack = pack
        current = self.penalty.currentData()
        self.penalty.blockSignals(True)
        try:
            self.penalty.clear()
            self.penalty.addItem(self.tr("Choose a penalty…"), None)
            for code in allowed:
                self.penalty.addItem(penalty_name(code, pack), code)
            if current is not None and self.penalty.findData(current) < 0:
                self.penalty.addItem(penalty_name(current, pack), current)
            self.penalty.setCurrentIndex(max(0, self.penalty.findData(current)))
        finally:
            self.penalty.blockSignals(False)

    def set_order(self, order: Order | None) -> None:
        """Show the stored order (or an empty form) with the dates the rules derive from it."""
        self.official_name.setText(order.official_name if order else "")
        self.official_position.setText(order.official_position if order else "")
        self.signed_on.set_value(order.signed_on if order else None)
        self.order_number.setText(order.order_number if order else "")
        outcome = order.outcome if order else HearingOutcome.IMPOSE
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))
        penalty = order.penalty if order else None
        if penalty is not None and self.penalty.findData(penalty) < 0 and self._pack is not None:
            self.penalty.addItem(penalty_name(penalty, self._pack), penalty)
        self.penalty.setCurrentIndex(max(0, self.penalty.findData(penalty)))
        self.announced_on.set_value(order.announced_on if order else None)
        self.familiarised_on.set_value(order.familiarised_on if order else None)
        self.refused_on.set_value(order.refused_on if order else None)
        self.refusal_witnesses.setPlainText(order.refusal_witnesses if order else "")
        self.lifted_on.set_value(order.lifted_on if order else None)
        self._show_announce_due(order)
        if order is not None and order.expires_on is not None:
            self.expires.setText(
                self.tr("In force through %1 unless lifted earlier (Labour Code Art. 66).").replace(
                    "%1", date_text(order.expires_on)
                )
            )
        elif order is not None:
            self.expires.setText(self.tr("No penalty was imposed."))
        else:
            self.expires.setText(self.tr("Shown once the order is saved."))
        self.override_reason.setPlainText("")
        self.confirm.clear()
        self._show_override(False)
        self.status.setText("")
        show_errors([], self.boxes, self.message)

    def _show_announce_due(self, order: Order | None) -> None:
        """The stored order's announcement day; late or overdue said in the warning colour."""
        if order is None:
            self.announce_due.setText("")
            return
        due = date_text(order.announce_due)
        # Signing it or refusing to sign shows the servant the order too.
        shown = [d for d in (order.announced_on, order.familiarised_on, order.refused_on) if d]
        late = bool(shown) and min(shown) > order.announce_due
        overdue = not shown and self._today() > order.announce_due
        if late:
            text = self.tr("announced late: it was due by %1").replace("%1", due)
        elif overdue:
            text = self.tr("not announced yet: it was due by %1").replace("%1", due)
        else:
            text = self.tr("due by %1 (Labour Code Art. 65)").replace("%1", due)
        self.announce_due.setText(text)
        self.announce_due.setStyleSheet(ERROR_STYLE if late or overdue else MUTED_STYLE)

    def _outcome_changed(self) -> None:
        imposes = self.outcome.currentData() == HearingOutcome.IMPOSE
        self.penalty.setEnabled(imposes)
        self.lifted_on.setEnabled(imposes)

    def _refusal_changed(self) -> None:
        self.refusal_witnesses.setEnabled(self.refused_on.value() is not None)

    def _show_override(self, shown: bool) -> None:
        self._override_asked = shown
        for field in ("override_reason", CONFIRM_FIELD):
            self.boxes[field].setVisible(shown)
        for label in self._override_labels:
            if label is not None:
                label.setVisible(shown)

    # -- reading and saving ------------------------------------------------------------------

    def order_input(self) -> OrderInput | None:
        """The order as typed; None while the signing date is empty."""
        signed_on = self.signed_on.value()
        if signed_on is None:
            return None
        outcome = HearingOutcome(self.outcome.currentData())
        imposes = outcome == HearingOutcome.IMPOSE
        refused_on = self.refused_on.value()
        return OrderInput(
            signed_on=signed_on,
            official_name=self.official_name.text().strip(),
            official_position=self.official_position.text().strip(),
            outcome=outcome,
            penalty=self.penalty.currentData() if imposes else None,
            order_number=self.order_number.text().strip(),
            announced_on=self.announced_on.value(),
            familiarised_on=self.familiarised_on.value(),
            refused_on=refused_on,
            refusal_witnesses=self.refusal_witnesses.toPlainText().strip() if refused_on else "",
            lifted_on=self.lifted_on.value() if imposes else None,
        )

    def override_text(self) -> str:
        """The written reason, sent only while the form asks for it (as the case editor does)."""
        return self.override_reason.toPlainText().strip() if self._override_asked else ""

    def save(self) -> bool:
        """Record the order; with the clock behind the audit trail, ask for a reason first (S13)."""
        data = self.order_input()
        if data is None:
            self.show_errors([FieldError("signed_on", "required")])
            return False
        # Sent while the reason is asked for; the password is cleared on every try.
        confirmation = self.confirm.take()
        try:
            self._procedure.record_order(
                self.case_id,
                data,
                self.override_text(),
                self.clock_reason,
                confirmation if self._override_asked else None,
            )
        except ValidationFailed as exc:
            if clock_refusal(exc.errors) is not None:
                self.clock_dialog = ask_clock_reason(exc.errors, self._save_with_reason, self)
                return False
            self.show_errors(exc.errors)
            return False
        except NotFound:
            say_gone(self._prompts, self)
            return False
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        self.saved.emit()
        self.status.setText(self.tr("Order saved; the case is decided."))
        return True

    def _save_with_reason(self, reason: str) -> None:
        self.clock_reason = reason  # kept for this case's order: a later save asks no more
        self.save()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Errors at their fields; a deadline refusal opens the written reason's field."""
        if any(e.code in OVERRIDE_CODES for e in errors):
            self._show_override(True)
        show_errors(errors, self.boxes, self.message, _ALIASES)
