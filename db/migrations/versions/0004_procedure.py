"""The commission's procedure: commissions and their compositions, explanations, hearings, orders,
appeals, attachments and the per-body document journal.

Only new tables: existing rows are untouched. The CHECK lists are the enum values as of this
revision, written out literally so the revision never changes after release.

Revision ID: 0004_procedure
Revises: 0003_penalties
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_procedure"
down_revision: str | Sequence[str] | None = "0003_penalties"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
ROLES = "role IN ('chair', 'secretary', 'member')"


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"), ondelete="RESTRICT"
    )


def _check(table: str, name: str, sql: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(sql, name=op.f(f"ck_{table}_{name}"))


def upgrade() -> None:
    op.create_table(
        "commissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_ru", sa.String(length=500), nullable=False),
        sa.Column("name_kk", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commissions")),
    )
    op.create_table(
        "commission_bodies",
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["commissions.id"],
            name=op.f("fk_commission_bodies_commission_id_commissions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["bodies.id"],
            name=op.f("fk_commission_bodies_body_id_bodies"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("commission_id", "body_id", name=op.f("pk_commission_bodies")),
    )
    op.create_index(op.f("ix_commission_bodies_body_id"), "commission_bodies", ["body_id"])

    op.create_table(
        "compositions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("quorum_num", sa.Integer(), nullable=True),
        sa.Column("quorum_den", sa.Integer(), nullable=True),
        _check(
            "compositions",
            "quorum",
            "(quorum_num IS NULL AND quorum_den IS NULL) OR "
            "(quorum_num >= 1 AND quorum_den >= quorum_num)",
        ),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["commissions.id"],
            name=op.f("fk_compositions_commission_id_commissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compositions")),
        sa.UniqueConstraint(
            "commission_id", "valid_from", name=op.f("uq_compositions_commission_id")
        ),
    )
    op.create_table(
        "composition_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("composition_id", sa.Integer(), nullable=False),
        sa.Column("position_no", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=500), nullable=False),
        sa.Column("position", sa.String(length=500), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("votes", sa.Boolean(), nullable=False),
        _check("composition_members", "role", ROLES),
        sa.ForeignKeyConstraint(
            ["composition_id"],
            ["compositions.id"],
            name=op.f("fk_composition_members_composition_id_compositions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_composition_members")),
        sa.UniqueConstraint(
            "composition_id", "position_no", name=op.f("uq_composition_members_composition_id")
        ),
    )

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("display_name", sa.String(length=500), nullable=False),
        sa.Column("stored_name", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", UTC_DATETIME, nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        _check(
            "attachments",
            "kind",
            "kind IN ('evidence', 'explanation', 'act', 'order', 'other')",
        ),
        _check("attachments", "stored_name", "length(stored_name) = 32"),
        _check("attachments", "size", "size >= 0"),
        _check("attachments", "sha256", "length(sha256) = 64"),
        _case_fk("attachments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("stored_name", name=op.f("uq_attachments_stored_name")),
    )
    op.create_index(op.f("ix_attachments_case_id"), "attachments", ["case_id"])

    op.create_table(
        "explanations",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("act_on", sa.Date(), nullable=True),
        sa.Column("act_witnesses", sa.Text(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        _check(
            "explanations",
            "outcome",
            "outcome IN ('pending', 'received', 'refused', 'absent')",
        ),
        _case_fk("explanations"),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_explanations_attachment_id_attachments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_explanations")),
    )

    op.create_table(
        "hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("proposed_penalty", sa.String(length=40), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("invited", sa.Text(), nullable=False),
        _check("hearings", "outcome", "outcome IN ('impose', 'investigate', 'none')"),
        _case_fk("hearings"),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["commissions.id"],
            name=op.f("fk_hearings_commission_id_commissions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
    )
    op.create_index("ix_hearings_case_held_on", "hearings", ["case_id", "held_on"])
    op.create_index(op.f("ix_hearings_commission_id"), "hearings", ["commission_id"])
    op.create_table(
        "hearing_members",
        sa.Column("hearing_id", sa.Integer(), nullable=False),
        sa.Column("position_no", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("full_name", sa.String(length=500), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("votes", sa.Boolean(), nullable=False),
        sa.Column("recused", sa.Boolean(), nullable=False),
        sa.Column("recusal_reason", sa.Text(), nullable=False),
        sa.Column("vote", sa.String(length=10), nullable=True),
        sa.Column("dissent", sa.Text(), nullable=False),
        _check("hearing_members", "role", ROLES),
        _check(
            "hearing_members",
            "vote",
            "vote IS NULL OR vote IN ('for', 'against', 'abstain')",
        ),
        sa.ForeignKeyConstraint(
            ["hearing_id"],
            ["hearings.id"],
            name=op.f("fk_hearing_members_hearing_id_hearings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("hearing_id", "position_no", name=op.f("pk_hearing_members")),
    )

    op.create_table(
        "orders",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("official_name", sa.String(length=500), nullable=False),
        sa.Column("official_position", sa.String(length=500), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("penalty", sa.String(length=40), nullable=True),
        sa.Column("order_number", sa.String(length=100), nullable=False),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("familiarised_on", sa.Date(), nullable=True),
        sa.Column("refused_on", sa.Date(), nullable=True),
        sa.Column("refusal_witnesses", sa.Text(), nullable=False),
        sa.Column("lifted_on", sa.Date(), nullable=True),
        _check("orders", "outcome", "outcome IN ('impose', 'none')"),
        _case_fk("orders"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_orders")),
    )
    op.create_table(
        "appeals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("route", sa.String(length=20), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _check("appeals", "route", "route IN ('higher_official', 'agency', 'court')"),
        _check(
            "appeals",
            "outcome",
            "outcome IN ('pending', 'upheld', 'changed', 'annulled')",
        ),
        _case_fk("appeals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeals")),
    )
    op.create_index(op.f("ix_appeals_case_id"), "appeals", ["case_id"])

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("body_key", sa.Integer(), server_default="0", nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("lang", sa.String(length=4), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", UTC_DATETIME, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("pages", sa.Integer(), server_default="0", nullable=False),
        sa.Column("content_json", sa.Text(), server_default="", nullable=False),
        _check("documents", "body_key", "body_key = coalesce(body_id, 0)"),
        _check(
            "documents",
            "kind",
            "kind IN ('decision', 'protocol', 'order', 'explanation_request', "
            "'explanation_act')",
        ),
        _check("documents", "lang", "lang IN ('kk', 'ru', 'both')"),
        _check("documents", "seq", "seq >= 1"),
        _check("documents", "pages", "pages >= 0"),
        _case_fk("documents"),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["bodies.id"],
            name=op.f("fk_documents_body_id_bodies"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint(
            "body_key", "kind", "year", "seq", name=op.f("uq_documents_body_key")
        ),
        sa.UniqueConstraint("code", name=op.f("uq_documents_code")),
    )
    op.create_index(
        "ix_documents_case_kind", "documents", ["case_id", "kind", "lang", "content_hash"]
    )


def downgrade() -> None:
    op.drop_index("ix_documents_case_kind", table_name="documents")
    op.drop_table("documents")
    op.drop_index(op.f("ix_appeals_case_id"), table_name="appeals")
    op.drop_table("appeals")
    op.drop_table("orders")
    op.drop_table("hearing_members")
    op.drop_index(op.f("ix_hearings_commission_id"), table_name="hearings")
    op.drop_index("ix_hearings_case_held_on", table_name="hearings")
    op.drop_table("hearings")
    op.drop_table("explanations")
    op.drop_index(op.f("ix_attachments_case_id"), table_name="attachments")
    op.drop_table("attachments")
    op.drop_table("composition_members")
    op.drop_table("compositions")
    op.drop_index(op.f("ix_commission_bodies_body_id"), table_name="commission_bodies")
    op.drop_table("commission_bodies")
    op.drop_table("commissions")
