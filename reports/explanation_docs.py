# mypy: disable-error-code="import-untyped"
"""The request for a written explanation and the act of its refusal or absence (Labour Code
Art. 65): one language part's story each."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable, Spacer

from domain.pack_values import int_param
from domain.procedure_model import ExplanationOutcome
from reports.blocks import (
    Part,
    bold,
    executor_mark,
    field,
    long_text,
    p,
    requisites,
    signatures,
    witnesses,
)
from reports.protocol import offence_text
from reports.wording import fmt_date, fmt_opt
from reports.wording_explanation import ACT, REQUEST

# Witness lines an act gets when the record names nobody yet: an act is signed by at least two.
BLANK_WITNESSES = 3


def request_story(part: Part) -> list[Flowable]:
    """The request for a written explanation within the pack's working days, with the due date."""
    w, st, data = REQUEST[part.lang], part.st, part.data
    case, ex = data.case, data.procedure.explanation
    story = requisites(part, w["doc_type"], w["doc_subtitle"], "")
    story.append(field(st, w["to"], part.servant_line()))
    story.append(Spacer(1, 6))
    requested = ex.requested_on if ex is not None else data.stamp.issued_on
    due = fmt_date(ex.due_on) if ex is not None else fmt_opt(None)
    days = int_param(data.pack, "explanation_wait_working_days")
    text = w["text"].format(days=days, requested=fmt_date(requested), due=due, case=case.number)
    story.append(p(text, st.body))
    story.append(p(w["offence"].format(offence=offence_text(part)), st.body))
    story.append(p(w["committed"].format(date=fmt_date(case.committed_on)), st.body))
    story += long_text(case.description, st.body)
    story.append(p(w["note"], st.body))
    story += signatures(part, [(w["signer"], "")])
    story.append(Spacer(1, 10))
    story.append(bold(w["received"], st.plain))
    story += signatures(part, [(case.servant.full_name, part.c["date_blank"])])
    story += executor_mark(part)
    return story


def act_story(part: Part) -> list[Flowable]:
    """The act of refusal (the servant refused) or of absence (nothing came by the due day)."""
    w, st, data = ACT[part.lang], part.st, part.data
    case, ex = data.case, data.procedure.explanation
    refused = ex is not None and ex.outcome is ExplanationOutcome.REFUSED
    subtitle = w["subtitle_refused" if refused else "subtitle_absent"]
    story = requisites(part, w["doc_type"], subtitle, "")
    story.append(p(w["intro"], st.body))
    requested = fmt_opt(ex.requested_on if ex is not None else None)
    due = fmt_opt(ex.due_on if ex is not None else None)
    story.append(
        p(
            w["requested"].format(
                requested=requested, servant=part.servant_line(), due=due, case=case.number
            ),
            st.body,
        )
    )
    act = fmt_opt(ex.act_on if ex is not None else None)
    story.append(p(w["refused" if refused else "absent"].format(act=act), st.body))
    if ex is not None and ex.text.strip():
        story.append(p(w["circumstances"], st.plain))
        story += long_text(ex.text, st.body)
    story.append(bold(w["witnesses"], st.section))
    story += witnesses(part, ex.act_witnesses if ex is not None else "", BLANK_WITNESSES)
    story.append(Spacer(1, 10))
    story.append(bold(w["acquainted"], st.plain))
    story += signatures(part, [(case.servant.full_name, part.c["date_blank"])])
    story += executor_mark(part)
    return story
