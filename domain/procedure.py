"""The commission's procedure as pure rules: compositions, the count of a hearing, and the checks
on the explanation, the hearing, the order and an appeal. Errors are codes with parameters.

Sources: Law 416-V Art. 43, 44 p.9, 61; Labour Code Art. 65-66; the composition, quorum and
majority of a commission were not found in the Rules [NF] and are configurable defaults (rule
pack parameters `commission_quorum`, `commission_majority`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date

from domain.attachments import E_UNKNOWN as E_ATTACHMENT_UNKNOWN
from domain.errors import FieldError, RulePackError
from domain.model import Body
from domain.pack_values import int_param, str_param
from domain.procedure_codes import (
    E_ACT_BEFORE_REQUEST,
    E_ACT_NOT_AFTER_DUE,
    E_CHAIR_COUNT,
    E_COMMISSION_NOT_SERVING,
    E_COMMISSION_UNKNOWN,
    E_DISSENT_NOT_ALLOWED,
    E_HEARING_BEFORE_DISCOVERY,
    E_HEARING_PENALTY_NOT_ALLOWED,
    E_HEARING_PENALTY_NOT_EXPECTED,
    E_MEMBER_DUPLICATE,
    E_MEMBERS_MISMATCH,
    E_NO_BODIES,
    E_NO_COMPOSITION,
    E_QUORUM_INVALID,
    E_RECEIVED_BEFORE_REQUEST,
    E_RECUSAL_REASON,
    E_REQUESTED_BEFORE_DISCOVERY,
    E_SECRETARY_COUNT,
    E_TEXT_OR_ATTACHMENT,
    E_TOO_FEW_VOTING,
    E_VALID_FROM_DUPLICATE,
    E_VOTE_NOT_ALLOWED,
    E_VOTE_REQUIRED,
    PROCEDURE_ERROR_CODES,
)
from domain.procedure_fields import (
    MAX_DISSENT_LENGTH,
    MAX_PLACE_LENGTH,
    MAX_PROCEDURE_TEXT_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    MIN_VOTING_MEMBERS,
    date_errors,
    person_name_errors,
    unexpected,
)
from domain.procedure_model import (
    Commission,
    CommissionInput,
    CommissionMember,
    Composition,
    ExplanationInput,
    ExplanationOutcome,
    HearingInput,
    HearingMember,
    HearingOutcome,
    MemberRole,
    Tally,
    Vote,
)
from domain.procedure_order import (
    appeal_deadline,
    appeal_kind,
    latest_adopted,
    validate_appeal,
    validate_order,
)
from domain.procedure_params import MAJORITY_RULES, parse_quorum, valid_quorum
from domain.rulepack import RulePack
from domain.text import normalize_name
from domain.validation import MAX_POSITION_LENGTH, body_names_errors, text_errors

# The order's and appeals' rules live in domain.procedure_order; they are re-exported here so
# that the procedure's rules have one public face.
__all__ = [
    "MIN_VOTING_MEMBERS",
    "PROCEDURE_ERROR_CODES",
    "appeal_deadline",
    "appeal_kind",
    "latest_adopted",
    "validate_appeal",
    "validate_order",
]


# ---------------------------------------------------------------- pack parameters


def pack_quorum(pack: RulePack) -> tuple[int, int]:
    """The default quorum of a hearing, a fraction of the voting members ([NF] configurable
    default: parameter `commission_quorum`, "2/3")."""
    quorum = parse_quorum(pack.parameters.get("commission_quorum"))
    if quorum is None:
        raise RulePackError("parameters.commission_quorum", "missing or not a fraction n/d")
    return quorum


def pack_majority(pack: RulePack) -> str:
    """Whose majority adopts a decision ([NF] configurable default: `commission_majority`,
    "present": more than half of the members present; "voting": of all voting members)."""
    return str_param(pack, "commission_majority", MAJORITY_RULES)


def attachment_limits(pack: RulePack) -> tuple[int, tuple[str, ...]]:
    """The largest attachment in bytes and the file types accepted (`attachment_max_bytes`,
    `attachment_types`; RELIABILITY S24: 20 MB)."""
    types = pack.parameters.get("attachment_types")
    if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
        raise RulePackError("parameters.attachment_types", "missing or not a list of types")
    return int_param(pack, "attachment_max_bytes"), tuple(types)


# ---------------------------------------------------------------- commissions


def validate_commission(data: CommissionInput, bodies: Collection[Body]) -> list[FieldError]:
    """A commission as typed (names normalised): both names, at least one body, every body
    known. One commission may serve several bodies (Law 416-V Art. 44 p.9)."""
    errors = body_names_errors(data.name_ru, data.name_kk)
    known = {b.id for b in bodies}
    if not data.body_ids:
        errors.append(FieldError("body_ids", E_NO_BODIES))
    for body_id in data.body_ids:
        if body_id not in known:
            errors.append(FieldError("body_ids", "body.unknown", {"id": body_id}))
    return errors


def validate_composition(
    composition: Composition, others: Sequence[Composition]
) -> list[FieldError]:
    """A composition (names normalised) against the commission's other compositions.

    [NF] configurable defaults (Law 416-V Art. 44 p.9 sets up the commission; the Rules were not
    found to fix its make-up): exactly one chair, at most one secretary, at least
    MIN_VOTING_MEMBERS voting members, each name given, plausible and not repeated; a quorum
    n/d with 0 < n/d <= 1; no other composition of the commission starting the same day.
    """
    errors: list[FieldError] = []
    members = composition.members
    roles = Counter(MemberRole(m.role) for m in members)
    if roles[MemberRole.CHAIR] != 1:
        errors.append(FieldError("members", E_CHAIR_COUNT, {"count": roles[MemberRole.CHAIR]}))
    if roles[MemberRole.SECRETARY] > 1:
        params: dict[str, object] = {"count": roles[MemberRole.SECRETARY]}
        errors.append(FieldError("members", E_SECRETARY_COUNT, params))
    voting = sum(1 for m in members if m.votes)
    if voting < MIN_VOTING_MEMBERS:
        params = {"count": voting, "min": MIN_VOTING_MEMBERS}
        errors.append(FieldError("members", E_TOO_FEW_VOTING, params))
    seen: set[str] = set()
    for i, m in enumerate(members):
        errors += person_name_errors(f"members.{i}.full_name", m.full_name)
        errors += text_errors(f"members.{i}.position", m.position, MAX_POSITION_LENGTH)
        key = normalize_name(m.full_name).casefold()
        if key and key in seen:
            errors.append(FieldError(f"members.{i}.full_name", E_MEMBER_DUPLICATE))
        seen.add(key)
    if composition.quorum is not None and not valid_quorum(*composition.quorum):
        num, den = composition.quorum
        errors.append(FieldError("quorum", E_QUORUM_INVALID, {"quorum": f"{num}/{den}"}))
    for other in others:
        if other.valid_from == composition.valid_from and (
            composition.id is None or other.id != composition.id
        ):
            params = {"valid_from": composition.valid_from.isoformat()}
            errors.append(FieldError("valid_from", E_VALID_FROM_DUPLICATE, params))
            break
    return errors


def hearing_members(composition: Composition) -> tuple[HearingMember, ...]:
    """The composition's members as a new hearing lists them: all present, none voted yet."""
    return tuple(
        HearingMember(full_name=m.full_name, role=m.role, present=True, votes=m.votes)
        for m in composition.members
    )


