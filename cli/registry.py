"""The registry's subcommands: cases, deadlines, penalties and check-iin (main.py opens the store)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from cli.output import CliError, print_json
from domain.model import CaseFilter, CaseStatus, SortKey

if TYPE_CHECKING:
    from domain.calendar import WorkCalendar
    from domain.rulepack import RulePackRegistry
    from domain.services import CaseService

OfficeRules = Callable[
    [argparse.Namespace], "tuple[RulePackRegistry, WorkCalendar, dict[str, bool] | None]"
]


def run_cases(services: CaseService, packs: RulePackRegistry, args: argparse.Namespace) -> int:
    pack = packs.default
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
    rows = services.list_cases(flt, SortKey.NUMBER, False, 0, args.limit)
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
        total = services.count_cases(flt)
        print(f"-- {len(rows)} shown of {total}")
    return 0


def run_penalties(args: argparse.Namespace, office_rules: OfficeRules) -> int:
    from domain.errors import ValidationFailed
    from domain.penalties import PriorPenalty, allowed_penalties
    from ui.messages import english_message

    on = args.on or date.today()
    packs, _calendar, switches = office_rules(args)
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


def run_deadlines(args: argparse.Namespace, office_rules: OfficeRules) -> int:
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
    packs, calendar, switches = office_rules(args)
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


def run_check_iin(args: argparse.Namespace) -> int:
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
