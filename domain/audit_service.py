"""The audit viewer's and the CLI's service: browse, verify against the anchor and the
checkpoints, export CSV and checkpoints."""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass

from domain.audit import Anchor, AuditEntry, AuditFilter, ChainVerdict, anchor_text, verify_chain
from domain.audit_checkpoint import (
    Checkpoint,
    CheckpointError,
    CheckpointFiles,
    CheckpointVerdict,
    ExportRefused,
    checkpoint_text,
    make_checkpoint,
    parse_checkpoint,
    remembered_problem,
    signature_of,
    vouches,
)
from domain.authz import Guard, Permission
from domain.ports import AnchorStore, UnitOfWork

# S25 / OWASP: a spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "seq",
    "ts_utc",
    "actor_user_id",
    "actor",
    "actor_role",
    "workstation_id",
    "app_version",
    "action",
    "entity",
    "entity_id",
    "diff",
    "reason",
    "key_id",
    "prev_hash",
    "hash",
)


log = logging.getLogger(__name__)
CHECKPOINT_ACTION = "audit.checkpoint"


def safe_cell(value: object) -> str:
    """The value as CSV text a spreadsheet will not evaluate: formula-like text gets a '."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


@dataclass(frozen=True)
class Head:
    """The trail's newest entry, and how it is printed on documents."""

    seq: int
    hash: str

    @property
    def anchor_text(self) -> str:
        return anchor_text(self.seq, self.hash)


