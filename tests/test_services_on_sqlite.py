"""The services as main.py wires them, over a real SQLite file: writes, timeline, locks, search."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import main
from db.engine import open_database
from domain.errors import StorageError, StorageErrorKind, ValidationFailed
from domain.iin import make_iin
from domain.model import (
    BodyKind,
    CaseFilter,
    CaseInput,
    CaseStatus,
    ServantInput,
    ServiceCategory,
    Sex,
)
from domain.rulepack import RulePackRegistry
from domain.services import CaseService


def _iin(birth: date, sex: Sex) -> str:
    return next(i for serial in range(1, 99) if (i := make_iin(birth, sex, serial)))


@pytest.fixture
def wiring(tmp_path: Path) -> Iterator[main.Wiring]:
    with main.opened(str(tmp_path / "office.db")) as wiring:
        yield wiring


def _case(wiring: main.Wiring, **servant: object) -> CaseInput:
    body = wiring.services.add_body(
        "Акимат Туркестанской области", "Түркістан облысының әкімдігі", BodyKind.AKIMAT
    )
    person = ServantInput(
        full_name="Әлиев Нұрлан Серікұлы",
        iin=_iin(date(1984, 6, 2), Sex.MALE),
        position="бас маман",
        category=ServiceCategory.ADMINISTRATIVE,
        elected=False,
        body_id=body,
    )
    return CaseInput(
        servant=replace(person, **servant),  # type: ignore[arg-type]
        offence="art50.7",
        committed_on=date(2026, 9, 1),
        discovered_on=date(2026, 9, 20),
        description="Өтініш бойынша ақпарат берілмеді.",
        report_source="Жолдама № 4",
    )


def test_a_registered_case_is_stored_nfc_numbered_and_in_the_timeline(wiring: main.Wiring) -> None:
    nfd = unicodedata.normalize("NFD", "Әлиев  Нұрлан Серікұлы")
    case_id = wiring.services.register_case(_case(wiring, full_name=nfd))
    detail = wiring.services.get_case(case_id)
    assert detail.servant.full_name == "Әлиев Нұрлан Серікұлы"  # NFC, single spaces
    assert detail.offence_group == "II" and detail.rule_pack == "kz-416-V"
    assert [e.kind for e in detail.events] == ["created"]

    edited = replace(_case(wiring), status=CaseStatus.INVESTIGATION)
    edited = replace(edited, servant=replace(edited.servant, body_id=detail.servant.body_id))
    assert wiring.services.update_case(case_id, edited)
    events = wiring.services.get_case(case_id).events
    assert [e.kind for e in events] == ["created", "updated"]
    assert events[-1].data["changes"]["status"] == {"old": "registered", "new": "investigation"}
    assert not wiring.services.update_case(case_id, edited)  # nothing changed, nothing written
    assert len(wiring.services.get_case(case_id).events) == 2


@pytest.mark.parametrize("typed", ["әлиев", "ӘЛИЕВ", "Әлиев", "нұрлан сер"])
def test_search_folds_kazakh_case(wiring: main.Wiring, typed: str) -> None:
    case_id = wiring.services.register_case(_case(wiring))
    rows = wiring.services.list_cases(CaseFilter(search=typed))
    assert [r.id for r in rows] == [case_id]


def test_invalid_input_writes_nothing(wiring: main.Wiring) -> None:
    bad = replace(_case(wiring), discovered_on=date(2026, 8, 1))
    with pytest.raises(ValidationFailed) as refused:
        wiring.services.register_case(bad)
    assert [e.code for e in refused.value.errors] == ["date.discovered_before_committed"]
    assert wiring.services.count_cases(CaseFilter()) == 0


def test_lists_read_while_another_program_writes_and_saves_report_the_lock(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shared.db"
    with main.opened(str(path)) as wiring:
        first = wiring.services.register_case(_case(wiring))
    # Reopen with a short busy timeout so the refused save comes quickly.
    database = open_database(path, busy_timeout_ms=200)
    services = CaseService(
        database.uow,
        RulePackRegistry.load_builtin_packs(),
        today=date.today,
        now_utc=lambda: datetime.now(UTC),
        read_uow_factory=lambda: database.uow(read_only=True),
    )
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a save
        assert [r.id for r in services.list_cases(CaseFilter())] == [first]
        assert services.count_cases(CaseFilter()) == 1
        with pytest.raises(StorageError) as locked:
            services.register_case(replace(_case_input_for(services), description="второй"))
        assert locked.value.kind is StorageErrorKind.LOCKED
        other.execute("ROLLBACK")
        second = services.register_case(_case_input_for(services))
        assert services.count_cases(CaseFilter()) == 2 and second != first
    finally:
        other.close()
        database.dispose()


def _case_input_for(services: CaseService) -> CaseInput:
    body = services.bodies()[0].id
    return CaseInput(
        servant=ServantInput(
            full_name="Иванова Мария Петровна",
            iin=_iin(date(1990, 1, 5), Sex.FEMALE),
            position="ведущий специалист",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=body,
        ),
        offence="art44.duties",
        committed_on=date(2026, 10, 1),
        discovered_on=date(2026, 10, 2),
    )
