"""The dialog that registers or edits a case, checking the input as the user types."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, RulePackError, StorageError, ValidationFailed
from domain.iin import IinError
from domain.model import (
    OPEN_STATUSES,
    CaseDetail,
    CaseInput,
    CaseStatus,
    ServantInput,
    ServiceCategory,
)
from ui.consistency_panel import ConsistencyPanel
from ui.deadline_panel import DeadlinePanel
from ui.form_widgets import AddBodyDialog, FieldBox, OptionalDateEdit
from ui.labels import body_name, offence_label, offence_tooltip, sex_label, status_label, unit_name
from ui.messages import (
    field_error_text,
    field_label,
    pause_part_label,
    problems_summary,
)
from ui.pauses_editor import PausesEditor
from ui.penalty_panel import BoundsPanel, PenaltyFields
from ui.prompts import Prompts
from ui.worksheet_panel import WorksheetPanel

if TYPE_CHECKING:
    from domain.deadline_facts import DeadlineResult
    from domain.penalty_service import PenaltyReview
    from domain.rulepack import Offence, RulePack
    from domain.services import CaseService

_log = logging.getLogger(__name__)

# Errors shown under a field before the user has touched it: everything but "you left it empty".
_QUIET_UNTIL_TOUCHED = frozenset({"required", "iin.empty"})
# Statuses that record a decision, and so a decision date.
_DECIDED = frozenset({CaseStatus.DECIDED, CaseStatus.NO_PENALTY})
# The engine checks the decision date under its own name; the editor shows it at decided_on.
_FIELD_ALIASES = {"decision_date": "decided_on"}
_JUSTIFICATION_REQUIRED = "penalty.justification_required"


class CaseEditor(QDialog):
    """Registers a new case or edits one; Save stays disabled while the input has problems.

    Three tabs: the case itself (with the penalty in the Decision box), the penalty's statutory
    bounds beside the comparable cases, and the criteria worksheet (a saved case only).
    `read_only` shows a stored case without letting it change (opened from comparable cases).
    """

    case_saved = Signal(int)  # the case id
    validated = Signal(list)  # the FieldErrors of the latest check

    def __init__(
        self,
        services: CaseService,
        prompts: Prompts,
        case: CaseDetail | None = None,
        debounce_ms: int = 200,
        parent: QWidget | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self._case = case
        self._debounce_ms = debounce_ms
        self.read_only = read_only and case is not None
        self.review: PenaltyReview | None = None
        self.viewer: CaseEditor | None = None
        self._errors: list[FieldError] = []
        self._touched: set[str] = set()
        self._loading = True
        self.body_dialog: AddBodyDialog | None = None

        if case is None:
            self.setWindowTitle(self.tr("New case"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Case %1 (read only)").replace("%1", case.number))
        else:
            self.setWindowTitle(self.tr("Case %1").replace("%1", case.number))
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(debounce_ms)
        self.validate_timer.timeout.connect(self.validate_now)

        self.deadline: DeadlineResult | None = None
        self._build_servant()
        self._build_offence()
        self._build_pauses()
        self._build_decision()
        self.deadline_panel = DeadlinePanel()
        self._build_buttons()
        # When error lines disappear, the freed height goes to the description box only.
        self.servant_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        left = QVBoxLayout()
        left.addWidget(self.servant_box)
        left.addWidget(self.offence_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.pauses_box)
        right.addWidget(self.decision_box)
        right.addWidget(self.deadline_panel, 1)
        self.case_page = QWidget()
        columns = QHBoxLayout(self.case_page)
        columns.addLayout(left, 11)
        columns.addLayout(right, 10)
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.footer)
        screen = self.screen().availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(780, screen.height() - 60))

        self._load_bodies()
        if case is not None:
            self._fill(case)
        else:
            self._load_offences()
        self._status_changed()
        self._loading = False
        self._connect_changes()
        self.validate_now()
        if self.read_only:
            self._make_read_only()

    # -- building the form ------------------------------------------------------------------

    def _box(self, field: str, widget: QWidget, grow: bool = False) -> FieldBox:
        box = FieldBox(widget, grow)
        self.boxes[field] = box
        return box

    def _build_servant(self) -> None:
        self.boxes: dict[str, FieldBox] = {}
        self.full_name = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(20)  # room to paste with spaces; the check names the real problem
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.iin_info = QLabel()
        self.iin_info.setObjectName("iinInfo")
        self.iin_info.setStyleSheet("color: #505050;")
        iin_row = QWidget()
        iin_layout = QHBoxLayout(iin_row)
        iin_layout.setContentsMargins(0, 0, 0, 0)
        self.iin.setMinimumWidth(150)
        iin_layout.addWidget(self.iin, 1)
        iin_layout.addWidget(self.iin_info, 2)
        self.position = QLineEdit()

        self.political = QRadioButton(self.tr("Political"))
        self.administrative = QRadioButton(self.tr("Administrative"))
        self.administrative.setChecked(True)
        self.category = QButtonGroup(self)
        self.category.addButton(self.political)
        self.category.addButton(self.administrative)
        self.elected = QCheckBox(self.tr("Elected post"))
        service_row = QWidget()
        service_layout = QHBoxLayout(service_row)
        service_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.administrative, self.political, self.elected):
            service_layout.addWidget(widget)
        service_layout.addStretch(1)

        self.body = QComboBox()
        self.body.setMinimumContentsLength(30)
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_body_button = QToolButton()
        self.add_body_button.setText(self.tr("Add body…"))
        self.add_body_button.clicked.connect(self.open_add_body)
        body_row = QWidget()
        body_layout = QHBoxLayout(body_row)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.body, 1)
        body_layout.addWidget(self.add_body_button)
        self.unit = QComboBox()

        self.servant_box = QGroupBox(self.tr("Civil servant"))
        form = QFormLayout(self.servant_box)
        form.addRow(
            field_label("servant.full_name"), self._box("servant.full_name", self.full_name)
        )
        form.addRow(field_label("servant.iin"), self._box("servant.iin", iin_row))
        form.addRow(field_label("servant.position"), self._box("servant.position", self.position))
        form.addRow(field_label("servant.category"), self._box("servant.category", service_row))
        form.addRow(field_label("servant.body_id"), self._box("servant.body_id", body_row))
        form.addRow(field_label("servant.unit_id"), self._box("servant.unit_id", self.unit))

    def _build_offence(self) -> None:
        self.offence = QComboBox()
        self.offence.setMinimumContentsLength(40)
        self.offence.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.committed = OptionalDateEdit()
        self.discovered = OptionalDateEdit()
        self.continuing = QCheckBox(field_label("continuing"))
        self.ended = QRadioButton(self.tr("it ended on"))
        self.still_going = QRadioButton(self.tr("still going on"))
        self.ended.setChecked(True)
        self.continuing_end = QButtonGroup(self)
        self.continuing_end.addButton(self.ended)
        self.continuing_end.addButton(self.still_going)
        self.continuing_until = OptionalDateEdit()
        self.continuing.toggled.connect(self._continuing_changed)
        self.ended.toggled.connect(self._continuing_changed)
        continuing_row = QWidget()
        continuing_layout = QHBoxLayout(continuing_row)
        continuing_layout.setContentsMargins(0, 0, 0, 0)
        continuing_layout.addWidget(self.ended)
        continuing_layout.addWidget(self.continuing_until)
        continuing_layout.addWidget(self.still_going)
        continuing_layout.addStretch(1)
        self._continuing_changed()
        self.terminated = OptionalDateEdit()
        self.terminated.setToolTip(
            self.tr(
                "Only when the signs of a discrediting offence were found in a criminal or "
                "administrative case that was terminated: the limit then runs 3 months from "
                "that decision."
            )
        )
        terminated_row = QWidget()
        terminated_layout = QHBoxLayout(terminated_row)
        terminated_layout.setContentsMargins(0, 0, 0, 0)
        terminated_layout.addWidget(self.terminated)
        terminated_hint = QLabel(self.tr("if any"))
        terminated_hint.setStyleSheet("color: #505050;")
        terminated_layout.addWidget(terminated_hint)
        terminated_layout.addStretch(1)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.report_source = QLineEdit()
        self.report_source.setPlaceholderText(self.tr("Who reported it, document number and date"))

        self.offence_box = QGroupBox(self.tr("Facts of the case"))
        form = QFormLayout(self.offence_box)
        form.addRow(field_label("offence"), self._box("offence", self.offence))
        form.addRow(field_label("committed_on"), self._box("committed_on", self.committed))
        form.addRow(field_label("discovered_on"), self._box("discovered_on", self.discovered))
        form.addRow(self.continuing, self._box("continuing_until", continuing_row))
        terminated_label = QLabel(field_label("terminated_on"))
        terminated_label.setWordWrap(True)
        form.addRow(terminated_label, self._box("terminated_on", terminated_row))
        form.addRow(
            field_label("description"), self._box("description", self.description, grow=True)
        )
        form.addRow(field_label("report_source"), self._box("report_source", self.report_source))

    def _build_pauses(self) -> None:
        pack = self._services.packs.find(self._case.rule_pack) if self._case else None
        # A stored case keeps the reasons of its own pack (if it is still installed).
        reasons = (pack or self._services.pack_for(date.today())).suspension_reasons
        self.pauses = PausesEditor(reasons)
        self.pauses_box = QGroupBox(self.tr("Suspensions (Art. 45 p. 3-4)"))
        self.pauses_box.setToolTip(
            self.tr(
                "Sick leave, vacation, business trips, training, proceedings and the other periods "
                "the law lists suspend the limits; during most of them no penalty may be imposed."
            )
        )
        layout = QVBoxLayout(self.pauses_box)
        layout.addWidget(self.pauses)
        self.pauses_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _build_decision(self) -> None:
        self.status = QComboBox()
        for status in CaseStatus:
            self.status.addItem(status_label(status), status)
        self.decided = OptionalDateEdit()
        self.override_reason = QPlainTextEdit()
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.override_reason.setPlaceholderText(
            self.tr("The commission secretary's written reason for deciding on this day")
        )
        self.override_hint = QLabel(
            self.tr("The reason is kept in the case's timeline together with the decision date.")
        )
        self.override_hint.setWordWrap(True)
        self.override_hint.setStyleSheet("color: #505050;")
        override = QWidget()
        override_layout = QVBoxLayout(override)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.setSpacing(2)
        override_layout.addWidget(self.override_reason)
        override_layout.addWidget(self.override_hint)

        self.decision_box = QGroupBox(self.tr("Decision"))
        self.decision_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form = QFormLayout(self.decision_box)
        form.addRow(field_label("status"), self._box("status", self.status))
        form.addRow(field_label("decided_on"), self._box("decided_on", self.decided))
        self.override_label = QLabel(field_label("override_reason"))
        self.override_label.setWordWrap(True)
        form.addRow(self.override_label, self._box("override_reason", override))
        self._override_rows = (self.override_label, self.boxes["override_reason"])
        for widget in self._override_rows:
            widget.hide()
        self.penalty = PenaltyFields(self)
        self.penalty.add_rows(form, self.boxes)
        self.penalty.set_pack(self._initial_pack())
        self.penalty.explain_requested.connect(self.show_penalty_tab)

    def _initial_pack(self) -> RulePack:
        """The case's own pack (if still installed), else the one for its commission date."""
        if self._case is not None:
            pack = self._services.packs.find(self._case.rule_pack)
            if pack is not None:
                return pack
            return self._services.pack_for(self._case.committed_on)
        return self._services.pack_for(date.today())

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.case_page, self.tr("Case"))
        self.bounds_panel = BoundsPanel()
        self.consistency = ConsistencyPanel(self._services, debounce_ms=self._debounce_ms)
        self.consistency.case_activated.connect(self.open_read_only)
        penalty_page = QWidget()
        penalty_layout = QHBoxLayout(penalty_page)
        penalty_layout.addWidget(self.bounds_panel, 4)
        comparables_box = QGroupBox(self.tr("Penalties in comparable cases (consistency)"))
        comparables_layout = QVBoxLayout(comparables_box)
        comparables_layout.addWidget(self.consistency)
        penalty_layout.addWidget(comparables_box, 7)
        self.penalty_tab = self.tabs.addTab(penalty_page, self.tr("Penalty and comparable cases"))
        self.worksheet: WorksheetPanel | None = None
        if self._case is not None:
            self.worksheet = WorksheetPanel(
                self._services,
                self._prompts,
                self._case.id,
                self._initial_pack(),
                read_only=self.read_only,
            )
            self.worksheet.consistency_requested.connect(self.show_penalty_tab)
            self.worksheet_tab = self.tabs.addTab(self.worksheet, self.tr("Criteria worksheet"))
        else:
            placeholder = QLabel(self.tr("Save the case first: the worksheet belongs to it."))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.worksheet_tab = self.tabs.addTab(placeholder, self.tr("Criteria worksheet"))
            self.tabs.setTabEnabled(self.worksheet_tab, False)
            self.tabs.setTabToolTip(
                self.worksheet_tab, self.tr("Save the case first: the worksheet belongs to it.")
            )

    def show_penalty_tab(self) -> None:
        self.tabs.setCurrentIndex(self.penalty_tab)

    def _build_buttons(self) -> None:
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.problems, 1)
        self.footer.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)

    def _connect_changes(self) -> None:
        def touch(field: str) -> None:
            self._touched.add(field)
            self.validate_timer.start()

        self.full_name.textChanged.connect(lambda: touch("servant.full_name"))
        self.iin.textChanged.connect(lambda: touch("servant.iin"))
        self.iin.textChanged.connect(self._show_iin_info)
        self.position.textChanged.connect(lambda: touch("servant.position"))
        self.category.buttonToggled.connect(lambda: touch("servant.category"))
        self.elected.toggled.connect(lambda: touch("servant.category"))
        self.body.currentIndexChanged.connect(lambda: touch("servant.body_id"))
        self.body.currentIndexChanged.connect(self._load_units)
        self.unit.currentIndexChanged.connect(lambda: touch("servant.unit_id"))
        self.offence.currentIndexChanged.connect(lambda: touch("offence"))
        self.committed.dateChanged.connect(lambda: touch("committed_on"))
        self.committed.dateChanged.connect(self._load_offences)
        self.discovered.dateChanged.connect(lambda: touch("discovered_on"))
        self.continuing.toggled.connect(lambda: touch("continuing_until"))
        self.ended.toggled.connect(lambda: touch("continuing_until"))
        self.continuing_until.dateChanged.connect(lambda: touch("continuing_until"))
        self.terminated.dateChanged.connect(lambda: touch("terminated_on"))
        self.pauses.changed.connect(lambda: touch("pauses"))
        self.status.currentIndexChanged.connect(lambda: touch("status"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.decided.dateChanged.connect(lambda: touch("decided_on"))
        self.override_reason.textChanged.connect(lambda: touch("override_reason"))
        self.description.textChanged.connect(lambda: touch("description"))
        self.report_source.textChanged.connect(lambda: touch("report_source"))
        self.penalty.penalty.currentIndexChanged.connect(lambda: touch("penalty"))
        self.penalty.vacancy.toggled.connect(lambda: touch("penalty"))
        self.penalty.lifted.dateChanged.connect(lambda: touch("penalty_lifted_on"))
        self.penalty.justification.textChanged.connect(lambda: touch("justification"))

    # -- filling the choices ----------------------------------------------------------------

    def _load_bodies(self, select: int | None = None) -> None:
        current = select if select is not None else self.body.currentData()
        self.body.blockSignals(True)
        try:
            self.body.clear()
            self.body.addItem(self.tr("Choose a state body…"), None)
            for body in self._services.bodies():
                self.body.addItem(body_name(body), body.id)
            self.body.setCurrentIndex(max(0, self.body.findData(current)))
        except StorageError as exc:
            _log.warning("bodies: %s", exc)
        finally:
            self.body.blockSignals(False)
        self._load_units()

    def _load_units(self) -> None:
        current = self.unit.currentData()
        body_id = self.body.currentData()
        self.unit.blockSignals(True)
        try:
            self.unit.clear()
            self.unit.addItem(self.tr("—"), None)
            if body_id is not None:
                for unit in self._services.units(body_id):
                    self.unit.addItem(unit_name(unit), unit.id)
            self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        except StorageError as exc:
            _log.warning("units: %s", exc)
        finally:
            self.unit.blockSignals(False)
        self.unit.setEnabled(body_id is not None)

    def _load_offences(self) -> None:
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
            self.offence.addItem(self.tr("Choose an offence…"), "")
            for offence in offences:
                self.offence.addItem(offence_label(offence), offence.code)
                self.offence.setItemData(
                    self.offence.count() - 1, offence_tooltip(offence), Qt.ItemDataRole.ToolTipRole
                )
            self.offence.setCurrentIndex(max(0, self.offence.findData(current)))
        finally:
            self.offence.blockSignals(False)

    def _fill(self, case: CaseDetail) -> None:
        servant = case.servant
        self.full_name.setText(servant.full_name)
        self.iin.setText(servant.iin)
        self._show_iin_info()
        self.position.setText(servant.position)
        self.political.setChecked(servant.category == ServiceCategory.POLITICAL)
        self.administrative.setChecked(servant.category == ServiceCategory.ADMINISTRATIVE)
        self.elected.setChecked(servant.elected)
        self._load_bodies(select=servant.body_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(servant.unit_id)))
        self.committed.set_value(case.committed_on)
        self.discovered.set_value(case.discovered_on)
        self.continuing.setChecked(case.continuing or case.continuing_until is not None)
        self.ended.setChecked(case.continuing_until is not None or not case.continuing)
        self.still_going.setChecked(case.continuing and case.continuing_until is None)
        self.continuing_until.set_value(case.continuing_until)
        self.terminated.set_value(case.terminated_on)
        self.pauses.set_pauses(case.pauses)
        self.status.setCurrentIndex(max(0, self.status.findData(case.status)))
        self.decided.set_value(case.decided_on)
        self.description.setPlainText(case.description)
        self.report_source.setText(case.report_source)
        self.penalty.set_value(case.penalty)
        self.penalty.vacancy.setChecked(case.lower_post_vacant)
        self.penalty.lifted.set_value(case.penalty_lifted_on)
        self.penalty.justification.setPlainText(case.justification)
        self._load_offences()
        self._touched.update(self.boxes)  # a stored case shows every problem at once

    # -- reading and checking ---------------------------------------------------------------

    def case_input(self) -> CaseInput:
        category = (
            ServiceCategory.POLITICAL
            if self.political.isChecked()
            else ServiceCategory.ADMINISTRATIVE
        )
        servant = ServantInput(
            full_name=self.full_name.text(),
            iin=self.iin.text().strip(),
            position=self.position.text(),
            category=category,
            elected=self.elected.isChecked(),
            body_id=self.body.currentData(),
            unit_id=self.unit.currentData(),
        )
        continuing = self.continuing.isChecked()
        status = CaseStatus(self.status.currentData())
        decides = status in _DECIDED
        penalty = self.penalty.value() if status is not CaseStatus.NO_PENALTY else None
        return CaseInput(
            servant=servant,
            offence=self.offence.currentData() or "",
            committed_on=self.committed.value(),
            discovered_on=self.discovered.value(),
            continuing_until=(
                self.continuing_until.value() if continuing and self.ended.isChecked() else None
            ),
            description=self.description.toPlainText(),
            report_source=self.report_source.text(),
            status=status,
            continuing=continuing,
            terminated_on=self.terminated.value(),
            pauses=self.pauses.pauses(),
            decided_on=self.decided.value() if decides else None,
            # Sent only while the form asks for it, so a reason typed for a date since corrected
            # is not recorded.
            override_reason=(
                self.override_reason.toPlainText().strip()
                if decides and self.override_shown()
                else ""
            ),
            penalty=penalty,
            penalty_lifted_on=self.penalty.lifted.value() if penalty else None,
            justification=self.penalty.justification.toPlainText().strip(),
            lower_post_vacant=self.penalty.vacancy.isChecked(),
        )

    @property
    def errors(self) -> list[FieldError]:
        return list(self._errors)

    def validate_now(self) -> None:
        """Check the form and recompute the deadline (debounced by `validate_timer`)."""
        self.validate_timer.stop()
        case_id = self._case.id if self._case else None
        try:
            # Whether the decision needs a written reason decides what case_input() sends.
            self._show_override(bool(self._services.decision_problems(self.case_input(), case_id)))
            data = self.case_input()
            errors = self._services.validate(data, case_id)
        except StorageError as exc:
            _log.warning("validate: %s", exc)
            self._show_errors([])
            self.save_button.setEnabled(True)  # saving will say what is wrong with the database
            return
        self._preview(data, case_id)
        self._review_penalty(data, case_id)
        self._show_errors(errors)

    def _preview(self, data: CaseInput, case_id: int | None) -> None:
        try:
            result = self._services.preview_deadline(data, case_id)
        except (StorageError, RulePackError) as exc:
            _log.warning("deadline preview: %s", exc)
            result = None
        self.deadline = result
        self.deadline_panel.show_result(
            result,
            date.today(),
            open_case=data.status in OPEN_STATUSES,
            reasons=self.pauses.reasons_by_code(),
            facts_entered=bool(data.offence and data.committed_on and data.discovered_on),
        )

    def _review_penalty(self, data: CaseInput, case_id: int | None) -> None:
        """Bounds, ranges and comparables of the penalty as typed, for every panel that shows
        them."""
        try:
            review = self._services.penalty_review(case_id, data)
        except (StorageError, RulePackError, NotFound, ValidationFailed, ValueError) as exc:
            _log.warning("penalty review: %s", exc)
            review = None
        self.review = review
        pack = self._penalty_pack(review, data)
        self.penalty.set_review(review, pack)
        self.bounds_panel.show_review(review, pack)
        self.consistency.set_subject(case_id, data, pack, data.penalty)
        if self.worksheet is not None:
            self.worksheet.set_review(review, pack, data.penalty)

    def _penalty_pack(self, review: PenaltyReview | None, data: CaseInput) -> RulePack:
        if review is not None and review.bounds is not None:
            found = self._services.packs.find(review.bounds.rule_pack)
            if found is not None:
                return found
        if self._case is not None:
            return self._initial_pack()
        return self._services.pack_for(data.committed_on or date.today())

    def override_shown(self) -> bool:
        return not self.boxes["override_reason"].isHidden()

    def _show_override(self, shown: bool) -> None:
        for widget in self._override_rows:
            widget.setVisible(shown)

    def _show_errors(self, errors: list[FieldError]) -> None:
        reasons = self.pauses.reasons_by_code()
        rows = self.pauses.complete_rows()
        shown: list[FieldError] = []
        for error in errors:
            field = _FIELD_ALIASES.get(error.field, error.field)
            parts = field.split(".")
            # pauses.{i} counts complete rows only; the user counts every row on screen.
            if len(parts) == 3 and parts[0] == "pauses" and parts[1].isdigit():
                index = int(parts[1])
                if index < len(rows):
                    field = f"pauses.{self.pauses.rows.index(rows[index])}.{parts[2]}"
            shown.append(FieldError(field, error.code, error.params))
        for number, row in enumerate(self.pauses.rows):
            shown += [FieldError(f"pauses.{number}.{part}", "required") for part in row.missing()]
        self._errors = shown
        self.penalty.set_justification_asked(any(e.code == _JUSTIFICATION_REQUIRED for e in shown))
        by_field: dict[str, list[str]] = {}
        for error in shown:
            if error.field in self._touched or error.code not in _QUIET_UNTIL_TOUCHED:
                by_field.setdefault(error.field, []).append(field_error_text(error, reasons))
        for field, box in self.boxes.items():
            box.set_error(" ".join(by_field.get(field, [])))
        for number, row in enumerate(self.pauses.rows):
            lines = [
                f"{pause_part_label(e.field.split('.')[2])}: {field_error_text(e, reasons)}"
                for e in shown
                if e.field.startswith(f"pauses.{number}.")
                and (row.touched or e.code not in _QUIET_UNTIL_TOUCHED)
            ]
            row.set_error(" ".join(lines))
        summary = problems_summary(shown, reasons)
        self.problems.setText(summary)
        details = "\n".join(
            f"• {field_label(e.field)}: {field_error_text(e, reasons)}" for e in shown
        )
        self.problems.setToolTip(details)
        self.save_button.setToolTip(details or self.tr("Save the case"))
        self.save_button.setEnabled(not shown)
        self.validated.emit(self._errors)

    def _status_changed(self) -> None:
        status = self.status.currentData()
        decides = status in _DECIDED
        if decides and not self._loading:
            self._touched.add("decided_on")  # the date is asked for at once, under its field
            self._touched.add("penalty")
        self.penalty.set_decides(
            status == CaseStatus.DECIDED, no_penalty=status == CaseStatus.NO_PENALTY
        )
        self.decided.setEnabled(decides)
        self.decided.setToolTip(
            ""
            if decides
            else self.tr("Entered when the status says a penalty, or no penalty, was decided.")
        )

    def _continuing_changed(self) -> None:
        on = self.continuing.isChecked()
        self.ended.setEnabled(on)
        self.still_going.setEnabled(on)
        self.continuing_until.setEnabled(on and self.ended.isChecked())

    def _show_iin_info(self) -> None:
        text = self.iin.text().strip()
        if len(text) != 12:
            self.iin_info.clear()
            return
        try:
            info = self._services.check_iin(text)
        except IinError:  # the message under the field says which check failed
            self.iin_info.clear()
            return
        self.iin_info.setText(
            self.tr("born %1, %2")
            .replace("%1", info.birth_date.strftime("%d.%m.%Y"))
            .replace("%2", sex_label(info.sex))
        )

    # -- actions ----------------------------------------------------------------------------

    def open_read_only(self, case_id: int) -> CaseEditor | None:
        """Show another case (a comparable one) without letting it change."""
        try:
            case = self._services.get_case(case_id)
        except NotFound:
            self._prompts.info(self.tr("Case"), self.tr("This case no longer exists."), self)
            return None
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        viewer = CaseEditor(
            self._services,
            self._prompts,
            case,
            debounce_ms=self._debounce_ms,
            parent=self,
            read_only=True,
        )
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(self._viewer_closed)
        self.viewer = viewer
        viewer.open()
        return viewer

    def _viewer_closed(self) -> None:
        self.viewer = None

    def _make_read_only(self) -> None:
        """Every input of the case shown, none editable; only Close remains."""
        for line in self.case_page.findChildren(QLineEdit):
            line.setReadOnly(True)
        for text in self.case_page.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        for widget in (
            self.case_page.findChildren(QComboBox)
            + self.case_page.findChildren(QCheckBox)
            + self.case_page.findChildren(QRadioButton)
            + self.case_page.findChildren(QToolButton)
            + self.case_page.findChildren(QPushButton)
        ):
            if widget is not self.deadline_panel.steps_button:
                widget.setEnabled(False)
        for date_edit in self.case_page.findChildren(OptionalDateEdit):
            date_edit.setReadOnly(True)
        self.save_button.hide()
        self.problems.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(self.tr("Close"))

    def save(self) -> None:
        """Write the case; on refusal show why and keep everything the user typed."""
        if self.read_only:
            return
        data = self.case_input()
        try:
            if self._case is None:
                case_id = self._services.register_case(data)
            else:
                self._services.update_case(self._case.id, data)
                case_id = self._case.id
        except ValidationFailed as exc:
            self._touched.update(self.boxes)
            for row in self.pauses.rows:
                row.touched = True
            self._show_errors(exc.errors)
            return
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return
        self.case_saved.emit(case_id)
        self.accept()

    def open_add_body(self) -> AddBodyDialog:
        """Ask for a new state body; it is stored and selected when the dialog is accepted."""
        dialog = AddBodyDialog(self)
        dialog.accepted.connect(lambda: self._add_body(dialog))
        self.body_dialog = dialog
        dialog.open()
        return dialog

    def _add_body(self, dialog: AddBodyDialog) -> None:
        name_ru, name_kk, kind, region = dialog.values()
        try:
            body_id = self._services.add_body(name_ru, name_kk, kind, region)
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return
        except ValidationFailed as exc:
            self._prompts.warning(
                self.tr("Add a state body"),
                "\n".join(f"{e.field}: {field_error_text(e)}" for e in exc.errors),
                self,
            )
            return
        self._load_bodies(select=body_id)
        self._touched.add("servant.body_id")
        self.validate_timer.start()
