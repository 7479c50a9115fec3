"""Penalties on the real store: comparable cases against a Python reference for every option, the
prior record, worksheet versions, tables of penalties, the demo's penalties, and the upgrade of a
0002 file."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, update
from sqlalchemy.dialects import sqlite

from db.demo import generate_demo
from db.engine import HEAD_REVISION, Database, alembic_config, open_database
from db.models import DbCase, DbCaseCriterionRating, DbPenaltyTableEntry, DbServant
from db.penalty_store import SqlPenaltyStore
from domain.clock import FixedClock
from domain.consistency_service import DEFAULT_YEARS
from domain.criteria import Rating, Worksheet, WorksheetItem
from domain.errors import ValidationFailed
from domain.model import (
    IMPOSED_STATUSES,
    BodyKind,
    CaseFilter,
    CaseInput,
    CaseStatus,
    ComparableFilter,
    PenaltyTableEntry,
    ServantInput,
)
from domain.rulepack import RulePack, RulePackRegistry
from domain.services import CaseService
from domain.text import search_key
from domain.worksheet_service import WORKSHEET_EVENT
from tests.db.conftest import TODAY
from tests.db.inputs import case_input

N_DEMO = 600
IMPOSED = {s.value for s in IMPOSED_STATUSES}
# Positions a similarity match must treat as whole words and literally (LIKE wildcards).
ODD_POSITIONS = ("специалист", "Главный  СПЕЦИАЛИСТ", "эксперт_отдела", "100% эксперт", "аким")


def _service(database: Database, registry: RulePackRegistry) -> CaseService:
    clock = FixedClock(TODAY)
    return CaseService(
        database.uow,
        registry,
        today=clock.today,
        now_utc=clock.now_utc,
        actor="hr.officer",
        read_uow_factory=lambda: database.uow(read_only=True),
    )


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, registry: RulePackRegistry
) -> Iterator[Database]:
    """Three bodies (so a body holds many comparable cases) and a few hundred demo cases."""
    database = open_database(tmp_path_factory.mktemp("penalties") / "demo.db")
    service = _service(database, registry)
    for name in ("Министерство юстиции", "Министерство финансов", "Акимат г. Алматы"):
        body = service.add_body(name, name + " (kk)", BodyKind.MINISTRY)
        service.add_unit(body, "Департамент", "Департамент")
    generate_demo(database, registry, N_DEMO, seed=7, today=TODAY)
    with database.engine.begin() as conn:
        ids = conn.execute(select(DbServant.id).order_by(DbServant.id)).scalars().all()
        for servant_id, position in zip(ids[::7], itertools.cycle(ODD_POSITIONS), strict=False):
            conn.execute(
                update(DbServant)
                .where(DbServant.id == servant_id)
                .values(position=position, position_key=search_key(position))
            )
    yield database
    database.dispose()


@dataclass(frozen=True)
class Ref:
    """One imposed case as the reference sees it, read from the rows."""

    id: int
    offence: str
    group: str | None
    body_id: int | None
    position: str
    penalty: str
    decided_on: date


def _imposed(database: Database) -> list[Ref]:
    with database.reader.connect() as conn:
        rows = conn.execute(
            select(
                DbCase.id,
                DbCase.offence,
                DbCase.offence_group,
                DbCase.body_id,
                DbServant.position,
                DbCase.penalty,
                DbCase.decided_on,
                DbCase.status,
            ).join(DbServant, DbServant.id == DbCase.servant_id)
        ).all()
    return [
        Ref(r[0], r[1], r[2], r[3], r[4], r[5], r[6])
        for r in rows
        if r[7] in IMPOSED and r[5] is not None and r[6] is not None
    ]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _words_within(inner: str, outer: str) -> bool:
    return f" {inner} " in f" {outer} "


def _reference(
    refs: list[Ref],
    case: Ref,
    pack: RulePack,
    *,
    same_offence: bool,
    any_body: bool,
    similar_position: bool,
    years: int,
) -> list[Ref]:
    offence = pack.offence(case.offence)
    if same_offence:

        def same(r: Ref) -> bool:
            return r.offence == case.offence
    elif offence.group is not None:

        def same(r: Ref) -> bool:
            return r.group == offence.group
    else:
        kind = {o.code for o in pack.offences if o.kind is offence.kind and o.group is None}

        def same(r: Ref) -> bool:
            return r.offence in kind

    mine = search_key(case.position)
    start = _years_before(case.decided_on, years)
    found = [
        r
        for r in refs
        if r.id != case.id
        and same(r)
        and start <= r.decided_on <= case.decided_on
        and (any_body or r.body_id == case.body_id)
        and (
            not similar_position
            or _words_within(mine, search_key(r.position))
            or _words_within(search_key(r.position), mine)
        )
    ]
    return sorted(found, key=lambda r: (r.decided_on, r.id), reverse=True)


def test_comparable_cases_match_a_python_reference_for_every_option(
    demo: Database, registry: RulePackRegistry
) -> None:
    service = _service(demo, registry)
    pack = registry.default
    refs = _imposed(demo)
    assert len(refs) > 200
    # The latest cases of general, grouped and ungrouped kinds, and of the odd positions.
    by_offence: dict[str, Ref] = {}
    for r in sorted(refs, key=lambda r: r.decided_on, reverse=True):
        by_offence.setdefault(r.offence, r)
    odd = [r for r in sorted(refs, key=lambda r: r.decided_on) if r.position in ODD_POSITIONS][-5:]
    sample = list(by_offence.values())[:12] + odd
    checked = Counter[str]()
    for case, (same_offence, any_body, similar_position, years) in itertools.product(
        sample, itertools.product((True, False), (True, False), (True, False), (DEFAULT_YEARS, 1))
    ):
        options = {
            "same_offence": same_offence,
            "any_body": any_body,
            "similar_position": similar_position,
            "years": years,
        }
        expected = _reference(refs, case, pack, **options)  # type: ignore[arg-type]
        got = service.comparable_cases(case.id, limit=20, **options)  # type: ignore[arg-type]
        assert got.distribution == dict(Counter(r.penalty for r in expected)), (case, options)
        assert got.total == len(expected)
        assert [c.id for c in got.cases] == [r.id for r in expected[:20]]
        assert all(c.penalty == r.penalty for c, r in zip(got.cases, expected, strict=False))
        checked["non-empty" if expected else "empty"] += 1
        checked["many"] += len(expected) >= 20
        if similar_position and expected:
            checked["similar"] += 1
    # The reference is not trivially empty: most checks find cases, many fill a page.
    assert checked["non-empty"] > 150 and checked["similar"] > 30 and checked["many"] > 30


def test_a_case_as_typed_has_comparables_and_the_distribution_reads_the_index(
    demo: Database, registry: RulePackRegistry
) -> None:
    service = _service(demo, registry)
    refs = _imposed(demo)
    case = next(r for r in refs if r.offence == "art44.duties")
    detail = service.get_case(case.id)
    s = detail.servant
    typed = CaseInput(
        servant=ServantInput(s.full_name, s.iin, s.position, s.category, s.elected, s.body_id),
        offence=detail.offence,
        committed_on=detail.committed_on,
        discovered_on=detail.discovered_on,
        decided_on=detail.decided_on,
    )
    # Not yet stored: the case itself counts among its comparables.
    assert service.comparable_cases(data=typed).total == service.comparable_cases(case.id).total + 1
    flt = ComparableFilter(
        decided_from=date(2021, 1, 1),
        decided_to=TODAY,
        offences=("art44.duties",),
        body_id=s.body_id,
    )
    group = replace(flt, offences=(), group="I")
    with demo.uow(read_only=True) as uow:
        store: SqlPenaltyStore = uow.penalties  # type: ignore[assignment]
        plans = []
        for f in (flt, group):
            sql = str(
                store.comparable_statement(f).compile(
                    dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
                )
            )
            with demo.reader.connect() as conn:
                plans.append(
                    " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                )
    assert "COVERING INDEX ix_cases_imposed_offence" in plans[0], plans[0]
    assert "COVERING INDEX ix_cases_imposed_group" in plans[1], plans[1]


def test_the_demo_penalties_are_inside_the_statutory_bounds(
    demo: Database, registry: RulePackRegistry
) -> None:
    service = _service(demo, registry)
    with demo.reader.connect() as conn:
        rows = conn.execute(
            select(
                DbCase.id,
                DbCase.status,
                DbCase.offence,
                DbCase.penalty,
                DbCase.decided_on,
                DbCase.penalty_lifted_on,
            )
        ).all()
        ratings = conn.execute(select(DbCaseCriterionRating.case_id)).scalars().all()
        tables = conn.execute(select(DbPenaltyTableEntry.body_id)).scalars().all()
    by_status = Counter(r.status for r in rows if r.penalty is not None)
    assert set(by_status) <= IMPOSED
    assert all(r.penalty is not None for r in rows if r.status == CaseStatus.DECIDED.value)
    general = Counter(r.penalty for r in rows if r.penalty and r.offence.startswith("art44"))
    assert general["remark"] + general["reprimand"] > sum(general.values()) / 2
    assert {r.penalty for r in rows if r.offence == "art50.9" and r.penalty} == {"dismissal"}
    lifted = [r for r in rows if r.penalty_lifted_on is not None]
    assert lifted and all(r.decided_on < r.penalty_lifted_on <= TODAY for r in lifted)
    assert len(set(ratings)) > 20 and len(set(tables)) == 3
    for r in rows:
        if r.penalty is not None:
            assert r.penalty in service.penalty_bounds(r.id).allowed, r
    # A saved demo case opens in the editor without a penalty problem.
    for r in rows[:50]:
        assert [
            e
            for e in service.validate(_as_input(service, r.id), r.id)
            if e.field.startswith("penalty")
        ] == []


def _as_input(service: CaseService, case_id: int) -> CaseInput:
    c = service.get_case(case_id)
    s = c.servant
    return CaseInput(
        servant=ServantInput(
            s.full_name, s.iin, s.position, s.category, s.elected, s.body_id, s.unit_id
        ),
        offence=c.offence,
        committed_on=c.committed_on,
        discovered_on=c.discovered_on,
        continuing_until=c.continuing_until,
        status=c.status,
        continuing=c.continuing,
        terminated_on=c.terminated_on,
        pauses=c.pauses,
        decided_on=c.decided_on,
        penalty=c.penalty,
        penalty_lifted_on=c.penalty_lifted_on,
        justification=c.justification,
        lower_post_vacant=c.lower_post_vacant,
    )


# -- the prior record, worksheet and table on the real store -------------------------------------------


def _case(service: CaseService, **kw: object) -> CaseInput:
    return case_input(service, "art50.4", **kw)


def test_the_stored_prior_record_makes_a_repeat(service: CaseService) -> None:
    first = _case(
        service,
        offence="art50.2",
        committed_on=date(2025, 11, 3),
        discovered_on=date(2025, 11, 10),
        status=CaseStatus.DECIDED,
        decided_on=date(2025, 12, 1),
        penalty="warning_incomplete_conformity",
    )
    first_id = service.register_case(first)
    bounds = service.penalty_bounds(data=_case(service))
    assert (bounds.allowed, bounds.repeat) == (("dismissal",), True)
    with pytest.raises(ValidationFailed) as e:
        service.register_case(_case(service, penalty="warning_incomplete_conformity"))
    assert [(x.field, x.code) for x in e.value.errors] == [("penalty", "penalty.not_allowed")]
    # Lifted early before the new offence: no longer a prior record.
    assert service.update_case(first_id, replace(first, penalty_lifted_on=date(2026, 1, 20)))
    assert service.penalty_bounds(data=_case(service)).allowed == (
        "warning_incomplete_conformity",
        "dismissal",
    )
    [row] = [r for r in service.list_cases(CaseFilter()) if r.id == first_id]
    assert (row.penalty, row.penalty_lifted_on) == (
        "warning_incomplete_conformity",
        date(2026, 1, 20),
    )


def test_worksheet_versions_and_their_events_are_stored(
    database: Database, service: CaseService
) -> None:
    case_id = service.register_case(_case(service))
    sheet = Worksheet(
        (
            WorksheetItem("nature", Rating.AGGRAVATING, "Умышленно."),
            WorksheetItem("notoriety", Rating.NOT_APPLICABLE),
        )
    )
    assert service.save_worksheet(case_id, sheet) == 1
    assert service.save_worksheet(case_id, Worksheet()) == 2
    assert service.save_worksheet(case_id, sheet) == 3
    history = service.worksheet_history(case_id)
    assert [(v.version, len(v.worksheet.items), v.actor) for v in history] == [
        (1, 2, "hr.officer"),
        (2, 0, "hr.officer"),
        (3, 2, "hr.officer"),
    ]
    assert history[0].at_utc.tzinfo is not None
    assert service.worksheet(case_id) == sheet
    with database.engine.connect() as conn:
        stored = conn.execute(
            select(DbCaseCriterionRating.version, DbCaseCriterionRating.criterion).order_by(
                DbCaseCriterionRating.id
            )
        ).all()
    assert stored == [(1, "nature"), (1, "notoriety"), (2, None), (3, "nature"), (3, "notoriety")]
    events = [e for e in service.get_case(case_id).events if e.kind == WORKSHEET_EVENT]
    assert [e.data["version"] for e in events] == [1, 2, 3]
    assert events[1].data["changes"]["nature"] == {
        "old": {"rating": "aggravating", "note": "Умышленно."},
        "new": None,
    }
    assert service.recommendation(case_id).penalties  # rule B bounds, a class inside them


def test_the_table_of_penalties_in_force_on_a_date(service: CaseService) -> None:
    case = _case(service, offence="art44.duties")
    body = case.servant.body_id
    assert body is not None
    base = PenaltyTableEntry(None, body, "art44.duties", 1, "remark", "reprimand", date(2024, 1, 1))
    ids = [
        service.set_penalty_table_entry(replace(base, valid_from=day, max_penalty=high))
        for day, high in (
            (date(2024, 1, 1), "reprimand"),
            (date(2025, 1, 1), "severe_reprimand"),
            (date(2027, 1, 1), "dismissal"),  # not yet in force
        )
    ]
    second = service.set_penalty_table_entry(replace(base, occurrence=2, max_penalty="demotion"))
    other_body = service.add_body("Министерство финансов", "Қаржы министрлігі")
    service.set_penalty_table_entry(replace(base, body_id=other_body, max_penalty="dismissal"))
    assert [e.id for e in service.penalty_table(body, date(2024, 12, 31))] == [ids[0], second]
    assert [e.id for e in service.penalty_table(body, TODAY)] == [ids[1], second]
    assert [e.id for e in service.penalty_table(body, date(2027, 1, 1))] == [ids[2], second]
    assert len(service.penalty_table(body)) == 4
    assert service.table_range(data=case) == ("remark", "reprimand", "severe_reprimand")
    assert service.delete_penalty_table_entry(ids[1])
    assert service.table_range(data=case) == ("remark", "reprimand")


# -- the upgrade of a 0002 file ------------------------------------------------------------------------


def _deadlines_file(path: Path) -> None:
    """A file at revision 0002 holding a servant and two cases (one decided), as 0002 left it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002_deadlines")
        now = "2026-03-01 06:00:00.000000"
        conn.exec_driver_sql(
            "INSERT INTO bodies (id, name_ru, name_kk, kind, region) "
            "VALUES (1, 'Министерство юстиции', 'Әділет министрлігі', 'ministry', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO servants (id, full_name, name_key, iin, birth_date, sex, position, "
            "category, elected, body_id, unit_id, created_at, updated_at) VALUES (1, "
            "'Жақсылықов Ерлан', 'жақсылықов ерлан', '850314312344', '1985-03-14', 'male', "
            "'Главный  СПЕЦИАЛИСТ Ёлочного отдела', 'administrative', 0, 1, NULL, ?, ?)",
            (now, now),
        )
        for case_id, status, decided in ((1, "hearing", None), (2, "decided", "2026-02-20")):
            conn.exec_driver_sql(
                "INSERT INTO cases (id, number, servant_id, body_id, status, offence, "
                "offence_group, rule_pack, committed_on, discovered_on, continuing_until, "
                "continuing, terminated_on, decided_on, last_day, iin, sort_name, search_key, "
                "created_at, updated_at, report_source, description) VALUES (?, ?, 1, 1, ?, "
                "'art44.duties', NULL, 'kz-416-V', '2026-02-10', '2026-02-18', NULL, 0, NULL, ?, "
                "'2026-03-18', '850314312344', 'ж', ?, ?, ?, 'записка', 'описание')",
                (
                    case_id,
                    f"2026-00000{case_id}",
                    status,
                    decided,
                    f"2026-00000{case_id}",
                    now,
                    now,
                ),
            )
    engine.dispose()


