"""Settings → Commissions: the disciplinary commissions, the bodies each serves, their compositions.

One commission may serve several bodies (Law 416-V Art. 44 p.9). Its composition is versioned by
the date it applies from: a hearing is held by the composition in force on its day. The quorum is
a fraction of the voting members (the rule pack's default, two thirds, unless set here).
Save stays disabled while the input has problems; a refusal by the service saves nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.errors import FieldError, NotFound, StorageError, ValidationFailed
from domain.procedure import validate_commission, validate_composition
from domain.procedure_model import Commission, CommissionInput, Composition
from ui.composition_editor import CompositionEditor
from ui.composition_table import MEMBER_FIELDS
from ui.deadline_text import date_text
from ui.form_widgets import FieldBox
from ui.i18n import current_language
from ui.labels import body_name
from ui.messages import Messages, field_error_text, field_label
from ui.procedure_widgets import say_gone
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.model import Body
    from domain.procedure_service import ProcedureService
    from domain.services import CaseService
    from ui.main_window import MainWindow

_log = logging.getLogger(__name__)
# Shown under a field only once it was touched: an empty new form does not shout.
_QUIET_UNTIL_TOUCHED = frozenset({"required", "commission.no_bodies"})
# The field prefix of a problem in a changed composition that is not the one on screen.
_ELSEWHERE = "composition@"


def commission_name(commission: Commission) -> str:
    """A commission's name in the UI language (Russian when there is no Kazakh)."""
    if current_language() == "kk" and commission.name_kk:
        return commission.name_kk
    return commission.name_ru or commission.name_kk


