"""CaseStore and SettingsStore on a real file, alone and under the real CaseService."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import exc as sa_exc

from db.engine import Database
from domain.clock import FixedClock
from domain.errors import NotFound
from domain.iin import make_iin
from domain.model import (
    BodyKind,
    CaseFilter,
    CaseInput,
    CaseStatus,
    ServantInput,
    ServiceCategory,
    Sex,
    SortKey,
)
from domain.ports import CaseRecord, ServantRecord
from domain.services import CaseService
from domain.text import search_key

NOW = datetime(2026, 3, 16, 6, 30, tzinfo=UTC)


def iin(birth: date, sex: Sex, start: int = 1) -> str:
    for serial in range(start, start + 50):
        made = make_iin(birth, sex, serial)
        if made is not None:
            return made
    raise AssertionError("no valid IIN in 50 serials")


def servant_record(
    name: str, number: str, body_id: int | None, unit_id: int | None = None
) -> ServantRecord:
    return ServantRecord(
        full_name=name,
        name_key=search_key(name),
        iin=number,
        birth_date=date(1985, 5, 12),
        sex=Sex.MALE,
        position="главный специалист",
        category=ServiceCategory.ADMINISTRATIVE,
        elected=False,
        body_id=body_id,
        unit_id=unit_id,
    )


def case_record(servant_id: int, **changes: object) -> CaseRecord:
    values: dict[str, object] = {
        "servant_id": servant_id,
        "offence": "art50.7",
        "offence_group": "II",
        "rule_pack": "kz-416-V",
        "committed_on": date(2026, 1, 10),
        "discovered_on": date(2026, 2, 1),
        "continuing_until": None,
        "description": "Несвоевременный ответ на обращение",
        "report_source": "обращение гражданина",
        "status": CaseStatus.REGISTERED,
    }
    values.update(changes)
    return CaseRecord(**values)  # type: ignore[arg-type]


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    with database.uow() as uow:
        body = uow.cases.add_body(
            "Министерство юстиции", "Әділет министрлігі", BodyKind.MINISTRY, ""
        )
        other = uow.cases.add_body(
            "Акимат Алматинской области",
            "Алматы облысының әкімдігі",
            BodyKind.AKIMAT,
            "Алматинская область",
        )
        unit = uow.cases.add_unit(body, "Департамент кадров", "Кадр департаменті")
        servant = uow.cases.add_servant(
            servant_record("Әлиев Нұрлан Серікұлы", iin(date(1985, 5, 12), Sex.MALE), body, unit)
        )
        uow.commit()
    return {"body": body, "other": other, "unit": unit, "servant": servant}


def test_a_servant_is_found_by_iin(database: Database, ids: dict[str, int]) -> None:
    number = iin(date(1985, 5, 12), Sex.MALE)
    with database.uow() as uow:
        found = uow.cases.find_servant_by_iin(number)
        assert found is not None
        assert (found.id, found.full_name, found.iin) == (
            ids["servant"],
            "Әлиев Нұрлан Серікұлы",
            number,
        )
        assert (found.birth_date, found.sex, found.category) == (
            date(1985, 5, 12),
            Sex.MALE,
            ServiceCategory.ADMINISTRATIVE,
        )
        assert (found.body_id, found.unit_id, found.elected) == (ids["body"], ids["unit"], False)
        assert uow.cases.find_servant_by_iin("000000000000") is None


def test_a_case_reads_back_whole(database: Database, ids: dict[str, int]) -> None:
    with database.uow() as uow:
        number = uow.cases.next_case_number(2026)
        case_id = uow.cases.add_case(number, case_record(ids["servant"]), NOW)
        uow.cases.add_event(
            case_id, "created", "hr.officer", NOW, {"number": number, "on": date(2026, 2, 1)}
        )
        uow.cases.add_event(
            case_id, "updated", "hr.officer", NOW + timedelta(minutes=5), {"changes": {"ф": "Ә"}}
        )
        uow.commit()
    with database.uow() as uow:
        detail = uow.cases.get_case(case_id)
        assert uow.cases.get_case(case_id + 1000) is None
    assert detail is not None
    assert detail.number == "2026-000001"
    assert detail.servant.full_name == "Әлиев Нұрлан Серікұлы"
    assert (detail.offence, detail.offence_group, detail.rule_pack) == ("art50.7", "II", "kz-416-V")
    assert (detail.committed_on, detail.discovered_on, detail.continuing_until) == (
        date(2026, 1, 10),
        date(2026, 2, 1),
        None,
    )
    assert detail.status is CaseStatus.REGISTERED
    assert detail.created_at == NOW and detail.created_at.tzinfo is not None
    assert detail.body_name == "Министерство юстиции"
    assert detail.unit_name == "Департамент кадров"
    assert [e.kind for e in detail.events] == ["created", "updated"]
    assert detail.events[0].data == {"number": "2026-000001", "on": "2026-02-01"}
    assert detail.events[1].data == {"changes": {"ф": "Ә"}}
    assert detail.events[1].at_utc == NOW + timedelta(minutes=5)


def test_kazakh_names_come_back_in_kazakh(database: Database, ids: dict[str, int]) -> None:
    database.lang = "kk"
    with database.uow() as uow:
        case_id = uow.cases.add_case(
            uow.cases.next_case_number(2026), case_record(ids["servant"]), NOW
        )
        uow.commit()
    with database.uow() as uow:
        detail = uow.cases.get_case(case_id)
        row = uow.queries.page(CaseFilter(), SortKey.NUMBER, False, 0, 1)[0]
    assert detail is not None and detail.body_name == "Әділет министрлігі"
    assert detail.unit_name == "Кадр департаменті"
    assert row.body_name == "Әділет министрлігі"


def test_instants_are_stored_in_utc_and_naive_ones_refused(
    database: Database, ids: dict[str, int]
) -> None:
    almaty = timezone(timedelta(hours=5))
    local = datetime(2026, 3, 16, 11, 30, tzinfo=almaty)
    with database.uow() as uow:
        case_id = uow.cases.add_case("2026-000001", case_record(ids["servant"]), local)
        uow.commit()
    with database.uow() as uow:
        detail = uow.cases.get_case(case_id)
        assert detail is not None
        assert detail.created_at == local and detail.created_at.utcoffset() == timedelta(0)
        assert detail.created_at.hour == 6
    with pytest.raises(sa_exc.StatementError), database.uow() as uow:
        uow.cases.add_case("2026-000002", case_record(ids["servant"]), datetime(2026, 3, 16, 11))


def test_numbers_are_gap_free_per_year_and_a_rollback_gives_one_back(
    database: Database, ids: dict[str, int]
) -> None:
    with database.uow() as uow:
        assert uow.cases.next_case_number(2026) == "2026-000001"
        assert uow.cases.next_case_number(2026) == "2026-000002"
        assert uow.cases.next_case_number(2025) == "2025-000001"
        uow.commit()
    with database.uow() as uow:
        assert uow.cases.next_case_number(2026) == "2026-000003"
        # not committed: the save failed
    with database.uow() as uow:
        assert uow.cases.next_case_number(2026) == "2026-000003"
        assert uow.cases.next_case_number(2027) == "2027-000001"
        uow.commit()


def test_missing_records_raise_not_found(database: Database, ids: dict[str, int]) -> None:
    with database.uow() as uow:
        with pytest.raises(NotFound):
            uow.cases.add_case("2026-000001", case_record(999), NOW)
        with pytest.raises(NotFound):
            uow.cases.update_case(999, case_record(ids["servant"]), NOW)
        with pytest.raises(NotFound):
            uow.cases.update_servant(999, servant_record("Иванов Иван", "1", None))


def test_renaming_or_moving_a_servant_updates_their_cases_list_columns(
    database: Database, ids: dict[str, int]
) -> None:
    number = iin(date(1985, 5, 12), Sex.MALE)
    with database.uow() as uow:
        for _ in range(3):
            uow.cases.add_case(uow.cases.next_case_number(2026), case_record(ids["servant"]), NOW)
        uow.commit()
    with database.uow() as uow:
        uow.cases.update_servant(
            ids["servant"], servant_record("Қасымов Нұрлан Серікұлы", number, ids["other"])
        )
        uow.commit()
    with database.uow() as uow:
        q = uow.queries
        assert q.count(CaseFilter(search=search_key("Әлиев"))) == 0
        assert q.count(CaseFilter(search=search_key("ҚАСЫМОВ"))) == 3
        assert q.count(CaseFilter(body_id=ids["other"])) == 3
        assert q.count(CaseFilter(body_id=ids["body"])) == 0
        rows = q.page(CaseFilter(), SortKey.FULL_NAME, False, 0, 10)
    assert {r.full_name for r in rows} == {"Қасымов Нұрлан Серікұлы"}
    assert {r.body_name for r in rows} == {"Акимат Алматинской области"}


def test_moving_a_case_to_another_servant_updates_its_list_columns(
    database: Database, ids: dict[str, int]
) -> None:
    with database.uow() as uow:
        other = uow.cases.add_servant(
            servant_record("Иванов Сергей Петрович", iin(date(1979, 1, 2), Sex.MALE), ids["other"])
        )
        case_id = uow.cases.add_case("2026-000001", case_record(ids["servant"]), NOW)
        uow.commit()
    later = NOW + timedelta(days=1)
    with database.uow() as uow:
        uow.cases.update_case(case_id, case_record(other, status=CaseStatus.HEARING), later)
        uow.commit()
    with database.uow() as uow:
        detail = uow.cases.get_case(case_id)
        assert uow.queries.count(CaseFilter(search="иванов", body_id=ids["other"])) == 1
        assert uow.queries.count(CaseFilter(search="әлиев")) == 0
    assert detail is not None
    assert (detail.servant.id, detail.status, detail.updated_at) == (
        other,
        CaseStatus.HEARING,
        later,
    )
    assert detail.created_at == NOW


def test_settings_are_kept_and_overwritten(database: Database) -> None:
    with database.uow() as uow:
        assert uow.settings.get_setting("switch.x") is None
        uow.settings.set_setting("switch.x", "true")
        uow.commit()
    with database.uow() as uow:
        assert uow.settings.get_setting("switch.x") == "true"
        uow.settings.set_setting("switch.x", "false")
        uow.commit()
    with database.uow(read_only=True) as uow:
        assert uow.settings.get_setting("switch.x") == "false"


# --- under the real service ------------------------------------------------------------------


def _input(name: str, number: str, body_id: int, **changes: object) -> CaseInput:
    values: dict[str, object] = {
        "servant": ServantInput(
            full_name=name,
            iin=number,
            position="главный специалист",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=body_id,
        ),
        "offence": "art44.discipline",
        "committed_on": date(2026, 3, 2),
        "discovered_on": date(2026, 3, 10),
        "description": "Опоздание на работу",
    }
    values.update(changes)
    return CaseInput(**values)  # type: ignore[arg-type]


def test_the_service_registers_and_edits_a_case_through_the_store(
    service: CaseService, clock: FixedClock
) -> None:
    body = service.add_body("Министерство финансов", "Қаржы министрлігі", BodyKind.MINISTRY)
    number = iin(date(1990, 7, 1), Sex.FEMALE)
    case_id = service.register_case(_input("Қасымова  Айгүл Төлегенқызы", number, body))
    detail = service.get_case(case_id)
    assert detail.number == "2026-000001"
    assert detail.servant.full_name == "Қасымова Айгүл Төлегенқызы"
    assert detail.servant.sex is Sex.FEMALE and detail.servant.birth_date == date(1990, 7, 1)
    assert [e.kind for e in detail.events] == ["created"]

    clock.advance(days=1)
    assert service.update_case(
        case_id, _input("Қасымова Айгүл Төлегенқызы", number, body, status=CaseStatus.INVESTIGATION)
    )
    detail = service.get_case(case_id)
    assert detail.status is CaseStatus.INVESTIGATION
    assert [e.kind for e in detail.events] == ["created", "updated"]
    assert detail.events[1].data["changes"]["status"] == {
        "old": "registered",
        "new": "investigation",
    }
    assert [r.id for r in service.list_cases(CaseFilter(search="ҚАСЫМОВА"))] == [case_id]
