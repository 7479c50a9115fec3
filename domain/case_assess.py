"""What saving a case's input would meet, read in the unit of work: refusals, the pack, its
limits and the decision date's problems (CaseService's one check before any write)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from domain.case_deadlines import calendar_of, count_deadlines, decision_to_check, engine_input
from domain.case_packs import pack_of, stored_switches
from domain.case_records import reference_errors
from domain.deadline_facts import DeadlineResult, Pause
from domain.deadlines import check_decision_date
from domain.errors import FieldError
from domain.model import CaseDetail, CaseInput
from domain.penalty_service import PenaltyService
from domain.ports import UnitOfWork
from domain.rulepack import RulePack, RulePackRegistry
from domain.validation import validate_case


@dataclass(frozen=True)
class Assessment:
    """What saving a case's input would meet: refusals, the pack, its limits, decision problems."""

    errors: list[FieldError]
    pack: RulePack
    result: DeadlineResult | None  # None while the facts are incomplete or invalid
    # Problems of the decision date against the limits (field decided_on), refused unless the
    # input carries an override reason; empty when the decision is not (re)checked.
    problems: list[FieldError]


def assess(
    uow: UnitOfWork,
    packs: RulePackRegistry,
    penalties: PenaltyService,
    data: CaseInput,
    existing: CaseDetail | None,
    today: date,
) -> Assessment:
    """Validate `data` as a new case (existing None) or an edit of `existing`."""
    pack = pack_of(packs, data, existing)
    switches = stored_switches(packs, uow)
    errors = validate_case(
        data,
        pack,
        pack.effective_switches(switches),
        today,
        is_new=existing is None,
        kept_offence=existing.offence if existing is not None else None,
    )
    errors += reference_errors(uow, data.servant)
    errors += penalties.assess(uow, data, existing, pack, switches)
    result = None
    if data.committed_on is not None and data.discovered_on is not None:
        result = count_deadlines(engine_input(data), pack, calendar_of(uow), switches)
    problems: list[FieldError] = []
    if result is not None and data.decided_on is not None and decision_to_check(data, existing):
        pauses = [Pause(p.reason, p.start, p.end) for p in data.pauses]
        problems = [
            replace(p, field="decided_on")
            for p in check_decision_date(result, data.decided_on, pauses, pack)
        ]
        if not data.override_reason:
            errors += problems
    return Assessment(errors=errors, pack=pack, result=result, problems=problems)
