"""How the case services apply the role matrix (domain.authz): which permissions an edit needs,
the list filter forced to the user's body, and other bodies' cases hidden as NotFound."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from domain.authz import Guard, Permission
from domain.errors import FieldError, NotFound
from domain.model import CaseFilter, CaseInput, CaseStatus
from domain.ports import UnitOfWork

# Reading reference data (bodies, calendar, switches, tables, commissions): any case role and
# the administrator who maintains it.
REFERENCE_READ = (Permission.CASE_VIEW, Permission.SETTINGS_MANAGE)
# A case edit is one of these, or both.
CASE_EDIT = (Permission.CASE_EDIT_FACTS, Permission.CASE_EDIT_PROCEDURE)

# The commission secretary's fields (RELIABILITY §3.2 "procedural fields"); every other field of
# a case (the servant, the offence and its dates, the report) is a fact of the HR officer.
PROCEDURAL_FIELDS = frozenset(
    {
        "status",
        "decided_on",
        "penalty",
        "penalty_lifted_on",
        "lower_post_vacant",
        "justification",
        "terminated_on",
        "pauses",
    }
)
# A body id no body has: a filter asking for another body than the user's matches nothing.
NO_BODY = -1


def edit_permissions(changes: Mapping[str, Any], overridden: bool) -> list[Permission]:
    """The permissions an edit with these changes (case_records.edit_changes) needs;
    `overridden`: a decision saved against the limits with an override reason."""
    needed: list[Permission] = []
    if any(k not in PROCEDURAL_FIELDS and k != "rule_pack" for k in changes):
        needed.append(Permission.CASE_EDIT_FACTS)
    if any(k in PROCEDURAL_FIELDS for k in changes):
        needed.append(Permission.CASE_EDIT_PROCEDURE)
    status = changes.get("status")
    if status is not None and status.get("new") == CaseStatus.ANNULLED.value:
        needed.append(Permission.CASE_ANNUL)
    if overridden:
        needed.append(Permission.DEADLINE_OVERRIDE)
    return needed


def scoped_filter(guard: Guard, flt: CaseFilter) -> CaseFilter:
    """The list filter after the CASE_VIEW check, limited to the user's body if they have one."""
    guard.require(Permission.CASE_VIEW)
    scope = guard.body_scope()
    if scope is None:
        return flt
    return replace(flt, body_id=scope if flt.body_id in (None, scope) else NO_BODY)


def check_case(
    guard: Guard,
    read_uow_factory: Callable[[], UnitOfWork],
    case_id: int | None,
    permission: Permission = Permission.CASE_VIEW,
) -> None:
    """Require `permission`; then a case of another body than the user's is NotFound."""
    guard.require(permission)
    if case_id is None or guard.body_scope() is None:
        return
    with read_uow_factory() as uow:
        case = uow.cases.get_case(case_id)
    if case is None:
        raise NotFound(f"case {case_id}")
    guard.check_body(case.servant.body_id, f"case {case_id}")


class EditRefused(Exception):
    """Raised inside a write transaction for a permission the edit needs and the user lacks;
    the service leaves the transaction and then calls Guard.require, so the denial's audit
    entry is not written while the refused transaction still holds the write lock."""

    def __init__(self, permission: Permission) -> None:
        super().__init__(permission.value)
        self.permission = permission


def require_edit(guard: Guard, changes: Mapping[str, Any], overridden: bool) -> None:
    """Raise EditRefused for the first permission of edit_permissions the user lacks."""
    for p in edit_permissions(changes, overridden):
        if not guard.can(p):
            raise EditRefused(p)


def body_errors(guard: Guard, body_id: int | None) -> list[FieldError]:
    """A case of a body other than the scoped user's own is refused on the servant's body."""
    scope = guard.body_scope()
    if scope is None or body_id == scope:
        return []
    return [FieldError("servant.body_id", "authz.other_body", {"body_id": body_id})]


def override_bodies(
    guard: Guard, read_uow_factory: Callable[[], UnitOfWork], case_id: int, data: CaseInput
) -> tuple[int | None, ...]:
    """The bodies a confirmer of an edit's override must cover: the stored case's and the
    edit's (a user of every body may move a case). Raises NotFound, for another body's case too."""
    with read_uow_factory() as uow:
        case = uow.cases.get_case(case_id)
    if case is None:
        raise NotFound(f"case {case_id}")
    guard.check_body(case.servant.body_id, f"case {case_id}")
    return (case.servant.body_id, data.servant.body_id)
