"""Penalties: the case's penalty, its early lifting, the vacancy flag and the justification; the
criteria worksheets; the bodies' tables of penalties; the servants' folded positions.

Existing cases get no penalty (a decided one asks for it at its next edit), a vacant lower post
(the default) and an empty justification. The servants' folded positions are computed here with a
copy of the fold `domain.text.search_key` applied in 2026 (kept literally, so this revision never
changes after release).

On SQLite the cases table is rebuilt (batch "recreate", as 0002 did) so the new short columns sit
before the long texts and the justification after them.

Revision ID: 0003_penalties
Revises: 0002_deadlines
Create Date: 2026-11-26
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_penalties"
down_revision: str | Sequence[str] | None = "0002_deadlines"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
IMPOSED_CONDITION = "penalty IS NOT NULL AND status IN ('closed', 'decided')"
_BATCH = 5000


def _fold(text: str) -> str:
    """domain.text.search_key as of this revision: NFC, single spaces, casefold, ё -> е."""
    spaced = " ".join(unicodedata.normalize("NFC", text).split())
    return unicodedata.normalize("NFC", spaced.casefold()).replace("ё", "е")


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    with op.batch_alter_table("cases", recreate="always" if sqlite else "auto") as batch:
        short: tuple[sa.Column[object], ...] = (
            sa.Column("penalty", sa.String(length=40), nullable=True),
            sa.Column("penalty_lifted_on", sa.Date(), nullable=True),
            sa.Column(
                "lower_post_vacant", sa.Boolean(), server_default=sa.true(), nullable=False
            ),
        )
        after = "last_day"
        for column in short:
            if sqlite:
                batch.add_column(column, insert_after=after)
            else:
                batch.add_column(column)
            after = column.name
        justification = sa.Column("justification", sa.Text(), server_default="", nullable=False)
        if sqlite:
            batch.add_column(justification, insert_after="description")
        else:
            batch.add_column(justification)
    for name, column in (("ix_cases_imposed_offence", "offence"), ("ix_cases_imposed_group", "offence_group")):
        op.create_index(
            name,
            "cases",
            [column, "decided_on", "penalty", "body_id", "status"],
            sqlite_where=sa.text(IMPOSED_CONDITION),
            postgresql_where=sa.text(IMPOSED_CONDITION),
        )

    with op.batch_alter_table("servants") as batch:
        batch.add_column(
            sa.Column("position_key", sa.String(length=500), server_default="", nullable=False)
        )
    servants = sa.table(
        "servants",
        sa.column("id", sa.Integer),
        sa.column("position", sa.String),
        sa.column("position_key", sa.String),
    )
    rows = bind.execute(sa.select(servants.c.id, servants.c.position)).all()
    update = (
        sa.update(servants)
        .where(servants.c.id == sa.bindparam("servant_id"))
        .values(position_key=sa.bindparam("key"))
    )
    changes = [{"servant_id": i, "key": _fold(p)} for i, p in rows if _fold(p)]
    for start in range(0, len(changes), _BATCH):
        bind.execute(update, changes[start : start + _BATCH])

    op.create_table(
        "case_criteria_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=40), nullable=True),
        sa.Column("rating", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_criteria_ratings_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_criteria_ratings")),
    )
    op.create_index(
        "ix_case_criteria_ratings_case_version", "case_criteria_ratings", ["case_id", "version"]
    )

    op.create_table(
        "penalty_table",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("offence", sa.String(length=40), nullable=False),
        sa.Column("occurrence", sa.Integer(), nullable=False),
        sa.Column("min_penalty", sa.String(length=40), nullable=False),
        sa.Column("max_penalty", sa.String(length=40), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["bodies.id"], name=op.f("fk_penalty_table_body_id_bodies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_penalty_table")),
        sa.UniqueConstraint(
            "body_id",
            "offence",
            "occurrence",
            "valid_from",
            name=op.f("uq_penalty_table_body_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("penalty_table")
    op.drop_index("ix_case_criteria_ratings_case_version", table_name="case_criteria_ratings")
    op.drop_table("case_criteria_ratings")
    with op.batch_alter_table("servants") as batch:
        batch.drop_column("position_key")
    op.drop_index("ix_cases_imposed_group", table_name="cases")
    op.drop_index("ix_cases_imposed_offence", table_name="cases")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("cases", recreate="always" if sqlite else "auto") as batch:
        for name in ("justification", "lower_post_vacant", "penalty_lifted_on", "penalty"):
            batch.drop_column(name)
