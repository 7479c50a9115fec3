"""S15: password storage — argon2id PHC strings, unique salts, parameters, rehash, Unicode."""

from __future__ import annotations

import unicodedata

import pytest

from db.passwords import MIN_MEMORY_KIB, MIN_PARALLELISM, MIN_TIME_COST, PROFILES, Argon2Hasher
from domain.auth_service import password_errors
from domain.authz import Role
from tests.auth.auth_env import Session, SpyHasher


def test_hashes_are_argon2id_with_unique_salts() -> None:
    hasher = Argon2Hasher("test")
    hashes = [hasher.hash(f"password-{i}") for i in range(200)]
    assert all(h.startswith("$argon2id$") for h in hashes)
    salts = {h.split("$")[4] for h in hashes}
    assert len(salts) == 200
    # The same password twice: different salts, both verify.
    a, b = hasher.hash("same password"), hasher.hash("same password")
    assert a != b and hasher.verify(a, "same password") and hasher.verify(b, "same password")


def test_production_parameters_meet_the_minimum() -> None:
    prod = PROFILES["production"]
    assert prod["memory_cost"] >= MIN_MEMORY_KIB >= 19456
    assert prod["time_cost"] >= MIN_TIME_COST >= 2
    assert prod["parallelism"] >= MIN_PARALLELISM >= 1
    hasher = Argon2Hasher()  # the default is production
    assert (hasher.memory_cost, hasher.time_cost, hasher.parallelism) == (19456, 2, 1)
    assert hasher.hash("x" * 8).startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_unicode_forms_verify_alike_and_nothing_is_truncated() -> None:
    hasher = Argon2Hasher("test")
    nfc = unicodedata.normalize("NFC", "Йошкар-Ёлка")
    nfd = unicodedata.normalize("NFD", "Йошкар-Ёлка")
    assert nfc != nfd
    for stored, typed in ((nfc, nfd), (nfd, nfc), (nfc, nfc)):
        assert hasher.verify(hasher.hash(stored), typed)
    long = "".join(chr(0x430 + i % 32) for i in range(128))
    assert len(long) == 128 and hasher.verify(hasher.hash(long), long)
    base = "a" * 100
    changed = base[:80] + "b" + base[81:]  # differs only at character 81 (> 72 bytes)
    assert not hasher.verify(hasher.hash(base), changed)
    assert not hasher.verify("not a hash", base)


def test_password_policy_counts_characters_after_nfc() -> None:
    assert password_errors("1234567")[0].code == "auth.password_short"
    assert password_errors("12345678") == []
    assert password_errors("x" * 256) == []
    assert password_errors("x" * 257)[0].code == "auth.password_long"
    # 8 characters typed decomposed are 16 code points, still 8 characters.
    assert password_errors(unicodedata.normalize("NFD", "ЁЁЁЁЙЙЙЙ")) == []
    assert password_errors(unicodedata.normalize("NFD", "ЁЁЁЙЙЙЙ"))[0].code == "auth.password_short"


def test_login_rehashes_after_the_parameters_were_raised(session: Session) -> None:
    session.auth.create_first_admin("Admin", "Администратор", "first-password")
    old = _hash_of(session, "admin")
    assert "$m=64,t=1,p=1$" in old
    stronger = SpyHasher(memory_cost=128, time_cost=2)
    session.auth._hasher = stronger  # the installation raised its parameters
    assert stronger.needs_rehash(old)
    session.auth.login("ADMIN", "first-password")
    new = _hash_of(session, "admin")
    assert new != old and "$m=128,t=2,p=1$" in new and stronger.verify(new, "first-password")
    session.auth.login("admin", "first-password")
    assert _hash_of(session, "admin") == new  # no rehash when nothing changed
    assert session.guard.user is not None and session.guard.user.role is Role.ADMIN


def _hash_of(session: Session, login: str) -> str:
    with session.database.uow(read_only=True) as uow:
        stored = uow.users.by_login(login)
    assert stored is not None
    return stored.password_hash


@pytest.mark.parametrize("login", ["Ёлка", "ЁЛКА", unicodedata.normalize("NFD", " Ёлка ")])
def test_logins_are_nfc_casefolded(session: Session, login: str) -> None:
    session.auth.create_first_admin("ёлка", "Ёлка", "password-1")
    session.auth.logout()
    assert session.auth.login(login, "password-1").login == "ёлка"
