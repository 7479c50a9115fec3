"""What the composition root hands the desktop client: services and a few environment hooks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.audit_service import AuditService
    from domain.auth_service import AuthService
    from domain.authz import Guard
    from domain.backup_service import BackupService
    from domain.first_run import FirstRunService
    from domain.procedure_service import ProcedureService
    from domain.services import CaseService


@dataclass(frozen=True)
class AppContext:
    """The database the window works on, and the hooks only main.py can provide (ui has no db)."""

    services: CaseService
    database_label: str  # shown in the title bar: the file's path or a DSN without secrets
    load_demo: Callable[[int], int] | None = None  # fill this database with N demo cases
    reopen: Callable[[str], AppContext] | None = None  # open another database file
    log_path: str = ""  # the technical log, named in the crash dialog
    app_version: str = "dev"
    # The commission's procedure and its documents; None where a tool opens only the registry.
    procedure: ProcedureService | None = None
    # Who is logged in (issue 6): None where a tool runs without users (then nothing is hidden).
    auth: AuthService | None = None
    guard: Guard | None = None
    audit: AuditService | None = None  # the audit trail's viewer, verification and export
    backups: BackupService | None = None  # SQLite files only
    # Shown once after the window appears: the start-up audit check's finding, if any.
    startup_warning: str = ""
    # The day's automatic backup: run off the GUI thread once the window is up (on 100,000
    # cases it takes seconds, and the user should not wait for it to start working).
    daily_backup: Callable[[], None] | None = None
    # The administrator's "Getting started" and demo accounts; None where there are no users.
    first_run: FirstRunService | None = None
