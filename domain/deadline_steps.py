"""The lines explaining a deadline computation: Step, its codes and English text, error codes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.rulepack import OffenceKind

# Citations of the counting rules; one place to correct them.
ART_START = "Civil Code Art. 173; Labour Code Art. 13"
ART_MONTH_END = "Civil Code Art. 174"
ART_NON_WORKING = "Civil Code Art. 175; Labour Code Art. 13"
ART_SUSPENSION = "Law 416-V Art. 45 p.4"
ART_IMPOSITION_BAN = "Law 416-V Art. 45 p.3"
ART_TWO_READINGS = "Law 416-V Art. 45 p.4 (interpretation)"
ART_CONTINUING = "Law 416-V Art. 45 (interpretation: parameter continuing_offence_start)"
ART_EXPLANATION = "Labour Code Art. 65"
ART_ANNOUNCEMENT = "Labour Code Art. 65"
ART_PENALTY_LIFETIME = "Labour Code Art. 66"
ART_REPEAT = "Law 416-V Art. 44 p.5-6"
ART_REENTRY = "Law 416-V Art. 16; Art. 61 p.3"

AFTER_TERMINATION = "after_termination"  # the TimeLimit.applies_to of the terminated-case rule

# Codes of the validation errors (FieldError.code) and decision problems.
E_OFFENCE_UNKNOWN = "deadline.offence_unknown"
E_OFFENCE_REPEALED = "deadline.offence_repealed"
E_OFFENCE_DISABLED = "deadline.offence_disabled"
E_DISCOVERY_BEFORE_COMMISSION = "deadline.discovery_before_commission"
E_TERMINATION_BEFORE_COMMISSION = "deadline.termination_before_commission"
E_TERMINATION_NOT_DISCREDITING = "deadline.termination_not_discrediting"
E_CONTINUING_END_BEFORE_COMMISSION = "deadline.continuing_end_before_commission"
E_PAUSE_REASON_UNKNOWN = "deadline.pause_reason_unknown"
E_PAUSE_END_BEFORE_START = "deadline.pause_end_before_start"
E_LIFTED_BEFORE_IMPOSED = "deadline.lifted_before_imposed"
E_REENTRY_GROUND_UNKNOWN = "deadline.reentry_ground_unknown"
P_EXPIRED = "deadline.expired"
P_BLOCKED_DAY = "deadline.blocked_day"

ERROR_CODES: frozenset[str] = frozenset(
    {
        E_OFFENCE_UNKNOWN,
        E_OFFENCE_REPEALED,
        E_OFFENCE_DISABLED,
        E_DISCOVERY_BEFORE_COMMISSION,
        E_TERMINATION_BEFORE_COMMISSION,
        E_TERMINATION_NOT_DISCREDITING,
        E_CONTINUING_END_BEFORE_COMMISSION,
        E_PAUSE_REASON_UNKNOWN,
        E_PAUSE_END_BEFORE_START,
        E_LIFTED_BEFORE_IMPOSED,
        E_REENTRY_GROUND_UNKNOWN,
        P_EXPIRED,
        P_BLOCKED_DAY,
    }
)


# English wording of each step code; the UI translates by code and fills in the same params.
_ENGLISH: dict[str, str] = {
    "limits.kind": (
        "{offence} ({offence_article}) is a {kind} offence: the limits are {discovery_months} "
        "month(s) from {discovery_event} and {absolute_months} month(s) from {absolute_event}."
    ),
    "limits.continuing": (
        "The offence is continuing: the absolute limit counts from {event} on {event_date} "
        "(parameter continuing_offence_start = {rule})."
    ),
    "limit.start": (
        "The {limit} limit counts from {event} on {event_date}: the period starts the next day, "
        "{period_start}."
    ),
    "limit.month_end": (
        "{months} month(s) from {event_date}: the last day is {end}, the same day number of "
        "the month."
    ),
    "limit.month_end_clipped": (
        "{months} month(s) from {event_date}: the month has no day {day}, so the last day is "
        "its last day, {end}."
    ),
    "limit.suspended": (
        "{days} day(s) of suspension after {event_date} ({reasons}) extend the {limit} limit "
        "from {from_date} to {to_date}."
    ),
    "limit.moved_non_working": (
        "{from_date} is not a working day ({why}{name}): the {limit} limit moves to {to_date}."
    ),
    "limit.moved_out_of_pause": (
        "{from_date} falls inside a suspension ({reason}, {pause_start} to {pause_end}): the "
        "{limit} limit moves to {to_date}."
    ),
    "limit.result": "The {limit} limit ends on {date} (the last permissible day).",
    "absolute.readings": (
        "Whether suspension also extends the absolute limit is unclear: without suspension it "
        "ends on {plain}, extended by the {days} suspended day(s) after {event_date} on "
        "{extended}; the earlier, {plain}, is used as the safe date."
    ),
    "absolute.readings_same": (
        "No suspension falls after {event_date}, so both readings of the absolute limit give "
        "{plain}."
    ),
    "last_day.discovery": (
        "The last day to impose a penalty is {last_day}: the limit from {discovery_event} comes "
        "before the absolute limit ({absolute_limit})."
    ),
    "last_day.absolute": (
        "The last day to impose a penalty is {last_day}: the absolute limit comes before the "
        "limit from {discovery_event} ({discovery_limit})."
    ),
    "last_day.both": (
        "The last day to impose a penalty is {last_day}: both limits end on that day."
    ),
    "last_day.before_discovery": (
        "The absolute limit ({last_day}) passed before the offence was discovered on "
        "{discovered_on}: no penalty may be imposed."
    ),
    "blocked": "No penalty may be imposed from {start} to {end} ({reason}).",
}

STEP_CODES: frozenset[str] = frozenset(_ENGLISH)

# English words for the code-valued params (limit, event, why, kind, reason, reasons).
_ENGLISH_WORDS: dict[str, str] = {
    "discovery": "discovery",
    "absolute": "absolute",
    "absolute_extended": "absolute (extended reading)",
    "termination": "the termination decision",
    "commission": "commission",
    "conduct_end": "the end of the conduct",
    "discovery_still_continuing": "discovery (the conduct is still going on)",
    "weekend": "a weekend day",
    "holiday": "a public holiday",
    "override_non_working": "a day off set by the administrator",
    OffenceKind.GENERAL.value: "general",
    OffenceKind.DISCREDITING.value: "discrediting",
    OffenceKind.BUDGET.value: "budget",
    AFTER_TERMINATION: "discrediting (signs found after a terminated case)",
}
_CODE_PARAMS = frozenset({"limit", "event", "why", "kind", "discovery_event", "absolute_event"})


def _english_param(key: str, value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    if key in _CODE_PARAMS:
        return _ENGLISH_WORDS.get(value, value)
    if key in ("reason", "reasons"):
        return ", ".join(v.replace("_", " ") for v in value.split(",") if v)
    return value


@dataclass(frozen=True)
class Step:
    """One line of a computation: a stable code, its parameters and the article it applies.

    Dates in `params` are ISO strings and code-like values are codes, so the UI can translate the
    line by `code`; `english()` gives the English wording.
    """

    code: str
    params: Mapping[str, str | int] = field(default_factory=dict)
    article: str = ""

    def english(self) -> str:
        """The line in English, ending with the article in brackets."""
        values = {k: _english_param(k, v) for k, v in self.params.items()}
        if self.code == "limit.moved_non_working":
            values["name"] = f": {values['name']}" if values.get("name") else ""
        text = _ENGLISH[self.code].format(**values)
        return f"{text} [{self.article}]" if self.article else text

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": dict(self.params),
            "article": self.article,
            "text": self.english(),
        }
