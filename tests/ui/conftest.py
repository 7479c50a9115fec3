"""UI test fixtures: offscreen Qt, settings in tmp, prompts faked, a real CaseService on SQLite.

`services` and `demo_services` are stand-ins until tests/conftest.py provides them; they build the
real stack (db.engine + domain.services) the way main.py does.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from db.demo import generate_demo  # noqa: E402
from db.engine import Database, open_database  # noqa: E402
from domain.model import BodyKind  # noqa: E402
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
