"""The disciplinary commission's decision (РЕШЕНИЕ / ШЕШІМ) built from a case's domain records."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import IO

from reportlab.platypus.flowables import Flowable, Spacer
from reportlab.platypus.paragraph import Paragraph

from domain.deadline_facts import DeadlineResult
from domain.model import CaseDetail, CaseStatus
from domain.rulepack import RulePack
from reports.fonts import FontFamily, register_fonts
from reports.layout import Styles, build_pdf, make_styles
from reports.markup import text
from reports.wording import DECISION, LANGS, citation, fmt_date

# How many blank signature lines the members' block gets until the commission's composition is
# recorded (issue 5).
BLANK_MEMBER_LINES = 3


def _langs(lang: str) -> tuple[str, ...]:
    if lang == "both":
        return LANGS  # Kazakh, the state language, first
    if lang in LANGS:
        return (lang,)
    raise ValueError(f"lang must be 'kk', 'ru' or 'both', not {lang!r}")


def _for_lang(value: str | Mapping[str, str] | None, lang: str, default: str) -> str:
    if value is None:
        return default
    if isinstance(value, str):
        return value
    return value.get(lang) or default


def _paragraphs_for(
    worksheet_paragraphs: Sequence[str] | Mapping[str, Sequence[str]], lang: str
) -> Sequence[str]:
    if isinstance(worksheet_paragraphs, Mapping):
        return worksheet_paragraphs.get(lang, ())
    return worksheet_paragraphs


def _field(st: Styles, label: str, value: str) -> Paragraph:
    """A "label: value" line; the label is ours, the value is user text and is escaped."""
    return Paragraph(f"<b>{text(label)}</b> {text(value)}", st.plain)


def _story(
    case: CaseDetail,
    deadline: DeadlineResult | None,
    pack: RulePack,
    lang: str,
    worksheet_paragraphs: Sequence[str],
    body_name: str,
    st: Styles,
) -> list[Flowable]:
    w = DECISION[lang]
    s = case.servant
    penalty = None if case.status is CaseStatus.NO_PENALTY else case.penalty
    story: list[Flowable] = []
    add = story.append

    # Requisites: body, document type, number, date, place, heading.
    if body_name:
        add(Paragraph(text(body_name), st.body_name))
    add(Paragraph(text(w["doc_type"]), st.doc_type))
    add(Paragraph(text(w["doc_subtitle"]), st.heading))
    add(Paragraph(text(w["number"].format(number=case.number)), st.plain))
    if case.decided_on is not None:
        add(Paragraph(text(w["date"].format(date=fmt_date(case.decided_on))), st.plain))
    else:
        add(Paragraph(text(w["date_blank"]), st.plain))
    add(Paragraph(text(w["place"]), st.plain))
    add(Paragraph(text(w["heading_penalty" if penalty else "heading_none"]), st.heading))

    add(Paragraph(text(w["members_present"]), st.section))
    add(Paragraph(text(w["blank_members"]), st.note))

    # The servant.
    add(Paragraph(text(w["servant"]), st.section))
    add(_field(st, w["full_name"], s.full_name))
    add(_field(st, w["iin"], s.iin))
    add(_field(st, w["position"], s.position))
    if case.unit_name:
        add(_field(st, w["unit"], case.unit_name))

    # The facts: one Paragraph per line of the description so a long text splits across pages.
    add(Paragraph(text(w["facts"]), st.section))
    for line in case.description.splitlines() or [""]:
        if line.strip():
            add(Paragraph(text(line), st.body))
    if case.report_source:
        add(_field(st, w["source"], case.report_source))

    add(Paragraph(text(w["explanation"]), st.section))
    add(Paragraph(text(w["blank_explanation"]), st.note))

    # Dates and the Art. 45 limits.
    add(Paragraph(text(w["dates"]), st.section))
    add(_field(st, w["committed_on"], fmt_date(case.committed_on)))
    if case.continuing_until is not None:
        add(_field(st, w["continuing_until"], fmt_date(case.continuing_until)))
    add(_field(st, w["discovered_on"], fmt_date(case.discovered_on)))
    if case.terminated_on is not None:
        add(_field(st, w["terminated_on"], fmt_date(case.terminated_on)))
    if deadline is None:
        add(Paragraph(text(w["no_deadline"]), st.plain))
    else:
        event = w[
            "event_termination" if deadline.discovery_event == "termination" else "event_discovery"
        ]
        add(
            _field(st, w["discovery_limit"].format(event=event), fmt_date(deadline.discovery_limit))
        )
        add(_field(st, w["absolute_limit"], fmt_date(deadline.absolute_limit)))
        if deadline.suspended_days:
            add(_field(st, w["suspended_days"], str(deadline.suspended_days)))
        add(_field(st, w["last_day"], fmt_date(deadline.last_day)))
        if deadline.expired_before_discovery:
            add(Paragraph(text(w["expired"]), st.plain))

    # The legal qualification.
    add(Paragraph(text(w["qualification"]), st.section))
    offence = pack.find_offence(case.offence)
    if offence is None:
        add(Paragraph(text(case.offence), st.body))
    else:
        law = pack.title.get(lang)
        add(
            Paragraph(
                text(w["offence"].format(article=citation(offence.article, lang), law=law)),
                st.body,
            )
        )
        add(Paragraph(text(w["offence_title"].format(title=offence.title.get(lang))), st.body))
        group = pack.group(offence.group) if offence.group else None
        if group is not None:
            add(
                Paragraph(
                    text(w["group"].format(group=group.code, name=group.name.get(lang))), st.body
                )
            )
        rule = pack.penalty_rule(offence.penalty_rule) if offence.penalty_rule else None
        if rule is not None:
            line = w["penalty_rule"].format(
                article=citation(rule.article, lang), description=rule.description.get(lang)
            )
            add(Paragraph(text(line), st.body))

    # The criteria weighed: the worksheet's paragraphs, commission notes included (user text).
    if worksheet_paragraphs:
        add(Paragraph(text(w["criteria"]), st.section))
        for para in worksheet_paragraphs:
            add(Paragraph(text(para), st.body))

    add(Paragraph(text(w["vote"]), st.section))
    for count in w["vote_line"].split("; "):  # for, against, abstained: a line each
        add(Paragraph(text(count), st.plain))
    add(Paragraph(text(w["blank_vote"]), st.note))

    # The decision itself.
    add(Paragraph(text(w["decided"]), st.section))
    if penalty:
        found = next((p for p in pack.penalties if p.code == penalty), None)
        name = found.name.get(lang) if found is not None else penalty
        add(Paragraph(text(w["impose"].format(name=s.full_name, penalty=name)), st.body))
    else:
        add(Paragraph(text(w["no_penalty"].format(name=s.full_name)), st.body))
    if case.justification.strip():
        add(Paragraph(text(w["justification"]), st.section))
        for line in case.justification.splitlines():
            if line.strip():
                add(Paragraph(text(line), st.body))

    # Signatures: blank until the commission's composition is recorded (issue 5).
    add(Spacer(1, 12))
    add(Paragraph(f"<b>{text(w['chair'])}</b>", st.signature))
    add(Paragraph(text(w["sign_line"]), st.plain))
    add(Paragraph(f"<b>{text(w['members'])}</b>", st.signature))
    for _ in range(BLANK_MEMBER_LINES):
        add(Paragraph(text(w["sign_line"]), st.plain))
    add(Paragraph(f"<b>{text(w['secretary'])}</b>", st.signature))
    add(Paragraph(text(w["sign_line"]), st.plain))
    return story


def build_decision(
    case: CaseDetail,
    deadline: DeadlineResult | None,
    pack: RulePack,
    lang: str,
    out: str | os.PathLike[str] | IO[bytes],
    *,
    worksheet_paragraphs: Sequence[str] | Mapping[str, Sequence[str]] = (),
    body_name: str | Mapping[str, str] | None = None,
    fonts: FontFamily | None = None,
) -> int:
    """Write the commission's decision on `case` as a PDF to `out`; returns the number of pages.

    `lang` is "kk", "ru" or "both" (Kazakh first, then Russian, each from a new page and
    numbered on its own). `worksheet_paragraphs` are `domain.criteria.worksheet_text` output: one
    list for a single language, or a {lang: list} mapping for "both". `body_name` is one name or
    {lang: name}; by default the case's body name. `fonts` defaults to `register_fonts()` (raises
    FontMissing). Every user-entered string is escaped, so markup in it prints literally.
    """
    family = fonts if fonts is not None else register_fonts()
    st = make_styles(family)
    parts = [
        (
            code,
            _story(
                case,
                deadline,
                pack,
                code,
                _paragraphs_for(worksheet_paragraphs, code),
                _for_lang(body_name, code, case.body_name),
                st,
            ),
        )
        for code in _langs(lang)
    ]
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    title = f"{DECISION[parts[0][0]]['doc_type']} № {case.number}"
    return build_pdf(target, parts, family, title=title)
