"""The committed .ts catalogues hold every UI string of ui/ and a translation for each."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        f"{ctx.findtext('name')}: {msg.findtext('source')}"
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]


def test_catalogues_are_up_to_date_and_fully_translated(tmp_path: Path) -> None:
    # lupdate over today's sources, into copies: anything new or changed shows up unfinished.
    copies = []
    for lang in ("ru", "kk"):
        copy = tmp_path / f"tartip_{lang}.ts"
        shutil.copyfile(i18n.translations_dir() / f"tartip_{lang}.ts", copy)
        copies.append(copy)
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", "-locations", "none", *sources, "-ts", *map(str, copies)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for copy in copies:
        assert _unfinished(copy) == [], f"run lupdate and translate ({copy.name})"
    english = i18n.translations_dir() / "tartip_en.ts"
    assert _unfinished(english) == []


def test_build_catalogues_compiles_every_language(tmp_path: Path) -> None:
    built = i18n.build_catalogues(tmp_path)
    assert sorted(p.name for p in built) == ["tartip_en.qm", "tartip_kk.qm", "tartip_ru.qm"]
    assert all(p.stat().st_size > 100 for p in built)
