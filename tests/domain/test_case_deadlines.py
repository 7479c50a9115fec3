"""CaseService and deadlines over the fake store: stored last days, pauses, decisions, calendar.

Dates are relative to TODAY (Monday 16.03.2026). The general offence "art44.duties" committed on
10.02.2026 and discovered on 18.02.2026 has its last day on Wednesday 18.03.2026 (one month from
discovery, Art. 45); Nauryz keeps 23-25.03.2026 off.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.calendar import WorkCalendar
from domain.case_deadlines import deadline_band
from domain.deadline_facts import DeadlineInput
from domain.deadlines import compute_deadlines
from domain.errors import NotFound, ValidationFailed
from domain.model import (
    OPEN_STATUSES,
    CalendarOverride,
    CaseFilter,
    CaseInput,
    CaseStatus,
    DeadlineStatus,
    PauseInput,
    ServantInput,
    ServiceCategory,
    SortKey,
    deadline_status,
)
from domain.rulepack import RulePack
from domain.services import OVERRIDE_EVENT, CaseService
from tests.domain.conftest import TODAY
from tests.domain.fakes import FakeDatabase

IIN = "850314312344"
WED = date(2026, 3, 18)  # the last day of the base case
VACATION = PauseInput("vacation", date(2026, 3, 2), date(2026, 3, 6), "Приказ № 12-о")


def _case(fake_db: FakeDatabase, **kw: object) -> CaseInput:
    data = CaseInput(
        servant=ServantInput(
            full_name="Жақсылықов Ерлан Серікұлы",
            iin=IIN,
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


def _codes(e: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(x.field, x.code) for x in e.value.errors]


def _stored_last_day(fake_db: FakeDatabase, case_id: int) -> date | None:
    deadlines = fake_db.state.cases[case_id].record.deadlines
    return deadlines.last_day if deadlines else None


# -- stored with the case ------------------------------------------------------------------------


def test_register_stores_the_engines_dates_and_the_pauses(
    service: CaseService, fake_db: FakeDatabase, pack: RulePack
) -> None:
    case_id = service.register_case(_case(fake_db))
    detail = service.get_case(case_id)
    assert detail.last_day == WED
    expected = compute_deadlines(
        DeadlineInput("art44.duties", date(2026, 2, 10), date(2026, 2, 18)), pack, WorkCalendar()
    )
    stored = fake_db.state.cases[case_id].record.deadlines
    assert stored is not None
    assert (stored.discovery_limit, stored.absolute_limit, stored.absolute_limit_extended) == (
        expected.discovery_limit,
        expected.absolute_limit,
        expected.absolute_limit_extended,
    )
    assert detail.events[0].data["last_day"] == "2026-03-18"

    # Pauses are saved with the case, in date order, and suspend the limit (Art. 45 p.4).
    sick = PauseInput("sick_leave", date(2026, 3, 10), date(2026, 3, 11))
    paused = service.register_case(_case(fake_db, pauses=(sick, VACATION)))
    detail = service.get_case(paused)
    assert detail.pauses == (VACATION, sick)
    assert detail.last_day == date(2026, 3, 26)  # 18.03 + 7 paused days = 25.03, Nauryz
    created = detail.events[0].data
    assert created["facts"]["pauses"][0] == {
        "reason": "vacation",
        "start": "2026-03-02",
        "end": "2026-03-06",
        "document": "Приказ № 12-о",
    }
    assert fake_db.writes[-3:] == ["add_case", "set_pauses", "event:created"]


def test_an_edit_of_pauses_or_dates_moves_the_stored_last_day(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    case_id = service.register_case(_case(fake_db))
    assert service.update_case(case_id, _case(fake_db, pauses=(VACATION,)))
    detail = service.get_case(case_id)
    assert detail.last_day == date(2026, 3, 26)  # 5 paused days: 23.03, holidays to 25.03
    event = detail.events[-1].data
    assert event["last_day"] == {"old": "2026-03-18", "new": "2026-03-26"}
    assert event["changes"]["pauses"]["added"] == [
        {
            "reason": "vacation",
            "start": "2026-03-02",
            "end": "2026-03-06",
            "document": "Приказ № 12-о",
        }
    ]
    assert event["changes"]["pauses"]["removed"] == []
    assert event["changes"]["pauses"]["old"] == []

    # A later discovery moves it too (24.03 + 5 days = Sunday 29.03); the pauses stay.
    later = _case(fake_db, discovered_on=date(2026, 2, 24), pauses=(VACATION,))
    assert service.update_case(case_id, later)
    detail = service.get_case(case_id)
    assert detail.last_day == date(2026, 3, 30)
    assert "pauses" not in detail.events[-1].data["changes"]
    assert detail.events[-1].data["changes"]["discovered_on"] == {
        "old": "2026-02-18",
        "new": "2026-02-24",
    }


def test_the_pause_diff_says_what_was_added_removed_and_changed(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    trip = PauseInput("business_trip", date(2026, 3, 10), date(2026, 3, 12), "Приказ № 7-к")
    case_id = service.register_case(_case(fake_db, pauses=(VACATION, trip)))
    longer_trip = replace(trip, end=date(2026, 3, 13))
    assert service.update_case(case_id, _case(fake_db, pauses=(longer_trip,)))
    change = service.get_case(case_id).events[-1].data["changes"]["pauses"]
    assert [p["reason"] for p in change["old"]] == ["vacation", "business_trip"]
    assert change["new"] == [
        {
            "reason": "business_trip",
            "start": "2026-03-10",
            "end": "2026-03-13",
            "document": "Приказ № 7-к",
        }
    ]
    assert [p["end"] for p in change["removed"]] == ["2026-03-06", "2026-03-12"]
    assert [p["end"] for p in change["added"]] == ["2026-03-13"]
    # The same rows in another order are no change at all.
    commits = fake_db.commits
    assert not service.update_case(case_id, _case(fake_db, pauses=(longer_trip,)))
    assert fake_db.commits == commits


def test_bad_pause_rows_and_termination_dates_are_refused_inline(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    bad = _case(
        fake_db,
        pauses=(VACATION, PauseInput("holiday", date(2026, 3, 9), date(2026, 3, 8))),
        terminated_on=date(2026, 2, 1),
    )
    expected = [
        ("terminated_on", "deadline.termination_before_commission"),
        ("terminated_on", "deadline.termination_not_discrediting"),
        ("pauses.1.reason", "deadline.pause_reason_unknown"),
        ("pauses.1.end", "deadline.pause_end_before_start"),
    ]
    assert [(e.field, e.code) for e in service.validate(bad)] == expected
    with pytest.raises(ValidationFailed) as e:
        service.register_case(bad)
    assert _codes(e) == expected
    assert fake_db.writes == [] and fake_db.commits == 0
    assert service.preview_deadline(bad) is None  # the live panel shows nothing for them


# -- decisions -----------------------------------------------------------------------------------


def test_a_decision_needs_its_date(service: CaseService, fake_db: FakeDatabase) -> None:
    for status, penalty in ((CaseStatus.DECIDED, "remark"), (CaseStatus.NO_PENALTY, None)):
        errors = service.validate(_case(fake_db, status=status, penalty=penalty))
        assert [(e.field, e.code) for e in errors] == [("decided_on", "required")]


def test_a_penalty_after_the_last_day_needs_a_written_reason(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    # Discovered 13.02: the last day was Friday 13.03; the penalty is decided today.
    case_id = service.register_case(_case(fake_db, discovered_on=date(2026, 2, 13)))
    late = _case(
        fake_db,
        discovered_on=date(2026, 2, 13),
        status=CaseStatus.DECIDED,
        decided_on=date(2026, 3, 16),
        penalty="remark",
    )
    with pytest.raises(ValidationFailed) as e:
        service.update_case(case_id, late)
    [error] = e.value.errors
    assert (error.field, error.code) == ("decided_on", "deadline.expired")
    assert error.params == {"decision_date": "2026-03-16", "last_day": "2026-03-13"}
    assert service.decision_problems(late, case_id) == [error]

    reason = "Материалы поступили после истечения срока; согласовано с председателем."
    assert service.update_case(case_id, replace(late, override_reason=reason))
    detail = service.get_case(case_id)
    assert (detail.status, detail.decided_on) == (CaseStatus.DECIDED, TODAY)
    assert [e.kind for e in detail.events] == ["created", "updated", OVERRIDE_EVENT]
    override = detail.events[-1].data
    assert override["reason"] == reason
    assert override["decided_on"] == "2026-03-16" and override["last_day"] == "2026-03-13"
    assert override["problems"] == [{"code": "deadline.expired", "params": error.params}]
    assert detail.events[-1].actor == "hr.officer"

    # Editing the description later does not ask again; moving the decision date does.
    assert service.update_case(case_id, replace(late, description="Уточнено."))
    with pytest.raises(ValidationFailed):
        service.update_case(
            case_id, replace(late, description="Уточнено.", decided_on=date(2026, 3, 14))
        )


def test_a_penalty_on_a_blocked_day_is_refused_and_no_penalty_is_not_held_to_limits(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    sick = PauseInput("sick_leave", date(2026, 3, 16), date(2026, 3, 16))
    data = _case(
        fake_db, pauses=(sick,), status=CaseStatus.DECIDED, decided_on=TODAY, penalty="remark"
    )
    [error] = service.validate(data)
    assert (error.field, error.code) == ("decided_on", "deadline.blocked_day")
    assert error.params["reason"] == "sick_leave"
    # Deciding on no penalty after the limit (e.g. because it passed) is lawful.
    expired = _case(fake_db, discovered_on=date(2026, 2, 13))  # last day Friday 13.03
    no_penalty = replace(expired, status=CaseStatus.NO_PENALTY, decided_on=TODAY)
    assert service.validate(no_penalty) == []
    assert service.decision_problems(no_penalty) == []
    penalty = replace(expired, status=CaseStatus.DECIDED, decided_on=TODAY, penalty="remark")
    case_id = service.register_case(replace(penalty, override_reason="По решению комиссии."))
    assert [e.kind for e in service.get_case(case_id).events] == ["created", OVERRIDE_EVENT]


def test_an_override_reason_without_a_problem_records_nothing(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    on_time = _case(
        fake_db,
        status=CaseStatus.DECIDED,
        decided_on=TODAY,
        penalty="remark",
        override_reason="На всякий случай.",
    )
    case_id = service.register_case(on_time)
    assert [e.kind for e in service.get_case(case_id).events] == ["created"]


# -- reading deadlines ---------------------------------------------------------------------------


def test_deadline_for_and_the_preview_agree_with_the_stored_day(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    data = _case(fake_db, pauses=(VACATION,))
    preview = service.preview_deadline(data)
    assert preview is not None and preview.last_day == date(2026, 3, 26)
    case_id = service.register_case(data)
    fresh = service.deadline_for(case_id)
    assert fresh == preview
    assert fresh.last_day == service.get_case(case_id).last_day
    codes = [s.code for s in fresh.steps]
    assert "limit.suspended" in codes and "limit.moved_non_working" in codes
    assert service.preview_deadline(_case(fake_db, discovered_on=None)) is None
    assert service.preview_deadline(_case(fake_db, offence="art50.99")) is None
    # A repealed offence still has limits (an old case keeps its qualification).
    assert service.preview_deadline(_case(fake_db, offence="art50.15")) is not None
    with pytest.raises(NotFound):
        service.deadline_for(999)


# -- recomputation -------------------------------------------------------------------------------


def test_recompute_writes_only_what_changed(service: CaseService, fake_db: FakeDatabase) -> None:
    ids = [
        service.register_case(_case(fake_db, discovered_on=date(2026, 2, d))) for d in (12, 14, 18)
    ]
    assert service.recompute_deadlines() == 0
    assert "set_deadlines" not in fake_db.writes
    stored = fake_db.state.cases[ids[1]]
    fake_db.state.cases[ids[1]] = replace(stored, record=replace(stored.record, deadlines=None))
    assert service.recompute_deadlines() == 1
    assert fake_db.writes.count("set_deadlines") == 1
    assert _stored_last_day(fake_db, ids[1]) == TODAY  # 14.03 is a Saturday -> Monday 16.03


def test_fill_missing_deadlines_only_touches_cases_without_them(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    a = service.register_case(_case(fake_db))
    b = service.register_case(_case(fake_db, discovered_on=date(2026, 2, 14)))
    for case_id in (a, b):
        stored = fake_db.state.cases[case_id]
        fake_db.state.cases[case_id] = replace(
            stored, record=replace(stored.record, deadlines=None)
        )
    commits = fake_db.commits
    assert service.fill_missing_deadlines() == 2
    assert (_stored_last_day(fake_db, a), _stored_last_day(fake_db, b)) == (WED, TODAY)
    assert service.fill_missing_deadlines() == 0
    assert fake_db.commits == commits + 1  # the second call only read


def test_a_calendar_override_on_the_last_day_moves_open_cases_only(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    open_case = service.register_case(_case(fake_db))
    closed = service.register_case(
        _case(fake_db, status=CaseStatus.DECIDED, decided_on=date(2026, 3, 16), penalty="remark")
    )
    assert service.set_calendar_override(CalendarOverride(WED, False, " Указ  ")) == 1
    assert service.calendar_overrides() == [CalendarOverride(WED, False, "Указ")]
    assert service.get_case(open_case).last_day == date(2026, 3, 19)
    assert service.get_case(closed).last_day == WED  # decided under the calendar of the day
    assert not service.work_calendar().is_working_day(WED)
    assert service.deadline_for(open_case).last_day == date(2026, 3, 19)

    # A working Saturday set by the government: a limit ending that day stays there.
    saturday = date(2026, 3, 14)
    weekend_case = service.register_case(_case(fake_db, discovered_on=date(2026, 2, 14)))
    assert service.get_case(weekend_case).last_day == TODAY
    service.set_calendar_override(CalendarOverride(saturday, True, "перенос"))
    assert service.get_case(weekend_case).last_day == saturday

    assert service.delete_calendar_override(WED)
    assert not service.delete_calendar_override(WED)
    assert service.get_case(open_case).last_day == WED
    assert [o.day for o in service.calendar_overrides()] == [saturday]


def test_a_calendar_note_is_checked(service: CaseService) -> None:
    with pytest.raises(ValidationFailed) as e:
        service.set_calendar_override(CalendarOverride(WED, False, "x\x00"))
    assert _codes(e) == [("note", "text.control_chars")]


def test_switching_off_the_move_to_a_working_day_changes_stored_last_days(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    weekend = service.register_case(_case(fake_db, discovered_on=date(2026, 2, 14)))
    weekday = service.register_case(_case(fake_db))
    assert service.get_case(weekend).last_day == TODAY
    service.set_switch("move_to_next_working_day", False)
    assert service.get_case(weekend).last_day == date(2026, 3, 14)  # the Saturday itself
    assert service.get_case(weekday).last_day == WED
    writes = fake_db.writes.count("set_deadlines")
    service.set_switch("move_to_next_working_day", False)  # no change, no recount
    assert fake_db.writes.count("set_deadlines") == writes
    service.set_switch("move_to_next_working_day", True)
    assert service.get_case(weekend).last_day == TODAY


# -- the list ------------------------------------------------------------------------------------


@given(offset=st.integers(-40, 40))
def test_the_bands_agree_with_deadline_status(offset: int) -> None:
    last_day = TODAY + timedelta(days=offset)
    low, high = deadline_band(deadline_status(last_day, TODAY), TODAY)
    assert (low is None or low <= last_day) and (high is None or last_day <= high)
    others = [b for b in DeadlineStatus if b is not deadline_status(last_day, TODAY)]
    for band in others:
        low, high = deadline_band(band, TODAY)
        assert (low is not None and last_day < low) or (high is not None and last_day > high)


def test_deadline_filters_watch_list_and_notice_counts(
    service: CaseService, fake_db: FakeDatabase
) -> None:
    statuses = [CaseStatus.REGISTERED, CaseStatus.HEARING, CaseStatus.CLOSED]
    for i, day in enumerate(range(1, 32)):  # discovered 1.02 .. 3.03: last days 2.03 .. 3.04
        discovered = date(2026, 2, 1) + timedelta(days=day - 1)
        status = statuses[i % 3]
        extra: dict[str, object] = {}
        if status is CaseStatus.CLOSED:
            extra["decided_on"] = discovered
        service.register_case(
            _case(
                fake_db,
                committed_on=date(2026, 1, 20),
                discovered_on=discovered,
                status=status,
                **extra,  # type: ignore[arg-type]
            )
        )
    rows = service.list_cases(CaseFilter(), limit=1000)
    open_rows = [r for r in rows if r.status in OPEN_STATUSES]
    assert all(r.last_day is not None for r in rows)
    expected = {
        band: sorted(r.id for r in open_rows if deadline_status(r.last_day, TODAY) is band)  # type: ignore[arg-type]
        for band in DeadlineStatus
    }
    assert all(expected.values())  # every band has cases
    for band, ids in expected.items():
        got = service.list_cases(CaseFilter(deadline=band), limit=1000)
        assert sorted(r.id for r in got) == ids, band
    assert service.deadline_counts() == {band: len(ids) for band, ids in expected.items()}
    assert service.expired_open() == len(expected[DeadlineStatus.EXPIRED])
    assert service.expiring_this_week() == len(expected[DeadlineStatus.WITHIN_2]) + len(
        expected[DeadlineStatus.WITHIN_7]
    )
    # A band combined with the filter's own bounds keeps only their overlap.
    narrowed = CaseFilter(deadline=DeadlineStatus.ON_TIME, last_day_to=date(2026, 3, 27))
    overlap = sorted(
        r.id for r in open_rows if date(2026, 3, 24) <= r.last_day <= date(2026, 3, 27)
    )  # type: ignore[operator]
    assert overlap and sorted(r.id for r in service.list_cases(narrowed)) == overlap
    watch = service.list_cases(CaseFilter(open_only=True), SortKey.LAST_DAY, limit=1000)
    assert [r.id for r in watch] == [
        r.id
        for r in sorted(open_rows, key=lambda r: (r.last_day, r.id))  # type: ignore[arg-type, return-value]
    ]


def test_the_fake_store_refuses_an_unresolved_band(fake_db: FakeDatabase) -> None:
    # The band is relative to today, which only the service knows: the store must never see it.
    from tests.domain.fakes import FakeUnitOfWork

    with FakeUnitOfWork(fake_db) as uow, pytest.raises(AssertionError):
        uow.queries.count(CaseFilter(deadline=DeadlineStatus.EXPIRED))
