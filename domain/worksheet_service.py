"""The case's criteria worksheet over the store: its saved versions and what it recommends."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.authz import Guard, Permission
from domain.case_guard import check_case
from domain.case_packs import stored_pack, stored_switches
from domain.case_records import load_case
from domain.criteria import (
    Rating,
    Recommendation,
    Worksheet,
    WorksheetItem,
    recommend,
    validate_worksheet,
)
from domain.errors import ValidationFailed
from domain.penalty_facts import case_facts, statutory_bounds
from domain.ports import CriterionRating, UnitOfWork
from domain.rulepack import RulePackRegistry
from domain.text import normalize_text
from domain.validation import MAX_WORKSHEET_NOTE_LENGTH, text_errors

WORKSHEET_EVENT = "worksheet_saved"


@dataclass(frozen=True)
class WorksheetVersion:
    """One save of a case's criteria worksheet: its number, when (UTC), by whom, what."""

    version: int
    at_utc: datetime
    actor: str
    worksheet: Worksheet


class WorksheetService:
    """Reads and saves cases' criteria worksheets, one version per save, and recommends from them.

    CaseService owns one and delegates its worksheet methods to it.
    """

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        now_utc: Callable[[], datetime],
        actor: Callable[[], str],
        guard: Guard | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._now_utc = now_utc
        self._actor = actor
        self._guard = guard or Guard.system()

    def worksheet(self, case_id: int) -> Worksheet:
        """The case's current worksheet (its latest version; empty if none was saved)."""
        check_case(self._guard, self._read_uow_factory, case_id)
        history = self.worksheet_history(case_id)
        return history[-1].worksheet if history else Worksheet()

    def worksheet_history(self, case_id: int) -> list[WorksheetVersion]:
        """Every saved version of the case's worksheet, oldest first; raises NotFound."""
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            load_case(uow, case_id)
            return _versions(uow.penalties.criteria_ratings(case_id))

    def save_worksheet(self, case_id: int, worksheet: Worksheet) -> int:
        """Store the worksheet as the case's next version (all its items) with a
        "worksheet_saved" event holding the changed ratings; returns the version number.

        Notes are normalised (NFC, trimmed). An unchanged worksheet writes nothing and returns
        the current version (0: none). Raises NotFound, ValidationFailed (criteria codes on
        `criteria.{code}`, text codes on `criteria.{code}.note`).
        """
        check_case(self._guard, self._read_uow_factory, case_id, Permission.CASE_EDIT_PROCEDURE)
        items = tuple(
            WorksheetItem(i.code.strip(), i.rating, normalize_text(i.note)) for i in worksheet.items
        )
        with self._uow_factory() as uow:
            case = load_case(uow, case_id)
            pack = stored_pack(self._packs, case.rule_pack, case.committed_on)
            errors = validate_worksheet(Worksheet(items), pack)
            for item in items:
                errors += text_errors(
                    f"criteria.{item.code}.note",
                    item.note,
                    MAX_WORKSHEET_NOTE_LENGTH,
                    multiline=True,
                )
            if errors:
                raise ValidationFailed(errors)
            versions = _versions(uow.penalties.criteria_ratings(case_id))
            current = versions[-1] if versions else None
            old = _ratings(current.worksheet) if current else {}
            new = _ratings(Worksheet(items))
            if old == new:
                return current.version if current else 0
            version = (current.version if current else 0) + 1
            now, actor = self._now_utc(), self._actor()
            rows = [
                CriterionRating(version, i.code, Rating(i.rating).value, i.note, now, actor)
                for i in items
            ] or [CriterionRating(version, None, "", "", now, actor)]
            uow.penalties.add_criteria_ratings(case_id, rows)
            order = [c.code for c in pack.criteria]
            changes = {
                code: {"old": old.get(code), "new": new.get(code)}
                for code in sorted(old.keys() | new.keys(), key=order.index)
                if old.get(code) != new.get(code)
            }
            uow.cases.add_event(
                case_id, WORKSHEET_EVENT, actor, now, {"version": version, "changes": changes}
            )
            uow.commit()
        return version

    def recommendation(self, case_id: int) -> Recommendation:
        """What the latest worksheet recommends inside the case's statutory bounds
        (domain.criteria.recommend); raises NotFound, ValidationFailed as penalty_bounds."""
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            facts = case_facts(uow, self._packs, case_id, None)
            bounds = statutory_bounds(uow, facts, stored_switches(self._packs, uow))
            versions = _versions(uow.penalties.criteria_ratings(case_id))
        worksheet = versions[-1].worksheet if versions else Worksheet()
        return recommend(worksheet, bounds, bounds.offence, facts.pack)


def _ratings(worksheet: Worksheet) -> dict[str, dict[str, str]]:
    return {i.code: {"rating": Rating(i.rating).value, "note": i.note} for i in worksheet.items}


def _versions(rows: Sequence[CriterionRating]) -> list[WorksheetVersion]:
    """The stored rows grouped into versions, oldest first; a version's time and actor are its
    first row's (one save writes them all at once)."""
    grouped: dict[int, list[CriterionRating]] = {}
    for row in rows:
        grouped.setdefault(row.version, []).append(row)
    return [
        WorksheetVersion(
            version=version,
            at_utc=items[0].recorded_at,
            actor=items[0].actor,
            worksheet=Worksheet(
                tuple(
                    WorksheetItem(r.criterion, Rating(r.rating), r.note)
                    for r in items
                    if r.criterion is not None
                )
            ),
        )
        for version, items in sorted(grouped.items())
    ]
