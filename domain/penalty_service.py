"""The case registry's penalty operations: statutory bounds from the stored prior record, the
criteria worksheet, consistency with comparable cases and the bodies' tables of penalties.

Interpretations made here (shown to users as such; the ranges' own in domain.penalty_ranges):
- The prior record of a case is the penalties imposed in the servant's other cases (same IIN,
  status DECIDED or CLOSED, decided on or before this offence's commission date); the decision
  date is the imposition date. `domain.penalties` decides which of them are in force.
- The occurrence used in a table of penalties (Douglas factor 7) is 1 + the number of the
  servant's prior penalties in force on the offence date (only those count as a prior record,
  Labour Code Art. 66), at most 3; the table's entry is the one in force on the decision date
  (today while undecided).
- Comparable cases are looked for in the `years` before the case's decision date (today while
  undecided), never after it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.case_packs import pack_of, stored_pack, stored_switches
from domain.case_records import clean_input, load_case
from domain.criteria import (
    Rating,
    Recommendation,
    Worksheet,
    WorksheetItem,
    recommend,
    validate_worksheet,
)
from domain.errors import FieldError, NotFound, RulePackError, ValidationFailed
from domain.model import (
    CaseDetail,
    CaseInput,
    CaseStatus,
    ComparableFilter,
    Comparables,
    PenaltyTableEntry,
)
from domain.penalties import PenaltyBounds, PriorPenalty, allowed_penalties, priors_in_force
from domain.penalty_ranges import consistency_range_of, justification_range, table_range
from domain.ports import CriterionRating, UnitOfWork
from domain.rulepack import RulePack, RulePackRegistry, UnknownPenalty
from domain.text import normalize_text, search_key
from domain.validation import (
    E_JUSTIFICATION_REQUIRED,
    E_PENALTY_NOT_ALLOWED,
    E_PENALTY_UNKNOWN,
    E_TABLE_DUPLICATE,
    E_TABLE_OCCURRENCE,
    E_TABLE_RANGE_REVERSED,
    MAX_WORKSHEET_NOTE_LENGTH,
    text_errors,
)

WORKSHEET_EVENT = "worksheet_saved"
DEFAULT_YEARS = 5
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
MAX_OCCURRENCE = 3


@dataclass(frozen=True)
class WorksheetVersion:
    """One save of a case's criteria worksheet: its number, when (UTC), by whom, what."""

    version: int
    at_utc: datetime
    actor: str
    worksheet: Worksheet


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


@dataclass(frozen=True)
class _Facts:
    """What the penalty operations need of a case, stored or as typed."""

    case_id: int | None
    offence: str
    committed_on: date | None
    decided_on: date | None
    iin: str
    body_id: int | None
    position: str
    elected: bool
    vacancy: bool
    penalty: str | None
    pack: RulePack


def _years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _known_penalty(pack: RulePack, code: str) -> bool:
    try:
        pack.penalty(code)
    except UnknownPenalty:
        return False
    return True


