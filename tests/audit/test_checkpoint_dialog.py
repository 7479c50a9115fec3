"""The audit viewer's checkpoint buttons: export one (file chosen by an injected dialog), then
verify the trail against it: ok, truncated below it, forged, not a checkpoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.audit_checkpoint import audit_service_for
from db.audit_key import anchor_path_for, keyring_for
from db.engine import Database
from domain.audit_checkpoint import CheckpointStatus
from domain.audit_service import AuditService
from tests.audit.chains import insert_rows, make_chain, tamper
from tests.ui.fakes import FakePrompts
from ui.audit_dialog import AuditDialog


@pytest.fixture
def audit(database: Database, db_path: Path, key: bytes, tmp_path: Path) -> AuditService:
    insert_rows(db_path, make_chain(120, key))
    return audit_service_for(database, keyring_for(key), tmp_path / "config", audited=True)


def _dialog(qtbot: QtBot, audit: AuditService, out: Path, prompts: FakePrompts) -> AuditDialog:
    dialog = AuditDialog(audit, prompts, save_checkpoint=lambda _w: str(out))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_export_then_verify_against_the_checkpoint(
    qtbot: QtBot, audit: AuditService, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "usb" / "checkpoint.json"
    prompts = FakePrompts(answers={"open_file": str(out)})
    dialog = _dialog(qtbot, audit, out, prompts)
    assert dialog.model.total == 120
    qtbot.mouseClick(dialog.checkpoint_button, Qt.MouseButton.LeftButton)
    assert json.loads(out.read_text(encoding="utf-8"))["seq"] == 120
    assert "120" in dialog.result_label.text() and str(out) in dialog.result_label.text()
    assert dialog.model.total == 121  # the `audit.checkpoint` entry shows at once

    qtbot.mouseClick(dialog.against_button, Qt.MouseButton.LeftButton)
    checked = dialog.last_checkpoint
    assert checked is not None and checked.status is CheckpointStatus.OK
    assert "120" in dialog.result_label.text() and "16.03.2026 06:00 UTC" in (
        dialog.result_label.text()
    )
    assert dialog.result_label.styleSheet() == ""

    tamper(db_path, ("DELETE FROM audit_log WHERE seq > ?", (90,)))
    anchor_path_for(db_path).unlink()
    qtbot.mouseClick(dialog.against_button, Qt.MouseButton.LeftButton)
    checked = dialog.last_checkpoint
    assert checked is not None and checked.status is CheckpointStatus.TAMPERED
    text = dialog.result_label.text()
    assert "120" in text and "91" in text and "#b00020" in dialog.result_label.styleSheet()
    assert [kind for kind, _ in prompts.calls] == ["open_file", "open_file"]


def test_a_forged_checkpoint_and_a_file_that_is_not_one(
    qtbot: QtBot, audit: AuditService, tmp_path: Path
) -> None:
    out = tmp_path / "checkpoint.json"
    prompts = FakePrompts(answers={"open_file": str(out)})
    dialog = _dialog(qtbot, audit, out, prompts)
    assert dialog.export_checkpoint() is not None
    data = json.loads(out.read_text(encoding="utf-8"))
    out.write_text(json.dumps({**data, "seq": 60}), encoding="utf-8")
    checked = dialog.verify_against_checkpoint()
    assert checked is not None and checked.status is CheckpointStatus.REFUSED
    assert "#b00020" in dialog.result_label.styleSheet()

    out.write_text("a shopping list", encoding="utf-8")
    assert dialog.verify_against_checkpoint() is None
    assert prompts.kinds()[-1] == "warning"


def test_a_broken_trail_is_not_exported(
    qtbot: QtBot, audit: AuditService, db_path: Path, tmp_path: Path
) -> None:
    tamper(db_path, ("UPDATE audit_log SET reason = 'x' WHERE seq = ?", (33,)))
    out = tmp_path / "checkpoint.json"
    dialog = _dialog(qtbot, audit, out, FakePrompts())
    qtbot.mouseClick(dialog.checkpoint_button, Qt.MouseButton.LeftButton)
    assert not out.exists() and "33" in dialog.result_label.text()
    assert "#b00020" in dialog.result_label.styleSheet()
