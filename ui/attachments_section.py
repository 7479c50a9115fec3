"""The procedure tab's attachments: the case's evidence and scans, kept in the managed folder.

Files are copied by the service under generated names (never a path made of the user's file
name), size-limited and type-checked; here they are listed, added and opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import NotFound, StorageError, ValidationFailed
from domain.procedure_model import Attachment, AttachmentKind
from ui.deadline_text import date_text
from ui.headered_model import HeaderedTableModel
from ui.messages import field_error_text
from ui.procedure_labels import attachment_kind_label, size_text
from ui.procedure_widgets import MUTED_STYLE, error_label, say_gone
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.procedure_service import ProcedureService

_ModelIndex = QModelIndex | QPersistentModelIndex
FILE_FILTER = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt"


class AttachmentTableModel(HeaderedTableModel):
    """A case's attachments: name, kind, size, when added and by whom."""

    NAME, KIND, SIZE, ADDED = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachments: list[Attachment] = []
        self._headers = [self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Added")]

    def set_attachments(self, attachments: tuple[Attachment, ...] | list[Attachment]) -> None:
        self.beginResetModel()
        self.attachments = sorted(attachments, key=lambda a: (a.added_at, a.id))
        self.endResetModel()

    def attachment(self, row: int) -> Attachment | None:
        return self.attachments[row] if 0 <= row < len(self.attachments) else None

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.attachments)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.attachments):
            return None
        item = self.attachments[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.display_name}\n{item.media_type}\nSHA-256 {item.sha256}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return item.display_name
        if column == self.KIND:
            return attachment_kind_label(item.kind)
        if column == self.SIZE:
            return size_text(item.size)
        if column == self.ADDED:
            added = item.added_at.astimezone()
            return f"{date_text(added.date())} {added:%H:%M}, {item.actor}"
        return None


class AttachmentsSection(QWidget):
    """Lists the case's files; Add asks for one and its kind, Open shows it in its own program."""

    added = Signal(int)  # the attachment id

    def __init__(
        self,
        procedure: ProcedureService,
        prompts: Prompts,
        case_id: int,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._prompts = prompts
        self._open_url = open_url
        self.case_id = case_id
        self.model = AttachmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AttachmentTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            AttachmentTableModel.KIND,
            AttachmentTableModel.SIZE,
            AttachmentTableModel.ADDED,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.kind = QComboBox()
        for kind in AttachmentKind:
            self.kind.addItem(attachment_kind_label(kind), kind)
        self.add_button = QPushButton(self.tr("Add a file…"))
        self.add_button.clicked.connect(self.add_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.message = error_label()
        hint = QLabel(
            self.tr("PDF, PNG, JPEG, TIFF or text; the file is copied into the database's folder.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(QLabel(self.tr("Kind")))
        buttons.addWidget(self.kind)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._selection_changed()

    def set_attachments(self, attachments: tuple[Attachment, ...]) -> None:
        self.model.set_attachments(attachments)
        self._selection_changed()

    def selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.attachment(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def add_file(self) -> int | None:
        path = self._prompts.open_file(
            self.tr("Add a file to the case"),
            self.tr("Scans and documents (%1)").replace("%1", FILE_FILTER),
            self,
        )
        if not path:
            return None
        return self.add_path(path)

    def add_path(self, path: str) -> int | None:
        """Keep the file with the case under the chosen kind; refusals on the message line."""
        self.message.hide()
        try:
            attachment_id = self._procedure.add_attachment(
                self.case_id, path, AttachmentKind(self.kind.currentData())
            )
        except ValidationFailed as exc:
            self.message.setText(" ".join(field_error_text(e) for e in exc.errors))
            self.message.show()
            return None
        except NotFound:
            say_gone(self._prompts, self)
            return None
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return None
        except OSError as exc:
            self._prompts.warning(self.tr("Add a file to the case"), str(exc), self)
            return None
        self.added.emit(attachment_id)
        return attachment_id

    def open_selected(self) -> bool:
        attachment = self.selected()
        if attachment is None:
            return False
        try:
            path = self._procedure.attachment_path(attachment.id)
        except NotFound:
            self._prompts.warning(
                self.tr("Open"), self.tr("This file is no longer in the database's folder."), self
            )
            return False
        except StorageError as exc:
            self._prompts.storage_error(exc, self)
            return False
        self._open_url(QUrl.fromLocalFile(str(path)))
        return True
