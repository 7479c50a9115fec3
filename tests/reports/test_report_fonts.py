"""Finding the document fonts: Kazakh coverage, the configured folder, the missing-font message."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from reports.documents import PdfRenderer
from reports.fonts import (
    FONT_DIR_ENV,
    KAZAKH_LETTERS,
    FontFamily,
    FontMissing,
    find_family,
    missing_chars,
    register_fonts,
)
from tests.reports.docdata import document_data


def test_the_family_found_covers_every_kazakh_letter(family: FontFamily) -> None:
    assert missing_chars(family.regular_path) == ""
    assert missing_chars(family.bold_path) == ""
    assert len(KAZAKH_LETTERS) == 18


def test_registering_twice_gives_the_same_family(family: FontFamily) -> None:
    assert register_fonts() is family


def test_an_empty_font_folder_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(FontMissing) as err:
        register_fonts(tmp_path)
    message = str(err.value)
    assert str(tmp_path) in message
    assert "fonts-dejavu-core" in message and "Times New Roman" in message
    assert FONT_DIR_ENV in message


def test_the_environment_folder_is_the_only_place_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FONT_DIR_ENV, str(tmp_path))
    with pytest.raises(FontMissing):
        find_family()


def test_a_configured_folder_with_the_family_is_used(tmp_path: Path, family: FontFamily) -> None:
    # Copies under the candidate names of the family found: the search is by file name, any case.
    shutil.copy(family.regular_path, tmp_path / family.regular_path.name.upper())
    shutil.copy(family.bold_path, tmp_path / family.bold_path.name)
    regular, bold = find_family(tmp_path)
    assert regular.parent == tmp_path and bold.parent == tmp_path


def test_a_regular_face_without_its_bold_is_not_enough(tmp_path: Path, family: FontFamily) -> None:
    shutil.copy(family.regular_path, tmp_path / family.regular_path.name)
    with pytest.raises(FontMissing):
        find_family(tmp_path)


def test_a_font_lacking_a_letter_is_reported(family: FontFamily) -> None:
    # U+A640 (Cyrillic Extended-B) is in no document font we look for: the check must see it.
    assert missing_chars(family.regular_path, "Ә\ua640") == "\ua640"


def test_the_renderer_finds_fonts_on_first_render_and_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FONT_DIR_ENV, str(tmp_path))
    renderer = PdfRenderer()  # nothing is looked up yet: constructing never fails
    out = io.BytesIO()
    with pytest.raises(FontMissing, match="fonts-dejavu-core"):
        renderer.render(document_data(), "ru", out)
    assert out.getvalue() == b""
