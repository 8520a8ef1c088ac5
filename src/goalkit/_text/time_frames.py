"""Time frames in a statement: when it says the goal ends, and the date that gives.

Time frames are read before numbers, so that a number inside one is never
taken for a target: in "in 5 years" the 5 is time. The forms read are

- relative: "in the next three months", "within 2 months", "in 5 years",
  "in five years' time", "over the next quarter", "for six weeks",
  "a year from now", "within a fortnight", "in my first year", "by Day Two";
- the end of an amount: "by the end of 5 months", "over a 7 week period",
  "By 4 weeks, ..." opening a sentence;
- the time left: "I have 9 weeks to ...", "I've got 3 months to", "giving
  myself 7 years to", "12 weeks to go", "3 months left", "in those 16 weeks";
- dates: "by June 2027", "by 2027-06-30", "by 30 June 2027", "by June 30,
  2027", "by March" (the next March from the start), "by Q2 2027",
  "in 2027", "between now and May 24", "in Quarter 2", "My May goal",
  "For the year 2023", "until the first of May", "to December of 2020",
  "by end 2012", "During 2012-2013" (a school year, ending in June 2013);
- period ends: "by the end of the quarter", "by the end of next quarter",
  "by year-end", "this year", "next quarter";
- and what `goalkit._text.dates` reads: slash dates ("by 6/30"), days
  ("tomorrow", "by Friday", "this weekend"), seasons, semesters, school
  years, "for the month of February", "the first two weeks of November".

Frequencies ("twice a week", "monthly") and vague timing ("soon", "in the
coming months") are not deadlines. Nor, when a real deadline is present,
are a rate ("two papers in a week within the next six months"), a span of
activity ("for three days next week"), a start ("starting tomorrow") or a
restatement ("in thirty days, that's June 29th"): `read_time` keeps those
apart, so that the first time frame is the deadline.
`TimeFrame.due_from(start)` turns a frame into a date with
`goalkit._schedule`'s month arithmetic.
"""

from __future__ import annotations

import datetime
import enum
import functools
import itertools
import re
from collections.abc import Callable
from typing import Final

import attrs

from goalkit._schedule import add, days_in_month, period_end
from goalkit._text.dates import MONTHS, RECORD_AFTER_RE, WEEKDAYS, Alternatives, calendar_readings
from goalkit._text.numbers import ONES, TENS, number_value, whole
from goalkit._text.tokens import both, has_digit, searchable

__all__ = ["TimeFrame", "TimeFrameKind", "read_time", "time_frames"]


class TimeFrameKind(enum.Enum):
    """How a time frame fixes its end.

    `RELATIVE`: an amount of time from the start ("within six months").
    `DATE`: a calendar date or month ("by June 2027", "by 30 June").
    `PERIOD_END`: the end of the start's week, month, quarter, semester,
    school year or year, or the next one ("by the end of the quarter",
    "next year", "this semester").
    `WEEKDAY`: a day of the week ("by Friday"), the first on or after the start.
    `HOLIDAY`: a holiday whose date moves from year to year ("by Thanksgiving",
    "by Easter"), the first on or after the start; holidays on a fixed day
    ("by Christmas") are `DATE` frames.

    Examples:
        >>> TimeFrameKind.RELATIVE.value
        'relative'
    """

    RELATIVE = "relative"
    DATE = "date"
    PERIOD_END = "period_end"
    WEEKDAY = "weekday"
    HOLIDAY = "holiday"


@attrs.frozen(kw_only=True)
class TimeFrame:
    """A time frame in a statement; `due_from(start)` turns it into a date.

    RELATIVE frames carry `amount` and `unit` ("day", "week", "fortnight",
    "month", "quarter" or "year", or "weekday" for school and business days,
    Monday to Friday); DATE frames `month` and optionally `day`
    and `year` (a missing day means the month's last day, a missing year the
    first such date on or after the start); PERIOD_END frames `unit` ("week",
    "month", "quarter", "semester", "school_year" or "year") and `offset` (0
    for this period, 1 for the next), and `day` for a day within a month
    ("mid this month": the 15th); the unit "coming_quarter" is "the next
    quarter": the calendar quarter whose first day is nearest the start (the
    one under way in its first 45 days, else the following one), "coming_year"
    the calendar year nearest likewise, and "work_week" a week to its Friday
    ("next week (Mon-Fri)"); a DATE frame's `offset` counts years after the
    start's ("the summer of next year"); WEEKDAY
    frames `day` (Monday is 0) and `offset` (1 for "next Friday": a week
    later); HOLIDAY frames `unit` ("thanksgiving", "easter", "memorial", "labor",
    "mlk", "presidents", "mothers", "fathers" or "columbus").

    Semesters are the halves of the calendar year (a semester under way in
    January ends on 30 June); a school year ends on 30 June.

    Examples:
        >>> import datetime
        >>> from goalkit import analyze_text
        >>> frame = analyze_text("Give 5 presentations in the next three months").time_frames[0]
        >>> frame.text, frame.kind, frame.amount, frame.unit
        ('in the next three months', <TimeFrameKind.RELATIVE: 'relative'>, 3, 'month')
        >>> frame.due_from(datetime.date(2027, 1, 31))
        datetime.date(2027, 4, 30)
    """

    text: str
    start: int
    end: int
    kind: TimeFrameKind
    amount: int | float | None = None
    unit: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int = 0

    def due_from(self, start: datetime.date) -> datetime.date:
        """The day this time frame ends, for a goal starting on *start*.

        Month arithmetic is `goalkit._schedule`'s, so it never drifts
        past a month's end: 31 January + 1 month is 28 (or 29) February.

        Examples:
            >>> import datetime
            >>> from goalkit import analyze_text
            >>> start = datetime.date(2027, 1, 15)
            >>> for text in ("within six months", "by June 2027", "by the end of the quarter",
            ...              "in 5 years", "by 2027-06-30", "over the next quarter"):
            ...     print(analyze_text(text).time_frames[0].due_from(start), text)
            2027-07-15 within six months
            2027-06-30 by June 2027
            2027-03-31 by the end of the quarter
            2032-01-15 in 5 years
            2027-06-30 by 2027-06-30
            2027-03-31 over the next quarter
        """
        if self.kind is TimeFrameKind.RELATIVE:
            if self.unit == "hour":  # "within 24 hours": the day the last hour falls in
                return start + datetime.timedelta(days=int(self.amount or 0) // 24)
            if self.unit == "weekday":
                return _weekdays_after(start, int(self.amount or 0))
            return add(start, self.amount or 0, self.unit or "day")
        if self.kind is TimeFrameKind.WEEKDAY:
            ahead = ((self.day or 0) - start.weekday()) % 7 + 7 * self.offset
            return start + datetime.timedelta(days=ahead)
        if self.kind is TimeFrameKind.PERIOD_END:
            return self._period_end(start)
        if self.kind is TimeFrameKind.HOLIDAY:
            if self.year is not None:
                return _holiday(self.unit or "", self.year)  # "by Labor Day 2028"
            holiday = _holiday(self.unit or "", start.year)
            return holiday if holiday >= start else _holiday(self.unit or "", start.year + 1)
        month = self.month or 12
        if self.year is None and self.offset:
            # "the summer of next year": that month of a later year than the start's.
            year = start.year + self.offset
            return datetime.date(year, month, min(self.day or 31, days_in_month(year, month)))
        year = start.year if self.year is None else self.year
        day = self.day or days_in_month(year, month)
        due = datetime.date(year, month, min(day, days_in_month(year, month)))
        if self.year is None and due < start:
            year += 1
            day = self.day or days_in_month(year, month)
            due = datetime.date(year, month, min(day, days_in_month(year, month)))
        return due

    def _period_end(self, start: datetime.date) -> datetime.date:
        unit = self.unit or "year"
        if unit == "coming_quarter":
            # The calendar quarter whose first day is nearest the start: the one under
            # way in its first half (on 4 January, the quarter ending 31 March), else the
            # next one (on 20 February, the quarter ending 30 June).
            return period_end(start + datetime.timedelta(days=_HALF_QUARTER_DAYS), "quarter")
        if unit == "work_week":
            return period_end(start, "week", self.offset) - datetime.timedelta(days=2)
        if unit == "coming_year":
            # The calendar year whose first day is nearest the start: on 4 January the
            # year just begun, from July the next.
            return datetime.date(start.year + (start.month > 6), 12, 31)
        if unit == "coming_semester":
            # "next term": the semester just begun, in its first 45 days (a goal written
            # in the break before it), else the following one.
            begun = datetime.date(start.year, 1 if start.month <= 6 else 7, 1)
            offset = 0 if (start - begun).days < _HALF_QUARTER_DAYS else 1
            return attrs.evolve(self, unit="semester", offset=offset)._period_end(start)
        if unit == "semester":
            half = (start.month - 1) // 6 + self.offset
            year = start.year + half // 2
            return datetime.date(year, 6, 30) if half % 2 == 0 else datetime.date(year, 12, 31)
        if unit in _SEASON_FIRST_MONTHS:
            # "next winter": the season not yet begun (said in January, the winter that
            # begins in December); offset 0 is the one under way, or else the next.
            begins = datetime.date(start.year - 1, _SEASON_FIRST_MONTHS[unit], 1)
            while add(begins, 3, "month") <= start:
                begins = add(begins, 1, "year")
            if self.offset and begins <= start:
                begins = add(begins, 1, "year")
            return add(begins, 3, "month") - datetime.timedelta(days=1)
        if unit == "school_year":
            year = start.year if start <= datetime.date(start.year, 6, 30) else start.year + 1
            return datetime.date(year + self.offset, 6, 30)
        end = period_end(start, unit, self.offset)
        if self.day is not None:
            within = end.replace(day=min(self.day, end.day))
            if within >= start:
                return within
            following = period_end(within, unit, 1)
            return following.replace(day=min(self.day, following.day))
        return end

    @property
    def fixed_date(self) -> datetime.date | None:
        """The end date when the text alone fixes it ("by 2027-06-30"), else None.

        Examples:
            >>> from goalkit import analyze_text
            >>> analyze_text("by June 2027").time_frames[0].fixed_date
            datetime.date(2027, 6, 30)
            >>> analyze_text("within six months").time_frames[0].fixed_date is None
            True
        """
        if self.kind is not TimeFrameKind.DATE or self.year is None:
            return None
        return self.due_from(datetime.date(self.year, 1, 1))


def _weekdays_after(start: datetime.date, count: int) -> datetime.date:
    """The day *count* weekdays (Monday to Friday) after *start*: "within 10 school days"."""
    weeks, rest = divmod(count, 5)
    if start.weekday() >= 5:  # from a weekend, count as from the Friday before
        start -= datetime.timedelta(days=start.weekday() - 4)
    day = start + datetime.timedelta(weeks=weeks)
    while rest:
        day += datetime.timedelta(days=1)
        rest -= day.weekday() < 5
    return day


# Holidays on the nth weekday of a month (US): (month, weekday, nth; -1 for the last).
_NTH_WEEKDAY_HOLIDAYS: Final = {
    "thanksgiving": (11, 3, 4),  # the fourth Thursday of November
    "memorial": (5, 0, -1),  # the last Monday of May
    "labor": (9, 0, 1),  # the first Monday of September
    "mlk": (1, 0, 3),
    "presidents": (2, 0, 3),
    "mothers": (5, 6, 2),
    "fathers": (6, 6, 3),
    "columbus": (10, 0, 2),
}


def _holiday(name: str, year: int) -> datetime.date:
    """A holiday on the nth weekday of a month (Thanksgiving, Labor Day...), or Western
    Easter, in *year*."""
    if name in _NTH_WEEKDAY_HOLIDAYS:
        month, weekday, nth = _NTH_WEEKDAY_HOLIDAYS[name]
        if nth < 0:
            last = datetime.date(year, month, days_in_month(year, month))
            return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    # The anonymous Gregorian computus (Meeus/Jones/Butcher).
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    week = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * week) // 433
    month = (h + week - 7 * m + 90) // 25
    return datetime.date(year, month, (h + week - 7 * m + 33 * month + 19) % 32)


# The first month of each season (meteorological), for "next winter".
_SEASON_FIRST_MONTHS: Final = {"winter": 12, "spring": 3, "summer": 6, "fall": 9}

# Half of a calendar quarter, in days: "the next quarter" is the one starting nearest.
_HALF_QUARTER_DAYS: Final = 45

# ------------------------------------------------------------ time frames

