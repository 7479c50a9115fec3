"""A case as the service stores and records it: cleaned input, store records, event values, diffs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Any

from domain.case_deadlines import deadline_dates
from domain.deadline_facts import DeadlineResult
from domain.errors import NotFound
from domain.iin import parse_iin
from domain.model import CaseDetail, CaseInput, Servant, ServantInput
from domain.ports import CaseRecord, ServantRecord, UnitOfWork
from domain.rulepack import Offence, RulePack
from domain.text import normalize_name, normalize_text, search_key

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
    )
