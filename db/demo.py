"""Synthetic but realistic demo data: bodies, units, servants with valid IINs, cases, events.

Cases carry pauses (vacations, sick leave, trips...), termination decisions for some Art. 50
cases and decision dates, and their deadlines are counted by the real engine (domain.deadlines)
under the stored calendar overrides and switches. A few penalties were decided late, with an
override reason in the timeline. Decided and closed cases carry a penalty inside the statutory
bounds (db.demo_penalties), some lifted early, a quarter of them a criteria worksheet; three
bodies have a table of penalties. Every body has a disciplinary commission, and the cases carry
their procedure (db.demo_procedure): the explanation, hearings, orders and a few appeals.

Written with Core bulk inserts (executemany) in one write transaction, so 100,000 cases take
seconds. Deterministic for a seed and a `today`.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy import Connection, func, insert, select, update

from db import demo_data as data
from db.audit_store import append_on
from db.collation import name_sort_key
from db.demo_deadlines import DemoEngine, draw_deadlines
from db.demo_penalties import add_penalty_tables, draw_penalties
from db.demo_procedure import add_procedure
from db.engine import Database
from db.errors import translate_errors
from db.maintenance import refresh_statistics, sync_id_sequences
from db.models import (
    DbBody,
    DbCase,
    DbCaseCriterionRating,
    DbCaseEvent,
    DbCaseNumberSeq,
    DbCasePause,
    DbServant,
    DbUnit,
)
from db.repositories import case_number, case_search_key, event_json
from domain.iin import make_iin
from domain.model import BodyKind, CaseStatus, ServiceCategory, Sex
from domain.rulepack import Offence, OffenceKind, RulePack
from domain.services import OVERRIDE_EVENT
from domain.text import normalize_name, search_key

ACTOR = "demo"
DEMO_ACTION = "demo.load"  # the audit entry a demo load leaves
_BATCH = 10_000


class _Packs(Protocol):
    """What generate_demo needs of a rule pack registry."""

    @property
    def default(self) -> RulePack: ...


@dataclass(frozen=True)
class _Person:
    """A generated name and the sex it implies."""

    full_name: str
    sex: Sex


def _person(rng: random.Random) -> _Person:
    sex = Sex.MALE if rng.random() < 0.55 else Sex.FEMALE
    male = sex is Sex.MALE
    if rng.random() < 0.7:
        surname = rng.choice(data.KK_SURNAMES)
        if not male:
            surname += "а"
        first = rng.choice(data.KK_MALE if male else data.KK_FEMALE)
        father = rng.choice(data.KK_FATHERS)
        if rng.random() < 0.75:
            patronymic = father + ("ұлы" if male else "қызы")
        else:  # many Kazakhs keep the Russian-style patronymic
            patronymic = father + ("ович" if male else "овна")
    else:
        surname = rng.choice(data.RU_SURNAMES)
        if not male and surname.endswith(("ов", "ев", "ин")):
            surname += "а"
        first = rng.choice(data.RU_MALE if male else data.RU_FEMALE)
        patronymic = rng.choice(data.RU_FATHERS)[0 if male else 1]
    return _Person(normalize_name(f"{surname} {first} {patronymic}"), sex)


def _offence_weights(offences: Sequence[Offence]) -> list[float]:
    # Art. 44 breaches are the everyday case; discrediting offences and budget ones are rarer.
    weights = {OffenceKind.GENERAL: 12.0, OffenceKind.DISCREDITING: 1.5, OffenceKind.BUDGET: 3.0}
    return [weights.get(o.kind, 1.0) for o in offences]


def _status(rng: random.Random, age_days: int) -> CaseStatus:
    if rng.random() < 0.02:
        return CaseStatus.ANNULLED
    weights: dict[CaseStatus, int]
    if age_days < 30:  # fresh cases are still being worked on
        weights = {CaseStatus.REGISTERED: 5, CaseStatus.INVESTIGATION: 3, CaseStatus.HEARING: 1}
    elif age_days < 120:
        weights = {
            CaseStatus.INVESTIGATION: 2,
            CaseStatus.HEARING: 2,
            CaseStatus.DECIDED: 4,
            CaseStatus.NO_PENALTY: 1,
        }
    else:
        weights = {CaseStatus.DECIDED: 3, CaseStatus.NO_PENALTY: 1, CaseStatus.CLOSED: 5}
    return rng.choices(list(weights), list(weights.values()))[0]


def _description(rng: random.Random, kind: OffenceKind, committed: date) -> str:
    template = rng.choice(data.DESCRIPTIONS[kind])
    return template.format(
        n=rng.randint(2, 9),
        m=f"{rng.randint(1, 99)}-{rng.randint(100, 9999)}",
        d=rng.randint(1, 30),
        on=committed.strftime("%d.%m.%Y"),
        sum=f"{rng.randint(5, 900) * 1000:,}".replace(",", " "),
    )


def _at(day: date, rng: random.Random) -> datetime:
    # Office hours in Kazakhstan (UTC+5) are 04:00-13:00 UTC.
    minutes = rng.randint(4 * 60, 13 * 60 - 1)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=UTC)


def generate_demo(
    database: Database,
    packs: _Packs | RulePack,
    n_cases: int,
    *,
    seed: int = 0,
    today: date,
) -> int:
    """Add `n_cases` demo cases (with bodies and units if there are none, and their servants);
    returns the number of cases added. Every selectable offence and every status occurs once
    `n_cases` is large enough; dates satisfy committed <= discovered <= today."""
    pack = packs if isinstance(packs, RulePack) else packs.default
    rng = random.Random(seed)
    with _collection_paused(), translate_errors(), database.engine.begin() as conn:
        units_by_body = _bodies_and_units(conn, rng)
        servants = _servants(conn, rng, units_by_body, max(1, int(n_cases * 0.7)), today)
        _cases(conn, rng, pack, servants, n_cases, today, seed)
        add_penalty_tables(conn, pack, list(units_by_body), today)
        sync_id_sequences(conn)
        # Not audited case by case (100,000 entries of invented data would bury the trail);
        # the load itself is, in the same transaction.
        append_on(conn, database.actor, DEMO_ACTION, {"cases": n_cases, "seed": seed})
        refresh_statistics(conn, force=True)
    return n_cases


@contextmanager
def _collection_paused() -> Iterator[None]:
    """The cyclic garbage collector paused: the demo's rows are plain acyclic dicts, and each of
    the collections their millions would set off walks everything the demo holds in memory."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _bodies_and_units(conn: Connection, rng: random.Random) -> dict[int, list[int]]:
    """Existing bodies and their units, or the demo's 30 bodies with 3-8 units each."""
    existing = conn.execute(select(DbBody.id)).scalars().all()
    if not existing:
        bodies: list[dict[str, Any]] = [
            {"name_ru": ru, "name_kk": kk, "kind": kind.value, "region": ""}
            for ru, kk, kind in data.MINISTRIES
        ]
        bodies += [
            {
                "name_ru": f"Акимат {adj} области",
                "name_kk": f"{kk} облысының әкімдігі",
                "kind": BodyKind.AKIMAT.value,
                "region": region,
            }
            for adj, kk, region in data.REGIONS
        ]
        bodies += [
            {
                "name_ru": f"Акимат города {ru}",
                "name_kk": f"{kk} қаласының әкімдігі",
                "kind": BodyKind.AKIMAT.value,
                "region": f"город {ru}",
            }
            for ru, kk in data.CITIES
        ]
        first = _next_id(conn, DbBody)
        for offset, row in enumerate(bodies):
            row["id"] = first + offset
        conn.execute(insert(DbBody), bodies)
        units: list[dict[str, Any]] = []
        next_unit = _next_id(conn, DbUnit)
        for row in bodies:
            pool = (
                data.UNITS_AKIMAT if row["kind"] == BodyKind.AKIMAT.value else data.UNITS_MINISTRY
            )
            for ru, kk in rng.sample(pool, rng.randint(3, min(8, len(pool)))):
                units.append({"id": next_unit, "body_id": row["id"], "name_ru": ru, "name_kk": kk})
                next_unit += 1
        conn.execute(insert(DbUnit), units)
    result: dict[int, list[int]] = {
        body_id: [] for body_id in conn.execute(select(DbBody.id)).scalars()
    }
    for unit_id, body_id in conn.execute(select(DbUnit.id, DbUnit.body_id).order_by(DbUnit.id)):
        result[body_id].append(unit_id)
    return result


