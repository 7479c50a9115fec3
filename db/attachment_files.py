"""The managed folder attachments are copied into (ports.AttachmentFiles): generated names only.

A stored file is named by a uuid4 in hex, so no user text ever reaches a path, and a name read
back from the database is checked to be exactly that before it is joined to the root; the joined
path is resolved and must still sit directly in the root (a planted symlink does not lead out).
A copy streams through a temporary file in the same folder (so `os.replace` is an atomic rename),
hashing on the way, and is fsynced before it gets its name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import uuid
from pathlib import Path

from domain.errors import FieldError, NotFound, ValidationFailed
from domain.ports import StoredFile

CHUNK = 1024 * 1024  # bytes read per step: memory stays flat whatever the file's size
HEAD = 64  # bytes kept for the type check
_NAME = re.compile(r"[0-9a-f]{32}")
_TEMP_PREFIX = ".part-"  # never matches _NAME, so a half-copied file is never served


def is_stored_name(name: str) -> bool:
    """Whether `name` is one ManagedFolder could have generated (32 lower-case hex digits)."""
    return _NAME.fullmatch(name) is not None


def folder_beside(database_file: str | os.PathLike[str]) -> Path:
    """The managed folder of an SQLite file: `<file name>.files` in the same folder."""
    path = Path(database_file)
    return path.with_name(path.name + ".files")


def too_large(max_bytes: int, size: int) -> ValidationFailed:
    return ValidationFailed(
        [FieldError("file", "attachment.too_large", {"max": max_bytes, "size": size})]
    )


class ManagedFolder:
    """Attachments kept under `root` (created on the first store) by generated names."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self._root = Path(root)

    @property
    def root(self) -> Path:
        return self._root

    def store(self, source: str | os.PathLike[str], max_bytes: int) -> StoredFile:
        """Copy `source` in under a new name; refuse it, leaving nothing, past `max_bytes`.

        The size is checked by stat before a byte is read, and again while streaming (a file may
        grow, and some files report no size): at most `max_bytes + 1` bytes are ever read.
        Raises ValidationFailed (attachment.too_large, params max and size) or OSError when
        `source` cannot be read; anything but a regular file is an OSError before it is opened
        (opening a FIFO would block).
        """
        src = Path(source)
        info = src.stat()
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"not a regular file: {src}")
        if info.st_size > max_bytes:
            raise too_large(max_bytes, info.st_size)
        root = self._ensure_root()
        fd, temp = tempfile.mkstemp(dir=root, prefix=_TEMP_PREFIX)
        try:
            digest = hashlib.sha256()
            head = b""
            size = 0
            with os.fdopen(fd, "wb") as out, src.open("rb") as f:
                if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                    raise OSError(f"not a regular file: {src}")  # swapped since the stat
                while True:
                    chunk = f.read(min(CHUNK, max_bytes + 1 - size))
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > max_bytes:
                        raise too_large(max_bytes, size)
                    if len(head) < HEAD:
                        head += chunk[: HEAD - len(head)]
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            name = uuid.uuid4().hex
            os.replace(temp, root / name)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        _sync_folder(root)
        return StoredFile(stored_name=name, size=size, sha256=digest.hexdigest(), head=head)

    def path(self, stored_name: str) -> Path:
        """Where the stored file is (it may be missing); NotFound for a name never generated."""
        root = self._root.resolve()
        if not is_stored_name(stored_name):
            raise NotFound(f"attachment file {stored_name!r}")
        target = (root / stored_name).resolve()
        if target.parent != root:
            raise NotFound(f"attachment file {stored_name!r} leads outside {root}")
        return target

    def remove(self, stored_name: str) -> None:
        """Delete a stored file; one already gone is not an error."""
        with contextlib.suppress(FileNotFoundError):
            self.path(stored_name).unlink()

    def _ensure_root(self) -> Path:
        self._root.mkdir(parents=True, exist_ok=True)
        return self._root.resolve()


def _sync_folder(folder: Path) -> None:
    """Make the rename durable: fsync the folder's entry list (POSIX only; Windows cannot)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