class CommissionDialog(QDialog):
    """Lists the commissions; edits one at a time (names, bodies, compositions) and saves it."""

    commission_saved = Signal(int)  # the commission id

    def __init__(
        self,
        procedure: ProcedureService,
        cases: CaseService,
        prompts: Prompts,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._cases = cases
        self._prompts = prompts
        self._commission: Commission | None = None
        self._loading = False
        self._changed = False
        self._touched: set[str] = set()
        self._errors: list[FieldError] = []
        self.boxes: dict[str, FieldBox] = {}
        self._bodies: list[Body] = []
        self.setWindowTitle(self.tr("Disciplinary commissions"))

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton(self.tr("New commission"))
        self.new_button.clicked.connect(self.new_commission)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Commissions")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.name_ru = QLineEdit()
        self.name_kk = QLineEdit()
        self.bodies = QListWidget()
        self.bodies.setMinimumHeight(self.fontMetrics().height() * 4)
        self.bodies.setMaximumHeight(self.fontMetrics().height() * 8)
        self.boxes["name_ru"] = FieldBox(self.name_ru)
        self.boxes["name_kk"] = FieldBox(self.name_kk)
        self.boxes["body_ids"] = FieldBox(self.bodies)
        names = QFormLayout()
        names.addRow(field_label("name_ru"), self.boxes["name_ru"])
        names.addRow(field_label("name_kk"), self.boxes["name_kk"])
        bodies_label = QLabel(
            self.tr("Bodies it serves (Art. 44 p. 9: one commission may serve several)")
        )
        bodies_label.setWordWrap(True)
        names.addRow(bodies_label, self.boxes["body_ids"])

        self.composition = CompositionEditor(procedure.default_quorum(), today)
        self.boxes.update(self.composition.boxes)
        composition_box = QGroupBox(self.tr("Composition by date"))
        composition_layout = QVBoxLayout(composition_box)
        composition_layout.addWidget(self.composition)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(names)
        right_layout.addWidget(composition_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.status = QLabel()
        self.status.setStyleSheet("color: #505050;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.problems, 1)
        footer.addWidget(self.status)
        footer.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(700, screen.height() - 60))

        self.name_ru.textChanged.connect(lambda: self._edited("name_ru"))
        self.name_kk.textChanged.connect(lambda: self._edited("name_kk"))
        self.bodies.itemChanged.connect(lambda _item: self._edited("body_ids"))
        self.composition.edited.connect(lambda: self._edited("members"))
        self._load_bodies()
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def _load_bodies(self) -> None:
        self._loading = True
        try:
            self.bodies.clear()
            self._bodies = self._cases.bodies()
            for body in self._bodies:
                item = QListWidgetItem(body_name(body))
                item.setData(Qt.ItemDataRole.UserRole, body.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.bodies.addItem(item)
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
        finally:
            self._loading = False

    def reload(self, select: int | None = None) -> None:
        """Read the commissions again; show `select` (or the first, or a blank new one)."""
        try:
            commissions = self._procedure.commissions()
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            commissions = []
        self._loading = True
        try:
            self.list.clear()
            for commission in commissions:
                item = QListWidgetItem(commission_name(commission))
                item.setData(Qt.ItemDataRole.UserRole, commission.id)
                self.list.addItem(item)
        finally:
            self._loading = False
        ids = [c.id for c in commissions]
        if select in ids:
            row = ids.index(select)
        else:
            row = 0 if commissions else -1
        if row >= 0:
            self._loading = True
            self.list.setCurrentRow(row)
            self._loading = False
            self._show(commissions[row])
        else:
            self._show(None)

    def _row_chosen(self, row: int) -> None:
        if self._loading:
            return
        if self._changed and not self._prompts.question(
            self.tr("Disciplinary commissions"),
            self.tr("Discard the changes to this commission?"),
            self,
        ):
            self._loading = True
            self.list.setCurrentRow(self._current_row())
            self._loading = False
            return
        item = self.list.item(row)
        if item is None:
            return
        try:
            self._show(self._procedure.commission(int(item.data(Qt.ItemDataRole.UserRole))))
        except NotFound:
            self.reload()
        except StorageError as exc:
            self._prompts.storage_error(exc, self)

    def _current_row(self) -> int:
        if self._commission is None:
            return -1
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == self._commission.id:
                return row
        return -1

    def new_commission(self) -> None:
        """A blank form for a commission not stored yet."""
        if self._changed and not self._prompts.question(
            self.tr("Disciplinary commissions"),
            self.tr("Discard the changes to this commission?"),
            self,
        ):
            return
        self._loading = True
        self.list.setCurrentRow(-1)
        self._loading = False
        self._show(None)
        self.name_ru.setFocus()

    def _show(self, commission: Commission | None) -> None:
        self._commission = commission
        self._loading = True
        try:
            self.name_ru.setText(commission.name_ru if commission else "")
            self.name_kk.setText(commission.name_kk if commission else "")
            served = set(commission.body_ids) if commission else set()
            for row in range(self.bodies.count()):
                item = self.bodies.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in served
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.composition.set_compositions(commission.compositions if commission else ())
        finally:
            self._loading = False
        self._changed = False
        self._touched = set(self.boxes) if commission is not None else set()
        self.status.setText("")
        self.check()

    # -- checking and saving -----------------------------------------------------------------

    def commission_input(self) -> CommissionInput:
        body_ids = tuple(
            int(self.bodies.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.bodies.count())
            if self.bodies.item(row).checkState() == Qt.CheckState.Checked
        )
        return CommissionInput(self.name_ru.text().strip(), self.name_kk.text().strip(), body_ids)

    @property
    def errors(self) -> list[FieldError]:
        return list(self._errors)

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self._changed = True
        self._touched.add(field)
        self.status.setText("")
        self.check()

    def check(self) -> list[FieldError]:
        """The problems of the form as typed, shown at their fields; Save follows them."""
        errors = validate_commission(self.commission_input(), self._bodies)
        shown = self.composition.shown()
        compositions = self.composition.compositions()
        for composition in compositions:
            if composition is shown and self.composition.shown_dirty():
                errors += validate_composition(composition, _others(compositions, composition))
        errors += self._hidden_problems(compositions, shown)
        self._show_errors(errors)
        return errors

    def _hidden_problems(
        self, compositions: list[Composition], shown: Composition | None
    ) -> list[FieldError]:
        """Problems of changed compositions not on screen, on the general line (by date)."""
        errors: list[FieldError] = []
        for composition in self.composition.dirty():
            if composition is shown:
                continue
            for error in validate_composition(composition, _others(compositions, composition)):
                field = f"{_ELSEWHERE}{composition.valid_from.isoformat()}"
                errors.append(FieldError(field, error.code, error.params))
        return errors

    def _show_errors(self, errors: list[FieldError]) -> None:
        self._errors = list(errors)
        by_field: dict[str, list[str]] = {}
        cells: dict[tuple[int, int], str] = {}
        for error in errors:
            field = error.field
            parts = field.split(".")
            if len(parts) == 3 and parts[0] == "members" and parts[1].isdigit():
                if parts[2] in MEMBER_FIELDS:
                    cells[(int(parts[1]), MEMBER_FIELDS.index(parts[2]))] = field_error_text(error)
                field = "members"
            if field not in self.boxes:
                continue
            if field in self._touched or error.code not in _QUIET_UNTIL_TOUCHED:
                by_field.setdefault(field, []).append(self._error_line(error))
        for field, box in self.boxes.items():
            box.set_error(" ".join(by_field.get(field, [])))
        self.composition.model.set_errors(cells)
        parts = [f"{self._label(e.field)}: {field_error_text(e)}" for e in errors]
        summary = f"{Messages().problems(len(errors))} " + " ".join(parts) if errors else ""
        self.problems.setText(summary)
        details = "\n".join(f"• {part}" for part in parts)
        self.problems.setToolTip(details)
        self.save_button.setEnabled(not errors and (self._changed or self._commission is None))
        self.save_button.setToolTip(details or self.tr("Save the commission"))

    def _label(self, field: str) -> str:
        if field.startswith(_ELSEWHERE):
            day = date.fromisoformat(field.removeprefix(_ELSEWHERE))
            return self.tr("Composition from %1").replace("%1", date_text(day))
        parts = field.split(".")
        if len(parts) == 3 and parts[0] == "members" and parts[1].isdigit():
            return self.tr("Member %1").replace("%1", str(int(parts[1]) + 1))
        return field_label(field)

    def _error_line(self, error: FieldError) -> str:
        parts = error.field.split(".")
        if len(parts) >= 2 and parts[0] == "members" and parts[1].isdigit():
            head = self.tr("Member %1").replace("%1", str(int(parts[1]) + 1))
            return f"{head}: {field_error_text(error)}"
        return field_error_text(error)

    def save(self) -> int | None:
        """Store the commission and every changed composition; a refusal stores nothing."""
        self._touched.update(self.boxes)
        if self.check():
            return None
        data = self.commission_input()
        commission_id = self._commission.id if self._commission is not None else None
        try:
            commission_id = self._procedure.save_commission(data, commission_id)
            for composition in self.composition.dirty():
                self._procedure.save_composition(commission_id, composition)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return None
        except NotFound:
            say_gone(self._prompts, self)
            return None
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        self._changed = False
        self.reload(select=commission_id)
        self.status.setText(self.tr("Commission saved."))
        self.commission_saved.emit(commission_id)
        return commission_id


def _others(compositions: list[Composition], composition: Composition) -> list[Composition]:
    return [c for c in compositions if c is not composition]


class CommissionCommand(QObject):
    """Settings → Disciplinary commissions…: opens (or raises) the one commissions dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CommissionDialog | None = None

    def open(self) -> CommissionDialog | None:
        procedure = self.window.context.procedure
        if procedure is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = CommissionDialog(procedure, self.window.services, self.window.prompts, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None
