"""UI languages: picks one, compiles the committed .ts into a cached .qm and installs translators.

The .ts files in `translations/` are the source of truth and the only ones in git. A .qm is built
by `pyside6-lrelease` into the user's cache folder, named by the hash of its .ts, so it can never
be stale and CI needs no build step. A frozen build (no lrelease inside) ships the .qm files that
`build_catalogues` made at build time (the .spec calls it) and uses them as they are.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")
_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def system_language() -> str:
    lang = QLocale.system().language()
    if lang == QLocale.Language.Russian:
        return "ru"
    if lang == QLocale.Language.Kazakh:
        return "kk"
    return "en"


def current_language() -> str:
    """The language the UI was started in; rule-pack texts are shown in the same one."""
    return _current


def lrelease_command() -> list[str] | None:
    """The lrelease shipped inside the PySide6 wheel, else one on PATH."""
    import PySide6

    exe = "lrelease.exe" if os.name == "nt" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.is_file():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> None:
    """Build `qm` from `ts` (raises OSError or CalledProcessError when lrelease is unusable)."""
    command = lrelease_command()
    if command is None:
        raise FileNotFoundError("lrelease not found (PySide6 wheel or PATH)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the target and rename: two instances starting at once never read half a file.
    fd, tmp_name = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
    os.close(fd)
    try:
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", tmp_name],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(tmp_name, qm)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def build_catalogues(dest: Path, source_dir: Path | None = None) -> list[Path]:
    """Compile every tartip_*.ts into `dest` (for the PyInstaller .spec); returns the .qm files."""
    source_dir = source_dir or translations_dir()
    built = []
    for ts in sorted(source_dir.glob("tartip_*.ts")):
        qm = dest / ts.with_suffix(".qm").name
        compile_ts(ts, qm)
        built.append(qm)
    return built


def default_cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or tempfile.gettempdir()) / "translations"


def qm_for(lang: str, cache_dir: Path | None = None, source_dir: Path | None = None) -> Path | None:
    """The compiled catalogue for `lang`, building it on first use; None when there is none."""
    source_dir = source_dir or translations_dir()
    ts = source_dir / f"tartip_{lang}.ts"
    shipped = source_dir / f"tartip_{lang}.qm"
    if getattr(sys, "frozen", False) or not ts.is_file():
        return shipped if shipped.is_file() else None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cache_dir = cache_dir or default_cache_dir()
    cached = cache_dir / f"tartip_{lang}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        compile_ts(ts, cached)
    except (OSError, subprocess.SubprocessError) as exc:
        _log.warning("cannot compile %s: %s", ts, exc)
        return shipped if shipped.is_file() else None
    for old in cache_dir.glob(f"tartip_{lang}-*.qm"):
        if old != cached:
            old.unlink(missing_ok=True)
    return cached


def install(lang: str, cache_dir: Path | None = None) -> bool:
    """Replace the application's translators with `lang`'s; True when ours was loaded."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "install translators after creating the QApplication"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    if _current != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{_current}", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    # English has a catalogue too: only the plural forms ("1 case", "2 cases").
    qm = qm_for(_current, cache_dir)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        _log.warning("no translation for %s; the UI stays in English", _current)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
