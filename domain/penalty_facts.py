"""What the penalty operations read of a case: its facts, the servant's prior record, its bounds.

Interpretation made here (shown to users as such): the prior record of a case is the penalties
imposed in the servant's other cases (same IIN, status DECIDED or CLOSED, decided on or before
this offence's commission date); the decision date is the imposition date. `domain.penalties`
decides which of them are in force.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from domain.case_packs import pack_of, stored_pack
from domain.case_records import clean_input, load_case
from domain.errors import FieldError, ValidationFailed
from domain.model import CaseDetail, CaseInput
from domain.penalties import PenaltyBounds, PriorPenalty, allowed_penalties
from domain.ports import UnitOfWork
from domain.rulepack import RulePack, RulePackRegistry, UnknownPenalty


@dataclass(frozen=True)
class PenaltyFacts:
    """What the penalty operations need of a case, stored or as typed."""

    case_id: int | None
    offence: str
    committed_on: date | None
    decided_on: date | None
    iin: str
    body_id: int | None
    position: str
    elected: bool
    vacancy: bool
    penalty: str | None
    pack: RulePack


def known_penalty(pack: RulePack, code: str) -> bool:
    """Whether `code` is one of the pack's penalties."""
    try:
        pack.penalty(code)
    except UnknownPenalty:
        return False
    return True


def case_facts(
    uow: UnitOfWork, packs: RulePackRegistry, case_id: int | None, data: CaseInput | None
) -> PenaltyFacts:
    """The facts of a stored case, or of one as typed (`data`, an edit of `case_id` if given).

    Raises ValueError without either, NotFound for an unknown case id.
    """
    if case_id is None and data is None:
        raise ValueError("give a case id, the case as typed, or both")
    existing = load_case(uow, case_id) if case_id is not None else None
    if data is not None:
        data = clean_input(data)
        return input_facts(data, existing, pack_of(packs, data, existing))
    assert existing is not None
    s = existing.servant
    return PenaltyFacts(
        case_id=existing.id,
        offence=existing.offence,
        committed_on=existing.committed_on,
        decided_on=existing.decided_on,
        iin=s.iin,
        body_id=s.body_id,
        position=s.position,
        elected=s.elected,
        vacancy=existing.lower_post_vacant,
        penalty=existing.penalty,
        pack=stored_pack(packs, existing.rule_pack, existing.committed_on),
    )


def input_facts(data: CaseInput, existing: CaseDetail | None, pack: RulePack) -> PenaltyFacts:
    """The facts of a cleaned input, an edit of `existing` if given, judged under `pack`."""
    s = data.servant
    return PenaltyFacts(
        case_id=existing.id if existing is not None else None,
        offence=data.offence,
        committed_on=data.committed_on,
        decided_on=data.decided_on,
        iin=s.iin.strip(),
        body_id=s.body_id,
        position=s.position,
        elected=s.elected,
        vacancy=data.lower_post_vacant,
        penalty=data.penalty,
        pack=pack,
    )


def prior_record(uow: UnitOfWork, facts: PenaltyFacts) -> tuple[PriorPenalty, ...]:
    """The servant's penalties imposed on or before the offence date, oldest first."""
    if facts.committed_on is None or not facts.iin:
        return ()
    records = uow.penalties.prior_penalties(facts.iin, facts.committed_on, facts.case_id)
    pack = facts.pack
    # A prior the pack cannot read (a case under another pack) or with an impossible lifting
    # date would make allowed_penalties refuse every later case of the servant: left out.
    return tuple(
        PriorPenalty(r.offence, r.penalty, r.imposed_on, r.lifted_on)
        for r in records
        if pack.find_offence(r.offence) is not None
        and known_penalty(pack, r.penalty)
        and (r.lifted_on is None or r.lifted_on >= r.imposed_on)
    )


def statutory_bounds(
    uow: UnitOfWork, facts: PenaltyFacts, switches: Mapping[str, bool]
) -> PenaltyBounds:
    """allowed_penalties for the facts with the stored prior record; raises ValidationFailed
    (`required` on committed_on while it is not typed, or domain.penalties.ERROR_CODES)."""
    if facts.committed_on is None:
        raise ValidationFailed([FieldError("committed_on", "required")])
    return allowed_penalties(
        facts.offence,
        facts.committed_on,
        prior_record(uow, facts),
        vacancy=facts.vacancy,
        elected=facts.elected,
        pack=facts.pack,
        switches=switches,
    )
