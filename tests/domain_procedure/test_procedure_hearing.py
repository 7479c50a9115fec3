"""A hearing: the composition in force, attendance, recusal, votes, dissent, the proposal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.procedure import validate_hearing, with_composition_roles
from domain.procedure_model import HearingOutcome, MemberRole, Vote
from tests.domain_procedure.builders import (
    BODY,
    CHAIR,
    COMMISSION,
    COMPOSITION,
    DISCOVERED,
    MEMBER_1,
    MEMBER_2,
    SECRETARY,
    TODAY,
    hearing,
    member,
)

ALLOWED = ("remark", "reprimand", "severe_reprimand")


def _check(data, commission=COMMISSION, body=BODY) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    errors = validate_hearing(data, commission, body, DISCOVERED, ALLOWED, TODAY)
    return [(e.field, e.code) for e in errors]


def test_a_full_unanimous_hearing_is_accepted() -> None:
    assert _check(hearing()) == []


def test_the_commission_must_exist_and_serve_the_case_body() -> None:
    assert _check(hearing(), commission=None) == [("commission_id", "hearing.commission_unknown")]
    assert _check(hearing(), body=99) == [("commission_id", "hearing.commission_not_serving")]


def test_a_composition_must_be_in_force_on_the_day() -> None:
    assert _check(hearing(held_on=date(2025, 12, 31))) == [
        ("held_on", "hearing.before_discovery"),
        ("held_on", "hearing.no_composition"),
    ]
    late = replace(COMMISSION, compositions=(replace(COMPOSITION, valid_from=date(2026, 10, 2)),))
    assert _check(hearing(), commission=late) == [("held_on", "hearing.no_composition")]


def test_the_members_are_exactly_the_composition() -> None:
    stranger = replace(member(MEMBER_2), full_name="Посторонний Человек")
    errors = validate_hearing(
        hearing(member(CHAIR), member(MEMBER_1), stranger, member(SECRETARY)),
        COMMISSION,
        BODY,
        DISCOVERED,
        ALLOWED,
        TODAY,
    )
    assert [(e.code, e.params) for e in errors] == [
        ("hearing.members_mismatch", {"missing": "Петров Иван", "extra": "Посторонний Человек"})
    ]
    missing = hearing(member(CHAIR), member(MEMBER_1), member(SECRETARY))
    assert _check(missing) == [("members", "hearing.members_mismatch")]


def test_absent_recused_and_non_voting_members_have_no_vote() -> None:
    data = hearing(
        member(CHAIR),
        member(MEMBER_1, present=False),
        member(MEMBER_2, recused=True, recusal_reason="брат служащего"),
        replace(member(SECRETARY), vote=Vote.FOR),
    )
    assert _check(data) == [
        ("members.1.vote", "hearing.vote_not_allowed"),
        ("members.2.vote", "hearing.vote_not_allowed"),
        ("members.3.vote", "hearing.vote_not_allowed"),
    ]


def test_a_present_voting_member_must_vote_and_a_recusal_needs_its_reason() -> None:
    data = hearing(
        member(CHAIR, vote=None),
        member(MEMBER_1),
        member(MEMBER_2, vote=None, recused=True),
        member(SECRETARY),
    )
    assert _check(data) == [
        ("members.0.vote", "hearing.vote_required"),
        ("members.2.recusal_reason", "hearing.recusal_reason_required"),
    ]


def test_dissent_only_from_those_against_or_abstaining() -> None:
    data = hearing(
        member(CHAIR, dissent="Наказание чрезмерно"),
        member(MEMBER_1, vote=Vote.AGAINST, dissent="Вина не доказана"),
        member(MEMBER_2, vote=Vote.ABSTAIN, dissent="Недостаточно материалов"),
        member(SECRETARY),
    )
    assert _check(data) == [("members.0.dissent", "hearing.dissent_not_allowed")]


def test_imposing_needs_a_penalty_the_law_allows_other_outcomes_none() -> None:
    assert _check(hearing(proposed_penalty=None)) == [("proposed_penalty", "required")]
    assert [
        (e.code, e.params)
        for e in validate_hearing(
            hearing(proposed_penalty="dismissal"), COMMISSION, BODY, DISCOVERED, ALLOWED, TODAY
        )
    ] == [
        (
            "hearing.penalty_not_allowed",
            {"penalty": "dismissal", "allowed": "remark,reprimand,severe_reprimand"},
        )
    ]
    assert _check(hearing(outcome=HearingOutcome.NONE, proposed_penalty=None)) == []
    assert _check(hearing(outcome=HearingOutcome.INVESTIGATE, proposed_penalty="remark")) == [
        ("proposed_penalty", "hearing.penalty_not_expected")
    ]


def test_the_day_is_not_before_discovery_nor_in_the_future() -> None:
    assert _check(hearing(held_on=date(2026, 8, 31))) == [("held_on", "hearing.before_discovery")]
    assert _check(hearing(held_on=date(2026, 10, 21))) == [("held_on", "date.future")]


def test_roles_and_voting_rights_come_from_the_composition() -> None:
    forged = hearing(
        member(CHAIR),
        member(MEMBER_1),
        member(MEMBER_2),
        replace(member(SECRETARY), votes=True, role=MemberRole.CHAIR, vote=Vote.FOR),
    )
    fixed = with_composition_roles(forged.members, COMPOSITION)
    assert (fixed[3].role, fixed[3].votes) == (MemberRole.SECRETARY, False)
    assert _check(replace(forged, members=fixed)) == [
        ("members.3.vote", "hearing.vote_not_allowed")
    ]
