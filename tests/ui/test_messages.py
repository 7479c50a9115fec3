"""Every domain error code and storage problem has wording, in English and in each translation."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from domain.deadline_steps import _ENGLISH as _STEP_ENGLISH
from domain.deadline_steps import ERROR_CODES as DEADLINE_ERROR_CODES
from domain.deadline_steps import STEP_CODES
from domain.errors import FieldError, StorageErrorKind
from domain.validation import ERROR_CODES
from ui import i18n
from ui.deadline_text import STEP_TEMPLATES, days_left_text, holiday_text
from ui.labels import citation
from ui.messages import (
    FIELD_MESSAGES,
    code_text,
    english_message,
    field_error_text,
    field_label,
    problems_summary,
)
from ui.storage_messages import english_storage_message, storage_error_text


def test_every_domain_error_code_has_a_message() -> None:
    assert set(ERROR_CODES) <= set(FIELD_MESSAGES), set(ERROR_CODES) - set(FIELD_MESSAGES)


def test_every_storage_problem_has_a_title_and_advice() -> None:
    for kind in StorageErrorKind:
        title, text = storage_error_text(kind)
        assert title and len(text) > 30
        assert english_storage_message(kind).startswith(title)


def test_english_message_fills_parameters_and_survives_missing_ones() -> None:
    assert english_message("text.too_long", {"max": 300}) == "Too long: at most 300 characters."
    assert english_message("text.too_long") == "Too long: at most {max} characters."
    assert english_message("no.such.code") == "Invalid value (no.such.code)."


def test_problems_summary_counts_in_english_plural_forms() -> None:
    one = [FieldError("servant.iin", "iin.checksum")]
    assert problems_summary(one).startswith("1 problem: IIN: ")
    assert problems_summary(one * 3).startswith("3 problems: ")
    assert problems_summary([]) == ""


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_message_is_translated(lang: str, tmp_path: Path) -> None:
    assert i18n.install(lang, cache_dir=tmp_path)
    untranslated = [
        code
        for code in ERROR_CODES
        if code_text(code, {"max": 5}) == english_message(code, {"max": 5})
    ]
    assert untranslated == []
    assert "5" in field_error_text(FieldError("description", "text.too_long", {"max": 5}))
    for kind in StorageErrorKind:
        assert storage_error_text(kind)[1] != english_storage_message(kind).split(": ", 1)[1]


def test_russian_plural_forms(tmp_path: Path) -> None:
    i18n.install("ru", cache_dir=tmp_path)
    errors = [FieldError("servant.iin", "iin.checksum")]
    assert problems_summary(errors).startswith("1 проблема: ИИН: ")
    assert problems_summary(errors * 2).startswith("2 проблемы: ")
    assert problems_summary(errors * 5).startswith("5 проблем: ")


def test_every_deadline_error_code_has_a_message() -> None:
    missing = set(DEADLINE_ERROR_CODES) - set(FIELD_MESSAGES)
    assert missing == set()


def test_deadline_messages_show_dates_and_reasons_as_a_reader_would() -> None:
    error = FieldError(
        "decided_on",
        "deadline.blocked_day",
        {
            "decision_date": "2026-03-02",
            "reason": "sick_leave",
            "start": "2026-03-01",
            "end": "2026-03-05",
            "article": "Art. 45 p.3-4",
        },
    )
    assert field_error_text(error, {"sick_leave": "Sick leave"}) == (
        "No penalty may be imposed on 02.03.2026: Sick leave from 01.03.2026 to 05.03.2026 "
        "(Art. 45 p. 3-4). To record it anyway, give the written reason below."
    )
    assert field_label("pauses.2.end") == "Suspension 3, to"
    assert field_label("decision_date") == field_label("decided_on") == "Decided on"


def test_every_step_code_has_a_template_with_the_engines_parameters() -> None:
    assert set(STEP_TEMPLATES) == set(STEP_CODES)
    for code, template in STEP_TEMPLATES.items():
        english = _STEP_ENGLISH[code]
        used = set(re.findall(r"\{(\w+)\}", template)) - {"discovery_limit_name"}
        assert used <= set(re.findall(r"\{(\w+)\}", english)), code


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_step_and_deadline_texts_are_translated_with_their_placeholders(
    lang: str, tmp_path: Path
) -> None:
    assert i18n.install(lang, cache_dir=tmp_path)
    for code, source in {**STEP_TEMPLATES, **FIELD_MESSAGES}.items():
        translated = QCoreApplication.translate(
            "Deadlines" if code in STEP_TEMPLATES else "Messages", source
        )
        assert translated != source, code
        placeholders = set(re.findall(r"\{(\w+)\}", source))
        assert set(re.findall(r"\{(\w+)\}", translated)) == placeholders, code
    for n in (1, 2, 5, 21):
        assert str(n) in days_left_text(date(2026, 1, 1) + timedelta(days=n), date(2026, 1, 1))


def test_citations_of_the_engine_are_understood() -> None:
    assert citation("Civil Code Art. 173; Labour Code Art. 13") == (
        "Civil Code Art. 173; Labour Code Art. 13"
    )
    assert citation("Law 416-V Art. 45 p.4 (interpretation)") == (
        "Law 416-V Art. 45 p. 4 (interpretation)"
    )
    assert citation("Art. 50 p.1 sub-p. 20 (proposed)") == "Art. 50 p. 1 sub-p. 20 (proposed)"
    assert citation("Art. 45 (commentary)") == "Art. 45 (commentary)"  # unknown: as it is


def test_citations_in_russian_and_kazakh(tmp_path: Path) -> None:
    i18n.install("ru", cache_dir=tmp_path)
    assert citation("Law 416-V Art. 45 p.4") == "ст. 45 п. 4 Закона № 416-V"
    assert citation("Civil Code Art. 174") == "ст. 174 ГК РК"
    i18n.install("kk", cache_dir=tmp_path)
    assert citation("Labour Code Art. 13") == "ҚР ЕК 13-бап"


def test_every_kazakhstan_holiday_name_is_known(tmp_path: Path) -> None:
    import holidays

    names = holidays.country_holidays("KZ", years=range(2015, 2031))
    i18n.install("ru", cache_dir=tmp_path)
    for name in set(names.values()):
        assert not re.search("[a-z]", holiday_text(str(name)).lower()), name  # all in Russian
    i18n.install("en", cache_dir=tmp_path)
    assert holiday_text("Day off (substituted from 01/05/2025)") == "Day off moved from 05.01.2025"
    assert holiday_text("Capital Day; Eid al-Adha (estimated)") == (
        "Capital Day; Kurban Ait (date estimated)"
    )


# -- penalties and the criteria worksheet --------------------------------------------------------


def test_every_penalty_and_criteria_error_code_has_a_message() -> None:
    from domain.criteria import ERROR_CODES as CRITERIA_CODES
    from domain.penalties import ERROR_CODES as BOUNDS_CODES

    missing = (set(BOUNDS_CODES) | set(CRITERIA_CODES) | set(ERROR_CODES)) - set(FIELD_MESSAGES)
    assert missing == set()


def test_penalty_messages_read_well_in_english_for_the_cli() -> None:
    assert english_message(
        "penalty.not_allowed",
        {"penalty": "demotion", "allowed": "dismissal", "rule": "C", "repeat": False},
    ) == (
        "The law does not allow demotion in civil service post here: only dismissal from the "
        "civil service post held (rule C, Art. 44 p.7)."
    )
    assert "repeat offence" in english_message(
        "penalty.not_allowed",
        {"penalty": "reprimand", "allowed": "dismissal", "rule": "A", "repeat": True},
    )
    assert english_message(
        "penalty.justification_required",
        {"penalty": "dismissal", "least": "remark", "most": "reprimand"},
    ).startswith("Dismissal from the civil service post held lies outside the range")
    assert (
        english_message("criteria.note_required", {"criterion": "nature", "rating": "mitigating"})
        == "Rated mitigating: write down why in the note."
    )
    assert english_message("penalty_table.occurrence", {"occurrence": 4, "max": 3}) == (
        "Choose the occurrence: from 1 to 3 (the last one counts every later)."
    )


def test_every_penalty_and_criteria_step_has_a_template_with_the_rules_parameters() -> None:
    from domain.criteria import _ENGLISH as CRITERIA_ENGLISH
    from domain.criteria import STEP_CODES as CRITERIA_STEPS
    from domain.penalties import STEP_CODES as BOUNDS_STEPS
    from domain.penalty_steps import _ENGLISH as BOUNDS_ENGLISH
    from ui.penalty_text import STEP_TEMPLATES as PENALTY_TEMPLATES

    assert set(PENALTY_TEMPLATES) == set(BOUNDS_STEPS) | set(CRITERIA_STEPS)
    english = {**BOUNDS_ENGLISH, **CRITERIA_ENGLISH}
    for code, template in PENALTY_TEMPLATES.items():
        used = set(re.findall(r"\{(\w+)\}", template))
        assert used <= set(re.findall(r"\{(\w+)\}", english[code])), code


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_penalty_steps_are_translated_with_their_placeholders(lang: str, tmp_path: Path) -> None:
    from ui.penalty_text import STEP_TEMPLATES as PENALTY_TEMPLATES

    assert i18n.install(lang, cache_dir=tmp_path)
    for code, source in PENALTY_TEMPLATES.items():
        translated = QCoreApplication.translate("Penalties", source)
        assert translated != source, code
        assert set(re.findall(r"\{(\w+)\}", translated)) == set(re.findall(r"\{(\w+)\}", source)), (
            code
        )


def test_penalty_steps_render_in_russian(tmp_path: Path, registry) -> None:  # type: ignore[no-untyped-def]
    from domain.penalties import allowed_penalties
    from ui.penalty_text import step_text

    pack = registry.default
    bounds = allowed_penalties("art50.1", date(2026, 3, 2), (), vacancy=False, pack=pack)
    i18n.install("ru", cache_dir=tmp_path)
    lines = [step_text(s.code, s.params, pack) for s in bounds.steps]
    assert lines[-1] == "Допускается: предупреждение о неполном служебном соответствии."
    assert all(not re.search("[a-z]{3,}", line) for line in lines), lines
