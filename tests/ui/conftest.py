"""UI test fixtures: offscreen Qt, settings in tmp, prompts faked, a real CaseService on SQLite.

`services` and `demo_services` are stand-ins until tests/conftest.py provides them; they build the
real stack (db.engine + domain.services) the way main.py does.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from db.demo import generate_demo  # noqa: E402
from db.engine import Database, open_database  # noqa: E402
from domain.iin import make_iin  # noqa: E402
from domain.model import (  # noqa: E402
    BodyKind,
    CaseInput,
    CaseStatus,
    DeadlineStatus,
    ServantInput,
    ServiceCategory,
    Sex,
)
from domain.rulepack import RulePackRegistry  # noqa: E402
from domain.services import CaseService  # noqa: E402
from tests.ui.fakes import FakePrompts  # noqa: E402
from ui import i18n  # noqa: E402
from ui.context import AppContext  # noqa: E402

DEMO_CASES = 500


@pytest.fixture(autouse=True)
def ui_settings(qapp, tmp_path: Path) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """QSettings in a temporary INI file; English UI; both restored after the test."""
    folder = tmp_path / "settings"
    qapp.setOrganizationName("Tartip")
    qapp.setApplicationName("Tartip")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    i18n.install("en")
    yield folder
    i18n.install("en")


@pytest.fixture(scope="session")
def registry() -> RulePackRegistry:
    return RulePackRegistry.load_builtin_packs()


def _service(database: Database, registry: RulePackRegistry) -> CaseService:
    return CaseService(
        database.uow,
        registry,
        today=date.today,
        now_utc=lambda: datetime.now(UTC),
        actor="test",
    )


def _seed_bodies(services: CaseService) -> None:
    justice = services.add_body(
        "Министерство юстиции", "Әділет министрлігі", BodyKind.MINISTRY, "Астана"
    )
    services.add_unit(justice, "Департамент кадров", "Кадр департаменті")
    services.add_unit(justice, "Юридический департамент", "Заң департаменті")
    akimat = services.add_body(
        "Акимат города Алматы", "Алматы қаласының әкімдігі", BodyKind.AKIMAT, "Алматы"
    )
    services.add_unit(akimat, "Управление образования", "Білім басқармасы")


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "tartip.db"))
    yield db
    db.dispose()


@pytest.fixture
def services(database: Database, registry: RulePackRegistry) -> CaseService:
    services = _service(database, registry)
    _seed_bodies(services)
    return services


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory: pytest.TempPathFactory, registry: RulePackRegistry) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(str(path)) as db:
        generate_demo(db, registry, DEMO_CASES, seed=1, today=date.today())
    return path


@pytest.fixture
def demo_services(
    _demo_file: Path, tmp_path: Path, registry: RulePackRegistry
) -> Iterator[CaseService]:
    path = tmp_path / "demo.db"
    shutil.copyfile(_demo_file, path)
    db = open_database(str(path))
    yield _service(db, registry)
    db.dispose()


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


def make_context(services: CaseService, **kwargs) -> AppContext:  # type: ignore[no-untyped-def]
    kwargs.setdefault("database_label", "test.db")
    return AppContext(services=services, **kwargs)


# -- cases in each deadline band ------------------------------------------------------------------

# Days left of the band fixture's open cases, one per badge (see domain.model.deadline_status).
BAND_DAYS = {
    DeadlineStatus.EXPIRED: -10,
    DeadlineStatus.WITHIN_2: 1,
    DeadlineStatus.WITHIN_7: 5,
    DeadlineStatus.ON_TIME: 20,
}


def case_input(
    committed: date,
    discovered: date,
    *,
    offence: str = "art44",
    status: CaseStatus = CaseStatus.REGISTERED,
    serial: int = 1,
    body_id: int | None = None,
    name: str = "Сәрсенова Айгүл Маратқызы",
) -> CaseInput:
    iin = make_iin(date(1980, 1, 1) + timedelta(days=serial), Sex.FEMALE, serial)
    assert iin is not None
    return CaseInput(
        servant=ServantInput(
            full_name=name,
            iin=iin,
            position="маман",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=body_id,
        ),
        offence=offence,
        committed_on=committed,
        discovered_on=discovered,
        status=status,
    )


def register_with_days_left(
    services: CaseService, days_left: int, *, serial: int, status: CaseStatus, body_id: int
) -> int:
    """Register a general offence (1 month from discovery) whose last day is today + days_left.

    The discovery day is found through the engine, so month ends and day-offs cannot fool it.
    """
    today = date.today()
    for back in range(0, 75):
        discovered = today - timedelta(days=back)
        data = case_input(discovered, discovered, status=status, serial=serial, body_id=body_id)
        result = services.preview_deadline(data)
        if result is not None and (result.last_day - today).days == days_left:
            case_id = services.register_case(data)
            assert services.get_case(case_id).last_day == result.last_day
            return case_id
    raise AssertionError(f"no discovery day gives {days_left} days left")


@pytest.fixture
def band_services(services: CaseService) -> CaseService:
    """One open case per deadline band, and a closed case past its last day (no badge).

    Last days are not moved off days off here, so every day is reachable from some discovery day.
    """
    services.set_switch("move_to_next_working_day", False)
    body_id = services.bodies()[0].id
    for serial, days in enumerate(BAND_DAYS.values(), start=1):
        register_with_days_left(
            services, days, serial=serial, status=CaseStatus.REGISTERED, body_id=body_id
        )
    register_with_days_left(services, -3, serial=9, status=CaseStatus.CLOSED, body_id=body_id)
    return services
