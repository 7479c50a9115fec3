"""Server mode's application role (db.pg_roles, `main.py server-roles`): the audit log is
append-only by privilege, so even with the owner's triggers gone the role gets 42501; the role
cannot alter the schema, and the application works as it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

import main
from db.audit_key import keyring_for
from db.engine import HEAD_REVISION as HEAD
from db.engine import open_database
from db.pg_roles import RoleError, grant_app_role
from domain.audit import verify_chain
from domain.errors import StorageError, StorageErrorKind
from domain.model import CaseFilter, CaseStatus
from tests.pg.conftest import APP_ROLE, AppDatabase
from tests.pg.pg_cluster import PgCluster
from tests.test_services_on_sqlite import _case as new_case

DENIED = "42501"  # insufficient_privilege


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


@pytest.fixture
def app_engine(pg_app: AppDatabase) -> Iterator[Engine]:
    engine = create_engine(pg_app.app_url)
    yield engine
    engine.dispose()


def _drop_the_triggers(owner_url: str) -> None:
    with open_database(owner_url) as owner, owner.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_truncate ON audit_log")
    with open_database(owner_url) as owner, owner.uow() as uow:
        uow.audit.append("test.entry", "test", 1, {"a": [None, 1]})
        uow.commit()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log WHERE seq = 1",
        "TRUNCATE audit_log",
    ],
)
def test_the_app_role_cannot_change_the_audit_log_even_without_the_triggers(
    pg_app: AppDatabase, app_engine: Engine, statement: str
) -> None:
    _drop_the_triggers(pg_app.owner_url)
    # The control: with the triggers gone, the owner could (the test would see a missing grant).
    owner = create_engine(pg_app.owner_url)
    try:
        with owner.connect() as conn:
            conn.execute(text(statement))
            conn.rollback()
    finally:
        owner.dispose()
    with pytest.raises(DBAPIError) as refused, app_engine.begin() as conn:
        conn.execute(text(statement))
    assert _sqlstate(refused.value) == DENIED, refused.value
    with app_engine.connect() as conn:  # and the entry is still there, unchanged
        assert conn.execute(text("SELECT actor FROM audit_log")).scalars().all() == ["system"]


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE audit_log DISABLE TRIGGER ALL",
        "DROP TRIGGER audit_log_append_only ON audit_log",
        "ALTER TABLE cases ADD COLUMN note text",
        "CREATE TABLE scratch (x int)",
        "CREATE SCHEMA scratch",
        "DROP TABLE audit_log",
        "UPDATE alembic_version SET version_num = 'x'",
        "SELECT setval('cases_id_seq', 1)",
    ],
)
def test_the_app_role_cannot_alter_the_schema(app_engine: Engine, statement: str) -> None:
    with pytest.raises(DBAPIError) as refused, app_engine.begin() as conn:
        conn.execute(text(statement))
    assert _sqlstate(refused.value) == DENIED, refused.value


def test_the_application_works_as_the_app_role(pg_app: AppDatabase) -> None:
    with main.opened(pg_app.app_url) as wiring:  # at the head: no migration, nothing to own
        with wiring.database.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == APP_ROLE
        case_id = wiring.services.register_case(new_case(wiring))
        detail = wiring.services.get_case(case_id)
        edited = replace(new_case(wiring), status=CaseStatus.INVESTIGATION)
        edited = replace(edited, servant=replace(edited.servant, body_id=detail.servant.body_id))
        assert wiring.services.update_case(case_id, edited)
        assert [e.kind for e in wiring.services.get_case(case_id).events] == ["created", "updated"]
        with wiring.database.uow(read_only=True) as uow:
            entries = list(uow.audit.iter_all())
        assert len(entries) >= 4  # two bodies, the case, its update
        assert verify_chain(entries, keyring_for(wiring.database.actor.key)).ok


def test_regranting_takes_back_what_was_added_and_keeps_the_password(
    pg_app: AppDatabase, pg_cluster: PgCluster
) -> None:
    def password() -> str:
        with psycopg_connect(pg_cluster, pg_app.name) as conn:
            row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (APP_ROLE,))
            return str(row.fetchone()[0])

    before = password()
    assert before.startswith("SCRAM-SHA-256$") and "app-role-password" not in before
    with open_database(pg_app.owner_url) as owner, owner.engine.begin() as conn:
        conn.exec_driver_sql(f"GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO {APP_ROLE}")
        conn.exec_driver_sql(f"GRANT UPDATE (actor) ON audit_log TO {APP_ROLE}")
    with open_database(pg_app.owner_url) as owner, owner.engine.begin() as conn:
        report = grant_app_role(conn, APP_ROLE, None)
    assert not report.created and not report.password_set
    lines = report.lines()
    assert "table audit_log: SELECT, INSERT" in lines
    assert "table alembic_version: SELECT" in lines
    assert "table cases: SELECT, INSERT, UPDATE, DELETE" in lines
    assert "schema public: USAGE" in lines
    assert any(line.startswith("sequence cases_id_seq: USAGE, SELECT") for line in lines)
    assert password() == before


def psycopg_connect(cluster: PgCluster, database: str) -> Any:
    import psycopg

    return psycopg.connect(host="127.0.0.1", port=cluster.port, user=cluster.user, dbname=database)


def test_unsafe_roles_are_refused(pg_app: AppDatabase, pg_cluster: PgCluster) -> None:
    pg_cluster.admin("CREATE ROLE roles_sneaky LOGIN")
    pg_cluster.admin(f"GRANT {pg_cluster.user} TO roles_sneaky")  # a member of the superuser
    try:
        with open_database(pg_app.owner_url) as owner:
            for role, password, problem in (
                ("Bad-Name", "pw", "role name"),
                (pg_cluster.user, "pw", "connecting owner"),
                ("roles_new_without_password", None, "give it a password"),
                ("roles_empty", "", "empty password"),
                ("roles_sneaky", "pw", "member of, a superuser"),
            ):
                with pytest.raises(RoleError, match=problem), owner.engine.begin() as conn:
                    grant_app_role(conn, role, password)
    finally:
        pg_cluster.admin("DROP ROLE roles_sneaky")
    with psycopg_connect(pg_cluster, "postgres") as conn:
        left = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'roles_%'")
        assert left.fetchone()[0] == 0  # every refusal rolled back


def test_an_unmigrated_database_is_refused(pg_empty_url: str) -> None:
    engine = create_engine(pg_empty_url)
    try:
        with pytest.raises(RoleError, match="run the migrations"), engine.begin() as conn:
            grant_app_role(conn, "roles_early", "pw")
    finally:
        engine.dispose()


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_migrates_as_the_owner_then_grants(
    pg_empty_url: str,
    pg_cluster: PgCluster,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TARTIP_APP_ROLE_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = _cli(capsys, "server-roles", "--db", pg_empty_url, "--app-role", "cli_app")
    assert code == 2 and "TARTIP_APP_ROLE_PASSWORD" in err  # no terminal, no password: refused
    monkeypatch.setenv("TARTIP_APP_ROLE_PASSWORD", "cli-secret")
    try:
        code, out, err = _cli(capsys, "server-roles", "--db", pg_empty_url, "--app-role", "cli_app")
        assert code == 0, err
        assert "migrated; the application connects as cli_app" in out
        assert "  table audit_log: SELECT, INSERT" in out.splitlines()
        assert "cli-secret" not in out
        # The workstation side: the app opens the migrated database as the new role.
        app_url = pg_empty_url.replace(f"//{pg_cluster.user}@", "//cli_app@")
        with main.opened(app_url) as wiring:
            assert wiring.services.count_cases(CaseFilter()) == 0
        # An existing role, a second run: updated, the password kept.
        code, out, _ = _cli(
            capsys,
            "server-roles",
            "--db",
            pg_empty_url,
            "--app-role",
            "cli_app",
            "--keep-password",
        )
        assert code == 0 and "role cli_app: updated" in out and "password unchanged" in out
        code, _, err = _cli(capsys, "server-roles", "--db", pg_empty_url, "--app-role", "No!")
        assert code == 3 and "role name" in err
    finally:
        pg_cluster.admin(f"DROP DATABASE IF EXISTS {pg_empty_url.rsplit('/', 1)[1]} WITH (FORCE)")
        pg_cluster.admin("DROP ROLE IF EXISTS cli_app")


def test_the_app_role_cannot_migrate_a_schema_behind_its_build(pg_app: AppDatabase) -> None:
    with open_database(pg_app.owner_url) as owner, owner.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE users CASCADE")  # as if 0006 had not run yet
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0005_audit'")
    with pytest.raises(StorageError) as refused:
        open_database(pg_app.app_url)
    # The migration's CREATE TABLE was refused: for the user, the database cannot be written.
    assert refused.value.kind is StorageErrorKind.READ_ONLY
    assert DENIED in refused.value.detail
    with open_database(pg_app.owner_url) as owner, owner.engine.connect() as conn:  # the owner can
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
