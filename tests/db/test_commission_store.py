"""Commissions on a real file: the bodies a commission serves, its name order, and its
compositions versioned by date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select

from db.engine import Database
from db.procedure_models import DbCompositionMember
from db.uow import SqlUnitOfWork
from domain.errors import NotFound
from domain.procedure_model import CommissionInput, Composition
from tests.db.procedure_inputs import CHAIR, MEMBER, SECRETARY, add_body, add_commission


def test_a_commission_serving_two_bodies(database: Database) -> None:
    justice = add_body(database, "Министерство юстиции", "Әділет министрлігі")
    finance = add_body(database, "Министерство финансов", "Қаржы министрлігі")
    other = add_body(database, "Акимат", "Әкімдік")
    commission = add_commission(database, (finance, justice, justice))
    with database.uow(read_only=True) as uow:
        stored = uow.procedure.commission(commission)
        assert stored is not None
        assert (stored.name_ru, stored.name_kk) == ("Комиссия", "Комиссия (kk)")
        assert stored.body_ids == (justice, finance)  # by id, once each
        assert stored.compositions == ()
        assert [c.id for c in uow.procedure.commissions_for_body(justice)] == [commission]
        assert [c.id for c in uow.procedure.commissions_for_body(finance)] == [commission]
        assert uow.procedure.commissions_for_body(other) == []
        assert uow.procedure.commission(commission + 1) is None

    with database.uow() as uow:
        assert uow.procedure.save_commission(
            CommissionInput("Новая", "Жаңа", (other,)), commission
        ) == (commission)
        with pytest.raises(NotFound):
            uow.procedure.save_commission(CommissionInput("x", "x", ()), commission + 1)
        uow.commit()
    with database.uow(read_only=True) as uow:
        stored = uow.procedure.commission(commission)
        assert stored is not None and (stored.name_ru, stored.body_ids) == ("Новая", (other,))
        assert uow.procedure.commissions_for_body(justice) == []
        assert [c.id for c in uow.procedure.commissions_for_body(other)] == [commission]


def test_commissions_are_listed_by_name_in_the_alphabet_of_the_language(
    database: Database,
) -> None:
    # Code-point order would put Ә after Б (and after Я); the alphabet puts it after А.
    names = [("Бета", "Бета"), ("Альфа", "Әліпби"), ("Яков", "Алма")]
    ids = [add_commission(database, (), ru) for ru, _ in names]
    with database.uow() as uow:
        for commission, (ru, kk) in zip(ids, names, strict=True):
            uow.procedure.save_commission(CommissionInput(ru, kk, ()), commission)
        uow.commit()
    with database.uow(read_only=True) as uow:
        assert [c.name_ru for c in uow.procedure.commissions()] == ["Альфа", "Бета", "Яков"]
    with SqlUnitOfWork(database.reader, lang="kk") as uow:
        assert [c.name_kk for c in uow.procedure.commissions()] == ["Алма", "Әліпби", "Бета"]


def test_compositions_are_versioned_by_date(database: Database) -> None:
    body = add_body(database, "Министерство юстиции", "Әділет министрлігі")
    commission = add_commission(database, (body,))
    later = Composition(date(2026, 6, 1), (CHAIR, MEMBER, SECRETARY))
    first = Composition(date(2026, 1, 1), (CHAIR, SECRETARY, MEMBER), quorum=(2, 3))
    with database.uow() as uow:
        later_id = uow.procedure.save_composition(commission, later)
        first_id = uow.procedure.save_composition(commission, first)
        uow.commit()
    with database.uow(read_only=True) as uow:
        stored = uow.procedure.commission(commission)
    assert stored is not None
    # Oldest first, members in the order given, the quorum only where one was set.
    assert stored.compositions == (
        replace(first, id=first_id),
        replace(later, id=later_id),
    )
    assert stored.composition_on(date(2025, 12, 31)) is None
    assert stored.composition_on(date(2026, 5, 31)) == replace(first, id=first_id)
    assert stored.composition_on(date(2026, 6, 1)) == replace(later, id=later_id)

    # Replacing a version rewrites its members and quorum, and touches no other version.
    changed = Composition(date(2026, 1, 15), (MEMBER, CHAIR), quorum=(1, 2), id=first_id)
    with database.uow() as uow:
        assert uow.procedure.save_composition(commission, changed) == first_id
        uow.commit()
    with database.uow(read_only=True) as uow:
        stored = uow.procedure.commission(commission)
        assert stored is not None
        assert stored.compositions == (changed, replace(later, id=later_id))
        members = uow._session.scalar(select(func.count()).select_from(DbCompositionMember))
        assert members == 5


def test_a_composition_is_refused_for_another_commission_or_a_taken_date(
    database: Database,
) -> None:
    one = add_commission(database, ())
    two = add_commission(database, ())
    comp = Composition(date(2026, 1, 1), (CHAIR,))
    with database.uow() as uow:
        comp_id = uow.procedure.save_composition(one, comp)
        uow.commit()
    with database.uow() as uow:
        with pytest.raises(NotFound):
            uow.procedure.save_composition(two, replace(comp, id=comp_id))
        with pytest.raises(NotFound):
            uow.procedure.save_composition(two + 1, comp)
    with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
        uow.procedure.save_composition(one, comp)  # a second version of the same day
    for quorum in ((3, 2), (0, 3)):
        with database.uow() as uow, pytest.raises(sa_exc.IntegrityError):
            uow.procedure.save_composition(
                one, replace(comp, valid_from=date(2027, 1, 1), quorum=quorum)
            )