@dataclass(frozen=True)
class _ServantRef:
    """What a case copies from its servant."""

    id: int
    name_key: str
    iin: str
    body_id: int
    elected: bool = False


def _servants(
    conn: Connection,
    rng: random.Random,
    units_by_body: dict[int, list[int]],
    n: int,
    today: date,
) -> list[_ServantRef]:
    taken = set(conn.execute(select(DbServant.iin)).scalars())
    body_ids = sorted(units_by_body)
    first = _next_id(conn, DbServant)
    rows: list[dict[str, Any]] = []
    refs: list[_ServantRef] = []
    created = _at(today - timedelta(days=3 * 365 + 30), rng)
    for i in range(n):
        person = _person(rng)
        while True:
            birth = today - timedelta(days=rng.randint(22 * 365, 62 * 365))
            iin = make_iin(birth, person.sex, rng.randint(0, 9999))
            if iin is not None and iin not in taken:
                taken.add(iin)
                break
        body_id = rng.choice(body_ids)
        units = units_by_body[body_id]
        roll = rng.random()
        elected = roll < 0.02
        if elected:
            position, category = rng.choice(data.ELECTED_POSITIONS), ServiceCategory.POLITICAL
        elif roll < 0.07:
            position, category = rng.choice(data.POLITICAL_POSITIONS), ServiceCategory.POLITICAL
        else:
            position, category = rng.choice(data.ADMIN_POSITIONS), ServiceCategory.ADMINISTRATIVE
        name_key = search_key(person.full_name)
        rows.append(
            {
                "id": first + i,
                "full_name": person.full_name,
                "name_key": name_key,
                "iin": iin,
                "birth_date": birth,
                "sex": person.sex.value,
                "position": position,
                "position_key": search_key(position),
                "category": category.value,
                "elected": elected,
                "body_id": body_id,
                "unit_id": rng.choice(units) if units and rng.random() < 0.9 else None,
                "created_at": created,
                "updated_at": created,
            }
        )
        refs.append(_ServantRef(first + i, name_key, iin, body_id, elected))
    for start in range(0, len(rows), _BATCH):
        conn.execute(insert(DbServant), rows[start : start + _BATCH])
    return refs


