"""`python main.py` end to end: the real composition root opens the window, or explains a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import main
import ui.app
import ui.prompts
from domain.auth_service import UserInput
from domain.authz import Role
from tests.ui.fakes import FakePrompts
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[FakePrompts]:
    """Every Prompts the entry point makes is a recording fake: no dialog may block the test."""
    made: list[FakePrompts] = []

    def factory(*_args: object, **_kwargs: object) -> FakePrompts:
        made.append(FakePrompts())
        return made[-1]

    monkeypatch.setattr(ui.prompts, "Prompts", factory)
    monkeypatch.setattr(ui.app, "Prompts", factory)
    return made


def test_the_app_opens_a_window_over_the_given_database(
    qapp: QApplication, tmp_path: Path, recorded: list[FakePrompts]
) -> None:
    db = tmp_path / "office.db"
    assert main.main(["demo", "--cases", "30", "--db", str(db)]) == 0
    # Users exist: the app asks who logs in; an auditor sees every body's cases read-only.
    wiring = main.open_services(str(db))
    try:
        wiring.auth.create_first_admin("admin", "Әкімші Әсет", "admin-password-1")
        wiring.auth.save_user(
            UserInput("auditor", "Аудитор Айгүл", Role.AUDITOR, None, True, "auditor-password-1")
        )
    finally:
        wiring.database.dispose()
    seen: list[MainWindow] = []

    def close_when_shown() -> None:
        for dialog in qapp.topLevelWidgets():
            if isinstance(dialog, LoginDialog) and dialog.isVisible():
                dialog.login.setText("Auditor")  # logins are case-insensitive
                dialog.password.setText("auditor-password-1")
                dialog.try_login()
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, close_when_shown)
            return
        seen.extend(windows)
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert main.main(["--db", str(db)]) == 0
    assert len(seen) == 1
    window = seen[0]
    assert str(db) in window.windowTitle()
    assert window.context.guard is not None and window.context.guard.role is Role.AUDITOR
    assert window.model.rowCount() == 30
    # The rule pack's caveat about Law 290-VIII is shown once at the first start.
    assert any(kind == "warning" and "290-VIII" in text for p in recorded for kind, text in p.calls)


def test_a_bad_database_file_gets_a_dialog_not_a_traceback(
    qapp: QApplication, tmp_path: Path, recorded: list[FakePrompts]
) -> None:
    bad = tmp_path / "scan.db"
    bad.write_bytes(b"%PDF-1.7 not a database" * 100)
    assert main.main(["--db", str(bad)]) == 3
    calls = [call for p in recorded for call in p.calls]
    assert calls == [("storage_error", "not_a_database")]
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_a_damaged_database_opens_the_recovery_dialog(
    qapp: QApplication, tmp_path: Path, recorded: list[FakePrompts]
) -> None:
    from ui.recovery_dialog import RecoveryDialog

    db = tmp_path / "office.db"
    assert main.main(["demo", "--cases", "200", "--db", str(db)]) == 0
    assert (
        main.main(["backup", "--db", str(db), "--out", str(main.backup_folder(db) / "b.db")]) == 0
    )
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page * 3 : page * 4] = b"\x00" * page  # a b-tree page zeroed
    db.write_bytes(bytes(raw))
    before = db.read_bytes()
    shown: list[RecoveryDialog] = []

    def close_recovery() -> None:
        dialogs = [w for w in qapp.topLevelWidgets() if isinstance(w, RecoveryDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(10, close_recovery)
            return
        shown.extend(visible)
        visible[0].reject()  # the user closes it: nothing is restored

    QTimer.singleShot(0, close_recovery)
    assert main.main(["--db", str(db)]) == 3
    assert len(shown) == 1
    assert db.read_bytes() == before  # the damaged file is only read
