"""The registry's services on PostgreSQL: register, update, list with Kazakh search and alphabet
order, counts; the database's own (ICU Russian) collation must not decide the name order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

import main
from db.collation import KAZAKH_ALPHABET
from domain.iin import make_iin
from domain.model import (
    BodyKind,
    CaseFilter,
    CaseInput,
    CaseStatus,
    ServantInput,
    ServiceCategory,
    Sex,
    SortKey,
)
from domain.services import CaseService

# Kazakh alphabet order: К < Қ, О < Ө < П, Х < Һ, Ы < І < Э; ICU Russian (and code points) disagree.
NAMES = (
    "Аяпов Ерлан",
    "Әлиев Нұрлан",
    "Бекова Айгүл",
    "Кенжеев Асхат",
    "Кұрманов Дархан",
    "Қасымов Ерлан",
    "Омаров Бауыржан",
    "Өтепов Серік",
    "Петров Иван",
    "Хасенов Арман",
    "Һадиев Руслан",
    "Ыбыраев Алтынбек",
    "Іскаков Жанат",
    "Эрназаров Тимур",
    "Яковлева Анна",
)


@pytest.fixture
def service(pg_url: str) -> Iterator[CaseService]:
    with main.opened(pg_url) as wiring:  # wired as the application wires it
        yield wiring.services


def _iin(n: int) -> str:
    birth = date(1970 + n, 1 + n % 12, 1 + n % 27)
    return next(i for serial in range(1, 99) if (i := make_iin(birth, Sex.MALE, serial)))


def _case(body: int, name: str, n: int, offence: str = "art50.7") -> CaseInput:
    return CaseInput(
        servant=ServantInput(
            full_name=name,
            iin=_iin(n),
            position="бас маман",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=body,
        ),
        offence=offence,
        committed_on=date(2026, 9, 1),
        discovered_on=date(2026, 9, 20),
    )


def test_names_list_in_kazakh_alphabet_order_both_ways(service: CaseService) -> None:
    assert KAZAKH_ALPHABET.index("і") > KAZAKH_ALPHABET.index("ы")
    body = service.add_body("Акимат", "Әкімдік", BodyKind.AKIMAT)
    # Registered in a shuffled order, so neither id nor insertion order gives the answer.
    order = [7, 2, 14, 0, 11, 5, 9, 1, 13, 3, 8, 12, 4, 10, 6]
    ids = {NAMES[i]: service.register_case(_case(body, NAMES[i], i)) for i in order}
    rows = service.list_cases(CaseFilter(), SortKey.FULL_NAME)
    assert [r.full_name for r in rows] == list(NAMES)
    rows = service.list_cases(CaseFilter(), SortKey.FULL_NAME, descending=True)
    assert [r.full_name for r in rows] == list(reversed(NAMES))
    # Paging walks the same order.
    pages = [
        r.full_name
        for offset in range(0, len(NAMES), 4)
        for r in service.list_cases(CaseFilter(), SortKey.FULL_NAME, offset=offset, limit=4)
    ]
    assert pages == list(NAMES)
    assert len(ids) == len(NAMES)


@pytest.mark.parametrize("typed", ["қасымов", "ҚАСЫМОВ", "Қасымов", "ымов ерл"])
def test_search_folds_kazakh_case_and_counts_agree(service: CaseService, typed: str) -> None:
    body = service.add_body("Акимат", "Әкімдік", BodyKind.AKIMAT)
    for n, name in enumerate(NAMES):
        service.register_case(_case(body, name, n))
    rows = service.list_cases(CaseFilter(search=typed))
    assert [r.full_name for r in rows] == ["Қасымов Ерлан"]
    assert service.count_cases(CaseFilter(search=typed)) == 1
    # Wildcards are literal.
    assert service.count_cases(CaseFilter(search="%")) == 0
    assert service.count_cases(CaseFilter(search="_")) == 0


def test_update_counts_and_group_counts(service: CaseService) -> None:
    body = service.add_body("Акимат", "Әкімдік", BodyKind.AKIMAT)
    other = service.add_body("Министерство", "Министрлік", BodyKind.OTHER)
    first = service.register_case(_case(body, NAMES[0], 0))
    second = service.register_case(_case(other, NAMES[1], 1, offence="art44.duties"))
    assert service.count_cases(CaseFilter()) == 2
    assert service.count_cases(CaseFilter(body_id=other)) == 1
    counts = service.group_counts(CaseFilter())
    assert sum(counts.values()) == 2
    detail = service.get_case(first)
    edited = replace(_case(body, "Әлиев Нұрлан Серікұлы", 0), status=CaseStatus.INVESTIGATION)
    assert service.update_case(first, edited)
    assert service.get_case(first).status is CaseStatus.INVESTIGATION
    assert service.count_cases(CaseFilter(status=CaseStatus.INVESTIGATION)) == 1
    assert [r.id for r in service.list_cases(CaseFilter(search="серікұлы"))] == [first]
    numbers = {service.get_case(i).number for i in (first, second)}
    assert len(numbers) == 2 and detail.number in numbers
