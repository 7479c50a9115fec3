# mypy: disable-error-code="import-untyped"
"""The draft order (ПРИКАЗ / БҰЙРЫҚ) of the authorised official: the penalty with its legal basis,
the announcement, and the familiarisation block (signature and date, or the act of refusal)."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable, Spacer

from domain.pack_values import int_param
from domain.procedure_model import HearingOutcome, Order
from reports.blocks import (
    Part,
    bold,
    capital,
    executor_mark,
    p,
    requisites,
    signatures,
    witnesses,
)
from reports.decision import decision_outcome
from reports.wording import citation, fmt_date, fmt_opt
from reports.wording_order import ORDER

# Witness lines an act of refusal gets when the record names nobody yet.
BLANK_WITNESSES = 2


def order_outcome(part: Part) -> tuple[HearingOutcome, str | None]:
    """The order's own outcome and penalty once recorded, else the commission's recommendation."""
    order = part.data.order
    if order is not None:
        return order.outcome, order.penalty
    return decision_outcome(part)


def order_story(part: Part) -> list[Flowable]:
    """The order in one language."""
    w, st, data = ORDER[part.lang], part.st, part.data
    order = data.order
    outcome, penalty = order_outcome(part)
    heading = w["heading_impose" if outcome is HearingOutcome.IMPOSE else "heading_none"]
    story = requisites(part, w["doc_type"], "", heading)
    if order is not None and order.order_number.strip():
        story.append(p(w["order_number"].format(number=order.order_number), st.plain))
    hearing = data.hearing
    held = w["preamble_hearing"].format(date=fmt_date(hearing.held_on)) if hearing else ""
    story.append(p(w["preamble"].format(case=data.case.number, hearing=held), st.body))
    story += _items(part, w, outcome, penalty, order)
    position = order.official_position if order is not None else ""
    name = order.official_name if order is not None else ""
    story += signatures(part, [(position.strip() or w["official_blank"], name)])
    story += _familiarisation(part, w, order)
    story += executor_mark(part)
    return story


def _items(
    part: Part, w: dict[str, str], outcome: HearingOutcome, penalty: str | None, order: Order | None
) -> list[Flowable]:
    st, data, lang = part.st, part.data, part.lang
    pack, case = data.pack, data.case
    offence = pack.find_offence(case.offence)
    offence_title = offence.title.get(lang) if offence is not None else case.offence
    story: list[Flowable] = []
    if outcome is HearingOutcome.IMPOSE:
        line = w["impose"].format(
            servant=part.servant_line(), offence=offence_title, penalty=part.penalty_name(penalty)
        )
        story.append(p(line, st.body))
        articles = [citation(offence.article, lang)] if offence is not None else []
        found = next((x for x in pack.penalties if x.code == penalty), None)
        if found is not None and found.article:
            articles.append(citation(found.article, lang))
        if articles:
            law = pack.title.get(lang)
            story.append(p(w["basis"].format(articles="; ".join(articles), law=law), st.body))
    elif outcome is HearingOutcome.INVESTIGATE:
        story.append(p(f"1. {capital(part.c['outcome_investigate'])}", st.body))
    else:
        story.append(p(w["none"].format(servant=part.servant_line()), st.body))
    due = w["announce_due"].format(date=fmt_date(order.announce_due)) if order else ""
    days = int_param(pack, "order_announcement_working_days")
    story.append(p(w["announce"].format(days=days, due=due), st.body))
    if outcome is HearingOutcome.IMPOSE and order is not None and order.expires_on is not None:
        story.append(p(w["lifetime"].format(date=fmt_date(order.expires_on)), st.body))
    return story


def _familiarisation(part: Part, w: dict[str, str], order: Order | None) -> list[Flowable]:
    st = part.st
    name = part.data.case.servant.full_name
    story: list[Flowable] = [Spacer(1, 10)]
    if order is not None and order.refused_on is not None:
        story.append(p(w["refused"].format(name=name, date=fmt_date(order.refused_on)), st.body))
        return story + witnesses(part, order.refusal_witnesses, BLANK_WITNESSES)
    story.append(bold(w["familiarisation"], st.plain))
    signed = order.familiarised_on if order is not None else None
    return story + signatures(part, [(name, fmt_opt(signed, part.c["date_blank"]))])
