"""The commission's procedure as tables: commissions and their compositions, the explanation,
hearings, the order, appeals, attachments and the document journal (issue 5).

Rows that belong to a case refer to it with ON DELETE RESTRICT: cases are annulled, never deleted,
and a deletion that would orphan a hearing or a registered document is refused by the database.
Member rows are parts of their composition or hearing and go with it (CASCADE).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from domain.procedure_model import (
    AppealOutcome,
    AppealRoute,
    AttachmentKind,
    DocumentKind,
    ExplanationOutcome,
    HearingOutcome,
    MemberRole,
    Vote,
)

DOCUMENT_LANGS = ("kk", "ru", "both")


def one_of(column: str, values: Iterable[str]) -> str:
    """A CHECK term `column IN (...)` over fixed literals (enum values, never user text)."""
    literals = ", ".join(f"'{value!s}'" for value in values)
    return f"{column} IN ({literals})"


def _case_fk() -> ForeignKey:
    return ForeignKey("cases.id", ondelete="RESTRICT")


class DbCommission(Base):
    """A disciplinary commission; it may serve several bodies (Art. 44 p.9)."""

    __tablename__ = "commissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(500))
    name_kk: Mapped[str] = mapped_column(String(500))


class DbCommissionBody(Base):
    """A body a commission serves."""

    __tablename__ = "commission_bodies"

    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id", ondelete="CASCADE"), primary_key=True
    )
    # Indexed: the commission of a case is looked up by the case's body.
    body_id: Mapped[int] = mapped_column(
        ForeignKey("bodies.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class DbComposition(Base):
    """Who sits on a commission from `valid_from` on; the quorum fraction, NULL for the pack's."""

    __tablename__ = "compositions"
    __table_args__ = (
        UniqueConstraint("commission_id", "valid_from"),
        CheckConstraint(
            "(quorum_num IS NULL AND quorum_den IS NULL) OR "
            "(quorum_num >= 1 AND quorum_den >= quorum_num)",
            name="quorum",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("commissions.id", ondelete="CASCADE"))
    valid_from: Mapped[date]
    quorum_num: Mapped[int | None] = mapped_column(Integer)
    quorum_den: Mapped[int | None] = mapped_column(Integer)


class DbCompositionMember(Base):
    """One seat of a composition, in the order the composition lists them."""

    __tablename__ = "composition_members"
    __table_args__ = (
        UniqueConstraint("composition_id", "position_no"),
        CheckConstraint(one_of("role", MemberRole), name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    composition_id: Mapped[int] = mapped_column(ForeignKey("compositions.id", ondelete="CASCADE"))
    position_no: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str] = mapped_column(String(500))
    position: Mapped[str] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(20))
    votes: Mapped[bool] = mapped_column(Boolean)


class DbAttachment(Base):
    """A file kept for a case in the managed folder under a generated (uuid4 hex) name."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(one_of("kind", AttachmentKind), name="kind"),
        CheckConstraint("length(stored_name) = 32", name="stored_name"),
        CheckConstraint("size >= 0", name="size"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str] = mapped_column(String(500))
    stored_name: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))


class DbExplanation(Base):
    """The request for a written explanation and what came of it; one per case."""

    __tablename__ = "explanations"
    __table_args__ = (CheckConstraint(one_of("outcome", ExplanationOutcome), name="outcome"),)

    case_id: Mapped[int] = mapped_column(_case_fk(), primary_key=True, autoincrement=False)
    requested_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date | None]
    text: Mapped[str] = mapped_column(Text, default="")
    act_on: Mapped[date | None]
    act_witnesses: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="RESTRICT")
    )


class DbHearing(Base):
    """A commission's hearing of a case; its members are copied, not linked, to the composition."""

    __tablename__ = "hearings"
    __table_args__ = (
        CheckConstraint(one_of("outcome", HearingOutcome), name="outcome"),
        Index("ix_hearings_case_held_on", "case_id", "held_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk())
    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id", ondelete="RESTRICT"), index=True
    )
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(500))
    outcome: Mapped[str] = mapped_column(String(20))
    proposed_penalty: Mapped[str | None] = mapped_column(String(40))
    minutes: Mapped[str] = mapped_column(Text, default="")
    invited: Mapped[str] = mapped_column(Text, default="")


class DbHearingMember(Base):
    """One member at a hearing: attendance, recusal, vote and dissent."""

    __tablename__ = "hearing_members"
    __table_args__ = (
        CheckConstraint(one_of("role", MemberRole), name="role"),
        CheckConstraint(f"vote IS NULL OR {one_of('vote', Vote)}", name="vote"),
    )

    hearing_id: Mapped[int] = mapped_column(
        ForeignKey("hearings.id", ondelete="CASCADE"), primary_key=True
    )
    position_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    full_name: Mapped[str] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(20))
    present: Mapped[bool] = mapped_column(Boolean)
    votes: Mapped[bool] = mapped_column(Boolean)
    recused: Mapped[bool] = mapped_column(Boolean)
    recusal_reason: Mapped[str] = mapped_column(Text, default="")
    vote: Mapped[str | None] = mapped_column(String(10))
    dissent: Mapped[str] = mapped_column(Text, default="")


