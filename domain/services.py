"""The case registry's operations: validate, write in one unit of work, record every change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from domain.calendar import WorkCalendar
from domain.case_deadlines import (
    band_to_bounds,
    calendar_of,
    count_deadlines,
    decision_to_check,
    engine_input,
    pause_changes,
    pause_json,
    stored_pauses,
)
from domain.case_packs import SWITCH_KEY_PREFIX, pack_of, stored_switches
from domain.case_records import (
    case_record,
    case_values,
    clean_input,
    event_json,
    field_changes,
    load_case,
    servant_record,
    servant_values,
)
from domain.deadline_facts import DeadlineResult, Pause
from domain.deadline_service import DeadlineService
from domain.deadlines import check_decision_date
from domain.errors import FieldError, ValidationFailed
from domain.iin import IinInfo, parse_iin
from domain.model import (
    WARN_DAYS,
    Body,
    BodyKind,
    CalendarOverride,
    CaseDetail,
    CaseFilter,
    CaseInput,
    CaseRow,
    DeadlineStatus,
    ServantInput,
    SortKey,
    Unit,
)
from domain.ports import UnitOfWork
from domain.rulepack import Offence, RulePack, RulePackRegistry, Text
from domain.text import normalize_name, search_key
from domain.validation import MAX_BODY_NAME_LENGTH, text_errors, validate_case

MAX_PAGE = 1000
OVERRIDE_EVENT = "deadline_override"


@dataclass(frozen=True)
class _Assessment:
    """What saving a case's input would meet: refusals, the pack, its limits, decision problems."""

    errors: list[FieldError]
    pack: RulePack
    result: DeadlineResult | None  # None while the facts are incomplete or invalid
    # Problems of the decision date against the limits (field decided_on), refused unless the
    # input carries an override reason; empty when the decision is not (re)checked.
    problems: list[FieldError]


