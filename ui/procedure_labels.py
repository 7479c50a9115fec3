"""Translated names of the procedure's enumerations, and the hearing's quorum-and-tally line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.procedure_model import (
    AppealOutcome,
    AppealRoute,
    AttachmentKind,
    ExplanationOutcome,
    HearingOutcome,
    MemberRole,
    Tally,
    Vote,
)

_CTX = "Procedure"

_ROLES = {
    MemberRole.CHAIR: QT_TRANSLATE_NOOP("Procedure", "Chair"),
    MemberRole.SECRETARY: QT_TRANSLATE_NOOP("Procedure", "Secretary"),
    MemberRole.MEMBER: QT_TRANSLATE_NOOP("Procedure", "Member"),
}
_EXPLANATION = {
    ExplanationOutcome.PENDING: QT_TRANSLATE_NOOP("Procedure", "Awaited"),
    ExplanationOutcome.RECEIVED: QT_TRANSLATE_NOOP("Procedure", "Explanation received"),
    ExplanationOutcome.REFUSED: QT_TRANSLATE_NOOP("Procedure", "Refused to explain (act)"),
    ExplanationOutcome.ABSENT: QT_TRANSLATE_NOOP("Procedure", "No explanation given (act)"),
}
_HEARING = {
    HearingOutcome.IMPOSE: QT_TRANSLATE_NOOP("Procedure", "Impose a penalty"),
    HearingOutcome.INVESTIGATE: QT_TRANSLATE_NOOP(
        "Procedure", "Send for an additional investigation"
    ),
    HearingOutcome.NONE: QT_TRANSLATE_NOOP("Procedure", "Impose no penalty"),
}
_VOTES = {
    Vote.FOR: QT_TRANSLATE_NOOP("Procedure", "For"),
    Vote.AGAINST: QT_TRANSLATE_NOOP("Procedure", "Against"),
    Vote.ABSTAIN: QT_TRANSLATE_NOOP("Procedure", "Abstained"),
}
NO_VOTE = QT_TRANSLATE_NOOP("Procedure", "—")
_ROUTES = {
    AppealRoute.HIGHER_OFFICIAL: QT_TRANSLATE_NOOP("Procedure", "Higher official"),
    AppealRoute.AGENCY: QT_TRANSLATE_NOOP("Procedure", "Agency for Civil Service Affairs"),
    AppealRoute.COURT: QT_TRANSLATE_NOOP("Procedure", "Court"),
}
_APPEAL = {
    AppealOutcome.PENDING: QT_TRANSLATE_NOOP("Procedure", "Pending"),
    AppealOutcome.UPHELD: QT_TRANSLATE_NOOP("Procedure", "Penalty upheld"),
    AppealOutcome.CHANGED: QT_TRANSLATE_NOOP("Procedure", "Replaced by a lighter penalty"),
    AppealOutcome.ANNULLED: QT_TRANSLATE_NOOP("Procedure", "Penalty annulled"),
}
_KINDS = {
    AttachmentKind.EVIDENCE: QT_TRANSLATE_NOOP("Procedure", "Evidence"),
    AttachmentKind.EXPLANATION: QT_TRANSLATE_NOOP("Procedure", "Explanation"),
    AttachmentKind.ACT: QT_TRANSLATE_NOOP("Procedure", "Act"),
    AttachmentKind.ORDER: QT_TRANSLATE_NOOP("Procedure", "Order"),
    AttachmentKind.OTHER: QT_TRANSLATE_NOOP("Procedure", "Other"),
}
_QUORUM_MET = QT_TRANSLATE_NOOP("Procedure", "Quorum: %1 of %2 present, %3 needed — met.")
_QUORUM_FAILED = QT_TRANSLATE_NOOP(
    "Procedure", "Quorum: %1 of %2 present, %3 needed — NOT met: the commission cannot decide."
)
_VOTES_LINE = QT_TRANSLATE_NOOP("Procedure", "For %1, against %2, abstained %3")
_ADOPTED = QT_TRANSLATE_NOOP("Procedure", "adopted.")
_NOT_ADOPTED = QT_TRANSLATE_NOOP("Procedure", "not adopted.")


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns its text.
    return QCoreApplication.translate(_CTX, str(text))


def role_label(role: MemberRole | str) -> str:
    return _t(_ROLES[MemberRole(role)])


def explanation_label(outcome: ExplanationOutcome | str) -> str:
    return _t(_EXPLANATION[ExplanationOutcome(outcome)])


def hearing_outcome_label(outcome: HearingOutcome | str) -> str:
    return _t(_HEARING[HearingOutcome(outcome)])


def vote_label(vote: Vote | str | None) -> str:
    return _t(NO_VOTE) if vote is None else _t(_VOTES[Vote(vote)])


def route_label(route: AppealRoute | str) -> str:
    return _t(_ROUTES[AppealRoute(route)])


def appeal_outcome_label(outcome: AppealOutcome | str) -> str:
    return _t(_APPEAL[AppealOutcome(outcome)])


def attachment_kind_label(kind: AttachmentKind | str) -> str:
    return _t(_KINDS[AttachmentKind(kind)])


def quorum_text(quorum: tuple[int, int]) -> str:
    """A quorum fraction as the rule pack writes it: "2/3"."""
    return f"{quorum[0]}/{quorum[1]}"


def tally_text(tally: Tally) -> str:
    """'Quorum: 5 of 7 present, 5 needed — met. For 4, against 1, abstained 0 — adopted.'"""
    head = _QUORUM_MET if tally.quorum_met else _QUORUM_FAILED
    quorum = (
        _t(head)
        .replace("%1", str(tally.present))
        .replace("%2", str(tally.members))
        .replace("%3", str(tally.quorum_needed))
    )
    votes = (
        _t(_VOTES_LINE)
        .replace("%1", str(tally.votes_for))
        .replace("%2", str(tally.votes_against))
        .replace("%3", str(tally.abstained))
    )
    verdict = _t(_ADOPTED if tally.adopted else _NOT_ADOPTED)
    return f"{quorum} {votes} — {verdict}"


def size_text(size: int) -> str:
    """A file size for the attachments list: bytes, KB or MB."""
    if size < 1024:
        return _t(QT_TRANSLATE_NOOP("Procedure", "%1 B")).replace("%1", str(size))
    if size < 1024 * 1024:
        return _t(QT_TRANSLATE_NOOP("Procedure", "%1 KB")).replace("%1", f"{size / 1024:.0f}")
    return _t(QT_TRANSLATE_NOOP("Procedure", "%1 MB")).replace("%1", f"{size / 1048576:.1f}")
