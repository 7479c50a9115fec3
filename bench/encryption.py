"""Times encryption at rest on a demo database of 100,000 cases (RELIABILITY S18).

    .venv/bin/python bench/encryption.py [--cases 100000] [--fresh]

A plain copy of the demo database (taken through the backup API) is encrypted in place; then:
the passphrase's unlock (argon2id, once per session), opening the database with the raw key
(target ≤ 200 ms), and the same reads and a backup on the plain and the encrypted file, to show
what SQLCipher costs. Ends with one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_db import TODAY, arguments, open_filled  # noqa: E402
from bench.timing import timed  # noqa: E402
from db.backup import backup_to  # noqa: E402
from db.cipher import UNLOCKED, Keyring, unlock  # noqa: E402
from db.encrypt import encrypt_file  # noqa: E402
from db.engine import Database, open_database  # noqa: E402
from domain.model import CaseFilter, SortKey  # noqa: E402
from domain.services import CaseService  # noqa: E402

PASSPHRASE = "Түркістан облысы 2026 кілт"


def _service(database: Database, packs: object) -> CaseService:
    return CaseService(
        database.uow,
        packs,  # type: ignore[arg-type]
        today=lambda: TODAY,
        now_utc=lambda: datetime.now(UTC),
        read_uow_factory=lambda: database.uow(read_only=True),
    )


def _reads(database: Database, packs: object) -> dict[str, float]:
    service = _service(database, packs)
    first_page = lambda: service.list_cases(CaseFilter(), SortKey.NUMBER, limit=200)  # noqa: E731
    search = lambda: service.list_cases(CaseFilter(search="әлиев"), limit=200)  # noqa: E731
    count = lambda: service.count_cases(CaseFilter(open_only=True))  # noqa: E731
    return {
        "first_page_ms": round(timed(first_page)[0], 1),
        "search_ms": round(timed(search)[0], 1),
        "count_open_ms": round(timed(count)[0], 1),
    }


def _open_ms(path: Path) -> float:
    def once() -> None:
        open_database(path).dispose()

    return round(timed(once, runs=5)[0], 1)


def main() -> None:
    args = arguments(__doc__ or "", "encryption-plain.db")
    store = open_filled(args, "plain")
    packs = store.packs
    plain_reads = _reads(store.database, packs)
    work = args.db.with_name("encryption-work.db")
    for suffix in ("", "-wal", "-shm", ".tkey"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    backup_to(store.database, work)
    plain_backup_s = time.perf_counter() - t0
    store.database.dispose()
    plain_open = _open_ms(args.db)

    t0 = time.perf_counter()
    done = encrypt_file(work, PASSPHRASE)
    encrypt_s = time.perf_counter() - t0
    unlocks = []
    for _ in range(3):
        t0 = time.perf_counter()
        unlock(work, PASSPHRASE, keyring=Keyring())
        unlocks.append(time.perf_counter() - t0)
    encrypted_open = _open_ms(work)
    database = open_database(work)
    encrypted_reads = _reads(database, packs)
    t0 = time.perf_counter()
    backup_to(database, work.with_name("encryption-backup.db"))
    encrypted_backup_s = time.perf_counter() - t0
    database.dispose()
    UNLOCKED.forget()
    result = {
        "bench": "encryption",
        "cases": done.rows.get("cases"),
        "size_mb": round(work.stat().st_size / 1e6, 1),
        "encrypt_in_place_s": round(encrypt_s, 2),
        "unlock_argon2id_ms": round(sorted(unlocks)[1] * 1000, 1),
        "open_plain_ms": plain_open,
        "open_encrypted_raw_key_ms": encrypted_open,
        "plain": plain_reads,
        "encrypted": encrypted_reads,
        "backup_plain_s": round(plain_backup_s, 2),
        "backup_encrypted_s": round(encrypted_backup_s, 2),
    }
    for name, value in result.items():
        print(f"{name:>26}: {value}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
