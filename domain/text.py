"""Names and free text: NFC normalisation, the folded search key, and checks for spoofed input."""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 200

NAME_ERROR_CODES: tuple[str, ...] = ("name.control_chars", "name.mixed_script", "name.too_long")

# Categories never legitimate in a name or a document field: controls, format characters
# (zero-width spaces and joiners, bidi overrides such as U+202E, soft hyphen, BOM), lone
# surrogates (not encodable as UTF-8, so they would fail in the database) and private use.
_BAD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
# Line breaks and tabs are ordinary in long free text (a description), never in a name.
_FREE_TEXT_ALLOWED = frozenset("\n\r\t")


def normalize_name(s: str) -> str:
    """NFC, trimmed, every run of whitespace (including NBSP, tabs, newlines) made one space."""
    return " ".join(unicodedata.normalize("NFC", s).split())


def normalize_text(s: str) -> str:
    """NFC and trimmed, keeping inner line breaks: the stored form of long free text."""
    return unicodedata.normalize("NFC", s).strip()


def search_key(s: str) -> str:
    """The form names are compared in: normalised, case-folded, `ё` folded to `е`.

    `әлиев`, `ӘЛИЕВ` and `Әлиев` (composed or decomposed) all give the same key.
    """
    folded = unicodedata.normalize("NFC", normalize_name(s).casefold())
    return folded.replace("ё", "е")


def has_bad_chars(s: str, *, allow_line_breaks: bool = False) -> bool:
    """True if the text holds control, format (zero-width, bidi), surrogate or private-use chars."""
    allowed = _FREE_TEXT_ALLOWED if allow_line_breaks else frozenset()
    return any(unicodedata.category(ch) in _BAD_CATEGORIES and ch not in allowed for ch in s)


def _script(ch: str) -> str | None:
    """ "latin", "cyrillic", or None for letters of other scripts and non-letters."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    return None


def _words(s: str) -> list[str]:
    """Runs of letters (with their combining marks); hyphens, apostrophes and spaces split them."""
    words: list[str] = []
    current: list[str] = []
    for ch in s:
        if ch.isalpha() or unicodedata.category(ch).startswith("M"):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def is_mixed_script(word: str) -> bool:
    """True if one word mixes Latin and Cyrillic letters (`Caгинтaeв` with Latin a, C)."""
    scripts = {_script(ch) for ch in word} - {None}
    return len(scripts) > 1


def name_problems(s: str) -> list[str]:
    """Codes for what is wrong with a person's name as it would be stored (after normalising).

    Whitespace is not a problem (it is collapsed); zero-width and bidi characters are, since
    they make two different names look identical on screen and in printed decisions.
    """
    name = normalize_name(s)
    problems: list[str] = []
    if has_bad_chars(name):
        problems.append("name.control_chars")
    if any(is_mixed_script(w) for w in _words(name)):
        problems.append("name.mixed_script")
    if len(name) > MAX_NAME_LENGTH:
        problems.append("name.too_long")
    return problems
