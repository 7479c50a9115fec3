"""Hypothesis: the bounds obey the statute, and the worksheet never leaves them and is monotone."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.criteria import Rating, Recommendation, Worksheet, WorksheetItem, recommend
from domain.deadlines import in_repeat_window, penalty_in_force
from domain.penalties import (
    STEP_CODES,
    PenaltyBounds,
    PriorPenalty,
    allowed_penalties,
    priors_in_force,
    severity_class_of,
)
from domain.rulepack import RulePackRegistry

PACK = RulePackRegistry.load_builtin_packs().default
SWITCHES = {"proposed_subpoint_20": True}
NEW_OFFENCES = [o.code for o in PACK.selectable_offences(SWITCHES)]
ANY_OFFENCES = [o.code for o in PACK.offences]
PENALTIES = [p.code for p in PACK.penalties]
SEVERITY = {p.code: p.severity for p in PACK.penalties}
CRITERIA = [c.code for c in PACK.criteria]
CLASS_ORDER = {c.code: i for i, c in enumerate(PACK.severity_classes)}
ON_LOW, ON_HIGH = date(2024, 1, 1), date(2028, 12, 31)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def priors(draw: st.DrawFn) -> PriorPenalty:
    imposed = draw(st.dates(ON_LOW - timedelta(days=800), ON_HIGH))
    lifted = draw(st.none() | st.integers(0, 400).map(lambda d: imposed + timedelta(days=d)))
    return PriorPenalty(
        draw(st.sampled_from(ANY_OFFENCES)), draw(st.sampled_from(PENALTIES)), imposed, lifted
    )


@dataclass(frozen=True)
class Case:
    """The inputs of one call of allowed_penalties."""

    offence: str
    on: date
    priors: tuple[PriorPenalty, ...]
    vacancy: bool
    elected: bool

    def bounds(self, *extra: PriorPenalty) -> PenaltyBounds:
        return allowed_penalties(
            self.offence,
            self.on,
            (*self.priors, *extra),
            vacancy=self.vacancy,
            elected=self.elected,
            pack=PACK,
            switches=SWITCHES,
        )


case_inputs = st.builds(
    Case,
    st.sampled_from(NEW_OFFENCES),
    st.dates(ON_LOW, ON_HIGH),
    st.lists(priors(), max_size=4).map(tuple),
    st.booleans(),
    st.booleans(),
)
cases = case_inputs.map(Case.bounds)


ratings = st.sampled_from(list(Rating))
worksheets = st.dictionaries(st.sampled_from(CRITERIA), ratings, max_size=len(CRITERIA)).map(
    lambda d: Worksheet(tuple(WorksheetItem(c, r, f"note on {c}") for c, r in d.items()))
)


def with_rating(sheet: Worksheet, code: str, rating: Rating) -> Worksheet:
    kept = tuple(i for i in sheet.items if i.code != code)
    return Worksheet((*kept, WorksheetItem(code, rating, "added")))


def level(r: Recommendation) -> tuple[int, int]:
    return CLASS_ORDER[r.severity_class], max(SEVERITY[p] for p in r.penalties)


# ---------------------------------------------------------------- the bounds


@SETTINGS
@given(
    offence=st.sampled_from(NEW_OFFENCES),
    on=st.dates(ON_LOW, ON_HIGH),
    prior_list=st.lists(priors(), max_size=4),
    vacancy=st.booleans(),
    elected=st.booleans(),
)
def test_bounds_obey_the_statute(
    offence: str, on: date, prior_list: list[PriorPenalty], vacancy: bool, elected: bool
) -> None:
    b = allowed_penalties(
        offence, on, prior_list, vacancy=vacancy, elected=elected, pack=PACK, switches=SWITCHES
    )
    rule = PACK.offence(offence).penalty_rule
    assert b.allowed and set(b.allowed) <= set(PENALTIES)
    assert list(b.allowed) == sorted(b.allowed, key=SEVERITY.__getitem__)
    if not vacancy or elected:
        assert "demotion" not in b.allowed
    if rule == "C":
        assert b.allowed == ("dismissal",)
    if rule is None:
        assert not b.repeat and set(PENALTIES) - set(b.allowed) <= {"demotion"}

    # The reference for a repeat, written from the statute's words: a prior for an offence of
    # the same list (A or B), in force on the offence date, imposed less than a year before.
    in_force = [p for p in prior_list if penalty_in_force(p.imposed_on, on, p.lifted_on, pack=PACK)]
    repeat = rule in ("A", "B") and any(
        PACK.offence(p.offence).penalty_rule == rule and in_repeat_window(p.imposed_on, on, PACK)
        for p in in_force
    )
    assert b.repeat == repeat
    if repeat:
        assert b.allowed == ("dismissal",)
    elif rule == "A":
        assert b.allowed == (
            ("demotion",) if vacancy and not elected else ("warning_incomplete_conformity",)
        )
    elif rule == "B":
        assert b.allowed == ("warning_incomplete_conformity", "dismissal")
    assert set(b.priors_in_force) == set(in_force)
    assert priors_in_force(prior_list, on, pack=PACK) == b.priors_in_force

    # Every step is worded, cites its rule, and there is one step per prior.
    assert {s.code for s in b.steps} <= STEP_CODES
    assert all(s.english() for s in b.steps)
    assert sum(s.code.startswith("prior.") for s in b.steps) == len(prior_list)


@SETTINGS
@given(case=case_inputs, extra=priors())
def test_a_prior_that_is_not_in_force_changes_nothing(case: Case, extra: PriorPenalty) -> None:
    if penalty_in_force(extra.imposed_on, case.on, extra.lifted_on, pack=PACK):
        return
    before, after = case.bounds(), case.bounds(extra)
    assert (after.allowed, after.repeat, after.priors_in_force) == (
        before.allowed,
        before.repeat,
        before.priors_in_force,
    )


# ---------------------------------------------------------------- the recommendation


def class_of(penalty: str) -> str:
    return severity_class_of(penalty, pack=PACK)


@SETTINGS
@given(b=cases, sheet=worksheets)
def test_the_recommendation_stays_inside_the_bounds(b: PenaltyBounds, sheet: Worksheet) -> None:
    r = recommend(sheet, b, b.offence, PACK)
    assert r.penalties and set(r.penalties) <= set(b.allowed)
    # Every allowed penalty of the chosen class is offered, and nothing else: a range, not a pick.
    assert r.penalties == tuple(p for p in b.allowed if class_of(p) == r.severity_class)


@SETTINGS
@given(b=cases, sheet=worksheets, code=st.sampled_from(CRITERIA))
def test_aggravation_never_lowers_and_mitigation_never_raises(
    b: PenaltyBounds, sheet: Worksheet, code: str
) -> None:
    before = level(recommend(sheet, b, b.offence, PACK))
    harsher = level(recommend(with_rating(sheet, code, Rating.AGGRAVATING), b, b.offence, PACK))
    milder = level(recommend(with_rating(sheet, code, Rating.MITIGATING), b, b.offence, PACK))
    assert harsher[0] >= before[0] and harsher[1] >= before[1]
    assert milder[0] <= before[0] and milder[1] <= before[1]


@SETTINGS
@given(b=cases, sheet=worksheets, seed=st.integers(0, 2**16))
def test_the_recommendation_is_deterministic_and_ignores_item_order(
    b: PenaltyBounds, sheet: Worksheet, seed: int
) -> None:
    first = recommend(sheet, b, b.offence, PACK)
    assert recommend(sheet, b, b.offence, PACK) == first
    shuffled = list(sheet.items)
    random.Random(seed).shuffle(shuffled)
    assert recommend(Worksheet(tuple(shuffled)), b, b.offence, PACK) == first
    assert [r.english() for r in first.reasons] == [
        r.english() for r in recommend(Worksheet(tuple(shuffled)), b, b.offence, PACK).reasons
    ]
