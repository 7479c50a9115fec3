"""S10 (one entry per mutation, right old/new, schema, no secrets, append-only) and S13 (clock)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.audit_key import keyring_for
from db.engine import Database, open_database
from db.trust_models import DbAuditEntry
from domain.audit import AuditFilter, verify_chain
from domain.clock import FixedClock
from domain.model import CalendarOverride, PenaltyTableEntry
from domain.rulepack import RulePackRegistry
from domain.services import CaseService
from tests.audit.conftest import TODAY, configure
from tests.db.inputs import case_input

TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
SWITCHES = ("proposed_subpoint_20", "move_to_next_working_day")
DAYS = [date(2026, 5, d) for d in range(1, 6)]

_op = st.one_of(
    st.tuples(st.just("switch"), st.sampled_from(SWITCHES), st.booleans()),
    st.tuples(st.just("override"), st.sampled_from(DAYS), st.booleans()),
    st.tuples(st.just("unoverride"), st.sampled_from(DAYS), st.just(False)),
    st.tuples(st.just("table"), st.sampled_from(["remark", "reprimand"]), st.integers(1, 3)),
    st.tuples(
        st.just("body"), st.text("АБӘҚ ", min_size=2, max_size=8).filter(str.strip), st.just(False)
    ),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "empty.db"
    open_database(path).dispose()
    return path


def _services(database: Database, registry: RulePackRegistry, clock: FixedClock) -> CaseService:
    return CaseService(
        database.uow, registry, today=clock.today, now_utc=clock.now_utc, actor="a.officer"
    )


def assert_schema(entry_json: dict[str, object], secrets: tuple[str, ...]) -> None:
    assert TS.match(str(entry_json["ts_utc"]))
    for name in ("actor", "actor_role", "workstation_id", "action", "entity"):
        assert entry_json[name], name
    text = json.dumps(entry_json, ensure_ascii=False).lower()
    assert "password" not in text and "$argon2" not in text
    for secret in secrets:
        assert secret not in text


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(_op, min_size=1, max_size=8))
def test_every_service_mutation_is_audited_once_with_its_old_and_new_values(
    ops: list[tuple[str, object, object]],
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    registry: RulePackRegistry,
    key: bytes,
    clock: FixedClock,
) -> None:
    path = tmp_path_factory.mktemp("s10") / "office.db"
    shutil.copy(template, path)
    database = configure(open_database(path), key, clock)
    try:
        service = _services(database, registry, clock)
        body = service.add_body("Министерство", "Министрлік")
        switches = dict(service.switches())
        overrides: dict[date, bool] = {}
        table: dict[int, str] = {}
        for kind, a, b in ops:
            with database.uow(read_only=True) as uow:
                before, _ = uow.audit.head()
            mutated = True
            if kind == "switch":
                service.set_switch(str(a), bool(b))
                expect = ("settings.switch", {"value": [switches[str(a)], b]})
                switches[str(a)] = bool(b)
            elif kind == "override":
                assert isinstance(a, date)
                service.set_calendar_override(CalendarOverride(a, bool(b), "перенос"))
                old = overrides.get(a)
                expect = ("calendar.override_set", None if old is None else {"working": [old, b]})
                overrides[a] = bool(b)
            elif kind == "unoverride":
                assert isinstance(a, date)
                mutated = service.delete_calendar_override(a)
                expect = ("calendar.override_deleted", None)
                if mutated:
                    expect = ("calendar.override_deleted", {"working": [overrides.pop(a), None]})
            elif kind == "table":
                entry = PenaltyTableEntry(
                    None, body, "art44.duties", int(b), "remark", str(a), date(2024, 1, 1)
                )
                service.set_penalty_table_entry(entry)
                old_max = table.get(int(b))
                expect = ("penalty_table.saved", {"max_penalty": [old_max, a]})
                table[int(b)] = str(a)
            else:
                service.add_body(str(a), str(a))
                expect = ("body.created", None)
            with database.uow(read_only=True) as uow:
                after, _ = uow.audit.head()
                last = uow.audit.entries(AuditFilter(), 0, 1)[0]
            assert after == before + (1 if mutated else 0), kind
            if not mutated:
                continue
            action, fields = expect
            assert last.action == action
            diff = json.loads(last.diff)
            for name, pair in (fields or {}).items():
                if pair[0] == pair[1]:
                    assert name not in diff or diff[name][0] == diff[name][1]
                else:
                    assert diff[name] == pair, (name, diff)
            assert_schema(last.__dict__, (key.hex(),))
            assert (last.actor, last.actor_role, last.workstation_id) == (
                "a.officer",
                "hr_officer",
                "WS-TEST",
            )
        with database.uow(read_only=True) as uow:
            assert verify_chain(uow.audit.iter_all(), keyring_for(key)).ok
    finally:
        database.dispose()


def test_a_case_event_is_audited_in_the_same_transaction(
    database: Database, service: CaseService
) -> None:
    case_id = service.register_case(case_input(service, "art50.7"))
    with database.uow(read_only=True) as uow:
        entries = uow.audit.entries(AuditFilter(action="case."), 0, 10)
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("case.created", "case", str(case_id))
    ]
    assert json.loads(entries[0].diff)["number"]


def test_a_rolled_back_change_leaves_no_audit_entry(database: Database) -> None:
    with database.uow() as uow:
        uow.audit.append("settings.switch", "setting", "x", {"value": [False, True]})
        # leaving without commit
    with database.uow(read_only=True) as uow:
        assert uow.audit.head()[0] == 0


def test_update_and_delete_are_refused_as_append_only(database: Database, db_path: Path) -> None:
    with database.uow() as uow:
        uow.audit.append("settings.switch", "setting", "x", {"value": [False, True]})
        uow.commit()
    for stmt in (
        update(DbAuditEntry).values(actor="admin"),
        delete(DbAuditEntry),
    ):
        with database.engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(stmt)
    with Session(database.engine) as session, pytest.raises(DBAPIError, match="append-only"):
        row = session.get(DbAuditEntry, 1)
        assert row is not None
        row.actor = "admin"
        session.flush()
    with Session(database.engine) as session, pytest.raises(DBAPIError, match="append-only"):
        session.delete(session.get(DbAuditEntry, 1))
        session.flush()
    con = sqlite3.connect(db_path)
    try:
        for sql in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(sql)
    finally:
        con.close()
    with database.uow(read_only=True) as uow:
        assert uow.audit.count(AuditFilter()) == 1


def test_secrets_in_a_diff_never_reach_the_trail(database: Database) -> None:
    with database.uow() as uow:
        uow.audit.append("user.password_set", "user", 3, {"password": "hunter2", "login": "x"})
        uow.commit()
    with database.uow(read_only=True) as uow:
        (entry,) = uow.audit.entries(AuditFilter(), 0, 5)
    assert "hunter2" not in entry.diff and json.loads(entry.diff)["login"] == "x"


def test_a_clock_set_back_two_days_records_a_clock_rollback(
    database: Database, service: CaseService, clock: FixedClock, key: bytes
) -> None:
    """S13: the append after the rollback is preceded by one `clock_rollback` entry."""
    service.set_switch("proposed_subpoint_20", True)
    clock._now -= timedelta(days=2)  # noqa: SLF001 - the fixed clock has no backwards move
    assert not database.actor.clock_rollback_seen
    service.set_switch("proposed_subpoint_20", False)
    service.set_switch("proposed_subpoint_20", True)
    with database.uow(read_only=True) as uow:
        actions = [e.action for e in reversed(uow.audit.entries(AuditFilter(), 0, 10))]
        rollback = uow.audit.entries(AuditFilter(action="clock_rollback"), 0, 1)[0]
        assert verify_chain(uow.audit.iter_all(), keyring_for(key)).ok
    assert actions == ["settings.switch", "clock_rollback", "settings.switch", "settings.switch"]
    assert database.actor.clock_rollback_seen
    diff = json.loads(rollback.diff)
    assert diff["newest_ts"] > diff["now"]
    assert TODAY.isoformat() in diff["newest_ts"]


def test_a_rolled_back_save_does_not_lose_the_clock_rollback_entry(
    database: Database, service: CaseService, clock: FixedClock
) -> None:
    service.set_switch("proposed_subpoint_20", True)
    clock._now -= timedelta(days=2)  # noqa: SLF001 - the fixed clock has no backwards move
    with database.uow() as uow:  # the first append after the rollback, never committed
        uow.audit.append("settings.switch", "settings", None, {"x": 1})
    assert not database.actor.clock_rollback_seen
    service.set_switch("proposed_subpoint_20", False)
    with database.uow(read_only=True) as uow:
        actions = [e.action for e in reversed(uow.audit.entries(AuditFilter(), 0, 10))]
    assert actions == ["settings.switch", "clock_rollback", "settings.switch"]
    assert database.actor.clock_rollback_seen
