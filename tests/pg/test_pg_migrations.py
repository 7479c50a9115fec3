"""The migrations on PostgreSQL: an empty database reaches the head and matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.engine import HEAD_REVISION, open_database, stored_revisions
from db.models import metadata


def test_an_empty_database_migrates_to_the_head_and_matches_the_models(pg_empty_url: str) -> None:
    with open_database(pg_empty_url) as database:
        assert not database.is_sqlite
        with database.engine.connect() as conn:
            assert stored_revisions(conn) == (HEAD_REVISION,)
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
            # The name sort key compares bytes, whatever the database's own collation.
            collation = conn.exec_driver_sql(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'cases' AND column_name = 'sort_name'"
            ).scalar()
            assert collation == "C"
    # A second start finds the head and migrates nothing.
    with open_database(pg_empty_url) as database, database.engine.connect() as conn:
        assert stored_revisions(conn) == (HEAD_REVISION,)
