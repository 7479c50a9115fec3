"""CaseStore and SettingsStore over a Session: ORM rows in, `domain.model` records out."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.collation import name_sort_key
from db.errors import translate_errors
from db.models import (
    DbAppSetting,
    DbBody,
    DbCase,
    DbCaseEvent,
    DbCaseNumberSeq,
    DbServant,
    DbUnit,
)
from domain.errors import NotFound
from domain.model import (
    BodyKind,
    CaseDetail,
    CaseEvent,
    CaseStatus,
    Servant,
    ServiceCategory,
    Sex,
)
from domain.ports import CaseRecord, ServantRecord


def case_number(year: int, n: int) -> str:
    """The registration number: year and a six-digit counter, e.g. 2025-000042."""
    return f"{year}-{n:06d}"


def search_tail(name_key: str, iin: str) -> str:
    """What follows the number in `cases.search_key`; NUL is dropped so no stored key holds one."""
    return f" {name_key} {iin}".replace("\x00", "")


def case_search_key(number: str, name_key: str, iin: str) -> str:
    """The folded text the list search matches: number, folded full name and IIN."""
    return number + search_tail(name_key, iin)


def to_servant(row: DbServant) -> Servant:
    return Servant(
        id=row.id,
        full_name=row.full_name,
        iin=row.iin,
        birth_date=row.birth_date,
        sex=Sex(row.sex),
        position=row.position,
        category=ServiceCategory(row.category),
        elected=row.elected,
        body_id=row.body_id,
        unit_id=row.unit_id,
    )


def _json_default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def event_json(data: dict[str, Any]) -> str:
    """Canonical JSON of an event's data: sorted keys, no padding, text kept readable."""
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_default
    )


class SqlCaseStore:
    """Writes and single-record reads of bodies, servants, cases and their timelines."""

    def __init__(self, session: Session, *, lang: str = "ru") -> None:
        self._session = session
        self._lang = lang

    @translate_errors()
    def add_body(self, name_ru: str, name_kk: str, kind: BodyKind, region: str) -> int:
        row = DbBody(name_ru=name_ru, name_kk=name_kk, kind=BodyKind(kind).value, region=region)
        self._session.add(row)
        self._session.flush()
        return row.id

    @translate_errors()
    def add_unit(self, body_id: int, name_ru: str, name_kk: str) -> int:
        row = DbUnit(body_id=body_id, name_ru=name_ru, name_kk=name_kk)
        self._session.add(row)
        self._session.flush()
        return row.id

    @translate_errors()
    def find_servant_by_iin(self, iin: str) -> Servant | None:
        row = self._session.scalars(select(DbServant).where(DbServant.iin == iin)).first()
        return to_servant(row) if row is not None else None

    @translate_errors()
    def add_servant(self, record: ServantRecord) -> int:
        now = datetime.now(UTC)
        row = DbServant(created_at=now, updated_at=now, **_servant_values(record))
        self._session.add(row)
        self._session.flush()
        return row.id

    @translate_errors()
    def update_servant(self, servant_id: int, record: ServantRecord) -> None:
        row = self._session.get(DbServant, servant_id)
        if row is None:
            raise NotFound(f"servant {servant_id}")
        values = _servant_values(record)
        list_columns_change = (row.name_key, row.iin, row.body_id) != (
            record.name_key,
            record.iin,
            record.body_id,
        )
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = datetime.now(UTC)
        self._session.flush()
        if list_columns_change:
            # Keep the list's denormalised copies in step with the servant, in one statement.
            self._session.execute(
                update(DbCase)
                .where(DbCase.servant_id == servant_id)
                .values(
                    body_id=record.body_id,
                    iin=record.iin,
                    sort_name=name_sort_key(record.name_key),
                    search_key=DbCase.number + search_tail(record.name_key, record.iin),
                )
                .execution_options(synchronize_session="fetch")
            )

    @translate_errors()
    def next_case_number(self, year: int) -> str:
        """The next gap-free number of `year`; taken inside the caller's transaction, so a
        rollback gives it back (the write lock serialises concurrent saves)."""
        bump = (
            update(DbCaseNumberSeq)
            .where(DbCaseNumberSeq.year == year)
            .values(last=DbCaseNumberSeq.last + 1)
            .execution_options(synchronize_session=False)
        )
        if self._session.execute(bump).rowcount == 0:  # type: ignore[attr-defined]
            try:
                # A savepoint, because on PostgreSQL another session may create the year first.
                with self._session.begin_nested():
                    self._session.execute(insert(DbCaseNumberSeq).values(year=year, last=1))
                return case_number(year, 1)
            except IntegrityError:
                self._session.execute(bump)
        last = self._session.scalar(
            select(DbCaseNumberSeq.last).where(DbCaseNumberSeq.year == year)
        )
        assert last is not None
        return case_number(year, last)

    @translate_errors()
    def add_case(self, number: str, record: CaseRecord, now_utc: datetime) -> int:
        servant = self._servant_row(record.servant_id)
        row = DbCase(
            number=number,
            created_at=now_utc,
            **_case_values(record),
            **_list_values(number, servant),
        )
        row.updated_at = now_utc
        self._session.add(row)
        self._session.flush()
        return row.id

    @translate_errors()
    def update_case(self, case_id: int, record: CaseRecord, now_utc: datetime) -> None:
        row = self._session.get(DbCase, case_id)
        if row is None:
            raise NotFound(f"case {case_id}")
        values = _case_values(record)
        if record.servant_id != row.servant_id:
            values.update(_list_values(row.number, self._servant_row(record.servant_id)))
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = now_utc
        self._session.flush()

    @translate_errors()
    def get_case(self, case_id: int) -> CaseDetail | None:
        row = self._session.get(DbCase, case_id)
        if row is None:
            return None
        servant = self._servant_row(row.servant_id)
        body = self._session.get(DbBody, row.body_id) if row.body_id is not None else None
        unit = self._session.get(DbUnit, servant.unit_id) if servant.unit_id is not None else None
        events = self._session.scalars(
            select(DbCaseEvent)
            .where(DbCaseEvent.case_id == case_id)
            .order_by(DbCaseEvent.at_utc, DbCaseEvent.id)
        ).all()
        return CaseDetail(
            id=row.id,
            number=row.number,
            servant=to_servant(servant),
            offence=row.offence,
            offence_group=row.offence_group,
            rule_pack=row.rule_pack,
            committed_on=row.committed_on,
            discovered_on=row.discovered_on,
            continuing_until=row.continuing_until,
            description=row.description,
            report_source=row.report_source,
            status=CaseStatus(row.status),
            created_at=row.created_at,
            updated_at=row.updated_at,
            body_name=_name(body, self._lang),
            unit_name=_name(unit, self._lang),
            events=tuple(
                CaseEvent(
                    id=e.id,
                    case_id=e.case_id,
                    at_utc=e.at_utc,
                    kind=e.kind,
                    actor=e.actor,
                    data=json.loads(e.data),
                )
                for e in events
            ),
        )

    @translate_errors()
    def add_event(
        self, case_id: int, kind: str, actor: str, at_utc: datetime, data: dict[str, Any]
    ) -> None:
        self._session.add(
            DbCaseEvent(
                case_id=case_id, at_utc=at_utc, kind=kind, actor=actor, data=event_json(data)
            )
        )
        self._session.flush()

    def _servant_row(self, servant_id: int) -> DbServant:
        servant = self._session.get(DbServant, servant_id)
        if servant is None:
            raise NotFound(f"servant {servant_id}")
        return servant


