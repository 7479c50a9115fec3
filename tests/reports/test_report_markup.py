"""User text escaped for Paragraph markup, and citations worded per language."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus.paragraph import Paragraph

from reports.fonts import FontFamily
from reports.layout import make_styles
from reports.markup import text
from reports.wording import COMMON, citation
from reports.wording_decision import DECISION
from reports.wording_explanation import ACT, REQUEST
from reports.wording_order import ORDER
from reports.wording_protocol import PROTOCOL


def test_markup_characters_are_escaped() -> None:
    assert text('Иванов <b & "x"') == "Иванов &lt;b &amp; &quot;x&quot;"
    assert text("<img src='/etc/passwd'/>") == "&lt;img src=&#39;/etc/passwd&#39;/&gt;"
    assert text("&amp;") == "&amp;amp;"


def test_newlines_become_breaks_and_controls_go() -> None:
    assert text("a\r\nb\rc\nd") == "a<br/>b<br/>c<br/>d"
    assert text("a\x00b\x1bc\td") == "abc d"
    assert text("") == "" and text(None) == ""


def test_text_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Әйгерім Ёлка")
    assert text(decomposed) == unicodedata.normalize("NFC", decomposed)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_lays_out(family: FontFamily, s: str) -> None:
    para = Paragraph(text(s), make_styles(family).body)
    para.wrap(400, 10_000)


@pytest.mark.parametrize(
    ("article", "ru", "kk"),
    [
        (
            "Art. 50 p.1 sub-p. 4",
            "подпункт 4) пункта 1 статьи 50",
            "50-бабының 1-тармағының 4) тармақшасы",
        ),
        ("Art. 44 p.6", "пункт 6 статьи 44", "44-бабының 6-тармағы"),
        ("Art. 45", "статья 45", "45-бап"),
        ("Art. 44 p.1; Art. 13", "пункт 1 статьи 44; статья 13", "44-бабының 1-тармағы; 13-бап"),
        (
            "Art. 50 p.1 sub-p. 20 (proposed)",
            "подпункт 20) пункта 1 статьи 50 (предложение)",
            "50-бабының 1-тармағының 20) тармақшасы (ұсыныс)",
        ),
        ("Rules No. 152", "Rules No. 152", "Rules No. 152"),
    ],
)
def test_citations(article: str, ru: str, kk: str) -> None:
    assert citation(article, "ru") == ru
    assert citation(article, "kk") == kk


@pytest.mark.parametrize("wording", [COMMON, DECISION, PROTOCOL, ORDER, REQUEST, ACT])
def test_both_languages_word_the_same_things(wording: dict[str, dict[str, str]]) -> None:
    assert set(wording) == {"kk", "ru"}
    assert wording["kk"].keys() == wording["ru"].keys()
    for key, ru in wording["ru"].items():
        fields = set(re.findall(r"{(\w+)}", ru))
        assert fields == set(re.findall(r"{(\w+)}", wording["kk"][key])), key
        assert "<" not in ru and "<" not in wording["kk"][key], key  # no markup in wording
