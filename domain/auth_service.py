"""Users, logins and lockout (RELIABILITY §3.2, S15, S16): who may act, over ports.UserStore."""

from __future__ import annotations

import secrets
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from domain.authz import Guard, Permission, Role, User
from domain.errors import FieldError, LoginRefused, NotFound, StorageError, ValidationFailed
from domain.override_signoff import (
    CONFIRM_FAILED,
    E_CONFIRM_INVALID,
    E_CONFIRM_SELF,
    confirm_refusal,
    refused,
)
from domain.ports import PasswordHasher, StoredUser, UnitOfWork, UserRecord

MIN_PASSWORD = 8
MAX_PASSWORD = 256  # characters after NFC; argon2 hashes all of it (no truncation)
MAX_LOGIN = 100
MAX_FULL_NAME = 300
LOCK_AFTER = 5  # consecutive failures
# The n-th lockout (n = 0, 1, ...) lasts LOCK_MINUTES[min(n, last)]: 15 min, then 30, 60, ...
LOCK_MINUTES = (15, 30, 60, 120, 240)
USER_ROLES = (Role.HR_OFFICER, Role.SECRETARY, Role.MEMBER, Role.AUDITOR, Role.ADMIN)


@dataclass(frozen=True)
class UserInput:
    """The users dialog's form: `password` is required for a new user, ignored for an edit
    (set_password changes it)."""

    login: str
    full_name: str
    role: Role
    body_id: int | None = None
    active: bool = True
    password: str = ""


