"""Statistics and id sequences after bulk loads: what the demo loader and start-up maintain."""

from __future__ import annotations

from sqlalchemy import Connection

__all__ = ["refresh_statistics", "sync_id_sequences"]

# Below this many cases every plan is fast; statistics start to matter above it.
_ANALYZE_FROM = 2000


def sync_id_sequences(conn: Connection) -> None:
    """PostgreSQL: move every table's `id` sequence past the largest id stored.

    Bulk loaders (the demo) insert rows with ids they chose; the sequences do not see those, and
    the next row inserted without an id would collide. SQLite takes max(rowid) + 1 by itself.
    """
    if conn.dialect.name != "postgresql":
        return
    from db.models import metadata

    quote = conn.dialect.identifier_preparer.quote
    for table in metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key or not table.c.id.autoincrement:
            continue
        name = quote(table.name)
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # noqa: S608  trusted names
            f"coalesce(max(id), 0) + 1, false) FROM {name}"
        )


def refresh_statistics(conn: Connection, *, force: bool = False) -> bool:
    """Re-run SQLite's ANALYZE when the case count has moved by a fifth since the last one.

    Without statistics the planner takes any equality for selective and sorts 70,000 rows where
    walking the sort index would stop after 200 (bench/db_queries.py). Full ANALYZE of 100,000
    cases takes about 0.2 s. Returns whether it ran; other databases keep their own statistics.
    """
    if conn.dialect.name != "sqlite":
        return False
    cases = conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() or 0
    if not force:
        if cases < _ANALYZE_FROM:
            return False
        has_stats = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).first()
        if has_stats is not None:
            stats = conn.exec_driver_sql(
                "SELECT stat FROM sqlite_stat1 WHERE tbl = 'cases'"
            ).scalars()
            # A full index's line starts with the table's row count; a partial index's (the open
            # cases' last days) with its own, smaller one: the largest is the table's.
            before = max((int(str(stat).split()[0]) for stat in stats if stat), default=0)
            if before and abs(cases - before) * 5 < before:
                return False
    conn.exec_driver_sql("PRAGMA analysis_limit=0")
    conn.exec_driver_sql("ANALYZE")
    return True
