"""validate_case: one worked example per error code, and the rules for old versus new cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.calendar import WorkCalendar
from domain.criteria import ERROR_CODES as CRITERIA_ERROR_CODES
from domain.deadline_facts import DeadlineInput, Pause
from domain.deadlines import compute_deadlines
from domain.errors import FieldError, ValidationFailed
from domain.model import CaseInput, CaseStatus, PauseInput, ServantInput, ServiceCategory
from domain.penalties import ERROR_CODES as PENALTIES_ERROR_CODES
from domain.procedure_codes import PROCEDURE_ERROR_CODES
from domain.rulepack import RulePack, RulePackRegistry
from domain.validation import (
    ERROR_CODES,
    MAX_DESCRIPTION_LENGTH,
    MAX_JUSTIFICATION_LENGTH,
    MAX_PAUSE_DOCUMENT_LENGTH,
    pause_errors,
    validate_case,
)

TODAY = date(2026, 3, 16)
SWITCHES_OFF = {"proposed_subpoint_20": False, "move_to_next_working_day": True}

VALID = CaseInput(
    servant=ServantInput(
        full_name="Сагинтаев Ерлан Әбілұлы",
        iin="850314312344",
        position="Главный специалист",
        category=ServiceCategory.ADMINISTRATIVE,
        elected=False,
        body_id=1,
    ),
    offence="art50.4",
    committed_on=date(2026, 1, 10),
    discovered_on=date(2026, 2, 2),
)


def servant(**kw: object) -> Callable[[CaseInput], CaseInput]:
    return lambda c: replace(c, servant=replace(c.servant, **kw))  # type: ignore[arg-type]


def case(**kw: object) -> Callable[[CaseInput], CaseInput]:
    return lambda c: replace(c, **kw)  # type: ignore[arg-type]


# (code, field, change to VALID) — the change alone must produce exactly this one error.
EXAMPLES: list[tuple[str, str, Callable[[CaseInput], CaseInput]]] = [
    ("required", "servant.full_name", servant(full_name="  ")),
    ("required", "servant.iin", servant(iin="")),
    ("required", "servant.position", servant(position="")),
    ("required", "servant.body_id", servant(body_id=None)),
    ("required", "offence", case(offence="")),
    ("required", "committed_on", case(committed_on=None)),
    ("required", "discovered_on", case(discovered_on=None)),
    ("iin.digits", "servant.iin", servant(iin="85031431234O")),
    ("iin.length", "servant.iin", servant(iin="85031431234")),
    ("iin.century", "servant.iin", servant(iin="850314012344")),
    ("iin.date", "servant.iin", servant(iin="850230312344")),
    ("iin.checksum", "servant.iin", servant(iin="850314312345")),
    ("iin.future", "servant.iin", servant(iin="260317500019")),
    ("name.control_chars", "servant.full_name", servant(full_name="Сагинтаев\u202e Ерлан")),
    ("name.mixed_script", "servant.full_name", servant(full_name="Caгинтaeв Ерлан")),
    ("name.too_long", "servant.full_name", servant(full_name="Ерлан " * 40)),
    ("date.future", "committed_on", case(committed_on=TODAY + timedelta(days=1))),
    ("date.future", "discovered_on", case(discovered_on=TODAY + timedelta(days=1))),
    ("date.future", "continuing_until", case(continuing_until=TODAY + timedelta(days=1))),
    (
        "date.discovered_before_committed",
        "discovered_on",
        case(discovered_on=date(2026, 1, 9)),
    ),
    (
        "date.continuing_before_committed",
        "continuing_until",
        case(continuing_until=date(2026, 1, 9)),
    ),
    ("offence.unknown", "offence", case(offence="art50.99")),
    ("offence.repealed", "offence", case(offence="art50.15")),
    ("offence.switched_off", "offence", case(offence="art50.20")),
    ("text.too_long", "description", case(description="я" * (MAX_DESCRIPTION_LENGTH + 1))),
    ("text.too_long", "servant.position", servant(position="специалист " * 40)),
    ("text.control_chars", "report_source", case(report_source="жалоба\u200b")),
    ("text.control_chars", "description", case(description="текст\x07")),
    # Deadline facts: pauses, the termination decision, the decision date.
    (
        "deadline.pause_reason_unknown",
        "pauses.0.reason",
        case(pauses=(PauseInput("holiday", date(2026, 2, 3), date(2026, 2, 5)),)),
    ),
    (
        "deadline.pause_end_before_start",
        "pauses.1.end",
        case(
            pauses=(
                PauseInput("vacation", date(2026, 2, 3), date(2026, 2, 5)),
                PauseInput("sick_leave", date(2026, 2, 9), date(2026, 2, 8)),
            )
        ),
    ),
    (
        "text.too_long",
        "pauses.0.document",
        case(
            pauses=(
                PauseInput(
                    "vacation",
                    date(2026, 2, 3),
                    date(2026, 2, 5),
                    "№" * (MAX_PAUSE_DOCUMENT_LENGTH + 1),
                ),
            )
        ),
    ),
    (
        "deadline.termination_before_commission",
        "terminated_on",
        case(terminated_on=date(2026, 1, 9)),
    ),
    (
        "deadline.termination_not_discrediting",
        "terminated_on",
        case(offence="art44.duties", terminated_on=date(2026, 2, 1)),
    ),
    ("date.future", "terminated_on", case(terminated_on=TODAY + timedelta(days=1))),
    ("required", "decided_on", case(status=CaseStatus.DECIDED, penalty="reprimand")),
    ("required", "decided_on", case(status=CaseStatus.NO_PENALTY)),
    ("date.future", "decided_on", case(decided_on=TODAY + timedelta(days=1))),
    (
        "date.decided_before_discovered",
        "decided_on",
        case(status=CaseStatus.DECIDED, decided_on=date(2026, 2, 1), penalty="reprimand"),
    ),
    ("text.control_chars", "override_reason", case(override_reason="причина\x00")),
    # The penalty (issue: choosing the penalty).
    ("required", "penalty", case(status=CaseStatus.DECIDED, decided_on=TODAY)),
    ("penalty.unknown", "penalty", case(penalty="flogging")),
    (
        "penalty.not_expected",
        "penalty",
        case(status=CaseStatus.NO_PENALTY, decided_on=TODAY, penalty="remark"),
    ),
    (
        "penalty.lifted_without_penalty",
        "penalty_lifted_on",
        case(penalty_lifted_on=date(2026, 3, 1)),
    ),
    (
        "penalty.lifted_before_decision",
        "penalty_lifted_on",
        case(
            status=CaseStatus.DECIDED,
            decided_on=date(2026, 3, 2),
            penalty="remark",
            penalty_lifted_on=date(2026, 3, 1),
        ),
    ),
    (
        "date.future",
        "penalty_lifted_on",
        case(penalty="remark", penalty_lifted_on=TODAY + timedelta(days=1)),
    ),
    (
        "text.too_long",
        "justification",
        case(penalty="remark", justification="я" * (MAX_JUSTIFICATION_LENGTH + 1)),
    ),
]

# Codes only a service can emit (they need the store or the switch list), tested there, and
# iin.empty, which CaseService.check_iin raises while validate_case says "required" instead.
SERVICE_CODES = {
    "body.unknown",
    "unit.unknown",
    "switch.unknown",
    "iin.empty",
    # The decision date against the limits needs the calendar and the switches: CaseService.
    "deadline.expired",
    "deadline.blocked_day",
    # The bounds need the servant's prior record, the justification the comparable cases and
    # the table of penalties: CaseService (tests/domain/test_penalty_service.py).
    "penalty.not_allowed",
    "penalty.justification_required",
    # The table of penalties' own form (ConsistencyService.set_penalty_table_entry).
    "penalty_table.occurrence",
    "penalty_table.range_reversed",
    "penalty_table.duplicate",
    # Raised by domain.penalties and domain.criteria when the service asks them.
    *PENALTIES_ERROR_CODES,
    *CRITERIA_ERROR_CODES,
    # The commission's procedure: exercised in tests/domain_procedure (a guard test there fails
    # when a code has no example).
    *PROCEDURE_ERROR_CODES,
}


def check(
    data: CaseInput, pack: RulePack, *, is_new: bool = True, **kw: object
) -> list[FieldError]:
    return validate_case(data, pack, SWITCHES_OFF, TODAY, is_new=is_new, **kw)  # type: ignore[arg-type]


def test_the_base_example_is_valid(pack: RulePack) -> None:
    assert check(VALID, pack) == []


@pytest.mark.parametrize(
    ("code", "field", "change"), EXAMPLES, ids=[f"{c}@{f}" for c, f, _ in EXAMPLES]
)
def test_each_code_by_example(
    pack: RulePack, code: str, field: str, change: Callable[[CaseInput], CaseInput]
) -> None:
    errors = check(change(VALID), pack)
    assert [(e.field, e.code) for e in errors] == [(field, code)]


def test_every_exported_code_has_an_example() -> None:
    assert set(ERROR_CODES) == {c for c, _, _ in EXAMPLES} | SERVICE_CODES
    assert len(ERROR_CODES) == len(set(ERROR_CODES))


def test_params_carry_what_the_message_needs(pack: RulePack) -> None:
    [e] = check(case(description="я" * (MAX_DESCRIPTION_LENGTH + 1))(VALID), pack)
    assert e.params == {"max": MAX_DESCRIPTION_LENGTH}
    [e] = check(case(offence="art50.15")(VALID), pack)
    assert e.params["repealed_by"] == "Law of 08.07.2024 No. 116-VIII"
    [e] = check(case(offence="art50.20")(VALID), pack)
    assert e.params["switch"] == "proposed_subpoint_20"
    [e] = check(case(discovered_on=date(2026, 1, 1))(VALID), pack)
    assert e.params == {"committed_on": "2026-01-10"}


def test_several_problems_are_all_reported_in_form_order(pack: RulePack) -> None:
    bad = replace(
        VALID,
        servant=replace(VALID.servant, full_name="", iin="1", body_id=None),
        offence="",
        committed_on=None,
    )
    fields = [e.field for e in check(bad, pack)]
    assert fields == [
        "servant.full_name",
        "servant.iin",
        "servant.body_id",
        "offence",
        "committed_on",
    ]


def test_same_day_dates_and_today_are_fine(pack: RulePack) -> None:
    ok = replace(VALID, committed_on=TODAY, discovered_on=TODAY, continuing_until=TODAY)
    assert check(ok, pack) == []


def test_sub_point_20_is_accepted_when_switched_on(pack: RulePack) -> None:
    data = case(offence="art50.20")(VALID)
    on = {**SWITCHES_OFF, "proposed_subpoint_20": True}
    assert validate_case(data, pack, on, TODAY, is_new=True) == []


def test_an_old_case_keeps_a_repealed_or_switched_off_offence(pack: RulePack) -> None:
    for code in ("art50.15", "art50.20"):
        data = case(offence=code)(VALID)
        assert check(data, pack, is_new=False, kept_offence=code) == []
        assert check(data, pack, is_new=False) == []
        # ...but an edit may not move a case onto one.
        [e] = check(data, pack, is_new=False, kept_offence="art50.4")
        assert e.field == "offence"


def test_unknown_offence_is_refused_even_for_old_cases(pack: RulePack) -> None:
    [e] = check(case(offence="art50.99")(VALID), pack, is_new=False, kept_offence="art50.99")
    assert e.code == "offence.unknown"


def test_whitespace_in_a_name_is_not_an_error(pack: RulePack) -> None:
    assert check(servant(full_name="  Сагинтаев\tЕрлан  ")(VALID), pack) == []


def test_the_deadline_facts_of_a_decided_case_are_fine(pack: RulePack) -> None:
    ok = replace(
        VALID,
        status=CaseStatus.DECIDED,
        decided_on=TODAY,
        penalty="dismissal",
        penalty_lifted_on=TODAY,
        justification="Повторное нарушение.\nПротокол № 3.",
        lower_post_vacant=False,
        terminated_on=date(2026, 1, 20),
        continuing=True,
        pauses=(PauseInput("sick_leave", date(2026, 2, 3), date(2026, 2, 3), "ЛН № 1"),),
        override_reason="Согласовано председателем комиссии.\nПротокол № 3.",
    )
    assert check(ok, pack) == []


_REASONS = ("sick_leave", "vacation", "criminal_proceedings", "holiday", "")
_DAY = st.dates(min_value=date(2025, 12, 1), max_value=date(2026, 3, 16))


@given(
    pauses=st.lists(st.builds(PauseInput, st.sampled_from(_REASONS), _DAY, _DAY), max_size=4).map(
        tuple
    )
)
def test_pause_checks_agree_with_the_engine(pauses: tuple[PauseInput, ...]) -> None:
    # validate_case must refuse exactly what compute_deadlines would, with the same fields and
    # codes, so a case that passes validation can always be counted.
    pack = RulePackRegistry.load_builtin_packs().get("kz-416-V")
    ours = pause_errors(pauses, pack)
    facts = DeadlineInput(
        "art50.4",
        date(2026, 1, 10),
        date(2026, 2, 2),
        pauses=tuple(Pause(p.reason, p.start, p.end) for p in pauses),
    )
    try:
        compute_deadlines(facts, pack, WorkCalendar())
        engine: list[FieldError] = []
    except ValidationFailed as e:
        engine = e.errors
    assert ours == engine
