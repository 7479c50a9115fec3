# mypy: disable-error-code="import-untyped"
"""The disciplinary commission's decision (РЕШЕНИЕ / ШЕШІМ): one language part's story."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from domain.model import CaseStatus
from domain.procedure_model import HearingOutcome
from reports.blocks import (
    Part,
    bold,
    capital,
    executor_mark,
    field,
    long_text,
    p,
    requisites,
    signature_rows,
    signatures,
)
from reports.wording import citation, fmt_date
from reports.wording_decision import DECISION


def decision_outcome(part: Part) -> tuple[HearingOutcome, str | None]:
    """What the commission decided: the hearing's outcome, else what the case record says."""
    hearing, case = part.data.hearing, part.data.case
    if hearing is not None:
        return hearing.outcome, hearing.proposed_penalty or case.penalty
    if case.penalty and case.status is not CaseStatus.NO_PENALTY:
        return HearingOutcome.IMPOSE, case.penalty
    return HearingOutcome.NONE, None


def decision_story(part: Part) -> list[Flowable]:
    """The decision in one language, from the requisites to the signatures."""
    w = DECISION[part.lang]
    outcome, penalty = decision_outcome(part)
    story = requisites(part, w["doc_type"], w["doc_subtitle"], w[f"heading_{outcome}"])
    if part.commission_name():
        story.insert(1, p(part.commission_name(), part.st.subtitle))
    story.append(p(w["case_line"].format(case=part.data.case.number), part.st.plain))
    story += _hearing(part, w)
    story += _servant_and_facts(part, w)
    story += _dates(part, w)
    story += _qualification(part, w)
    story += _vote(part, w)
    story += _decided(part, w, outcome, penalty)
    story += signatures(part, signature_rows(part))
    story += executor_mark(part)
    return story


def _hearing(part: Part, w: dict[str, str]) -> list[Flowable]:
    st, hearing = part.st, part.data.hearing
    if hearing is None:
        return [bold(w["members_present"], st.section), p(w["blank_members"], st.note)]
    day = fmt_date(hearing.held_on)
    story: list[Flowable] = [
        p(
            w["hearing_held_at"].format(date=day, place=hearing.place)
            if hearing.place.strip()
            else w["hearing_held"].format(date=day),
            st.body,
        ),
        bold(w["members_present"], st.section),
    ]
    for m in hearing.members:
        if m.present and not m.recused:
            story.append(p(f"{m.full_name} — {part.role(m.role).lower()}", st.item))
    absent = [m.full_name for m in hearing.members if not m.present]
    if absent:
        story.append(p(f"{w['members_absent']} {', '.join(absent)}.", st.plain))
    recused = [m for m in hearing.members if m.recused]
    if recused:
        story.append(p(w["recusals"], st.plain))
        for m in recused:
            key = "recused" if m.recusal_reason.strip() else "recused_no_reason"
            story.append(p(part.c[key].format(name=m.full_name, reason=m.recusal_reason), st.item))
    tally = hearing.tally
    quorum = part.c["quorum_met" if tally.quorum_met else "quorum_missing"]
    story.append(
        p(
            quorum.format(present=tally.present, members=tally.members, needed=tally.quorum_needed),
            st.body,
        )
    )
    return story


def _servant_and_facts(part: Part, w: dict[str, str]) -> list[Flowable]:
    st, case = part.st, part.data.case
    s = case.servant
    story: list[Flowable] = [
        bold(w["servant"], st.section),
        field(st, w["full_name"], s.full_name),
        field(st, w["iin"], s.iin),
        field(st, w["position"], s.position),
    ]
    if case.unit_name:
        story.append(field(st, w["unit"], case.unit_name))
    story.append(bold(w["facts"], st.section))
    story += long_text(case.description, st.body)
    if case.report_source:
        story.append(field(st, w["source"], case.report_source))
    story.append(bold(w["explanation"], st.section))
    story.append(p(part.explanation_summary(), st.body))
    ex = part.data.procedure.explanation
    if ex is not None and ex.text.strip():
        story += long_text(ex.text, st.body)
    return story


