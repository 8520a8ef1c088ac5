"""The calendar: the one place that does date arithmetic beyond adding days.

Months have different lengths, so "a month later" is a rule, not a number of
days. goalkit writes that rule here once, with `dateutil.relativedelta`
counted from an anchor (never by repeated addition, which drifts: 31 January
-> 28 February -> 28 March), and every other module asks this one:

- `shift` and `add` move a date by whole or fractional steps;
- `period_end` finds the end of a week, month, quarter or year;
- `days_in_month`, `MEAN_MONTH_DAYS` and `MEAN_YEAR_DAYS` are the only
  month and year lengths in the package;
- `first_step_on_or_after`, `steps` and `next_step` walk a cadence series
  (the model's `Cadence` delegates to them).

Nothing else in goalkit imports `relativedelta` or writes a month length; a
test reads the sources to keep it so. This module imports nothing from
goalkit but its errors, so it sits below the model.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import functools
from collections.abc import Iterator
from typing import Final

from dateutil.relativedelta import relativedelta

__all__ = [
    "MAX_STEP_DAYS",
    "MEAN_MONTH_DAYS",
    "MEAN_YEAR_DAYS",
    "CadenceUnit",
    "add",
    "add_months",
    "days_in_month",
    "first_step_on_or_after",
    "next_step",
    "period_end",
    "shift",
    "step_days",
    "steps",
    "years_between",
]

#: The mean Gregorian year, in days (146,097 days every 400 years).
MEAN_YEAR_DAYS: Final = 365.2425
#: The mean Gregorian month, in days: a twelfth of `MEAN_YEAR_DAYS`.
MEAN_MONTH_DAYS: Final = MEAN_YEAR_DAYS / 12
#: Longest step a cadence may take: reviews further apart than this are not a rhythm.
MAX_STEP_DAYS: Final = 5 * 366


class CadenceUnit(enum.Enum):
    """The unit of a review `Cadence`.

    Examples:
        >>> CadenceUnit("quarter")
        <CadenceUnit.QUARTER: 'quarter'>
    """

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


#: One step of each unit, in whole weeks or months.
_STEP: Final = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "fortnight": relativedelta(weeks=2),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "year": relativedelta(years=1),
}
#: Months in one step of the month-based units.
_MONTHS: Final = {"month": 1, "quarter": 3, "year": 12}
#: Days in one step of the day-based units.
_DAYS: Final = {"day": 1, "week": 7, "fortnight": 14}


def _unit_name(unit: CadenceUnit | str) -> str:
    return unit.value if isinstance(unit, CadenceUnit) else unit


def step_days(unit: CadenceUnit | str) -> float:
    """The mean length of one step of *unit*, in days.

    Examples:
        >>> step_days("week"), step_days(CadenceUnit.MONTH), step_days("year")
        (7, 30.436875, 365.2425)
    """
    name = _unit_name(unit)
    if name in _DAYS:
        return _DAYS[name]
    return _MONTHS[name] * MEAN_MONTH_DAYS


def years_between(start: datetime.date, end: datetime.date) -> float:
    """The span from *start* to *end* in mean years.

    Examples:
        >>> import datetime
        >>> round(years_between(datetime.date(2027, 1, 1), datetime.date(2029, 1, 1)), 2)
        2.0
    """
    return (end - start).days / MEAN_YEAR_DAYS


def days_in_month(year: int, month: int) -> int:
    """How many days *month* of *year* has.

    Examples:
        >>> days_in_month(2028, 2), days_in_month(2027, 2), days_in_month(2027, 4)
        (29, 28, 30)
    """
    return calendar.monthrange(year, month)[1]


def shift(anchor: datetime.date, unit: CadenceUnit | str, count: int) -> datetime.date | None:
    """*anchor* moved by *count* whole steps of *unit*; None past the calendar's ends.

    Month-based steps keep the anchor's day where the month has it and fall
    on the month's last day where it does not: from 31 January, one month
    is 28 or 29 February and two months are 31 March.

    Examples:
        >>> import datetime
        >>> jan_31 = datetime.date(2027, 1, 31)
        >>> shift(jan_31, "month", 1), shift(jan_31, "month", 2)
        (datetime.date(2027, 2, 28), datetime.date(2027, 3, 31))
        >>> shift(datetime.date(9999, 12, 1), "month", 1) is None
        True
    """
    try:
        result: datetime.date = anchor + _STEP[_unit_name(unit)] * count
    except (OverflowError, ValueError):  # beyond 0001-01-01 or 9999-12-31
        return None
    return result


def add_months(start: datetime.date, months: int) -> datetime.date:
    """*start* moved by whole *months* (month-end safe).

    Raises:
        OverflowError: the result lies beyond the calendar.

    Examples:
        >>> import datetime
        >>> add_months(datetime.date(2027, 8, 31), 6)
        datetime.date(2028, 2, 29)
    """
    moved = shift(start, "month", months)
    if moved is None:
        raise OverflowError(f"{start.isoformat()} + {months} months is beyond the calendar")
    return moved


@functools.lru_cache(maxsize=4096)
def add(start: datetime.date, amount: float, unit: str) -> datetime.date:
    """*start* moved by *amount* (whole or not) of *unit*: day, week, fortnight, month, ...

    Whole months are added month-end safe; a fraction of a month becomes
    days at the mean month length. Cached: a plan's goals share start days
    and time frames, and `relativedelta` is slow.

    Raises:
        OverflowError: the result lies beyond the calendar.

    Examples:
        >>> import datetime
        >>> add(datetime.date(2027, 1, 31), 1, "month")
        datetime.date(2027, 2, 28)
        >>> add(datetime.date(2027, 1, 1), 1.5, "month")
        datetime.date(2027, 2, 16)
        >>> add(datetime.date(2027, 1, 1), 2, "fortnight")
        datetime.date(2027, 1, 29)
    """
    if unit in _DAYS:
        return start + datetime.timedelta(days=round(amount * _DAYS[unit]))
    months = amount * _MONTHS[unit]
    whole = int(months)
    # relativedelta refuses fractional months; the fraction becomes days.
    extra_days = round((months - whole) * MEAN_MONTH_DAYS)
    return add_months(start, whole) + datetime.timedelta(days=extra_days)


def period_end(start: datetime.date, unit: str, offset: int = 0) -> datetime.date:
    """The last day of *start*'s week, month, quarter or year, or of the *offset*-th one after.

    Weeks end on Sunday; quarters are calendar quarters.

    Examples:
        >>> import datetime
        >>> day = datetime.date(2027, 2, 10)
        >>> period_end(day, "week"), period_end(day, "month"), period_end(day, "quarter")
        (datetime.date(2027, 2, 14), datetime.date(2027, 2, 28), datetime.date(2027, 3, 31))
        >>> period_end(day, "year", 1)
        datetime.date(2028, 12, 31)
    """
    if unit == "week":
        return start + datetime.timedelta(days=6 - start.weekday() + 7 * offset)
    if unit == "year":
        return datetime.date(start.year + offset, 12, 31)
    months = 3 if unit == "quarter" else 1
    first_of_period = datetime.date(start.year, (start.month - 1) // months * months + 1, 1)
    return add_months(first_of_period, months * (offset + 1)) - datetime.timedelta(days=1)


# ------------------------------------------------------------ cadence series
#
# A series is anchor, anchor + every steps, anchor + 2 * every steps, ...; the
# n-th date is always computed from the anchor, so it never drifts.


def _nth(anchor: datetime.date, unit: CadenceUnit, every: int, n: int) -> datetime.date | None:
    return shift(anchor, unit, n * every)


def first_step_on_or_after(
    anchor: datetime.date, unit: CadenceUnit, every: int, day: datetime.date
) -> int:
    """The index of the series' first date on or after *day* (it may lie past the calendar).

    Estimated from the mean step length, then corrected: exact, and O(1)
    however far *day* is from the anchor.

    Examples:
        >>> import datetime
        >>> first_step_on_or_after(datetime.date(2027, 1, 31), CadenceUnit.MONTH, 1,
        ...                        datetime.date(2027, 3, 1))
        2
    """
    if day <= anchor:
        return 0
    n = max(int((day - anchor).days / (step_days(unit) * every)) - 1, 0)
    while True:
        nth = _nth(anchor, unit, every, n)
        if nth is None or nth >= day:
            break
        n += 1
    while n > 0:
        previous = _nth(anchor, unit, every, n - 1)
        if previous is not None and previous < day:
            break
        n -= 1
    return n


def steps(
    anchor: datetime.date,
    unit: CadenceUnit,
    every: int,
    start: datetime.date,
    until: datetime.date,
) -> tuple[int, Iterator[datetime.date]]:
    """How many dates of the series fall in *start*..*until*, and an iterator over them.

    The count comes first, before any date is built, so callers can refuse
    a window too large to list.

    Examples:
        >>> import datetime
        >>> count, dates = steps(datetime.date(2027, 1, 31), CadenceUnit.MONTH, 1,
        ...                      datetime.date(2027, 1, 31), datetime.date(2027, 4, 30))
        >>> count, [d.isoformat() for d in dates]
        (4, ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'])
    """
    if until < start or until < anchor:
        return 0, iter(())
    first = first_step_on_or_after(anchor, unit, every, max(start, anchor))
    end = (
        first_step_on_or_after(anchor, unit, every, until + datetime.timedelta(days=1))
        if until < datetime.date.max
        else first_step_on_or_after(anchor, unit, every, until) + 1
    )

    def dates() -> Iterator[datetime.date]:
        for n in range(first, end):
            day = _nth(anchor, unit, every, n)
            if day is None or day > until:
                return
            yield day

    return max(end - first, 0), dates()


def next_step(
    anchor: datetime.date, unit: CadenceUnit, every: int, day: datetime.date
) -> datetime.date | None:
    """The series' first date strictly after *day*; None when the calendar ends first.

    Examples:
        >>> import datetime
        >>> next_step(datetime.date(2028, 2, 29), CadenceUnit.YEAR, 1, datetime.date(2028, 2, 29))
        datetime.date(2029, 2, 28)
    """
    if day >= datetime.date.max:
        return None
    after = day + datetime.timedelta(days=1)
    return _nth(anchor, unit, every, first_step_on_or_after(anchor, unit, every, after))
