"""Builders of the procedure's rule tests: a commission with one composition, hearings, dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.procedure_model import (
    Commission,
    CommissionMember,
    Composition,
    HearingInput,
    HearingMember,
    HearingOutcome,
    MemberRole,
    Vote,
)

TODAY = date(2026, 10, 20)  # a Tuesday
DISCOVERED = date(2026, 9, 1)
BODY = 7
CHAIR = CommissionMember("Ахметов Болат", "заместитель акима", MemberRole.CHAIR)
MEMBER_1 = CommissionMember("Сәрсенбаева Әйгерім", "руководитель отдела", MemberRole.MEMBER)
MEMBER_2 = CommissionMember("Петров Иван", "главный специалист", MemberRole.MEMBER)
SECRETARY = CommissionMember("Ильина Ольга", "специалист", MemberRole.SECRETARY, votes=False)
COMPOSITION = Composition(
    date(2026, 1, 1), (CHAIR, MEMBER_1, MEMBER_2, SECRETARY), quorum=None, id=11
)
COMMISSION = Commission(1, "Дисциплинарная комиссия", "Тәртіптік комиссия", (BODY,), (COMPOSITION,))


def member(m: CommissionMember, vote: Vote | None = Vote.FOR, **kw: Any) -> HearingMember:
    """A hearing member from a seat: present, voting as the seat says, with `vote`."""
    values: dict[str, Any] = {
        "full_name": m.full_name,
        "role": m.role,
        "present": True,
        "votes": m.votes,
        "vote": vote if m.votes else None,
    }
    values.update(kw)
    return HearingMember(**values)


def hearing(*members: HearingMember, **kw: Any) -> HearingInput:
    """A hearing of COMMISSION on 2026-10-01 (all three voting members for by default)."""
    values: dict[str, Any] = {
        "commission_id": COMMISSION.id,
        "held_on": date(2026, 10, 1),
        "place": "г. Туркестан",
        "members": members
        or (member(CHAIR), member(MEMBER_1), member(MEMBER_2), member(SECRETARY)),
        "outcome": HearingOutcome.IMPOSE,
        "proposed_penalty": "reprimand",
    }
    values.update(kw)
    return HearingInput(**values)
