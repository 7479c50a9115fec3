"""A real ProcedureService over the test database, and cases that have reached a hearing."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from db.attachment_files import ManagedFolder
from db.engine import Database
from domain.model import CaseInput, CaseStatus
from domain.procedure_model import (
    CommissionInput,
    CommissionMember,
    Composition,
    HearingOutcome,
    MemberRole,
    Vote,
)
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import CaseService
from reports.documents import PdfRenderer
from tests.ui.conftest import case_input


def make_procedure(
    database: Database, services: CaseService, registry: RulePackRegistry, tmp_path: Path
) -> ProcedureService:
    """The service as main.py wires it, over the test's database (modules define the fixture)."""
    return ProcedureService(
        cases=services,
        uow_factory=database.uow,
        read_uow_factory=lambda: database.uow(read_only=True),
        packs=registry,
        today=date.today,
        now_utc=lambda: datetime.now(UTC),
        renderer=PdfRenderer(),
        files=ManagedFolder(tmp_path / "files"),
    )


def commission_for(services: CaseService, procedure: ProcedureService) -> int:
    """A commission serving the first body, its composition in force for a year back."""
    body = services.bodies()[0].id
    commission_id = procedure.save_commission(
        CommissionInput("Дисциплинарная комиссия", "Тәртіптік комиссия", (body,))
    )
    procedure.save_composition(
        commission_id,
        Composition(
            valid_from=date.today() - timedelta(days=365),
            members=(
                CommissionMember(
                    "Жұмабаев Ерлан Серікұлы", "басшының орынбасары", MemberRole.CHAIR
                ),
                CommissionMember(
                    "Ахметова Динара Болатқызы",
                    "кадр қызметінің басшысы",
                    MemberRole.SECRETARY,
                    votes=False,
                ),
                CommissionMember(
                    "Иванов Пётр Сергеевич", "заң бөлімінің басшысы", MemberRole.MEMBER
                ),
                CommissionMember("Қасымов Арман Нұрланұлы", "бас маман", MemberRole.MEMBER),
            ),
        ),
    )
    return commission_id


def heard_input(
    services: CaseService, serial: int = 1, name: str = "Сәрсенова Айгүл Маратқызы"
) -> CaseInput:
    """The case `case_with_hearing` registers: discovered 8 days ago, before the commission."""
    today = date.today()
    return case_input(
        today - timedelta(days=12),
        today - timedelta(days=8),
        status=CaseStatus.HEARING,
        serial=serial,
        body_id=services.bodies()[0].id,
        name=name,
    )


def case_with_hearing(
    services: CaseService,
    procedure: ProcedureService,
    commission_id: int,
    serial: int = 1,
    name: str = "Сәрсенова Айгүл Маратқызы",
) -> int:
    """A registered case whose commission heard it yesterday and voted for a reprimand."""
    today = date.today()
    case_id = services.register_case(heard_input(services, serial, name))
    draft = procedure.new_hearing(case_id, commission_id, today - timedelta(days=1))
    members = tuple(
        replace(m, vote=Vote.FOR) if m.votes and m.present and not m.recused else m
        for m in draft.members
    )
    procedure.record_hearing(
        case_id,
        replace(
            draft,
            place="Астана",
            members=members,
            outcome=HearingOutcome.IMPOSE,
            proposed_penalty="reprimand",
            minutes="Комиссия заслушала объяснения.",
        ),
    )
    return case_id


def pdf_text(path: Path | bytes) -> str:
    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_pages(path: Path | bytes) -> int:
    return len(PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path).pages)
