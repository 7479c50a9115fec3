"""The wording of every domain error code and storage problem, translated through Qt Linguist.

The domain speaks in codes with parameters (domain/errors.py); this module is where they become
sentences. `english_message` gives the untranslated wording without a QApplication (the CLI).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from domain.errors import FieldError
from ui.audit_messages import AUDIT_MESSAGES
from ui.auth_messages import AUTH_MESSAGES
from ui.deadline_text import param_text
from ui.labels import citation
from ui.penalty_text import reference_pack, render_param, rule_with_article
from ui.procedure_messages import PROCEDURE_LABELS, PROCEDURE_MESSAGES

_CTX = "Messages"

FIELD_MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "iin.empty": QT_TRANSLATE_NOOP("Messages", "Enter the IIN."),
    "iin.length": QT_TRANSLATE_NOOP("Messages", "An IIN has exactly 12 digits."),
    "iin.digits": QT_TRANSLATE_NOOP("Messages", "An IIN consists of the digits 0–9 only."),
    "iin.century": QT_TRANSLATE_NOOP(
        "Messages", "The 7th digit of the IIN (century and sex) must be from 1 to 6."
    ),
    "iin.date": QT_TRANSLATE_NOOP(
        "Messages", "The first six digits of the IIN are not a real birth date (YYMMDD)."
    ),
    "iin.checksum": QT_TRANSLATE_NOOP(
        "Messages", "The IIN check digit is wrong: look for a mistyped digit."
    ),
    "iin.future": QT_TRANSLATE_NOOP("Messages", "The birth date in the IIN is in the future."),
    "name.control_chars": QT_TRANSLATE_NOOP(
        "Messages", "The name contains invisible or control characters; retype it."
    ),
    "name.mixed_script": QT_TRANSLATE_NOOP(
        "Messages",
        "A word of the name mixes Latin and Cyrillic letters; retype it in one alphabet.",
    ),
    "name.too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name is too long: at most {max} characters."
    ),
    "date.future": QT_TRANSLATE_NOOP("Messages", "The date is in the future."),
    "date.discovered_before_committed": QT_TRANSLATE_NOOP(
        "Messages", "The offence cannot be discovered before it was committed."
    ),
    "date.continuing_before_committed": QT_TRANSLATE_NOOP(
        "Messages", "A continuing offence cannot end before it was committed."
    ),
    "date.decided_before_discovered": QT_TRANSLATE_NOOP(
        "Messages", "The decision cannot come before the offence was discovered ({discovered_on})."
    ),
    "offence.unknown": QT_TRANSLATE_NOOP("Messages", "Choose an offence from the list."),
    "offence.repealed": QT_TRANSLATE_NOOP(
        "Messages", "This offence has been repealed and cannot be chosen for a new case."
    ),
    "offence.switched_off": QT_TRANSLATE_NOOP(
        "Messages", "This proposed offence is switched off (Settings menu)."
    ),
    "text.too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {max} characters."),
    "text.control_chars": QT_TRANSLATE_NOOP(
        "Messages", "The text contains invisible or control characters; retype it."
    ),
    "body.unknown": QT_TRANSLATE_NOOP(
        "Messages", "This state body is not in the database; choose another."
    ),
    # The user's body limits what they see and register (domain.case_guard.body_errors).
    "authz.other_body": QT_TRANSLATE_NOOP(
        "Messages", "You work with the cases of your own state body only."
    ),
    "unit.unknown": QT_TRANSLATE_NOOP(
        "Messages", "This unit does not belong to the chosen state body."
    ),
    "switch.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown legal setting."),
    # The deadline engine (domain.deadline_steps.ERROR_CODES).
    "deadline.offence_unknown": QT_TRANSLATE_NOOP("Messages", "Choose an offence from the list."),
    "deadline.offence_repealed": QT_TRANSLATE_NOOP(
        "Messages", "This offence was repealed by {repealed_by}; choose another."
    ),
    "deadline.offence_disabled": QT_TRANSLATE_NOOP(
        "Messages", "This proposed offence is switched off (Settings menu)."
    ),
    "deadline.discovery_before_commission": QT_TRANSLATE_NOOP(
        "Messages", "The offence cannot be discovered before it was committed."
    ),
    "deadline.termination_before_commission": QT_TRANSLATE_NOOP(
        "Messages",
        "The case cannot have been terminated ({terminated_on}) before the offence was committed "
        "({committed_on}).",
    ),
    "deadline.termination_not_discrediting": QT_TRANSLATE_NOOP(
        "Messages",
        "A terminated criminal or administrative case changes the limits of discrediting "
        "offences (Art. 50) only; leave this date empty.",
    ),
    "deadline.continuing_end_before_commission": QT_TRANSLATE_NOOP(
        "Messages", "A continuing offence cannot end before it was committed."
    ),
    "deadline.pause_reason_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose the reason of the suspension from the list."
    ),
    "deadline.pause_end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The period cannot end ({end}) before it starts ({start})."
    ),
    "deadline.lifted_before_imposed": QT_TRANSLATE_NOOP(
        "Messages", "A penalty cannot be lifted ({lifted_on}) before it was imposed ({imposed_on})."
    ),
    "deadline.reentry_ground_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown ground of dismissal ({ground})."
    ),
    # S13 (domain.clock_decisions): normally asked for in a dialog, this text is the fallback.
    "clock_rollback_reason_required": QT_TRANSLATE_NOOP(
        "Messages",
        "The computer's clock is earlier than the last recorded change: saving this decision "
        "needs a written reason.",
    ),
    "deadline.expired": QT_TRANSLATE_NOOP(
        "Messages",
        "Out of time: the last permissible day was {last_day}. To record a decision of "
        "{decision_date} anyway, give the written reason below.",
    ),
    "deadline.blocked_day": QT_TRANSLATE_NOOP(
        "Messages",
        "No penalty may be imposed on {decision_date}: {reason} from {start} to {end} "
        "({article}). To record it anyway, give the written reason below.",
    ),
    # The case's penalty (domain.validation, domain.penalty_service).
    "penalty.unknown": QT_TRANSLATE_NOOP(
        "Messages", "This penalty ({penalty}) is not in the rule pack; choose one from the list."
    ),
    "penalty.not_expected": QT_TRANSLATE_NOOP(
        "Messages",
        "A case decided without a penalty has none: clear the penalty or change the status.",
    ),
    "penalty.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "The law does not allow {penalty} here: only {allowed} ({rule})."
    ),
    "penalty.not_allowed.repeat": QT_TRANSLATE_NOOP(
        "Messages",
        "The law does not allow {penalty} here: this is a repeat offence within the repeat "
        "window, so only {allowed} ({rule}).",
    ),
    "penalty.justification_required": QT_TRANSLATE_NOOP(
        "Messages",
        "{penalty} lies outside the range of comparable cases and of the body's table of "
        "penalties ({least} to {most}): explain the choice in writing.",
    ),
    "penalty.lifted_without_penalty": QT_TRANSLATE_NOOP(
        "Messages", "Only an imposed penalty can be lifted early: choose the penalty first."
    ),
    "penalty.lifted_before_decision": QT_TRANSLATE_NOOP(
        "Messages", "A penalty cannot be lifted before it was imposed ({decided_on})."
    ),
    # The statutory bounds (domain.penalties.ERROR_CODES).
    "penalty.offence_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose an offence from the list to see the penalties the law allows."
    ),
    "penalty.offence_repealed": QT_TRANSLATE_NOOP(
        "Messages", "This offence was repealed by {repealed_by}: no penalty can be chosen for it."
    ),
    "penalty.offence_switched_off": QT_TRANSLATE_NOOP(
        "Messages",
        "This proposed offence is switched off (Settings menu): no penalty can be chosen for it.",
    ),
    "penalty.prior_penalty_unknown": QT_TRANSLATE_NOOP(
        "Messages", "An earlier penalty of the servant ({penalty}) is not in the rule pack."
    ),
    "penalty.prior_offence_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The offence of an earlier penalty ({offence}) is not in the rule pack."
    ),
    "penalty.prior_lifted_before_imposed": QT_TRANSLATE_NOOP(
        "Messages",
        "An earlier penalty cannot have been lifted ({lifted_on}) before it was imposed "
        "({imposed_on}).",
    ),
    # The criteria worksheet (domain.criteria.ERROR_CODES).
    "criteria.unknown": QT_TRANSLATE_NOOP(
        "Messages", "“{criterion}” is not a criterion of the rule pack."
    ),
    "criteria.note_required": QT_TRANSLATE_NOOP(
        "Messages", "Rated {rating}: write down why in the note."
    ),
    "criteria.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "“{criterion}” is rated twice; keep one rating."
    ),
    "criteria.rating_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown rating ({rating}): choose aggravating, neutral, mitigating or not applicable.",
    ),
    # A body's table of penalties.
    "penalty_table.occurrence": QT_TRANSLATE_NOOP(
        "Messages", "Choose the occurrence: from 1 to {max} (the last one counts every later)."
    ),
    "penalty_table.range_reversed": QT_TRANSLATE_NOOP(
        "Messages",
        "The range is reversed: {min_penalty} is more severe than {max_penalty}.",
    ),
    "penalty_table.duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "Another entry already has this offence, occurrence and start date; remove it first.",
    ),
    "passphrase.short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too short: at least {min} characters."
    ),
    "passphrase.long": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too long: at most {max} characters."
    ),
    "passphrase.mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases differ."),
    **PROCEDURE_MESSAGES,
    **AUTH_MESSAGES,
    **AUDIT_MESSAGES,
}

# A code whose wording depends on a parameter: (code, parameter, value) -> the variant's key.
_VARIANTS: dict[tuple[str, str, object], str] = {
    ("penalty.not_allowed", "repeat", True): "penalty.not_allowed.repeat",
}
# Parameters worded with a rule pack's names (ui.penalty_text.render_param).
_PACK_PARAMS = frozenset(
    {
        "penalty",
        "allowed",
        "least",
        "most",
        "min_penalty",
        "max_penalty",
        "criterion",
        "rating",
        "offence",
    }
)

_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "Invalid value ({code}).")

# The editor's field labels, also used to name a field in the list of problems next to Save.
FIELD_LABELS: dict[str, str] = {
    "servant.full_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
    "servant.iin": QT_TRANSLATE_NOOP("Messages", "IIN"),
    "servant.position": QT_TRANSLATE_NOOP("Messages", "Position"),
    "servant.category": QT_TRANSLATE_NOOP("Messages", "Service"),
    "servant.body_id": QT_TRANSLATE_NOOP("Messages", "State body"),
    "servant.unit_id": QT_TRANSLATE_NOOP("Messages", "Unit"),
    "offence": QT_TRANSLATE_NOOP("Messages", "Offence"),
    "committed_on": QT_TRANSLATE_NOOP("Messages", "Committed on"),
    "discovered_on": QT_TRANSLATE_NOOP("Messages", "Discovered on"),
    "continuing_until": QT_TRANSLATE_NOOP("Messages", "Continued until"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "report_source": QT_TRANSLATE_NOOP("Messages", "Report source"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "continuing": QT_TRANSLATE_NOOP("Messages", "Continuing offence"),
    "terminated_on": QT_TRANSLATE_NOOP("Messages", "Criminal or administrative case terminated on"),
    "decided_on": QT_TRANSLATE_NOOP("Messages", "Decided on"),
    "override_reason": QT_TRANSLATE_NOOP("Messages", "Reason for deciding anyway"),
    "pauses": QT_TRANSLATE_NOOP("Messages", "Suspensions"),
    "penalty": QT_TRANSLATE_NOOP("Messages", "Penalty"),
    "penalty_lifted_on": QT_TRANSLATE_NOOP("Messages", "Lifted early on"),
    "justification": QT_TRANSLATE_NOOP("Messages", "Justification"),
    "lower_post_vacant": QT_TRANSLATE_NOOP("Messages", "A vacant lower post exists"),
    "occurrence": QT_TRANSLATE_NOOP("Messages", "Occurrence"),
    "min_penalty": QT_TRANSLATE_NOOP("Messages", "Mildest penalty"),
    "max_penalty": QT_TRANSLATE_NOOP("Messages", "Most severe penalty"),
    "valid_from": QT_TRANSLATE_NOOP("Messages", "Applies from"),
    "body_id": QT_TRANSLATE_NOOP("Messages", "State body"),
    **PROCEDURE_LABELS,
}
# A decision date is checked under either name: the engine's and the case's.
FIELD_LABELS["decision_date"] = FIELD_LABELS["decided_on"]

_PAUSE_FIELD = re.compile(r"^pauses\.(\d+)\.(\w+)$")
_PAUSE_LABEL = QT_TRANSLATE_NOOP("Messages", "Suspension %1")
_PAUSE_PARTS: dict[str, str] = {
    "reason": QT_TRANSLATE_NOOP("Messages", "reason"),
    "start": QT_TRANSLATE_NOOP("Messages", "from"),
    "end": QT_TRANSLATE_NOOP("Messages", "to"),
    "document": QT_TRANSLATE_NOOP("Messages", "document"),
}

_PARAM = re.compile(r"\{(\w+)\}")


def _fill(text: str, params: Mapping[str, Any]) -> str:
    # A missing parameter leaves its placeholder rather than raising: wording never crashes.
    return _PARAM.sub(lambda m: str(params.get(m.group(1), m.group(0))), text)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_error_text(error: FieldError, reasons: Mapping[str, str] | None = None) -> str:
    """The translated sentence for one validation error (`reasons`: suspension reason names)."""
    return code_text(error.code, error.params, reasons)


def code_text(
    code: str, params: Mapping[str, Any] | None = None, reasons: Mapping[str, str] | None = None
) -> str:
    """A code's sentence with its parameters as a reader sees them (dates as dd.mm.yyyy)."""
    params = _sized(code, params or {})
    source = FIELD_MESSAGES.get(_variant(code, params))
    if source is None:
        return _fill(_tr(_UNKNOWN), {"code": code})
    values = {key: _value(key, value, reasons) for key, value in params.items()}
    return _sentence(_fill(_tr(source), values))


