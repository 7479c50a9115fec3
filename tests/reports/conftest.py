"""Fixtures of the report tests: the built-in pack, the registered fonts, hand-built cases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.calendar import WorkCalendar
from domain.deadline_facts import DeadlineResult
from domain.deadlines import DeadlineInput, compute_deadlines
from domain.model import CaseDetail, CaseStatus, Servant, ServiceCategory, Sex
from domain.rulepack import RulePack, RulePackRegistry
from reports.fonts import FontFamily, register_fonts
from tests.reports.pdftext import KAZAKH_NAME


@pytest.fixture(scope="session")
def pack() -> RulePack:
    return RulePackRegistry.load_builtin_packs().default


@pytest.fixture(scope="session")
def family() -> FontFamily:
    """The machine's document fonts; a machine without them fails here with FontMissing's hint."""
    return register_fonts()


@pytest.fixture
def case() -> CaseDetail:
    servant = Servant(
        id=1,
        full_name=KAZAKH_NAME,
        iin="880101400123",
        birth_date=date(1988, 1, 1),
        sex=Sex.FEMALE,
        position="Бас маман",
        category=ServiceCategory.ADMINISTRATIVE,
        elected=False,
        body_id=1,
        unit_id=None,
    )
    return CaseDetail(
        id=1,
        number="ДК-2026/7",
        servant=servant,
        offence="art50.4",
        offence_group="I",
        rule_pack="kz-416-V",
        committed_on=date(2026, 3, 2),
        discovered_on=date(2026, 3, 16),
        continuing_until=None,
        description="Өтініштерді қарау мерзімі бұзылды.",
        report_source="Жалоба гражданина",
        status=CaseStatus.DECIDED,
        created_at=datetime(2026, 3, 16, 9, 0),
        updated_at=datetime(2026, 3, 16, 9, 0),
        body_name="Министерство финансов",
        decided_on=date(2026, 4, 10),
        penalty="warning_incomplete_conformity",
    )


@pytest.fixture
def deadline(case: CaseDetail, pack: RulePack) -> DeadlineResult:
    facts = DeadlineInput(case.offence, case.committed_on, case.discovered_on)
    return compute_deadlines(facts, pack, WorkCalendar())
