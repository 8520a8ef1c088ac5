"""Specification of `Cadence`: review dates from an anchor that never drift."""

from __future__ import annotations

import calendar
import datetime
from itertools import pairwise

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from goalkit import Cadence, CadenceUnit, ValidationError
from goalkit.testing import cadences, dates

D = datetime.date
MONTHS_PER_UNIT = {CadenceUnit.MONTH: 1, CadenceUnit.QUARTER: 3, CadenceUnit.YEAR: 12}


def _is_last_day_of_month(day: datetime.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


# ------------------------------------------------------------------ examples


def test_monthly_from_31_january_keeps_to_month_ends() -> None:
    """Monthly from 31 January gives 28 February, 31 March, 30 April, 31 May."""
    monthly = Cadence(every=1, unit="month", anchor=D(2027, 1, 31))
    assert monthly.occurrences(D(2027, 5, 31)) == (
        D(2027, 1, 31),
        D(2027, 2, 28),
        D(2027, 3, 31),
        D(2027, 4, 30),
        D(2027, 5, 31),
    )


def test_monthly_from_31_january_gives_29_february_in_a_leap_year() -> None:
    """In a leap year the February date is the 29th."""
    monthly = Cadence(every=1, unit="month", anchor=D(2028, 1, 31))
    assert monthly.occurrences(D(2028, 3, 31))[1:] == (D(2028, 2, 29), D(2028, 3, 31))


def test_yearly_from_29_february_returns_to_29_february_in_leap_years() -> None:
    """Yearly from 29 February: 28 February in common years, 29 February in leap years."""
    yearly = Cadence(every=1, unit="year", anchor=D(2028, 2, 29))
    assert yearly.occurrences(D(2032, 12, 31)) == (
        D(2028, 2, 29),
        D(2029, 2, 28),
        D(2030, 2, 28),
        D(2031, 2, 28),
        D(2032, 2, 29),
    )


def test_weekly_every_two_weeks() -> None:
    """Every two weeks steps fourteen days at a time."""
    fortnightly = Cadence(every=2, unit=CadenceUnit.WEEK, anchor=D(2027, 1, 4))
    assert fortnightly.occurrences(D(2027, 2, 15)) == (
        D(2027, 1, 4),
        D(2027, 1, 18),
        D(2027, 2, 1),
        D(2027, 2, 15),
    )


def test_quarterly_steps_three_months() -> None:
    """Quarterly from 30 November keeps the 30th where the month has one."""
    quarterly = Cadence(every=1, unit="quarter", anchor=D(2026, 11, 30))
    assert quarterly.occurrences(D(2027, 11, 30)) == (
        D(2026, 11, 30),
        D(2027, 2, 28),
        D(2027, 5, 30),
        D(2027, 8, 30),
        D(2027, 11, 30),
    )


def test_occurrences_are_inclusive_at_both_ends() -> None:
    """A window that starts and ends on series dates includes both."""
    monthly = Cadence(every=1, unit="month", anchor=D(2027, 1, 15))
    assert monthly.occurrences(D(2027, 4, 15), start=D(2027, 2, 15)) == (
        D(2027, 2, 15),
        D(2027, 3, 15),
        D(2027, 4, 15),
    )


def test_occurrences_never_start_before_the_anchor() -> None:
    """A start before the anchor is the anchor: the series does not run backwards."""
    monthly = Cadence(every=1, unit="month", anchor=D(2027, 3, 1))
    assert monthly.occurrences(D(2027, 4, 1), start=D(2026, 1, 1)) == (D(2027, 3, 1), D(2027, 4, 1))
    assert monthly.occurrences(D(2027, 2, 1)) == ()


def test_occurrences_of_an_empty_window() -> None:
    """An until before the start gives no dates."""
    monthly = Cadence(every=1, unit="month", anchor=D(2027, 1, 1))
    assert monthly.occurrences(D(2027, 5, 1), start=D(2027, 6, 1)) == ()


def test_next_after_is_strictly_after() -> None:
    """next_after a series date is the following date, not the same one."""
    monthly = Cadence(every=1, unit="month", anchor=D(2027, 1, 31))
    assert monthly.next_after(D(2027, 1, 31)) == D(2027, 2, 28)
    assert monthly.next_after(D(2027, 1, 30)) == D(2027, 1, 31)
    assert monthly.next_after(D(2026, 1, 1)) == D(2027, 1, 31)


def test_a_long_run_does_not_drift() -> None:
    """Ten years of a monthly series from the 31st still lands on month ends."""
    monthly = Cadence(every=1, unit="month", anchor=D(2027, 1, 31))
    series = monthly.occurrences(D(2036, 12, 31))
    assert len(series) == 120
    assert all(_is_last_day_of_month(day) for day in series)


def test_unit_is_accepted_as_text() -> None:
    """The unit may be given as its value, such as "quarter"."""
    assert Cadence(every=1, unit="quarter", anchor=D(2027, 1, 1)).unit is CadenceUnit.QUARTER


@pytest.mark.parametrize("every", [0, -1, 1.0, True, "1"])
def test_every_must_be_a_whole_number_of_one_or_more(every: object) -> None:
    """every below 1, a float, a bool or text is refused, naming the field."""
    with pytest.raises(ValidationError, match=r"Cadence\.every"):
        Cadence(every=every, unit="week", anchor=D(2027, 1, 1))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("every", "unit"), [(262, "week"), (61, "month"), (21, "quarter"), (6, "year")]
)
def test_steps_longer_than_five_years_are_refused(every: int, unit: str) -> None:
    """A step of more than five years is not a review rhythm."""
    with pytest.raises(ValidationError, match="five years"):
        Cadence(every=every, unit=unit, anchor=D(2027, 1, 1))  # type: ignore[arg-type]


