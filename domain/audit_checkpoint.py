"""Audit checkpoints: the chain's head written to a file kept off the machine, signed with the key.

RELIABILITY.md 2.2 "External anchoring" (2) and (3): a checkpoint names the database, the head
(seq, hash), the entry count and the UTC time, with an HMAC-SHA-256 over those made with the
audit key ("unsigned" where the installation has none). Only a copy held elsewhere exposes a
truncation or a consistent rewrite of the whole chain by someone holding the file (and, without
the key, the checkpoint cannot be forged to agree with the rewrite). Pure rules: format, parse,
sign, check a signature, and the verdict of a chain against a checkpoint.
"""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from domain.audit import (
    Anchor,
    ChainProblem,
    ChainVerdict,
    canonical_json,
    key_id_for,
    parse_ts,
)

FORMAT = "tartip-audit-checkpoint"
VERSION = 1
UNSIGNED = "unsigned"
_SIGNATURE_PREFIX = "hmac-sha256:"
# Domain separation: the audit key also signs chain entries ("audit-v1\0"), never this payload.
_TAG = b"audit-checkpoint-v1\x00"
# A checkpoint is well under 1 KB; anything much bigger is not one (read no more than this).
MAX_BYTES = 64 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"(|[0-9a-f]{8})")
NOTE = (
    "Tartip audit checkpoint. Keep this file away from the computer (removable media, the "
    "regional office). `main.py audit verify --checkpoint FILE` or Audit trail > Verify against "
    "a checkpoint checks that the audit trail still contains this head."
)


class CheckpointError(Exception):
    """The file is not a checkpoint this version reads: a code (checkpoint.*) and params."""

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(code, params or {})
        self.code = code
        self.params = params or {}


class ExportRefused(Exception):
    """A checkpoint of a chain that does not verify would vouch for tampered history."""

    def __init__(self, verdict: ChainVerdict) -> None:
        super().__init__(verdict)
        self.verdict = verdict


class Signature(StrEnum):
    """What a checkpoint's signature says, checked with the keys this workstation holds."""

    VALID = "valid"
    UNSIGNED = "unsigned"  # written where no key existed
    FORGED = "forged"  # the HMAC does not match: some field was edited
    UNKNOWN_KEY = "unknown_key"  # signed with a key this workstation does not hold


@dataclass(frozen=True)
class Checkpoint:
    """One exported head of one database's audit trail."""

    database_name: str  # the file's name, or the server URL with its password masked
    database_path: str  # the absolute path ("" for a server database)
    chain_id: str  # the hash of entry No. 1: fixed once written, so it names the trail
    seq: int
    head_hash: str
    entries: int
    created_utc: str
    key_id: str = ""  # "" when unsigned
    signature: str = UNSIGNED  # "hmac-sha256:<hex>" or "unsigned"

    @property
    def signed(self) -> bool:
        return self.signature != UNSIGNED

    def as_anchor(self, source: str = "checkpoint") -> Anchor:
        return Anchor(self.seq, self.head_hash, self.key_id, self.created_utc, source)


def _signed_fields(cp: Checkpoint) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "database": {"name": cp.database_name, "path": cp.database_path, "chain_id": cp.chain_id},
        "seq": cp.seq,
        "head_hash": cp.head_hash,
        "entries": cp.entries,
        "created_utc": cp.created_utc,
        "key_id": cp.key_id,
    }


def _mac(cp: Checkpoint, key: bytes) -> str:
    payload = _TAG + canonical_json(_signed_fields(cp)).encode("utf-8")
    return hmac.digest(key, payload, "sha256").hex()


def make_checkpoint(
    *,
    database_name: str,
    database_path: str,
    chain_id: str,
    seq: int,
    head_hash: str,
    entries: int,
    created_utc: str,
    key: bytes | None,
) -> Checkpoint:
    """A checkpoint signed with `key` (unsigned when there is none)."""
    draft = Checkpoint(database_name, database_path, chain_id, seq, head_hash, entries,
                       created_utc, key_id_for(key))  # fmt: skip
    if not key:
        return draft
    return Checkpoint(**{**draft.__dict__, "signature": _SIGNATURE_PREFIX + _mac(draft, key)})


def checkpoint_text(cp: Checkpoint) -> str:
    """The file's text: indented JSON with sorted keys (readable, and diffable by an auditor)."""
    data = {**_signed_fields(cp), "signature": cp.signature, "note": NOTE}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _field(data: dict[str, Any], name: str, kind: type) -> Any:
    value = data.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise CheckpointError("checkpoint.field", {"field": name})
    return value


