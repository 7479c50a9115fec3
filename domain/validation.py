"""Checks on a case as typed, returning field errors as codes; nothing here touches storage."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from domain.criteria import ERROR_CODES as CRITERIA_ERROR_CODES
from domain.deadline_steps import (
    E_PAUSE_END_BEFORE_START,
    E_PAUSE_REASON_UNKNOWN,
    E_TERMINATION_BEFORE_COMMISSION,
    E_TERMINATION_NOT_DISCREDITING,
    P_BLOCKED_DAY,
    P_EXPIRED,
)
from domain.deadlines import check_pauses
from domain.errors import FieldError
from domain.iin import IIN_ERROR_CODES, IinError, parse_iin
from domain.model import CaseInput, CaseStatus, PauseInput
from domain.penalties import ERROR_CODES as BOUNDS_ERROR_CODES
from domain.procedure_codes import PROCEDURE_ERROR_CODES
from domain.rulepack import OffenceKind, RulePack, UnknownPenalty
from domain.text import (
    MAX_NAME_LENGTH,
    NAME_ERROR_CODES,
    has_bad_chars,
    name_problems,
    normalize_name,
    normalize_text,
)

MAX_POSITION_LENGTH = 300
MAX_DESCRIPTION_LENGTH = 20_000
MAX_REPORT_SOURCE_LENGTH = 1_000
MAX_BODY_NAME_LENGTH = 300
MAX_PAUSE_DOCUMENT_LENGTH = 500
MAX_OVERRIDE_REASON_LENGTH = 2_000
MAX_CALENDAR_NOTE_LENGTH = 500
MAX_JUSTIFICATION_LENGTH = 5_000
MAX_WORKSHEET_NOTE_LENGTH = 2_000

# The case's penalty (field `penalty`, `penalty_lifted_on`, `justification`).
E_PENALTY_UNKNOWN = "penalty.unknown"  # not a penalty of the case's rule pack
E_PENALTY_NOT_EXPECTED = "penalty.not_expected"  # a penalty on a case decided without one
E_PENALTY_NOT_ALLOWED = "penalty.not_allowed"  # outside Art. 44 p.3-7 bounds (penalty_service)
E_JUSTIFICATION_REQUIRED = "penalty.justification_required"  # outside comparables and table
E_LIFTED_WITHOUT_PENALTY = "penalty.lifted_without_penalty"
E_LIFTED_BEFORE_DECISION = "penalty.lifted_before_decision"
# An administrator's table of penalties (ConsistencyService.set_penalty_table_entry).
E_TABLE_OCCURRENCE = "penalty_table.occurrence"  # not 1, 2 or 3
E_TABLE_RANGE_REVERSED = "penalty_table.range_reversed"  # min more severe than max
E_TABLE_DUPLICATE = "penalty_table.duplicate"  # another entry has that body/offence/occurrence/date

# A decision (with or without a penalty) needs its date; only a penalty is held to the limits.
DECIDED_STATUSES: frozenset[CaseStatus] = frozenset({CaseStatus.DECIDED, CaseStatus.NO_PENALTY})

# Every code the domain can put in a FieldError; the UI proves each has a translated message.
ERROR_CODES: tuple[str, ...] = (
    "required",
    *IIN_ERROR_CODES,
    *NAME_ERROR_CODES,
    "date.future",
    "date.discovered_before_committed",
    "date.continuing_before_committed",
    "date.decided_before_discovered",
    "offence.unknown",
    "offence.repealed",
    "offence.switched_off",
    "text.too_long",
    "text.control_chars",
    "body.unknown",
    "unit.unknown",
    "switch.unknown",
    # The deadline engine's codes (domain.deadline_steps) for the facts it counts from, reported
    # on the pause rows and the termination date, and its decision problems on `decided_on`.
    E_PAUSE_REASON_UNKNOWN,
    E_PAUSE_END_BEFORE_START,
    E_TERMINATION_BEFORE_COMMISSION,
    E_TERMINATION_NOT_DISCREDITING,
    P_EXPIRED,
    P_BLOCKED_DAY,
    E_PENALTY_UNKNOWN,
    E_PENALTY_NOT_EXPECTED,
    E_PENALTY_NOT_ALLOWED,
    E_JUSTIFICATION_REQUIRED,
    E_LIFTED_WITHOUT_PENALTY,
    E_LIFTED_BEFORE_DECISION,
    E_TABLE_OCCURRENCE,
    E_TABLE_RANGE_REVERSED,
    E_TABLE_DUPLICATE,
    # Refusals of domain.penalties (bounds asked for an unusable offence or prior) and of the
    # criteria worksheet (domain.criteria), raised by the penalty operations of the service.
    *sorted(BOUNDS_ERROR_CODES),
    *sorted(CRITERIA_ERROR_CODES),
    # The commission's procedure and its documents (domain.procedure, issue 5).
    *PROCEDURE_ERROR_CODES,
)


def text_errors(
    field_name: str, value: str, limit: int, *, multiline: bool = False
) -> list[FieldError]:
    """`text.control_chars` and `text.too_long` for a free-text field (already normalised)."""
    errors: list[FieldError] = []
    if has_bad_chars(value, allow_line_breaks=multiline):
        errors.append(FieldError(field_name, "text.control_chars"))
    if len(value) > limit:
        errors.append(FieldError(field_name, "text.too_long", {"max": limit}))
    return errors


def body_names_errors(name_ru: str, name_kk: str) -> list[FieldError]:
    """A body's or unit's two names (already normalised): both required, plain text."""
    errors: list[FieldError] = []
    for field_name, value in (("name_ru", name_ru), ("name_kk", name_kk)):
        if not value:
            errors.append(FieldError(field_name, "required"))
        else:
            errors += text_errors(field_name, value, MAX_BODY_NAME_LENGTH)
    return errors


def _offence_errors(
    code: str,
    pack: RulePack,
    switches: Mapping[str, bool],
    *,
    is_new: bool,
    kept_offence: str | None,
) -> list[FieldError]:
    """Art. 44/50 catalogue: the code must exist; a new choice must be in force and switched on."""
    if not code.strip():
        return [FieldError("offence", "required")]
    offence = pack.find_offence(code)
    if offence is None:
        return [FieldError("offence", "offence.unknown", {"code": code, "pack": pack.id})]
    # An existing case keeps the qualification it was registered under, even if the sub-point was
    # repealed or its switch turned off since; only a new choice must be selectable now.
    if not is_new and (kept_offence is None or kept_offence == code):
        return []
    if offence.repealed:
        return [
            FieldError(
                "offence", "offence.repealed", {"code": code, "repealed_by": offence.repealed_by}
            )
        ]
    if not pack.is_selectable(offence, switches):
        return [
            FieldError("offence", "offence.switched_off", {"code": code, "switch": offence.switch})
        ]
    return []


def _date_errors(data: CaseInput, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    dated = (
        ("committed_on", data.committed_on),
        ("discovered_on", data.discovered_on),
        ("continuing_until", data.continuing_until),
    )
    for name, value in dated:
        if value is None:
            if name != "continuing_until":
                errors.append(FieldError(name, "required"))
        elif value > today:
            errors.append(FieldError(name, "date.future", {"today": today.isoformat()}))
    committed = data.committed_on
    # Against a future commission date the order checks would only repeat "date.future".
    if committed is not None and committed <= today:
        if data.discovered_on is not None and data.discovered_on < committed:
            errors.append(
                FieldError(
                    "discovered_on",
                    "date.discovered_before_committed",
                    {"committed_on": committed.isoformat()},
                )
            )
        if data.continuing_until is not None and data.continuing_until < committed:
            errors.append(
                FieldError(
                    "continuing_until",
                    "date.continuing_before_committed",
                    {"committed_on": committed.isoformat()},
                )
            )
    return errors


def pause_errors(pauses: tuple[PauseInput, ...], pack: RulePack) -> list[FieldError]:
    """Each pause row: a reason the pack knows, an end not before its start (Art. 45 p.3-4).

    The engine's own check (one rule, one place), plus the supporting document's text checks.
    """
    errors = check_pauses(pauses, pack)
    for i, p in enumerate(pauses):
        errors += text_errors(
            f"pauses.{i}.document", normalize_text(p.document), MAX_PAUSE_DOCUMENT_LENGTH
        )
    return errors


def _termination_errors(data: CaseInput, pack: RulePack, today: date) -> list[FieldError]:
    """Art. 45: the 3-month limit from a termination decision is for Art. 50 offences only."""
    terminated = data.terminated_on
    if terminated is None:
        return []
    if terminated > today:
        return [FieldError("terminated_on", "date.future", {"today": today.isoformat()})]
    errors: list[FieldError] = []
    committed = data.committed_on
    if committed is not None and committed <= today and terminated < committed:
        errors.append(
            FieldError(
                "terminated_on",
                E_TERMINATION_BEFORE_COMMISSION,
                {"terminated_on": terminated.isoformat(), "committed_on": committed.isoformat()},
            )
        )
    offence = pack.find_offence(data.offence.strip())
    if offence is not None and offence.kind is not OffenceKind.DISCREDITING:
        errors.append(
            FieldError(
                "terminated_on",
                E_TERMINATION_NOT_DISCREDITING,
                {"offence": offence.code, "kind": offence.kind.value},
            )
        )
    return errors


def _decision_errors(data: CaseInput, today: date) -> list[FieldError]:
    """The decision date: required once decided, not in the future, not before discovery."""
    decided = data.decided_on
    if decided is None:
        if data.status in DECIDED_STATUSES:
            return [FieldError("decided_on", "required")]
        return []
    if decided > today:
        return [FieldError("decided_on", "date.future", {"today": today.isoformat()})]
    discovered = data.discovered_on
    if discovered is not None and discovered <= today and decided < discovered:
        return [
            FieldError(
                "decided_on",
                "date.decided_before_discovered",
                {"discovered_on": discovered.isoformat()},
            )
        ]
    return []


def penalty_errors(data: CaseInput, pack: RulePack, today: date) -> list[FieldError]:
    """The penalty as typed, apart from its statutory bounds (those need the servant's prior
    record from the store: domain.penalty_service).

    DECIDED needs a penalty and NO_PENALTY refuses one; the code must be the pack's; an early
    lifting (Labour Code Art. 66) needs a penalty, is not in the future and not before the
    decision date.
    """
    errors: list[FieldError] = []
    penalty = data.penalty
    if penalty is None:
        if data.status is CaseStatus.DECIDED:
            errors.append(FieldError("penalty", "required"))
    elif data.status is CaseStatus.NO_PENALTY:
        errors.append(FieldError("penalty", E_PENALTY_NOT_EXPECTED, {"status": data.status.value}))
    else:
        try:
            pack.penalty(penalty)
        except UnknownPenalty:
            errors.append(
                FieldError("penalty", E_PENALTY_UNKNOWN, {"penalty": penalty, "pack": pack.id})
            )
    lifted = data.penalty_lifted_on
    if lifted is not None:
        if penalty is None:
            errors.append(FieldError("penalty_lifted_on", E_LIFTED_WITHOUT_PENALTY))
        elif lifted > today:
            errors.append(
                FieldError("penalty_lifted_on", "date.future", {"today": today.isoformat()})
            )
        elif data.decided_on is not None and lifted < data.decided_on:
            errors.append(
                FieldError(
                    "penalty_lifted_on",
                    E_LIFTED_BEFORE_DECISION,
                    {"decided_on": data.decided_on.isoformat()},
                )
            )
    errors += text_errors(
        "justification",
        normalize_text(data.justification),
        MAX_JUSTIFICATION_LENGTH,
        multiline=True,
    )
    return errors


def validate_case(
    data: CaseInput,
    pack: RulePack,
    switches: Mapping[str, bool],
    today: date,
    *,
    is_new: bool,
    kept_offence: str | None = None,
) -> list[FieldError]:
    """Every problem with a case as typed, in form order; an empty list means it may be saved.

    `pack` is the rule pack governing the offence date; `switches` are the effective legal
    switches. A new case may not use a repealed (Law 116-VIII for Art. 50 p.1 sub-p. 15) or
    switched-off offence; an existing case (`is_new=False`) keeps its offence `kept_offence`, and
    only a change to another offence is held to those rules.
    """
    errors: list[FieldError] = []
    servant = data.servant

    name = normalize_name(servant.full_name)
    if not name:
        errors.append(FieldError("servant.full_name", "required"))
    else:
        for code in name_problems(name):
            params = {"max": MAX_NAME_LENGTH} if code == "name.too_long" else {}
            errors.append(FieldError("servant.full_name", code, params))

    if not servant.iin.strip():
        errors.append(FieldError("servant.iin", "required"))
    else:
        try:
            parse_iin(servant.iin, today)
        except IinError as e:
            errors.append(FieldError("servant.iin", e.code))

    position = normalize_name(servant.position)
    if not position:
        errors.append(FieldError("servant.position", "required"))
    else:
        errors += text_errors("servant.position", position, MAX_POSITION_LENGTH)

    if servant.body_id is None:
        errors.append(FieldError("servant.body_id", "required"))

    errors += _offence_errors(
        data.offence, pack, switches, is_new=is_new, kept_offence=kept_offence
    )
    errors += _date_errors(data, today)
    errors += text_errors(
        "description",
        normalize_text(data.description),
        MAX_DESCRIPTION_LENGTH,
        multiline=True,
    )
    errors += text_errors(
        "report_source", normalize_text(data.report_source), MAX_REPORT_SOURCE_LENGTH
    )
    errors += _termination_errors(data, pack, today)
    errors += pause_errors(data.pauses, pack)
    errors += _decision_errors(data, today)
    errors += text_errors(
        "override_reason",
        normalize_text(data.override_reason),
        MAX_OVERRIDE_REASON_LENGTH,
        multiline=True,
    )
    errors += penalty_errors(data, pack, today)
    return errors
