"""The four-eyes sign-off of a deadline override (RELIABILITY §3.2 "override a deadline rule: ✓ +
chair confirmation", ASVS 2.3.5): the second user's credentials as typed, the rule of who may
confirm, and what the case services refuse.

A decision saved after the Art. 45 limit (or on a day no penalty may be imposed) needs a written
reason; from a logged-in user it also needs the confirmation of another active user of a
confirming role (domain.authz.CONFIRMING_ROLES) of the case's body, who types their own login and
password. The system actor (the CLI, the demo, scripts and tests) has nobody to ask: its override
keeps its reason and its audited "deadline_override" event, and names no second user.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.authz import CONFIRMING_ROLES, Guard, Role, User
from domain.errors import FieldError, ValidationFailed

# The form field the refusals are reported at (the case editor's and the order's).
CONFIRM_FIELD = "override_confirmed_by"
E_CONFIRM_REQUIRED = "override.confirm_required"
# Unknown login, wrong password, locked or inactive user alike: the refusal never tells whether
# the login exists (as a login's "auth.invalid" does not).
E_CONFIRM_INVALID = "override.confirm_invalid"
E_CONFIRM_SELF = "override.confirm_self"
# Said only after the right password: a role that may not confirm, or another body's user.
E_CONFIRM_NOT_ALLOWED = "override.confirm_not_allowed"
ERROR_CODES = (E_CONFIRM_REQUIRED, E_CONFIRM_INVALID, E_CONFIRM_SELF, E_CONFIRM_NOT_ALLOWED)
# The audit action of a refused confirmation (the "user." family of the audit viewer's filter).
CONFIRM_FAILED = "user.override_confirm_failed"


@dataclass(frozen=True)
class OverrideConfirmation:
    """The confirming user's login and password as typed; the password is never recorded."""

    login: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class Signoff:
    """Who answers for an override: whether a second user is needed, and who confirmed."""

    required: bool
    confirmed_by: User | None = None

    def event_data(self) -> dict[str, str]:
        """What the override's event (and so its audit entry) adds: the confirming login."""
        if self.confirmed_by is None:
            return {}
        return {
            "confirmed_by": self.confirmed_by.login,
            "confirmer_role": self.confirmed_by.role.value,
        }


def confirm_refusal(
    confirmer: User, acting: User | None, bodies: Sequence[int | None]
) -> str | None:
    """Why `confirmer` may not confirm `acting`'s override of a case of `bodies` (None: may).

    RELIABILITY §3.2 (ASVS 2.3.5): a second, active user of a confirming role; a user limited to
    a body confirms only that body's cases (a user of every body, body_id None, any case).
    """
    if acting is not None and confirmer.id == acting.id:
        return E_CONFIRM_SELF
    if not confirmer.active:
        return E_CONFIRM_INVALID
    if confirmer.role not in CONFIRMING_ROLES:
        return E_CONFIRM_NOT_ALLOWED
    if confirmer.body_id is not None and any(b != confirmer.body_id for b in bodies):
        return E_CONFIRM_NOT_ALLOWED
    return None


def refused(code: str) -> ValidationFailed:
    """The refusal of a confirmation, at the confirmation's field."""
    return ValidationFailed([FieldError(CONFIRM_FIELD, code)])


def sign_off(
    guard: Guard,
    reason: str,
    confirmation: OverrideConfirmation | None,
    bodies: Sequence[int | None],
) -> Signoff:
    """The sign-off of a save that may override, checked before its write transaction: the
    confirmation's password check writes its own audit entry and lockout count, which a refused
    save must not roll back (and SQLite has one writer at a time).

    Only a save with a reason and a confirmation is checked (the forms send both only while the
    deadline check asks); raises ValidationFailed (the codes above at CONFIRM_FIELD).
    """
    required = guard.role is not Role.SYSTEM
    if confirmation is None or not reason.strip():
        return Signoff(required)
    if guard.confirmer is None:
        raise refused(E_CONFIRM_INVALID)
    user = guard.confirmer(confirmation.login, confirmation.password, tuple(bodies))
    return Signoff(required, user)


def require_signoff(signoff: Signoff, overriding: bool) -> None:
    """Inside the save, once the deadline check is known: a user's override needs the second
    user. Raises ValidationFailed(E_CONFIRM_REQUIRED at CONFIRM_FIELD)."""
    if overriding and signoff.required and signoff.confirmed_by is None:
        raise refused(E_CONFIRM_REQUIRED)
