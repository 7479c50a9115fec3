"""The SQLite service and procedure suites rerun unchanged on PostgreSQL (RELIABILITY §7 parity).

Each test gets a fresh migrated PostgreSQL database in place of the SQLite file its fixture
opens: the fixtures' `open_database` is redirected, so the suites stay written once.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

import db.engine
import tests.test_procedure_on_sqlite as procedure_suite
from tests.test_procedure_on_sqlite import *  # noqa: F403  (the procedure tests, collected here)
from tests.test_services_on_sqlite import (  # the services tests that do not drive sqlite3 itself
    test_a_registered_case_is_stored_nfc_numbered_and_in_the_timeline,
    test_invalid_input_writes_nothing,
    test_search_folds_kazakh_case,
    wiring,
)

__all__ = [
    "test_a_registered_case_is_stored_nfc_numbered_and_in_the_timeline",
    "test_invalid_input_writes_nothing",
    "test_search_folds_kazakh_case",
    "wiring",
]

_open_database = db.engine.open_database


@pytest.fixture(autouse=True)
def _on_postgresql(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def open_on_server(target: str | os.PathLike[str], **kwargs: Any) -> db.engine.Database:
        return _open_database(pg_url, **kwargs)

    monkeypatch.setattr(db.engine, "open_database", open_on_server)  # main.open_services
    monkeypatch.setattr(procedure_suite, "open_database", open_on_server)


def test_the_reused_fixtures_really_open_the_server(env: procedure_suite.Env, wiring: Any) -> None:
    assert env.database.url.startswith("postgresql+psycopg://")
    assert not env.database.is_sqlite and not wiring.database.is_sqlite
