"""One document for each of many cases, written to a folder by a worker thread; a progress
dialog with Cancel keeps the window responsive, and a summary says what was written."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import RenderError, StorageError, ValidationFailed
from domain.procedure_model import DocumentKind
from ui.document_text import (
    DOCUMENT_LANGS,
    kind_label,
    lang_label,
    render_error_text,
    write_error_text,
)
from ui.messages import field_error_text
from ui.settings import Settings
from ui.storage_messages import storage_error_text

if TYPE_CHECKING:
    from domain.procedure_service import ProcedureService

_log = logging.getLogger(__name__)

CONFIRM_ABOVE = 1000  # more listed cases than this: ask before starting


@dataclass
class BatchOutcome:
    """How a batch ended: the files written, how far it got, and whether it was stopped."""

    total: int
    written: list[Path] = field(default_factory=list)
    done: int = 0  # cases handled (written or skipped) when it ended
    cancelled: bool = False
    error: str = ""  # translated: why the batch stopped early, "" when it did not

    @property
    def skipped(self) -> int:
        """Cases handled without a file (nothing printable for them, e.g. no hearing yet)."""
        return max(0, self.done - len(self.written))


class BatchWorker(QObject):
    """Calls ProcedureService.issue_batch in its thread; the cancel flag is read by the progress
    callback between documents, so Cancel stops after the document being written."""

    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # BatchOutcome

    def __init__(
        self,
        procedure: ProcedureService,
        case_ids: list[int],
        kind: DocumentKind,
        lang: str,
        folder: str,
    ) -> None:
        super().__init__()
        self._procedure = procedure
        self._case_ids = list(case_ids)
        self._kind = kind
        self._lang = lang
        self._folder = folder
        self._cancel = threading.Event()
        self._done = 0

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self._done = done
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        outcome = BatchOutcome(total=len(self._case_ids))
        try:
            outcome.written = list(
                self._procedure.issue_batch(
                    self._case_ids, self._kind, self._lang, self._folder, progress=self._progress
                )
            )
        except ValidationFailed as exc:
            outcome.error = "\n".join(field_error_text(e) for e in exc.errors)
        except RenderError as exc:
            outcome.error = render_error_text(exc)
        except StorageError as exc:
            outcome.error = " ".join(storage_error_text(exc.kind))
        except OSError as exc:
            outcome.error = write_error_text(exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the thread silently
            _log.exception("batch printing")
            outcome.error = f"{type(exc).__name__}: {exc}"
        outcome.done = max(self._done, len(outcome.written))
        outcome.cancelled = self._cancel.is_set() and outcome.done < outcome.total
        self.finished.emit(outcome)


class BatchPrint(QObject):
    """Runs one batch: the worker thread, the progress dialog, and at the end `finished`."""

    finished = Signal(object)  # BatchOutcome, once the thread has stopped

    def __init__(
        self,
        procedure: ProcedureService,
        case_ids: list[int],
        kind: DocumentKind,
        lang: str,
        folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.total = len(case_ids)
        self.shown = 0  # the last progress the dialog showed
        self.outcome: BatchOutcome | None = None
        self.worker_thread = QThread(self)
        self.worker = BatchWorker(procedure, case_ids, kind, lang, folder)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        # Queued: the worker's signals cross into the GUI thread.
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._worker_finished)
        # Direct: the thread's loop stops from inside it, so a GUI thread waiting on it (the
        # window closing) is not waiting for a queued quit it cannot deliver.
        self.worker.finished.connect(self.worker_thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker_thread.finished.connect(self.worker.deleteLater)
        self.worker_thread.finished.connect(self._thread_finished)

        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(self.tr("Printing documents"))
        self.dialog.setLabelText(
            self.tr("%1 (%2) for %3 case(s)…")
            .replace("%1", kind_label(kind))
            .replace("%2", lang_label(lang))
            .replace("%3", str(self.total))
        )
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, max(1, self.total))
        self.dialog.setValue(0)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.dialog.open()
        self.worker_thread.start()

    def cancel(self) -> None:
        """Stop after the document being written; those written stay registered."""
        self.worker.cancel()
        self.dialog.setLabelText(self.tr("Stopping after the current document…"))

    def is_running(self) -> bool:
        return self.worker_thread.isRunning()

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            return
        self.shown = done
        self.dialog.setMaximum(max(1, total))
        self.dialog.setValue(min(done, max(1, total)))

    def _worker_finished(self, outcome: BatchOutcome) -> None:
        self.outcome = outcome

    def _thread_finished(self) -> None:
        self.worker_thread.wait()
        # hide(), not close(): closing a progress dialog emits canceled.
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.hide()
        self.finished.emit(self.outcome)


class BatchSummary(QObject):
    """The end-of-batch summary; its plural texts are `self.tr(text, "", n)` calls inside a class,
    the only form lupdate marks plural."""

    def text(self, outcome: BatchOutcome, folder: str) -> str:
        """'Written: 5 file(s).', the folder, then what was skipped, cancelled or went wrong."""
        lines = [self.tr("Written: %n file(s).", "", len(outcome.written))]
        if outcome.written:
            lines.append(self.tr("Folder: %1").replace("%1", folder))
        if outcome.skipped:
            lines.append(
                self.tr(
                    "Skipped: %n case(s) with nothing of this kind to print yet (for example, "
                    "no hearing or no order recorded).",
                    "",
                    outcome.skipped,
                )
            )
        if outcome.cancelled:
            lines.append(
                self.tr("Cancelled: %n case(s) were not reached.", "", outcome.total - outcome.done)
            )
        if outcome.error:
            lines.append(self.tr("The batch stopped: %1").replace("%1", outcome.error))
        return "\n".join(lines)


class BatchOptionsDialog(QDialog):
    """Which document, in which language, into which folder, for the cases listed."""

    def __init__(
        self, count: int, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else Settings()
        self.setWindowTitle(self.tr("Print documents for the listed cases"))
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.lang = QComboBox()
        for code in DOCUMENT_LANGS:
            self.lang.addItem(lang_label(code), code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(self._settings.document_language)))
        self.folder = QLineEdit(self._settings.output_folder)
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        self.folder.textChanged.connect(self._check)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Document:"), self.kind)
        form.addRow(self.tr("Language:"), self.lang)
        form.addRow(self.tr("Folder:"), folder_row)
        note = QLabel(
            self.tr(
                "%1 case(s) are listed. Each document is registered in its body's journal; a "
                "case with nothing of this kind to print is skipped. Files are named "
                "<case number>-<document>-<language>.pdf."
            ).replace("%1", str(count))
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Print"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._check()

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the documents"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(Path(self.folder.text().strip()).is_dir())

    def _accept(self) -> None:
        if not Path(self.folder.text().strip()).is_dir():
            return
        self._settings.output_folder = self.folder_path()
        self._settings.document_language = self.lang_code()
        self.accept()

    def document_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.currentData())

    def lang_code(self) -> str:
        return str(self.lang.currentData())

    def folder_path(self) -> str:
        return self.folder.text().strip()
