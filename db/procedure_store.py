"""ProcedureStore over a Session: commissions with their compositions, and one case's
explanation, hearings, order, appeals and attachments, as the stored inputs of
`domain.procedure_model` (the service derives due days, tallies and deadlines)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Select, delete, insert, select
from sqlalchemy.orm import Session

from db.collation import name_sort_key
from db.errors import translate_errors
from db.procedure_models import (
    DbAppeal,
    DbAttachment,
    DbCommission,
    DbCommissionBody,
    DbComposition,
    DbCompositionMember,
    DbExplanation,
    DbHearing,
    DbHearingMember,
    DbOrder,
)
from domain.errors import NotFound
from domain.procedure_model import (
    AppealInput,
    AppealOutcome,
    AppealRoute,
    Attachment,
    AttachmentKind,
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
    OrderInput,
    Vote,
)
from domain.text import search_key

_T = TypeVar("_T", DbExplanation, DbOrder)
_R = TypeVar("_R", DbHearing, DbAppeal)


class SqlProcedureStore:
    """ports.ProcedureStore over a Session; `lang` picks the name commissions are sorted by."""

    def __init__(self, session: Session, *, lang: str = "ru") -> None:
        self._session = session
        self._lang = lang

    # --- commissions --------------------------------------------------------------------------

    @translate_errors()
    def commissions(self) -> list[Commission]:
        found = self._load_commissions(select(DbCommission))

        def by_name(c: Commission) -> tuple[str, int]:
            name = c.name_kk if self._lang == "kk" else c.name_ru
            return name_sort_key(search_key(name)), c.id

        return sorted(found, key=by_name)

    @translate_errors()
    def commission(self, commission_id: int) -> Commission | None:
        found = self._load_commissions(select(DbCommission).where(DbCommission.id == commission_id))
        return found[0] if found else None

    @translate_errors()
    def commissions_for_body(self, body_id: int) -> list[Commission]:
        serving = select(DbCommissionBody.commission_id).where(DbCommissionBody.body_id == body_id)
        return self._load_commissions(
            select(DbCommission).where(DbCommission.id.in_(serving)).order_by(DbCommission.id)
        )

    @translate_errors()
    def save_commission(self, data: CommissionInput, commission_id: int | None) -> int:
        if commission_id is None:
            row = DbCommission(name_ru=data.name_ru, name_kk=data.name_kk)
            self._session.add(row)
            self._session.flush()
        else:
            found = self._session.get(DbCommission, commission_id)
            if found is None:
                raise NotFound(f"commission {commission_id}")
            row = found
            row.name_ru, row.name_kk = data.name_ru, data.name_kk
            self._session.flush()
            self._session.execute(
                delete(DbCommissionBody).where(DbCommissionBody.commission_id == row.id)
            )
        bodies = sorted(set(data.body_ids))
        if bodies:
            self._session.execute(
                insert(DbCommissionBody), [{"commission_id": row.id, "body_id": b} for b in bodies]
            )
        return row.id

    @translate_errors()
    def save_composition(self, commission_id: int, composition: Composition) -> int:
        if self._session.get(DbCommission, commission_id) is None:
            raise NotFound(f"commission {commission_id}")
        num, den = composition.quorum if composition.quorum is not None else (None, None)
        if composition.id is None:
            row = DbComposition(commission_id=commission_id)
            self._session.add(row)
        else:
            found = self._session.get(DbComposition, composition.id)
            if found is None or found.commission_id != commission_id:
                raise NotFound(f"composition {composition.id} of commission {commission_id}")
            row = found
            self._session.execute(
                delete(DbCompositionMember).where(DbCompositionMember.composition_id == row.id)
            )
        row.valid_from, row.quorum_num, row.quorum_den = composition.valid_from, num, den
        self._session.flush()
        if composition.members:
            self._session.execute(
                insert(DbCompositionMember),
                [
                    {
                        "composition_id": row.id,
                        "position_no": n,
                        "full_name": m.full_name,
                        "position": m.position,
                        "role": MemberRole(m.role).value,
                        "votes": m.votes,
                    }
                    for n, m in enumerate(composition.members, start=1)
                ],
            )
        return row.id

    def _load_commissions(self, stmt: Select[DbCommission]) -> list[Commission]:
        """The commissions `stmt` selects (in its order), each with its bodies and compositions."""
        rows = list(self._session.scalars(stmt))
        if not rows:
            return []
        ids = [r.id for r in rows]
        bodies: dict[int, list[int]] = {}
        for commission_id, body_id in self._session.execute(
            select(DbCommissionBody.commission_id, DbCommissionBody.body_id)
            .where(DbCommissionBody.commission_id.in_(ids))
            .order_by(DbCommissionBody.commission_id, DbCommissionBody.body_id)
        ):
            bodies.setdefault(commission_id, []).append(body_id)
        comps = list(
            self._session.scalars(
                select(DbComposition)
                .where(DbComposition.commission_id.in_(ids))
                .order_by(DbComposition.valid_from, DbComposition.id)
            )
        )
        members: dict[int, list[CommissionMember]] = {}
        if comps:
            for m in self._session.scalars(
                select(DbCompositionMember)
                .where(DbCompositionMember.composition_id.in_([c.id for c in comps]))
                .order_by(DbCompositionMember.composition_id, DbCompositionMember.position_no)
            ):
                members.setdefault(m.composition_id, []).append(
                    CommissionMember(m.full_name, m.position, MemberRole(m.role), m.votes)
                )
        compositions: dict[int, list[Composition]] = {}
        for c in comps:
            quorum = (
                (c.quorum_num, c.quorum_den)
                if c.quorum_num is not None and c.quorum_den is not None
                else None
            )
            compositions.setdefault(c.commission_id, []).append(
                Composition(c.valid_from, tuple(members.get(c.id, ())), quorum, c.id)
            )
        return [
            Commission(
                id=r.id,
                name_ru=r.name_ru,
                name_kk=r.name_kk,
                body_ids=tuple(bodies.get(r.id, ())),
                compositions=tuple(compositions.get(r.id, ())),
            )
            for r in rows
        ]

    # --- the explanation ----------------------------------------------------------------------

    @translate_errors()
    def explanation(self, case_id: int) -> ExplanationInput | None:
        row = self._session.get(DbExplanation, case_id)
        if row is None:
            return None
        return ExplanationInput(
            requested_on=row.requested_on,
            outcome=ExplanationOutcome(row.outcome),
            received_on=row.received_on,
            text=row.text,
            act_on=row.act_on,
            act_witnesses=row.act_witnesses,
            attachment_id=row.attachment_id,
        )

    def _owned_row(self, model: type[_R], case_id: int, row_id: int | None) -> _R:
        """A new row of the case (row_id None), or the stored one if it belongs to the case."""
        if row_id is None:
            row = model(case_id=case_id)
            self._session.add(row)
            return row
        found = self._session.get(model, row_id)
        if found is None or found.case_id != case_id:
            raise NotFound(f"{model.__tablename__} {row_id} of case {case_id}")
        return found

    def _case_row(self, model: type[_T], case_id: int, *, present: bool) -> _T | None:
        """The case's one row of `model` (explanation, order): created when `present` and
        missing, deleted when not `present` (then None)."""
        row = self._session.get(model, case_id)
        if not present:
            if row is not None:
                self._session.delete(row)
                self._session.flush()
            return None
        if row is None:
            row = model(case_id=case_id)
            self._session.add(row)
        return row

    @translate_errors()
    def set_explanation(self, case_id: int, data: ExplanationInput | None) -> None:
        """Insert, replace or (None) remove the case's explanation record."""
        row = self._case_row(DbExplanation, case_id, present=data is not None)
        if row is None or data is None:
            return
        row.requested_on = data.requested_on
        row.outcome = ExplanationOutcome(data.outcome).value
        row.received_on = data.received_on
        row.text = data.text
        row.act_on = data.act_on
        row.act_witnesses = data.act_witnesses
        row.attachment_id = data.attachment_id
        self._session.flush()

    # --- hearings -----------------------------------------------------------------------------

    @translate_errors()
    def hearings(self, case_id: int) -> list[tuple[int, HearingInput]]:
        rows = list(
            self._session.scalars(
                select(DbHearing)
                .where(DbHearing.case_id == case_id)
                .order_by(DbHearing.held_on, DbHearing.id)
            )
        )
        if not rows:
            return []
        members: dict[int, list[HearingMember]] = {}
        for m in self._session.scalars(
            select(DbHearingMember)
            .where(DbHearingMember.hearing_id.in_([r.id for r in rows]))
            .order_by(DbHearingMember.hearing_id, DbHearingMember.position_no)
        ):
            members.setdefault(m.hearing_id, []).append(
                HearingMember(
                    full_name=m.full_name,
                    role=MemberRole(m.role),
                    present=m.present,
                    votes=m.votes,
                    recused=m.recused,
                    recusal_reason=m.recusal_reason,
                    vote=Vote(m.vote) if m.vote is not None else None,
                    dissent=m.dissent,
                )
            )
        return [
            (
                r.id,
                HearingInput(
                    commission_id=r.commission_id,
                    held_on=r.held_on,
                    place=r.place,
                    members=tuple(members.get(r.id, ())),
                    outcome=HearingOutcome(r.outcome),
                    proposed_penalty=r.proposed_penalty,
                    minutes=r.minutes,
                    invited=r.invited,
                ),
            )
            for r in rows
        ]

    @translate_errors()
    def save_hearing(self, case_id: int, data: HearingInput, hearing_id: int | None) -> int:
        """Insert (None) or replace a hearing of this case with its members."""
        row = self._owned_row(DbHearing, case_id, hearing_id)
        if hearing_id is not None:  # its seats are rewritten below
            self._session.execute(
                delete(DbHearingMember).where(DbHearingMember.hearing_id == row.id)
            )
        row.commission_id = data.commission_id
        row.held_on = data.held_on
        row.place = data.place
        row.outcome = HearingOutcome(data.outcome).value
        row.proposed_penalty = data.proposed_penalty
        row.minutes = data.minutes
        row.invited = data.invited
        self._session.flush()
        if data.members:
            self._session.execute(insert(DbHearingMember), _member_rows(row.id, data.members))
        return row.id

    # --- the order and appeals ----------------------------------------------------------------

    @translate_errors()
    def order(self, case_id: int) -> OrderInput | None:
        row = self._session.get(DbOrder, case_id)
        if row is None:
            return None
        return OrderInput(
            signed_on=row.signed_on,
            official_name=row.official_name,
            official_position=row.official_position,
            outcome=HearingOutcome(row.outcome),
            penalty=row.penalty,
            order_number=row.order_number,
            announced_on=row.announced_on,
            familiarised_on=row.familiarised_on,
            refused_on=row.refused_on,
            refusal_witnesses=row.refusal_witnesses,
            lifted_on=row.lifted_on,
        )

    @translate_errors()
    def set_order(self, case_id: int, data: OrderInput | None) -> None:
        """Insert, replace or (None) remove the case's order."""
        row = self._case_row(DbOrder, case_id, present=data is not None)
        if row is None or data is None:
            return
        row.signed_on = data.signed_on
        row.official_name = data.official_name
        row.official_position = data.official_position
        row.outcome = HearingOutcome(data.outcome).value
        row.penalty = data.penalty
        row.order_number = data.order_number
        row.announced_on = data.announced_on
        row.familiarised_on = data.familiarised_on
        row.refused_on = data.refused_on
        row.refusal_witnesses = data.refusal_witnesses
        row.lifted_on = data.lifted_on
        self._session.flush()

    @translate_errors()
    def appeals(self, case_id: int) -> list[tuple[int, AppealInput]]:
        """The case's appeals by filing date, then id."""
        rows = self._session.scalars(
            select(DbAppeal)
            .where(DbAppeal.case_id == case_id)
            .order_by(DbAppeal.filed_on, DbAppeal.id)
        )
        return [
            (
                r.id,
                AppealInput(
                    route=AppealRoute(r.route),
                    filed_on=r.filed_on,
                    outcome=AppealOutcome(r.outcome),
                    decided_on=r.decided_on,
                    note=r.note,
                ),
            )
            for r in rows
        ]

    @translate_errors()
    def save_appeal(self, case_id: int, data: AppealInput, appeal_id: int | None) -> int:
        row = self._owned_row(DbAppeal, case_id, appeal_id)
        row.route = AppealRoute(data.route).value
        row.filed_on = data.filed_on
        row.outcome = AppealOutcome(data.outcome).value
        row.decided_on = data.decided_on
        row.note = data.note
        self._session.flush()
        return row.id

    # --- attachments --------------------------------------------------------------------------

    @translate_errors()
    def attachments(self, case_id: int) -> list[Attachment]:
        """The case's attachments in the order they were added."""
        rows = self._session.scalars(
            select(DbAttachment).where(DbAttachment.case_id == case_id).order_by(DbAttachment.id)
        )
        return [_attachment(r) for r in rows]

    @translate_errors()
    def attachment(self, attachment_id: int) -> Attachment | None:
        row = self._session.get(DbAttachment, attachment_id)
        return _attachment(row) if row is not None else None

    @translate_errors()
    def add_attachment(
        self,
        case_id: int,
        kind: AttachmentKind,
        display_name: str,
        stored_name: str,
        media_type: str,
        size: int,
        sha256: str,
        at_utc: datetime,
        actor: str,
    ) -> int:
        row = DbAttachment(
            case_id=case_id,
            kind=AttachmentKind(kind).value,
            display_name=display_name,
            stored_name=stored_name,
            media_type=media_type,
            size=size,
            sha256=sha256,
            added_at=at_utc,
            actor=actor,
        )
        self._session.add(row)
        self._session.flush()
        return row.id


def _member_rows(hearing_id: int, members: Sequence[HearingMember]) -> list[dict[str, object]]:
    return [
        {
            "hearing_id": hearing_id,
            "position_no": n,
            "full_name": m.full_name,
            "role": MemberRole(m.role).value,
            "present": m.present,
            "votes": m.votes,
            "recused": m.recused,
            "recusal_reason": m.recusal_reason,
            "vote": Vote(m.vote).value if m.vote is not None else None,
            "dissent": m.dissent,
        }
        for n, m in enumerate(members, start=1)
    ]


def _attachment(row: DbAttachment) -> Attachment:
    return Attachment(
        id=row.id,
        case_id=row.case_id,
        kind=AttachmentKind(row.kind),
        display_name=row.display_name,
        stored_name=row.stored_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        added_at=row.added_at,
        actor=row.actor,
    )
