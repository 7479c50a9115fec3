"""The case registry's operations: validate, write in one unit of work, record every change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from domain.errors import FieldError, NotFound, ValidationFailed
from domain.iin import IinInfo, parse_iin
from domain.model import (
    Body,
    BodyKind,
    CaseDetail,
    CaseFilter,
    CaseInput,
    CaseRow,
    Servant,
    ServantInput,
    SortKey,
    Unit,
)
from domain.ports import CaseRecord, ServantRecord, UnitOfWork
from domain.rulepack import Offence, RulePack, RulePackRegistry, Text
from domain.text import normalize_name, normalize_text, search_key
from domain.validation import MAX_BODY_NAME_LENGTH, text_errors, validate_case

SWITCH_KEY_PREFIX = "switch."
MAX_PAGE = 1000

# Case fields in the order the editor shows them; the diff of an update follows this order.
_SERVANT_FIELDS = ("full_name", "iin", "position", "category", "elected", "body_id", "unit_id")
_CASE_FIELDS = (
    "offence",
    "committed_on",
    "discovered_on",
    "continuing_until",
    "description",
    "report_source",
    "status",
)


def _json(value: object) -> Any:
    """A value as it goes into an event's JSON data."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def _switch_value(raw: str | None) -> bool | None:
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
    )


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
        """Store an administrator's choice for a switch the installed packs define."""
        if name not in self.packs.switch_defaults():
            raise ValidationFailed([FieldError("switch", "switch.unknown", {"name": name})])
        with self._uow_factory() as uow:
            uow.settings.set_setting(SWITCH_KEY_PREFIX + name, "1" if value else "0")
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
        """The problems saving `data` would meet, as a new case or as an edit of `case_id`."""
        with self._read_uow_factory() as uow:
            existing = self._get(uow, case_id) if case_id is not None else None
            return self._validate(uow, _clean(data), existing)

    def register_case(self, data: CaseInput) -> int:
        """Store a new case (and its servant, found by IIN); returns the case id."""
        data = _clean(data)
        with self._uow_factory() as uow:
            errors = self._validate(uow, data, None)
            if errors:
                raise ValidationFailed(errors)
            assert data.committed_on is not None  # validated
            pack = self.packs.for_date(data.committed_on)
            offence = pack.offence(data.offence)
            servant_id, servant_changes = self._save_servant(uow, data.servant)
            now = self._now_utc()
            number = uow.cases.next_case_number(self._today().year)
            case_id = uow.cases.add_case(
                number, self._case_record(servant_id, data, pack, offence), now
            )
            event: dict[str, Any] = {
                "number": number,
                "rule_pack": pack.id,
                "offence_group": offence.group,
                "facts": {
                    **{f"servant.{k}": _json(v) for k, v in _servant_values(data.servant).items()},
                    **{k: _json(v) for k, v in _case_values(data).items()},
                },
            }
            if servant_changes:
                # The servant was known: what registering this case changed in their record.
                event["servant_changes"] = servant_changes
            uow.cases.add_event(case_id, "created", self.actor, now, event)
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
            errors = self._validate(uow, data, old)
            if errors:
                raise ValidationFailed(errors)
            pack = self._pack_for_edit(old, data)
            changes = _diff(_servant_values(old.servant), _servant_values(data.servant), "servant.")
            changes |= _diff(_case_values(old), _case_values(data))
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
            record = self._case_record(servant_id, data, pack, pack.offence(data.offence))
            uow.cases.update_case(case_id, record, now)
            uow.cases.add_event(case_id, "updated", self.actor, now, {"changes": changes})
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
        """One page of the case list, filtered and sorted by the store."""
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValueError(f"bad page: offset={offset}, limit={limit}")
        with self._read_uow_factory() as uow:
            return uow.queries.page(_folded(flt), sort, descending, offset, limit)

    def count_cases(self, flt: CaseFilter) -> int:
        """How many cases the filter matches."""
        with self._read_uow_factory() as uow:
            return uow.queries.count(_folded(flt))

    def group_counts(self, flt: CaseFilter) -> dict[str, int]:
        """Cases per Art. 50 group ("I", "II", "III", NO_GROUP) under the filter."""
        with self._read_uow_factory() as uow:
            return uow.queries.group_counts(_folded(flt))

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
            stored = _switch_value(uow.settings.get_setting(SWITCH_KEY_PREFIX + name))
            if stored is not None:
                result[name] = stored
        return result

    def _pack_for_edit(self, old: CaseDetail, data: CaseInput) -> RulePack:
        """An edit keeps the case's recorded pack unless the offence date moved (or it is gone)."""
        kept = self.packs.find(old.rule_pack)
        if kept is not None and data.committed_on == old.committed_on:
            return kept
        return self.packs.for_date(data.committed_on or old.committed_on)

    def _validate(
        self, uow: UnitOfWork, data: CaseInput, existing: CaseDetail | None
    ) -> list[FieldError]:
        if existing is not None:
            pack = self._pack_for_edit(existing, data)
        elif data.committed_on is not None:
            pack = self.packs.for_date(data.committed_on)
        else:
            pack = self.packs.default
        errors = validate_case(
            data,
            pack,
            pack.effective_switches(self._switches(uow)),
            self._today(),
            is_new=existing is None,
            kept_offence=existing.offence if existing is not None else None,
        )
        return errors + self._reference_errors(uow, data.servant)

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
        servant_id: int, data: CaseInput, pack: RulePack, offence: Offence
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
        )


def _folded(flt: CaseFilter) -> CaseFilter:
    """The filter with its search text in `search_key` form, as the store compares it."""
    return replace(flt, search=search_key(flt.search))


def _names_errors(name_ru: str, name_kk: str) -> list[FieldError]:
    errors: list[FieldError] = []
    for field_name, value in (("name_ru", name_ru), ("name_kk", name_kk)):
        if not value:
            errors.append(FieldError(field_name, "required"))
        else:
            errors += text_errors(field_name, value, MAX_BODY_NAME_LENGTH)
    return errors
