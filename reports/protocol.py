# mypy: disable-error-code="import-untyped"
"""The hearing's protocol (ПРОТОКОЛ / ХАТТАМА): composition, attendance and quorum, recusals,
the course of the hearing, each member's vote, dissenting opinions in full and the outcome."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from domain.procedure_model import Hearing
from reports.blocks import (
    Part,
    bold,
    capital,
    executor_mark,
    long_text,
    p,
    requisites,
    signature_rows,
    signatures,
)
from reports.decision import decision_outcome
from reports.wording import citation, fmt_date
from reports.wording_protocol import PROTOCOL


def offence_text(part: Part) -> str:
    """The offence as the pack names it, with its article in the document's language."""
    case, pack = part.data.case, part.data.pack
    offence = pack.find_offence(case.offence)
    if offence is None:
        return case.offence
    return f"{offence.title.get(part.lang)} ({citation(offence.article, part.lang)})"


def protocol_story(part: Part) -> list[Flowable]:
    """The protocol in one language."""
    w, st, case = PROTOCOL[part.lang], part.st, part.data.case
    heading = w["heading"].format(case=case.number, name=case.servant.full_name)
    story = requisites(part, w["doc_type"], w["doc_subtitle"], heading)
    if part.commission_name():
        story.insert(1, p(part.commission_name(), st.subtitle))
    hearing = part.data.hearing
    if hearing is not None:
        day = fmt_date(hearing.held_on)
        held = (
            w["held_at"].format(date=day, place=hearing.place)
            if hearing.place.strip()
            else w["held"].format(date=day)
        )
        story.append(p(held, st.plain))
    story += _composition(part, w)
    if hearing is None:
        story.append(p(w["no_hearing"], st.note))
    else:
        story += _attendance(part, w, hearing)
    story.append(bold(w["agenda"], st.section))
    story.append(
        p(
            w["agenda_line"].format(
                case=case.number, servant=part.servant_line(), offence=offence_text(part)
            ),
            st.body,
        )
    )
    story += long_text(case.description, st.body)
    story.append(bold(w["explanation"], st.section))
    story.append(p(part.explanation_summary(), st.body))
    ex = part.data.procedure.explanation
    if ex is not None and ex.text.strip():
        story += long_text(ex.text, st.body)
    if hearing is not None:
        story.append(bold(w["course"], st.section))
        story += long_text(hearing.minutes, st.body) or [p(w["no_minutes"], st.note)]
        story += _vote(part, w, hearing)
        story += _dissents(part, w, hearing)
    outcome, penalty = decision_outcome(part)
    story.append(bold(w["decided"], st.section))
    story.append(p(capital(part.outcome(outcome, penalty)), st.body))
    story += signatures(part, signature_rows(part, members=False))
    story += executor_mark(part)
    return story


def _composition(part: Part, w: dict[str, str]) -> list[Flowable]:
    st = part.st
    story: list[Flowable] = [bold(w["composition"], st.section)]
    comp = part.data.composition
    if comp is not None:
        people = [(m.full_name, m.position, m.role, m.votes) for m in comp.members]
    elif part.data.hearing is not None:
        people = [(m.full_name, "", m.role, m.votes) for m in part.data.hearing.members]
    else:
        return [*story, p(w["composition_blank"], st.note)]
    for name, position, role, votes in people:
        label = part.role(role).lower()
        if not votes:
            label += f" ({part.c['non_voting']})"
        key = "composition_line" if position.strip() else "composition_line_no_position"
        story.append(p(w[key].format(name=name, position=position, role=label), st.item))
    return story


def _attendance(part: Part, w: dict[str, str], hearing: Hearing) -> list[Flowable]:
    st, c = part.st, part.c
    present = [m.full_name for m in hearing.members if m.present]
    absent = [m.full_name for m in hearing.members if not m.present]
    story: list[Flowable] = [
        bold(w["attendance"], st.section),
        p(f"{w['present']} {', '.join(present) or w['nobody']}.", st.plain),
        p(f"{w['absent']} {', '.join(absent) or w['nobody']}.", st.plain),
    ]
    if hearing.invited.strip():
        story.append(p(w["invited"], st.plain))
        story += long_text(hearing.invited, st.item)
    t = hearing.tally
    quorum = c["quorum_met" if t.quorum_met else "quorum_missing"]
    story.append(
        p(quorum.format(present=t.present, members=t.members, needed=t.quorum_needed), st.body)
    )
    story.append(bold(w["recusals"], st.section))
    recused = [m for m in hearing.members if m.recused]
    for m in recused:
        key = "recused" if m.recusal_reason.strip() else "recused_no_reason"
        story.append(p(c[key].format(name=m.full_name, reason=m.recusal_reason), st.item))
    if not recused:
        story.append(p(w["no_recusals"], st.plain))
    return story


def _vote(part: Part, w: dict[str, str], hearing: Hearing) -> list[Flowable]:
    st, c, t = part.st, part.c, hearing.tally
    outcome, penalty = decision_outcome(part)
    story: list[Flowable] = [
        bold(w["vote"], st.section),
        p(w["proposal"].format(proposal=capital(part.outcome(outcome, penalty))), st.body),
    ]
    for m in hearing.members:
        if m.present and not m.recused and m.votes:
            story.append(
                p(w["member_vote"].format(name=m.full_name, vote=part.vote(m.vote)), st.item)
            )
    story.append(
        p(
            c["tally"].format(for_=t.votes_for, against=t.votes_against, abstained=t.abstained),
            st.plain,
        )
    )
    if not t.adopted:
        story.append(
            p(c["not_adopted_quorum" if not t.quorum_met else "not_adopted_votes"], st.body)
        )
    return story


def _dissents(part: Part, w: dict[str, str], hearing: Hearing) -> list[Flowable]:
    st = part.st
    story: list[Flowable] = [bold(w["dissents"], st.section)]
    dissenting = [m for m in hearing.members if m.dissent.strip()]
    for m in dissenting:
        story.append(p(w["dissent_of"].format(name=m.full_name), st.plain))
        story += long_text(m.dissent, st.body)
    if not dissenting:
        story.append(p(w["no_dissents"], st.plain))
    return story