class AuditService:
    """Reads and verifies the audit trail; writes only the anchor file (never the trail)."""

    def __init__(
        self,
        read_uow_factory: Callable[[], UnitOfWork],
        keys: Mapping[str, bytes] | None = None,
        anchor: AnchorStore | None = None,
        now_utc_text: Callable[[], str] | None = None,
        guard: Guard | None = None,
        uow_factory: Callable[[], UnitOfWork] | None = None,
        checkpoints: CheckpointFiles | None = None,
    ) -> None:
        self._read = read_uow_factory
        self._write = uow_factory  # to audit the exports; None: exports go unrecorded (tools)
        self._guard = guard or Guard.system()
        self._keys = dict(keys or {})
        self._anchor = anchor
        self._now = now_utc_text or (lambda: "")
        self._checkpoints = checkpoints

    def entries(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditEntry]:
        """Matching entries, newest first."""
        self._guard.require(Permission.AUDIT_VIEW)
        with self._read() as uow:
            return uow.audit.entries(flt, offset, limit)

    def count(self, flt: AuditFilter) -> int:
        self._guard.require(Permission.AUDIT_VIEW)
        with self._read() as uow:
            return uow.audit.count(flt)

    def head(self) -> Head:
        with self._read() as uow:
            seq, hash_ = uow.audit.head()
        return Head(seq, hash_)

    def anchor(self) -> Anchor | None:
        return self._anchor.read() if self._anchor is not None else None

    def verify(self, *, update_anchor: bool = True) -> ChainVerdict:
        """Walk the whole chain (one read transaction) against the stored anchor and the
        remembered checkpoint; a clean chain moves the anchor to its head, so a later
        truncation shows."""
        self._guard.require(Permission.AUDIT_VIEW)
        return self._verified(update_anchor=update_anchor)[0]

    def _remembered(self) -> tuple[Checkpoint | None, bool]:
        """The checkpoint remembered for this database and whether its signature vouches
        for it (True when there is none: nothing to doubt)."""
        if self._checkpoints is None:
            return None, True
        try:
            text = self._checkpoints.remembered()
            if text is None:
                return None, True
            cp = parse_checkpoint(text)
        except CheckpointError:
            log.error("the remembered audit checkpoint is damaged or altered")
            return None, False
        return cp, vouches(signature_of(cp, self._keys), self._keys)

    def _verified(
        self, *, update_anchor: bool = True, pins: Iterable[Anchor] = ()
    ) -> tuple[ChainVerdict, str]:
        """The verdict (anchor, remembered checkpoint and `pins` on the chain) and the chain id
        (entry No. 1's hash, "" for an empty trail)."""
        anchor = self.anchor()
        remembered, valid = self._remembered()
        # A remembered copy failing its signature pins nothing; it is reported on its own.
        pinned = [*pins, remembered.as_anchor("remembered")] if remembered and valid else pins
        first: list[str] = []
        with self._read() as uow:
            entries = _noting_first(uow.audit.iter_all(), first)
            verdict = verify_chain(entries, self._keys, anchor, pins=pinned)
        verdict = remembered_problem(remembered, valid, verdict)
        if verdict.ok and update_anchor and self._anchor is not None and verdict.head_seq:
            self._anchor.write(Anchor(verdict.head_seq, verdict.head_hash, self._key_id(),
                                      self._now()))  # fmt: skip
        return verdict, (first[0] if first else "")

    def _key_id(self) -> str:
        return next(iter(self._keys), "")

    def export_checkpoint(self, path: str) -> Checkpoint:
        """Verify the chain, then write a checkpoint of its head to `path` (meant for removable
        media), remember a copy for the start-up check, and record `audit.checkpoint`.

        ExportRefused when the chain does not verify (a checkpoint must never vouch for
        tampered history); OSError when the file cannot be written.
        """
        self._guard.require(Permission.AUDIT_EXPORT)
        if self._checkpoints is None:
            raise RuntimeError("no checkpoint files wired")
        verdict, chain_id = self._verified()
        if not verdict.ok:
            raise ExportRefused(verdict)
        key_id = self._key_id()
        cp = make_checkpoint(
            database_name=self._checkpoints.database_name,
            database_path=self._checkpoints.database_path,
            chain_id=chain_id,
            seq=verdict.head_seq,
            head_hash=verdict.head_hash,
            entries=verdict.count,
            created_utc=self._now(),
            key=self._keys.get(key_id),
        )
        text = checkpoint_text(cp)
        self._checkpoints.save(path, text)
        self._checkpoints.remember(text, cp.seq)
        if self._write is not None:
            with self._write() as uow:
                uow.audit.append(CHECKPOINT_ACTION, "audit_log", cp.seq, {
                    "seq": cp.seq, "head_hash": cp.head_hash, "entries": cp.entries,
                    "signed": cp.signed, "file": os.path.basename(path),
                })  # fmt: skip
                uow.commit()
        return cp

    def verify_checkpoint(self, path: str) -> CheckpointVerdict:
        """The trail against the checkpoint file at `path` (and the anchor and the remembered
        checkpoint, as `verify`). CheckpointError when the file is not a checkpoint; OSError
        when it cannot be read."""
        self._guard.require(Permission.AUDIT_VIEW)
        if self._checkpoints is None:
            raise RuntimeError("no checkpoint files wired")
        cp = parse_checkpoint(self._checkpoints.load(path))
        signature = signature_of(cp, self._keys)
        accepted = vouches(signature, self._keys)
        pins = [cp.as_anchor()] if accepted else []
        verdict, chain_id = self._verified(pins=pins)
        same_chain = cp.seq == 0 or cp.chain_id == chain_id
        return CheckpointVerdict(cp, signature, accepted, verdict, same_chain)

    def export_csv(self, path: str | os.PathLike[str], flt: AuditFilter, chunk: int = 2000) -> int:
        """Write the matching entries (newest first) as UTF-8 CSV with a BOM for Excel;
        returns how many rows. Every cell goes through `safe_cell`."""
        self._guard.require(Permission.AUDIT_EXPORT)
        written = 0
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(CSV_COLUMNS)
            with self._read() as uow:
                while True:
                    rows = uow.audit.entries(flt, written, chunk)
                    for entry in rows:
                        out.writerow([safe_cell(getattr(entry, c)) for c in CSV_COLUMNS])
                    written += len(rows)
                    if len(rows) < chunk:
                        break
        if self._write is not None:
            with self._write() as uow:
                uow.audit.append("audit.export", "audit_log", None, {"filter": asdict(flt)},
                                 f"{written} entries")  # fmt: skip
                uow.commit()
        return written


def _noting_first(entries: Iterable[AuditEntry], first: list[str]) -> Iterator[AuditEntry]:
    """The entries unchanged; the first one's hash (the chain id) goes into `first`."""
    it = iter(entries)
    for entry in it:
        first.append(entry.hash)
        yield entry
        break
    yield from it
