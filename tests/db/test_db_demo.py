"""The demo generator: valid, varied, realistic and repeatable data."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.demo import generate_demo
from db.engine import Database, open_database
from db.models import (
    DbBody,
    DbCase,
    DbCaseEvent,
    DbCaseNumberSeq,
    DbCasePause,
    DbServant,
    DbUnit,
)
from domain.calendar import WorkCalendar
from domain.clock import FixedClock
from domain.deadline_facts import DeadlineInput, Pause
from domain.deadlines import check_decision_date, compute_deadlines
from domain.iin import parse_iin
from domain.model import (
    OPEN_STATUSES,
    CalendarOverride,
    CaseFilter,
    CaseStatus,
    DeadlineStatus,
    SortKey,
    deadline_status,
)
from domain.rulepack import OffenceKind, RulePackRegistry
from domain.services import OVERRIDE_EVENT, CaseService
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
    events = [e for e in _rows(demo, DbCaseEvent) if e.kind == "created"]
    assert Counter(e.case_id for e in events) == Counter({c.id: 1 for c in _rows(demo, DbCase)})
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


# --- deadlines ----------------------------------------------------------------------------------


def test_every_case_has_the_engines_deadlines(demo: Database, registry: RulePackRegistry) -> None:
    service = CaseService(
        demo.uow, registry, today=lambda: TODAY, now_utc=FixedClock(TODAY).now_utc
    )
    cases = _rows(demo, DbCase)
    assert all(c.last_day is not None for c in cases)
    for c in cases[::7]:  # the engine itself, afresh, agrees with what the demo stored
        fresh = service.deadline_for(c.id)
        assert (
            fresh.discovery_limit,
            fresh.absolute_limit,
            fresh.absolute_limit_extended,
            fresh.last_day,
        ) == (c.discovery_limit, c.absolute_limit, c.absolute_limit_extended, c.last_day)
    assert service.recompute_deadlines() == 0  # nothing to correct


def test_pauses_termination_and_continuing_offences_are_realistic(
    demo: Database, registry: RulePackRegistry
) -> None:
    cases = {c.id: c for c in _rows(demo, DbCase)}
    pauses = _rows(demo, DbCasePause)
    paused = {p.case_id for p in pauses}
    assert 0.15 * N < len(paused) < 0.35 * N
    reasons = Counter(p.reason for p in pauses)
    assert reasons.most_common(2)[0][0] in ("vacation", "sick_leave")
    assert len(reasons) >= 6 and set(reasons) <= {
        r.code for r in registry.default.suspension_reasons
    }
    assert all(
        p.starts_on <= p.ends_on and p.starts_on >= cases[p.case_id].committed_on for p in pauses
    )
    assert sum(1 for p in pauses if p.document) > 0.8 * len(pauses)
    kinds = {o.code: o.kind for o in registry.default.offences}
    terminated = [c for c in cases.values() if c.terminated_on is not None]
    assert terminated
    for c in terminated:
        assert kinds[c.offence] is OffenceKind.DISCREDITING
        assert c.committed_on <= c.terminated_on <= c.discovered_on
    assert any(c.continuing and c.continuing_until is None for c in cases.values())
    assert all(c.continuing for c in cases.values() if c.continuing_until is not None)


def test_decisions_are_dated_and_late_penalties_carry_an_override(
    demo: Database, registry: RulePackRegistry
) -> None:
    pack = registry.default
    pauses: dict[int, list[Pause]] = {}
    for p in _rows(demo, DbCasePause):
        pauses.setdefault(p.case_id, []).append(Pause(p.reason, p.starts_on, p.ends_on))
    overrides = {
        e.case_id: json.loads(e.data) for e in _rows(demo, DbCaseEvent) if e.kind == OVERRIDE_EVENT
    }
    decided = {CaseStatus.DECIDED.value, CaseStatus.NO_PENALTY.value, CaseStatus.CLOSED.value}
    late = 0
    for c in _rows(demo, DbCase):
        assert (c.decided_on is not None) == (c.status in decided), c.status
        if c.decided_on is None:
            assert c.id not in overrides
            continue
        assert c.discovered_on <= c.decided_on <= TODAY
        if c.status == CaseStatus.NO_PENALTY.value:
            continue  # deciding on no penalty is not held to the limits
        facts = DeadlineInput(
            c.offence,
            c.committed_on,
            c.discovered_on,
            pauses=tuple(pauses.get(c.id, [])),
            continuing=c.continuing,
            continuing_until=c.continuing_until,
            terminated_on=c.terminated_on,
            new_case=False,
        )
        result = compute_deadlines(facts, pack, WorkCalendar())
        problems = check_decision_date(result, c.decided_on, pauses.get(c.id, []), pack)
        assert bool(problems) == (c.id in overrides), c.id
        if problems:
            data = overrides[c.id]
            assert data["reason"] and data["decided_on"] == c.decided_on.isoformat()
            assert [p["code"] for p in data["problems"]] == [p.code for p in problems]
            late += c.decided_on > c.last_day
    penalties = sum(1 for c in _rows(demo, DbCase) if c.status in ("decided", "closed"))
    assert 0 < late < 0.05 * penalties  # a few late penalties, most on time


def test_open_cases_fall_in_every_deadline_band(demo: Database) -> None:
    bands = Counter(
        deadline_status(c.last_day, TODAY)
        for c in _rows(demo, DbCase)
        if CaseStatus(c.status) in OPEN_STATUSES
    )
    assert set(bands) == set(DeadlineStatus)
    # Offices rarely let the limit pass: expired open cases are a small share.
    assert bands[DeadlineStatus.EXPIRED] < 0.1 * sum(bands.values())


def test_the_demo_counts_under_the_stored_switches_and_calendar(
    tmp_path: Path, registry: RulePackRegistry
) -> None:
    with open_database(tmp_path / "switched.db") as database:
        clock = FixedClock(TODAY)
        service = CaseService(database.uow, registry, today=clock.today, now_utc=clock.now_utc)
        service.set_switch("move_to_next_working_day", False)
        service.set_calendar_override(CalendarOverride(TODAY, False, "день траура"))
        generate_demo(database, registry, 300, seed=4, today=TODAY)
        days = [c.last_day for c in _rows(database, DbCase)]
        assert any(d.weekday() >= 5 for d in days)  # not moved off weekends
        assert service.recompute_deadlines() == 0  # the service counts the same


def test_the_load_leaves_one_audit_entry_not_one_per_case(demo: Database) -> None:
    from domain.audit import AuditFilter

    with demo.uow(read_only=True) as uow:
        entries = uow.audit.entries(AuditFilter(), 0, 10)
    assert [(e.action, json.loads(e.diff)) for e in entries] == [
        ("demo.load", {"cases": N, "seed": 1})
    ]
