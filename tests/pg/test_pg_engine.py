"""The PostgreSQL engine: server problems as StorageError kinds, read-only readers, write lock."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.engine import WRITE_LOCK_KEY, Database, open_database
from domain.errors import StorageError, StorageErrorKind
from tests.pg.pg_cluster import PgCluster


def _free_closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_refused_connection_is_cannot_open() -> None:
    url = f"postgresql+psycopg://tartip@127.0.0.1:{_free_closed_port()}/x"
    with pytest.raises(StorageError) as info:
        open_database(url)
    assert info.value.kind is StorageErrorKind.CANNOT_OPEN


def test_a_missing_database_is_cannot_open(pg_cluster: PgCluster) -> None:
    with pytest.raises(StorageError) as info:
        open_database(pg_cluster.url("no_such_database"))
    assert info.value.kind is StorageErrorKind.CANNOT_OPEN
    # libpq reports connection-phase failures without a SQLSTATE: the log keeps the server's text.
    assert "no_such_database" in info.value.detail


def test_an_unknown_role_is_cannot_open(pg_cluster: PgCluster) -> None:
    url = f"postgresql+psycopg://intruder:secret@127.0.0.1:{pg_cluster.port}/postgres"
    with pytest.raises(StorageError) as info:
        open_database(url)
    assert info.value.kind is StorageErrorKind.CANNOT_OPEN
    assert "intruder" in info.value.detail
    assert "secret" not in str(info.value)


def test_the_shown_url_hides_the_password(pg_cluster: PgCluster, pg_url: str) -> None:
    with open_database(pg_url.replace("tartip@", "tartip:hunter2@")) as database:
        assert "hunter2" not in database.url


def test_a_read_only_unit_of_work_refuses_writes(pg_database: Database) -> None:
    with pg_database.uow(read_only=True) as uow:
        assert uow.settings.get_setting("k") is None
        with pytest.raises(StorageError) as info:
            uow.settings.set_setting("k", "v")
            uow.commit()
    assert info.value.kind is StorageErrorKind.READ_ONLY


def test_a_writer_waits_for_the_write_lock_and_times_out_as_locked(pg_url: str) -> None:
    """A write transaction holds the advisory lock; another writer gets LOCKED after the timeout,
    while readers are not blocked."""
    with open_database(pg_url, busy_timeout_ms=300) as database:
        holder = database.engine.connect()
        holder.begin()
        locked = holder.execute(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :k"),
            {"k": WRITE_LOCK_KEY},
        ).scalar()
        assert locked == 1
        try:
            with database.uow(read_only=True) as uow:
                assert uow.settings.get_setting("k") is None
            with pytest.raises(StorageError) as info, database.uow() as uow:
                uow.settings.set_setting("k", "v")
                uow.commit()
            assert info.value.kind is StorageErrorKind.LOCKED
        finally:
            holder.rollback()
            holder.close()
        with database.uow() as uow:
            uow.settings.set_setting("k", "v")
            uow.commit()
        with database.uow(read_only=True) as uow:
            assert uow.settings.get_setting("k") == "v"
