"""The case registry's operations: validate, write in one unit of work, record every change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from domain.authz import Guard, Permission
from domain.body_service import BodyService
from domain.calendar import WorkCalendar
from domain.case_assess import Assessment, assess
from domain.case_deadlines import stored_pauses
from domain.case_guard import (
    CASE_EDIT,
    REFERENCE_READ,
    EditRefused,
    body_errors,
    check_case,
    override_bodies,
    require_edit,
)
from domain.case_packs import SWITCH_KEY_PREFIX, stored_switches
from domain.case_queries import MAX_PAGE, CaseQueries
from domain.case_records import (
    OVERRIDE_EVENT,
    case_record,
    clean_input,
    created_event,
    edit_changes,
    event_json,
    load_case,
    record_override,
    save_servant,
    servant_record,
    servant_values,
)
from domain.clock import TrustedClock
from domain.clock_decisions import confirm_clock, is_decision, record_reason
from domain.consistency_service import (
    DEFAULT_YEARS,
    ComparableOptions,
    ConsistencyService,
    PenaltyReview,
)
from domain.criteria import Recommendation, Worksheet
from domain.deadline_facts import DeadlineResult
from domain.deadline_service import DeadlineService
from domain.errors import FieldError, ValidationFailed
from domain.iin import IinInfo, parse_iin
from domain.model import (
    Body,
    BodyKind,
    CalendarOverride,
    CaseDetail,
    CaseInput,
    Comparables,
    PenaltyTableEntry,
    Unit,
)
from domain.override_signoff import OverrideConfirmation, Signoff, require_signoff, sign_off
from domain.penalties import PenaltyBounds, PriorPenalty
from domain.penalty_service import PenaltyService
from domain.ports import UnitOfWork
from domain.rulepack import Offence, RulePack, RulePackRegistry, Text
from domain.worksheet_service import WorksheetService, WorksheetVersion

__all__ = ["MAX_PAGE", "OVERRIDE_EVENT", "CaseService"]


class CaseService(CaseQueries):
    """Registers and edits disciplinary cases over an abstract store (ports.UnitOfWork).

    Every write is one `with uow: ...; uow.commit()`: either all of it is stored, with its event
    in the case's timeline, or none of it. Refused input raises ValidationFailed before writing.
    """

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        today: Callable[[], date],
        now_utc: Callable[[], datetime],
        actor: str = "system",
        read_uow_factory: Callable[[], UnitOfWork] | None = None,
        guard: Guard | None = None,
        clock: TrustedClock | None = None,
        signoff: Signoff | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        # ProcedureService's service inside an order's transaction: the sign-off it checked.
        self._signoff = signoff
        # S13: with a trusted clock, a decision saved while the clock is behind needs a reason.
        self.clock = clock
        # Reads through a separate factory need not take the write lock (SQLite: plain BEGIN), so
        # a list refresh never waits behind another workstation's save.
        self._read_uow_factory = read_uow_factory or uow_factory
        self.packs = packs
        self._today = today
        self._now_utc = now_utc
        self.actor = actor
        # Who acts (domain.authz); the system guard keeps the CLI and older callers working.
        self._guard = guard = guard or Guard.system()
        # The deadline, calendar and penalty operations live in their own services; the methods
        # below delegate to them, so this class stays the one façade the UI and main.py call.
        read = self._read_uow_factory
        self._deadlines = DeadlineService(uow_factory, read, packs, guard)
        self._consistency = ConsistencyService(uow_factory, read, packs, today, guard)
        self._penalties = PenaltyService(read, packs, self._consistency)
        self._worksheets = WorksheetService(
            uow_factory, read, packs, now_utc, lambda: self.actor, guard
        )
        self._bodies = BodyService(uow_factory, read, guard)

    @property
    def guard(self) -> Guard:
        """Who acts: shared with the ProcedureService and AuthService of the session."""
        return self._guard

    # -- rule packs and switches -------------------------------------------------------------------

    def pack_for(self, on: date) -> RulePack:
        """The rule pack governing an offence committed on this date."""
        return self.packs.for_date(on)

    def caveat_for(self, on: date) -> Text | None:
        """The warning to show beside the pack applied to this date, if any."""
        return self.packs.caveat_for(on)

    def switches(self) -> dict[str, bool]:
        """Every legal switch: the packs' defaults overlaid by the administrator's stored values."""
        self._guard.require_any(*REFERENCE_READ)
        with self._read_uow_factory() as uow:
            return stored_switches(self.packs, uow)

    def set_switch(self, name: str, value: bool) -> None:
        """Store an administrator's choice for a switch the installed packs define.

        A change recomputes the stored deadlines of every open case in the same transaction
        (`move_to_next_working_day` moves last days); decided and closed cases keep theirs.
        """
        self._guard.require(Permission.SETTINGS_MANAGE)
        if name not in self.packs.switch_defaults():
            raise ValidationFailed([FieldError("switch", "switch.unknown", {"name": name})])
        with self._uow_factory() as uow:
            changed = stored_switches(self.packs, uow)[name] != value
            uow.settings.set_setting(SWITCH_KEY_PREFIX + name, "1" if value else "0")
            uow.audit.append(
                "settings.switch",
                "setting",
                name,
                {"value": [not value if changed else value, value]},
            )
            if changed:
                self._deadlines.recount(uow, open_only=True)
            uow.commit()

    def selectable_offences(self, on: date) -> tuple[Offence, ...]:
        """Offences a new case committed on `on` may be registered under, in catalogue order."""
        pack = self.packs.for_date(on)
        return pack.selectable_offences(self.switches())

    def check_iin(self, text: str) -> IinInfo:
        """What an IIN says (birth date, sex); raises IinError with a code if it is refused."""
        return parse_iin(text, self._today())

    # -- cases -------------------------------------------------------------------------------------

    def validate(self, data: CaseInput, case_id: int | None = None) -> list[FieldError]:
        """The problems saving `data` would meet, as a new case or as an edit of `case_id`.

        Besides the form's checks: the pause rows (`pauses.{i}.reason`, `pauses.{i}.end`), the
        termination date, and, for a penalty, its date against the limits (`decided_on`:
        deadline.expired, deadline.blocked_day) unless `override_reason` is filled in, its
        statutory bounds with the stored prior record and its justification (PenaltyService).
        """
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            existing = load_case(uow, case_id) if case_id is not None else None
            return self._assess(uow, clean_input(data), existing).errors

    def decision_problems(self, data: CaseInput, case_id: int | None = None) -> list[FieldError]:
        """What saving `data` would need an override reason for (field decided_on), whether or
        not one is given: the editor shows the reason box only when this is not empty."""
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            existing = load_case(uow, case_id) if case_id is not None else None
            return self._assess(uow, clean_input(data), existing).problems

    def today(self) -> date:
        """The date deadlines count from (a TrustedClock's: never before the audit trail)."""
        return self._today()

    def register_case(
        self,
        data: CaseInput,
        clock_reason: str = "",
        confirmation: OverrideConfirmation | None = None,
    ) -> int:
        """Store a new case (and its servant, found by IIN, and its pauses); returns the case id.

        The case's deadlines are computed and stored with it. A penalty decided after the last
        day, or on a day no penalty may be imposed, is refused unless `override_reason` is given
        (and, from a user, DEADLINE_OVERRIDE and a second user's `confirmation`:
        domain.override_signoff); then a "deadline_override" event records the reason, the
        problems and who confirmed. A decision while the clock is behind the audit trail needs
        `clock_reason` (domain.clock_decisions).
        """
        self._guard.require(Permission.CASE_CREATE)
        data = clean_input(data)
        # Checked outside the write transaction (domain.override_signoff.sign_off says why).
        signoff = sign_off(self._guard, data.override_reason, confirmation, (data.servant.body_id,))
        try:
            return self._register_case(data, clock_reason, signoff)
        except EditRefused as refused:
            self._guard.require(refused.permission)  # audits the denial, then raises
            raise

    def _register_case(self, data: CaseInput, clock_reason: str, signoff: Signoff) -> int:
        with self._uow_factory() as uow:
            assessed = self._assess(uow, data, None)
            errors = assessed.errors + body_errors(self._guard, data.servant.body_id)
            if errors:
                raise ValidationFailed(errors)
            if overriding := bool(assessed.problems and data.override_reason):
                require_edit(self._guard, {}, overriding)
            require_signoff(signoff, overriding)
            clock = confirm_clock(self.clock, is_decision(data), clock_reason, "decided_on")
            pack = assessed.pack
            offence = pack.offence(data.offence)
            servant_id, servant_changes = save_servant(uow, data.servant, self._today())
            now = self._now_utc()
            number = uow.cases.next_case_number(self._today().year)
            record = case_record(servant_id, data, pack, offence, assessed.result)
            case_id = uow.cases.add_case(number, record, now)
            if data.pauses:
                uow.cases.set_pauses(case_id, stored_pauses(data.pauses))
            event = created_event(number, data, pack, offence, assessed.result, servant_changes)
            uow.cases.add_event(case_id, "created", self.actor, now, event)
            record_override(
                uow, case_id, self.actor, now, data, assessed.problems, assessed.result, signoff
            )
            record_reason(uow, clock, case_id, "case", clock_reason)
            uow.commit()
        return case_id

    def update_case(
        self,
        case_id: int,
        data: CaseInput,
        clock_reason: str = "",
        confirmation: OverrideConfirmation | None = None,
    ) -> bool:
        """Store an edit (CaseService._update_case); facts need CASE_EDIT_FACTS, procedural
        fields CASE_EDIT_PROCEDURE, annulling CASE_ANNUL, an override DEADLINE_OVERRIDE and,
        from a user, a second user's `confirmation` (domain.override_signoff)."""
        self._guard.require_any(*CASE_EDIT)
        signoff = self._signoff
        if signoff is None:  # checked outside the write transaction, as register_case does
            read = self._read_uow_factory
            bodies = override_bodies(self._guard, read, case_id, data) if confirmation else ()
            signoff = sign_off(self._guard, data.override_reason, confirmation, bodies)
        try:
            return self._update_case(case_id, data, clock_reason, signoff)
        except EditRefused as refused:
            self._guard.require(refused.permission)  # audits the denial, then raises
            raise

    def _update_case(
        self, case_id: int, data: CaseInput, clock_reason: str, signoff: Signoff
    ) -> bool:
        """Store an edit; the "updated" event lists each changed field old -> new.

        Returns False, writing nothing, when nothing changed. A changed IIN moves the case to the
        servant with that IIN (added if unknown) rather than rewriting a record other cases share.
        """
        data = clean_input(data)
        with self._uow_factory() as uow:
            old = load_case(uow, case_id)
            self._guard.check_body(old.servant.body_id, f"case {case_id}")
            assessed = self._assess(uow, data, old)
            if assessed.errors:
                raise ValidationFailed(assessed.errors)
            pack = assessed.pack
            changes = edit_changes(old, data, pack)
            if not changes:
                return False
            overriding = bool(assessed.problems and data.override_reason)
            require_edit(self._guard, changes, overriding)
            require_signoff(signoff, overriding)
            if errors := body_errors(self._guard, data.servant.body_id):
                raise ValidationFailed(errors)
            decision = is_decision(data, changes)
            clock = confirm_clock(self.clock, decision, clock_reason, "decided_on")
            if data.servant.iin == old.servant.iin:
                servant_id = old.servant.id
                if servant_values(old.servant) != servant_values(data.servant):
                    uow.cases.update_servant(
                        servant_id, servant_record(data.servant, self._today())
                    )
            else:
                servant_id, _ = save_servant(uow, data.servant, self._today())
            now = self._now_utc()
            offence = pack.offence(data.offence)
            record = case_record(servant_id, data, pack, offence, assessed.result)
            uow.cases.update_case(case_id, record, now)
            if "pauses" in changes:
                uow.cases.set_pauses(case_id, stored_pauses(data.pauses))
            event: dict[str, Any] = {"changes": changes}
            last_day = assessed.result.last_day if assessed.result else None
            if last_day != old.last_day:
                event["last_day"] = {"old": event_json(old.last_day), "new": event_json(last_day)}
            uow.cases.add_event(case_id, "updated", self.actor, now, event)
            record_override(
                uow, case_id, self.actor, now, data, assessed.problems, assessed.result, signoff
            )
            record_reason(uow, clock, case_id, "case", clock_reason)
            uow.commit()
        return True

    def get_case(self, case_id: int) -> CaseDetail:
        """A case with its servant and timeline; raises NotFound."""
        self._guard.require(Permission.CASE_VIEW)
        with self._read_uow_factory() as uow:
            case = load_case(uow, case_id)
        self._guard.check_body(case.servant.body_id, f"case {case_id}")
        return case

    # -- deadlines and the working-day calendar (DeadlineService) ----------------------------------

    def deadline_for(self, case_id: int) -> DeadlineResult:
        """A stored case's limits computed afresh, with their steps (DeadlineService)."""
        return self._deadlines.deadline_for(case_id)

    def preview_deadline(
        self, data: CaseInput, case_id: int | None = None
    ) -> DeadlineResult | None:
        """The limits of a case as typed, None while uncountable (DeadlineService)."""
        return self._deadlines.preview_deadline(data, case_id)

    def recompute_deadlines(self, open_only: bool = False) -> int:
        """Recount every (open) case's stored deadlines (DeadlineService)."""
        return self._deadlines.recompute_deadlines(open_only)

    def fill_missing_deadlines(self) -> int:
        """Compute the deadlines of cases stored without them (DeadlineService)."""
        return self._deadlines.fill_missing_deadlines()

    def calendar_overrides(self) -> list[CalendarOverride]:
        """The administrator's working-day corrections, by day (DeadlineService)."""
        return self._deadlines.calendar_overrides()

    def work_calendar(self) -> WorkCalendar:
        """The working-day calendar the limits are counted in (DeadlineService)."""
        return self._deadlines.work_calendar()

    def set_calendar_override(self, override: CalendarOverride) -> int:
        """Add or replace one day's override, recounting open cases (DeadlineService)."""
        return self._deadlines.set_calendar_override(override)

    def delete_calendar_override(self, day: date) -> bool:
        """Remove one day's override, recounting open cases (DeadlineService)."""
        return self._deadlines.delete_calendar_override(day)

    # -- choosing the penalty (PenaltyService, ConsistencyService, WorksheetService) ---------------

    def allowed_for(
        self,
        offence: str,
        on: date,
        priors: Sequence[PriorPenalty],
        *,
        vacancy: bool = True,
        elected: bool = False,
    ) -> PenaltyBounds:
        """The statutory bounds for given facts, under the stored switches (PenaltyService)."""
        self._guard.require(Permission.CASE_VIEW)
        return self._penalties.allowed_for(offence, on, priors, vacancy=vacancy, elected=elected)

    def penalty_bounds(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> PenaltyBounds:
        """A case's statutory bounds with the stored prior record (PenaltyService)."""
        check_case(self._guard, self._read_uow_factory, case_id)
        return self._penalties.penalty_bounds(case_id, data)

    def comparable_cases(
        self,
        case_id: int | None = None,
        data: CaseInput | None = None,
        *,
        same_offence: bool = True,
        any_body: bool = False,
        similar_position: bool = False,
        years: int = DEFAULT_YEARS,
        limit: int = 50,
    ) -> Comparables:
        """Decided cases comparable to this one (ConsistencyService)."""
        options = ComparableOptions(same_offence, any_body, similar_position, years)
        return self._consistency.comparable_cases(case_id, data, options, limit)

    def consistency_range(
        self,
        case_id: int | None = None,
        data: CaseInput | None = None,
        *,
        same_offence: bool = True,
        any_body: bool = False,
        similar_position: bool = False,
        years: int = DEFAULT_YEARS,
    ) -> tuple[str, ...]:
        """The penalties usual among comparable cases (ConsistencyService)."""
        options = ComparableOptions(same_offence, any_body, similar_position, years)
        return self._consistency.consistency_range(case_id, data, options)

    def table_range(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> tuple[str, ...] | None:
        """The body's table-of-penalties range for the case (ConsistencyService)."""
        return self._consistency.table_range(case_id, data)

    def penalty_review(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> PenaltyReview:
        """Bounds, comparables, ranges, justification need, in one read (ConsistencyService)."""
        return self._consistency.penalty_review(case_id, data)

    def penalty_table(self, body_id: int, on: date | None = None) -> list[PenaltyTableEntry]:
        """A body's table of penalties in force on `on`, or all versions (ConsistencyService)."""
        return self._consistency.penalty_table(body_id, on)

    def set_penalty_table_entry(self, entry: PenaltyTableEntry) -> int:
        """Add or change a table-of-penalties entry (ConsistencyService)."""
        return self._consistency.set_penalty_table_entry(entry)

    def delete_penalty_table_entry(self, entry_id: int) -> bool:
        """Remove a table-of-penalties entry (ConsistencyService)."""
        return self._consistency.delete_penalty_table_entry(entry_id)

    def worksheet(self, case_id: int) -> Worksheet:
        """The case's current criteria worksheet (WorksheetService)."""
        return self._worksheets.worksheet(case_id)

    def worksheet_history(self, case_id: int) -> list[WorksheetVersion]:
        """Every saved version of the worksheet, oldest first (WorksheetService)."""
        return self._worksheets.worksheet_history(case_id)

    def save_worksheet(self, case_id: int, worksheet: Worksheet) -> int:
        """Save the worksheet as a new version; returns its number (WorksheetService)."""
        return self._worksheets.save_worksheet(case_id, worksheet)

    def recommendation(self, case_id: int) -> Recommendation:
        """What the latest worksheet recommends within the bounds (WorksheetService)."""
        return self._worksheets.recommendation(case_id)

    # -- bodies and units (BodyService) ------------------------------------------------------------

    def bodies(self) -> list[Body]:
        return self._bodies.bodies()

    def units(self, body_id: int | None = None) -> list[Unit]:
        return self._bodies.units(body_id)

    def add_body(
        self, name_ru: str, name_kk: str, kind: BodyKind = BodyKind.OTHER, region: str = ""
    ) -> int:
        """Add a state body; both names are required (BodyService)."""
        return self._bodies.add_body(name_ru, name_kk, kind, region)

    def add_unit(self, body_id: int, name_ru: str, name_kk: str) -> int:
        """Add a structural unit to an existing body (BodyService)."""
        return self._bodies.add_unit(body_id, name_ru, name_kk)

    # -- internals ---------------------------------------------------------------------------------

    def _assess(self, uow: UnitOfWork, data: CaseInput, existing: CaseDetail | None) -> Assessment:
        return assess(uow, self.packs, self._penalties, data, existing, self._today())