_MONTHS: Final = MONTHS
_NUM_WORDS_RE: Final = "|".join(
    sorted(
        [
            *(rf"{t}[- ](?:{'|'.join(u for u, v in ONES.items() if 0 < v < 10)})" for t in TENS),
            *TENS,
            *ONES,
            "a dozen",
            "an?",
        ],
        key=len,
        reverse=True,
    )
)
_NUM: Final = rf"(?:\d+(?:\.\d+)?|{_NUM_WORDS_RE})"
# "within a couple weeks": two ("a few" stays vague timing, no number). Only after a word
# that leads in to an amount, so that patterns starting at an amount stay cheap.
_NUM_OR_COUPLE: Final = rf"(?:(?:a\s+)?couple(?:\s+of)?|{_NUM})"
_UNIT: Final = r"(?:day|week|fortnight|month|quarter|year)"
# "within 1 yr", "in 6 mos", "in 2 wks": the units' short forms, read apart.
# What "before the month ..." ends with: "is out", "is over", "ends".
_IS_OVER: Final = (" is out", " is over", " is up", " is done", " ends")
_SHORT_UNIT_NAMES: Final = {"yr": "year", "mo": "month", "mth": "month", "wk": "week", "d": "day"}
_NEXT_WORDS: Final = ("next", "coming", "following", "upcoming", "first")
_NEXT: Final = rf"(?:{'|'.join(_NEXT_WORDS)})"
_MONTH_RE: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PREP: Final = (
    r"(?:by|before|until|till|on|in|during|due|come|deadline:?|no\s+later\s+than"
    r"|between\s+now\s+and"  # "between now and May 24" ends on May 24
    r"|throughout"  # "throughout 2027", "throughout March": to its end
    # "through March", "from now to June": to the month's end, as "until" is.
    r"|through|thru|from\s+now\s+(?:to|through|thru)|ahead\s+of|prior\s+to"
    # "this July", "this Q3": the first such month on or after the start, as "by July".
    r"|this"
    # "for the remainder of 2008", "over the rest of 2028": to that year's end.
    r"|(?:for|during|in|over|throughout)\s+the\s+(?:rest|remainder)\s+of)"
)


# "in 6 short weeks", "13 long months from now": how the time feels, said before its unit.
_LENGTH: Final = r"(?:(?:short|long|full|whole|entire)\s+)?"
# "in at most 6 months", "in under a month", "within about two years": an amount of time
# bounded from above, or said roughly, is still the deadline (its end is the latest day).
# Not "in over a year", "in more than a month": a bound from below ends nothing.
_BOUND: Final = (
    r"(?:(?:at\s+most|(?:just\s+|a\s+little\s+)?under|(?:a\s+little\s+)?less\s+than"
    r"|no\s+(?:more|longer)\s+than|not\s+more\s+than|about|around|roughly|approximately"
    r"|just|only)\s+)?"
)


