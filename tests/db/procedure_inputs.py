"""Builders for the procedure store tests: bodies and bare cases written through the CaseStore."""

from __future__ import annotations

from datetime import UTC, date, datetime

from db.engine import Database
from domain.model import BodyKind, CaseStatus, ServiceCategory, Sex
from domain.ports import CaseRecord, ServantRecord
from domain.procedure_model import (
    CommissionInput,
    CommissionMember,
    DocumentKind,
    HearingInput,
    HearingMember,
    HearingOutcome,
    IssuedDocument,
    MemberRole,
    Vote,
)

NOW = datetime(2026, 3, 16, 6, 30, tzinfo=UTC)
CHAIR = CommissionMember("Ахметов Болат", "заместитель руководителя", MemberRole.CHAIR)
SECRETARY = CommissionMember("Ильина Ольга", "главный специалист", MemberRole.SECRETARY, False)
MEMBER = CommissionMember("Сәрсенбаева Әйгерім", "эксперт", MemberRole.MEMBER)


def add_body(database: Database, name_ru: str, name_kk: str) -> int:
    with database.uow() as uow:
        body = uow.cases.add_body(name_ru, name_kk, BodyKind.MINISTRY, "")
        uow.commit()
    return body


def add_case(database: Database, body_id: int | None, iin: str = "850314312344") -> int:
    """A registered case of a new (or the same, by IIN) servant, with no timeline events, so that
    only the procedure's rows can hold it in place."""
    with database.uow() as uow:
        found = uow.cases.find_servant_by_iin(iin)
        servant = (
            found.id
            if found is not None
            else uow.cases.add_servant(
                ServantRecord(
                    full_name="Жақсылықов Ерлан",
                    name_key="жақсылықов ерлан",
                    iin=iin,
                    birth_date=date(1985, 3, 14),
                    sex=Sex.MALE,
                    position="главный специалист",
                    category=ServiceCategory.ADMINISTRATIVE,
                    elected=False,
                    body_id=body_id,
                    unit_id=None,
                )
            )
        )
        record = CaseRecord(
            servant_id=servant,
            offence="art44.duties",
            offence_group=None,
            rule_pack="kz-416-V",
            committed_on=date(2026, 2, 10),
            discovered_on=date(2026, 2, 18),
            continuing_until=None,
            description="",
            report_source="",
            status=CaseStatus.HEARING,
        )
        case_id = uow.cases.add_case(uow.cases.next_case_number(2026), record, NOW)
        uow.commit()
    return case_id


def document(
    case_id: int,
    body_id: int | None,
    seq: int,
    *,
    kind: DocumentKind = DocumentKind.DECISION,
    year: int = 2026,
    lang: str = "ru",
    content_hash: str = "a" * 64,
    code: str | None = None,
    issued_at: datetime = NOW,
) -> IssuedDocument:
    """A document as the service registers it (its id is ignored by the store)."""
    return IssuedDocument(
        id=0,
        case_id=case_id,
        body_id=body_id,
        kind=kind,
        lang=lang,
        year=year,
        seq=seq,
        number=f"{body_id or 0}-{kind.value}-{year}-{seq}",
        issued_on=issued_at.date(),
        issued_at=issued_at,
        content_hash=content_hash,
        code=code or f"C{body_id or 0}{kind.value[:3]}{year}{seq}".upper(),
        actor="hr.officer",
        pages=0,
        content_json='{"servant":"Жақсылықов"}',
    )


def add_commission(database: Database, body_ids: tuple[int, ...], name: str = "Комиссия") -> int:
    with database.uow() as uow:
        commission = uow.procedure.save_commission(
            CommissionInput(name, f"{name} (kk)", body_ids), None
        )
        uow.commit()
    return commission


def hearing_input(commission: int, held_on: date, outcome: HearingOutcome) -> HearingInput:
    return HearingInput(
        commission_id=commission,
        held_on=held_on,
        place="г. Астана, каб. 305",
        members=(
            HearingMember(CHAIR.full_name, MemberRole.CHAIR, True, vote=Vote.FOR),
            HearingMember(SECRETARY.full_name, MemberRole.SECRETARY, True, votes=False),
            HearingMember(
                MEMBER.full_name,
                MemberRole.MEMBER,
                True,
                recused=True,
                recusal_reason="родственница служащего",
            ),
            HearingMember(
                "Петров Пётр", MemberRole.MEMBER, True, vote=Vote.AGAINST, dissent="Мягче"
            ),
            HearingMember("Омаров Асқар", MemberRole.MEMBER, False),
            HearingMember("Ким Марина", MemberRole.MEMBER, True, vote=Vote.ABSTAIN),
        ),
        outcome=outcome,
        proposed_penalty="reprimand" if outcome is HearingOutcome.IMPOSE else None,
        minutes="Заслушали служащего.",
        invited="Жақсылықов Е. С., представитель",
    )
