"""Consistency of a penalty: comparable cases, the ranges it is held to, the bodies' tables.

Interpretations made here (shown to users as such; the ranges' own in domain.penalty_ranges):
- The occurrence used in a table of penalties (Douglas factor 7) is 1 + the number of the
  servant's prior penalties in force on the offence date (only those count as a prior record,
  Labour Code Art. 66), at most 3; the table's entry is the one in force on the decision date
  (today while undecided).
- Comparable cases are looked for in the `years` before the case's decision date (today while
  undecided), never after it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from domain.audit import diff_of
from domain.authz import Guard, Permission
from domain.case_guard import REFERENCE_READ, check_case
from domain.case_packs import stored_switches
from domain.errors import FieldError, NotFound, RulePackError, ValidationFailed
from domain.model import CaseInput, ComparableFilter, Comparables, PenaltyTableEntry
from domain.penalties import PenaltyBounds, PriorPenalty, priors_in_force
from domain.penalty_facts import (
    PenaltyFacts,
    case_facts,
    known_penalty,
    prior_record,
    statutory_bounds,
)
from domain.penalty_ranges import consistency_range_of, justification_range, table_range
from domain.ports import UnitOfWork
from domain.rulepack import RulePackRegistry
from domain.text import search_key
from domain.validation import (
    E_PENALTY_UNKNOWN,
    E_TABLE_DUPLICATE,
    E_TABLE_OCCURRENCE,
    E_TABLE_RANGE_REVERSED,
)

DEFAULT_YEARS = 5
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
MAX_OCCURRENCE = 3


@dataclass(frozen=True)
class ComparableOptions:
    """Which decided cases are comparable (Douglas factor 6); the defaults are the panel's.

    `same_offence` False widens to the offence's Art. 50 group, or to every offence of the same
    kind outside the groups. `similar_position`: one servant's folded position holds the other's
    as whole words ("главный специалист" ~ "специалист", not ~ "ведущий специалист"). `years`
    counts back from the case's decision date (today while undecided).
    """

    same_offence: bool = True
    any_body: bool = False
    similar_position: bool = False
    years: int = DEFAULT_YEARS


@dataclass(frozen=True)
class PenaltyReview:
    """Everything the editor's penalty panel shows for a case, under the default options."""

    bounds: PenaltyBounds | None  # None while the offence or its date cannot give bounds
    distribution: dict[str, int]  # comparable cases per penalty (default ComparableOptions)
    comparables: int  # how many comparable cases
    consistency: tuple[str, ...]  # () below MIN_COMPARABLES
    occurrence: int  # 1 + prior penalties in force, at most 3
    table_entry: PenaltyTableEntry | None  # the body's entry in force for it, if any
    table_range: tuple[str, ...] | None
    # The penalty proposed is outside both ranges: a justification is required (whether or not
    # one is typed); None when not, else the (least, most) severe penalties of the ranges.
    justification_range: tuple[str, str] | None


def _years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


