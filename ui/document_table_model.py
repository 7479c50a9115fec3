"""The documents a case has produced, as a table model: the journal entries, newest first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from domain.procedure_model import IssuedDocument
from ui.deadline_text import date_text
from ui.document_text import kind_label, lang_label
from ui.worksheet_history import local_time_text

_ModelIndex = QModelIndex | QPersistentModelIndex

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DocColumn(IntEnum):
    KIND = 0
    LANG = 1
    NUMBER = 2
    DATE = 3
    PAGES = 4
    CODE = 5
    ACTOR = 6


class DocumentTableModel(QAbstractTableModel):
    """Registered documents of one case: kind, language, number, date, pages, code, who."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents: list[IssuedDocument] = []
        self._headers = {
            DocColumn.KIND: self.tr("Document"),
            DocColumn.LANG: self.tr("Language"),
            DocColumn.NUMBER: self.tr("Number"),
            DocColumn.DATE: self.tr("Date"),
            DocColumn.PAGES: self.tr("Pages"),
            DocColumn.CODE: self.tr("Verification code"),
            DocColumn.ACTOR: self.tr("Issued by"),
        }

    def set_documents(self, documents: list[IssuedDocument]) -> None:
        self.beginResetModel()
        # Newest first: the one just printed is at the top, where the eye goes.
        self.documents = sorted(documents, key=lambda d: (d.issued_at, d.id), reverse=True)
        self.endResetModel()

    def document(self, row: int) -> IssuedDocument | None:
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def row_of(self, document_id: int) -> int:
        for row, doc in enumerate(self.documents):
            if doc.id == document_id:
                return row
        return -1

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DocColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            try:
                return self._headers[DocColumn(section)]
            except ValueError:
                return None
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        doc = self.document(index.row()) if index.isValid() else None
        if doc is None:
            return None
        if role == DOCUMENT_ID_ROLE:
            return doc.id
        try:
            column = DocColumn(index.column())
        except ValueError:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(doc, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == DocColumn.DATE:
            return local_time_text(doc.issued_at)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DocColumn.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(doc: IssuedDocument, column: DocColumn) -> str:
        if column == DocColumn.KIND:
            return kind_label(doc.kind)
        if column == DocColumn.LANG:
            return lang_label(doc.lang)
        if column == DocColumn.NUMBER:
            return doc.number
        if column == DocColumn.DATE:
            return date_text(doc.issued_on)
        if column == DocColumn.PAGES:
            return str(doc.pages) if doc.pages else "—"
        if column == DocColumn.CODE:
            return doc.code
        return doc.actor
