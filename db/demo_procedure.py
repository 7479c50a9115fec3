"""The demo's commission procedure: for every case past registration the request for a written
explanation and its result; for cases heard or decided the hearing (and now and then an earlier
one that sent the case for an additional investigation) by the commission serving the body, with
the composition in force that day; for decided cases the order and its announcement; a few
appeals.

Everything passes the procedure's own rules (domain.procedure): dates in order and not in the
future, the quorum met and the decision adopted, the proposed penalty the case's (or, for a case
still at the hearing, one the law allows). Drawn from its own generator, so the rest of the demo
stays as it was, and written with Core bulk inserts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, func, insert, select

from db import demo_procedure_data as text
from db.demo_commissions import (
    BodyStaff,
    DemoCommissions,
    DemoComposition,
    add_commissions,
)
from db.demo_procedure_sql import number_orders, plain_members
from db.procedure_models import (
    DbAppeal,
    DbExplanation,
    DbHearing,
    DbHearingMember,
    DbOrder,
)
from domain.calendar import WorkCalendar
from domain.errors import RulePackError, ValidationFailed
from domain.model import IMPOSED_STATUSES, CaseStatus
from domain.penalties import PenaltyBounds, PriorPenalty, allowed_penalties
from domain.procedure import pack_majority, pack_quorum, tally
from domain.procedure_dates import announcement_due, explanation_due
from domain.procedure_model import (
    AppealOutcome,
    AppealRoute,
    ExplanationOutcome,
    HearingMember,
    HearingOutcome,
    MemberRole,
    Vote,
)
from domain.rulepack import RulePack

_BATCH = 10_000
T = TypeVar("T")
DECIDED = frozenset({CaseStatus.DECIDED, CaseStatus.NO_PENALTY, CaseStatus.CLOSED})
_STATUSES = {s.value: s for s in CaseStatus}
_MINUTES = {
    HearingOutcome.IMPOSE: text.MINUTES_IMPOSE,
    HearingOutcome.NONE: text.MINUTES_NONE,
    HearingOutcome.INVESTIGATE: text.MINUTES_INVESTIGATE,
}
_ONE_DAY = timedelta(days=1)


def _pick(rng: random.Random, items: Sequence[T]) -> T:
    """rng.choice, faster: the demo draws a few hundred thousand of these."""
    return items[int(rng.random() * len(items))]


class DemoDeadlines(Protocol):
    """What the procedure needs of the demo's deadline engine: the pack, calendar, switches."""

    @property
    def pack(self) -> RulePack: ...
    @property
    def calendar(self) -> WorkCalendar: ...
    @property
    def switches(self) -> Mapping[str, bool]: ...


@dataclass
class _Rows:
    """The procedure's rows, ready for executemany."""

    explanations: list[dict[str, Any]] = field(default_factory=list)
    hearings: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)
    appeals: list[dict[str, Any]] = field(default_factory=list)


