"""ProcedureService over a real SQLite file: the procedure's writes and events, the decision through
CaseService, attachments in a managed folder, and documents registered, printed and verified."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

import pytest

from db.attachment_files import ManagedFolder
from db.engine import Database, open_database
from domain.clock import FixedClock
from domain.document_data import DocumentData, ReadBack
from domain.errors import NotFound, ValidationFailed
from domain.iin import make_iin
from domain.model import (
    BodyKind,
    CaseInput,
    CaseStatus,
    ServantInput,
    ServiceCategory,
    Sex,
)
from domain.procedure_model import (
    AppealInput,
    AppealRoute,
    AttachmentKind,
    CommissionInput,
    CommissionMember,
    Composition,
    DocumentKind,
    ExplanationInput,
    ExplanationOutcome,
    HearingInput,
    HearingOutcome,
    MemberRole,
    OrderInput,
    VerifyStatus,
    Vote,
)
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import CaseService

TODAY = date(2026, 10, 20)  # a Tuesday
MEMBERS = (
    CommissionMember("Ахметов Болат", "заместитель акима", MemberRole.CHAIR),
    CommissionMember("Сәрсенбаева Әйгерім", "руководитель отдела", MemberRole.MEMBER),
    CommissionMember("Петров Иван", "главный специалист", MemberRole.MEMBER),
    CommissionMember("Ильина Ольга", "специалист", MemberRole.SECRETARY, votes=False),
)


class FakeRenderer:
    """A stand-in for reports.PdfRenderer: a PDF-like file carrying the stamp and the text a
    real document would print (number, name, IIN), read back from the same file."""

    def __init__(self) -> None:
        self.fail = False
        self.rendered: list[tuple[DocumentData, str]] = []

    def render(self, data: DocumentData, lang: str, out: str | os.PathLike[str] | IO[bytes]) -> int:
        servant = data.case.servant
        body = {
            "document_id": data.stamp.document_id,
            "code": data.stamp.code,
            "text": f"№ {data.stamp.number} {servant.full_name} ИИН {servant.iin} {data.kind}",
        }
        payload = b"%PDF-1.4\n" + json.dumps(body, ensure_ascii=False).encode()
        if isinstance(out, str | os.PathLike):
            Path(out).write_bytes(payload[:20])  # a partial file, then the failure below
            if self.fail:
                raise RuntimeError("disk full while rendering")
            Path(out).write_bytes(payload)
        else:
            if self.fail:
                raise RuntimeError("disk full while rendering")
            out.write(payload)
        self.rendered.append((data, lang))
        return 1

    def read_back(self, path: str | os.PathLike[str]) -> ReadBack | None:
        raw = Path(path).read_bytes()
        if not raw.startswith(b"%PDF-1.4\n"):
            return None
        body = json.loads(raw[9:].decode())
        return ReadBack(body["document_id"], body["code"], body["text"])


@dataclass
class Env:
    database: Database
    clock: FixedClock
    cases: CaseService
    procedure: ProcedureService
    renderer: FakeRenderer
    files: Path
    body: int

    def case(self, iin_serial: int = 1, **changes: object) -> int:
        iin = next(
            i
            for s in range(iin_serial, iin_serial + 99)
            if (i := make_iin(date(1984, 6, 2), Sex.MALE, s))
        )
        data = CaseInput(
            servant=ServantInput(
                full_name="Әлиев Нұрлан Серікұлы",
                iin=iin,
                position="бас маман",
                category=ServiceCategory.ADMINISTRATIVE,
                elected=False,
                body_id=self.body,
            ),
            offence="art44.duties",
            committed_on=date(2026, 9, 15),
            discovered_on=date(2026, 9, 25),
            description="Не исполнил поручение № 12.",
        )
        return self.cases.register_case(replace(data, **changes))  # type: ignore[arg-type]

    def commission(self, body: int | None = None) -> int:
        commission = self.procedure.save_commission(
            CommissionInput("Дисциплинарная комиссия", "Тәртіптік комиссия", (body or self.body,))
        )
        self.procedure.save_composition(commission, Composition(date(2026, 1, 1), MEMBERS))
        return commission

    def hearing(
        self, case_id: int, commission: int, penalty: str | None = "reprimand", **kw: object
    ) -> HearingInput:
        data = self.procedure.new_hearing(case_id, commission, date(2026, 10, 1))
        members = tuple(replace(m, vote=Vote.FOR) if m.votes else m for m in data.members)
        outcome = HearingOutcome.IMPOSE if penalty else HearingOutcome.NONE
        data = replace(
            data,
            place="г. Туркестан",
            members=members,
            outcome=outcome,
            proposed_penalty=penalty,
            minutes="Заслушали объяснение.",
        )
        return replace(data, **kw)  # type: ignore[arg-type]

    def order(self, **kw: object) -> OrderInput:
        data = OrderInput(
            date(2026, 10, 5),
            "Ахметов Болат",
            "аким района",
            HearingOutcome.IMPOSE,
            "reprimand",
            familiarised_on=date(2026, 10, 6),
        )
        return replace(data, **kw)  # type: ignore[arg-type]

    def events(self, case_id: int) -> list[str]:
        return [e.kind for e in self.cases.get_case(case_id).events]


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    database = open_database(tmp_path / "office.db")
    packs = RulePackRegistry.load_builtin_packs()
    clock = FixedClock(TODAY)
    read = lambda: database.uow(read_only=True)  # noqa: E731
    cases = CaseService(database.uow, packs, clock.today, clock.now_utc, "hr.officer", read)
    renderer = FakeRenderer()
    files = tmp_path / "office.db.files"
    procedure = ProcedureService(
        cases, database.uow, read, packs, clock.today, clock.now_utc, renderer, ManagedFolder(files)
    )
    body = cases.add_body(
        "Акимат Туркестанской области", "Түркістан облысының әкімдігі", BodyKind.AKIMAT
    )
    try:
        yield Env(database, clock, cases, procedure, renderer, files, body)
    finally:
        database.dispose()


# ---------------------------------------------------------------- the procedure


def test_the_procedure_moves_the_case_and_records_each_step(env: Env) -> None:
    case_id = env.case()
    commission = env.commission()
    assert env.procedure.commission_for_case(case_id).id == commission  # type: ignore[union-attr]

    requested = ExplanationInput(
        date(2026, 9, 25), ExplanationOutcome.RECEIVED, date(2026, 9, 28), "Был на больничном."
    )
    env.procedure.record_explanation(case_id, requested)
    assert env.cases.get_case(case_id).status is CaseStatus.INVESTIGATION

    hearing_id = env.procedure.record_hearing(case_id, env.hearing(case_id, commission))
    assert env.cases.get_case(case_id).status is CaseStatus.HEARING

    env.procedure.record_order(case_id, env.order())
    decided = env.cases.get_case(case_id)
    assert (decided.status, decided.penalty, decided.decided_on) == (
        CaseStatus.DECIDED,
        "reprimand",
        date(2026, 10, 5),
    )
    appeal_id = env.procedure.record_appeal(
        case_id, AppealInput(AppealRoute.AGENCY, date(2026, 10, 9), note="Жалоба")
    )

    p = env.procedure.procedure(case_id)
    assert p.explanation is not None and p.explanation.due_on == date(2026, 9, 29)  # Fri + 2 wd
    assert [h.id for h in p.hearings] == [hearing_id]
    t = p.hearings[0].tally
    assert (t.members, t.present, t.votes_for, t.adopted) == (3, 3, 3, True)
    assert p.order is not None and p.order.announce_due == date(2026, 10, 8)
    assert p.order.expires_on == date(2027, 4, 5)
    assert [(a.id, a.deadline, a.late) for a in p.appeals] == [
        (appeal_id, date(2027, 10, 6), False)
    ]
    assert p.commission is not None and p.commission.id == commission
    assert env.events(case_id) == [
        "created",
        "updated",  # registered -> investigation
        "explanation_recorded",
        "updated",  # -> hearing
        "hearing_recorded",
        "updated",  # decided with the penalty
        "order_recorded",
        "appeal_recorded",
    ]
    events = {e.kind: e.data for e in env.cases.get_case(case_id).events}
    assert events["explanation_recorded"]["changes"]["outcome"] == {"old": None, "new": "received"}
    assert events["explanation_recorded"]["status"] == {"old": "registered", "new": "investigation"}
    assert events["hearing_recorded"]["tally"]["adopted"] is True
    assert events["order_recorded"]["changes"]["penalty"] == {"old": None, "new": "reprimand"}


def test_an_unchanged_record_writes_nothing(env: Env) -> None:
    case_id = env.case()
    data = ExplanationInput(date(2026, 9, 25))
    env.procedure.record_explanation(case_id, data)
    before = env.events(case_id)
    env.procedure.record_explanation(case_id, replace(data, text="  "))  # cleaned: the same
    assert env.events(case_id) == before


def test_a_refused_hearing_writes_nothing(env: Env) -> None:
    case_id = env.case()
    commission = env.commission()
    bad = env.hearing(case_id, commission)
    bad = replace(bad, members=tuple(replace(m, vote=None) for m in bad.members))
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.record_hearing(case_id, bad)
    assert {e.code for e in refused.value.errors} == {"hearing.vote_required"}
    assert env.procedure.procedure(case_id).hearings == ()
    assert env.events(case_id) == ["created"]
    assert env.cases.get_case(case_id).status is CaseStatus.REGISTERED


def test_a_penalty_outside_the_statutory_bounds_is_refused_at_the_hearing(env: Env) -> None:
    # Art. 50 p.1 sub-p. 7 allows a demotion only (rule of the pack); a reprimand is refused.
    case_id = env.case(offence="art50.7")
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.record_hearing(case_id, env.hearing(case_id, env.commission()))
    [error] = refused.value.errors
    assert (error.field, error.code) == ("proposed_penalty", "hearing.penalty_not_allowed")
    assert "demotion" in error.params["allowed"]


def test_the_order_goes_through_the_decision_checks_with_the_override_reason(env: Env) -> None:
    # Discovered 2026-08-03: the 1-month limit ended before the order of 5 October.
    case_id = env.case(committed_on=date(2026, 8, 1), discovered_on=date(2026, 8, 3))
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.record_order(case_id, env.order())
    assert [(e.field, e.code) for e in refused.value.errors] == [("signed_on", "deadline.expired")]
    assert env.procedure.procedure(case_id).order is None
    assert env.cases.get_case(case_id).status is CaseStatus.REGISTERED

    env.procedure.record_order(case_id, env.order(), override_reason="Приказ подписан позже")
    assert env.cases.get_case(case_id).status is CaseStatus.DECIDED
    assert env.events(case_id)[-3:] == ["updated", "deadline_override", "order_recorded"]


def test_an_order_without_a_penalty_decides_no_penalty_and_a_lifting_is_stored(env: Env) -> None:
    case_id = env.case()
    env.procedure.record_order(case_id, env.order(outcome=HearingOutcome.NONE, penalty=None))
    case = env.cases.get_case(case_id)
    assert (case.status, case.penalty, case.decided_on) == (
        CaseStatus.NO_PENALTY,
        None,
        date(2026, 10, 5),
    )
    env.procedure.record_order(case_id, env.order(lifted_on=date(2026, 10, 19)))
    case = env.cases.get_case(case_id)
    assert (case.status, case.penalty_lifted_on) == (CaseStatus.DECIDED, date(2026, 10, 19))


def test_an_order_refused_by_the_case_checks_leaves_no_order(env: Env) -> None:
    case_id = env.case(offence="art50.7")
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.record_order(case_id, env.order(penalty="remark"))
    assert [(e.field, e.code) for e in refused.value.errors] == [("penalty", "penalty.not_allowed")]
    assert env.procedure.procedure(case_id).order is None


def test_a_late_appeal_is_recorded_as_late(env: Env) -> None:
    case_id = env.case()
    env.procedure.record_order(case_id, env.order(penalty="dismissal"))
    env.clock.advance(days=120)
    appeal_id = env.procedure.record_appeal(
        case_id, AppealInput(AppealRoute.COURT, date(2027, 2, 1))
    )
    [appeal] = env.procedure.procedure(case_id).appeals
    # Dismissal: 3 months from the familiarisation on 6 October 2026.
    assert (appeal.id, appeal.deadline, appeal.late) == (appeal_id, date(2027, 1, 6), True)


def test_an_annulled_case_takes_no_procedure(env: Env) -> None:
    case_id = env.case()
    annulled = replace(_as_input(env, case_id), status=CaseStatus.ANNULLED)
    env.cases.update_case(case_id, annulled)
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.record_explanation(case_id, ExplanationInput(date(2026, 9, 25)))
    assert [e.code for e in refused.value.errors] == ["procedure.case_annulled"]


def _as_input(env: Env, case_id: int) -> CaseInput:
    from domain.procedure_records import case_input_of

    return case_input_of(env.cases.get_case(case_id))


def test_commissions_are_validated_and_found_by_body(env: Env) -> None:
    other = env.cases.add_body("Маслихат", "Мәслихат")
    shared = env.procedure.save_commission(CommissionInput("Общая", "Ортақ", (env.body, other)))
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.save_composition(shared, Composition(date(2026, 1, 1), MEMBERS[:2]))
    assert {e.code for e in refused.value.errors} == {"commission.too_few_voting"}
    env.procedure.save_composition(shared, Composition(date(2026, 1, 1), MEMBERS, quorum=(1, 2)))
    with pytest.raises(ValidationFailed):
        env.procedure.save_composition(shared, Composition(date(2026, 1, 1), MEMBERS))
    with pytest.raises(NotFound):
        env.procedure.save_composition(999, Composition(date(2026, 1, 1), MEMBERS))
    stored = env.procedure.commission(shared)
    assert set(stored.body_ids) == {env.body, other}
    assert stored.compositions[0].quorum == (1, 2)
    assert env.procedure.default_quorum() == (2, 3)
    case_id = env.case()
    assert env.procedure.commission_for_case(case_id).id == shared  # type: ignore[union-attr]
    assert env.procedure.commission_for_case(case_id, date(2025, 6, 1)).id == shared  # type: ignore[union-attr]


def test_a_new_hearing_is_prefilled_and_tallied_with_the_composition_quorum(env: Env) -> None:
    case_id = env.case()
    commission = env.commission()
    data = env.procedure.new_hearing(case_id, commission, date(2026, 10, 1))
    assert [m.full_name for m in data.members] == [m.full_name for m in MEMBERS]
    assert all(m.present and m.vote is None for m in data.members)
    with pytest.raises(ValidationFailed):
        env.procedure.new_hearing(case_id, commission, date(2025, 12, 31))
    absent = tuple(
        replace(m, present=i == 0, vote=Vote.FOR if i == 0 else None)
        for i, m in enumerate(data.members)
    )
    t = env.procedure.tally(replace(data, members=absent))
    assert (t.present, t.quorum_needed, t.quorum_met, t.adopted) == (1, 2, False, False)


# ---------------------------------------------------------------- attachments


def test_an_attachment_is_copied_under_a_generated_name_and_recorded(
    env: Env, tmp_path: Path
) -> None:
    case_id = env.case()
    source = tmp_path / "скан объяснения.pdf"
    source.write_bytes(b"%PDF-1.7\n" + b"x" * 1000)
    attachment_id = env.procedure.add_attachment(
        case_id, source, AttachmentKind.EXPLANATION, "..\\Объяснение\u202e.pdf"
    )
    [attachment] = env.procedure.procedure(case_id).attachments
    assert attachment.id == attachment_id
    assert attachment.display_name == "Объяснение.pdf"
    assert (attachment.media_type, attachment.size) == ("application/pdf", 1009)
    path = env.procedure.attachment_path(attachment_id)
    assert path.parent == env.files.resolve() and path.read_bytes() == source.read_bytes()
    assert len(path.name) == 32 and "скан" not in path.name
    assert env.events(case_id)[-1] == "attachment_added"
    # The explanation may point at it.
    env.procedure.record_explanation(
        case_id,
        ExplanationInput(
            date(2026, 9, 25),
            ExplanationOutcome.RECEIVED,
            date(2026, 9, 26),
            attachment_id=attachment_id,
        ),
    )


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("invoice.pdf", b"MZ\x90\x00" + b"\x00" * 100, "attachment.type_not_allowed"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "attachment.type_mismatch"),
        ("notes.txt", "Кириллица".encode("cp1251"), "attachment.type_not_allowed"),
        ("empty.pdf", b"", "attachment.empty"),
    ],
)
def test_a_refused_attachment_leaves_nothing(
    env: Env, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    case_id = env.case()
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.add_attachment(case_id, source, AttachmentKind.EVIDENCE)
    assert [e.code for e in refused.value.errors] == [code]
    assert list(env.files.iterdir()) == [] if env.files.exists() else True
    assert env.procedure.procedure(case_id).attachments == ()


def test_a_file_over_the_limit_is_refused_before_it_is_read(env: Env, tmp_path: Path) -> None:
    case_id = env.case()
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(20 * 1024 * 1024 + 1)  # sparse: nothing is really written
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.add_attachment(case_id, big, AttachmentKind.EVIDENCE)
    assert [e.code for e in refused.value.errors] == ["attachment.too_large"]


def test_a_utf8_text_attachment_is_accepted(env: Env, tmp_path: Path) -> None:
    case_id = env.case()
    source = tmp_path / "акт.txt"
    source.write_text("Акт об отказе от дачи объяснения.\nҚол қоюдан бас тартты.", encoding="utf-8")
    attachment_id = env.procedure.add_attachment(case_id, source, AttachmentKind.ACT)
    [attachment] = env.procedure.procedure(case_id).attachments
    assert (attachment.id, attachment.media_type, attachment.display_name) == (
        attachment_id,
        "text/plain",
        "акт.txt",
    )


# ---------------------------------------------------------------- documents


def _decided(env: Env) -> int:
    case_id = env.case()
    commission = env.commission()
    env.procedure.record_explanation(
        case_id,
        ExplanationInput(date(2026, 9, 25), ExplanationOutcome.REFUSED, act_on=date(2026, 9, 25)),
    )
    env.procedure.record_hearing(case_id, env.hearing(case_id, commission))
    env.procedure.record_order(case_id, env.order())
    return case_id


def test_the_documents_available_follow_the_procedure(env: Env) -> None:
    case_id = env.case()
    assert env.procedure.document_kinds(case_id) == []
    env.procedure.record_explanation(case_id, ExplanationInput(date(2026, 9, 25)))
    assert env.procedure.document_kinds(case_id) == [DocumentKind.EXPLANATION_REQUEST]
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.issue_document(case_id, DocumentKind.DECISION, "ru", env.files / "x.pdf")
    assert [e.code for e in refused.value.errors] == ["document.not_available"]
    decided = _decided(env)
    assert env.procedure.document_kinds(decided) == [
        DocumentKind.EXPLANATION_REQUEST,
        DocumentKind.EXPLANATION_ACT,
        DocumentKind.PROTOCOL,
        DocumentKind.DECISION,
        DocumentKind.ORDER,
    ]


def test_issuing_numbers_the_journal_and_a_reprint_reuses_the_number(
    env: Env, tmp_path: Path
) -> None:
    case_id = _decided(env)
    first = env.procedure.issue_document(case_id, DocumentKind.DECISION, "kk", tmp_path / "1.pdf")
    assert (first.number, first.seq, first.pages, first.lang) == ("0001/2026", 1, 1, "kk")
    assert len(first.code) == 14 and first.content_json
    env.clock.advance(days=1)
    env.cases.actor = "another.officer"
    again = env.procedure.issue_document(case_id, DocumentKind.DECISION, "kk", tmp_path / "2.pdf")
    assert (again.id, again.number, again.issued_on) == (first.id, first.number, TODAY)
    reprinted, _ = env.renderer.rendered[-1]
    assert (reprinted.stamp.issued_on, reprinted.executor) == (TODAY, "hr.officer")
    # Another language is another document; another kind has its own journal.
    ru = env.procedure.issue_document(case_id, DocumentKind.DECISION, "ru", tmp_path / "3.pdf")
    protocol = env.procedure.issue_document(
        case_id, DocumentKind.PROTOCOL, "kk", tmp_path / "4.pdf"
    )
    assert (ru.number, protocol.number) == ("0002/2026", "0001/2026")
    assert [d.id for d in env.procedure.documents(case_id)] == [protocol.id, ru.id, first.id]
    issued = [e.data for e in env.cases.get_case(case_id).events if e.kind == "document_issued"]
    assert [(e["number"], e["reprint"]) for e in issued] == [
        ("0001/2026", False),
        ("0001/2026", True),
        ("0002/2026", False),
        ("0001/2026", False),
    ]
    data, lang = env.renderer.rendered[-1]
    assert data.hearing is not None and data.composition is not None and lang == "kk"
    assert data.body_names["kk"] == "Түркістан облысының әкімдігі"


def test_a_changed_record_gets_a_new_number(env: Env, tmp_path: Path) -> None:
    case_id = _decided(env)
    first = env.procedure.issue_document(case_id, DocumentKind.PROTOCOL, "ru", tmp_path / "1.pdf")
    [(hearing_id, _)] = [(h.id, h) for h in env.procedure.procedure(case_id).hearings]
    changed = env.hearing(case_id, env.procedure.procedure(case_id).hearings[0].commission_id)
    env.procedure.record_hearing(case_id, replace(changed, minutes="Дополнено."), hearing_id)
    second = env.procedure.issue_document(case_id, DocumentKind.PROTOCOL, "ru", tmp_path / "2.pdf")
    assert (second.number, second.code != first.code) == ("0002/2026", True)


def test_a_failed_render_consumes_no_number_and_leaves_no_file(env: Env, tmp_path: Path) -> None:
    case_id = _decided(env)
    env.renderer.fail = True
    out = tmp_path / "failed.pdf"
    with pytest.raises(RuntimeError):
        env.procedure.issue_document(case_id, DocumentKind.ORDER, "ru", out)
    assert not out.exists()
    assert env.procedure.documents(case_id) == []
    assert "document_issued" not in env.events(case_id)
    env.renderer.fail = False
    doc = env.procedure.issue_document(case_id, DocumentKind.ORDER, "ru", out)
    assert doc.number == "0001/2026"


def test_a_preview_registers_nothing(env: Env, tmp_path: Path) -> None:
    case_id = _decided(env)
    pages = env.procedure.preview_document(
        case_id, DocumentKind.DECISION, "both", tmp_path / "p.pdf"
    )
    assert pages == 1 and env.procedure.documents(case_id) == []
    data, lang = env.renderer.rendered[-1]
    assert (data.stamp.number, data.stamp.code, lang) == ("—", "DRAFT", "both")
    with pytest.raises(ValidationFailed) as refused:
        env.procedure.preview_document(case_id, DocumentKind.DECISION, "en", tmp_path / "p.pdf")
    assert [e.code for e in refused.value.errors] == ["document.lang_unknown"]


def test_verification_of_a_file_and_of_a_typed_code(env: Env, tmp_path: Path) -> None:
    case_id = _decided(env)
    out = tmp_path / "decision.pdf"
    doc = env.procedure.issue_document(case_id, DocumentKind.DECISION, "ru", out)
    assert env.procedure.verify_file(out).status is VerifyStatus.MATCHES
    assert (
        env.procedure.verify_code(doc.code.lower().replace("-", " ")).status is VerifyStatus.MATCHES
    )

    forged = tmp_path / "forged.pdf"
    forged.write_bytes(out.read_bytes().replace("Әлиев".encode(), "Алиев".encode()))
    result = env.procedure.verify_file(forged)
    assert (result.status, result.changed_fields) == (VerifyStatus.TAMPERED, ("servant.full_name",))
    other_code = tmp_path / "code.pdf"
    other_code.write_bytes(out.read_bytes().replace(doc.code.encode(), b"0000-0000-0000"))
    assert env.procedure.verify_file(other_code).status is VerifyStatus.TAMPERED
    unknown = tmp_path / "unknown.pdf"
    unknown.write_bytes(
        out.read_bytes().replace(f'"document_id": {doc.id}'.encode(), b'"document_id": 999')
    )
    assert env.procedure.verify_file(unknown).status is VerifyStatus.UNKNOWN
    text = tmp_path / "notes.txt"
    text.write_text("not a pdf")
    assert env.procedure.verify_file(text).status is VerifyStatus.UNREADABLE
    assert env.procedure.verify_code("0000-0000-0000").status is VerifyStatus.UNKNOWN
    assert env.procedure.verify_code("DRAFT").status is VerifyStatus.UNKNOWN
    env.cases.actor = "auditor"  # whoever verifies, the paper's executor is the issuer
    env.clock.advance(days=30)
    assert env.procedure.verify_file(out).status is VerifyStatus.MATCHES

    # The record changes after printing: the paper no longer matches, and says where.
    case = _as_input(env, case_id)
    env.cases.update_case(case_id, replace(case, description="Уточнённые обстоятельства."))
    result = env.procedure.verify_file(out)
    assert (result.status, result.changed_fields) == (VerifyStatus.CHANGED, ("case.description",))
    assert env.procedure.verify_code(doc.code).status is VerifyStatus.CHANGED


def test_a_batch_skips_cases_without_the_document_and_can_be_cancelled(
    env: Env, tmp_path: Path
) -> None:
    first, second = _decided(env), env.case(iin_serial=20)
    third = env.case(iin_serial=40)
    env.procedure.record_hearing(third, env.hearing(third, env.procedure.commissions()[0].id))
    out_dir = tmp_path / "batch"
    out_dir.mkdir()
    calls: list[tuple[int, int]] = []
    written = env.procedure.issue_batch(
        [first, second, third],
        DocumentKind.DECISION,
        "kk",
        out_dir,
        lambda d, t: calls.append((d, t)) is None,
    )
    numbers = [env.cases.get_case(c).number for c in (first, third)]
    assert [p.name for p in written] == [f"{n}-decision-kk.pdf" for n in numbers]
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert all(p.exists() for p in written)

    stopped = env.procedure.issue_batch(
        [first, third], DocumentKind.PROTOCOL, "ru", out_dir, lambda d, t: False
    )
    assert len(stopped) == 1 and env.procedure.documents(third)[0].kind is DocumentKind.DECISION


def test_the_real_pdf_renderer_prints_and_verifies_a_decision(env: Env, tmp_path: Path) -> None:
    documents = pytest.importorskip("reports.documents")
    from reports.fonts import FontMissing  # noqa: PLC0415

    renderer = documents.PdfRenderer()
    procedure = ProcedureService(
        env.cases,
        env.database.uow,
        lambda: env.database.uow(read_only=True),
        env.cases.packs,
        env.clock.today,
        env.clock.now_utc,
        renderer,
    )
    case_id = _decided(env)
    out = tmp_path / "real.pdf"
    try:
        doc = procedure.issue_document(case_id, DocumentKind.DECISION, "both", out)
    except FontMissing:
        pytest.skip("no Kazakh-capable serif font on this machine")
    assert doc.pages >= 2 and out.read_bytes().startswith(b"%PDF")
    assert procedure.verify_file(out).status is VerifyStatus.MATCHES
    assert procedure.verify_code(doc.code).status is VerifyStatus.MATCHES
    for kind in procedure.document_kinds(case_id):
        path = tmp_path / f"{kind.value}.pdf"
        issued = procedure.issue_document(case_id, kind, "kk", path)
        assert issued.pages >= 1
        assert procedure.verify_file(path).status is VerifyStatus.MATCHES, kind


def test_a_document_records_when_and_by_whom(env: Env, tmp_path: Path) -> None:
    case_id = _decided(env)
    env.clock.advance(seconds=90)
    doc = env.procedure.issue_document(case_id, DocumentKind.ORDER, "kk", tmp_path / "o.pdf")
    assert doc.issued_at.replace(tzinfo=UTC) == datetime(2026, 10, 20, 6, 1, 30, tzinfo=UTC)
    assert (doc.issued_on, doc.year, doc.actor, doc.body_id) == (
        TODAY,
        2026,
        "hr.officer",
        env.body,
    )
    assert env.procedure.documents(case_id)[0] == doc


def test_without_a_renderer_or_a_folder_the_service_says_so(env: Env, tmp_path: Path) -> None:
    bare = ProcedureService(
        env.cases,
        env.database.uow,
        lambda: env.database.uow(read_only=True),
        env.cases.packs,
        env.clock.today,
        env.clock.now_utc,
    )
    case_id = _decided(env)
    with pytest.raises(ValidationFailed) as refused:
        bare.issue_document(case_id, DocumentKind.DECISION, "ru", tmp_path / "x.pdf")
    assert [e.code for e in refused.value.errors] == ["document.renderer_missing"]
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(ValidationFailed) as refused:
        bare.add_attachment(case_id, source, AttachmentKind.EVIDENCE)
    assert [e.code for e in refused.value.errors] == ["attachment.storage_missing"]
    assert bare.documents(case_id) == [] and bare.procedure(case_id).attachments == ()
