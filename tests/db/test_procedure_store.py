"""The procedure store on a real file: every record of a case's procedure stored and read back,
replaced, refused where the schema says so, and what keeps a case from being deleted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy import exc as sa_exc

from db.engine import Database
from db.models import DbCase
from db.procedure_models import (
    DbCommission,
    DbComposition,
    DbCompositionMember,
    DbHearing,
    DbHearingMember,
)
from domain.errors import NotFound
from domain.procedure_model import (
    AppealInput,
    AppealOutcome,
    AppealRoute,
    AttachmentKind,
    Composition,
    ExplanationInput,
    ExplanationOutcome,
    HearingOutcome,
    OrderInput,
)
from tests.db.procedure_inputs import (
    CHAIR,
    MEMBER,
    NOW,
    SECRETARY,
    add_body,
    add_case,
    add_commission,
    hearing_input,
)


def _attachment(database: Database, case_id: int, stored_name: str = "0" * 32) -> int:
    with database.uow() as uow:
        attachment = uow.procedure.add_attachment(
            case_id,
            AttachmentKind.EXPLANATION,
            "объяснение.pdf",
            stored_name,
            "application/pdf",
            12345,
            "f" * 64,
            NOW,
            "hr.officer",
        )
        uow.commit()
    return attachment


# --- one case's procedure --------------------------------------------------------------------


def test_the_explanation_is_stored_replaced_and_removed(database: Database) -> None:
    case_id = add_case(database, add_body(database, "Минюст", "Әділет"))
    scan = _attachment(database, case_id)
    requested = ExplanationInput(requested_on=date(2026, 2, 20))
    received = ExplanationInput(
        requested_on=date(2026, 2, 20),
        outcome=ExplanationOutcome.RECEIVED,
        received_on=date(2026, 2, 23),
        text="Опоздал из-за <b>пробок</b>\nвторая строка",
        attachment_id=scan,
    )
    refused = ExplanationInput(
        requested_on=date(2026, 2, 20),
        outcome=ExplanationOutcome.REFUSED,
        text="От объяснения отказался",
        act_on=date(2026, 2, 25),
        act_witnesses="Ильина О.\nАхметов Б.",
    )
    with database.uow() as uow:
        assert uow.procedure.explanation(case_id) is None
        uow.procedure.set_explanation(case_id, requested)
        uow.commit()
    for data in (received, refused):
        with database.uow(read_only=True) as uow:
            assert uow.procedure.explanation(case_id) is not None
        with database.uow() as uow:
            uow.procedure.set_explanation(case_id, data)
            uow.commit()
        with database.uow(read_only=True) as uow:
            assert uow.procedure.explanation(case_id) == data
    with database.uow() as uow:
        uow.procedure.set_explanation(case_id, None)
        uow.procedure.set_explanation(case_id, None)  # nothing left to remove: no error
        uow.commit()
    with database.uow(read_only=True) as uow:
        assert uow.procedure.explanation(case_id) is None
    with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
        uow.procedure.set_explanation(case_id, replace(received, attachment_id=scan + 99))


def test_hearings_are_stored_by_date_with_every_member(database: Database) -> None:
    body = add_body(database, "Минюст", "Әділет")
    case_id = add_case(database, body)
    other_case = add_case(database, body)
    commission = add_commission(database, (body,))
    second = hearing_input(commission, date(2026, 3, 10), HearingOutcome.IMPOSE)
    first = hearing_input(commission, date(2026, 3, 2), HearingOutcome.INVESTIGATE)
    with database.uow() as uow:
        assert uow.procedure.hearings(case_id) == []
        second_id = uow.procedure.save_hearing(case_id, second, None)
        first_id = uow.procedure.save_hearing(case_id, first, None)
        uow.procedure.save_hearing(other_case, first, None)
        uow.commit()
    with database.uow(read_only=True) as uow:
        assert uow.procedure.hearings(case_id) == [(first_id, first), (second_id, second)]

    # A replaced hearing keeps its id and takes the new member list whole.
    fewer = replace(second, members=second.members[:2], place="", proposed_penalty="remark")
    with database.uow() as uow:
        assert uow.procedure.save_hearing(case_id, fewer, second_id) == second_id
        with pytest.raises(NotFound):
            uow.procedure.save_hearing(other_case, fewer, second_id)  # not that case's hearing
        with pytest.raises(NotFound):
            uow.procedure.save_hearing(case_id, fewer, second_id + 99)
        uow.commit()
    with database.uow(read_only=True) as uow:
        assert uow.procedure.hearings(case_id) == [(first_id, first), (second_id, fewer)]
        assert len(uow.procedure.hearings(other_case)) == 1

    bad_vote = replace(first, members=(replace(first.members[0], vote="maybe"),))
    with database.uow() as uow, pytest.raises(ValueError):
        uow.procedure.save_hearing(case_id, bad_vote, None)  # type: ignore[arg-type]
    # Behind the store, the schema refuses it too.
    with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
        uow._session.execute(
            update(DbHearingMember)
            .where(DbHearingMember.hearing_id == first_id)
            .values(vote="maybe")
        )


def test_the_order_is_stored_replaced_and_removed(database: Database) -> None:
    case_id = add_case(database, None)
    order = OrderInput(
        signed_on=date(2026, 3, 12),
        official_name="Руководитель аппарата Нуров Н.",
        official_position="руководитель аппарата",
        outcome=HearingOutcome.IMPOSE,
        penalty="reprimand",
        order_number="123-к",
        announced_on=date(2026, 3, 13),
        refused_on=date(2026, 3, 13),
        refusal_witnesses="Ильина О.",
    )
    lifted = replace(order, familiarised_on=date(2026, 3, 16), lifted_on=date(2026, 9, 1))
    with database.uow() as uow:
        assert uow.procedure.order(case_id) is None
        uow.procedure.set_order(case_id, order)
        uow.commit()
    with database.uow() as uow:
        assert uow.procedure.order(case_id) == order
        uow.procedure.set_order(case_id, lifted)
        uow.commit()
    with database.uow() as uow:
        assert uow.procedure.order(case_id) == lifted
        uow.procedure.set_order(case_id, None)
        uow.commit()
    with database.uow(read_only=True) as uow:
        assert uow.procedure.order(case_id) is None
    # An additional investigation is a hearing's outcome, never an order's.
    with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
        uow.procedure.set_order(case_id, replace(order, outcome=HearingOutcome.INVESTIGATE))


def test_appeals_are_stored_in_filing_order_and_updated(database: Database) -> None:
    case_id = add_case(database, None)
    other_case = add_case(database, None)
    court = AppealInput(AppealRoute.COURT, date(2026, 5, 4), note="иск № 2-17")
    agency = AppealInput(
        AppealRoute.AGENCY, date(2026, 4, 1), AppealOutcome.UPHELD, date(2026, 4, 20)
    )
    with database.uow() as uow:
        court_id = uow.procedure.save_appeal(case_id, court, None)
        agency_id = uow.procedure.save_appeal(case_id, agency, None)
        uow.commit()
    decided = replace(court, outcome=AppealOutcome.ANNULLED, decided_on=date(2026, 6, 30))
    with database.uow() as uow:
        assert uow.procedure.appeals(case_id) == [(agency_id, agency), (court_id, court)]
        assert uow.procedure.save_appeal(case_id, decided, court_id) == court_id
        with pytest.raises(NotFound):
            uow.procedure.save_appeal(other_case, decided, court_id)
        uow.commit()
    with database.uow(read_only=True) as uow:
        assert uow.procedure.appeals(case_id) == [(agency_id, agency), (court_id, decided)]
        assert uow.procedure.appeals(other_case) == []


def test_attachments_keep_their_facts_and_instant_in_utc(database: Database) -> None:
    case_id = add_case(database, None)
    almaty = datetime(2026, 3, 16, 11, 30, tzinfo=timezone(timedelta(hours=5)))
    with database.uow() as uow:
        first = uow.procedure.add_attachment(
            case_id,
            AttachmentKind.ACT,
            "акт отказа.png",
            "a" * 32,
            "image/png",
            0,
            "0" * 64,
            almaty,
            "hr.officer",
        )
        second = uow.procedure.add_attachment(
            case_id,
            AttachmentKind.EVIDENCE,
            "служебная.pdf",
            "b" * 32,
            "application/pdf",
            20 * 1024 * 1024,
            "1" * 64,
            NOW,
            "hr.other",
        )
        uow.commit()
    with database.uow(read_only=True) as uow:
        stored = uow.procedure.attachments(case_id)
        assert [a.id for a in stored] == [first, second]
        assert uow.procedure.attachment(second) == stored[1]
        assert uow.procedure.attachment(second + 1) is None
    a = stored[0]
    assert (a.case_id, a.kind, a.display_name, a.stored_name) == (
        case_id,
        AttachmentKind.ACT,
        "акт отказа.png",
        "a" * 32,
    )
    assert (a.media_type, a.size, a.sha256, a.actor) == ("image/png", 0, "0" * 64, "hr.officer")
    assert a.added_at == almaty and a.added_at.utcoffset() == timedelta(0)
    assert stored[1].size == 20 * 1024 * 1024
    # A stored name is used once; a name that is not a generated one is refused by the schema.
    for name in ("a" * 32, "../../etc/passwd"):
        with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
            uow.procedure.add_attachment(
                case_id, AttachmentKind.OTHER, "x", name, "text/plain", 1, "2" * 64, NOW, "hr"
            )


# --- what holds a case in place --------------------------------------------------------------


def _delete_case(database: Database, case_id: int) -> None:
    with database.uow() as uow:
        uow._session.execute(delete(DbCase).where(DbCase.id == case_id))
        uow.commit()


def test_a_case_with_procedure_rows_cannot_be_deleted(database: Database) -> None:
    body = add_body(database, "Минюст", "Әділет")
    commission = add_commission(database, (body,))
    bare = add_case(database, body)
    _delete_case(database, bare)  # nothing of the procedure: the deletion goes through

    def order(case_id: int) -> None:
        with database.uow() as uow:
            uow.procedure.set_order(
                case_id,
                OrderInput(date(2026, 3, 12), "Нуров", "руководитель", HearingOutcome.NONE),
            )
            uow.commit()

    def hearing(case_id: int) -> None:
        with database.uow() as uow:
            uow.procedure.save_hearing(
                case_id, hearing_input(commission, date(2026, 3, 2), HearingOutcome.NONE), None
            )
            uow.commit()

    def explanation(case_id: int) -> None:
        with database.uow() as uow:
            uow.procedure.set_explanation(case_id, ExplanationInput(date(2026, 2, 20)))
            uow.commit()

    def appeal(case_id: int) -> None:
        with database.uow() as uow:
            uow.procedure.save_appeal(case_id, AppealInput(AppealRoute.COURT, NOW.date()), None)
            uow.commit()

    def attachment(case_id: int) -> None:
        _attachment(database, case_id, stored_name=f"{case_id:032x}")

    for add in (order, hearing, explanation, appeal, attachment):
        case_id = add_case(database, body)
        add(case_id)
        with pytest.raises(sa_exc.IntegrityError):
            _delete_case(database, case_id)
        with database.uow(read_only=True) as uow:
            assert uow.cases.get_case(case_id) is not None


def test_members_go_with_their_hearing_and_composition(database: Database) -> None:
    commission = add_commission(database, ())
    case_id = add_case(database, None)
    with database.uow() as uow:
        uow.procedure.save_composition(commission, Composition(date(2026, 1, 1), (CHAIR, MEMBER)))
        hearing = uow.procedure.save_hearing(
            case_id, hearing_input(commission, date(2026, 3, 2), HearingOutcome.NONE), None
        )
        uow.commit()
    # The commission that heard a case stays: its hearings refer to it.
    with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
        uow._session.execute(delete(DbCommission).where(DbCommission.id == commission))
    with database.uow() as uow:
        uow._session.execute(delete(DbHearing).where(DbHearing.id == hearing))
        uow._session.execute(delete(DbComposition))
        uow.commit()
    with database.uow(read_only=True) as uow:
        for table in (DbHearingMember, DbCompositionMember):
            assert uow._session.scalar(select(func.count()).select_from(table)) == 0


def test_a_replacement_reads_back_new_in_the_same_unit_of_work(database: Database) -> None:
    # The service reads, replaces and reads again in one transaction: no stale member rows.
    commission = add_commission(database, ())
    case_id = add_case(database, None)
    heard = hearing_input(commission, date(2026, 3, 2), HearingOutcome.NONE)
    comp = Composition(date(2026, 1, 1), (CHAIR, SECRETARY, MEMBER))
    with database.uow() as uow:
        hearing = uow.procedure.save_hearing(case_id, heard, None)
        comp_id = uow.procedure.save_composition(commission, comp)
        uow.commit()
    renamed = tuple(replace(m, full_name=m.full_name + " (2)") for m in heard.members[::-1])
    changed = replace(heard, members=renamed)
    recomposed = Composition(comp.valid_from, (MEMBER, CHAIR), id=comp_id)
    with database.uow() as uow:
        assert uow.procedure.hearings(case_id) == [(hearing, heard)]
        assert uow.procedure.commission(commission) is not None
        uow.procedure.save_hearing(case_id, changed, hearing)
        uow.procedure.save_composition(commission, recomposed)
        assert uow.procedure.hearings(case_id) == [(hearing, changed)]
        stored = uow.procedure.commission(commission)
        assert stored is not None and stored.compositions == (recomposed,)
        uow.commit()