def parse_checkpoint(text: str) -> Checkpoint:
    """The checkpoint in `text`; CheckpointError when it is not one (the signature is checked
    separately, by `signature_of`, since that needs the keys)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise CheckpointError("checkpoint.not_json") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckpointError("checkpoint.not_a_checkpoint")
    version = data.get("version")
    if version != VERSION:
        raise CheckpointError("checkpoint.version", {"version": str(version)})
    database = data.get("database")
    if not isinstance(database, dict):
        raise CheckpointError("checkpoint.field", {"field": "database"})
    seq, entries = _field(data, "seq", int), _field(data, "entries", int)
    head_hash, chain_id = _field(data, "head_hash", str), _field(database, "chain_id", str)
    created, key_id = _field(data, "created_utc", str), _field(data, "key_id", str)
    signature = _field(data, "signature", str)
    if seq < 0 or entries < 0:
        raise CheckpointError("checkpoint.field", {"field": "seq"})
    for name, value in (("head_hash", head_hash), ("chain_id", chain_id)):
        if not (_HEX64.fullmatch(value) or (seq == 0 and value in ("", "0" * 64))):
            raise CheckpointError("checkpoint.field", {"field": name})
    if not _KEY_ID.fullmatch(key_id):
        raise CheckpointError("checkpoint.field", {"field": "key_id"})
    try:
        parse_ts(created)
    except ValueError:
        raise CheckpointError("checkpoint.field", {"field": "created_utc"}) from None
    return Checkpoint(
        database_name=_field(database, "name", str),
        database_path=_field(database, "path", str),
        chain_id=chain_id,
        seq=seq,
        head_hash=head_hash,
        entries=entries,
        created_utc=created,
        key_id=key_id,
        signature=signature,
    )


def signature_of(cp: Checkpoint, keys: dict[str, bytes]) -> Signature:
    """Check the HMAC with the key the checkpoint names (key_id -> key, as verify_chain takes)."""
    if not cp.signed:
        return Signature.UNSIGNED
    if not cp.signature.startswith(_SIGNATURE_PREFIX) or not cp.key_id:
        return Signature.FORGED
    key = keys.get(cp.key_id)
    if key is None:
        return Signature.UNKNOWN_KEY
    given = cp.signature.removeprefix(_SIGNATURE_PREFIX)
    return Signature.VALID if hmac.compare_digest(_mac(cp, key), given) else Signature.FORGED


def vouches(signature: Signature, keys: dict[str, bytes]) -> bool:
    """Whether a checkpoint with this signature may be trusted here.

    Unsigned is accepted only where no key is held (an installation without one writes unsigned
    checkpoints); where a key exists, stripping the signature must not make a forgery pass.
    """
    if signature is Signature.VALID:
        return True
    return signature is Signature.UNSIGNED and not keys


class CheckpointStatus(StrEnum):
    """The one-word outcome of verifying the trail against a checkpoint."""

    OK = "ok"
    TAMPERED = "tampered"  # the chain is broken, or disagrees with the checkpoint
    REFUSED = "refused"  # the checkpoint itself is forged or cannot be checked here


@dataclass(frozen=True)
class CheckpointVerdict:
    """The trail verified against one checkpoint file.

    `chain` was walked with the checkpoint pinned only when its signature vouches for it.
    `same_chain` says whether the checkpoint's chain id is this trail's first entry: False for
    a checkpoint of another database, or of this one after a full rewrite.
    """

    checkpoint: Checkpoint
    signature: Signature
    accepted: bool
    chain: ChainVerdict
    same_chain: bool

    @property
    def status(self) -> CheckpointStatus:
        if not self.accepted:
            return CheckpointStatus.REFUSED
        return CheckpointStatus.OK if self.chain.ok else CheckpointStatus.TAMPERED

    @property
    def ok(self) -> bool:
        return self.status is CheckpointStatus.OK

    @property
    def against_checkpoint(self) -> bool:
        """The chain was found wrong by this checkpoint: truncated below it or rewritten."""
        against = self.chain.against
        return against is not None and against.source == "checkpoint"


def remembered_problem(cp: Checkpoint | None, valid: bool, verdict: ChainVerdict) -> ChainVerdict:
    """The start-up verdict once the remembered checkpoint is considered: a clean chain whose
    remembered checkpoint (config folder) fails its signature is reported, not passed."""
    if not verdict.ok or valid:
        return verdict
    return ChainVerdict(
        False,
        verdict.count,
        verdict.head_seq,
        verdict.head_hash,
        cp.seq if cp is not None else None,
        ChainProblem.FORGED_CHECKPOINT,
        cp.as_anchor("remembered") if cp is not None else None,
    )


class CheckpointFiles(Protocol):
    """Where checkpoints go (db.audit_checkpoint.CheckpointFolder): the exported file, and the
    copy of the last one kept in the config folder for this database."""

    database_name: str
    database_path: str

    def save(self, path: str, text: str) -> None:
        """Write an exported checkpoint (atomically; OSError when it cannot)."""
        ...

    def load(self, path: str) -> str:
        """The text of a checkpoint file (at most MAX_BYTES; OSError, CheckpointError)."""
        ...

    def remembered(self) -> str | None:
        """The remembered copy's text, None when there is none (CheckpointError when it
        exists but cannot be read)."""
        ...

    def remember(self, text: str, seq: int) -> None:
        """Keep `text` as the remembered copy unless one further along is kept already."""
        ...
