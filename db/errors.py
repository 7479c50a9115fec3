"""Driver errors turned into `StorageError` kinds by result code (SQLite) or SQLSTATE (PostgreSQL).

Environment problems (locked, full, read-only, damaged) become `StorageError` for the user; anything
else (constraint violations, SQL mistakes) is a bug and propagates unchanged. Never by message text.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import exc as sa_exc

from domain.errors import StorageError, StorageErrorKind


def _driver_modules() -> tuple[Any, ...]:
    try:
        import sqlcipher3.dbapi2 as sqlcipher
    except ImportError:  # a build without encryption support: plain SQLite only
        return (sqlite3,)
    return (sqlite3, sqlcipher)


# Both SQLite drivers: the standard library's, and SQLCipher's for encrypted files (a separate
# class tree with the same result codes).
_DRIVERS = _driver_modules()
DRIVER_ERRORS: tuple[type[Exception], ...] = tuple(m.Error for m in _DRIVERS)
_INTEGRITY_ERRORS: tuple[type[Exception], ...] = tuple(m.IntegrityError for m in _DRIVERS)

# Primary SQLite result codes (the low byte of an extended code), https://sqlite.org/rescode.html
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOLFS = 22
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

_SQLITE_KINDS: dict[int, StorageErrorKind] = {
    SQLITE_PERM: StorageErrorKind.READ_ONLY,
    SQLITE_BUSY: StorageErrorKind.LOCKED,
    SQLITE_LOCKED: StorageErrorKind.LOCKED,
    SQLITE_PROTOCOL: StorageErrorKind.LOCKED,
    SQLITE_READONLY: StorageErrorKind.READ_ONLY,
    # No kind fits a bare I/O error better; the detail carries the extended code for the log.
    SQLITE_IOERR: StorageErrorKind.IO_ERROR,
    SQLITE_CORRUPT: StorageErrorKind.CORRUPT,
    SQLITE_FULL: StorageErrorKind.DISK_FULL,
    SQLITE_CANTOPEN: StorageErrorKind.CANNOT_OPEN,
    SQLITE_NOLFS: StorageErrorKind.CANNOT_OPEN,
    SQLITE_AUTH: StorageErrorKind.CANNOT_OPEN,
    SQLITE_NOTADB: StorageErrorKind.NOT_A_DATABASE,
}

# PostgreSQL SQLSTATE codes and classes (two-character prefixes).
_SQLSTATE_KINDS: dict[str, StorageErrorKind] = {
    "53100": StorageErrorKind.DISK_FULL,
    "55P03": StorageErrorKind.LOCKED,
    "40001": StorageErrorKind.LOCKED,
    "40P01": StorageErrorKind.LOCKED,
    "25006": StorageErrorKind.READ_ONLY,
    # The application role lacks a grant (db/pg_roles.py; after an upgrade, until the
    # administrator re-runs `server-roles`): for the user, the database cannot be written.
    "42501": StorageErrorKind.READ_ONLY,
    "XX001": StorageErrorKind.CORRUPT,
    "XX002": StorageErrorKind.CORRUPT,
    "3D000": StorageErrorKind.CANNOT_OPEN,
}
# A missing database (3D000), a refused password or pg_hba rule (28xxx), a refused connection, an
# unknown host or a timeout are all "cannot open". libpq reports failures while connecting without
# a SQLSTATE (psycopg's OperationalError), so only the detail (the server's text) tells them apart,
# in the log; the codes below apply to the same errors raised later in a session.
_SQLSTATE_CLASS_KINDS: dict[str, StorageErrorKind] = {
    "08": StorageErrorKind.CANNOT_OPEN,  # connection exception
    "28": StorageErrorKind.CANNOT_OPEN,  # invalid authorization
    "57": StorageErrorKind.CANNOT_OPEN,  # operator intervention (shutdown)
}


def driver_error(exc: BaseException) -> BaseException:
    """The DBAPI exception under a SQLAlchemy wrapper, or `exc` itself."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        return exc.orig
    return exc


def sqlite_code(exc: BaseException) -> int | None:
    """The extended SQLite result code carried by `exc` (wrapped or not), if any."""
    code = getattr(driver_error(exc), "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def storage_error_kind(exc: BaseException) -> StorageErrorKind | None:
    """The environment problem `exc` reports, or None when it is not one (a bug, a constraint)."""
    orig = driver_error(exc)
    if isinstance(orig, _INTEGRITY_ERRORS):
        return None
    code = sqlite_code(orig)
    if code is not None:
        if code & 0xFF == SQLITE_NOTADB and not isinstance(orig, sqlite3.Error):
            # SQLCipher says "not a database" for a page that fails its HMAC. Its files open
            # only after the key was verified (db.cipher.unlock), so that is damage.
            return StorageErrorKind.CORRUPT
        return _SQLITE_KINDS.get(code & 0xFF)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(state, str) and state:
        return _SQLSTATE_KINDS.get(state) or _SQLSTATE_CLASS_KINDS.get(state[:2])
    if _is_connection_failure(exc, orig):
        return StorageErrorKind.CANNOT_OPEN
    return None


def _is_connection_failure(exc: BaseException, orig: BaseException) -> bool:
    """A server that cannot be reached or went away: the client reports it without a SQLSTATE.

    psycopg is looked up, not imported: if no code has loaded it, `orig` cannot be one of its
    errors (and SQLite-only starts do not pay for importing it).
    """
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(orig, psycopg.OperationalError)


def describe(exc: BaseException) -> str:
    """A log line for `exc`: the driver's error name and text, never shown to the user as such."""
    orig = driver_error(exc)
    name = getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None)
    return f"{name}: {orig}" if name else f"{type(orig).__name__}: {orig}"


def as_storage_error(exc: BaseException) -> StorageError | None:
    """`exc` as a StorageError, or None if it is not an environment problem."""
    if isinstance(exc, StorageError):
        return exc
    if not isinstance(exc, (sa_exc.DBAPIError, *DRIVER_ERRORS)):
        return None
    kind = storage_error_kind(exc)
    return StorageError(kind, describe(exc)) if kind is not None else None


@contextmanager
def translate_errors() -> Iterator[None]:
    """Context manager and decorator: driver errors that are environment problems → StorageError."""
    try:
        yield
    except (sa_exc.DBAPIError, *DRIVER_ERRORS) as exc:
        storage = as_storage_error(exc)
        if storage is None:
            raise
        raise storage from exc