class ConsistencyService:
    """Comparable cases, the consistency and table ranges, and the bodies' tables of penalties.

    CaseService owns one and delegates to it; PenaltyService's `assess` asks its `review` inside
    the caller's unit of work.
    """

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        today: Callable[[], date],
        guard: Guard | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._today = today
        self._guard = guard or Guard.system()

    # -- consistency and the table range -----------------------------------------------------------

    def comparable_cases(
        self,
        case_id: int | None = None,
        data: CaseInput | None = None,
        options: ComparableOptions = ComparableOptions(),
        limit: int = DEFAULT_LIMIT,
    ) -> Comparables:
        """Decided cases comparable to this one (see ComparableOptions): the penalties'
        distribution (one GROUP BY), the total and the latest `limit` of them, by decision date
        descending. The case itself is never among them."""
        check_case(self._guard, self._read_uow_factory, case_id)
        if not 0 <= limit <= MAX_LIMIT:
            raise ValueError(f"bad limit: {limit}")
        with self._read_uow_factory() as uow:
            facts = case_facts(uow, self._packs, case_id, data)
            flt = self._comparable_filter(facts, options)
            if flt is None:
                return Comparables({}, 0, [])
            distribution = uow.penalties.comparable_distribution(flt)
            cases = uow.penalties.comparable_page(flt, limit) if limit else []
        return Comparables(distribution, sum(distribution.values()), cases)

    def consistency_range(
        self,
        case_id: int | None = None,
        data: CaseInput | None = None,
        options: ComparableOptions = ComparableOptions(),
    ) -> tuple[str, ...]:
        """consistency_range_of the comparable cases' distribution (see the module docstring)."""
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            facts = case_facts(uow, self._packs, case_id, data)
            return consistency_range_of(self._distribution(uow, facts, options), facts.pack)

    def table_range(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> tuple[str, ...] | None:
        """The range of the body's table of penalties for this offence and occurrence, in force
        on the decision date (today while undecided); None without an entry."""
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            facts = case_facts(uow, self._packs, case_id, data)
            entry, _ = self._table_entry(uow, facts, prior_record(uow, facts))
            return table_range(entry, facts.pack)

    def penalty_review(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> PenaltyReview:
        """Bounds, comparables, ranges and whether a justification is required, in one read."""
        check_case(self._guard, self._read_uow_factory, case_id)
        with self._read_uow_factory() as uow:
            facts = case_facts(uow, self._packs, case_id, data)
            switches = stored_switches(self._packs, uow)
            return self.review(uow, facts, switches)

    def review(
        self,
        uow: UnitOfWork,
        facts: PenaltyFacts,
        switches: Mapping[str, bool],
        bounds: PenaltyBounds | None = None,
    ) -> PenaltyReview:
        """penalty_review inside the caller's unit of work; `bounds` if already known."""
        if bounds is None:
            try:
                bounds = statutory_bounds(uow, facts, switches)
            except (ValidationFailed, RulePackError):
                bounds = None
        distribution = self._distribution(uow, facts, ComparableOptions())
        consistency = consistency_range_of(distribution, facts.pack)
        entry, occurrence = self._table_entry(uow, facts, prior_record(uow, facts))
        table = table_range(entry, facts.pack)
        return PenaltyReview(
            bounds=bounds,
            distribution=distribution,
            comparables=sum(distribution.values()),
            consistency=consistency,
            occurrence=occurrence,
            table_entry=entry,
            table_range=table,
            justification_range=justification_range(
                facts.penalty, bounds, consistency, table, facts.pack
            ),
        )

    # -- the bodies' tables of penalties -----------------------------------------------------------

    def penalty_table(self, body_id: int, on: date | None = None) -> list[PenaltyTableEntry]:
        """A body's table of penalties: the entries in force on `on`, or every version."""
        self._guard.require_any(*REFERENCE_READ)
        with self._read_uow_factory() as uow:
            return uow.penalties.penalty_table(body_id, on)

    def set_penalty_table_entry(self, entry: PenaltyTableEntry) -> int:
        """Add (id None) or change an entry; an entry without id whose body, offence, occurrence
        and valid_from are already stored replaces that one. Returns the entry's id."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        offence = entry.offence.strip()
        entry = PenaltyTableEntry(
            id=entry.id,
            body_id=entry.body_id,
            offence=offence,
            occurrence=entry.occurrence,
            min_penalty=entry.min_penalty.strip(),
            max_penalty=entry.max_penalty.strip(),
            valid_from=entry.valid_from,
        )
        errors = self._table_entry_errors(entry)
        with self._uow_factory() as uow:
            if all(b.id != entry.body_id for b in uow.queries.bodies()):
                errors.insert(0, FieldError("body_id", "body.unknown", {"id": entry.body_id}))
            if entry.id is not None and uow.penalties.penalty_table_entry(entry.id) is None:
                raise NotFound(f"penalty table entry {entry.id}")
            same = next(
                (
                    e
                    for e in uow.penalties.penalty_table(entry.body_id, None)
                    if (e.offence, e.occurrence, e.valid_from)
                    == (entry.offence, entry.occurrence, entry.valid_from)
                ),
                None,
            )
            if same is not None and entry.id is not None and same.id != entry.id:
                errors.append(FieldError("valid_from", E_TABLE_DUPLICATE, {"id": same.id}))
            if errors:
                raise ValidationFailed(errors)
            if same is not None and entry.id is None:
                entry = PenaltyTableEntry(same.id, *_entry_values(entry))
            old = uow.penalties.penalty_table_entry(entry.id) if entry.id is not None else None
            entry_id = uow.penalties.save_penalty_table_entry(entry)
            uow.audit.append(
                "penalty_table.saved",
                "penalty_table_entry",
                entry_id,
                diff_of(old, replace(entry, id=entry_id)),
            )
            uow.commit()
        return entry_id

    def delete_penalty_table_entry(self, entry_id: int) -> bool:
        """Remove an entry (False if there was none)."""
        self._guard.require(Permission.SETTINGS_MANAGE)
        with self._uow_factory() as uow:
            old = uow.penalties.penalty_table_entry(entry_id)
            found = uow.penalties.delete_penalty_table_entry(entry_id)
            if found:
                uow.audit.append(
                    "penalty_table.deleted", "penalty_table_entry", entry_id, diff_of(old, None)
                )
                uow.commit()
        return found

    # -- internals ---------------------------------------------------------------------------------

    def _comparable_filter(
        self, facts: PenaltyFacts, options: ComparableOptions
    ) -> ComparableFilter | None:
        """The store's query for `options`; None when nothing can be comparable (an unknown
        offence, no body to compare within, no position to compare with)."""
        if options.years < 1:
            raise ValueError(f"bad number of years: {options.years}")
        offence = facts.pack.find_offence(facts.offence)
        if offence is None:
            return None
        body_id = None if options.any_body else facts.body_id
        if not options.any_body and body_id is None:
            return None
        position_key = search_key(facts.position) if options.similar_position else ""
        if options.similar_position and not position_key:
            return None
        until = facts.decided_on or self._today()
        offences: tuple[str, ...] = ()
        group: str | None = None
        if options.same_offence:
            offences = (offence.code,)
        elif offence.group is not None:
            group = offence.group
        else:
            offences = tuple(
                o.code for o in facts.pack.offences if o.kind is offence.kind and o.group is None
            )
        return ComparableFilter(
            decided_from=_years_before(until, options.years),
            decided_to=until,
            offences=offences,
            group=group,
            body_id=body_id,
            position_key=position_key,
            exclude_case_id=facts.case_id,
        )

    def _distribution(
        self, uow: UnitOfWork, facts: PenaltyFacts, options: ComparableOptions
    ) -> dict[str, int]:
        flt = self._comparable_filter(facts, options)
        return {} if flt is None else uow.penalties.comparable_distribution(flt)

    def _table_entry(
        self, uow: UnitOfWork, facts: PenaltyFacts, priors: Sequence[PriorPenalty]
    ) -> tuple[PenaltyTableEntry | None, int]:
        """The body's entry for the offence and occurrence in force on the decision date."""
        in_force = (
            priors_in_force(priors, facts.committed_on, pack=facts.pack)
            if facts.committed_on is not None
            else ()
        )
        occurrence = min(1 + len(in_force), MAX_OCCURRENCE)
        if facts.body_id is None:
            return None, occurrence
        on = facts.decided_on or self._today()
        entry = next(
            (
                e
                for e in uow.penalties.penalty_table(facts.body_id, on)
                if e.offence == facts.offence and e.occurrence == occurrence
            ),
            None,
        )
        if entry is not None and not (
            known_penalty(facts.pack, entry.min_penalty)
            and known_penalty(facts.pack, entry.max_penalty)
        ):
            entry = None  # written under another pack's penalties
        return entry, occurrence

    def _table_entry_errors(self, entry: PenaltyTableEntry) -> list[FieldError]:
        pack = self._packs.for_date(entry.valid_from)
        errors: list[FieldError] = []
        if not entry.offence:
            errors.append(FieldError("offence", "required"))
        elif pack.find_offence(entry.offence) is None:
            errors.append(
                FieldError("offence", "offence.unknown", {"code": entry.offence, "pack": pack.id})
            )
        if entry.occurrence not in range(1, MAX_OCCURRENCE + 1):
            errors.append(
                FieldError(
                    "occurrence",
                    E_TABLE_OCCURRENCE,
                    {"occurrence": entry.occurrence, "max": MAX_OCCURRENCE},
                )
            )
        known = True
        for field_name, code in (
            ("min_penalty", entry.min_penalty),
            ("max_penalty", entry.max_penalty),
        ):
            if not code:
                errors.append(FieldError(field_name, "required"))
                known = False
            elif not known_penalty(pack, code):
                errors.append(
                    FieldError(field_name, E_PENALTY_UNKNOWN, {"penalty": code, "pack": pack.id})
                )
                known = False
        if (
            known
            and pack.penalty(entry.min_penalty).severity > pack.penalty(entry.max_penalty).severity
        ):
            errors.append(
                FieldError(
                    "max_penalty",
                    E_TABLE_RANGE_REVERSED,
                    {"min_penalty": entry.min_penalty, "max_penalty": entry.max_penalty},
                )
            )
        return errors


def _entry_values(entry: PenaltyTableEntry) -> tuple[int, str, int, str, str, date]:
    return (
        entry.body_id,
        entry.offence,
        entry.occurrence,
        entry.min_penalty,
        entry.max_penalty,
        entry.valid_from,
    )