def _relative(
    lead: str, kinds: str = "", unit: str = "", *, the_next: bool = False, amount: str = ""
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return both(
        rf"\b(?:(?:{lead})\s+(?:the\s+|th[oe]se\s+|my\s+|our\s+|your\s+)?(?:{_NEXT}\s+)?"
        + (rf"|the\s+{_NEXT}\s+)" if the_next else ")")
        + rf"{_BOUND}(?:(?P<low>{_NUM})\s*(?:-|–|to|or)\s*)?(?P<amount>{amount or _NUM_OR_COUPLE})"
        # "in two and a half years", "in a year and a half": half a unit more.
        r"(?P<half>\s+and\s+a\s+half)?\s*-?\s*"
        rf"{_LENGTH}{kinds}"
        rf"(?P<unit>{unit or _UNIT})s?(?P<half2>\s+and\s+a\s+half)?(?:['’]s?)?(?:\s+time)?\b",
    )


_RELATIVE_LEADS: Final = r"in|within|over(?:\s+the\s+course\s+of)?|during|for|inside(?:\s+of)?"
_RELATIVE_RE: Final = _relative(_RELATIVE_LEADS, the_next=True)
# Read only where their words are said: "by the end of 5 months", "at the end of the first
# six weeks" (the amount's end); "within 36 instructional weeks", "in 10 school days",
# "within 5 business days"; "within 1 yr", "in 6 mos", "in 2 wks".
# One branch that opens with a digit, so that the engine skips to the digits: "6 mo", "30D"
# ("next 3d" is looked for apart, behind "next").
_SHORT_UNIT_HINT_RE: Final = re.compile(r"\d(?:\s*-?\s*(?:yr|mo|mth|wk)s?\b|\d\s*d\b)")
_NEXT_DAYS_D_HINT_RE: Final = re.compile(r"next\s+\d\s*d\b")
# "in next 30D", "within 90d": days as dashboards write them, two or three digits or after
# "next" ("in 3D" is a dimension).
_DAYS_D_HINT_RE: Final = re.compile(r"(?:next\s+\d|\d\d)\s*d\b")
_DAYS_D_RE: Final = both(
    rf"\b(?:{_RELATIVE_LEADS})\s+(?:the\s+)?(?:(?:next|first)\s+(?P<amount>\d{{1,3}})"
    r"|(?P<amount2>\d{2,3}))\s*(?P<unit>d)\b"
)
_KINDS_OF_DAYS: Final = ("instructional", "school", "business", "working", "calendar", "academic")
# Each behind the words one of which any reading holds, looked for as plain substrings.
_MORE_RELATIVE: Final = (
    # ... and "at the conclusion of 12-weeks of training", "upon completion of 6 weeks"
    (
        ("end of", "conclusion of", "close of", "completion of"),
        _relative(
            r"(?:by|at|before|until|till|upon|on)\s+(?:the\s+)?(?:end|conclusion|close|completion)\s+of"
        ),
    ),
    (
        tuple(f"{kind} {unit}" for kind in _KINDS_OF_DAYS for unit in ("day", "week")),
        _relative(_RELATIVE_LEADS, rf"(?P<kind>{'|'.join(_KINDS_OF_DAYS)})\s+"),
    ),
    # "within one calendar year", "in 2 academic years": years, however named (not "in the
    # 2024 calendar year", a year named by its number).
    (
        ("calendar year", "academic year"),
        _relative(
            _RELATIVE_LEADS,
            r"(?P<kind>calendar|academic)\s+",
            "year",
            amount=r"\d{1,2}|" + _NUM_WORDS_RE,
        ),
    ),
)
# Read only where `_short_units` finds a short unit ("30D" only where its own hint does).
_SHORT_RELATIVE_RE: Final = _relative(_RELATIVE_LEADS, unit="yr|mo|mth|wk")
# "in the next month", "in my first year": one unit from the start.
_NEXT_UNIT_RE: Final = both(
    rf"\b(?:in|within|over|during|for)\s+(?:the|my|our|your)\s+{_NEXT}\s+"
    rf"(?P<unit>{_UNIT})\b"
    # ... and without its preposition: "one listing your first month in the business", "$1m
    # in sales my first year as a realtor", "as many miles as possible the first year."
    # (not "my first year students", "the first month of the season").
    r"|(?<!\bin\s)(?<!\bfor\s)\b(?:my|our|your|the)\s+first\s+(?P<unit2>month|year)\b"
    r"(?=\s*(?:[.,;!)]|$)|\s+(?:as|in|at|on)\b)"
)
# The time left, said as what one has: "I have 9 weeks to ...", "I've got 3 months to",
# "giving myself 7 years to", "12 weeks to go", "3 months left": the deadline.
_LEFT_RE: Final = both(
    r"\b(?:ha(?:ve|s)|got|(?:giv(?:e|es|ing|en)|gave)\s+(?:myself|ourselves|me|us|"
    r"himself|herself|themselves|yourself|it)"
    # "Commit 1yr to 5/3/1", "dedicate 6 months to": the time given to something.
    r"|commit(?:s|ting)?|dedicat(?:e|es|ing)|devot(?:e|es|ing))\s+"
    r"(?:(?:only|just|about|around|roughly|the\s+next)\s+)?"
    rf"(?P<frame>(?P<amount>{_NUM_OR_COUPLE})\s*-?\s*(?P<unit>{_UNIT}|yr|mo|mth|wk)s?"
    r"(?:\s+(?:left|remaining))?)(?=\s+(?:to|until|till|before)\b)"
    rf"|\b(?P<frame2>(?P<amount2>{_NUM})\s*-?\s*(?P<unit2>{_UNIT})s?\s+(?:to\s+go|left|remaining))\b"
)
# Cheap tests first: a unit of time, then what says it is left or runs to a deadline.
_LEFT_HINT_RE: Final = re.compile(
    r"(?:day|week|fortnight|month|quarter|year|yr|mo|mth|wk)s?\s+"
    r"(?:left|remaining|to|until|till|before)\b"
)
# "Pt will ... by 4 weeks.": an amount of time after "by", ending its clause, is a
# deadline (in clinical goals); after a verb of change it is how much ("delay by 2 weeks").
_BY_AMOUNT_RE: Final = both(
    rf"\bby\s+(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?\b(?=\s*(?:[.,;!)]|$))"
)
# ... and opening a sentence, whatever follows: "By 4 weeks I will have exercised ...".
_BY_LEAD_RE: Final = both(
    rf"(?:^|[.!?;]\s+)(?P<frame>by\s+(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?)\b"
)
# ... and "After 8 weeks, I will ...", "After 6 months of practice, ...": the amount's end.
_AFTER_LEAD_RE: Final = both(
    rf"(?:^|[.!?;]\s+)(?P<frame>after\s+(?:just\s+|only\s+)?(?P<amount>{_NUM})\s*-?\s*"
    rf"(?P<unit>{_UNIT})s?)\b(?=\s*,|\s+of\b)"
)
# "over a 7 week period", "within a six-month window", "over a period of 7 weeks".
_PERIOD_OF_RE: Final = both(
    # "give yourself a three-month period": a period said with "a" needs no preposition, a
    # new one that starts now ("the 12-month period" may be any, one before it).
    r"\b(?:(?:in|within|over|during|for|across)\s+(?:a|an|the|one)|(?<![\w-])an?)\s+"
    r"(?:(?:single|total)\s+)?"
    rf"(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?\s+"
    r"(?:period|span|window|time\s*frame|time\s+period|timespan)\b"
    r"|\b(?:in|within|over|during|for)\s+(?:a|the)\s+(?:period|span|course)\s+of\s+"
    rf"(?P<amount2>{_NUM})\s*-?\s*(?:(?:calendar|academic)\s+)?(?P<unit2>{_UNIT})s?\b"
)
# Spans in hours: "within 24 hours.", "Within the next 2 hours, ...", "by the end of 48
# hours", "After two hours of nursing intervention, ...", "within a 24-hour period": the
# day the last hour falls in (a nurse's goal for a shift or a day). Only where the span
# opens its sentence or closes its clause, or is called a period: inside a clause it is
# a standard for each time ("reviewed within 24 hours by a peer", "within 1 hour of
# receiving", "in 2 hours or less"; "eat during an 8 hour window" each day). Closing its
# clause, "in" leads one too ("relief from nausea in 2-4 hours."). A range is read by its
# first number, as a span in days is ("After 2-3 hours of health teaching, ...": two).
_HOURS: Final = (
    rf"{_BOUND}(?:(?P<amount_low>{_NUM})\s*(?:-|–|to)\s*)?"
    rf"(?P<amount>{_NUM})\s*-?\s*(?:hours?|hrs?)\b"
)
_HOURS_LEAD: Final = r"(?:within|(?:in|over|during|within)\s+the\s+next|by\s+the\s+end\s+of)\s+"
# A course done against the clock: "swim 5 miles in open water in 4 hours.", "Run the
# Barcelona Marathon in 4 hours": a bare "in" before hours is then the time to beat.
_TIMED_COURSES: Final = ("marathon", "race", "mile", "km", "swim", "run ", "ride", "hike", "10k")


@functools.cache
def _hour_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The spans-in-hours pattern pair, compiled on first use: a large pattern (its amounts
    in words four times over) that few statements need, kept out of the import."""
    return both(
        rf"(?:^|(?<=[.!?;:]\s))(?:(?P<frame>{_HOURS_LEAD}{_HOURS})(?=\s*,)"
        rf"|(?P<frame2>after\s+{_HOURS.replace('amount', 'amount2')})(?=\s*,|\s+of\b))"
        rf"|\b(?P<frame3>(?:{_HOURS_LEAD}|in\s+){_HOURS.replace('amount', 'amount3')})"
        r"(?=\s*(?:[.;!)]|$))"
        r"|\b(?P<frame4>(?:in|within|over|during)\s+(?:a|an|one|the\s+next)\s+"
        rf"{_HOURS.replace('amount', 'amount4').replace('hours?', 'hour')}\s+"
        r"(?:period|span|time\s*frame))\b"
    )


_BY_AMOUNT_HINT_RE: Final = re.compile(
    r"(?:day|week|fortnight|month|quarter|year)s?\s*(?:[.,;!)]|$)"
)
_BY_AMOUNT_CHANGES: Final = frozenset(
    """
    delay delayed delays postpone postponed extend extended shorten shortened reduce reduced
    cut increase increased decrease decreased lengthen lengthened push pushed move moved
    bring brought
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# ... and right before "by": "push it back by 2 weeks", "finish early by a month".
_BY_AMOUNT_PARTICLES: Final = frozenset({"back", "forward", "ahead", "early", "earlier", "late",
                                         "later", "out", "off"})  # fmt: skip
_FROM_NOW: Final = Alternatives(
    (
        ("from",),
        rf"\b(?P<amount>{_NUM})\s*-?\s*{_LENGTH}(?P<unit>{_UNIT})s?\s+from\s+(?:now|today|the\s+start"
        # "a week from the date of care", "30 days from the day of admission": the plan's day
        r"|the\s+(?:date|day)\s+of\s+(?:care|admission|intake|evaluation|assessment|this\s+plan))\b"
        # "5 miles a week from now until June": a rate, then when it runs from and to.
        r"(?!\s+(?:until|till|to|through|thru|on|onwards?)\b)",
    ),
    # "3 months' time" says when even without its "in".
    (("time",), rf"\b(?P<amount2>{_NUM})\s*-?\s*(?P<unit2>{_UNIT})s?['’]?\s+time\b"),
)
_PERIOD_END_RE: Final = both(
    # "by the close of the year" ends it as "by the end of the year" does.
    rf"\b(?:{_PREP}\s+|at\s+)?(?:the\s+)?(?:end|close)\s+of\s+"
    r"(?:(?P<next>(?:the\s+)?(?:next|following))\s+|the\s+|this\s+)?"
    # "the end of the fiscal year": a fiscal year whose months go unsaid is the calendar's.
    r"(?:(?:fiscal|financial|calendar|business)\s+)?"
    # "the end of Quarter 2" names a quarter, "the end of year 2027-2028" a year: dates
    # "by the end of the quarters." ending its clause: the page's plural, the same end.
    r"(?P<unit>week|month|quarter|year)(?:s(?=\s*(?:[.,;!)]|$)))?"
    r"\b(?!\s+(?:[1-4]|one|two|three|four|(?:19|20|21)\d\d)\b)"
    r"|\b(?:by|before|at)\s+(?:the\s+)?year[- ]end\b"
    # "by semester's end" is the school's; "by months end", "by week's end" are these.
    r"|\b(?:by|before|at|until)\s+(?:the\s+)?(?P<unit2>week|month|quarter)['’]?s?(?:\s+|-)end\b"
    # "by the quarter." ending its clause: the quarter's end ("by the month" is a rate).
    r"|\bby\s+the\s+(?P<unit3>quarter)\b(?=\s*(?:[.,;!)]|$))"
    # "my end-of-the-year goal": the year's end, said as what the goal is.
    r"|\b(?:my|our|his|her|their|your)\s+end[- ]of[- ](?:the[- ])?(?P<unit5>year|month|quarter)"
    r"\s+(?:goals?|targets?|plans?|resolutions?)\b"
    # "before the month is out", "before the week ends", as "before the year is over".
    r"|\bbefore\s+(?:the|this)\s+(?P<unit4>week|month|quarter)\s+(?:is\s+(?:out|over|up|done)|ends)\b",
)
# "So 10 weeks and 10 pounds is the plan", "12 months, 12 books": an amount of time opening
# a clause, joined to a count: the time the count is to be reached in.
_TIME_AND_TARGET_RE: Final = both(
    r"(?:^|[.!?;:]\s+|\bso\s+)(?P<frame>(?P<amount>\d+|"
    + _NUM_WORDS_RE
    + r")\s*-?\s*(?P<unit>day|week|month|year)s?)\s*(?:,|and|&)\s+"
    rf"(?:{_NUM})\s*(?!(?:day|week|fortnight|month|year|hour|minute)s?\b)[a-z]"
)
# Every "end" `_PERIOD_END_RE` reads starts a word ("end of", "year-end", "ends").
_END_WORD_RE: Final = re.compile(r"\bend")
_TIME_AND_HINT_RE: Final = re.compile(r"(?:day|week|month|year)s?\s*(?:,|and|&)\s")
# "in the final 90 days of the year", "over the last two weeks of the month": the last part
# of a period, which ends with it.
_FINAL_PART_RE: Final = both(
    r"\b(?:in|during|over|for|within|throughout)\s+the\s+(?:final|last)\s+"
    rf"(?:{_NUM}\s*-?\s*)?(?:day|week|month)s?\s+of\s+(?:the|this)\s+"
    r"(?P<unit>year|month|quarter|semester|school\s+year)\b"
)
# "this first 28 day challenge", "during this 30-day sprint": a period of a stated length that
# "this" says is under way: it runs that long from the start. So does the one a goal is of
# ("The goal of the 6 week program is to ..."), and a challenge, which is its length ("take
# on a 30-day challenge").
_THIS_LENGTH_RE: Final = both(
    r"\b(?:(?:during|in|over|for|throughout)\s+)?(?:this|(?<=goal of )the|(?<=aim of )the"
    r"|(?<=purpose of )the"
    r"|an?(?=\s+\w+\s*-?\s*(?:day|week|month)s?(?:[\s-]+[a-z-]+?)?[\s-]+challenge\b))\s+"
    r"(?:(?:first|next|coming|new)\s+)?"
    # The unit singular, as a length said before its noun is ("a 28 day challenge").
    rf"(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})(?:[- ]long)?\s+"
    r"(?!(?:a|an|per|each|every|of|from|to|and|or|ago|in|on|at)\b)[a-z]+\b"
)
# "My 30 day challenge is ...", "our 6-week challenge": a challenge, which is its length.
_MY_CHALLENGE_RE: Final = both(
    rf"\b(?:my|our)\s+(?P<amount>{_NUM})\s*-?\s*(?P<unit>day|week|month)s?(?:[- ]long)?"
    r"(?:[\s-]+[a-z-]+?)?[\s-]+challenge\b"
)
# "My goals for 2019", "resolutions for 2024": the year a plan is for is its deadline.
_PLAN_YEAR_RE: Final = both(
    r"\b(?:goals?|resolutions?|plans?|intentions?|aims?|targets?)\s+(?:(?:is|are)\s+)?"
    r"(?P<frame>for\s+(?P<year>(?:19|20|21)\d\d))\b(?![-–/]\d|\s*[-–/]\s*\d)"
    # "For 2024, I will ...": a sentence that opens with the year it is for.
    r"|(?:^|[.!;]\s+)(?P<frame2>for\s+(?P<year2>(?:19|20|21)\d\d))(?=\s*,|\s+(?:i|we)\b)"
    # "for 2025 my goals will be", "keep 10k a day for 2025 as well": a year said after
    # "for" and before no noun (not "for 2000 dollars") is the year the goal is for.
    r"|\b(?P<frame3>for\s+(?P<year3>(?:19|20|21)\d\d))(?![-–/]\d|\s*[-–/]\s*\d)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:my|our|i|we|as|and|but|so|too|also|is|are|will|which)\b)"
)
# "For the year 2023", "in the year 2030": a year named as the year is the deadline's.
_NAMED_YEAR_RE: Final = both(
    r"\b(?:(?:for|in|by|during|throughout|through|over|within)\s+the"
    # "this year 2018": the year said again by its number; "by the end of year 2027-2028".
    r"|this|(?:(?:by|at|before)\s+)?(?:the\s+)?end\s+of(?:\s+the)?)"
    r"\s+(?:(?:calendar|school|academic|fiscal|financial)\s+)?year,?\s+"
    r"(?P<year>(?:19|20|21)\d\d)\b"
    # Two years in a row are a school year ("in the year 2023-2024"), ending in June.
    r"(?:\s*[-–/]\s*(?P<second>(?:19|20|21)?\d\d)\b)?(?![-–/]\d)"
)
# "2024, the year of one book a week", "I want 2027 to be the year I ...", "make 2028 the
# year of ...", "2027 is my year": a year in digits named as the goal's own, to its end.
_YEAR_NAMED_RE: Final = both(
    r"\b(?:(?P<year>(?:19|20|21)\d\d)(?:\s*,|\s+(?:is|will\s+be|to\s+be|as))"
    r"|make\s+(?P<year2>(?:19|20|21)\d\d))\s+(?:the|a|my|our)\s+year\b(?![-–]|\s*(?:19|20|21)\d\d)"
)
# "my 2007 discus goal", "2022 reading challenge goal: 70 books", "my new year's resolution
# (2014)": the year a goal or challenge is named by is its deadline, as "goals for 2019" is.
# Not a count before its unit ("my 2000 calorie goal").
_YEAR_GOAL_RE: Final = both(
    r"(?:^|\b(?:my|our|the|his|her|their)\s+)(?P<year>(?:19|20|21)\d\d)"
    r"(?!\s+(?:calorie|step|word|mile|pound|page|dollar|point|minute|hour|meter|metre|kcal)s?\b)"
    r"(?:\s+[a-z]+){0,2}?\s+(?:goals?|challenges?|resolutions?)\b"
    r"|\b(?:goals?|challenges?|resolutions?)\s*\((?P<year2>(?:19|20|21)\d\d)\)"
)
# "My May goal is ...", "our June challenge", "My goals for May are ...": the month a
# plan is for ends it. Only beside such a noun: "May" alone is more often a verb.
_PLAN_MONTH_RE: Final = both(
    # "August's goal", "Sep's goal": the month's own plan, said with its possessive.
    rf"\b(?:(?:my|our|the|this|his|her|their|your)\s+(?P<month>{_MONTH_RE})"
    rf"|(?P<month3>{_MONTH_RE})['’]s)\s+"
    r"(?:goals?|resolutions?|challenges?|targets?|plans?|intentions?)\b"
    r"|\b(?:goals?|resolutions?|plans?|intentions?|aims?|targets?|challenges?)\s+"
    rf"(?:(?:is|are)\s+)?(?P<frame>for\s+(?:the\s+month\s+of\s+)?(?P<month2>{_MONTH_RE}))\b"
)
# "by next May", "next December": the month's first coming, as "by May" is; "in May of next
# year", "May next year": that month of the year after the start's.
_NEXT_MONTH_RE: Final = both(
    rf"\b(?:(?P<prep>{_PREP})\s+)?(?:next\s+(?P<month>{_MONTH_RE})\b(?!\s*\d)"
    rf"|(?P<month2>{_MONTH_RE})\s+(?:of\s+)?next\s+year\b)"
)
# "at the 6 week mark", "by the 3-month mark": that amount of time from the start.
_MARK_RE: Final = both(
    rf"\b(?:at|by|before)\s+the\s+(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?\s+mark\b"
)
# ... and "an April goal", "for March my goal is ...", "So for January, my goal is": read
# only where a month is a word of the statement.
_PLAN_MONTH_MORE_RE: Final = both(
    rf"\ban?\s+(?P<month>{_MONTH_RE})\s+"
    r"(?:goals?|resolutions?|challenges?|targets?|plans?|intentions?)\b"
    rf"|\b(?P<frame>for\s+(?P<month2>{_MONTH_RE}))\s*,?\s+(?=(?:my|our)\s+"
    r"(?:goals?|resolutions?|challenges?|targets?|plans?|intentions?)\b)"
)
# "100 miles for March.", "four times a week for Aug.", "for the entire month of March": the
# month a goal is for, said last in its clause ("for March 3" is a date, read as one).
_FOR_MONTH_RE: Final = both(
    r"\b(?P<frame>for\s+(?:the\s+(?:(?:entire|whole|full)\s+)?month\s+of\s+)?"
    rf"(?P<month>{_MONTH_RE}))\b\.?(?=\s*(?:[.,;!?)]|$))"
)
# "no more than 2 meals out for the month": this month, said last in its clause ("Plan my
# meals for the week." is what the plan covers, not when it is due: only the month).
_FOR_THE_MONTH_RE: Final = both(
    r"\bfor\s+the\s+(?:(?:entire|whole|full)\s+)?month\b(?=\s*(?:[.!?;)]|$))"
)
_MONTH_WORDS: Final = frozenset(_MONTHS)
_PLAN_HINT_RE: Final = re.compile(r"goal|resolution|plan|intention|aim|target|challenge|focus")
# "My goal for the week", "our targets for the quarter": the period a plan is for, this one,
# as "My goals for May" is that month's ("for the year" is read with the year's end).
_BRACKETED_AMOUNT_RE: Final = both(
    rf"\(\s*(?P<frame>(?P<amount>{_NUM})\s*-?\s*(?P<unit>day|week|wk|month|mth|mo|year|yr)s?)"
    r"\s*\)"
)
_PLAN_PERIOD_RE: Final = both(
    r"\b(?:goals?|resolutions?|plans?|intentions?|aims?|targets?|challenges?|focus)\s+"
    r"(?:(?:is|are)\s+)?(?P<frame>for\s+the\s+(?P<unit>week|month|quarter))\b"
    r"(?!\s+(?:of|ahead|after|before)\b)"
)
# Ordinal numbers in words, as in "by Day Two", "by week three".
_NTH_WORDS: Final = {
    word: value for word, value in (*ONES.items(), *TENS.items()) if 0 < value < 100
}
_NTH_WORDS_RE: Final = "|".join(sorted(_NTH_WORDS, key=len, reverse=True))
# "by week 12", "by Day 21", "by Day Two": counted from the start, day 1 and week 1 being
# the first.
_NTH_RE: Final = both(
    r"\b(?:by|before|until|till|on|at|in|during|through"
    # "After week 2, I will ...": opening its clause, as "After 8 weeks, I will ..." does;
    # "My goal for month two": the plan's period the goal is for.
    r"|after(?=\s+\w+\s+\w+\s*,)|(?<=goal\s)for|(?<=goals\s)for)\s+(?:the\s+end\s+of\s+)?"
    rf"(?P<unit>week|day|month)\s+(?P<nth>\d{{1,3}}|{_NTH_WORDS_RE})\b"
    r"(?!\s*(?:%|percent|[-/.]\d))"
)
# "by the end of the second month", "by the third year": the plan's own Nth period, which
# ends N of them after its start ("in the first month" is read with "the next month";
# "my fourth week" in a job, counted from a start unsaid, is an undated event).
_ORDINALS: Final = {
    word: number
    for number, words in enumerate(
        (("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"),
         ("fifth", "5th"), ("sixth", "6th"), ("seventh", "7th"), ("eighth", "8th"),
         ("ninth", "9th"), ("tenth", "10th"), ("eleventh", "11th"), ("twelfth", "12th")),
        start=1,
    )
    for word in words
}  # fmt: skip
_ORDINALS_RE: Final = "|".join(_ORDINALS)
_ORDINAL_WORDS: Final = frozenset(_ORDINALS)
_NTH_PERIOD_RE: Final = both(
    r"\b(?:by|before|until|till|at|through|in|within|during)\s+(?:the\s+end\s+of\s+)?the\s+"
    rf"(?P<nth>{_ORDINALS_RE})\s+(?P<unit>week|month|year)\b(?!\s+(?:of|in|at|on)\b)"
)
_NTH_PERIOD_HINT_RE: Final = re.compile(rf"\b(?:{_ORDINALS_RE})\s+(?:week|month|year)\b")
# The days of a month said as words: "until the first of May", "by the twenty-first of June".
_DAY_WORDS: Final = (
    {
        word: number
        for number, word in enumerate(
            """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        """.split(),  # noqa: SIM905 - a word list reads best as prose
            start=1,
        )
    }
    | {
        f"{tens}{joint}{word}": base + number
        for tens, base in (("twenty", 20), ("thirty", 30))
        for joint in ("-", " ")
        for number, word in enumerate(
            ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
            start=1,
        )
        if base + number <= 31
    }
    | {"thirtieth": 30}
)
_DAY_WORDS_RE: Final = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
# "by the start of next year", "by the beginning of March": the period's first day.
# "till start of September", its article dropped as in "by end of June": after a preposition.
_START_OF: Final = (
    r"(?:(?:by|before|at|until|till|for)\s+(?:the\s+)?|the\s+)(?:very\s+)?(?:start|beginning)\s+of"
)
# "until the first of May", "by the twenty-first of June": read apart, after " of ".
_DAY_WORD_DATE_RE: Final = both(
    # "by the last day of March", "on the first day of May": a day said with "day".
    rf"\b(?:{_PREP}\s+)?the\s+(?:(?P<dayword>{_DAY_WORDS_RE})|(?P<last>last|final)(?=\s+day))"
    rf"(?:\s+day)?\s+of\s+(?P<month>{_MONTH_RE})\b"
    r"(?:,?\s+(?:of\s+)?(?P<year>\d{4})\b)?"
)
_DATES: Final = (
    r"(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?P<month>{_MONTH_RE})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
    r"(?:,?\s+(?:of\s+)?(?P<year>\d{4}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?(?P<month2>{_MONTH_RE})\.?(?:,?\s+(?:of\s+)?(?P<year2>\d{{4}}))?"
    r"|q(?P<quarter>[1-4])(?:\s+(?:of\s+)?(?:(?P<qyear>\d{4})|(?P<qnext>next\s+year)))?"
    # "During 2012-2013": two years in a row are a school year, ending in June of the second.
    r"|(?P<yearonly>(?:19|20|21)\d{2})(?:\s*[-–/]\s*(?P<yearpair>(?:19|20|21)?\d\d))?"
    # "in Quarter 2", "by quarter three": a calendar quarter, after a preposition.
    r"|quarter\s+(?P<quarter2>[1-4]|one|two|three|four)(?:\s+(?:of\s+)?(?P<q2year>\d{4}))?"
)
# Every day said in words ends so: "first", "second", "third", "twentieth".
_DAY_WORD_HINT_RE: Final = re.compile(r"(?:st|nd|rd|th|day)\s+of\s")
_DATE_RE: Final = both(
    rf"\b(?:(?P<prep>{_PREP})\s+)?(?:the\s+)?(?:(?P<end>(?:the\s+)?end(?:\s+of(?:\s+the)?)?)\s+)?"
    rf"(?:{_DATES})\b"
)
# "by early March", "by late May", "in early 2028" (part of a month or a year), "by the
# start of March": read only where "early", "late", "start of" or "beginning of" is said.
_DATE_LEAD_RE: Final = both(
    rf"\b(?:(?P<prep>{_START_OF})\s+|(?:(?P<prep2>{_PREP})\s+)?(?:the\s+)?"
    rf"(?P<part2>early|late)[- ]?\s*)(?:{_DATES})\b"
)
_DATE_LEAD_HINT_RE: Final = re.compile(r"\b(?:early|late)\b|start of|beginning of")
_THIS_NEXT_RE: Final = both(
    r"\b(?:(?:in|within|during|over\s+the\s+course\s+of"
    # "for the rest of the year", "throughout the remainder of the month": to its end.
    r"|(?:for|during|over|throughout|in)\s+the\s+(?:rest|remainder)\s+of"
    # "Get enough work the rest of the year": the rest of it without "for" ("the" looked
    # for behind "rest", a rarer start to try than "the" or a look behind at every letter).
    r"|rest(?<=\bthe\srest)\s+of|remainder(?<=\bthe\sremainder)\s+of)\s+the\s+"
    r"|(?:this|(?P<next>next))\s+)"
    # "the next financial year", "this fiscal quarter": a fiscal year whose months go
    # unsaid is the calendar's, as at "the end of the fiscal year".
    r"(?:(?:fiscal|financial|calendar|business)\s+)?(?P<unit>week|month|quarter|year)\b",
)


# Cheap tests that let most statements skip the big patterns: every relative
# or period time frame names a unit; every date has a digit or a month name.
# Looked for as plain substrings: three times cheaper than one pattern of the six.
_UNIT_HINTS: Final = ("day", "week", "month", "year", "quarter", "fortnight", "yr", "wk")
_NTH_HINT_RE: Final = re.compile(rf"(?:week|day|month)\s+(?:\d|{_NTH_WORDS_RE})")
_DATE_HINT_RE: Final = re.compile(rf"\d{{4}}|\bq[1-4]\b|\bquarter\s|\b(?:{_MONTH_RE})\b")


def _says_a_unit(lowered: str) -> bool:
    """Whether *lowered* holds one of `_UNIT_HINTS`, tested one by one (no generator)."""
    return (
        "day" in lowered
        or "week" in lowered
        or "month" in lowered
        or "year" in lowered
        or "quarter" in lowered
        or "fortnight" in lowered
        or "yr" in lowered
        or "wk" in lowered
    )


def _short_units(lowered: str) -> bool:
    """Whether *lowered* has a unit of time written short: "in 6 mo", "in next 30D"."""
    return has_digit(lowered) and (  # each hint needs a digit: half of all statements have none
        _SHORT_UNIT_HINT_RE.search(lowered) is not None
        or ("next" in lowered and _NEXT_DAYS_D_HINT_RE.search(lowered) is not None)
    )


def _unit(word: str) -> str:
    word = word.lower()
    word = word[:-1] if word.endswith("s") else word
    return _SHORT_UNIT_NAMES.get(word, word)


def time_frames(text: str) -> list[TimeFrame]:
    """The time frames in *text* that can be its deadline, in order of appearance.

    Overlapping readings keep the first; rates, spans of activity, starts and
    restatements beside a real deadline are left out (see `read_time`).

    Examples:
        >>> [(f.text, f.kind.value) for f in time_frames("Ship 2 demos by June 2027, in 5 weeks")]
        [('by June 2027', 'date'), ('in 5 weeks', 'relative')]
        >>> [f.text for f in time_frames("Write two papers in a week within the next six months")]
        ['within the next six months']
    """
    return read_time(text)[0]


def read_time(
    text: str, words: frozenset[str] | None = None
) -> tuple[list[TimeFrame], list[TimeFrame]]:
    """The time frames of *text*: those that can be its deadline, and the other time it names.

    The other time is a rate beside a deadline ("two papers *in a week*
    within the next six months"), a span within it ("*for the next three
    weeks* leading up to the exam on February 5"), a start ("*starting
    tomorrow*") or a restatement ("in thirty days, *that's June 29th*"):
    numbers in it are time, not counts, but it sets no deadline. A bare
    "for three days" beside a deadline is neither: it counts days.

    Examples:
        >>> deadlines, other = read_time("Run twice a week for the next 3 weeks until May 5")
        >>> [f.text for f in deadlines], [f.text for f in other]
        (['until May 5'], ['for the next 3 weeks'])
    """
    found = _all_frames(text, words)
    if not found:
        return [], []
    if len(found) == 1:
        role = _role(text, found[0], found)  # alone, it is the deadline unless a rate or start
        return (found, []) if role == "deadline" else ([], found if role == "other" else [])
    deadlines: list[TimeFrame] = []
    other: list[TimeFrame] = []
    baselines: list[TimeFrame] = []
    firm = [frame for frame in found if _firm(text, frame)]
    for earlier, later in itertools.pairwise(found):
        if (
            earlier in firm
            and later in firm
            and (
                text[earlier.end : later.start].strip() == "("
                or (
                    earlier.kind is TimeFrameKind.WEEKDAY
                    and later.kind is TimeFrameKind.DATE
                    and text[earlier.end : later.start].strip() in (",", "")
                )
            )
        ):
            # "by the end of this semester (December 15)": the bracket says it exactly;
            # "on Monday, April 6", "by Friday July 24th": the date says which Friday,
            # even when the calendar gives that date another weekday.
            firm.remove(earlier)
    named_years = [
        frame
        for frame in found
        if frame.kind is TimeFrameKind.DATE and frame.year and not is_start(text, frame.start)
    ]
    for frame in list(firm):
        if (
            frame.kind is TimeFrameKind.PERIOD_END
            and frame.unit in ("year", "school_year")
            and not frame.offset
            and any(
                named.start > frame.end
                and (
                    # "the 2021-2022 school year", "the year 2023" say which year's end;
                    # "by the end of this year" is this one ("a trip in 2029" is the
                    # trip's), but a bare "This year" is the year a plan is said for:
                    # "This year ... a challenge for 2017: 52 books".
                    ("year" in named.text.lower() and "this" not in frame.text.lower())
                    or (
                        frame.text.lower() == "this year"
                        and named.text.lower().startswith("for ")
                        and named.month == 12
                    )
                )
                for named in named_years
            )
        ):
            # "at the end of the year ... for the 2021-2022 school year": the year named
            # by its number says which year's end.
            firm.remove(frame)
            baselines.append(frame)
    for earlier, later in itertools.pairwise(found):
        if _dates_a_baseline(text, earlier, later) or _restated(text, earlier, later):
            # "from 16% in 2012-2013 to 10% in 2013-2014": the first year is the baseline's;
            # "by Labor Day, just 13 weeks from now": the amount of time is drafted.
            baselines.append(earlier)
            if earlier in firm:
                firm.remove(earlier)
    for frame in found:
        if frame in baselines or frame.text.lower() == "after work":
            # "run after work for 2 weeks": beside other time, "after work" is a time of day
            other.append(frame)
            continue
        role = _role(text, frame, firm)
        if role == "deadline":
            deadlines.append(frame)
        elif role == "other":
            other.append(frame)
    if len(deadlines) > 1 and _staged(text, deadlines[0], deadlines[1]):
        # "13 by January 2017, and all 26 by April 2017": it closes with its last stage.
        other = sorted([*other, deadlines.pop(0)], key=lambda frame: frame.start)
    if _sets_the_year_of(text, deadlines):
        # "This year I want to lose 10 pounds by June", "In 2027 ... by September": the
        # period says which year; the date within it is when the goal is due.
        other = sorted([*other, deadlines.pop(0)], key=lambda frame: frame.start)
    return deadlines, other


def _staged(text: str, earlier: TimeFrame, later: TimeFrame) -> bool:
    """Whether *later* is a second stage after *earlier*, each with its own count: "75% in
    the first year and 90% by the second year", "By December 2014, I will ... and create
    two rubrics by May 2015". Only where the text alone says which comes later."""
    between = text[earlier.end : later.start]
    if " and " not in between or not any(
        word[:1].isdigit() or word in ONES or word in TENS
        for word in between.lower().replace(",", " ").split()
    ):
        return False
    if earlier.kind is TimeFrameKind.DATE and later.kind is TimeFrameKind.DATE:
        if earlier.year is None or later.year is None:
            return False
        return (later.year, later.month or 12, later.day or 31) > (
            earlier.year,
            earlier.month or 12,
            earlier.day or 31,
        )
    return (
        earlier.kind is TimeFrameKind.RELATIVE
        and later.kind is TimeFrameKind.RELATIVE
        and earlier.unit == later.unit
        and (later.amount or 0) > (earlier.amount or 0)
    )


def _sets_the_year_of(text: str, deadlines: list[TimeFrame]) -> bool:
    """Whether the first deadline is the whole year or month a statement opens with, and a
    later one a date inside it (said before any number: "Read 20 books this year, 10 by
    June" stages a target)."""
    return (
        len(deadlines) > 1
        and _a_whole_period(deadlines[0])
        and not any(character.isdigit() for character in text[: deadlines[0].start])
        and any(_within(deadlines[0], frame) for frame in deadlines[1:])
    )


def _a_whole_period(frame: TimeFrame) -> bool:
    """Whether *frame* is a whole year or month the goal is set in: "this year", "in 2027",
    "this month"."""
    lowered = frame.text.lower()
    if frame.kind is TimeFrameKind.PERIOD_END:
        return frame.unit in ("year", "month") and not frame.offset and "end" not in lowered
    return (
        frame.kind is TimeFrameKind.DATE
        and frame.year is not None
        and (frame.month, frame.day) == (12, 31)
        and lowered.startswith(("in ", "for ", "during "))
        and "year" not in lowered
    )


def _within(period: TimeFrame, frame: TimeFrame) -> bool:
    """Whether *frame* names a day or month inside *period*, said by itself ("by June",
    "by the end of the school year", "by Friday")."""
    if period.unit == "month":  # "this month ... by Friday", "by the 15th"
        return frame.kind is TimeFrameKind.WEEKDAY
    if frame.kind is TimeFrameKind.DATE:
        same_year = frame.year is None or period.year in (None, frame.year)
        return same_year and (frame.month, frame.day) != (12, 31)
    return (
        frame.kind is TimeFrameKind.PERIOD_END
        and not frame.offset
        and (frame.unit in ("quarter", "semester", "school_year", "month", "week"))
    )


def _next_months(text: str, source: str, which: int, keep: Callable[..., None]) -> None:
    """Months said with "next": "by next May" (its first coming), "in May of next year"
    (that month a year on)."""
    for match in _NEXT_MONTH_RE[which].finditer(source):
        said = match["month"] or match["month2"]
        if said.lower() == "may" and "May" not in text[match.start() : match.end()]:
            continue  # "what comes next may help": a verb, not the month
        keep(*match.span(), kind=TimeFrameKind.DATE, year=None, month=_MONTHS[said.lower()],
             day=None, offset=1 if match["month2"] else 0)  # fmt: skip


def _all_frames(text: str, words: frozenset[str] | None) -> list[TimeFrame]:
    """Every time frame read in *text*, sorted; overlapping readings keep the first."""
    found: list[TimeFrame] = []

    def keep(start: int, end: int, /, **fields: object) -> None:
        # Leading whitespace can be swallowed by optional groups; trim it.
        while start < end and text[start].isspace():
            start += 1
        if any(start < frame.end and frame.start < end for frame in found):
            return
        found.append(TimeFrame(text=text[start:end], start=start, end=end, **fields))  # type: ignore[arg-type]

    source, which = searchable(text)
    lowered = source if which == 0 else source.lower()  # `searchable` lower-cased it already
    short = _short_units(lowered)
    has_unit = short or _says_a_unit(lowered)
    for start, end, kind, read in calendar_readings(text, source, which, words):
        keep(start, end, kind=TimeFrameKind(kind), **read)
    if "hour" in lowered:
        _hour_frames(source, which, lowered, keep)
    if has_unit:
        _unit_frames(source, which, lowered, keep, short=short, words=words)
        _plan_frames(source, which, lowered, keep)
    if _may_name_a_date(lowered, words):
        if "next " in lowered:
            _next_months(text, source, which, keep)
        plan = _PLAN_HINT_RE.search(lowered) is not None
        if plan or "for " in lowered:
            _plan_years(source, which, lowered, keep, plan=plan)
        if plan:
            more = words is None or not _MONTH_WORDS.isdisjoint(words)
            for match in itertools.chain(
                _PLAN_MONTH_RE[which].finditer(source),
                _PLAN_MONTH_MORE_RE[which].finditer(source) if more else (),
            ):
                named = match.groupdict()  # "month3" is `_PLAN_MONTH_RE`'s alone
                said = "frame" if named["month2"] else "month3" if named.get("month3") else "month"
                month = _MONTHS[(named["month2"] or named.get("month3") or named["month"]).lower()]
                keep(*match.span(said), kind=TimeFrameKind.DATE, year=None, month=month,
                     day=None)  # fmt: skip
        if "for " in lowered and (words is None or not _MONTH_WORDS.isdisjoint(words)):
            for match in _FOR_MONTH_RE[which].finditer(source):
                keep(*match.span("frame"), kind=TimeFrameKind.DATE, year=None,
                     month=_MONTHS[match["month"].lower()], day=None)  # fmt: skip

        if "year " in lowered:
            for match in _NAMED_YEAR_RE[which].finditer(source):
                first, second = int(match["year"]), match["second"]
                if second is None:
                    keep(*match.span(), kind=TimeFrameKind.DATE, year=first, month=12, day=31)
                elif (int(second) - first) % 100 == 1:  # a school year: to June of the second
                    keep(*match.span(), kind=TimeFrameKind.DATE, year=first + 1, month=6,
                         day=30)  # fmt: skip
        if "year" in lowered:
            for match in _YEAR_NAMED_RE[which].finditer(source):
                keep(*match.span(), kind=TimeFrameKind.DATE,
                     year=int(match["year"] or match["year2"]), month=12, day=31)  # fmt: skip
        if " of " in lowered and _DAY_WORD_HINT_RE.search(lowered) is not None:
            for match in _DAY_WORD_DATE_RE[which].finditer(source):
                month = _MONTHS[match["month"].lower()]
                day = (
                    days_in_month(int(match["year"] or 2001), month)  # "the last day of"
                    if match["last"]
                    else _DAY_WORDS[" ".join(match["dayword"].lower().split())]
                )
                if day <= days_in_month(int(match["year"] or 2000), month):
                    keep(*match.span(), kind=TimeFrameKind.DATE, month=month, day=day,
                         year=int(match["year"]) if match["year"] else None)  # fmt: skip
        _dated(text, source, which, lowered, keep)
    if (
        ("fy" in lowered and _FY_HINT_RE.search(lowered) is not None)
        or ("sy" in lowered and _SY_HINT_RE.search(lowered) is not None)
        or "eoy" in lowered
        or (("-" in lowered or "–" in lowered or "/" in lowered or "eoy" in lowered)
            and _PAIR_HINT_RE.search(lowered) is not None)
    ):  # fmt: skip
        _short_years(source, which, words, keep)
    this_or_next = has_unit and (
        words is None
        or not _THIS_NEXT_ALONE.isdisjoint(words)
        or ("the" in words and not _THIS_NEXT_WORDS.isdisjoint(words))
    )
    for match in _THIS_NEXT_RE[which].finditer(source) if this_or_next else ():
        if match.group().lower().startswith("during the week"):
            continue  # "during the week": on weekdays, a habit
        unit = match["unit"].lower()
        if unit == "quarter" and match["next"] and lowered.endswith("the ", 0, match.start()):
            keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit="coming_quarter")
            continue  # "the next quarter", as "within the next quarter"
        end = match.end()
        if unit == "week" and (weekdays := _MON_FRI_RE.match(source, end)) is not None:
            unit, end = "work_week", weekdays.end()  # "next week (Mon-Fri)": to its Friday
        keep(match.start(), end, kind=TimeFrameKind.PERIOD_END, unit=unit,
             offset=1 if match["next"] else 0)  # fmt: skip
    if "start of" in lowered or "beginning of" in lowered:
        found = [_from_its_start(text, frame) for frame in found]
    return sorted(found, key=lambda frame: frame.start) if len(found) > 1 else found


