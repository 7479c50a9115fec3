"""Deadlines: the facts they depend on, their stored dates, pause periods, calendar overrides.

The engine cannot run here (it needs the rule packs, the calendar and the switches), so existing
cases get NULL dates; `CaseService.fill_missing_deadlines()` computes them after opening.

On SQLite the cases table is rebuilt (batch "recreate", about 2 s for 100,000 cases) so that the
new short columns sit before the long texts, as the baseline laid them out: a row's later columns
are otherwise read past its description (overflow pages for long ones).

Revision ID: 0002_deadlines
Revises: 0001_baseline
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_deadlines"
down_revision: str | Sequence[str] | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
# Kept literally (not imported from the models) so this revision never changes after release.
OPEN_CONDITION = "status IN ('hearing', 'investigation', 'registered')"


def upgrade() -> None:
    # SQLite: rebuild the table to place the columns; elsewhere (PostgreSQL keeps long texts out
    # of line anyway, and would refuse to drop a referenced table) a plain ADD COLUMN.
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("cases", recreate="always" if sqlite else "auto") as batch:
        new_columns: tuple[sa.Column[object], ...] = (
            sa.Column("continuing", sa.Boolean(), server_default=sa.false(), nullable=False),
            sa.Column("terminated_on", sa.Date(), nullable=True),
            sa.Column("decided_on", sa.Date(), nullable=True),
            sa.Column("discovery_limit", sa.Date(), nullable=True),
            sa.Column("absolute_limit", sa.Date(), nullable=True),
            sa.Column("absolute_limit_extended", sa.Date(), nullable=True),
            sa.Column("last_day", sa.Date(), nullable=True),
        )
        after = "continuing_until"
        for column in new_columns:
            if sqlite:
                batch.add_column(column, insert_after=after)
            else:
                batch.add_column(column)
            after = column.name
    op.create_index(op.f("ix_cases_last_day"), "cases", ["last_day"])
    op.create_index(
        "ix_cases_open_last_day",
        "cases",
        ["last_day"],
        sqlite_where=sa.text(OPEN_CONDITION),
        postgresql_where=sa.text(OPEN_CONDITION),
    )

    op.create_table(
        "case_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("document", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_pauses_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_pauses")),
    )
    op.create_index(op.f("ix_case_pauses_case_id"), "case_pauses", ["case_id"])

    op.create_table(
        "calendar_overrides",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_overrides")),
    )


def downgrade() -> None:
    op.drop_table("calendar_overrides")
    op.drop_index(op.f("ix_case_pauses_case_id"), table_name="case_pauses")
    op.drop_table("case_pauses")
    op.drop_index("ix_cases_open_last_day", table_name="cases")
    op.drop_index(op.f("ix_cases_last_day"), table_name="cases")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("cases", recreate="always" if sqlite else "auto") as batch:
        for name in (
            "last_day",
            "absolute_limit_extended",
            "absolute_limit",
            "discovery_limit",
            "decided_on",
            "terminated_on",
            "continuing",
        ):
            batch.drop_column(name)
