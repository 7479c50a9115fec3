"""Environment problems classified by SQLite result code into StorageError kinds (S3, S5, S6, S9)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from db.engine import Database, open_database
from db.errors import translate_errors
from domain.errors import StorageError, StorageErrorKind

ROOT = Path(__file__).resolve().parents[2]


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _kind_of_open(target: str | Path, **kwargs: Any) -> StorageErrorKind:
    with pytest.raises(StorageError) as err:
        open_database(target, **kwargs).dispose()
    return err.value.kind


def _filled(path: Path) -> None:
    """A closed Tartip database with some rows in several tables."""
    with open_database(path) as database, database.uow() as uow:
        body = uow.cases.add_body("Министерство", "Министрлік", "ministry", "")
        for i in range(300):
            uow.cases.add_unit(body, f"Отдел {i} " + "x" * 200, f"Бөлім {i}")
        uow.commit()


# --- not ours, not SQLite, damaged -------------------------------------------------------------


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Список дел\n" * 500, encoding="utf-8")
    before = _fingerprint(path)
    assert _kind_of_open(path) is StorageErrorKind.NOT_A_DATABASE
    assert _fingerprint(path) == before


def test_an_overwritten_header_is_not_a_database(db_path: Path) -> None:
    _filled(db_path)
    with db_path.open("r+b") as f:
        f.write(b"\0" * 100)
    before = _fingerprint(db_path)
    assert _kind_of_open(db_path) is StorageErrorKind.NOT_A_DATABASE
    assert _fingerprint(db_path) == before


@pytest.mark.parametrize("application_id", [0, 0x12345])
def test_another_programs_sqlite_file_is_refused(tmp_path: Path, application_id: int) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={application_id}")
    con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO contacts (name) VALUES ('Иванов')")
    con.commit()
    con.close()
    before = _fingerprint(path)
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert err.value.kind is StorageErrorKind.NOT_A_DATABASE
    assert "not a Tartip database" in err.value.detail
    assert _fingerprint(path) == before  # not even switched to WAL


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    with open_database(path) as database, database.uow() as uow:
        assert uow.queries.bodies() == []
    assert path.stat().st_size > 0


def test_a_zeroed_page_is_corrupt_and_the_file_is_left_alone(db_path: Path) -> None:
    _filled(db_path)
    con = sqlite3.connect(db_path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    try:
        pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = 'units'")]
    except sqlite3.OperationalError:  # dbstat not compiled in: any page past the schema
        pages = list(range(3, con.execute("PRAGMA page_count").fetchone()[0] + 1))
    con.close()
    victim = pages[len(pages) // 2]
    with db_path.open("r+b") as f:
        f.seek((victim - 1) * page_size)
        f.write(b"\0" * page_size)
    before = _fingerprint(db_path)
    assert _kind_of_open(db_path) is StorageErrorKind.CORRUPT
    assert _fingerprint(db_path) == before
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0


def test_a_newer_schema_is_refused_not_downgraded(db_path: Path) -> None:
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_tartip'")
    con.commit()
    con.close()
    assert _kind_of_open(db_path) is StorageErrorKind.NEWER_SCHEMA
    assert _kind_of_open(db_path, migrate=False) is StorageErrorKind.NEWER_SCHEMA
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
        ("9999_from_a_newer_tartip",)
    ]
    con.close()


def test_a_folder_or_a_bad_url_cannot_be_opened(tmp_path: Path) -> None:
    assert _kind_of_open(tmp_path) is StorageErrorKind.CANNOT_OPEN
    assert _kind_of_open("nosuchdialect://somewhere/x") is StorageErrorKind.CANNOT_OPEN
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert _kind_of_open(blocker / "sub" / "tartip.db") is StorageErrorKind.CANNOT_OPEN


# --- read-only ----------------------------------------------------------------------------------


def _unprivileged() -> list[str] | None:
    """A command prefix under which file permissions apply, or None if there is none: root
    ignores them, so as root the child drops the capabilities that override them."""
    if not hasattr(os, "geteuid"):
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _open_in_child(prefix: list[str], path: Path) -> str:
    """The StorageError kind of open_database(path) in a child process, or "opened"."""
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from db.engine import open_database
        from domain.errors import StorageError
        try:
            open_database({str(path)!r}).dispose()
        except StorageError as exc:
            print(exc.kind.value)
        else:
            print("opened")
        """
    )
    result = subprocess.run(
        [*prefix, sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_read_only_file_or_folder_is_reported_as_read_only(tmp_path: Path) -> None:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("cannot run without the privilege to ignore file permissions")
    folder = tmp_path / "share"
    path = folder / "tartip.db"
    _filled(path)
    try:
        path.chmod(0o444)
        assert _open_in_child(prefix, path) == "read_only"  # a read-only file
        path.chmod(0o644)
        folder.chmod(0o555)
        assert _open_in_child(prefix, path) == "read_only"  # a folder that cannot hold -wal
        folder.chmod(0o755)
        assert _open_in_child(prefix, path) == "opened"  # the control: writable, it opens
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_read_only_connection_reports_writes_as_read_only(db_path: Path) -> None:
    _filled(db_path)
    with open_database(f"sqlite:///file:{db_path}?mode=ro&uri=true") as database:
        with pytest.raises(StorageError) as err, database.uow() as uow:
            uow.settings.set_setting("x", "1")
            uow.commit()
    assert err.value.kind is StorageErrorKind.READ_ONLY


# --- the lock (S3, short) -----------------------------------------------------------------------


def test_a_write_lock_held_too_long_gives_locked_and_a_retry_succeeds(db_path: Path) -> None:
    database = open_database(db_path, busy_timeout_ms=200)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        start = time.monotonic()
        with pytest.raises(StorageError) as err, database.uow() as uow:
            uow.cases.add_body("Министерство", "Министрлік", "ministry", "")
            uow.commit()
        assert err.value.kind is StorageErrorKind.LOCKED
        assert time.monotonic() - start >= 0.15  # it waited for the busy timeout first
        # Opening while the lock is held is refused the same way (start-up takes the lock).
        assert _kind_of_open(db_path, busy_timeout_ms=100) is StorageErrorKind.LOCKED
        holder.execute("ROLLBACK")
        with database.uow() as uow:
            assert uow.queries.bodies() == []  # nothing half-written
            uow.cases.add_body("Министерство", "Министрлік", "ministry", "")
            uow.commit()
        with database.uow() as uow:
            assert [b.name_ru for b in uow.queries.bodies()] == ["Министерство"]
    finally:
        holder.close()
        database.dispose()


# --- disk full (S9) -----------------------------------------------------------------------------


def test_disk_full_rolls_back_and_keeps_earlier_commits(database: Database) -> None:
    with database.uow() as uow:
        uow.settings.set_setting("before", "kept")
        uow.commit()
    with database.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    limit = int(pages or 0) + 2

    def cap(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={limit:d}")

    database.engine.dispose()
    event.listen(database.engine, "connect", cap)
    with pytest.raises(StorageError) as err, database.uow() as uow:
        uow.settings.set_setting("big", "я" * 200_000)
        uow.commit()
    assert err.value.kind is StorageErrorKind.DISK_FULL

    event.remove(database.engine, "connect", cap)  # space is freed
    database.engine.dispose()
    with database.uow() as uow:
        assert uow.settings.get_setting("before") == "kept"
        assert uow.settings.get_setting("big") is None
        uow.settings.set_setting("after", "works")
        uow.commit()
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


# --- what is not an environment problem stays a bug -----------------------------------------------


def test_sql_mistakes_and_constraints_are_not_storage_errors(database: Database) -> None:
    with pytest.raises(sa_exc.OperationalError), translate_errors(), database.engine.connect() as c:
        c.exec_driver_sql("SELECT * FROM no_such_table")
    with pytest.raises(sa_exc.IntegrityError), database.uow() as uow:
        uow.cases.add_unit(body_id=999, name_ru="Отдел", name_kk="Бөлім")


def test_a_server_url_without_its_driver_cannot_be_opened_and_hides_the_password() -> None:
    with pytest.raises(StorageError) as err:
        open_database("postgresql+psycopg://tartip:s3cret@127.0.0.1:1/tartip")
    assert err.value.kind is StorageErrorKind.CANNOT_OPEN
    assert "s3cret" not in str(err.value)
