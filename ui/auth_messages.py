"""The wording of the login, password and user-administration codes (AuthService, LoginRefused);
ui.messages merges AUTH_MESSAGES into its table, so the CLI words them too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.auth_service import MIN_PASSWORD

_CTX = "Messages"

AUTH_MESSAGES: dict[str, str] = cast(
    "dict[str, str]",
    {
        "auth.invalid": QT_TRANSLATE_NOOP("Messages", "Wrong login or password."),
        # Said only after the right password: the generic text keeps it as vague as a wrong one.
        "auth.inactive": QT_TRANSLATE_NOOP("Messages", "Wrong login or password."),
        "auth.password_short": QT_TRANSLATE_NOOP(
            "Messages", "The password is too short: at least {min} characters."
        ),
        "auth.password_long": QT_TRANSLATE_NOOP(
            "Messages", "The password is too long: at most {max} characters."
        ),
        "auth.password_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords differ."),
        "auth.current_wrong": QT_TRANSLATE_NOOP("Messages", "The current password is wrong."),
        "auth.login_required": QT_TRANSLATE_NOOP("Messages", "Enter a login."),
        "auth.login_long": QT_TRANSLATE_NOOP(
            "Messages", "The login is too long: at most {max} characters."
        ),
        "auth.login_chars": QT_TRANSLATE_NOOP(
            "Messages", "A login has no spaces or invisible characters."
        ),
        "auth.login_taken": QT_TRANSLATE_NOOP("Messages", "This login is already taken."),
        "auth.name_required": QT_TRANSLATE_NOOP("Messages", "Enter the full name."),
        "auth.name_long": QT_TRANSLATE_NOOP(
            "Messages", "The name is too long: at most {max} characters."
        ),
        "auth.role_unknown": QT_TRANSLATE_NOOP("Messages", "Choose a role from the list."),
        "auth.setup_done": QT_TRANSLATE_NOOP(
            "Messages", "The administrator already exists; log in instead."
        ),
        "auth.last_admin": QT_TRANSLATE_NOOP(
            "Messages", "The last active administrator cannot lose the role or be deactivated."
        ),
        "authz.denied": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this."),
        # The second user of a deadline override (domain.override_signoff, ASVS 2.3.5).
        "override.confirm_required": QT_TRANSLATE_NOOP(
            "Messages",
            "A decision out of time needs the commission chair's confirmation: enter the "
            "chair's login and password.",
        ),
        # As vague as a wrong login: an unknown login, a wrong password, a locked account.
        "override.confirm_invalid": QT_TRANSLATE_NOOP(
            "Messages", "Wrong login or password of the confirming user."
        ),
        "override.confirm_self": QT_TRANSLATE_NOOP(
            "Messages", "You cannot confirm your own decision: another user must confirm it."
        ),
        "override.confirm_not_allowed": QT_TRANSLATE_NOOP(
            "Messages",
            "This user cannot confirm it: a commission member or secretary of the case's body "
            "confirms.",
        ),
    },
)

# Shown under a new password while it is typed; advice only, the service has the last word.
_STRENGTH: tuple[str, ...] = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP(
            "Messages", "At least {min} characters; a few words make a good password."
        ),
        QT_TRANSLATE_NOOP("Messages", "Weak: make it longer."),
        QT_TRANSLATE_NOOP("Messages", "Fair: a longer one or more kinds of characters is better."),
        QT_TRANSLATE_NOOP("Messages", "Strong."),
    ),
)
STRONG_LENGTH = 12


def auth_text(code: str, params: Mapping[str, Any] | None = None) -> str:
    """A code's sentence (ui.messages holds AUTH_MESSAGES among its field messages)."""
    from ui.messages import code_text  # ui.messages imports this module's table

    return code_text(code, params)


def password_strength(password: str) -> int:
    """0 nothing typed, 1 weak, 2 fair, 3 strong: length first, then the kinds of characters."""
    if not password:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if len(password) < 8:
        return 1
    if len(password) >= 16 or (len(password) >= STRONG_LENGTH and kinds >= 3):
        return 3
    return 2


def password_strength_text(password: str) -> str:
    text = QCoreApplication.translate(_CTX, _STRENGTH[password_strength(password)])
    return text.replace("{min}", str(MIN_PASSWORD))
