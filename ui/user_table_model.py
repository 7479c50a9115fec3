"""The users of the administration dialog as a table: login, name, role, body, state."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from domain.authz import Role, User
from ui.login_dialog import local_time_text

USER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_CTX = "Users"
_GREY = QBrush(QColor("#808080"))

ROLE_LABELS = cast(
    "dict[Role, str]",
    {
        Role.HR_OFFICER: QT_TRANSLATE_NOOP("Users", "HR officer"),
        Role.SECRETARY: QT_TRANSLATE_NOOP("Users", "Commission secretary"),
        Role.MEMBER: QT_TRANSLATE_NOOP("Users", "Commission member"),
        Role.AUDITOR: QT_TRANSLATE_NOOP("Users", "Auditor"),
        Role.ADMIN: QT_TRANSLATE_NOOP("Users", "Administrator"),
        Role.SYSTEM: QT_TRANSLATE_NOOP("Users", "System"),
    },
)
# The roles an administrator can give (SYSTEM is the CLI's, never a person's).
ASSIGNABLE_ROLES = (Role.HR_OFFICER, Role.SECRETARY, Role.MEMBER, Role.AUDITOR, Role.ADMIN)


def role_label(role: Role) -> str:
    return QCoreApplication.translate(_CTX, ROLE_LABELS[role])


class Column(IntEnum):
    LOGIN = 0
    FULL_NAME = 1
    ROLE = 2
    BODY = 3
    STATE = 4


_HEADERS: tuple[str, ...] = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("Users", "Login"),
        QT_TRANSLATE_NOOP("Users", "Full name"),
        QT_TRANSLATE_NOOP("Users", "Role"),
        QT_TRANSLATE_NOOP("Users", "State body"),
        QT_TRANSLATE_NOOP("Users", "State"),
    ),
)


class UserTableModel(QAbstractTableModel):
    """A read-only list of users; `set_users` replaces it after every change."""

    def __init__(self, body_names: dict[int, str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.users: list[User] = []
        self.body_names = body_names or {}
        self.now_utc: Callable[[], datetime] = lambda: datetime.now(UTC)

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self.users) if u.id == user_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, _HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        user = self.users[index.row()]
        if role == USER_ID_ROLE:
            return user.id
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return _GREY
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.LOGIN:
            return user.login
        if column is Column.FULL_NAME:
            return user.full_name
        if column is Column.ROLE:
            return role_label(user.role)
        if column is Column.BODY:
            if user.body_id is None:
                return QCoreApplication.translate("Users", "All bodies")
            return self.body_names.get(user.body_id, str(user.body_id))
        return self.state_text(user)

    def state_text(self, user: User) -> str:
        if not user.active:
            return QCoreApplication.translate("Users", "Deactivated")
        until = user.locked_until
        if until is not None:
            aware = until if until.tzinfo is not None else until.replace(tzinfo=UTC)
            if aware > self.now_utc():
                return QCoreApplication.translate("Users", "Locked until %1").replace(
                    "%1", local_time_text(aware.isoformat())
                )
        return QCoreApplication.translate("Users", "Active")
