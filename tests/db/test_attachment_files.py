"""The managed attachments folder on real files: copies and hashes, the size limit (by stat and
while streaming), nothing left behind on refusal, and names that never lead out of the root."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.attachment_files import CHUNK, HEAD, ManagedFolder, folder_beside, is_stored_name
from domain.errors import NotFound, ValidationFailed

MiB = 1024 * 1024
LIMIT = 20 * MiB


def _source(tmp_path: Path, data: bytes, name: str = "scan.pdf") -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _listing(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_a_file_is_copied_under_a_generated_name_with_its_hash(tmp_path: Path) -> None:
    root = folder_beside(tmp_path / "tartip.db")
    assert root == tmp_path / "tartip.db.files"
    folder = ManagedFolder(root)
    # Several chunks and a ragged end, so the streamed hash must join them in order.
    data = b"%PDF-1.7\n" + os.urandom(2 * CHUNK + 12345)
    source = _source(tmp_path, data, name="../../Объяснение <1>.pdf".replace("/", "_"))
    stored = folder.store(source, LIMIT)
    assert is_stored_name(stored.stored_name)
    assert stored.size == len(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.head == data[:HEAD]
    assert folder.path(stored.stored_name) == root.resolve() / stored.stored_name
    assert folder.path(stored.stored_name).read_bytes() == data
    assert source.read_bytes() == data  # the source is only read
    assert _listing(root) == [stored.stored_name]  # no temporary file left

    again = folder.store(source, LIMIT)
    assert again.stored_name != stored.stored_name
    folder.remove(stored.stored_name)
    folder.remove(stored.stored_name)  # already gone: not an error
    assert _listing(root) == [again.stored_name]


def test_small_and_empty_files(tmp_path: Path) -> None:
    folder = ManagedFolder(tmp_path / "files")
    empty = folder.store(_source(tmp_path, b"", "empty.txt"), LIMIT)
    assert (empty.size, empty.head) == (0, b"")
    assert empty.sha256 == hashlib.sha256(b"").hexdigest()
    tiny = folder.store(_source(tmp_path, b"\x89PNG", "tiny.png"), LIMIT)
    assert (tiny.size, tiny.head) == (4, b"\x89PNG")


def test_the_limit_is_inclusive(tmp_path: Path) -> None:
    folder = ManagedFolder(tmp_path / "files")
    data = os.urandom(CHUNK + 1)
    assert folder.store(_source(tmp_path, data), len(data)).size == len(data)
    with pytest.raises(ValidationFailed) as err:
        folder.store(_source(tmp_path, data), len(data) - 1)
    assert [(e.field, e.code, e.params) for e in err.value.errors] == [
        ("file", "attachment.too_large", {"max": len(data) - 1, "size": len(data)})
    ]
    assert len(_listing(tmp_path / "files")) == 1


def test_a_large_file_is_refused_by_its_size_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "incoming" / "video.pdf"
    big.parent.mkdir()
    with big.open("wb") as f:
        f.truncate(25 * 1000 * 1000)  # sparse: 25 MB that take no disk space
    root = tmp_path / "files"
    with pytest.raises(ValidationFailed) as err:
        ManagedFolder(root).store(big, LIMIT)
    assert err.value.errors[0].params == {"max": LIMIT, "size": 25 * 1000 * 1000}
    # Refused from the stat alone: not even the folder (nor a temporary file in it) was made.
    assert not root.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc")
def test_a_file_that_reports_no_size_is_stopped_while_streaming(tmp_path: Path) -> None:
    # /proc files are regular files whose stat says 0 bytes, yet reading them yields text: the
    # stat check passes, so only the count while streaming can refuse it.
    source = Path("/proc/self/maps")
    assert source.stat().st_size == 0 and len(source.read_bytes()) > 200
    root = tmp_path / "files"
    root.mkdir()
    with pytest.raises(ValidationFailed) as err:
        ManagedFolder(root).store(source, 100)
    assert err.value.errors[0].params == {"max": 100, "size": 101}  # one byte past, no more
    assert _listing(root) == []  # the temporary file is gone
    stored = ManagedFolder(root).store(source, LIMIT)
    assert stored.size > 200 and _listing(root) == [stored.stored_name]


def test_only_regular_files_are_copied(tmp_path: Path) -> None:
    root = tmp_path / "files"
    folder = ManagedFolder(root)
    with pytest.raises(OSError):
        folder.store(tmp_path, LIMIT)
    with pytest.raises(FileNotFoundError):
        folder.store(tmp_path / "missing.pdf", LIMIT)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        with pytest.raises(OSError):
            folder.store(fifo, LIMIT)  # refused before opening, which would block
    assert _listing(root) == []


BAD_NAMES = [
    "",
    ".",
    "..",
    "../" + "0" * 32,
    "0" * 31,
    "0" * 33,
    "A" * 32,  # generated names are lower case
    "g" * 32,
    "0" * 31 + "/",
    "/etc/passwd",
    "..\\..\\windows\\win.ini",
    "C:" + "0" * 30,
    "0" * 31 + "\x00",
    "0" * 32 + "\n",
    "٠" * 32,  # Arabic-Indic digits are \d in Unicode regexes, never hex here
    ".part-" + "0" * 26,
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_name_that_was_never_generated_is_refused(tmp_path: Path, name: str) -> None:
    folder = ManagedFolder(tmp_path / "files")
    with pytest.raises(NotFound):
        folder.path(name)
    with pytest.raises(NotFound):
        folder.remove(name)


def test_a_planted_link_does_not_lead_out_of_the_root(tmp_path: Path) -> None:
    root = tmp_path / "files"
    root.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("keep me")
    link = root / ("f" * 32)
    try:
        link.symlink_to(secret)
    except OSError:  # Windows without the symlink privilege
        pytest.skip("symlinks not permitted")
    folder = ManagedFolder(root)
    with pytest.raises(NotFound):
        folder.path(link.name)
    with pytest.raises(NotFound):
        folder.remove(link.name)
    assert secret.read_text() == "keep me"


@given(st.text(max_size=80))
def test_no_name_ever_resolves_outside_the_root(name: str) -> None:
    root = Path(__file__).resolve().parent / "no-such-attachments-folder"
    folder = ManagedFolder(root)
    try:
        path = folder.path(name)
    except NotFound:
        return
    assert path.parent == root and path.name == name and is_stored_name(name)