@pytest.mark.parametrize(("every", "unit"), [(260, "week"), (60, "month"), (20, "quarter")])
def test_five_years_is_the_longest_step(every: int, unit: str) -> None:
    """Exactly five years is accepted."""
    assert Cadence(every=every, unit=unit, anchor=D(2027, 1, 1)).every == every  # type: ignore[arg-type]


def test_a_huge_every_is_refused_without_echoing_it() -> None:
    """A 400-digit every is a clear error, not an OverflowError, and the message stays short."""
    with pytest.raises(ValidationError) as caught:
        Cadence(every=10**400, unit="month", anchor=D(2027, 1, 1))
    assert len(str(caught.value)) < 200


def test_an_unknown_unit_is_refused() -> None:
    """A unit other than week, month, quarter or year is refused."""
    with pytest.raises(ValidationError, match=r"Cadence\.unit"):
        Cadence(every=1, unit="fortnight", anchor=D(2027, 1, 1))  # type: ignore[arg-type]


def test_a_datetime_anchor_is_refused() -> None:
    """The anchor is a date, never a datetime."""
    with pytest.raises(ValidationError, match=r"Cadence\.anchor"):
        Cadence(every=1, unit="week", anchor=datetime.datetime(2027, 1, 1))


def test_occurrences_are_bounded() -> None:
    """A window of more than 10,000 dates is refused before any date is built."""
    weekly = Cadence(every=1, unit="week", anchor=D(2000, 1, 1))
    assert len(weekly.occurrences(D(2000, 1, 1) + datetime.timedelta(weeks=9_999))) == 10_000
    with pytest.raises(ValidationError, match="10000 occurrences"):
        weekly.occurrences(D(2000, 1, 1) + datetime.timedelta(weeks=10_000))


