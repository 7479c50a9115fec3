"""The audit chain's rules: canonical JSON, the entry hash, chain verification, clock rollback.

RELIABILITY.md 2.2: hash = HMAC-SHA-256(K, "audit-v1\\0" || prev_hash || canonical_json(every
field but the hash)); plain SHA-256 with key_id "" where no key exists. Verification walks the
chain once and names the first bad seq and what is wrong with it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, is_dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum, StrEnum
from json.encoder import encode_basestring as _quote  # the C quoting json.dumps uses
from typing import Any

GENESIS = "0" * 64
DOMAIN_TAG = b"audit-v1\x00"
# RELIABILITY.md 2.2: an entry this much earlier than the newest one means the clock went back.
ROLLBACK_TOLERANCE = timedelta(minutes=5)
TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
# Values under keys containing these never reach the trail (S10: no secrets in entries).
_SECRET_WORDS = ("password", "secret", "token", "audit_key")
REDACTED = "[redacted]"


@dataclass(frozen=True)
class AuditEntry:
    """One stored audit row, as the chain hashes it."""

    seq: int
    ts_utc: str
    actor_user_id: int | None
    actor: str
    actor_role: str
    workstation_id: str
    app_version: str
    action: str
    entity: str
    entity_id: str
    diff: str  # canonical JSON: field -> [old, new], or the event's data
    reason: str
    key_id: str  # "" = plain SHA-256
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer asks for; empty fields do not filter. Times are ISO-8601 UTC strings."""

    action: str = ""  # exact, or a prefix ending in "." ("case.")
    entity: str = ""
    entity_id: str = ""
    actor: str = ""  # substring of the login, case-insensitive
    since_utc: str = ""  # inclusive
    until_utc: str = ""  # exclusive


@dataclass(frozen=True)
class Anchor:
    """A verified head kept outside the database: truncation shows against it."""

    seq: int
    hash: str
    key_id: str = ""
    at_utc: str = ""
    # Where it came from, for the wording: "" or "anchor" (the file beside the database),
    # "checkpoint" (an exported checkpoint), "remembered" (its copy in the config folder).
    source: str = ""


class ChainProblem(StrEnum):
    """What verification found wrong at the first bad seq."""

    EDITED = "edited"  # the row's hash does not match its content
    DELETED = "deleted"  # a seq is missing (a gap)
    REORDERED = "reordered"  # prev_hash does not link to the previous row (swapped or replaced)
    TRUNCATED = "truncated"  # the chain ends before the anchor's seq
    REWRITTEN = "rewritten"  # consistent, but the row at the anchor's seq is not the anchored one
    UNKEYED = "unkeyed"  # a plain-hash row where the installation's key is known: forged
    UNKNOWN_KEY = "unknown_key"  # keyed with a key this workstation does not hold
    # The checkpoint remembered in the config folder fails its signature (domain.audit_checkpoint).
    FORGED_CHECKPOINT = "forged_checkpoint"


