"""Worked examples of the statutory bounds: rules A, B, C, general offences, repeats, prior record."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from domain.errors import ValidationFailed
from domain.penalties import (
    ERROR_CODES,
    STEP_CODES,
    PenaltyBounds,
    PriorPenalty,
    allowed_penalties,
    penalties_of_class,
    severity_class_of,
)
from domain.rulepack import RulePack, UnknownCode, UnknownPenalty

ON = date(2026, 3, 2)  # the day the new offence was committed
ALL_SIX = (
    "remark",
    "reprimand",
    "severe_reprimand",
    "warning_incomplete_conformity",
    "demotion",
    "dismissal",
)
WARNING = "warning_incomplete_conformity"


def bounds(
    pack: RulePack,
    offence: str,
    priors: tuple[PriorPenalty, ...] = (),
    on: date = ON,
    **kw: Any,
) -> PenaltyBounds:
    return allowed_penalties(offence, on, priors, pack=pack, **kw)


def codes(b: PenaltyBounds) -> list[str]:
    return [s.code for s in b.steps]


# ---------------------------------------------------------------- rule A (Art. 44 p.5)


@pytest.mark.parametrize(
    "offence", ["art50.1", "art50.6", "art50.7", "art50.8", "art50.10", "art50.11", "art50.12"]
)
def test_rule_a_is_demotion_when_a_lower_post_is_vacant(pack: RulePack, offence: str) -> None:
    b = bounds(pack, offence)
    assert (b.rule, b.allowed, b.repeat) == ("A", ("demotion",), False)
    assert codes(b) == ["bounds.rule_fallback", "bounds.result"]
    assert b.steps[0].article == "Art. 44 p.5"


def test_rule_a_without_a_vacant_lower_post_is_the_warning(pack: RulePack) -> None:
    b = bounds(pack, "art50.7", vacancy=False)
    assert b.allowed == (WARNING,)
    assert codes(b) == [
        "bounds.rule_fallback",
        "bounds.no_vacancy",
        "bounds.fallback",
        "bounds.result",
    ]
    no_vacancy = b.steps[1]
    assert no_vacancy.article == "Art. 44 p.4"
    assert no_vacancy.english() == (
        "No vacant lower post: demotion in civil service post is not available. [Art. 44 p.4]"
    )
    assert b.steps[2].english().startswith("Since demotion in civil service post is not possible")


def test_rule_a_for_an_elected_post_is_the_warning(pack: RulePack) -> None:
    b = bounds(pack, "art50.1", elected=True)
    assert b.allowed == (WARNING,)
    assert "bounds.elected" in codes(b) and "bounds.no_vacancy" not in codes(b)
    both = bounds(pack, "art50.1", elected=True, vacancy=False)
    assert both.allowed == (WARNING,)
    assert {"bounds.elected", "bounds.no_vacancy"} <= set(codes(both))


# ---------------------------------------------------------------- rules B and C


@pytest.mark.parametrize("offence", ["art50.2", "art50.3", "art50.4", "art50.5"])
def test_rule_b_is_warning_or_dismissal(pack: RulePack, offence: str) -> None:
    b = bounds(pack, offence)
    assert (b.rule, b.allowed, b.repeat) == ("B", (WARNING, "dismissal"), False)
    # Neither penalty needs a vacancy: the servant's post changes nothing.
    assert bounds(pack, offence, vacancy=False, elected=True).allowed == b.allowed


def test_the_rule_step_reads_as_the_issue_asks(pack: RulePack) -> None:
    step = bounds(pack, "art50.4").steps[0]
    assert step.code == "bounds.rule" and step.article == "Art. 44 p.6"
    assert step.english() == (
        "art50.4 (Art. 50 p.1 sub-p. 4) falls under rule B: warning of incomplete service "
        "conformity or dismissal from the civil service post held. [Art. 44 p.6]"
    )
    assert step.params["penalties"] == f"{WARNING},dismissal"


@pytest.mark.parametrize(
    "offence",
    ["art50.9", "art50.13", "art50.14", "art50.16", "art50.17", "art50.18", "art50.19", "art50.p2"],
)
def test_rule_c_is_dismissal(pack: RulePack, offence: str) -> None:
    b = bounds(pack, offence, vacancy=False, elected=True)
    assert (b.rule, b.allowed) == ("C", ("dismissal",))
    assert b.steps[0].article == "Art. 44 p.7"


# ---------------------------------------------------------------- general offences


@pytest.mark.parametrize("offence", ["art44", "art44.duties", "art44.personnel", "budget"])
def test_general_offences_allow_all_six(pack: RulePack, offence: str) -> None:
    b = bounds(pack, offence)
    assert (b.rule, b.allowed, b.repeat) == ("general", ALL_SIX, False)
    assert b.steps[0].code == "bounds.general" and b.steps[0].article == "Art. 44 p.3"


@pytest.mark.parametrize("kw", [{"vacancy": False}, {"elected": True}])
def test_general_offences_lose_demotion_without_vacancy_or_for_elected(
    pack: RulePack, kw: dict[str, Any]
) -> None:
    b = bounds(pack, "art44.discipline", **kw)
    assert b.allowed == tuple(p for p in ALL_SIX if p != "demotion")


def test_proposed_sub_point_20_is_general_when_switched_on(pack: RulePack) -> None:
    b = bounds(pack, "art50.20", switches={"proposed_subpoint_20": True})
    assert (b.rule, b.allowed) == ("general", ALL_SIX)
    assert codes(b)[:2] == ["bounds.general", "bounds.proposal"]
    assert "not law" in b.steps[1].english()


# ---------------------------------------------------------------- repeats (Art. 44 p.5-6)


def test_repeat_of_rule_b_within_the_window_is_dismissal_only(pack: RulePack) -> None:
    prior = PriorPenalty("art50.2", WARNING, date(2026, 1, 12))
    b = bounds(pack, "art50.4", (prior,))
    assert (b.allowed, b.repeat, b.repeat_of) == (("dismissal",), True, prior)
    step = next(s for s in b.steps if s.code == "prior.repeat")
    assert step.article == "Art. 44 p.6"
    assert step.params["window_end"] == "2027-01-12"
    text = step.english()
    assert "2026-01-12" in text and "art50.2 (rule B)" in text and "in force on 2026-03-02" in text
    assert "only dismissal from the civil service post held is allowed" in text


def test_repeat_of_rule_a_is_dismissal_even_with_a_vacancy(pack: RulePack) -> None:
    prior = PriorPenalty("art50.7", "demotion", date(2026, 1, 12))
    b = bounds(pack, "art50.11", (prior,))
    assert (b.rule, b.allowed, b.repeat) == ("A", ("dismissal",), True)
    assert "bounds.fallback" not in codes(b)


def test_the_window_starts_the_day_after_the_penalty(pack: RulePack) -> None:
    prior = PriorPenalty("art50.2", WARNING, date(2026, 3, 2))
    same_day = bounds(pack, "art50.4", (prior,), on=date(2026, 3, 2))
    assert not same_day.repeat and same_day.priors_in_force == (prior,)
    assert "prior.outside_window" in codes(same_day)
    next_day = bounds(pack, "art50.4", (prior,), on=date(2026, 3, 3))
    assert next_day.repeat


def test_a_prior_counts_through_its_last_day_in_force(pack: RulePack) -> None:
    prior = PriorPenalty("art50.3", WARNING, date(2026, 1, 12))
    assert bounds(pack, "art50.5", (prior,), on=date(2026, 7, 12)).repeat
    # Six months later it has expired: no longer a prior record, so no repeat, although the
    # one-year window of Art. 44 p.6 still runs.
    later = bounds(pack, "art50.5", (prior,), on=date(2026, 7, 13))
    assert (later.repeat, later.allowed, later.priors_in_force) == (
        False,
        (WARNING, "dismissal"),
        (),
    )
    step = next(s for s in later.steps if s.code == "prior.expired")
    assert step.params["expires_on"] == "2026-07-12" and step.params["months"] == 6
    assert step.article == "Labour Code Art. 66"


def test_a_prior_lifted_early_is_not_a_prior_record(pack: RulePack) -> None:
    prior = PriorPenalty("art50.3", WARNING, date(2026, 1, 12), lifted_on=date(2026, 2, 16))
    b = bounds(pack, "art50.2", (prior,))
    assert (b.repeat, b.priors_in_force) == (False, ())
    assert "prior.lifted" in codes(b)
    # Lifting takes effect on its own day; the day before, the penalty still counted.
    assert not bounds(pack, "art50.2", (prior,), on=date(2026, 2, 16)).repeat
    assert bounds(pack, "art50.2", (prior,), on=date(2026, 2, 15)).repeat


def test_a_prior_from_the_other_list_is_not_a_repeat(pack: RulePack) -> None:
    a_prior = PriorPenalty("art50.1", "demotion", date(2026, 1, 12))
    b = bounds(pack, "art50.2", (a_prior,))
    assert (b.repeat, b.allowed, b.priors_in_force) == (False, (WARNING, "dismissal"), (a_prior,))
    step = next(s for s in b.steps if s.code == "prior.other_list")
    assert step.params["prior_rule"] == "A" and step.params["rule"] == "B"
    b_prior = PriorPenalty("art50.4", WARNING, date(2026, 1, 12))
    assert bounds(pack, "art50.1", (b_prior,)).allowed == ("demotion",)
    general_prior = PriorPenalty("art44.duties", "reprimand", date(2026, 1, 12))
    other = bounds(pack, "art50.1", (general_prior,))
    assert not other.repeat
    assert next(s for s in other.steps if s.code == "prior.other_list").params["prior_rule"] == (
        "general"
    )


def test_repeat_outside_a_shorter_window(
    edited_pack: Callable[[Callable[[dict[str, Any]], None]], RulePack],
) -> None:
    def three_months(data: dict[str, Any]) -> None:
        data["parameters"]["repeat_window_months"] = 3
        for rule in data["penalty_rules"]:
            if rule["repeat_window_months"] is not None:
                rule["repeat_window_months"] = 3

    short = edited_pack(three_months)
    prior = PriorPenalty("art50.2", WARNING, date(2026, 1, 12))
    inside = bounds(short, "art50.4", (prior,), on=date(2026, 4, 12))
    assert inside.repeat
    outside = bounds(short, "art50.4", (prior,), on=date(2026, 4, 13))
    # Still in force (6 months) but past the 3-month window: a prior record, not a repeat.
    assert (outside.repeat, outside.priors_in_force) == (False, (prior,))
    step = next(s for s in outside.steps if s.code == "prior.outside_window")
    assert (step.params["window_start"], step.params["window_end"]) == ("2026-01-13", "2026-04-12")


def test_priors_for_general_offences_are_a_record_without_a_repeat_rule(pack: RulePack) -> None:
    prior = PriorPenalty("art44", "reprimand", date(2026, 2, 2))
    b = bounds(pack, "art44.duties", (prior,))
    assert (b.allowed, b.repeat, b.priors_in_force) == (ALL_SIX, False, (prior,))
    assert "prior.record" in codes(b)
    c = bounds(pack, "art50.9", (PriorPenalty("art50.16", "dismissal", date(2026, 2, 2)),))
    assert "prior.record" in codes(c) and not c.repeat


def test_a_penalty_imposed_after_the_offence_is_not_a_prior(pack: RulePack) -> None:
    prior = PriorPenalty("art50.2", WARNING, date(2026, 3, 10))
    b = bounds(pack, "art50.4", (prior,))
    assert (b.repeat, b.priors_in_force) == (False, ())
    assert "prior.after_offence" in codes(b)


def test_priors_are_explained_oldest_first_and_any_one_repeat_suffices(pack: RulePack) -> None:
    old = PriorPenalty("art50.3", WARNING, date(2025, 6, 1))  # expired
    recent = PriorPenalty("art50.5", WARNING, date(2026, 2, 1))  # in force, same list
    lifted = PriorPenalty("art44", "remark", date(2025, 12, 1), lifted_on=date(2026, 1, 5))
    b = bounds(pack, "art50.2", (recent, old, lifted))
    prior_steps = [s for s in b.steps if s.code.startswith("prior.")]
    assert [s.params["imposed_on"] for s in prior_steps] == [
        "2025-06-01",
        "2025-12-01",
        "2026-02-01",
    ]
    assert [s.code for s in prior_steps] == ["prior.expired", "prior.lifted", "prior.repeat"]
    assert b.repeat_of == recent and b.priors_in_force == (recent,)


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("offence", "code", "params"),
    [
        ("art50.99", "penalty.offence_unknown", {"offence": "art50.99"}),
        (
            "art50.15",
            "penalty.offence_repealed",
            {"offence": "art50.15", "repealed_by": "Law of 08.07.2024 No. 116-VIII"},
        ),
        (
            "art50.20",
            "penalty.offence_switched_off",
            {"offence": "art50.20", "switch": "proposed_subpoint_20"},
        ),
    ],
)
def test_offences_a_penalty_cannot_be_chosen_for(
    pack: RulePack, offence: str, code: str, params: dict[str, str]
) -> None:
    with pytest.raises(ValidationFailed) as e:
        allowed_penalties(offence, ON, (), pack=pack)
    [error] = e.value.errors
    assert (error.field, error.code, error.params) == ("offence", code, params)


def test_bad_priors_are_reported_together_with_their_index(pack: RulePack) -> None:
    priors = (
        PriorPenalty("art50.2", WARNING, date(2026, 1, 1)),
        PriorPenalty("art50.2", "flogging", date(2026, 1, 1)),
        PriorPenalty("art99", "remark", date(2026, 1, 1)),
        PriorPenalty("art44", "remark", date(2026, 1, 10), lifted_on=date(2026, 1, 9)),
    )
    with pytest.raises(ValidationFailed) as e:
        allowed_penalties("art50.99", ON, priors, pack=pack)
    assert [(x.field, x.code) for x in e.value.errors] == [
        ("offence", "penalty.offence_unknown"),
        ("priors.1.penalty", "penalty.prior_penalty_unknown"),
        ("priors.2.offence", "penalty.prior_offence_unknown"),
        ("priors.3.lifted_on", "penalty.prior_lifted_before_imposed"),
    ]
    assert {x.code for x in e.value.errors} <= ERROR_CODES


def test_a_prior_for_a_repealed_offence_is_history_and_accepted(pack: RulePack) -> None:
    b = bounds(pack, "art50.2", (PriorPenalty("art50.15", WARNING, date(2026, 1, 12)),))
    assert not b.repeat and "prior.other_list" in codes(b)


def test_error_codes_are_namespaced() -> None:
    assert ERROR_CODES == {
        "penalty.offence_unknown",
        "penalty.offence_repealed",
        "penalty.offence_switched_off",
        "penalty.prior_penalty_unknown",
        "penalty.prior_offence_unknown",
        "penalty.prior_lifted_before_imposed",
    }


# ---------------------------------------------------------------- the JSON contract


def test_json_contract(pack: RulePack) -> None:
    prior = PriorPenalty("art50.2", WARNING, date(2026, 1, 12))
    b = bounds(pack, "art50.4", (prior,))
    data = json.loads(json.dumps(b.to_json(), ensure_ascii=False))
    assert set(data) == {"allowed", "rule", "repeat", "steps", "step_codes", "offence", "rule_pack"}
    assert data["allowed"] == ["dismissal"] and data["rule"] == "B" and data["repeat"] is True
    assert (data["offence"], data["rule_pack"]) == ("art50.4", "kz-416-V")
    assert all(isinstance(s, str) for s in data["steps"])
    assert len(data["steps"]) == len(data["step_codes"]) == len(b.steps)
    for text, coded in zip(data["steps"], data["step_codes"], strict=True):
        assert set(coded) == {"code", "params", "article", "text"}
        assert coded["text"] == text and coded["code"] in STEP_CODES
        if coded["article"]:
            assert text.endswith(f"[{coded['article']}]")


def test_steps_keep_codes_in_params_for_the_ui(pack: RulePack) -> None:
    b = bounds(pack, "art50.1", vacancy=False)
    step = next(s for s in b.steps if s.code == "bounds.no_vacancy")
    assert dict(step.params) == {"penalty": "demotion"}  # a code, not the English name


# ---------------------------------------------------------------- severity classes


def test_severity_classes_from_the_pack(pack: RulePack) -> None:
    assert severity_class_of("remark", pack=pack) == "minor"
    assert severity_class_of("demotion", pack=pack) == "significant"
    assert severity_class_of("dismissal", pack=pack) == "gross"
    assert penalties_of_class("significant", pack=pack) == (
        "severe_reprimand",
        WARNING,
        "demotion",
    )
    with pytest.raises(UnknownPenalty):
        severity_class_of("flogging", pack=pack)
    with pytest.raises(UnknownCode):
        penalties_of_class("venial", pack=pack)


def test_every_step_code_has_a_worked_example(pack: RulePack) -> None:
    # A wording no example reaches would go unseen; one scenario per code, in one place.
    p = PriorPenalty
    scenarios: list[tuple[str, tuple[PriorPenalty, ...], dict[str, Any]]] = [
        ("art50.4", (), {}),  # bounds.rule, bounds.result
        ("art50.1", (), {"vacancy": False, "elected": True}),  # fallback, no_vacancy, elected
        ("art50.20", (), {"switches": {"proposed_subpoint_20": True}}),  # general, proposal
        ("art50.2", (p("art50.3", WARNING, date(2026, 3, 9)),), {}),  # after_offence
        ("art50.2", (p("art50.3", WARNING, date(2026, 1, 5), date(2026, 2, 1)),), {}),  # lifted
        ("art50.2", (p("art50.3", WARNING, date(2025, 1, 5)),), {}),  # expired
        ("art44", (p("art44", "remark", date(2026, 2, 1)),), {}),  # record
        ("art50.2", (p("art50.1", "demotion", date(2026, 2, 1)),), {}),  # other_list
        ("art50.2", (p("art50.3", WARNING, ON),), {}),  # outside_window (same day)
        ("art50.2", (p("art50.3", WARNING, date(2026, 2, 1)),), {}),  # repeat
    ]
    seen = {
        s.code
        for offence, priors, kw in scenarios
        for s in allowed_penalties(offence, ON, priors, pack=pack, **kw).steps
    }
    assert seen == STEP_CODES
