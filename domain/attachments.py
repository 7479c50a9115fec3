"""Attachment checks: the type told by a file's leading bytes, its extension, its display name.

Files kept for a case (evidence, scans of an explanation or an act) are stored under generated
names (domain.ports.AttachmentFiles); what is checked here is whether the bytes are what the
name says and what the rule pack accepts (`attachment_types`, `attachment_max_bytes`), and how
a user's file name is shown: never a path, never a character that disguises it.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from domain.errors import FieldError
from domain.procedure_params import ATTACHMENT_TYPES

E_TOO_LARGE = "attachment.too_large"
E_EMPTY = "attachment.empty"
E_TYPE_NOT_ALLOWED = "attachment.type_not_allowed"
E_TYPE_MISMATCH = "attachment.type_mismatch"
E_UNKNOWN = "attachment.unknown"  # an attachment id that is not the case's
E_STORAGE_MISSING = "attachment.storage_missing"  # no managed folder was configured

ERROR_CODES: frozenset[str] = frozenset(
    {E_TOO_LARGE, E_EMPTY, E_TYPE_NOT_ALLOWED, E_TYPE_MISMATCH, E_UNKNOWN, E_STORAGE_MISSING}
)

MEDIA_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "tiff": "image/tiff",
    "txt": "text/plain",
}
# The extensions each type may carry (lower case, with the dot).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "pdf": (".pdf",),
    "png": (".png",),
    "jpeg": (".jpg", ".jpeg", ".jpe"),
    "tiff": (".tif", ".tiff"),
    "txt": (".txt",),
}
# The signatures at offset 0: PDF 1.7 (ISO 32000) header, PNG (RFC 2083), JPEG SOI + marker,
# TIFF 6.0 little- and big-endian byte order marks with the magic number 42.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
assert set(MEDIA_TYPES) == set(EXTENSIONS) == set(ATTACHMENT_TYPES)

# Device names Windows reserves in any folder, with or without an extension.
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
_FALLBACK_NAME = "file"
MAX_DISPLAY_NAME_LENGTH = 255
# Control, format (bidi overrides such as U+202E, zero-width), surrogate and private-use marks.
_BAD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})


@dataclass(frozen=True)
class CheckedFile:
    """An accepted attachment: its detected type, media type and the name it is shown under."""

    file_type: str
    media_type: str
    display_name: str


def magic_type(head: bytes) -> str | None:
    """The binary type whose signature `head` starts with, or None."""
    for signature, file_type in _MAGIC:
        if head.startswith(signature):
            return file_type
    return None


def is_plain_text(chunks: Iterable[bytes]) -> bool:
    """Whether the bytes, read in any chunking, are valid UTF-8 without a NUL character."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in chunks:
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_type(head: bytes, text_chunks: Iterable[bytes] | None = None) -> str | None:
    """The file's type from its leading bytes; a file with no binary signature is "txt" when its
    whole content (`text_chunks`, or `head` alone if not given) is UTF-8 without NUL."""
    found = magic_type(head)
    if found is not None:
        return found
    return "txt" if is_plain_text(text_chunks if text_chunks is not None else [head]) else None


def extension_type(name: str) -> str | None:
    """The type a file name's extension claims, or None for none or an unknown one."""
    _, dot, ext = name.rpartition(".")
    if not dot:
        return None
    suffix = "." + ext.lower()
    return next((t for t, exts in EXTENSIONS.items() if suffix in exts), None)


def sanitize_display_name(name: str) -> str:
    """A user's file name made safe to show and to offer on saving: the last path part only,
    NFC, no control, format or bidi characters, single spaces, no trailing dots or spaces, a
    Windows device name (CON, NUL, COM1, ...) replaced by "file", at most 255 characters.

    `..\\..\\evil<U+202E>gpj.exe` -> `evilgpj.exe`; `CON.txt` -> `file.txt`; `` -> `file`.
    """
    text = unicodedata.normalize("NFC", name)
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    # Tabs and line breaks become spaces (then collapsed); other marks are dropped.
    text = "".join(" " if ch.isspace() else ch for ch in text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _BAD_CATEGORIES)
    text = " ".join(text.split()).rstrip(". ")
    stem, dot, ext = text.partition(".")
    if stem.strip().lower() in _RESERVED:
        text = _FALLBACK_NAME + dot + ext
    if not text.strip(". "):
        return _FALLBACK_NAME
    if len(text) > MAX_DISPLAY_NAME_LENGTH:
        base, dot, ext = text.rpartition(".")
        keep = ext if dot and base and len(ext) <= 10 else ""
        text = text[: MAX_DISPLAY_NAME_LENGTH - len(keep) - 1].rstrip(". ") + (
            "." + keep if keep else ""
        )
    return text


def check_attachment(
    source_name: str,
    display_name: str,
    size: int,
    detected: str | None,
    allowed: Sequence[str],
) -> tuple[CheckedFile | None, list[FieldError]]:
    """Whether a stored file may be kept (RELIABILITY S24): not empty, a type the pack accepts
    (`allowed`), told by its bytes (`detected`, see detect_type), and the extension of the file's
    own name agreeing with it; a display name with a known extension must agree too.

    Returns the accepted file, or the errors on field "file" (and "display_name").
    """
    if size == 0:
        return None, [FieldError("file", E_EMPTY)]
    claimed = extension_type(source_name)
    allowed_list = ",".join(allowed)
    if detected is None or detected not in allowed:
        params = {"detected": detected or "", "allowed": allowed_list}
        return None, [FieldError("file", E_TYPE_NOT_ALLOWED, params)]
    if claimed != detected:
        params = {"detected": detected, "extension": _extension(source_name)}
        return None, [FieldError("file", E_TYPE_MISMATCH, params)]
    shown = sanitize_display_name(display_name)
    shown_type = extension_type(shown)
    if shown_type is not None and shown_type != detected:
        params = {"detected": detected, "extension": _extension(shown)}
        return None, [FieldError("display_name", E_TYPE_MISMATCH, params)]
    if shown_type is None:
        shown = sanitize_display_name(shown + EXTENSIONS[detected][0])
    return CheckedFile(detected, MEDIA_TYPES[detected], shown), []


def _extension(name: str) -> str:
    _, dot, ext = name.rpartition(".")
    return ext.lower() if dot else ""
