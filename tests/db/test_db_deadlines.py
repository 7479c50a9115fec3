"""Deadlines on the real store: stored dates and pauses, recomputation, the watch list and the
deadline bands against Python, the partial index, and the upgrade of a baseline (0001) file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

import db.queries
from db.demo import generate_demo
from db.engine import HEAD_REVISION, Database, alembic_config, head_revision, open_database
from db.models import DbCase, DbCasePause, metadata
from db.queries import filter_conditions
from domain.calendar import WorkCalendar
from domain.clock import FixedClock
from domain.deadline_facts import DeadlineInput
from domain.deadlines import compute_deadlines
from domain.model import (
    OPEN_STATUSES,
    CalendarOverride,
    CaseFilter,
    CaseInput,
    CaseRow,
    CaseStatus,
    DeadlineStatus,
    PauseInput,
    SortKey,
    deadline_status,
)
from domain.rulepack import RulePackRegistry
from domain.services import CaseService
from tests.db.conftest import TODAY
from tests.db.inputs import case_input

ROOT = Path(__file__).resolve().parents[2]
WED = date(2026, 3, 18)
VACATION = PauseInput("vacation", date(2026, 3, 2), date(2026, 3, 6), "Приказ № 12-о")


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


def _case(service: CaseService, **kw: object) -> CaseInput:
    return case_input(service, "art44.duties", **kw)


def _row(database: Database, case_id: int) -> DbCase:
    with database.engine.connect() as conn:
        return conn.execute(select(DbCase.__table__).where(DbCase.id == case_id)).one()  # type: ignore[return-value]


# --- writes ---------------------------------------------------------------------------------------


def test_the_dates_and_pauses_are_stored_and_replaced_with_the_case(
    database: Database, service: CaseService
) -> None:
    case_id = service.register_case(_case(service, pauses=(VACATION,), continuing=True))
    row = _row(database, case_id)
    assert (row.last_day, row.discovery_limit) == (date(2026, 3, 26), date(2026, 3, 26))
    # Continuing and still going on: the absolute limit counts from discovery (18.02).
    assert (row.absolute_limit, row.absolute_limit_extended) == (
        date(2026, 8, 18),
        date(2026, 8, 24),
    )
    assert row.continuing is True
    sick = PauseInput("sick_leave", date(2026, 3, 10), date(2026, 3, 11), "")
    assert service.update_case(case_id, _case(service, pauses=(sick,), continuing=True))
    detail = service.get_case(case_id)
    assert detail.pauses == (sick,)
    assert detail.last_day == _row(database, case_id).last_day == date(2026, 3, 20)
    with database.engine.connect() as conn:
        stored = conn.execute(select(DbCasePause.case_id, DbCasePause.reason)).all()
    assert stored == [(case_id, "sick_leave")]  # the set was replaced, not appended to
    change = detail.events[-1].data["changes"]["pauses"]
    assert [p["reason"] for p in change["removed"]] == ["vacation"]
    assert detail.events[-1].data["last_day"] == {"old": "2026-03-26", "new": "2026-03-20"}


def test_a_late_penalty_with_a_reason_is_stored_with_its_override_event(
    service: CaseService,
) -> None:
    late = _case(
        service,
        discovered_on=date(2026, 2, 13),  # last day Friday 13.03
        status=CaseStatus.DECIDED,
        decided_on=TODAY,
        penalty="reprimand",
    )
    assert [e.code for e in service.validate(late)] == ["deadline.expired"]
    case_id = service.register_case(replace(late, override_reason="Согласовано с председателем."))
    detail = service.get_case(case_id)
    assert detail.decided_on == TODAY
    assert [(e.kind, e.data.get("reason")) for e in detail.events] == [
        ("created", None),
        ("deadline_override", "Согласовано с председателем."),
    ]


def test_calendar_overrides_and_switches_recompute_open_cases_in_the_store(
    database: Database, service: CaseService
) -> None:
    open_case = service.register_case(_case(service))
    closed = service.register_case(
        _case(service, status=CaseStatus.DECIDED, decided_on=TODAY, penalty="remark")
    )
    weekend = service.register_case(_case(service, discovered_on=date(2026, 2, 14)))
    assert service.set_calendar_override(CalendarOverride(WED, False, "Указ Президента")) == 1
    assert service.calendar_overrides() == [CalendarOverride(WED, False, "Указ Президента")]
    assert _row(database, open_case).last_day == date(2026, 3, 19)
    assert _row(database, closed).last_day == WED
    service.set_calendar_override(CalendarOverride(WED, False, "Указ № 2"))  # replaces the note
    assert [o.note for o in service.calendar_overrides()] == ["Указ № 2"]

    service.set_switch("move_to_next_working_day", False)
    assert _row(database, weekend).last_day == date(2026, 3, 14)
    assert _row(database, open_case).last_day == WED  # an override only moves a day when on
    service.set_switch("move_to_next_working_day", True)
    assert service.delete_calendar_override(WED)
    assert [_row(database, i).last_day for i in (open_case, closed, weekend)] == [WED, WED, TODAY]
    assert service.recompute_deadlines() == 0


# --- the list against Python ----------------------------------------------------------------------

N_DEMO = 400


@pytest.fixture(scope="module")
def listed(
    tmp_path_factory: pytest.TempPathFactory, registry: RulePackRegistry
) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("deadlines") / "tartip.db")
    generate_demo(database, registry, N_DEMO, seed=5, today=TODAY)
    # A few open cases whose limits cannot be counted (say, a pack without them): no last day.
    with database.engine.begin() as conn:
        ids = conn.scalars(
            select(DbCase.id).where(DbCase.status == "registered").order_by(DbCase.id).limit(5)
        ).all()
        conn.execute(update(DbCase).where(DbCase.id.in_(ids)).values(last_day=None))
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def rows(listed: Database, registry: RulePackRegistry) -> list[CaseRow]:
    return _service(listed, registry).list_cases(CaseFilter(), limit=1000)


def _python_order(rows: list[CaseRow], descending: bool) -> list[int]:
    dated = sorted((r for r in rows if r.last_day is not None), key=lambda r: (r.last_day, r.id))  # type: ignore[arg-type, return-value]
    undated = sorted(r.id for r in rows if r.last_day is None)
    if descending:
        return [r.id for r in reversed(dated)] + undated[::-1]
    return [r.id for r in dated] + undated


def test_the_fixture_spans_every_band(rows: list[CaseRow]) -> None:
    open_rows = [r for r in rows if r.status in OPEN_STATUSES]
    bands = {deadline_status(r.last_day, TODAY) for r in open_rows if r.last_day is not None}
    assert len(rows) == N_DEMO and bands == set(DeadlineStatus)
    assert sum(r.last_day is None for r in open_rows) == 5


@pytest.mark.parametrize(
    "extra",
    [CaseFilter(), CaseFilter(group="I"), CaseFilter(status=CaseStatus.HEARING)],
    ids=["all", "group I", "hearing"],
)
def test_deadline_bands_match_python(
    listed: Database, registry: RulePackRegistry, rows: list[CaseRow], extra: CaseFilter
) -> None:
    service = _service(listed, registry)
    base = [
        r
        for r in rows
        if r.status in OPEN_STATUSES
        and (extra.group is None or r.group == extra.group)
        and (extra.status is None or r.status is extra.status)
    ]
    counts = service.deadline_counts(extra)
    for band in DeadlineStatus:
        expected = [r.id for r in base if r.last_day and deadline_status(r.last_day, TODAY) is band]
        flt = replace(extra, deadline=band)
        got = service.list_cases(flt, SortKey.LAST_DAY, limit=1000)
        assert [r.id for r in got] == _python_order([r for r in base if r.id in expected], False)
        assert service.count_cases(flt) == counts[band] == len(expected)
    assert service.group_counts(CaseFilter(deadline=DeadlineStatus.EXPIRED))  # a band groups too


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("open_only", [False, True])
def test_pages_by_last_day_match_python(
    listed: Database,
    registry: RulePackRegistry,
    rows: list[CaseRow],
    monkeypatch: pytest.MonkeyPatch,
    descending: bool,
    open_only: bool,
) -> None:
    monkeypatch.setattr(db.queries, "REVERSE_AFTER", 20)  # pages near the end read backwards
    service = _service(listed, registry)
    chosen = [r for r in rows if r.status in OPEN_STATUSES] if open_only else rows
    expected = _python_order(chosen, descending)
    flt = CaseFilter(open_only=open_only)
    n = len(expected)
    for offset, limit in ((0, 50), (n // 2, 30), (n - 40, 40), (n - 3, 10)):
        got = service.list_cases(flt, SortKey.LAST_DAY, descending, offset, limit)
        assert [r.id for r in got] == expected[offset : offset + limit], (offset, limit)
    assert expected[-1] in {r.id for r in rows if r.last_day is None}  # NULLs last both ways


def test_watch_list_and_notice(
    listed: Database, registry: RulePackRegistry, rows: list[CaseRow]
) -> None:
    service = _service(listed, registry)
    watch = service.list_cases(CaseFilter(open_only=True), SortKey.LAST_DAY, limit=10)
    assert [r.id for r in watch] == _python_order(
        [r for r in rows if r.status in OPEN_STATUSES], False
    )[:10]
    days = [r.last_day for r in rows if r.status in OPEN_STATUSES and r.last_day is not None]
    week = TODAY + timedelta(days=7)
    assert service.expiring_this_week() == sum(TODAY <= d <= week for d in days)
    assert service.expired_open() == sum(d < TODAY for d in days)


def test_the_watch_list_and_bands_walk_the_partial_index(listed: Database) -> None:
    def plan(flt: CaseFilter, sort: SortKey, count: bool = False) -> str:
        with listed.uow(read_only=True) as uow:
            stmt = uow.queries.ordered_ids(filter_conditions(flt), sort, False).limit(200)
        if count:
            from sqlalchemy import func

            stmt = select(func.count()).select_from(DbCase).where(*filter_conditions(flt))
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with listed.reader.connect() as conn:
            return " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))

    watch = plan(CaseFilter(open_only=True), SortKey.LAST_DAY)
    assert "ix_cases_open_last_day" in watch and "TEMP B-TREE" not in watch
    band = CaseFilter(open_only=True, last_day_from=TODAY, last_day_to=TODAY + timedelta(days=7))
    assert "ix_cases_open_last_day" in plan(band, SortKey.LAST_DAY, count=True)
    everything = plan(CaseFilter(), SortKey.LAST_DAY)
    assert "ix_cases_last_day" in everything and "TEMP B-TREE" not in everything


def test_partial_indexes_are_built_as_the_models_declare(database: Database) -> None:
    # Alembic's comparison ignores an index's WHERE clause: check the DDL text itself.
    declared = {
        index.name: " ".join(str(CreateIndex(index).compile(dialect=sqlite.dialect())).split())
        for table in metadata.tables.values()
        for index in table.indexes
        if index.dialect_options["sqlite"]["where"] is not None
    }
    assert set(declared) == {
        "ix_cases_open_last_day",
        "ix_cases_imposed_offence",
        "ix_cases_imposed_group",
    }
    with database.engine.connect() as conn:
        for name, ddl in declared.items():
            stored = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = ?", (name,)
            ).scalar()
            assert " ".join(str(stored).split()) == ddl


# --- the revision, start-up and the upgrade of a 0001 file -----------------------------------------


def test_the_head_constant_is_alembics_head() -> None:
    assert HEAD_REVISION == head_revision()


def test_an_up_to_date_file_opens_without_loading_alembic(db_path: Path) -> None:
    open_database(db_path).dispose()
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from db.engine import open_database\n"
        f"open_database({str(db_path)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _baseline_file(path: Path) -> None:
    """A file at revision 0001 holding three cases, as an installed earlier version left it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001_baseline")
        now = "2026-03-01 06:00:00.000000"
        conn.exec_driver_sql(
            "INSERT INTO bodies (id, name_ru, name_kk, kind, region) "
            "VALUES (1, 'Министерство юстиции', 'Әділет министрлігі', 'ministry', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO servants (id, full_name, name_key, iin, birth_date, sex, position, "
            "category, elected, body_id, unit_id, created_at, updated_at) VALUES (1, "
            "'Жақсылықов Ерлан', 'жақсылықов ерлан', '850314312344', '1985-03-14', 'male', "
            "'эксперт', 'administrative', 0, 1, NULL, ?, ?)",
            (now, now),
        )
        cases = [
            (1, "2026-000001", "registered", "art44.duties", None, "2026-02-10", "2026-02-18"),
            (2, "2026-000002", "closed", "art44.duties", None, "2026-02-10", "2026-02-14"),
            (3, "2026-000003", "hearing", "art50.4", "I", "2026-01-10", "2026-02-02"),
        ]
        for case_id, number, status, offence, group, committed, discovered in cases:
            conn.exec_driver_sql(
                "INSERT INTO cases (id, number, servant_id, body_id, status, offence, "
                "offence_group, rule_pack, committed_on, discovered_on, continuing_until, iin, "
                "sort_name, search_key, created_at, updated_at, report_source, description) "
                "VALUES (?, ?, 1, 1, ?, ?, ?, 'kz-416-V', ?, ?, NULL, '850314312344', 'ж', ?, "
                "?, ?, 'записка', 'описание')",
                (case_id, number, status, offence, group, committed, discovered, number, now, now),
            )
        conn.exec_driver_sql(
            "INSERT INTO case_events (case_id, at_utc, kind, actor, data) "
            "VALUES (1, ?, 'created', 'hr', '{}')",
            (now,),
        )
    engine.dispose()


