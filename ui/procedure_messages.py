"""The wording of the procedure's error codes and the names of its fields (issue 5).

Merged into ui.messages.FIELD_MESSAGES and FIELD_LABELS; kept apart only for size. The texts keep
the "Messages" translation context of the rest.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

# domain.procedure_codes.PROCEDURE_ERROR_CODES (with domain.attachments' codes).
# cast: QT_TRANSLATE_NOOP is typed as returning object; it returns its text.
PROCEDURE_MESSAGES = cast(
    "dict[str, str]",
    {
        "procedure.case_annulled": QT_TRANSLATE_NOOP(
            "Messages", "The case is annulled (entered in error): its procedure cannot change."
        ),
        "procedure.not_expected": QT_TRANSLATE_NOOP(
            "Messages", "Not expected for the chosen outcome: leave it empty."
        ),
        "procedure.requested_before_discovery": QT_TRANSLATE_NOOP(
            "Messages",
            "The explanation cannot be requested before the offence was discovered ({date}).",
        ),
        "procedure.received_before_request": QT_TRANSLATE_NOOP(
            "Messages", "The explanation cannot arrive before it was requested ({date})."
        ),
        "procedure.text_or_attachment_required": QT_TRANSLATE_NOOP(
            "Messages", "Type the explanation's text or attach its scan."
        ),
        "procedure.act_not_after_due": QT_TRANSLATE_NOOP(
            "Messages",
            "An act of absence is drawn up only after the wait ended ({due_on}): date it later.",
        ),
        "procedure.act_before_request": QT_TRANSLATE_NOOP(
            "Messages", "The act cannot come before the explanation was requested ({date})."
        ),
        "commission.no_bodies": QT_TRANSLATE_NOOP(
            "Messages", "Tick at least one state body the commission serves."
        ),
        "commission.chair_count": QT_TRANSLATE_NOOP(
            "Messages", "A composition has exactly one chair (now {count})."
        ),
        "commission.secretary_count": QT_TRANSLATE_NOOP(
            "Messages", "A composition has at most one secretary (now {count})."
        ),
        "commission.too_few_voting": QT_TRANSLATE_NOOP(
            "Messages", "At least {min} members must vote (now {count})."
        ),
        "commission.member_duplicate": QT_TRANSLATE_NOOP(
            "Messages", "This person is already in the composition."
        ),
        "commission.quorum_invalid": QT_TRANSLATE_NOOP(
            "Messages", "The quorum {quorum} is not a fraction from 1/n up to 1 (such as 2/3)."
        ),
        "commission.valid_from_duplicate": QT_TRANSLATE_NOOP(
            "Messages", "Another composition already starts on {valid_from}; choose another date."
        ),
        "hearing.commission_unknown": QT_TRANSLATE_NOOP(
            "Messages", "This commission is no longer in the database."
        ),
        "hearing.commission_not_serving": QT_TRANSLATE_NOOP(
            "Messages", "This commission does not serve the case's state body."
        ),
        "hearing.no_composition": QT_TRANSLATE_NOOP(
            "Messages",
            "The commission has no composition in force on {held_on}: add one from that date "
            "(Settings → Disciplinary commissions).",
        ),
        "hearing.members_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "The members listed differ from the composition in force on the day (missing: "
            "{missing}; not in it: {extra}).",
        ),
        "hearing.vote_not_allowed": QT_TRANSLATE_NOOP(
            "Messages", "Only a voting member who is present and not recused votes."
        ),
        "hearing.vote_required": QT_TRANSLATE_NOOP(
            "Messages", "Record this member's vote: for, against or abstained."
        ),
        "hearing.recusal_reason_required": QT_TRANSLATE_NOOP(
            "Messages", "Give the reason for the recusal (a party to the case or a relative)."
        ),
        "hearing.dissent_not_allowed": QT_TRANSLATE_NOOP(
            "Messages",
            "A dissenting opinion comes only from a member who voted against or abstained.",
        ),
        "hearing.penalty_not_allowed": QT_TRANSLATE_NOOP(
            "Messages", "The law does not allow {penalty} here: only {allowed}."
        ),
        "hearing.penalty_not_expected": QT_TRANSLATE_NOOP(
            "Messages", "A penalty is proposed only when the outcome is to impose one."
        ),
        "hearing.before_discovery": QT_TRANSLATE_NOOP(
            "Messages", "The hearing cannot be before the offence was discovered ({date})."
        ),
        "order.outcome_invalid": QT_TRANSLATE_NOOP(
            "Messages",
            "An order imposes a penalty or none; an additional investigation is not an order on "
            "the penalty.",
        ),
        "order.before_hearing": QT_TRANSLATE_NOOP(
            "Messages", "The order cannot be signed before the hearing that adopted it ({date})."
        ),
        "order.penalty_not_expected": QT_TRANSLATE_NOOP(
            "Messages", "An order imposing no penalty names none: clear the penalty."
        ),
        "order.familiarised_and_refused": QT_TRANSLATE_NOOP(
            "Messages",
            "The servant either signed the order or refused to: enter one of the two dates.",
        ),
        "order.before_signed": QT_TRANSLATE_NOOP(
            "Messages", "This cannot come before the order was signed ({date})."
        ),
        "order.lifted_not_after_signed": QT_TRANSLATE_NOOP(
            "Messages", "A penalty can be lifted only after the order was signed ({date})."
        ),
        "order.lifted_without_penalty": QT_TRANSLATE_NOOP(
            "Messages", "Only an imposed penalty can be lifted early."
        ),
        "appeal.no_order": QT_TRANSLATE_NOOP(
            "Messages", "Record the order first: an appeal is against the order."
        ),
        "appeal.before_order": QT_TRANSLATE_NOOP(
            "Messages", "An appeal cannot be filed before the order was signed ({date})."
        ),
        "appeal.decided_before_filed": QT_TRANSLATE_NOOP(
            "Messages", "An appeal cannot be decided before it was filed ({date})."
        ),
        "document.not_available": QT_TRANSLATE_NOOP(
            "Messages", "This document cannot be printed yet: the procedure has not reached it."
        ),
        "document.lang_unknown": QT_TRANSLATE_NOOP(
            "Messages", "Choose the document's language: Kazakh, Russian or both."
        ),
        "document.renderer_missing": QT_TRANSLATE_NOOP(
            "Messages", "Printing is not available in this installation of Tartip."
        ),
        "attachment.too_large": QT_TRANSLATE_NOOP(
            "Messages", "The file is too large ({size}): at most {max}."
        ),
        "attachment.empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
        "attachment.type_not_allowed": QT_TRANSLATE_NOOP(
            "Messages",
            "This kind of file is not accepted; attach a PDF, PNG, JPEG, TIFF or text file.",
        ),
        "attachment.type_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "The file's name ends in {extension} but its content is {detected}: rename or convert it.",
        ),
        "attachment.unknown": QT_TRANSLATE_NOOP(
            "Messages", "This attachment is not one of the case's files."
        ),
        "attachment.storage_missing": QT_TRANSLATE_NOOP(
            "Messages", "No folder for attachments is set up for this database."
        ),
    },
)

# The commission's and the procedure's fields, as labels and in the list of problems.
PROCEDURE_LABELS = cast(
    "dict[str, str]",
    {
        "case": QT_TRANSLATE_NOOP("Messages", "Case"),
        # domain.override_signoff.CONFIRM_FIELD: the second user of a deadline override.
        "override_confirmed_by": QT_TRANSLATE_NOOP("Messages", "Confirmed by (commission chair)"),
        "name_ru": QT_TRANSLATE_NOOP("Messages", "Name (Russian)"),
        "name_kk": QT_TRANSLATE_NOOP("Messages", "Name (Kazakh)"),
        "body_ids": QT_TRANSLATE_NOOP("Messages", "Bodies served"),
        "members": QT_TRANSLATE_NOOP("Messages", "Members"),
        "quorum": QT_TRANSLATE_NOOP("Messages", "Quorum"),
        "commission_id": QT_TRANSLATE_NOOP("Messages", "Commission"),
        "requested_on": QT_TRANSLATE_NOOP("Messages", "Explanation requested on"),
        "explanation_outcome": QT_TRANSLATE_NOOP("Messages", "Result"),
        "received_on": QT_TRANSLATE_NOOP("Messages", "Received on"),
        "explanation_text": QT_TRANSLATE_NOOP("Messages", "Text of the explanation"),
        "act_text": QT_TRANSLATE_NOOP("Messages", "Wording of the act"),
        "text": QT_TRANSLATE_NOOP("Messages", "Text"),
        "act_on": QT_TRANSLATE_NOOP("Messages", "Act drawn up on"),
        "act_witnesses": QT_TRANSLATE_NOOP("Messages", "Witnesses of the act"),
        "attachment_id": QT_TRANSLATE_NOOP("Messages", "Scan"),
        "held_on": QT_TRANSLATE_NOOP("Messages", "Held on"),
        "place": QT_TRANSLATE_NOOP("Messages", "Place"),
        "invited": QT_TRANSLATE_NOOP("Messages", "Also present"),
        "hearing_outcome": QT_TRANSLATE_NOOP("Messages", "The commission's recommendation"),
        "proposed_penalty": QT_TRANSLATE_NOOP("Messages", "Proposed penalty"),
        "minutes": QT_TRANSLATE_NOOP("Messages", "Minutes"),
        "official_name": QT_TRANSLATE_NOOP("Messages", "Signed by (full name)"),
        "official_position": QT_TRANSLATE_NOOP("Messages", "Signatory's position"),
        "signed_on": QT_TRANSLATE_NOOP("Messages", "Signed on"),
        "order_number": QT_TRANSLATE_NOOP("Messages", "Order number"),
        "outcome": QT_TRANSLATE_NOOP("Messages", "Outcome"),
        "announced_on": QT_TRANSLATE_NOOP("Messages", "Announced on"),
        "familiarised_on": QT_TRANSLATE_NOOP("Messages", "Servant signed on"),
        "refused_on": QT_TRANSLATE_NOOP("Messages", "Refused to sign on (act)"),
        "refusal_witnesses": QT_TRANSLATE_NOOP("Messages", "Witnesses of the refusal"),
        "lifted_on": QT_TRANSLATE_NOOP("Messages", "Lifted early on"),
        "route": QT_TRANSLATE_NOOP("Messages", "Appealed to"),
        "filed_on": QT_TRANSLATE_NOOP("Messages", "Filed on"),
        "appeal_outcome": QT_TRANSLATE_NOOP("Messages", "Outcome"),
        "note": QT_TRANSLATE_NOOP("Messages", "Note"),
        "file": QT_TRANSLATE_NOOP("Messages", "File"),
        "display_name": QT_TRANSLATE_NOOP("Messages", "File name"),
    },
)
