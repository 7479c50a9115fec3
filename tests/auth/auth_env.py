"""The trust tests' environment: a real SQLite file, the real services, a settable UTC clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from db.engine import Database, open_database
from db.passwords import Argon2Hasher
from domain.auth_service import AuthService
from domain.authz import Guard
from domain.document_data import DocumentRenderer
from domain.procedure_service import ProcedureService
from domain.rulepack import RulePackRegistry
from domain.services import CaseService

TODAY = date(2026, 10, 20)


class UtcClock:
    """now_utc for the services; tests move it forward instead of sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 10, 20, 6, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)

    def today(self) -> date:
        return TODAY


class SpyHasher(Argon2Hasher):
    """The real test-profile hasher, counting the KDF runs (verify) it was asked for."""

    def __init__(self, **overrides: int) -> None:
        super().__init__("test", **overrides)
        self.verified = 0

    def verify(self, phc: str, password: str) -> bool:
        self.verified += 1
        return super().verify(phc, password)


@dataclass
class Session:
    """One workstation session: the services sharing one guard."""

    database: Database
    guard: Guard
    auth: AuthService
    cases: CaseService
    procedure: ProcedureService


def open_session(
    path: Path,
    packs: RulePackRegistry,
    clock: UtcClock,
    hasher: Argon2Hasher,
    guard: Guard,
    renderer: DocumentRenderer | None = None,
) -> Session:
    database = open_database(path)
    read = lambda: database.uow(read_only=True)  # noqa: E731
    auth = AuthService(database.uow, read, hasher, guard, clock)
    cases = CaseService(database.uow, packs, clock.today, clock, "test", read, guard=guard)
    procedure = ProcedureService(cases, database.uow, read, packs, clock.today, clock, renderer)
    return Session(database, guard, auth, cases, procedure)