class _Drawer:
    """Draws one case's procedure at a time into `rows`."""

    def __init__(
        self,
        rng: random.Random,
        engine: DemoDeadlines,
        commissions: DemoCommissions,
        elected: Mapping[int, bool],
        today: date,
        first_hearing: int,
    ) -> None:
        self.rng = rng
        self.pack = engine.pack
        self.calendar = engine.calendar
        self.switches = engine.switches
        self.commissions = commissions
        self.elected = elected
        self.today = today
        self.rows = _Rows()
        self.next_hearing = first_hearing
        self.quorum = pack_quorum(self.pack)
        self.majority = pack_majority(self.pack)
        self.priors: dict[str, list[PriorPenalty]] = {}
        self._bounds: dict[tuple[str, bool, bool], PenaltyBounds] = {}
        self._working: dict[date, bool] = {}
        self._explanation_due: dict[date, date] = {}
        self._announcement_due: dict[date, date] = {}
        self._tallies: dict[tuple[object, ...], bool] = {}
        self._after: dict[tuple[date, int], date] = {}

    # -- dates -------------------------------------------------------------------------------

    def working(self, day: date) -> bool:
        found = self._working.get(day)
        if found is None:
            found = self._working[day] = self.calendar.is_working_day(day)
        return found

    def next_working(self, day: date) -> date:
        """`day`, or the first working day after it: offices request, receive and file then."""
        while not self.working(day):
            day += _ONE_DAY
        return day

    def working_on_or_before(self, day: date, earliest: date) -> date:
        """`day`, or the working day before it not earlier than `earliest` (else `day`)."""
        d = day
        while d >= earliest and not self.working(d):
            d -= _ONE_DAY
        return d if d >= earliest else day

    def working_days_after(self, day: date, n: int) -> date:
        found = self._after.get((day, n))
        if found is None:
            found = self._after[(day, n)] = self.calendar.add_working_days(day, n)
        return found

    def explanation_due(self, requested_on: date) -> date:
        found = self._explanation_due.get(requested_on)
        if found is None:
            found = explanation_due(requested_on, self.calendar, self.pack)
            self._explanation_due[requested_on] = found
        return found

    def announcement_due(self, signed_on: date) -> date:
        found = self._announcement_due.get(signed_on)
        if found is None:
            found = announcement_due(signed_on, self.calendar, self.pack)
            self._announcement_due[signed_on] = found
        return found

    # -- one case ----------------------------------------------------------------------------

    def case(self, row: Mapping[str, Any]) -> None:
        status = _STATUSES[row["status"]]
        if status in (CaseStatus.REGISTERED, CaseStatus.ANNULLED):
            return
        rng = self.rng
        discovered: date = row["discovered_on"]
        held: date | None = None
        if status in DECIDED:
            decided: date = row["decided_on"]
            back = _pick(rng, text.HEARD_BEFORE)
            held = self.working_on_or_before(max(discovered, decided - back), discovered)
        elif status is CaseStatus.HEARING:
            span = min(30, (self.today - discovered).days)
            held = self.working_on_or_before(
                self.today - timedelta(days=rng.randint(0, span)), discovered
            )
        requested = min(
            self.next_working(discovered + _pick(rng, text.REQUESTED_AFTER)), held or self.today
        )
        staff = self.commissions.staff[row["body_id"]]
        self.explanation(row["id"], staff, requested, held or self.today, pending_ok=held is None)
        if held is None:
            return
        serving = self.commissions.for_case(row["body_id"], held)
        if serving is None:
            return  # no composition stored for that day (a user's commission): not heard
        commission, composition = serving
        self.hearings(row, status, commission.id, commission.place, composition, held)
        if status in DECIDED:
            self.order(row, status)

    def explanation(
        self, case_id: int, staff: BodyStaff, requested: date, limit: date, *, pending_ok: bool
    ) -> None:
        """The request and what came of it, all by `limit` (the hearing, or today); for a case
        not heard yet (`pending_ok`) the wait may still be on."""
        rng = self.rng
        roll = rng.random()
        act_on: date | None = None
        received: date | None = None
        wording = witnesses = ""
        if roll < text.REFUSED_SHARE + text.ABSENT_SHARE:
            # The act is drawn up after the two working days' wait (Labour Code Art. 65).
            act_on = self.next_working(self.explanation_due(requested) + _pick(rng, text.ACT_AFTER))
            if act_on > limit:
                act_on = None
        if act_on is not None:
            refused = roll < text.REFUSED_SHARE
            outcome = ExplanationOutcome.REFUSED if refused else ExplanationOutcome.ABSENT
            wording = _pick(rng, text.ACT_REFUSED if refused else text.ACT_ABSENT)
            witnesses = staff.act_witnesses
        elif pending_ok and roll < text.REFUSED_SHARE + text.ABSENT_SHARE:
            outcome = ExplanationOutcome.PENDING  # the act's day has not come yet
        else:
            received = min(self.next_working(requested + _pick(rng, text.RECEIVED_AFTER)), limit)
            if pending_ok and received >= self.today:
                outcome, received = ExplanationOutcome.PENDING, None  # expected only today
            else:
                outcome = ExplanationOutcome.RECEIVED
                wording = _pick(rng, text.EXPLANATIONS)
        self.rows.explanations.append(
            {
                "case_id": case_id,
                "requested_on": requested,
                "outcome": outcome.value,
                "received_on": received,
                "text": wording,
                "act_on": act_on,
                "act_witnesses": witnesses,
                "attachment_id": None,
            }
        )

    def hearings(
        self,
        row: Mapping[str, Any],
        status: CaseStatus,
        commission_id: int,
        place: str,
        composition: DemoComposition,
        held: date,
    ) -> int:
        """The deciding hearing on `held`, after an earlier one now and then; its id."""
        rng = self.rng
        discovered: date = row["discovered_on"]
        if rng.random() < text.INVESTIGATED_SHARE and (held - discovered).days >= 10:
            first = discovered + timedelta(days=rng.randint(2, (held - discovered).days - 5))
            first = self.working_on_or_before(first, discovered)
            earlier = self.commissions.for_case(row["body_id"], first)
            if earlier is not None and earlier[0].id == commission_id:
                self.hearing(
                    row["id"],
                    commission_id,
                    place,
                    earlier[1],
                    first,
                    HearingOutcome.INVESTIGATE,
                    None,
                )
        if status is CaseStatus.NO_PENALTY:
            outcome, penalty = HearingOutcome.NONE, None
        elif status in IMPOSED_STATUSES:
            outcome, penalty = HearingOutcome.IMPOSE, row["penalty"]
        else:  # still at the hearing: a proposal the law allows, or more investigation
            outcome, penalty = HearingOutcome.INVESTIGATE, None
            if rng.random() < 0.8:
                allowed = self.allowed(row)
                if allowed:
                    outcome, penalty = HearingOutcome.IMPOSE, rng.choice(allowed[:2])
        return self.hearing(row["id"], commission_id, place, composition, held, outcome, penalty)

    def hearing(
        self,
        case_id: int,
        commission_id: int,
        place: str,
        composition: DemoComposition,
        held: date,
        outcome: HearingOutcome,
        penalty: str | None,
    ) -> int:
        rng = self.rng
        hearing_id = self.next_hearing
        self.next_hearing += 1
        minutes = _MINUTES[outcome]
        self.rows.hearings.append(
            {
                "id": hearing_id,
                "case_id": case_id,
                "commission_id": commission_id,
                "held_on": held,
                "place": place,
                "outcome": outcome.value,
                "proposed_penalty": penalty,
                "minutes": _pick(rng, minutes),
                "invited": _pick(rng, text.INVITED),
            }
        )
        changes = self._vary(composition, outcome)
        if changes and self._adopted(composition, changes):
            seats = composition.seats
            self.rows.members += [
                {**seats[n - 1], **change, "hearing_id": hearing_id, "position_no": n}
                for n, change in changes.items()
            ]
        # The other members attended and voted for: plain_members copies them in SQL.
        return hearing_id

    def _vary(
        self, composition: DemoComposition, outcome: HearingOutcome
    ) -> dict[int, dict[str, Any]]:
        """Now and then a member absent, a recusal, a vote against: the seats that differ from
        full attendance, by position."""
        rng = self.rng
        changes: dict[int, dict[str, Any]] = {}
        if rng.random() < text.ABSENT_MEMBER_SHARE:
            changes[rng.randint(1, len(composition.seats))] = {"present": False, "vote": None}
        voters = [n for n in composition.voters if n not in changes]
        if voters and rng.random() < text.RECUSAL_SHARE:
            n = voters.pop(rng.randrange(len(voters)))
            reason = rng.choice(text.RECUSALS)
            changes[n] = {"recused": True, "recusal_reason": reason, "vote": None}
        if voters and rng.random() < text.AGAINST_SHARE:
            n = rng.choice(voters)
            abstain = rng.random() < 0.2
            changes[n] = {"vote": Vote.ABSTAIN.value if abstain else Vote.AGAINST.value}
            if outcome is not HearingOutcome.INVESTIGATE and rng.random() < 0.8:
                changes[n]["dissent"] = rng.choice(text.DISSENTS)
        return changes

    def _adopted(self, composition: DemoComposition, changes: dict[int, dict[str, Any]]) -> bool:
        """Whether the hearing so varied meets the quorum and adopts (domain.procedure.tally)."""
        key = (
            id(composition),
            tuple(
                sorted(
                    (n, c.get("present"), c.get("recused"), c.get("vote"))
                    for n, c in changes.items()
                )
            ),
        )
        found = self._tallies.get(key)
        if found is None:
            members = []
            for n, seat in enumerate(composition.seats, start=1):
                m = {**seat, **changes.get(n, {})}
                vote = m["vote"]
                members.append(
                    HearingMember(
                        full_name=m["full_name"],
                        role=MemberRole(m["role"]),
                        present=m["present"],
                        votes=m["votes"],
                        recused=m["recused"],
                        vote=Vote(vote) if vote is not None else None,
                    )
                )
            counted = tally(members, composition.quorum or self.quorum, self.majority)
            found = self._tallies[key] = counted.adopted
        return found

    def allowed(self, row: Mapping[str, Any]) -> tuple[str, ...]:
        """The penalties the law allows the case (Law 416-V Art. 44 p.3-7) with the servant's
        demo penalties imposed by the offence date as the prior record."""
        committed: date = row["committed_on"]
        priors = [p for p in self.priors.get(row["iin"], ()) if p.imposed_on <= committed]
        elected = self.elected.get(row["servant_id"], False)
        key = (row["offence"], bool(row["lower_post_vacant"]), elected)
        bounds = None if priors else self._bounds.get(key)
        if bounds is None:
            try:
                bounds = allowed_penalties(
                    row["offence"],
                    committed,
                    priors,
                    vacancy=bool(row["lower_post_vacant"]),
                    elected=elected,
                    pack=self.pack,
                    switches=self.switches,
                )
            except (ValidationFailed, RulePackError):
                return ()
            if not priors:
                self._bounds[key] = bounds
        return tuple(bounds.allowed)

    def order(self, row: Mapping[str, Any], status: CaseStatus) -> None:
        """Signed by the body's official on the decision day, announced within 3 working days."""
        rng = self.rng
        signed: date = row["decided_on"]
        staff = self.commissions.staff[row["body_id"]]
        announced = self.working_days_after(signed, _pick(rng, (0, 0, 0, 0, 1, 1, 2, 3)))
        announced = min(announced, self.announcement_due(signed), self.today)
        refused = rng.random() < text.ORDER_REFUSED_SHARE
        imposed = status is not CaseStatus.NO_PENALTY
        self.rows.orders.append(
            {
                "case_id": row["id"],
                "signed_on": signed,
                "official_name": staff.official_name,
                "official_position": staff.official_position,
                "outcome": (HearingOutcome.IMPOSE if imposed else HearingOutcome.NONE).value,
                "penalty": row["penalty"] if imposed else None,
                "order_number": "",
                "announced_on": announced,
                "familiarised_on": None if refused else announced,
                "refused_on": announced if refused else None,
                "refusal_witnesses": staff.refusal_witnesses if refused else "",
                "lifted_on": row["penalty_lifted_on"] if imposed else None,
                "_body_id": row["body_id"],
            }
        )
        if imposed and rng.random() < text.APPEAL_SHARE:
            self.appeal(row["id"], announced)

    def appeal(self, case_id: int, learnt: date) -> None:
        rng = self.rng
        filed = self.next_working(learnt + timedelta(days=rng.randint(3, 60)))
        if filed > self.today:
            return
        route = rng.choices(list(AppealRoute), (40, 25, 35))[0]
        outcome = rng.choices(list(AppealOutcome), (25, 50, 10, 15))[0]
        decided: date | None = None
        if outcome is not AppealOutcome.PENDING:
            decided = self.next_working(filed + timedelta(days=rng.randint(10, 60)))
            if decided > self.today:
                outcome, decided = AppealOutcome.PENDING, None
        self.rows.appeals.append(
            {
                "case_id": case_id,
                "route": route.value,
                "filed_on": filed,
                "outcome": outcome.value,
                "decided_on": decided,
                "note": rng.choice(text.APPEAL_NOTES[outcome.value]),
            }
        )


