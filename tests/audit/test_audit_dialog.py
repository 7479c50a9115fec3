"""The audit viewer: filters, lazy paging, Verify (ok, then a tamper found), CSV safe from formulas."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.audit_key import AnchorFile, keyring_for
from db.engine import Database
from domain.audit import AuditFilter
from domain.audit_service import AuditService, safe_cell
from domain.clock import FixedClock
from tests.audit.chains import insert_rows, make_chain, tamper
from tests.ui.fakes import FakePrompts
from ui.audit_dialog import PAGE, AuditDialog, AuditTableModel


@pytest.fixture
def audit(database: Database, key: bytes, tmp_path: Path) -> AuditService:
    return AuditService(
        lambda: database.uow(read_only=True),
        keyring_for(key),
        AnchorFile(tmp_path / "a.anchor"),
        uow_factory=database.uow,
    )


def _hostile_entries(database: Database, clock: FixedClock) -> None:
    """Entries whose user-typed parts start like spreadsheet formulas (S25)."""
    for i, reason in enumerate(['=HYPERLINK("http://x")', "+7 701", "-1", "@SUM(A1)", "\tx", "ok"]):
        with database.uow() as uow:
            uow.audit.append("case.annulled", "case", i + 1, {"note": [None, "=1+1"]}, reason)
            uow.commit()
        clock.advance(seconds=60)


def test_the_model_pages_lazily_and_passes_the_model_tester(
    qtmodeltester: object, database: Database, db_path: Path, key: bytes, audit: AuditService
) -> None:
    insert_rows(db_path, make_chain(PAGE * 2 + 17, key))
    model = AuditTableModel(audit)
    model.set_filter(AuditFilter())
    assert (model.rowCount(), model.total) == (PAGE, PAGE * 2 + 17)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == PAGE * 2 + 17
    assert model.entry(0).seq == PAGE * 2 + 17  # newest first
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_filters_verify_and_a_tamper_result(
    qtbot: QtBot, database: Database, db_path: Path, audit: AuditService, clock: FixedClock
) -> None:
    _hostile_entries(database, clock)
    with database.uow() as uow:
        uow.audit.append("settings.switch", "setting", "proposed_subpoint_20", {"value": [0, 1]})
        uow.commit()
    prompts = FakePrompts()
    dialog = AuditDialog(audit, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.model.total == 7
    dialog.action_box.setCurrentText("case.")
    dialog.apply_filter()
    assert dialog.model.total == 6
    dialog.action_box.setCurrentText("")
    dialog.actor_edit.setText("OFFICER")  # case-insensitive substring of the login
    dialog.apply_filter()
    assert dialog.model.total == 7
    dialog.actor_edit.setText("nobody")
    dialog.apply_filter()
    assert dialog.model.total == 0

    verdict = dialog.verify()
    assert verdict is not None and verdict.ok
    assert "7" in dialog.result_label.text()

    tamper(db_path, ("UPDATE audit_log SET reason = 'x' WHERE seq = ?", (3,)))
    verdict = dialog.verify()
    assert verdict is not None and (verdict.ok, verdict.first_bad_seq) == (False, 3)
    assert "3" in dialog.result_label.text() and "#b00020" in dialog.result_label.styleSheet()
    assert prompts.calls == []


def test_the_csv_export_defuses_formulas(
    qtbot: QtBot, database: Database, audit: AuditService, clock: FixedClock, tmp_path: Path
) -> None:
    _hostile_entries(database, clock)
    out = tmp_path / "audit.csv"
    dialog = AuditDialog(audit, FakePrompts(), save_file=lambda _w: str(out))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.export() == 6
    with database.uow(read_only=True) as uow:
        (recorded,) = uow.audit.entries(AuditFilter(action="audit.export"), 0, 5)
    assert recorded.reason == "6 entries" and '"actor":"off"' not in recorded.diff
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    reasons = {r["reason"] for r in rows}
    assert '\'=HYPERLINK("http://x")' in reasons and "'+7 701" in reasons and "ok" in reasons
    assert all(r["actor"] == "a.officer" for r in rows)


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("=1", "'=1"),
        ("+7", "'+7"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=1", "a=1"),
        ("", ""),
        (None, ""),
    ],
)
def test_safe_cell(raw: str | None, safe: str) -> None:
    assert safe_cell(raw) == safe
