"""Encryption at rest: SQLCipher databases keyed from a passphrase, and the key file beside them.

The passphrase is stretched once with argon2id into a 256-bit raw key; SQLCipher then gets that
key with the file's salt (`PRAGMA key = "x'<key><salt>'"`), so opening a connection costs no
key derivation (SQLCipher's own PBKDF2 would run 256,000 iterations for every pooled
connection). The salt is the file's first 16 bytes, where SQLCipher keeps it anyway.

The key file `<db>.tkey` holds no secret: the salt, the argon2id parameters and a check value
(an HMAC of a constant under the key). It is what tells a wrong passphrase (the check fails)
from a damaged file (the check passes, SQLCipher still cannot read page 1, or the file's salt
no longer matches) — two different things for the person at the keyboard (S18). Losing it loses
no data: the salt is in the file and the parameters default to the ones this build writes.

Unlocked keys are kept for the process in `UNLOCKED`, found by salt: a backup taken through the
backup API carries the live file's salt, so backups, restore candidates and the recovery tools
open with the key the user already gave, and never ask again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from domain.errors import StorageError, StorageErrorKind

__all__ = [
    "DEFAULT_KDF",
    "KEY_FILE_SUFFIX",
    "UNLOCKED",
    "CipherKey",
    "KdfParams",
    "KeyFile",
    "Keyring",
    "connect_file",
    "create_key",
    "driver_module",
    "has_plain_header",
    "ensure_key_file",
    "is_encrypted",
    "key_file_path",
    "key_pragma",
    "read_key_file",
    "rekey_file",
    "salt_of",
    "unlock",
    "write_key_file",
]

KEY_FILE_SUFFIX = ".tkey"
_FORMAT = "tartip-sqlcipher/1"
_SALT_BYTES = 16
_KEY_BYTES = 32
_CHECK_LABEL = b"tartip database key check v1"
SQLITE_HEADER = b"SQLite format 3\x00"  # a plain file's first 16 bytes (db.engine uses it too)


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost: 64 MiB and 3 passes take about 0.2 s here, once per unlock."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 1


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class CipherKey:
    """A raw SQLCipher key and the salt it is used with; never printed."""

    key: bytes = field(repr=False)
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.key) != _KEY_BYTES or len(self.salt) != _SALT_BYTES:
            raise ValueError("a key is 32 bytes and a salt 16")


def key_pragma(key: CipherKey) -> str:
    """The PRAGMA that keys a connection: hex digits only, so nothing can be injected."""
    return f"PRAGMA key = \"x'{key.key.hex()}{key.salt.hex()}'\""


@dataclass(frozen=True)
class KeyFile:
    """What `<db>.tkey` holds: salt, KDF parameters and the key's check value."""

    salt: bytes
    kdf: KdfParams
    check: bytes

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": _FORMAT,
                "cipher": "sqlcipher4",
                "kdf": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "parallelism": self.kdf.parallelism,
                "salt": self.salt.hex(),
                "check": self.check.hex(),
            },
            indent=2,
        )

    @classmethod
    def for_key(cls, key: CipherKey, kdf: KdfParams = DEFAULT_KDF) -> KeyFile:
        return cls(key.salt, kdf, _check_value(key.key))

    @classmethod
    def parse(cls, text: str) -> KeyFile:
        try:
            data = json.loads(text)
            if data.get("format") != _FORMAT or data.get("kdf") != "argon2id":
                raise ValueError(f"unknown key file format {data.get('format')!r}")
            params = KdfParams(
                int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"])
            )
            return cls(bytes.fromhex(data["salt"]), params, bytes.fromhex(data["check"]))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StorageError(StorageErrorKind.CORRUPT, f"key file: {exc}") from exc


def key_file_path(database: Path) -> Path:
    return database.with_name(database.name + KEY_FILE_SUFFIX)


