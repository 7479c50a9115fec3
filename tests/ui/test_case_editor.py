"""The case editor: inline validation while typing, the Save button's reasons, saving."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from domain.errors import FieldError, StorageError, StorageErrorKind
from domain.iin import make_iin
from domain.model import CaseFilter, Sex
from tests.ui.keys import type_text
from ui.case_editor import CaseEditor
from ui.messages import code_text

NAME = "Әлиев Асқар Серікұлы"


def valid_iin() -> str:
    iin = make_iin(date(1985, 3, 12), Sex.MALE, 42)
    assert iin is not None
    return iin


def wrong_check_digit(iin: str) -> str:
    return iin[:11] + str((int(iin[11]) + 1) % 10)


def fill_valid(editor: CaseEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.full_name.setFocus()
    type_text(editor.full_name, NAME)
    editor.iin.setText(valid_iin())
    editor.position.setText("бас маман")
    editor.body.setCurrentIndex(1)
    today = date.today()
    editor.committed.set_value(today - timedelta(days=20))
    editor.discovered.set_value(today - timedelta(days=5))
    editor.offence.setCurrentIndex(editor.offence.findData("art50.4"))


@pytest.fixture
def editor(qtbot, services, prompts) -> CaseEditor:  # type: ignore[no-untyped-def]
    dialog = CaseEditor(services, prompts, debounce_ms=0)
    qtbot.addWidget(dialog)
    return dialog


def test_new_form_explains_why_save_is_disabled_without_shouting(editor) -> None:
    assert not editor.save_button.isEnabled()
    assert "problem" in editor.problems.text()
    # Nothing typed yet: "required" is listed beside Save, not painted under every field.
    assert all(box.error_text() == "" for box in editor.boxes.values())


def test_typing_a_kazakh_name_and_saving_registers_the_case(qtbot, editor, services) -> None:
    fill_valid(editor, qtbot)
    assert editor.full_name.text() == NAME
    qtbot.waitUntil(editor.save_button.isEnabled)
    assert editor.problems.text() == ""
    with qtbot.waitSignal(editor.case_saved) as saved:
        editor.save_button.click()
    case = services.get_case(saved.args[0])
    assert case.servant.full_name == unicodedata.normalize("NFC", NAME)
    assert services.list_cases(CaseFilter(search="әлиев"))[0].id == case.id


def test_wrong_iin_check_digit_is_explained_under_the_field(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.iin.setText(wrong_check_digit(valid_iin()))
    message = code_text("iin.checksum")
    qtbot.waitUntil(lambda: editor.boxes["servant.iin"].error_text() == message)
    assert not editor.save_button.isEnabled()
    assert editor.problems.text().startswith("1 problem:")
    assert message in editor.problems.text()
    assert message in editor.save_button.toolTip()
    assert editor.iin_info.text() == ""


def test_valid_iin_shows_birth_date_and_sex(qtbot, editor) -> None:
    editor.iin.setText(valid_iin())
    assert editor.iin_info.text() == "born 12.03.1985, male"


def test_discovered_before_committed_is_shown_at_discovered(qtbot, editor) -> None:
    fill_valid(editor, qtbot)
    today = date.today()
    editor.committed.set_value(today - timedelta(days=10))
    editor.discovered.set_value(today - timedelta(days=20))
    message = code_text("date.discovered_before_committed")
    qtbot.waitUntil(lambda: editor.boxes["discovered_on"].error_text() == message)
    assert editor.boxes["committed_on"].error_text() == ""
    assert not editor.save_button.isEnabled()


def test_storage_error_on_save_keeps_the_form_and_tells_the_user(qtbot, editor, prompts) -> None:
    fill_valid(editor, qtbot)
    qtbot.waitUntil(editor.save_button.isEnabled)

    def locked(data, clock_reason="", confirmation=None):  # type: ignore[no-untyped-def]
        raise StorageError(StorageErrorKind.LOCKED, "database is locked")

    editor._services.register_case = locked  # the store's failure, injected at the service edge
    editor.show()
    editor.save_button.click()
    assert prompts.calls == [("storage_error", "locked")]
    assert editor.isVisible()
    assert editor.full_name.text() == NAME


def test_editing_keeps_an_offence_no_longer_selectable(qtbot, services, prompts) -> None:
    services.set_switch("proposed_subpoint_20", True)
    case_id = _register(qtbot, services, prompts, offence="art50.20")
    services.set_switch("proposed_subpoint_20", False)  # the administrator turns it off again
    new = CaseEditor(services, prompts, debounce_ms=0)
    qtbot.addWidget(new)
    assert new.offence.findData("art50.20") == -1  # not offered for new cases
    assert new.offence.findData("art50.15") == -1  # repealed by Law 116-VIII: never offered

    dialog = CaseEditor(services, prompts, services.get_case(case_id), debounce_ms=0)
    qtbot.addWidget(dialog)
    assert dialog.offence.currentData() == "art50.20"
    assert "(proposal, not law)" in dialog.offence.currentText()
    assert dialog.full_name.text() == NAME
    assert dialog.errors == [] and dialog.save_button.isEnabled()
    assert dialog.windowTitle() == f"Case {services.get_case(case_id).number}"


def _register(qtbot, services, prompts, offence: str = "art50.4") -> int:  # type: ignore[no-untyped-def]
    dialog = CaseEditor(services, prompts, debounce_ms=0)
    qtbot.addWidget(dialog)
    fill_valid(dialog, qtbot)
    dialog.offence.setCurrentIndex(dialog.offence.findData(offence))
    qtbot.waitUntil(dialog.save_button.isEnabled)
    with qtbot.waitSignal(dialog.case_saved) as saved:
        dialog.save()
    return int(saved.args[0])


def test_validation_errors_from_save_are_shown_even_untouched(qtbot, editor) -> None:
    editor._show_errors([FieldError("servant.position", "required")])
    assert editor.boxes["servant.position"].error_text() == ""  # not touched yet
    editor._touched.add("servant.position")
    editor._show_errors([FieldError("servant.position", "required")])
    assert editor.boxes["servant.position"].error_text() == code_text("required")


def test_add_body_from_the_editor_stores_and_selects_it(qtbot, editor, services) -> None:
    dialog = editor.open_add_body()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.name_ru.setText("Агентство по делам государственной службы")
    assert not ok.isEnabled()  # the store needs the Kazakh name too
    dialog.name_kk.setText("Мемлекеттік қызмет істері агенттігі")
    assert ok.isEnabled()
    ok.click()
    added = [b for b in services.bodies() if b.name_kk == "Мемлекеттік қызмет істері агенттігі"]
    assert len(added) == 1
    assert editor.body.currentData() == added[0].id
