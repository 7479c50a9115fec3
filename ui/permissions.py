"""Enables, disables or hides actions and buttons by the current user's permissions.

Only convenience: every service checks the permission again (domain.authz.Guard.require).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from domain.authz import Permission

if TYPE_CHECKING:
    from domain.authz import Guard, User

Control = QAction | QWidget


@dataclass
class _Binding:
    control: Control
    permissions: tuple[Permission, ...]  # any one of them is enough
    hide: bool
    base_enabled: bool  # what the control's own logic wanted before the role was applied


class PermissionBinder(QObject):
    """Keeps each bound control in step with `guard.can(...)`, re-evaluated on every guard
    change (login, logout, a role change seen on re-read). Without a guard nothing is touched."""

    def __init__(self, guard: Guard | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self._bindings: list[_Binding] = []
        if guard is not None:
            ref = weakref.ref(self)

            def changed(_user: User | None) -> None:
                binder = ref()
                # The guard outlives windows; a listener of a closed window does nothing.
                if binder is not None and shiboken6.isValid(binder):
                    binder.refresh()

            guard.on_change(changed)

    def bind(self, control: Control | None, *permissions: Permission, hide: bool = False) -> None:
        """Enable `control` only while the user holds one of `permissions` (hide it if asked)."""
        if control is None:
            return
        self._bindings.append(_Binding(control, permissions, hide, control.isEnabled()))
        self._apply(self._bindings[-1])

    def allowed(self, *permissions: Permission) -> bool:
        return self.guard is None or any(self.guard.can(p) for p in permissions)

    def refresh(self) -> None:
        for binding in list(self._bindings):
            if shiboken6.isValid(binding.control):
                self._apply(binding)

    def _apply(self, binding: _Binding) -> None:
        allowed = self.allowed(*binding.permissions)
        binding.control.setEnabled(binding.base_enabled and allowed)
        if binding.hide:
            binding.control.setVisible(allowed)


# The main window's actions and the permission each needs; an action another part of the
# application has not added (yet) is skipped. Hidden: administration the user can never reach.
MAIN_ACTIONS: tuple[tuple[str, tuple[Permission, ...], bool], ...] = (
    ("new_action", (Permission.CASE_CREATE,), False),
    ("demo_action", (Permission.CASE_CREATE,), False),
    ("edit_action", (Permission.CASE_VIEW,), False),
    ("batch_print_action", (Permission.DOCUMENT_ISSUE,), False),
    ("verify_action", (Permission.CASE_VIEW, Permission.AUDIT_VIEW), False),
    ("calendar_action", (Permission.SETTINGS_MANAGE,), False),
    ("penalty_table_action", (Permission.SETTINGS_MANAGE,), False),
    ("commissions_action", (Permission.SETTINGS_MANAGE,), False),
    ("users_action", (Permission.USERS_MANAGE,), True),
    ("audit_action", (Permission.AUDIT_VIEW,), True),
    ("backup_action", (Permission.BACKUP,), True),
    ("restore_action", (Permission.RESTORE,), True),
)


def apply_to_main_window(window: QObject, guard: Guard | None) -> PermissionBinder:
    """Bind the main window's menu actions (and the legal switches) to the guard's permissions."""
    binder = PermissionBinder(guard, window)
    for name, permissions, hide in MAIN_ACTIONS:
        control = getattr(window, name, None)
        if isinstance(control, (QAction, QWidget)):
            binder.bind(control, *permissions, hide=hide)
    for action in getattr(window, "switch_actions", {}).values():
        binder.bind(action, Permission.SETTINGS_MANAGE)
    return binder


class CaseReads:
    """The case list's reads for a window whose user may not see case content (the
    administrator): answered empty without asking the service, which would refuse and leave an
    `authz_denied` entry in the trail at every refresh. Asked again at each read, so a role
    change applies at once; everything else goes to the service unchanged."""

    def __init__(self, services: Any, guard: Guard | None) -> None:
        self._services = services
        self._guard = guard

    def _allowed(self) -> bool:
        return self._guard is None or self._guard.can(Permission.CASE_VIEW)

    def count_cases(self, *args: Any, **kwargs: Any) -> int:
        return self._services.count_cases(*args, **kwargs) if self._allowed() else 0

    def list_cases(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self._services.list_cases(*args, **kwargs) if self._allowed() else []

    def group_counts(self, *args: Any, **kwargs: Any) -> dict[Any, int]:
        return self._services.group_counts(*args, **kwargs) if self._allowed() else {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._services, name)
