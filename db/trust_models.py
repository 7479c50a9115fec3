"""The trust tables: the hash-chained audit log and the users with their lockout state (issue 6)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, UtcDateTime

USER_ROLES = ("hr_officer", "secretary", "member", "auditor", "admin")


class DbAuditEntry(Base):
    """One audit row; never updated or deleted (triggers refuse both)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint("seq >= 1", name="seq_positive"),
        Index("ix_audit_log_entity", "entity", "entity_id", "seq"),
        Index("ix_audit_log_action", "action", "seq"),
        Index("ix_audit_log_actor", "actor", "seq"),
        Index("ix_audit_log_ts", "ts_utc"),
    )

    # Gap-free: the writer takes max(seq) + 1 under the write lock, never autoincrement.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts_utc: Mapped[str] = mapped_column(String(32))
    actor_user_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(200))
    actor_role: Mapped[str] = mapped_column(String(40))
    workstation_id: Mapped[str] = mapped_column(String(100))
    app_version: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(80))
    entity_id: Mapped[str] = mapped_column(String(80), server_default="")
    diff: Mapped[str] = mapped_column(Text, server_default="{}")
    reason: Mapped[str] = mapped_column(Text, server_default="")
    key_id: Mapped[str] = mapped_column(String(16), server_default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DbUser(Base):
    """A user: login (NFC, casefolded), role, the body they work for, password hash, lockout."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "role IN ('hr_officer', 'secretary', 'member', 'auditor', 'admin')", name="role"
        ),
        CheckConstraint("failed_count >= 0", name="failed_count"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, server_default="1")
    failed_count: Mapped[int] = mapped_column(Integer, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    lockouts: Mapped[int] = mapped_column(Integer, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
