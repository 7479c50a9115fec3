"""Reading a printed PDF back: the stamp from the metadata or the text, and None for non-PDFs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.document_data import DocumentData
from domain.procedure_model import DocumentKind
from reports.documents import PdfRenderer
from reports.readback import read_back
from tests.reports.docdata import (
    CODE,
    DOCUMENT_ID,
    DRAFT_STAMP,
    KAZAKH_NAME,
    SERVANT_IIN,
    document_data,
)
from tests.reports.pdftext import render


@pytest.fixture(scope="module")
def pdf(renderer: PdfRenderer) -> bytes:
    return render(renderer, document_data(), "both")[1]


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_round_trip_of_id_code_and_text(
    tmp_path: Path, renderer: PdfRenderer, data: DocumentData, kind: DocumentKind
) -> None:
    path = tmp_path / "doc.pdf"
    renderer.render(replace(data, kind=kind), "both", path)
    back = renderer.read_back(path)
    assert back is not None
    assert (back.document_id, back.code) == (DOCUMENT_ID, CODE)
    assert KAZAKH_NAME in back.text and SERVANT_IIN in back.text
    assert "\n" not in back.text and "  " not in back.text and "\xa0" not in back.text


def test_a_draft_reads_back_as_the_draft_stamp(
    tmp_path: Path, renderer: PdfRenderer, data: DocumentData
) -> None:
    path = tmp_path / "draft.pdf"
    renderer.render(replace(data, stamp=DRAFT_STAMP), "ru", path)
    back = read_back(path)
    assert back is not None and (back.document_id, back.code) == (0, "DRAFT")


def test_without_metadata_the_code_is_found_in_the_text(tmp_path: Path, pdf: bytes) -> None:
    source = tmp_path / "source.pdf"
    source.write_bytes(pdf)
    writer = pypdf.PdfWriter()
    for page in pypdf.PdfReader(source).pages:
        writer.add_page(page)
    stripped = tmp_path / "stripped.pdf"
    with stripped.open("wb") as f:
        writer.write(f)
    meta = pypdf.PdfReader(stripped).metadata
    assert meta is None or "/Keywords" not in meta
    back = read_back(stripped)
    assert back is not None and back.document_id is None and back.code == CODE


def test_encrypted_pdf_is_unreadable(tmp_path: Path, pdf: bytes) -> None:
    source = tmp_path / "source.pdf"
    source.write_bytes(pdf)
    writer = pypdf.PdfWriter(clone_from=source)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    assert read_back(locked) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pdf at all\n", b"%PDF-1.4\n%%EOF\n", b"\x89PNG\r\n\x1a\n" + bytes(200)],
    ids=["empty", "text", "bare-header", "png"],
)
def test_a_non_pdf_is_none(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.pdf"
    path.write_bytes(content)
    assert read_back(path) is None


def test_a_missing_file_or_a_folder_is_none(tmp_path: Path) -> None:
    assert read_back(tmp_path / "missing.pdf") is None
    assert read_back(tmp_path) is None


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_damaged_pdf_never_raises(tmp_path: Path, pdf: bytes, data: st.DataObject) -> None:
    damaged = bytearray(pdf)
    cut = data.draw(st.integers(0, len(pdf)), label="cut")
    flips = data.draw(
        st.lists(st.tuples(st.integers(0, len(pdf) - 1), st.integers(0, 255)), max_size=20)
    )
    for pos, value in flips:
        damaged[pos] = value
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(damaged[:cut]))
    back = read_back(path)
    assert back is None or isinstance(back.text, str)