class PenaltyService:
    """Bounds, worksheet, comparable cases and tables of penalties over the store.

    CaseService owns one and delegates to it; `assess` adds the penalty's refusals to the case
    validation inside the caller's unit of work.
    """

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        read_uow_factory: Callable[[], UnitOfWork],
        packs: RulePackRegistry,
        today: Callable[[], date],
        now_utc: Callable[[], datetime],
        actor: Callable[[], str],
    ) -> None:
        self._uow_factory = uow_factory
        self._read_uow_factory = read_uow_factory
        self._packs = packs
        self._today = today
        self._now_utc = now_utc
        self._actor = actor

    # -- statutory bounds ----------------------------------------------------------------------

    def allowed_for(
        self,
        offence: str,
        on: date,
        priors: Sequence[PriorPenalty],
        *,
        vacancy: bool = True,
        elected: bool = False,
    ) -> PenaltyBounds:
        """domain.penalties.allowed_penalties under the pack for `on` and the stored switches."""
        with self._read_uow_factory() as uow:
            switches = stored_switches(self._packs, uow)
        return allowed_penalties(
            offence,
            on,
            priors,
            vacancy=vacancy,
            elected=elected,
            pack=self._packs.for_date(on),
            switches=switches,
        )

    def penalty_bounds(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> PenaltyBounds:
        """The penalties the law allows for a stored case or one as typed (`data`, an edit of
        `case_id` if given), with the servant's prior record read from the store.

        Raises NotFound; ValidationFailed (domain.penalties.ERROR_CODES, or `required` on
        committed_on while it is not typed) when no bounds can be given.
        """
        with self._read_uow_factory() as uow:
            facts = self._facts(uow, case_id, data)
            return self._bounds(uow, facts, stored_switches(self._packs, uow))

    def prior_penalties(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> tuple[PriorPenalty, ...]:
        """The servant's penalties imposed on or before the offence date, oldest first."""
        with self._read_uow_factory() as uow:
            return self._priors(uow, self._facts(uow, case_id, data))

    # -- consistency and the table of penalties ------------------------------------------------

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
        if not 0 <= limit <= MAX_LIMIT:
            raise ValueError(f"bad limit: {limit}")
        with self._read_uow_factory() as uow:
            facts = self._facts(uow, case_id, data)
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
        with self._read_uow_factory() as uow:
            facts = self._facts(uow, case_id, data)
            return consistency_range_of(self._distribution(uow, facts, options), facts.pack)

    def table_range(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> tuple[str, ...] | None:
        """The range of the body's table of penalties for this offence and occurrence, in force
        on the decision date (today while undecided); None without an entry."""
        with self._read_uow_factory() as uow:
            facts = self._facts(uow, case_id, data)
            entry, _ = self._table_entry(uow, facts, self._priors(uow, facts))
            return table_range(entry, facts.pack)

    def penalty_review(
        self, case_id: int | None = None, data: CaseInput | None = None
    ) -> PenaltyReview:
        """Bounds, comparables, ranges and whether a justification is required, in one read."""
        with self._read_uow_factory() as uow:
            facts = self._facts(uow, case_id, data)
            switches = stored_switches(self._packs, uow)
            return self._review(uow, facts, switches)

    def penalty_table(self, body_id: int, on: date | None = None) -> list[PenaltyTableEntry]:
        """A body's table of penalties: the entries in force on `on`, or every version."""
        with self._read_uow_factory() as uow:
            return uow.penalties.penalty_table(body_id, on)

    def set_penalty_table_entry(self, entry: PenaltyTableEntry) -> int:
        """Add (id None) or change an entry; an entry without id whose body, offence, occurrence
        and valid_from are already stored replaces that one. Returns the entry's id."""
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
            entry_id = uow.penalties.save_penalty_table_entry(entry)
            uow.commit()
        return entry_id

    def delete_penalty_table_entry(self, entry_id: int) -> bool:
        """Remove an entry (False if there was none)."""
        with self._uow_factory() as uow:
            found = uow.penalties.delete_penalty_table_entry(entry_id)
            if found:
                uow.commit()
        return found

    # -- the criteria worksheet ----------------------------------------------------------------

    def worksheet(self, case_id: int) -> Worksheet:
        """The case's current worksheet (its latest version; empty if none was saved)."""
        history = self.worksheet_history(case_id)
        return history[-1].worksheet if history else Worksheet()

    def worksheet_history(self, case_id: int) -> list[WorksheetVersion]:
        """Every saved version of the case's worksheet, oldest first; raises NotFound."""
        with self._read_uow_factory() as uow:
            load_case(uow, case_id)
            return _versions(uow.penalties.criteria_ratings(case_id))

    def save_worksheet(self, case_id: int, worksheet: Worksheet) -> int:
        """Store the worksheet as the case's next version (all its items) with a
        "worksheet_saved" event holding the changed ratings; returns the version number.

        Notes are normalised (NFC, trimmed). An unchanged worksheet writes nothing and returns
        the current version (0: none). Raises NotFound, ValidationFailed (criteria codes on
        `criteria.{code}`, text codes on `criteria.{code}.note`).
        """
        items = tuple(
            WorksheetItem(i.code.strip(), i.rating, normalize_text(i.note)) for i in worksheet.items
        )
        with self._uow_factory() as uow:
            case = load_case(uow, case_id)
            pack = stored_pack(self._packs, case.rule_pack, case.committed_on)
            errors = validate_worksheet(Worksheet(items), pack)
            for item in items:
                errors += text_errors(
                    f"criteria.{item.code}.note",
                    item.note,
                    MAX_WORKSHEET_NOTE_LENGTH,
                    multiline=True,
                )
            if errors:
                raise ValidationFailed(errors)
            versions = _versions(uow.penalties.criteria_ratings(case_id))
            current = versions[-1] if versions else None
            old = _ratings(current.worksheet) if current else {}
            new = _ratings(Worksheet(items))
            if old == new:
                return current.version if current else 0
            version = (current.version if current else 0) + 1
            now, actor = self._now_utc(), self._actor()
            rows = [
                CriterionRating(version, i.code, Rating(i.rating).value, i.note, now, actor)
                for i in items
            ] or [CriterionRating(version, None, "", "", now, actor)]
            uow.penalties.add_criteria_ratings(case_id, rows)
            order = [c.code for c in pack.criteria]
            changes = {
                code: {"old": old.get(code), "new": new.get(code)}
                for code in sorted(old.keys() | new.keys(), key=order.index)
                if old.get(code) != new.get(code)
            }
            uow.cases.add_event(
                case_id, WORKSHEET_EVENT, actor, now, {"version": version, "changes": changes}
            )
            uow.commit()
        return version

    def recommendation(self, case_id: int) -> Recommendation:
        """What the latest worksheet recommends inside the case's statutory bounds
        (domain.criteria.recommend); raises NotFound, ValidationFailed as penalty_bounds."""
        with self._read_uow_factory() as uow:
            facts = self._facts(uow, case_id, None)
            bounds = self._bounds(uow, facts, stored_switches(self._packs, uow))
            versions = _versions(uow.penalties.criteria_ratings(case_id))
        worksheet = versions[-1].worksheet if versions else Worksheet()
        return recommend(worksheet, bounds, bounds.offence, facts.pack)

    # -- validation, inside CaseService's unit of work ------------------------------------------

    def assess(
        self,
        uow: UnitOfWork,
        data: CaseInput,
        existing: CaseDetail | None,
        pack: RulePack,
        switches: Mapping[str, bool],
    ) -> list[FieldError]:
        """The penalty's refusals that need the store: outside the statutory bounds with the
        servant's prior record (`penalty.not_allowed` on `penalty`), or outside the comparable
        cases' and the table's ranges without a justification (`penalty.justification_required`
        on `justification`). Checked for a new case and whenever a fact they depend on changed,
        so an old case is not held to comparables decided after it was saved.

        `data` is cleaned; problems validate_case reports (unknown offence or penalty, missing
        date) are not repeated here.
        """
        if data.penalty is None or data.committed_on is None:
            return []
        if data.status is CaseStatus.NO_PENALTY or not _known_penalty(pack, data.penalty):
            return []
        if existing is not None and _penalty_facts(existing) == _penalty_facts(data):
            return []
        facts = _input_facts(data, existing, pack)
        try:
            bounds = self._bounds(uow, facts, switches)
        except (ValidationFailed, RulePackError):
            # The offence cannot be chosen now (validate_case says why), or an existing case kept
            # a repealed one: the law gives no bounds to hold the penalty to.
            return []
        if data.penalty not in bounds.allowed:
            params = {
                "penalty": data.penalty,
                "allowed": ",".join(bounds.allowed),
                "rule": bounds.rule,
                "repeat": bounds.repeat,
            }
            return [FieldError("penalty", E_PENALTY_NOT_ALLOWED, params)]
        if data.justification:
            return []
        review = self._review(uow, facts, switches, bounds)
        if review.justification_range is None:
            return []
        least, most = review.justification_range
        params = {"penalty": data.penalty, "least": least, "most": most}
        return [FieldError("justification", E_JUSTIFICATION_REQUIRED, params)]

    # -- internals -----------------------------------------------------------------------------

    def _facts(self, uow: UnitOfWork, case_id: int | None, data: CaseInput | None) -> _Facts:
        if case_id is None and data is None:
            raise ValueError("give a case id, the case as typed, or both")
        existing = load_case(uow, case_id) if case_id is not None else None
        if data is not None:
            data = clean_input(data)
            return _input_facts(data, existing, pack_of(self._packs, data, existing))
        assert existing is not None
        s = existing.servant
        return _Facts(
            case_id=existing.id,
            offence=existing.offence,
            committed_on=existing.committed_on,
            decided_on=existing.decided_on,
            iin=s.iin,
            body_id=s.body_id,
            position=s.position,
            elected=s.elected,
            vacancy=existing.lower_post_vacant,
            penalty=existing.penalty,
            pack=stored_pack(self._packs, existing.rule_pack, existing.committed_on),
        )

    def _priors(self, uow: UnitOfWork, facts: _Facts) -> tuple[PriorPenalty, ...]:
        if facts.committed_on is None or not facts.iin:
            return ()
        records = uow.penalties.prior_penalties(facts.iin, facts.committed_on, facts.case_id)
        pack = facts.pack
        # A prior the pack cannot read (a case under another pack) or with an impossible lifting
        # date would make allowed_penalties refuse every later case of the servant: left out.
        return tuple(
            PriorPenalty(r.offence, r.penalty, r.imposed_on, r.lifted_on)
            for r in records
            if pack.find_offence(r.offence) is not None
            and _known_penalty(pack, r.penalty)
            and (r.lifted_on is None or r.lifted_on >= r.imposed_on)
        )

    def _bounds(
        self, uow: UnitOfWork, facts: _Facts, switches: Mapping[str, bool]
    ) -> PenaltyBounds:
        if facts.committed_on is None:
            raise ValidationFailed([FieldError("committed_on", "required")])
        return allowed_penalties(
            facts.offence,
            facts.committed_on,
            self._priors(uow, facts),
            vacancy=facts.vacancy,
            elected=facts.elected,
            pack=facts.pack,
            switches=switches,
        )

    def _comparable_filter(
        self, facts: _Facts, options: ComparableOptions
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
        self, uow: UnitOfWork, facts: _Facts, options: ComparableOptions
    ) -> dict[str, int]:
        flt = self._comparable_filter(facts, options)
        return {} if flt is None else uow.penalties.comparable_distribution(flt)

    def _table_entry(
        self, uow: UnitOfWork, facts: _Facts, priors: Sequence[PriorPenalty]
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
            _known_penalty(facts.pack, entry.min_penalty)
            and _known_penalty(facts.pack, entry.max_penalty)
        ):
            entry = None  # written under another pack's penalties
        return entry, occurrence

    def _review(
        self,
        uow: UnitOfWork,
        facts: _Facts,
        switches: Mapping[str, bool],
        bounds: PenaltyBounds | None = None,
    ) -> PenaltyReview:
        if bounds is None:
            try:
                bounds = self._bounds(uow, facts, switches)
            except (ValidationFailed, RulePackError):
                bounds = None
        distribution = self._distribution(uow, facts, ComparableOptions())
        consistency = consistency_range_of(distribution, facts.pack)
        entry, occurrence = self._table_entry(uow, facts, self._priors(uow, facts))
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
            elif not _known_penalty(pack, code):
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


def _input_facts(data: CaseInput, existing: CaseDetail | None, pack: RulePack) -> _Facts:
    s = data.servant
    return _Facts(
        case_id=existing.id if existing is not None else None,
        offence=data.offence,
        committed_on=data.committed_on,
        decided_on=data.decided_on,
        iin=s.iin.strip(),
        body_id=s.body_id,
        position=s.position,
        elected=s.elected,
        vacancy=data.lower_post_vacant,
        penalty=data.penalty,
        pack=pack,
    )


def _penalty_facts(c: CaseDetail | CaseInput) -> tuple[object, ...]:
    """What the penalty's bounds and justification depend on, to tell whether to check again."""
    return (
        c.penalty,
        c.offence,
        c.committed_on,
        c.decided_on,
        c.status,
        c.lower_post_vacant,
        c.justification,
        c.servant.iin,
        c.servant.elected,
        c.servant.body_id,
    )


def _ratings(worksheet: Worksheet) -> dict[str, dict[str, str]]:
    return {i.code: {"rating": Rating(i.rating).value, "note": i.note} for i in worksheet.items}


def _versions(rows: Sequence[CriterionRating]) -> list[WorksheetVersion]:
    """The stored rows grouped into versions, oldest first; a version's time and actor are its
    first row's (one save writes them all at once)."""
    grouped: dict[int, list[CriterionRating]] = {}
    for row in rows:
        grouped.setdefault(row.version, []).append(row)
    return [
        WorksheetVersion(
            version=version,
            at_utc=items[0].recorded_at,
            actor=items[0].actor,
            worksheet=Worksheet(
                tuple(
                    WorksheetItem(r.criterion, Rating(r.rating), r.note)
                    for r in items
                    if r.criterion is not None
                )
            ),
        )
        for version, items in sorted(grouped.items())
    ]
