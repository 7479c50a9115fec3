"""Baseline: bodies, units, servants, cases with their list columns, events, numbering, settings.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_baseline"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)


def _sort_key_type() -> sa.String:
    if op.get_bind().dialect.name == "postgresql":
        return sa.String(length=500, collation="C")
    return sa.String(length=500)


def upgrade() -> None:
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "bodies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_ru", sa.String(length=500), nullable=False),
        sa.Column("name_kk", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bodies")),
    )
    op.create_table(
        "case_number_seq",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_case_number_seq")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("name_ru", sa.String(length=500), nullable=False),
        sa.Column("name_kk", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["bodies.id"], name=op.f("fk_units_body_id_bodies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
    )
    op.create_index(op.f("ix_units_body_id"), "units", ["body_id"])

    op.create_table(
        "servants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=500), nullable=False),
        sa.Column("name_key", sa.String(length=500), nullable=False),
        sa.Column("iin", sa.String(length=12), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("position", sa.String(length=500), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("elected", sa.Boolean(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["bodies.id"], name=op.f("fk_servants_body_id_bodies")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_servants_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_servants")),
        sa.UniqueConstraint("iin", name=op.f("uq_servants_iin")),
    )
    op.create_index(op.f("ix_servants_body_id"), "servants", ["body_id"])
    op.create_index(op.f("ix_servants_name_key"), "servants", ["name_key"])
    op.create_index(op.f("ix_servants_unit_id"), "servants", ["unit_id"])

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("servant_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("offence", sa.String(length=40), nullable=False),
        sa.Column("offence_group", sa.String(length=3), nullable=True),
        sa.Column("rule_pack", sa.String(length=40), nullable=False),
        sa.Column("committed_on", sa.Date(), nullable=False),
        sa.Column("discovered_on", sa.Date(), nullable=False),
        sa.Column("continuing_until", sa.Date(), nullable=True),
        sa.Column("iin", sa.String(length=12), nullable=False),
        # PostgreSQL: byte order ("C"), which the key is built for (db.collation); the
        # database's own collation (ICU, glibc) would reorder the key's code points.
        sa.Column("sort_name", _sort_key_type(), nullable=False),
        sa.Column("search_key", sa.String(length=600), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.Column("report_source", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["bodies.id"], name=op.f("fk_cases_body_id_bodies")),
        sa.ForeignKeyConstraint(
            ["servant_id"], ["servants.id"], name=op.f("fk_cases_servant_id_servants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    for column in (
        "body_id",
        "committed_on",
        "discovered_on",
        "iin",
        "offence",
        "offence_group",
        "servant_id",
        "sort_name",
        "status",
    ):
        op.create_index(op.f(f"ix_cases_{column}"), "cases", [column])
    op.create_index("ix_cases_status_discovered_on", "cases", ["status", "discovered_on"])
    op.create_index("ix_cases_group_offence", "cases", ["offence_group", "offence"])
    op.create_index("ix_cases_search", "cases", ["search_key", "offence_group", "body_id"])

    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at_utc", UTC_DATETIME, nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    op.create_index(op.f("ix_case_events_case_id"), "case_events", ["case_id"])


def downgrade() -> None:
    op.drop_table("case_events")
    op.drop_table("cases")
    op.drop_table("servants")
    op.drop_table("units")
    op.drop_table("case_number_seq")
    op.drop_table("bodies")
    op.drop_table("app_settings")