class DbOrder(Base):
    """The authorised official's order on the case and its announcement; one per case."""

    __tablename__ = "orders"
    __table_args__ = (
        # INVESTIGATE is a hearing's outcome, never an order on the penalty.
        CheckConstraint(
            one_of("outcome", (HearingOutcome.IMPOSE, HearingOutcome.NONE)), name="outcome"
        ),
    )

    case_id: Mapped[int] = mapped_column(_case_fk(), primary_key=True, autoincrement=False)
    signed_on: Mapped[date]
    official_name: Mapped[str] = mapped_column(String(500))
    official_position: Mapped[str] = mapped_column(String(500))
    outcome: Mapped[str] = mapped_column(String(20))
    penalty: Mapped[str | None] = mapped_column(String(40))
    order_number: Mapped[str] = mapped_column(String(100), default="")
    announced_on: Mapped[date | None]
    familiarised_on: Mapped[date | None]
    refused_on: Mapped[date | None]
    refusal_witnesses: Mapped[str] = mapped_column(Text, default="")
    lifted_on: Mapped[date | None]


class DbAppeal(Base):
    """The servant's appeal against the order (Law 416-V Art. 43, 61)."""

    __tablename__ = "appeals"
    __table_args__ = (
        CheckConstraint(one_of("route", AppealRoute), name="route"),
        CheckConstraint(one_of("outcome", AppealOutcome), name="outcome"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    route: Mapped[str] = mapped_column(String(20))
    filed_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")


class DbDocument(Base):
    """A registered document: its place in the (body, kind, year) journal and its content hash.

    `body_key` is `body_id` or 0: a UNIQUE over a nullable column lets NULLs repeat (SQLite and
    PostgreSQL alike), so the journal of cases without a body is keyed by 0 (no body has id 0).
    """

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("body_key", "kind", "year", "seq"),
        CheckConstraint("body_key = coalesce(body_id, 0)", name="body_key"),
        CheckConstraint(one_of("kind", DocumentKind), name="kind"),
        CheckConstraint(one_of("lang", DOCUMENT_LANGS), name="lang"),
        CheckConstraint("seq >= 1", name="seq"),
        CheckConstraint("pages >= 0", name="pages"),
        # A reprint is looked up among the case's documents by kind, language and hash.
        Index("ix_documents_case_kind", "case_id", "kind", "lang", "content_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk())
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"))
    body_key: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    kind: Mapped[str] = mapped_column(String(30))
    lang: Mapped[str] = mapped_column(String(4))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date]
    issued_at: Mapped[datetime]
    content_hash: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    actor: Mapped[str] = mapped_column(String(200))
    pages: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    content_json: Mapped[str] = mapped_column(Text, default="", server_default="")
