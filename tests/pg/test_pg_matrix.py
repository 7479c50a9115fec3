"""S14 parity: the role matrix, the body scoping and the live role change of
tests/auth/test_auth_matrix.py, rerun unchanged on PostgreSQL as the application role.

Only the fixtures are swapped: the world is built once in a server database (as the application
role, through the services), each test gets its own copy of it (CREATE DATABASE … TEMPLATE), and
the denial count is read on the server. Every cell therefore also shows that the application
role's grants (db.pg_roles) suffice for that service action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import psycopg
import pytest

import tests.auth.test_auth_matrix as matrix
from domain.authz import Guard
from domain.rulepack import RulePackRegistry
from tests.auth.auth_env import Session, SpyHasher, UtcClock, open_session
from tests.auth.test_auth_matrix import (  # noqa: F401  (collected here, on the server)
    test_a_role_change_applies_without_a_restart,
    test_data_is_scoped_to_the_users_body,
    test_matrix_cell,
)
from tests.pg.conftest import APP_ROLE
from tests.pg.pg_cluster import PgCluster
from tests.test_procedure_on_sqlite import FakeRenderer

WORLD = "tartip_matrix_world"


@pytest.fixture(scope="module")
def packs() -> RulePackRegistry:
    return RulePackRegistry.load_builtin_packs()


@pytest.fixture(scope="module")
def template(
    pg_cluster: PgCluster, pg_app_template: str, packs: RulePackRegistry
) -> Iterator[tuple[str, matrix.World]]:
    pg_cluster.admin(f"CREATE DATABASE {WORLD} TEMPLATE {pg_app_template}")
    try:
        yield WORLD, matrix.build_world(pg_cluster.url(WORLD, APP_ROLE), packs)  # type: ignore[arg-type]
    finally:
        pg_cluster.admin(f"DROP DATABASE IF EXISTS {WORLD} WITH (FORCE)")


@pytest.fixture
def world_copy(
    template: tuple[str, matrix.World],
    pg_cluster: PgCluster,
    pg_fresh: Callable[[str], str],
    packs: RulePackRegistry,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[str, matrix.World, Callable[[str], Session]]]:
    name = pg_fresh(template[0])
    url = pg_cluster.url(name, APP_ROLE)

    def denials(_target: object) -> int:
        with psycopg.connect(
            host="127.0.0.1", port=pg_cluster.port, user=pg_cluster.user, dbname=name
        ) as conn:
            row = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'authz_denied'")
            return int(row.fetchone()[0])  # type: ignore[index]

    monkeypatch.setattr(matrix, "denials", denials)
    opened: list[Session] = []

    def login(login: str) -> Session:
        s = open_session(url, packs, UtcClock(), SpyHasher(), Guard(), FakeRenderer())  # type: ignore[arg-type]
        s.auth.login(login, matrix.PASSWORD)
        opened.append(s)
        return s

    yield url, template[1], login
    for s in opened:
        s.database.dispose()


def test_the_cells_really_run_on_the_server_as_the_app_role(
    world_copy: tuple[str, matrix.World, Callable[[str], Session]],
) -> None:
    url, _, login = world_copy
    s = login("hr_officer")
    assert s.database.url == url and not s.database.is_sqlite
    with s.database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar() == APP_ROLE
    assert matrix.denials(url) == 0  # type: ignore[arg-type]