# "in June & July", "over March and April", "during May-June": two months joined, read
# to the later one's end (a day after it, "June and July 4", is a date of its own).
_JOINED_MONTH_RE: Final = re.compile(
    rf"\s*(?:,\s*(?:and\s+|&\s*)?|&|and|-|–|—|/|through|thru)\s*(?P<month>{_MONTH_RE})\b\.?"
    r"(?!\s*\d{1,2}\b)(?:,?\s+(?P<year>(?:19|20|21)\d\d)\b)?",
    re.IGNORECASE,
)


# "from January to June", "between March and May": a span of months ends with the second.
_MONTH_SPAN_RE: Final = both(
    rf"\b(?:from|between)\s+(?:(?:early|late)\s+|mid-?\s*)?(?:{_MONTH_RE})\.?"
    r"(?:,?\s+(?:of\s+)?(?:19|20|21)\d\d)?\s+(?:to|through|thru|till|until|and|-|–)\s+"
    rf"(?:(?:early|late)\s+|mid-?\s*|the\s+end\s+of\s+)?(?P<month>{_MONTH_RE})\b\.?"
    r"(?!\s*\d{1,2}\b)(?:,?\s+(?P<year>(?:19|20|21)\d\d)\b)?"
)


def _joined_month(text: str, source: str, end: int, fields: dict[str, int | None]) -> int:
    """Where a month's frame ends when another month is joined to it ("June & July"); the
    fields are changed to that month's (a year said after it is the pair's)."""
    while (joined := _JOINED_MONTH_RE.match(source, end)) is not None:
        if joined["month"].lower() == "may" and "May" not in text[joined.start() : joined.end()]:
            break  # "in June and may ...": a verb
        month = _MONTHS[joined["month"].lower()]
        first = fields["month"] or 12
        year = int(joined["year"]) if joined["year"] else fields["year"]
        if year is not None and month < first and not joined["year"]:
            year += 1  # "Dec 2027 & Jan" runs into the next year
        fields.update(month=month, year=year)
        end = joined.end()
    return end


