"""A real ProcedureService over the UI tests' SQLite database, a commission, and a case to hear.

Test modules import the fixtures they use from here (`from tests.ui.procedure_fixtures import
procedure, commission_id, case_id`), so pytest sees them in that module.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from db.attachment_files import ManagedFolder
from db.engine import Database
from domain.model import CaseStatus
from domain.procedure_model import CommissionInput, CommissionMember, Composition, MemberRole
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import CaseService
from tests.ui.conftest import case_input

MEMBERS = (
    CommissionMember("Жұмабаев Ерлан Серікұлы", "басшының орынбасары", MemberRole.CHAIR),
    CommissionMember(
        "Ахметова Динара Болатқызы", "кадр қызметінің басшысы", MemberRole.SECRETARY, False
    ),
    CommissionMember("Иванов Пётр Сергеевич", "заң бөлімінің басшысы", MemberRole.MEMBER),
    CommissionMember("Қасымов Арман Нұрланұлы", "бас маман", MemberRole.MEMBER),
    CommissionMember("Төлеуова Гүлнар Әбілқызы", "бөлім басшысы", MemberRole.MEMBER),
)


@pytest.fixture
def procedure(
    database: Database, services: CaseService, registry: RulePackRegistry, tmp_path: Path
) -> ProcedureService:
    """The service as main.py wires it (no renderer: documents are ui-documents' tests)."""
    return ProcedureService(
        cases=services,
        uow_factory=database.uow,
        read_uow_factory=lambda: database.uow(read_only=True),
        packs=registry,
        today=date.today,
        now_utc=lambda: datetime.now(UTC),
        files=ManagedFolder(tmp_path / "files"),
    )


@pytest.fixture
def commission_id(services: CaseService, procedure: ProcedureService) -> int:
    """A commission serving the first body, its composition (4 voting members) a year old."""
    body = services.bodies()[0].id
    commission = procedure.save_commission(
        CommissionInput("Дисциплинарная комиссия", "Тәртіптік комиссия", (body,))
    )
    procedure.save_composition(commission, Composition(date.today() - timedelta(days=365), MEMBERS))
    return commission


@pytest.fixture
def case_id(services: CaseService, commission_id: int) -> int:
    """A case of the commission's body: discovered 8 days ago, before the commission."""
    today = date.today()
    return services.register_case(
        case_input(
            today - timedelta(days=12),
            today - timedelta(days=8),
            status=CaseStatus.HEARING,
            body_id=services.bodies()[0].id,
        )
    )


class OpenedUrls:
    """Stands in for QDesktopServices.openUrl: records what would have been opened."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return True