def _dates(part: Part, w: dict[str, str]) -> list[Flowable]:
    st, case, deadline = part.st, part.data.case, part.data.deadline
    story: list[Flowable] = [
        bold(w["dates"], st.section),
        field(st, w["committed_on"], fmt_date(case.committed_on)),
    ]
    if case.continuing_until is not None:
        story.append(field(st, w["continuing_until"], fmt_date(case.continuing_until)))
    story.append(field(st, w["discovered_on"], fmt_date(case.discovered_on)))
    if case.terminated_on is not None:
        story.append(field(st, w["terminated_on"], fmt_date(case.terminated_on)))
    if deadline is None:
        story.append(p(w["no_deadline"], st.plain))
    else:
        termination = deadline.discovery_event == "termination"
        event = w["event_termination" if termination else "event_discovery"]
        story.append(
            field(st, w["discovery_limit"].format(event=event), fmt_date(deadline.discovery_limit))
        )
        story.append(field(st, w["absolute_limit"], fmt_date(deadline.absolute_limit)))
        if deadline.suspended_days:
            story.append(field(st, w["suspended_days"], str(deadline.suspended_days)))
        story.append(field(st, w["last_day"], fmt_date(deadline.last_day)))
        if deadline.expired_before_discovery:
            story.append(p(w["expired"], st.plain))
    steps = part.data.deadline_lines.get(part.lang, ())
    if steps:
        story.append(p(w["deadline_steps"], st.plain))
        story += [p(line, st.item) for line in steps]
    return story


def _qualification(part: Part, w: dict[str, str]) -> list[Flowable]:
    st, lang, pack, case = part.st, part.lang, part.data.pack, part.data.case
    story: list[Flowable] = [bold(w["qualification"], st.section)]
    offence = pack.find_offence(case.offence)
    if offence is None:
        story.append(p(case.offence, st.body))
    else:
        article = citation(offence.article, lang)
        story.append(p(w["offence"].format(article=article, law=pack.title.get(lang)), st.body))
        story.append(p(w["offence_title"].format(title=offence.title.get(lang)), st.body))
        group = pack.group(offence.group) if offence.group else None
        if group is not None:
            story.append(p(w["group"].format(group=group.code, name=group.name.get(lang)), st.body))
        rule = pack.penalty_rule(offence.penalty_rule) if offence.penalty_rule else None
        if rule is not None:
            line = w["penalty_rule"].format(
                article=citation(rule.article, lang), description=rule.description.get(lang)
            )
            story.append(p(line, st.body))
    # The criteria weighed: the worksheet's paragraphs, commission notes included (user text).
    worksheet = part.data.worksheet_paragraphs.get(lang, ())
    if worksheet:
        story.append(bold(w["criteria"], st.section))
        for para in worksheet:
            story += long_text(para, st.body)
    return story


def _vote(part: Part, w: dict[str, str]) -> list[Flowable]:
    st, hearing = part.st, part.data.hearing
    story: list[Flowable] = [bold(w["vote"], st.section)]
    if hearing is None:
        return [*story, p(w["blank_vote"], st.plain)]
    t = hearing.tally
    story.append(
        p(
            part.c["tally"].format(
                for_=t.votes_for, against=t.votes_against, abstained=t.abstained
            ),
            st.plain,
        )
    )
    for m in hearing.members:
        if m.present and not m.recused and m.votes:
            story.append(
                p(w["member_vote"].format(name=m.full_name, vote=part.vote(m.vote)), st.item)
            )
    dissenters = [m.full_name for m in hearing.members if m.dissent.strip()]
    if dissenters:
        story.append(p(w["dissent"].format(names=", ".join(dissenters)), st.body))
    if not t.adopted:
        story.append(
            p(part.c["not_adopted_quorum" if not t.quorum_met else "not_adopted_votes"], st.body)
        )
    return story


def _decided(
    part: Part, w: dict[str, str], outcome: HearingOutcome, penalty: str | None
) -> list[Flowable]:
    st, case = part.st, part.data.case
    story: list[Flowable] = [
        bold(w["decided"], st.section),
        p(capital(part.outcome(outcome, penalty)), st.body),
    ]
    if case.justification.strip():
        story.append(bold(w["justification"], st.section))
        story += long_text(case.justification, st.body)
    return story