# Years written short, as schools and offices write them: "In FY 16", "by FY2026" (a fiscal
# year whose months go unsaid is the calendar's); "SY 21-22", "in 17-18", "(18.19 EOY)" (two
# years in a row are a school year, to June of the second); "at EOY", "by EOY" (the end of
# the year: a school's, where the statement speaks of school).
_FY_HINT_RE: Final = re.compile(r"\bfy\s*['’]?\d")
_SY_HINT_RE: Final = re.compile(r"\bsy\s*\d")
_PAIR_HINT_RE: Final = re.compile(r"\b\d\d\s*[-–/]\s*\d\d\b(?![-–/.]?\d)")
_SHORT_YEARS_RE: Final = both(
    r"\b(?:(?P<fprep>in|by|for|during|through|until|before|at\s+the\s+end\s+of)\s+)?"
    r"(?:the\s+)?(?:fy|fiscal\s+year)\s*['’]?(?P<fy>(?:19|20|21)?\d\d)\b(?![-–/.]\d)"
    # "at EOY SY 21-22": the end of that school year.
    r"|\b(?:(?P<eprep>at|by|before|until|till|for|in)\s+(?:the\s+)?)?(?P<eoy>eoy)\b"
    r"(?:\s+(?:sy\s*)?(?P<efirst>\d\d)\s*[-–/]\s*(?P<esecond>\d\d)\b"
    # "EOY 2025": that year's end
    r"|\s+(?P<eyear>(?:19|20|21)\d\d)\b(?![-–/]\d))?"
    # "SY 2021-2022", "SY2024-25": a school year written with "SY"
    r"|\bsy\s*(?P<syfirst>(?:19|20)\d\d)\s*[-–/]\s*(?P<sysecond>(?:19|20)?\d\d)\b"
    r"|(?:\b(?P<pprep>in|during|for|by|until|through|sy)\s*|\bsy\s*|(?<=\())['’]?"
    r"(?P<first>\d\d)\s*(?P<dash>[-–/]|\.(?=\d\d\s+eoy\b))\s*(?P<second>\d\d)\b"
    r"(?![-–/.%]?\d|\s*(?:%|percent))(?:\s+eoy\b)?"
)
# What may follow a short school year, when no "SY" says it is one: "in 17-18", "in 17-18 to".
_AFTER_A_PAIR: Final = frozenset({"", "to", "and", "school", "academic", "year", "eoy", "sy"})
# Two digits below this are a year of this century: "SY 21-22" ends in 2022, "98-99" in 1999.
_CENTURY_TURN: Final = 70
# Words that make "EOY" a school year's end.
_SCHOOL_WORDS: Final = frozenset(
    """
    student students school schools grade grades scholars pupils class classes teacher
    teachers sy kindergarten absent attendance reading literacy
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# A noun right after a year-like number, mid-sentence, makes it a count: "by 2000 steps",
# "through 2000 practice questions". A year is followed by words of a clause's frame ("by
# 2027 and", "in 2027 we", "in 2027 students will read": a subject, its verb next).
_COUNTED_AFTER_RE: Final = re.compile(
    r"\s+(?P<noun>[a-z][a-z-]{2,})\b(?!\s+(?:will|would|should|shall|must|can|could|may|might"
    r"|are|were|is|was|have|has|had|need|needs|to|and|or)\b)"
)
_AFTER_A_YEAR: Final = frozenset(
    """
    and but the this that for with from into onto over are was were will would should can
    could may might must been being have has had when while then too also again already
    alone onward onwards through until till before after since ends end summer spring fall
    autumn winter season school academic fiscal calendar year years edition cohort class
    budget goal goals resolution resolutions plan plans target targets challenge levels than
    versus compared our your his her their its she they you all each every some any most
    just only not let let's i'm i'll we'll we're you'll there here now then which who whom
    whose where what how why because since unless though although whether both either
    neither more less about around approximately roughly
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _dated(text: str, source: str, which: int, lowered: str, keep: Callable[..., None]) -> None:
    """The dates of *text* ("by June 30", "on 6/30/2027", "(June)"), each handed to *keep*."""
    leads = (
        "early" in lowered
        or "late" in lowered
        or "start of" in lowered
        or "beginning of" in lowered
    ) and _DATE_LEAD_HINT_RE.search(lowered) is not None
    for match in itertools.chain(
        _DATE_LEAD_RE[which].finditer(source) if leads else (),
        _DATE_RE[which].finditer(source),
    ):
        fields = _date_fields(match)
        if (
            fields is None
            and match["month"]
            and (_bracketed(source, *match.span()) or _heading(source, *match.span()))
        ):
            # "by test date (June)": a month alone in brackets is a date, not a verb;
            # so is a month heading a statement ("May – try one new fruit a week").
            fields = {"year": None, "month": _MONTHS[match["month"].lower()], "day": None}
        if (
            fields is not None
            and (match["prep"] or "").lower() in ("this", "through", "thru")
            and (match["month"] or "").lower() == "may"
            and "May" not in text[match.start() : match.end()]
        ):
            fields = None  # "this may help", "gets through may be": a verb, not the month
        if (
            fields is not None
            and match["yearonly"]
            and not match["yearpair"]
            and source[: match.start()].strip(" ,") != ""  # "By 2021, ..." opens with a year
        ):
            counted = _COUNTED_AFTER_RE.match(source, match.end())
            if (
                counted is not None
                and counted["noun"].lower() not in _AFTER_A_YEAR
                and not text[counted.start("noun")].isupper()  # "the 2026 Georgia Milestones"
            ):
                fields = None  # "by 2000 steps", "through 2050 problems": a count, no year
        if fields is not None:
            end = match.end()
            if fields["day"] is None and (match["month"] or match["month2"]):
                end = _joined_month(text, source, end, fields)
            keep(match.start(), end, kind=TimeFrameKind.DATE, **fields)
    if "from " in lowered or "between " in lowered:
        for match in _MONTH_SPAN_RE[which].finditer(source):
            if match["month"].lower() != "may" or "May" in text[match.start() : match.end()]:
                keep(*match.span(), kind=TimeFrameKind.DATE, month=_MONTHS[match["month"].lower()],
                     day=None, year=int(match["year"]) if match["year"] else None)  # fmt: skip


def _short_years(
    source: str, which: int, words: frozenset[str] | None, keep: Callable[..., None]
) -> None:
    """Years written short: "In FY 16", "SY 21-22", "in 17-18", "at EOY"."""
    for match in _SHORT_YEARS_RE[which].finditer(source):
        if match["fy"]:
            said = match["fy"]
            year = int(said) if len(said) == 4 else 2000 + int(said)
            if match["fprep"] or source[match.start() : match.start() + 2].lower() == "fy":
                keep(*match.span(), kind=TimeFrameKind.DATE, year=year, month=12, day=31)
        elif match["eoy"] and not match["efirst"]:
            school = words is None or not _SCHOOL_WORDS.isdisjoint(words)
            if match["eyear"]:  # "EOY 2025": June of it for a school, else December
                keep(*match.span(), kind=TimeFrameKind.DATE, year=int(match["eyear"]),
                     month=6 if school else 12, day=None)  # fmt: skip
                continue
            unit = "school_year" if school else "year"
            keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit=unit, offset=0)
        elif match["syfirst"]:
            first, said = int(match["syfirst"]), match["sysecond"]
            second = int(said) if len(said) == 4 else first // 100 * 100 + int(said)
            if second == first + 1:
                keep(*match.span(), kind=TimeFrameKind.DATE, year=second, month=6, day=None)
        else:
            first = int(match["first"] or match["efirst"])
            second = int(match["second"] or match["esecond"])
            if (second - first) % 100 != 1:
                continue  # "in 16-18": a range, not a school year
            said = match.group().lower()
            after = source[match.end() : match.end() + 16].split()[:1]
            follows = after[0].strip(".,;:)!?").lower() if after else ""
            if "sy" not in said and "eoy" not in said and follows not in _AFTER_A_PAIR:
                continue  # "in 16-17 weeks": a range of something else
            year = 2000 + second if second < _CENTURY_TURN else 1900 + second  # "98-99": 1999
            keep(*match.span(), kind=TimeFrameKind.DATE, year=year, month=6, day=None)


