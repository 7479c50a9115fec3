"""Alembic environment: runs on the connection `db.engine` hands over, or offline from a URL."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from db.models import UtcDateTime, metadata

config = context.config


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # Migrations stay independent of db.models: a UTC column is a plain timezone-aware DateTime.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=metadata,
        # SQLite alters tables by copying them; batch mode does that (and names constraints).
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
        **kwargs,  # type: ignore[arg-type]
    )


if context.is_offline_mode():
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through db.engine (open_database or alembic_config)")
    # The caller owns the transaction (BEGIN IMMEDIATE on SQLite), so the whole upgrade is atomic.
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
