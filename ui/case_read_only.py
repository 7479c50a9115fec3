"""A case editor opened for reading only: every input of the case shown, none editable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

from ui.form_widgets import OptionalDateEdit


def make_read_only(
    page: QWidget,
    keep_enabled: QWidget,
    save_button: QPushButton,
    problems: QLabel,
    buttons: QDialogButtonBox,
) -> None:
    """Lock every input on `page` but `keep_enabled`; only Close remains of the buttons."""
    for line in page.findChildren(QLineEdit):
        line.setReadOnly(True)
    for text in page.findChildren(QPlainTextEdit):
        text.setReadOnly(True)
    for widget in (
        page.findChildren(QComboBox)
        + page.findChildren(QCheckBox)
        + page.findChildren(QRadioButton)
        + page.findChildren(QToolButton)
        + page.findChildren(QPushButton)
    ):
        if widget is not keep_enabled:
            widget.setEnabled(False)
    for date_edit in page.findChildren(OptionalDateEdit):
        date_edit.setReadOnly(True)
    save_button.hide()
    problems.hide()
    close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if close is not None:
        # Keeps the "CaseEditor" translation context it had as the editor's own tr().
        close.setText(QCoreApplication.translate("CaseEditor", "Close"))
