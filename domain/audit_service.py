"""The audit viewer's and the CLI's service: browse, verify against the anchor, export CSV."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass

from domain.audit import Anchor, AuditEntry, AuditFilter, ChainVerdict, anchor_text, verify_chain
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
    ) -> None:
        self._read = read_uow_factory
        self._write = uow_factory  # to audit the exports; None: exports go unrecorded (tools)
        self._guard = guard or Guard.system()
        self._keys = dict(keys or {})
        self._anchor = anchor
        self._now = now_utc_text or (lambda: "")

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
        """Walk the whole chain (one read transaction) against the stored anchor; a clean chain
        moves the anchor to its head, so a later truncation shows."""
        self._guard.require(Permission.AUDIT_VIEW)
        anchor = self.anchor()
        with self._read() as uow:
            verdict = verify_chain(uow.audit.iter_all(), self._keys, anchor)
        if verdict.ok and update_anchor and self._anchor is not None and verdict.head_seq:
            key_id = next(iter(self._keys), "")
            self._anchor.write(Anchor(verdict.head_seq, verdict.head_hash, key_id, self._now()))
        return verdict

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
