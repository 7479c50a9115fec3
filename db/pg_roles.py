"""PostgreSQL server mode: the application's login role, which cannot rewrite the audit trail.

The schema owner runs the migrations; the desktop apps connect as a separate login role that may
read and write the application's tables, but has only SELECT and INSERT on `audit_log` (no
UPDATE, DELETE or TRUNCATE), only SELECT on `alembic_version`, owns nothing and cannot create
objects, so it can neither alter the schema nor drop the append-only triggers (ASVS 7.3.3,
RELIABILITY S10: "PostgreSQL: permission denied"). The triggers stay as a second line that
also binds the owner.

Granting is idempotent: every run first revokes what the role had on the application's tables,
grants exactly the set above and then reads back the role's effective privileges (which include
PUBLIC's and those of any role it is a member of). Any difference from the expected set rolls the
whole transaction back. Rerun it after each upgrade, since tables a new migration adds start
without grants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

__all__ = [
    "APPEND_ONLY_TABLES",
    "READ_ONLY_TABLES",
    "RoleError",
    "RoleReport",
    "TableGrant",
    "expected_privileges",
    "grant_app_role",
]

# The tables the role may only read and append to, and the ones it may only read.
APPEND_ONLY_TABLES = frozenset({"audit_log"})
READ_ONLY_TABLES = frozenset({"alembic_version"})
_READ_WRITE = ("SELECT", "INSERT", "UPDATE", "DELETE")
# Every table privilege PostgreSQL knows; the report shows which of these the role holds.
_TABLE_PRIVS = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
_SEQUENCE_PRIVILEGES = ("USAGE", "SELECT")
# Lower case only, so the name needs no quoting rules in the deployment notes or in pg_hba.conf.
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
# What libpq's PQencryptPasswordConn returns: the verifier is sent, never the password itself.
_SCRAM_VERIFIER = re.compile(r"SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")
_ROLE_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT"


class RoleError(Exception):
    """The role cannot be made safe (a bad name, the owner itself, a superuser, a member of the
    owner) or the schema is not there yet; the message says which."""


@dataclass(frozen=True)
class TableGrant:
    """One object and the privileges the role effectively holds on it, as read back."""

    kind: str  # "table", "sequence", "schema" or "database"
    name: str
    privileges: tuple[str, ...]

    def line(self) -> str:
        return f"{self.kind} {self.name}: {', '.join(self.privileges) or 'none'}"


@dataclass(frozen=True)
class RoleReport:
    """What `grant_app_role` did and what the role can do now."""

    role: str
    created: bool  # a new role, rather than an existing one updated
    password_set: bool
    revoked_public_create: bool  # PUBLIC could create objects in the schema (PostgreSQL < 15)
    grants: tuple[TableGrant, ...]

    def lines(self) -> list[str]:
        head = f"role {self.role}: {'created' if self.created else 'updated'} ({_ROLE_ATTRIBUTES}"
        head += ", password set)" if self.password_set else ", password unchanged)"
        out = [head]
        if self.revoked_public_create:
            out.append("schema: revoked CREATE from PUBLIC")
        out += [g.line() for g in self.grants]
        return out


def expected_privileges(table: str) -> tuple[str, ...]:
    """The table privileges the application role must hold, no more and no fewer."""
    if table in READ_ONLY_TABLES:
        return ("SELECT",)
    if table in APPEND_ONLY_TABLES:
        return ("SELECT", "INSERT")
    return _READ_WRITE


def grant_app_role(conn: Connection, role: str, password: str | None) -> RoleReport:
    """Create or update the login role `role` and grant it the application's privileges.

    `conn` is the schema owner's connection inside a transaction (the caller commits); the owner
    needs CREATEROLE (or to be a superuser). `password` None keeps an existing role's password;
    a new role needs one. Only libpq's SCRAM verifier of the password reaches the server, so it
    cannot appear in the server's statement log. Raises RoleError; the server's own refusals
    (no CREATEROLE, say) propagate as DBAPIError.
    """
    if not _ROLE_NAME.fullmatch(role):
        raise RoleError(f"role name {role!r}: use lower-case letters, digits and _ (max 63)")
    if password is not None and not password:
        raise RoleError("empty password")
    owner, schema, database = conn.execute(
        text("SELECT current_user, current_schema(), current_database()")
    ).one()
    if role == owner:
        raise RoleError(f"{role} is the connecting owner; the application needs a role of its own")
    tables = _application_tables(conn, schema)
    existing = conn.execute(text("SELECT oid FROM pg_roles WHERE rolname = :r"), {"r": role})
    created = existing.first() is None
    if created and password is None:
        raise RoleError(f"role {role} does not exist yet: give it a password")
    if not created:
        _refuse_unsafe_existing(conn, role, schema, tables)

    q = conn.dialect.identifier_preparer.quote
    name, ns, db = q(role), q(schema), q(database)
    verb = "CREATE" if created else "ALTER"
    conn.exec_driver_sql(f"{verb} ROLE {name} WITH {_ROLE_ATTRIBUTES}")
    if password is not None:
        conn.exec_driver_sql(f"ALTER ROLE {name} PASSWORD '{_verifier(conn, role, password)}'")
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {db} TO {name}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {ns} TO {name}")
    public_create = _public_can_create(conn, schema)
    if public_create:
        conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA {ns} FROM PUBLIC")
    for table in tables:
        qualified = f"{ns}.{q(table)}"
        conn.exec_driver_sql(f"REVOKE ALL ON TABLE {qualified} FROM {name}")
        conn.exec_driver_sql(
            f"GRANT {', '.join(expected_privileges(table))} ON TABLE {qualified} TO {name}"
        )
    sequences = _sequences_of(conn, schema, tables)
    for sequence in sequences:
        qualified = f"{ns}.{q(sequence)}"
        conn.exec_driver_sql(f"REVOKE ALL ON SEQUENCE {qualified} FROM {name}")
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {qualified} TO {name}")

    grants = _read_back(conn, role, schema, database, tables, sequences)
    return RoleReport(role, created, password is not None, public_create, grants)


def _application_tables(conn: Connection, schema: str) -> list[str]:
    """The model's tables and alembic_version, all of which must exist (migrated first)."""
    from db.models import metadata

    wanted = sorted({t.name for t in metadata.sorted_tables} | READ_ONLY_TABLES)
    present = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
        ).scalars()
    )
    missing = [t for t in wanted if t not in present]
    if missing:
        raise RoleError(
            f"schema {schema} lacks {', '.join(missing[:5])}: run the migrations as the owner first"
        )
    return wanted


