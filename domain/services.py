"""The case registry's operations: validate, write in one unit of work, record every change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from domain.calendar import WorkCalendar
from domain.case_deadlines import (
    band_to_bounds,
    calendar_of,
    count_deadlines,
    deadline_dates,
    decision_to_check,
    engine_input,
    pause_changes,
    pause_json,
    recount,
    stored_pauses,
)
from domain.deadlines import DeadlineResult, Pause, check_decision_date, compute_deadlines
from domain.errors import FieldError, NotFound, ValidationFailed
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
    Servant,
    ServantInput,
    SortKey,
    Unit,
)
from domain.ports import CaseRecord, ServantRecord, UnitOfWork
from domain.rulepack import Offence, RulePack, RulePackRegistry, Text
from domain.text import normalize_name, normalize_text, search_key
from domain.validation import (
    MAX_BODY_NAME_LENGTH,
    MAX_CALENDAR_NOTE_LENGTH,
    text_errors,
    validate_case,
)

SWITCH_KEY_PREFIX = "switch."
MAX_PAGE = 1000
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
)


def _json(value: object) -> Any:
    """A value as it goes into an event's JSON data."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def switch_value(raw: str | None) -> bool | None:
    """A stored switch setting as a bool; None when it is missing or unreadable."""
    if raw is None:
        return None
    return {"1": True, "true": True, "0": False, "false": False}.get(raw.strip().lower())


def _clean(data: CaseInput) -> CaseInput:
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


@dataclass(frozen=True)
class _Assessment:
    """What saving a case's input would meet: refusals, the pack, its limits, decision problems."""

    errors: list[FieldError]
    pack: RulePack
    result: DeadlineResult | None  # None while the facts are incomplete or invalid
    # Problems of the decision date against the limits (field decided_on), refused unless the
    # input carries an override reason; empty when the decision is not (re)checked.
    problems: list[FieldError]


def _servant_values(s: Servant | ServantInput) -> dict[str, Any]:
    return {name: getattr(s, name) for name in _SERVANT_FIELDS}


def _case_values(c: CaseDetail | CaseInput) -> dict[str, Any]:
    return {name: getattr(c, name) for name in _CASE_FIELDS}


