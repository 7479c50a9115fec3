"""`server-roles`: migrate a PostgreSQL database as its owner and grant the application's role.

Run by the database administrator with the owner's URL; the workstations then connect as the
application role, which cannot change or delete audit entries (docs/server-mode.md). Exit 0 when
the role is granted, 2 for a usage mistake, 3 when the server or the role refuses.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from cli.output import CliError

PASSWORD_ENV = "TARTIP_APP_ROLE_PASSWORD"


def add_server_commands(add: Any) -> None:
    """Register `server-roles` through cli.parser's `add(name, help, handler)`."""
    p = add(
        "server-roles",
        "PostgreSQL: run the migrations as the owner (--db) and grant the application's role",
        run_server_roles,
    )
    p.add_argument("--app-role", required=True, help="the login role the workstations use")
    p.add_argument(
        "--keep-password",
        action="store_true",
        help=f"an existing role keeps its password (otherwise from ${PASSWORD_ENV} or a prompt)",
    )


def _password(args: argparse.Namespace) -> str | None:
    if args.keep_password:
        return None
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        if not from_env:
            raise CliError(f"${PASSWORD_ENV} is empty")
        return from_env
    if not sys.stdin.isatty():
        raise CliError(f"no terminal to ask for the password: set ${PASSWORD_ENV}")
    first = getpass.getpass(f"Password for {args.app_role}: ")
    if not first:
        raise CliError("empty password")
    if getpass.getpass("Again: ") != first:
        raise CliError("the passwords differ")
    return first


def run_server_roles(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from db.engine import open_database
    from db.errors import describe
    from db.pg_roles import RoleError, grant_app_role

    url = getattr(args, "db", None) or ""
    if not url.startswith("postgresql"):
        raise CliError("server-roles needs --db postgresql+psycopg://OWNER@HOST/DATABASE")
    password = _password(args)
    # The owner opens the database as the app would: the migrations run here, as the owner.
    with open_database(url) as database:
        try:
            with database.engine.begin() as conn:
                report = grant_app_role(conn, args.app_role, password)
        except RoleError as exc:
            raise CliError(str(exc), 3) from exc
        except DBAPIError as exc:  # no CREATEROLE, not the database's owner, ...
            raise CliError(f"the server refused: {describe(exc)}", 3) from exc
        print(f"{database.url}: migrated; the application connects as {args.app_role}")
    for line in report.lines():
        print(f"  {line}")
    return 0