class SqlSettingsStore:
    """Key-value settings in `app_settings`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @translate_errors()
    def get_setting(self, key: str) -> str | None:
        return self._session.scalar(select(DbAppSetting.value).where(DbAppSetting.key == key))

    @translate_errors()
    def set_setting(self, key: str, value: str) -> None:
        changed = self._session.execute(
            update(DbAppSetting)
            .where(DbAppSetting.key == key)
            .values(value=value)
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount == 0:  # type: ignore[attr-defined]
            self._session.execute(insert(DbAppSetting).values(key=key, value=value))


def _name(row: DbBody | DbUnit | None, lang: str) -> str:
    if row is None:
        return ""
    return row.name_kk if lang == "kk" else row.name_ru


def _servant_values(record: ServantRecord) -> dict[str, Any]:
    return {
        "full_name": record.full_name,
        "name_key": record.name_key,
        "iin": record.iin,
        "birth_date": record.birth_date,
        "sex": Sex(record.sex).value,
        "position": record.position,
        "category": ServiceCategory(record.category).value,
        "elected": record.elected,
        "body_id": record.body_id,
        "unit_id": record.unit_id,
    }


def _case_values(record: CaseRecord) -> dict[str, Any]:
    return {
        "servant_id": record.servant_id,
        "offence": record.offence,
        "offence_group": record.offence_group,
        "rule_pack": record.rule_pack,
        "committed_on": record.committed_on,
        "discovered_on": record.discovered_on,
        "continuing_until": record.continuing_until,
        "description": record.description,
        "report_source": record.report_source,
        "status": CaseStatus(record.status).value,
    }


def _list_values(number: str, servant: DbServant) -> dict[str, Any]:
    return {
        "body_id": servant.body_id,
        "iin": servant.iin,
        "sort_name": name_sort_key(servant.name_key),
        "search_key": case_search_key(number, servant.name_key, servant.iin),
    }
