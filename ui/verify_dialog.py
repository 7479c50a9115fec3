"""Verify a document: a PDF file, or the short code typed from paper, checked against the record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.documents import parse_content
from domain.errors import NotFound, StorageError
from domain.procedure_model import VerifyResult, VerifyStatus
from ui.deadline_text import date_text
from ui.document_actions import run_document_call
from ui.document_text import content_labels, detail_text, kind_label, lang_label, status_label
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.procedure_service import ProcedureService
    from domain.services import CaseService

# Background and text colours of the verdict line, by how much the reader may trust the paper.
_COLOURS = {
    VerifyStatus.MATCHES: ("#e6f4ea", "#1e5631"),
    VerifyStatus.CHANGED: ("#fff3cd", "#5c4400"),
    VerifyStatus.TAMPERED: ("#fdecea", "#8a1c1c"),
    VerifyStatus.UNKNOWN: ("#eceff1", "#37474f"),
    VerifyStatus.UNREADABLE: ("#eceff1", "#37474f"),
}


class VerifyDialog(QDialog):
    """Choose (or drop) a PDF, or type the code printed beside the QR; the verdict says whether
    the document matches the record, and which registered document it is."""

    verified = Signal(object)  # VerifyResult

    def __init__(
        self,
        procedure: ProcedureService,
        services: CaseService,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._procedure = procedure
        self._services = services
        self._prompts = prompts
        self.last_result: VerifyResult | None = None
        self.setWindowTitle(self.tr("Verify a document"))
        self.setAcceptDrops(True)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("A PDF saved or scanned from Tartip"))
        self.choose_button = QPushButton(self.tr("Choose a PDF file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.returnPressed.connect(self.check_typed_code)
        self.code_button = QPushButton(self.tr("Check the code"))
        self.code_button.clicked.connect(self.check_typed_code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.code_button)
        source = QFormLayout()
        source.addRow(self.tr("PDF file:"), file_row)
        source.addRow(self.tr("Or the code printed under the QR code:"), code_row)

        self.verdict = QLabel(self.tr("Choose a file or type a code."))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict.setMargin(8)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.verdict.setFont(font)

        self.details_box = QGroupBox(self.tr("Registered document"))
        details = QFormLayout(self.details_box)
        self.number = QLabel()
        self.issued_on = QLabel()
        self.kind = QLabel()
        self.case = QLabel()
        self.servant = QLabel()
        self.actor = QLabel()
        self.changed = QLabel()
        self.changed.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for label in (self.number, self.case, self.servant, self.actor, self.detail):
            # Names are user text: "<b" in one is printed literally, never read as markup.
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addRow(self.tr("Number:"), self.number)
        details.addRow(self.tr("Issued on:"), self.issued_on)
        details.addRow(self.tr("Document:"), self.kind)
        details.addRow(self.tr("Case:"), self.case)
        details.addRow(self.tr("Servant:"), self.servant)
        details.addRow(self.tr("Issued by:"), self.actor)
        self.changed_label = QLabel(self.tr("Changed since it was issued:"))
        details.addRow(self.changed_label, self.changed)
        details.addRow(self.detail)
        self.details_box.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    # -- asking -----------------------------------------------------------------------------

    def choose_file(self) -> VerifyResult | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the document to verify"),
            "",
            self.tr("PDF documents (*.pdf);;All files (*)"),
        )
        return self.check_file(path) if path else None

    def check_file(self, path: str) -> VerifyResult | None:
        self.path.setText(path)
        return self._show(
            run_document_call(
                lambda: self._procedure.verify_file(path), self._prompts, self.windowTitle(), self
            )
        )

    def check_typed_code(self) -> VerifyResult | None:
        code = self.code.text().strip()
        if not code:
            return None
        return self._show(
            run_document_call(
                lambda: self._procedure.verify_code(code), self._prompts, self.windowTitle(), self
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.check_file(urls[0].toLocalFile())

    # -- the verdict ------------------------------------------------------------------------

    def _show(self, result: VerifyResult | None) -> VerifyResult | None:
        if result is None:
            return None
        self.last_result = result
        background, colour = _COLOURS[result.status]
        self.verdict.setStyleSheet(f"background: {background}; color: {colour};")
        self.verdict.setText(status_label(result.status))
        doc = result.document
        self.details_box.setVisible(doc is not None)
        if doc is not None:
            self.number.setText(doc.number)
            self.issued_on.setText(date_text(doc.issued_on))
            self.kind.setText(f"{kind_label(doc.kind)} ({lang_label(doc.lang)})")
            number, servant = self._case_text(doc.case_id)
            # What the paper says, where the registration kept it: the record may have changed.
            printed = parse_content(doc.content_json) or {}
            number = printed.get("case.number") or number
            servant = printed.get("servant.full_name") or servant
            self.case.setText(number)
            self.servant.setText(servant)
            self.actor.setText(doc.actor)
        changed = ", ".join(content_labels(result.changed_fields))
        self.changed.setText(changed)
        self.changed.setVisible(bool(changed))
        self.changed_label.setVisible(bool(changed))
        detail = detail_text(result.status, result.detail)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.verified.emit(result)
        return result

    def _case_text(self, case_id: int) -> tuple[str, str]:
        """The case's number and the servant's name; placeholders when the case is gone."""
        try:
            case = self._services.get_case(case_id)
        except NotFound:
            gone = self.tr("(deleted)")
            return gone, gone
        except StorageError:
            return "—", "—"
        return case.number, case.servant.full_name
