"""Time frames in a statement: when it says the goal ends, and the date that gives.

Time frames are read before numbers, so that a number inside one is never
taken for a target: in "in 5 years" the 5 is time. The forms read are

- relative: "in the next three months", "within 2 months", "in 5 years",
  "in five years' time", "over the next quarter", "for six weeks",
  "a year from now", "within a fortnight";
- dates: "by June 2027", "by 2027-06-30", "by 30 June 2027", "by June 30,
  2027", "by March" (the next March from the start), "by Q2 2027",
  "in 2027";
- period ends: "by the end of the quarter", "by the end of next quarter",
  "by year-end", "this year", "next quarter".

Frequencies ("twice a week", "monthly") and vague timing ("soon", "in the
coming months") are not deadlines. `TimeFrame.due_from(start)` turns a
frame into a date with `goalkit._schedule`'s month arithmetic.
"""

from __future__ import annotations

import datetime
import enum
import re
from typing import Final

import attrs

from goalkit._schedule import add, days_in_month, period_end
from goalkit._text.numbers import ONES, TENS, number_value, whole
from goalkit._text.tokens import both, searchable

__all__ = ["TimeFrame", "TimeFrameKind", "time_frames"]


class TimeFrameKind(enum.Enum):
    """How a time frame fixes its end.

    `RELATIVE`: an amount of time from the start ("within six months").
    `DATE`: a calendar date or month ("by June 2027", "by 30 June").
    `PERIOD_END`: the end of the start's week, month, quarter or year, or
    the next one ("by the end of the quarter", "next year").

    Examples:
        >>> TimeFrameKind.RELATIVE.value
        'relative'
    """

    RELATIVE = "relative"
    DATE = "date"
    PERIOD_END = "period_end"


@attrs.frozen(kw_only=True)
class TimeFrame:
    """A time frame in a statement; `due_from(start)` turns it into a date.

    RELATIVE frames carry `amount` and `unit` ("day", "week", "fortnight",
    "month", "quarter" or "year"); DATE frames `month` and optionally `day`
    and `year` (a missing day means the month's last day, a missing year the
    first such date on or after the start); PERIOD_END frames `unit` and
    `offset` (0 for this period, 1 for the next).

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
            2027-04-15 over the next quarter
        """
        if self.kind is TimeFrameKind.RELATIVE:
            return add(start, self.amount or 0, self.unit or "day")
        if self.kind is TimeFrameKind.PERIOD_END:
            return period_end(start, self.unit or "year", self.offset)
        month = self.month or 12
        year = start.year if self.year is None else self.year
        day = self.day or days_in_month(year, month)
        due = datetime.date(year, month, min(day, days_in_month(year, month)))
        if self.year is None and due < start:
            year += 1
            day = self.day or days_in_month(year, month)
            due = datetime.date(year, month, min(day, days_in_month(year, month)))
        return due

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


# ------------------------------------------------------------ time frames

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
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
_UNIT: Final = r"(?:day|week|fortnight|month|quarter|year)"
_NEXT_WORDS: Final = ("next", "coming", "following", "upcoming", "first")
_NEXT: Final = rf"(?:{'|'.join(_NEXT_WORDS)})"
_MONTH_RE: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PREP: Final = r"(?:by|before|until|till|on|in|during|due|deadline:?|no\s+later\s+than)"

_RELATIVE_RE: Final = both(
    rf"\b(?:in|within|over|during|for|inside(?:\s+of)?)\s+(?:the\s+)?(?:{_NEXT}\s+)?"
    rf"(?:(?P<low>{_NUM})\s*(?:-|–|to|or)\s*)?(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?"
    r"(?:['’]s?)?(?:\s+time)?\b",
)
_NEXT_UNIT_RE: Final = both(
    rf"\b(?:in|within|over|during|for)\s+the\s+{_NEXT}\s+(?P<unit>{_UNIT})\b"
)
_FROM_NOW_RE: Final = both(
    rf"\b(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?\s+from\s+(?:now|today|the\s+start)\b",
)
_PERIOD_END_RE: Final = both(
    rf"\b(?:{_PREP}\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?P<next>next)\s+)?"
    r"(?P<unit>week|month|quarter|year)\b"
    r"|\b(?:by|before|at)\s+(?:the\s+)?year[- ]end\b",
)
_DATE_RE: Final = both(
    rf"\b(?:(?P<prep>{_PREP})\s+)?(?:the\s+)?(?:(?P<end>(?:the\s+)?end\s+of)\s+)?(?:"
    r"(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?P<month>{_MONTH_RE})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
    r"(?:,?\s+(?P<year>\d{4}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_RE})\.?"
    r"(?:,?\s+(?P<year2>\d{4}))?"
    r"|q(?P<quarter>[1-4])(?:\s+(?P<qyear>\d{4}))?"
    r"|(?P<yearonly>(?:19|20|21)\d{2})"
    r")\b",
)
_THIS_NEXT_RE: Final = both(
    r"\b(?:(?:in|within|during)\s+the\s+|(?:this|(?P<next>next))\s+)(?P<unit>week|month|quarter|year)\b",
)


