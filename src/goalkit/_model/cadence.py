"""A review rhythm: every N weeks, months, quarters or years from an anchor date.

`Cadence` is a value; the calendar arithmetic behind it (month ends, leap
days, the series from the anchor) lives in `goalkit._schedule`, and Cadence
only delegates to it.
"""

from __future__ import annotations

import datetime
from typing import Final

import attrs

from goalkit import _schedule
from goalkit._display_hook import repr_html
from goalkit._errors import ValidationError
from goalkit._framework_hook import DocumentHooks
from goalkit._model.checks import check_date, check_enum
from goalkit._model.fields import describe_fields
from goalkit._schedule import CadenceUnit

__all__ = ["MAX_CADENCE_DAYS", "MAX_OCCURRENCES", "Cadence"]

#: Longest step a cadence may take: reviews further apart than this are not a rhythm.
MAX_CADENCE_DAYS: Final = _schedule.MAX_STEP_DAYS
#: Most dates `Cadence.occurrences` returns in one call.
MAX_OCCURRENCES: Final = 10_000


def _to_cadence_unit(unit: CadenceUnit | str) -> CadenceUnit:
    if type(unit) is str:
        try:
            return CadenceUnit(unit)
        except ValueError:
            pass
    return unit  # type: ignore[return-value]  # validated in __attrs_post_init__


@attrs.frozen(kw_only=True, field_transformer=describe_fields)
class Cadence(DocumentHooks):
    """A review rhythm: every N weeks, months, quarters or years from an anchor date.

    The n-th date of the series is computed as anchor + n steps with
    `dateutil.relativedelta`, never by adding one step to the previous date,
    so a monthly series from 31 January gives 28 (or 29) February, 31 March,
    30 April: it never drifts to the 28th. A yearly series from 29 February
    falls on 28 February in common years and on 29 February again in leap
    years. The series starts at the anchor and runs forward; it ends where
    the calendar does (9999-12-31).

    Examples:
        >>> import datetime
        >>> monthly = Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 31))
        >>> print(*(d.isoformat() for d in monthly.occurrences(datetime.date(2027, 4, 30))))
        2027-01-31 2027-02-28 2027-03-31 2027-04-30
        >>> monthly.next_after(datetime.date(2027, 2, 28))
        datetime.date(2027, 3, 31)
    """

    every: int
    unit: CadenceUnit = attrs.field(converter=_to_cadence_unit)
    anchor: datetime.date

    def __attrs_post_init__(self) -> None:
        if type(self.every) is not int or self.every < 1:
            code = "type" if type(self.every) is not int else "range"
            raise ValidationError(
                "Cadence", "every", "a whole number of 1 or more", got=self.every, code=code
            )
        check_enum("Cadence", "unit", self.unit, CadenceUnit)
        if (
            self.every > MAX_CADENCE_DAYS  # first: keeps a huge integer away from float arithmetic
            or self.every * _schedule.step_days(self.unit) > MAX_CADENCE_DAYS
        ):
            raise ValidationError(
                "Cadence",
                "every",
                f"a step of at most five years between reviews (every N {self.unit.value}s)",
                got=self.every,
                code="range",
            )
        check_date("Cadence", "anchor", self.anchor)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the rhythm and its next dates after today."""
        return repr_html(self)

    def occurrences(
        self, until: datetime.date, start: datetime.date | None = None
    ) -> tuple[datetime.date, ...]:
        """The dates of the series from *start* (default: the anchor) to *until*, inclusive.

        Dates before the anchor are never part of the series, so a *start*
        before the anchor is the same as the anchor.

        Raises:
            ValidationError: *until* or *start* is not a date, or the window
                holds more than 10,000 dates (ask for a shorter window).

        Examples:
            >>> import datetime
            >>> quarterly = Cadence(every=1, unit="quarter", anchor=datetime.date(2027, 1, 15))
            >>> quarterly.occurrences(datetime.date(2027, 12, 31), start=datetime.date(2027, 3, 1))
            (datetime.date(2027, 4, 15), datetime.date(2027, 7, 15), datetime.date(2027, 10, 15))
        """
        check_date("Cadence.occurrences", "until", until)
        begin = self.anchor if start is None else start
        check_date("Cadence.occurrences", "start", begin)
        count, dates = _schedule.steps(self.anchor, self.unit, self.every, begin, until)
        if count > MAX_OCCURRENCES:
            raise ValidationError(
                "Cadence.occurrences",
                "until",
                f"a window of at most {MAX_OCCURRENCES} occurrences "
                f"({count} from {begin.isoformat()})",
                got=until,
            )
        return tuple(dates)

    def next_after(self, day: datetime.date) -> datetime.date:
        """The first date of the series strictly after *day*.

        Raises:
            ValidationError: *day* is not a date, or the series has no date
                after it before the calendar ends (9999-12-31).

        Examples:
            >>> import datetime
            >>> yearly = Cadence(every=1, unit="year", anchor=datetime.date(2028, 2, 29))
            >>> yearly.next_after(datetime.date(2028, 2, 29))
            datetime.date(2029, 2, 28)
            >>> yearly.next_after(datetime.date(2029, 2, 28))
            datetime.date(2030, 2, 28)
            >>> yearly.next_after(datetime.date(2031, 3, 1))
            datetime.date(2032, 2, 29)
        """
        check_date("Cadence.next_after", "day", day)
        after = _schedule.next_step(self.anchor, self.unit, self.every, day)
        if after is None:
            raise ValidationError(
                "Cadence.next_after",
                "day",
                "a day with a later date in the series before 9999-12-31",
                got=day,
            )
        return after
