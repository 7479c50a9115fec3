"""A case as the service stores and records it: cleaned input, store records, event values, diffs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from domain.case_deadlines import deadline_dates, pause_changes, pause_json, stored_pauses
from domain.deadline_facts import DeadlineResult
from domain.errors import FieldError, NotFound
from domain.iin import parse_iin
from domain.model import CaseDetail, CaseInput, Servant, ServantInput
from domain.override_signoff import Signoff
from domain.ports import CaseRecord, ServantRecord, UnitOfWork
from domain.rulepack import Offence, RulePack
from domain.text import normalize_name, normalize_text, search_key

OVERRIDE_EVENT = "deadline_override"

# Case fields in the order the editor shows them; the diff of an update follows this order.
_SERVANT_FIELDS = ("full_name", "iin", "position", "category", "elected", "body_id", "unit_id")
_CASE_FIELDS = (
    "offence",
    "committed_on",
    "discovered_on",
    "continuing",
    "continuing_until",
    "terminated_on",
    "description",
    "report_source",
    "status",
    "decided_on",
    "penalty",
    "penalty_lifted_on",
    "lower_post_vacant",
    "justification",
)


def event_json(value: object) -> Any:
    """A value as it goes into an event's JSON data."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def clean_input(data: CaseInput) -> CaseInput:
    """The input as it will be stored: names NFC with single spaces, free text NFC and trimmed."""
    s = data.servant
    servant = replace(s, full_name=normalize_name(s.full_name), position=normalize_name(s.position))
    return replace(
        data,
        servant=servant,
        offence=data.offence.strip(),
        description=normalize_text(data.description),
        report_source=normalize_text(data.report_source),
        # Rows keep the editor's order here, so errors on `pauses.{i}` name the row typed.
        pauses=tuple(
            replace(p, reason=p.reason.strip(), document=normalize_text(p.document))
            for p in data.pauses
        ),
        override_reason=normalize_text(data.override_reason),
        penalty=(data.penalty or "").strip() or None,
        justification=normalize_text(data.justification),
    )


def servant_values(s: Servant | ServantInput) -> dict[str, Any]:
    """The servant's recorded fields by name, in the editor's order."""
    return {name: getattr(s, name) for name in _SERVANT_FIELDS}


def case_values(c: CaseDetail | CaseInput) -> dict[str, Any]:
    """The case's own recorded fields by name, in the editor's order."""
    return {name: getattr(c, name) for name in _CASE_FIELDS}


