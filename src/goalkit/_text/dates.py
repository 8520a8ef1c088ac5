"""Calendar words beyond amounts of time, and the events people set deadlines by.

`time_frames` reads amounts of time ("within six months"), named dates
("by June 2027") and period ends ("by the end of the quarter"); this
module reads the rest of what people write, as fields for a `TimeFrame`:

- slash dates, US month first: "by 6/30", "before 12/31", "on 2/14/2027";
  a slash date needs a word such as "by" or a year, so "from 7/10 to
  8.5/10" stays a score;
- days: "tomorrow", "today", "after work", "by Friday", "on Tuesday",
  "this Saturday", "this weekend";
- the day itself: "by the end of this shift", "by end of day", "by EOD";
- parts of a year or month: "this winter", "by the end of the summer",
  "spring 2017" (that year's), "by summer" (the day it begins: one is ready
  by its arrival), "before summer" (the day before it begins), "next winter"
  (the next one not yet begun: said in January, the one from December),
  "mid-year", "mid this month", "by mid-October", "for the month of February", "the first
  two weeks of November", "by the end of the 3rd quarter";
- school time: "this semester", "For next term" (the semester just begun,
  in its first 45 days, else the next), "by the end of the semester", "the end of
  the school year", "the upcoming academic year", "by the end of the IEP
  year" (twelve months from the start, as an IEP runs from its plan), "by the
  end of the second grade", "before the end of grade 10", "by end of sophomore
  year" (the school year's end);
- holidays: "by Christmas", "before New Year's Eve", "'til Turkey Day",
  "by Easter", "for Halloween", "by Valentine's Day", "by the Fourth of
  July", "by Memorial Day", "before Labor Day", "by Mother's Day": the first
  such day on or after the start (Thanksgiving is the fourth Thursday of
  November, Memorial Day the last Monday of May, Labor Day the first Monday of
  September, as in the US; Easter the Western date);
- the year's end in words: "before the new year", "before the year is
  over", "for the year".

It also finds deadlines that are events with no date ("for my wedding",
"on my next math test", "by the time I turn 30", "before turning forty",
"this season", "during my rotation", "within one marking period", "by spring
break", "by discharge", "by the end of 4 treatment visits", "by Field Day"):
a person reads them as a deadline, but no date can be drafted from them. A
holiday the calendar dates is no such event; a day named with capitals that
goalkit does not know ("by Founders Day") is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from goalkit._text.tokens import both, tokenize

__all__ = [
    "EVENT_WORDS",
    "MONTHS",
    "RECORD_AFTER_RE",
    "WEEKDAYS",
    "Alternatives",
    "Reading",
    "calendar_readings",
    "deadline_events",
]

#: A time frame as read here: start, end, kind ("date", "period_end", "relative",
#: "weekday", "holiday") and the fields of the `TimeFrame` it becomes.
Reading = tuple[int, int, str, dict[str, int | float | str | None]]
Fields = dict[str, int | float | str | None]

#: Weekday names and their number (Monday is 0), as `datetime.date.weekday` counts.
WEEKDAYS: Final = {
    name: number
    for number, names in enumerate(
        [
            ("monday",),
            ("tuesday", "tues"),
            ("wednesday",),
            ("thursday", "thurs"),
            ("friday",),
            ("saturday",),
            ("sunday",),
        ]
    )
    for name in names
}
#: Month names and abbreviations, and their number.
MONTHS: Final = {
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
_MONTH_RE: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
# The end of each season, as a month: winter ends in February (meteorological seasons).
_SEASONS: Final = {"winter": 2, "spring": 5, "summer": 8, "fall": 11, "autumn": 11}
_ORDINALS: Final = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
_COUNT_WORDS: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_BY: Final = r"(?:by|before|until|till|til|'til|’til|due|no\s+later\s+than|between\s+now\s+and)"
# Words after which a day is when something starts, not when it ends.
_STARTING: Final = ("starting", "beginning", "from", "since", "start")


class Alternatives:
    """One pattern of alternatives, each tried only where it may match.

    Each alternative comes with the substrings one of which every match of it
    holds. In lower-cased text (`searchable`'s 0) an alternative none of whose
    substrings is said cannot match anywhere, so leaving it out changes no match of
    the others: the smaller pattern finds what the whole one finds, for less
    (most statements say the words of one or two alternatives). The groups of the
    alternatives left out stay defined, behind a branch that never matches.

    Examples:
        >>> dawn, dusk = (("dawn",), r"by\\s+dawn"), (("dusk",), r"at\\s+(?P<dusk>dusk)")
        >>> pattern = Alternatives(dawn, dusk)
        >>> [(m.group(), m["dusk"]) for m in pattern.finditer("up by dawn", 0)]
        [('by dawn', None)]
    """

    def __init__(self, *alternatives: tuple[tuple[str, ...], str]) -> None:
        self._hints = tuple(hints for hints, _ in alternatives)
        self._branches = tuple(branch for _, branch in alternatives)
        self.whole: Final = both("|".join(self._branches))
        self._some: dict[tuple[bool, ...], re.Pattern[str]] = {}

    def finditer(self, source: str, which: int) -> Iterator[re.Match[str]]:
        """The matches of the whole pattern in *source*, as `both`'s pair finds them."""
        if which:
            return self.whole[1].finditer(source)
        said = tuple([any(map(source.__contains__, hints)) for hints in self._hints])
        if not any(said):
            return iter(())  # no alternative can match
        pattern = self._some.get(said)
        if pattern is None:
            pattern = self._some[said] = self._pattern(said)
        return pattern.finditer(source)

    def _pattern(self, said: tuple[bool, ...]) -> re.Pattern[str]:
        if all(said):
            return self.whole[0]
        tried = "|".join(branch for branch, on in zip(self._branches, said, strict=True) if on)
        if not self.whole[0].groups:
            return re.compile(tried)  # no groups to keep: the branches said, compiled alone
        left = "|".join(branch for branch, on in zip(self._branches, said, strict=True) if not on)
        # A nul, then nothing: the engine drops the branch at its first character.
        return re.compile(f"{tried}|\\x00(?!)(?:{left})")


# US month first ("by 6/30"); a first number above 12 can only be a day, as most of the
# world writes dates: "by 31/03/2027" is 31 March.
_SLASH_RE: Final = both(
    rf"\b(?:(?P<prep>{_BY}|on)\s+)?(?:(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])"
    r"|(?P<dayfirst>1[3-9]|2\d|3[01])/(?P<monthafter>1[0-2]|0?[1-9]))"
    r"(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])(?P<context>\s+this\s+year)?"
)
_DAY_RE: Final = both(
    rf"\b(?:(?P<prep>{_BY}|on|this|next|coming|this\s+coming)\s+)"
    rf"(?P<weekday>{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b"
    r"|\b(?:(?:by|before|until)\s+)?(?P<tomorrow>tomorrow)\b"
    r"|\b(?P<today>today|tonight|after\s+work)\b"
    r"|\b(?:(?P<this>this|by\s+the|before\s+the|over\s+the)|(?P<next>next))\s+weekend\b"
)
# "by the end of this shift", "by end of day", "by EOD", "by the end of the session": the
# day the goal starts.
_DAY_END: Final = Alternatives(
    (
        ("end",),
        r"\b(?:by|before|until|till|at)\s+(?:the\s+)?end\s+of\s+"
        r"(?:the\s+|this\s+|my\s+|your\s+|today['’]s\s+)?"
        # "by the end of the session" (a therapy session, a lesson, a class): today's.
        r"(?:(?:work|school|business|working)\s*)?(?:\d{1,2}[- ]?(?:hour|hr)\s+)?"
        r"(?:shift|day|session|lesson|class)\b(?!\s+\d)",
    ),
    (("eod", "cob", "close"), r"\b(?:by|before)\s+(?:eod|cob|close\s+of\s+business)\b"),
    # "during this 8 hour shift", "within my shift", "within a three-hour shift": a shift is
    # the day it is worked.
    (
        ("shift",),
        r"\b(?:during|within|in|throughout|over|for|on)\s+(?:this|my|the|today['’]s|an?)\s+"
        r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?"
        r"(?:hour|hr)\s+)?(?:(?:day|night|work)\s+)?shift\b",
    ),
    # "before dinner", "by lunchtime", "by bedtime": a meal or the night, today's.
    (
        ("breakfast", "lunch", "dinner", "supper", "bedtime", "noon", "midday"),
        r"\b(?:before|by|until|till)\s+(?:(?:today['’]s|tonight['’]s|the)\s+)?"
        r"(?:breakfast|lunch|dinner|supper|lunchtime|dinnertime|bedtime|noon|midday)\b"
        r"(?!\s+(?:each|every|daily|most|on|at)\b)",
    ),
)
_SEASON_RE: Final = both(
    rf"\b(?:(?P<sprep>{_BY}|this|during|in|next|throughout|over"
    # "My goal for the summer", "plans for the winter": the season a plan is for, as
    # "My goals for May" is the month's.
    r"|(?:(?<=goal\s)|(?<=goals\s)|(?<=plan\s)|(?<=plans\s)|(?<=resolution\s))for)\s+)?"
    r"(?:(?P<snext>next|this|coming|upcoming)\s+)?(?:the\s+)?"
    r"(?P<send>end\s+of\s+(?:the\s+|this\s+)?)?"
    # "in 2021 summer": the year said first, as "summer 2021".
    r"(?:(?P<pyear>(?:19|20|21)\d\d)\s+)?"
    # "by early summer": its first month; "mid-summer": the middle one's 15th; "late": its end
    r"(?:(?P<spart>early|mid|late)[- ]?)?"
    r"(?P<season>winter|spring|summer|fall|autumn)(?:time)?"
    # "spring 2017", "the summer of 2008", "Summer of next year": that season of that year.
    r"(?:,?\s+(?:of\s+)?(?P<syear>(?:19|20|21)\d\d\b(?![-–/]\d)|next\s+year\b))?"
    r"(?P<sover>\s+(?:ends|is\s+over)|['’]s\s+end)?\b"
    # "the spring semester" is the school's: read below; "by spring break", "before
    # summer vacation" are the school's too, with dates no calendar fixes: undated events.
    r"(?!\s+(?:semester|term|session|quarter|break|vacation|holidays?|recess)\b)"
)
_PART: Final = Alternatives(
    (("mid",), r"\b(?:by\s+|before\s+)?(?:the\s+)?mid[- ]?year\b"),
    # "by the middle of the year": mid-year; "by mid-2028": the middle of that year.
    (("middle",), rf"\b(?:(?:{_BY}|in|around)\s+)?the\s+middle\s+of\s+(?:the|this)\s+year\b"),
    (
        ("mid",),
        rf"\b(?:(?:{_BY}|in|around)\s+)?(?:the\s+)?mid[- ]?"
        r"(?P<midyear>(?:19|20|21)\d\d)\b(?![-–/]\d)",
    ),
    # Halves of a year, as plans say them: "by the end of H1", "in H2 2028", "in the first
    # half of the year", "during the second half of 2028".
    (
        ("h1", "h2", "1h", "2h"),
        rf"\b(?:{_BY}|in|during|within|over|for|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        r"(?:h(?P<hnum>[12])|(?P<hnum2>[12])h)\b(?:\s+(?:of\s+)?(?P<hyear>(?:19|20|21)\d\d)\b)?",
    ),
    (
        ("half",),
        rf"\b(?:(?:{_BY}|in|during|within|over|for|at)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        r"(?P<half>first|second|1st|2nd)\s+half\s+of\s+(?:the\s+|this\s+)?"
        r"(?:(?:calendar|fiscal)\s+)?(?:year|(?P<hyear2>(?:19|20|21)\d\d))\b",
    ),
    (("mid",), r"\b(?:by\s+)?mid(?:[- ]month|\s+this\s+month|\s+month)\b"),
    # "by mid-October", "in mid March": the middle of the month, its 15th.
    (
        ("mid",),
        rf"\b(?:(?:{_BY}|in|around|until)\s+)?(?:the\s+)?mid[- ]?(?P<mid>{_MONTH_RE})\b",
    ),
    (
        ("month",),
        rf"\b(?:for|in|during|throughout)\s+(?:the\s+)?month\s+of\s+(?P<month>{_MONTH_RE})\b",
    ),
    (
        ("remainder", "rest"),
        r"\b(?:(?:for|in|during|throughout|over)\s+)?the\s+(?:remainder|rest)\s+of\s+"
        rf"(?:the\s+month\s+of\s+)?(?P<month3>{_MONTH_RE})\b",
    ),
    (
        ("week",),
        r"\b(?:(?:in|during|within|for|by|over)\s+)?(?:the\s+)?"
        r"(?P<which>first|1st|last|second|2nd|third|3rd)"
        rf"\s+(?:(?P<count>one|two|three|four|[1-4])\s+)?weeks?\s+of\s+(?P<month2>{_MONTH_RE})\b",
    ),
    (
        ("quarter",),
        rf"\b(?:(?:{_BY}|in|during)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        # "In the final quarter of 2021", "the first quarter of 2021": that year's.
        r"(?P<ordinal>first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+quarter\b"
        r"(?:\s+of\s+(?:the\s+year\s+)?(?P<oyear>(?:19|20|21)\d\d)\b(?!\s*[-–/]\s*\d))?",
    ),
)
# "by the 15th", "before the 1st of next month": a day of this month, or the next.
_DAY_OF_MONTH_RE: Final = both(
    rf"\b(?:{_BY}|on)\s+the\s+(?P<dom>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?:\s+of\s+(?:the|this|(?P<domnext>next))\s+month\b|(?=\s*(?:[.,;!)]|$)))"
)
_GRADE_ORDINALS: Final = (
    r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth"
)
# A grade's number after "grade" ("grade 10", "Grade two"), and the classes a school year is
# named by ("sophomore year").
_GRADE_NUMBER: Final = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLASS_YEARS: Final = ("senior", "junior", "sophomore", "freshman")
# Words after a grade that say whose or which grade it is, not when: "grade 3 students".
_WHO_IN_A_GRADE: Final = (
    r"students|pupils|children|kids|classes|classrooms|teachers|level|reading|math|curriculum"
    r"|standards"
)
_SCHOOL: Final = Alternatives(
    (
        ("semester",),
        rf"\b(?:(?:{_BY}|this|for|during|in)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?)?"
        r"(?:(?P<this>this|current)\s+)?(?:new\s+)?semester\b",
    ),
    # "during the 2012-2013 school year", "for the 2012 – 13 school year": ends June 2013.
    (
        ("19", "20"),
        rf"\b(?:(?:{_BY}|for|during|in)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        r"(?P<first>(?:19|20)\d\d)(?:\s*[-–/]\s*|\s+)(?P<second>(?:19|20)?\d\d)\s+(?:school|academic)"
        r"\s+year\b",  # "the 2025 2026 academic year", its dash left out
    ),
    # "at the end of the 2022 school year": the school year that ends in June 2022.
    (
        ("19", "20"),
        rf"\b(?:(?:{_BY}|for|during|in|at)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        r"(?P<single>(?:19|20)\d\d)\s+(?:school|academic)\s+year\b",
    ),
    (("semester",), rf"\b(?:{_BY}|at)\s+(?:the\s+)?semester['’]?s?\s+end\b"),
    # "in just two semesters": the end of the second, counting the one under way.
    (
        ("semester",),
        r"\b(?:in|within|over|for|during)\s+(?:just\s+|only\s+|the\s+next\s+)?"
        r"(?P<count>one|two|three|four|[1-4])\s+semesters?\b",
    ),
    # A school term, said as this one or its end ("long-term" is no term): the semester.
    (
        ("term",),
        rf"\b(?:(?:{_BY}|for|during|in|at)\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?"
        r"|this\s+|(?:the\s+)?current\s+)(?P<term>term)\b",
    ),
    # "For next term", "the coming semester": the semester about to begin, or just begun.
    (
        ("term", "semester"),
        rf"\b(?:(?:{_BY}|for|during|in|over)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        r"(?P<coming>next|coming|upcoming|following)\s+(?:term|semester)\b",
    ),
    (
        ("school", "academic"),
        rf"\b(?:(?:{_BY}|for|during|in)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        r"(?:(?:entire|whole|(?P<next>upcoming|next|following))\s+|this\s+)?"
        # "the academic session", as British and Indian schools say: the school year.
        r"(?:(?:school|academic)\s+year|academic\s+session)\b",
    ),
    (
        ("iep",),
        rf"\b(?:(?:{_BY}|for|during|in|within)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
        r"(?:(?:this|current|one|an?)\s+)?(?P<iep>iep)\s+(?:(?:calendar|plan)\s+)?(?:year|period"
        # "By (IEP end date)": a form's blank for the day the IEP ends, its year's end.
        r"|end\s+date)\b",
    ),
    # "by the first day of school", "before school starts": the school year's first day.
    (
        ("school",),
        rf"\b(?:{_BY}|for|on)\s+(?P<opening>(?:the\s+)?first\s+day\s+of\s+(?:the\s+)?(?:new\s+)?"
        r"school(?:\s+year)?|(?:the\s+time\s+)?school\s+(?:starts|begins|resumes|opens))\b",
    ),
)
# Read apart, behind their own words: "the spring semester" is the first half of the year,
# "the fall semester" the second; "by the end of the second grade", "by the end of
# kindergarten" end with the school year.
_HALF_OR_GRADE: Final = Alternatives(
    (
        ("semester", "term"),
        rf"\b(?:(?:{_BY}|for|during|in|over)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?)?"
        r"(?P<half>spring|winter|fall|autumn)\s+(?:semester|term)\b",
    ),
    # ... and "by end of Grade 2", "the end of their first grade year", "by end of
    # sophomore year": a grade or a year of school named by its number or its class.
    (
        ("grade", "kindergarten", "prek", "pre-k", "preschool", "pre-school", *_CLASS_YEARS),
        rf"\b(?:{_BY}|at)\s+(?:the\s+)?end\s+of\s+(?:(?:the|this|my|our|their|his|her|your)\s+)?"
        rf"(?P<grade>(?:(?:{_GRADE_ORDINALS})\s+)?grade(?:\s+{_GRADE_NUMBER})?(?:\s+year)?"
        r"|kindergarten(?:\s+year)?|pre-?k|pre-?school"
        rf"|(?:{'|'.join(_CLASS_YEARS)})\s+year)\b(?!\s*(?:[-–/]?\d|{_WHO_IN_A_GRADE}))",
    ),
)
# A quarter of a year written as two ("Q2 FY 2017-18", "quarter three of the 2023/2024
# school year"): a fiscal year from April, a school year from July.
_SPLIT_YEAR_QUARTER_RE: Final = both(
    rf"\b(?:(?:{_BY}|in|during)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:q(?P<q>[1-4])|quarter\s+(?P<n>one|two|three|four|[1-4])"
    r"|(?P<ordinal>first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter)"
    r"\s+(?:of\s+)?(?:the\s+)?(?P<fy>fy|fiscal\s+year)?\s*"
    r"(?P<first>(?:19|20)\d\d)\s*[-/–]\s*(?P<second>(?:19|20)?\d\d)"
    r"(?P<school>\s+(?:school|academic)\s+year)?\b"
)
_HOLIDAY_RE: Final = both(
    # "my Labor Day target", "our Christmas goal": the holiday a goal is for, as "My May goal".
    # "during Thanksgiving", "this Christmas": said as a month is ("during May", "this July").
    rf"\b(?:(?:{_BY}|for|on|at|over|during)\s+(?:(?:this|next|the)\s+)?|(?:this|next)\s+"
    r"|(?P<mine>my|our)\s+)(?:"
    r"(?P<christmas>christmas|xmas)(?P<eve>\s+eve)?(?:\s+day)?"
    r"|(?P<new_year>new\s+year['’]?s)(?P<new_eve>\s+eve)?(?P<new_day>\s+day)?"
    r"|(?P<thanksgiving>thanksgiving|turkey\s+day)(?:\s+day)?"
    r"|(?P<easter>easter)(?:\s+sunday)?"
    r"|(?P<halloween>halloween)"
    r"|(?P<valentine>valentine['’]?s)(?:\s+day)?"
    r"|(?P<july>independence\s+day|the\s+fourth\s+of\s+july)"
    # Holidays on the nth weekday of a month, and more on a fixed day.
    r"|(?P<named>memorial|labou?r|mlk|martin\s+luther\s+king(?:,?\s+jr\.?)?|presidents?['’]?s?"
    r"|washington['’]?s|mother['’]?s|father['’]?s|columbus|veterans?['’]?s?"
    r"|(?:st\.?|saint)\s+patrick['’]?s|canada|boxing|earth)\s+day"
    # "by Thanksgiving break" is the school's break: an undated event.
    r")\b(?!\s+(?:break|vacation|recess|holidays)\b)"
    # "by Christmas 2028": that year's.
    r"(?:,?\s+(?P<hyear>(?:19|20|21)\d\d)\b(?![-–/]\d))?"
)
_YEAR_END_RE: Final = both(
    r"\bbefore\s+the\s+(?:new\s+year|year\s+(?:is\s+over|ends|is\s+out))\b"
    r"|\b(?:by|until|till)\s+the\s+new\s+year\b"  # "by the new year": its turn
    # "Run 1000 miles across the year", "30x up The Mount over the year": all of it.
    r"|\b(?:for|by|throughout|over|across)\s+the\s+(?:whole\s+|entire\s+)?year\b"
    r"(?!\s+(?:of|ahead|(?:19|20|21)\d\d))"
    r"|\b(?:by|before|until|till)\s+(?:the\s+)?year['’]s\s+end\b"
    # "This is the year I get back in shape": this year, to its end.
    r"|\bthis\s+is\s+(?:the|my|our)\s+year\b"
)
# "make more money in the new year", "The goal for the New Year", "start the new year off at
# 165": the year a goal is set for, the one nearest the start (not "New Year's"). Read apart,
# only where "new year" is said.
_NEW_YEAR_RE: Final = both(
    r"\b(?:in|for|during|throughout|into|start|begin)\s+the\s+new\s+year\b"
    r"(?!['’]|\s+(?:eve|day)\b)"
)
_EVENT_RE: Final = both(
    r"\b(?:for|before|by|until|till|til|'til|’til|on|at|in|during)\s+"
    # "by the end of the 1st meeting", "at the close of our conference": the event's end.
    r"(?:the\s+(?:end|close|conclusion)\s+of\s+)?"
    # "by Baby's 1st Birthday", "for Mom's birthday": a person's, named.
    r"(?:my|our|the|his|her|their|your|this|(?!(?:it|that|let|there|what|he|she)['’]s)"
    r"[a-z]+['’]s)\s+"
    r"(?:(?:next|upcoming|coming|first|final|big|annual|yearly|end-of-year|1st|2nd|3rd"
    r"|[4-9]th)\s+)?"
    # "on the next three math tests": how many may come before the kind
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    # "on their spring Math FAST Test": a season's sitting, named in up to three words.
    r"(?:(?:spring|fall|autumn|winter|summer)\s+(?:[a-z0-9]+\s+){0,2}"
    r"|(?:[a-z0-9]+(?:-[a-z]+)?\s+)?)"
    r"(?:wedding|exams?|tests?|midterms?|finals|quiz|review|appraisal|evaluation|interview|"
    r"trip|cruise|race|meeting|date|"
    r"recital|birthday|anniversary|vacation|holiday|reunion|graduation|deadline|big\s+day|"
    r"exhibition|showcase|concert|conference|marathon|triathlon|follow-?up|visit|"
    r"competition|tournament|match|audition|performance\s+review|check-?up|appointment)\b"
    r"|\bby\s+the\s+time\s+(?:i|we|you|she|he|they)\b(?:\s+\w+){1,4}"
    # "by the time the baby arrives", "by the time my leave ends": whatever comes then
    r"|\bby\s+the\s+time\s+(?:the|my|our|his|her|their|your)\s+\w+(?:\s+\w+){1,3}"
    # "in time for the summer league", "in time for my sister's wedding": whatever it is for.
    r"|\bin\s+time\s+for\s+(?:the|my|our|his|her|their|your|[a-z]+['’]s)\s+[\w'’-]+"
    # "until finals", "before midterms": a school's exams, with no determiner.
    r"|\b(?:for|before|by|until|till)\s+(?:finals|midterms|exams|graduation)\b"
    # "Score 85% on Biology midterm": one exam, named by its subject, with no determiner.
    r"|\bon\s+(?!(?:each|every|a|an|any|all|most|some|weekly|daily|unit)\b)"
    r"(?:[a-z]+\s+){1,2}(?:midterm|final\s+exam|exam|test)\b(?!\s*[-/]|\s+\w*s\b)"
)
_COURSES: Final = frozenset(
    """
    rotation internship placement residency practicum clerkship externship apprenticeship
    course program programme training camp module workshop unit sessions teaching
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_NTH_PERIOD_WORDS: Final = frozenset(
    """
    second 2nd third 3rd fourth 4th fifth 5th sixth 6th seventh 7th eighth 8th ninth 9th tenth
    10th 11th 12th 13th 14th 15th 16th 17th 18th 19th twelfth
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# The words one of which says a time is counted from a surgery or a birth.
_AFTER_CARE: Final = (
    "postoperative", "postoperatively", "post-operative", "post-operatively", "postop",
    "post-op", "postsurgery", "post-surgery", "postsurgical", "post-surgical", "postpartum",
    "post-partum",
)  # fmt: skip
# "This time, I'll ..." (the next talk, the next try), "By the end, I will ..." (of a
# course or a program the page names): an occasion said at a sentence's start, so read
# only where a sentence opens with "this" or "by" (`_opens_with_this_or_by`).
_OPENING_OCCASION_RE: Final = both(
    r"(?:^|(?<=[.!?;] ))(?:this\s+time(?=\s*,|\s+(?:i|we)\b)|by\s+the\s+end(?=\s*,))"
)
_SENTENCE_OPENERS: Final = tuple(f"{mark} {word}" for mark in ".!?;" for word in ("this", "by"))


def _opens_with_this_or_by(source: str, which: int) -> bool:
    """Whether *source* (lower-cased where *which* is 0) has a sentence opening with "this"
    or "by": where `_OPENING_OCCASION_RE` can match."""
    return bool(which) or (
        source.startswith(("this", "by")) or any(said in source for said in _SENTENCE_OPENERS)
    )


# More undated events, each behind the words one of which it needs, so that most
# statements skip them all.
_MORE_EVENTS: Final = (
    # "in my next three lessons", "by our next session": occasions still to come.
    (
        frozenset({"next", "upcoming", "coming"}),
        both(
            r"\b(?:for|before|by|until|in|at|during|over|within)\s+(?:(?:my|our|the|his|her|their"
            r"|your)\s+)?(?:next|upcoming|coming)\s+(?:(?:two|three|four|five|six|seven|eight|nine"
            r"|ten|\d{1,2})\s+)?(?:[a-z]+\s+)?(?:lessons?|classes|sessions?|visits?|games?"
            r"|practices?|meets?|shows?|matches|tutorials?|seminars?|lectures?|clinics?"
            r"|check-?ins?|supervisions?|assessments?|appointments?|meetings?|reviews?)\b"
            # "passing the next math test", "on the next quarterly testing": a test still to
            # come, whatever the verb.
            r"|\b(?:the|my|our|his|her|their|your)\s+(?:next|upcoming)\s+(?:[a-z]+\s+)?"
            r"(?:tests?|testing|exams?|quiz|quizzes|midterms?|assessments?)\b"
        ),
    ),
    # "by spring break", "before summer vacation": a school's break, dated by the school.
    (
        frozenset({"break", "vacation", "holidays", "holiday", "recess"}),
        both(
            r"\b(?:for|before|by|until|till|over|during|after|at)\s+(?:the\s+end\s+of\s+)?"
            r"(?:the\s+|my\s+|our\s+)?(?:(?:next|upcoming|coming)\s+)?(?:spring|summer|winter|fall|autumn|christmas"
            r"|easter|thanksgiving|mid-?term|half-?term|school|holiday)\s+(?:break|vacation"
            r"|holidays|recess)\b"
            # "before the holidays": the year-end holidays, on days each family keeps.
            r"|\b(?:for|before|by|until|till|over|during)\s+the\s+(?:holidays|holiday\s+season)\b"
        ),
    ),
    # "by discharge", "at the time of discharge": a stay in care ends on a day unsaid.
    (
        frozenset({"discharge", "discharged"}),
        both(
            r"\b(?:by|before|at|upon|on|until|prior\s+to)\s+(?:the\s+(?:time|day|point)\s+of"
            r"\s+)?(?:(?:my|his|her|their|the|[a-z]+['’]s)\s+)?discharge\b"
            r"(?!\s+(?:plans?|process|planning|summary|instructions|papers|rates?)\b)"
            r"|\b(?:by\s+the\s+time|before|until|when)\s+(?:i|he|she|they|the\s+\w+)\s+"
            r"(?:is|are|am|gets?)\s+discharged\b"
        ),
    ),
    # "by the end of 4 treatment visits", "within 6 sessions": a number of occasions, each
    # on a day unsaid; not a rate ("in 2 sessions a week"), nor a run ("in 3 consecutive").
    (
        frozenset(
            {
                "visits",
                "sessions",
                "treatments",
                "lessons",
                "classes",
                "appointments",
                "visit",
                "session",
                "treatment",
                "lesson",
                "appointment",
            }
        ),
        both(
            r"\b(?:(?:by|at|before)\s+the\s+end\s+of|within|in|over|after)\s+(?:the\s+"
            r"(?:next|first)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})"
            # "in 3 consecutive sessions": a run of sessions a result is shown in, the
            # mastery's criterion, not when the goal ends.
            r"\s+(?:(?!consecutive|successive|straight)[a-z-]+\s+)?"
            r"(?:visits?|sessions?|treatments?|lessons?|classes|appointments?)"
            r"\b(?!\s+(?:a|an|per|each|every)\b)"
        ),
    ),
    # "before taking the GED practice test": a test still to sit, however it is named.
    (
        frozenset({"taking", "sitting", "writing"}),
        both(
            r"\b(?:before|by|until)\s+(?:taking|sitting|writing)\s+(?:the|my|our|his|her|their)"
            r"\s+(?:[a-z0-9]+\s+){0,3}(?:exams?|tests?|quiz|midterms?|finals|boards)\b"
        ),
    ),
    # "before turning forty", "before I turn 40", "by age 50": an age, with no date.
    (
        frozenset({"turn", "turning", "age", "am", "i'm", "i’m"}),
        both(
            r"\b(?:before|by|until)\s+(?:turning|i\s+turn|i\s+am|i['’]m|(?:the\s+)?age"
            r"(?:\s+of)?)\s+(?:\d{2}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
        ),
    ),
    # "this season", "by the end of the season": a season of a sport has no fixed end.
    (
        frozenset({"season"}),
        both(r"\b(?:this|next|(?:for|during|in|throughout|by\s+the\s+end\s+of)\s+the)\s+season\b"),
    ),
    # "during my medical-surgical rotation", "by the end of the course", "at the
    # conclusion of Math 60": a course or placement whose dates go unsaid; and so is a
    # series of sessions or a teaching.
    (
        _COURSES,
        both(
            r"\b(?:during|throughout|(?:whilst|while)\s+on|(?:by|at|before)\s+the\s+end\s+of)"
            r"\s+(?:my|our|the|this|his|her|their|your)\s+(?:[\w-]+\s+){0,2}(?:rotation|internship|placement"
            r"|residency|practicum|clerkship|externship|apprenticeship|course|program|programme"
            r"|training|camp|module|workshop|unit)\b"
            # "write narrative stories in this unit": the one under way ("a grade of 85% in
            # this course" is the course's grade, not its end)
            r"|\bin\s+this\s+(?:[\w-]+\s+)?(?:unit|module|rotation|placement|internship"
            r"|practicum)\b"
            # "By the end of sessions, participants will ...", "by the end of this teaching":
            # a series of sessions or a teaching, as a course is ("by the end of the session"
            # is the day's, `_DAY_END`).
            r"|\b(?:by|at|before)\s+the\s+end\s+of\s+(?:(?:the|these|this|our|my|all)\s+)?"
            r"(?:[\w-]+\s+)?(?:sessions|teaching(?!\s+session))\b"
        ),
    ),
    (
        frozenset({"conclusion", "completion"}),
        both(r"\b(?:at|upon|on|by)\s+(?:the\s+)?(?:conclusion|completion)\s+of\b"),
    ),
    # "after completing the nursing protocols course", "upon finishing my degree": a course
    # done closes the goal, as "upon completion of" does.
    (
        frozenset({"completing", "finishing"}),
        both(
            r"\b(?:after|upon|on|by|before)\s+(?:completing|finishing)\s+(?:the|my|our|this|his"
            r"|her|their|your)\s+(?:[\w-]+\s+){0,4}?(?:course|program|programme|training"
            r"|module|workshop|internship|rotation|placement|residency|degree|certification"
            r"|class|orientation|apprenticeship)\b"
        ),
    ),
    # "by 16 weeks postoperative", "at 6 weeks post-op", "by 3 months postpartum": an amount
    # of time counted from a surgery or a birth whose day goes unsaid.
    (
        frozenset(_AFTER_CARE),
        both(
            r"\b(?:by|at|before|until|till|within|in)\s+(?:\d{1,2}|one|two|three|four|five|six"
            r"|seven|eight|nine|ten|eleven|twelve)\s*-?\s*(?:days?|weeks?|months?)\s+"
            r"(?:post[- ]?op(?:erative(?:ly)?)?|post[- ]?surgery|post[- ]?surgical|postpartum"
            r"|post[- ]?partum)\b"
        ),
    ),
    # "during community college", "throughout my high school years": a stage of school
    # whose end goes undated ("play football in college" says where, not when).
    (
        frozenset({"college", "school", "university", "undergrad"}),
        both(
            r"\b(?:during|throughout)\s+(?:(?:my|our|his|her|their|your)\s+)?(?:(?:high|middle"
            r"|grad|graduate|medical|med|law|nursing)\s+school|(?:community\s+)?college"
            r"|university|undergrad)(?:\s+years?)?\b"
        ),
    ),
    # "for upcoming common voice campaign", "before our forthcoming audit": an event still
    # to come, however named ("learn about upcoming trends" says what, not when).
    (
        frozenset({"upcoming", "forthcoming"}),
        both(
            r"\b(?:for|before|by|until|till|at|on|during)\s+(?:(?:the|my|our|his|her|their|your"
            r"|this)\s+)?(?:upcoming|forthcoming)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
        ),
    ),
    # "by the end of the plan of care", "within the certification period", "by end of POC":
    # a stay in care, as "by discharge", ends on a day the plan does not say.
    (
        frozenset({"care", "poc", "certification"}),
        both(
            r"\b(?:by|before|at|within|during|throughout|until)\s+(?:(?:the\s+)?end\s+of\s+)?"
            r"(?:the\s+|this\s+)?(?:plan\s+of\s+care|poc|(?:re)?certification\s+period"
            r"|episode\s+of\s+care)\b"
        ),
    ),
    # "this sprint", "by end of sprint", "in the next 2 sprints": a team's sprints, dated
    # by the team.
    (
        frozenset({"sprint", "sprints"}),
        both(
            r"\b(?:(?:by|before|at|in|within|during|over|for|until)\s+(?:the\s+)?(?:end\s+of\s+)?"
            r"(?:(?:this|the|our|my)\s+)?|this\s+)(?:(?:next|current|coming|upcoming)\s+)?"
            r"(?:(?:\d{1,2}|two|three|four|five|six)\s+)?sprints?\b(?!\s+(?:planning|review"
            r"|retro|goals?|velocity|points?)\b)"
        ),
    ),
    # "by launch", "before the launch", "by race day", "on game day", "by payday": a day
    # named by what happens on it, its date unsaid.
    (
        frozenset(
            {
                "launch",
                "payday",
                "paycheck",
                "paycheque",
                "race",
                "game",
                "match",
                "moving",
                "exam",
                "test",
                "graduation",
                "wedding",
                "competition",
                "show",
                "recital",
                "results",
                "pay",
            }
        ),
        both(
            r"\b(?:by|before|until|till|at|for)\s+(?:the\s+)?(?:product\s+)?launch\b"
            r"(?!\s+(?:the|a|an|my|our|of)\b)"
            r"|\b(?:by|before|on|until|till|for)\s+(?:the\s+)?(?:race|game|match|moving|launch"
            r"|exam|test|graduation|wedding|competition|show|recital|results|pay)\s+day\b"
            r"|\b(?:by|before|on|until|till)\s+(?:my\s+|our\s+|the\s+)?(?:next\s+)?"
            r"(?:payday|paycheck|paycheque)\b"
        ),
    ),
    # "before I graduate", "before she leaves for good", "until we relocate": a turn of a
    # life whose day goes unsaid ("before I go to sleep", "before we leave the house" are
    # a habit's times).
    (
        frozenset(
            {
                "graduate",
                "graduates",
                "retire",
                "retires",
                "relocate",
                "relocates",
                "married",
                "birth",
                "leave",
                "leaves",
                "move",
                "moves",
            }
        ),
        both(
            r"\b(?:before|until|till|by\s+the\s+time)\s+(?:i|we|he|she|they|you)\s+"
            r"(?:graduate|graduates|retire|retires|relocate|relocates|get\s+married"
            r"|gets\s+married|give\s+birth|gives\s+birth|(?:leave|leaves)\s+for\s+good"
            r"|(?:move|moves)\s+(?:away|abroad))\b"
        ),
    ),
    # "during my maternity leave", "while on vacation": a time away, its days unsaid.
    (
        frozenset({"leave", "vacation", "sabbatical", "deployment"}),
        both(
            r"\b(?:during|throughout|before|by\s+the\s+end\s+of)\s+(?:my|our|his|her|their"
            r"|your|the)\s+(?:maternity|paternity|parental|medical|sick|study|family)\s+leave\b"
            r"|\b(?:while|whilst)\s+on\s+(?:my\s+|our\s+)?(?:vacation|holiday|leave"
            r"|sabbatical|deployment)\b"
            r"|\b(?:during|throughout|before|by\s+the\s+end\s+of)\s+(?:my|our|his|her|their"
            r"|your|the)\s+sabbatical\b"
        ),
    ),
    # "This time, I'll ...", "By the end, I will ...": see `_OPENING_OCCASION_RE`.
    (frozenset({"time", "end"}), _OPENING_OCCASION_RE),
    # "before we leave", "before I go back to school", "before I start using weights again",
    # "when we go on vacation": a moment of one's own still to come, a day unsaid. Not a
    # daily one ("before we leave the house every morning", "before I go to sleep").
    (
        frozenset({"leave", "back", "return", "start", "begin", "move", "graduate", "vacation"}),
        both(
            r"\b(?:before|until|till)\s+(?:i|we)\s+(?:leave|go\s+back|head\s+back|return|start"
            r"|begin|move|graduate)\b(?![^.;!?]*\b(?:every|each|daily)\b)"
            r"|\bwhen\s+(?:i|we)\s+go\s+on\s+(?:(?:my|our)\s+)?(?:vacation|holiday)\b"
        ),
    ),
    # "upon return", "on my return": back from a trip, a day unsaid.
    (
        frozenset({"return"}),
        both(r"\b(?:upon|on|after)\s+(?:(?:my|our|his|her|their|your)\s+)?return\b"),
    ),
    # "by then", "until then": a time said before, in another sentence.
    (
        frozenset({"then"}),
        both(r"\b(?:by|until|till|before)\s+then\b"),
    ),
    # "within one marking period": a school's grading period, dates unsaid.
    (
        frozenset({"period", "periods"}),
        both(
            r"\b(?:in|within|during|over|for|by\s+the\s+end\s+of)\s+(?:one|a|the|this|two"
            r"|three|four|[1-4]|the\s+(?:first|second|third|fourth|next|final))\s+(?:marking"
            r"|grading|reporting)\s+periods?\b"
            r"|\bthis\s+(?:marking|grading|reporting)\s+period\b"
        ),
    ),
    # "by the end of my fourth week in the dispensary": a week counted from a start unsaid
    # (of a job, a placement); "my first week" is read as the plan's own first week.
    (
        _NTH_PERIOD_WORDS,
        both(
            r"\b(?:by|at|before|until|in|during|within|for|through)\s+(?:the\s+end\s+of\s+)?"
            r"(?:my|our|his|her|their|your)\s+(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth"
            r"|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|1[1-9]th|twelfth)\s+"
            r"(?:day|week|month)\b"
        ),
    ),
    # "By the end of high school", "by the end of KS2": a stage of school closing, its year
    # unsaid ("following graduation from high school" is a plan after it, not a deadline).
    (
        frozenset({"school", "ks1", "ks2", "ks3", "ks4", "stage"}),
        both(
            r"\b(?:by|before|at)\s+(?:the\s+)?end\s+of\s+(?:(?:the|their|my|our|his|her)\s+)?"
            r"(?:(?:high|middle|elementary|primary|secondary|junior\s+high)\s+school"
            r"|ks\s?[1-5]|key\s+stage\s+[1-5])\b"
        ),
    ),
    # "in 8th grade", "my senior year": a school year that cannot be dated.
    (
        frozenset({"senior", "junior", "sophomore", "freshman", "final"}),
        both(
            r"\b(?:my|our|his|her|their|your)\s+(?:senior|junior|sophomore|freshman|final)\s+year\b"
        ),
    ),
    # "by grade four", "leaving 1st grade", "to end 2nd grade on level 22", "the beginning of
    # 3rd grade": a grade said as when the goal closes, a school event whose date goes unsaid
    # ("by the end of 3rd grade" is the school year under way: read with the school's time).
    (
        frozenset({"grade", "kindergarten"}),
        both(
            r"\b(?:by|before|until|till)\s+grade\s+(?:\d{1,2}|one|two|three|four|five|six|seven"
            r"|eight|nine|ten|eleven|twelve)\b(?!\s*(?:students|pupils|children|kids|classes"
            r"|classrooms|teachers|level|reading|math|[-–/]\s*\d))"
            r"|\b(?:leaving|finishing|completing|exiting|ending|end|(?:the\s+)?(?:beginning|start)"
            rf"\s+of)\s+(?:the\s+)?(?:(?:{_GRADE_ORDINALS})\s+grade|kindergarten)\b"
            r"(?!\s+(?:students|pupils|children|kids|classes|classrooms|teachers|level|reading"
            r"|math|curriculum|standards))"
        ),
    ),
    # "By the end of the 2nd term", "in the final trimester": a school's term counted, whose
    # dates go unsaid ("this term", "next term" are the semester's: read with school time).
    (
        frozenset({"term", "trimester", "terms", "trimesters"}),
        both(
            r"\b(?:by|before|until|till|in|during|for|at|within)\s+(?:the\s+end\s+of\s+)?"
            r"(?:the|my|our|this)\s+(?:first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+"
            r"(?:term|trimester)\b"
        ),
    ),
    (
        frozenset({"grade"}),
        both(
            r"\b(?=in\b|during\b|throughout\b|by\b)"
            r"(?<!students )(?<!pupils )(?<!children )(?<!kids )(?<!learners )(?<!scholars )"
            rf"(?:in|during|throughout|by)\s+(?:my\s+|our\s+)?(?:{_GRADE_ORDINALS})\s+grade\b"
            r"(?!\s+(?:students|pupils|children|kids|classes|classrooms|teachers|level|reading"
            r"|math))"
        ),
    ),
)
# The words one of which any holiday's name holds ("years" for "by New Years").
_HOLIDAY_GATE: Final = frozenset(
    """
        christmas xmas year's year’s years thanksgiving turkey easter halloween valentine's
        valentine’s valentines independence fourth memorial labor labour mlk king presidents
        president's presidents' president’s washington's washington’s mother's mother’s
        mothers father's father’s fathers columbus veterans veteran's veterans' veteran’s
        patrick's patrick’s canada boxing earth
        """.split()  # noqa: SIM905 - a word list reads best as prose
)
# ... the same without "years", which alone names no holiday.
_HOLIDAY_WORDS: Final = _HOLIDAY_GATE - {"years"}
# The words one of which any reading of each pattern below holds: a statement with none
# of them skips the pattern (most statements skip them all).
_GATES: Final = (
    frozenset(
        {
            "grade",
            "kindergarten",
            "pre-k",
            "prek",
            "preschool",
            "pre-school",
            "semester",
            "term",
            *_CLASS_YEARS,
        }
    ),
    frozenset({"fy", "school", "academic"}),
    frozenset({"/"}),
    frozenset({*WEEKDAYS, "tomorrow", "today", "tonight", "work", "weekend"}),
    frozenset(
        {
            *_SEASONS,
            *(f"{season}{mark}s" for season in _SEASONS for mark in "'’"),
            *(f"mid{season}" for season in _SEASONS),
            *(f"{season}time" for season in _SEASONS),
            *(f"mid-{season}" for season in _SEASONS),
        }
    ),
    # "by the 15th": a day of the month, said with its ordinal's ending
    frozenset(f"{day}{end}" for day in range(1, 32) for end in ("st", "nd", "rd", "th")),
    frozenset(
        {
            "mid",
            "middle",
            "half",
            "h1",
            "h2",
            "1h",
            "2h",
            *(f"mid-{year}" for year in range(1990, 2100)),
            "mid-year",
            "midyear",
            "mid-month",
            "quarter",
            "remainder",
            "rest",
            *(f"mid-{month}" for month in MONTHS),
            *(f"mid{month}" for month in MONTHS),
        }
    ),
    frozenset(
        {
            "semester",
            "semester's",
            "semester’s",
            "semesters",
            "school",
            "academic",
            "iep",
            "term",
        }
    ),
    frozenset({"year", "year's", "year’s"}),
    _HOLIDAY_GATE,
    frozenset(
        """
        end eod cob shift breakfast lunch dinner supper lunchtime dinnertime bedtime noon midday
        """.split()  # noqa: SIM905 - a word list reads best as prose
    ),
)
_YEAR_END_HINTS: Final = (
    "before the", "for the", "by the year", "by the whole", "by the entire", "year's",
    "year’s", "Before the", "For the", "By the", "BEFORE", "FOR THE", "BY THE",
    "throughout the", "Throughout the", "is the year", "is my year", "is our year",
    "by the new", "until the new", "till the new", "the new", "the New", "THE NEW",
    "over the year", "across the year",
)  # fmt: skip
# One of which every reading of `_SCHOOL` holds (searched in lower-cased text).
_SCHOOL_HINTS: Final = (
    "semester", "year", "term", "iep", "first", "starts", "begins", "resumes", "opens",
    "academic session",
)  # fmt: skip
# "for the month of February", "the first two weeks of November".
_PERIODS: Final = frozenset({"month", "week", "weeks"})
# The words one of which any reading of `_EVENT_RE` holds: without one, it is not run.
_EVENT_RE_WORDS: Final = frozenset(
    """
    wedding exam exams test tests midterm midterms finals quiz review appraisal evaluation
    interview recital birthday anniversary vacation holiday reunion graduation deadline day
    competition tournament match audition check-up checkup appointment time trip cruise race
    meeting date exhibition showcase concert conference marathon triathlon follow-up followup
    visit
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# With "time" its only word, `_EVENT_RE` reads "by the time ..." or "in time for ...".
_TIME_EVENT_HINT_RE: Final = re.compile(r"\b(?:by\s+the|in)\s+time\b", re.IGNORECASE)
#: Words one of which every deadline event holds ("for my wedding", "by the time I ...").
# The words one of which a race named with capitals holds ("the Mercer Island Half").
_RACE_WORDS: Final = frozenset({"marathon", "half", "triathlon", "mile", "half-marathon"})
EVENT_WORDS: Final = _EVENT_RE_WORDS.union(*(hints for hints, _ in _MORE_EVENTS), _RACE_WORDS)


_ANY_GATE: Final = frozenset().union(*_GATES)
# Each event word's patterns in `_MORE_EVENTS`, by their place there.
_EVENTS_OF: Final = {
    word: tuple(index for index, (hints, _) in enumerate(_MORE_EVENTS) if word in hints)
    for word in EVENT_WORDS
}


def _starting(source: str, start: int) -> bool:
    before = source[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _STARTING


def calendar_readings(
    text: str, source: str, which: int, words: frozenset[str] | None = None
) -> list[Reading]:
    """The calendar words in *text* (searched in *source*, see `tokens.searchable`).

    Examples:
        >>> from goalkit._text.tokens import searchable
        >>> text = "Publish the report by 6/30 and rest this weekend"
        >>> [(text[s:e], kind) for s, e, kind, _ in calendar_readings(text, *searchable(text))]
        [('by 6/30', 'date'), ('this weekend', 'period_end')]
    """
    if words is None:
        words = frozenset(token.lower for token in tokenize(text))
    # The gates' words the statement holds, once: each gate is then tried on these few.
    said = _ANY_GATE.intersection(words)
    if not said and ("of" not in words or _PERIODS.isdisjoint(words)):
        return []  # most statements name no calendar word at all
    found: list[Reading] = []
    for reader, gate in zip(_READERS, _GATES, strict=True):
        if not gate.isdisjoint(said):
            if reader is _year_ends and not any(hint in source for hint in _YEAR_END_HINTS):
                continue
            if (
                reader is _holidays
                and said.isdisjoint(_HOLIDAY_WORDS)
                and "new year" not in (source if which == 0 else source.lower())
            ):
                continue  # "years" alone, as in "in 5 years", names no holiday
            if reader is _school and which == 0 and not any(h in source for h in _SCHOOL_HINTS):
                continue  # "school" alone ("after school"): no school year, term or semester
            found.extend(reader(source, which))
        elif reader is _parts and "of" in words and not _PERIODS.isdisjoint(words):
            found.extend(reader(source, which))
    return found


# What every slash date holds: a digit, a slash and a digit.
_DIGIT_SLASH_RE: Final = re.compile(r"\d/\d")
# Tries counted after "N/M": "on 4/5 opportunities", "on 9/10 recorded trials".
_TRIALS_AFTER_RE: Final = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:trials?|opportunit(?:y|ies)|attempts?|occasions?|probes?|tries"
    r"|sessions?)\b",
    re.IGNORECASE,
)


def _slash_dates(source: str, which: int) -> Iterator[Reading]:
    if _DIGIT_SLASH_RE.search(source) is None:
        return  # a slash said, but no date: "and/or", "pass/fail" (two statements in three)
    for match in _SLASH_RE[which].finditer(source):
        year_text = match["year"]
        if not (match["prep"] or year_text or match["context"]):
            continue  # "from 7/10 to 8.5/10" is a score; a date needs "by" or a year
        if year_text is None and _TRIALS_AFTER_RE.match(source, match.end()) is not None:
            continue  # "on 4/5 opportunities", "on 8/10 trials": a score of tries, not a day
        if match["dayfirst"]:
            month, day = int(match["monthafter"]), int(match["dayfirst"])
        else:
            month, day = int(match["month"]), int(match["day"])
        year = None if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
        if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            continue
        yield match.start(), match.end(), "date", {"year": year, "month": month, "day": day}


# Another weekday after one, in a list: "on Monday, Wednesday and Friday", "on Mon/Thu"
# name a habit's days, not a deadline ("on Sunday and Monday" may be this weekend's).
_MORE_WEEKDAYS_RE: Final = re.compile(
    r"\s*(?:,\s*(?:and\s+|&\s*)?|/\s*)"
    rf"(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))}|mon|tue|wed|thu|fri|sat|sun)",
    re.IGNORECASE,
)


# A weekday with a part of the day in the plural: "on Thursday nights", "Sunday mornings".
_PARTS_OF_DAYS_RE: Final = re.compile(
    r"s?\s+(?:nights|mornings|evenings|afternoons|lunchtimes)\b", re.IGNORECASE
)


# "90 days from today", "a year from today": today is where the amount counts from.
_COUNTED_FROM_RE: Final = re.compile(
    r"(?:day|week|fortnight|month|year)s?['’]?\s+from\s+$", re.IGNORECASE
)


def _days(source: str, which: int) -> Iterator[Reading]:
    for match in _DAY_RE[which].finditer(source):
        # "starting tomorrow" is read too: `time_frames` keeps it apart as a start.
        if match["weekday"] and _MORE_WEEKDAYS_RE.match(source, match.end()) is not None:
            continue  # "on Monday, Wednesday, and Friday": the days of a habit
        if match["weekday"] and _PARTS_OF_DAYS_RE.match(source, match.end()) is not None:
            continue  # "On Thursday nights I'll run": every Thursday night, a habit
        if match["weekday"]:
            prep = (match["prep"] or "").lower()
            offset = 1 if prep == "next" else 0
            day = WEEKDAYS[match["weekday"].lower()]
            yield match.start(), match.end(), "weekday", {"day": day, "offset": offset}
        elif match["tomorrow"]:
            yield match.start(), match.end(), "relative", {"amount": 1, "unit": "day"}
        elif match["today"]:
            if _COUNTED_FROM_RE.search(source, max(0, match.start() - 24), match.start()):
                continue  # "90 days from today": an amount of time, read with its amount
            yield match.start(), match.end(), "relative", {"amount": 0, "unit": "day"}
        else:
            offset = 1 if match["next"] else 0
            yield match.start(), match.end(), "period_end", {"unit": "week", "offset": offset}


def _seasons(source: str, which: int) -> Iterator[Reading]:
    for match in _SEASON_RE[which].finditer(source):
        if _a_past_period(source, match.start()):
            continue  # "faster than last summer": a season gone, to compare with
        season = _season(source, match)
        if season is not None:
            yield match.start(), match.end(), *season


def _days_of_month(source: str, which: int) -> Iterator[Reading]:
    for match in _DAY_OF_MONTH_RE[which].finditer(source):
        yield match.start(), match.end(), "period_end", {
            "unit": "month", "day": int(match["dom"]), "offset": 1 if match["domnext"] else 0
        }  # fmt: skip


#: After a period's end said with no preposition: the record it names ("end of year data",
#: "mid-year and end-of-year report cards"), not a deadline ("by mid-year" is one).
RECORD_AFTER_RE: Final = re.compile(
    r"(?:\s+and\s+(?:end|mid)[\w-]*)?\s+(?:data|report\s+cards?|scores?|results?|grades"
    r"|assessments?|tests?|exams?|benchmarks?|reports?)\b",
    re.IGNORECASE,
)


def _parts(source: str, which: int) -> Iterator[Reading]:
    for match in _PART.finditer(source, which):
        text = match.group().lower()
        if text[:3] == "mid" and RECORD_AFTER_RE.match(source, match.end()) is not None:
            continue  # "on mid-year report cards": the record, not when it is due
        if match["mid"]:
            fields: dict[str, int | float | str | None] = {
                "month": MONTHS[match["mid"].lower()],
                "day": 15,
            }
        elif match["month"] or match["month3"]:
            fields = {"month": MONTHS[(match["month"] or match["month3"]).lower()], "day": None}
        elif match["month2"]:
            weeks = _COUNT_WORDS.get((match["count"] or "one").lower(), 1)
            which_week = match["which"].lower()
            if which_week == "last":
                fields = {"month": MONTHS[match["month2"].lower()], "day": None}
            else:
                nth = _ORDINALS[which_week]
                day = 7 * (nth - 1 + weeks) if nth == 1 else 7 * nth
                fields = {"month": MONTHS[match["month2"].lower()], "day": min(day, 28)}
        elif match["ordinal"]:
            nth = _ORDINALS.get(match["ordinal"].lower(), 4)  # the final quarter, the fourth
            year = match["oyear"]
            if year is None and nth == 4 and match["ordinal"].lower() in ("final", "last"):
                continue  # "selling more than last quarter": a quarter gone, or the plan's own
            fields = {"month": nth * 3, "day": None, "year": None if year is None else int(year)}
        elif match["midyear"]:
            fields = {"month": 6, "day": None, "year": int(match["midyear"])}
        elif match["hnum"] or match["hnum2"] or match["half"]:
            said = match["hnum"] or match["hnum2"] or ""
            second = said == "2" or (match["half"] or "")[:1] in ("s", "2")
            year = match["hyear"] or match["hyear2"]
            fields = {"month": 12 if second else 6, "day": None}
            fields["year"] = int(year) if year else None
        elif "year" in text:
            fields = {"month": 6, "day": None}  # mid-year: 30 June
        else:
            yield match.start(), match.end(), "period_end", {"unit": "month", "day": 15}
            continue
        yield match.start(), match.end(), "date", {"year": None} | fields


# The first month of each season (meteorological): "before summer" ends the day before.
_SEASON_STARTS: Final = {"winter": 12, "spring": 3, "summer": 6, "fall": 9, "autumn": 9}
_BETWEEN_RE: Final = re.compile(r"\bbetween\b[^.;]{1,40}\band\s+$", re.IGNORECASE)
# Words before a season that make it an arrival: "by summer" is by the day summer begins.
_ARRIVAL: Final = frozenset({"by", "until", "till", "til", "'til", "’til", "due"})


def _season(source: str, match: re.Match[str]) -> tuple[str, Fields] | None:
    """The kind and fields of a season's frame: its end, its first day, or the day before it.

    "this winter", "in the fall", "by the end of the summer" end with the season;
    "by summer", "until spring" are by the day it begins (one gets ready for a
    season's arrival: "beach-ready by summer" is by 1 June), and "before summer"
    by the day before. A year names that season of that year ("spring 2017" ends
    on 2017-05-31, "by Spring 2014" is 2014-03-01; "winter 2020" is the winter that
    begins in December 2020); "of next year" the season of the year after the start's.
    "next winter" is the next winter not yet begun: said in January, the one that begins
    in December.
    """
    name = match["season"].lower()
    said = match.group().lower()
    prep = (match["sprep"] or "").lower()
    prep = "by" if prep.startswith(("no", "between")) else prep
    if not prep and _BETWEEN_RE.search(source, max(0, match.start() - 60), match.start()):
        prep = "by"  # "between Spring 2021 and Spring 2025": by the second
    anchored = prep or match["send"] or match["syear"] or match["pyear"] or "the " in said
    after = source[match.end() : match.end() + 24].split()[:1]
    if (
        not (prep or match["send"] or match["syear"])
        and after
        and after[0][:1].isalpha()
        and not after[0].lower().endswith("ing")
    ):
        # "a summer job", "the winter tyres", "fall behind": a kind, or a verb ("spend the
        # summer learning Python" is the summer)
        return None
    if name == "fall" and not anchored:
        return None  # "fall asleep": a verb, not the season
    year_text = (match["syear"] or match["pyear"] or "").lower()
    year = int(year_text) if year_text[:1].isdigit() else None
    offset = 1 if year_text.startswith("next") else 0
    # "by Spring 2014", "by the fall of 2019" are by the day that season of that year begins,
    # as "by summer" is (the corpus's guideline since round 10: a season is read by the word
    # before it, whatever its year).
    ending = bool(match["send"] or match["sover"])
    part = (match["spart"] or "").lower()
    if part and not ending:
        # "by early summer": by the end of June; "mid-winter": 15 January; "late fall": 30 November.
        first = _SEASON_STARTS[name]
        month = first if part == "early" else first % 12 + 1 if part == "mid" else _SEASONS[name]
        if name == "winter" and (year is not None or offset) and month != 12:
            year, offset = (year + 1 if year is not None else None), offset + (year is None)
        day = 15 if part == "mid" else None
        return "date", {"year": year, "month": month, "day": day, "offset": offset}
    if prep in _ARRIVAL and not ending:
        # "by summer", "by next summer", "by fall 2020": the season's first day.
        return "date", {"year": year, "month": _SEASON_STARTS[name], "day": 1, "offset": offset}
    if prep == "before" and not ending:
        # "before summer": by the day before it begins, the last day of the month before.
        month = _SEASON_STARTS[name] - 1
        return "date", {"year": year, "month": month, "day": None, "offset": offset}
    if "next" in (prep, (match["snext"] or "").lower()) and year is None and not offset:
        # "next winter": the one after the winter under way, if one is.
        return "period_end", {"unit": name if name != "autumn" else "fall", "offset": 1}
    month = _SEASONS[name]
    if name == "winter" and (year is not None or offset):
        # "winter 2020" runs from December 2020 to February 2021.
        year, offset = (year + 1 if year is not None else None), offset + (year is None)
    return "date", {"year": year, "month": month, "day": None, "offset": offset}


# Words that put a period in the past: "than last semester", "compared to the previous year".
_PAST: Final = frozenset({"last", "previous", "past", "prior", "preceding"})
# ... unless one of these says which one to come: "in the last semester of my degree".
_NOT_PAST: Final = frozenset({"this", "my", "our", "your", "his", "her", "their", "by", "in",
                              "before", "until", "during", "for", "through"})  # fmt: skip


def _a_past_period(source: str, start: int) -> bool:
    """Whether the period said at *start* is one gone by: "than (the) last semester"."""
    before = [word.lower() for word in source[max(0, start - 32) : start].split()[-3:]]
    if not before or before[-1] not in _PAST:
        return False
    rest = before[:-1]
    if rest and rest[-1] == "the":
        rest = rest[:-1]
    return not rest or rest[-1] not in _NOT_PAST


# A school period read with the word that leads it ("by the end of the semester"): no word
# before such a lead makes it a frequency ("get an A by the end of the semester").
_LEAD_RE: Final = re.compile(rf"{_BY}\b|(?:for|during|in|at|over|within|the|this)\s", re.IGNORECASE)


def _school(source: str, which: int) -> Iterator[Reading]:
    for match in _SCHOOL.finditer(source, which):
        before = source[max(0, match.start() - 8) : match.start()].split()
        if (
            before
            and before[-1].lower() in ("each", "every", "per", "a", "one")
            and _LEAD_RE.match(match.group()) is None
        ):
            continue  # "Give 1 oral report per semester": a frequency; not "an A by ..."
        if _a_past_period(source, match.start()):
            continue  # "a higher GPA than last semester": a period gone, to compare with
        if match["first"]:
            first, second = int(match["first"]), int(match["second"])
            if (second - first) % 100 == 1:  # two years in a row: the school year ends in June
                yield match.start(), match.end(), "date", {"year": first + 1, "month": 6,
                                                           "day": None}  # fmt: skip
            continue
        if match["single"]:
            yield match.start(), match.end(), "date", {"year": int(match["single"]), "month": 6,
                                                       "day": None}  # fmt: skip
            continue
        if match["opening"]:
            # A school year starts on 1 September, as most in the US do.
            yield match.start(), match.end(), "date", {"year": None, "month": 9, "day": 1}
            continue
        if match["iep"]:
            # An IEP runs twelve months from the plan: "by the end of the IEP year".
            yield match.start(), match.end(), "relative", {"amount": 1, "unit": "year"}
            continue
        if match["coming"]:
            yield match.start(), match.end(), "period_end", {"unit": "coming_semester"}
            continue
        if match["count"]:
            semesters = _COUNT_WORDS[match["count"].lower()]
            yield match.start(), match.end(), "period_end", {"unit": "semester",
                                                             "offset": semesters - 1}  # fmt: skip
            continue
        said = match.group().lower()
        unit = "semester" if "semester" in said or match["term"] else "school_year"
        offset = 1 if match["next"] else 0
        yield match.start(), match.end(), "period_end", {"unit": unit, "offset": offset}


# "an hour before bedtime", "30 minutes before dinner": a habit's timing, not a deadline.
_OFFSET_BEFORE_RE: Final = re.compile(r"(?:hours?|hrs?|minutes?|mins?)\s+$", re.IGNORECASE)


def _day_ends(source: str, which: int) -> Iterator[Reading]:
    for match in _DAY_END.finditer(source, which):
        if match.group().lower().startswith("before") and _OFFSET_BEFORE_RE.search(
            source, max(0, match.start() - 12), match.start()
        ):
            continue
        yield match.start(), match.end(), "relative", {"amount": 0, "unit": "day"}


def _halves_and_grades(source: str, which: int) -> Iterator[Reading]:
    for match in _HALF_OR_GRADE.finditer(source, which):
        if match["half"]:
            month = 6 if match["half"].lower() in ("spring", "winter") else 12
            yield match.start(), match.end(), "date", {"year": None, "month": month, "day": None}
        else:
            # The grade under way ends with the school year (30 June).
            yield match.start(), match.end(), "period_end", {"unit": "school_year"}


def _year_ends(source: str, which: int) -> Iterator[Reading]:
    for match in _YEAR_END_RE[which].finditer(source):
        yield match.start(), match.end(), "period_end", {"unit": "year", "offset": 0}
    if "new year" in (source if which == 0 else source.lower()):
        for match in _NEW_YEAR_RE[which].finditer(source):
            yield match.start(), match.end(), "period_end", {"unit": "coming_year", "offset": 0}


def _may_split_a_year(source: str) -> bool:
    """Whether *source* holds what every reading of `_SPLIT_YEAR_QUARTER_RE` holds: its first
    year's first digits, and the dash or slash after that year."""
    return ("19" in source or "20" in source) and ("-" in source or "/" in source or "–" in source)


def _split_year_quarters(source: str, which: int) -> Iterator[Reading]:
    if not _may_split_a_year(source):
        return
    for match in _SPLIT_YEAR_QUARTER_RE[which].finditer(source):
        first, second = int(match["first"]), match["second"]
        if (int(second) - first) % 100 != 1:
            continue  # "2017-18", "2023/2024": two years in a row, or not a year at all
        if not (match["fy"] or match["school"]):
            continue  # whose year it is is not said
        number = match["q"] or match["n"] or match["ordinal"]
        quarter = _ORDINALS.get(number.lower()) or _COUNT_WORDS[number.lower()]
        first_month = 4 if match["fy"] else 7  # a fiscal year from April, a school year July
        months = first_month - 1 + 3 * quarter  # months from January of the first year
        year, month = first + (months - 1) // 12, (months - 1) % 12 + 1
        yield match.start(), match.end(), "date", {"year": year, "month": month, "day": None}


# Holidays on a fixed day of the year: (month, day).
_FIXED_HOLIDAYS: Final = {
    "christmas": (12, 25), "eve": (12, 24), "new_eve": (12, 31), "halloween": (10, 31),
    "valentine": (2, 14), "july": (7, 4),
}  # fmt: skip
# More holidays, by the first word of their name: a fixed day, or the name by which
# `TimeFrame.due_from` finds a weekday of a month (US days: Mother's Day in May).
_NAMED_HOLIDAYS: Final[dict[str, str | tuple[int, int]]] = {
    "memorial": "memorial", "labor": "labor", "labour": "labor", "mlk": "mlk",
    "martin": "mlk", "presidents": "presidents", "president": "presidents",
    "washington": "presidents", "mother": "mothers", "mothers": "mothers",
    "father": "fathers", "fathers": "fathers", "columbus": "columbus",
    "veteran": (11, 11), "veterans": (11, 11), "st": (3, 17), "saint": (3, 17),
    "canada": (7, 1), "boxing": (12, 26), "earth": (4, 22),
}  # fmt: skip
_FIRST_WORD_RE: Final = re.compile(r"[a-z]+", re.IGNORECASE)


# What a goal for a holiday is called: "my Labor Day target".
_PLAN_NOUNS: Final = frozenset({"goal", "goals", "target", "targets", "challenge", "plan"})


def _next_word(source: str, position: int) -> str:
    after = source[position : position + 16].split()
    return after[0].lower().strip(".,;:!?") if after else ""


def _holidays(source: str, which: int) -> Iterator[Reading]:
    for match in _HOLIDAY_RE[which].finditer(source):
        if _starting(source, match.start()):
            continue
        if match["mine"] and (
            match["new_year"]  # "My New Year's resolution": a kind of resolution, not a date
            or _next_word(source, match.end()) not in _PLAN_NOUNS
        ):
            continue  # "my Christmas shopping": no goal said for the day
        span = match.start(), match.end()
        year = int(match["hyear"]) if match["hyear"] else None
        if match["thanksgiving"] or match["easter"]:
            # Their day moves from year to year: `TimeFrame.due_from` finds the next one.
            name = "thanksgiving" if match["thanksgiving"] else "easter"
            yield *span, "holiday", {"unit": name, "year": year}
            continue
        if match["new_year"] and not (match["new_eve"] or match["new_day"] or year):
            # "by New Years", "before New Year's": the turn of the year, as "before the new
            # year" is: by 31 December ("by New Year's Day" is 1 January).
            yield *span, "period_end", {"unit": "year", "offset": 0}
            continue
        if match["named"]:
            first = _FIRST_WORD_RE.match(match["named"])
            holiday = _NAMED_HOLIDAYS[first.group().lower() if first else ""]
            if isinstance(holiday, str):
                yield *span, "holiday", {"unit": holiday, "year": year}
            else:
                yield *span, "date", {"year": year, "month": holiday[0], "day": holiday[1]}
            continue
        named = next(
            (group for group in ("eve", "christmas", "new_eve", "halloween", "valentine", "july")
             if match[group]),
            None,
        )  # fmt: skip
        month, day = _FIXED_HOLIDAYS[named] if named else (1, 1)  # New Year's Day
        yield *span, "date", {"year": year, "month": month, "day": day}


_READERS: Final = (
    _halves_and_grades,  # before the school's, which reads "semester" alone
    _split_year_quarters,
    _slash_dates,
    _days,
    _seasons,
    _days_of_month,
    _parts,
    _school,
    _year_ends,
    _holidays,
    _day_ends,
)


# A day named with capitals that the calendar does not date: "by Field Day", "before
# Sports Day", "for Pi Day" (read in the text as written: capitals make it a name).
_NAMED_DAY_RE: Final = re.compile(
    r"\b(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Ff]or|[Oo]n)\s+(?:the\s+)?"
    r"(?!(?:The|Next|Each|Every|This|That|One|Same|First|Last|Any|A|An|Per|Each|Big|New|Every)\s)"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}Day\b(?!\s*\d)"
)

# A race named with capitals, run or raced: "Run the Barcelona Marathon in 4 hours", "I am
# going to run Twin Cities Marathon", "at the Soldier Field 10 Mile", "Boston Marathon –
# 3:20 or better": a race on its own day, dated by its organisers (read in the text as
# written). Not "the marathon", "a Half Marathon" (which race is not said), nor a race
# qualified for ("Qualify for the Chicago Marathon": no day closes it); nor "5K" and "10k"
# races, which people read as a distance to run ("Run the BAA 10k in under 40 min").
_NAMED_RACE_RE: Final = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|My|Our|This|That|Next|First|Last|Run|Race|Complete|Finish"
    r"|Do|Half|Full|Ultra|Mini|Sprint|Olympic|Training|I)\s)"
    r"(?:[A-Z][a-z'’.]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z'’.]+|[A-Z]{2,}|\d+))*?\s+"
    r"(?:[Hh]alf[- ][Mm]arathon|[Mm]arathon|Half|[Tt]riathlon|Mile)\b"
)


def _named_races(written: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Where *written* names a race to run ("the Barcelona Marathon"), not one qualified for."""
    if words.isdisjoint(_RACE_WORDS) or "qualif" in written.lower():
        return []
    return [match.span() for match in _NAMED_RACE_RE.finditer(written)]


def deadline_events(
    source: str, which: int, words: frozenset[str] | None = None, text: str | None = None
) -> list[tuple[int, int]]:
    """Where *source* sets a deadline by an event with no date: (start, end) of each.

    *text* is the statement as written, when *source* is it lower-cased: a day
    named with capitals ("by Field Day") is found there.

    Examples:
        >>> from goalkit._text.tokens import searchable
        >>> text = "Lose 10 pounds for my wedding"
        >>> [text[s:e] for s, e in deadline_events(*searchable(text))]
        ['for my wedding']
    """
    if words is None:
        words = frozenset(token.lower for token in tokenize(source))
    event_words = _EVENT_RE_WORDS.intersection(words)
    found = (
        [match.span() for match in _EVENT_RE[which].finditer(source)]
        if event_words
        and (event_words != {"time"} or _TIME_EVENT_HINT_RE.search(source) is not None)
        else []
    )
    written = source if text is None else text
    if "day" in words and "Day" in written:
        found.extend(
            match.span()
            for match in _NAMED_DAY_RE.finditer(written)
            if not any(start < match.end() and match.start() < end for start, end in found)
        )
    found.extend(
        span
        for span in _named_races(written, words)
        if not any(start < span[1] and span[0] < end for start, end in found)
    )
    # The patterns whose words are said, in their order: most statements say one or two.
    said = sorted({index for word in EVENT_WORDS.intersection(words) for index in _EVENTS_OF[word]})
    for index in said:
        pattern = _MORE_EVENTS[index][1]
        if pattern is _OPENING_OCCASION_RE and not _opens_with_this_or_by(source, which):
            continue  # "time" and "end" are common; the occasion opens a sentence
        found.extend(
            match.span()
            for match in pattern[which].finditer(source)
            if not any(start < match.end() and match.start() < end for start, end in found)
        )
    return sorted(found) if len(found) > 1 else found