_START_OF_RE: Final = re.compile(rf"\b{_START_OF}\s+", re.IGNORECASE)
# The first month of the season that ends in each month (winter ends in February).
_SEASON_START_MONTHS: Final = {2: 12, 5: 3, 8: 6, 11: 9}
# The month a school year starts in (as the US's mostly do): "the start of the school year".
_SCHOOL_YEAR_START_MONTH: Final = 9
_YEAR_AT_END_RE: Final = re.compile(r"\b(?:19|20|21)\d\d$")
_QUARTER_SAID_RE: Final = re.compile(r"\bq[1-4]\b|\bquarter\b", re.IGNORECASE)


def _from_its_start(text: str, frame: TimeFrame) -> TimeFrame:
    """*frame*, or its first day when "by the start of" opens it or comes before it.

    A month's start is its 1st ("by the beginning of March"), a year's its 1 January
    ("by the start of next year", "by the start of 2029"), a season's the 1st of its
    first month ("by the start of summer"), a school year's the next 1 September.
    """
    lead = _START_OF_RE.match(frame.text)
    if lead is None:
        before = text[max(0, frame.start - 40) : frame.start]
        found = [match for match in _START_OF_RE.finditer(before) if match.end() == len(before)]
        if not found:
            return frame
        start = frame.start - len(before) + found[-1].start()
    else:
        start = frame.start
    said = text[start : frame.end]
    a_year = (
        frame.year is not None
        and _YEAR_AT_END_RE.search(frame.text) is not None
        and _MONTHS.keys().isdisjoint(said.lower().replace(",", " ").split())
    )
    if frame.kind is TimeFrameKind.DATE and (frame.day is None or (a_year and frame.month == 12)):
        month = frame.month or 12
        if a_year and month == 12:
            month = 1  # "the start of 2029": its 1 January
        elif _QUARTER_SAID_RE.search(said) is not None:
            month -= 2  # "the start of Q2": 1 April
        elif any(season in said.lower() for season in _SEASON_FIRST_MONTHS):
            month = _SEASON_START_MONTHS.get(month, month)  # "the start of winter": 1 December
        return attrs.evolve(frame, text=said, start=start, month=month, day=1)
    if frame.kind is TimeFrameKind.PERIOD_END and frame.unit == "school_year":
        # "by the start of the school year": the next 1 September (a US school year's start).
        return attrs.evolve(frame, text=said, start=start, kind=TimeFrameKind.DATE, year=None,
                            month=_SCHOOL_YEAR_START_MONTH, day=1, offset=0)  # fmt: skip
    if frame.kind is TimeFrameKind.PERIOD_END and frame.unit == "year" and frame.offset:
        return attrs.evolve(frame, text=said, start=start, kind=TimeFrameKind.DATE, year=None,
                            month=1, day=1)  # fmt: skip
    return frame


_DATE_WORDS: Final = frozenset({*_MONTHS, "q1", "q2", "q3", "q4", "quarter"})
# "next week (Mon-Fri)", "this week (Monday to Friday)": the working week, ending on Friday.
_MON_FRI_RE: Final = re.compile(
    r"\s*\(\s*mon(?:day)?\.?\s*(?:-|–|to|through|thru)\s*fri(?:day)?\.?\s*\)", re.IGNORECASE
)
# The words one of which "this week", "next quarter" or "in the month" holds.
_THIS_NEXT_ALONE: Final = frozenset({"this", "next"})
_THIS_NEXT_WORDS: Final = frozenset({"in", "within", "during", "course", "rest", "remainder"})
# Four digits that may start a year, anywhere: a cheap test that lets most text skip dates.
_YEAR_DIGITS_RE: Final = re.compile(r"(?:19|20|21)\d\d")


_MONTH_STEMS: Final = frozenset(month[:3] for month in _MONTHS)
_JOINED_TOKEN_RE: Final = re.compile(r"[-/]")
_HEADING_MONTH_RE: Final = re.compile(rf"(?:{_MONTH_RE})\s*[-–—:]", re.IGNORECASE)


def _plan_years(
    source: str, which: int, lowered: str, keep: Callable[..., None], *, plan: bool
) -> None:
    """Keep the year a plan is for ("My goals for 2019", "For 2024, I will") or a goal is
    named by ("my 2007 discus goal", "resolution (2014)"): to that year's end. *plan* says
    whether a plan's word ("goal", "challenge", "aim") is in the text."""
    if "for " in lowered:
        for match in _PLAN_YEAR_RE[which].finditer(source):
            frame = next(name for name in ("frame", "frame2", "frame3") if match[name])
            year = match["year"] or match["year2"] or match["year3"]
            keep(*match.span(frame), kind=TimeFrameKind.DATE, year=int(year), month=12,
                 day=31)  # fmt: skip
    if plan and _YEAR_DIGITS_RE.search(lowered) is not None:  # a month alone let us in
        for match in _YEAR_GOAL_RE[which].finditer(source):
            said = "year" if match["year"] else "year2"
            keep(*match.span(said), kind=TimeFrameKind.DATE, year=int(match[said]), month=12,
                 day=31)  # fmt: skip


