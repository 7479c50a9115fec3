"""A hand-built DocumentData for the document tests and the bench: a decided case, its commission,
hearing, order and explanation, made from the domain's own dataclasses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from domain.calendar import WorkCalendar
from domain.deadlines import DeadlineInput, compute_deadlines
from domain.document_data import DocumentData, DocumentStamp
from domain.model import CaseDetail, CaseStatus, Servant, ServiceCategory, Sex
from domain.procedure_model import (
    CaseProcedure,
    Commission,
    CommissionMember,
    Composition,
    DocumentKind,
    Explanation,
    ExplanationOutcome,
    Hearing,
    HearingMember,
    HearingOutcome,
    MemberRole,
    Order,
    Tally,
    Vote,
)
from domain.rulepack import RulePack
from domain.rulepack_registry import RulePackRegistry

KAZAKH_NAME = "Әбілқасымова Ғалия Құрманқызы"
SERVANT_IIN = "880101400123"
CASE_NUMBER = "ДК-2026/7"
CODE = "K7QM-R2TX-9VHP"
DOCUMENT_ID = 41
PENALTY = "warning_incomplete_conformity"
CHAIR = "Сейітқазиев Һәкім Өмірұлы"
MEMBERS = ("Нұрланова Үміт Ғабитқызы", "Петров Сергей Иванович", "Жақсыбекова Ұлжан Іслямқызы")
SECRETARY = "Ким Алина Викторовна"
ABSENT = "Оспанов Ерлан Маратович"
RECUSED = "Бекова Әсел Қанатқызы"
DISSENT = "Считаю достаточным замечание: нарушение допущено впервые."
OFFICIAL = "Тоқаев Қайрат Бөкейұлы"


def default_pack() -> RulePack:
    return RulePackRegistry.load_builtin_packs().default


def stamp(document_id: int = DOCUMENT_ID, code: str = CODE, number: str = "12") -> DocumentStamp:
    return DocumentStamp(
        document_id=document_id,
        number=number,
        issued_on=date(2026, 4, 13),
        code=code,
        qr_payload=f"TARTIP:1:{document_id}:{code}",
    )


DRAFT_STAMP = DocumentStamp(0, "—", date(2026, 4, 13), "DRAFT", "")


def case_detail() -> CaseDetail:
    servant = Servant(
        id=1,
        full_name=KAZAKH_NAME,
        iin=SERVANT_IIN,
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
        number=CASE_NUMBER,
        servant=servant,
        offence="art50.4",
        offence_group="I",
        rule_pack="kz-416-V",
        committed_on=date(2026, 3, 2),
        discovered_on=date(2026, 3, 16),
        continuing_until=None,
        description="Өтініштерді қарау мерзімі бұзылды.\nЖауап 12 күнге кешіктірілді.",
        report_source="Жалоба гражданина",
        status=CaseStatus.DECIDED,
        created_at=datetime(2026, 3, 16, 9, 0),
        updated_at=datetime(2026, 3, 16, 9, 0),
        body_name="Министерство финансов",
        unit_name="Департамент бюджетного планирования",
        decided_on=date(2026, 4, 10),
        penalty=PENALTY,
        justification="Проступок совершён впервые; вред не причинён.",
    )


def composition() -> Composition:
    people = [CommissionMember(CHAIR, "Заместитель министра", MemberRole.CHAIR)]
    people += [CommissionMember(n, "Директор департамента", MemberRole.MEMBER) for n in MEMBERS]
    people += [
        CommissionMember(ABSENT, "Главный эксперт", MemberRole.MEMBER),
        CommissionMember(RECUSED, "Главный эксперт", MemberRole.MEMBER),
        CommissionMember(
            SECRETARY, "Эксперт службы управления персоналом", MemberRole.SECRETARY, votes=False
        ),
    ]
    return Composition(valid_from=date(2026, 1, 1), members=tuple(people), quorum=(2, 3), id=3)


def hearing(minutes: str = "Заслушан доклад секретаря.\nГосслужащая дала пояснения.") -> Hearing:
    votes = {CHAIR: Vote.FOR, MEMBERS[0]: Vote.FOR, MEMBERS[1]: Vote.AGAINST, MEMBERS[2]: Vote.FOR}
    members = [HearingMember(CHAIR, MemberRole.CHAIR, True, vote=Vote.FOR)]
    members += [
        HearingMember(
            n,
            MemberRole.MEMBER,
            True,
            vote=votes[n],
            dissent=DISSENT if votes[n] is Vote.AGAINST else "",
        )
        for n in MEMBERS
    ]
    members += [
        HearingMember(ABSENT, MemberRole.MEMBER, False),
        HearingMember(
            RECUSED, MemberRole.MEMBER, True, recused=True, recusal_reason="родственница служащей"
        ),
        HearingMember(SECRETARY, MemberRole.SECRETARY, True, votes=False),
    ]
    tally = Tally(
        members=6,
        present=4,
        quorum_needed=4,
        quorum_met=True,
        votes_for=3,
        votes_against=1,
        abstained=0,
        adopted=True,
    )
    return Hearing(
        id=5,
        case_id=1,
        commission_id=2,
        held_on=date(2026, 4, 10),
        place="каб. 305",
        members=tuple(members),
        outcome=HearingOutcome.IMPOSE,
        proposed_penalty=PENALTY,
        minutes=minutes,
        invited="Адвокат Серікова Д.",
        tally=tally,
    )


def explanation(outcome: ExplanationOutcome = ExplanationOutcome.REFUSED) -> Explanation:
    return Explanation(
        case_id=1,
        requested_on=date(2026, 3, 17),
        due_on=date(2026, 3, 19),
        outcome=outcome,
        received_on=date(2026, 3, 18) if outcome is ExplanationOutcome.RECEIVED else None,
        text="Служащая отказалась дать объяснение в присутствии двух сотрудников.",
        act_on=date(2026, 3, 20),
        act_witnesses="Иманова А.К.\nСмагулов Т.Б.",
        attachment_id=None,
    )


def order(refused_on: date | None = None) -> Order:
    return Order(
        case_id=1,
        signed_on=date(2026, 4, 13),
        official_name=OFFICIAL,
        official_position="Министр финансов",
        outcome=HearingOutcome.IMPOSE,
        penalty=PENALTY,
        order_number="",
        announced_on=None,
        familiarised_on=None,
        refused_on=refused_on,
        refusal_witnesses="Иманова А.К.\nСмагулов Т.Б." if refused_on else "",
        lifted_on=None,
        announce_due=date(2026, 4, 16),
        expires_on=date(2026, 10, 13),
    )


def document_data(
    kind: DocumentKind = DocumentKind.DECISION, pack: RulePack | None = None
) -> DocumentData:
    """The full record of a decided case, ready to print as any kind of document."""
    pack = pack or default_pack()
    case = case_detail()
    deadline = compute_deadlines(
        DeadlineInput(case.offence, case.committed_on, case.discovered_on), pack, WorkCalendar()
    )
    comp = composition()
    commission = Commission(
        id=2,
        name_ru="Дисциплинарная комиссия Министерства финансов",
        name_kk="Қаржы министрлігінің тәртіптік комиссиясы",
        body_ids=(1,),
        compositions=(comp,),
    )
    hear = hearing()
    procedure = CaseProcedure(
        case_id=1,
        commission=commission,
        explanation=explanation(),
        hearings=(hear,),
        order=order(),
        appeals=(),
        attachments=(),
        documents=(),
    )
    return DocumentData(
        kind=kind,
        case=case,
        deadline=deadline,
        pack=pack,
        procedure=procedure,
        stamp=stamp(),
        body_names={
            "kk": "Қазақстан Республикасы Қаржы министрлігі",
            "ru": "Министерство финансов Республики Казахстан",
        },
        commission=commission,
        composition=comp,
        hearing=hear,
        order=procedure.order,
        worksheet_paragraphs={
            "kk": ["1) Сипаты: ауырлататын мән-жай."],
            "ru": ["1) Характер: отягчающее обстоятельство."],
        },
        deadline_lines={
            "kk": ["Анықталған күннен бастап бір ай."],
            "ru": ["Один месяц со дня обнаружения."],
        },
        place="Астана қаласы",
        executor="Ким А.В., 8 (7172) 00-00-00",
    )


def bare(data: DocumentData) -> DocumentData:
    """The same case before any procedure: no commission, hearing, order or explanation."""
    procedure = replace(data.procedure, commission=None, explanation=None, hearings=(), order=None)
    return replace(
        data,
        procedure=procedure,
        commission=None,
        composition=None,
        hearing=None,
        order=None,
        worksheet_paragraphs={},
        deadline_lines={},
        place="",
        executor="",
    )
