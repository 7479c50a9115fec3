"""Month periods (Civil Code Art. 173-174): the last permissible day, inclusive."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.limit_counting import month_period_end


@pytest.mark.parametrize(
    ("event", "months", "last_day"),
    [
        (date(2026, 3, 15), 1, date(2026, 4, 15)),  # same day number in month+1
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # February is shorter: its last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # 29 February + 1 year
        (date(2023, 2, 28), 12, date(2024, 2, 28)),  # the same number, not the month's end
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 10, 31), 1, date(2025, 11, 30)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # over the year's end
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2026, 5, 5), 0, date(2026, 5, 5)),
    ],
)
def test_month_period_end(event: date, months: int, last_day: date) -> None:
    assert month_period_end(event, months) == last_day


def test_negative_months_refused() -> None:
    with pytest.raises(ValueError):
        month_period_end(date(2026, 1, 1), -1)


@settings(max_examples=1000, deadline=None)
@given(
    event=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    months=st.integers(min_value=0, max_value=60),
)
def test_agrees_with_dateutil(event: date, months: int) -> None:
    assert month_period_end(event, months) == event + relativedelta(months=months)