def _sized(code: str, params: Mapping[str, Any]) -> Mapping[str, Any]:
    """File sizes in bytes (attachment.too_large) as megabytes: "20 MB"."""
    if code != "attachment.too_large":
        return params
    return {
        key: f"{value / 1048576:.1f}".removesuffix(".0") + " MB"
        if isinstance(value, int)
        else value
        for key, value in params.items()
    }


def _variant(code: str, params: Mapping[str, Any]) -> str:
    for (base, key, value), variant in _VARIANTS.items():
        if base == code and params.get(key) == value:
            return variant
    return code


def _value(key: str, value: Any, reasons: Mapping[str, str] | None, lang: str | None = None) -> str:
    """A parameter as a reader sees it (`lang` "en": in English, for the CLI)."""
    if key in _PACK_PARAMS or (key == "rule" and isinstance(value, str)):
        pack = reference_pack()
        if key == "rule":
            return rule_with_article(value, pack, lang)
        return render_param(key, value, pack, lang)
    if lang == "en":
        return str(value)
    if key == "article":
        return citation(str(value))
    return param_text(key, value, reasons)


def pause_part_label(part: str) -> str:
    """'Reason', 'From', 'To' or 'Document': a part of a suspension row, for its error line."""
    source = _PAUSE_PARTS.get(part)
    text = _tr(source) if source else part
    return text[:1].upper() + text[1:]


