"""CaseStore and SettingsStore over a Session: ORM rows in, `domain.model` records out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.audit_store import SqlAuditTrail
from db.collation import name_sort_key
from db.errors import translate_errors
from db.models import (
    DbAppSetting,
    DbBody,
    DbCase,
    DbCaseEvent,
    DbCaseNumberSeq,
    DbCasePause,
    DbServant,
    DbUnit,
    open_condition,
)
from domain.errors import NotFound
from domain.model import (
    BodyKind,
    CaseDetail,
    CaseEvent,
    CaseStatus,
    PauseInput,
    Servant,
    ServiceCategory,
    Sex,
)
from domain.ports import CaseRecord, DeadlineDates, DeadlineFacts, ServantRecord

# Cases read per statement when streaming facts for a recomputation; between chunks no statement
# is open, so the caller's writes never run beside a half-read cursor.
FACTS_CHUNK = 5000


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

    def __init__(
        self, session: Session, *, lang: str = "ru", audit: SqlAuditTrail | None = None
    ) -> None:
        self._session = session
        self._lang = lang
        self._audit = audit

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
        pauses = self._session.scalars(
            select(DbCasePause).where(DbCasePause.case_id == case_id).order_by(DbCasePause.id)
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
            continuing=row.continuing,
            terminated_on=row.terminated_on,
            pauses=tuple(_pause(p) for p in pauses),
            decided_on=row.decided_on,
            last_day=row.last_day,
            penalty=row.penalty,
            penalty_lifted_on=row.penalty_lifted_on,
            justification=row.justification,
            lower_post_vacant=row.lower_post_vacant,
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
        if self._audit is not None:
            # Every case change is audited in its own transaction, with the event's data.
            self._audit.append(f"case.{kind}", "case", case_id, data)

    @translate_errors()
    def set_pauses(self, case_id: int, pauses: tuple[PauseInput, ...]) -> None:
        """Replace the case's pauses with these, kept in the order given."""
        self._session.execute(delete(DbCasePause).where(DbCasePause.case_id == case_id))
        if pauses:
            self._session.execute(
                insert(DbCasePause),
                [
                    {
                        "case_id": case_id,
                        "reason": p.reason,
                        "starts_on": p.start,
                        "ends_on": p.end,
                        "document": p.document,
                    }
                    for p in pauses
                ],
            )

    def deadline_facts(
        self, open_only: bool, missing_only: bool = False
    ) -> Iterator[DeadlineFacts]:
        """Facts in id order, a chunk of FACTS_CHUNK cases (and their pauses) per statement."""
        columns = (
            DbCase.id,
            DbCase.offence,
            DbCase.rule_pack,
            DbCase.committed_on,
            DbCase.discovered_on,
            DbCase.continuing,
            DbCase.continuing_until,
            DbCase.terminated_on,
            DbCase.discovery_limit,
            DbCase.absolute_limit,
            DbCase.absolute_limit_extended,
            DbCase.last_day,
        )
        conditions = []
        if open_only:
            conditions.append(open_condition())
        if missing_only:
            conditions.append(DbCase.last_day.is_(None))
        after = 0
        while True:
            with translate_errors():
                rows = self._session.execute(
                    select(*columns)
                    .where(DbCase.id > after, *conditions)
                    .order_by(DbCase.id)
                    .limit(FACTS_CHUNK)
                ).all()
                if not rows:
                    return
                pauses: dict[int, list[PauseInput]] = {}
                for case_id, reason, start, end, document in self._session.execute(
                    select(
                        DbCasePause.case_id,
                        DbCasePause.reason,
                        DbCasePause.starts_on,
                        DbCasePause.ends_on,
                        DbCasePause.document,
                    )
                    .where(DbCasePause.case_id.between(rows[0].id, rows[-1].id))
                    .order_by(DbCasePause.case_id, DbCasePause.id)
                ):
                    pauses.setdefault(case_id, []).append(PauseInput(reason, start, end, document))
            for r in rows:
                current = None
                if r.last_day is not None:
                    current = DeadlineDates(
                        discovery_limit=r.discovery_limit,
                        absolute_limit=r.absolute_limit,
                        absolute_limit_extended=r.absolute_limit_extended,
                        last_day=r.last_day,
                    )
                yield DeadlineFacts(
                    case_id=r.id,
                    offence=r.offence,
                    rule_pack=r.rule_pack,
                    committed_on=r.committed_on,
                    discovered_on=r.discovered_on,
                    continuing=r.continuing,
                    continuing_until=r.continuing_until,
                    terminated_on=r.terminated_on,
                    pauses=tuple(pauses.get(r.id, ())),
                    current=current,
                )
            after = rows[-1].id

    @translate_errors()
    def set_deadlines(self, changes: list[tuple[int, DeadlineDates | None]]) -> None:
        """Store recomputed dates, one executemany; the rows' other columns are untouched."""
        if not changes:
            return
        # ORM bulk UPDATE by primary key: one executemany of UPDATE cases SET ... WHERE id = ?.
        self._session.execute(
            update(DbCase), [_deadline_values(case_id, d) for case_id, d in changes]
        )

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


def _pause(row: DbCasePause) -> PauseInput:
    return PauseInput(
        reason=row.reason, start=row.starts_on, end=row.ends_on, document=row.document
    )


def _deadline_values(case_id: int | None, dates: DeadlineDates | None) -> dict[str, Any]:
    values: dict[str, Any] = {
        "discovery_limit": dates.discovery_limit if dates else None,
        "absolute_limit": dates.absolute_limit if dates else None,
        "absolute_limit_extended": dates.absolute_limit_extended if dates else None,
        "last_day": dates.last_day if dates else None,
    }
    if case_id is not None:
        values["id"] = case_id
    return values


def _servant_values(record: ServantRecord) -> dict[str, Any]:
    return {
        "full_name": record.full_name,
        "name_key": record.name_key,
        "iin": record.iin,
        "birth_date": record.birth_date,
        "sex": Sex(record.sex).value,
        "position": record.position,
        "position_key": record.position_key,
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
        "continuing": record.continuing,
        "terminated_on": record.terminated_on,
        "decided_on": record.decided_on,
        **_deadline_values(None, record.deadlines),
        "penalty": record.penalty,
        "penalty_lifted_on": record.penalty_lifted_on,
        "justification": record.justification,
        "lower_post_vacant": record.lower_post_vacant,
    }


def _list_values(number: str, servant: DbServant) -> dict[str, Any]:
    return {
        "body_id": servant.body_id,
        "iin": servant.iin,
        "sort_name": name_sort_key(servant.name_key),
        "search_key": case_search_key(number, servant.name_key, servant.iin),
    }
