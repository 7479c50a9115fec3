"""The case editor's civil-servant section: name, IIN and what it encodes, post, service, body, unit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QWidget,
)

from domain.errors import StorageError
from domain.iin import IinError
from ui.form_widgets import FieldBox, add_field_box
from ui.labels import body_name, sex_label, unit_name
from ui.messages import field_label

if TYPE_CHECKING:
    from domain.services import CaseService

# Logged under the editor's name, as before the section had a module of its own.
_log = logging.getLogger("ui.case_editor")

# The texts keep the "CaseEditor" translation context they had as the editor's own tr(); lupdate
# reads the context only from a literal QCoreApplication.translate() call, hence the repetition.


class ServantSection:
    """The servant's widgets in their group box, and the choices that depend on the database."""

    def __init__(self, owner: QWidget, services: CaseService, boxes: dict[str, FieldBox]) -> None:
        self._services = services
        self.full_name = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(20)  # room to paste with spaces; the check names the real problem
        self.iin.setPlaceholderText(QCoreApplication.translate("CaseEditor", "12 digits"))
        self.iin_info = QLabel()
        self.iin_info.setObjectName("iinInfo")
        self.iin_info.setStyleSheet("color: #505050;")
        iin_row = QWidget()
        iin_layout = QHBoxLayout(iin_row)
        iin_layout.setContentsMargins(0, 0, 0, 0)
        self.iin.setMinimumWidth(150)
        iin_layout.addWidget(self.iin, 1)
        iin_layout.addWidget(self.iin_info, 2)
        self.position = QLineEdit()

        self.political = QRadioButton(QCoreApplication.translate("CaseEditor", "Political"))
        self.administrative = QRadioButton(
            QCoreApplication.translate("CaseEditor", "Administrative")
        )
        self.administrative.setChecked(True)
        self.category = QButtonGroup(owner)
        self.category.addButton(self.political)
        self.category.addButton(self.administrative)
        self.elected = QCheckBox(QCoreApplication.translate("CaseEditor", "Elected post"))
        service_row = QWidget()
        service_layout = QHBoxLayout(service_row)
        service_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.administrative, self.political, self.elected):
            service_layout.addWidget(widget)
        service_layout.addStretch(1)

        self.body = QComboBox()
        self.body.setMinimumContentsLength(30)
        self.body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_body_button = QToolButton()
        self.add_body_button.setText(QCoreApplication.translate("CaseEditor", "Add body…"))
        body_row = QWidget()
        body_layout = QHBoxLayout(body_row)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.body, 1)
        body_layout.addWidget(self.add_body_button)
        self.unit = QComboBox()

        self.box = QGroupBox(QCoreApplication.translate("CaseEditor", "Civil servant"))
        form = QFormLayout(self.box)
        for field, widget in (
            ("servant.full_name", self.full_name),
            ("servant.iin", iin_row),
            ("servant.position", self.position),
            ("servant.category", service_row),
            ("servant.body_id", body_row),
            ("servant.unit_id", self.unit),
        ):
            form.addRow(field_label(field), add_field_box(boxes, field, widget))

    def load_bodies(self, select: int | None = None) -> None:
        """The state bodies to choose from, keeping (or making) the selection; then its units."""
        current = select if select is not None else self.body.currentData()
        self.body.blockSignals(True)
        try:
            self.body.clear()
            self.body.addItem(
                QCoreApplication.translate("CaseEditor", "Choose a state body…"), None
            )
            for body in self._services.bodies():
                self.body.addItem(body_name(body), body.id)
            self.body.setCurrentIndex(max(0, self.body.findData(current)))
        except StorageError as exc:
            _log.warning("bodies: %s", exc)
        finally:
            self.body.blockSignals(False)
        self.load_units()

    def load_units(self) -> None:
        """The units of the chosen body, keeping the chosen unit if the body has it."""
        current = self.unit.currentData()
        body_id = self.body.currentData()
        self.unit.blockSignals(True)
        try:
            self.unit.clear()
            self.unit.addItem(QCoreApplication.translate("CaseEditor", "—"), None)
            if body_id is not None:
                for unit in self._services.units(body_id):
                    self.unit.addItem(unit_name(unit), unit.id)
            self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        except StorageError as exc:
            _log.warning("units: %s", exc)
        finally:
            self.unit.blockSignals(False)
        self.unit.setEnabled(body_id is not None)

    def show_iin_info(self) -> None:
        """Beside a well-formed IIN, the birth date and sex it encodes."""
        text = self.iin.text().strip()
        if len(text) != 12:
            self.iin_info.clear()
            return
        try:
            info = self._services.check_iin(text)
        except IinError:  # the message under the field says which check failed
            self.iin_info.clear()
            return
        self.iin_info.setText(
            QCoreApplication.translate("CaseEditor", "born %1, %2")
            .replace("%1", info.birth_date.strftime("%d.%m.%Y"))
            .replace("%2", sex_label(info.sex))
        )
