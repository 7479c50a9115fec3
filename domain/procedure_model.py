"""The commission's procedure as plain dataclasses: commissions, explanation, hearings, order,
appeals, attachments and the documents a case has produced (issue 5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class MemberRole(StrEnum):
    """A seat on the disciplinary commission (composition not fixed by the Rules [NF]: defaults)."""

    CHAIR = "chair"
    SECRETARY = "secretary"  # keeps the protocol; votes only if the composition says so
    MEMBER = "member"


@dataclass(frozen=True)
class CommissionMember:
    """One person on a commission's composition."""

    full_name: str
    position: str
    role: MemberRole
    votes: bool = True  # False: a non-voting secretary


@dataclass(frozen=True)
class Composition:
    """Who sits on a commission from `valid_from` until the next composition (versioned by date).

    The quorum is a fraction of the voting members (default two thirds, rule-pack parameter
    `commission_quorum`); None takes the pack's default.
    """

    valid_from: date
    members: tuple[CommissionMember, ...]
    quorum: tuple[int, int] | None = None  # (numerator, denominator)
    id: int | None = None  # None: not stored yet


@dataclass(frozen=True)
class CommissionInput:
    """A commission as typed: its name and the bodies it serves (Art. 44 p.9: one may serve many)."""

    name_ru: str
    name_kk: str
    body_ids: tuple[int, ...]


@dataclass(frozen=True)
class Commission:
    """A stored commission with every composition, oldest first."""

    id: int
    name_ru: str
    name_kk: str
    body_ids: tuple[int, ...]
    compositions: tuple[Composition, ...] = ()

    def composition_on(self, day: date) -> Composition | None:
        """The composition in force on `day`: the latest one starting on or before it."""
        found: Composition | None = None
        for comp in self.compositions:
            if comp.valid_from <= day and (found is None or comp.valid_from >= found.valid_from):
                found = comp
        return found


class ExplanationOutcome(StrEnum):
    """What came of the request for a written explanation (Labour Code Art. 65)."""

    PENDING = "pending"  # requested, the wait has not ended or nothing recorded yet
    RECEIVED = "received"  # written explanation received (text and/or an attachment)
    REFUSED = "refused"  # the servant refused: an act of refusal is drawn up
    ABSENT = "absent"  # nothing by the due day: an act of absence is drawn up


@dataclass(frozen=True)
class ExplanationInput:
    """The request for an explanation and its result, as typed."""

    requested_on: date
    outcome: ExplanationOutcome = ExplanationOutcome.PENDING
    received_on: date | None = None  # RECEIVED
    text: str = ""  # the explanation's text (RECEIVED), or the act's wording (REFUSED/ABSENT)
    act_on: date | None = None  # the date of the act (REFUSED / ABSENT)
    act_witnesses: str = ""  # who signed the act, one per line
    attachment_id: int | None = None  # a scan of the explanation or act


@dataclass(frozen=True)
class Explanation:
    """A stored explanation record with its computed due day."""

    case_id: int
    requested_on: date
    due_on: date  # domain.procedure_dates.explanation_due
    outcome: ExplanationOutcome
    received_on: date | None
    text: str
    act_on: date | None
    act_witnesses: str
    attachment_id: int | None


class HearingOutcome(StrEnum):
    """The decisions open to the authorised official on the commission's recommendation [V-3p]."""

    IMPOSE = "impose"  # impose a penalty
    INVESTIGATE = "investigate"  # send for an additional service investigation
    NONE = "none"  # impose no penalty


class Vote(StrEnum):
    """A member's vote on the proposal put to the hearing."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


@dataclass(frozen=True)
class HearingMember:
    """One member of the composition at a hearing: attendance, recusal, vote, dissent."""

    full_name: str
    role: MemberRole
    present: bool
    votes: bool = True  # copied from the composition
    recused: bool = False  # a party to the case or a relative of one: takes no part
    recusal_reason: str = ""
    vote: Vote | None = None  # None: did not vote (absent, recused or non-voting)
    dissent: str = ""  # a dissenting opinion, recorded with the protocol


@dataclass(frozen=True)
class HearingInput:
    """A commission's hearing of a case, as typed by its secretary."""

    commission_id: int
    held_on: date
    place: str
    members: tuple[HearingMember, ...]
    outcome: HearingOutcome
    proposed_penalty: str | None = None  # a penalty code when outcome is IMPOSE
    minutes: str = ""  # the course of the hearing, for the protocol
    invited: str = ""  # others present (the servant, their representative, witnesses)


@dataclass(frozen=True)
class Tally:
    """The counted hearing: quorum and votes (domain.procedure.tally)."""

    members: int  # voting members of the composition
    present: int  # present, voting and not recused
    quorum_needed: int
    quorum_met: bool
    votes_for: int
    votes_against: int
    abstained: int
    adopted: bool  # quorum met and a majority of those present voted for


@dataclass(frozen=True)
class Hearing:
    """A stored hearing with its tally."""

    id: int
    case_id: int
    commission_id: int
    held_on: date
    place: str
    members: tuple[HearingMember, ...]
    outcome: HearingOutcome
    proposed_penalty: str | None
    minutes: str
    invited: str
    tally: Tally


