"""The wording of every domain error code and storage problem, translated through Qt Linguist.

The domain speaks in codes with parameters (domain/errors.py); this module is where they become
sentences. `english_message` gives the untranslated wording without a QApplication (the CLI).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.errors import FieldError, StorageErrorKind

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
    "unit.unknown": QT_TRANSLATE_NOOP(
        "Messages", "This unit does not belong to the chosen state body."
    ),
    "switch.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown legal setting."),
}

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
}

STORAGE_TITLES: dict[StorageErrorKind, str] = {
    StorageErrorKind.LOCKED: QT_TRANSLATE_NOOP("Messages", "Database busy"),
    StorageErrorKind.READ_ONLY: QT_TRANSLATE_NOOP("Messages", "Database is read-only"),
    StorageErrorKind.CORRUPT: QT_TRANSLATE_NOOP("Messages", "Database damaged"),
    StorageErrorKind.NOT_A_DATABASE: QT_TRANSLATE_NOOP("Messages", "Not a Tartip database"),
    StorageErrorKind.NEWER_SCHEMA: QT_TRANSLATE_NOOP("Messages", "Database from a newer Tartip"),
    StorageErrorKind.DISK_FULL: QT_TRANSLATE_NOOP("Messages", "Disk full"),
    StorageErrorKind.CANNOT_OPEN: QT_TRANSLATE_NOOP("Messages", "Cannot open the database"),
}

STORAGE_MESSAGES: dict[StorageErrorKind, str] = {
    StorageErrorKind.LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "Another program or user is writing to the database right now. Nothing was saved; "
        "your input is kept. Wait a moment and try again.",
    ),
    StorageErrorKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "The database file or its folder cannot be written. Nothing was saved; your input is "
        "kept. Ask your administrator for write access, or open a copy in a writable folder.",
    ),
    StorageErrorKind.CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged. Stop working in it and open the latest backup; the "
        "damaged file is left untouched for your administrator.",
    ),
    StorageErrorKind.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Tartip database. Choose another file."
    ),
    StorageErrorKind.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of Tartip. Install that version; this "
        "one will not change the file.",
    ),
    StorageErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full. Nothing was saved; your input is kept. Free some space and try again.",
    ),
    StorageErrorKind.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages",
        "The database cannot be opened: its folder is missing or not accessible. Check the "
        "path, the network connection or the permissions.",
    ),
}

_PARAM = re.compile(r"\{(\w+)\}")


def _fill(text: str, params: Mapping[str, Any]) -> str:
    # A missing parameter leaves its placeholder rather than raising: wording never crashes.
    return _PARAM.sub(lambda m: str(params.get(m.group(1), m.group(0))), text)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_error_text(error: FieldError) -> str:
    """The translated sentence for one validation error."""
    return code_text(error.code, error.params)


def code_text(code: str, params: Mapping[str, Any] | None = None) -> str:
    source = FIELD_MESSAGES.get(code)
    if source is None:
        return _fill(_tr(_UNKNOWN), {"code": code})
    return _fill(_tr(source), params or {})


def field_label(field: str) -> str:
    source = FIELD_LABELS.get(field)
    return _tr(source) if source else field


def problems_summary(errors: list[FieldError]) -> str:
    """'2 problems: IIN: …; Discovered on: …' for the label beside the Save button."""
    if not errors:
        return ""
    head = QCoreApplication.translate("Messages", "%n problem(s):", "", len(errors))
    parts = [f"{field_label(e.field)}: {field_error_text(e)}" for e in errors]
    return f"{head} " + " ".join(parts)


def storage_error_text(kind: StorageErrorKind) -> tuple[str, str]:
    """The title and the advice for a database problem, translated."""
    return _tr(STORAGE_TITLES[kind]), _tr(STORAGE_MESSAGES[kind])


def english_message(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The English wording of a validation code, for the CLI (no QApplication needed)."""
    return _fill(FIELD_MESSAGES.get(code, _UNKNOWN), {"code": code, **(params or {})})


def english_storage_message(kind: StorageErrorKind) -> str:
    """The English title and advice for a database problem, for the CLI."""
    return f"{STORAGE_TITLES[kind]}: {STORAGE_MESSAGES[kind]}"
