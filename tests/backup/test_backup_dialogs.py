"""The recovery dialog (S6) and the backup dialog, on real files, with pytest-qt offscreen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from backup_helpers import fill, fingerprint
from PySide6.QtCore import Qt

from db.backup import backup_to, list_backups, rotate
from db.backup_store import DamagedSqliteFile, SqliteBackupStore
from db.engine import open_database
from domain.audit import AuditFilter
from domain.authz import Guard, Role, User
from domain.backup_service import BackupService
from tests.ui.fakes import FakePrompts
from ui.backup_dialog import BackupDialog
from ui.recovery_dialog import Outcome, RecoveryDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A database whose b-tree page of the settings table is zeroed, and a backup folder."""
    live = tmp_path / "data" / "tartip.db"
    database = open_database(live)
    fill(database)
    rotate(live, tmp_path / "backups", source=database)
    database.dispose()
    data = live.read_bytes()
    at = data.index(b"value 1.5")
    with live.open("r+b") as f:
        f.seek(at - at % 4096)
        f.write(bytes(4096))
    return live, tmp_path / "backups"


def _dialog(
    qtbot: Any, live: Path, backups: Path, prompts: FakePrompts, **kw: Any
) -> RecoveryDialog:
    recovery = DamagedSqliteFile.diagnose(live, backups)
    assert recovery is not None
    dialog = RecoveryDialog(recovery, prompts, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_names_the_damage_and_shows_the_report(
    qtbot: Any, damaged: tuple[Path, Path]
) -> None:
    live, backups = damaged
    before = fingerprint(live)
    dialog = _dialog(qtbot, live, backups, FakePrompts())
    assert "structurally damaged" in dialog.problem_label.text()
    assert dialog.restore_button.isEnabled()
    assert "Latest verified backup" in dialog.backup_label.text()
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert dialog.report_view.isVisibleTo(dialog)
    assert "class: structural" in dialog.report_view.toPlainText()
    assert fingerprint(live) == before


def test_export_writes_csv_files_and_leaves_the_file(
    qtbot: Any, damaged: tuple[Path, Path], tmp_path: Path
) -> None:
    live, backups = damaged
    before = fingerprint(live)
    prompts = FakePrompts()
    out = tmp_path / "export"
    dialog = _dialog(qtbot, live, backups, prompts, choose_folder=lambda parent: str(out))
    rows, _skipped = dialog.export_readable() or (0, 0)
    assert rows > 0 and (out / "alembic_version.csv").exists() and (out / "summary.json").exists()
    assert prompts.kinds() == ["info"]
    assert fingerprint(live) == before


def test_restore_needs_confirmation_then_restores_and_keeps_the_damaged_file(
    qtbot: Any, damaged: tuple[Path, Path]
) -> None:
    live, backups = damaged
    before = fingerprint(live)
    prompts = FakePrompts(answers={"question": False})
    dialog = _dialog(qtbot, live, backups, prompts)
    assert dialog.restore_latest() is False  # declined: nothing happens
    assert fingerprint(live) == before
    prompts.answers["question"] = True
    with qtbot.waitSignal(dialog.restored):
        assert dialog.restore_latest() is True
    assert dialog.outcome is Outcome.RESTORED
    aside = [p for p in live.parent.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and fingerprint(aside[0]) == before
    open_database(live).dispose()  # the restored file opens


def test_without_a_backup_the_restore_option_is_disabled(qtbot: Any, tmp_path: Path) -> None:
    live = tmp_path / "tartip.db"
    live.write_bytes(b"\x07" * 8192)
    dialog = _dialog(qtbot, live, tmp_path / "none", FakePrompts())
    assert not dialog.restore_button.isEnabled()
    assert "not a readable Tartip database" in dialog.problem_label.text()
    assert dialog.restore_latest() is False


def _service(tmp_path: Path, role: Role = Role.ADMIN) -> tuple[BackupService, Any]:
    database = open_database(tmp_path / "live" / "tartip.db")
    fill(database)
    store = SqliteBackupStore(database, tmp_path / "live" / "backups")
    user = User(1, "admin", "Admin", role, None, True, None)
    return BackupService(store, Guard(user)), database


def test_backup_dialog_backs_up_lists_and_restores(qtbot: Any, tmp_path: Path) -> None:
    service, database = _service(tmp_path)
    try:
        rotate(database.path, tmp_path / "live" / "backups", source=database)
        prompts = FakePrompts(answers={"question": True})
        out = tmp_path / "manual.db"
        dialog = BackupDialog(service, prompts, save_file=lambda parent: str(out))  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 2
        info = dialog.backup_now()
        assert info is not None and out.exists() and prompts.kinds() == ["info"]
        with database.uow(read_only=True) as uow:
            made = uow.audit.entries(AuditFilter(action="database.backup"), 0, 5)
        assert [json.loads(e.diff)["file"] for e in made] == ["manual.db"]
        bad = tmp_path / "bad.db"
        bad.write_bytes(b"\x00" * 4096)
        assert dialog.restore(str(bad)) is None
        assert prompts.calls[-1] == ("storage_error", "not_a_database")
        with qtbot.waitSignal(dialog.restored):
            assert dialog.restore(str(out)) is not None
    finally:
        database.dispose()


def test_backup_dialog_refuses_a_role_without_restore(qtbot: Any, tmp_path: Path) -> None:
    service, database = _service(tmp_path, Role.HR_OFFICER)
    try:
        prompts = FakePrompts(answers={"question": True})
        good = tmp_path / "g.db"
        backup_to(database, good)
        dialog = BackupDialog(service, prompts)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        before = fingerprint(database.path)
        assert dialog.restore(str(good)) is None
        assert prompts.kinds()[-1] == "warning"
        assert fingerprint(database.path) == before
        assert list_backups(tmp_path / "live" / "backups") == []
    finally:
        database.dispose()