@dataclass(frozen=True)
class OrderInput:
    """The authorised official's order on the case and its announcement to the servant."""

    signed_on: date
    official_name: str
    official_position: str
    outcome: HearingOutcome  # IMPOSE or NONE (INVESTIGATE is not an order on the penalty)
    penalty: str | None = None
    order_number: str = ""  # the body's own order number, if it is registered elsewhere
    announced_on: date | None = None  # shown to the servant under signature
    familiarised_on: date | None = None  # the servant's signature date on the order
    refused_on: date | None = None  # the servant refused to sign: act of refusal of this date
    refusal_witnesses: str = ""
    lifted_on: date | None = None  # lifted early (Labour Code Art. 66)


@dataclass(frozen=True)
class Order:
    """A stored order with the dates the rules derive from it."""

    case_id: int
    signed_on: date
    official_name: str
    official_position: str
    outcome: HearingOutcome
    penalty: str | None
    order_number: str
    announced_on: date | None
    familiarised_on: date | None
    refused_on: date | None
    refusal_witnesses: str
    lifted_on: date | None
    announce_due: date  # domain.procedure_dates.announcement_due
    expires_on: date | None  # domain.procedure_dates.penalty_expires; None without a penalty


class AppealRoute(StrEnum):
    """Where the servant appealed (Law 416-V Art. 43, 61)."""

    HIGHER_OFFICIAL = "higher_official"
    AGENCY = "agency"  # the Agency for Civil Service Affairs
    COURT = "court"


class AppealOutcome(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"  # the penalty stands
    CHANGED = "changed"  # replaced by a lighter penalty
    ANNULLED = "annulled"  # the penalty is cancelled


@dataclass(frozen=True)
class AppealInput:
    route: AppealRoute
    filed_on: date
    outcome: AppealOutcome = AppealOutcome.PENDING
    decided_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class Appeal:
    """A stored appeal; `deadline` is the last day to file (3 months reinstatement, 1 year other)."""

    id: int
    case_id: int
    route: AppealRoute
    filed_on: date
    outcome: AppealOutcome
    decided_on: date | None
    note: str
    deadline: date | None
    late: bool


class AttachmentKind(StrEnum):
    EVIDENCE = "evidence"
    EXPLANATION = "explanation"
    ACT = "act"
    ORDER = "order"
    OTHER = "other"


@dataclass(frozen=True)
class Attachment:
    """A file kept for a case under the managed folder; `stored_name` is generated (a UUID)."""

    id: int
    case_id: int
    kind: AttachmentKind
    display_name: str  # sanitised: no control, bidi or path characters
    stored_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    actor: str


class DocumentKind(StrEnum):
    """Documents Tartip prints; each has its own numbering in a body's journal."""

    DECISION = "decision"  # the commission's decision (РЕШЕНИЕ / ШЕШІМ)
    PROTOCOL = "protocol"  # the hearing's protocol (ПРОТОКОЛ / ХАТТАМА)
    ORDER = "order"  # the draft order with the familiarisation block (ПРИКАЗ / БҰЙРЫҚ)
    EXPLANATION_REQUEST = "explanation_request"  # request for a written explanation
    EXPLANATION_ACT = "explanation_act"  # act of refusal or absence of the explanation


@dataclass(frozen=True)
class IssuedDocument:
    """One registered document: its journal number and the hash of what it said when printed."""

    id: int
    case_id: int
    body_id: int | None
    kind: DocumentKind
    lang: str  # "kk", "ru" or "both"
    year: int
    seq: int  # the journal's sequence number within (body, kind, year)
    number: str  # the printed registration number
    issued_on: date
    issued_at: datetime
    content_hash: str  # hex SHA-256 of the canonical content (domain.documents)
    code: str  # the short verification code printed with the QR
    actor: str
    pages: int = 0
    # The canonical content as JSON (domain.documents), kept so a verification can say which
    # fields changed since printing; "" when not recorded.
    content_json: str = ""


class VerifyStatus(StrEnum):
    MATCHES = "matches"  # the document's content equals the record today
    CHANGED = "changed"  # the record changed after the document was issued
    TAMPERED = "tampered"  # the file's text or code disagrees with the registered document
    UNKNOWN = "unknown"  # no such registered document here
    UNREADABLE = "unreadable"  # not a Tartip PDF, or no verification data in it


@dataclass(frozen=True)
class VerifyResult:
    status: VerifyStatus
    document: IssuedDocument | None = None
    changed_fields: tuple[str, ...] = ()  # content keys that differ from the record
    detail: str = ""


@dataclass(frozen=True)
class CaseProcedure:
    """Everything of the procedure the case's screens show, in one read."""

    case_id: int
    commission: Commission | None  # serving the case's body on the relevant day
    explanation: Explanation | None
    hearings: tuple[Hearing, ...]
    order: Order | None
    appeals: tuple[Appeal, ...]
    attachments: tuple[Attachment, ...]
    documents: tuple[IssuedDocument, ...]
