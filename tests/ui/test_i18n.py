"""Translations: the .ts sources compile on first use, load, and change what the window says."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import make_context
from ui import i18n
from ui.case_table_model import Column
from ui.main_window import MainWindow


def test_russian_catalogue_loads_and_menus_are_russian(qtbot, services, prompts, tmp_path) -> None:
    assert i18n.install("ru", cache_dir=tmp_path)
    assert i18n.current_language() == "ru"
    window = MainWindow(make_context(services), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&Файл"
    assert window.case_menu.title() == "&Дело"
    assert window.model.headerData(Column.IIN, Qt.Orientation.Horizontal) == "ИИН"


def test_kazakh_catalogue_uses_kazakh_letters(qtbot, services, prompts, tmp_path) -> None:
    assert i18n.install("kk", cache_dir=tmp_path)
    window = MainWindow(make_context(services), prompts=prompts, debounce_ms=0)
    qtbot.addWidget(window)
    assert window.settings_menu.title() == "&Баптаулар"
    assert window.groups.all_item.text(0) == "Барлық істер"


def test_compiled_catalogue_is_cached_by_content_and_rebuilt_when_the_ts_changes(
    tmp_path: Path,
) -> None:
    source = tmp_path / "src"
    source.mkdir()
    ts = source / "tartip_ru.ts"
    shutil.copyfile(i18n.translations_dir() / "tartip_ru.ts", ts)
    cache = tmp_path / "cache"
    first = i18n.qm_for("ru", cache, source)
    assert first is not None and first.is_file()
    assert i18n.qm_for("ru", cache, source) == first  # no second compile

    ts.write_text(
        ts.read_text(encoding="utf-8").replace(">&amp;Файл<", ">&amp;Файлы<"), encoding="utf-8"
    )
    second = i18n.qm_for("ru", cache, source)
    assert second is not None and second != first
    assert not first.exists()  # the stale catalogue is gone
    assert sorted(p.name for p in cache.iterdir()) == [second.name]


def test_a_frozen_build_uses_its_shipped_catalogue(tmp_path: Path) -> None:
    shipped = tmp_path / "tartip_kk.qm"
    i18n.compile_ts(i18n.translations_dir() / "tartip_kk.ts", shipped)
    assert i18n.qm_for("kk", tmp_path / "cache", tmp_path) == shipped


def test_an_unknown_language_falls_back_to_english(tmp_path: Path) -> None:
    i18n.install("de", cache_dir=tmp_path)
    assert i18n.current_language() == "en"
