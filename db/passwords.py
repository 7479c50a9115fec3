"""Argon2id password hashing (argon2-cffi) behind the domain's PasswordHasher port."""

from __future__ import annotations

import unicodedata
from typing import Literal

from argon2 import PasswordHasher as _Argon2
from argon2 import Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

Profile = Literal["production", "test"]

# OWASP / RFC 9106 floor for argon2id is m=19456 KiB, t=2, p=1; production sits above it.
MIN_MEMORY_KIB = 19456
MIN_TIME_COST = 2
MIN_PARALLELISM = 1
PROFILES: dict[str, dict[str, int]] = {
    "production": {"memory_cost": 19456, "time_cost": 2, "parallelism": 1},
    # Tests only: fast, still a real argon2id with a 16-byte random salt.
    "test": {"memory_cost": 64, "time_cost": 1, "parallelism": 1},
}


def _nfc(password: str) -> str:
    # One user types "Ё" as one code point, another keyboard sends "Е" + U+0308: both must verify.
    return unicodedata.normalize("NFC", password)


class Argon2Hasher:
    """Argon2id PHC strings (`$argon2id$v=19$m=...`); the whole password is hashed, never
    truncated (argon2 has no 72-byte limit, unlike bcrypt)."""

    def __init__(self, profile: Profile = "production", **overrides: int) -> None:
        params = PROFILES[profile] | overrides
        self.profile = profile
        self.memory_cost = params["memory_cost"]
        self.time_cost = params["time_cost"]
        self.parallelism = params["parallelism"]
        self._ph = _Argon2(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=32,
            salt_len=16,
            type=Type.ID,
        )

    def hash(self, password: str) -> str:
        return self._ph.hash(_nfc(password))

    def verify(self, phc: str, password: str) -> bool:
        try:
            return self._ph.verify(phc, _nfc(password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, phc: str) -> bool:
        try:
            return self._ph.check_needs_rehash(phc)
        except InvalidHashError:
            return True
