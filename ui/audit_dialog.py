"""Settings → Audit trail…: filter the entries, verify the chain, export CSV safe from formulas,
export a checkpoint and verify the trail against one (RELIABILITY.md 2.2 external anchoring)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.audit import AuditEntry, AuditFilter, ChainVerdict
from domain.audit_checkpoint import (
    Checkpoint,
    CheckpointError,
    CheckpointVerdict,
    ExportRefused,
    Signature,
)
from domain.errors import PermissionDenied, StorageError
from ui.messages import code_text
from ui.prompts import Prompts

if TYPE_CHECKING:
    from domain.audit_service import AuditService
    from ui.main_window import MainWindow

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
# The action filter's choices: "" is every action; a trailing "." takes the whole family.
ACTIONS = (
    "",
    "case.",
    "settings.switch",
    "calendar.",
    "penalty_table.",
    "commission.saved",
    "composition.saved",
    "body.created",
    "unit.created",
    "login",
    "login_failed",
    "authz_denied",
    "user.",
    "database.",  # backups made by hand, restores, encryption
    "demo.load",
    "clock_rollback",
    "clock_rollback_confirmed",
    "audit.",
)
_NO_DATE = QDate(2000, 1, 1)


def _column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("AuditDialog", "No."),
        QCoreApplication.translate("AuditDialog", "Time (UTC)"),
        QCoreApplication.translate("AuditDialog", "User"),
        QCoreApplication.translate("AuditDialog", "Role"),
        QCoreApplication.translate("AuditDialog", "Action"),
        QCoreApplication.translate("AuditDialog", "Object"),
        QCoreApplication.translate("AuditDialog", "Changes"),
        QCoreApplication.translate("AuditDialog", "Reason"),
        QCoreApplication.translate("AuditDialog", "Workstation"),
    )


def _cells(e: AuditEntry) -> tuple[str, ...]:
    ts = e.ts_utc[:19].replace("T", " ")
    target = f"{e.entity} {e.entity_id}".strip()
    return (str(e.seq), ts, e.actor, e.actor_role, e.action, target, e.diff, e.reason,
            e.workstation_id)  # fmt: skip


class AuditTableModel(QAbstractTableModel):
    """Matching entries, newest first, fetched a page at a time as the view scrolls."""

    def __init__(self, service: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._total = 0
        self._titles = _column_titles()

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._total = self._service.count(flt)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        page = self._service.entries(self._filter, len(self._rows), PAGE)
        # Entries appended since the count would shift the offsets; stop at the counted total.
        page = page[: self._total - len(self._rows)]
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = _cells(self._rows[index.row()])
            if 0 <= index.column() < len(cells):
                return cells[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None


def _at(utc_text: str) -> str:
    """An audit UTC time as a reader sees it: "16.03.2026 06:00 UTC"."""
    if len(utc_text) < 16:
        return utc_text
    return f"{utc_text[8:10]}.{utc_text[5:7]}.{utc_text[:4]} {utc_text[11:16]} UTC"


def verdict_text(verdict: ChainVerdict) -> str:
    """The verification result as the dialog and the start-up banner say it."""
    if verdict.ok:
        return code_text("audit.ok", {"count": verdict.count, "head": verdict.head_seq})
    problem = verdict.problem.value if verdict.problem else "edited"
    against = verdict.against
    if against is not None and against.source in ("checkpoint", "remembered"):
        if problem in ("truncated", "rewritten"):
            return code_text(f"audit.{problem}.checkpoint", {
                "seq": verdict.first_bad_seq, "pin": against.seq, "at": _at(against.at_utc),
            })  # fmt: skip
    return code_text(f"audit.{problem}", {"seq": verdict.first_bad_seq})


def checkpoint_verdict_text(checked: CheckpointVerdict) -> str:
    """The trail against a checkpoint file: refused (forged), tampered (which), or ok."""
    cp = checked.checkpoint
    if not checked.accepted:
        return code_text(f"audit.checkpoint.{checked.signature.value}")
    if checked.ok:
        code = "ok" if checked.signature is Signature.VALID else "ok_unsigned"
        return code_text(f"audit.checkpoint.{code}", {
            "at": _at(cp.created_utc), "seq": cp.seq, "count": checked.chain.count,
        })  # fmt: skip
    text = verdict_text(checked.chain)
    if not checked.same_chain:
        text += " " + code_text("audit.checkpoint.other_chain", {"name": cp.database_name})
    return text


def _save_csv(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AuditDialog", "Export the audit trail"),
        "tartip-audit.csv", QCoreApplication.translate("AuditDialog", "CSV files (*.csv)"),
    )  # fmt: skip
    return path or None


def _checkpoint_filter() -> str:
    return QCoreApplication.translate("AuditDialog", "Audit checkpoints (*.json);;All files (*)")


def _save_checkpoint(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate(
            "AuditDialog", "Save the audit checkpoint (best on removable media)"
        ),
        f"tartip-checkpoint-{date.today():%Y%m%d}.json",
        _checkpoint_filter(),
    )
    return path or None


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == _NO_DATE else date(value.year(), value.month(), value.day())


class AuditDialog(QDialog):
    """The audit trail: filters, the lazy table, Verify (with its result) and Export CSV."""

    def __init__(
        self,
        service: AuditService,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        save_file: Callable[[QWidget], str | None] = _save_csv,
        save_checkpoint: Callable[[QWidget], str | None] = _save_checkpoint,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompts = prompts
        self._save_file = save_file
        self._save_checkpoint = save_checkpoint
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 600)

        self.action_box = QComboBox()
        self.action_box.setEditable(True)
        self.action_box.addItems(list(ACTIONS))
        self.entity_edit = QLineEdit()
        self.entity_id_edit = QLineEdit()
        self.actor_edit = QLineEdit()
        self.since_edit, self.until_edit = self._date_edit(), self._date_edit()
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.clicked.connect(self.apply_filter)
        for edit in (self.entity_edit, self.entity_id_edit, self.actor_edit):
            edit.returnPressed.connect(self.apply_filter)

        filters = QFormLayout()
        filters.addRow(self.tr("Action"), self.action_box)
        target = QHBoxLayout()
        target.addWidget(self.entity_edit)
        target.addWidget(self.entity_id_edit)
        filters.addRow(self.tr("Object and its No."), target)
        filters.addRow(self.tr("User"), self.actor_edit)
        days = QHBoxLayout()
        days.addWidget(self.since_edit)
        days.addWidget(QLabel("—"))
        days.addWidget(self.until_edit)
        days.addWidget(self.apply_button)
        filters.addRow(self.tr("Days (UTC)"), days)

        self.model = AuditTableModel(service, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.count_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self.export)
        self.checkpoint_button = QPushButton(self.tr("Export c&heckpoint…"))
        self.checkpoint_button.setToolTip(
            self.tr(
                "Write the verified end of the trail to a small signed file. Keep it away from "
                "this computer (removable media, the regional office): it exposes a trail "
                "truncated or rewritten later."
            )
        )
        self.checkpoint_button.clicked.connect(self.export_checkpoint)
        self.against_button = QPushButton(self.tr("Verify a&gainst a checkpoint…"))
        self.against_button.clicked.connect(self.verify_against_checkpoint)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.against_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.checkpoint_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.last_verdict: ChainVerdict | None = None
        self.last_checkpoint: CheckpointVerdict | None = None
        self.apply_filter()

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText("—")  # the minimum date shows as "no limit"
        edit.setDate(_NO_DATE)
        return edit

    def current_filter(self) -> AuditFilter:
        since, until = _day(self.since_edit), _day(self.until_edit)
        return AuditFilter(
            action=self.action_box.currentText().strip(),
            entity=self.entity_edit.text().strip(),
            entity_id=self.entity_id_edit.text().strip(),
            actor=self.actor_edit.text().strip(),
            since_utc=f"{since.isoformat()}T00:00:00.000000Z" if since else "",
            until_utc=f"{(until + timedelta(days=1)).isoformat()}T00:00:00.000000Z"
            if until
            else "",
        )

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except (StorageError, PermissionDenied) as exc:
            self._refused(exc)
            return
        self.count_label.setText(self.tr("Entries: %1").replace("%1", str(self.model.total)))

    def verify(self) -> ChainVerdict | None:
        try:
            verdict = self._service.verify()
        except (StorageError, PermissionDenied) as exc:
            self._refused(exc)
            return None
        self.last_verdict = verdict
        self._show(verdict_text(verdict), ok=verdict.ok)
        return verdict

    def _show(self, text: str, *, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("" if ok else "color: #b00020; font-weight: bold")

    def export_checkpoint(self) -> Checkpoint | None:
        """Verify, then write a checkpoint where the user chooses (and record the export)."""
        path = self._save_checkpoint(self)
        if not path:
            return None
        try:
            cp = self._service.export_checkpoint(path)
        except ExportRefused as exc:
            self.last_verdict = exc.verdict
            refused = code_text("audit.checkpoint.refused")
            self._show(refused + " " + verdict_text(exc.verdict), ok=False)
            return None
        except OSError as exc:
            text = code_text("audit.checkpoint.write_failed", {"error": str(exc)})
            self._prompts.error(self.windowTitle(), text, self)
            return None
        except (StorageError, PermissionDenied) as exc:
            self._refused(exc)
            return None
        self._show(code_text("audit.checkpoint.written", {"seq": cp.seq, "file": path}), ok=True)
        self.apply_filter()  # the export's own entry
        return cp

    def verify_against_checkpoint(self) -> CheckpointVerdict | None:
        """Pick a checkpoint file and verify the trail against it."""
        path = self._prompts.open_file(
            self.tr("Verify against an audit checkpoint"), _checkpoint_filter(), self
        )
        if not path:
            return None
        try:
            checked = self._service.verify_checkpoint(path)
        except CheckpointError as exc:
            self._prompts.warning(self.windowTitle(), code_text(exc.code, exc.params), self)
            return None
        except OSError as exc:
            text = code_text("audit.checkpoint.unreadable", {"error": str(exc)})
            self._prompts.error(self.windowTitle(), text, self)
            return None
        except (StorageError, PermissionDenied) as exc:
            self._refused(exc)
            return None
        self.last_checkpoint = checked
        self._show(checkpoint_verdict_text(checked), ok=checked.ok)
        return checked

    def export(self) -> int | None:
        path = self._save_file(self)
        if not path:
            return None
        try:
            written = self._service.export_csv(path, self.current_filter())
        except OSError as exc:
            self._prompts.error(
                self.windowTitle(), code_text("audit.export_failed", {"error": str(exc)}), self
            )
            return None
        except (StorageError, PermissionDenied) as exc:
            self._refused(exc)
            return None
        self.result_label.setText(self.tr("Exported %1 entries.").replace("%1", str(written)))
        return written

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            self._prompts.storage_error(exc, self)
        else:
            self._prompts.warning(self.windowTitle(), self.tr("Not permitted."), self)


class AuditCommand:
    """Settings → Audit trail…: the dialog over the context's `audit` service (None: no entry)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: AuditDialog | None = None

    @property
    def service(self) -> AuditService | None:
        return getattr(self.window.context, "audit", None)

    def open(self) -> AuditDialog | None:
        service = self.service
        if service is None:
            return None
        dialog = AuditDialog(service, self.window.prompts, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, _result: int) -> None:
        self.dialog = None