def field_label(field: str) -> str:
    found = _PAUSE_FIELD.match(field)
    if found:
        number = str(int(found.group(1)) + 1)
        part = _PAUSE_PARTS.get(found.group(2))
        head = _tr(_PAUSE_LABEL).replace("%1", number)
        return f"{head}, {_tr(part)}" if part else head
    source = FIELD_LABELS.get(field)
    return _tr(source) if source else field


class Messages(QObject):
    """Plural messages in the "Messages" context: lupdate (PySide6 6.11) marks a message plural
    only for `self.tr(text, "", n)` inside a class named for the context."""

    def problems(self, n: int) -> str:
        return self.tr("%n problem(s):", "", n)


def problems_summary(errors: list[FieldError], reasons: Mapping[str, str] | None = None) -> str:
    """'2 problems: IIN: …; Discovered on: …' for the label beside the Save button."""
    if not errors:
        return ""
    head = Messages().problems(len(errors))
    parts = [f"{field_label(e.field)}: {field_error_text(e, reasons)}" for e in errors]
    return f"{head} " + " ".join(parts)


def english_message(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The English wording of a validation code, for the CLI (no QApplication needed)."""
    params = _sized(code, params or {})
    source = FIELD_MESSAGES.get(_variant(code, params))
    if source is None:
        return _fill(_UNKNOWN, {"code": code})
    values = {key: _value(key, value, None, "en") for key, value in params.items()}
    return _sentence(_fill(source, values))


def _sentence(text: str) -> str:
    """A message that begins with a penalty's name begins with a capital letter."""
    return text[:1].upper() + text[1:]


# The blocking warning before opening an SQLite file on a removable drive or in a synced folder
# (db.storage_guard.Location values; main.py asks, S7).
LOCATION_WARNINGS: dict[str, str] = {
    "removable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is on a removable drive. Removing the drive while Tartip runs can damage "
        "it. Open it anyway?",
    ),
    "cloud": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is in a folder a cloud service synchronises. The service can upload a "
        "half-written file or put an old copy back over it. Open it anyway?",
    ),
}


def location_warning(location: str) -> str:
    """The translated warning for a removable or cloud-synced location ("" for any other)."""
    source = LOCATION_WARNINGS.get(location)
    return _tr(source) if source else ""
