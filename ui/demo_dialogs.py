"""The administrator's demo load (how many cases, whether to add demo accounts) and the dialog
that shows the demo accounts' passwords once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.authz import Role
from ui.user_table_model import role_label

if TYPE_CHECKING:
    from domain.first_run import DemoAccount

DEMO_DEFAULT = 500
DEMO_MAX = 100_000


def demo_error_text(code: str) -> str:
    """The sentence for a refused demo load (domain.first_run.ERROR_CODES)."""
    texts = {
        "demo.not_empty": QCoreApplication.translate(
            "DemoLoadDialog",
            "This database already has cases: demo data is loaded only into an empty database.",
        ),
        "demo.accounts_exist": QCoreApplication.translate(
            "DemoLoadDialog",
            "Demo accounts already exist in this database. Load the demo without them, or "
            "rename those users in Settings → Users… first.",
        ),
    }
    return texts.get(
        code, QCoreApplication.translate("DemoLoadDialog", "Demo data cannot be loaded here.")
    )


class DemoLoadDialog(QDialog):
    """How many demo cases, and whether to create the demo accounts (on by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo data"))
        self.setObjectName("demoLoadDialog")
        intro = QLabel(
            self.tr(
                "Invented cases, servants and bodies to try Tartip out. Do not do this in a "
                "database you will use for real cases."
            )
        )
        intro.setWordWrap(True)
        self.count = QSpinBox()
        self.count.setRange(1, DEMO_MAX)
        self.count.setValue(DEMO_DEFAULT)
        self.count.setGroupSeparatorShown(True)
        self.with_accounts = QCheckBox(self.tr("Also create &demo accounts"))
        self.with_accounts.setChecked(True)
        accounts_note = QLabel(
            self.tr(
                "An HR officer, a commission secretary, a commission member and an auditor, with "
                "logins starting “demo.”; each gets a random password shown to you once. "
                "Deactivate them in Settings → Users… before real work begins."
            )
        )
        accounts_note.setWordWrap(True)
        accounts_note.setStyleSheet("color: #505050;")
        accounts_note.setIndent(self.with_accounts.iconSize().width() + 8)  # under the text
        self.with_accounts.toggled.connect(accounts_note.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Number of cases"), self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Load"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.with_accounts)
        layout.addWidget(accounts_note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class DemoAccountsDialog(QDialog):
    """The demo accounts with their passwords, shown this once (selectable, with a copy button);
    `log_in_requested(login, password)` asks to log out and log in as the HR officer."""

    log_in_requested = Signal(str, str)

    def __init__(
        self,
        accounts: Sequence[DemoAccount],
        body_name: Callable[[int | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = tuple(accounts)
        self.setWindowTitle(self.tr("Demo accounts"))
        self.setObjectName("demoAccountsDialog")
        intro = QLabel(
            self.tr(
                "These accounts were created. Their passwords are shown only now and are not "
                "kept anywhere: copy them before you close this window. An administrator can set "
                "a new password in Settings → Users…"
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._accounts), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Password"), self.tr("Role"), self.tr("State body")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, account in enumerate(self._accounts):
            cells = (
                account.login,
                account.password,
                role_label(account.role),
                body_name(account.body_id),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 1):
                    item.setFont(fixed)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header.sizeHint().height() + rows_height + frame)

        self.copy_button = QPushButton(self.tr("&Copy all"))
        self.copy_button.clicked.connect(self.copy)
        self.hr = next((a for a in self._accounts if a.role is Role.HR_OFFICER), None)
        self.log_in_button = QPushButton(self.tr("Log out and log in as the &HR officer"))
        self.log_in_button.setVisible(self.hr is not None)
        self.log_in_button.clicked.connect(self.log_in_as_hr)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setStyleSheet("color: #505050;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, self.sizeHint().height())
        self.log_in_button.setDefault(True)

    def text(self) -> str:
        """The accounts as lines "login<TAB>password<TAB>role<TAB>body" (what Copy copies)."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c).text() for c in range(self.table.columnCount())]
            rows.append("\t".join(cells))
        return "\n".join(rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied to the clipboard."))

    def log_in_as_hr(self) -> None:
        if self.hr is None:
            return
        login, password = self.hr.login, self.hr.password
        # Closed first: the logout would otherwise count this window as an unsaved form.
        self.accept()
        self.log_in_requested.emit(login, password)
