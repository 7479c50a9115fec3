"""Tartip's entry point and composition root: the desktop app by default, subcommands for scripts.

Only this module wires `db`, `domain`, `reports` and `ui` together; each subcommand is a thin
adapter that parses arguments, calls a domain service and prints the result.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cli.output import CliError
from domain.errors import RulePackError, StorageError

if TYPE_CHECKING:
    from db.engine import Database
    from domain.audit import ChainVerdict
    from domain.audit_service import AuditService
    from domain.auth_service import AuthService
    from domain.authz import Guard
    from domain.backup_service import BackupService
    from domain.calendar import WorkCalendar
    from domain.procedure_service import ProcedureService
    from domain.rulepack import RulePackRegistry
    from domain.services import CaseService

APP_NAME = "Tartip"
APP_VERSION = "0.1.0"
DB_FILE_NAME = "tartip.db"
log = logging.getLogger("tartip")


# ---------------------------------------------------------------- places on the user's machine


def _qt_location(kind: str) -> Path:
    # QtCore only (no widgets): the same folders the GUI uses, also from the command line.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = getattr(QStandardPaths.StandardLocation, kind)
    return Path(QStandardPaths.writableLocation(location))


def default_database_path() -> Path:
    return _qt_location("AppDataLocation") / DB_FILE_NAME


def audit_key_path() -> Path:
    """The installation's audit key: outside the database, so a copied file carries no key."""
    return _qt_location("AppConfigLocation") / "audit.key"


def log_file_path() -> Path:
    return _qt_location("AppLocalDataLocation") / "logs" / "tartip.log"


def configure_logging() -> Path:
    """Log to a rotating file; users see messages, the file keeps the tracebacks."""
    path = log_file_path()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path  # called again in the same process (tests): one handler is enough
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.ERROR)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per plugin on every start
    return path


# ---------------------------------------------------------------- composition


@dataclass
class Wiring:
    """What one open database gives the rest of the app."""

    database: Database
    packs: RulePackRegistry
    services: CaseService
    procedure: ProcedureService
    guard: Guard
    auth: AuthService
    audit: AuditService
    backups: BackupService | None  # SQLite files only; a server is backed up with pg_dump


def open_services(target: str | None, *, guard: Guard | None = None) -> Wiring:
    """Open (and migrate) the database and build the services over it.

    `guard` is who acts: the GUI passes one with nobody logged in yet; the CLI acts as the
    system (every permission, audited as "system").
    """
    from db.audit_key import keyring_for, load_or_create_key
    from db.clock_source import trusted_clock
    from db.engine import open_database
    from domain.authz import Guard
    from domain.rulepack import RulePackRegistry
    from domain.services import CaseService

    packs = RulePackRegistry.load_builtin_packs()
    database = open_database(target or str(default_database_path()))
    try:
        guard = guard if guard is not None else Guard.system()
        database.actor.key = load_or_create_key(audit_key_path())
        database.actor.app_version = APP_VERSION
        keys = keyring_for(database.actor.key)
        clock = trusted_clock(database)  # S13: deadlines never count from before the audit trail

        def case_service(acting: Guard) -> CaseService:
            return CaseService(
                database.uow,
                packs,
                today=clock.today,
                now_utc=lambda: datetime.now(UTC),
                actor=acting.user.login if acting.user else "system",
                read_uow_factory=lambda: database.uow(read_only=True),
                guard=acting,
                clock=clock,
            )

        # Cases stored before the deadline columns existed (or by an older build) get their
        # dates now, as the system: nobody has logged in yet. With nothing missing this is one
        # indexed read.
        case_service(Guard.system()).fill_missing_deadlines()
        services = case_service(guard)
        return _wire(database, packs, services, guard, keys)
    except BaseException:
        database.dispose()  # a refused start must not keep the file open (or its lock)
        raise


def _wire(
    database: Database,
    packs: RulePackRegistry,
    services: CaseService,
    guard: Guard,
    keys: dict[str, bytes],
) -> Wiring:
    from db.attachment_files import ManagedFolder, folder_beside
    from db.audit_checkpoint import audit_service_for
    from db.backup_store import SqliteBackupStore
    from db.passwords import Argon2Hasher
    from domain.auth_service import AuthService
    from domain.backup_service import BackupService
    from domain.procedure_service import ProcedureService
    from reports.documents import PdfRenderer

    read = lambda: database.uow(read_only=True)  # noqa: E731
    now = lambda: datetime.now(UTC)  # noqa: E731
    # Attachments and the audit anchor live beside an SQLite file; a server database keeps them
    # in the user's folders. Remembered audit checkpoints go beside the audit key.
    local = database.path
    files_root = folder_beside(local) if local else _qt_location("AppDataLocation") / "attachments"
    procedure = ProcedureService(
        services, database.uow, read, packs, today=services.today, now_utc=now,
        renderer=PdfRenderer(), files=ManagedFolder(files_root),
    )  # fmt: skip
    audit = audit_service_for(database, keys, audit_key_path().parent, guard, audited=True)
    auth = AuthService(database.uow, read, Argon2Hasher(), guard, now)
    backups = None
    if local is not None:
        store = SqliteBackupStore(
            database, backup_folder(local), keys=keys, config_dir=audit_key_path().parent
        )
        backups = BackupService(store, guard)

    def act_as(user: object) -> None:
        # Whoever logs in is the actor of every audit entry that follows (and of case events).
        if user is None:
            database.actor.act_as_system()
            services.actor = "system"
        else:
            database.actor.act_as(user.id, user.login, user.role.value)  # type: ignore[attr-defined]
            services.actor = user.login  # type: ignore[attr-defined]

    guard.on_change(act_as)
    return Wiring(database, packs, services, procedure, guard, auth, audit, backups)


