"""The case editor's form and CaseInput both ways: a stored case into the widgets, widgets read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.model import CaseInput, CaseStatus, ServantInput, ServiceCategory
from ui.case_decision_section import DECIDED

if TYPE_CHECKING:
    from domain.model import CaseDetail
    from ui.case_decision_section import DecisionSection
    from ui.case_facts_section import FactsSection
    from ui.case_servant_section import ServantSection


def fill_form(
    servant_section: ServantSection,
    facts: FactsSection,
    decision: DecisionSection,
    case: CaseDetail,
) -> None:
    """Show a stored case; the offences are reloaded last so its own offence stays selectable."""
    s, servant = servant_section, case.servant
    s.full_name.setText(servant.full_name)
    s.iin.setText(servant.iin)
    s.show_iin_info()
    s.position.setText(servant.position)
    s.political.setChecked(servant.category == ServiceCategory.POLITICAL)
    s.administrative.setChecked(servant.category == ServiceCategory.ADMINISTRATIVE)
    s.elected.setChecked(servant.elected)
    s.load_bodies(select=servant.body_id)
    s.unit.setCurrentIndex(max(0, s.unit.findData(servant.unit_id)))
    facts.committed.set_value(case.committed_on)
    facts.discovered.set_value(case.discovered_on)
    facts.continuing.setChecked(case.continuing or case.continuing_until is not None)
    facts.ended.setChecked(case.continuing_until is not None or not case.continuing)
    facts.still_going.setChecked(case.continuing and case.continuing_until is None)
    facts.continuing_until.set_value(case.continuing_until)
    facts.terminated.set_value(case.terminated_on)
    facts.pauses.set_pauses(case.pauses)
    decision.status.setCurrentIndex(max(0, decision.status.findData(case.status)))
    decision.decided.set_value(case.decided_on)
    facts.description.setPlainText(case.description)
    facts.report_source.setText(case.report_source)
    penalty = decision.penalty
    penalty.set_value(case.penalty)
    penalty.vacancy.setChecked(case.lower_post_vacant)
    penalty.lifted.set_value(case.penalty_lifted_on)
    penalty.justification.setPlainText(case.justification)
    facts.load_offences()


def read_form(
    servant_section: ServantSection, facts: FactsSection, decision: DecisionSection
) -> CaseInput:
    """The case as the form shows it."""
    s = servant_section
    category = (
        ServiceCategory.POLITICAL if s.political.isChecked() else ServiceCategory.ADMINISTRATIVE
    )
    servant = ServantInput(
        full_name=s.full_name.text(),
        iin=s.iin.text().strip(),
        position=s.position.text(),
        category=category,
        elected=s.elected.isChecked(),
        body_id=s.body.currentData(),
        unit_id=s.unit.currentData(),
    )
    continuing = facts.continuing.isChecked()
    status = CaseStatus(decision.status.currentData())
    decides = status in DECIDED
    penalty = decision.penalty.value() if status is not CaseStatus.NO_PENALTY else None
    return CaseInput(
        servant=servant,
        offence=facts.offence.currentData() or "",
        committed_on=facts.committed.value(),
        discovered_on=facts.discovered.value(),
        continuing_until=(
            facts.continuing_until.value() if continuing and facts.ended.isChecked() else None
        ),
        description=facts.description.toPlainText(),
        report_source=facts.report_source.text(),
        status=status,
        continuing=continuing,
        terminated_on=facts.terminated.value(),
        pauses=facts.pauses.pauses(),
        decided_on=decision.decided.value() if decides else None,
        # Sent only while the form asks for it, so a reason typed for a date since corrected
        # is not recorded.
        override_reason=(
            decision.override_reason.toPlainText().strip()
            if decides and decision.override_shown()
            else ""
        ),
        penalty=penalty,
        penalty_lifted_on=decision.penalty.lifted.value() if penalty else None,
        justification=decision.penalty.justification.toPlainText().strip(),
        lower_post_vacant=decision.penalty.vacancy.isChecked(),
    )