def test_a_0002_file_is_upgraded_with_its_data(tmp_path: Path, registry: RulePackRegistry) -> None:
    path = tmp_path / "old.db"
    _deadlines_file(path)
    with open_database(path) as database:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                HEAD_REVISION
            )
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(cases)")]
            assert columns[-3:] == ["report_source", "description", "justification"]
            assert columns.index("lower_post_vacant") < columns.index("iin")
            rows = conn.execute(
                select(
                    DbCase.id,
                    DbCase.penalty,
                    DbCase.lower_post_vacant,
                    DbCase.justification,
                    DbCase.last_day,
                    DbCase.description,
                )
            ).all()
            assert rows == [
                (1, None, True, "", date(2026, 3, 18), "описание"),
                (2, None, True, "", date(2026, 3, 18), "описание"),
            ]
            key = conn.execute(select(DbServant.position_key)).scalar()
            assert key == search_key("Главный  СПЕЦИАЛИСТ Ёлочного отдела")
            assert key == "главный специалист елочного отдела"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        service = _service(database, registry)
        decided = service.get_case(2)
        assert (decided.penalty, decided.justification) == (None, "")
        # The decided case asks for its penalty at its next edit.
        edit = _as_input(service, 2)
        assert [(e.field, e.code) for e in service.validate(edit, 2)] == [("penalty", "required")]
        assert service.update_case(2, replace(edit, penalty="reprimand"))
        assert service.get_case(2).penalty == "reprimand"
        # The similar-position match works on the migrated key.
        assert service.comparable_cases(1, similar_position=True).total == 1


def test_the_0003_upgrade_can_be_undone(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _deadlines_file(path)
    open_database(path).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(alembic_config(conn), "0002_deadlines")
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        assert "penalty_table" not in tables and "case_criteria_ratings" not in tables
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(cases)")]
        assert "penalty" not in columns and columns[-1] == "description"
        assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 2
    engine.dispose()
    with open_database(path) as database, database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 2


def test_a_decided_case_needs_the_date_lifted_after_it(service: CaseService) -> None:
    data = _case(
        service,
        offence="art44.duties",
        status=CaseStatus.DECIDED,
        decided_on=date(2026, 3, 2),
        penalty="remark",
        penalty_lifted_on=date(2026, 3, 1),
    )
    with pytest.raises(ValidationFailed) as e:
        service.register_case(data)
    assert [(x.field, x.code) for x in e.value.errors] == [
        ("penalty_lifted_on", "penalty.lifted_before_decision")
    ]
    assert service.register_case(
        replace(data, penalty_lifted_on=date(2026, 3, 2) + timedelta(days=7))
    )
