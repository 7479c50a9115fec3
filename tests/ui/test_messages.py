"""Every domain error code and storage problem has wording, in English and in each translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.errors import FieldError, StorageErrorKind
from domain.validation import ERROR_CODES
from ui import i18n
from ui.messages import (
    FIELD_MESSAGES,
    code_text,
    english_message,
    english_storage_message,
    field_error_text,
    problems_summary,
    storage_error_text,
)


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
