"""The case editor's Procedure tab: built when a ProcedureService is given, for a saved case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from ui.procedure_panel import ProcedurePanel

if TYPE_CHECKING:
    from domain.model import CaseDetail
    from domain.procedure_service import ProcedureService
    from domain.rulepack import RulePack
    from domain.services import CaseService
    from ui.case_decision_section import DecisionSection
    from ui.prompts import Prompts


def add_procedure_tab(
    tabs: QTabWidget,
    procedure: ProcedureService | None,
    services: CaseService,
    prompts: Prompts,
    case: CaseDetail | None,
    pack: RulePack,
    read_only: bool,
) -> ProcedurePanel | None:
    """The Procedure tab: the panel for a saved, editable case; a disabled placeholder for a
    new one; nothing at all without a procedure service or for a case opened for reading."""
    if procedure is None or read_only:
        return None
    # The texts keep the "CaseEditor" translation context of the editor's other tabs.
    title = QCoreApplication.translate("CaseEditor", "Procedure")
    if case is None:
        hint = QCoreApplication.translate(
            "CaseEditor", "Save the case first: its procedure belongs to it."
        )
        placeholder = QLabel(hint)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        index = tabs.addTab(placeholder, title)
        tabs.setTabEnabled(index, False)
        tabs.setTabToolTip(index, hint)
        return None
    panel = ProcedurePanel(procedure, services, prompts, case.id, pack, today=services.today)
    tabs.addTab(panel, title)
    return panel


def decision_of(case: CaseDetail) -> tuple[object, ...]:
    """What of a stored case the procedure changes: status, decision date, penalty, lifting."""
    return (case.status, case.decided_on, case.penalty, case.penalty_lifted_on)


def show_decision(decision: DecisionSection, case: CaseDetail) -> None:
    """The Decision box as the stored case has it, after the procedure moved or decided it."""
    decision.status.setCurrentIndex(max(0, decision.status.findData(case.status)))
    decision.decided.set_value(case.decided_on)
    decision.penalty.set_value(case.penalty)
    decision.penalty.lifted.set_value(case.penalty_lifted_on)
    decision.apply_status()
