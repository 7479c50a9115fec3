"""Errors the core raises, as codes with parameters; the UI owns their translated wording."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One invalid input: the form field it belongs to, a stable code and the code's parameters."""

    field: str
    code: str
    # dataclasses.field: the attribute `field` above shadows the bare name for type checkers.
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised by a service when input is refused; nothing has been written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors


class NotFound(Exception):
    """The record asked for does not exist (or is outside the user's scope)."""


class StorageErrorKind(StrEnum):
    """Environment problems with the database, told apart by SQLite/driver result codes."""

    LOCKED = "locked"  # another program holds the write lock beyond the busy timeout
    READ_ONLY = "read_only"  # file or folder not writable
    CORRUPT = "corrupt"  # structurally damaged
    NOT_A_DATABASE = "not_a_database"  # not an SQLite file at all
    NEWER_SCHEMA = "newer_schema"  # written by a newer Tartip; never downgraded
    DISK_FULL = "disk_full"
    CANNOT_OPEN = "cannot_open"  # missing folder, permissions, bad URL, server unreachable
    NETWORK_SHARE = "network_share"  # an SQLite file on a network file system (use the server)
    TRUNCATED = "truncated"  # shorter than its header says: an interrupted copy or download
    OTHER_APPLICATION = "other_application"  # an SQLite file of another program
    TAMPERED = "tampered"  # structurally sound, but the audit chain does not verify
    IO_ERROR = "io_error"  # the system refused a read or write mid-save (file size limit, device)
    KEY_REQUIRED = "key_required"  # an encrypted database: its passphrase has not been given
    WRONG_PASSWORD = "wrong_password"  # the passphrase given does not unlock the database


class StorageError(Exception):
    """The database cannot be used as asked; the message is for the log, the kind for the user."""

    def __init__(self, kind: StorageErrorKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail


class RulePackError(Exception):
    """A rule pack file is unreadable or invalid; `where` names the offending field."""

    def __init__(self, where: str, message: str, source: str = "") -> None:
        # `source` (the file) is optional so the error can be raised before the file is known.
        text = f"{where}: {message}"
        super().__init__(f"{source}: {text}" if source else text)
        self.where = where
        self.message = message
        self.source = source


class RenderError(Exception):
    """A document could not be printed for a reason the user can fix (e.g. no suitable font).

    `code` names the reason ("font_missing"); the message is the technical detail for the log
    and the CLI. Raised by the `DocumentRenderer` port's implementation.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class PermissionDenied(Exception):
    """The current user's role does not hold `permission` (domain.authz); nothing was written.

    The UI shows the code "authz.denied" with the permission's name."""

    code = "authz.denied"

    def __init__(self, permission: str) -> None:
        super().__init__(f"permission denied: {permission}")
        self.permission = permission


class LoginRefused(Exception):
    """A login, password or user change was refused: `code` ("auth.invalid", "auth.locked"
    {"until": ISO-8601 UTC}, "auth.inactive", "auth.password_short", ...) with its params."""

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params or {}
