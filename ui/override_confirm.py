"""The second user's login and password under a deadline override's written reason (RELIABILITY
§3.2 "chair confirmation", ASVS 2.3.5), shown by the case editor and the procedure tab's order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from domain.override_signoff import CONFIRM_FIELD, OverrideConfirmation
from ui.form_widgets import FieldBox

__all__ = ["CONFIRM_FIELD", "ConfirmFields"]


class ConfirmFields(QWidget):
    """Login and password of the commission member (the chair) who confirms the override.

    The service checks them on save (AuthService.confirm_override); the password is read once
    per try and then cleared, so it never stays on screen after a refusal.
    """

    changed = Signal()  # the user typed in either field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login = QLineEdit()
        self.login.setObjectName("confirmLogin")
        self.login.setPlaceholderText(self.tr("The chair's login"))
        self.password = QLineEdit()
        self.password.setObjectName("confirmPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("The chair's password"))
        # A tooltip, not a line of text: the Decision box has no height to spare.
        self.setToolTip(
            self.tr(
                "Another user, a commission member or secretary of this body, confirms the "
                "decision with their own password. The login is recorded, never the password."
            )
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        self.login.textChanged.connect(self.changed)
        self.password.textChanged.connect(self.changed)

    def take(self) -> OverrideConfirmation | None:
        """The credentials as typed (None without a login), clearing the password field: each
        save is one try. The clearing is no edit, so a refusal shown next stays on screen."""
        login, password = self.login.text().strip(), self.password.text()
        self.clear_password()
        return OverrideConfirmation(login, password) if login else None

    def clear_password(self) -> None:
        self.password.blockSignals(True)
        try:
            self.password.clear()
        finally:
            self.password.blockSignals(False)

    def clear(self) -> None:
        self.login.clear()
        self.clear_password()


def confirm_box(boxes: dict[str, FieldBox], parent: QWidget | None = None) -> ConfirmFields:
    """The fields, registered in `boxes` under CONFIRM_FIELD so a refusal shows under them."""
    fields = ConfirmFields(parent)
    boxes[CONFIRM_FIELD] = FieldBox(fields)
    return fields
