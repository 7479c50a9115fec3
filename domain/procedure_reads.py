"""Reading one case's procedure inside a unit of work: the case's pack and calendars, the
commission serving it, and the stored records with their derived dates and counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from domain.calendar import WorkCalendar
from domain.case_deadlines import calendar_of
from domain.case_packs import stored_pack, stored_switches
from domain.case_records import load_case
from domain.model import CaseDetail
from domain.ports import UnitOfWork
from domain.procedure_model import CaseProcedure, Commission, Hearing, Order
from domain.procedure_records import appeal_of, explanation_of, hearing_of, order_of
from domain.rulepack import RulePack, RulePackRegistry

# The pack switch that moves a period's non-working last day to the next working day (Civil
# Code Art. 175); the appeal deadline follows it like the Art. 45 limits.
MOVE_SWITCH = "move_to_next_working_day"


@dataclass(frozen=True)
class CaseContext:
    """A stored case with the pack it is judged under and the calendars its dates count in."""

    case: CaseDetail
    pack: RulePack
    calendar: WorkCalendar
    # The calendar a period's last day moves in, or None when the switch keeps it where it is.
    period_calendar: WorkCalendar | None
    switches: Mapping[str, bool]


def case_context(uow: UnitOfWork, packs: RulePackRegistry, case_id: int) -> CaseContext:
    """The case (NotFound if unknown) with its pack, calendar and switch-dependent calendar."""
    case = load_case(uow, case_id)
    calendar = calendar_of(uow)
    switches = stored_switches(packs, uow)
    return CaseContext(
        case=case,
        pack=stored_pack(packs, case.rule_pack, case.committed_on),
        calendar=calendar,
        period_calendar=calendar if switches.get(MOVE_SWITCH, True) else None,
        switches=switches,
    )


def commission_for(uow: UnitOfWork, body_id: int | None, on: date) -> Commission | None:
    """The commission serving the body (Law 416-V Art. 44 p.9): the first, by name, with a
    composition in force on `on`, else the first serving it at all; None without one."""
    if body_id is None:
        return None
    serving = uow.procedure.commissions_for_body(body_id)
    in_force = [c for c in serving if c.composition_on(on) is not None]
    chosen = in_force or serving
    return chosen[0] if chosen else None


def stored_hearings(
    uow: UnitOfWork, ctx: CaseContext, commissions: dict[int, Commission | None] | None = None
) -> list[Hearing]:
    """The case's hearings by date, each counted under its commission's composition; the
    commissions read are left in `commissions` for the caller."""
    commissions = {} if commissions is None else commissions
    hearings: list[Hearing] = []
    for hearing_id, data in uow.procedure.hearings(ctx.case.id):
        if data.commission_id not in commissions:
            commissions[data.commission_id] = uow.procedure.commission(data.commission_id)
        commission = commissions[data.commission_id]
        hearings.append(hearing_of(ctx.case.id, hearing_id, data, commission, ctx.pack))
    return hearings


def stored_order(uow: UnitOfWork, ctx: CaseContext) -> Order | None:
    data = uow.procedure.order(ctx.case.id)
    return order_of(ctx.case.id, data, ctx.calendar, ctx.pack) if data is not None else None


def load_procedure(uow: UnitOfWork, ctx: CaseContext, today: date) -> CaseProcedure:
    """Everything of the case's procedure, with due days, tallies and appeal deadlines."""
    case_id = ctx.case.id
    explanation = uow.procedure.explanation(case_id)
    commissions: dict[int, Commission | None] = {}
    hearings = stored_hearings(uow, ctx, commissions)
    order_input = uow.procedure.order(case_id)
    if hearings:
        commission = commissions[hearings[-1].commission_id]
    else:
        commission = commission_for(uow, ctx.case.servant.body_id, today)
    return CaseProcedure(
        case_id=case_id,
        commission=commission,
        explanation=(
            explanation_of(case_id, explanation, ctx.calendar, ctx.pack)
            if explanation is not None
            else None
        ),
        hearings=tuple(hearings),
        order=(
            order_of(case_id, order_input, ctx.calendar, ctx.pack)
            if order_input is not None
            else None
        ),
        appeals=tuple(
            appeal_of(case_id, appeal_id, data, order_input, ctx.period_calendar, ctx.pack)
            for appeal_id, data in uow.procedure.appeals(case_id)
        ),
        attachments=tuple(uow.procedure.attachments(case_id)),
        documents=tuple(uow.documents.documents(case_id)),
    )
