"""The calendar (`goalkit._schedule`): month-end-safe steps, period ends and cadence series.

`Cadence`'s own behaviour is specified in test_cadence.py; this file pins the
calendar functions every other module asks (the text reader, SMART, the
templates) with examples at the month ends and the calendar's ends, and
with properties against plain `datetime` arithmetic.
"""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import goalkit._schedule
from goalkit import CadenceUnit
from goalkit._schedule import (
    MEAN_MONTH_DAYS,
    MEAN_YEAR_DAYS,
    add,
    add_months,
    days_in_month,
    first_step_on_or_after,
    next_step,
    period_end,
    shift,
    step_days,
    steps,
    years_between,
)
from goalkit.testing import dates

D = datetime.date


class TestShiftAndAdd:
    """shift, add_months and add: whole and fractional steps, month-end safe."""

    @pytest.mark.parametrize(
        ("start", "months", "expected"),
        [
            (D(2027, 1, 31), 1, D(2027, 2, 28)),
            (D(2028, 1, 31), 1, D(2028, 2, 29)),
            (D(2027, 1, 31), 2, D(2027, 3, 31)),
            (D(2027, 8, 31), 6, D(2028, 2, 29)),
            (D(2027, 3, 31), -1, D(2027, 2, 28)),
            (D(2027, 5, 15), 12, D(2028, 5, 15)),
        ],
    )
    def test_add_months_keeps_the_day_or_falls_on_the_month_end(
        self, start: datetime.date, months: int, expected: datetime.date
    ) -> None:
        """The anchor's day where the month has it, else the month's last day."""
        assert add_months(start, months) == expected
        assert shift(start, "month", months) == expected

    def test_shift_by_each_unit(self) -> None:
        """Weeks are 7 days, quarters 3 months, years 12 months (29 February -> 28 February)."""
        day = D(2028, 2, 29)
        assert shift(day, CadenceUnit.WEEK, 2) == D(2028, 3, 14)
        assert shift(day, CadenceUnit.QUARTER, 1) == D(2028, 5, 29)
        assert shift(day, CadenceUnit.YEAR, 1) == D(2029, 2, 28)
        assert shift(day, "day", 1) == D(2028, 3, 1)
        assert shift(day, "fortnight", 1) == D(2028, 3, 14)

    def test_beyond_the_calendar(self) -> None:
        """shift answers None past either end; add_months raises OverflowError."""
        assert shift(D(9999, 12, 1), "month", 1) is None
        assert shift(D(1, 1, 31), "month", -1) is None
        with pytest.raises(OverflowError, match="beyond the calendar"):
            add_months(D(9999, 12, 1), 1)

    @pytest.mark.parametrize(
        ("amount", "unit", "expected"),
        [
            (1, "day", D(2027, 2, 1)),
            (1, "week", D(2027, 2, 7)),
            (2, "fortnight", D(2027, 2, 28)),
            (1, "month", D(2027, 2, 28)),
            (1.5, "month", D(2027, 3, 15)),
            (1, "quarter", D(2027, 4, 30)),
            (0.5, "year", D(2027, 7, 31)),
            (2, "year", D(2029, 1, 31)),
        ],
    )
    def test_add_whole_and_fractional_amounts(
        self, amount: float, unit: str, expected: datetime.date
    ) -> None:
        """Whole months month-end safe; a fraction of a month as days at the mean month length."""
        assert add(D(2027, 1, 31), amount, unit) == expected