@dataclass(frozen=True)
class _Draft:
    """A generated case before it has its number and id."""

    servant: _ServantRef
    offence: Offence
    status: CaseStatus
    committed_on: date
    discovered_on: date
    continuing_until: date | None
    created_at: datetime
    updated_at: datetime
    description: str
    report_source: str
    continuing: bool = False
    status_forced: bool = False  # one of the first cases, which walk every status


def _draft(
    rng: random.Random,
    servant: _ServantRef,
    offence: Offence,
    status: CaseStatus | None,
    today: date,
) -> _Draft:
    age = min(int(rng.expovariate(1 / 220)), 3 * 365)
    committed = today - timedelta(days=age)
    # Most offences come to light within weeks; some only months later.
    lag = int(rng.expovariate(1 / 12)) if rng.random() < 0.9 else rng.randint(30, 300)
    discovered = committed + timedelta(days=min(lag, age))
    continuing_until: date | None = None
    continuing = rng.random() < 0.05 and discovered > committed
    if continuing and rng.random() < 0.7:
        # A continuing offence that has ended (the other 30 % of them are still going on).
        continuing_until = committed + timedelta(days=rng.randint(0, (discovered - committed).days))
    created_day = min(discovered + timedelta(days=rng.randint(0, 4)), today)
    forced = status is not None
    if status is None:
        status = _status(rng, (today - created_day).days)
    created_at = _at(created_day, rng)
    updated_at = created_at
    if status is not CaseStatus.REGISTERED:  # worked on after registration
        worked = created_at + timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 600))
        updated_at = max(created_at, min(worked, _at(today, rng)))
    return _Draft(
        servant=servant,
        offence=offence,
        status=status,
        committed_on=committed,
        discovered_on=discovered,
        continuing_until=continuing_until,
        created_at=created_at,
        updated_at=updated_at,
        description=_description(rng, offence.kind, committed),
        report_source=rng.choice(data.SOURCES),
        continuing=continuing,
        status_forced=forced,
    )