# Cheap tests that let most statements skip the big patterns: every relative
# or period time frame names a unit; every date has a digit or a month name.
_UNIT_HINT_RE: Final = re.compile(r"day|week|fortnight|month|quarter|year")
_DATE_HINT_RE: Final = re.compile(rf"\d{{4}}|\bq[1-4]\b|\b(?:{_MONTH_RE})\b")


def _unit(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") else word


def time_frames(text: str) -> list[TimeFrame]:
    """The time frames in *text*, in order of appearance; overlapping readings keep the first.

    Examples:
        >>> [(f.text, f.kind.value) for f in time_frames("Ship 2 demos by June 2027, in 5 weeks")]
        [('by June 2027', 'date'), ('in 5 weeks', 'relative')]
    """
    found: list[TimeFrame] = []

    def keep(match: re.Match[str], **fields: object) -> None:
        start, end = match.span()
        # Leading whitespace can be swallowed by optional groups; trim it.
        while start < end and text[start].isspace():
            start += 1
        if any(start < frame.end and frame.start < end for frame in found):
            return
        found.append(TimeFrame(text=text[start:end], start=start, end=end, **fields))  # type: ignore[arg-type]

    source, which = searchable(text)
    lowered = source.lower()
    has_unit = _UNIT_HINT_RE.search(lowered) is not None
    has_date = _DATE_HINT_RE.search(lowered) is not None
    from_now = has_unit and " from " in lowered
    has_end = has_unit and "end" in lowered
    coming = has_unit and any(word in lowered for word in _NEXT_WORDS)
    for match in _RELATIVE_RE[which].finditer(source) if has_unit else ():
        amount = number_value(match["amount"])
        if amount is not None and amount > 0:
            keep(
                match, kind=TimeFrameKind.RELATIVE, amount=whole(amount), unit=_unit(match["unit"])
            )
    for match in _NEXT_UNIT_RE[which].finditer(source) if coming else ():
        keep(match, kind=TimeFrameKind.RELATIVE, amount=1, unit=_unit(match["unit"]))
    for match in _FROM_NOW_RE[which].finditer(source) if from_now else ():
        amount = number_value(match["amount"])
        if amount is not None and amount > 0:
            keep(
                match, kind=TimeFrameKind.RELATIVE, amount=whole(amount), unit=_unit(match["unit"])
            )
    for match in _PERIOD_END_RE[which].finditer(source) if has_end else ():
        unit = match["unit"].lower() if match["unit"] else "year"
        keep(match, kind=TimeFrameKind.PERIOD_END, unit=unit, offset=1 if match["next"] else 0)
    for match in _DATE_RE[which].finditer(source) if has_date else ():
        fields = _date_fields(match)
        if fields is not None:
            keep(match, kind=TimeFrameKind.DATE, **fields)
    for match in _THIS_NEXT_RE[which].finditer(source) if has_unit else ():
        keep(match, kind=TimeFrameKind.PERIOD_END, unit=match["unit"].lower(),
            offset=1 if match["next"] else 0)  # fmt: skip
    return sorted(found, key=lambda frame: frame.start)


def _date_fields(match: re.Match[str]) -> dict[str, int | None] | None:
    anchored = bool(match["prep"] or match["end"])
    if match["iso"]:
        try:
            named = datetime.date.fromisoformat(match["iso"])
        except ValueError:
            return None
        return {"year": named.year, "month": named.month, "day": named.day}
    if match["quarter"]:
        year = int(match["qyear"]) if match["qyear"] else None
        return {"year": year, "month": int(match["quarter"]) * 3, "day": None}
    if match["yearonly"]:
        # A bare number is not a date; "in 2027" and "by the end of 2027" are.
        return {"year": int(match["yearonly"]), "month": 12, "day": 31} if anchored else None
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
        if not 1 <= day <= days_in_month(check_year, month):
            return None
    if match["end"]:
        day = None
    return {"year": year, "month": month, "day": day}
