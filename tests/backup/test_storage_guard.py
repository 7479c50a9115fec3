"""S7: where the SQLite file lives. Network refused (advice: the server mode), removable and
cloud-synced folders warned about, local disks accepted; system lookups are injected."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import open_database
from db.storage_guard import (
    DRIVE_CDROM,
    DRIVE_FIXED,
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    Location,
    classify,
    refuse_network,
)
from domain.errors import StorageError, StorageErrorKind

MOUNTS = """\
overlay / overlay rw,relatime 0 0
/dev/sda1 /home ext4 rw,relatime 0 0
/dev/sdb1 /data xfs rw 0 0
/dev/sdc1 /srv/btr btrfs rw 0 0
tmpfs /tmp tmpfs rw,nosuid 0 0
srv:/export /mnt/nfs nfs rw,vers=3 0 0
srv:/export4 /mnt/nfs4 nfs4 rw 0 0
//srv/share /mnt/smb cifs rw 0 0
//srv/share3 /mnt/smb3 smb3 rw 0 0
user@host:/home /mnt/ssh fuse.sshfs rw 0 0
drvfs /mnt/c 9p rw 0 0
/dev/sdd1 /media/user/USB\\040STICK vfat rw 0 0
/dev/sde1 /run/media/user/disk exfat rw 0 0
"""

DRIVES = {"C:\\": DRIVE_FIXED, "Z:\\": DRIVE_REMOTE, "E:\\": DRIVE_REMOVABLE, "D:\\": DRIVE_CDROM}
ONEDRIVE_ENV = {"OneDrive": r"C:\Users\aida\OneDrive - Akimat"}

WINDOWS = [
    (r"C:\Users\aida\AppData\Local\Tartip\tartip.db", Location.LOCAL),
    (r"\\srv\share\tartip\tartip.db", Location.NETWORK),
    ("//srv/share/tartip.db", Location.NETWORK),
    (r"\\?\UNC\srv\share\tartip.db", Location.NETWORK),
    (r"\\?\C:\Tartip\tartip.db", Location.LOCAL),
    (r"Z:\HR\tartip.db", Location.NETWORK),  # mapped network drive
    (r"E:\tartip.db", Location.REMOVABLE),
    (r"D:\tartip.db", Location.REMOVABLE),
    (r"C:\Users\aida\OneDrive - Akimat\Documents\tartip.db", Location.CLOUD),
    (r"C:\Users\aida\OneDrive\Documents\tartip.db", Location.CLOUD),
    (r"C:\Users\aida\Dropbox\tartip.db", Location.CLOUD),
    (r"C:\Users\aida\Google Drive\tartip.db", Location.CLOUD),
    (r"C:\Users\aida\iCloudDrive\tartip.db", Location.CLOUD),
    (r"C:\Users\aida\Documents\drop\tartip.db", Location.LOCAL),
]

POSIX = [
    ("/home/aida/.local/share/Tartip/tartip.db", Location.LOCAL),  # ext4
    ("/data/tartip.db", Location.LOCAL),  # xfs
    ("/srv/btr/tartip.db", Location.LOCAL),  # btrfs
    ("/tmp/tartip.db", Location.LOCAL),  # tmpfs
    ("/var/lib/tartip.db", Location.LOCAL),  # overlay root
    ("/mnt/nfs/tartip.db", Location.NETWORK),
    ("/mnt/nfs4/hr/tartip.db", Location.NETWORK),
    ("/mnt/smb/tartip.db", Location.NETWORK),
    ("/mnt/smb3/tartip.db", Location.NETWORK),
    ("/mnt/ssh/tartip.db", Location.NETWORK),
    ("/mnt/c/Users/aida/tartip.db", Location.NETWORK),  # 9p
    ("/mnt/nfsx/tartip.db", Location.LOCAL),  # a prefix of a mount point is not inside it
    ("/media/user/USB STICK/tartip.db", Location.REMOVABLE),
    ("/run/media/user/disk/tartip.db", Location.REMOVABLE),
    ("/home/aida/Dropbox/tartip.db", Location.CLOUD),
    ("/home/aida/Library/Mobile Documents/com~apple~CloudDocs/tartip.db", Location.CLOUD),
]


@pytest.mark.parametrize(("path", "expected"), WINDOWS)
def test_windows_paths(path: str, expected: Location) -> None:
    placement = classify(
        path, windows=True, drive_type=lambda root: DRIVES.get(root, DRIVE_FIXED),
        environ=ONEDRIVE_ENV,
    )  # fmt: skip
    assert placement.location is expected, placement
    assert placement.needs_confirmation is (expected in (Location.REMOVABLE, Location.CLOUD))


@pytest.mark.parametrize(("path", "expected"), POSIX)
def test_linux_paths(path: str, expected: Location) -> None:
    placement = classify(path, windows=False, mounts=MOUNTS, environ={})
    assert placement.location is expected, placement


def test_the_table_is_large_enough_and_covers_every_class() -> None:
    assert len(WINDOWS) + len(POSIX) >= 12
    assert {e for _, e in WINDOWS} == {e for _, e in POSIX} == set(Location)


def test_a_network_location_is_refused_with_the_server_mode_advice() -> None:
    with pytest.raises(StorageError) as refused:
        refuse_network("/mnt/nfs/tartip.db", windows=False, mounts=MOUNTS, environ={})
    assert refused.value.kind is StorageErrorKind.NETWORK_SHARE
    assert "PostgreSQL" in str(refused.value)
    assert refuse_network("/home/x.db", windows=False, mounts=MOUNTS, environ={}).location is (
        Location.LOCAL
    )


def test_open_database_refuses_a_file_on_a_network_mount(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.storage_guard as guard

    # The system's mount table is the one lookup replaced: tmp_path becomes an NFS mount.
    monkeypatch.setattr(guard, "_read_mounts", lambda: f"srv:/x {tmp_path} nfs4 rw 0 0\n")
    target = tmp_path / "shared" / "tartip.db"
    with pytest.raises(StorageError) as refused:
        open_database(target)
    assert refused.value.kind is StorageErrorKind.NETWORK_SHARE
    assert not target.parent.exists()  # refused before anything was created


def test_the_real_temporary_folder_is_accepted(tmp_path: Path) -> None:
    assert classify(tmp_path / "x.db").location is not Location.NETWORK
    open_database(tmp_path / "x.db").dispose()


def test_every_location_that_needs_confirmation_has_a_warning() -> None:
    from ui.messages import LOCATION_WARNINGS, location_warning

    needing = {loc.value for loc in Location if classify_needs(loc)}
    assert needing == set(LOCATION_WARNINGS) == {"removable", "cloud"}
    assert location_warning("local") == ""


def classify_needs(location: Location) -> bool:
    from db.storage_guard import Placement

    return Placement(location, "").needs_confirmation
