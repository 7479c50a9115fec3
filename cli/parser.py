"""Tartip's command line: subcommands, their options and argument types (one-line errors)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from datetime import date
from typing import NoReturn

from cli.documents import add_document_commands
from cli.encryption import add_encryption_commands
from cli.server import add_server_commands
from cli.trust import add_trust_commands
from cli.trust_backup import add_backup_commands
from domain.model import CaseStatus

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: scripts read stderr, and usage is one --help away."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message}\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _prior(text: str) -> tuple[str, str, date]:
    parts = text.split(":")
    if len(parts) != 3:
        raise argparse.ArgumentTypeError(
            f"a prior penalty is OFFENCE:PENALTY:YYYY-MM-DD, not {text!r}"
        )
    return parts[0], parts[1], _iso_date(parts[2])


def _pause(text: str) -> tuple[str, date, date]:
    parts = text.split(":")
    if len(parts) != 3:
        raise argparse.ArgumentTypeError(f"a pause is REASON:YYYY-MM-DD:YYYY-MM-DD, not {text!r}")
    return parts[0], _iso_date(parts[1]), _iso_date(parts[2])


def build_parser(handlers: Mapping[str, Handler]) -> argparse.ArgumentParser:
    """The whole command line; `handlers` maps "gui" and each subcommand's name to its function
    (main.py owns them, since they need the composition root)."""
    parser = _Parser(
        prog="main.py",
        description="Tartip: disciplinary cases of civil servants. Without a subcommand: the app.",
    )
    parser.add_argument(
        "--db", help="database file (or SQLAlchemy URL); default: the user's data folder"
    )
    parser.set_defaults(handler=handlers["gui"])
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=_Parser)

    def add(name: str, help_: str, handler: Handler | None = None) -> argparse.ArgumentParser:
        # `handler`: a subcommand that needs nothing from the composition root brings its own.
        p = sub.add_parser(name, help=help_, description=help_)
        assert isinstance(p, _Parser)
        # Accept --db after the subcommand too, as scripts tend to write it.
        p.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
        p.set_defaults(handler=handler or handlers[name])
        return p

    p = add("demo", "fill a database with realistic synthetic cases")
    p.add_argument("--cases", type=int, default=1000, help="how many cases (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed, same data)")

    p = add("cases", "list cases matching a filter")
    p.add_argument("--group", choices=["I", "II", "III"], help="Art. 50 p.1 group")
    p.add_argument("--offence", help="offence code, e.g. art50.4")
    p.add_argument("--status", choices=[s.value for s in CaseStatus], help="case status")
    p.add_argument("--search", help="text in the name, IIN or number")
    p.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    p.add_argument("--json", action="store_true", help="print a JSON list")

    p = add("deadlines", "compute the Art. 45 time limits of an offence")
    p.add_argument("--offence", required=True, help="offence code, e.g. art44 or art50.4")
    p.add_argument("--committed", required=True, type=_iso_date, help="date of commission")
    p.add_argument("--discovered", required=True, type=_iso_date, help="date of discovery")
    p.add_argument(
        "--terminated", type=_iso_date, help="termination of the criminal/administrative case"
    )
    p.add_argument(
        "--continuing", action="store_true", help="a continuing offence that is still going"
    )
    p.add_argument("--continuing-until", type=_iso_date, help="the day a continuing offence ended")
    p.add_argument(
        "--pause",
        action="append",
        type=_pause,
        default=[],
        metavar="REASON:FROM:TO",
        help="a suspending period (sick_leave, vacation, business_trip, public_duties, training, "
        "appeal, criminal_proceedings, court_act, prosecutor_review); repeatable",
    )
    p.add_argument("--json", action="store_true", help="print a JSON object")

    p = add("penalties", "the penalties the law allows for an offence")
    p.add_argument("--offence", required=True, help="offence code, e.g. art44 or art50.4")
    p.add_argument(
        "--on", type=_iso_date, help="the date the offence was committed (default: today)"
    )
    p.add_argument(
        "--prior",
        action="append",
        type=_prior,
        default=[],
        metavar="OFFENCE:PENALTY:DATE",
        help="a penalty imposed on DATE for OFFENCE earlier; repeatable",
    )
    p.add_argument("--no-vacancy", action="store_true", help="no vacant lower post exists")
    p.add_argument("--elected", action="store_true", help="the servant holds an elected post")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    add_document_commands(add)
    if "audit" in handlers and "check" in handlers:  # registered once main.py provides them
        add_trust_commands(add)
    if "backup" in handlers:  # registered once main.py provides backup, restore and backups
        add_backup_commands(add)
    if "encrypt" in handlers:
        add_encryption_commands(add)
    add_server_commands(add)

    p = add("check-iin", "check an IIN and tell the birth date and sex")
    p.add_argument("iin")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    return parser
