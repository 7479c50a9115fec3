"""The demo generator: valid, varied, realistic and repeatable data."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.demo import generate_demo
from db.engine import Database, open_database
from db.models import DbBody, DbCase, DbCaseEvent, DbCaseNumberSeq, DbServant, DbUnit
from domain.iin import parse_iin
from domain.model import CaseFilter, CaseStatus, SortKey
from domain.rulepack import RulePackRegistry
from domain.text import name_problems, search_key
from tests.db.conftest import TODAY

N = 2000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, registry: RulePackRegistry) -> Database:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    assert generate_demo(database, registry, N, seed=1, today=TODAY) == N
    return database


def _rows(database: Database, model: type) -> list:  # type: ignore[type-arg]
    with database.engine.connect() as conn:
        return list(conn.execute(select(model.__table__)))


def test_servants_have_valid_iins_matching_their_birth_date_and_sex(demo: Database) -> None:
    servants = _rows(demo, DbServant)
    assert N // 2 <= len(servants) <= N
    assert len({s.iin for s in servants}) == len(servants)
    for s in servants:
        info = parse_iin(s.iin, TODAY)
        assert (info.birth_date, info.sex.value) == (s.birth_date, s.sex)
        assert name_problems(s.full_name) == []
        assert s.name_key == search_key(s.full_name)
    names = " ".join(s.full_name for s in servants)
    assert all(letter in names for letter in "әғқңөұүі")  # Kazakh letters are common
    assert "Иванов" in names or "Петров" in names
    categories = Counter(s.category for s in servants)
    assert categories["political"] and categories["administrative"]
    assert any(s.elected for s in servants)


def test_cases_cover_every_selectable_offence_and_every_status(
    demo: Database, registry: RulePackRegistry
) -> None:
    cases = _rows(demo, DbCase)
    assert len(cases) == N
    pack = registry.default
    selectable = {o.code for o in pack.selectable_offences()}
    offences = Counter(c.offence for c in cases)
    assert set(offences) == selectable
    art44 = sum(n for code, n in offences.items() if code.startswith("art44"))
    assert art44 > N / 2  # the everyday offences dominate
    assert {c.status for c in cases} == {s.value for s in CaseStatus}
    groups = {o.code: o.group for o in pack.offences}
    assert all(c.offence_group == groups[c.offence] and c.rule_pack == pack.id for c in cases)


def test_dates_are_in_order_and_realistic(demo: Database) -> None:
    cases = _rows(demo, DbCase)
    lags = []
    for c in cases:
        assert c.committed_on <= c.discovered_on <= TODAY
        if c.continuing_until is not None:
            assert c.committed_on <= c.continuing_until <= c.discovered_on
        assert c.created_at <= c.updated_at
        assert c.created_at.date() >= c.discovered_on
        lags.append((c.discovered_on - c.committed_on).days)
    lags.sort()
    assert lags[len(lags) // 2] <= 21  # discovered within weeks, usually
    assert any(c.continuing_until is not None for c in cases)
    assert sum(1 for c in cases if c.description and c.report_source) == N


def test_numbers_follow_registration_order_and_the_sequence(demo: Database) -> None:
    cases = sorted(_rows(demo, DbCase), key=lambda c: c.id)
    by_year: dict[int, list[int]] = {}
    for c in cases:
        year, n = c.number.split("-")
        assert len(n) == 6 and int(year) == c.created_at.year
        by_year.setdefault(int(year), []).append(int(n))
    for numbers in by_year.values():
        assert numbers == list(range(1, len(numbers) + 1))  # gap-free, in id order
    seq = {r.year: r.last for r in _rows(demo, DbCaseNumberSeq)}
    assert seq == {year: len(numbers) for year, numbers in by_year.items()}
    with demo.uow() as uow:  # a real registration continues the sequence
        year = max(seq)
        assert uow.cases.next_case_number(year) == f"{year}-{seq[year] + 1:06d}"


def test_each_case_has_its_created_event_and_list_columns(demo: Database) -> None:
    events = _rows(demo, DbCaseEvent)
    assert Counter(e.case_id for e in events) == Counter({c.id: 1 for c in _rows(demo, DbCase)})
    assert {e.kind for e in events} == {"created"}
    assert json.loads(events[0].data)["demo"] is True
    with demo.uow() as uow:
        row = uow.queries.page(CaseFilter(), SortKey.NUMBER, False, 17, 1)[0]
        detail = uow.cases.get_case(row.id)
        assert detail is not None and detail.servant.full_name == row.full_name
        assert uow.queries.count(CaseFilter(search=search_key(row.full_name))) >= 1
        assert uow.queries.count(CaseFilter(body_id=detail.servant.body_id)) >= 1


def test_bodies_and_units(demo: Database) -> None:
    bodies = _rows(demo, DbBody)
    units = _rows(demo, DbUnit)
    assert len(bodies) == 30
    assert any(
        b.name_ru == "Акимат Алматинской области" and b.name_kk == "Алматы облысының әкімдігі"
        for b in bodies
    )
    per_body = Counter(u.body_id for u in units)
    assert set(per_body) == {b.id for b in bodies}
    assert all(3 <= n <= 8 for n in per_body.values())


def test_the_same_seed_gives_the_same_data(tmp_path: Path, registry: RulePackRegistry) -> None:
    dumps = []
    for name in ("a.db", "b.db", "c.db"):
        with open_database(tmp_path / name) as database:
            generate_demo(database, registry, 150, seed=5 if name != "c.db" else 6, today=TODAY)
            dumps.append(
                [tuple(r) for model in (DbServant, DbCase) for r in _rows(database, model)]
            )
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_a_second_run_adds_to_the_first(tmp_path: Path, registry: RulePackRegistry) -> None:
    with open_database(tmp_path / "twice.db") as database:
        generate_demo(database, registry, 100, seed=1, today=TODAY)
        generate_demo(database, registry, 100, seed=2, today=TODAY)
        with database.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(DbBody)) == 30
            assert conn.scalar(select(func.count(func.distinct(DbCase.number)))) == 200
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
