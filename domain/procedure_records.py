"""The procedure's records as the service stores and shows them: cleaned inputs, derived dates and
counts, event values, and the case's own input for a decision through CaseService."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any

from domain.calendar import WorkCalendar
from domain.case_records import event_json
from domain.model import CaseDetail, CaseInput, CaseStatus, ServantInput
from domain.ports import (
    AuditTrail,
    CalendarStore,
    CaseQueries,
    CaseStore,
    DocumentStore,
    PenaltyStore,
    ProcedureStore,
    SettingsStore,
    UnitOfWork,
    UserStore,
)
from domain.procedure import pack_majority, pack_quorum, tally
from domain.procedure_dates import announcement_due, explanation_due, penalty_expires
from domain.procedure_model import (
    Appeal,
    AppealInput,
    Commission,
    CommissionMember,
    Composition,
    Explanation,
    ExplanationInput,
    Hearing,
    HearingInput,
    HearingOutcome,
    Order,
    OrderInput,
)
from domain.procedure_order import appeal_deadline
from domain.rulepack import RulePack
from domain.text import normalize_name, normalize_text

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


class JoinedUnitOfWork:
    """A unit of work already open, lent to another service: its `with` and commit() join the
    outer transaction, which alone commits or rolls back. This is how a procedure write runs
    CaseService's own decision checks and writes inside its single transaction."""

    def __init__(self, outer: UnitOfWork) -> None:
        self.cases: CaseStore = outer.cases
        self.queries: CaseQueries = outer.queries
        self.settings: SettingsStore = outer.settings
        self.calendar: CalendarStore = outer.calendar
        self.penalties: PenaltyStore = outer.penalties
        self.procedure: ProcedureStore = outer.procedure
        self.documents: DocumentStore = outer.documents
        self.audit: AuditTrail = outer.audit
        self.users: UserStore = outer.users

    def __enter__(self) -> JoinedUnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def commit(self) -> None:
        """Nothing: the outer unit of work commits."""

    def rollback(self) -> None:
        """Nothing: leaving the outer unit of work without commit rolls back."""


def case_input_of(case: CaseDetail) -> CaseInput:
    """A stored case as the editor would send it back unchanged (CaseService.update_case)."""
    s = case.servant
    return CaseInput(
        servant=ServantInput(
            full_name=s.full_name,
            iin=s.iin,
            position=s.position,
            category=s.category,
            elected=s.elected,
            body_id=s.body_id,
            unit_id=s.unit_id,
        ),
        offence=case.offence,
        committed_on=case.committed_on,
        discovered_on=case.discovered_on,
        continuing_until=case.continuing_until,
        description=case.description,
        report_source=case.report_source,
        status=case.status,
        continuing=case.continuing,
        terminated_on=case.terminated_on,
        pauses=case.pauses,
        decided_on=case.decided_on,
        penalty=case.penalty,
        penalty_lifted_on=case.penalty_lifted_on,
        justification=case.justification,
        lower_post_vacant=case.lower_post_vacant,
    )


# The case editor's fields a decision is checked on, and the order form's fields they are.
ORDER_FIELDS = {"decided_on": "signed_on", "penalty_lifted_on": "lifted_on", "status": "outcome"}


def decision_input(case: CaseDetail, order: OrderInput, override_reason: str) -> CaseInput:
    """The case as the order decides it, for CaseService.update_case: IMPOSE -> DECIDED (a
    closed case stays closed) with the penalty and its early lifting; NONE -> NO_PENALTY."""
    imposed = HearingOutcome(order.outcome) is HearingOutcome.IMPOSE
    if imposed:
        status = CaseStatus.CLOSED if case.status is CaseStatus.CLOSED else CaseStatus.DECIDED
    else:
        status = CaseStatus.NO_PENALTY
    return replace(
        case_input_of(case),
        status=status,
        decided_on=order.signed_on,
        penalty=order.penalty if imposed else None,
        penalty_lifted_on=order.lifted_on if imposed else None,
        override_reason=override_reason,
    )


# ---------------------------------------------------------------- cleaning


def clean_composition(c: Composition) -> Composition:
    members = tuple(
        CommissionMember(
            full_name=normalize_name(m.full_name),
            position=normalize_name(m.position),
            role=m.role,
            votes=m.votes,
        )
        for m in c.members
    )
    return replace(c, members=members)


def clean_explanation(data: ExplanationInput) -> ExplanationInput:
    return replace(
        data, text=normalize_text(data.text), act_witnesses=normalize_text(data.act_witnesses)
    )


