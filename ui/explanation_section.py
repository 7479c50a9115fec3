"""The procedure tab's first step: the request for a written explanation and what came of it.

The servant has two working days after the request (Labour Code Art. 65); the due day comes from
the service as the request date is typed. Then the explanation is recorded, or an act of its
refusal or absence with its witnesses; a scan of either may be attached.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, RulePackError, StorageError, ValidationFailed
from domain.procedure_model import (
    AttachmentKind,
    Explanation,
    ExplanationInput,
    ExplanationOutcome,
)
from ui.deadline_text import date_text
from ui.form_widgets import FieldBox, OptionalDateEdit
from ui.messages import field_label
from ui.procedure_labels import explanation_label
from ui.procedure_widgets import (
    MUTED_STYLE,
    WARNING_STYLE,
    error_label,
    say_gone,
    show_errors,
    text_field,
)
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.procedure_model import Attachment
    from domain.procedure_service import ProcedureService

_log = logging.getLogger(__name__)
_ACTS = frozenset({ExplanationOutcome.REFUSED, ExplanationOutcome.ABSENT})


class ExplanationSection(QWidget):
    """Edits the case's explanation record; `saved` after the service stored it."""

    saved = Signal()
    attachment_added = Signal(int)  # the attachment id

    def __init__(
        self,
        procedure: ProcedureService,
        prompts: Prompts,
        case_id: int,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._prompts = prompts
        self.case_id = case_id
        self._today = today
        self._attachment_id: int | None = None
        self.due_on: date | None = None
        self._attachments: dict[int, str] = {}
        self.boxes: dict[str, FieldBox] = {}

        self.requested = OptionalDateEdit()
        self.due = QLabel()
        self.due.setStyleSheet(MUTED_STYLE)
        requested_row = QWidget()
        row = QHBoxLayout(requested_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.requested)
        row.addWidget(self.due, 1)
        self.outcome = QComboBox()
        for outcome in ExplanationOutcome:
            self.outcome.addItem(explanation_label(outcome), outcome)
        self.received = OptionalDateEdit()
        self.text = text_field(self, 6)
        self.act_on = OptionalDateEdit()
        self.witnesses = text_field(
            self, 3, self.tr("Who signed the act: name and position, one per line")
        )
        self.scan = QLabel(self.tr("No scan attached."))
        self.scan.setStyleSheet(MUTED_STYLE)
        self.attach_button = QPushButton(self.tr("Attach a scan…"))
        self.attach_button.clicked.connect(self.attach_scan)
        scan_row = QWidget()
        scan_layout = QHBoxLayout(scan_row)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.addWidget(self.scan, 1)
        scan_layout.addWidget(self.attach_button)

        self.warning = QLabel()
        self.warning.setObjectName("explanationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.text_label = QLabel(field_label("explanation_text"))
        self.text_label.setWordWrap(True)
        rows = (
            ("requested_on", QLabel(field_label("requested_on")), requested_row),
            ("outcome", QLabel(field_label("explanation_outcome")), self.outcome),
            ("received_on", QLabel(field_label("received_on")), self.received),
            ("text", self.text_label, self.text),
            ("act_on", QLabel(field_label("act_on")), self.act_on),
            ("act_witnesses", QLabel(field_label("act_witnesses")), self.witnesses),
            ("attachment_id", QLabel(field_label("attachment_id")), scan_row),
        )
        for field, label, widget in rows:
            label.setWordWrap(True)
            self.boxes[field] = FieldBox(widget)
            form.addRow(label, self.boxes[field])
        self._act_rows = (self.boxes["act_on"], self.boxes["act_witnesses"])
        self._act_labels = (
            form.labelForField(self.boxes["act_on"]),
            form.labelForField(self.boxes["act_witnesses"]),
        )

        self.message = error_label()
        self.status = QLabel()
        self.status.setStyleSheet(MUTED_STYLE)
        self.save_button = QPushButton(self.tr("Save the explanation"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.requested.dateChanged.connect(self._requested_changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        for signal in (
            self.received.dateChanged,
            self.act_on.dateChanged,
            self.text.textChanged,
            self.witnesses.textChanged,
        ):
            signal.connect(self._edited)
        self._outcome_changed()
        self._requested_changed()

    # -- showing -----------------------------------------------------------------------------

    def set_record(self, record: Explanation | None, attachments: tuple[Attachment, ...]) -> None:
        """Show the stored explanation (or an empty form), and name its scan."""
        self._attachments = {a.id: a.display_name for a in attachments}
        widgets = (
            self.requested,
            self.outcome,
            self.received,
            self.act_on,
            self.text,
            self.witnesses,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.requested.set_value(record.requested_on if record else None)
            outcome = record.outcome if record else ExplanationOutcome.PENDING
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))
            self.received.set_value(record.received_on if record else None)
            self.act_on.set_value(record.act_on if record else None)
            self.text.setPlainText(record.text if record else "")
            self.witnesses.setPlainText(record.act_witnesses if record else "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._attachment_id = record.attachment_id if record else None
        self._show_scan()
        self._outcome_changed()
        self._requested_changed()
        self.status.setText("")
        show_errors([], self.boxes, self.message)

    def _show_scan(self) -> None:
        if self._attachment_id is None:
            self.scan.setText(self.tr("No scan attached."))
        else:
            name = self._attachments.get(self._attachment_id, f"#{self._attachment_id}")
            self.scan.setText(name)

    def _requested_changed(self) -> None:
        requested = self.requested.value()
        self.due_on = None
        if requested is not None:
            try:
                self.due_on = self._procedure.explanation_due(requested)
            except (StorageError, RulePackError) as exc:
                _log.warning("explanation due: %s", exc)
        self.due.setText(
            ""
            if self.due_on is None
            else self.tr("Due by %1 (Labour Code Art. 65)").replace("%1", date_text(self.due_on))
        )
        self._edited()

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        acts = outcome in _ACTS
        self.received.setEnabled(outcome == ExplanationOutcome.RECEIVED)
        for widget in (*self._act_rows, *self._act_labels):
            if widget is not None:
                widget.setVisible(acts)
        self.text_label.setText(
            field_label("act_text") if acts else field_label("explanation_text")
        )
        self._edited()

    def _edited(self) -> None:
        self.status.setText("")
        overdue = (
            self.due_on is not None
            and self.due_on < self._today()
            and self.outcome.currentData() == ExplanationOutcome.PENDING
        )
        self.warning.setText(
            self.tr(
                "The wait for the explanation ended on %1 and nothing is recorded: record the "
                "explanation, or draw up an act of its absence."
            ).replace("%1", date_text(self.due_on))
            if overdue
            else ""
        )
        self.warning.setVisible(overdue)

    # -- reading and saving ------------------------------------------------------------------

    def explanation_input(self) -> ExplanationInput | None:
        """The record as typed; None while the request date is empty (nothing to record)."""
        requested = self.requested.value()
        if requested is None:
            return None
        outcome = ExplanationOutcome(self.outcome.currentData())
        acts = outcome in _ACTS
        return ExplanationInput(
            requested_on=requested,
            outcome=outcome,
            received_on=self.received.value() if outcome == ExplanationOutcome.RECEIVED else None,
            text=self.text.toPlainText().strip(),
            act_on=self.act_on.value() if acts else None,
            act_witnesses=self.witnesses.toPlainText().strip() if acts else "",
            attachment_id=self._attachment_id,
        )

    def save(self) -> bool:
        data = self.explanation_input()
        if data is None:
            show_errors([FieldError("requested_on", "required")], self.boxes, self.message)
            return False
        try:
            self._procedure.record_explanation(self.case_id, data)
        except ValidationFailed as exc:
            show_errors(exc.errors, self.boxes, self.message)
            return False
        except NotFound:
            say_gone(self._prompts, self)
            return False
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        show_errors([], self.boxes, self.message)
        self.saved.emit()
        self.status.setText(self.tr("Explanation saved."))
        return True

    def attach_scan(self) -> int | None:
        """Ask for a file and keep it with the case; it becomes this record's scan."""
        path = self._prompts.open_file(
            self.tr("Attach a scan"),
            self.tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)"),
            self,
        )
        if not path:
            return None
        outcome = self.outcome.currentData()
        kind = AttachmentKind.ACT if outcome in _ACTS else AttachmentKind.EXPLANATION
        try:
            attachment_id = self._procedure.add_attachment(self.case_id, path, kind)
        except ValidationFailed as exc:
            show_errors(exc.errors, self.boxes, self.message, {"file": "attachment_id"})
            return None
        except (StorageError, OSError) as exc:
            if isinstance(exc, StorageError):
                self._prompts.storage_error(exc, self)
            else:
                self._prompts.warning(self.tr("Attach a scan"), str(exc), self)
            return None
        self._attachment_id = attachment_id
        self._attachments[attachment_id] = Path(path).name
        self._show_scan()
        self.attachment_added.emit(attachment_id)
        return attachment_id