class CaseService:
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
    ) -> None:
        self._uow_factory = uow_factory
        # Reads through a separate factory need not take the write lock (SQLite: plain BEGIN), so
        # a list refresh never waits behind another workstation's save.
        self._read_uow_factory = read_uow_factory or uow_factory
        self.packs = packs
        self._today = today
        self._now_utc = now_utc
        self.actor = actor
        # The deadline and calendar operations live in their own service; the methods below
        # delegate to it, so this class stays the one façade the UI and main.py call.
        self._deadlines = DeadlineService(uow_factory, self._read_uow_factory, packs)

    # -- rule packs and switches ---------------------------------------------------------------

    def pack_for(self, on: date) -> RulePack:
        """The rule pack governing an offence committed on this date."""
        return self.packs.for_date(on)

    def caveat_for(self, on: date) -> Text | None:
        """The warning to show beside the pack applied to this date, if any."""
        return self.packs.caveat_for(on)

    def switches(self) -> dict[str, bool]:
        """Every legal switch: the packs' defaults overlaid by the administrator's stored values."""
        with self._read_uow_factory() as uow:
            return stored_switches(self.packs, uow)

    def set_switch(self, name: str, value: bool) -> None:
        """Store an administrator's choice for a switch the installed packs define.

        A change recomputes the stored deadlines of every open case in the same transaction
        (`move_to_next_working_day` moves last days); decided and closed cases keep theirs.
        """
        if name not in self.packs.switch_defaults():
            raise ValidationFailed([FieldError("switch", "switch.unknown", {"name": name})])
        with self._uow_factory() as uow:
            changed = stored_switches(self.packs, uow)[name] != value
            uow.settings.set_setting(SWITCH_KEY_PREFIX + name, "1" if value else "0")
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

    # -- cases ---------------------------------------------------------------------------------

    def validate(self, data: CaseInput, case_id: int | None = None) -> list[FieldError]:
        """The problems saving `data` would meet, as a new case or as an edit of `case_id`.

        Besides the form's checks: the pause rows (`pauses.{i}.reason`, `pauses.{i}.end`), the
        termination date, and, for a penalty, its date against the limits (`decided_on`:
        deadline.expired, deadline.blocked_day) unless `override_reason` is filled in.
        """
        with self._read_uow_factory() as uow:
            existing = load_case(uow, case_id) if case_id is not None else None
            return self._assess(uow, clean_input(data), existing).errors

    def decision_problems(self, data: CaseInput, case_id: int | None = None) -> list[FieldError]:
        """What saving `data` would need an override reason for (field decided_on), whether or
        not one is given: the editor shows the reason box only when this is not empty."""
        with self._read_uow_factory() as uow:
            existing = load_case(uow, case_id) if case_id is not None else None
            return self._assess(uow, clean_input(data), existing).problems

    def register_case(self, data: CaseInput) -> int:
        """Store a new case (and its servant, found by IIN, and its pauses); returns the case id.

        The case's deadlines are computed and stored with it. A penalty decided after the last
        day, or on a day no penalty may be imposed, is refused unless `override_reason` is given;
        then a "deadline_override" event records the reason and the problems.
        """
        data = clean_input(data)
        with self._uow_factory() as uow:
            assessed = self._assess(uow, data, None)
            if assessed.errors:
                raise ValidationFailed(assessed.errors)
            pack = assessed.pack
            offence = pack.offence(data.offence)
            servant_id, servant_changes = self._save_servant(uow, data.servant)
            now = self._now_utc()
            number = uow.cases.next_case_number(self._today().year)
            record = case_record(servant_id, data, pack, offence, assessed.result)
            case_id = uow.cases.add_case(number, record, now)
            if data.pauses:
                uow.cases.set_pauses(case_id, stored_pauses(data.pauses))
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
                "last_day": event_json(assessed.result.last_day) if assessed.result else None,
            }
            if servant_changes:
                # The servant was known: what registering this case changed in their record.
                event["servant_changes"] = servant_changes
            uow.cases.add_event(case_id, "created", self.actor, now, event)
            self._record_override(uow, case_id, now, data, assessed)
            uow.commit()
        return case_id

    def update_case(self, case_id: int, data: CaseInput) -> bool:
        """Store an edit; the "updated" event lists each changed field old -> new.

        Returns False, writing nothing, when nothing changed. A changed IIN moves the case to the
        servant with that IIN (added if unknown) rather than rewriting a record other cases share.
        """
        data = clean_input(data)
        with self._uow_factory() as uow:
            old = load_case(uow, case_id)
            assessed = self._assess(uow, data, old)
            if assessed.errors:
                raise ValidationFailed(assessed.errors)
            pack = assessed.pack
            changes = field_changes(
                servant_values(old.servant), servant_values(data.servant), "servant."
            )
            changes |= field_changes(case_values(old), case_values(data))
            pauses_diff = pause_changes(old.pauses, data.pauses)
            if pauses_diff is not None:
                changes["pauses"] = pauses_diff
            if pack.id != old.rule_pack:
                changes["rule_pack"] = {"old": old.rule_pack, "new": pack.id}
            if not changes:
                return False
            if data.servant.iin == old.servant.iin:
                servant_id = old.servant.id
                if servant_values(old.servant) != servant_values(data.servant):
                    uow.cases.update_servant(
                        servant_id, servant_record(data.servant, self._today())
                    )
            else:
                servant_id, _ = self._save_servant(uow, data.servant)
            now = self._now_utc()
            offence = pack.offence(data.offence)
            record = case_record(servant_id, data, pack, offence, assessed.result)
            uow.cases.update_case(case_id, record, now)
            if pauses_diff is not None:
                uow.cases.set_pauses(case_id, stored_pauses(data.pauses))
            event: dict[str, Any] = {"changes": changes}
            last_day = assessed.result.last_day if assessed.result else None
            if last_day != old.last_day:
                event["last_day"] = {"old": event_json(old.last_day), "new": event_json(last_day)}
            uow.cases.add_event(case_id, "updated", self.actor, now, event)
            self._record_override(uow, case_id, now, data, assessed)
            uow.commit()
        return True

    def get_case(self, case_id: int) -> CaseDetail:
        """A case with its servant and timeline; raises NotFound."""
        with self._read_uow_factory() as uow:
            return load_case(uow, case_id)

    def list_cases(
        self,
        flt: CaseFilter,
        sort: SortKey = SortKey.NUMBER,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[CaseRow]:
        """One page of the case list, filtered and sorted by the store.

        SortKey.LAST_DAY puts cases without a last day after the others in both directions.
        The watch list is `list_cases(CaseFilter(open_only=True), SortKey.LAST_DAY)`.
        """
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValueError(f"bad page: offset={offset}, limit={limit}")
        with self._read_uow_factory() as uow:
            return uow.queries.page(self._store_filter(flt), sort, descending, offset, limit)

    def count_cases(self, flt: CaseFilter) -> int:
        """How many cases the filter matches."""
        with self._read_uow_factory() as uow:
            return uow.queries.count(self._store_filter(flt))

    def group_counts(self, flt: CaseFilter) -> dict[str, int]:
        """Cases per Art. 50 group ("I", "II", "III", NO_GROUP) under the filter."""
        with self._read_uow_factory() as uow:
            return uow.queries.group_counts(self._store_filter(flt))

    def deadline_counts(self, flt: CaseFilter | None = None) -> dict[DeadlineStatus, int]:
        """Open cases per deadline band under the filter (its own band choice ignored)."""
        base = replace(flt or CaseFilter(), deadline=None)
        with self._read_uow_factory() as uow:
            return {
                band: uow.queries.count(self._store_filter(replace(base, deadline=band)))
                for band in DeadlineStatus
            }

    def expiring_this_week(self) -> int:
        """Open cases whose last day is today or within WARN_DAYS days (the start-up notice)."""
        today = self._today()
        return self.count_cases(
            CaseFilter(
                open_only=True,
                last_day_from=today,
                last_day_to=today + timedelta(days=WARN_DAYS),
            )
        )

    def expired_open(self) -> int:
        """Open cases whose last day has passed: no penalty may be imposed on them any more."""
        return self.count_cases(CaseFilter(deadline=DeadlineStatus.EXPIRED))

    # -- deadlines and the working-day calendar (DeadlineService) ------------------------------

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

    # -- bodies and units ----------------------------------------------------------------------

    def bodies(self) -> list[Body]:
        with self._read_uow_factory() as uow:
            return uow.queries.bodies()

    def units(self, body_id: int | None = None) -> list[Unit]:
        with self._read_uow_factory() as uow:
            return uow.queries.units(body_id)

    def add_body(
        self, name_ru: str, name_kk: str, kind: BodyKind = BodyKind.OTHER, region: str = ""
    ) -> int:
        """Add a state body; both names are required."""
        name_ru, name_kk, region = (
            normalize_name(name_ru),
            normalize_name(name_kk),
            normalize_name(region),
        )
        errors = _names_errors(name_ru, name_kk)
        errors += text_errors("region", region, MAX_BODY_NAME_LENGTH)
        if errors:
            raise ValidationFailed(errors)
        with self._uow_factory() as uow:
            body_id = uow.cases.add_body(name_ru, name_kk, BodyKind(kind), region)
            uow.commit()
        return body_id

    def add_unit(self, body_id: int, name_ru: str, name_kk: str) -> int:
        """Add a structural unit to an existing body; both names are required."""
        name_ru, name_kk = normalize_name(name_ru), normalize_name(name_kk)
        errors = _names_errors(name_ru, name_kk)
        with self._uow_factory() as uow:
            if all(b.id != body_id for b in uow.queries.bodies()):
                errors.append(FieldError("body_id", "body.unknown", {"id": body_id}))
            if errors:
                raise ValidationFailed(errors)
            unit_id = uow.cases.add_unit(body_id, name_ru, name_kk)
            uow.commit()
        return unit_id

    # -- internals -----------------------------------------------------------------------------

    def _assess(self, uow: UnitOfWork, data: CaseInput, existing: CaseDetail | None) -> _Assessment:
        pack = pack_of(self.packs, data, existing)
        switches = stored_switches(self.packs, uow)
        errors = validate_case(
            data,
            pack,
            pack.effective_switches(switches),
            self._today(),
            is_new=existing is None,
            kept_offence=existing.offence if existing is not None else None,
        )
        errors += self._reference_errors(uow, data.servant)
        result = None
        if data.committed_on is not None and data.discovered_on is not None:
            result = count_deadlines(engine_input(data), pack, calendar_of(uow), switches)
        problems: list[FieldError] = []
        if result is not None and data.decided_on is not None and decision_to_check(data, existing):
            pauses = [Pause(p.reason, p.start, p.end) for p in data.pauses]
            problems = [
                replace(p, field="decided_on")
                for p in check_decision_date(result, data.decided_on, pauses, pack)
            ]
            if not data.override_reason:
                errors += problems
        return _Assessment(errors=errors, pack=pack, result=result, problems=problems)

    def _record_override(
        self,
        uow: UnitOfWork,
        case_id: int,
        now: datetime,
        data: CaseInput,
        assessed: _Assessment,
    ) -> None:
        """The timeline entry of a penalty saved against the limits, with its written reason.

        Who may override is for the roles (RELIABILITY 3.2: commission secretary with the chair's
        confirmation); until they exist any user with the reason may.
        """
        if not assessed.problems or not data.override_reason:
            return
        assert assessed.result is not None  # problems come from a result
        uow.cases.add_event(
            case_id,
            OVERRIDE_EVENT,
            self.actor,
            now,
            {
                "reason": data.override_reason,
                "decided_on": event_json(data.decided_on),
                "last_day": event_json(assessed.result.last_day),
                "problems": [{"code": p.code, "params": p.params} for p in assessed.problems],
            },
        )

    def _store_filter(self, flt: CaseFilter) -> CaseFilter:
        """The filter as the store takes it: search folded, a deadline band turned into bounds
        on the last day of open cases, counted from today."""
        return band_to_bounds(replace(flt, search=search_key(flt.search)), self._today())

    def _reference_errors(self, uow: UnitOfWork, s: ServantInput) -> list[FieldError]:
        """The body and unit must exist (the unit inside that body): no foreign-key crash later."""
        if s.body_id is None:
            return []  # already reported as required
        if all(b.id != s.body_id for b in uow.queries.bodies()):
            return [FieldError("servant.body_id", "body.unknown", {"id": s.body_id})]
        if s.unit_id is not None and all(u.id != s.unit_id for u in uow.queries.units(s.body_id)):
            return [FieldError("servant.unit_id", "unit.unknown", {"id": s.unit_id})]
        return []

    def _save_servant(self, uow: UnitOfWork, s: ServantInput) -> tuple[int, dict[str, Any]]:
        """Find the servant by IIN, bringing their details up to date, or add them."""
        record = servant_record(s, self._today())
        known = uow.cases.find_servant_by_iin(s.iin)
        if known is None:
            return uow.cases.add_servant(record), {}
        changes = field_changes(servant_values(known), servant_values(s), "servant.")
        if changes:
            uow.cases.update_servant(known.id, record)
        return known.id, changes


def _names_errors(name_ru: str, name_kk: str) -> list[FieldError]:
    errors: list[FieldError] = []
    for field_name, value in (("name_ru", name_ru), ("name_kk", name_kk)):
        if not value:
            errors.append(FieldError(field_name, "required"))
        else:
            errors += text_errors(field_name, value, MAX_BODY_NAME_LENGTH)
    return errors
