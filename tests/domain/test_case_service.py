"""CaseService over the in-memory fake store: what is written, what is recorded, what is refused."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from domain.clock import FixedClock
from domain.errors import NotFound, ValidationFailed
from domain.iin import IinError
from domain.model import (
    NO_GROUP,
    CaseFilter,
    CaseInput,
    CaseStatus,
    ServantInput,
    ServiceCategory,
    Sex,
    SortKey,
)
from domain.rulepack import BUILTIN_PACK_DIR, RulePackRegistry
from domain.services import CaseService
from tests.domain.fakes import FakeDatabase, FakeUnitOfWork

IIN_A = "850314312344"  # 1985-03-14, male
IIN_B = "900101400404"  # 1990-01-01, female


def _input(fake_db: FakeDatabase, **kw: object) -> CaseInput:
    body_id = min(fake_db.state.bodies)
    servant = ServantInput(
        full_name="Әлиев Ерлан Серікұлы",
        iin=IIN_A,
        position="Главный специалист",
        category=ServiceCategory.ADMINISTRATIVE,
        elected=False,
        body_id=body_id,
    )
    data = CaseInput(
        servant=servant,
        offence="art50.4",
        committed_on=date(2026, 1, 10),
        discovered_on=date(2026, 2, 2),
        description="Оказал предпочтение поставщику.",
        report_source="Служебная записка № 15",
    )
    return replace(data, **kw)  # type: ignore[arg-type]


def _servant(data: CaseInput, **kw: object) -> CaseInput:
    return replace(data, servant=replace(data.servant, **kw))  # type: ignore[arg-type]


def _codes(e: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(x.field, x.code) for x in e.value.errors]


# -- registering -----------------------------------------------------------------------------


def test_register_stores_servant_case_and_created_event(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    nfd_name = unicodedata.normalize("NFD", "  Әлиев   Ерлан Серікұлы ")
    case_id = service.register_case(_servant(_input(fake_db), full_name=nfd_name))
    assert fake_db.commits == 1
    detail = service.get_case(case_id)
    assert detail.number == "2026-000001"
    assert detail.rule_pack == "kz-416-V"
    assert (detail.offence, detail.offence_group) == ("art50.4", "I")
    s = detail.servant
    assert s.full_name == "Әлиев Ерлан Серікұлы"
    assert s.full_name.encode() == unicodedata.normalize("NFC", s.full_name).encode()
    assert (s.birth_date, s.sex) == (date(1985, 3, 14), Sex.MALE)
    [event] = detail.events
    assert (event.kind, event.actor) == ("created", "hr.officer")
    assert event.data["facts"]["offence"] == "art50.4"
    assert event.data["facts"]["committed_on"] == "2026-01-10"
    assert event.data["facts"]["servant.full_name"] == "Әлиев Ерлан Серікұлы"
    assert event.data["rule_pack"] == "kz-416-V"
    json.dumps(event.data)  # the event is plain JSON data
    assert fake_db.writes == ["add_servant", "next_case_number", "add_case", "event:created"]


def test_a_known_servant_is_found_by_iin_and_brought_up_to_date(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    first = service.register_case(_input(fake_db))
    second = service.register_case(
        _servant(_input(fake_db, offence="art44.duties"), position="Руководитель отдела")
    )
    a, b = service.get_case(first), service.get_case(second)
    assert a.servant.id == b.servant.id
    assert len(fake_db.state.servants) == 1
    assert b.servant.position == "Руководитель отдела"
    assert b.number == "2026-000002"
    assert b.events[0].data["servant_changes"] == {
        "servant.position": {"old": "Главный специалист", "new": "Руководитель отдела"}
    }
    assert b.offence_group is None


def test_refused_input_writes_nothing(service: CaseService, fake_db: FakeDatabase) -> None:
    bad = _servant(_input(fake_db, committed_on=None), iin="850314312345")
    with pytest.raises(ValidationFailed) as e:
        service.register_case(bad)
    assert _codes(e) == [("servant.iin", "iin.checksum"), ("committed_on", "required")]
    assert fake_db.commits == 0 and fake_db.writes == []


def test_body_and_unit_must_exist(service: CaseService, fake_db: FakeDatabase) -> None:
    with pytest.raises(ValidationFailed) as e:
        service.register_case(_servant(_input(fake_db), body_id=999))
    assert _codes(e) == [("servant.body_id", "body.unknown")]
    bodies = service.bodies()
    justice = next(b for b in bodies if b.name_ru.startswith("Министерство"))
    akimat = next(b for b in bodies if b.name_ru.startswith("Акимат"))
    [unit] = service.units(justice.id)
    with pytest.raises(ValidationFailed) as e:
        service.register_case(_servant(_input(fake_db), body_id=akimat.id, unit_id=unit.id))
    assert _codes(e) == [("servant.unit_id", "unit.unknown")]
    case_id = service.register_case(_servant(_input(fake_db), body_id=justice.id, unit_id=unit.id))
    assert service.get_case(case_id).unit_name == "Департамент кадров"


def test_repealed_sub_point_15_is_refused_for_a_new_case(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    with pytest.raises(ValidationFailed) as e:
        service.register_case(_input(fake_db, offence="art50.15"))
    assert _codes(e) == [("offence", "offence.repealed")]
    assert "art50.15" not in {o.code for o in service.selectable_offences(date(2026, 1, 1))}


# -- editing ---------------------------------------------------------------------------------


def test_update_records_each_changed_field(
    service: CaseService, fake_db: FakeDatabase, clock: FixedClock
) -> None:
    data = _input(fake_db)
    case_id = service.register_case(data)
    clock.advance(days=1, seconds=30)
    edited = _servant(
        replace(data, description="Уточнено: два эпизода.", status=CaseStatus.INVESTIGATION),
        position="Ведущий специалист",
    )
    assert service.update_case(case_id, edited) is True
    detail = service.get_case(case_id)
    assert detail.description == "Уточнено: два эпизода."
    assert detail.servant.position == "Ведущий специалист"
    assert detail.updated_at == clock.now_utc() > detail.created_at
    created, updated = detail.events
    assert (updated.kind, updated.actor, updated.at_utc) == (
        "updated",
        "hr.officer",
        clock.now_utc(),
    )
    assert updated.data == {
        "changes": {
            "servant.position": {"old": "Главный специалист", "new": "Ведущий специалист"},
            "description": {
                "old": "Оказал предпочтение поставщику.",
                "new": "Уточнено: два эпизода.",
            },
            "status": {"old": "registered", "new": "investigation"},
        }
    }


def test_an_unchanged_update_writes_nothing(service: CaseService, fake_db: FakeDatabase) -> None:
    data = _input(fake_db)
    case_id = service.register_case(data)
    commits, writes = fake_db.commits, fake_db.writes
    # The same facts typed differently (decomposed, extra spaces) are no change either.
    same = _servant(
        replace(data, description=f"  {data.description}\n"),
        full_name=unicodedata.normalize("NFD", " Әлиев  Ерлан Серікұлы"),
    )
    assert service.update_case(case_id, same) is False
    assert (fake_db.commits, fake_db.writes) == (commits, writes)
    assert len(service.get_case(case_id).events) == 1


def test_an_old_case_keeps_its_repealed_offence(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    data = _input(fake_db, offence="art50.1")
    case_id = service.register_case(data)
    # A case registered under sub-point 15 before Law 116-VIII repealed it.
    stored = fake_db.state.cases[case_id]
    fake_db.state.cases[case_id] = replace(
        stored, record=replace(stored.record, offence="art50.15", offence_group="III")
    )
    legacy = replace(data, offence="art50.15")
    assert service.validate(legacy, case_id) == []
    assert service.update_case(case_id, replace(legacy, description="Дополнено.")) is True
    assert service.get_case(case_id).offence == "art50.15"
    # Moving another case onto the repealed sub-point is refused.
    other = service.register_case(_servant(data, iin=IIN_B, full_name="Иванова Анна"))
    with pytest.raises(ValidationFailed) as e:
        service.update_case(other, _servant(legacy, iin=IIN_B, full_name="Иванова Анна"))
    assert _codes(e) == [("offence", "offence.repealed")]


def test_changing_the_iin_moves_the_case_not_the_shared_servant(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    data = _input(fake_db)
    first = service.register_case(data)
    second = service.register_case(replace(data, offence="art44.duties"))
    fixed = _servant(data, iin=IIN_B, full_name="Әлиева Айгүл")
    assert service.update_case(first, fixed)
    a, b = service.get_case(first), service.get_case(second)
    assert (a.servant.iin, a.servant.sex) == (IIN_B, Sex.FEMALE)
    assert (b.servant.iin, b.servant.full_name) == (IIN_A, "Әлиев Ерлан Серікұлы")
    changes = a.events[-1].data["changes"]
    assert changes["servant.iin"] == {"old": IIN_A, "new": IIN_B}


def test_moving_the_offence_date_across_packs_is_recorded(tmp_path: Path) -> None:
    successor = json.loads((BUILTIN_PACK_DIR / "kz-416-V.json").read_text(encoding="utf-8"))
    successor.update(id="kz-290-VIII", effective_from="2026-07-01", caveat=None)
    del successor["caveat_from"]
    (tmp_path / "kz-290-VIII.json").write_text(json.dumps(successor), encoding="utf-8")
    registry = RulePackRegistry.load_packs([tmp_path])
    db = FakeDatabase()
    db.seed_body("Министерство финансов", "Қаржы министрлігі")
    clock = FixedClock(date(2026, 9, 1))
    service = CaseService(lambda: FakeUnitOfWork(db), registry, clock.today, clock.now_utc)
    data = _input(db, committed_on=date(2026, 6, 20), discovered_on=date(2026, 8, 3))
    case_id = service.register_case(data)
    assert service.get_case(case_id).rule_pack == "kz-416-V"
    assert service.caveat_for(date(2026, 6, 20)) is None
    service.update_case(case_id, replace(data, committed_on=date(2026, 7, 2)))
    detail = service.get_case(case_id)
    assert detail.rule_pack == "kz-290-VIII"
    assert detail.events[-1].data["changes"]["rule_pack"] == {
        "old": "kz-416-V",
        "new": "kz-290-VIII",
    }
    assert detail.events[-1].actor == "system"


def test_missing_cases(service: CaseService, fake_db: FakeDatabase) -> None:
    with pytest.raises(NotFound):
        service.get_case(404)
    with pytest.raises(NotFound):
        service.update_case(404, _input(fake_db))
    with pytest.raises(NotFound):
        service.validate(_input(fake_db), 404)


# -- switches ----------------------------------------------------------------------------------


def test_sub_point_20_follows_its_switch(service: CaseService, fake_db: FakeDatabase) -> None:
    data = _input(fake_db, offence="art50.20")
    day = date(2026, 1, 10)
    assert service.switches()["proposed_subpoint_20"] is False
    with pytest.raises(ValidationFailed) as e:
        service.register_case(data)
    assert _codes(e) == [("offence", "offence.switched_off")]

    service.set_switch("proposed_subpoint_20", True)
    assert fake_db.state.settings["switch.proposed_subpoint_20"] == "1"
    assert "art50.20" in {o.code for o in service.selectable_offences(day)}
    case_id = service.register_case(data)
    assert service.get_case(case_id).offence_group is None

    service.set_switch("proposed_subpoint_20", False)
    assert "art50.20" not in {o.code for o in service.selectable_offences(day)}
    # The case registered while it was on can still be edited.
    assert service.update_case(case_id, replace(data, description="Уточнено."))


def test_unknown_switch_is_refused(service: CaseService, fake_db: FakeDatabase) -> None:
    with pytest.raises(ValidationFailed) as e:
        service.set_switch("allow_everything", True)
    assert _codes(e) == [("switch", "switch.unknown")]
    assert fake_db.commits == 0


def test_garbage_in_a_stored_switch_falls_back_to_the_default(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    fake_db.state.settings["switch.move_to_next_working_day"] = "maybe"
    fake_db.state.settings["switch.proposed_subpoint_20"] = "true"
    assert service.switches() == {"proposed_subpoint_20": True, "move_to_next_working_day": True}


# -- lists -----------------------------------------------------------------------------------


def test_search_is_folded_before_it_reaches_the_store(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    service.register_case(_input(fake_db))
    service.register_case(_servant(_input(fake_db), iin=IIN_B, full_name="Пётр Ёлкин"))
    for text in ("әлиев", "ӘЛИЕВ", "Әлиев", unicodedata.normalize("NFD", "Әлиев")):
        rows = service.list_cases(CaseFilter(search=text))
        assert [r.full_name for r in rows] == ["Әлиев Ерлан Серікұлы"], text
    assert service.count_cases(CaseFilter(search="ЕЛКИН")) == 1
    assert service.count_cases(CaseFilter(search="000002")) == 1
    assert service.count_cases(CaseFilter(search="%")) == 0


def test_paging_sorting_and_group_counts(service: CaseService, fake_db: FakeDatabase) -> None:
    for offence in ("art50.4", "art50.7", "art44", "art50.1", "art50.2"):
        service.register_case(_input(fake_db, offence=offence))
    page = service.list_cases(CaseFilter(), SortKey.NUMBER, descending=True, offset=1, limit=2)
    assert [r.number for r in page] == ["2026-000004", "2026-000003"]
    assert service.group_counts(CaseFilter()) == {"I": 2, "II": 1, "III": 1, NO_GROUP: 1}
    assert service.count_cases(CaseFilter(group="I")) == 2
    with pytest.raises(ValueError):
        service.list_cases(CaseFilter(), limit=0)
    with pytest.raises(ValueError):
        service.list_cases(CaseFilter(), offset=-1)


# -- bodies, units, IIN ------------------------------------------------------------------------


def test_bodies_and_units_need_names(service: CaseService, fake_db: FakeDatabase) -> None:
    with pytest.raises(ValidationFailed) as e:
        service.add_body(" ", "Денсаулық сақтау министрлігі")
    assert _codes(e) == [("name_ru", "required")]
    body_id = service.add_body(" Министерство  здравоохранения", "Денсаулық сақтау министрлігі")
    assert any(
        b.id == body_id and b.name_ru == "Министерство здравоохранения" for b in service.bodies()
    )
    with pytest.raises(ValidationFailed) as e:
        service.add_unit(999, "Отдел", "Бөлім")
    assert _codes(e) == [("body_id", "body.unknown")]
    unit_id = service.add_unit(body_id, "Отдел кадров", "Кадр бөлімі")
    assert [u.id for u in service.units(body_id)] == [unit_id]


def test_check_iin_uses_the_service_clock(service: CaseService) -> None:
    info = service.check_iin(IIN_B)
    assert (info.birth_date, info.sex) == (date(1990, 1, 1), Sex.FEMALE)
    with pytest.raises(IinError) as e:
        service.check_iin("")
    assert e.value.code == "iin.empty"
    with pytest.raises(IinError) as e:
        service.check_iin("260317500019")  # born the day after the fixed today
    assert e.value.code == "iin.future"


def test_the_system_clock_is_utc_aware() -> None:
    from domain.clock import SystemClock

    now = SystemClock().now_utc()
    assert now.tzinfo is UTC and abs((now - datetime.now(UTC)).total_seconds()) < 60
