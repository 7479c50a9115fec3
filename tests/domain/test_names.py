"""Names and search keys (RELIABILITY S21): NFC storage, folding, spoofing characters."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.text import (
    MAX_NAME_LENGTH,
    has_bad_chars,
    name_problems,
    normalize_name,
    normalize_text,
    search_key,
)


def test_normalize_name_is_nfc_trimmed_single_spaced() -> None:
    nfd = unicodedata.normalize("NFD", "Әлиев  Йосиф\u00a0Ёлкин")
    assert nfd != unicodedata.normalize("NFC", nfd)  # the input really is decomposed
    out = normalize_name(f"  {nfd}\t\n")
    assert out == "Әлиев Йосиф Ёлкин"
    assert out.encode() == "Әлиев Йосиф Ёлкин".encode()  # byte-exact NFC


def test_normalize_text_keeps_line_breaks() -> None:
    assert normalize_text("  строка 1\nстрока 2  \n") == "строка 1\nстрока 2"


@pytest.mark.parametrize(
    "spelling", ["әлиев", "ӘЛИЕВ", "Әлиев", unicodedata.normalize("NFD", "Әлиев"), " Әлиев "]
)
def test_three_spellings_share_one_search_key(spelling: str) -> None:
    assert search_key(spelling) == search_key("әлиев") == "әлиев"


def test_yo_folds_to_ye_and_whitespace_collapses() -> None:
    assert search_key("Пётр  ЁЛКИН") == search_key("петр елкин") == "петр елкин"
    assert search_key("Пётр") != search_key("Петя")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_search_key_is_idempotent_and_nfc(s: str) -> None:
    k = search_key(s)
    assert search_key(k) == k
    assert unicodedata.is_normalized("NFC", k)


# Latin, Cyrillic (with Kazakh letters) and spaces: the alphabet names are written in. Turkish
# dotless ı and dotted İ are left out: their upper and lower case fold to different letters.
name_text = st.text(
    alphabet=st.characters(
        categories=["Lu", "Ll", "Zs"], max_codepoint=0x4FF, exclude_characters="ıİ"
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(name_text)
def test_search_key_ignores_case(s: str) -> None:
    assert search_key(s.upper()) == search_key(s.lower()) == search_key(s)


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Сагинтаев Ерлан Әбілұлы", []),
        ("Smith-Иванов", []),  # two words of two scripts, joined by a hyphen: fine
        ("O'Brien John", []),
        ("Caгинтaeв", ["name.mixed_script"]),  # Latin C and a inside a Cyrillic word
        ("Iбраев", ["name.mixed_script"]),  # Latin I typed for Kazakh І
        ("Ержан\u200bов", ["name.control_chars"]),  # zero-width space
        ("Ержанов\u202e", ["name.control_chars"]),  # right-to-left override
        ("Ержанов\u2066", ["name.control_chars"]),  # left-to-right isolate
        ("Ерж\u00adанов", ["name.control_chars"]),  # soft hyphen
        ("\ufeffЕржанов", ["name.control_chars"]),  # BOM
        ("Ержанов\x00", ["name.control_chars"]),
        ("Ержанов\ud800", ["name.control_chars"]),  # a lone surrogate cannot be stored as UTF-8
        ("Ержанов\n Ерлан", []),  # whitespace is collapsed, not refused
        ("Ca\u200bгинтaeв", ["name.control_chars", "name.mixed_script"]),
        ("Я" * (MAX_NAME_LENGTH + 1), ["name.too_long"]),
        ("Я" * MAX_NAME_LENGTH, []),
    ],
)
def test_name_problems(name: str, codes: list[str]) -> None:
    assert name_problems(name) == codes


def test_free_text_may_break_lines_but_not_hide_characters() -> None:
    assert not has_bad_chars("строка\nстрока\tконец", allow_line_breaks=True)
    assert has_bad_chars("строка\nстрока")
    assert has_bad_chars("приказ \u202eфдп.exe", allow_line_breaks=True)
