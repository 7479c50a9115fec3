"""The demo procedure's bulk SQL: hearing seats copied from compositions, order numbering."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, false, func, insert, literal, null, select, true

from db.procedure_models import (
    DbComposition,
    DbCompositionMember,
    DbHearing,
    DbHearingMember,
)
from domain.procedure_model import Vote


def plain_members(conn: Connection, first_hearing: int) -> None:
    """The seats of each hearing from `first_hearing` on that are not written yet: the
    composition of its commission in force on its day (the latest starting on or before it),
    the member present and, with a vote, voting for. One INSERT ... SELECT: most seats are like
    this, and the database copies them far faster than Python rows would be bound."""
    h, c, cm = DbHearing.__table__, DbComposition.__table__, DbCompositionMember.__table__
    hm = DbHearingMember.__table__
    starts = c.alias("starts")
    in_force = (
        select(func.max(starts.c.valid_from))
        .where(starts.c.commission_id == h.c.commission_id, starts.c.valid_from <= h.c.held_on)
        .correlate(h)
        .scalar_subquery()
    )
    written = (
        select(hm.c.hearing_id)
        .where(hm.c.hearing_id == h.c.id, hm.c.position_no == cm.c.position_no)
        .exists()
    )
    rows = (
        select(
            h.c.id,
            cm.c.position_no,
            cm.c.full_name,
            cm.c.role,
            true(),
            cm.c.votes,
            false(),
            literal(""),
            case((cm.c.votes, literal(Vote.FOR.value)), else_=null()),
            literal(""),
        )
        .select_from(h)
        .join(c, (c.c.commission_id == h.c.commission_id) & (c.c.valid_from == in_force))
        .join(cm, cm.c.composition_id == c.c.id)
        .where(h.c.id >= first_hearing, ~written)
    )
    columns = [
        "hearing_id",
        "position_no",
        "full_name",
        "role",
        "present",
        "votes",
        "recused",
        "recusal_reason",
        "vote",
        "dissent",
    ]
    conn.execute(insert(DbHearingMember).from_select(columns, rows))


def number_orders(orders: list[dict[str, Any]]) -> None:
    """The body's own order numbers, in signing order within each body and year ("17-л/с")."""
    counters: dict[tuple[int, int], int] = {}
    for order in sorted(orders, key=lambda o: (o["signed_on"], o["case_id"])):
        key = (order.pop("_body_id"), order["signed_on"].year)
        counters[key] = counters.get(key, 0) + 1
        order["order_number"] = f"{counters[key]}-л/с"
