"""Fixtures of the report tests: the built-in pack, the registered fonts, the renderer, a record."""

from __future__ import annotations

import pytest

from domain.document_data import DocumentData
from domain.rulepack import RulePack
from reports.documents import PdfRenderer
from reports.fonts import FontFamily, register_fonts
from tests.reports.docdata import default_pack, document_data


@pytest.fixture(scope="session")
def pack() -> RulePack:
    return default_pack()


@pytest.fixture(scope="session")
def family() -> FontFamily:
    """The machine's document fonts; a machine without them fails here with FontMissing's hint."""
    return register_fonts()


@pytest.fixture(scope="session")
def renderer(family: FontFamily) -> PdfRenderer:
    return PdfRenderer(family)


@pytest.fixture
def data(pack: RulePack) -> DocumentData:
    """A decided case with its commission, hearing, order and refused explanation."""
    return document_data(pack=pack)