def test_the_series_ends_with_the_calendar() -> None:
    """Near 9999-12-31 the series stops cleanly; next_after past the end is a clear error."""
    yearly = Cadence(every=1, unit="year", anchor=D(9998, 6, 1))
    assert yearly.occurrences(datetime.date.max) == (D(9998, 6, 1), D(9999, 6, 1))
    with pytest.raises(ValidationError, match="9999-12-31"):
        yearly.next_after(D(9999, 6, 1))
    with pytest.raises(ValidationError):
        yearly.next_after(datetime.date.max)


def test_occurrence_arguments_must_be_dates() -> None:
    """until and start are dates, never datetimes."""
    weekly = Cadence(every=1, unit="week", anchor=D(2027, 1, 1))
    with pytest.raises(ValidationError, match="until"):
        weekly.occurrences(datetime.datetime(2027, 2, 1))
    with pytest.raises(ValidationError, match="start"):
        weekly.occurrences(D(2027, 2, 1), start="2027-01-01")  # type: ignore[arg-type]


# ---------------------------------------------------------------- properties

windows = st.tuples(dates(D(1990, 1, 1), D(2110, 12, 31)), st.integers(0, 3 * 366))


@given(cadence=cadences(), window=windows)
def test_occurrences_are_strictly_increasing(
    cadence: Cadence, window: tuple[datetime.date, int]
) -> None:
    """Every series is strictly increasing and stays inside its window."""
    start, length = window
    until = start + datetime.timedelta(days=length)
    series = cadence.occurrences(until, start=start)
    assert all(earlier < later for earlier, later in pairwise(series))
    assert all(max(start, cadence.anchor) <= day <= until for day in series)


@given(cadence=cadences(), window=windows)
def test_occurrences_fall_on_the_anchor_day_or_the_month_end(
    cadence: Cadence, window: tuple[datetime.date, int]
) -> None:
    """Month-based dates are on the anchor's day of month, or the last day of a shorter month."""
    start, length = window
    for day in cadence.occurrences(start + datetime.timedelta(days=length), start=start):
        if cadence.unit is CadenceUnit.WEEK:
            assert (day - cadence.anchor).days % (7 * cadence.every) == 0
        else:
            assert day.day == cadence.anchor.day or (
                day.day < cadence.anchor.day and _is_last_day_of_month(day)
            )
            months = (day.year - cadence.anchor.year) * 12 + day.month - cadence.anchor.month
            assert months % (MONTHS_PER_UNIT[cadence.unit] * cadence.every) == 0


def _reference(cadence: Cadence, start: datetime.date, until: datetime.date) -> list[datetime.date]:
    """The series by its definition, anchor + n steps, counted from a safe lower n."""
    if cadence.unit is CadenceUnit.WEEK:
        step = relativedelta(weeks=cadence.every)
        lower = max((start - cadence.anchor).days // (7 * cadence.every) - 1, 0)
    else:
        months = MONTHS_PER_UNIT[cadence.unit] * cadence.every
        step = relativedelta(months=months)
        gap = (start.year - cadence.anchor.year) * 12 + start.month - cadence.anchor.month
        lower = max(gap // months - 1, 0)
    found = []
    n = lower
    while (day := cadence.anchor + step * n) <= until:
        if day >= start:
            found.append(day)
        n += 1
    return found


@given(cadence=cadences(), window=windows)
def test_occurrences_are_exactly_anchor_plus_n_steps(
    cadence: Cadence, window: tuple[datetime.date, int]
) -> None:
    """The window holds exactly the dates anchor + n steps (n >= 0) that fall inside it."""
    start, length = window
    until = start + datetime.timedelta(days=length)
    assert list(cadence.occurrences(until, start=start)) == _reference(cadence, start, until)


@given(cadence=cadences(), day=dates(D(1990, 1, 1), D(2110, 12, 31)))
def test_next_after_is_the_first_later_occurrence(cadence: Cadence, day: datetime.date) -> None:
    """next_after(day) is strictly after day, and no series date lies between them."""
    following = cadence.next_after(day)
    assert following > day
    assert cadence.occurrences(following, start=day + datetime.timedelta(days=1)) == (following,)
