"""The case registry's deadline and working-day calendar operations, over the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from domain.audit import diff_of
from domain.authz import Guard, Permission
from domain.calendar import WorkCalendar
from domain.case_deadlines import calendar_of, count_deadlines, engine_input, recount
from domain.case_guard import REFERENCE_READ, check_case
from domain.case_packs import pack_of, stored_pack, stored_switches
from domain.case_records import clean_input, load_case
from domain.deadline_facts import DeadlineResult
from domain.deadlines import compute_deadlines
from domain.errors import ValidationFailed
from domain.model import CalendarOverride, CaseInput
from domain.ports import UnitOfWork
from domain.rulepack import RulePackRegistry
from domain.text import normalize_text
from domain.validation import MAX_CALENDAR_NOTE_LENGTH, text_errors


class DeadlineService:
    """Counts, previews and recounts cases' Art. 45 limits and keeps the working-day calendar.

    CaseService owns one and delegates its deadline and calendar methods to it; its other writes
    that move limits (a switch change) recount through `recount` inside their own transaction.
    """

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        guard: Guard | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._guard = guard or Guard.system()

    def deadline_for(self, case_id: int) -> DeadlineResult:
        """A stored case's limits computed afresh, with the steps that explain them.

        Raises NotFound; ValidationFailed or RulePackError when they cannot be counted (the
        stored last day is then None).
        """
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            case = load_case(uow, case_id)
            return compute_deadlines(
                engine_input(case),
                stored_pack(self._packs, case.rule_pack, case.committed_on),
                calendar_of(uow),
                switches=stored_switches(self._packs, uow),
            )

    def preview_deadline(
        self, data: CaseInput, case_id: int | None = None
    ) -> DeadlineResult | None:
        """The limits of a case as typed (the editor's live panel); None while its facts are
        incomplete or invalid. `case_id` names the case being edited (it keeps its rule pack)."""
        check_case(self._guard, self._read_uow_factory, case_id)
        data = clean_input(data)
        if data.committed_on is None or data.discovered_on is None:
            return None
        with self._read_uow_factory() as uow:
            existing = load_case(uow, case_id) if case_id is not None else None
            pack = pack_of(self._packs, data, existing)
            return count_deadlines(
                engine_input(data), pack, calendar_of(uow), stored_switches(self._packs, uow)
            )

    def recompute_deadlines(self, open_only: bool = False) -> int:
        """Recount every (open) case's stored deadlines under today's calendar and switches, in
        one transaction; returns how many cases' dates changed (only those rows are written)."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        with self._uow_factory() as uow:
            changed = self.recount(uow, open_only=open_only)
            uow.commit()
        return changed

    def fill_missing_deadlines(self) -> int:
        """Compute the deadlines of cases stored without them (cases from before the deadline
        columns existed: migration 0002 cannot run the engine). Call once after opening; when
        none are missing it only reads (no write lock). Returns how many cases were filled."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        with self._read_uow_factory() as uow:
            if next(iter(uow.cases.deadline_facts(False, missing_only=True)), None) is None:
                return 0
        with self._uow_factory() as uow:
            changed = self.recount(uow, open_only=False, missing_only=True)
            uow.commit()
        return changed

    def calendar_overrides(self) -> list[CalendarOverride]:
        """The administrator's working-day corrections, by day."""
        self._guard.require_any(*REFERENCE_READ)
        with self._read_uow_factory() as uow:
            return uow.calendar.calendar_overrides()

    def work_calendar(self) -> WorkCalendar:
        """The working-day calendar the limits are counted in: holidays plus the overrides."""
        self._guard.require_any(*REFERENCE_READ)
        with self._read_uow_factory() as uow:
            return calendar_of(uow)

    def set_calendar_override(self, override: CalendarOverride) -> int:
        """Add or replace the override of one day, and recompute every open case's deadlines in
        the same transaction; returns how many open cases' dates changed."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        note = normalize_text(override.note)
        errors = text_errors("note", note, MAX_CALENDAR_NOTE_LENGTH)
        if errors:
            raise ValidationFailed(errors)
        with self._uow_factory() as uow:
            old = next(
                (o for o in uow.calendar.calendar_overrides() if o.day == override.day), None
            )
            uow.calendar.set_calendar_override(replace(override, note=note))
            uow.audit.append(
                "calendar.override_set",
                "calendar",
                override.day.isoformat(),
                diff_of(old, replace(override, note=note)),
            )
            changed = self.recount(uow, open_only=True)
            uow.commit()
        return changed

    def delete_calendar_override(self, day: date) -> bool:
        """Remove the override of `day` (False if there was none), recomputing the open cases'
        deadlines in the same transaction."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        with self._uow_factory() as uow:
            old = next((o for o in uow.calendar.calendar_overrides() if o.day == day), None)
            found = uow.calendar.delete_calendar_override(day)
            if found:
                uow.audit.append(
                    "calendar.override_deleted", "calendar", day.isoformat(), diff_of(old, None)
                )
                self.recount(uow, open_only=True)
                uow.commit()
        return found

    def recount(self, uow: UnitOfWork, *, open_only: bool, missing_only: bool = False) -> int:
        """Recount stored cases' deadlines inside the caller's transaction (it commits)."""
        return recount(
            uow,
            lambda pack_id, committed_on: stored_pack(self._packs, pack_id, committed_on),
            calendar_of(uow),
            stored_switches(self._packs, uow),
            open_only=open_only,
            missing_only=missing_only,
        )