@dataclass(frozen=True)
class ChainVerdict:
    """The result of one verification; `first_bad_seq` and `problem` are None when ok.

    `against` is the anchor or checkpoint the chain disagrees with (truncated or rewritten).
    """

    ok: bool
    count: int
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: ChainProblem | None = None
    against: Anchor | None = None


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return format_ts(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {_nfc(str(k)): _nfc(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_nfc(v) for v in value]
    return value


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, NFC strings, non-ASCII kept (RELIABILITY.md 2.2)."""
    return json.dumps(
        _nfc(value),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=_json_default,
    )


def redact(data: Mapping[str, Any]) -> dict[str, Any]:
    """The data with secret-looking fields replaced, at any depth."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        lowered = str(key).lower()
        if any(word in lowered for word in _SECRET_WORDS):
            out[key] = REDACTED
        elif isinstance(value, Mapping):
            out[key] = redact(value)
        else:
            out[key] = value
    return out


def format_ts(moment: datetime) -> str:
    """A UTC instant as the trail stores it: fixed width, so text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return moment.astimezone(UTC).strftime(TS_FORMAT)


def parse_ts(text: str) -> datetime:
    return datetime.strptime(text, TS_FORMAT).replace(tzinfo=UTC)


def is_clock_rollback(newest_ts: str | None, now: datetime) -> bool:
    """True when `now` is more than five minutes before the newest stored entry (S13)."""
    if not newest_ts:
        return False
    return now < parse_ts(newest_ts) - ROLLBACK_TOLERANCE


def key_id_for(key: bytes | None) -> str:
    """The first 8 hex digits of the key's SHA-256; "" for no key."""
    return hashlib.sha256(key).hexdigest()[:8] if key else ""


def reference_payload(entry: AuditEntry) -> bytes:
    """The hashed bytes as the definition says: canonical JSON of every field but the hash."""
    fields = {k: v for k, v in entry.__dict__.items() if k != "hash"}
    return DOMAIN_TAG + entry.prev_hash.encode("ascii") + canonical_json(fields).encode("utf-8")


def _payload(entry: AuditEntry) -> bytes:
    """reference_payload, built by hand: twice as fast, and this runs 100k times per
    verification. Keys in sorted order; stored text is NFC already (`normalized` at append).
    Equality with reference_payload is a property test (tests/audit/test_audit_chain.py)."""
    e, q = entry, _quote
    uid = "null" if e.actor_user_id is None else str(int(e.actor_user_id))
    body = (
        '{"action":' + q(e.action) + ',"actor":' + q(e.actor)
        + ',"actor_role":' + q(e.actor_role) + ',"actor_user_id":' + uid
        + ',"app_version":' + q(e.app_version) + ',"diff":' + q(e.diff)
        + ',"entity":' + q(e.entity) + ',"entity_id":' + q(e.entity_id)
        + ',"key_id":' + q(e.key_id) + ',"prev_hash":' + q(e.prev_hash)
        + ',"reason":' + q(e.reason) + ',"seq":' + str(int(e.seq))
        + ',"ts_utc":' + q(e.ts_utc) + ',"workstation_id":' + q(e.workstation_id) + "}"
    )  # fmt: skip
    return DOMAIN_TAG + e.prev_hash.encode("ascii") + body.encode("utf-8")


def entry_hash(entry: AuditEntry, key: bytes | None) -> str:
    """The hash the entry must carry: HMAC-SHA-256 with the key, else SHA-256."""
    payload = _payload(entry)
    if key:
        return hmac.digest(key, payload, "sha256").hex()
    return hashlib.sha256(payload).hexdigest()


def normalized(entry: AuditEntry) -> AuditEntry:
    """The entry with every text field in NFC, as it must be stored and hashed."""
    changes: dict[str, Any] = {
        name: unicodedata.normalize("NFC", value)
        for name, value in entry.__dict__.items()
        if isinstance(value, str) and not unicodedata.is_normalized("NFC", value)
    }
    return replace(entry, **changes) if changes else entry


def verify_chain(
    entries: Iterable[AuditEntry],
    keys: Mapping[str, bytes] | None = None,
    anchor: Anchor | None = None,
    *,
    pins: Iterable[Anchor | None] = (),
) -> ChainVerdict:
    """Walk the chain in seq order; stop at the first bad entry.

    `keys` maps key_id -> key. When any key is known, a plain-hash entry is taken as forged
    (someone recomputed the chain without the key). The anchor and every pin (checkpoints), if
    given, must be on the chain: each is checked on its own, since one of them may be forged.
    """
    keys = dict(keys or {})
    keyed = bool(keys)
    prev_seq, prev_hash, count = 0, GENESIS, 0
    pinned: dict[int, list[Anchor]] = {}
    for pin in (anchor, *pins):
        if pin is not None and pin.seq > 0:
            pinned.setdefault(pin.seq, []).append(pin)

    def bad(seq: int, problem: ChainProblem, against: Anchor | None = None) -> ChainVerdict:
        return ChainVerdict(False, count, prev_seq, prev_hash, seq, problem, against)

    for entry in entries:
        if entry.seq != prev_seq + 1:
            return bad(prev_seq + 1, ChainProblem.DELETED)
        if entry.prev_hash != prev_hash:
            return bad(entry.seq, ChainProblem.REORDERED)
        if entry.key_id:
            key = keys.get(entry.key_id)
            if key is None:
                return bad(entry.seq, ChainProblem.UNKNOWN_KEY)
        elif keyed:
            return bad(entry.seq, ChainProblem.UNKEYED)
        else:
            key = None
        if not hmac.compare_digest(entry_hash(entry, key), entry.hash):
            return bad(entry.seq, ChainProblem.EDITED)
        at_seq = pinned.get(entry.seq)
        if at_seq is not None:
            for pin in at_seq:
                if entry.hash != pin.hash:
                    return bad(entry.seq, ChainProblem.REWRITTEN, pin)
        prev_seq, prev_hash = entry.seq, entry.hash
        count += 1
    beyond = [seq for seq in pinned if seq > prev_seq]
    if beyond:
        return bad(prev_seq + 1, ChainProblem.TRUNCATED, pinned[max(beyond)][0])
    return ChainVerdict(True, count, prev_seq, prev_hash)


def anchor_text(seq: int, head_hash: str) -> str:
    """What a printed document carries: 'seq/first 16 hex of the head hash' (RELIABILITY 2.2)."""
    return f"{seq}/{head_hash[:16]}" if seq else ""


def _as_mapping(value: object) -> dict[str, Any]:
    if value is None:
        return {}
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot diff a {type(value).__name__}")


def diff_of(old: object, new: object) -> dict[str, list[Any]]:
    """field -> [old, new] for every field that differs (None or {} stands for "absent")."""
    before, after = _as_mapping(old), _as_mapping(new)
    out: dict[str, list[Any]] = {}
    for name in sorted(set(before) | set(after)):
        if before.get(name) != after.get(name):
            out[name] = [before.get(name), after.get(name)]
    return out