def _cases(
    conn: Connection,
    rng: random.Random,
    pack: RulePack,
    servants: list[_ServantRef],
    n: int,
    today: date,
    seed: int,
) -> None:
    offences = list(pack.selectable_offences())
    weights = _offence_weights(offences)
    statuses = list(CaseStatus)
    drafts = [
        _draft(
            rng,
            rng.choice(servants),
            # The first cases walk every offence and every status, so small demos show them all.
            offences[i] if i < len(offences) else rng.choices(offences, weights)[0],
            statuses[i] if i < len(statuses) else None,
            today,
        )
        for i in range(n)
    ]
    # Numbers and ids follow registration order, as if typed in over the years.
    drafts.sort(key=lambda d: d.created_at)
    counters = {y: n for y, n in conn.execute(select(DbCaseNumberSeq.year, DbCaseNumberSeq.last))}
    known_years = set(counters)
    first_case = _next_id(conn, DbCase)
    first_event = _next_id(conn, DbCaseEvent)
    cases: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    pauses: list[dict[str, Any]] = []
    overrides: list[dict[str, Any]] = []  # events, after the created ones (their ids follow)
    engine = DemoEngine(conn, pack)
    # A second generator for the deadline facts, so the rest of the data stays as it was.
    extra = random.Random(f"{seed}-deadlines")
    for i, d in enumerate(drafts):
        year = d.created_at.year
        counters[year] = counters.get(year, 0) + 1
        number = case_number(year, counters[year])
        case_id = first_case + i
        dl = draw_deadlines(extra, engine, d, today)
        updated_at = d.updated_at
        if dl.decided_on is not None and dl.decided_on > updated_at.date():
            updated_at = max(updated_at, _at(dl.decided_on, extra))
        result = dl.result
        cases.append(
            {
                "id": case_id,
                "number": number,
                "servant_id": d.servant.id,
                "body_id": d.servant.body_id,
                "iin": d.servant.iin,
                "status": dl.status.value,
                "offence": d.offence.code,
                "offence_group": d.offence.group,
                "rule_pack": pack.id,
                "committed_on": d.committed_on,
                "discovered_on": d.discovered_on,
                "continuing_until": d.continuing_until,
                "continuing": d.continuing,
                "terminated_on": dl.terminated_on,
                "decided_on": dl.decided_on,
                "discovery_limit": result.discovery_limit if result else None,
                "absolute_limit": result.absolute_limit if result else None,
                "absolute_limit_extended": result.absolute_limit_extended if result else None,
                "last_day": result.last_day if result else None,
                "sort_name": name_sort_key(d.servant.name_key),
                "search_key": case_search_key(number, d.servant.name_key, d.servant.iin),
                "created_at": d.created_at,
                "updated_at": updated_at,
                "report_source": d.report_source,
                "description": d.description,
            }
        )
        event = {"number": number, "rule_pack": pack.id, "offence_group": d.offence.group}
        events.append(
            {
                "id": first_event + i,
                "case_id": case_id,
                "at_utc": d.created_at,
                "kind": "created",
                "actor": ACTOR,
                "data": event_json({**event, "demo": True}),
            }
        )
        pauses += [
            {
                "case_id": case_id,
                "reason": p.reason,
                "starts_on": p.start,
                "ends_on": p.end,
                "document": doc,
            }
            for p, doc in sorted(
                zip(dl.pauses, dl.documents, strict=True),
                key=lambda pd: (pd[0].start, pd[0].end, pd[0].reason, pd[1]),
            )
        ]
        if dl.override is not None:
            assert dl.decided_on is not None
            overrides.append(
                {
                    "case_id": case_id,
                    "at_utc": max(updated_at, _at(dl.decided_on, extra)),
                    "kind": OVERRIDE_EVENT,
                    "actor": ACTOR,
                    "data": event_json({**dl.override, "demo": True}),
                }
            )
    # Penalties in decision order, each servant's earlier ones as the prior record.
    elected = {d.servant.id: d.servant.elected for d in drafts}
    penalties = draw_penalties(
        random.Random(f"{seed}-penalties"), pack, engine.switches, cases, elected, today, _at
    )
    for start in range(0, len(cases), _BATCH):
        conn.execute(insert(DbCase), cases[start : start + _BATCH])
        conn.execute(insert(DbCaseEvent), events[start : start + _BATCH])
    for start in range(0, len(pauses), _BATCH):
        conn.execute(insert(DbCasePause), pauses[start : start + _BATCH])
    sync_id_sequences(conn)  # PostgreSQL: the rows below take their ids from the sequences
    if overrides:
        conn.execute(insert(DbCaseEvent), overrides)
    for start in range(0, len(penalties.ratings), _BATCH):
        conn.execute(insert(DbCaseCriterionRating), penalties.ratings[start : start + _BATCH])
    for start in range(0, len(penalties.events), _BATCH):
        conn.execute(insert(DbCaseEvent), penalties.events[start : start + _BATCH])
    # The commission's procedure, after the cases it refers to.
    add_procedure(
        conn,
        random.Random(f"{seed}-procedure"),
        engine,
        cases,
        elected,
        lambda r: _person(r).full_name,
        today,
    )
    new_years = [
        {"year": y, "last": k} for y, k in sorted(counters.items()) if y not in known_years
    ]
    if new_years:
        conn.execute(insert(DbCaseNumberSeq), new_years)
    for year in known_years:
        conn.execute(
            update(DbCaseNumberSeq).where(DbCaseNumberSeq.year == year).values(last=counters[year])
        )


def _next_id(conn: Connection, model: type[Any]) -> int:
    return int(conn.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1
