"""Roles, permissions and the role matrix (RELIABILITY §3.2) as data, and the Guard that checks
them for the services of one session."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.errors import NotFound, PermissionDenied


class Role(StrEnum):
    """Who a user is in the disciplinary procedure; SYSTEM is the CLI, scripts and tests."""

    HR_OFFICER = "hr_officer"
    SECRETARY = "secretary"
    MEMBER = "member"
    AUDITOR = "auditor"
    ADMIN = "admin"
    SYSTEM = "system"


class Permission(StrEnum):
    """One thing a service lets a user do; the services call Guard.require with these."""

    CASE_CREATE = "case_create"
    CASE_EDIT_FACTS = "case_edit_facts"
    CASE_EDIT_PROCEDURE = "case_edit_procedure"
    HEARING_RECORD = "hearing_record"
    CASE_VIEW = "case_view"
    DOCUMENT_ISSUE = "document_issue"
    DEADLINE_OVERRIDE = "deadline_override"
    CASE_ANNUL = "case_annul"
    AUDIT_VIEW = "audit_view"
    AUDIT_EXPORT = "audit_export"
    USERS_MANAGE = "users_manage"
    BACKUP = "backup"
    RESTORE = "restore"
    # Legal switches, the working-day calendar, tables of penalties, commissions and bodies.
    SETTINGS_MANAGE = "settings_manage"


P = Permission

# RELIABILITY §3.2. The administrator never edits case content (separation of duties) and has
# no CASE_VIEW: administration screens show users and settings, not disciplinary files. A member
# ("assigned cases only") is read-only over the cases of their body: assignment to a hearing is
# not modelled yet, so the body is the assignment. A deadline override also needs a second
# user's confirmation (ASVS 2.3.5; CONFIRMING_ROLES, domain.override_signoff).
MATRIX: Mapping[Role, frozenset[Permission]] = {
    Role.HR_OFFICER: frozenset({P.CASE_CREATE, P.CASE_EDIT_FACTS, P.CASE_VIEW}),
    Role.SECRETARY: frozenset(
        {
            P.CASE_EDIT_PROCEDURE,
            P.HEARING_RECORD,
            P.CASE_VIEW,
            P.DOCUMENT_ISSUE,
            P.DEADLINE_OVERRIDE,
            P.CASE_ANNUL,
        }
    ),
    Role.MEMBER: frozenset({P.CASE_VIEW}),
    Role.AUDITOR: frozenset({P.CASE_VIEW, P.AUDIT_VIEW, P.AUDIT_EXPORT}),
    Role.ADMIN: frozenset(
        {P.AUDIT_VIEW, P.AUDIT_EXPORT, P.USERS_MANAGE, P.BACKUP, P.RESTORE, P.SETTINGS_MANAGE}
    ),
    Role.SYSTEM: frozenset(Permission),
}

# Who may confirm another user's deadline override with their own login and password
# (RELIABILITY §3.2 "chair confirmation", ASVS 2.3.5). Users are not linked to the persons of a
# commission's composition, so the role stands for the chair: the chair logs in as a commission
# member, and the secretary may confirm too.
CONFIRMING_ROLES: frozenset[Role] = frozenset({Role.MEMBER, Role.SECRETARY})

# Permissions that only read: the guard may answer them from a user re-read a few seconds ago.
READ_PERMISSIONS: frozenset[Permission] = frozenset({P.CASE_VIEW, P.AUDIT_VIEW, P.AUDIT_EXPORT})
# How long a read permission may rely on the last re-read of the user (seconds, monotonic).
READ_CACHE_SECONDS = 5.0


@dataclass(frozen=True)
class User:
    """A user as the services and the UI see it (never the password hash)."""

    id: int
    login: str
    full_name: str
    role: Role
    body_id: int | None  # None: every body
    active: bool
    locked_until: datetime | None = None


SYSTEM_USER = User(0, "system", "system", Role.SYSTEM, None, True)


class Guard:
    """Who is acting, shared by every service of one session; `user` None means nobody is
    logged in and everything is denied.

    A role change or deactivation takes effect without a restart: with a `refresher` (installed
    by AuthService) the guard re-reads the user from the store before every write permission
    and, for read permissions, when the last re-read is older than READ_CACHE_SECONDS. Denials
    go to `denial_sink` (AuthService: an `authz_denied` audit entry in its own transaction);
    a deadline override's second user is checked by `confirmer` (AuthService too).
    """

    def __init__(
        self,
        user: User | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._user = user
        self._monotonic = monotonic
        self._read_at = monotonic()
        self._listeners: list[Callable[[User | None], None]] = []
        self.refresher: Callable[[int], User | None] | None = None
        self.denial_sink: Callable[[User | None, Permission], None] | None = None
        # Checks a second user's login and password for a deadline override of a case in the
        # given bodies and returns that user (AuthService.confirm_override; raises
        # ValidationFailed). None: no credentials can be checked, so none are accepted.
        self.confirmer: Callable[[str, str, tuple[int | None, ...]], User] | None = None

    @classmethod
    def system(cls) -> Guard:
        """The CLI, the demo and tests of the registry: every permission, every body."""
        return cls(SYSTEM_USER)

    @property
    def user(self) -> User | None:
        return self._user

    @user.setter
    def user(self, user: User | None) -> None:
        changed = user != self._user
        self._user = user
        self._read_at = self._monotonic()
        if changed:
            for listener in list(self._listeners):
                listener(user)

    def on_change(self, callback: Callable[[User | None], None]) -> None:
        """Call `callback(user)` after a login, logout or a role change seen on re-read."""
        self._listeners.append(callback)

    @property
    def role(self) -> Role | None:
        return self._user.role if self._user is not None else None

    def can(self, p: Permission) -> bool:
        """Whether the current user holds `p` now (re-reading the user as described above)."""
        user = self._fresh(p)
        return user is not None and user.active and p in MATRIX[user.role]

    def held(self) -> frozenset[Permission]:
        """The permissions of the user as last read, without a re-read: for enabling many
        actions at once (the services still check with `require`)."""
        user = self._user
        return MATRIX[user.role] if user is not None and user.active else frozenset()

    def require(self, p: Permission) -> None:
        """Raise PermissionDenied(p), after reporting it to the denial sink, unless `can(p)`."""
        if self.can(p):
            return
        if self.denial_sink is not None:
            self.denial_sink(self._user, p)
        raise PermissionDenied(p)

    def require_any(self, *ps: Permission) -> None:
        """Raise PermissionDenied for the first of `ps` unless the user holds one of them."""
        if not any(self.can(p) for p in ps):
            self.require(ps[0])

    def body_scope(self) -> int | None:
        """The body a user is limited to; None for the system and users of every body."""
        user = self._user
        if user is None or user.role is Role.SYSTEM:
            return None
        return user.body_id

    def check_body(self, body_id: int | None, what: str = "case") -> None:
        """Raise NotFound (never a hint that it exists) for a record of another body."""
        scope = self.body_scope()
        if scope is not None and body_id != scope:
            raise NotFound(what)

    def _fresh(self, p: Permission) -> User | None:
        user = self._user
        if user is None or user.role is Role.SYSTEM or self.refresher is None:
            return user
        now = self._monotonic()
        if p in READ_PERMISSIONS and now - self._read_at < READ_CACHE_SECONDS:
            return user
        self.user = self.refresher(user.id)
        self._read_at = now
        return self._user
