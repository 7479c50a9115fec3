"""The administrator's first run: whether to offer "Getting started", and the demo with accounts.

Separation of duties holds (RELIABILITY §3.2): the administrator learns only whether any case
exists (never a case's content), may load the demo only into a database without cases, and the
demo accounts are ordinary users created through AuthService.save_user (USERS_MANAGE, audited
`user.created` each).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from domain.auth_service import AuthService, UserInput, fold_login
from domain.authz import Permission, Role
from domain.errors import FieldError, ValidationFailed
from domain.model import CaseFilter
from domain.ports import UnitOfWork

# Letters and digits that cannot be mistaken for one another when read off a screen or paper.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
PASSWORD_GROUPS = 3
GROUP_LENGTH = 4


@dataclass(frozen=True)
class DemoAccountSpec:
    """One demo account: an obviously demo login; `scoped` ones belong to the demo body."""

    login: str
    full_name: str
    role: Role
    scoped: bool


# The commission's secretary and member work for one body's commission, so they are limited to
# the demo body; the HR officer and the auditor see the whole demo register.
DEMO_ACCOUNTS: tuple[DemoAccountSpec, ...] = (
    DemoAccountSpec("demo.hr", "Демо Кадровик", Role.HR_OFFICER, False),
    DemoAccountSpec("demo.secretary", "Демо Хатшы", Role.SECRETARY, True),
    DemoAccountSpec("demo.member", "Демо Мүше", Role.MEMBER, True),
    DemoAccountSpec("demo.auditor", "Демо Аудитор", Role.AUDITOR, False),
)

E_NOT_EMPTY = "demo.not_empty"
E_ACCOUNTS_EXIST = "demo.accounts_exist"
E_NO_DEMO = "demo.unavailable"
ERROR_CODES = (E_NOT_EMPTY, E_ACCOUNTS_EXIST, E_NO_DEMO)


@dataclass(frozen=True)
class DemoAccount:
    """A created demo account with its password: shown once, never stored or logged."""

    user_id: int
    login: str
    full_name: str
    role: Role
    body_id: int | None
    password: str

    def __repr__(self) -> str:  # a stray log line or traceback must not carry the password
        return f"DemoAccount({self.login!r}, {self.role.value}, body={self.body_id})"


@dataclass(frozen=True)
class FirstRunState:
    """What "Getting started" needs: `alone` when no active user but administrators exists."""

    alone: bool
    has_cases: bool


@dataclass(frozen=True)
class DemoLoad:
    """The outcome of a demo load: cases added and the accounts created (possibly none)."""

    added: int
    accounts: tuple[DemoAccount, ...]


def demo_password(choice: Callable[[str], str] = secrets.choice) -> str:
    """A random password such as "k7fq-m3xz-p9rt": 12 characters of 31 (about 59 bits)."""
    groups = (
        "".join(choice(_ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(PASSWORD_GROUPS)
    )
    return "-".join(groups)


class FirstRunService:
    """The administrator's "Getting started": a database without other users or cases.

    `fill_demo(n)` adds n demo cases (main.py: db.demo.generate_demo, audited `demo.load`);
    None where no demo can be made.
    """

    def __init__(
        self,
        auth: AuthService,
        read_uow_factory: Callable[[], UnitOfWork],
        fill_demo: Callable[[int], int] | None,
        new_password: Callable[[], str] = demo_password,
    ) -> None:
        self._auth = auth
        self._read_uow_factory = read_uow_factory
        self._fill_demo = fill_demo
        self._new_password = new_password

    @property
    def demo_available(self) -> bool:
        return self._fill_demo is not None

    def state(self) -> FirstRunState:
        """Whether the administrator is alone and whether any case exists (USERS_MANAGE)."""
        self._auth.guard.require(Permission.USERS_MANAGE)
        with self._read_uow_factory() as uow:
            alone = not any(u.active and u.role is not Role.ADMIN for u in uow.users.all())
            return FirstRunState(alone, uow.queries.count(CaseFilter()) > 0)

    def load_demo(self, count: int, with_accounts: bool) -> DemoLoad:
        """Fill a database without cases with `count` demo cases and, if asked, the demo accounts.

        Raises PermissionDenied (USERS_MANAGE), ValidationFailed (demo.not_empty: cases exist;
        demo.accounts_exist: a demo login is taken, checked before anything is written;
        demo.unavailable), StorageError.
        """
        self._auth.guard.require(Permission.USERS_MANAGE)
        if self._fill_demo is None:
            raise ValidationFailed([FieldError("demo", E_NO_DEMO)])
        with self._read_uow_factory() as uow:
            if uow.queries.count(CaseFilter()) > 0:
                raise ValidationFailed([FieldError("demo", E_NOT_EMPTY)])
            taken = [s.login for s in DEMO_ACCOUNTS if uow.users.by_login(fold_login(s.login))]
        if with_accounts and taken:
            raise ValidationFailed([FieldError("demo", E_ACCOUNTS_EXIST, {"logins": taken})])
        added = self._fill_demo(count)
        accounts = self.create_demo_accounts() if with_accounts else ()
        return DemoLoad(added, accounts)

    def create_demo_accounts(self) -> tuple[DemoAccount, ...]:
        """The four demo accounts, each through AuthService.save_user (USERS_MANAGE, audited)."""
        body_id = self.demo_body()
        accounts = []
        for spec in DEMO_ACCOUNTS:
            password = self._new_password()
            scope = body_id if spec.scoped else None
            data = UserInput(spec.login, spec.full_name, spec.role, scope, True, password)
            user_id = self._auth.save_user(data)
            accounts.append(
                DemoAccount(user_id, spec.login, spec.full_name, spec.role, scope, password)
            )
        return tuple(accounts)

    def demo_body(self) -> int | None:
        """The body with the most cases (the lowest id among equals): the commission's body."""
        with self._read_uow_factory() as uow:
            counts = [
                (uow.queries.count(CaseFilter(body_id=b.id)), -b.id, b.id)
                for b in uow.queries.bodies()
            ]
        return max(counts)[2] if counts else None
