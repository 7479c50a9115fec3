"""The demo's penalties: one for every decided or closed case, within the statutory bounds the real
rules give (domain.penalties, with each servant's earlier demo penalties as the prior record),
early liftings, criteria worksheets on a share of them, and small tables of penalties.

Drawn from their own generator so the rest of the demo stays as it was.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from db import demo_data as data
from db.models import DbPenaltyTableEntry
from db.repositories import event_json
from domain.criteria import Rating
from domain.model import IMPOSED_STATUSES, CaseStatus
from domain.penalties import GENERAL, PenaltyBounds, PriorPenalty, allowed_penalties
from domain.rulepack import RulePack
from domain.worksheet_service import WORKSHEET_EVENT

ACTOR = "demo"
# How often each penalty is chosen when the law leaves a choice: general offences mostly draw a
# remark or a reprimand; rule B a warning more often than dismissal. Rules A and C leave none.
_WEIGHTS: dict[str, dict[str, float]] = {
    GENERAL: {
        "remark": 40,
        "reprimand": 30,
        "severe_reprimand": 15,
        "warning_incomplete_conformity": 8,
        "demotion": 4,
        "dismissal": 3,
    },
    "B": {"warning_incomplete_conformity": 65, "dismissal": 35},
}
_RATINGS = (Rating.AGGRAVATING, Rating.NEUTRAL, Rating.MITIGATING, Rating.NOT_APPLICABLE)
_RATING_WEIGHTS = (30, 25, 30, 15)
WORKSHEET_SHARE = 0.25
LIFTED_SHARE = {CaseStatus.DECIDED: 0.08, CaseStatus.CLOSED: 0.25}


@dataclass
class DemoPenalties:
    """What the penalty pass adds besides the case columns: worksheet rows and their events."""

    ratings: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


def draw_penalties(
    rng: random.Random,
    pack: RulePack,
    switches: Mapping[str, bool],
    cases: list[dict[str, Any]],
    elected: Mapping[int, bool],
    today: date,
    at: Callable[[date, random.Random], datetime],
) -> DemoPenalties:
    """Fill each case row's penalty columns (in place) and draw the worksheets.

    Cases are taken in decision order, so a servant's earlier penalties are known when a later
    offence's bounds are computed. Every row gets the four columns (executemany needs them).
    """
    out = DemoPenalties()
    for row in cases:
        row.update(penalty=None, penalty_lifted_on=None, justification="")
        row["lower_post_vacant"] = rng.random() < 0.7
    imposed = [
        r
        for r in cases
        if CaseStatus(r["status"]) in IMPOSED_STATUSES and r["decided_on"] is not None
    ]
    imposed.sort(key=lambda r: (r["decided_on"], r["id"]))
    records: dict[str, list[PriorPenalty]] = {}
    cache: dict[tuple[str, bool, bool], PenaltyBounds] = {}
    for row in imposed:
        committed: date = row["committed_on"]
        decided: date = row["decided_on"]
        mine = records.setdefault(row["iin"], [])
        priors = [p for p in mine if p.imposed_on <= committed]
        facts = (row["offence"], row["lower_post_vacant"], elected[row["servant_id"]])
        # Without a prior record the bounds do not depend on the date: most servants have none.
        bounds = cache.get(facts) if not priors else None
        if bounds is None:
            bounds = allowed_penalties(
                row["offence"],
                committed,
                priors,
                vacancy=row["lower_post_vacant"],
                elected=elected[row["servant_id"]],
                pack=pack,
                switches=switches,
            )
            if not priors:
                cache[facts] = bounds
        weights = _WEIGHTS.get(bounds.rule, {})
        penalty = rng.choices(bounds.allowed, [weights.get(p, 1.0) for p in bounds.allowed])[0]
        lifted: date | None = None
        if penalty != "dismissal" and rng.random() < LIFTED_SHARE[CaseStatus(row["status"])]:
            day = decided + timedelta(days=rng.randint(30, 170))
            lifted = day if day <= today else None
        row["penalty"], row["penalty_lifted_on"] = penalty, lifted
        if bounds.rule == GENERAL and pack.penalty(penalty).severity >= 4 and rng.random() < 0.8:
            row["justification"] = rng.choice(data.JUSTIFICATIONS)
        mine.append(PriorPenalty(row["offence"], penalty, decided, lifted))
        if rng.random() < WORKSHEET_SHARE:
            _worksheet(rng, pack, row, at, out)
    return out


def _worksheet(
    rng: random.Random,
    pack: RulePack,
    row: dict[str, Any],
    at: Callable[[date, random.Random], datetime],
    out: DemoPenalties,
) -> None:
    """One or two versions of a worksheet, saved in the days before the decision."""
    criteria = rng.sample(pack.criteria, rng.randint(3, min(8, len(pack.criteria))))
    items: dict[str, tuple[str, str]] = {}
    for c in sorted(criteria, key=pack.criteria.index):
        rating = rng.choices(_RATINGS, _RATING_WEIGHTS)[0]
        items[c.code] = (rating.value, _note(rng, rating))
    saved = max(row["created_at"], at(row["decided_on"] - timedelta(days=rng.randint(1, 3)), rng))
    versions = [(saved, items)]
    if rng.random() < 0.1:
        code = rng.choice(list(items))
        rating = rng.choice([r for r in _RATINGS if r.value != items[code][0]])
        versions.append(
            (saved + timedelta(hours=20), {**items, code: (rating.value, _note(rng, rating))})
        )
    old: dict[str, tuple[str, str]] = {}
    for number, (when, current) in enumerate(versions, start=1):
        out.ratings += [
            {
                "case_id": row["id"],
                "version": number,
                "criterion": code,
                "rating": rating,
                "note": note,
                "recorded_at": when,
                "actor": ACTOR,
            }
            for code, (rating, note) in current.items()
        ]
        changes = {
            code: {
                "old": _json(old.get(code)),
                "new": _json(current.get(code)),
            }
            for code in current
            if old.get(code) != current.get(code)
        }
        out.events.append(
            {
                "case_id": row["id"],
                "at_utc": when,
                "kind": WORKSHEET_EVENT,
                "actor": ACTOR,
                "data": event_json({"version": number, "changes": changes, "demo": True}),
            }
        )
        old = current


def _note(rng: random.Random, rating: Rating) -> str:
    if rating is Rating.AGGRAVATING:
        return rng.choice(data.AGGRAVATING_NOTES)
    if rating is Rating.MITIGATING:
        return rng.choice(data.MITIGATING_NOTES)
    if rating is Rating.NEUTRAL:
        return rng.choice(data.NEUTRAL_NOTES)
    return ""


def _json(item: tuple[str, str] | None) -> dict[str, str] | None:
    return None if item is None else {"rating": item[0], "note": item[1]}


# Three bodies' tables: for each general offence, a range per occurrence; the first body revised
# its table half a year ago (harsher for a second breach of discipline).
_TABLE = (
    ("remark", "reprimand"),
    ("reprimand", "warning_incomplete_conformity"),
    ("severe_reprimand", "dismissal"),
)
_REVISED = {("art44.discipline", 2): ("severe_reprimand", "warning_incomplete_conformity")}


def add_penalty_tables(conn: Connection, pack: RulePack, body_ids: list[int], today: date) -> int:
    """Tables of penalties for the first three bodies, unless some body already has one."""
    if conn.execute(select(DbPenaltyTableEntry.id).limit(1)).first() is not None:
        return 0
    general = [
        o.code for o in pack.selectable_offences() if o.penalty_rule is None and o.group is None
    ]
    general = [c for c in general if c.startswith("art44")]
    since = today - timedelta(days=3 * 365)
    rows: list[dict[str, Any]] = []
    for body_id in sorted(body_ids)[:3]:
        for offence in general:
            for occurrence, (low, high) in enumerate(_TABLE, start=1):
                rows.append(_table_row(body_id, offence, occurrence, low, high, since))
    first = min(body_ids)
    for (offence, occurrence), (low, high) in _REVISED.items():
        if offence in general:
            rows.append(
                _table_row(first, offence, occurrence, low, high, today - timedelta(days=182))
            )
    if rows:
        conn.execute(insert(DbPenaltyTableEntry), rows)
    return len(rows)


def _table_row(
    body_id: int, offence: str, occurrence: int, low: str, high: str, valid_from: date
) -> dict[str, Any]:
    return {
        "body_id": body_id,
        "offence": offence,
        "occurrence": occurrence,
        "min_penalty": low,
        "max_penalty": high,
        "valid_from": valid_from,
    }
