"""Commissions and compositions: who sits, how many vote, the quorum, one composition a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.model import Body, BodyKind
from domain.procedure import hearing_members, pack_majority, pack_quorum, validate_commission
from domain.procedure import validate_composition as check
from domain.procedure_model import (
    Commission,
    CommissionInput,
    CommissionMember,
    Composition,
    MemberRole,
)
from tests.domain_procedure.builders import CHAIR, COMPOSITION, MEMBER_1, MEMBER_2, SECRETARY

BODIES = [
    Body(1, "Акимат", "Әкімдік", BodyKind.AKIMAT),
    Body(2, "Маслихат", "Мәслихат", BodyKind.OTHER),
]


def _codes(errors: list) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in errors]


def test_the_default_composition_is_accepted() -> None:
    assert check(COMPOSITION, []) == []


def test_a_commission_serving_two_bodies_is_accepted_unknown_body_and_no_body_are_not() -> None:
    # Art. 44 p.9: one commission may serve several bodies.
    assert validate_commission(CommissionInput("Комиссия", "Комиссия", (1, 2)), BODIES) == []
    assert _codes(validate_commission(CommissionInput("Комиссия", "", (3,)), BODIES)) == [
        ("name_kk", "required"),
        ("body_ids", "body.unknown"),
    ]
    assert _codes(validate_commission(CommissionInput("К", "К", ()), BODIES)) == [
        ("body_ids", "commission.no_bodies")
    ]


def test_exactly_one_chair() -> None:
    no_chair = replace(
        COMPOSITION, members=(MEMBER_1, MEMBER_2, SECRETARY, replace(CHAIR, role=MemberRole.MEMBER))
    )
    two_chairs = replace(
        COMPOSITION, members=(CHAIR, replace(MEMBER_1, role=MemberRole.CHAIR), MEMBER_2)
    )
    assert [(e.code, e.params) for e in check(no_chair, [])] == [
        ("commission.chair_count", {"count": 0})
    ]
    assert [(e.code, e.params) for e in check(two_chairs, [])] == [
        ("commission.chair_count", {"count": 2})
    ]


def test_at_most_one_secretary() -> None:
    other = CommissionMember("Ким Анна", "специалист", MemberRole.SECRETARY, votes=False)
    errors = check(replace(COMPOSITION, members=(*COMPOSITION.members, other)), [])
    assert _codes(errors) == [("members", "commission.secretary_count")]


def test_three_voting_members_at_least_a_non_voting_secretary_does_not_count() -> None:
    errors = check(replace(COMPOSITION, members=(CHAIR, MEMBER_1, SECRETARY)), [])
    assert [(e.code, e.params) for e in errors] == [
        ("commission.too_few_voting", {"count": 2, "min": 3})
    ]
    voting_secretary = replace(SECRETARY, votes=True)
    assert check(replace(COMPOSITION, members=(CHAIR, MEMBER_1, voting_secretary)), []) == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "required"),
        ("Caгинтaeв Ерлан", "name.mixed_script"),  # Latin C and a inside a Cyrillic word
        ("Ахметов\u200bБолат", "name.control_chars"),
        ("Ахметов \u202eталоБ", "name.control_chars"),
    ],
)
def test_member_names_are_checked_like_servants_names(name: str, code: str) -> None:
    members = (CHAIR, MEMBER_1, replace(MEMBER_2, full_name=name), SECRETARY)
    assert _codes(check(replace(COMPOSITION, members=members), [])) == [
        ("members.2.full_name", code)
    ]


def test_the_same_person_twice_is_refused() -> None:
    twin = replace(MEMBER_2, full_name=MEMBER_1.full_name.upper())
    errors = check(replace(COMPOSITION, members=(CHAIR, MEMBER_1, twin, SECRETARY)), [])
    assert _codes(errors) == [("members.2.full_name", "commission.member_duplicate")]


@pytest.mark.parametrize("quorum", [(0, 3), (4, 3), (1, 0), (-1, 2)])
def test_a_quorum_outside_zero_to_one_is_refused(quorum: tuple[int, int]) -> None:
    assert _codes(check(replace(COMPOSITION, quorum=quorum), [])) == [
        ("quorum", "commission.quorum_invalid")
    ]


@pytest.mark.parametrize("quorum", [(1, 2), (2, 3), (1, 1)])
def test_a_quorum_in_zero_to_one_is_accepted(quorum: tuple[int, int]) -> None:
    assert check(replace(COMPOSITION, quorum=quorum), []) == []


def test_two_compositions_may_not_start_the_same_day_but_a_replacement_may_keep_its_day() -> None:
    new = replace(COMPOSITION, id=None)
    assert _codes(check(new, [COMPOSITION])) == [("valid_from", "commission.valid_from_duplicate")]
    assert check(COMPOSITION, [COMPOSITION]) == []  # the same composition replaced
    assert check(replace(new, valid_from=date(2026, 7, 1)), [COMPOSITION]) == []


def test_a_new_hearing_lists_the_composition_all_present_no_votes() -> None:
    members = hearing_members(COMPOSITION)
    assert [m.full_name for m in members] == [m.full_name for m in COMPOSITION.members]
    assert all(m.present and m.vote is None and not m.recused for m in members)
    assert [m.votes for m in members] == [True, True, True, False]


def test_the_pack_gives_two_thirds_and_the_majority_of_those_present(pack) -> None:
    assert pack_quorum(pack) == (2, 3)
    assert pack_majority(pack) == "present"


def test_composition_on_picks_the_latest_start_on_or_before_the_day() -> None:
    later = Composition(date(2026, 7, 1), (CHAIR, MEMBER_1, MEMBER_2), id=12)
    commission_compositions = (COMPOSITION, later)
    c = Commission(1, "К", "К", (1,), commission_compositions)
    assert c.composition_on(date(2025, 12, 31)) is None
    assert c.composition_on(date(2026, 6, 30)) == COMPOSITION
    assert c.composition_on(date(2026, 7, 1)) == later
