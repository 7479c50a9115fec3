"""The procedure's rules after the hearing: the authorised official's order and its appeals.

Sources: Labour Code Art. 65-66 (announcement, lifetime, early lifting); Law 416-V Art. 43, 61
(appeals: 3 months to claim reinstatement, 1 year otherwise).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from domain.calendar import WorkCalendar
from domain.errors import FieldError, RulePackError
from domain.limit_counting import month_period_end
from domain.procedure_codes import (
    E_APPEAL_BEFORE_ORDER,
    E_APPEAL_DECIDED_BEFORE_FILED,
    E_APPEAL_NO_ORDER,
    E_BEFORE_SIGNED,
    E_FAMILIARISED_AND_REFUSED,
    E_LIFTED_NOT_AFTER_SIGNED,
    E_ORDER_BEFORE_HEARING,
    E_ORDER_LIFTED_WITHOUT_PENALTY,
    E_ORDER_OUTCOME,
    E_ORDER_PENALTY_NOT_EXPECTED,
)
from domain.procedure_fields import (
    MAX_ORDER_NUMBER_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    date_errors,
    person_name_errors,
    unexpected,
)
from domain.procedure_model import AppealInput, AppealOutcome, Hearing, HearingOutcome, OrderInput
from domain.rulepack import RulePack
from domain.validation import MAX_POSITION_LENGTH, text_errors


def latest_adopted(hearings: Sequence[Hearing]) -> Hearing | None:
    """The latest hearing whose decision was adopted, or None."""
    adopted = [h for h in hearings if h.tally.adopted]
    return max(adopted, key=lambda h: (h.held_on, h.id)) if adopted else None


def validate_order(data: OrderInput, hearings: Sequence[Hearing], today: date) -> list[FieldError]:
    """The authorised official's order and its announcement (Labour Code Art. 65-66), texts
    normalised; its deadline and statutory bounds are CaseService's decision checks.

    The order imposes a penalty (named) or none [V-3p]; sending for an additional investigation
    is not an order on the penalty. It is signed not before the latest adopted hearing and not in
    the future; the servant either signs (familiarised_on) or refuses (refused_on, an act), not
    both, on or after the signing; the announcement is on or after it; an early lifting (Art. 66)
    needs a penalty and comes after the signing.
    """
    errors = person_name_errors("official_name", data.official_name)
    errors += text_errors("official_position", data.official_position, MAX_POSITION_LENGTH)
    if not data.official_position:
        errors.append(FieldError("official_position", "required"))
    errors += text_errors("order_number", data.order_number, MAX_ORDER_NUMBER_LENGTH)
    errors += text_errors(
        "refusal_witnesses", data.refusal_witnesses, MAX_SHORT_TEXT_LENGTH, multiline=True
    )
    outcome = HearingOutcome(data.outcome)
    if outcome is HearingOutcome.INVESTIGATE:
        errors.append(FieldError("outcome", E_ORDER_OUTCOME, {"outcome": outcome.value}))
    elif outcome is HearingOutcome.IMPOSE and data.penalty is None:
        errors.append(FieldError("penalty", "required"))
    elif outcome is HearingOutcome.NONE and data.penalty is not None:
        errors.append(FieldError("penalty", E_ORDER_PENALTY_NOT_EXPECTED))
    hearing = latest_adopted(hearings)
    after_hearing = (hearing.held_on, E_ORDER_BEFORE_HEARING) if hearing is not None else None
    errors += date_errors("signed_on", data.signed_on, today, after_hearing)
    after_signing = (data.signed_on, E_BEFORE_SIGNED)
    for name in ("announced_on", "familiarised_on", "refused_on"):
        errors += date_errors(name, getattr(data, name), today, after_signing)
    if data.familiarised_on is not None and data.refused_on is not None:
        errors.append(FieldError("refused_on", E_FAMILIARISED_AND_REFUSED))
    if data.lifted_on is not None:
        if outcome is not HearingOutcome.IMPOSE:
            errors.append(FieldError("lifted_on", E_ORDER_LIFTED_WITHOUT_PENALTY))
        elif data.lifted_on <= data.signed_on:
            params = {"date": data.signed_on.isoformat()}
            errors.append(FieldError("lifted_on", E_LIFTED_NOT_AFTER_SIGNED, params))
        else:
            errors += date_errors("lifted_on", data.lifted_on, today)
    return errors


# ---------------------------------------------------------------- appeals


def appeal_kind(order: OrderInput, pack: RulePack) -> str:
    """The `appeal_months` key for an order: "reinstatement" for a penalty the pack lists in
    `reinstatement_penalties` (dismissal), "other" otherwise (Law 416-V Art. 61)."""
    listed = pack.parameters.get("reinstatement_penalties", [])
    if isinstance(listed, list) and order.penalty is not None and order.penalty in listed:
        return "reinstatement"
    return "other"


def appeal_deadline(order: OrderInput, pack: RulePack, calendar: WorkCalendar | None) -> date:
    """The last day to appeal the order (Law 416-V Art. 43, 61; pack `appeal_months`: 3 months
    to claim reinstatement after a dismissal, 1 year otherwise).

    The period counts from the day the servant learnt of the order: the earliest of the
    familiarisation, the act of refusal and the announcement, else the signing; it ends as a
    month period (Civil Code Art. 173-174) and, with a calendar, moves off a non-working last
    day (Civil Code Art. 175).
    """
    months = pack.parameters.get("appeal_months")
    if not isinstance(months, Mapping):
        raise RulePackError("parameters.appeal_months", "missing or not a mapping")
    kind = appeal_kind(order, pack)
    count = months.get(kind)
    if isinstance(count, bool) or not isinstance(count, int):
        raise RulePackError(f"parameters.appeal_months.{kind}", "missing or not a whole number")
    known = [d for d in (order.familiarised_on, order.refused_on, order.announced_on) if d]
    end = month_period_end(min(known) if known else order.signed_on, count)
    return calendar.next_working_day(end) if calendar is not None else end


def validate_appeal(data: AppealInput, order: OrderInput | None, today: date) -> list[FieldError]:
    """An appeal (Law 416-V Art. 43, 61): against a recorded order, filed not before it was
    signed and not in the future; a pending appeal has no decision date, a decided one needs it,
    not before the filing. A late filing is recorded (see appeal_deadline), not refused: the
    court or the Agency decides whether to restore the period."""
    errors: list[FieldError] = []
    if order is None:
        errors.append(FieldError("filed_on", E_APPEAL_NO_ORDER))
    signed = (order.signed_on, E_APPEAL_BEFORE_ORDER) if order is not None else None
    errors += date_errors("filed_on", data.filed_on, today, signed)
    if AppealOutcome(data.outcome) is AppealOutcome.PENDING:
        errors += unexpected("decided_on", data.decided_on)
    elif data.decided_on is None:
        errors.append(FieldError("decided_on", "required"))
    else:
        errors += date_errors(
            "decided_on", data.decided_on, today, (data.filed_on, E_APPEAL_DECIDED_BEFORE_FILED)
        )
    errors += text_errors("note", data.note, MAX_SHORT_TEXT_LENGTH, multiline=True)
    return errors
