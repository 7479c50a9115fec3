"""The main window's document commands: verify a document, print one for every listed case."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt

from domain.errors import StorageError
from domain.model import CaseFilter
from domain.procedure_model import DocumentKind
from domain.services import MAX_PAGE
from ui.batch_print import CONFIRM_ABOVE, BatchOptionsDialog, BatchOutcome, BatchPrint, BatchSummary
from ui.verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from domain.procedure_service import ProcedureService
    from ui.main_window import MainWindow

_log = logging.getLogger(__name__)


class DocumentCommands(QObject):
    """Owned by the main window; keeps the dialogs it opens and the batch that is running."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.verify_dialog: VerifyDialog | None = None
        self.options_dialog: BatchOptionsDialog | None = None
        self.batch: BatchPrint | None = None
        self.last_outcome: BatchOutcome | None = None
        self._closing = False
        # A batch still writing when the window closes is stopped first: a QThread destroyed
        # while running takes the process down.
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._closing = True
            self.stop_batch()
        return False

    def stop_batch(self) -> None:
        """Cancel a running batch and wait for the document being written (a fraction of a
        second); what was written stays registered."""
        if self.batch is not None and self.batch.is_running():
            self.batch.cancel()
            self.batch.worker_thread.wait()

    @property
    def procedure(self) -> ProcedureService | None:
        return self.window.context.procedure

    def verify(self) -> VerifyDialog | None:
        if self.procedure is None:
            return None
        if self.verify_dialog is not None:
            self.verify_dialog.raise_()
            self.verify_dialog.activateWindow()
            return self.verify_dialog
        dialog = VerifyDialog(
            self.procedure, self.window.services, self.window.prompts, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._verify_closed)
        self.verify_dialog = dialog
        dialog.show()  # modeless: a pile of paper is checked one document after another
        return dialog

    def _verify_closed(self) -> None:
        self.verify_dialog = None

    # -- batch ------------------------------------------------------------------------------

    def listed_filter(self) -> CaseFilter:
        return self.window.model.case_filter

    def print_listed(self) -> BatchOptionsDialog | None:
        """Ask what to print for the cases the list shows (confirming a very long list)."""
        if self.procedure is None or self.batch is not None:
            return None
        prompts = self.window.prompts
        title = self.tr("Print documents")
        try:
            count = self.window.services.count_cases(self.listed_filter())
        except StorageError as exc:
            prompts.storage_error(exc, self.window)
            return None
        if count == 0:
            prompts.info(title, self.tr("No cases are listed: change the filters."), self.window)
            return None
        if count > CONFIRM_ABOVE and not prompts.question(
            title,
            self.tr("%1 cases are listed. Print a document for every one of them?").replace(
                "%1", str(count)
            ),
            self.window,
        ):
            return None
        dialog = BatchOptionsDialog(count, self.window.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._options_chosen(dialog))
        dialog.finished.connect(self._options_closed)
        self.options_dialog = dialog
        dialog.open()
        return dialog

    def _options_closed(self) -> None:
        self.options_dialog = None

    def listed_case_ids(self) -> list[int]:
        """The ids of the listed cases in the list's order, read a page at a time."""
        services = self.window.services
        model = self.window.model
        flt = self.listed_filter()
        ids: list[int] = []
        while True:
            page = services.list_cases(
                flt, model.sort_key, model.descending, offset=len(ids), limit=MAX_PAGE
            )
            ids.extend(row.id for row in page)
            if len(page) < MAX_PAGE:
                return ids

    def _options_chosen(self, dialog: BatchOptionsDialog) -> None:
        self.start_batch(dialog.document_kind(), dialog.lang_code(), dialog.folder_path())

    def start_batch(self, kind: DocumentKind, lang: str, folder: str) -> BatchPrint | None:
        if self.procedure is None or self.batch is not None:
            return None
        try:
            case_ids = self.listed_case_ids()
        except StorageError as exc:
            self.window.prompts.storage_error(exc, self.window)
            return None
        batch = BatchPrint(self.procedure, case_ids, kind, lang, folder, self.window)
        batch.finished.connect(lambda outcome: self._batch_finished(batch, outcome, folder))
        self.batch = batch
        batch.start()
        return batch

    def _batch_finished(self, batch: BatchPrint, outcome: BatchOutcome, folder: str) -> None:
        self.batch = None
        self.last_outcome = outcome
        batch.deleteLater()
        if self._closing:  # stopped by the window closing: nobody to tell
            return
        text = BatchSummary().text(outcome, folder)
        prompts = self.window.prompts
        if outcome.error:
            prompts.warning(self.tr("Print documents"), text, self.window)
        else:
            prompts.info(self.tr("Print documents"), text, self.window)
        self.window.refresh()