def _may_name_a_date(lowered: str, words: frozenset[str] | None) -> bool:
    # Every date names a month or a quarter, or has a year (1900-2100) in digits.
    if words is None:
        return _DATE_HINT_RE.search(lowered) is not None
    if not _DATE_WORDS.isdisjoint(words):
        return True
    if lowered[:3] in _MONTH_STEMS and _HEADING_MONTH_RE.match(lowered) is not None:
        return True  # a month heading is one token with its dash: "may–try"
    if ("-" in lowered or "/" in lowered) and any(
        _JOINED_TOKEN_RE.split(word, maxsplit=1)[0] in _MONTHS
        for word in words
        if "-" in word or "/" in word
    ):
        return True  # two months joined by a dash or slash are one token: "june-july"
    if ("'s" in lowered or "’s" in lowered) and any(
        word[:-2] in _MONTHS for word in words if word.endswith(("'s", "’s"))
    ):
        return True  # a month's own plan is one token with its possessive: "august's"
    # The pattern's first two digits, looked for as substrings first: most text has none.
    return ("19" in lowered or "20" in lowered or "21" in lowered) and (
        _YEAR_DIGITS_RE.search(lowered) is not None
    )


def _relative_patterns(lowered: str, *, short: bool) -> list[tuple[re.Pattern[str], ...]]:
    """The patterns of amounts of time worth running on *lowered*, in order."""
    patterns: list[tuple[re.Pattern[str], ...]] = [_RELATIVE_RE]
    said = lowered.__contains__  # tried on each hint at C speed, with no generator
    patterns += [pattern for hints, pattern in _MORE_RELATIVE if any(map(said, hints))]
    if short:
        patterns.append(_SHORT_RELATIVE_RE)
        if _DAYS_D_HINT_RE.search(lowered) is not None:
            patterns.append(_DAYS_D_RE)
    return patterns


def _may_say_a_length(lowered: str, which: int) -> bool:
    """Whether `_THIS_LENGTH_RE` may read *lowered*: "this 30-day", "a 28 day challenge", "the
    goal of the 6 week course" ("the" only after "goal of", "aim of" or "purpose of")."""
    if "this " in lowered or "challenge" in lowered:
        return True
    return " of the " in lowered and (
        which == 1  # the case-folding pattern may read words spelt otherwise
        or "this" in lowered
        or "goal of the" in lowered
        or "aim of the" in lowered
        or "purpose of the" in lowered
    )


def _unit_frames(
    source: str,
    which: int,
    lowered: str,
    keep: Callable[..., None],
    *,
    short: bool,
    words: frozenset[str] | None,
) -> None:
    """Amounts of time and period ends: "within 2 months", "by the end of the quarter"."""
    patterns = _relative_patterns(lowered, short=short)
    for match in itertools.chain.from_iterable(p[which].finditer(source) for p in patterns):
        # A range is read by its first number, as a target is: "in 10-11 months" is 10.
        groups = match.groupdict()
        amount = number_value(groups.get("low") or groups.get("amount") or groups["amount2"])
        if amount is not None and amount > 0:
            if groups.get("half") or groups.get("half2"):
                amount += 0.5
            unit = _unit(match["unit"])
            kind = (groups.get("kind") or "calendar").lower()
            if unit == "day" and kind != "calendar":
                unit = "weekday"  # "in 10 school days": Monday to Friday only
            keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                 unit=unit)  # fmt: skip
    if (
        "next" in lowered
        or "coming" in lowered
        or "following" in lowered
        or "first" in lowered  # _NEXT_WORDS, said one by one: no generator on every statement
    ):
        for match in _NEXT_UNIT_RE[which].finditer(source):
            unit = _unit(match["unit"] or match["unit2"])
            if unit == "quarter":
                # "within the next quarter": a calendar quarter, not three months from now.
                keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit="coming_quarter")
            elif unit == "year" and "coming" in match.group().lower():
                # "in the coming year": the calendar year nearest, as "the next quarter".
                keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit="coming_year")
            else:
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=1, unit=unit)
    if " from " in lowered or " time" in lowered:
        for match in _FROM_NOW.finditer(source, which):
            amount = number_value(match["amount"] or match["amount2"])
            if amount is not None and amount > 0:
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"] or match["unit2"]))  # fmt: skip
    if _LEFT_HINT_RE.search(lowered) is not None:
        for match in _LEFT_RE[which].finditer(source):
            amount = number_value(match["amount"] or match["amount2"])
            if amount is not None and amount > 0:
                keep(*match.span("frame" if match["frame"] else "frame2"),
                     kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"] or match["unit2"]))  # fmt: skip
    if _may_say_a_length(lowered, which):
        for match in _THIS_LENGTH_RE[which].finditer(source):
            amount = number_value(match["amount"])
            if amount:
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"]))  # fmt: skip
    if lowered.startswith("after ") or ". after " in lowered:
        for match in _AFTER_LEAD_RE[which].finditer(source):
            amount = number_value(match["amount"])
            if amount:
                keep(*match.span("frame"), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"]))  # fmt: skip
    if lowered.startswith("by ") or ". by " in lowered or "; by " in lowered:
        for match in _BY_LEAD_RE[which].finditer(source):
            amount = number_value(match["amount"])
            if amount:
                keep(*match.span("frame"), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"]))  # fmt: skip
    if "period" in lowered or "span" in lowered or "window" in lowered or "frame" in lowered:
        for match in _PERIOD_OF_RE[which].finditer(source):
            amount = number_value(match["amount"] or match["amount2"])
            if amount:
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"] or match["unit2"]))  # fmt: skip
    if "by " in lowered and _BY_AMOUNT_HINT_RE.search(lowered) is not None:
        for match in _BY_AMOUNT_RE[which].finditer(source):
            amount = number_value(match["amount"])
            if amount and not _changed_by(source, match.start()):
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"]))  # fmt: skip
    _nth_frames(source, which, lowered, keep, words)
    _plan_lengths(source, which, lowered, keep)
    joined = "," in lowered or "and" in lowered or "&" in lowered  # the hint's own words
    if joined and _TIME_AND_HINT_RE.search(lowered) is not None:
        for match in _TIME_AND_TARGET_RE[which].finditer(source):
            amount = number_value(match["amount"])
            if amount:
                keep(*match.span("frame"), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"]))  # fmt: skip
    _period_end_frames(source, which, lowered, keep)


def _plan_lengths(source: str, which: int, lowered: str, keep: Callable[..., None]) -> None:
    """A plan's own lengths: "my 30 day challenge", "at the 6 week mark"."""
    for word, patterns in (("challenge", _MY_CHALLENGE_RE), (" mark", _MARK_RE)):
        if word not in lowered:
            continue
        for match in patterns[which].finditer(source):
            amount = number_value(match["amount"])
            if amount:
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"]))  # fmt: skip


def _hour_frames(source: str, which: int, lowered: str, keep: Callable[..., None]) -> None:
    """Spans in hours that close a goal: "within 24 hours.", "Within the next 2 hours, ..."."""
    if not (
        "within" in lowered
        or "in " in lowered
        or "next" in lowered
        or "end of" in lowered
        or "after" in lowered
        or "period" in lowered
        or "span" in lowered
        or "frame" in lowered
    ):
        return  # every reading has one of these words: most hours are a habit's length
    for match in _hour_patterns()[which].finditer(source):
        frame = next(name for name in ("frame", "frame2", "frame3", "frame4") if match[name])
        if frame == "frame3" and _bare_in(match[frame]) and _timed_course(lowered):
            continue  # "Run the Barcelona Marathon in 4 hours": the time to beat
        group = "amount" + frame.removeprefix("frame")
        amount = number_value(match[group + "_low"] or match[group])
        if amount:
            keep(*match.span(frame), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                 unit="hour")  # fmt: skip


def _bare_in(frame: str) -> bool:
    """Whether *frame* is a span in hours led by "in" alone ("in 4 hours", not "in the next")."""
    return frame[:3].lower() == "in " and frame[3:].lstrip()[:3].lower() != "the"


def _timed_course(lowered: str) -> bool:
    """Whether *lowered* names a course done against the clock ("run the marathon")."""
    return any(course in lowered for course in _TIMED_COURSES)


def _period_end_frames(source: str, which: int, lowered: str, keep: Callable[..., None]) -> None:
    """The end of a period, or of its last part: "by the end of the quarter", "in the final
    90 days of the year"."""
    if ("final " in lowered or "last " in lowered) and " of " in lowered:
        for match in _FINAL_PART_RE[which].finditer(source):
            unit = "school_year" if "school" in match["unit"].lower() else match["unit"].lower()
            keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit=unit, offset=0)
    if (
        ("end" in lowered and _END_WORD_RE.search(lowered) is not None)  # not "spend", "weekend"
        or "by the quarter" in lowered
        or "close of" in lowered
        or ("before " in lowered and any(said in lowered for said in _IS_OVER))
    ):
        for match in _PERIOD_END_RE[which].finditer(source):
            unit = (match["unit"] or match["unit2"] or match["unit3"] or match["unit4"]
                    or match["unit5"] or "year").lower()  # fmt: skip
            said_next = (match["next"] or "").lower()
            if unit == "quarter" and said_next.startswith("the") and "next" in said_next:
                # "by the end of the next quarter" ends "the next quarter": the one whose
                # first day is nearest the start, as "within the next quarter" does.
                keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit="coming_quarter")
                continue
            if (
                source[match.start()] in "eE"  # no preposition nor "the" before: a modifier?
                and RECORD_AFTER_RE.match(source, match.end()) is not None
            ):
                continue  # "using end of year data": the record, not when it is due
            keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit=unit,
                 offset=1 if said_next else 0)  # fmt: skip


def _plan_frames(source: str, which: int, lowered: str, keep: Callable[..., None]) -> None:
    """The period a plan is for ("My goal for the week") and an amount of time alone in
    brackets, as care plans give a goal's horizon ("STG (4 wks):", "LTG (8 weeks):")."""
    if "for the " in lowered and _PLAN_HINT_RE.search(lowered) is not None:
        for match in _PLAN_PERIOD_RE[which].finditer(source):
            keep(*match.span("frame"), kind=TimeFrameKind.PERIOD_END,
                 unit=match["unit"].lower(), offset=0)  # fmt: skip
    if "for the " in lowered and "month" in lowered:
        for match in _FOR_THE_MONTH_RE[which].finditer(source):
            keep(*match.span(), kind=TimeFrameKind.PERIOD_END, unit="month", offset=0)
    if "(" in lowered:
        for match in _BRACKETED_AMOUNT_RE[which].finditer(source):
            amount = number_value(match["amount"])
            if amount:
                keep(*match.span("frame"), kind=TimeFrameKind.RELATIVE, amount=whole(amount),
                     unit=_unit(match["unit"]))  # fmt: skip


def _nth_frames(
    source: str, which: int, lowered: str, keep: Callable[..., None], words: frozenset[str] | None
) -> None:
    """The plan's own days, weeks and months counted: "by week 12", "by month 3", "by the
    end of the second month"."""
    said_a_unit = "week" in lowered or "day" in lowered or "month" in lowered
    if said_a_unit and _NTH_HINT_RE.search(lowered) is not None:
        for match in _NTH_RE[which].finditer(source):
            said = match["nth"].lower()
            nth = _NTH_WORDS[said] if said in _NTH_WORDS else int(said)
            unit = match["unit"].lower()
            if nth > 0 and unit == "month":
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=nth, unit="month")
            elif nth > 0:
                # The last day of week N (or day N) of the plan: a number of days after it.
                days = 7 * nth - 1 if unit == "week" else nth - 1
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=days, unit="day")
    if (
        " the " in lowered
        and (words is None or not _ORDINAL_WORDS.isdisjoint(words))  # an ordinal is a token
        and _NTH_PERIOD_HINT_RE.search(lowered) is not None
    ):
        for match in _NTH_PERIOD_RE[which].finditer(source):
            nth, unit = _ORDINALS[match["nth"].lower()], match["unit"].lower()
            if unit == "week":  # "by the end of the sixth week" is "by week 6": its last day
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=7 * nth - 1, unit="day")
            else:
                keep(*match.span(), kind=TimeFrameKind.RELATIVE, amount=nth, unit=unit)


