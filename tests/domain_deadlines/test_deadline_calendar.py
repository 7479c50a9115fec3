"""WorkCalendar: Kazakhstan's holidays from the `holidays` package, transfers and overrides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.calendar import DayKind, WorkCalendar

CAL = WorkCalendar()


@pytest.mark.parametrize(
    ("day", "name_part"),
    [
        (date(2026, 1, 1), "New Year"),
        (date(2026, 1, 2), "New Year"),
        (date(2026, 3, 9), "Women"),  # 8 March fell on a Sunday: Monday off
        (date(2026, 3, 23), "Nowruz"),
        (date(2026, 3, 24), "Nowruz"),  # 21-22 March were Sat-Sun: two days carried over
        (date(2026, 3, 25), "Nowruz"),
        (date(2026, 5, 1), "Solidarity"),
        (date(2026, 5, 7), "Defender"),
        (date(2026, 5, 11), "Victory"),  # 9 May was a Saturday
        (date(2026, 7, 6), "Capital"),
        (date(2026, 10, 26), "Republic"),  # 25 October was a Sunday
        (date(2026, 12, 16), "Independence"),
    ],
)
def test_kz_2026_weekday_holidays_are_days_off(day: date, name_part: str) -> None:
    assert day.weekday() < 5
    assert not CAL.is_working_day(day)
    assert CAL.day_kind(day) is DayKind.HOLIDAY
    assert name_part in (CAL.holiday_name(day) or "")


def test_constitution_day_change_of_2026() -> None:
    # Up to 2025 Constitution Day was 30 August (2025: a Saturday, carried to Monday 1 September);
    # the package knows it is not a holiday in 2026 and is 15 March from 2027.
    assert CAL.holiday_name(date(2025, 8, 30)) is not None
    assert not CAL.is_working_day(date(2025, 9, 1))
    assert CAL.holiday_name(date(2026, 8, 30)) is None
    assert CAL.is_working_day(date(2026, 8, 31))  # a Monday with nothing carried over
    assert CAL.holiday_name(date(2027, 3, 15)) is not None
    assert not CAL.is_working_day(date(2027, 3, 15))  # a Monday


def test_ordinary_days() -> None:
    assert CAL.is_working_day(date(2026, 3, 26))  # Thursday after Nauryz
    assert CAL.day_kind(date(2026, 3, 26)) is DayKind.WORKDAY
    assert CAL.day_kind(date(2026, 2, 14)) is DayKind.WEEKEND  # Saturday
    assert not CAL.is_working_day(date(2026, 2, 15))  # Sunday


def test_package_transfer_makes_a_sunday_working() -> None:
    # 2025: the day off of Sunday 5 January was moved to Friday 3 January.
    assert CAL.day_kind(date(2025, 1, 5)) is DayKind.TRANSFERRED_WORKDAY
    assert CAL.is_working_day(date(2025, 1, 5))
    assert not CAL.is_working_day(date(2025, 1, 3))


def test_overrides_work_both_ways() -> None:
    saturday, holiday, wednesday = date(2026, 2, 14), date(2026, 3, 23), date(2026, 4, 15)
    cal = WorkCalendar({saturday: True, holiday: True, wednesday: False})
    assert cal.is_working_day(saturday) and cal.day_kind(saturday) is DayKind.OVERRIDE_WORKING
    assert cal.is_working_day(holiday)
    assert cal.holiday_name(holiday) is not None  # the package's name stays visible
    assert not cal.is_working_day(wednesday)
    assert cal.day_kind(wednesday) is DayKind.OVERRIDE_NON_WORKING
    # An override beats a package transfer too.
    assert not WorkCalendar({date(2025, 1, 5): False}).is_working_day(date(2025, 1, 5))
    # The calendar without overrides is untouched: values, not global state.
    assert not CAL.is_working_day(saturday) and CAL.is_working_day(wednesday)


def test_with_overrides_merges_and_later_wins() -> None:
    d = date(2026, 4, 15)
    base = WorkCalendar({d: False, date(2026, 2, 14): True})
    merged = base.with_overrides({d: True})
    assert merged.is_working_day(d) and not base.is_working_day(d)
    assert merged.is_working_day(date(2026, 2, 14))
    assert dict(merged.overrides) == {d: True, date(2026, 2, 14): True}
    with pytest.raises(TypeError):
        merged.overrides[d] = False  # type: ignore[index]


def test_next_working_day() -> None:
    assert CAL.next_working_day(date(2026, 3, 26)) == date(2026, 3, 26)  # itself
    assert CAL.next_working_day(date(2026, 3, 21)) == date(2026, 3, 26)  # Sat..Wed are off
    assert CAL.next_working_day(date(2026, 2, 14)) == date(2026, 2, 16)
    extra = WorkCalendar({date(2026, 3, 26): False})
    assert extra.next_working_day(date(2026, 3, 21)) == date(2026, 3, 27)


def test_add_working_days_counts_from_the_next_day() -> None:
    assert CAL.add_working_days(date(2026, 4, 13), 0) == date(2026, 4, 13)
    assert CAL.add_working_days(date(2026, 4, 13), 2) == date(2026, 4, 15)  # Mon -> Wed
    assert CAL.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)  # over Nauryz
    assert CAL.add_working_days(date(2026, 3, 21), 1) == date(2026, 3, 26)  # from a day off
    assert CAL.add_working_days(date(2026, 4, 30), 3) == date(2026, 5, 6)  # over 1 May
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2026, 4, 13), -1)


def test_working_days_between() -> None:
    assert CAL.working_days_between(date(2026, 3, 20), date(2026, 3, 27)) == 2
    assert CAL.working_days_between(date(2026, 3, 27), date(2026, 3, 20)) == -2
    assert CAL.working_days_between(date(2026, 3, 20), date(2026, 3, 20)) == 0
    assert CAL.working_days_between(date(2026, 3, 20), date(2026, 3, 25)) == 0
    # 2026 has 365 days; count the working ones by hand from the weekday rule and the holidays.
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(365)]
    expected = sum(1 for d in days if d.weekday() < 5 and CAL.holiday_name(d) is None)
    assert CAL.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == expected
    assert 240 <= expected <= 252


def test_far_years_load_lazily() -> None:
    assert not CAL.is_working_day(date(2071, 12, 16))  # Independence Day, any year
    assert CAL.is_working_day(date(1999, 3, 3))


@settings(max_examples=300, deadline=None)
@given(
    start=st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
    n=st.integers(min_value=0, max_value=40),
    overrides=st.dictionaries(
        st.dates(min_value=date(2015, 1, 1), max_value=date(2036, 12, 31)),
        st.booleans(),
        max_size=8,
    ),
)
def test_add_and_between_agree(start: date, n: int, overrides: dict[date, bool]) -> None:
    cal = WorkCalendar(overrides)
    end = cal.add_working_days(start, n)
    assert cal.working_days_between(start, end) == n
    assert n == 0 or cal.is_working_day(end)
    nxt = cal.next_working_day(start)
    assert cal.is_working_day(nxt) and nxt >= start
    assert all(not cal.is_working_day(start + timedelta(days=i)) for i in range((nxt - start).days))
