"""The list read models against a Python reference on a few hundred real rows (S21, S22)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import db.queries
from db.collation import name_sort_key
from db.demo import generate_demo
from db.engine import Database, open_database
from db.models import DbBody, DbCase, DbServant
from domain.iin import make_iin
from domain.model import (
    NO_GROUP,
    OPEN_STATUSES,
    BodyKind,
    CaseFilter,
    CaseStatus,
    ServiceCategory,
    Sex,
    SortKey,
)
from domain.ports import CaseRecord, ServantRecord
from domain.rulepack import RulePackRegistry
from domain.text import search_key
from tests.db.conftest import TODAY

N_DEMO = 400
NOW = datetime(2026, 3, 16, 6, 0, tzinfo=UTC)
# Names a search must treat literally: LIKE wildcards, the escape character, a backslash.
OPEN = {s.value for s in OPEN_STATUSES}
ODD_NAMES = ("Тест_Подчёркивание", "Сто%Процентов", "Косая/Черта", "Обратная\\Черта", "Ли Ан")


@dataclass(frozen=True)
class Ref:
    """One case as the Python reference sees it, built from the rows, not from the list columns."""

    id: int
    number: str
    full_name: str
    iin: str
    body_id: int | None
    body_name: str | None
    unit_id: int | None
    offence: str
    group: str | None
    status: str
    committed_on: date
    discovered_on: date
    last_day: date | None

    @property
    def key(self) -> str:
        return f"{self.number} {search_key(self.full_name)} {self.iin}"

    def sort_value(self, sort: SortKey) -> tuple[Any, ...]:
        # NULL sorts first ascending, as the store promises on every database.
        value: Any = {
            SortKey.NUMBER: self.number,
            SortKey.FULL_NAME: name_sort_key(search_key(self.full_name)),
            SortKey.IIN: self.iin,
            SortKey.BODY: self.body_name,
            SortKey.OFFENCE: self.offence,
            SortKey.GROUP: self.group,
            SortKey.STATUS: self.status,
            SortKey.COMMITTED: self.committed_on,
            SortKey.DISCOVERED: self.discovered_on,
            SortKey.LAST_DAY: self.last_day,
        }[sort]
        if sort is SortKey.BODY:  # bodies of the same name stay apart, in id order
            return (value is not None, value or "", self.body_id or 0)
        return (value is not None, value)


def _add_odd_cases(database: Database) -> None:
    """Servants without a body and with wildcard characters in their names."""
    with database.uow() as uow:
        body = uow.queries.bodies()[0].id
        for i, name in enumerate(ODD_NAMES):
            serial = 7000 + i * 10
            number = next(
                n
                for s in range(serial, serial + 10)
                if (n := make_iin(date(1980, 1, 1 + i), Sex.FEMALE, s))
            )
            servant = uow.cases.add_servant(
                ServantRecord(
                    full_name=name,
                    name_key=search_key(name),
                    iin=number,
                    birth_date=date(1980, 1, 1 + i),
                    sex=Sex.FEMALE,
                    position="эксперт",
                    category=ServiceCategory.ADMINISTRATIVE,
                    elected=False,
                    body_id=None if i % 2 == 0 else body,
                    unit_id=None,
                )
            )
            for offence, group in (("art44", None), ("art50.2", "I")):
                uow.cases.add_case(
                    uow.cases.next_case_number(2026),
                    CaseRecord(
                        servant_id=servant,
                        offence=offence,
                        offence_group=group,
                        rule_pack="kz-416-V",
                        committed_on=date(2026, 2, 1 + i),
                        discovered_on=date(2026, 2, 10),
                        continuing_until=None,
                        description="",
                        report_source="",
                        status=CaseStatus.HEARING,
                    ),
                    NOW,
                )
        uow.commit()


@pytest.fixture(scope="module")
def listed(
    tmp_path_factory: pytest.TempPathFactory, registry: RulePackRegistry
) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("queries") / "tartip.db"
    database = open_database(path)
    generate_demo(database, registry, N_DEMO, seed=7, today=TODAY)
    _add_odd_cases(database)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def refs(listed: Database) -> list[Ref]:
    stmt = (
        select(
            DbCase.id,
            DbCase.number,
            DbServant.full_name,
            DbServant.iin,
            DbCase.body_id,
            DbBody.name_ru,
            DbServant.unit_id,
            DbCase.offence,
            DbCase.offence_group,
            DbCase.status,
            DbCase.committed_on,
            DbCase.discovered_on,
            DbCase.last_day,
        )
        .join(DbServant, DbServant.id == DbCase.servant_id)
        .outerjoin(DbBody, DbBody.id == DbCase.body_id)
    )
    with listed.engine.connect() as conn:
        return [Ref(*row) for row in conn.execute(stmt)]


@pytest.fixture
def small_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    # Exercise reading from the end and the sparse-search path on a few hundred rows.
    monkeypatch.setattr(db.queries, "REVERSE_AFTER", 20)
    monkeypatch.setattr(db.queries, "SPARSE_CAP", 15)


def _matches(refs: list[Ref], flt: CaseFilter) -> list[Ref]:
    def ok(r: Ref) -> bool:
        if flt.group == NO_GROUP and r.group is not None:
            return False
        if flt.group and flt.group != NO_GROUP and r.group != flt.group:
            return False
        if flt.offence and r.offence != flt.offence:
            return False
        if flt.status is not None and r.status != flt.status.value:
            return False
        if flt.body_id is not None and r.body_id != flt.body_id:
            return False
        if flt.unit_id is not None and r.unit_id != flt.unit_id:
            return False
        if flt.committed_from is not None and r.committed_on < flt.committed_from:
            return False
        if flt.committed_to is not None and r.committed_on > flt.committed_to:
            return False
        if flt.open_only and r.status not in OPEN:
            return False
        if flt.last_day_from is not None and (r.last_day is None or r.last_day < flt.last_day_from):
            return False
        if flt.last_day_to is not None and (r.last_day is None or r.last_day > flt.last_day_to):
            return False
        return not flt.search or flt.search in r.key

    return [r for r in refs if ok(r)]


def _ordered(refs: list[Ref], sort: SortKey, descending: bool) -> list[int]:
    if sort is SortKey.LAST_DAY:
        # Cases without a last day come last in both directions, in id order of that direction.
        dated = sorted(
            (r for r in refs if r.last_day is not None), key=lambda r: (r.last_day, r.id)
        )
        undated = sorted(r.id for r in refs if r.last_day is None)
        if descending:
            return [r.id for r in reversed(dated)] + undated[::-1]
        return [r.id for r in dated] + undated
    ordered = sorted(refs, key=lambda r: (r.sort_value(sort), r.id))
    return [r.id for r in (reversed(ordered) if descending else ordered)]


def _page_ids(
    database: Database, flt: CaseFilter, sort: SortKey, desc: bool, offset: int, limit: int
) -> list[int]:
    with database.uow() as uow:
        return [r.id for r in uow.queries.page(flt, sort, desc, offset, limit)]


def _all_ids(database: Database, flt: CaseFilter) -> set[int]:
    with database.uow() as uow:
        ids = [r.id for r in uow.queries.page(flt, SortKey.NUMBER, False, 0, 100_000)]
        assert uow.queries.count(flt) == len(ids)
    assert len(set(ids)) == len(ids)
    return set(ids)


# --- paging and sorting --------------------------------------------------------------------------


def test_the_fixture_has_what_the_tests_need(refs: list[Ref]) -> None:
    assert len(refs) == N_DEMO + 2 * len(ODD_NAMES)
    assert any(r.body_id is None for r in refs) and any(r.group is None for r in refs)
    assert len({r.status for r in refs}) == len(CaseStatus)
    # The odd cases are stored without deadlines: the last-day order has NULLs to place, open
    # ones among them, and open cases in every deadline band around TODAY.
    undated = [r for r in refs if r.last_day is None]
    assert len(undated) == 2 * len(ODD_NAMES) and all(r.status in OPEN for r in undated)
    open_days = [r.last_day for r in refs if r.status in OPEN and r.last_day is not None]
    assert min(open_days) < TODAY < max(open_days)


@pytest.mark.usefixtures("small_thresholds")
@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_page_in_every_order_matches_python(
    listed: Database, refs: list[Ref], sort: SortKey, descending: bool
) -> None:
    expected = _ordered(refs, sort, descending)
    n = len(expected)
    for offset, limit in (
        (0, 50),
        (7, 13),
        (n // 2 - 10, 40),
        (n - 60, 50),
        (n - 30, 200),
        (n - 1, 5),
        (n, 5),
    ):
        got = _page_ids(listed, CaseFilter(), sort, descending, offset, limit)
        assert got == expected[offset : offset + limit], (offset, limit)
    # Walking the whole list page by page visits every case once, in order.
    walked = [
        i
        for off in range(0, n, 37)
        for i in _page_ids(listed, CaseFilter(), sort, descending, off, 37)
    ]
    assert walked == expected


@pytest.mark.usefixtures("small_thresholds")
@pytest.mark.parametrize(
    "sort", [SortKey.NUMBER, SortKey.FULL_NAME, SortKey.BODY, SortKey.DISCOVERED]
)
def test_filtered_and_searched_pages_match_python(
    listed: Database, refs: list[Ref], sort: SortKey
) -> None:
    some = refs[10]
    for flt in (
        CaseFilter(status=CaseStatus.CLOSED),
        CaseFilter(group=NO_GROUP),
        CaseFilter(search="ов"),  # dense
        CaseFilter(search=search_key(some.full_name)),  # sparse
        CaseFilter(search="е", group="I"),
    ):
        expected = _ordered(_matches(refs, flt), sort, True)
        for offset in (0, 3, max(len(expected) - 20, 0)):
            assert (
                _page_ids(listed, flt, sort, True, offset, 20) == expected[offset : offset + 20]
            ), flt


def test_a_page_row_carries_the_list_columns(listed: Database, refs: list[Ref]) -> None:
    by_id = {r.id: r for r in refs}
    with listed.uow() as uow:
        rows = uow.queries.page(CaseFilter(), SortKey.BODY, False, 0, 30)
    for row in rows:
        ref = by_id[row.id]
        assert (row.number, row.full_name, row.iin, row.offence, row.group) == (
            ref.number,
            ref.full_name,
            ref.iin,
            ref.offence,
            ref.group,
        )
        assert row.body_name == (ref.body_name or "")
        assert (row.status.value, row.committed_on, row.discovered_on) == (
            ref.status,
            ref.committed_on,
            ref.discovered_on,
        )


def test_a_zero_or_negative_page_is_empty(listed: Database) -> None:
    with listed.uow() as uow:
        assert uow.queries.page(CaseFilter(), SortKey.NUMBER, False, 0, 0) == []
        assert len(uow.queries.page(CaseFilter(), SortKey.NUMBER, False, -5, 3)) == 3


# --- filters and group counts --------------------------------------------------------------------


def _filters(refs: list[Ref]) -> list[CaseFilter]:
    some = refs[42]
    return [
        CaseFilter(),
        CaseFilter(group="I"),
        CaseFilter(group="II"),
        CaseFilter(group="III"),
        CaseFilter(group=NO_GROUP),
        CaseFilter(offence=some.offence),
        CaseFilter(status=CaseStatus.HEARING),
        CaseFilter(body_id=some.body_id),
        CaseFilter(unit_id=next(r.unit_id for r in refs if r.unit_id is not None)),
        CaseFilter(committed_from=date(2025, 6, 1)),
        CaseFilter(committed_to=date(2025, 6, 1)),
        CaseFilter(committed_from=date(2025, 1, 1), committed_to=date(2025, 12, 31), group="I"),
        CaseFilter(search=some.number),
        CaseFilter(search=some.iin[:6]),
        CaseFilter(search="ұлы", status=CaseStatus.CLOSED),
        CaseFilter(open_only=True),
        CaseFilter(last_day_from=date(2026, 3, 16), last_day_to=date(2026, 3, 23)),
        CaseFilter(open_only=True, last_day_to=date(2026, 3, 15), group="I"),
        CaseFilter(open_only=True, last_day_from=date(2026, 3, 24), status=CaseStatus.HEARING),
    ]


def test_every_filter_matches_python(listed: Database, refs: list[Ref]) -> None:
    for flt in _filters(refs):
        assert _all_ids(listed, flt) == {r.id for r in _matches(refs, flt)}, flt


def test_group_counts_match_python_and_ignore_the_group_filter(
    listed: Database, refs: list[Ref]
) -> None:
    for flt in _filters(refs):
        others = _matches(refs, replace(flt, group=None))
        expected = {g: 0 for g in ("I", "II", "III", NO_GROUP)}
        for r in others:
            expected[r.group or NO_GROUP] += 1
        with listed.uow() as uow:
            assert uow.queries.group_counts(flt) == expected, flt


def test_bodies_and_units_are_listed_by_name(listed: Database) -> None:
    with listed.uow() as uow:
        bodies = uow.queries.bodies()
        units = uow.queries.units()
        first_units = uow.queries.units(bodies[0].id)
    assert len(bodies) == 30 and [b.name_ru for b in bodies] == sorted(b.name_ru for b in bodies)
    assert {b.kind for b in bodies} >= {BodyKind.MINISTRY, BodyKind.AKIMAT}
    assert 3 * 30 <= len(units) <= 8 * 30
    assert first_units and all(u.body_id == bodies[0].id for u in first_units)


# --- search (S21, S22) --------------------------------------------------------------------------


def test_kazakh_spellings_all_find_the_same_cases(listed: Database, refs: list[Ref]) -> None:
    expected = {r.id for r in refs if "әлиев" in search_key(r.full_name)}
    assert expected
    for typed in ("әлиев", "ӘЛИЕВ", "Әлиев", unicodedata.normalize("NFD", "ӘлиЕв")):
        assert _all_ids(listed, CaseFilter(search=search_key(typed))) == expected, typed


def test_yo_and_decomposed_letters_fold_alike(listed: Database, refs: list[Ref]) -> None:
    expected = {r.id for r in refs if "федоров" in search_key(r.full_name)}
    assert expected  # the demo has Фёдоров among its Russian names
    for typed in ("Фёдоров", "ФЕДОРОВ", unicodedata.normalize("NFD", "фёдоров")):
        assert _all_ids(listed, CaseFilter(search=search_key(typed))) == expected


def test_names_sort_in_the_kazakh_alphabet(listed: Database) -> None:
    with listed.uow() as uow:
        names = [
            r.full_name
            for r in uow.queries.page(CaseFilter(), SortKey.FULL_NAME, False, 0, 100_000)
        ]
    firsts = [n[0].lower() for n in names if n[0].lower() in "аәбвгғ"]
    # "Ә..." comes after every "А..." and before "Б...", not after "Я".
    assert firsts == sorted(firsts, key="аәбвгғ".index)


PAYLOADS = (
    "' OR 1=1 --",
    '"; DROP TABLE cases; --',
    "%",
    "_",
    "\\",
    "/",
    "%%",
    "_подч",
    "сто%про",
    "/ч",
    "\\ч",
    "\x00",
    "әл\x00",
    "ә" * 10_000,
    "a" * 10_000,
    "[а-я]*",
    "ов' --",
)


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: repr(p[:12]))
def test_hostile_search_text_is_matched_literally(
    listed: Database, refs: list[Ref], payload: str
) -> None:
    folded = search_key(payload)
    expected = {r.id for r in refs if folded in r.key}  # an empty search does not filter
    assert _all_ids(listed, CaseFilter(search=folded)) == expected
    with listed.uow() as uow:
        assert sum(uow.queries.group_counts(CaseFilter(search=folded)).values()) == len(expected)
        assert uow.queries.count(CaseFilter()) == len(refs)  # nothing was dropped


def test_wildcards_only_match_themselves(listed: Database, refs: list[Ref]) -> None:
    assert len(_all_ids(listed, CaseFilter(search="%"))) == 2  # Сто%Процентов's two cases
    assert len(_all_ids(listed, CaseFilter(search="_"))) == 2
    assert len(_all_ids(listed, CaseFilter(search="\\"))) == 2
    assert len(_all_ids(listed, CaseFilter(search="/"))) == 2


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
    | st.sampled_from(["ов", "әл", "ұлы", "-0", "2025-"])
)
def test_any_search_text_equals_a_literal_substring_filter(
    listed: Database, refs: list[Ref], text: str
) -> None:
    folded = search_key(text)
    expected = {r.id for r in refs if folded in r.key}  # an empty search does not filter
    with listed.uow() as uow:
        assert uow.queries.count(CaseFilter(search=folded)) == len(expected)
        page = uow.queries.page(CaseFilter(search=folded), SortKey.FULL_NAME, False, 0, 1000)
    assert {r.id for r in page} == expected
