"""Small pieces the procedure's sections share: a multi-line field, errors shown at their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from domain.errors import FieldError
from ui.form_widgets import FieldBox
from ui.messages import field_error_text, field_label
from ui.prompts import Prompts

ERROR_STYLE = "color: #c62828;"
MUTED_STYLE = "color: #505050;"
WARNING_STYLE = "color: #8a3300; background: #fff0c2; padding: 4px;"


def text_field(owner: QWidget, lines: int, placeholder: str = "") -> QPlainTextEdit:
    """A plain-text field `lines` high where Tab moves on (it is a form, not an editor)."""
    edit = QPlainTextEdit(owner)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def error_label() -> QLabel:
    """A red line for the problems that belong to no single field."""
    label = QLabel()
    label.setObjectName("problems")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_errors(
    errors: list[FieldError],
    boxes: dict[str, FieldBox],
    general: QLabel,
    aliases: dict[str, str] | None = None,
) -> None:
    """Each error under its field's box; those of other fields on the `general` line, named."""
    aliases = aliases or {}
    by_field: dict[str, list[str]] = {}
    rest: list[str] = []
    for error in errors:
        field = aliases.get(error.field, error.field)
        if field in boxes:
            by_field.setdefault(field, []).append(field_error_text(error))
        else:
            rest.append(f"{field_label(error.field)}: {field_error_text(error)}")
    for field, box in boxes.items():
        box.set_error(" ".join(by_field.get(field, [])))
    general.setText(" ".join(rest))
    general.setVisible(bool(rest))


def say_gone(prompts: Prompts, parent: QWidget) -> None:
    """What was being saved to is no longer in the database (another user removed it)."""
    title = QCoreApplication.translate("Procedure", "Not saved")
    text = QCoreApplication.translate(
        "Procedure",
        "What this was to be saved to is no longer in the database: close the window and open "
        "it again.",
    )
    prompts.warning(title, text, parent)
