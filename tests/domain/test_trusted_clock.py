"""The trusted today and the clock-behind reading (RELIABILITY.md S13), over a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.audit import format_ts
from domain.clock import FixedClock, TrustedClock
from domain.clock_decisions import E_CLOCK_REASON, confirm_clock, is_decision
from domain.errors import ValidationFailed
from domain.model import CaseInput, CaseStatus, ServantInput, ServiceCategory

ALMATY = timezone(timedelta(hours=5))  # Kazakhstan since 2024-03-01
NOON = datetime(2026, 3, 16, 7, 0, tzinfo=UTC)  # 12:00 in Almaty


class Trail:
    """The newest audit time as the store would give it, counting the reads."""

    def __init__(self, newest: datetime | None) -> None:
        self.newest = newest
        self.reads = 0

    def __call__(self) -> str | None:
        self.reads += 1
        return format_ts(self.newest) if self.newest else None


class Ticks:
    """An injected monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _clock(at: datetime) -> FixedClock:
    return FixedClock(at.astimezone(ALMATY).date(), at)


def _trusted(clock: FixedClock, trail: Trail, ticks: Ticks | None = None) -> TrustedClock:
    return TrustedClock(clock, trail, local_tz=ALMATY, monotonic=ticks or Ticks())


def test_a_clock_ahead_of_the_trail_is_trusted_as_it_is() -> None:
    trusted = _trusted(_clock(NOON), Trail(NOON - timedelta(hours=3)))
    reading = trusted.reading()
    assert trusted.today() == date(2026, 3, 16) == reading.today
    assert not reading.behind
    assert reading.now_utc == NOON and reading.newest_utc == NOON - timedelta(hours=3)


def test_a_clock_set_back_two_days_counts_from_the_newest_entry() -> None:
    clock = _clock(NOON - timedelta(days=2))
    trusted = _trusted(clock, Trail(NOON))
    assert clock.today() == date(2026, 3, 14)
    assert trusted.today() == date(2026, 3, 16)
    reading = trusted.reading()
    assert reading.behind and reading.today == date(2026, 3, 16)
    assert trusted.now_utc() == clock.now_utc()  # audit times stay what the clock says


def test_the_newest_entrys_date_is_the_local_one() -> None:
    # 21:00 UTC on the 15th is already the 16th in Almaty.
    late = datetime(2026, 3, 15, 21, 0, tzinfo=UTC)
    clock = FixedClock(date(2026, 3, 14), late - timedelta(days=2))
    assert _trusted(clock, Trail(late)).today() == date(2026, 3, 16)
    assert TrustedClock(clock, Trail(late), local_tz=UTC).today() == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("behind_by", "behind"),
    [(timedelta(minutes=4, seconds=59), False), (timedelta(minutes=5, seconds=1), True)],
)
def test_behind_means_more_than_five_minutes_as_the_trail_rules(
    behind_by: timedelta, behind: bool
) -> None:
    assert _trusted(_clock(NOON - behind_by), Trail(NOON)).reading().behind is behind


def test_an_empty_trail_trusts_the_clock() -> None:
    trusted = _trusted(_clock(NOON), Trail(None))
    reading = trusted.reading()
    assert (reading.behind, reading.newest_utc, reading.today) == (False, None, date(2026, 3, 16))


def test_the_newest_time_is_cached_until_invalidated_or_old() -> None:
    trail, ticks = Trail(NOON), Ticks()
    trusted = _trusted(_clock(NOON), trail, ticks)
    for _ in range(100):
        trusted.today()
    trusted.reading()
    assert trail.reads == 1
    trail.newest = NOON + timedelta(days=3)  # an append (here: another workstation's)
    assert trusted.today() == date(2026, 3, 16)  # still cached
    trusted.invalidate()
    assert trusted.today() == date(2026, 3, 19) and trail.reads == 2
    ticks.now += 29.9
    trusted.today()
    assert trail.reads == 2
    ticks.now += 0.1  # max_age_s = 30
    trusted.today()
    assert trail.reads == 3
    trusted.reading(fresh=True)
    assert trail.reads == 4


def test_the_clock_moving_back_mid_session_is_seen_without_a_new_read() -> None:
    clock, trail = _clock(NOON), Trail(NOON)
    trusted = _trusted(clock, trail)
    assert not trusted.reading().behind
    clock.advance(days=-2)
    assert trusted.reading().behind and trusted.today() == date(2026, 3, 16)
    assert trail.reads == 1


@given(
    clock_at=st.datetimes(
        min_value=datetime(2024, 3, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
    ),
    shift=st.timedeltas(min_value=timedelta(days=-400), max_value=timedelta(days=400)),
)
def test_the_trusted_today_is_the_later_of_the_two_dates(
    clock_at: datetime, shift: timedelta
) -> None:
    newest = clock_at + shift
    clock = _clock(clock_at)
    today = _trusted(clock, Trail(newest)).today()
    newest_local = newest.astimezone(ALMATY).date()
    assert today == max(clock.today(), newest_local)
    # Never earlier than the trail: a clock set back cannot reopen a closed deadline.
    assert today >= newest_local


# ---------------------------------------------------------------- decisions with the clock behind


def _input(**changes: object) -> CaseInput:
    servant = ServantInput(
        "Әлиев Нұрлан", "840602300013", "маман", ServiceCategory.ADMINISTRATIVE, False, None
    )
    values: dict[str, object] = {
        "servant": servant,
        "offence": "art44",
        "committed_on": date(2026, 3, 1),
        "discovered_on": date(2026, 3, 2),
    }
    values.update(changes)
    return CaseInput(**values)  # type: ignore[arg-type]


def test_what_counts_as_a_decision() -> None:
    assert not is_decision(_input())
    assert is_decision(_input(decided_on=date(2026, 3, 10)))
    assert is_decision(_input(status=CaseStatus.NO_PENALTY))
    decided = _input(status=CaseStatus.DECIDED, penalty="reprimand")
    assert is_decision(decided, {"penalty": {"old": None, "new": "reprimand"}})
    assert is_decision(decided, {"status": {"old": "hearing", "new": "decided"}})
    assert not is_decision(decided, {"description": {"old": "", "new": "x"}})
    assert not is_decision(_input(status=CaseStatus.HEARING), {"status": {}})


def test_a_decision_with_the_clock_behind_needs_a_reason() -> None:
    trusted = _trusted(_clock(NOON - timedelta(days=2)), Trail(NOON))
    with pytest.raises(ValidationFailed) as refused:
        confirm_clock(trusted, True, "   ", "decided_on")
    (error,) = refused.value.errors
    assert (error.field, error.code) == ("decided_on", E_CLOCK_REASON)
    assert error.params == {
        "now_utc": format_ts(NOON - timedelta(days=2)),
        "newest_utc": format_ts(NOON),
    }
    reading = confirm_clock(trusted, True, "Часы сбились после замены батарейки", "decided_on")
    assert reading is not None and reading.behind
    assert confirm_clock(trusted, False, "", "decided_on") is None  # not a decision
    assert confirm_clock(None, True, "", "decided_on") is None  # no trusted clock wired


def test_no_reason_is_asked_while_the_clock_is_right() -> None:
    trail = Trail(NOON)
    trusted = _trusted(_clock(NOON), trail)
    trusted.today()
    assert confirm_clock(trusted, True, "", "decided_on") is None
    assert trail.reads == 2  # the check reads the trail afresh, not the cache
