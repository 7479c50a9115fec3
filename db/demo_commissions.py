"""The demo's disciplinary commissions: one per body (a few regional akimats share one, Law 416-V
Art. 44 p.9), each with a composition from before the earliest demo case and, for some, a later
one; and each body's authorised official and the staff who witness its acts.

Bodies a commission already serves (an earlier demo run, or the user's own) keep theirs: the
demo then hears cases with the compositions stored.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select

from db import demo_procedure_data as text
from db.models import DbBody
from db.procedure_models import (
    DbCommission,
    DbCommissionBody,
    DbComposition,
    DbCompositionMember,
)
from domain.model import BodyKind
from domain.procedure_model import MemberRole
from domain.text import normalize_name

# How many pairs of regional akimats share one commission, and the share of commissions that
# were recomposed during the demo's years.
SHARED_PAIRS = 2
RECOMPOSED_SHARE = 0.3


@dataclass(frozen=True)
class DemoComposition:
    """A composition as hearings copy it: its seats as hearing-member rows (all present, every
    voting member for) and its quorum, None for the pack's."""

    valid_from: date
    seats: tuple[dict[str, Any], ...]
    quorum: tuple[int, int] | None
    voters: tuple[int, ...] = ()  # positions of the voting members other than the chair


@dataclass
class DemoCommission:
    """A commission serving a body, with its compositions oldest first and where it sits."""

    id: int
    place: str
    compositions: list[DemoComposition] = field(default_factory=list)

    def composition_on(self, day: date) -> DemoComposition | None:
        """The latest composition starting on or before `day` (Commission.composition_on)."""
        found: DemoComposition | None = None
        for comp in self.compositions:
            if comp.valid_from <= day:
                found = comp
        return found


@dataclass(frozen=True)
class BodyStaff:
    """Who signs a body's orders and witnesses its acts (one name and position a line)."""

    official_name: str
    official_position: str
    act_witnesses: str  # who sign an act of refusal or absence of the explanation
    refusal_witnesses: str  # who sign an act of refusal to sign the order


@dataclass
class DemoCommissions:
    """The commissions serving each body (in id order, as the service chooses) and its staff."""

    serving: dict[int, list[DemoCommission]]
    staff: dict[int, BodyStaff]

    def for_case(self, body_id: int, day: date) -> tuple[DemoCommission, DemoComposition] | None:
        """domain.procedure_reads.commission_for: the first commission with a composition in
        force on `day`, with that composition; None when none has one."""
        for commission in self.serving.get(body_id, ()):
            comp = commission.composition_on(day)
            if comp is not None:
                return commission, comp
        return None


