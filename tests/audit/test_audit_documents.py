"""The decision PDF prints the audit head it was issued at (RELIABILITY 2.2 anchor, S23)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from db.attachment_files import ManagedFolder
from db.engine import Database
from domain.audit import AuditFilter, anchor_text
from domain.clock import FixedClock
from domain.model import BodyKind
from domain.procedure_model import DocumentKind
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import CaseService
from reports.documents import PdfRenderer
from reports.readback import flat
from tests.test_procedure_on_sqlite import TODAY, Env, _decided


@pytest.fixture
def env(database: Database, registry: RulePackRegistry, tmp_path: Path) -> Iterator[Env]:
    clock = FixedClock(TODAY)
    database.actor.clock = clock
    read = lambda: database.uow(read_only=True)  # noqa: E731
    cases = CaseService(database.uow, registry, clock.today, clock.now_utc, "hr.officer", read)
    files = tmp_path / "files"
    procedure = ProcedureService(
        cases,
        database.uow,
        read,
        registry,
        clock.today,
        clock.now_utc,
        PdfRenderer(),
        ManagedFolder(files),
    )
    body = cases.add_body("Акимат", "Әкімдік", BodyKind.AKIMAT)
    yield Env(database, clock, cases, procedure, None, files, body)  # type: ignore[arg-type]


def _text(path: Path) -> str:
    return flat(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))


def test_the_decision_carries_the_audit_head_it_was_issued_at(
    env: Env, database: Database, tmp_path: Path
) -> None:
    case_id = _decided(env)
    with database.uow(read_only=True) as uow:
        head = uow.audit.head()
    expected = anchor_text(*head)
    assert expected.startswith(f"{head[0]}/") and len(expected.split("/")[1]) == 16
    for lang, label in (("ru", "Журнал аудита"), ("kk", "Аудит журналы")):
        out = tmp_path / f"decision-{lang}.pdf"
        env.procedure.issue_document(case_id, DocumentKind.DECISION, lang, out)
        with database.uow(read_only=True) as uow:
            printed = uow.audit.entries(AuditFilter(action="case.document_issued"), 0, 1)[0]
        assert f"{label}: {expected}" in _text(out)
        # The issue itself is audited right after the head it printed.
        assert printed.prev_hash == head[1] and printed.seq == head[0] + 1
        head = (printed.seq, printed.hash)
        expected = anchor_text(*head)