class TestLengths:
    """The only month and year lengths in the package."""

    def test_mean_lengths(self) -> None:
        """The Gregorian mean year (146,097 days per 400 years) and its twelfth."""
        assert MEAN_YEAR_DAYS == 146_097 / 400
        assert MEAN_MONTH_DAYS == MEAN_YEAR_DAYS / 12
        assert step_days("week") == 7
        assert step_days(CadenceUnit.QUARTER) == 3 * MEAN_MONTH_DAYS
        assert step_days("year") == pytest.approx(MEAN_YEAR_DAYS)

    def test_years_between(self) -> None:
        """A span in mean years: 400 Gregorian years are exactly 400."""
        assert years_between(D(2000, 1, 1), D(2400, 1, 1)) == 400
        assert years_between(D(2027, 1, 1), D(2027, 1, 1)) == 0

    @given(day=dates())
    def test_days_in_month_is_the_calendars(self, day: datetime.date) -> None:
        """days_in_month agrees with the standard library's calendar."""
        assert days_in_month(day.year, day.month) == calendar.monthrange(day.year, day.month)[1]


class TestPeriodEnd:
    """period_end: the last day of a week, month, quarter or year, or of one after it."""

    @pytest.mark.parametrize(
        ("unit", "offset", "expected"),
        [
            ("week", 0, D(2027, 2, 14)),
            ("week", 1, D(2027, 2, 21)),
            ("month", 0, D(2027, 2, 28)),
            ("month", 1, D(2027, 3, 31)),
            ("quarter", 0, D(2027, 3, 31)),
            ("quarter", 1, D(2027, 6, 30)),
            ("year", 0, D(2027, 12, 31)),
            ("year", 1, D(2028, 12, 31)),
        ],
    )
    def test_period_ends(self, unit: str, offset: int, expected: datetime.date) -> None:
        """Weeks end on Sunday; quarters are calendar quarters."""
        assert period_end(D(2027, 2, 10), unit, offset) == expected

    @given(day=dates(), unit=st.sampled_from(["week", "month", "quarter", "year"]))
    def test_the_period_end_is_the_last_day_of_the_period(
        self, day: datetime.date, unit: str
    ) -> None:
        """The end is on or after the day, in the same period, and the next day starts a new one."""
        end = period_end(day, unit)
        following = end + datetime.timedelta(days=1)
        assert day <= end
        if unit == "week":
            assert end.weekday() == 6
            assert (end - day).days < 7
        else:
            assert following.day == 1
            assert end.year == day.year
            if unit == "month":
                assert end.month == day.month
            if unit == "quarter":
                assert following.month in (1, 4, 7, 10)
                assert (end.month - 1) // 3 == (day.month - 1) // 3
            if unit == "year":
                assert end == D(day.year, 12, 31)