def _refuse_unsafe_existing(conn: Connection, role: str, schema: str, tables: list[str]) -> None:
    """An existing role must own nothing here and not be (a member of) a superuser or the owner
    of the tables or schema: any of these would let it drop the triggers or grant itself more."""
    owns = conn.execute(
        text(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND pg_get_userbyid(c.relowner) = :r"
        ),
        {"s": schema, "r": role},
    ).scalar()
    owns_more = conn.execute(
        text(
            "SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = :s "
            "AND pg_get_userbyid(nspowner) = :r) + (SELECT count(*) FROM pg_database "
            "WHERE datname = current_database() AND pg_get_userbyid(datdba) = :r)"
        ),
        {"s": schema, "r": role},
    ).scalar()
    if owns or owns_more:
        raise RoleError(f"role {role} owns objects in this database; use a role that owns nothing")
    # Roles `role` is a member of, itself included, that are superusers or own our objects.
    powerful = conn.execute(
        text(
            "SELECT r.rolname FROM pg_roles r WHERE pg_has_role(:r, r.oid, 'MEMBER') AND "
            "(r.rolsuper OR r.oid IN (SELECT c.relowner FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = :s AND c.relname = ANY(:t)) "
            "OR r.oid = (SELECT nspowner FROM pg_namespace WHERE nspname = :s)) "
            "ORDER BY 1"
        ),
        {"r": role, "s": schema, "t": tables},
    ).scalars()
    found = list(powerful)
    if found:
        raise RoleError(
            f"role {role} is, or is a member of, a superuser or an owner ({', '.join(found)})"
        )


