"""The written explanation (Labour Code Art. 65): received, refused, absent or still awaited."""

from __future__ import annotations

from datetime import date

import pytest

from domain.calendar import WorkCalendar
from domain.procedure import validate_explanation
from domain.procedure_dates import explanation_due
from domain.procedure_model import ExplanationInput, ExplanationOutcome
from domain.rulepack import RulePack
from tests.domain_procedure.builders import DISCOVERED, TODAY

REQUESTED = date(2026, 10, 2)  # a Friday: due Tuesday 6 October (2 working days)
DUE = date(2026, 10, 6)


def _check(data: ExplanationInput, attachments: tuple[int, ...] = ()) -> list[tuple[str, str]]:
    errors = validate_explanation(data, DUE, DISCOVERED, TODAY, attachments)
    return [(e.field, e.code) for e in errors]


def test_the_due_day_is_two_working_days_after_the_request(
    pack: RulePack, calendar: WorkCalendar
) -> None:
    assert explanation_due(REQUESTED, calendar, pack) == DUE


def test_a_pending_request_records_no_result() -> None:
    assert _check(ExplanationInput(REQUESTED)) == []
    assert _check(ExplanationInput(REQUESTED, act_on=date(2026, 10, 7))) == [
        ("act_on", "procedure.not_expected")
    ]


def test_the_request_is_neither_before_discovery_nor_in_the_future() -> None:
    assert _check(ExplanationInput(date(2026, 8, 31))) == [
        ("requested_on", "procedure.requested_before_discovery")
    ]
    assert _check(ExplanationInput(date(2026, 10, 21))) == [("requested_on", "date.future")]


def test_received_needs_its_day_not_before_the_request_and_a_text_or_scan() -> None:
    received = ExplanationOutcome.RECEIVED
    assert _check(ExplanationInput(REQUESTED, received, date(2026, 10, 5), "Опоздал из-за…")) == []
    assert (
        _check(ExplanationInput(REQUESTED, received, date(2026, 10, 5), attachment_id=3), (3,))
        == []
    )
    assert _check(ExplanationInput(REQUESTED, received, None, "текст")) == [
        ("received_on", "required")
    ]
    assert _check(ExplanationInput(REQUESTED, received, date(2026, 10, 1), "текст")) == [
        ("received_on", "procedure.received_before_request")
    ]
    assert _check(ExplanationInput(REQUESTED, received, date(2026, 10, 5))) == [
        ("text", "procedure.text_or_attachment_required")
    ]
    # A late explanation is still an explanation: received after the due day is accepted.
    assert _check(ExplanationInput(REQUESTED, received, date(2026, 10, 9), "текст")) == []


def test_a_scan_must_be_one_of_the_case_attachments() -> None:
    data = ExplanationInput(
        REQUESTED, ExplanationOutcome.RECEIVED, date(2026, 10, 5), attachment_id=9
    )
    assert _check(data, (3,)) == [("attachment_id", "attachment.unknown")]


def test_absence_is_recorded_only_after_the_due_day() -> None:
    absent = ExplanationOutcome.ABSENT
    assert _check(ExplanationInput(REQUESTED, absent, act_on=date(2026, 10, 7))) == []
    assert _check(ExplanationInput(REQUESTED, absent, act_on=DUE)) == [
        ("act_on", "procedure.act_not_after_due")
    ]
    assert _check(ExplanationInput(REQUESTED, absent)) == [("act_on", "required")]
    assert _check(ExplanationInput(REQUESTED, absent, act_on=date(2026, 10, 21))) == [
        ("act_on", "date.future")
    ]


def test_a_refusal_may_be_recorded_the_day_of_the_request_not_before() -> None:
    refused = ExplanationOutcome.REFUSED
    assert _check(ExplanationInput(REQUESTED, refused, act_on=REQUESTED)) == []
    assert _check(ExplanationInput(REQUESTED, refused, act_on=date(2026, 10, 1))) == [
        ("act_on", "procedure.act_before_request")
    ]
    assert _check(
        ExplanationInput(REQUESTED, refused, received_on=REQUESTED, act_on=REQUESTED)
    ) == [("received_on", "procedure.not_expected")]


@pytest.mark.parametrize("field", ["text", "act_witnesses"])
def test_texts_refuse_control_characters(field: str) -> None:
    kwargs = {field: "Свидетель\u202eА"}
    data = ExplanationInput(REQUESTED, ExplanationOutcome.REFUSED, act_on=REQUESTED, **kwargs)  # type: ignore[arg-type]
    assert _check(data) == [(field, "text.control_chars")]
