"""The penalty operations over the fake store: bounds with the stored prior record, refusals on the
case form, the justification rule, the worksheet's versions, the tables of penalties."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.criteria import Rating, Worksheet, WorksheetItem
from domain.errors import NotFound, ValidationFailed
from domain.model import (
    CaseFilter,
    CaseInput,
    CaseStatus,
    PenaltyTableEntry,
    ServantInput,
    ServiceCategory,
)
from domain.penalties import PenaltyBounds, PriorPenalty
from domain.penalty_ranges import consistency_range_of, justification_range
from domain.rulepack import RulePack
from domain.services import CaseService
from domain.worksheet_service import WORKSHEET_EVENT
from tests.domain.fakes import FakeDatabase

IIN_A = "850314312344"
IIN_B = "900101400404"
IINS = ("800301401008", "810302301019", "820303401022", "830304301033", "840305401047")


def _case(fake_db: FakeDatabase, **kw: object) -> CaseInput:
    data = CaseInput(
        servant=ServantInput(
            full_name="Жақсылықов Ерлан Серікұлы",
            iin=IIN_A,
            position="Главный специалист",
            category=ServiceCategory.ADMINISTRATIVE,
            elected=False,
            body_id=min(fake_db.state.bodies),
        ),
        offence="art44.duties",
        committed_on=date(2026, 2, 10),
        discovered_on=date(2026, 2, 18),
    )
    return replace(data, **kw)  # type: ignore[arg-type]


def _servant(data: CaseInput, **kw: object) -> CaseInput:
    return replace(data, servant=replace(data.servant, **kw))  # type: ignore[arg-type]


def _decided(fake_db: FakeDatabase, penalty: str, decided_on: date, **kw: object) -> CaseInput:
    committed = kw.pop("committed_on", decided_on - timedelta(days=20))
    return _case(
        fake_db,
        committed_on=committed,
        discovered_on=committed,
        status=CaseStatus.DECIDED,
        decided_on=decided_on,
        penalty=penalty,
        # Old decisions were taken in time: the limits are not what these tests are about.
        override_reason="Тест.",
        **kw,
    )


def _codes(e: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(x.field, x.code) for x in e.value.errors]


# -- statutory bounds with the stored prior record ---------------------------------------------------


def test_a_prior_penalty_in_the_store_makes_a_repeat_dismissal_only(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    # Rule B (Art. 44 p.6): a warning on 01.12.2025 for art50.2, a new art50.4 on 10.02.2026.
    service.register_case(
        _decided(fake_db, "warning_incomplete_conformity", date(2025, 12, 1), offence="art50.2")
    )
    new = _case(fake_db, offence="art50.4")
    bounds = service.penalty_bounds(data=new)
    assert (bounds.allowed, bounds.repeat, bounds.rule) == (("dismissal",), True, "B")
    assert bounds.repeat_of == PriorPenalty(
        "art50.2", "warning_incomplete_conformity", date(2025, 12, 1)
    )
    warned = replace(new, status=CaseStatus.HEARING, penalty="warning_incomplete_conformity")
    [error] = service.validate(warned)
    assert (error.field, error.code) == ("penalty", "penalty.not_allowed")
    assert error.params == {
        "penalty": "warning_incomplete_conformity",
        "allowed": "dismissal",
        "rule": "B",
        "repeat": True,
    }
    with pytest.raises(ValidationFailed):
        service.register_case(warned)
    assert service.validate(replace(warned, penalty="dismissal")) == []
    # Without the stored prior (another servant), both penalties of rule B are open.
    other = _servant(new, iin=IIN_B)
    assert service.penalty_bounds(data=other).allowed == (
        "warning_incomplete_conformity",
        "dismissal",
    )


def test_only_penalties_imposed_before_the_offence_and_in_force_count(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    new = _case(fake_db, offence="art50.4", committed_on=date(2026, 2, 10))
    # Decided after the offence: not a prior record of it.
    service.register_case(
        _decided(
            fake_db,
            "warning_incomplete_conformity",
            date(2026, 2, 20),
            offence="art50.2",
            committed_on=date(2026, 1, 5),
        )
    )
    bounds = service.penalty_bounds(data=new)
    assert not bounds.repeat and _prior_steps(bounds) == []
    # Lifted early before the offence (Labour Code Art. 66): on record, not in force.
    service.register_case(
        _decided(
            fake_db,
            "warning_incomplete_conformity",
            date(2025, 12, 1),
            offence="art50.3",
            penalty_lifted_on=date(2026, 1, 15),
        )
    )
    bounds = service.penalty_bounds(data=new)
    assert _prior_steps(bounds) == ["prior.lifted"]
    assert not bounds.repeat and bounds.priors_in_force == ()
    # An annulled case is no penalty at all, and a case without a penalty neither.
    annulled = _decided(fake_db, "warning_incomplete_conformity", date(2025, 11, 1))
    service.register_case(replace(annulled, offence="art50.5", status=CaseStatus.ANNULLED))
    assert _prior_steps(service.penalty_bounds(data=new)) == ["prior.lifted"]


def _prior_steps(bounds: PenaltyBounds) -> list[str]:
    return [s.code for s in bounds.steps if s.code.startswith("prior.")]


def test_a_stored_case_is_not_its_own_prior_and_its_vacancy_counts(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    # Rule A (Art. 44 p.5): demotion, or a warning when no vacant lower post exists.
    case_id = service.register_case(_case(fake_db, offence="art50.1"))
    assert service.penalty_bounds(case_id).allowed == ("demotion",)
    service.update_case(case_id, _case(fake_db, offence="art50.1", lower_post_vacant=False))
    assert service.get_case(case_id).lower_post_vacant is False
    assert service.penalty_bounds(case_id).allowed == ("warning_incomplete_conformity",)
    elected = _servant(_case(fake_db, offence="art50.1"), elected=True)
    assert service.penalty_bounds(data=elected).allowed == ("warning_incomplete_conformity",)
    with pytest.raises(NotFound):
        service.penalty_bounds(999)
    with pytest.raises(ValidationFailed) as e:
        service.penalty_bounds(data=_case(fake_db, committed_on=None))
    assert _codes(e) == [("committed_on", "required")]


def test_allowed_for_uses_the_pack_of_the_date_and_the_stored_switches(
    service: CaseService,
) -> None:
    bounds = service.allowed_for("art50.9", date(2026, 1, 10), [])
    assert (bounds.rule, bounds.allowed) == ("C", ("dismissal",))
    with pytest.raises(ValidationFailed) as e:
        service.allowed_for("art50.20", date(2026, 1, 10), [])  # the proposal, switched off
    assert [x.code for x in e.value.errors] == ["penalty.offence_switched_off"]
    service.set_switch("proposed_subpoint_20", True)
    assert service.allowed_for("art50.20", date(2026, 1, 10), []).rule == "general"


def test_a_penalty_outside_the_bounds_is_refused_and_nothing_is_written(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    data = _case(fake_db, offence="art50.9", status=CaseStatus.DECIDED, decided_on=date(2026, 3, 2))
    with pytest.raises(ValidationFailed) as e:
        service.register_case(replace(data, penalty="remark"))
    assert _codes(e) == [("penalty", "penalty.not_allowed")]
    assert e.value.errors[0].params["allowed"] == "dismissal"
    assert fake_db.writes == []
    case_id = service.register_case(replace(data, penalty="dismissal"))
    detail = service.get_case(case_id)
    assert (detail.penalty, detail.status) == ("dismissal", CaseStatus.DECIDED)
    created = detail.events[0].data["facts"]
    assert created["penalty"] == "dismissal" and created["lower_post_vacant"] is True


def test_the_penalty_fields_are_stored_listed_and_diffed(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    data = _case(fake_db, status=CaseStatus.DECIDED, decided_on=date(2026, 3, 2), penalty="remark")
    case_id = service.register_case(data)
    lifted = replace(
        data, penalty_lifted_on=date(2026, 3, 13), justification="  Учтено раскаяние. "
    )
    assert service.update_case(case_id, lifted)
    detail = service.get_case(case_id)
    assert (detail.penalty_lifted_on, detail.justification) == (
        date(2026, 3, 13),
        "Учтено раскаяние.",
    )
    changes = detail.events[-1].data["changes"]
    assert changes["penalty_lifted_on"] == {"old": None, "new": "2026-03-13"}
    assert changes["justification"] == {"old": "", "new": "Учтено раскаяние."}
    [row] = service.list_cases(CaseFilter())
    assert (row.penalty, row.penalty_lifted_on) == ("remark", date(2026, 3, 13))


# -- consistency and the justification ------------------------------------------------------------


def _history(service: CaseService, fake_db: FakeDatabase, penalties: list[str]) -> list[int]:
    """Decided art44.duties cases of other servants in the same body, one per penalty."""
    ids = []
    for i, penalty in enumerate(penalties):
        data = _decided(fake_db, penalty, date(2025, 6, 1) + timedelta(days=7 * i))
        ids.append(service.register_case(_servant(data, iin=IINS[i % len(IINS)])))
    return ids


def test_a_penalty_beyond_the_comparable_cases_needs_a_justification(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    _history(service, fake_db, ["reprimand", "reprimand", "severe_reprimand"])
    assert service.consistency_range(data=_case(fake_db)) == ("reprimand", "severe_reprimand")
    proposed = _case(fake_db, status=CaseStatus.HEARING, penalty="dismissal")
    [error] = service.validate(proposed)
    assert (error.field, error.code) == ("justification", "penalty.justification_required")
    assert error.params == {
        "penalty": "dismissal",
        "least": "reprimand",
        "most": "severe_reprimand",
    }
    assert service.penalty_review(data=proposed).justification_range == (
        "reprimand",
        "severe_reprimand",
    )
    # Milder than the least is outside too; inside the range, or justified, it is fine.
    assert [e.code for e in service.validate(replace(proposed, penalty="remark"))] == [
        "penalty.justification_required"
    ]
    assert service.validate(replace(proposed, penalty="severe_reprimand")) == []
    assert service.validate(replace(proposed, justification="Ущерб бюджету.")) == []
    case_id = service.register_case(replace(proposed, justification="Ущерб бюджету."))
    # Another body's cases are not comparable by default.
    elsewhere = _servant(proposed, body_id=max(fake_db.state.bodies))
    assert service.validate(elsewhere) == []
    comparables = service.comparable_cases(case_id)
    assert comparables.total == 3 and case_id not in {c.id for c in comparables.cases}
    assert comparables.distribution == {"reprimand": 2, "severe_reprimand": 1}
    assert [c.decided_on for c in comparables.cases] == sorted(
        (c.decided_on for c in comparables.cases), reverse=True
    )
    assert service.comparable_cases(case_id, limit=1).cases == comparables.cases[:1]


def test_no_justification_below_three_comparables_or_when_the_law_leaves_no_choice(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    _history(service, fake_db, ["reprimand", "reprimand"])
    assert service.consistency_range(data=_case(fake_db)) == ()
    assert service.validate(_case(fake_db, penalty="dismissal")) == []
    # Rule C: dismissal is the only penalty, whatever the comparable cases drew.
    for i in range(3):
        data = _decided(
            fake_db, "dismissal", date(2025, 6, 1) + timedelta(days=i), offence="art50.9"
        )
        service.register_case(_servant(data, iin=IINS[i]))
    assert service.validate(_case(fake_db, offence="art50.9", penalty="dismissal")) == []


def test_an_unchanged_old_case_is_not_held_to_later_comparables(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    decided = _decided(fake_db, "dismissal", date(2026, 3, 2))
    case_id = service.register_case(decided)
    _history(service, fake_db, ["remark", "remark", "remark"])
    assert service.validate(replace(decided, description="Уточнено."), case_id) == []
    # Changing the penalty asks again.
    changed = replace(decided, penalty="demotion")
    assert [e.code for e in service.validate(changed, case_id)] == [
        "penalty.justification_required"
    ]


def test_the_table_of_penalties_is_versioned_by_date(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    body = min(fake_db.state.bodies)
    old = PenaltyTableEntry(None, body, "art44.duties", 1, "remark", "reprimand", date(2025, 1, 1))
    old_id = service.set_penalty_table_entry(old)
    new_id = service.set_penalty_table_entry(
        replace(
            old,
            min_penalty="reprimand",
            max_penalty="severe_reprimand",
            valid_from=date(2026, 1, 1),
        )
    )
    assert [e.id for e in service.penalty_table(body, date(2025, 12, 31))] == [old_id]
    assert [e.id for e in service.penalty_table(body, date(2026, 1, 1))] == [new_id]
    assert service.penalty_table(body, date(2024, 12, 31)) == []
    assert [e.id for e in service.penalty_table(body)] == [old_id, new_id]
    # The entry in force on the decision date (today while undecided) bounds the case.
    assert service.table_range(data=_case(fake_db)) == ("reprimand", "severe_reprimand")
    decided_2025 = _case(fake_db, decided_on=date(2025, 12, 1), committed_on=date(2025, 11, 1))
    assert service.table_range(data=decided_2025) == ("remark", "reprimand")
    # Without id, the same body, offence, occurrence and date replace the stored entry.
    again = service.set_penalty_table_entry(replace(old, max_penalty="severe_reprimand"))
    assert again == old_id
    assert service.penalty_table(body, date(2025, 6, 1))[0].max_penalty == "severe_reprimand"
    assert service.delete_penalty_table_entry(new_id)
    assert not service.delete_penalty_table_entry(new_id)
    assert [e.id for e in service.penalty_table(body, date(2026, 6, 1))] == [old_id]


def test_a_table_range_alone_can_ask_for_a_justification(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    body = min(fake_db.state.bodies)
    entry = PenaltyTableEntry(
        None, body, "art44.duties", 1, "remark", "reprimand", date(2025, 1, 1)
    )
    service.set_penalty_table_entry(entry)
    service.set_penalty_table_entry(
        replace(entry, occurrence=2, min_penalty="severe_reprimand", max_penalty="dismissal")
    )
    proposed = _case(fake_db, status=CaseStatus.HEARING, penalty="dismissal")
    assert [e.code for e in service.validate(proposed)] == ["penalty.justification_required"]
    review = service.penalty_review(data=proposed)
    assert (review.occurrence, review.table_range) == (1, ("remark", "reprimand"))
    # A penalty in force on the offence date makes it the second occurrence.
    prior = _decided(fake_db, "remark", date(2026, 1, 20), offence="art44.discipline")
    service.register_case(prior)
    review = service.penalty_review(data=proposed)
    assert review.occurrence == 2 and review.table_entry is not None
    assert review.table_range == (
        "severe_reprimand",
        "warning_incomplete_conformity",
        "demotion",
        "dismissal",
    )
    assert service.validate(proposed) == []


def test_a_bad_table_entry_is_refused(service: CaseService, fake_db: FakeDatabase) -> None:
    body = min(fake_db.state.bodies)
    good = PenaltyTableEntry(None, body, "art44.duties", 1, "remark", "reprimand", date(2025, 1, 1))
    bad = replace(good, body_id=9999, offence="art99", occurrence=4, max_penalty="flogging")
    with pytest.raises(ValidationFailed) as e:
        service.set_penalty_table_entry(bad)
    assert _codes(e) == [
        ("body_id", "body.unknown"),
        ("offence", "offence.unknown"),
        ("occurrence", "penalty_table.occurrence"),
        ("max_penalty", "penalty.unknown"),
    ]
    with pytest.raises(ValidationFailed) as e:
        service.set_penalty_table_entry(replace(good, min_penalty="dismissal"))
    assert _codes(e) == [("max_penalty", "penalty_table.range_reversed")]
    first = service.set_penalty_table_entry(good)
    second = service.set_penalty_table_entry(replace(good, valid_from=date(2026, 1, 1)))
    with pytest.raises(ValidationFailed) as e:
        service.set_penalty_table_entry(replace(good, id=second))
    assert _codes(e) == [("valid_from", "penalty_table.duplicate")]
    assert e.value.errors[0].params == {"id": first}
    with pytest.raises(NotFound):
        service.set_penalty_table_entry(replace(good, id=12345))


# -- the criteria worksheet --------------------------------------------------------------------------


def test_each_save_of_the_worksheet_is_a_version_with_an_event(
    service: CaseService, fake_db: FakeDatabase, clock: object
) -> None:
    case_id = service.register_case(_case(fake_db, offence="art50.4"))
    assert service.worksheet(case_id) == Worksheet() and service.worksheet_history(case_id) == []
    first = Worksheet(
        (
            WorksheetItem("nature", Rating.AGGRAVATING, "  Умышленно. "),
            WorksheetItem("length_of_service", Rating.MITIGATING, "Стаж 20 лет."),
            WorksheetItem("notoriety", Rating.NOT_APPLICABLE),
        )
    )
    assert service.save_worksheet(case_id, first) == 1
    assert service.worksheet(case_id).items[0] == WorksheetItem(
        "nature", Rating.AGGRAVATING, "Умышленно."
    )
    writes = len(fake_db.writes)
    assert service.save_worksheet(case_id, service.worksheet(case_id)) == 1  # unchanged
    assert len(fake_db.writes) == writes
    second = Worksheet(
        (
            WorksheetItem("nature", Rating.AGGRAVATING, "Умышленно."),
            WorksheetItem("length_of_service", Rating.NEUTRAL),
            WorksheetItem("consequences", Rating.AGGRAVATING, "Ущерб заявителю."),
        )
    )
    assert service.save_worksheet(case_id, second) == 2
    history = service.worksheet_history(case_id)
    assert [(v.version, v.actor, len(v.worksheet.items)) for v in history] == [
        (1, "hr.officer", 3),
        (2, "hr.officer", 3),
    ]
    assert service.worksheet(case_id) == second
    events = [e for e in service.get_case(case_id).events if e.kind == WORKSHEET_EVENT]
    assert [e.data["version"] for e in events] == [1, 2]
    assert events[1].data["changes"] == {
        "consequences": {"old": None, "new": {"rating": "aggravating", "note": "Ущерб заявителю."}},
        "length_of_service": {
            "old": {"rating": "mitigating", "note": "Стаж 20 лет."},
            "new": {"rating": "neutral", "note": ""},
        },
        "notoriety": {"old": {"rating": "not_applicable", "note": ""}, "new": None},
    }
    # Clearing every rating is a version of its own.
    assert service.save_worksheet(case_id, Worksheet()) == 3
    assert service.worksheet(case_id) == Worksheet()
    assert [v.version for v in service.worksheet_history(case_id)] == [1, 2, 3]


def test_a_bad_worksheet_is_refused_and_nothing_is_written(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    case_id = service.register_case(_case(fake_db))
    writes = len(fake_db.writes)
    bad = Worksheet(
        (
            WorksheetItem("nature", Rating.AGGRAVATING, "  "),
            WorksheetItem("astrology", Rating.NEUTRAL),
            WorksheetItem("personal", Rating.NEUTRAL, "x" * 2001),
        )
    )
    with pytest.raises(ValidationFailed) as e:
        service.save_worksheet(case_id, bad)
    assert _codes(e) == [
        ("criteria.nature", "criteria.note_required"),
        ("criteria.astrology", "criteria.unknown"),
        ("criteria.personal.note", "text.too_long"),
    ]
    assert len(fake_db.writes) == writes
    with pytest.raises(NotFound):
        service.save_worksheet(999, Worksheet())


def test_the_recommendation_stays_inside_the_bounds(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    case_id = service.register_case(_case(fake_db))  # a general offence: every penalty allowed
    assert service.recommendation(case_id).severity_class == "significant"
    mitigating = Worksheet(
        tuple(
            WorksheetItem(code, Rating.MITIGATING, "Смягчает.")
            for code in ("nature", "circumstances", "consequences", "previous_behaviour")
        )
    )
    service.save_worksheet(case_id, mitigating)
    rec = service.recommendation(case_id)
    assert rec.severity_class == "minor" and set(rec.penalties) <= {"remark", "reprimand"}
    rule_c = service.register_case(_case(fake_db, offence="art50.9"))
    service.save_worksheet(rule_c, mitigating)
    assert service.recommendation(rule_c).penalties == ("dismissal",)


# -- the pure ranges ------------------------------------------------------------------------------------


def test_the_consistency_range_drops_rare_outliers_of_ten_or_more(pack: RulePack) -> None:
    assert consistency_range_of({"reprimand": 2}, pack) == ()
    assert consistency_range_of({"remark": 1, "reprimand": 1, "dismissal": 1}, pack) == (
        "remark",
        "reprimand",
        "dismissal",
    )
    assert consistency_range_of({"reprimand": 9, "dismissal": 1}, pack) == ("reprimand",)
    assert consistency_range_of({"reprimand": 8, "dismissal": 1}, pack) == (
        "reprimand",
        "dismissal",
    )
    # 35 cases: the two milder and three harsher ones are under a tenth on each side.
    assert consistency_range_of({"remark": 2, "reprimand": 30, "demotion": 3}, pack) == (
        "reprimand",
    )
    assert consistency_range_of({"remark": 4, "reprimand": 30, "demotion": 4}, pack) == (
        "remark",
        "reprimand",
        "demotion",
    )
    assert consistency_range_of({"other_pack_code": 5}, pack) == ()


_PENALTIES = (
    "remark",
    "reprimand",
    "severe_reprimand",
    "warning_incomplete_conformity",
    "demotion",
    "dismissal",
)


@given(st.lists(st.sampled_from(_PENALTIES), max_size=60))
def test_the_consistency_range_is_a_band_of_what_was_imposed(imposed: list[str]) -> None:
    from domain.rulepack import RulePackRegistry

    pack = RulePackRegistry.load_builtin_packs().get("kz-416-V")
    found = consistency_range_of(Counter(imposed), pack)
    if len(imposed) < 3:
        assert found == ()
        return
    seen = sorted(set(imposed), key=_PENALTIES.index)
    assert found and set(found) <= set(seen)
    # A contiguous band of the penalties seen, least to most severe...
    start = seen.index(found[0])
    assert list(found) == seen[start : start + len(found)]
    # ...that holds the median case and leaves out at most a tenth of the cases on each side.
    ordered = sorted(imposed, key=_PENALTIES.index)
    assert ordered[(len(ordered) - 1) // 2] in found
    below = sum(1 for p in imposed if _PENALTIES.index(p) < _PENALTIES.index(found[0]))
    above = sum(1 for p in imposed if _PENALTIES.index(p) > _PENALTIES.index(found[-1]))
    assert below < 0.1 * len(imposed) + 1 and above < 0.1 * len(imposed) + 1


def test_the_justification_range_is_the_union_of_both_ranges(
    service: CaseService, fake_db: FakeDatabase, pack: RulePack
) -> None:
    bounds = service.penalty_bounds(data=_case(fake_db))
    assert justification_range(
        "dismissal", bounds, ("reprimand",), ("remark", "reprimand"), pack
    ) == (
        "remark",
        "reprimand",
    )
    assert justification_range("remark", bounds, ("reprimand",), ("remark",), pack) is None
    assert justification_range("remark", bounds, (), None, pack) is None
    assert justification_range(None, bounds, ("reprimand",), None, pack) is None