def clean_hearing(data: HearingInput) -> HearingInput:
    members = tuple(
        replace(
            m,
            full_name=normalize_name(m.full_name),
            recusal_reason=normalize_text(m.recusal_reason),
            dissent=normalize_text(m.dissent),
        )
        for m in data.members
    )
    return replace(
        data,
        place=normalize_name(data.place),
        members=members,
        proposed_penalty=(data.proposed_penalty or "").strip() or None,
        minutes=normalize_text(data.minutes),
        invited=normalize_text(data.invited),
    )


def clean_order(data: OrderInput) -> OrderInput:
    return replace(
        data,
        official_name=normalize_name(data.official_name),
        official_position=normalize_name(data.official_position),
        penalty=(data.penalty or "").strip() or None,
        order_number=normalize_name(data.order_number),
        refusal_witnesses=normalize_text(data.refusal_witnesses),
    )


def clean_appeal(data: AppealInput) -> AppealInput:
    return replace(data, note=normalize_text(data.note))


# ---------------------------------------------------------------- derived records


def explanation_of(
    case_id: int, data: ExplanationInput, calendar: WorkCalendar, pack: RulePack
) -> Explanation:
    """A stored explanation with its due day (Labour Code Art. 65)."""
    return Explanation(
        case_id=case_id,
        requested_on=data.requested_on,
        due_on=explanation_due(data.requested_on, calendar, pack),
        outcome=data.outcome,
        received_on=data.received_on,
        text=data.text,
        act_on=data.act_on,
        act_witnesses=data.act_witnesses,
        attachment_id=data.attachment_id,
    )


def hearing_quorum(commission: Commission | None, held_on: date, pack: RulePack) -> tuple[int, int]:
    """The quorum of the composition in force on the day, or the pack's default."""
    composition = commission.composition_on(held_on) if commission is not None else None
    if composition is not None and composition.quorum is not None:
        return composition.quorum
    return pack_quorum(pack)


def hearing_of(
    case_id: int, hearing_id: int, data: HearingInput, commission: Commission | None, pack: RulePack
) -> Hearing:
    """A stored hearing with its count (domain.procedure.tally)."""
    quorum = hearing_quorum(commission, data.held_on, pack)
    return Hearing(
        id=hearing_id,
        case_id=case_id,
        commission_id=data.commission_id,
        held_on=data.held_on,
        place=data.place,
        members=data.members,
        outcome=data.outcome,
        proposed_penalty=data.proposed_penalty,
        minutes=data.minutes,
        invited=data.invited,
        tally=tally(data.members, quorum, pack_majority(pack)),
    )


def order_of(case_id: int, data: OrderInput, calendar: WorkCalendar, pack: RulePack) -> Order:
    """A stored order with its announcement day and the penalty's lifetime (Labour Code
    Art. 65-66)."""
    imposed = HearingOutcome(data.outcome) is HearingOutcome.IMPOSE
    return Order(
        case_id=case_id,
        signed_on=data.signed_on,
        official_name=data.official_name,
        official_position=data.official_position,
        outcome=data.outcome,
        penalty=data.penalty,
        order_number=data.order_number,
        announced_on=data.announced_on,
        familiarised_on=data.familiarised_on,
        refused_on=data.refused_on,
        refusal_witnesses=data.refusal_witnesses,
        lifted_on=data.lifted_on,
        announce_due=announcement_due(data.signed_on, calendar, pack),
        expires_on=penalty_expires(data.signed_on, pack) if imposed else None,
    )


def appeal_of(
    case_id: int,
    appeal_id: int,
    data: AppealInput,
    order: OrderInput | None,
    calendar: WorkCalendar | None,
    pack: RulePack,
) -> Appeal:
    """A stored appeal with the last day to file it and whether it was filed late."""
    deadline = appeal_deadline(order, pack, calendar) if order is not None else None
    return Appeal(
        id=appeal_id,
        case_id=case_id,
        route=data.route,
        filed_on=data.filed_on,
        outcome=data.outcome,
        decided_on=data.decided_on,
        note=data.note,
        deadline=deadline,
        late=deadline is not None and data.filed_on > deadline,
    )


# ---------------------------------------------------------------- events


def record_json(record: DataclassInstance | None) -> dict[str, Any]:
    """A stored input's fields as event values (dates ISO, enums by value, members as lists)."""
    if record is None:
        return {}
    return {k: _json_value(v) for k, v in asdict(record).items()}


def _json_value(value: object) -> Any:
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return event_json(value)


def changes_of(old: DataclassInstance | None, new: DataclassInstance) -> dict[str, Any]:
    """The fields that differ, as {name: {"old": ..., "new": ...}} for a case event."""
    before, after = record_json(old), record_json(new)
    return {k: {"old": before.get(k), "new": v} for k, v in after.items() if before.get(k) != v}
