"""A decision saved while the clock is behind the audit trail needs a written reason (S13).

RELIABILITY.md S13: with the workstation's clock set back, "a decision save needs confirmation
with a reason". The service refuses the save without one (E_CLOCK_REASON at the decision's date
field) and, given one, records it as the reason of a CLOCK_CONFIRMED audit entry written in the
same transaction as the decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from domain.audit import format_ts
from domain.clock import ClockReading, TrustedClock
from domain.errors import FieldError, ValidationFailed
from domain.model import CaseInput, CaseStatus
from domain.ports import UnitOfWork

E_CLOCK_REASON = "clock_rollback_reason_required"
CLOCK_CONFIRMED = "clock_rollback_confirmed"  # the audit action carrying the reason
ERROR_CODES = (E_CLOCK_REASON,)
# The case's own decision: what was decided, when, and its early lifting (LC Art. 66).
_DECISION_FIELDS = frozenset({"decided_on", "penalty", "penalty_lifted_on"})
_DECIDED = frozenset({CaseStatus.DECIDED, CaseStatus.NO_PENALTY})


def is_decision(data: CaseInput, changes: Mapping[str, Any] | None = None) -> bool:
    """A new case carrying a decision, or an edit (`changes`: edit_changes) that changes one."""
    if changes is None:
        return data.decided_on is not None or data.penalty is not None or data.status in _DECIDED
    return bool(_DECISION_FIELDS & changes.keys()) or (
        "status" in changes and data.status in _DECIDED
    )


def confirm_clock(
    clock: TrustedClock | None, decision: bool, reason: str, field: str
) -> ClockReading | None:
    """The fresh reading when a decision is saved with the clock behind and a reason is given
    (record it with `record_reason`); None when no confirmation is due.

    Raises ValidationFailed(E_CLOCK_REASON at `field`) when one is due and `reason` is blank.
    """
    if clock is None or not decision:
        return None
    reading = clock.reading(fresh=True)
    if not reading.behind:
        return None
    if not reason.strip():
        assert reading.newest_utc is not None  # behind means there is a newer entry
        params = {
            "now_utc": format_ts(reading.now_utc),
            "newest_utc": format_ts(reading.newest_utc),
        }
        raise ValidationFailed([FieldError(field, E_CLOCK_REASON, params)])
    return reading


def record_reason(
    uow: UnitOfWork, reading: ClockReading | None, case_id: int, decision: str, reason: str
) -> None:
    """The audit entry of a decision confirmed with the clock behind; `reason` is its reason."""
    if reading is None:
        return
    assert reading.newest_utc is not None
    diff = {
        "decision": decision,
        "clock_utc": format_ts(reading.now_utc),
        "newest_utc": format_ts(reading.newest_utc),
        "today": reading.today,
    }
    uow.audit.append(CLOCK_CONFIRMED, "case", case_id, diff, reason=reason.strip())
