"""The case editor's problems on screen: errors mapped to the fields and pause rows they concern."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.errors import FieldError
from ui.messages import field_error_text, field_label, pause_part_label, problems_summary

if TYPE_CHECKING:
    from ui.form_widgets import FieldBox
    from ui.pauses_editor import PausesEditor

# Errors shown under a field before the user has touched it: everything but "you left it empty".
_QUIET_UNTIL_TOUCHED = frozenset({"required", "iin.empty"})
# The engine checks the decision date under its own name; the editor shows it at decided_on.
_FIELD_ALIASES = {"decision_date": "decided_on"}
JUSTIFICATION_REQUIRED = "penalty.justification_required"


def on_screen(errors: list[FieldError], pauses: PausesEditor) -> list[FieldError]:
    """The errors under the names of the form's fields, plus the incomplete pause rows."""
    rows = pauses.complete_rows()
    shown: list[FieldError] = []
    for error in errors:
        field = _FIELD_ALIASES.get(error.field, error.field)
        parts = field.split(".")
        # pauses.{i} counts complete rows only; the user counts every row on screen.
        if len(parts) == 3 and parts[0] == "pauses" and parts[1].isdigit():
            index = int(parts[1])
            if index < len(rows):
                field = f"pauses.{pauses.rows.index(rows[index])}.{parts[2]}"
        shown.append(FieldError(field, error.code, error.params))
    for number, row in enumerate(pauses.rows):
        shown += [FieldError(f"pauses.{number}.{part}", "required") for part in row.missing()]
    return shown


def mark_fields(
    shown: list[FieldError],
    boxes: dict[str, FieldBox],
    pauses: PausesEditor,
    touched: set[str],
) -> None:
    """Each field's and pause row's messages under it; 'left empty' waits until it is touched."""
    reasons = pauses.reasons_by_code()
    by_field: dict[str, list[str]] = {}
    for error in shown:
        if error.field in touched or error.code not in _QUIET_UNTIL_TOUCHED:
            by_field.setdefault(error.field, []).append(field_error_text(error, reasons))
    for field, box in boxes.items():
        box.set_error(" ".join(by_field.get(field, [])))
    for number, row in enumerate(pauses.rows):
        lines = [
            f"{pause_part_label(e.field.split('.')[2])}: {field_error_text(e, reasons)}"
            for e in shown
            if e.field.startswith(f"pauses.{number}.")
            and (row.touched or e.code not in _QUIET_UNTIL_TOUCHED)
        ]
        row.set_error(" ".join(lines))


def problems_text(shown: list[FieldError], pauses: PausesEditor) -> tuple[str, str]:
    """The one-line summary under the form and the bulleted details for its tooltip."""
    reasons = pauses.reasons_by_code()
    summary = problems_summary(shown, reasons)
    details = "\n".join(f"• {field_label(e.field)}: {field_error_text(e, reasons)}" for e in shown)
    return summary, details