def _verifier(conn: Connection, role: str, password: str) -> str:
    """libpq's SCRAM-SHA-256 verifier of the password (the plain text never leaves the client)."""
    driver = conn.connection.driver_connection
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is None:
        raise RoleError("server-roles needs the psycopg driver (postgresql+psycopg://)")
    verifier = bytes(pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256"))
    text_form = verifier.decode("ascii")
    if not _SCRAM_VERIFIER.fullmatch(text_form):  # it goes into a literal: nothing else may
        raise RoleError("unexpected password verifier from libpq")
    return text_form


def _public_can_create(conn: Connection, schema: str) -> bool:
    """Whether PUBLIC holds CREATE on the schema (the default before PostgreSQL 15)."""
    return bool(
        conn.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(coalesce(n.nspacl, "
                "acldefault('n', n.nspowner))) a WHERE n.nspname = :s AND a.grantee = 0 "
                "AND a.privilege_type = 'CREATE')"
            ),
            {"s": schema},
        ).scalar()
    )


def _sequences_of(conn: Connection, schema: str, tables: list[str]) -> list[str]:
    """The sequences behind the tables' serial or identity columns."""
    rows = conn.execute(
        text(
            "SELECT DISTINCT s.relname FROM pg_class s "
            "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
            "JOIN pg_class t ON t.oid = d.refobjid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE s.relkind = 'S' AND n.nspname = :s AND t.relname = ANY(:t) ORDER BY 1"
        ),
        {"s": schema, "t": tables},
    ).scalars()
    return [str(r) for r in rows]


# One statement per privilege function (fixed names, so nothing is built from input).
_HELD = {
    function: text(
        f"SELECT p FROM unnest(CAST(:ps AS text[])) AS p WHERE {function}(:r, :o, p)"  # noqa: S608
    )
    for function in (
        "has_database_privilege",
        "has_schema_privilege",
        "has_table_privilege",
        "has_any_column_privilege",
        "has_sequence_privilege",
    )
}


def _held(
    conn: Connection, function: str, role: str, obj: str, privileges: tuple[str, ...]
) -> tuple[str, ...]:
    """Which of `privileges` the role effectively holds on `obj`, in the order asked."""
    rows = conn.execute(_HELD[function], {"ps": list(privileges), "r": role, "o": obj})
    held = set(rows.scalars())
    return tuple(p for p in privileges if p in held)


def _read_back(
    conn: Connection,
    role: str,
    schema: str,
    database: str,
    tables: list[str],
    sequences: list[str],
) -> tuple[TableGrant, ...]:
    """The role's effective privileges; RoleError when they differ from the expected ones."""
    q = conn.dialect.identifier_preparer.quote
    grants: list[TableGrant] = []
    problems: list[str] = []
    held = _held(conn, "has_database_privilege", role, database, ("CONNECT", "CREATE"))
    grants.append(TableGrant("database", database, held))
    if held != ("CONNECT",):
        problems.append(f"database {database}: {', '.join(held)}")
    held = _held(conn, "has_schema_privilege", role, schema, ("USAGE", "CREATE"))
    grants.append(TableGrant("schema", schema, held))
    if held != ("USAGE",):
        problems.append(f"schema {schema}: {', '.join(held)}")
    for table in tables:
        qualified = f"{q(schema)}.{q(table)}"
        # Column-level grants count too: has_any_column_privilege covers SELECT/INSERT/UPDATE.
        held = _held(conn, "has_table_privilege", role, qualified, _TABLE_PRIVS)
        columns = _held(
            conn, "has_any_column_privilege", role, qualified, ("SELECT", "INSERT", "UPDATE")
        )
        held = tuple(p for p in _TABLE_PRIVS if p in held or p in columns)
        grants.append(TableGrant("table", table, held))
        if held != expected_privileges(table):
            problems.append(f"table {table}: {', '.join(held)}")
    for sequence in sequences:
        qualified = f"{q(schema)}.{q(sequence)}"
        held = _held(conn, "has_sequence_privilege", role, qualified, ("USAGE", "SELECT", "UPDATE"))
        grants.append(TableGrant("sequence", sequence, held))
        if held != _SEQUENCE_PRIVILEGES:
            problems.append(f"sequence {sequence}: {', '.join(held)}")
    if problems:
        raise RoleError(
            f"role {role} would hold other privileges than granted (through PUBLIC or a role it "
            f"is a member of): {'; '.join(problems[:5])}"
        )
    return tuple(grants)
