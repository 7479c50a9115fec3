"""Asks why a decision is saved while the computer's clock is behind the audit trail (S13)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.audit import parse_ts
from domain.clock_decisions import E_CLOCK_REASON
from domain.errors import FieldError
from ui.clock_text import clock_behind_text


def clock_refusal(errors: Sequence[FieldError]) -> FieldError | None:
    """The service's refusal for want of a clock reason, if that is what `errors` say."""
    return next((e for e in errors if e.code == E_CLOCK_REASON), None)


class ClockReasonDialog(QDialog):
    """Says both times and asks for the written reason the audit entry will carry."""

    def __init__(self, refusal: FieldError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The computer's clock is behind"))
        now, newest = refusal.params.get("now_utc"), refusal.params.get("newest_utc")
        situation = clock_behind_text(parse_ts(now), parse_ts(newest)) if now and newest else ""
        self.message = QLabel(
            situation
            + "\n\n"
            + self.tr(
                "To save this decision anyway, write why (for example, who checked the date). "
                "The reason is recorded in the audit trail."
            )
        )
        self.message.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Reason for saving with this clock"))
        self.reason.setAccessibleName(self.tr("Reason for saving with this clock"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save with this reason"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason_text())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


def ask_clock_reason(
    errors: Sequence[FieldError], retry: Callable[[str], object], parent: QWidget
) -> ClockReasonDialog | None:
    """When `errors` ask for a clock reason: open the dialog (non-blocking) and, once accepted,
    call `retry(reason)`; returns the dialog, or None when no reason is asked for."""
    refusal = clock_refusal(errors)
    if refusal is None:
        return None
    dialog = ClockReasonDialog(refusal, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: retry(dialog.reason_text()))
    dialog.open()
    return dialog
