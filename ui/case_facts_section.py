"""The case editor's facts section (offence, dates, description) and its suspensions box."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from domain.errors import StorageError
from ui.form_widgets import FieldBox, OptionalDateEdit, add_field_box
from ui.labels import offence_label, offence_tooltip
from ui.messages import field_label
from ui.pauses_editor import PausesEditor

if TYPE_CHECKING:
    from domain.model import CaseDetail
    from domain.rulepack import Offence
    from domain.services import CaseService

# Logged under the editor's name, as before the section had a module of its own.
_log = logging.getLogger("ui.case_editor")

# The texts keep the "CaseEditor" translation context they had as the editor's own tr(); lupdate
# reads the context only from a literal QCoreApplication.translate() call, hence the repetition.


class FactsSection:
    """The facts of the case in one group box, the suspensions editor in another."""

    def __init__(
        self,
        owner: QWidget,
        services: CaseService,
        case: CaseDetail | None,
        boxes: dict[str, FieldBox],
    ) -> None:
        self._services = services
        self._case = case
        self._build_offence(owner, boxes)
        self._build_pauses()

    def _build_offence(self, owner: QWidget, boxes: dict[str, FieldBox]) -> None:
        self.offence = QComboBox()
        self.offence.setMinimumContentsLength(40)
        self.offence.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.committed = OptionalDateEdit()
        self.discovered = OptionalDateEdit()
        self.continuing = QCheckBox(field_label("continuing"))
        self.ended = QRadioButton(QCoreApplication.translate("CaseEditor", "it ended on"))
        self.still_going = QRadioButton(QCoreApplication.translate("CaseEditor", "still going on"))
        self.ended.setChecked(True)
        self.continuing_end = QButtonGroup(owner)
        self.continuing_end.addButton(self.ended)
        self.continuing_end.addButton(self.still_going)
        self.continuing_until = OptionalDateEdit()
        self.continuing.toggled.connect(self.continuing_changed)
        self.ended.toggled.connect(self.continuing_changed)
        continuing_row = QWidget()
        continuing_layout = QHBoxLayout(continuing_row)
        continuing_layout.setContentsMargins(0, 0, 0, 0)
        continuing_layout.addWidget(self.ended)
        continuing_layout.addWidget(self.continuing_until)
        continuing_layout.addWidget(self.still_going)
        continuing_layout.addStretch(1)
        self.continuing_changed()
        self.terminated = OptionalDateEdit()
        self.terminated.setToolTip(
            QCoreApplication.translate(
                "CaseEditor",
                "Only when the signs of a discrediting offence were found in a criminal or "
                "administrative case that was terminated: the limit then runs 3 months from "
                "that decision.",
            )
        )
        terminated_row = QWidget()
        terminated_layout = QHBoxLayout(terminated_row)
        terminated_layout.setContentsMargins(0, 0, 0, 0)
        terminated_layout.addWidget(self.terminated)
        terminated_hint = QLabel(QCoreApplication.translate("CaseEditor", "if any"))
        terminated_hint.setStyleSheet("color: #505050;")
        terminated_layout.addWidget(terminated_hint)
        terminated_layout.addStretch(1)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.report_source = QLineEdit()
        self.report_source.setPlaceholderText(
            QCoreApplication.translate("CaseEditor", "Who reported it, document number and date")
        )

        self.offence_box = QGroupBox(QCoreApplication.translate("CaseEditor", "Facts of the case"))
        form = QFormLayout(self.offence_box)
        form.addRow(field_label("offence"), add_field_box(boxes, "offence", self.offence))
        form.addRow(
            field_label("committed_on"), add_field_box(boxes, "committed_on", self.committed)
        )
        form.addRow(
            field_label("discovered_on"), add_field_box(boxes, "discovered_on", self.discovered)
        )
        form.addRow(self.continuing, add_field_box(boxes, "continuing_until", continuing_row))
        terminated_label = QLabel(field_label("terminated_on"))
        terminated_label.setWordWrap(True)
        form.addRow(terminated_label, add_field_box(boxes, "terminated_on", terminated_row))
        form.addRow(
            field_label("description"),
            add_field_box(boxes, "description", self.description, grow=True),
        )
        form.addRow(
            field_label("report_source"),
            add_field_box(boxes, "report_source", self.report_source),
        )

    def _build_pauses(self) -> None:
        pack = self._services.packs.find(self._case.rule_pack) if self._case else None
        # A stored case keeps the reasons of its own pack (if it is still installed).
        reasons = (pack or self._services.pack_for(date.today())).suspension_reasons
        self.pauses = PausesEditor(reasons)
        self.pauses_box = QGroupBox(
            QCoreApplication.translate("CaseEditor", "Suspensions (Art. 45 p. 3-4)")
        )
        self.pauses_box.setToolTip(
            QCoreApplication.translate(
                "CaseEditor",
                "Sick leave, vacation, business trips, training, proceedings and the other periods "
                "the law lists suspend the limits; during most of them no penalty may be imposed.",
            )
        )
        layout = QVBoxLayout(self.pauses_box)
        layout.addWidget(self.pauses)
        self.pauses_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def load_offences(self) -> None:
        """Offences selectable on the committed date; an edited case keeps its own."""
        on = self.committed.value() or date.today()
        current = self.offence.currentData() or (self._case.offence if self._case else None)
        try:
            offences: list[Offence] = list(self._services.selectable_offences(on))
            if self._case is not None and all(o.code != self._case.offence for o in offences):
                kept = self._services.pack_for(self._case.committed_on).find_offence(
                    self._case.offence
                )
                if kept is not None:
                    offences.append(kept)
        except StorageError as exc:
            _log.warning("offences: %s", exc)
            offences = []
        self.offence.blockSignals(True)
        try:
            self.offence.clear()
            self.offence.addItem(QCoreApplication.translate("CaseEditor", "Choose an offence…"), "")
            for offence in offences:
                self.offence.addItem(offence_label(offence), offence.code)
                self.offence.setItemData(
                    self.offence.count() - 1, offence_tooltip(offence), Qt.ItemDataRole.ToolTipRole
                )
            self.offence.setCurrentIndex(max(0, self.offence.findData(current)))
        finally:
            self.offence.blockSignals(False)

    def continuing_changed(self) -> None:
        """The end of a continuing offence is asked for only while it is marked continuing."""
        on = self.continuing.isChecked()
        self.ended.setEnabled(on)
        self.still_going.setEnabled(on)
        self.continuing_until.setEnabled(on and self.ended.isChecked())
