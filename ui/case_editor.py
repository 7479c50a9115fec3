"""The dialog that registers or edits a case, checking the input as the user types."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, RulePackError, StorageError, ValidationFailed
from domain.model import OPEN_STATUSES, CaseDetail, CaseInput
from ui.case_decision_section import DECIDED, DecisionSection
from ui.case_errors import JUSTIFICATION_REQUIRED, mark_fields, on_screen, problems_text
from ui.case_facts_section import FactsSection
from ui.case_form import fill_form, read_form
from ui.case_read_only import make_read_only
from ui.case_servant_section import ServantSection
from ui.clock_reason_dialog import ClockReasonDialog, ask_clock_reason, clock_refusal
from ui.consistency_panel import ConsistencyPanel
from ui.deadline_panel import DeadlinePanel
from ui.documents_panel import add_documents_tab
from ui.form_widgets import AddBodyDialog, FieldBox
from ui.messages import field_error_text
from ui.override_confirm import CONFIRM_FIELD
from ui.penalty_panel import BoundsPanel
from ui.procedure_tab import add_procedure_tab, decision_of, show_decision
from ui.prompts import Prompts
from ui.worksheet_panel import WorksheetPanel

if TYPE_CHECKING:
    from domain.consistency_service import PenaltyReview
    from domain.deadline_facts import DeadlineResult
    from domain.procedure_service import ProcedureService
    from domain.rulepack import RulePack
    from domain.services import CaseService

_log = logging.getLogger(__name__)


class CaseEditor(QDialog):
    """Registers a new case or edits one; Save stays disabled while the input has problems.

    Tabs: the case itself (with the penalty in the Decision box), the penalty's statutory
    bounds beside the comparable cases, the criteria worksheet (a saved case only), and with a
    `procedure` service the commission's procedure (ui.procedure_panel) and the case's
    documents (ui.documents_panel).
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
        procedure: ProcedureService | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._procedure = procedure
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
        self.clock_dialog: ClockReasonDialog | None = None
        self.clock_reason = ""  # S13: why a decision is saved with the clock behind

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
        self.boxes: dict[str, FieldBox] = {}
        self._build_sections()
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

        self.servant_section.load_bodies()
        if case is not None:
            self._fill(case)
        else:
            self.facts.load_offences()
        self._status_changed()
        self._loading = False
        self._connect_changes()
        self.validate_now()
        if self.read_only:
            make_read_only(
                self.case_page,
                self.deadline_panel.steps_button,
                self.save_button,
                self.problems,
                self.buttons,
            )

    # -- building the form ------------------------------------------------------------------

    def _build_sections(self) -> None:
        # The sections' widgets stay reachable under the editor's own names, as tests and the
        # main window have always used them.
        self.servant_section = ServantSection(self, self._services, self.boxes)
        servant = self.servant_section
        self.servant_box = servant.box
        self.full_name = servant.full_name
        self.iin = servant.iin
        self.iin_info = servant.iin_info
        self.position = servant.position
        self.political = servant.political
        self.administrative = servant.administrative
        self.category = servant.category
        self.elected = servant.elected
        self.body = servant.body
        self.add_body_button = servant.add_body_button
        self.add_body_button.clicked.connect(self.open_add_body)
        self.unit = servant.unit

        self.facts = FactsSection(self, self._services, self._case, self.boxes)
        facts = self.facts
        self.offence_box = facts.offence_box
        self.offence = facts.offence
        self.committed = facts.committed
        self.discovered = facts.discovered
        self.continuing = facts.continuing
        self.continuing_end = facts.continuing_end
        self.ended = facts.ended
        self.still_going = facts.still_going
        self.continuing_until = facts.continuing_until
        self.terminated = facts.terminated
        self.description = facts.description
        self.report_source = facts.report_source
        self.pauses_box = facts.pauses_box
        self.pauses = facts.pauses

        self.decision = DecisionSection(self, self.boxes, self._initial_pack())
        decision = self.decision
        self.decision_box = decision.box
        self.status = decision.status
        self.decided = decision.decided
        self.override_reason = decision.override_reason
        self.override_hint = decision.override_hint
        self.penalty = decision.penalty
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
        self.procedure_panel = add_procedure_tab(
            self.tabs,
            self._procedure,
            self._services,
            self._prompts,
            self._case,
            self._initial_pack(),
            self.read_only,
        )
        if self.procedure_panel is not None:
            self.procedure_panel.procedure_changed.connect(self._procedure_changed)
        self.documents_panel = add_documents_tab(
            self.tabs, self._procedure, self._prompts, self._case, self.read_only
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
        self.iin.textChanged.connect(self.servant_section.show_iin_info)
        self.position.textChanged.connect(lambda: touch("servant.position"))
        self.category.buttonToggled.connect(lambda: touch("servant.category"))
        self.elected.toggled.connect(lambda: touch("servant.category"))
        self.body.currentIndexChanged.connect(lambda: touch("servant.body_id"))
        self.body.currentIndexChanged.connect(self.servant_section.load_units)
        self.unit.currentIndexChanged.connect(lambda: touch("servant.unit_id"))
        self.offence.currentIndexChanged.connect(lambda: touch("offence"))
        self.committed.dateChanged.connect(lambda: touch("committed_on"))
        self.committed.dateChanged.connect(self.facts.load_offences)
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
        self.decision.confirm.changed.connect(lambda: touch(CONFIRM_FIELD))
        self.description.textChanged.connect(lambda: touch("description"))
        self.report_source.textChanged.connect(lambda: touch("report_source"))
        self.penalty.penalty.currentIndexChanged.connect(lambda: touch("penalty"))
        self.penalty.vacancy.toggled.connect(lambda: touch("penalty"))
        self.penalty.lifted.dateChanged.connect(lambda: touch("penalty_lifted_on"))
        self.penalty.justification.textChanged.connect(lambda: touch("justification"))

    def _fill(self, case: CaseDetail) -> None:
        fill_form(self.servant_section, self.facts, self.decision, case)
        self._touched.update(self.boxes)  # a stored case shows every problem at once

    # -- reading and checking ---------------------------------------------------------------

    def case_input(self) -> CaseInput:
        return read_form(self.servant_section, self.facts, self.decision)

    @property
    def errors(self) -> list[FieldError]:
        return list(self._errors)

    def validate_now(self) -> None:
        """Check the form and recompute the deadline (debounced by `validate_timer`)."""
        self.validate_timer.stop()
        case_id = self._case.id if self._case else None
        try:
            # Whether the decision needs a written reason decides what case_input() sends.
            problems = self._services.decision_problems(self.case_input(), case_id)
            self.decision.show_override(bool(problems))
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
            self._services.today(),
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
        return self.decision.override_shown()

    def _show_errors(self, errors: list[FieldError]) -> None:
        shown = on_screen(errors, self.pauses)
        self._errors = shown
        self.penalty.set_justification_asked(any(e.code == JUSTIFICATION_REQUIRED for e in shown))
        mark_fields(shown, self.boxes, self.pauses, self._touched)
        summary, details = problems_text(shown, self.pauses)
        self.problems.setText(summary)
        self.problems.setToolTip(details)
        self.save_button.setToolTip(details or self.tr("Save the case"))
        self.save_button.setEnabled(not shown)
        self.validated.emit(self._errors)

    def _status_changed(self) -> None:
        if self.status.currentData() in DECIDED and not self._loading:
            self._touched.add("decided_on")  # the date is asked for at once, under its field
            self._touched.add("penalty")
        self.decision.apply_status()

    # -- actions ----------------------------------------------------------------------------

    def _procedure_changed(self) -> None:
        """The Procedure tab may have moved the case on (status) or decided it (the order): the
        Decision box shows the stored case again, so saving this form cannot undo it."""
        if self._case is None:
            return
        try:
            stored = self._services.get_case(self._case.id)
        except (NotFound, StorageError) as exc:
            _log.warning("reload after the procedure: %s", exc)
            return
        changed = decision_of(stored) != decision_of(self._case)
        self._case = stored
        if changed:
            show_decision(self.decision, stored)
            self.validate_now()
            self.case_saved.emit(stored.id)

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

    def save(self) -> None:
        """Write the case; on refusal show why and keep everything the user typed. A decision
        while the clock is behind the audit trail asks for a reason, then saves again (S13)."""
        if self.read_only:
            return
        data = self.case_input()
        confirmation = self.decision.take_confirmation()  # the chair's; its password cleared now
        try:
            if self._case is None:
                case_id = self._services.register_case(data, self.clock_reason, confirmation)
            else:
                self._services.update_case(self._case.id, data, self.clock_reason, confirmation)
                case_id = self._case.id
        except ValidationFailed as exc:
            if clock_refusal(exc.errors) is not None:
                self.clock_dialog = ask_clock_reason(exc.errors, self._save_with_reason, self)
                return
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

    def _save_with_reason(self, reason: str) -> None:
        self.clock_reason = reason  # kept while the editor is open: a later save asks no more
        self.save()

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
        self.servant_section.load_bodies(select=body_id)
        self._touched.add("servant.body_id")
        self.validate_timer.start()
