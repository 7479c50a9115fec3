"""Attachment checks: the type told by the bytes, the extension agreeing, the name shown safely."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.attachments import (
    MAX_DISPLAY_NAME_LENGTH,
    check_attachment,
    detect_type,
    extension_type,
    is_plain_text,
    sanitize_display_name,
)

ALL = ("pdf", "png", "jpeg", "tiff", "txt")
HEADS = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "tiff": b"II*\x00\x08\x00\x00\x00",
}


@pytest.mark.parametrize(("file_type", "head"), HEADS.items())
def test_binary_types_are_told_by_their_signature(file_type: str, head: bytes) -> None:
    assert detect_type(head) == file_type


def test_big_endian_tiff_and_text() -> None:
    assert detect_type(b"MM\x00*\x00\x00\x00\x08") == "tiff"
    assert detect_type("Объяснительная записка".encode()) == "txt"


@pytest.mark.parametrize(
    "head",
    [
        b"MZ\x90\x00\x03\x00\x00\x00",  # a Windows executable
        b"PK\x03\x04\x14\x00",  # a zip (docx, xlsx)
        b"text with a \x00 NUL",
        "Кириллица".encode("cp1251"),  # not UTF-8
    ],
)
def test_anything_else_is_no_accepted_type(head: bytes) -> None:
    assert detect_type(head) is None


def test_text_is_checked_over_the_whole_file_in_any_chunking() -> None:
    data = ("Тәртіптік жаза " * 10).strip().encode()  # ends with a two-byte letter
    # A chunk boundary inside a two-byte letter is still valid UTF-8.
    assert is_plain_text([data[:7], data[7:]])
    assert not is_plain_text([data, b"\xff"])  # invalid at the end
    assert not is_plain_text([data[:-1]])  # cut in the middle of the last letter
    assert detect_type(data[:64], [data, b"\x00"]) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("скан.PDF", "pdf"),
        ("a.jpeg", "jpeg"),
        ("a.JPG", "jpeg"),
        ("a.tif", "tiff"),
        ("a.txt", "txt"),
        ("a.exe", None),
        ("README", None),
    ],
)
def test_extensions(name: str, expected: str | None) -> None:
    assert extension_type(name) == expected


def test_an_accepted_file_keeps_a_clean_name_and_media_type() -> None:
    checked, errors = check_attachment("скан.pdf", "Объяснение Әлиева.pdf", 1000, "pdf", ALL)
    assert errors == [] and checked is not None
    assert (checked.file_type, checked.media_type, checked.display_name) == (
        "pdf",
        "application/pdf",
        "Объяснение Әлиева.pdf",
    )


def test_a_display_name_without_extension_gets_the_detected_one() -> None:
    checked, _ = check_attachment("scan.png", "Акт об отказе", 10, "png", ALL)
    assert checked is not None and checked.display_name == "Акт об отказе.png"


@pytest.mark.parametrize(
    ("source", "shown", "size", "detected", "allowed", "error"),
    [
        (
            "evil.pdf",
            "evil.pdf",
            10,
            None,
            ALL,
            ("file", "attachment.type_not_allowed"),
        ),  # a PE file named .pdf
        ("a.pdf", "a.pdf", 10, "png", ALL, ("file", "attachment.type_mismatch")),
        ("a.txt", "a.txt", 10, "txt", ("pdf",), ("file", "attachment.type_not_allowed")),
        ("a.pdf", "a.pdf", 0, "pdf", ALL, ("file", "attachment.empty")),
        ("a.pdf", "a.png", 10, "pdf", ALL, ("display_name", "attachment.type_mismatch")),
        ("a", "a", 10, "pdf", ALL, ("file", "attachment.type_mismatch")),
    ],
)
def test_refusals(
    source: str,
    shown: str,
    size: int,
    detected: str | None,
    allowed: tuple[str, ...],
    error: tuple[str, str],
) -> None:
    checked, errors = check_attachment(source, shown, size, detected, allowed)
    assert checked is None
    assert [(e.field, e.code) for e in errors] == [error]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\system32\\cmd.exe", "cmd.exe"),
        ("C:\\Users\\hr\\скан.pdf", "скан.pdf"),
        ("evil\u202egpj.exe", "evilgpj.exe"),  # right-to-left override disguising .exe
        ("zero\u200bwidth.txt", "zerowidth.txt"),
        ("tab\tand\nnewline.pdf", "tab and newline.pdf"),
        ("CON", "file"),
        ("con.txt", "file.txt"),
        ("LPT9.tar.gz", "file.tar.gz"),
        ("COM10.txt", "COM10.txt"),  # not a device name
        ("trailing dots...", "trailing dots"),
        ("..", "file"),
        ("", "file"),
        ("Ә\u0301", "Ә\u0301"),  # combining marks stay (NFC has no precomposed form)
    ],
)
def test_display_names_are_sanitised(name: str, shown: str) -> None:
    assert sanitize_display_name(name) == shown


def test_a_very_long_name_keeps_its_extension() -> None:
    shown = sanitize_display_name("а" * 400 + ".pdf")
    assert len(shown) <= MAX_DISPLAY_NAME_LENGTH and shown.endswith(".pdf")


@given(st.text(max_size=300))
def test_a_sanitised_name_is_never_a_path_or_hidden_mark(name: str) -> None:
    shown = sanitize_display_name(name)
    assert shown and "/" not in shown and "\\" not in shown
    assert shown not in (".", "..") and len(shown) <= MAX_DISPLAY_NAME_LENGTH
    assert all(ch not in shown for ch in "\u202e\u200b\x00\n")
    assert sanitize_display_name(shown) == shown