def fold_login(login: str) -> str:
    """The stored form of a login: NFC, trimmed, case-folded (so "Әлия" and "әлия" are one)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", login).strip().casefold())


def password_errors(password: str, field: str = "password") -> list[FieldError]:
    """The policy: 8 to 256 characters after NFC; nothing else (no composition rules)."""
    length = len(unicodedata.normalize("NFC", password))
    if length < MIN_PASSWORD:
        return [FieldError(field, "auth.password_short", {"min": MIN_PASSWORD})]
    if length > MAX_PASSWORD:
        return [FieldError(field, "auth.password_long", {"max": MAX_PASSWORD})]
    return []


def login_errors(login: str) -> list[FieldError]:
    if not login:
        return [FieldError("login", "auth.login_required")]
    if len(login) > MAX_LOGIN:
        return [FieldError("login", "auth.login_long", {"max": MAX_LOGIN})]
    if any(c.isspace() or unicodedata.category(c)[0] in "CZ" for c in login):
        return [FieldError("login", "auth.login_chars")]
    return []


def lock_minutes(lockouts: int) -> int:
    """How long the lockout after `lockouts` earlier ones lasts."""
    return LOCK_MINUTES[min(lockouts, len(LOCK_MINUTES) - 1)]


def audit(
    uow: UnitOfWork,
    action: str,
    entity_id: int | str | None,
    diff: Mapping[str, Any] | None = None,
    reason: str = "",
) -> None:
    """Append to the audit trail when the store has one (issue 6's audit part)."""
    trail = getattr(uow, "audit", None)
    if trail is not None:
        trail.append(action, "user", entity_id, diff, reason)


class AuthService:
    """First administrator, login with lockout, users and passwords; sets `guard.user`.

    Wires the guard on construction: its `refresher` re-reads the user (a role change or
    deactivation applies without a restart) and its `denial_sink` audits each refusal
    (`authz_denied`) in a transaction of its own. Lockout state lives in the users table, so a
    restart does not lift it. `now_utc` gives aware UTC datetimes.
    """

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        hasher: PasswordHasher,
        guard: Guard,
        now_utc: Callable[[], datetime],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._hasher = hasher
        self.guard = guard
        self._now_utc = now_utc
        self._monotonic = monotonic
        # Made now, not at the first unknown login, so that one costs no extra hash.
        self._dummy = hasher.hash(secrets.token_urlsafe(16))
        guard.refresher = self._reread
        guard.denial_sink = self._record_denial
        guard.confirmer = self.confirm_override

    # -- first start and login -------------------------------------------------------------------

    def has_users(self) -> bool:
        with self._read_uow_factory() as uow:
            return uow.users.count() > 0

    def create_first_admin(self, login: str, full_name: str, password: str) -> User:
        """The administrator of a database without users, logged in; refused
        (LoginRefused "auth.setup_done") once any user exists. Raises ValidationFailed."""
        record = self._record(UserInput(login, full_name, Role.ADMIN, None, True, password))
        errors = login_errors(record.login) + self._name_errors(record.full_name)
        errors += password_errors(password)
        if errors:
            raise ValidationFailed(errors)
        phc = self._hasher.hash(password)
        with self._uow_factory() as uow:
            # Checked inside the write transaction, so two first starts cannot both succeed.
            if uow.users.count() > 0:
                raise LoginRefused("auth.setup_done")
            user_id = uow.users.add(record, phc, self._now_utc())
            audit(uow, "user.created", user_id, _record_diff(record), "first administrator")
            uow.commit()
        user = self._user(user_id)
        self.guard.user = user
        return user

    def login(self, login: str, password: str) -> User:
        """Check the password and set `guard.user`. Raises LoginRefused: "auth.invalid" for an
        unknown login or a wrong password alike (the KDF runs in both cases), "auth.locked"
        {"until": ISO UTC} during a lockout, "auth.inactive" for a deactivated user."""
        user = self._attempt(fold_login(login), password)
        self.guard.user = user
        return user

    def logout(self) -> None:
        user = self.guard.user
        if user is not None:
            with self._uow_factory() as uow:
                audit(uow, "logout", user.id, {"login": user.login})
                uow.commit()
        self.guard.user = None

    def reauthenticate(self, password: str) -> bool:
        """The idle lock's unlock: the current user's password (failures count to lockout)."""
        user = self.guard.user
        if user is None:
            return False
        try:
            self._attempt(user.login, password)
        except LoginRefused:
            return False
        return True

    def confirm_override(self, login: str, password: str, bodies: tuple[int | None, ...]) -> User:
        """The second user of a deadline override by the logged-in user (ASVS 2.3.5), checked
        as a login is: the KDF runs for an unknown login too, a wrong password counts towards
        that user's lockout, and each refusal is audited (CONFIRM_FAILED, never the password)
        in a transaction of its own. Sets no session user.

        Raises ValidationFailed at override_signoff.CONFIRM_FIELD: E_CONFIRM_INVALID for an
        unknown login, a wrong password, a locked or inactive user alike; E_CONFIRM_SELF; then,
        after the right password, E_CONFIRM_NOT_ALLOWED (role, or another body's user).
        """
        acting = self.guard.user
        folded = fold_login(login)
        with self._uow_factory() as uow:
            stored = uow.users.by_login(folded)
            code = self._confirm_check(uow, stored, folded, password, acting, bodies)
            uow.commit()  # the refusal's audit entry and lockout count stay
        if code is not None:
            raise refused(code)
        assert stored is not None
        return stored.user

    def _confirm_check(
        self,
        uow: UnitOfWork,
        stored: StoredUser | None,
        login: str,
        password: str,
        acting: User | None,
        bodies: tuple[int | None, ...],
    ) -> str | None:
        """confirm_override's refusal code (audited here), None when the user may confirm."""
        diff: dict[str, Any] = {"login": login}
        if stored is None:
            self._hasher.verify(self._dummy, password)  # timing tells no logins apart
            audit(uow, CONFIRM_FAILED, None, diff | {"why": "unknown"})
            return E_CONFIRM_INVALID
        user = stored.user
        if acting is not None and user.id == acting.id:
            audit(uow, CONFIRM_FAILED, user.id, diff | {"why": "self"})
            return E_CONFIRM_SELF
        now = self._now_utc()
        ok = self._hasher.verify(stored.password_hash, password)
        if user.locked_until is not None and user.locked_until > now:
            audit(uow, CONFIRM_FAILED, user.id, diff | {"why": "locked"})
            return E_CONFIRM_INVALID
        if not ok:
            self._failure(uow, stored, now, CONFIRM_FAILED)  # counts towards the lockout
            return E_CONFIRM_INVALID
        if stored.failed_count:
            uow.users.set_lock_state(user.id, 0, None, stored.lockouts)
        code = confirm_refusal(user, acting, bodies)
        if code is not None:
            why = code.removeprefix("override.confirm_")
            diff |= {"why": why, "role": user.role.value, "body_id": user.body_id}
            audit(uow, CONFIRM_FAILED, user.id, diff)
        return code

    # -- administration (USERS_MANAGE) -------------------------------------------------------------

    def users(self) -> list[User]:
        self.guard.require(Permission.USERS_MANAGE)
        with self._read_uow_factory() as uow:
            return uow.users.all()

    def save_user(self, data: UserInput, user_id: int | None = None) -> int:
        """Add (None) or change a user; returns the id. A role change applies to a logged-in
        user at their next action. Raises PermissionDenied, NotFound, ValidationFailed
        (auth.login_taken, auth.role_unknown, body.unknown, auth.last_admin, password codes)."""
        self.guard.require(Permission.USERS_MANAGE)
        record = self._record(data)
        errors = login_errors(record.login) + self._name_errors(record.full_name)
        if record.role not in USER_ROLES:
            errors.append(FieldError("role", "auth.role_unknown", {"role": str(record.role)}))
        if user_id is None:
            errors += password_errors(data.password)
        phc = self._hasher.hash(data.password) if user_id is None and not errors else ""
        with self._uow_factory() as uow:
            old = uow.users.get(user_id) if user_id is not None else None
            if user_id is not None and old is None:
                raise NotFound(f"user {user_id}")
            errors += self._reference_errors(uow, record, old)
            if errors:
                raise ValidationFailed(errors)
            now = self._now_utc()
            if old is None:
                user_id = uow.users.add(record, phc, now)
                audit(uow, "user.created", user_id, _record_diff(record))
            else:
                assert user_id is not None
                before = _record_diff(_record_of(old.user))
                after = _record_diff(record)
                changes = {
                    k: {"old": before[k], "new": v} for k, v in after.items() if before[k] != v
                }
                if not changes:
                    return user_id
                uow.users.update(user_id, record)
                audit(uow, "user.updated", user_id, {"changes": changes})
            uow.commit()
        return user_id

    def set_password(self, user_id: int, password: str, current_password: str = "") -> None:
        """An administrator's reset (USERS_MANAGE) of another user's password, or a user's
        change of their own, which needs `current_password`. Raises PermissionDenied,
        NotFound, ValidationFailed (password codes; auth.current_wrong, auth.locked {"until"}
        at "current_password", listed first).

        A wrong current password counts towards the lockout and is audited, as a failed
        unlock is: otherwise an unattended session would let anyone guess the password freely.
        """
        me = self.guard.user
        own = me is not None and me.id == user_id
        if not own:
            self.guard.require(Permission.USERS_MANAGE)
        errors = password_errors(password)
        if errors and not own:
            raise ValidationFailed(errors)
        with self._uow_factory() as uow:
            stored = uow.users.get(user_id)
            if stored is None:
                raise NotFound(f"user {user_id}")
            if own:
                refusal = self._check_current(uow, stored, current_password)
                if refusal is not None:
                    uow.commit()  # the failure's audit entry and lockout count stay
                    raise ValidationFailed([refusal, *errors])
                if errors:
                    raise ValidationFailed(errors)
            uow.users.set_password_hash(user_id, self._hasher.hash(password), self._now_utc())
            audit(uow, "user.password_changed" if own else "user.password_reset", user_id)
            uow.commit()

    def unlock(self, user_id: int) -> None:
        """Lift a lockout now (USERS_MANAGE); the escalation count is kept."""
        self.guard.require(Permission.USERS_MANAGE)
        with self._uow_factory() as uow:
            stored = uow.users.get(user_id)
            if stored is None:
                raise NotFound(f"user {user_id}")
            uow.users.set_lock_state(user_id, 0, None, stored.lockouts)
            until = stored.user.locked_until
            audit(
                uow,
                "user.unlocked",
                user_id,
                {"locked_until": until.isoformat() if until else None},
            )
            uow.commit()

    # -- internals ---------------------------------------------------------------------------------

    def _attempt(self, login: str, password: str) -> User:
        """One password check with the lockout bookkeeping, committed before any refusal."""
        refusal: LoginRefused | None = None
        with self._uow_factory() as uow:
            stored = uow.users.by_login(login)
            if stored is None:
                # The same KDF work as for a real user, so timing does not tell logins apart.
                self._hasher.verify(self._dummy, password)
                audit(uow, "login_failed", None, {"login": login, "why": "unknown"})
                uow.commit()
                raise LoginRefused("auth.invalid")
            now = self._now_utc()
            user = stored.user
            ok = self._hasher.verify(stored.password_hash, password)
            if user.locked_until is not None and user.locked_until > now:
                until = user.locked_until.isoformat()
                audit(uow, "login_failed", user.id, {"login": login, "why": "locked"})
                refusal = LoginRefused("auth.locked", {"until": until})
            elif not ok:
                refusal = self._failure(uow, stored, now)
            elif not user.active:
                audit(uow, "login_failed", user.id, {"login": login, "why": "inactive"})
                refusal = LoginRefused("auth.inactive")
            else:
                uow.users.set_lock_state(user.id, 0, None, 0)
                if self._hasher.needs_rehash(stored.password_hash):
                    uow.users.set_password_hash(user.id, self._hasher.hash(password), None)
                audit(uow, "login", user.id, {"login": login})
            uow.commit()
        if refusal is not None:
            raise refusal
        return self._user(user.id)

    def _check_current(
        self, uow: UnitOfWork, stored: StoredUser, password: str
    ) -> FieldError | None:
        """The current password of an own change: None when right (the failure streak ends),
        else the error at "current_password", audited as `user.password_change_failed`."""
        user = stored.user
        now = self._now_utc()
        ok = self._hasher.verify(stored.password_hash, password)
        if user.locked_until is not None and user.locked_until > now:
            until = user.locked_until.isoformat()
            audit(uow, "user.password_change_failed", user.id, {"why": "locked"})
            return FieldError("current_password", "auth.locked", {"until": until})
        if ok:
            if stored.failed_count:
                uow.users.set_lock_state(user.id, 0, None, stored.lockouts)
            return None
        failed = stored.failed_count + 1
        diff: dict[str, Any] = {"why": "current_wrong", "failed": failed}
        if failed >= LOCK_AFTER:
            until_at = now + timedelta(minutes=lock_minutes(stored.lockouts))
            uow.users.set_lock_state(user.id, 0, until_at, stored.lockouts + 1)
            diff["locked_until"] = until_at.isoformat()
        else:
            uow.users.set_lock_state(user.id, failed, user.locked_until, stored.lockouts)
        audit(uow, "user.password_change_failed", user.id, diff)
        return FieldError("current_password", "auth.current_wrong")

    def _failure(
        self, uow: UnitOfWork, stored: StoredUser, now: datetime, action: str = "login_failed"
    ) -> LoginRefused:
        user = stored.user
        failed = stored.failed_count + 1
        diff: dict[str, Any] = {"login": user.login, "why": "password", "failed": failed}
        if failed >= LOCK_AFTER:
            until = now + timedelta(minutes=lock_minutes(stored.lockouts))
            uow.users.set_lock_state(user.id, 0, until, stored.lockouts + 1)
            diff["locked_until"] = until.isoformat()
        else:
            uow.users.set_lock_state(user.id, failed, user.locked_until, stored.lockouts)
        audit(uow, action, user.id, diff)
        return LoginRefused("auth.invalid")

    def _user(self, user_id: int) -> User:
        with self._read_uow_factory() as uow:
            stored = uow.users.get(user_id)
        if stored is None:
            raise NotFound(f"user {user_id}")
        return stored.user

    def _reread(self, user_id: int) -> User | None:
        with self._read_uow_factory() as uow:
            stored = uow.users.get(user_id)
        return stored.user if stored is not None else None

    def _record_denial(self, user: User | None, permission: Permission) -> None:
        diff = {"permission": permission.value, "role": user.role.value if user else None}
        try:
            with self._uow_factory() as uow:
                if getattr(uow, "audit", None) is None:
                    return
                audit(uow, "authz_denied", user.id if user else None, diff)
                uow.commit()
        except StorageError:
            # The refusal itself must still reach the user; the store's problem shows elsewhere.
            return

    def _record(self, data: UserInput) -> UserRecord:
        return UserRecord(
            login=fold_login(data.login),
            full_name=" ".join(unicodedata.normalize("NFC", data.full_name).split()),
            role=Role(data.role),
            body_id=data.body_id,
            active=data.active,
        )

    @staticmethod
    def _name_errors(full_name: str) -> list[FieldError]:
        if not full_name:
            return [FieldError("full_name", "auth.name_required")]
        if len(full_name) > MAX_FULL_NAME:
            return [FieldError("full_name", "auth.name_long", {"max": MAX_FULL_NAME})]
        return []

    @staticmethod
    def _reference_errors(
        uow: UnitOfWork, record: UserRecord, old: StoredUser | None
    ) -> list[FieldError]:
        errors: list[FieldError] = []
        same = uow.users.by_login(record.login)
        if same is not None and (old is None or same.user.id != old.user.id):
            errors.append(FieldError("login", "auth.login_taken"))
        if record.body_id is not None and all(b.id != record.body_id for b in uow.queries.bodies()):
            errors.append(FieldError("body_id", "body.unknown", {"id": record.body_id}))
        was_admin = old is not None and old.user.role is Role.ADMIN and old.user.active
        if was_admin and (record.role is not Role.ADMIN or not record.active):
            admins = [u for u in uow.users.all() if u.role is Role.ADMIN and u.active]
            if len(admins) <= 1:
                errors.append(FieldError("role", "auth.last_admin"))
        return errors


def _record_of(user: User) -> UserRecord:
    return UserRecord(user.login, user.full_name, user.role, user.body_id, user.active)


def _record_diff(record: UserRecord) -> dict[str, Any]:
    return {
        "login": record.login,
        "full_name": record.full_name,
        "role": record.role.value,
        "body_id": record.body_id,
        "active": record.active,
    }
