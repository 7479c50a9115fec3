"""The demo's commission procedure: commissions for every body, and each case's explanation,
hearings, order and appeals as the procedure's rules and the real document service accept them."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from db.demo import generate_demo
from db.engine import Database, open_database
from db.models import DbCase, DbCaseEvent
from db.procedure_models import (
    DbAppeal,
    DbCommission,
    DbCompositionMember,
    DbExplanation,
    DbHearing,
    DbHearingMember,
    DbOrder,
)
from domain.clock import FixedClock
from domain.model import IMPOSED_STATUSES, CaseStatus
from domain.procedure import (
    validate_appeal,
    validate_commission,
    validate_composition,
    validate_explanation,
    validate_hearing,
    validate_order,
)
from domain.procedure_model import (
    CommissionInput,
    DocumentKind,
    ExplanationOutcome,
    HearingOutcome,
    MemberRole,
    Vote,
)
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import OVERRIDE_EVENT, CaseService
from domain.text import name_problems
from reports.documents import PdfRenderer
from reports.fonts import register_fonts
from tests.db.conftest import TODAY

N = 300
HEARD = {CaseStatus.HEARING, CaseStatus.DECIDED, CaseStatus.NO_PENALTY, CaseStatus.CLOSED}
DECIDED = {CaseStatus.DECIDED, CaseStatus.NO_PENALTY, CaseStatus.CLOSED}


@dataclass(frozen=True)
class Demo:
    """A demo database with the services over it, as main.py wires them."""

    database: Database
    cases: CaseService
    procedure: ProcedureService


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, registry: RulePackRegistry) -> Iterator[Demo]:
    database = open_database(tmp_path_factory.mktemp("demo-procedure") / "demo.db")
    generate_demo(database, registry, N, seed=3, today=TODAY)
    clock = FixedClock(TODAY)
    cases = CaseService(
        database.uow,
        registry,
        today=clock.today,
        now_utc=clock.now_utc,
        actor="hr.officer",
        read_uow_factory=lambda: database.uow(read_only=True),
    )
    procedure = ProcedureService(
        cases,
        database.uow,
        lambda: database.uow(read_only=True),
        registry,
        today=clock.today,
        now_utc=clock.now_utc,
        renderer=PdfRenderer(register_fonts()),
    )
    yield Demo(database, cases, procedure)
    database.dispose()


def _cases(demo: Demo) -> list[tuple[int, CaseStatus]]:
    with demo.database.engine.connect() as conn:
        rows = conn.execute(select(DbCase.id, DbCase.status).order_by(DbCase.id))
        return [(case_id, CaseStatus(status)) for case_id, status in rows]


def _count(demo: Demo, model: type) -> int:
    with demo.database.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


def test_every_body_has_one_valid_commission_composed_before_the_first_case(demo: Demo) -> None:
    commissions = demo.procedure.commissions()
    with demo.database.uow(read_only=True) as uow:
        bodies = uow.queries.bodies()
    first_case = min(demo.cases.get_case(c).committed_on for c, _ in _cases(demo))
    served = Counter(b for c in commissions for b in c.body_ids)
    assert served == Counter({b.id: 1 for b in bodies})
    shared = [c for c in commissions if len(c.body_ids) == 2]
    assert shared and all("акиматов" in c.name_ru for c in shared)  # Art. 44 p.9
    assert any(len(c.compositions) == 2 for c in commissions)  # some were recomposed
    people = set()
    for c in commissions:
        data = CommissionInput(c.name_ru, c.name_kk, c.body_ids)
        assert validate_commission(data, bodies) == [], c.name_ru
        assert c.compositions[0].valid_from < first_case
        for comp in c.compositions:
            assert validate_composition(comp, [o for o in c.compositions if o is not comp]) == []
            roles = Counter(m.role for m in comp.members)
            assert roles[MemberRole.CHAIR] == roles[MemberRole.SECRETARY] == 1
            assert 3 <= roles[MemberRole.MEMBER] <= 5
            assert all(m.position and not name_problems(m.full_name) for m in comp.members)
            people |= {m.full_name for m in comp.members}
    secretaries = {
        m.votes
        for c in commissions
        for m in c.compositions[0].members
        if m.role == MemberRole.SECRETARY
    }
    assert secretaries == {True, False}  # voting and non-voting secretaries both occur
    names = " ".join(people)
    assert any(ch in names for ch in "әғқңөұүі") and re.search(r"(ович|овна)\b", names)


def test_each_cases_stored_procedure_passes_the_rules(demo: Demo) -> None:
    seen: Counter[str] = Counter()
    calendar = demo.cases.work_calendar()
    for case_id, status in _cases(demo):
        case = demo.cases.get_case(case_id)
        proc = demo.procedure.procedure(case_id)
        kinds = demo.procedure.document_kinds(case_id)
        with demo.database.uow(read_only=True) as uow:
            explanation = uow.procedure.explanation(case_id)
            hearings = uow.procedure.hearings(case_id)
            order = uow.procedure.order(case_id)
            appeals = uow.procedure.appeals(case_id)
        if status in (CaseStatus.REGISTERED, CaseStatus.ANNULLED):
            assert (explanation, hearings, order, appeals, kinds) == (None, [], None, [], [])
            continue
        # The explanation: requested a few days after discovery, its result by its rules.
        assert explanation is not None and proc.explanation is not None
        due = proc.explanation.due_on
        assert validate_explanation(explanation, due, case.discovered_on, TODAY, ()) == []
        # On a working day, unless the case was heard (or decided) on a day off and the
        # request was made that day.
        limit = hearings[-1][1].held_on if hearings else TODAY
        assert calendar.is_working_day(explanation.requested_on) or (
            explanation.requested_on == limit
        )
        assert calendar.working_days_between(case.discovered_on, explanation.requested_on) <= 3
        seen[explanation.outcome.value] += 1
        if explanation.outcome in (ExplanationOutcome.REFUSED, ExplanationOutcome.ABSENT):
            assert explanation.act_on is not None and explanation.act_on > due
            assert len(explanation.act_witnesses.splitlines()) == 2
            assert DocumentKind.EXPLANATION_ACT in kinds
        assert DocumentKind.EXPLANATION_REQUEST in kinds
        if status not in HEARD:
            assert (hearings, order) == ([], None)
            assert explanation.outcome is not ExplanationOutcome.RECEIVED or explanation.text
            continue
        # The hearings: the body's commission, its composition that day, quorum and majority.
        assert hearings and len(proc.hearings) == len(hearings)
        allowed = demo.cases.penalty_bounds(case_id).allowed
        for (_, data), counted in zip(hearings, proc.hearings, strict=True):
            commission = demo.procedure.commission(data.commission_id)
            errors = validate_hearing(
                data, commission, case.servant.body_id, case.discovered_on, allowed, TODAY
            )
            assert errors == [], (case_id, errors)
            assert counted.tally.quorum_met and counted.tally.adopted
            seen["against"] += any(m.vote is Vote.AGAINST for m in data.members)
            seen["member_absent"] += any(not m.present for m in data.members)
            seen["recused"] += any(m.recused for m in data.members)
            seen["dissent"] += any(m.dissent for m in data.members)
        last = proc.hearings[-1]
        assert last.held_on >= case.discovered_on
        seen["investigated"] += any(
            h.outcome is HearingOutcome.INVESTIGATE for h in proc.hearings[:-1]
        )
        assert {DocumentKind.PROTOCOL, DocumentKind.DECISION} <= set(kinds) or (
            status is CaseStatus.HEARING
        )
        if status is CaseStatus.HEARING:
            assert order is None
            if last.outcome is HearingOutcome.IMPOSE:
                assert last.proposed_penalty in allowed
            continue
        # The decided case: the hearing before the decision, the order on its day.
        assert case.decided_on is not None and last.held_on <= case.decided_on
        if status in IMPOSED_STATUSES:
            assert (last.outcome, last.proposed_penalty) == (HearingOutcome.IMPOSE, case.penalty)
        else:
            assert (last.outcome, last.proposed_penalty) == (HearingOutcome.NONE, None)
        assert order is not None and proc.order is not None
        assert validate_order(order, proc.hearings, TODAY) == []
        assert order.signed_on == case.decided_on
        assert order.penalty == case.penalty and order.lifted_on == case.penalty_lifted_on
        assert order.announced_on is not None
        assert order.announced_on <= proc.order.announce_due
        assert (order.familiarised_on is None) != (order.refused_on is None)
        seen["refused_order"] += order.refused_on is not None
        assert order.official_name and order.official_position and order.order_number
        assert {DocumentKind.PROTOCOL, DocumentKind.DECISION, DocumentKind.ORDER} <= set(kinds)
        for _, appeal in appeals:
            assert validate_appeal(appeal, order, TODAY) == []
            seen[f"appeal.{appeal.outcome.value}"] += 1
    # Mostly received, some refused or absent; varied hearings; a few appeals.
    assert seen["received"] > 5 * (seen["refused"] + seen["absent"]) > 0
    assert seen["refused"] and seen["absent"]
    assert seen["against"] and seen["member_absent"] and seen["dissent"] and seen["investigated"]
    assert seen["refused_order"]


def test_the_service_accepts_each_record_as_it_is(demo: Demo) -> None:
    """Recording the stored procedure again through the service passes its checks and changes
    nothing (the stored values are already in their cleaned form)."""
    events = _count(demo, DbCaseEvent)
    with demo.database.engine.connect() as conn:
        rows = conn.execute(
            select(DbCaseEvent.case_id, DbCaseEvent.data).where(DbCaseEvent.kind == OVERRIDE_EVENT)
        )
        overrides = {case_id: json.loads(data)["reason"] for case_id, data in rows}
    for case_id, _ in _cases(demo):
        with demo.database.uow(read_only=True) as uow:
            explanation = uow.procedure.explanation(case_id)
            hearings = uow.procedure.hearings(case_id)
            appeals = uow.procedure.appeals(case_id)
            order = uow.procedure.order(case_id)
        if explanation is not None:
            demo.procedure.record_explanation(case_id, explanation)
        for hearing_id, data in hearings:
            assert demo.procedure.record_hearing(case_id, data, hearing_id) == hearing_id
        for appeal_id, appeal in appeals:
            assert demo.procedure.record_appeal(case_id, appeal, appeal_id) == appeal_id
        if order is not None:
            demo.procedure.record_order(case_id, order, overrides.get(case_id, ""))
    assert _count(demo, DbCaseEvent) == events


def test_every_heard_case_has_a_hearing_and_every_decided_one_an_order(demo: Demo) -> None:
    statuses = Counter(s for _, s in _cases(demo))
    heard = sum(statuses[s] for s in HEARD)
    decided = sum(statuses[s] for s in DECIDED)
    with demo.database.engine.connect() as conn:
        heard_cases = conn.scalar(select(func.count(func.distinct(DbHearing.case_id))))
    assert heard_cases == heard
    assert _count(demo, DbOrder) == decided


def test_a_decided_demo_case_prints_its_decision(demo: Demo, tmp_path: Path) -> None:
    decided = [c for c, s in _cases(demo) if s is CaseStatus.DECIDED]
    case_id = decided[len(decided) // 2]
    case = demo.cases.get_case(case_id)
    out = tmp_path / "decision.pdf"
    issued = demo.procedure.issue_document(case_id, DocumentKind.DECISION, "both", out)
    assert issued.kind is DocumentKind.DECISION and issued.pages >= 1
    assert issued.number.endswith(f"/{TODAY.year}")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    squashed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", case.servant.full_name) in squashed
    assert case.servant.iin in squashed
    # The protocol and the order print too, and the verification reads the decision back.
    for kind, lang in ((DocumentKind.PROTOCOL, "ru"), (DocumentKind.ORDER, "kk")):
        assert demo.procedure.issue_document(case_id, kind, lang, tmp_path / f"{kind}.pdf").pages
    assert demo.procedure.verify_file(out).status.value == "matches"


def test_a_second_run_hears_its_cases_before_the_commissions_it_found(
    tmp_path: Path, registry: RulePackRegistry
) -> None:
    with open_database(tmp_path / "twice.db") as database:
        generate_demo(database, registry, 60, seed=1, today=TODAY)
        with database.uow(read_only=True) as uow:
            before = uow.procedure.commissions()
        generate_demo(database, registry, 120, seed=2, today=TODAY)
        with database.uow(read_only=True) as uow:
            assert uow.procedure.commissions() == before  # found, not added again
            commissions = {c.id: c for c in before}
            pack = registry.default
            heard = 0
            for case_id in range(61, 181):
                case = uow.cases.get_case(case_id)
                assert case is not None
                hearings = uow.procedure.hearings(case_id)
                assert bool(hearings) == (case.status in HEARD)
                for _, data in hearings:
                    errors = validate_hearing(
                        data,
                        commissions[data.commission_id],
                        case.servant.body_id,
                        case.discovered_on,
                        [p.code for p in pack.penalties],
                        TODAY,
                    )
                    assert errors == []
                    heard += 1
            assert heard


def test_the_same_seed_gives_the_same_procedure(tmp_path: Path, registry: RulePackRegistry) -> None:
    tables = (
        DbCommission,
        DbCompositionMember,
        DbExplanation,
        DbHearing,
        DbHearingMember,
        DbOrder,
        DbAppeal,
    )
    dumps = []
    for name, seed in (("a.db", 5), ("b.db", 5), ("c.db", 6)):
        with open_database(tmp_path / name) as database:
            generate_demo(database, registry, 80, seed=seed, today=TODAY)
            with database.engine.connect() as conn:
                dumps.append([tuple(r) for t in tables for r in conn.execute(select(t.__table__))])
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]
