"""The real AuthService over the test's SQLite file (fast argon2id profile) and a few users."""

from __future__ import annotations

from datetime import UTC, datetime

from db.engine import Database
from db.passwords import Argon2Hasher
from domain.auth_service import AuthService, UserInput
from domain.authz import Guard, Role
from domain.services import CaseService
from tests.ui.conftest import make_context
from ui.context import AppContext

ADMIN_PASSWORD = "Бастық-пароль-2026"
PASSWORD = "құпия сөз 12345"


def make_auth(database: Database, guard: Guard | None = None) -> AuthService:
    return AuthService(
        database.uow,
        lambda: database.uow(read_only=True),
        Argon2Hasher(profile="test"),
        guard if guard is not None else Guard(),
        now_utc=lambda: datetime.now(UTC),
    )


def add_users(auth: AuthService, body_id: int | None = None) -> dict[Role, int]:
    """The administrator "admin" (logged in afterwards) and one user per other role, logins
    named after the role ("hr_officer", ...), all with PASSWORD."""
    auth.create_first_admin("admin", "Әкімші Әсет", ADMIN_PASSWORD)
    ids = {Role.ADMIN: auth.guard.user.id}  # type: ignore[union-attr]
    for role in (Role.HR_OFFICER, Role.SECRETARY, Role.MEMBER, Role.AUDITOR):
        data = UserInput(role.value, f"Пайдаланушы {role.value}", role, body_id, True, PASSWORD)
        ids[role] = auth.save_user(data)
    return ids


def auth_context(services: CaseService, auth: AuthService) -> AppContext:
    return make_context(services, auth=auth, guard=auth.guard)