def add_procedure(
    conn: Connection,
    rng: random.Random,
    engine: DemoDeadlines,
    cases: list[dict[str, Any]],
    elected: Mapping[int, bool],
    person: Callable[[random.Random], str],
    today: date,
) -> int:
    """Commissions for the bodies, then each case's procedure (the case rows are stored, with
    their penalties); returns the number of hearings added."""
    if not cases:
        return 0
    # Before every case the demo draws (committed at most three years ago), so a later run on
    # the same database finds the commissions it composed already in force.
    earliest = min(min(r["committed_on"] for r in cases), today - timedelta(days=3 * 365))
    since = earliest - timedelta(days=rng.randint(30, 120))
    commissions = add_commissions(conn, rng, since, today, person)
    first_hearing = (
        int(conn.execute(select(func.coalesce(func.max(DbHearing.id), 0))).scalar_one()) + 1
    )
    drawer = _Drawer(rng, engine, commissions, elected, today, first_hearing)
    for r in cases:
        if (
            r["penalty"] is not None
            and r["decided_on"] is not None
            and _STATUSES[r["status"]] in IMPOSED_STATUSES
        ):
            prior = PriorPenalty(
                r["offence"], r["penalty"], r["decided_on"], r["penalty_lifted_on"]
            )
            drawer.priors.setdefault(r["iin"], []).append(prior)
    for r in cases:
        drawer.case(r)
    rows = drawer.rows
    number_orders(rows.orders)
    for table, batch in (
        (DbExplanation, rows.explanations),
        (DbHearing, rows.hearings),
        (DbHearingMember, rows.members),
        (DbOrder, rows.orders),
        (DbAppeal, rows.appeals),
    ):
        for start in range(0, len(batch), _BATCH):
            conn.execute(insert(table), batch[start : start + _BATCH])
    plain_members(conn, first_hearing)
    return len(rows.hearings)
