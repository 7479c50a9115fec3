"""A throwaway PostgreSQL cluster for the server-mode tests: initdb in a temp folder, loopback only.

The cluster listens on 127.0.0.1 at a free port, with its socket in the same temp folder and
`trust` authentication, and is stopped (and deleted) at the end of the session. Its default
collation is ICU Russian, as an office server's would be, so byte-order assumptions show up.
Without PostgreSQL binaries the tests are skipped, unless TARTIP_REQUIRE_PG=1 (CI) fails them.
initdb refuses to run as root: then the server runs as the `postgres` user (or `nobody`).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from db.engine import Database, open_database  # noqa: E402
from db.pg_roles import grant_app_role  # noqa: E402
from tests.pg.pg_cluster import PgCluster  # noqa: E402

_SUPERUSER = "tartip"
_TEMPLATE = "tartip_template"
_APP_TEMPLATE = "tartip_app_template"
APP_ROLE = "tartip_app"  # the application's login role (db.pg_roles), made once per session


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    # Debian keeps the server binaries out of PATH.
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("TARTIP_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL is required (TARTIP_REQUIRE_PG=1): {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason} (set TARTIP_REQUIRE_PG=1 to fail instead)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_account() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    return None


def _run(args: list[str], account: pwd.struct_passwd | None, **kwargs: Any) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    extra: dict[str, Any] = {}
    if account is not None:
        extra = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        env["HOME"] = "/tmp"
    result = subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=120, check=False, **extra, **kwargs
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed: {result.stdout}\n{result.stderr}")


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgCluster]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        _unavailable("no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin")
        raise AssertionError("unreachable")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed")
    account = _server_account()
    if os.geteuid() == 0 and account is None:
        _unavailable("running as root and no unprivileged account (postgres, nobody) exists")
    if account is None:
        base = tmp_path_factory.mktemp("pg")
    else:
        # pytest's temp root is private to root (0700): the server account could not enter it.
        base = Path(tempfile.mkdtemp(prefix="tartip-pg-"))
        os.chown(base, account.pw_uid, account.pw_gid)
    data_dir, log = base / "data", base / "server.log"
    port = _free_port()
    try:
        _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data_dir),
                "-U",
                _SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--locale-provider=icu",
                "--icu-locale=ru-RU",
                "--no-sync",
            ],
            account,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} "
            f"-c unix_socket_directories={base} -c fsync=off -c full_page_writes=off "
            "-c synchronous_commit=off -c max_connections=60"
        )
        _run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data_dir),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ],
            account,
        )
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(base, ignore_errors=True)
        _unavailable(f"could not start a cluster: {exc}")
    cluster = PgCluster(bin_dir, data_dir, port, _SUPERUSER)
    try:
        yield cluster
    finally:
        try:
            _run(
                [str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "fast", "-w", "stop"], account
            )
        finally:
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    """A database migrated to the head once; each test copies it (CREATE DATABASE … TEMPLATE)."""
    pg_cluster.admin(f"CREATE DATABASE {_TEMPLATE}")
    open_database(pg_cluster.url(_TEMPLATE)).dispose()
    return _TEMPLATE


_counter = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_cluster: PgCluster, pg_template: str) -> Iterator[str]:
    """A fresh, migrated database of its own for one test."""
    name = f"tartip_t{next(_counter)}"
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_empty_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh database with no tables at all (to run the migrations themselves)."""
    name = f"tartip_e{next(_counter)}"
    pg_cluster.admin(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def pg_app_template(pg_cluster: PgCluster, pg_template: str) -> str:
    """The migrated template with the application role granted, as `server-roles` leaves it."""
    pg_cluster.admin(f"CREATE DATABASE {_APP_TEMPLATE} TEMPLATE {pg_template}")
    with open_database(pg_cluster.url(_APP_TEMPLATE)) as owner, owner.engine.begin() as conn:
        grant_app_role(conn, APP_ROLE, "app-role-password")
    return _APP_TEMPLATE


@dataclass(frozen=True)
class AppDatabase:
    """One fresh database in server mode: the owner's URL and the application role's."""

    name: str
    owner_url: str
    app_url: str


@pytest.fixture
def pg_fresh(pg_cluster: PgCluster) -> Iterator[Callable[[str], str]]:
    """A factory: `pg_fresh(template)` copies a database (which nobody may be connected to) into
    a new one and returns its name; all are dropped after the test."""
    made: list[str] = []

    def fresh(template: str) -> str:
        name = f"tartip_f{next(_counter)}"
        pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        made.append(name)
        return name

    yield fresh
    for name in made:
        pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_app(
    pg_cluster: PgCluster, pg_app_template: str, pg_fresh: Callable[[str], str]
) -> AppDatabase:
    """A fresh migrated database whose application role is granted."""
    name = pg_fresh(pg_app_template)
    return AppDatabase(name, pg_cluster.url(name), pg_cluster.url(name, APP_ROLE))
