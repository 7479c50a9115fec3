"""Opening the database: the SQLite engine recipe, start-up checks and migrations to the head.

SQLite (RELIABILITY.md 1.9, option b): the driver's own BEGIN is switched off and the write engine
emits `BEGIN IMMEDIATE`, so a read-modify-write holds the write lock from its first read (no lost
updates, no SQLITE_BUSY_SNAPSHOT). PostgreSQL (`postgresql+psycopg://`, the server mode) does the
same with an advisory lock taken at the start of each write transaction; other URLs get a plain
engine.

Alembic is imported only when the stored revision is not HEAD_REVISION (a new, older or newer
file), which saves about 50 ms of every start. What remains of opening 100,000 cases is the two
checks: `quick_check` (about 160 ms) and `foreign_key_check` (about 170 ms; bench/deadlines.py).
An encrypted file (SQLCipher, db.cipher) skips both; see the note above `_probe_existing`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import StaticPool

from db.audit_store import ActorContext
from db.cipher import (
    UNLOCKED,
    CipherKey,
    connect_file,
    driver_module,
    has_plain_header,
    is_encrypted,
    keyed_connection,
)
from db.errors import (
    DRIVER_ERRORS,
    SQLITE_CANTOPEN,
    as_storage_error,
    describe,
    sqlite_code,
    translate_errors,
)
from db.maintenance import refresh_statistics
from db.storage_guard import refuse_network
from db.uow import SqlUnitOfWork
from domain.errors import StorageError, StorageErrorKind

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "APPLICATION_ID",
    "DEFAULT_BUSY_TIMEOUT_MS",
    "HEAD_REVISION",
    "WRITE_LOCK_KEY",
    "Database",
    "alembic_config",
    "head_revision",
    "known_revisions",
    "open_database",
    "translate_errors",
]

# `PRAGMA application_id` of files Tartip creates: "TRTP" in ASCII.
APPLICATION_ID = 0x54525450
# PRAGMA takes no bound parameters; the statement is built once from the constant.
_SET_APPLICATION_ID = "PRAGMA application_id=" + str(APPLICATION_ID)
DEFAULT_BUSY_TIMEOUT_MS = 5000
# PostgreSQL: the advisory lock every write transaction holds until it ends (the application id,
# so another program's advisory locks on the same server are unlikely to collide with it).
WRITE_LOCK_KEY = APPLICATION_ID
_TAKE_WRITE_LOCK = "SELECT pg_advisory_xact_lock(" + str(WRITE_LOCK_KEY) + ")"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Tables whose presence marks a Tartip file that predates the application id.
_OWN_TABLES = frozenset({"alembic_version", "cases", "servants"})
# The newest migration this build ships (tests check it against Alembic's head). A file already
# there opens without loading Alembic.
HEAD_REVISION = "0006_users"


@dataclass(eq=False)
class Database:
    """An opened, migrated store: engines plus a factory of units of work."""

    url: str  # for logs and the status bar; any password is masked
    engine: Engine  # read-write; BEGIN IMMEDIATE on SQLite
    # Read-only: SQLite's deferred BEGIN (WAL readers never wait); PostgreSQL's READ ONLY
    # transactions without the write lock; the same engine elsewhere.
    reader: Engine
    path: Path | None = None  # the SQLite file, if the store is one
    cipher: CipherKey | None = None  # the file's SQLCipher key, if it is encrypted (db.cipher)
    lang: str = "ru"  # which body/unit names the read models return: "ru" or "kk"
    # Who acts (set at login), with the audit key and clock every audit append reads.
    actor: ActorContext = field(default_factory=ActorContext)
    _disposed: bool = field(default=False, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def uow(self, *, read_only: bool = False) -> SqlUnitOfWork:
        """A new unit of work; `read_only` ones never take the write lock and refuse writes."""
        return SqlUnitOfWork(
            self.reader if read_only else self.engine, lang=self.lang, actor=self.actor
        )

    def dispose(self) -> None:
        """Close every pooled connection (SQLite then checkpoints and removes the -wal file)."""
        if not self._disposed:
            self._disposed = True
            if self.reader is not self.engine:
                self.reader.dispose()
            self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.dispose()


def open_database(
    target: str | os.PathLike[str],
    *,
    migrate: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Database:
    """Open (creating if needed) the store at a file path or SQLAlchemy URL and bring it to head.

    Raises StorageError: NOT_A_DATABASE (not SQLite, or another program's file), CORRUPT
    (`quick_check` fails), READ_ONLY, LOCKED (write lock held beyond the busy timeout),
    NEWER_SCHEMA (a revision this build does not know), DISK_FULL, CANNOT_OPEN.
    With `migrate=False` an older schema is left as it is (tools and tests only).
    """
    url = _to_url(target)
    if url.get_backend_name() == "postgresql":
        engine = _postgresql_engine(url, busy_timeout_ms, read_only=False)
        reader = _postgresql_engine(url, busy_timeout_ms, read_only=True)
        database = Database(url.render_as_string(hide_password=True), engine, reader)
        with _closing_on_error(database):
            _prepare(database, migrate)
        return database
    if url.get_backend_name() != "sqlite":
        engine = _create(url, pool_pre_ping=True)
        database = Database(url.render_as_string(hide_password=True), engine, engine)
        with _closing_on_error(database):
            _prepare(database, migrate)
        return database

    path = _sqlite_file(url)
    key = None
    if path is not None:
        key = UNLOCKED.for_file(path)
        if key is None and is_encrypted(path):
            raise StorageError(StorageErrorKind.KEY_REQUIRED, str(path))
        _check_file(path, key)
    engine = _sqlite_engine(url, busy_timeout_ms, read_only=False, key=key)
    # A memory database exists once per connection: there, readers share the writer's engine.
    memory = (url.database or ":memory:") == ":memory:"
    reader = engine if memory else _sqlite_engine(url, busy_timeout_ms, read_only=True, key=key)
    database = Database(url.render_as_string(hide_password=True), engine, reader, path, key)
    with _closing_on_error(database):
        _prepare(database, migrate)
    return database


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration built in code (no alembic.ini): works from a frozen build too."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> frozenset[str]:
    """Every revision id this build ships."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str:
    """The revision a fully migrated database is at, as Alembic's scripts say."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def stored_revisions(conn: Connection) -> tuple[str, ...]:
    """The revisions stamped in the database (empty for a new one), read without Alembic."""
    if not inspect(conn).has_table("alembic_version"):
        return ()
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars()
    return tuple(sorted(str(r) for r in rows))


# --- engines ---------------------------------------------------------------------------------


def _create(url: URL, **kwargs: Any) -> Engine:
    try:
        # Statement parameters hold names and IINs; an error message must not carry them into
        # the plain-text log file (least of all for an encrypted database).
        return create_engine(url, hide_parameters=True, **kwargs)
    except (ArgumentError, ImportError) as exc:  # unknown dialect or missing driver
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{type(exc).__name__}: {exc}") from exc


def _sqlite_engine(
    url: URL, busy_timeout_ms: int, *, read_only: bool, key: CipherKey | None = None
) -> Engine:
    """An engine whose every connection carries the recipe's pragmas and BEGIN.

    With `key` the driver is SQLCipher's (same API as sqlite3) and each new connection is keyed
    before anything else runs on it, the dialect's own first queries included.
    """
    timeout_ms = int(busy_timeout_ms)
    connect_args: dict[str, Any] = {"timeout": timeout_ms / 1000}
    if key is not None:
        module = driver_module()
        engine = _create(
            url, module=module, connect_args=connect_args, pool_size=5, max_overflow=20
        )

        @event.listens_for(engine, "do_connect")
        def _keyed(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
            con = module.connect(*cargs, **cparams)
            keyed_connection(con, key)
            return con

    elif (url.database or ":memory:") == ":memory:":
        # One shared connection, or every checkout would see its own empty database.
        connect_args["check_same_thread"] = False
        engine = _create(url, connect_args=connect_args, poolclass=StaticPool)
    else:
        # Overflow allows 25 connections: the desktop app needs one or two, tests open 20 (S8).
        engine = _create(url, connect_args=connect_args, pool_size=5, max_overflow=20)
    begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # The driver must never BEGIN on its own (legacy mode runs SELECT outside transactions).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={timeout_ms:d}")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA trusted_schema=OFF")
            cursor.execute("PRAGMA temp_store=MEMORY")
            # 32 MB of page cache keeps the list's columns of 100k cases in memory between pages.
            cursor.execute("PRAGMA cache_size=-32000")
            if read_only:
                cursor.execute("PRAGMA query_only=ON")
            else:
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin)

    return engine


def _postgresql_engine(url: URL, busy_timeout_ms: int, *, read_only: bool) -> Engine:
    """An engine whose write transactions are serialised like SQLite's BEGIN IMMEDIATE.

    READ COMMITTED plus one transaction-scoped advisory lock (WRITE_LOCK_KEY) taken as the first
    statement of every write transaction: writers queue for it, and since each later statement of
    READ COMMITTED reads a fresh snapshot, a read-modify-write sees every commit made before it
    got the lock (no lost updates, no `max + 1` races in the journals or the audit chain). Under
    REPEATABLE READ the snapshot would date from the lock statement's start, before the wait,
    and concurrent writers would fail with 40001 instead of waiting. Readers take no lock and
    run READ ONLY transactions; `lock_timeout` bounds every wait like SQLite's busy timeout
    (55P03 -> StorageError LOCKED).
    """
    options = f"-c lock_timeout={int(busy_timeout_ms):d}"
    if read_only:
        options += " -c default_transaction_read_only=on"
    engine = _create(
        url,
        pool_pre_ping=True,
        isolation_level="READ COMMITTED",
        connect_args={"options": options, "connect_timeout": 10},
        pool_size=5,
        max_overflow=20,
    )
    if not read_only:

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql(_TAKE_WRITE_LOCK)

    return engine


# --- start-up --------------------------------------------------------------------------------


def _to_url(target: str | os.PathLike[str]) -> URL:
    text = os.fspath(target)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError as exc:
            raise StorageError(StorageErrorKind.CANNOT_OPEN, f"bad URL: {exc}") from exc
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def _sqlite_file(url: URL) -> Path | None:
    """The plain file behind a SQLite URL, or None for memory and `file:` URI forms."""
    database = url.database or ""
    if (
        not database
        or database == ":memory:"
        or url.query.get("uri")
        or database.startswith("file:")
    ):
        return None
    return Path(database).expanduser().resolve()


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _check_file(path: Path, key: CipherKey | None = None) -> None:
    """Refuse what must not be opened, before any engine can write to the file (S5, S6)."""
    refuse_network(path)  # S7: SQLite on a network share loses data; removable/cloud only warn
    if path.is_dir():
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{path} is a folder")
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{path.parent}: {exc}") from exc
        if not _writable(path.parent):
            raise StorageError(StorageErrorKind.READ_ONLY, f"{path.parent} is not writable")
        return
    if not os.access(path, os.R_OK):
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{path} is not readable")
    size = path.stat().st_size
    if not (_writable(path) and _writable(path.parent)):
        # No SQLite probe here: a read-only connection would leave a -shm file behind that
        # later blocks writers even once the permissions are fixed.
        if size and key is None and not has_plain_header(path):
            raise StorageError(StorageErrorKind.NOT_A_DATABASE, f"{path}: no SQLite header")
        raise StorageError(StorageErrorKind.READ_ONLY, f"{path} or its folder is not writable")
    if size > 0:
        _probe_existing(path, key)


# An encrypted file skips the whole-file checks when it opens (quick_check, foreign_key_check):
# they would decrypt every page, 9 s for 100,000 cases instead of 0.3 s (bench/encryption.py).
# It loses little: SQLCipher authenticates every page it reads (HMAC-SHA512), so a damaged or
# altered page is refused as CORRUPT the first time it is read, and the full checks still run
# on every backup's copy (db.backup_check), the daily one included.


def _probe_existing(path: Path, key: CipherKey | None) -> None:
    """Check an existing file through a read-only connection: SQLite at all, ours, intact."""
    try:
        con = connect_file(path, key, read_only=True)
    except DRIVER_ERRORS as exc:
        raise _file_error(exc, path) from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if app_id not in (0, APPLICATION_ID) or (
            app_id == 0 and tables and not _OWN_TABLES <= tables
        ):
            raise StorageError(
                StorageErrorKind.NOT_A_DATABASE,
                f"not a Tartip database (application_id={app_id}, {len(tables)} tables)",
            )
        if key is not None:
            return  # an encrypted file: see above _probe_existing
        problems = [row[0] for row in con.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise StorageError(StorageErrorKind.CORRUPT, "; ".join(map(str, problems[:5])))
    except DRIVER_ERRORS as exc:
        raise _file_error(exc, path) from exc
    finally:
        con.close()


def _file_error(exc: Exception, path: Path) -> StorageError:
    # A WAL file whose -shm cannot be made or written is "read-only", not "missing".
    code = sqlite_code(exc)
    read_only = not (_writable(path) and _writable(path.parent))
    if read_only and code is not None and code & 0xFF == SQLITE_CANTOPEN:
        return StorageError(StorageErrorKind.READ_ONLY, describe(exc))
    return as_storage_error(exc) or StorageError(StorageErrorKind.CANNOT_OPEN, describe(exc))


@contextmanager
def _closing_on_error(database: Database) -> Iterator[None]:
    try:
        yield
    except BaseException as exc:
        database.dispose()
        if isinstance(exc, DBAPIError):
            # Start-up has no bugs to report in SQL errors: an unreadable store is unopenable.
            storage = as_storage_error(exc) or StorageError(
                StorageErrorKind.CANNOT_OPEN, describe(exc)
            )
            raise storage from exc
        raise


def _migrate(conn: Connection, migrate: bool) -> None:
    """Refuse a revision this build does not know; bring an older one to the head."""
    from alembic import command

    known = known_revisions()
    unknown = [rev for rev in stored_revisions(conn) if rev not in known]
    if unknown:
        raise StorageError(StorageErrorKind.NEWER_SCHEMA, f"revision {', '.join(unknown)}")
    if migrate:
        command.upgrade(alembic_config(conn), "head")


def _prepare(database: Database, migrate: bool) -> None:
    """Under one write transaction: refuse newer schemas, migrate, stamp the application id."""
    sqlite = database.is_sqlite
    with translate_errors(), database.engine.connect() as conn:
        if sqlite:
            # Batch migrations copy tables; foreign keys must be off for that, and the pragma is a
            # no-op inside a transaction, so it is set on the raw connection before BEGIN.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if stored_revisions(conn) != (HEAD_REVISION,):
                    _migrate(conn, migrate)
                if sqlite:
                    full = database.cipher is None  # an encrypted file: see above _probe_existing
                    if full and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                        raise StorageError(StorageErrorKind.CORRUPT, "foreign_key_check failed")
                    if conn.exec_driver_sql("PRAGMA application_id").scalar() == 0:
                        conn.exec_driver_sql(_SET_APPLICATION_ID)
                    if migrate:
                        refresh_statistics(conn)
        finally:
            if sqlite:
                try:
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
                except DRIVER_ERRORS:
                    conn.invalidate()  # never return a connection without foreign keys to the pool