def add_commissions(
    conn: Connection,
    rng: random.Random,
    since: date,
    today: date,
    person: Callable[[random.Random], str],
) -> DemoCommissions:
    """A commission for every body no commission serves yet, composed from `since` on."""
    bodies = list(conn.execute(select(DbBody).order_by(DbBody.id)).all())
    served = set(conn.execute(select(DbCommissionBody.body_id)).scalars())
    free = [b for b in bodies if b.id not in served]
    regional = [b for b in free if b.kind == BodyKind.AKIMAT.value and "област" in b.region]
    groups: list[list[Any]] = []
    paired: set[int] = set()
    pairs = rng.sample(regional, min(2 * SHARED_PAIRS, len(regional) // 2 * 2))
    for i in range(0, len(pairs), 2):
        groups.append(sorted(pairs[i : i + 2], key=lambda b: b.id))
        paired |= {pairs[i].id, pairs[i + 1].id}
    groups += [[b] for b in free if b.id not in paired]
    groups.sort(key=lambda g: min(b.id for b in g))
    commissions: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    comps: list[dict[str, Any]] = []
    seats: list[dict[str, Any]] = []
    next_commission = _next_id(conn, DbCommission)
    next_comp = _next_id(conn, DbComposition)
    for group in groups:
        name_ru, name_kk = _names(group)
        commissions.append({"id": next_commission, "name_ru": name_ru, "name_kk": name_kk})
        links += [{"commission_id": next_commission, "body_id": b.id} for b in group]
        kind = _kind(group[0])
        members = _members(rng, kind, person)
        starts = [since]
        if rng.random() < RECOMPOSED_SHARE and (today - since).days > 240:
            starts.append(since + timedelta(days=rng.randint(120, (today - since).days - 60)))
        for n, valid_from in enumerate(starts):
            if n:
                members = _recomposed(rng, members, person)
            comps.append(
                {
                    "id": next_comp,
                    "commission_id": next_commission,
                    "valid_from": valid_from,
                    "quorum_num": None,
                    "quorum_den": None,
                }
            )
            seats += [
                {"composition_id": next_comp, "position_no": k, **m}
                for k, m in enumerate(members, start=1)
            ]
            next_comp += 1
        next_commission += 1
    if commissions:
        conn.execute(insert(DbCommission), commissions)
        conn.execute(insert(DbCommissionBody), links)
        conn.execute(insert(DbComposition), comps)
        conn.execute(insert(DbCompositionMember), seats)
    serving = _serving(conn, rng, {b.id: b for b in bodies})
    staff = {b.id: _staff(rng, _kind(b), person) for b in bodies}
    return DemoCommissions(serving, staff)


def _kind(body: Any) -> BodyKind:
    try:
        return BodyKind(body.kind)
    except ValueError:
        return BodyKind.OTHER


def _names(group: Sequence[Any]) -> tuple[str, str]:
    """The commission's names in Russian and Kazakh (genitive of the body's names)."""
    if len(group) > 1:
        ru = " и ".join(b.name_ru.removeprefix("Акимат ") for b in group)
        kk = " және ".join(b.name_kk.removesuffix(" әкімдігі") for b in group)
        return (
            normalize_name(f"Дисциплинарная комиссия акиматов {ru}"),
            normalize_name(f"{kk} әкімдіктерінің біріккен тәртіптік комиссиясы"),
        )
    body = group[0]
    first, _, rest = body.name_ru.partition(" ")
    genitive = {"Министерство": "Министерства", "Агентство": "Агентства", "Акимат": "акимата"}
    if first in genitive:
        ru = f"Дисциплинарная комиссия {genitive[first]} {rest}"
    else:
        ru = f"Дисциплинарная комиссия ({body.name_ru})"
    if body.name_kk.endswith("і"):
        kk = f"{body.name_kk}нің тәртіптік комиссиясы"
    else:
        kk = f"Тәртіптік комиссия ({body.name_kk})"
    return normalize_name(ru), normalize_name(kk)


def _seat(full_name: str, position: str, role: MemberRole, votes: bool) -> dict[str, Any]:
    return {
        "full_name": full_name,
        "position": normalize_name(position),
        "role": role.value,
        "votes": votes,
    }


def _unique_names(
    rng: random.Random, person: Callable[[random.Random], str], n: int, taken: set[str]
) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = person(rng)
        if name.casefold() not in taken:
            taken.add(name.casefold())
            names.append(name)
    return names


def _members(
    rng: random.Random, kind: BodyKind, person: Callable[[random.Random], str]
) -> list[dict[str, Any]]:
    """A chair, 3-5 members (mostly 3 or 4) and a secretary, who votes in a third of them."""
    n = rng.choices((3, 4, 5), (50, 35, 15))[0]
    names = _unique_names(rng, person, n + 2, set())
    chair = _seat(
        names[0], rng.choice(text.CHAIRS.get(kind, text.OTHER_CHAIRS)), MemberRole.CHAIR, True
    )
    members = [
        _seat(name, position, MemberRole.MEMBER, True)
        for name, position in zip(names[1:-1], rng.sample(text.MEMBERS, n), strict=True)
    ]
    secretary = _seat(
        names[-1], rng.choice(text.SECRETARIES), MemberRole.SECRETARY, rng.random() < 0.33
    )
    return [chair, *members, secretary]


def _recomposed(
    rng: random.Random, old: list[dict[str, Any]], person: Callable[[random.Random], str]
) -> list[dict[str, Any]]:
    """The next composition: one or two people replaced (sometimes the chair), a member added or
    left out, the rest as they were."""
    members = [dict(m) for m in old]
    taken = {m["full_name"].casefold() for m in members}
    replaced = rng.sample(range(len(members)), rng.randint(1, 2))
    for i, name in zip(replaced, _unique_names(rng, person, len(replaced), taken), strict=True):
        members[i]["full_name"] = name
    voting_members = [i for i, m in enumerate(members) if m["role"] == MemberRole.MEMBER.value]
    if rng.random() < 0.5 and len(voting_members) < 5:
        used = {m["position"] for m in members}
        position = rng.choice([p for p in text.MEMBERS if p not in used])
        name = _unique_names(rng, person, 1, taken)[0]
        members.insert(voting_members[-1] + 1, _seat(name, position, MemberRole.MEMBER, True))
    elif len(voting_members) > 3:
        del members[rng.choice(voting_members)]
    return members


def _staff(rng: random.Random, kind: BodyKind, person: Callable[[random.Random], str]) -> BodyStaff:
    names = _unique_names(rng, person, 4, set())
    witnesses = [f"{n}, {rng.choice(text.WITNESS_POSITIONS)}" for n in names[1:]]
    position = text.OFFICIALS.get(kind, text.OTHER_OFFICIAL)[0 if rng.random() < 0.8 else 1]
    return BodyStaff(names[0], position, "\n".join(witnesses[:2]), "\n".join(witnesses[1:]))


def _place(rng: random.Random, body: Any) -> str:
    """Where the commission sits, in Russian mostly, now and then in Kazakh."""
    ru, kk = rng.choice(text.PLACES)
    room = rng.randint(2, 12) * 100 + rng.randint(1, 30)
    kazakh = rng.random() < 0.25
    if body.kind in (BodyKind.MINISTRY.value, BodyKind.AGENCY.value):
        where = "Астана қ." if kazakh else "г. Астана"
    elif body.region.startswith("город "):
        city = body.name_kk.removesuffix(" қаласының әкімдігі")
        where = f"{city} қ." if kazakh else f"г. {body.region.removeprefix('город ')}"
    else:
        where = body.name_kk if kazakh else body.name_ru
    return normalize_name((kk if kazakh else ru).format(where=where, n=room))


def _serving(
    conn: Connection, rng: random.Random, bodies: dict[int, Any]
) -> dict[int, list[DemoCommission]]:
    """Every body's serving commissions as stored (new and old), in id order."""
    by_id: dict[int, DemoCommission] = {}
    serving: dict[int, list[DemoCommission]] = {}
    links = conn.execute(
        select(DbCommissionBody.commission_id, DbCommissionBody.body_id).order_by(
            DbCommissionBody.commission_id, DbCommissionBody.body_id
        )
    )
    for commission_id, body_id in links:
        if commission_id not in by_id:
            by_id[commission_id] = DemoCommission(commission_id, _place(rng, bodies[body_id]))
        serving.setdefault(body_id, []).append(by_id[commission_id])
    seats: dict[int, list[dict[str, Any]]] = {}
    rows = conn.execute(
        select(
            DbCompositionMember.composition_id,
            DbCompositionMember.full_name,
            DbCompositionMember.role,
            DbCompositionMember.votes,
        ).order_by(DbCompositionMember.composition_id, DbCompositionMember.position_no)
    )
    for composition_id, full_name, role, votes in rows:
        seats.setdefault(composition_id, []).append(
            {
                "full_name": full_name,
                "role": role,
                "present": True,
                "votes": votes,
                "recused": False,
                "recusal_reason": "",
                "vote": "for" if votes else None,
                "dissent": "",
            }
        )
    comps = conn.execute(select(DbComposition).order_by(DbComposition.valid_from, DbComposition.id))
    for c in comps:
        if c.commission_id in by_id:
            quorum = (c.quorum_num, c.quorum_den) if c.quorum_num and c.quorum_den else None
            mine = tuple(seats.get(c.id, ()))
            voters = tuple(
                n
                for n, m in enumerate(mine, start=1)
                if m["votes"] and m["role"] != MemberRole.CHAIR.value
            )
            by_id[c.commission_id].compositions.append(
                DemoComposition(c.valid_from, mine, quorum, voters)
            )
    return serving


def _next_id(conn: Connection, model: type[Any]) -> int:
    return int(conn.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1
