"""The count of a hearing: quorum of the voting members, a majority of those present."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.procedure import tally
from domain.procedure_model import HearingMember, MemberRole, Vote

TWO_THIRDS = (2, 3)


def _m(
    vote: Vote | None,
    *,
    present: bool = True,
    votes: bool = True,
    recused: bool = False,
) -> HearingMember:
    return HearingMember("Член комиссии", MemberRole.MEMBER, present, votes, recused, "", vote)


def test_five_members_four_present_three_for_is_adopted() -> None:
    # Worked example: 5 voting members, quorum ceil(5*2/3) = 4; 4 present (one absent);
    # 3 for, 1 against: 3 > 4/2, adopted.
    members = [_m(Vote.FOR), _m(Vote.FOR), _m(Vote.FOR), _m(Vote.AGAINST), _m(None, present=False)]
    t = tally(members, TWO_THIRDS)
    assert (t.members, t.present, t.quorum_needed, t.quorum_met) == (5, 4, 4, True)
    assert (t.votes_for, t.votes_against, t.abstained, t.adopted) == (3, 1, 0, True)


def test_two_of_four_present_is_not_a_majority() -> None:
    members = [_m(Vote.FOR), _m(Vote.FOR), _m(Vote.AGAINST), _m(Vote.ABSTAIN)]
    t = tally(members, TWO_THIRDS)
    assert t.quorum_met and (t.votes_for, t.abstained) == (2, 1) and not t.adopted


def test_without_a_quorum_nothing_is_adopted_even_unanimously() -> None:
    # 6 voting members need 4; 3 present (one recused, two absent) all for: no quorum.
    members = [
        _m(Vote.FOR),
        _m(Vote.FOR),
        _m(Vote.FOR),
        _m(None, recused=True),
        _m(None, present=False),
        _m(None, present=False),
    ]
    t = tally(members, TWO_THIRDS)
    assert (t.members, t.present, t.quorum_needed) == (6, 3, 4)
    assert not t.quorum_met and not t.adopted


def test_a_non_voting_secretary_counts_neither_for_the_quorum_nor_the_votes() -> None:
    members = [_m(Vote.FOR), _m(Vote.FOR), _m(Vote.AGAINST), _m(None, votes=False)]
    t = tally(members, TWO_THIRDS)
    assert (t.members, t.present, t.quorum_needed, t.adopted) == (3, 3, 2, True)


def test_majority_of_all_voting_members_is_stricter() -> None:
    # 5 members, 4 present, 3 for, 1 abstains: adopted by those present (3 > 2), and by all
    # voting members (3 > 2.5); with 2 for it is neither.
    members = [
        _m(Vote.FOR),
        _m(Vote.FOR),
        _m(Vote.ABSTAIN),
        _m(Vote.ABSTAIN),
        _m(None, present=False),
    ]
    assert not tally(members, TWO_THIRDS, "present").adopted
    members[2] = _m(Vote.FOR)
    assert tally(members, TWO_THIRDS, "present").adopted
    assert tally(members, TWO_THIRDS, "voting").adopted
    # 7 voting members, 5 present (the quorum), 3 for: a majority of those present (3 > 2.5),
    # not of all voting members (3 < 3.5).
    seven = [_m(Vote.FOR)] * 3 + [_m(Vote.AGAINST)] * 2 + [_m(None, present=False)] * 2
    assert tally(seven, TWO_THIRDS, "present").adopted
    assert not tally(seven, TWO_THIRDS, "voting").adopted


def test_a_configured_quorum_of_one_half() -> None:
    members = [_m(Vote.FOR), _m(Vote.FOR), _m(None, present=False), _m(None, present=False)]
    assert tally(members, (1, 2)).quorum_met and tally(members, (1, 2)).adopted
    assert not tally(members, TWO_THIRDS).quorum_met


def test_no_voting_members_is_no_quorum() -> None:
    assert not tally([], TWO_THIRDS).quorum_met
    assert not tally([_m(None, votes=False)], TWO_THIRDS).adopted


@pytest.mark.parametrize("quorum", [(0, 3), (4, 3), (1, 0)])
def test_a_bad_quorum_is_a_programming_error(quorum: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        tally([_m(Vote.FOR)], quorum)


_MEMBER = st.builds(
    _m,
    st.sampled_from([Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, None]),
    present=st.booleans(),
    votes=st.booleans(),
    recused=st.booleans(),
)
_QUORUM = st.integers(1, 12).flatmap(lambda d: st.tuples(st.integers(1, d), st.just(d)))


@given(st.lists(_MEMBER, max_size=15), _QUORUM, st.sampled_from(["present", "voting"]))
def test_nothing_is_adopted_without_a_quorum(
    members: list[HearingMember], quorum: tuple[int, int], majority: str
) -> None:
    t = tally(members, quorum, majority)
    assert not t.adopted or t.quorum_met
    assert t.votes_for + t.votes_against + t.abstained <= t.present <= t.members


@given(
    st.lists(_MEMBER, min_size=1, max_size=15),
    _QUORUM,
    st.sampled_from(["present", "voting"]),
    st.data(),
)
def test_one_more_vote_for_never_undoes_an_adoption(
    members: list[HearingMember], quorum: tuple[int, int], majority: str, data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(members) - 1))
    before = tally(members, quorum, majority)
    members[i] = HearingMember(
        members[i].full_name,
        members[i].role,
        members[i].present,
        members[i].votes,
        members[i].recused,
        "",
        Vote.FOR,
    )
    after = tally(members, quorum, majority)
    assert after.votes_for >= before.votes_for
    assert not before.adopted or after.adopted
