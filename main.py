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

from cli.output import CliError, print_json
from domain.errors import RulePackError, StorageError
from domain.model import CaseFilter, CaseStatus, SortKey

if TYPE_CHECKING:
    from db.engine import Database
    from domain.calendar import WorkCalendar
    from domain.rulepack import RulePackRegistry
    from domain.procedure_service import ProcedureService
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


def open_services(target: str | None, *, actor: str = "system") -> Wiring:
    """Open (and migrate) the database and build the services over it."""
    from db.attachment_files import ManagedFolder, folder_beside
    from db.engine import open_database
    from domain.procedure_service import ProcedureService
    from domain.rulepack import RulePackRegistry
    from domain.services import CaseService
    from reports.documents import PdfRenderer

    packs = RulePackRegistry.load_builtin_packs()
    database = open_database(target or str(default_database_path()))
    services = CaseService(
        database.uow,
        packs,
        today=date.today,
        now_utc=lambda: datetime.now(UTC),
        actor=actor,
        read_uow_factory=lambda: database.uow(read_only=True),
    )
    try:
        # Cases stored before the deadline columns existed (or by an older build) get their
        # dates now; with nothing missing this is one indexed read.
        services.fill_missing_deadlines()
    except BaseException:
        database.dispose()  # a refused start must not keep the file open (or its lock)
        raise
    # Attachments live beside an SQLite file; a server database keeps them in the user's folder.
    files_root = (
        folder_beside(database.path)
        if database.path is not None
        else _qt_location("AppDataLocation") / "attachments"
    )
    procedure = ProcedureService(
        services,
        database.uow,
        lambda: database.uow(read_only=True),
        packs,
        today=date.today,
        now_utc=lambda: datetime.now(UTC),
        renderer=PdfRenderer(),
        files=ManagedFolder(files_root),
    )
    return Wiring(database=database, packs=packs, services=services, procedure=procedure)


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
    with opened(args.db) as wiring:
        return _print_cases(wiring, args)


def _print_cases(wiring: Wiring, args: argparse.Namespace) -> int:
    pack = wiring.packs.default
    if args.offence:
        try:
            pack.offence(args.offence)
        except LookupError as exc:
            raise CliError(f"unknown offence code: {args.offence}") from exc
    flt = CaseFilter(
        group=args.group,
        offence=args.offence,
        status=CaseStatus(args.status) if args.status else None,
        search=args.search or "",
    )
    rows = wiring.services.list_cases(flt, SortKey.NUMBER, False, 0, args.limit)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "number": r.number,
                    "full_name": r.full_name,
                    "iin": r.iin,
                    "body": r.body_name,
                    "offence": r.offence,
                    "group": r.group,
                    "status": r.status.value,
                    "committed_on": r.committed_on.isoformat(),
                    "discovered_on": r.discovered_on.isoformat(),
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(
                f"{r.number}  {r.full_name:<40}  {r.iin}  {r.offence:<12} "
                f"{r.group or '-':<4} {r.status.value}"
            )
        total = wiring.services.count_cases(flt)
        print(f"-- {len(rows)} shown of {total}")
    return 0


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
    from domain.errors import ValidationFailed
    from domain.penalties import PriorPenalty, allowed_penalties
    from ui.messages import english_message

    on = args.on or date.today()
    packs, _calendar, switches = _office_rules(args)
    priors = [PriorPenalty(offence, penalty, imposed) for offence, penalty, imposed in args.prior]
    try:
        bounds = allowed_penalties(
            args.offence,
            on,
            priors,
            vacancy=not args.no_vacancy,
            elected=args.elected,
            pack=packs.for_date(on),
            switches=switches,
        )
    except ValidationFailed as exc:
        raise CliError("; ".join(english_message(e.code, e.params) for e in exc.errors)) from exc
    if args.json:
        print_json(bounds.to_json())
    else:
        print(f"allowed: {', '.join(bounds.allowed)}  (rule {bounds.rule}, {bounds.rule_pack})")
        for step in bounds.steps:
            print(f"  - {step.english()}")
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from domain.deadlines import DeadlineInput, Pause, compute_deadlines
    from domain.errors import ValidationFailed
    from ui.messages import english_message

    facts = DeadlineInput(
        offence=args.offence,
        committed_on=args.committed,
        discovered_on=args.discovered,
        pauses=tuple(Pause(reason, start, end) for reason, start, end in args.pause),
        continuing=args.continuing or args.continuing_until is not None,
        continuing_until=args.continuing_until,
        terminated_on=args.terminated,
    )
    packs, calendar, switches = _office_rules(args)
    pack = packs.for_date(args.committed)
    try:
        result = compute_deadlines(facts, pack, calendar, switches=switches)
    except ValidationFailed as exc:
        raise CliError("; ".join(english_message(e.code, e.params) for e in exc.errors)) from exc
    if args.json:
        print_json(result.to_json())
    else:
        print(f"last day: {result.last_day.isoformat()}  ({result.rule_pack}, {result.offence})")
        print(f"  from discovery: {result.discovery_limit.isoformat()}")
        print(f"  absolute:       {result.absolute_limit.isoformat()}")
        print(f"  absolute, extended by pauses: {result.absolute_limit_extended.isoformat()}")
        for step in result.steps:
            print(f"  - {step.english()}")
    return 0


def cmd_check_iin(args: argparse.Namespace) -> int:
    from domain.iin import IinError, parse_iin
    from ui.messages import english_message

    try:
        info = parse_iin(args.iin, today=date.today())
    except IinError as exc:
        reason = english_message(exc.code, {})
        if args.json:
            print_json({"valid": False, "code": exc.code, "reason": reason})
        else:
            print(f"invalid: {reason}")
        return 1
    if args.json:
        print_json(
            {"valid": True, "birth_date": info.birth_date.isoformat(), "sex": info.sex.value}
        )
    else:
        print(f"valid: born {info.birth_date.isoformat()}, {info.sex.value}")
    return 0


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
    from ui.app import chosen_language, run_gui, setup_application
    from ui.context import AppContext
    from ui.prompts import Prompts

    lang = "kk" if chosen_language() == "kk" else "ru"
    opened: list[Wiring] = []

    def open_context(target: str | None) -> AppContext:
        wiring = open_services(target)
        wiring.database.lang = lang  # body and unit names in the UI's language
        for old in opened:  # the window moves to the new database: release the old one
            old.database.dispose()
        opened[:] = [wiring]
        return AppContext(
            services=wiring.services,
            database_label=str(wiring.database.path or wiring.database.url),
            load_demo=lambda n: fill_demo(wiring, n),
            reopen=open_context,
            log_path=str(log_file_path()),
            app_version=APP_VERSION,
            procedure=wiring.procedure,
        )

    argv = [sys.argv[0]]
    try:
        context = open_context(args.db)
    except StorageError as exc:
        # No window yet: a dialog that says what is wrong with the file, then a clean exit.
        log.error("cannot open the database: %s", exc, exc_info=True)
        setup_application(argv)
        Prompts().storage_error(exc)
        return 3
    try:
        return run_gui(context, argv)
    finally:
        for wiring in opened:
            wiring.database.dispose()


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
        return int(args.handler(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except StorageError as exc:
        log.error("storage error: %s", exc, exc_info=True)
        from ui.messages import english_storage_message

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
