"""The chair's confirmation of a deadline override in the case editor and the order (ASVS 2.3.5):
offscreen, a logged-in secretary on a real SQLite file, the refusal at the field, nothing saved,
the password cleared after each try."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from db.engine import Database
from domain.authz import Role
from domain.iin import make_iin
from domain.model import CaseInput, CaseStatus, ServantInput, ServiceCategory, Sex
from domain.override_signoff import (
    CONFIRM_FIELD,
    E_CONFIRM_INVALID,
    E_CONFIRM_REQUIRED,
    ERROR_CODES,
)
from domain.procedure_model import HearingOutcome
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import OVERRIDE_EVENT, CaseService
from tests.ui.auth_fixtures import PASSWORD, add_users, make_auth
from tests.ui.keys import type_text
from ui import i18n
from ui.case_editor import CaseEditor
from ui.messages import FIELD_MESSAGES, code_text, field_label
from ui.order_section import OrderSection

REASON = "Комиссия отырысы мерзімінен кейін өтті; хатшы Серікова."


def _late_case(system: CaseService) -> int:
    body = system.bodies()[0].id
    iin = next(i for s in range(1, 99) if (i := make_iin(date(1984, 6, 2), Sex.MALE, s)))
    today = date.today()
    return system.register_case(
        CaseInput(
            servant=ServantInput(
                full_name="Әлиев Нұрлан Серікұлы",
                iin=iin,
                position="бас маман",
                category=ServiceCategory.ADMINISTRATIVE,
                elected=False,
                body_id=body,
            ),
            offence="art44.duties",
            committed_on=today - timedelta(days=60),
            discovered_on=today - timedelta(days=50),
            description="Тапсырманы орындамады.",
        )
    )


@pytest.fixture
def secretary(  # type: ignore[no-untyped-def]
    database: Database, registry: RulePackRegistry, services: CaseService
) -> tuple[CaseService, int]:
    """A CaseService of the logged-in secretary of the first body, and a late case of it."""
    case_id = _late_case(services)
    auth = make_auth(database)
    add_users(auth, services.bodies()[0].id)
    auth.logout()
    acting = CaseService(
        database.uow,
        registry,
        today=date.today,
        now_utc=lambda: datetime.now(UTC),
        actor="secretary",
        read_uow_factory=lambda: database.uow(read_only=True),
        guard=auth.guard,
    )
    auth.login("secretary", PASSWORD)
    assert auth.guard.role is Role.SECRETARY
    return acting, case_id


def _decide(qtbot, editor: CaseEditor) -> None:  # type: ignore[no-untyped-def]
    editor.status.setCurrentIndex(editor.status.findData(CaseStatus.DECIDED))
    editor.penalty.set_value("reprimand")
    editor.decided.set_value(date.today())
    qtbot.waitUntil(editor.override_shown)
    editor.override_reason.setPlainText(REASON)
    qtbot.waitUntil(editor.save_button.isEnabled)


def test_the_editor_asks_the_chair_and_shows_each_refusal_at_the_field(  # type: ignore[no-untyped-def]
    qtbot, secretary, prompts
) -> None:
    services, case_id = secretary
    editor = CaseEditor(services, prompts, services.get_case(case_id), debounce_ms=0)
    qtbot.addWidget(editor)
    editor.show()
    confirm = editor.decision.confirm
    box = editor.boxes[CONFIRM_FIELD]
    assert not box.isVisibleTo(editor)  # asked only with the reason
    _decide(qtbot, editor)
    assert box.isVisibleTo(editor) and editor.decision.confirm_label.isVisibleTo(editor)

    editor.save_button.click()  # no confirmation
    assert box.error_text() == code_text(E_CONFIRM_REQUIRED)
    assert services.get_case(case_id).status is CaseStatus.REGISTERED

    confirm.login.setText("member")
    confirm.password.setFocus()
    type_text(confirm.password, "бұрыс құпия")  # a wrong password, typed as keys
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.save_button.click()
    assert box.error_text() == code_text(E_CONFIRM_INVALID)
    assert confirm.password.text() == ""  # cleared after the try
    assert confirm.login.text() == "member"
    case = services.get_case(case_id)
    assert case.status is CaseStatus.REGISTERED and OVERRIDE_EVENT not in {
        e.kind for e in case.events
    }

    type_text(confirm.password, PASSWORD)
    qtbot.waitUntil(editor.save_button.isEnabled)
    assert box.error_text() == ""  # typing again clears the refusal
    with qtbot.waitSignal(editor.case_saved):
        editor.save_button.click()
    assert confirm.password.text() == ""
    case = services.get_case(case_id)
    assert case.status is CaseStatus.DECIDED
    [event] = [e for e in case.events if e.kind == OVERRIDE_EVENT]
    assert (event.data["confirmed_by"], event.data["reason"]) == ("member", REASON)


def test_the_order_asks_the_chair_too(  # type: ignore[no-untyped-def]
    qtbot, secretary, database, registry, prompts
) -> None:
    services, case_id = secretary
    procedure = ProcedureService(
        services,
        database.uow,
        lambda: database.uow(read_only=True),
        registry,
        date.today,
        lambda: datetime.now(UTC),
    )
    section = OrderSection(procedure, prompts, case_id)
    qtbot.addWidget(section)
    section.show()
    section.set_choices(("reprimand",), services.pack_for(date.today()))
    section.signed_on.set_value(date.today())
    section.official_name.setText("Ахметов Болат")
    section.official_position.setText("аким района")
    section.outcome.setCurrentIndex(section.outcome.findData(HearingOutcome.IMPOSE))
    section.penalty.setCurrentIndex(section.penalty.findData("reprimand"))
    assert not section.save()  # out of time: the reason and the chair are asked for
    box = section.boxes[CONFIRM_FIELD]
    assert box.isVisibleTo(section)
    section.override_reason.setPlainText(REASON)
    assert not section.save()
    assert box.error_text() == code_text(E_CONFIRM_REQUIRED)
    section.confirm.login.setText("hr_officer")  # a role that may not confirm
    section.confirm.password.setText(PASSWORD)
    assert not section.save()
    assert box.error_text() == code_text("override.confirm_not_allowed")
    assert section.confirm.password.text() == ""
    assert procedure.procedure(case_id).order is None

    section.confirm.login.setText("member")
    section.confirm.password.setText(PASSWORD)
    assert section.save()
    [event] = [e for e in services.get_case(case_id).events if e.kind == OVERRIDE_EVENT]
    assert event.data["confirmed_by"] == "member"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_confirmation_texts_are_translated(lang: str, tmp_path: Path) -> None:
    assert set(ERROR_CODES) <= set(FIELD_MESSAGES)
    english = [code_text(c) for c in ERROR_CODES] + [field_label(CONFIRM_FIELD)]
    i18n.install(lang)
    translated = [code_text(c) for c in ERROR_CODES] + [field_label(CONFIRM_FIELD)]
    assert all(t != e for t, e in zip(translated, english, strict=True)), translated
