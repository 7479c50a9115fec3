"""The case editor's decision section: status, decision date, its written reason, the penalty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from domain.model import CaseStatus
from domain.override_signoff import OverrideConfirmation
from ui.form_widgets import FieldBox, OptionalDateEdit, add_field_box
from ui.labels import status_label
from ui.messages import field_label
from ui.override_confirm import CONFIRM_FIELD, ConfirmFields, confirm_box
from ui.penalty_panel import PenaltyFields

if TYPE_CHECKING:
    from domain.rulepack import RulePack

# Statuses that record a decision, and so a decision date.
DECIDED = frozenset({CaseStatus.DECIDED, CaseStatus.NO_PENALTY})

# The texts keep the "CaseEditor" translation context they had as the editor's own tr(); lupdate
# reads the context only from a literal QCoreApplication.translate() call, hence the repetition.


class DecisionSection:
    """The Decision group box; the override reason shows only while the service asks for it."""

    def __init__(self, owner: QWidget, boxes: dict[str, FieldBox], pack: RulePack) -> None:
        self.status = QComboBox()
        for status in CaseStatus:
            self.status.addItem(status_label(status), status)
        self.decided = OptionalDateEdit()
        self.override_reason = QPlainTextEdit()
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(owner.fontMetrics().lineSpacing() * 3 + 12)
        self.override_reason.setPlaceholderText(
            QCoreApplication.translate(
                "CaseEditor", "The commission secretary's written reason for deciding on this day"
            )
        )
        self.override_hint = QLabel(
            QCoreApplication.translate(
                "CaseEditor",
                "The reason is kept in the case's timeline together with the decision date.",
            )
        )
        self.override_hint.setWordWrap(True)
        self.override_hint.setStyleSheet("color: #505050;")
        override = QWidget()
        override_layout = QVBoxLayout(override)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.setSpacing(2)
        override_layout.addWidget(self.override_reason)
        override_layout.addWidget(self.override_hint)

        self.box = QGroupBox(QCoreApplication.translate("CaseEditor", "Decision"))
        self.box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form = QFormLayout(self.box)
        form.addRow(field_label("status"), add_field_box(boxes, "status", self.status))
        form.addRow(field_label("decided_on"), add_field_box(boxes, "decided_on", self.decided))
        self.override_label = QLabel(field_label("override_reason"))
        self.override_label.setWordWrap(True)
        self._override_box = add_field_box(boxes, "override_reason", override)
        form.addRow(self.override_label, self._override_box)
        # The chair's confirmation (ASVS 2.3.5), asked together with the reason.
        self.confirm: ConfirmFields = confirm_box(boxes)
        self.confirm_label = QLabel(field_label(CONFIRM_FIELD))
        self.confirm_label.setWordWrap(True)
        form.addRow(self.confirm_label, boxes[CONFIRM_FIELD])
        self._override_rows = (
            self.override_label,
            self._override_box,
            self.confirm_label,
            boxes[CONFIRM_FIELD],
        )
        for widget in self._override_rows:
            widget.hide()
        self.penalty = PenaltyFields(owner)
        self.penalty.add_rows(form, boxes)
        self.penalty.set_pack(pack)

    def override_shown(self) -> bool:
        return not self._override_box.isHidden()

    def show_override(self, shown: bool) -> None:
        for widget in self._override_rows:
            widget.setVisible(shown)

    def take_confirmation(self) -> OverrideConfirmation | None:
        """The chair's login and password for this save, sent only while the override is asked
        for (as its reason is); the password field is cleared on every try."""
        confirmation = self.confirm.take()
        return confirmation if self.override_shown() else None

    def apply_status(self) -> bool:
        """Fit the penalty and the decision date to the chosen status; True if it decides."""
        status = self.status.currentData()
        decides = status in DECIDED
        self.penalty.set_decides(
            status == CaseStatus.DECIDED, no_penalty=status == CaseStatus.NO_PENALTY
        )
        self.decided.setEnabled(decides)
        self.decided.setToolTip(
            ""
            if decides
            else QCoreApplication.translate(
                "CaseEditor", "Entered when the status says a penalty, or no penalty, was decided."
            )
        )
        return decides
