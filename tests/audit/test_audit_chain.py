"""S11: the chain detects each tamper case at its first bad seq; clean chains pass; 100k fast."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.audit_key import AnchorFile, keyring_for
from db.engine import Database
from domain.audit import (
    GENESIS,
    Anchor,
    AuditEntry,
    ChainProblem,
    _payload,
    canonical_json,
    is_clock_rollback,
    parse_ts,
    redact,
    reference_payload,
    verify_chain,
)
from domain.audit_service import AuditService
from tests.audit.chains import insert_rows, make_chain, tamper
from tests.audit.chains import recompute as _recompute

N = 100_000
KEY = bytes(range(32))
KEYS = keyring_for(KEY)


@pytest.fixture(scope="module")
def big_chain() -> list[AuditEntry]:
    return make_chain(N, KEY)


def test_canonical_json_is_sorted_compact_nfc_and_readable() -> None:
    nfd = "\u0418\u0306ошкар"  # И + combining breve
    assert nfd != "Йошкар"
    assert canonical_json({"b": 1, "a": [nfd, "ә"]}) == '{"a":["Йошкар","ә"],"b":1}'


def test_secrets_are_redacted_at_any_depth() -> None:
    out = redact({"login": "x", "password_hash": "$argon2id$...", "nested": {"new_password": "p"}})
    assert out == {
        "login": "x",
        "password_hash": "[redacted]",
        "nested": {"new_password": "[redacted]"},
    }


def test_clock_rollback_threshold_is_five_minutes() -> None:
    newest = "2026-03-16T06:00:00.000000Z"
    at = parse_ts(newest)
    from datetime import timedelta

    assert not is_clock_rollback(newest, at - timedelta(minutes=4, seconds=59))
    assert is_clock_rollback(newest, at - timedelta(minutes=5, seconds=1))
    assert not is_clock_rollback(None, at)


@pytest.mark.parametrize("seed_key", [KEY, b"\x01" * 32, None])
def test_clean_chains_verify_without_false_positives(seed_key: bytes | None) -> None:
    entries = make_chain(3000, seed_key)
    verdict = verify_chain(entries, keyring_for(seed_key), Anchor(3000, entries[-1].hash))
    assert verdict.ok and verdict.count == 3000 and verdict.head_seq == 3000
    assert verdict.first_bad_seq is None and verdict.problem is None


def test_six_tamper_cases_on_100k_are_each_detected_at_the_first_bad_seq(
    big_chain: list[AuditEntry],
) -> None:
    anchor = Anchor(N, big_chain[-1].hash)
    i = 40_000  # a past row (seq 40,001)
    swapped = list(big_chain)
    a, b = swapped[i], swapped[i + 500]
    swapped[i] = replace(b, seq=a.seq)
    swapped[i + 500] = replace(a, seq=b.seq)
    edited = replace(big_chain[i], diff=canonical_json({"penalty": ["remark", "dismissal"]}))
    cases = {
        "edit a past diff": (
            [*big_chain[:i], edited, *big_chain[i + 1 :]],
            i + 1,
            ChainProblem.EDITED,
        ),
        "change the actor": (
            [*big_chain[:i], replace(big_chain[i], actor="admin"), *big_chain[i + 1 :]],
            i + 1,
            ChainProblem.EDITED,
        ),
        "delete a middle row": ([*big_chain[:i], *big_chain[i + 1 :]], i + 1, ChainProblem.DELETED),
        "swap two rows": (swapped, i + 1, ChainProblem.REORDERED),
        "truncate the last 10": (big_chain[:-10], N - 9, ChainProblem.TRUNCATED),
        "recompute without the key": (
            _recompute([*big_chain[:i], edited, *big_chain[i + 1 :]], None, i),
            i + 1,
            ChainProblem.UNKEYED,
        ),
    }
    detected = 0
    for name, (entries, first_bad, problem) in cases.items():
        verdict = verify_chain(entries, KEYS, anchor)
        assert not verdict.ok, name
        assert (verdict.first_bad_seq, verdict.problem) == (first_bad, problem), name
        detected += 1
    print(f"\nS11 tamper cases detected: {detected}/{len(cases)}")
    assert detected == 6


def test_a_keyless_full_rewrite_shows_only_against_the_anchor() -> None:
    plain = make_chain(500, None)
    rewritten = _recompute(
        [*plain[:100], replace(plain[100], actor="someone"), *plain[101:]], None, 100
    )
    assert verify_chain(rewritten).ok  # self-consistent: the limit RELIABILITY 2.2 states
    verdict = verify_chain(rewritten, anchor=Anchor(400, plain[399].hash))
    assert (verdict.first_bad_seq, verdict.problem) == (400, ChainProblem.REWRITTEN)


def test_a_keyed_row_with_a_foreign_key_is_flagged() -> None:
    entries = make_chain(10, b"\x02" * 32)
    verdict = verify_chain(entries, KEYS)
    assert (verdict.first_bad_seq, verdict.problem) == (1, ChainProblem.UNKNOWN_KEY)


def test_100k_entries_verify_from_sqlite_quickly_and_tampering_is_found(
    database: Database, db_path: Path, key: bytes, tmp_path: Path, big_chain: list[AuditEntry]
) -> None:
    entries = make_chain(N, key)
    insert_rows(db_path, entries)
    anchors = AnchorFile(tmp_path / "office.db.anchor")
    service = AuditService(lambda: database.uow(read_only=True), keyring_for(key), anchors)
    started = time.perf_counter()
    verdict = service.verify()
    seconds = time.perf_counter() - started
    print(f"\nS11 verify of {N} entries from SQLite: {seconds:.2f} s")
    assert verdict.ok and verdict.count == N
    assert seconds < 10  # the precise figure is bench/audit.py's
    assert anchors.read() == Anchor(N, entries[-1].hash, verdict_key_id(key), "")

    tamper(db_path, ("DELETE FROM audit_log WHERE seq > ?", (N - 10,)))
    truncated = service.verify()
    assert (truncated.first_bad_seq, truncated.problem) == (N - 9, ChainProblem.TRUNCATED)
    assert anchors.read() is not None and anchors.read().seq == N  # type: ignore[union-attr]

    tamper(db_path, ("UPDATE audit_log SET actor = 'admin' WHERE seq = ?", (77,)))
    assert (service.verify().first_bad_seq, service.verify().problem) == (77, ChainProblem.EDITED)


def verdict_key_id(key: bytes) -> str:
    return next(iter(keyring_for(key)))


_text = st.text(st.characters(codec="utf-8"), max_size=30).map(
    lambda s: unicodedata.normalize("NFC", s)
)


@settings(max_examples=300, deadline=None)
@given(
    seq=st.integers(1, 2**53),
    uid=st.none() | st.integers(0, 2**31),
    texts=st.lists(_text, min_size=10, max_size=10),
)
def test_the_fast_payload_is_the_canonical_json_of_the_fields(
    seq: int, uid: int | None, texts: list[str]
) -> None:
    entry = AuditEntry(seq, texts[0], uid, *texts[1:9], "", texts[9], GENESIS, "")
    assert _payload(entry) == reference_payload(entry)