def salt_of(path: Path) -> bytes | None:
    """The file's first 16 bytes when they are not SQLite's plain-text magic string."""
    try:
        with path.open("rb") as f:
            head = f.read(_SALT_BYTES)
    except OSError:
        return None
    if len(head) < _SALT_BYTES or head == SQLITE_HEADER:
        return None
    return head


def has_plain_header(path: Path) -> bool:
    """Whether `path` starts as a plain (unencrypted) SQLite file does."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_encrypted(database: Path) -> bool:
    """A Tartip database encrypted here: its key file beside it and no plain SQLite header.

    (A key file beside a plain file is what an interrupted encryption leaves: the file is still
    the plain one, and the next encryption writes a new key file.)
    """
    return key_file_path(database).is_file() and salt_of(database) is not None


def derive(passphrase: str, salt: bytes, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    """argon2id of the NFC form of the passphrase (the same words typed on another keyboard
    layout or composed differently give the same key)."""
    from argon2.low_level import Type, hash_secret_raw

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret, salt, kdf.time_cost, kdf.memory_kib, kdf.parallelism, _KEY_BYTES, Type.ID
    )


def _check_value(key: bytes) -> bytes:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).digest()


def create_key(passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> tuple[CipherKey, KeyFile]:
    """A new random salt and the key the passphrase gives with it."""
    salt = os.urandom(_SALT_BYTES)
    raw = derive(passphrase, salt, kdf)
    return CipherKey(raw, salt), KeyFile(salt, kdf, _check_value(raw))


class Keyring:
    """The keys unlocked in this process, by salt."""

    def __init__(self) -> None:
        self._keys: dict[bytes, CipherKey] = {}

    def add(self, key: CipherKey) -> None:
        self._keys[key.salt] = key

    def for_file(self, path: Path) -> CipherKey | None:
        salt = salt_of(path)
        return self._keys.get(salt) if salt is not None else None

    def forget(self) -> None:
        self._keys.clear()


UNLOCKED = Keyring()


def unlock(
    database: Path, passphrase: str, *, key_file: Path | None = None, keyring: Keyring = UNLOCKED
) -> CipherKey:
    """The key of an encrypted database, checked and kept in `keyring`.

    Raises StorageError WRONG_PASSWORD (the key file's check value disagrees, or, without a key
    file, SQLCipher cannot read the file with the key), CORRUPT (the passphrase is right but the
    file's salt or first page is damaged), NOT_A_DATABASE (a plain or empty file).
    `key_file` defaults to the one beside `database`; a backup is opened with the live file's.
    """
    salt = salt_of(database)
    if salt is None:
        raise StorageError(StorageErrorKind.NOT_A_DATABASE, f"{database}: not an encrypted file")
    stored = read_key_file(key_file or key_file_path(database))
    kdf = stored.kdf if stored is not None else DEFAULT_KDF
    raw = derive(passphrase, stored.salt if stored is not None else salt, kdf)
    checks = stored is not None and hmac.compare_digest(_check_value(raw), stored.check)
    if stored is not None and salt != stored.salt:
        if not checks:
            raise StorageError(StorageErrorKind.WRONG_PASSWORD, "the key check value differs")
        # The key is right: kept, so that the backups (which carry the salt) can be read by
        # the recovery that follows.
        keyring.add(CipherKey(raw, stored.salt))
        raise StorageError(StorageErrorKind.CORRUPT, "the file's salt (header) is damaged")
    key = CipherKey(raw, salt)
    # The first page decides; the check value only tells a wrong passphrase from damage.
    problem = _first_page_problem(database, key)
    if problem is None:
        keyring.add(key)
        if stored is not None and not checks and key_file is None:
            # The file opens, yet the check value is another key's: a passphrase change was
            # interrupted between the file and its key file. The file is right.
            write_key_file(database, KeyFile.for_key(key, kdf))
        return key
    if not checks:
        raise StorageError(StorageErrorKind.WRONG_PASSWORD, f"the key does not open it; {problem}")
    keyring.add(key)  # right key, damaged file: the backups still open with it
    raise StorageError(StorageErrorKind.CORRUPT, f"first page unreadable: {problem}")


def rekey_file(path: Path, old: CipherKey, new: CipherKey) -> None:
    """Re-encrypt `path` from `old` to `new` in place (SQLCipher's PRAGMA rekey rewrites every
    page in one transaction; a crash leaves the old key). The salt stays the file's."""
    if new.salt != old.salt:
        raise ValueError("a rekey keeps the file's salt")
    module = driver_module()
    try:
        con = connect_file(path, old)
    except module.Error as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{path}: {exc}") from exc
    try:
        con.execute(f"PRAGMA rekey = \"x'{new.key.hex()}{new.salt.hex()}'\"")
    except module.Error as exc:
        from db.errors import as_storage_error

        raise as_storage_error(exc) or StorageError(StorageErrorKind.CANNOT_OPEN, str(exc)) from exc
    finally:
        con.close()


def read_key_file(path: Path) -> KeyFile | None:
    """The key file at `path`, or None when there is none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{path}: {exc}") from exc
    return KeyFile.parse(text)


def write_key_file(database: Path, key_file: KeyFile) -> Path:
    """Write `<db>.tkey` durably (temporary file, fsync, rename)."""
    target = key_file_path(database)
    tmp = target.with_name(target.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as f:
            f.write(key_file.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(StorageErrorKind.CANNOT_OPEN, f"{target}: {exc}") from exc
    return target


def ensure_key_file(database: Path, key: CipherKey) -> None:
    """Give `database` (about to hold data encrypted with `key`, e.g. a restored backup) a key
    file for that key, unless the one beside it already is (a key file keeps its KDF
    parameters; a rebuilt one assumes this build's, which every key it wrote used)."""
    stored = read_key_file(key_file_path(database))
    if (
        stored is not None
        and stored.salt == key.salt
        and hmac.compare_digest(stored.check, _check_value(key.key))
    ):
        return
    write_key_file(database, KeyFile.for_key(key))


def _first_page_problem(database: Path, key: CipherKey) -> str | None:
    module = driver_module()
    try:
        con = connect_file(database, key, read_only=True, immutable=True)
    except module.Error as exc:
        return f"{type(exc).__name__}: {exc}"
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.Error as exc:
        return f"{type(exc).__name__}: {exc}"
    finally:
        con.close()
    return None


def driver_module() -> Any:
    """SQLCipher's DB-API module (sqlcipher3), imported on first use: plain files never load it."""
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError as exc:  # a build without the wheel: say so instead of failing obscurely
        raise StorageError(
            StorageErrorKind.CANNOT_OPEN, "encryption support (sqlcipher3) is not installed"
        ) from exc
    return module


def connect_file(
    path: Path,
    key: CipherKey | None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    timeout: float = 5.0,
) -> Any:
    """An autocommit DB-API connection on `path`: SQLCipher keyed with `key`, or plain sqlite3.

    Read-only connections use `mode=ro` (and `immutable=1` when asked: no -wal/-shm created).
    """
    uri = path.resolve().as_uri()
    if read_only:
        uri += "?mode=ro" + ("&immutable=1" if immutable else "")
    if key is None:
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=timeout)
    con = driver_module().connect(uri, uri=True, isolation_level=None, timeout=timeout)
    keyed_connection(con, key)
    return con


def keyed_connection(con: Any, key: CipherKey) -> None:
    """Key a fresh SQLCipher connection (first statement on it) and keep its logs off stderr:
    a wrong key would otherwise print SQLCipher's HMAC failures on the user's console."""
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(key_pragma(key))
    # Temporary tables and sort spills stay in memory: SQLCipher encrypts temp files, but none
    # is better than an encrypted one in a shared temp folder.
    con.execute("PRAGMA temp_store = MEMORY")