class TestSeries:
    """first_step_on_or_after, steps and next_step: a series counted from its anchor."""

    ANCHOR = D(2027, 1, 31)

    @pytest.mark.parametrize(
        ("day", "index"),
        [
            (D(2026, 1, 1), 0),
            (D(2027, 1, 31), 0),
            (D(2027, 2, 1), 1),
            (D(2027, 2, 28), 1),
            (D(2027, 3, 1), 2),
            (D(2027, 3, 31), 2),
            (D(2027, 4, 1), 3),
        ],
    )
    def test_first_step_on_or_after(self, day: datetime.date, index: int) -> None:
        """A day on a series date is that date's index; a day after it, the next one's."""
        assert first_step_on_or_after(self.ANCHOR, CadenceUnit.MONTH, 1, day) == index

    def test_steps_counts_before_it_lists(self) -> None:
        """The count comes with the dates, and an empty window has neither."""
        count, found = steps(self.ANCHOR, CadenceUnit.MONTH, 1, D(2027, 2, 28), D(2027, 4, 30))
        assert count == 3
        assert list(found) == [D(2027, 2, 28), D(2027, 3, 31), D(2027, 4, 30)]
        count, found = steps(self.ANCHOR, CadenceUnit.MONTH, 1, D(2027, 3, 1), D(2027, 2, 1))
        assert (count, list(found)) == (0, [])
        count, found = steps(self.ANCHOR, CadenceUnit.MONTH, 1, D(2026, 1, 1), D(2026, 12, 31))
        assert (count, list(found)) == (0, [])

    def test_next_step_is_strictly_after(self) -> None:
        """From a series date, the next one; at the end of the calendar, None."""
        assert next_step(self.ANCHOR, CadenceUnit.MONTH, 1, D(2027, 2, 28)) == D(2027, 3, 31)
        assert next_step(self.ANCHOR, CadenceUnit.MONTH, 1, D(2027, 2, 27)) == D(2027, 2, 28)
        assert next_step(self.ANCHOR, CadenceUnit.YEAR, 1, datetime.date.max) is None

    @given(
        anchor=dates(),
        unit=st.sampled_from(CadenceUnit),
        every=st.integers(1, 4),
        offset=st.integers(-60, 3000),
    )
    def test_first_step_is_the_first_walked_date_on_or_after_the_day(
        self, anchor: datetime.date, unit: CadenceUnit, every: int, offset: int
    ) -> None:
        """The index found by estimate-and-correct is the one a step-by-step walk finds."""
        day = anchor + datetime.timedelta(days=offset)
        n = 0
        while (walked := shift(anchor, unit, n * every)) is not None and walked < day:
            n += 1
        assert first_step_on_or_after(anchor, unit, every, day) == n

    @pytest.mark.parametrize("mean_days", [0.5, 1e6])
    def test_first_step_is_exact_whatever_the_estimate(
        self, monkeypatch: pytest.MonkeyPatch, mean_days: float
    ) -> None:
        """The correction walks both ways: a far-off estimate still gives the exact index."""
        expected = [
            first_step_on_or_after(self.ANCHOR, CadenceUnit.MONTH, every, day)
            for every in (1, 3)
            for day in (D(2027, 2, 28), D(2027, 3, 1), D(2028, 2, 29), D(2031, 7, 15))
        ]
        monkeypatch.setattr(goalkit._schedule, "step_days", lambda unit: mean_days)
        found = [
            first_step_on_or_after(self.ANCHOR, CadenceUnit.MONTH, every, day)
            for every in (1, 3)
            for day in (D(2027, 2, 28), D(2027, 3, 1), D(2028, 2, 29), D(2031, 7, 15))
        ]
        assert found == expected
        assert expected == [1, 2, 13, 54, 1, 1, 5, 18]

    @given(
        anchor=dates(),
        unit=st.sampled_from(CadenceUnit),
        every=st.integers(1, 4),
        start_offset=st.integers(-400, 2000),
        length=st.integers(-30, 800),
    )
    def test_the_count_is_the_number_of_dates_listed(
        self,
        anchor: datetime.date,
        unit: CadenceUnit,
        every: int,
        start_offset: int,
        length: int,
    ) -> None:
        """steps() counts exactly the dates it lists, and lists every walked date in the window."""
        try:
            start = anchor + datetime.timedelta(days=start_offset)
            until = start + datetime.timedelta(days=length)
        except OverflowError:
            return
        count, found = steps(anchor, unit, every, start, until)
        listed = list(found)
        walked = []
        n = 0
        while (day := shift(anchor, unit, n * every)) is not None and day <= until:
            if day >= start:
                walked.append(day)
            n += 1
        assert listed == walked
        if until < datetime.date.max:
            assert count == len(listed)

    def test_a_window_ending_on_the_last_day_of_the_calendar(self) -> None:
        """A series that reaches 9999-12-31 counts that date once, like any other."""
        anchor = D(9999, 10, 31)
        count, found = steps(anchor, CadenceUnit.MONTH, 1, anchor, datetime.date.max)
        assert list(found) == [D(9999, 10, 31), D(9999, 11, 30), D(9999, 12, 31)]
        assert count == 3

    def test_an_empty_window_between_two_dates_counts_none(self) -> None:
        """A window after the anchor with no series date in it counts 0, not 1."""
        count, found = steps(self.ANCHOR, CadenceUnit.MONTH, 1, D(2027, 2, 1), D(2027, 2, 27))
        assert (count, list(found)) == (0, [])
