# mypy: disable-error-code="import-untyped"
"""The serif TrueType family documents are set in: found on the machine, checked for Kazakh, registered."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from domain.errors import RenderError

FONT_DIR_ENV = "TARTIP_FONT_DIR"

# Every letter a Kazakh or Russian document may hold, plus the signs official forms use.
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
RUSSIAN_LETTERS = "".join(chr(c) for c in range(ord("А"), ord("я") + 1)) + "Ёё"
REQUIRED_CHARS = KAZAKH_LETTERS + RUSSIAN_LETTERS + "№«»—"

# (regular, bold) file names, best first: Times New Roman is what the official-document rules
# name; the others are metric-compatible or at least serif with full Cyrillic. Liberation Serif
# older than 2.1 lacks the Kazakh letters, which the coverage check catches.
CANDIDATES: tuple[tuple[str, str], ...] = (
    ("times.ttf", "timesbd.ttf"),
    ("Times New Roman.ttf", "Times New Roman Bold.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("PTS55F.ttf", "PTS75F.ttf"),
    ("PTSerif-Regular.ttf", "PTSerif-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
)

INSTALL_HINT = (
    "Install a serif font with Kazakh letters: on Windows Times New Roman (times.ttf, timesbd.ttf) "
    "ships with the system; on Debian/Ubuntu `apt install fonts-dejavu-core` (DejaVu Serif) or "
    "`fonts-liberation2` (Liberation Serif 2.1+); or put a regular and bold TTF of such a family "
    f"in a folder and set {FONT_DIR_ENV} to it."
)


class FontMissing(RenderError):
    """No serif TrueType family covering Russian and Kazakh was found; the message says what to install."""

    def __init__(self, message: str) -> None:
        super().__init__("font_missing", message)


@dataclass(frozen=True)
class FontFamily:
    """A registered family: the reportlab names to use in styles and the files they came from."""

    regular: str
    bold: str
    regular_path: Path
    bold_path: Path


_registered: dict[tuple[Path, Path], FontFamily] = {}


def system_font_dirs() -> list[Path]:
    """The usual font folders of this platform, existing or not."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    else:
        data_home = os.environ.get("XDG_DATA_HOME")
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            home / ".fonts",
            home / ".local" / "share" / "fonts",
        ]
        if data_home:
            dirs.append(Path(data_home) / "fonts")
    return dirs


def _index(dirs: list[Path]) -> dict[str, Path]:
    """Lower-cased file name -> first path found under the folders (Windows names vary in case)."""
    found: dict[str, Path] = {}
    for root in dirs:
        if not root.is_dir():
            continue
        for folder, _subdirs, files in os.walk(root):
            for name in files:
                if name.lower().endswith(".ttf"):
                    found.setdefault(name.lower(), Path(folder) / name)
    return found


def missing_chars(path: Path, chars: str = REQUIRED_CHARS) -> str:
    """The characters of `chars` the font's cmap lacks ("" when it covers them all)."""
    font = TTFont(f"probe-{path.name}", str(path))
    cmap = font.face.charToGlyph
    return "".join(c for c in chars if ord(c) not in cmap)


def _candidates(dirs: list[Path]) -> Iterator[tuple[Path, Path]]:
    files = _index(dirs)
    for regular, bold in CANDIDATES:
        r, b = files.get(regular.lower()), files.get(bold.lower())
        if r is not None and b is not None:
            yield r, b


def find_family(font_dir: str | os.PathLike[str] | None = None) -> tuple[Path, Path]:
    """The (regular, bold) files of the first candidate family that covers REQUIRED_CHARS.

    A folder given here or in TARTIP_FONT_DIR is the only place searched (an administrator's
    choice is not silently replaced); otherwise the platform's usual folders are.
    """
    configured = font_dir if font_dir is not None else os.environ.get(FONT_DIR_ENV) or None
    dirs = [Path(configured)] if configured is not None else system_font_dirs()
    rejected: list[str] = []
    for regular, bold in _candidates(dirs):
        try:
            lacking = missing_chars(regular) + missing_chars(bold)
        except (TTFError, OSError) as exc:
            rejected.append(f"{regular.name}: unreadable ({exc})")
            continue
        if not lacking:
            return regular, bold
        rejected.append(f"{regular.name}: lacks {''.join(sorted(set(lacking)))}")
    where = ", ".join(str(d) for d in dirs)
    tried = ("; rejected: " + "; ".join(rejected)) if rejected else ""
    raise FontMissing(
        f"No serif TrueType font with Russian and Kazakh letters was found in {where}{tried}. "
        + INSTALL_HINT
    )


def register_fonts(font_dir: str | os.PathLike[str] | None = None) -> FontFamily:
    """Find, check and register the document family once per pair of files; returns its names."""
    regular_path, bold_path = find_family(font_dir)
    key = (regular_path, bold_path)
    family = _registered.get(key)
    if family is not None:
        return family
    stem = regular_path.stem.replace(" ", "")
    family = FontFamily(
        regular=f"Tartip-{stem}",
        bold=f"Tartip-{stem}-Bold",
        regular_path=regular_path,
        bold_path=bold_path,
    )
    pdfmetrics.registerFont(TTFont(family.regular, str(regular_path)))
    pdfmetrics.registerFont(TTFont(family.bold, str(bold_path)))
    # <b> inside a Paragraph picks the bold face; italic falls back to upright (no italic needed).
    addMapping(family.regular, 0, 0, family.regular)
    addMapping(family.regular, 1, 0, family.bold)
    addMapping(family.regular, 0, 1, family.regular)
    addMapping(family.regular, 1, 1, family.bold)
    _registered[key] = family
    return family