def field_changes(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """The fields whose value differs, as {prefix+name: {"old": ..., "new": ...}} for an event."""
    return {
        f"{prefix}{k}": {"old": event_json(old[k]), "new": event_json(new[k])}
        for k in new
        if old[k] != new[k]
    }


def load_case(uow: UnitOfWork, case_id: int) -> CaseDetail:
    """A stored case with its servant and timeline; raises NotFound."""
    detail = uow.cases.get_case(case_id)
    if detail is None:
        raise NotFound(f"case {case_id}")
    return detail


def servant_record(s: ServantInput, today: date) -> ServantRecord:
    """The servant row to store; the birth date and sex come from the (validated) IIN."""
    info = parse_iin(s.iin, today)
    return ServantRecord(
        full_name=s.full_name,
        name_key=search_key(s.full_name),
        iin=s.iin,
        birth_date=info.birth_date,
        sex=info.sex,
        position=s.position,
        category=s.category,
        elected=s.elected,
        body_id=s.body_id,
        unit_id=s.unit_id,
        position_key=search_key(s.position),
    )


def case_record(
    servant_id: int,
    data: CaseInput,
    pack: RulePack,
    offence: Offence,
    result: DeadlineResult | None,
) -> CaseRecord:
    """The case row to store, with the deadlines counted for it (None while uncountable)."""
    assert data.committed_on is not None and data.discovered_on is not None  # validated
    return CaseRecord(
        servant_id=servant_id,
        offence=offence.code,
        offence_group=offence.group,
        rule_pack=pack.id,
        committed_on=data.committed_on,
        discovered_on=data.discovered_on,
        continuing_until=data.continuing_until,
        description=data.description,
        report_source=data.report_source,
        status=data.status,
        continuing=data.continuing,
        terminated_on=data.terminated_on,
        decided_on=data.decided_on,
        deadlines=deadline_dates(result),
        penalty=data.penalty,
        penalty_lifted_on=data.penalty_lifted_on,
        justification=data.justification,
        lower_post_vacant=data.lower_post_vacant,
    )


def reference_errors(uow: UnitOfWork, s: ServantInput) -> list[FieldError]:
    """The body and unit must exist (the unit inside that body): no foreign-key crash later."""
    if s.body_id is None:
        return []  # already reported as required
    if all(b.id != s.body_id for b in uow.queries.bodies()):
        return [FieldError("servant.body_id", "body.unknown", {"id": s.body_id})]
    if s.unit_id is not None and all(u.id != s.unit_id for u in uow.queries.units(s.body_id)):
        return [FieldError("servant.unit_id", "unit.unknown", {"id": s.unit_id})]
    return []


def save_servant(uow: UnitOfWork, s: ServantInput, today: date) -> tuple[int, dict[str, Any]]:
    """Find the servant by IIN, bringing their details up to date, or add them."""
    record = servant_record(s, today)
    known = uow.cases.find_servant_by_iin(s.iin)
    if known is None:
        return uow.cases.add_servant(record), {}
    changes = field_changes(servant_values(known), servant_values(s), "servant.")
    if changes:
        uow.cases.update_servant(known.id, record)
    return known.id, changes


def record_override(
    uow: UnitOfWork,
    case_id: int,
    actor: str,
    now: datetime,
    data: CaseInput,
    problems: list[FieldError],
    result: DeadlineResult | None,
    signoff: Signoff | None = None,
) -> None:
    """The timeline entry (and so the audit entry) of a penalty saved against the limits, with
    its written reason and the login of the second user who confirmed it (RELIABILITY §3.2:
    the secretary with the chair's confirmation; domain.override_signoff)."""
    if not problems or not data.override_reason:
        return
    assert result is not None  # problems come from a result
    uow.cases.add_event(
        case_id,
        OVERRIDE_EVENT,
        actor,
        now,
        {
            "reason": data.override_reason,
            "decided_on": event_json(data.decided_on),
            "last_day": event_json(result.last_day),
            "problems": [{"code": p.code, "params": p.params} for p in problems],
            **(signoff.event_data() if signoff is not None else {}),
        },
    )


def created_event(
    number: str,
    data: CaseInput,
    pack: RulePack,
    offence: Offence,
    result: DeadlineResult | None,
    servant_changes: dict[str, Any],
) -> dict[str, Any]:
    """The "created" event's data: the number, the pack, every fact as registered."""
    facts = {
        **{f"servant.{k}": event_json(v) for k, v in servant_values(data.servant).items()},
        **{k: event_json(v) for k, v in case_values(data).items()},
    }
    if data.pauses:
        facts["pauses"] = [pause_json(p) for p in stored_pauses(data.pauses)]
    event: dict[str, Any] = {
        "number": number,
        "rule_pack": pack.id,
        "offence_group": offence.group,
        "facts": facts,
        "last_day": event_json(result.last_day) if result else None,
    }
    if servant_changes:
        # The servant was known: what registering this case changed in their record.
        event["servant_changes"] = servant_changes
    return event


def edit_changes(old: CaseDetail, data: CaseInput, pack: RulePack) -> dict[str, Any]:
    """The "updated" event's changes: each changed field old -> new, the pauses added and
    removed, and the pack when the edit moves the case to another; empty when nothing changed."""
    changes = field_changes(servant_values(old.servant), servant_values(data.servant), "servant.")
    changes |= field_changes(case_values(old), case_values(data))
    pauses_diff = pause_changes(old.pauses, data.pauses)
    if pauses_diff is not None:
        changes["pauses"] = pauses_diff
    if pack.id != old.rule_pack:
        changes["rule_pack"] = {"old": old.rule_pack, "new": pack.id}
    return changes
