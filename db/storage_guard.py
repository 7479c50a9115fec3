"""Where an SQLite file lives: local disk, network share, removable drive or a cloud-synced folder.

SQLite's WAL "does not work over a network filesystem" and network locking "is buggy in many
implementations" (RELIABILITY.md finding 5), so a network location is refused (S7). A removable
drive can vanish mid-write and a sync client can upload a half-written file or restore an old
one over the live database: both open after a warning the user confirms.

Every system lookup is injectable (`drive_type`, `mounts`, `environ`) so the table of S7 runs on
any machine; the defaults read the real system.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from domain.errors import StorageError, StorageErrorKind

__all__ = [
    "Location",
    "Placement",
    "classify",
    "refuse_network",
]

# GetDriveTypeW results (winbase.h).
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
DRIVE_REMOTE = 4
DRIVE_CDROM = 5
DRIVE_RAMDISK = 6

# File system types of /proc/mounts that put the data on another machine.
NETWORK_FS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
        "lustre", "coda", "davfs", "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.cephfs",
        "fuse.davfs2", "fuse.s3fs", "fuse.smbnetfs", "fuse.rclone", "beegfs", "gpfs", "orangefs",
    }
)  # fmt: skip
# Mount points under these folders are the desktop's automounted removable media.
_REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/usb")
# Folder names sync clients create (case-insensitive); "OneDrive - Org" is the business form.
_CLOUD_NAMES = re.compile(
    r"^(onedrive( - .+)?|dropbox( \(.+\))?|google ?drive|my drive|icloud ?drive|"
    r"com~apple~clouddocs|yandex\.disk|yandexdisk|box sync|nextcloud|owncloud|pcloud)$",
    re.IGNORECASE,
)
# Environment variables the OneDrive client sets to its folders.
_CLOUD_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


class Location(StrEnum):
    """What kind of storage holds a file."""

    LOCAL = "local"
    NETWORK = "network"
    REMOVABLE = "removable"
    CLOUD = "cloud"


@dataclass(frozen=True)
class Placement:
    """A classified path and why it was put in that class (for the log and the warning)."""

    location: Location
    reason: str

    @property
    def needs_confirmation(self) -> bool:
        """Removable and cloud-synced locations open only after the user confirms a warning."""
        return self.location in (Location.REMOVABLE, Location.CLOUD)


def classify(
    path: str | os.PathLike[str],
    *,
    windows: bool | None = None,
    drive_type: Callable[[str], int] | None = None,
    mounts: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Placement:
    """Classify `path` (need not exist). `windows` picks the path rules (default: this system);
    `drive_type(root)` answers like GetDriveTypeW; `mounts` is the text of /proc/mounts."""
    text = os.fspath(path)
    if windows is None:
        windows = sys.platform == "win32"
    env = os.environ if environ is None else environ
    if windows or _looks_windows(text):
        return _classify_windows(text, drive_type, env)
    return _classify_posix(text, mounts, env)


def refuse_network(path: str | os.PathLike[str], **lookups: object) -> Placement:
    """The placement of an SQLite file; raises StorageError NETWORK_SHARE when it is remote."""
    placement = classify(path, **lookups)  # type: ignore[arg-type]
    if placement.location is Location.NETWORK:
        raise StorageError(
            StorageErrorKind.NETWORK_SHARE,
            f"{os.fspath(path)}: {placement.reason}; use the server mode (PostgreSQL) to share "
            "a database between users",
        )
    return placement


# --- Windows ---------------------------------------------------------------------------------


def _looks_windows(text: str) -> bool:
    return text.startswith(("\\\\", "//")) or bool(re.match(r"^[A-Za-z]:[\\/]", text))


def _classify_windows(
    text: str, drive_type: Callable[[str], int] | None, env: Mapping[str, str]
) -> Placement:
    norm = text.replace("/", "\\")
    if norm.startswith("\\\\?\\UNC\\") or norm.startswith("\\\\.\\UNC\\"):
        return Placement(Location.NETWORK, "UNC path")
    if norm.startswith(("\\\\?\\", "\\\\.\\")):
        norm = norm[4:]  # the long-path prefix in front of a drive letter
    elif norm.startswith("\\\\"):
        return Placement(Location.NETWORK, "UNC path")
    pure = PureWindowsPath(norm)
    if pure.drive and len(pure.drive) == 2:
        kind = (drive_type or _get_drive_type)(pure.drive + "\\")
        if kind == DRIVE_REMOTE:
            return Placement(Location.NETWORK, f"mapped network drive {pure.drive}")
        if kind in (DRIVE_REMOVABLE, DRIVE_CDROM):
            return Placement(Location.REMOVABLE, f"removable drive {pure.drive}")
    return _cloud_or_local(pure, env, PureWindowsPath)


def _get_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return DRIVE_FIXED
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


# --- POSIX -----------------------------------------------------------------------------------


def _classify_posix(text: str, mounts: str | None, env: Mapping[str, str]) -> Placement:
    pure = PurePosixPath(os.path.abspath(text) if mounts is None else text)
    if mounts is None:
        mounts = _read_mounts()
    mount = _mount_of(str(pure), mounts)
    if mount is not None:
        point, fstype = mount
        if fstype in NETWORK_FS or fstype.startswith("nfs"):
            return Placement(Location.NETWORK, f"{fstype} mount at {point}")
        if any((point + "/").startswith(root) for root in _REMOVABLE_MOUNT_ROOTS):
            return Placement(Location.REMOVABLE, f"{fstype} removable mount at {point}")
    return _cloud_or_local(pure, env, PurePosixPath)


def _read_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""  # not Linux (or no /proc): only the path's folder names are looked at


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _mount_of(path: str, mounts: str) -> tuple[str, str] | None:
    """The mount point (longest prefix) holding `path` and its file system type."""
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        prefix = point.rstrip("/") + "/"
        if (path == point or path.startswith(prefix) or point == "/") and (
            best is None or len(point) >= len(best[0])
        ):
            best = (point, fstype)
    return best


# --- cloud-synced folders --------------------------------------------------------------------


def _cloud_or_local(pure: PurePath, env: Mapping[str, str], flavour: type[PurePath]) -> Placement:
    for name in _CLOUD_ENV:
        root = env.get(name)
        if root and _is_under(pure, flavour(root)):
            return Placement(Location.CLOUD, f"inside the {name} folder")
    for part in pure.parts[:-1]:
        if _CLOUD_NAMES.match(part.strip()):
            return Placement(Location.CLOUD, f"inside a synced folder {part!r}")
    return Placement(Location.LOCAL, "local disk")


def _is_under(path: PurePath, root: PurePath) -> bool:
    if isinstance(path, PureWindowsPath):
        a, b = str(path).casefold(), str(root).casefold().rstrip("\\")
        return a == b or a.startswith(b + "\\")
    return path == root or root in path.parents
