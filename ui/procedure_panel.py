"""The case editor's Procedure tab: explanation, hearings, order, appeals and attachments of a case.

Each step is a page of its own; every save goes through ProcedureService, after which the whole
procedure is read again. Recording the order decides the case: `case_changed` tells the editor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import NotFound, RulePackError, StorageError, ValidationFailed
from domain.procedure_model import CaseProcedure, HearingInput
from ui.appeals_section import AppealsSection
from ui.attachments_section import AttachmentsSection
from ui.commission_dialog import commission_name
from ui.explanation_section import ExplanationSection
from ui.hearing_dialog import HearingDialog
from ui.hearing_table_model import HearingListModel
from ui.messages import field_error_text
from ui.order_section import OrderSection
from ui.procedure_widgets import MUTED_STYLE, WARNING_STYLE
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.procedure_model import Hearing
    from domain.procedure_service import ProcedureService
    from domain.rulepack import RulePack
    from domain.services import CaseService

_log = logging.getLogger(__name__)


class ProcedurePanel(QWidget):
    """One saved case's procedure, step by step, in pages."""

    case_changed = Signal()  # the order decided the case: its status, date and penalty changed
    procedure_changed = Signal()  # anything of the procedure was stored

    def __init__(
        self,
        procedure: ProcedureService,
        cases: CaseService,
        prompts: Prompts,
        case_id: int,
        pack: RulePack,
        today: Callable[[], date] = date.today,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._cases = cases
        self._prompts = prompts
        self._today = today
        self.case_id = case_id
        self.pack = pack
        self.record: CaseProcedure | None = None
        self.allowed: tuple[str, ...] = ()
        self.hearing_dialog: HearingDialog | None = None

        self.commission_line = QLabel()
        self.commission_line.setObjectName("commissionLine")
        self.commission_line.setWordWrap(True)

        self.explanation = ExplanationSection(procedure, prompts, case_id, today)
        self.explanation.saved.connect(self._saved)
        self.explanation.attachment_added.connect(lambda _id: self.reload_attachments())
        self.order = OrderSection(procedure, prompts, case_id, today)
        self.order.saved.connect(self._order_saved)
        self.appeals = AppealsSection(procedure, prompts, case_id)
        self.appeals.saved.connect(self._saved)
        self.attachments = AttachmentsSection(procedure, prompts, case_id, open_url)
        self.attachments.added.connect(lambda _id: self.reload_attachments())

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.explanation, self.tr("1. Explanation"))
        self.pages.addTab(self._hearings_page(), self.tr("2. Hearings"))
        self.pages.addTab(self.order, self.tr("3. Order"))
        self.pages.addTab(self.appeals, self.tr("4. Appeals"))
        self.attachments_page = self.pages.addTab(self.attachments, self.tr("Attachments"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.commission_line)
        layout.addWidget(self.pages, 1)
        self.reload()

    def _hearings_page(self) -> QWidget:
        page = QWidget()
        self.hearings = HearingListModel(self)
        self.hearing_table = QTableView()
        self.hearing_table.setModel(self.hearings)
        self.hearing_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hearing_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hearing_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hearing_table.verticalHeader().hide()
        header = self.hearing_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HearingListModel.TALLY, QHeaderView.ResizeMode.Stretch)
        self.hearing_table.doubleClicked.connect(lambda _index: self.open_selected_hearing())
        self.hearing_table.selectionModel().selectionChanged.connect(self._hearing_selected)
        self.hearings_empty = QLabel(self.tr("No hearing recorded yet."))
        self.hearings_empty.setStyleSheet(MUTED_STYLE)
        self.new_hearing_button = QPushButton(self.tr("New hearing…"))
        self.new_hearing_button.clicked.connect(self.new_hearing)
        self.open_hearing_button = QPushButton(self.tr("Open…"))
        self.open_hearing_button.clicked.connect(self.open_selected_hearing)
        self.hearing_message = QLabel()
        self.hearing_message.setWordWrap(True)
        self.hearing_message.setStyleSheet(WARNING_STYLE)
        self.hearing_message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.hearings_empty)
        buttons.addStretch(1)
        buttons.addWidget(self.new_hearing_button)
        buttons.addWidget(self.open_hearing_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.hearing_table, 1)
        layout.addWidget(self.hearing_message)
        layout.addLayout(buttons)
        return page

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case's whole procedure and show every step."""
        try:
            record = self._procedure.procedure(self.case_id)
        except NotFound:
            self.setEnabled(False)
            return
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return
        except RulePackError as exc:
            _log.warning("procedure: %s", exc)
            self.setEnabled(False)
            return
        self.record = record
        self.allowed = self._allowed()
        self._show_commission(record)
        self.explanation.set_record(record.explanation, record.attachments)
        self.hearings.set_hearings(record.hearings, self.pack)
        self.hearings_empty.setVisible(not record.hearings)
        self._hearing_selected()
        self.order.set_choices(self.allowed, self.pack)
        self.order.set_order(record.order)
        self.appeals.set_appeals(record.appeals)
        self.attachments.set_attachments(record.attachments)
        self._name_attachments_page()

    def reload_attachments(self) -> None:
        try:
            record = self._procedure.procedure(self.case_id)
        except (NotFound, StorageError) as exc:
            _log.warning("attachments: %s", exc)
            return
        self.record = record
        self.attachments.set_attachments(record.attachments)
        self._name_attachments_page()
        self.procedure_changed.emit()

    def _name_attachments_page(self) -> None:
        count = len(self.record.attachments) if self.record else 0
        title = self.tr("Attachments")
        self.pages.setTabText(self.attachments_page, f"{title} ({count})" if count else title)

    def _allowed(self) -> tuple[str, ...]:
        """The penalties the law allows for the stored case (its bounds with the prior record)."""
        try:
            return self._cases.penalty_bounds(self.case_id).allowed
        except (StorageError, RulePackError, NotFound, ValidationFailed, ValueError) as exc:
            _log.warning("penalty bounds: %s", exc)
            return ()

    def _show_commission(self, record: CaseProcedure) -> None:
        if record.commission is None:
            self.commission_line.setText(
                self.tr(
                    "No commission serves this case's state body yet: set one up in "
                    "Settings → Disciplinary commissions…"
                )
            )
            self.commission_line.setStyleSheet(WARNING_STYLE)
        else:
            self.commission_line.setText(
                self.tr("Commission: %1").replace("%1", commission_name(record.commission))
            )
            self.commission_line.setStyleSheet("font-weight: bold;")
        has = record.commission is not None
        self.new_hearing_button.setEnabled(has)
        self.new_hearing_button.setToolTip(
            "" if has else self.tr("A hearing needs a commission serving the case's body.")
        )

    # -- hearings ----------------------------------------------------------------------------

    def selected_hearing(self) -> Hearing | None:
        rows = self.hearing_table.selectionModel().selectedRows()
        return self.hearings.hearing(rows[0].row()) if rows else None

    def _hearing_selected(self) -> None:
        self.open_hearing_button.setEnabled(self.selected_hearing() is not None)

    def new_hearing(self) -> HearingDialog | None:
        """A hearing pre-filled with the composition in force today (all present, no votes)."""
        record = self.record
        if record is None or record.commission is None:
            return None
        self.hearing_message.hide()
        try:
            data = self._procedure.new_hearing(self.case_id, record.commission.id, self._today())
        except ValidationFailed as exc:
            self.hearing_message.setText(" ".join(field_error_text(e) for e in exc.errors))
            self.hearing_message.show()
            return None
        except (StorageError, NotFound) as exc:
            _log.warning("new hearing: %s", exc)
            return None
        return self._open_hearing(data, None)

    def open_selected_hearing(self) -> HearingDialog | None:
        hearing = self.selected_hearing()
        if hearing is None:
            return None
        data = HearingInput(
            commission_id=hearing.commission_id,
            held_on=hearing.held_on,
            place=hearing.place,
            members=hearing.members,
            outcome=hearing.outcome,
            proposed_penalty=hearing.proposed_penalty,
            minutes=hearing.minutes,
            invited=hearing.invited,
        )
        return self._open_hearing(data, hearing.id)

    def _open_hearing(self, data: HearingInput, hearing_id: int | None) -> HearingDialog:
        dialog = HearingDialog(
            self._procedure,
            self._prompts,
            self.case_id,
            data,
            self.allowed,
            self.pack,
            hearing_id,
            self,
        )
        dialog.hearing_saved.connect(self._hearing_saved)
        self.hearing_dialog = dialog
        dialog.open()
        return dialog

    def _hearing_saved(self, _hearing_id: int) -> None:
        self._saved()

    def _saved(self) -> None:
        self.reload()
        self.procedure_changed.emit()

    def _order_saved(self) -> None:
        self.reload()
        self.procedure_changed.emit()
        self.case_changed.emit()