# Words before a time frame that make it a start ("starting tomorrow"), and that make it
# say again a deadline already given ("in thirty days, that's June 29th").
_START_WORDS: Final = frozenset({"starting", "beginning", "start", "from", "since"})
_RESTATING_WORDS: Final = frozenset({"that's", "that’s", "i.e", "ie", "meaning"})
_RATE_AFTER_RE: Final = re.compile(
    r"\s*(?:a|an|per|each|every)\s+(?:day|week|month|year)\b"
    # "fast for 2 days at a time": how long each time lasts, inside the goal.
    r"|\s*(?:at\s+a\s+(?:time|stretch)|each\s+time|per\s+(?:session|sitting)|in\s+one\s+go)\b",
    re.IGNORECASE,
)


_TO_RE: Final = re.compile(r"\bto\b", re.IGNORECASE)
_FROM_RE: Final = re.compile(r"\bfrom\b", re.IGNORECASE)
# Words that may stand between a date and the amount of time that says it again.
_RESTATING_LEADS: Final = frozenset({"", "just", "only", "about", "roughly", "around", "or"})


def _dates_a_baseline(text: str, earlier: TimeFrame, later: TimeFrame) -> bool:
    """Whether *earlier* dates where a change starts and *later* where it ends.

    "from 22% in Aug. 2023 to 45% by Aug. 2028", "between Spring 2021 and Spring 2025".
    """
    between = text[earlier.end : later.start]
    if _word_before(text, earlier.start) == "between":
        return between.strip().lower() == "and"
    if _TO_RE.search(between) is None:
        return False
    before = text[max(0, earlier.start - 60) : earlier.start]
    starts = list(_FROM_RE.finditer(before))
    return bool(starts) and _TO_RE.search(before, starts[-1].end()) is None


def _restated(text: str, earlier: TimeFrame, later: TimeFrame) -> bool:
    """Whether *later*, an amount of time from now, says again the date *earlier* names.

    "by Labor Day, just 13 short weeks from now": the amount is drafted, as the
    amount is in "in thirty days, that's June 29th".
    """
    if earlier.kind is TimeFrameKind.RELATIVE or later.kind is not TimeFrameKind.RELATIVE:
        return False
    between = text[earlier.end : later.start]
    if not between.lstrip().startswith((",", "(", "-", "–", "—")):
        return False
    lead = between.strip(" ,(-–—").lower()
    return lead in _RESTATING_LEADS and later.text.lower().endswith(("from now", "from today"))


def _firm(text: str, frame: TimeFrame) -> bool:
    """Whether *frame* sets a deadline whatever else the statement says."""
    before = _word_before(text, frame.start)
    if is_start(text, frame.start) or before in _RESTATING_WORDS:
        return False
    if frame.text.lower() == "after work":
        return False  # "walk after work twice this week": a time of day beside the deadline
    return not (frame.text.lower().startswith("for ") or _is_rate(text, frame))


def _is_rate(text: str, frame: TimeFrame) -> bool:
    # "two papers in a week": one unit of time right after what is counted.
    if frame.kind is not TimeFrameKind.RELATIVE or frame.amount != 1:
        return False
    if not frame.text.lower().startswith(("in ", "within ")):
        return False
    return _word_before(text, frame.start).endswith("s")


# "within 10 days of signing", "within 2 days after each request": a standard each
# occurrence must meet, not a deadline ("within 90 days of starting" is one).
_OF_OCCURRENCE_RE: Final = re.compile(
    r"\s+(?:(?:of|after|from|following)\s+(?:(?:the|each|every|a|their|its)\s+)?)?"
    r"(?P<what>[a-z]+)",
    re.IGNORECASE,
)
_OCCURRENCES: Final = frozenset(
    """
    request requests signing receipt receiving submission submitting arrival admission
    discharge referral purchase order orders contact intake assignment incident onboarding
    enrollment enrolment delivery application notification
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _per_occurrence(text: str, frame: TimeFrame) -> bool:
    """Whether *frame* is a standard for each occurrence: "within 10 days of signing"."""
    if frame.kind is not TimeFrameKind.RELATIVE or not frame.text.lower().startswith("within "):
        return False
    # "within 5 days signing" has no "of", but says the same.
    match = _OF_OCCURRENCE_RE.match(text, frame.end)
    return match is not None and match["what"].lower() in _OCCURRENCES


def _role(text: str, frame: TimeFrame, firm: list[TimeFrame]) -> str:
    """ "deadline", "other" (time, but no deadline) or "count" (its number counts)."""
    lowered = frame.text.lower()
    if _per_occurrence(text, frame):
        return "other"  # "within 10 days of signing": each one's standard
    if lowered.startswith("for ") and _RATE_AFTER_RE.match(text, frame.end):
        return "count"  # "for 4 days a week": a frequency
    if is_start(text, frame.start):
        return "other"  # "starting tomorrow", "Beginning Monday, April 6": when it starts
    if "ed " in text and _in_a_past_clause(text, frame.start):
        return "other"  # "the cohort that joined this quarter": when something happened
    if "than" in text and _compared_with(text, frame.start):
        return "other"  # "more than you did in 2013": the time compared with
    if not firm or frame in firm:
        # With nothing firmer, a span or a rate is the deadline: "for six weeks",
        # "call five clients in a week".
        return "deadline"
    if lowered.startswith("for ") and _SPAN_ENDING_RE.match(text, frame.end):
        return "other"  # "for 12 weeks, ending within 6 months": a span, and when it ends
    if lowered.startswith("for ") and not lowered.startswith(("for the ", "for a ", "for an ")):
        return "count"  # "for three days" next week: three days of it
    return "other"


# A span whose end is said right after it: "for 12 weeks, ending within 6 months".
_SPAN_ENDING_RE: Final = re.compile(
    r"\s*[,(–—-]?\s*(?:ending|finishing|concluding|closing|wrapping\s+up)\b", re.IGNORECASE
)


def _changed_by(source: str, position: int) -> bool:
    """Whether the "by" at *position* says how much a time changes ("delay it by 2 weeks")."""
    before = [word.lower() for word in source[max(0, position - 48) : position].split()[-5:]]
    return bool(before) and (
        before[-1] in _BY_AMOUNT_PARTICLES or not _BY_AMOUNT_CHANGES.isdisjoint(before)
    )


def is_start(text: str, position: int) -> bool:
    """Whether a time frame at *position* says when the goal starts ("starting tomorrow").

    A weekday may stand between: "Beginning Monday, April 6", "starting on Monday, 1 March",
    "start at on Day 1".
    """
    before = text[max(0, position - 32) : position].split()[-3:]
    words = [word.lower().strip(",;:(") for word in before]
    if _START_WORDS.isdisjoint(words):
        return False  # the common case: no start word just before
    while words and (
        words[-1] in WEEKDAYS
        or words[-1] in ("on", "with", "at", "")
        or (words[-1].endswith("ly") and len(words[-1]) > 4)
    ):
        # "Beginning Monday, April 6", "start at on Day 1": the same day; "starting
        # technically tomorrow", "beginning officially on May 1" (an adverb): how it starts
        words.pop()
    return bool(words) and words[-1] in _START_WORDS


_WHO_WHICH: Final = frozenset({"that", "who", "which", "whom"})


def _in_a_past_clause(text: str, position: int) -> bool:
    """Whether a time frame at *position* says when something happened, in a clause that
    describes: "students who enrolled this semester", "the cohort that joined this quarter"."""
    said = text[max(0, position - 32) : position]
    if "ed " not in said:
        return False  # the common case: no word ending in -ed right before
    before = said.split()[-2:]
    return (
        len(before) == 2
        # "the weight I had gained over the winter": a past before the past, told
        and (before[0].lower() in _WHO_WHICH or before[0].lower() == "had")
        and before[1].lower().endswith("ed")
        and not before[1].lower().endswith("need")
    )


def _compared_with(text: str, position: int) -> bool:
    """Whether a time frame at *position* is what a goal is compared with: "than in 2017",
    "than you did in 2013" (not "more than 500 in 2027", whose year is the goal's)."""
    before = text[max(0, position - 24) : position].lower().split()[-4:]
    if "than" not in before:
        return False
    between = before[before.index("than") + 1 :]
    return all(word in _COMPARED_SUBJECTS for word in between)


# What may stand between "than" and the time compared with: who did it, and the verb.
_COMPARED_SUBJECTS: Final = frozenset(
    "i you we he she they it did do was were had have i've we've i'd".split()  # noqa: SIM905
)


def _word_before(text: str, position: int) -> str:
    before = text[max(0, position - 16) : position].split()
    return before[-1].lower().strip(",;:(") if before else ""


def _heading(source: str, start: int, end: int) -> bool:
    # "May – try one new fruit", "October: meat 4 days a week": first, then a dash or colon.
    return not source[:start].strip() and source[end:].lstrip()[:1] in ("-", "–", "—", ":")


def _bracketed(source: str, start: int, end: int) -> bool:
    return source[start - 1 : start] == "(" and source[end : end + 1] == ")"


# The highest day of a month a person writes: "June 31" is meant as the month's end.
_LAST_DAY_SAID: Final = 31
# The day "early" in a month ends on: the end of its first third.
_EARLY_DAY: Final = 10


# The words before a month that end a goal before the month begins.
_BEFORE_WORDS: Final = frozenset({"before", "prior to", "ahead of"})


def _before_a_month(prep: str | None) -> bool:
    """Whether *prep* is "before", "prior to" or "ahead of" (checked by its first letter
    first: most months follow "by" or "in")."""
    return (
        prep is not None
        and prep[:1] in "bpaBPA"
        and " ".join(prep.lower().split()) in _BEFORE_WORDS
    )


def _date_fields(match: re.Match[str]) -> dict[str, int | None] | None:
    groups = match.groupdict()
    # "by early March" (part of a month) and "by the start of March" are read by _DATE_LEAD_RE.
    part = (groups.get("part2") or "").lower()
    anchored = bool(groups.get("prep") or groups.get("prep2") or groups.get("end") or part)
    if match["iso"]:
        try:
            named = datetime.date.fromisoformat(match["iso"])
        except ValueError:
            return None
        return {"year": named.year, "month": named.month, "day": named.day}
    if match["quarter"]:
        year = int(match["qyear"]) if match["qyear"] else None
        fields: dict[str, int | None] = {"year": year, "month": int(match["quarter"]) * 3,
                                         "day": None}  # fmt: skip
        return fields | {"offset": 1} if match["qnext"] else fields
    if match["quarter2"]:
        if not anchored:
            return None  # "quarter 2 results" names a quarter; "in Quarter 2" ends in it
        said = match["quarter2"].lower()
        quarter = int(said) if said.isdigit() else _NTH_WORDS[said]
        year = int(match["q2year"]) if match["q2year"] else None
        return {"year": year, "month": quarter * 3, "day": None}
    if match["yearonly"]:
        # A bare number is not a date; "in 2027" and "by the end of 2027" are.
        if not anchored:
            return None
        first = int(match["yearonly"])
        if part and not match["yearpair"]:
            # "in early 2028": by the end of its first quarter; "late 2028": its end.
            return {"year": first, "month": 3 if part == "early" else 12, "day": 31}
        if match["yearpair"]:
            said = match["yearpair"]
            second = int(said) if len(said) == 4 else first // 100 * 100 + int(said)
            if second == first + 1:
                return {"year": second, "month": 6, "day": None}  # a school year ends in June
            if second > first:
                return {"year": second, "month": 12, "day": 31}  # "during 2020-2025"
            return None
        return {"year": first, "month": 12, "day": 31}
    month_name = match["month"] or match["month2"]
    day_text = match["day"] or match["day2"]
    year_text = match["year"] or match["year2"]
    if not anchored and not day_text and not year_text:
        return None  # "May" alone is more often a verb than a month
    if match["month"] and match["month"].lower() == "may" and not anchored and not year_text:
        return None  # "may 5 people ..." is not the fifth of May
    month = _MONTHS[month_name.lower()]
    year = int(year_text) if year_text else None
    day = int(day_text) if day_text else None
    if day is not None:
        check_year = year if year is not None else 2000  # a leap year accepts 29 February
        if not 1 <= day <= _LAST_DAY_SAID:
            return None
        if day > days_in_month(check_year, month):
            day = None  # "by June 31, 2013": a day the month lacks means its last day
    if groups.get("end") or part == "late":
        day = None  # "by late May": by the month's last day
    elif part and day is None:
        day = _EARLY_DAY  # "by early March": by its 10th
    elif day is None and _before_a_month(groups.get("prep")):
        # "before May", "prior to February": before the month begins, the last day of the
        # month before ("before May 5" is a day, "before the end of May" the month's end).
        month -= 1
        if month == 0:
            month, year = 12, None if year is None else year - 1
    return {"year": year, "month": month, "day": day}