def _diff(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    return {
        f"{prefix}{k}": {"old": _json(old[k]), "new": _json(new[k])}
        for k in new
        if old[k] != new[k]
    }


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
            return self._switches(uow)

    def set_switch(self, name: str, value: bool) -> None:
        """Store an administrator's choice for a switch the installed packs define.

        A change recomputes the stored deadlines of every open case in the same transaction
        (`move_to_next_working_day` moves last days); decided and closed cases keep theirs.
        """
        if name not in self.packs.switch_defaults():
            raise ValidationFailed([FieldError("switch", "switch.unknown", {"name": name})])
        with self._uow_factory() as uow:
            changed = self._switches(uow)[name] != value
            uow.settings.set_setting(SWITCH_KEY_PREFIX + name, "1" if value else "0")
            if changed:
                self._recompute(uow, open_only=True)
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
            existing = self._get(uow, case_id) if case_id is not None else None
            return self._assess(uow, _clean(data), existing).errors

    def decision_problems(self, data: CaseInput, case_id: int | None = None) -> list[FieldError]:
        """What saving `data` would need an override reason for (field decided_on), whether or
        not one is given: the editor shows the reason box only when this is not empty."""
        with self._read_uow_factory() as uow:
            existing = self._get(uow, case_id) if case_id is not None else None
            return self._assess(uow, _clean(data), existing).problems

    def register_case(self, data: CaseInput) -> int:
        """Store a new case (and its servant, found by IIN, and its pauses); returns the case id.

        The case's deadlines are computed and stored with it. A penalty decided after the last
        day, or on a day no penalty may be imposed, is refused unless `override_reason` is given;
        then a "deadline_override" event records the reason and the problems.
        """
        data = _clean(data)
        with self._uow_factory() as uow:
            assessed = self._assess(uow, data, None)
            if assessed.errors:
                raise ValidationFailed(assessed.errors)
            pack = assessed.pack
            offence = pack.offence(data.offence)
            servant_id, servant_changes = self._save_servant(uow, data.servant)
            now = self._now_utc()
            number = uow.cases.next_case_number(self._today().year)
            record = self._case_record(servant_id, data, pack, offence, assessed.result)
            case_id = uow.cases.add_case(number, record, now)
            if data.pauses:
                uow.cases.set_pauses(case_id, stored_pauses(data.pauses))
            facts = {
                **{f"servant.{k}": _json(v) for k, v in _servant_values(data.servant).items()},
                **{k: _json(v) for k, v in _case_values(data).items()},
            }
            if data.pauses:
                facts["pauses"] = [pause_json(p) for p in stored_pauses(data.pauses)]
            event: dict[str, Any] = {
                "number": number,
                "rule_pack": pack.id,
                "offence_group": offence.group,
                "facts": facts,
                "last_day": _json(assessed.result.last_day) if assessed.result else None,
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
        data = _clean(data)
        with self._uow_factory() as uow:
            old = self._get(uow, case_id)
            assessed = self._assess(uow, data, old)
            if assessed.errors:
                raise ValidationFailed(assessed.errors)
            pack = assessed.pack
            changes = _diff(_servant_values(old.servant), _servant_values(data.servant), "servant.")
            changes |= _diff(_case_values(old), _case_values(data))
            pauses_diff = pause_changes(old.pauses, data.pauses)
            if pauses_diff is not None:
                changes["pauses"] = pauses_diff
            if pack.id != old.rule_pack:
                changes["rule_pack"] = {"old": old.rule_pack, "new": pack.id}
            if not changes:
                return False
            if data.servant.iin == old.servant.iin:
                servant_id = old.servant.id
                if _servant_values(old.servant) != _servant_values(data.servant):
                    uow.cases.update_servant(servant_id, self._servant_record(data.servant))
            else:
                servant_id, _ = self._save_servant(uow, data.servant)
            now = self._now_utc()
            offence = pack.offence(data.offence)
            record = self._case_record(servant_id, data, pack, offence, assessed.result)
            uow.cases.update_case(case_id, record, now)
            if pauses_diff is not None:
                uow.cases.set_pauses(case_id, stored_pauses(data.pauses))
            event: dict[str, Any] = {"changes": changes}
            last_day = assessed.result.last_day if assessed.result else None
            if last_day != old.last_day:
                event["last_day"] = {"old": _json(old.last_day), "new": _json(last_day)}
            uow.cases.add_event(case_id, "updated", self.actor, now, event)
            self._record_override(uow, case_id, now, data, assessed)
            uow.commit()
        return True

    def get_case(self, case_id: int) -> CaseDetail:
        """A case with its servant and timeline; raises NotFound."""
        with self._read_uow_factory() as uow:
            return self._get(uow, case_id)

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

    # -- deadlines -----------------------------------------------------------------------------

    def deadline_for(self, case_id: int) -> DeadlineResult:
        """A stored case's limits computed afresh, with the steps that explain them.

        Raises NotFound; ValidationFailed or RulePackError when they cannot be counted (the
        stored last day is then None).
        """
        with self._read_uow_factory() as uow:
            case = self._get(uow, case_id)
            return compute_deadlines(
                engine_input(case),
                self._stored_pack(case.rule_pack, case.committed_on),
                calendar_of(uow),
                switches=self._switches(uow),
            )

    def preview_deadline(
        self, data: CaseInput, case_id: int | None = None
    ) -> DeadlineResult | None:
        """The limits of a case as typed (the editor's live panel); None while its facts are
        incomplete or invalid. `case_id` names the case being edited (it keeps its rule pack)."""
        data = _clean(data)
        if data.committed_on is None or data.discovered_on is None:
            return None
        with self._read_uow_factory() as uow:
            existing = self._get(uow, case_id) if case_id is not None else None
            pack = self._pack_of(data, existing)
            return count_deadlines(engine_input(data), pack, calendar_of(uow), self._switches(uow))

    def recompute_deadlines(self, open_only: bool = False) -> int:
        """Recount every (open) case's stored deadlines under today's calendar and switches, in
        one transaction; returns how many cases' dates changed (only those rows are written)."""
        with self._uow_factory() as uow:
            changed = self._recompute(uow, open_only=open_only)
            uow.commit()
        return changed

    def fill_missing_deadlines(self) -> int:
        """Compute the deadlines of cases stored without them (cases from before the deadline
        columns existed: migration 0002 cannot run the engine). Call once after opening; when
        none are missing it only reads (no write lock). Returns how many cases were filled."""
        with self._read_uow_factory() as uow:
            if next(iter(uow.cases.deadline_facts(False, missing_only=True)), None) is None:
                return 0
        with self._uow_factory() as uow:
            changed = self._recompute(uow, open_only=False, missing_only=True)
            uow.commit()
        return changed

    # -- working-day calendar ------------------------------------------------------------------

    def calendar_overrides(self) -> list[CalendarOverride]:
        """The administrator's working-day corrections, by day."""
        with self._read_uow_factory() as uow:
            return uow.calendar.calendar_overrides()

    def work_calendar(self) -> WorkCalendar:
        """The working-day calendar the limits are counted in: holidays plus the overrides."""
        with self._read_uow_factory() as uow:
            return calendar_of(uow)

    def set_calendar_override(self, override: CalendarOverride) -> int:
        """Add or replace the override of one day, and recompute every open case's deadlines in
        the same transaction; returns how many open cases' dates changed."""
        note = normalize_text(override.note)
        errors = text_errors("note", note, MAX_CALENDAR_NOTE_LENGTH)
        if errors:
            raise ValidationFailed(errors)
        with self._uow_factory() as uow:
            uow.calendar.set_calendar_override(replace(override, note=note))
            changed = self._recompute(uow, open_only=True)
            uow.commit()
        return changed

    def delete_calendar_override(self, day: date) -> bool:
        """Remove the override of `day` (False if there was none), recomputing the open cases'
        deadlines in the same transaction."""
        with self._uow_factory() as uow:
            found = uow.calendar.delete_calendar_override(day)
            if found:
                self._recompute(uow, open_only=True)
                uow.commit()
        return found

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

    def _get(self, uow: UnitOfWork, case_id: int) -> CaseDetail:
        detail = uow.cases.get_case(case_id)
        if detail is None:
            raise NotFound(f"case {case_id}")
        return detail

    def _switches(self, uow: UnitOfWork) -> dict[str, bool]:
        result = self.packs.switch_defaults()
        for name in result:
            stored = switch_value(uow.settings.get_setting(SWITCH_KEY_PREFIX + name))
            if stored is not None:
                result[name] = stored
        return result

    def _pack_for_edit(self, old: CaseDetail, data: CaseInput) -> RulePack:
        """An edit keeps the case's recorded pack unless the offence date moved (or it is gone)."""
        kept = self.packs.find(old.rule_pack)
        if kept is not None and data.committed_on == old.committed_on:
            return kept
        return self.packs.for_date(data.committed_on or old.committed_on)

    def _pack_of(self, data: CaseInput, existing: CaseDetail | None) -> RulePack:
        if existing is not None:
            return self._pack_for_edit(existing, data)
        if data.committed_on is not None:
            return self.packs.for_date(data.committed_on)
        return self.packs.default

    def _stored_pack(self, pack_id: str, committed_on: date) -> RulePack:
        return self.packs.find(pack_id) or self.packs.for_date(committed_on)

    def _assess(self, uow: UnitOfWork, data: CaseInput, existing: CaseDetail | None) -> _Assessment:
        pack = self._pack_of(data, existing)
        switches = self._switches(uow)
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
                "decided_on": _json(data.decided_on),
                "last_day": _json(assessed.result.last_day),
                "problems": [{"code": p.code, "params": p.params} for p in assessed.problems],
            },
        )

    def _store_filter(self, flt: CaseFilter) -> CaseFilter:
        """The filter as the store takes it: search folded, a deadline band turned into bounds
        on the last day of open cases, counted from today."""
        return band_to_bounds(replace(flt, search=search_key(flt.search)), self._today())

    def _recompute(self, uow: UnitOfWork, *, open_only: bool, missing_only: bool = False) -> int:
        return recount(
            uow,
            self._stored_pack,
            calendar_of(uow),
            self._switches(uow),
            open_only=open_only,
            missing_only=missing_only,
        )

    def _reference_errors(self, uow: UnitOfWork, s: ServantInput) -> list[FieldError]:
        """The body and unit must exist (the unit inside that body): no foreign-key crash later."""
        if s.body_id is None:
            return []  # already reported as required
        if all(b.id != s.body_id for b in uow.queries.bodies()):
            return [FieldError("servant.body_id", "body.unknown", {"id": s.body_id})]
        if s.unit_id is not None and all(u.id != s.unit_id for u in uow.queries.units(s.body_id)):
            return [FieldError("servant.unit_id", "unit.unknown", {"id": s.unit_id})]
        return []

    def _servant_record(self, s: ServantInput) -> ServantRecord:
        info = parse_iin(s.iin, self._today())  # validated before; derives birth date and sex
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

    def _save_servant(self, uow: UnitOfWork, s: ServantInput) -> tuple[int, dict[str, Any]]:
        """Find the servant by IIN, bringing their details up to date, or add them."""
        record = self._servant_record(s)
        known = uow.cases.find_servant_by_iin(s.iin)
        if known is None:
            return uow.cases.add_servant(record), {}
        changes = _diff(_servant_values(known), _servant_values(s), "servant.")
        if changes:
            uow.cases.update_servant(known.id, record)
        return known.id, changes

    @staticmethod
    def _case_record(
        servant_id: int,
        data: CaseInput,
        pack: RulePack,
        offence: Offence,
        result: DeadlineResult | None,
    ) -> CaseRecord:
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


def _names_errors(name_ru: str, name_kk: str) -> list[FieldError]:
    errors: list[FieldError] = []
    for field_name, value in (("name_ru", name_ru), ("name_kk", name_kk)):
        if not value:
            errors.append(FieldError(field_name, "required"))
        else:
            errors += text_errors(field_name, value, MAX_BODY_NAME_LENGTH)
    return errors
