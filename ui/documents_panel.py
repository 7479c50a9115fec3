"""The case editor's Documents tab: preview, save and print a case's documents, and its journal."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import NotFound, StorageError
from domain.procedure_model import DocumentKind, IssuedDocument
from ui.document_actions import run_document_call
from ui.document_table_model import DocColumn, DocumentTableModel
from ui.document_text import DOCUMENT_LANGS, document_file_name, kind_label, lang_label
from ui.pdf_pages import PdfPages
from ui.print_preview import PreviewDialog
from ui.prompts import Prompts
from ui.settings import Settings

if TYPE_CHECKING:
    from domain.model import CaseDetail
    from domain.procedure_service import ProcedureService

_log = logging.getLogger(__name__)


class DocumentsPanel(QWidget):
    """Choose a document and its language; Preview (a draft), Save as PDF…, Print…; below, every
    document the case has produced, from the journal.

    Saving and printing register the document (a number in the body's journal); the preview
    registers nothing. `read_only` (a case opened for comparison) allows the preview only.
    """

    document_issued = Signal(object)  # IssuedDocument

    def __init__(
        self,
        procedure: ProcedureService,
        prompts: Prompts,
        case: CaseDetail,
        settings: Settings | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._prompts = prompts
        self._case = case
        self._settings = settings if settings is not None else Settings()
        self.read_only = read_only
        self.preview: PreviewDialog | None = None
        self.last_issued: IssuedDocument | None = None

        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lang = QComboBox()
        for code in DOCUMENT_LANGS:
            self.lang.addItem(lang_label(code), code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(self._settings.document_language)))
        self.lang.currentIndexChanged.connect(self._lang_chosen)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview_current)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_current)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_current)
        self.nothing_label = QLabel(
            self.tr(
                "Nothing can be printed for this case yet: record the request for an explanation "
                "or a hearing on the Procedure tab first."
            )
        )
        self.nothing_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Document:"), self.kind)
        form.addRow(self.tr("Language:"), self.lang)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Save as PDF and Print register the document in the body's journal and give it "
                "a number; printing the same content again keeps that number. Preview registers "
                "nothing."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        print_box = QGroupBox(self.tr("Print a document"))
        print_layout = QVBoxLayout(print_box)
        print_layout.addLayout(form)
        print_layout.addLayout(buttons)
        print_layout.addWidget(self.nothing_label)
        print_layout.addWidget(hint)
        print_layout.addWidget(self.status)

        self.model = DocumentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocColumn.KIND, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._choose_like_row)
        journal_box = QGroupBox(self.tr("Documents issued for this case"))
        journal_layout = QVBoxLayout(journal_box)
        journal_layout.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(print_box)
        layout.addWidget(journal_box, 1)
        self.refresh()

    # -- the lists --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the printable kinds and the issued documents again (the procedure may have
        moved on in another tab)."""
        chosen = self.kind.currentData()
        try:
            kinds = self._procedure.document_kinds(self._case.id)
            documents = self._procedure.documents(self._case.id)
        except StorageError as exc:
            _log.warning("documents: %s", exc)
            self.status.setText(self.tr("The documents could not be read from the database."))
            return
        except NotFound:  # deleted elsewhere: an empty tab, saving will say so
            kinds, documents = [], []
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(kind_label(kind), kind.value)
        if chosen is not None and self.kind.findData(chosen) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(chosen))
        self.model.set_documents(documents)
        printable = bool(kinds)
        self.nothing_label.setVisible(not printable)
        self.preview_button.setEnabled(printable)
        self.save_button.setEnabled(printable and not self.read_only)
        self.print_button.setEnabled(printable and not self.read_only)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def current_kind(self) -> DocumentKind | None:
        data = self.kind.currentData()
        return DocumentKind(data) if data else None

    def current_lang(self) -> str:
        return str(self.lang.currentData())

    def set_choice(self, kind: DocumentKind, lang: str | None = None) -> bool:
        """Select a kind (and a language); False when the kind cannot be printed now."""
        index = self.kind.findData(kind.value)
        if index < 0:
            return False
        self.kind.setCurrentIndex(index)
        if lang is not None and self.lang.findData(lang) >= 0:
            self.lang.setCurrentIndex(self.lang.findData(lang))
        return True

    def _lang_chosen(self) -> None:
        self._settings.document_language = self.current_lang()

    def _choose_like_row(self) -> None:
        doc = self.model.document(self.table.currentIndex().row())
        if doc is not None:
            self.set_choice(doc.kind, doc.lang)

    # -- the actions ------------------------------------------------------------------------

    def _title(self, kind: DocumentKind) -> str:
        return (
            self.tr("%1 — case %2").replace("%1", kind_label(kind)).replace("%2", self._case.number)
        )

    def preview_current(self) -> PreviewDialog | None:
        """Render a draft (no number, nothing registered) into memory and show it."""
        kind = self.current_kind()
        if kind is None:
            return None
        lang = self.current_lang()
        buffer = io.BytesIO()
        pages = run_document_call(
            lambda: self._procedure.preview_document(self._case.id, kind, lang, buffer),
            self._prompts,
            self.tr("Preview"),
            self,
        )
        if pages is None:
            return None
        return self._show(buffer.getvalue(), self._title(kind), draft=True)

    def suggested_path(self, kind: DocumentKind, lang: str) -> str:
        folder = self._settings.output_folder
        name = document_file_name(self._case.number, kind, lang)
        return str(Path(folder) / name) if folder and Path(folder).is_dir() else name

    def save_current(self) -> IssuedDocument | None:
        """Ask where, then issue the document into that file: registered, numbered, listed."""
        kind = self.current_kind()
        if kind is None or self.read_only:
            return None
        lang = self.current_lang()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the document as PDF"),
            self.suggested_path(kind, lang),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        doc = self._issue(kind, lang, path, self.tr("Save as PDF"))
        if doc is None:
            return None
        self._settings.output_folder = str(Path(path).parent)
        self.status.setText(
            self.tr("Saved as No. %1 (code %2): %3")
            .replace("%1", doc.number)
            .replace("%2", doc.code)
            .replace("%3", path)
        )
        return doc

    def print_current(self) -> PreviewDialog | None:
        """Issue the document into memory, show it, and open the print dialog over it."""
        kind = self.current_kind()
        if kind is None or self.read_only:
            return None
        lang = self.current_lang()
        buffer = io.BytesIO()
        doc = self._issue(kind, lang, buffer, self.tr("Print"))
        if doc is None:
            return None
        self.status.setText(
            self.tr("Issued as No. %1 (code %2) for printing.")
            .replace("%1", doc.number)
            .replace("%2", doc.code)
        )
        title = self._title(kind) + " — " + self.tr("No. %1").replace("%1", doc.number)
        dialog = self._show(buffer.getvalue(), title, draft=False)
        if dialog is not None:
            dialog.print_document()
        return dialog

    def _issue(
        self, kind: DocumentKind, lang: str, out: str | io.BytesIO, title: str
    ) -> IssuedDocument | None:
        doc = run_document_call(
            lambda: self._procedure.issue_document(self._case.id, kind, lang, out),
            self._prompts,
            title,
            self,
        )
        if doc is None:
            return None
        self.last_issued = doc
        self.refresh()
        row = self.model.row_of(doc.id)
        if row >= 0:
            self.table.selectRow(row)
        self.document_issued.emit(doc)
        return doc

    def _show(self, data: bytes, title: str, draft: bool) -> PreviewDialog | None:
        try:
            pages = PdfPages(data)
        except ValueError as exc:  # the renderer wrote something pdfium cannot read: a bug
            _log.error("preview: %s", exc)
            self._prompts.warning(
                title, self.tr("The document was produced but cannot be shown."), self
            )
            return None
        if self.preview is not None:
            self.preview.close()
        dialog = PreviewDialog(pages, title, draft=draft, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._preview_closed)
        self.preview = dialog
        dialog.open()
        return dialog

    def _preview_closed(self) -> None:
        self.preview = None


def add_documents_tab(
    tabs: QTabWidget,
    procedure: ProcedureService | None,
    prompts: Prompts,
    case: CaseDetail | None,
    read_only: bool,
) -> DocumentsPanel | None:
    """The case editor's Documents tab: the panel for a saved case (preview only when read
    only), a disabled placeholder for a new one, nothing without a procedure service."""
    if procedure is None:
        return None
    # The texts keep the "CaseEditor" translation context of the editor's other tabs.
    title = QCoreApplication.translate("CaseEditor", "Documents")
    if case is None:
        hint = QCoreApplication.translate(
            "CaseEditor", "Save the case first: its documents belong to it."
        )
        placeholder = QLabel(hint)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        index = tabs.addTab(placeholder, title)
        tabs.setTabEnabled(index, False)
        tabs.setTabToolTip(index, hint)
        return None
    panel = DocumentsPanel(procedure, prompts, case, read_only=read_only)
    tabs.addTab(panel, title)
    return panel
