"""The users table behind the domain's UserStore port (domain.auth_service uses it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.errors import translate_errors
from db.trust_models import DbUser
from domain.authz import Role, User
from domain.ports import StoredUser, UserRecord


def _user(row: DbUser) -> User:
    return User(
        id=row.id,
        login=row.login,
        full_name=row.full_name,
        role=Role(row.role),
        body_id=row.body_id,
        active=row.active,
        locked_until=row.locked_until,
    )


def _stored(row: DbUser) -> StoredUser:
    return StoredUser(
        user=_user(row),
        password_hash=row.password_hash,
        failed_count=row.failed_count,
        lockouts=row.lockouts,
        created_at=row.created_at,
        password_changed_at=row.password_changed_at,
    )


class SqlUserStore:
    """Users in `users`; every method runs inside the unit of work's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @translate_errors()
    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(DbUser)) or 0

    @translate_errors()
    def all(self) -> list[User]:
        return [_user(r) for r in self._session.scalars(select(DbUser).order_by(DbUser.login))]

    @translate_errors()
    def get(self, user_id: int) -> StoredUser | None:
        row = self._session.get(DbUser, user_id, populate_existing=True)
        return _stored(row) if row is not None else None

    @translate_errors()
    def by_login(self, login: str) -> StoredUser | None:
        row = self._session.scalar(
            select(DbUser).where(DbUser.login == login).execution_options(populate_existing=True)
        )
        return _stored(row) if row is not None else None

    @translate_errors()
    def add(self, record: UserRecord, password_hash: str, now_utc: datetime) -> int:
        row = DbUser(
            login=record.login,
            full_name=record.full_name,
            role=record.role.value,
            body_id=record.body_id,
            password_hash=password_hash,
            active=record.active,
            failed_count=0,
            lockouts=0,
            created_at=now_utc,
            password_changed_at=now_utc,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    @translate_errors()
    def update(self, user_id: int, record: UserRecord) -> None:
        self._values(
            user_id,
            login=record.login,
            full_name=record.full_name,
            role=record.role.value,
            body_id=record.body_id,
            active=record.active,
        )

    @translate_errors()
    def set_password_hash(self, user_id: int, password_hash: str, now_utc: datetime | None) -> None:
        if now_utc is None:
            self._values(user_id, password_hash=password_hash)
        else:
            self._values(user_id, password_hash=password_hash, password_changed_at=now_utc)

    @translate_errors()
    def set_lock_state(
        self, user_id: int, failed_count: int, locked_until: datetime | None, lockouts: int
    ) -> None:
        self._values(
            user_id, failed_count=failed_count, locked_until=locked_until, lockouts=lockouts
        )

    def _values(self, user_id: int, **values: object) -> None:
        self._session.execute(
            update(DbUser)
            .where(DbUser.id == user_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