def backup_folder(database_file: Path) -> Path:
    from cli.trust_backup import default_backup_folder

    return default_backup_folder(database_file)


@contextmanager
def opened(target: str | None) -> Iterator[Wiring]:
    """Services over a database that is closed again (and its WAL checkpointed) on the way out."""
    wiring = open_services(target)
    try:
        yield wiring
    finally:
        wiring.database.dispose()


def fill_demo(wiring: Wiring, cases: int, *, seed: int = 0) -> int:
    from db.demo import generate_demo

    return generate_demo(wiring.database, wiring.packs, cases, seed=seed, today=date.today())


# ---------------------------------------------------------------- subcommands


def cmd_demo(args: argparse.Namespace) -> int:
    with opened(args.db) as wiring:
        started = datetime.now(UTC)
        added = fill_demo(wiring, args.cases, seed=args.seed)
        seconds = (datetime.now(UTC) - started).total_seconds()
        print(f"Added {added} demo cases to {wiring.database.url} in {seconds:.1f} s")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from cli.registry import run_cases

    with opened(args.db) as wiring:
        return run_cases(wiring.services, wiring.packs, args)


def _office_rules(
    args: argparse.Namespace,
) -> tuple[RulePackRegistry, WorkCalendar, dict[str, bool] | None]:
    """The packs, calendar and legal switches the app would apply: the office's, when a database
    is named or the default one exists, else the packs' defaults (no database is created)."""
    from domain.calendar import WorkCalendar
    from domain.rulepack import RulePackRegistry

    db = getattr(args, "db", None)
    if db is not None or default_database_path().exists():
        with opened(db) as wiring:
            return wiring.packs, wiring.services.work_calendar(), wiring.services.switches()
    return RulePackRegistry.load_builtin_packs(), WorkCalendar(), None


def cmd_penalties(args: argparse.Namespace) -> int:
    from cli.registry import run_penalties

    return run_penalties(args, _office_rules)


def cmd_deadlines(args: argparse.Namespace) -> int:
    from cli.registry import run_deadlines

    return run_deadlines(args, _office_rules)


def cmd_check_iin(args: argparse.Namespace) -> int:
    from cli.registry import run_check_iin

    return run_check_iin(args)


def cmd_audit(args: argparse.Namespace) -> int:
    from cli.trust import run_audit

    return run_audit(args, default_database_path(), audit_key_path(), APP_VERSION)


def cmd_check(args: argparse.Namespace) -> int:
    from cli.trust import run_check

    return run_check(args, default_database_path(), audit_key_path())


def _target(args: argparse.Namespace) -> str:
    return str(getattr(args, "db", None) or default_database_path())


def cmd_backup(args: argparse.Namespace) -> int:
    from cli.trust_backup import run_backup

    return run_backup(_target(args), args, audit_key_path())


def cmd_restore(args: argparse.Namespace) -> int:
    from cli.trust_backup import run_restore

    return run_restore(
        _target(args), args, audit_key_path(), lambda p: open_services(str(p)).database
    )


def cmd_backups(args: argparse.Namespace) -> int:
    from cli.trust_backup import run_backups

    return run_backups(_target(args), args, audit_key_path())


def cmd_encrypt(args: argparse.Namespace) -> int:
    from cli.encryption import run_encrypt

    return run_encrypt(_target(args), args, lambda t: open_services(t).database, backup_folder)


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from cli.encryption import run_change_passphrase

    opener = lambda t: open_services(t).database  # noqa: E731
    return run_change_passphrase(_target(args), args, opener, backup_folder)


def cmd_decision(args: argparse.Namespace) -> int:
    from cli.documents import run_decision

    with opened(args.db) as wiring:
        return run_decision(wiring.services, wiring.procedure, args)


