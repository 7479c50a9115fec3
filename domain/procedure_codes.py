"""The error codes of the commission's procedure and its documents (FieldError.code values).

Codes shared with the case editor ("required", "date.future", "text.*", "name.*",
"body.unknown") are reused as they are and listed in domain.validation.ERROR_CODES already.
"""

from __future__ import annotations

from domain.attachments import ERROR_CODES as ATTACHMENT_ERROR_CODES

# Any procedure write on an annulled case (entered in error: kept, never worked on).
E_CASE_ANNULLED = "procedure.case_annulled"
# A date or text the chosen outcome does not take (a receipt date on a refusal, ...).
E_NOT_EXPECTED = "procedure.not_expected"
# The explanation (Labour Code Art. 65).
E_REQUESTED_BEFORE_DISCOVERY = "procedure.requested_before_discovery"
E_RECEIVED_BEFORE_REQUEST = "procedure.received_before_request"
E_TEXT_OR_ATTACHMENT = "procedure.text_or_attachment_required"
E_ACT_NOT_AFTER_DUE = "procedure.act_not_after_due"
E_ACT_BEFORE_REQUEST = "procedure.act_before_request"

# Commissions and their compositions (Law 416-V Art. 44 p.9; composition [NF]).
E_NO_BODIES = "commission.no_bodies"
E_CHAIR_COUNT = "commission.chair_count"
E_SECRETARY_COUNT = "commission.secretary_count"
E_TOO_FEW_VOTING = "commission.too_few_voting"
E_MEMBER_DUPLICATE = "commission.member_duplicate"
E_QUORUM_INVALID = "commission.quorum_invalid"
E_VALID_FROM_DUPLICATE = "commission.valid_from_duplicate"

# Hearings.
E_COMMISSION_UNKNOWN = "hearing.commission_unknown"
E_COMMISSION_NOT_SERVING = "hearing.commission_not_serving"
E_NO_COMPOSITION = "hearing.no_composition"
E_MEMBERS_MISMATCH = "hearing.members_mismatch"
E_VOTE_NOT_ALLOWED = "hearing.vote_not_allowed"
E_VOTE_REQUIRED = "hearing.vote_required"
E_RECUSAL_REASON = "hearing.recusal_reason_required"
E_DISSENT_NOT_ALLOWED = "hearing.dissent_not_allowed"
E_HEARING_PENALTY_NOT_ALLOWED = "hearing.penalty_not_allowed"
E_HEARING_PENALTY_NOT_EXPECTED = "hearing.penalty_not_expected"
E_HEARING_BEFORE_DISCOVERY = "hearing.before_discovery"

# The order.
E_ORDER_OUTCOME = "order.outcome_invalid"
E_ORDER_BEFORE_HEARING = "order.before_hearing"
E_ORDER_PENALTY_NOT_EXPECTED = "order.penalty_not_expected"
E_FAMILIARISED_AND_REFUSED = "order.familiarised_and_refused"
E_BEFORE_SIGNED = "order.before_signed"
E_LIFTED_NOT_AFTER_SIGNED = "order.lifted_not_after_signed"
E_ORDER_LIFTED_WITHOUT_PENALTY = "order.lifted_without_penalty"

# Appeals (Law 416-V Art. 43, 61).
E_APPEAL_NO_ORDER = "appeal.no_order"
E_APPEAL_BEFORE_ORDER = "appeal.before_order"
E_APPEAL_DECIDED_BEFORE_FILED = "appeal.decided_before_filed"

# Documents.
E_DOCUMENT_NOT_AVAILABLE = "document.not_available"
E_DOCUMENT_LANG = "document.lang_unknown"
E_RENDERER_MISSING = "document.renderer_missing"

PROCEDURE_ERROR_CODES: tuple[str, ...] = (
    E_CASE_ANNULLED,
    E_NOT_EXPECTED,
    E_REQUESTED_BEFORE_DISCOVERY,
    E_RECEIVED_BEFORE_REQUEST,
    E_TEXT_OR_ATTACHMENT,
    E_ACT_NOT_AFTER_DUE,
    E_ACT_BEFORE_REQUEST,
    E_NO_BODIES,
    E_CHAIR_COUNT,
    E_SECRETARY_COUNT,
    E_TOO_FEW_VOTING,
    E_MEMBER_DUPLICATE,
    E_QUORUM_INVALID,
    E_VALID_FROM_DUPLICATE,
    E_COMMISSION_UNKNOWN,
    E_COMMISSION_NOT_SERVING,
    E_NO_COMPOSITION,
    E_MEMBERS_MISMATCH,
    E_VOTE_NOT_ALLOWED,
    E_VOTE_REQUIRED,
    E_RECUSAL_REASON,
    E_DISSENT_NOT_ALLOWED,
    E_HEARING_PENALTY_NOT_ALLOWED,
    E_HEARING_PENALTY_NOT_EXPECTED,
    E_HEARING_BEFORE_DISCOVERY,
    E_ORDER_OUTCOME,
    E_ORDER_BEFORE_HEARING,
    E_ORDER_PENALTY_NOT_EXPECTED,
    E_FAMILIARISED_AND_REFUSED,
    E_BEFORE_SIGNED,
    E_LIFTED_NOT_AFTER_SIGNED,
    E_ORDER_LIFTED_WITHOUT_PENALTY,
    E_APPEAL_NO_ORDER,
    E_APPEAL_BEFORE_ORDER,
    E_APPEAL_DECIDED_BEFORE_FILED,
    E_DOCUMENT_NOT_AVAILABLE,
    E_DOCUMENT_LANG,
    E_RENDERER_MISSING,
    *sorted(ATTACHMENT_ERROR_CODES),
)