# ---------------------------------------------------------------- the count


def tally(
    members: Sequence[HearingMember], quorum: tuple[int, int], majority: str = "present"
) -> Tally:
    """Quorum and votes of a hearing ([NF] configurable defaults: quorum two thirds of the voting
    members, a simple majority of those present; pack parameters `commission_quorum`,
    `commission_majority`).

    `members` counts the composition's voting members; `present` those present, voting and not
    recused; quorum_needed = ceil(members * n / d). A decision is adopted when the quorum is met
    and more than half of those present (or, with majority "voting", of all voting members)
    voted for it; abstentions count as not for.
    """
    num, den = quorum
    if not valid_quorum(num, den):
        raise ValueError(f"bad quorum {num}/{den}")
    if majority not in MAJORITY_RULES:
        raise ValueError(f"bad majority rule {majority!r}")
    voting = [m for m in members if m.votes]
    present = [m for m in voting if m.present and not m.recused]
    votes = Counter(Vote(m.vote) for m in present if m.vote is not None)
    needed = -(-len(voting) * num // den)
    quorum_met = bool(voting) and len(present) >= needed
    base = len(present) if majority == "present" else len(voting)
    votes_for = votes[Vote.FOR]
    return Tally(
        members=len(voting),
        present=len(present),
        quorum_needed=needed,
        quorum_met=quorum_met,
        votes_for=votes_for,
        votes_against=votes[Vote.AGAINST],
        abstained=votes[Vote.ABSTAIN],
        adopted=quorum_met and 2 * votes_for > base,
    )


# ---------------------------------------------------------------- the explanation


def validate_explanation(
    data: ExplanationInput,
    due_on: date,
    discovered_on: date,
    today: date,
    attachment_ids: Collection[int],
) -> list[FieldError]:
    """The request for a written explanation and its result (Labour Code Art. 65), texts
    normalised; `due_on` is domain.procedure_dates.explanation_due of the request.

    The request is not before discovery nor in the future. RECEIVED needs the day received (not
    before the request) and the text or a scan; REFUSED needs the act's date, not before the
    request; ABSENT needs the act's date after the due day (the act records that the wait
    ended); PENDING records neither. A scan must be one of the case's attachments.
    """
    errors = date_errors(
        "requested_on",
        data.requested_on,
        today,
        (discovered_on, E_REQUESTED_BEFORE_DISCOVERY),
    )
    outcome = ExplanationOutcome(data.outcome)
    requested = (data.requested_on, E_RECEIVED_BEFORE_REQUEST)
    if outcome is ExplanationOutcome.RECEIVED:
        if data.received_on is None:
            errors.append(FieldError("received_on", "required"))
        errors += date_errors("received_on", data.received_on, today, requested)
        if not data.text and data.attachment_id is None:
            errors.append(FieldError("text", E_TEXT_OR_ATTACHMENT))
        errors += unexpected("act_on", data.act_on)
        errors += unexpected("act_witnesses", data.act_witnesses)
    elif outcome is ExplanationOutcome.PENDING:
        errors += unexpected("received_on", data.received_on)
        errors += unexpected("act_on", data.act_on)
        errors += unexpected("act_witnesses", data.act_witnesses)
    else:
        errors += unexpected("received_on", data.received_on)
        if data.act_on is None:
            errors.append(FieldError("act_on", "required"))
        elif outcome is ExplanationOutcome.ABSENT and data.act_on <= due_on:
            errors.append(FieldError("act_on", E_ACT_NOT_AFTER_DUE, {"due_on": due_on.isoformat()}))
        else:
            errors += date_errors(
                "act_on", data.act_on, today, (data.requested_on, E_ACT_BEFORE_REQUEST)
            )
    if data.attachment_id is not None and data.attachment_id not in attachment_ids:
        params = {"id": data.attachment_id}
        errors.append(FieldError("attachment_id", E_ATTACHMENT_UNKNOWN, params))
    errors += text_errors("text", data.text, MAX_PROCEDURE_TEXT_LENGTH, multiline=True)
    errors += text_errors(
        "act_witnesses", data.act_witnesses, MAX_SHORT_TEXT_LENGTH, multiline=True
    )
    return errors


# ---------------------------------------------------------------- the hearing


def validate_hearing(
    data: HearingInput,
    commission: Commission | None,
    body_id: int | None,
    discovered_on: date,
    allowed: Sequence[str],
    today: date,
) -> list[FieldError]:
    """A hearing as typed (texts normalised) of a case of `body_id` discovered on `discovered_on`.

    The commission exists and serves the case's body (Law 416-V Art. 44 p.9); a composition is in
    force on the day, and the hearing lists exactly its members; an absent, recused or
    non-voting member has no vote, a recused member gives the reason (a party to the case or a
    relative), every other member votes; a dissenting opinion comes only from a member who voted
    against or abstained [NF configurable defaults]; a proposal to impose a penalty names one
    the law allows (`allowed`: CaseService.allowed_for's bounds, Law 416-V Art. 44 p.3-7). The
    hearing is neither before the discovery nor in the future.
    """
    errors = date_errors(
        "held_on", data.held_on, today, (discovered_on, E_HEARING_BEFORE_DISCOVERY)
    )
    if commission is None:
        errors.append(FieldError("commission_id", E_COMMISSION_UNKNOWN, {"id": data.commission_id}))
    else:
        if body_id is not None and body_id not in commission.body_ids:
            params: dict[str, object] = {"id": commission.id, "body_id": body_id}
            errors.append(FieldError("commission_id", E_COMMISSION_NOT_SERVING, params))
        errors += _member_errors(data.members, commission.composition_on(data.held_on), data)
    outcome = HearingOutcome(data.outcome)
    if outcome is HearingOutcome.IMPOSE:
        if data.proposed_penalty is None:
            errors.append(FieldError("proposed_penalty", "required"))
        elif data.proposed_penalty not in allowed:
            params = {"penalty": data.proposed_penalty, "allowed": ",".join(allowed)}
            errors.append(FieldError("proposed_penalty", E_HEARING_PENALTY_NOT_ALLOWED, params))
    elif data.proposed_penalty is not None:
        errors.append(FieldError("proposed_penalty", E_HEARING_PENALTY_NOT_EXPECTED))
    errors += text_errors("place", data.place, MAX_PLACE_LENGTH)
    errors += text_errors("minutes", data.minutes, MAX_PROCEDURE_TEXT_LENGTH, multiline=True)
    errors += text_errors("invited", data.invited, MAX_SHORT_TEXT_LENGTH, multiline=True)
    return errors


def _member_errors(
    members: Sequence[HearingMember], composition: Composition | None, data: HearingInput
) -> list[FieldError]:
    if composition is None:
        return [FieldError("held_on", E_NO_COMPOSITION, {"held_on": data.held_on.isoformat()})]
    expected = Counter(normalize_name(m.full_name) for m in composition.members)
    listed = Counter(normalize_name(m.full_name) for m in members)
    errors: list[FieldError] = []
    if expected != listed:
        params = {
            "missing": ", ".join(sorted((expected - listed).elements())),
            "extra": ", ".join(sorted((listed - expected).elements())),
        }
        errors.append(FieldError("members", E_MEMBERS_MISMATCH, params))
    for i, m in enumerate(members):
        takes_part = m.present and m.votes and not m.recused
        if m.vote is not None and not takes_part:
            errors.append(FieldError(f"members.{i}.vote", E_VOTE_NOT_ALLOWED))
        elif m.vote is None and takes_part:
            errors.append(FieldError(f"members.{i}.vote", E_VOTE_REQUIRED))
        if m.recused and not m.recusal_reason:
            errors.append(FieldError(f"members.{i}.recusal_reason", E_RECUSAL_REASON))
        if m.dissent and m.vote not in (Vote.AGAINST, Vote.ABSTAIN):
            errors.append(FieldError(f"members.{i}.dissent", E_DISSENT_NOT_ALLOWED))
        errors += text_errors(
            f"members.{i}.recusal_reason", m.recusal_reason, MAX_SHORT_TEXT_LENGTH, multiline=True
        )
        errors += text_errors(f"members.{i}.dissent", m.dissent, MAX_DISSENT_LENGTH, multiline=True)
    return errors


def with_composition_roles(
    members: Sequence[HearingMember], composition: Composition | None
) -> tuple[HearingMember, ...]:
    """The members with role and voting right taken from the composition (matched by name), so
    a form cannot give a vote to a non-voting secretary."""
    if composition is None:
        return tuple(members)
    by_name: Mapping[str, CommissionMember] = {
        normalize_name(m.full_name): m for m in composition.members
    }
    result: list[HearingMember] = []
    for m in members:
        seat = by_name.get(normalize_name(m.full_name))
        if seat is not None:
            m = replace(m, role=seat.role, votes=seat.votes)
        result.append(m)
    return tuple(result)