def cmd_verify(args: argparse.Namespace) -> int:
    from cli.documents import run_verify

    with opened(args.db) as wiring:
        return run_verify(wiring.procedure, args)


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt widgets load only here, so the subcommands start fast and run on servers without a screen.
    from cli.gui_start import start_problem_solved
    from domain.authz import Guard
    from domain.first_run import FirstRunService
    from ui.app import chosen_language, run_gui, setup_application
    from ui.audit_dialog import verdict_text
    from ui.context import AppContext

    lang = "kk" if chosen_language() == "kk" else "ru"
    opened: list[Wiring] = []

    def open_context(target: str | None) -> AppContext:
        wiring = open_services(target, guard=Guard())  # nobody until the login dialog
        wiring.database.lang = lang  # body and unit names in the UI's language
        verdict = _startup_checks(wiring)
        startup_warning = "" if verdict is None or verdict.ok else verdict_text(verdict)
        for old in opened:  # the window moves to the new database: release the old one
            old.database.dispose()
        opened[:] = [wiring]
        demo = lambda n: fill_demo(wiring, n)  # noqa: E731
        return AppContext(
            services=wiring.services,
            database_label=str(wiring.database.path or wiring.database.url),
            load_demo=demo,
            reopen=open_context,
            log_path=str(log_file_path()),
            app_version=APP_VERSION,
            procedure=wiring.procedure,
            auth=wiring.auth,
            guard=wiring.guard,
            audit=wiring.audit,
            backups=wiring.backups,
            startup_warning=startup_warning,
            daily_backup=lambda: _backup(wiring, on_exit=False),
            first_run=FirstRunService(
                wiring.auth, lambda: wiring.database.uow(read_only=True), demo
            ),
        )

    argv = [sys.argv[0]]
    context = None
    for attempt in range(3):  # a passphrase, then perhaps a restore, then give up
        try:
            context = open_context(args.db)
            break
        except StorageError as exc:
            # No window yet: an encrypted file asks for its passphrase, a damaged one gets the
            # recovery dialog; anything else a dialog saying what is wrong.
            log.error("cannot open the database: %s", exc, exc_info=True)
            setup_application(argv)
            path = Path(args.db or default_database_path())
            if attempt == 2 or not start_problem_solved(path, exc, audit_key_path(), backup_folder):
                return 3
    assert context is not None
    try:
        return run_gui(context, argv)
    finally:
        for wiring in opened:
            _backup(wiring, on_exit=True)
            wiring.database.dispose()


def _startup_checks(wiring: Wiring) -> ChainVerdict | None:
    """The audit chain verified as the system (no one is logged in yet).

    Returns the chain's verdict (None for a server database), which the window shows once when
    it is not ok; never refuses the start: the user decides (restore lives in the backup dialog).
    The daily backup comes later, off the GUI thread once the window is up (AppContext).
    """
    from db.audit_checkpoint import audit_service_for
    from db.audit_key import keyring_for

    database = wiring.database
    if database.path is None:
        return None
    # As the system, against the anchor and the last exported checkpoint (RELIABILITY 2.2 (3)).
    keys = keyring_for(database.actor.key)
    verdict = audit_service_for(database, keys, audit_key_path().parent).verify()
    if not verdict.ok:
        log.error("audit chain check failed at start-up: %s", verdict)
    return verdict


def _backup(wiring: Wiring, *, on_exit: bool) -> None:
    """The automatic backups: the day's first (any thread), and one on exit."""
    if wiring.database.path is None:
        return
    try:
        from db.backup import rotate

        path = wiring.database.path
        rotate(path, backup_folder(path), on_exit=on_exit, source=wiring.database)
    except (OSError, StorageError):
        log.warning("automatic backup failed (on_exit=%s)", on_exit, exc_info=True)


def build_parser() -> argparse.ArgumentParser:
    from cli.parser import build_parser as build

    return build(
        {
            "gui": cmd_gui,
            "demo": cmd_demo,
            "cases": cmd_cases,
            "deadlines": cmd_deadlines,
            "penalties": cmd_penalties,
            "check-iin": cmd_check_iin,
            "decision": cmd_decision,
            "verify": cmd_verify,
            "audit": cmd_audit,
            "check": cmd_check,
            "backup": cmd_backup,
            "restore": cmd_restore,
            "backups": cmd_backups,
            "encrypt": cmd_encrypt,
            "change-passphrase": cmd_change_passphrase,
        }
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "cases" and args.limit < 1:
        parser.error("--limit must be at least 1")
    if args.command == "demo" and not 0 < args.cases <= 2_000_000:
        parser.error("--cases must be between 1 and 2000000")
    configure_logging()
    try:
        if args.command not in (None, "gui"):
            from cli.encryption import unlock_if_encrypted

            unlock_if_encrypted(_target(args))  # TARTIP_DB_PASSPHRASE, or asked at a terminal
        return int(args.handler(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except StorageError as exc:
        log.error("storage error: %s", exc, exc_info=True)
        from ui.storage_messages import english_storage_message

        print(f"error: {english_storage_message(exc.kind)}", file=sys.stderr)
        return 3
    except RulePackError as exc:
        log.error("rule pack error: %s", exc, exc_info=True)
        print(f"error: rule pack: {exc.where}: {exc.message}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `main.py cases --json | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 141
    except Exception:  # a bug: the user gets one line and the log gets the traceback
        log.exception("unexpected error in %s", args.command or "gui")
        print(f"error: unexpected failure; details in {log_file_path()}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