def test_a_baseline_file_is_upgraded_and_its_cases_get_their_deadlines(
    tmp_path: Path, registry: RulePackRegistry
) -> None:
    path = tmp_path / "old.db"
    _baseline_file(path)
    with open_database(path) as database:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                HEAD_REVISION
            )
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(cases)")]
            # The new short columns sit before the long texts, as in a new file.
            assert columns[-3:] == ["report_source", "description", "justification"]
            assert columns.index("last_day") < columns.index("iin")
            old = conn.execute(select(DbCase.id, DbCase.last_day, DbCase.description)).all()
            assert old == [(1, None, "описание"), (2, None, "описание"), (3, None, "описание")]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        service = _service(database, registry)
        assert service.get_case(1).events[0].kind == "created"  # the timeline survived
        assert service.fill_missing_deadlines() == 3
        pack = registry.get("kz-416-V")
        for case_id, offence, committed, discovered in (
            (1, "art44.duties", date(2026, 2, 10), date(2026, 2, 18)),
            (2, "art44.duties", date(2026, 2, 10), date(2026, 2, 14)),
            (3, "art50.4", date(2026, 1, 10), date(2026, 2, 2)),
        ):
            expected = compute_deadlines(
                DeadlineInput(offence, committed, discovered), pack, WorkCalendar()
            )
            assert _row(database, case_id).last_day == expected.last_day

        # With nothing missing, the start-up check only reads: it does not wait for the lock.
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            assert service.fill_missing_deadlines() == 0
        finally:
            other.execute("ROLLBACK")
            other.close()
    # The next start finds it at the head and leaves it alone.
    before = path.stat().st_mtime_ns
    open_database(path).dispose()
    assert path.stat().st_mtime_ns == before


def test_the_upgrade_can_be_undone(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _baseline_file(path)
    open_database(path).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(alembic_config(conn), "0001_baseline")
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        assert "case_pauses" not in tables and "calendar_overrides" not in tables
        assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 3
    engine.dispose()
    with open_database(path) as database, database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() == 3
