"""Numbers in a statement: number words, digits, percentages, and what they count.

A `Quantity` is a number with the noun phrase it counts ("four
industry-specific events"). Numbers are read from digits ("5", "1,200",
"2.5", "10k", "3-5": the lower end), percentages ("15%", "15 percent",
"fifteen per cent") and words ("five", "twenty-one", "a dozen", "half a
dozen", "three hundred and fifty"). What is *not* a count matters as much:
years, clock times, versions after a name ("Python 3"), compounds such as
"360-degree" or "3-day", and "one" in "one of", "one day", "no one".
Numbers inside a time frame belong to the time frame: the reader is handed
the time frames' spans and skips them.
"""

from __future__ import annotations

import decimal
import math
import operator
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from goalkit._text.lexicon import STOP_WORDS
from goalkit._text.tokens import Span, Token, has_digit

__all__ = [
    "CURRENCY",
    "ONES",
    "TENS",
    "Quantity",
    "is_number_word",
    "number_value",
    "parse_number_words",
    "quantities",
    "whole",
]

# ------------------------------------------------------------------ number words

#: Number words below twenty, and their values.
ONES: Final = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
#: The tens, and their values.
TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES: Final = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
NUMBER_WORDS: Final = frozenset({*ONES, *TENS, *_SCALES, "dozen"})
# Words a number written in words can start with ("a dozen", "half a dozen").
NUMBER_STARTS: Final = frozenset({*ONES, *TENS, "a", "an", "half"})


def _compound_value(word: str) -> int | None:
    # "twenty-one" -> 21; a single number word -> its value.
    if word in ONES:
        return ONES[word]
    if word in TENS:
        return TENS[word]
    tens, dash, unit = word.partition("-")
    if dash and tens in TENS and unit in ONES and ONES[unit] < 10:
        return TENS[tens] + ONES[unit]
    return None


def is_number_word(word: str) -> bool:
    """Whether *word* is a number word ("five", "twenty-one", "dozen", "hundred").

    Examples:
        >>> is_number_word("twenty-one"), is_number_word("dozen"), is_number_word("dozens")
        (True, True, False)
    """
    return word in NUMBER_WORDS or _compound_value(word) is not None


def parse_number_words(words: list[str]) -> tuple[int, int] | None:
    """Read a number written in words from the start of *words*.

    Returns `(value, words_used)`, or None when *words* does not start with
    a number. Understands "five", "twelve", "twenty-one", "twenty one",
    "a dozen", "two dozen", "half a dozen", "a hundred", "three hundred and
    fifty", "two thousand".

    Examples:
        >>> parse_number_words(["twenty-one", "talks"])
        (21, 1)
        >>> parse_number_words(["half", "a", "dozen", "books"])
        (6, 3)
        >>> parse_number_words(["three", "hundred", "and", "fifty"])
        (350, 4)
        >>> parse_number_words(["a", "new", "job"]) is None
        True
    """
    lowered = [w.lower() for w in words]
    index = 0
    if lowered[:3] == ["half", "a", "dozen"]:
        return 6, 3
    total = 0
    current = 0
    seen = False
    # "a dozen", "a hundred": the article counts as one, but only before a scale word.
    if len(lowered) > 1 and lowered[0] in ("a", "an") and lowered[1] in ("dozen", *_SCALES):
        current = 1
        index = 1
        seen = True
    while index < len(lowered):
        word = lowered[index]
        value = _compound_value(word)
        if value is not None:
            if current % 100 and value < 100 and not (current % 100 >= 20 > value):
                break  # "five six": two numbers, stop at the first
            current += value
        elif word == "dozen" and (seen or current):
            current = max(current, 1) * 12
        elif word == "hundred" and seen:
            current = max(current, 1) * 100
        elif word in ("thousand", "million") and seen:
            total += max(current, 1) * _SCALES[word]
            current = 0
        elif (
            word == "and"
            and seen
            and index + 1 < len(lowered)
            and _compound_value(lowered[index + 1]) is not None
            and (current >= 100 or total)
        ):
            index += 1
            continue
        else:
            break
        seen = True
        index += 1
    if not seen:
        return None
    return total + current, index


def number_value(text: str) -> float | None:
    """The value of a number in digits or words, as a time frame writes its amount.

    Examples:
        >>> number_value("2.5"), number_value("an"), number_value("twenty-one")
        (2.5, 1, 21)
        >>> number_value("a couple of")
        2
        >>> number_value("several") is None
        True
    """
    text = text.lower().replace(",", "")
    if text[:1].isdigit():
        return float(text)
    if text in ("a", "an"):
        return 1
    if text.removeprefix("a ").startswith("couple"):
        return 2  # "a couple of weeks": two
    parsed = parse_number_words(text.replace("-", " ").split())
    return None if parsed is None else parsed[0]


def whole(value: float) -> int | float:
    """*value* as an `int` when it is a whole number.

    Examples:
        >>> whole(4.0), whole(2.5)
        (4, 2.5)
    """
    return int(value) if float(value).is_integer() else value


# ------------------------------------------------------------------ quantities

#: Currency symbols: "$5,000" is a quantity of 5000 whose text includes the "$".
CURRENCY: Final = frozenset("$£€¥")


@attrs.frozen(kw_only=True)
class Quantity:
    """A number in a statement and what it counts.

    `value` is an `int` when whole. `noun` is the head noun counted
    ("events"), `phrase` the whole noun phrase ("industry-specific events"),
    both lower-cased; they are empty when the number counts nothing named.
    `percent` is true for "30%", "30 percent", "thirty per cent".
    `baseline` is where a change starts, when the statement says it ("from
    40% to 10%": value 10, baseline 40), else None.

    Examples:
        >>> from goalkit import analyze_text
        >>> analyze_text("Attend four industry-specific events").quantities[0]
        Quantity(value=4, noun='events', phrase='industry-specific events', percent=False, text='four industry-specific events', start=7, end=36, baseline=None)
        >>> analyze_text("Cut failed insertions from 40% to 10%").quantities[0].baseline
        40
    """  # noqa: E501 - a doctest's expected output is one line

    value: int | float
    noun: str
    phrase: str
    percent: bool
    text: str
    start: int
    end: int
    baseline: int | float | None = None


_DIGITS_RE: Final = re.compile(r"\d+(?:\.\d+)?")
# A range, "3-5", "$40-50k" (the scale is both ends'), read by its lower end.
_RANGE_RE: Final = re.compile(r"(\d+(?:\.\d+)?)[-–]\d+(?:\.\d+)?(k|m|bn)?")
_SUFFIXED_RE: Final = re.compile(r"(\d+(?:\.\d+)?)(k|m|bn)")
# Scales written as a word or letters after digits: "$20 million", "2.5 thousand", "$3bn".
_DIGIT_SCALES: Final = {
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000, "mil": 1_000_000,
    "mln": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
}  # fmt: skip


def scaled_amount(number: str, scale: str) -> float:
    """*number* (digits) times the scale *scale* names, exactly: "1.2", "M" is 1200000.

    Computed in decimal, so that "2.3 million" is 2300000, not 2299999.9999999995.

    Examples:
        >>> scaled_amount("20", "million"), scaled_amount("2.5", "k"), scaled_amount("1.2", "M")
        (20000000.0, 2500.0, 1200000.0)
    """
    return float(decimal.Decimal(number) * _DIGIT_SCALES[scale.lower()])


#: Units written glued to their number ("10lbs", "4kg", "2hrs", "400ms", "14st", "2x", "2L").
GLUED_UNITS: Final = frozenset(
    """
    lb lbs kg kgs g mg km kms mi cm mm ft hr hrs h min mins ms s sec secs st oz ml x
    l cal cals kcal kcals mph kph bpm wpm gal yd yds
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# "10lbs", and a range glued to its unit, "5-10lbs", read by its lower end.
_GLUED_RE: Final = re.compile(r"(\d+(?:\.\d+)?)(?:[-–]\d+(?:\.\d+)?)?([a-z]+)")
# A time to beat, glued to "sub": "a sub-20 5k", "a sub-4 marathon".
_SUB_RE: Final = re.compile(r"sub-?(\d+(?:\.\d+)?)")
# Measures written before a noun with a hyphen: "a 20-minute walk", "a 95-percent accuracy".
# Days, weeks and degrees are not among them: "a 3-day workshop" counts one workshop.
_HYPHEN_UNITS: Final = {
    "minute": "minutes", "hour": "hours", "second": "seconds", "mile": "miles",
    "km": "km", "kilometre": "km", "kilometer": "km", "pound": "pounds", "lb": "lbs",
    "kg": "kg", "page": "pages", "word": "words", "step": "steps", "percent": "%",
}  # fmt: skip
_HYPHEN_RE: Final = re.compile(rf"(\d+(?:\.\d+)?)-({'|'.join(_HYPHEN_UNITS)})")
# Words after which a number is a race's name, not a count: "a 5K", "the 10k", "5K's".
_RACE_BEFORE: Final = frozenset({"a", "an", "the", "my", "first", "another", "next", "every"})
# "my first ever 5K", "my fifth 5k", "my last 10k": which race of a run, not a count.
_RACE_ORDINALS: Final = frozenset({"ever", "second", "third", "fourth", "fifth", "last"})
# "doing 10k without walking", "finish 5k": a distance run is the course, as "a 5k" is
# ("couch to 5k", the plan's name, too).
_RACE_VERBS: Final = frozenset(
    "run running ran jog jogging do doing complete completing finish finishing race racing".split()  # noqa: SIM905
)
_RACE_AFTER: Final = frozenset(
    {"race", "races", "run", "runs", "'s", "’s", "program", "programme", "plan"}
)  # "the Couch to 5k program" names a plan to train for the race
# Units shorter than a day: a number of them after "within" or "under" is a threshold
# the result must meet ("answer within 20 seconds"), not a count to reach.
_SHORT_UNITS: Final = frozenset(
    "second seconds sec secs s ms minute minutes min mins hour hours hr hrs h".split()  # noqa: SIM905
)
# "≤ 6 hours" states a target as a bound ("response ≤ 6 hours"), as "≥ 85%" does.
_THRESHOLD_WORDS: Final = frozenset({"within", "under", "below"})
# A time "under" or "below" which a result must come is a time to beat: the target when
# nothing else is counted ("run a 5k in under 30 minutes").
_LIMIT_WORDS: Final = frozenset({"under", "below"})
_DISTANCE_RE: Final = re.compile(r"\d+(?:\.\d+)?k")
# "Walk 1 mile in under 15 minutes": a distance run against the clock names the course,
# as "a 5k" does ("10 miles a week" is a count).
_RUN_IN_RE: Final = re.compile(r"\s+(?:in\s+)?(?:under|below|less\s+than)\b", re.IGNORECASE)
_DISTANCES: Final = frozenset(
    {"mile", "miles", "km", "kilometer", "kilometers", "kilometre", "kilometres", "metre",
     "metres", "meter", "meters"}
)  # fmt: skip
_QUALIFYING_BEFORE: Final = _THRESHOLD_WORDS | {"every", "per"}
# Verbs of change: "X to Y" after one is a change from X to Y ("ratio 50% to 60%").
_CHANGE_WORDS: Final = frozenset(
    """
    increase increasing raise raising improve improving reduce reducing decrease
    decreasing lower lowering grow growing cut cutting boost boosting bring go going
    move moving drop dropping up down
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_FREQUENCY_WORDS: Final = {"once": 1, "twice": 2, "thrice": 3}
_MAY_START_A_NUMBER: Final = NUMBER_STARTS | frozenset(_FREQUENCY_WORDS)


def _digit_value(token: str) -> float | None:
    if not token[:1].isdigit():
        return None
    text = token.replace(",", "")
    value = None
    if _DIGITS_RE.fullmatch(text):
        value = float(text)
    elif match := _RANGE_RE.fullmatch(text.lower()):
        # a range, "3-5 books": the commitment is the lower end
        value = float(match[1]) if match[2] is None else scaled_amount(match[1], match[2])
    elif match := _SUFFIXED_RE.fullmatch(text.lower()):
        value = scaled_amount(match[1], match[2])
    # Hundreds of digits overflow to infinity, which counts nothing.
    return value if value is not None and math.isfinite(value) else None


def _unit_value(token: str) -> tuple[float, str, bool] | None:
    """A number written with its unit: "10lbs" or "20-minute": (value, unit, percent)."""
    if not token[:1].isdigit():
        return None
    if "," in token:
        token = token.replace(",", "")  # "1,500mg": thousands, glued to the unit
    if match := _GLUED_RE.fullmatch(token):
        number, unit = match[1], match[2]
        if unit not in GLUED_UNITS:
            return None
        if unit == "st" and number.endswith("1") and not number.endswith("11"):
            return None  # "1st", "21st": an ordinal, not 21 stone
        value = float(number)
        return (value, unit, False) if math.isfinite(value) else None
    if match := _HYPHEN_RE.fullmatch(token):
        unit = _HYPHEN_UNITS[match[2]]
        return float(match[1]), unit, unit == "%"
    return None


def _noun_phrase(tokens: list[Token], index: int, limit: int) -> tuple[int, str, str]:
    """From tokens[index], the noun phrase: (end index, phrase, head noun)."""
    end = index
    while (
        end < len(tokens)
        and end - index < 4
        and tokens[end].word
        and tokens[end].start < limit
        and tokens[end].lower not in STOP_WORDS
        and not is_number_word(tokens[end].lower)
        and not tokens[end].lower[:1].isdigit()
    ):
        end += 1
    while end > index and tokens[end - 1].lower == "of":
        end -= 1
    words = [token.lower for token in tokens[index:end]]
    # The head of "hours of practice" is "hours": what is counted comes before "of".
    head = words[: words.index("of")] if "of" in words else words
    return end, " ".join(words), head[-1] if head else ""


class _Reading(NamedTuple):
    """One number as first read, before pairs ("from 40 to 80") and asides are sorted out."""

    quantity: Quantity
    at: int  # the index of the token the number starts at
    end_index: int  # the index of the token after everything read with it


def quantities(
    text: str,
    tokens: list[Token],
    frames: Sequence[Span],
    words: frozenset[str] | None = None,
) -> list[Quantity]:
    """The quantities in *text*, read from its tokens, skipping numbers inside *frames*.

    *words*, the tokens' lower-cased words when the caller has them, let a
    statement with no digit and no number word be passed over at once.

    Two numbers of one change are one quantity ("from 40% to 10%": 10, from
    a baseline of 40), a score is its first number ("9 out of 10 cases",
    "8.5/10"), and numbers that only restate another ("or about $500"),
    qualify it ("within 20 seconds", "for every 100 words") or stand in an
    aside in brackets are none.

    Examples:
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Give 5 talks in 2 months"
        >>> [(q.value, q.noun) for q in quantities(text, tokenize(text), [])]
        [(5, 'talks'), (2, 'months')]
        >>> text = "Lose 10lbs and answer 9 out of 10 calls within 20 seconds"
        >>> [(q.value, q.noun) for q in quantities(text, tokenize(text), [])]
        [(10, 'lbs'), (9, 'calls')]
    """
    if words is not None and _names_no_number(text, words):
        return []
    readings = _readings(text, tokens, frames)
    if not readings:
        return []
    if len(readings) > 1:
        readings = _pairs(text, tokens, readings)
        if " will " in text and (" who " in text or " with " in text):
            readings = _without_who_is_counted(text, readings)
    return _without_asides(text, tokens, readings)


# The people a share or count is of: "students who scored below 3 ... will improve by 1".
_COUNTED_GROUPS: Final = frozenset(
    """
    students pupils children kids learners scholars teachers people patients clients
    employees staff members participants residents readers families parents users
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_WHO_IS_COUNTED_RE: Final = re.compile(r"\b(?:who|whose|with)\s", re.IGNORECASE)


def _without_who_is_counted(text: str, readings: list[_Reading]) -> list[_Reading]:
    """*readings* without the numbers that say who is counted, not what is reached:
    "students with fewer than 3 absences will increase from 60% to 80%", "students who
    scored below 3 ... will improve by at least 1": the number before "will", in a
    clause that describes the group, when a number follows "will"."""
    will = text.find(" will ")
    if not any(reading.quantity.start > will for reading in readings):
        return readings
    described = [
        match.end()
        for match in _WHO_IS_COUNTED_RE.finditer(text, 0, will)
        # "students in my class who", "7th-grade students with": the group just before
        if not _COUNTED_GROUPS.isdisjoint(
            word.lower() for word in text[max(0, match.start() - 40) : match.start()].split()[-4:]
        )
    ]
    if not described:
        return readings
    return [
        reading
        for reading in readings
        if not (described[0] <= reading.quantity.start < will
                and not any(mark in text[described[0] : reading.quantity.start] for mark in ".;"))
    ]  # fmt: skip


# An amount of one unit, done at a rate: "an hour a day", "an extra mile each week".
_ONE_UNITS: Final = frozenset({"hour", "minute", "mile", "km", "kilometre", "kilometer", "lap"})
# The words after "a" or "an" that can make it a number: "a dozen", "an hour a day".
_AFTER_AN_ARTICLE: Final = frozenset(
    {"dozen", *_SCALES, "extra", "additional", "more", *_ONE_UNITS}
)


def _names_no_number(text: str, words: frozenset[str]) -> bool:
    """Whether no token of *text* can start a number: half of all statements."""
    return (
        not has_digit(text)
        and "-" not in text  # "twenty-one" is one word
        and _NUMBER_START_WORDS.isdisjoint(words)
        and (_ARTICLES.isdisjoint(words) or _AFTER_AN_ARTICLE.isdisjoint(words))
    )


def _readings(text: str, tokens: list[Token], frames: Sequence[Span]) -> list[_Reading]:
    # The tokens a number can start at, found in one pass: most statements have few.
    # (Over the lower-cased texts, read at C speed; whether it is a word is asked last.)
    candidates = [
        index
        for index, lower in enumerate(map(_LOWER, tokens))
        if (
            lower in _NUMBER_START_WORDS
            or lower[0].isdigit()
            or "-" in lower
            or (lower in _ARTICLES and _next_word(tokens, index) in _AFTER_AN_ARTICLE)
        )
        and tokens[index].word
    ]
    if not candidates:
        return []
    spans = sorted((frame.start, frame.end) for frame in frames) if frames else []
    found: list[_Reading] = []
    index = 0
    for candidate in candidates:
        if candidate < index:
            continue  # read with the number before it
        token_start, token_end = tokens[candidate][2:4]
        limit = len(text)
        inside = False
        for start, end in spans:
            if start <= token_start < end:
                inside = True  # "in 5 years": the 5 is time
                break
            if start >= token_end:
                limit = start
                break
        if inside:
            continue
        reading = _reading_at(text, tokens, candidate, limit)
        if reading is not None:
            found.append(reading)
            index = reading.end_index
    return found


_ARTICLES: Final = frozenset({"a", "an"})
_LOWER: Final = operator.itemgetter(1)  # a token's lower-cased text
# Every number starts with a digit, a number word, or "a"/"an" before a word that makes
# it one ("a dozen", "an hour a day").
_NUMBER_START_WORDS: Final = (NUMBER_STARTS - _ARTICLES) | frozenset(_FREQUENCY_WORDS)


# What follows a distance in metres glued to its number: "swim 100m in under 2 minutes",
# "the 400m hurdles". Before any other word ("3m users", "$3m in revenue") it is millions.
_AFTER_METRES: Final = frozenset(
    """
    in under below by within at for and or on without each every a per before after this
    freestyle backstroke breaststroke butterfly medley sprint sprints dash race races run
    runs swim swims hurdles relay repeats intervals time times pb pr personal
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# ... and "of" before what is done over the metres: "10,000m of climbing" ("3m of funding"
# is millions).
_METRES_OF: Final = frozenset(
    "climbing climb elevation ascent descent vertical swimming running rowing".split()  # noqa: SIM905
)
# With its thousands or not: "10,000m per month" is ten thousand metres, as "10000m" is.
_METRES_RE: Final = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?m")


def _metres(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ("100m", lower case, no currency before it) is a distance."""
    token = tokens[index]
    if not _METRES_RE.fullmatch(token.text) or (index and tokens[index - 1].text in CURRENCY):
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if following == "of" and index + 2 < len(tokens):
        return tokens[index + 2].lower in _METRES_OF
    return not following[:1].isalpha() or following in _AFTER_METRES


def _reading_at(text: str, tokens: list[Token], index: int, limit: int) -> _Reading | None:
    """The quantity whose number starts at tokens[index], or None when it counts nothing."""
    token = tokens[index]
    lower = token.lower
    glued = None if lower.isdigit() or not lower[0].isdigit() else _unit_value(lower)
    if glued is None and lower[-2:] in _ORDINAL_ENDS and _next_word(tokens, index) in _CENTILE:
        glued = float(lower[:-2]), "percentile", False  # "the 90th percentile": a standard
    if glued is None and lower[-1] == "m" and _metres(tokens, index):
        glued = float(lower[:-1].replace(",", "")), "m", False  # "swim 100m": not 100 million
    if glued is None and lower[-2:] in _PLURAL_ENDS and _SCORE_PLURAL_RE.fullmatch(lower):
        glued = float(lower[:-2]), "", False  # "score 3's", "4’s and 5’s": scores, in plural
    if glued is None and lower[:3] == "sub" and (sub := _SUB_RE.fullmatch(lower)):
        glued = float(sub[1]), "", False  # "a sub-20 5k": the time to beat is the target
    if glued is not None:
        value, unit, percent = glued
        used, from_digits = 1, True
        if _excluded(tokens, index, 1, True) or _times_table(tokens, index, value, unit):
            return None
    else:
        number = _number_at(tokens, index)
        if number is None:
            return None
        value, used, from_digits = number
        unit = ""
    first = index - 1 if index > 0 and tokens[index - 1].text in CURRENCY else index
    if unit or glued is not None:
        after = index + 1
        if not unit:
            end_index, phrase, noun = _noun_phrase(tokens, after, limit)
        elif unit == "percentile":
            end_index, phrase, noun = after + 1, unit, unit
        elif unit != "%":
            end_index, phrase, noun = after, unit, unit
        else:
            end_index, phrase, noun = _noun_phrase(tokens, after, limit)
    else:
        percent, after = _percent_after(tokens, index + used)
        after = _past_denominator(tokens, after)
        if after < len(tokens) and tokens[after].lower == "of" and value in (12,) and used >= 2:
            after += 1  # "a dozen of ..." is rare but harmless
        end_index, phrase, noun = _noun_phrase(tokens, after, limit)
        if from_digits and _is_year(tokens, index, value, noun):
            return None  # a year, such as "the 2027 conference", counts nothing
    last = tokens[end_index - 1] if end_index > after else tokens[after - 1]
    quantity = Quantity(
        value=whole(value),
        noun=noun,
        phrase=phrase,
        percent=percent,
        text=text[tokens[first].start : last.end],
        start=tokens[first].start,
        end=last.end,
    )
    return _Reading(quantity, index, max(end_index, index + used))


_ORDINAL_ENDS: Final = frozenset({"st", "nd", "rd", "th"})
# A score said in the plural, "3's": one or two digits, so that "the 1990's" stays a decade.
_PLURAL_ENDS: Final = frozenset({"'s", "’s"})
_SCORE_PLURAL_RE: Final = re.compile(r"\d['’]s|1[0-2]['’]s")
_CENTILE: Final = frozenset({"percentile", "percentiles"})


def _next_word(tokens: list[Token], index: int) -> str:
    return tokens[index + 1].lower if index + 1 < len(tokens) else ""


def _times_table(tokens: list[Token], index: int, value: float, unit: str) -> bool:
    """ "master 7s multiplication facts": "7s" names a times table, not seven seconds."""
    following = _next_word(tokens, index)
    return (
        unit == "s"
        and value <= 12
        and float(value).is_integer()
        and following.isalpha()
        and following not in STOP_WORDS
    )


def _past_denominator(tokens: list[Token], after: int) -> int:
    """Past "out of 10", "of 20" or "/10" after a score's number: the index after it."""
    if after + 1 >= len(tokens):
        return after
    word = tokens[after].lower
    if word in ("of", "/") and tokens[after + 1].lower[:1].isdigit():
        return after + 2  # "18 of 20 words", "8.5/10"
    if (
        word == "out"
        and tokens[after + 1].lower == "of"
        and after + 2 < len(tokens)
        and _starts_a_number(tokens[after + 2].lower)
    ):
        return after + 3  # "9 out of 10 cases"
    return after


def _is_year(tokens: list[Token], index: int, value: float, noun: str) -> bool:
    if not (1900 <= value <= 2100 and float(value).is_integer()):
        return False
    text = tokens[index].text
    if "," in text or not text.isdigit() or len(text) != 4:
        return False  # "$2 000" is money, grouped by a space
    previous = tokens[index - 1].lower if index else ""
    if previous == "to" and index >= 3 and tokens[index - 3].lower == "from":
        # "from 1000 to 2000": the end of a change from a number that is no year is no year
        # either ("from 2019 to 2021" is two years).
        said = tokens[index - 2].text
        return said.isdigit() and len(said) == 4 and 1900 <= int(said) <= 2100
    # "the 2015 numbers", "in 2013", "FY 2017": a year is named, whatever follows.
    return not noun.endswith("s") or previous in _YEAR_BEFORE


_YEAR_BEFORE: Final = frozenset(
    """
    the in since from of by over than this that our my their its fy fiscal during until
    before after
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _spanning(text: str, kept: Quantity, first: _Reading, last: _Reading) -> Quantity:
    """*kept*, one end of a range, made to span the range from *first* to *last*."""
    return attrs.evolve(
        kept,
        text=text[first.quantity.start : last.quantity.end],
        start=first.quantity.start,
        end=last.quantity.end,
        noun=last.quantity.noun or first.quantity.noun,
        phrase=last.quantity.phrase or first.quantity.phrase,
    )


def _pairs(text: str, tokens: list[Token], readings: list[_Reading]) -> list[_Reading]:
    """Readings with each change's two numbers joined: "from 40% to 10%" is 10 from 40."""
    joined: list[_Reading] = []
    skip = False
    for position, reading in enumerate(readings):
        if skip:
            skip = False
            continue
        following = readings[position + 1] if position + 1 < len(readings) else None
        if following is not None and _is_range(text, reading, following):
            # "one or two people", "10 or 15 pounds": a range, read by its lower end.
            low = min(reading, following, key=lambda r: r.quantity.value)
            quantity = _spanning(text, low.quantity, reading, following)
            joined.append(_Reading(quantity, reading.at, following.end_index))
            skip = True
            continue
        if following is not None and _is_alternative(text, reading, following):
            # "100 chapters or 1,000 pages", "two, hopefully three": one target, said first;
            # the rest is another way to count it, or a hope beyond it.
            joined.append(reading)
            skip = True
            continue
        if following is not None and _is_dashed_pair(text, reading, following):
            if _word_before(tokens, reading.at) == "from":
                # "from 91%-95%": a change, written with a dash for "to"
                quantity = attrs.evolve(
                    following.quantity,
                    baseline=reading.quantity.value,
                    text=text[reading.quantity.start : following.quantity.end],
                    start=reading.quantity.start,
                )
            else:
                # "$130,000 - $150,000", "80%-90%": a range, read by its lower end
                quantity = _spanning(text, reading.quantity, reading, following)
            joined.append(_Reading(quantity, reading.at, following.end_index))
            skip = True
            continue
        if (
            following is not None
            and _is_span_range(text, tokens, reading, following)
            and (
                # "raise it by 5 to 10 points"; "by 10% to 70.9%" is a step to a target
                (_word_before(tokens, reading.at) == "by" and not reading.quantity.percent)
                or not _is_change(text, tokens, reading, following)
            )
        ):
            # "4 to 6 new clients", "5 to 10 percent", "between 4 and 6": the lower end.
            quantity = attrs.evolve(
                reading.quantity,
                text=text[reading.quantity.start : following.quantity.end],
                end=following.quantity.end,
                noun=following.quantity.noun,
                phrase=following.quantity.phrase,
                percent=following.quantity.percent,
            )
            joined.append(_Reading(quantity, reading.at, following.end_index))
            skip = True
            continue
        if following is not None and _is_change(text, tokens, reading, following):
            later, earlier = following, reading
            if _word_before(tokens, reading.at) == "to":
                later, earlier = reading, following  # "to 75% from 45%"
            # "by 10% to 70.9%": the first number is the step, not where it starts.
            step = _word_before(tokens, earlier.at) == "by"
            quantity = attrs.evolve(
                later.quantity,
                baseline=None if step else earlier.quantity.value,
                text=text[reading.quantity.start : following.quantity.end],
                start=reading.quantity.start,
                noun=later.quantity.noun or _named(earlier.quantity.noun),
                phrase=later.quantity.phrase or _named(earlier.quantity.phrase),
                percent=later.quantity.percent or earlier.quantity.percent,
            )
            joined.append(_Reading(quantity, reading.at, following.end_index))
            skip = True
            continue
        joined.append(reading)
    return joined


def _is_range(text: str, one: _Reading, other: _Reading) -> bool:
    """ "one or two", "10 or 15 pounds": two numbers of one thing with only "or" between."""
    if text[one.quantity.end : other.quantity.start].strip().lower() != "or":
        return False
    noun = one.quantity.noun
    return (noun == "" or noun == other.quantity.noun) and (
        one.quantity.percent == other.quantity.percent
    )


# What joins a target to another way of counting it, or to a hope beyond it.
_ALTERNATIVES: Final = frozenset(
    {("or",), ("or", "even"), ("or", "maybe"), ("or", "perhaps"), ("or", "ideally"),
     ("hopefully",), ("or", "hopefully"), ("and", "hopefully"), ("maybe",), ("perhaps",),
     ("ideally",), ("maybe", "even"), ("hopefully", "even")}
)  # fmt: skip


def _is_alternative(text: str, one: _Reading, other: _Reading) -> bool:
    """ "100 chapters or 1,000 pages", "two, hopefully three": the second number is
    another way to count the first's target, or a hope beyond it (a range, "10 or 15
    pounds", is read before this)."""
    between = text[one.quantity.end : other.quantity.start]
    if len(between) > 24 or any(mark in between for mark in ".;:()"):
        return False
    words = tuple(word.strip(",") for word in between.lower().split() if word.strip(","))
    return words in _ALTERNATIVES


def _is_dashed_pair(text: str, one: _Reading, other: _Reading) -> bool:
    """ "91%-95%", "$130,000 - $150,000": two numbers of one kind, rising, a dash between.

    A dash inside one token ("3-5", "40-50k") is read with the token; this is
    the dash between two tokens that each carry a sign.
    """
    first, second = one.quantity, other.quantity
    return (
        text[first.end : second.start].strip() in ("-", "–")
        and first.percent == second.percent
        and first.value < second.value
        and (first.text[:1] in CURRENCY) == (second.text[:1] in CURRENCY)
    )


def _is_span_range(text: str, tokens: list[Token], one: _Reading, other: _Reading) -> bool:
    """ "4 to 6 new clients", "between 4 and 6": a rising span of one thing, bare first."""
    first, second = one.quantity, other.quantity
    if first.noun or first.value >= second.value or (first.percent and not second.percent):
        return False
    between = text[first.end : second.start].strip().lower()
    return between == "to" or (between == "and" and _word_before(tokens, one.at) == "between")


def _named(noun: str) -> str:
    return "" if noun in _NOW_WORDS else noun


def _word_before(tokens: list[Token], index: int) -> str:
    first = index - 1 if index > 0 and tokens[index - 1].text in CURRENCY else index
    return tokens[first - 1].lower if first > 0 else ""


def _a_baseline_from(tokens: list[Token], at: int) -> bool:
    """Whether the number at *at* follows "from ... baseline of": "from this year's baseline
    of 88%", "from a base of 40", "from a score of 8" (where a change starts, named)."""
    if at < 3 or tokens[at - 1].lower != "of":
        return False
    if tokens[at - 2].lower in ("baseline", "base"):
        return any(token.lower == "from" for token in tokens[max(0, at - 6) : at - 2])
    # "from a score of 8 to 4", "from an average of 12": a noun with its article, named as
    # what the change starts from.
    return tokens[at - 4].lower == "from" and tokens[at - 3].lower in ("a", "an", "the")


def _is_change(text: str, tokens: list[Token], one: _Reading, other: _Reading) -> bool:
    between = text[one.quantity.end : other.quantity.start].lower().split()
    # "$4000 a month to $6000": a rate after the first number may stand between.
    if len(between) == 3 and between[0] in ("a", "an", "per", "each"):
        between = between[2:]
    elif len(between) > 3 and between[0] in ("a", "an", "per", "each") and between[2] == "to":
        between = between[2:]  # "from 3 per month to less than 1"
    if len(between) > 1 and between[0] in _NOW_WORDS:
        between = between[1:]  # "from about 1250 now to 2500": where it stands today
    if between[:1] == ["to"] and tuple(between[1:]) in _BOUNDS_AFTER_TO:
        between = ["to"]  # "from 9 minutes to under 3": the target is a bound, still 3 from 9
    before = _word_before(tokens, one.at)
    if before in _LOOSE_BEFORE and one.at >= 2 and _word_before(tokens, one.at - 1) == "from":
        before = "from"  # "from a 75% to 85%", "from about 1250 to 2500"
    elif (
        before.endswith("ing")
        and one.at >= 2
        and _word_before(tokens, one.at - 1) == "from"
        and between[-2:] == ["to", before]
    ):
        # "from doing 50 squats a day to doing 250": the same verb before both numbers.
        before, between = "from", between[:-1]
    elif before == "of" and _a_baseline_from(tokens, one.at):
        before = "from"  # "from this year's baseline of 88% to 93%", "from a score of 8 to 4"
    if before == "from" and _far_change(text, one, other, between):
        return True
    if _said_again(between):
        return True  # "in about 40 minutes and shave that down to 30": 30, from 40
    if between == ["to"] or between == ["to", "a"] or between == ["to", "an"]:
        if before == "from":
            return True
        clause = text[: one.quantity.start].lower().split()[-6:]
        return any(word in _CHANGE_WORDS for word in clause)
    return (between == ["from"] and before == "to") or between == ["from", "current"]


# A bound said between a change's "to" and its target: "from 3 a month to less than 1".
_BOUNDS_AFTER_TO: Final = frozenset(
    {("under",), ("below",), ("less", "than"), ("fewer", "than"), ("at", "most"),
     ("no", "more", "than"), ("over",), ("above",), ("more", "than"), ("at", "least"),
     ("just", "under"), ("just", "over")}
)  # fmt: skip
# Months written short, with a full stop: "Aug.", "Sept.".
_MONTH_SHORT: Final = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # noqa: SIM905
)
# Words that may stand between "from" and a change's first number, and after it.
_LOOSE_BEFORE: Final = frozenset({"a", "an", "about", "around", "approximately", "roughly"})
_NOW_WORDS: Final = frozenset({"now", "currently", "today"})

# Words between a change's two numbers end a clause: "from 4 ... and then to 6" is not one.
_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", ".", "(", ")", "while", "but", "then"})


# "... and get it down to 30", "... then cut that to 25": a change of the number before.
_BACK_REFERENCES: Final = frozenset({"it", "that", "this", "them", "those"})
_HARD_BREAKS: Final = _CLAUSE_BREAKS - {",", "then"}
_SAID_AGAIN_VERBS: Final = _CHANGE_WORDS | frozenset(
    "shave shaving get getting take taking push pushing drop".split()  # noqa: SIM905
)


def _said_again(between: list[str]) -> bool:
    """ "and shave that down to", "then get it up to": the first number, changed."""
    if not 3 <= len(between) <= 7 or between[-1] != "to":
        return False
    if any(word in _HARD_BREAKS or word[-1:] in ";:." for word in between[:-1]):
        return False  # ", then get it down to" still says it again
    return not _BACK_REFERENCES.isdisjoint(between) and not _SAID_AGAIN_VERBS.isdisjoint(between)


def _far_change(text: str, one: _Reading, other: _Reading, between: list[str]) -> bool:
    """ "from 95 degrees of shoulder flexion to 145 degrees": a change said around its noun.

    The words between end with "to", say no more than a noun phrase would (six
    words, no clause break), and both numbers count the same thing.
    """
    if len(between) < 2 or len(between) > 7 or between[-1] != "to":
        return False
    if any(
        word in _CLAUSE_BREAKS or (word[-1:] in ",;:." and word[:-1] not in _MONTH_SHORT)
        for word in between[:-1]
    ):
        return False  # "from 22% on Aug. 2023 to 45%": a month's full stop ends no clause
    noun, other_noun = one.quantity.noun, other.quantity.noun
    return (noun == other_noun and noun != "") or (one.quantity.percent and other.quantity.percent)


_FROM_RANGE_RE: Final = re.compile(r"(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)")
# A rough pace after a total says the total again: "Read 20 books by December, about 2 a
# month", "52 books (or about 1 per week)", "500 words in 3 months, roughly 40 a week".
# "50k words in 30 days, averaging 1,667 words per day": a mean pace says it again as well.
_ROUGHLY: Final = frozenset(
    {"about", "around", "roughly", "approximately", "approx", "~", "averaging"}
)
_PACE_AFTER_RE: Final = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+(?:day|night|week|month|quarter|year)\b",
    re.IGNORECASE,
)


def _from_one_end(tokens: list[Token], reading: _Reading) -> _Reading:
    """*reading*, read as a change when it is a range after "from": "count from 1-20" is
    from one end to the other, as "from 1 to 20" is."""
    span = _FROM_RANGE_RE.fullmatch(tokens[reading.at].lower)
    if span is None:
        return reading
    quantity = attrs.evolve(
        reading.quantity, value=whole(float(span[2])), baseline=whole(float(span[1]))
    )
    return reading._replace(quantity=quantity)


def _out_of_or_given(
    tokens: list[Token], at: int, before: str, after_another: bool, before_another: bool
) -> bool:
    """Whether the number at *at* is what a count is out of ("6 days out of 7"), after
    another, or what a task is given ("Given 10 word problems"), before another."""
    if after_another and before == "of" and at >= 2 and tokens[at - 2].lower == "out":
        return True
    return before_another and _given(tokens, at, before)


def _given(tokens: list[Token], at: int, before: str) -> bool:
    """Whether the number at *at* counts what a task is given: "Given 10 word problems",
    "given a list of 20 words" (the conditions of an IEP goal, not its target)."""
    if before == "given":
        return True
    if before != "of" or at < 3 or tokens[at - 2].lower not in _GIVEN_SETS:
        return False
    said = tokens[at - 3].lower  # "given lists of 20", "given a list of 20"
    return said == "given" or (
        said in ("a", "an", "the") and at >= 4 and tokens[at - 4].lower == "given"
    )


_GIVEN_SETS: Final = frozenset(
    {"list", "lists", "set", "sets", "bank", "passage", "series", "total", "choice", "field"}
)


# A week said right after an amount, or after its noun phrase: "56 hours of sleep each week".
_WEEKLY_AFTER_RE: Final = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s*(?:a|per|each|every|/)\s*week\b", re.IGNORECASE
)


def _says_again(text: str, last: Quantity, quantity: Quantity, before: str) -> bool:
    """Whether *quantity* says the *last* target again: in the same words right after it
    ("my goal to 100 books-- 100 books"), as a rough pace ("about 2 a month"), roughly in
    another unit after a comma ("22,500 words, approximately 75 pages"), or a day's amount
    as a week's ("8 hours of sleep ... 56 hours each week")."""
    if (
        quantity.value == last.value
        and quantity.noun == last.noun
        and not any(character.isalnum() for character in text[last.end : quantity.start])
    ):
        return True
    if (
        quantity.noun == last.noun != ""
        and quantity.value == 7 * last.value
        and _WEEKLY_AFTER_RE.match(text, quantity.end) is not None
    ):
        return True  # "8 hours of sleep ... 56 hours of sleep each week": a day's, weekly
    if before not in _ROUGHLY:
        return False
    if _PACE_AFTER_RE.match(text, quantity.end) is not None:
        return True
    # "22,500 words by the end of November, approximately 75 pages": the same amount,
    # roughly, in another unit, after a comma.
    return (
        quantity.noun not in ("", last.noun)
        and not quantity.percent
        and text[: quantity.start].rstrip().lower().endswith(f", {before}")
    )


def _without_asides(text: str, tokens: list[Token], readings: list[_Reading]) -> list[Quantity]:
    """The quantities, without those that restate, qualify or stand in brackets."""
    kept: list[_Reading] = []
    restated_from = _restating_start(text, tokens)
    paired = False
    past: float | None = None  # a result of the past, said before the target it starts
    limits: list[_Reading] = []  # "under 42 minutes": a time to beat
    lowered = text.lower()
    # Only a text with one of `_is_now`'s words can say a number stands now.
    maybe_now = "now" in lowered or "current" in lowered or "presently" in lowered
    for position, reading in enumerate(readings):
        quantity = reading.quantity
        if quantity.start >= restated_from:
            break
        if past is not None and quantity.baseline is None:
            quantity = attrs.evolve(quantity, baseline=past)
            reading = reading._replace(quantity=quantity)
        past = None
        if position + 1 < len(readings) and (
            _PAST_RE.match(text, quantity.end)
            or (maybe_now and _is_now(text, tokens, readings, position))
        ):
            past = quantity.value  # "I got a 68% last term, I'll aim for 75%": where it starts
            continue
        paired = paired or quantity.baseline is not None
        before = _word_before(tokens, reading.at)
        if kept and _is_condition(tokens, reading, before):
            continue  # "decode 18 of 20 words across 3 consecutive sessions": how it counts
        if kept and before == "all" and not quantity.noun and not quantity.percent:
            continue  # "one book a month ... read in all three": those counted, said again
        if _out_of_or_given(tokens, reading.at, before, bool(kept), position + 1 < len(readings)):
            continue  # "6 days out of 7", "Given 10 word problems, solve 8": not the goal
        if kept and _says_again(text, kept[-1].quantity, quantity, before):
            continue  # "100 books-- 100 books", "20 books by December, about 2 a month"
        if kept and (
            _is_baseline(tokens, reading.at, before)
            or (before in _FROM_WORDS and _starts_the_last(text, kept[-1].quantity, quantity))
        ):
            # "read 50 letter-sounds per minute, up from a baseline of 28": where it starts.
            last = kept[-1]
            if last.quantity.baseline is None:
                kept[-1] = last._replace(
                    quantity=attrs.evolve(last.quantity, baseline=quantity.value)
                )
            continue
        if before in _QUALIFYING_BEFORE and (
            (before in _THRESHOLD_WORDS and quantity.noun in _SHORT_UNITS)
            or (before in ("every", "per") and kept)
        ):
            # "answer within 20 seconds": the result's standard, not a count; "five errors
            # for every 100 words": 100 is what the five are out of.
            if before in _LIMIT_WORDS:
                limits.append(reading)
            continue
        if (
            kept
            and kept[-1].quantity.noun
            and quantity.noun not in ("", kept[-1].quantity.noun)
            and text[kept[-1].quantity.end : quantity.start] == "/"
        ):
            continue  # "80 lengths/2000m": one distance, said in two units
        kept.append(_from_one_end(tokens, reading) if before == "from" else reading)
    if limits and all(
        _DISTANCE_RE.fullmatch(tokens[r.at].lower)
        or (r.quantity.noun in _DISTANCES and _RUN_IN_RE.match(text, r.quantity.end))
        for r in kept
    ):
        # "run under 42 minutes", "Run 5k in under 30 minutes": with no other count (a
        # distance names the race), the time to beat is the target.
        kept = limits[:1]
    if "(" in text:
        outside = [r for r in kept if not _aside(text, r, kept)]
        if outside:
            kept = outside  # "16 hours a day (8 hour eating window)": the aside restates
    if len(kept) > 1 and (
        " times" in lowered
        or "than" in lowered
        or "lev" in lowered
        or "scor" in lowered
        or " days " in lowered
    ):
        kept = _without_portions_and_criteria(text, tokens, kept)
    if len(kept) > 1 and ("start" in lowered or "begin" in lowered):
        kept = _without_a_progression(text, tokens, kept)
    if paired:
        # "by 50% ...: from $4000 a month to $6000 a month": one change, said twice; a
        # change said after its own number ("... while reducing cost by 12%") is another.
        # "Lose 15 lbs, from 180 to 165": the step is the change's size, said first.
        kept = [
            r
            for position, r in enumerate(kept)
            if not (r.quantity.percent and r.quantity.baseline is None
                    and _word_before(tokens, r.at) == "by"
                    and any(later.quantity.baseline is not None for later in kept[position:]))
            and not any(_is_its_size(text, r.quantity, later.quantity)
                        for later in kept[position + 1:])
        ]  # fmt: skip
    return [reading.quantity for reading in kept]


# "add 3 more each day", "adding 5 seconds every week": the step of a progression.
_STEP_AFTER_RE: Final = re.compile(
    r"(?:\s+[a-z-]+)?(?:\s+more)?\s+(?:each|every|per|a)\s", re.IGNORECASE
)
_STARTING_RE: Final = re.compile(r"\b(?:start|starting|begin|beginning)\b", re.IGNORECASE)


def _without_a_progression(text: str, tokens: list[Token], kept: list[_Reading]) -> list[_Reading]:
    """Without where a progression starts and its step, when it says where it ends: "start
    with 10 push ups and then add 3 more each day, to do 100 in a day" is a target of 100,
    as a baseline is no target."""
    lowered = text.lower()
    if "add" not in lowered and "up to" not in lowered:
        return kept  # the common case: no step and no end said
    if (
        _word_before(tokens, kept[0].at) in ("with", "at")
        and kept[0].at >= 2
        and _STARTING_RE.fullmatch(tokens[kept[0].at - 2].text) is not None
        and _word_before(tokens, kept[-1].at) == "to"
        and tokens[kept[-1].at - 2].lower == "up"
    ):
        return kept[1:]  # "begin at 10 minutes ... build up to 30": where it starts
    for position, reading in enumerate(kept[:-1]):
        if _word_before(tokens, reading.at) in ("add", "adding") and _STEP_AFTER_RE.match(
            text, reading.quantity.end
        ):
            starts = [
                match.end() for match in _STARTING_RE.finditer(text, 0, reading.quantity.start)
            ]
            return [
                earlier
                for earlier in kept[:position]
                if not starts or earlier.quantity.start < starts[0]
            ] + kept[position + 1 :]
    return kept


def _is_its_size(text: str, step: Quantity, change: Quantity) -> bool:
    """Whether *step* is the size of *change*, of the same unit: "5kg" of "70kg to 75kg",
    or said just before a change that names no unit: "15 lbs, from 180 to 165"."""
    if not (
        step.baseline is None
        and change.baseline is not None
        and step.percent == change.percent
        and abs(change.value - change.baseline) == step.value
    ):
        return False
    if step.noun in ("", change.noun):
        return True
    between = text[step.end : change.start].lower().split()
    return change.noun == "" and len(between) <= 4 and _JOINS.isdisjoint(between)


# Words that join a second goal to the first: "read 10 books and raise it from 60 to 70".
_JOINS: Final = frozenset({"and", "while", "but", "also", "plus", "then"})


def _is_now(text: str, tokens: list[Token], readings: list[_Reading], position: int) -> bool:
    """ "I currently weigh 210 lbs and want to reach 185 lbs", "at 12% now, aiming for 10%":
    a number said to stand today, before a target of the same kind, is where it starts."""
    reading, target = readings[position], readings[position + 1].quantity
    quantity = reading.quantity
    words = [word for word in quantity.phrase.split() if word not in _NOW_WORDS]
    noun = words[-1] if words else ""  # "3 miles now and": the noun is "miles"
    if (
        quantity.percent != target.percent
        or (noun and target.noun and noun != target.noun)
        or target.baseline is not None
    ):
        return False
    before = {token.lower for token in tokens[max(0, reading.at - 5) : reading.at]}
    said = {token.lower for token in tokens[reading.at + 1 : reading.end_index + 1]}
    return not _CURRENTLY.isdisjoint(before) or not _STANDS_NOW.isdisjoint(said)


_CURRENTLY: Final = frozenset({"currently", "current", "presently"})
# After the number ("210 lbs now"); not "today", which is also a deadline ("5 pages today").
_STANDS_NOW: Final = frozenset({"now", "currently", "presently"})


# "68% in English last term": a number whose clause says it was reached in a past period.
_PAST_RE: Final = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:last|previous|past)\s+"
    r"(?:term|semester|year|quarter|month|week|season|time)\b",
    re.IGNORECASE,
)

# Words that say a number is how a target is counted, not a second target: "across 3
# consecutive sessions", "in 4 out of 5 trials" after "with 80% accuracy".
_CONDITION_WORDS: Final = frozenset({"consecutive", "successive", "straight"})
_CONDITION_BEFORE: Final = frozenset({"in", "on", "across", "over", "for", "during"})


# Occasions a result is shown on: "across 4 trials", "within 6 sessions" after a target
# say how it is checked (or, for a clinic's visits, when), not a second count.
_OCCASIONS: Final = frozenset(
    """
    sessions trials attempts opportunities probes visits treatments appointments
    observations
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _is_condition(tokens: list[Token], reading: _Reading, before: str) -> bool:
    if before not in _CONDITION_BEFORE and before != "within":
        return False
    if reading.quantity.noun in _OCCASIONS:
        return True
    following = tokens[reading.at + 1].lower if reading.at + 1 < len(tokens) else ""
    if before == "within":
        return False
    if following in _CONDITION_WORDS:
        return True
    # "in 4 out of 5 trials": a score after another target says how often it is met.
    return following in ("out", "of", "/") and before in ("in", "on", "across")


_FROM_WORDS: Final = frozenset({"from", *_LOOSE_BEFORE})


def _starts_the_last(text: str, last: Quantity, quantity: Quantity) -> bool:
    """ "a band score of 7.0 from a 5.5", "to 80% from 65%": *quantity*, said right after
    the last target with "from", of the same kind, is where that target starts."""
    between = text[last.end : quantity.start].lower().split()
    return (
        bool(between)
        and between[0] == "from"
        and (len(between) == 1 or (len(between) == 2 and between[1] in _LOOSE_BEFORE))
        and quantity.baseline is None
        and quantity.percent == last.percent
        and quantity.noun in ("", last.noun)
    )


def _after_versus(tokens: list[Token], at: int) -> bool:
    """Whether the number at *at* (or its currency sign) follows "vs", "vs." or "versus"."""
    first = at - 1 if at and tokens[at - 1].text in CURRENCY else at
    said = [token.lower for token in tokens[max(0, first - 2) : first]]
    return said[-1:] in (["vs"], ["versus"]) or said == ["vs", "."]


def _is_baseline(tokens: list[Token], at: int, before: str) -> bool:
    """ "up from 28", "a baseline of 28", "vs. 21": where the last target starts."""
    if before in ("vs", "versus", ".") and _after_versus(tokens, at):
        return True  # "$2.5M in Q3 (vs. $2.1M in Q2)": what the target is set against
    two_before = tokens[at - 2].lower if at >= 2 else ""
    if before == "from":
        return two_before in ("up", "down")
    return before == "of" and two_before in ("baseline", "base")


def _restating_start(text: str, tokens: list[Token]) -> int:
    """Where a restatement starts ("meaning ...", "or approximately ..."), or past the end."""
    past_the_end = tokens[-1].end + 1 if tokens else 0
    lowered = text.lower()
    if (
        "meaning" not in lowered
        and "i.e" not in lowered
        and "or approx" not in lowered
        and ("or rough" not in lowered)
        and "that's" not in lowered
        and "that’s" not in lowered
        and "that is" not in lowered
        and "which " not in lowered
    ):
        return past_the_end
    for index, token in enumerate(tokens):
        if _that_is(tokens, index) or (token.lower == "which" and _which_is(tokens, index)):
            return token.start
        # "meaning five or fewer errors" restates; "the meaning of idioms" is a noun.
        if (
            (token.lower == "meaning" and not _a_noun(tokens, index))
            or token.lower == "i.e"
            or (
                token.lower in ("approximately", "roughly")
                and index
                and tokens[index - 1].lower == "or"
            )
        ):
            return token.start
    return past_the_end


# "35lbs which is 2lbs a week", "28lbs, which would put me under 200": the amount said
# again in other terms, or where it leaves the person.
_WHICH_VERBS: Final = frozenset({"is", "would", "means", "will", "works"})


def _which_is(tokens: list[Token], index: int) -> bool:
    """Whether "which" at *index*, right after a number, opens a restatement of it."""
    if tokens[index].lower != "which" or index + 1 >= len(tokens) or index < 1:
        return False
    if tokens[index + 1].lower not in _WHICH_VERBS:
        return False
    at = index - 1
    if tokens[at].text == "," and at >= 1:
        at -= 1
    if tokens[at].word and not tokens[at].text[:1].isdigit() and at >= 1:
        at -= 1  # "35 lbs which is": the amount with its unit
    return tokens[at].text[:1].isdigit()


# "one mile – that's 33 laps", "5 miles, that is 8 km": the same amount said again.
_THAT_IS: Final = frozenset({"that's", "that’s"})
_ASIDE_MARKS: Final = frozenset({",", "-", "–", "—", "(", ";"})


def _that_is(tokens: list[Token], index: int) -> bool:
    """Whether "that's" (or "that is") at *index* opens a restatement of a number."""
    if not index or tokens[index - 1].lower not in _ASIDE_MARKS:
        return False
    said = tokens[index].lower
    if said == "that" and index + 1 < len(tokens) and tokens[index + 1].lower == "is":
        index += 1
    elif said not in _THAT_IS:
        return False
    return index + 1 < len(tokens) and _starts_a_number(tokens[index + 1].lower)


def _a_noun(tokens: list[Token], index: int) -> bool:
    """Whether the word at *index* is a noun by its neighbours: after a determiner ("the
    meaning") or before "of" ("meaning of idioms")."""
    before = tokens[index - 1].lower if index else ""
    after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return after == "of" or before in ("the", "a", "its", "their", "his", "her", "my", "our")


_THAN_BEFORE: Final = frozenset({"fewer", "less", "more"})


def _without_portions_and_criteria(
    text: str, tokens: list[Token], kept: list[_Reading]
) -> list[_Reading]:
    """Without a portion per time ("eat one piece of fruit ... three times this week") and
    the criterion of a share ("95% of scholars will have fewer than 10 absences", "90% of
    students will pass a level 4 DRA", "score a 3 or 4")."""
    result: list[_Reading] = []
    # A share of people ("90% of students", "90% or more of") or a change in one ("from
    # 21.93% to 44%"): the level they reach is its criterion.
    shares = any(
        reading.quantity.percent
        and (
            reading.quantity.baseline is not None
            or " of " in reading.quantity.text
            or _SHARE_RE.match(text, reading.quantity.end) is not None
        )
        for reading in kept
    )
    levels: set[int] = set()
    for position, reading in enumerate(kept):
        quantity = reading.quantity
        if shares and not quantity.percent and _is_level(tokens, reading.at, levels):
            levels.add(reading.at)
            continue  # the level a share of people reaches: which level, not how many
        later = kept[position + 1 :]
        if (
            quantity.value == 1
            and not quantity.percent
            and any(_how_often(text, other.quantity) for other in later)
            and ";" not in text[quantity.end : later[-1].quantity.start]
        ):
            continue  # "one piece of fruit ... six days a week": what each time holds
        if (
            _word_before(tokens, reading.at) == "than"
            and reading.at >= 2
            and tokens[reading.at - 2].lower in _THAN_BEFORE
            and any(
                earlier.quantity.percent and " of " in earlier.quantity.text for earlier in result
            )
        ):
            continue
        result.append(reading)
    return result


def _how_often(text: str, quantity: Quantity) -> bool:
    """Whether *quantity* counts occasions: "three times", "six days a week"."""
    return quantity.noun == "times" or (
        quantity.noun == "days" and _A_WEEK_RE.match(text, quantity.end) is not None
    )


_A_WEEK_RE: Final = re.compile(r"\s*(?:a|per|each|every|/)\s*week\b", re.IGNORECASE)
# Words before a number that make it a level on a scale ("a level 4 DRA", "proficiency
# levels 3 and 4"), or a score on one ("score a 3 or 4").
_SHARE_RE: Final = re.compile(r"\s*(?:%|percent)?\s*(?:or\s+(?:more|higher|above)\s+)?of\b")
_LEVEL_BEFORE: Final = frozenset({"level", "levels", "lvl", "band", "bands", "stage"})
_SCORE_VERBS: Final = frozenset({"score", "scores", "scoring", "scored", "rate", "rated"})
_QUOTES: Final = frozenset("\"“”'‘’")


def _is_level(tokens: list[Token], at: int, levels: set[int]) -> bool:
    """Whether tokens[at] is a level or score on a scale: "level 4", "levels 3 and 4",
    "score a 3 or 4" (*levels* holds the tokens already read as levels)."""
    before = [i for i in range(max(0, at - 4), at) if tokens[i].text not in _QUOTES]
    if not before:
        return False
    previous = tokens[before[-1]].lower
    if previous in _LEVEL_BEFORE:
        return True
    if previous in ("and", "or", "to", "-", "–") and len(before) >= 2:
        return before[-2] in levels  # "levels 3 and 4": the second is a level too
    return previous in ("a", "an") and len(before) >= 2 and tokens[before[-2]].lower in _SCORE_VERBS


def _aside(text: str, reading: _Reading, kept: list[_Reading]) -> bool:
    """Whether *reading* stands in brackets right after another number, which it restates.

    "16 hours a day (8 hour eating window)" and "80% of students will be
    proficient (80% or higher)" restate; "squat my own bodyweight, (67kg)"
    names the only number its clause has.
    """
    position = reading.quantity.start
    opened = text.rfind("(", 0, position)
    if opened == -1 or text.rfind(")", opened, position) != -1:
        return False
    return any(
        other.quantity.end <= opened
        and (
            len(text[other.quantity.end : opened].split()) <= 4
            or other.quantity.value == reading.quantity.value
        )
        for other in kept
    )


def _number_at(tokens: list[Token], index: int) -> tuple[float, int, bool] | None:
    """The number that starts at tokens[index]: (value, tokens used, written in digits)."""
    lower = tokens[index].lower
    value = _digit_value(lower)
    used = 1
    from_digits = value is not None
    if value is None and lower in _FREQUENCY_WORDS:
        value = _FREQUENCY_WORDS[lower]  # "once a week", "twice a month"
    elif value is None and lower in ("a", "an") and _one_unit_a_day(tokens, index):
        value = 1  # "an extra hour each day": one hour, every day
    elif value is None and (lower in NUMBER_STARTS or ("-" in lower and is_number_word(lower))):
        words = []
        for following in tokens[index : index + 6]:
            if not following.word:
                break
            words.append(following.lower)
        parsed = parse_number_words(words)
        if parsed is not None:
            value, used = parsed
    if (
        from_digits
        and value is not None
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in _SCALE_WORDS_AFTER_DIGITS
        and _DIGITS_RE.fullmatch(lower.replace(",", "")) is not None
    ):
        # "$20 million", "2.5 thousand": the scale is part of the number.
        value = scaled_amount(lower.replace(",", ""), tokens[index + 1].lower)
        used = 2
    elif from_digits and value is not None and _space_grouped(tokens, index):
        value = value * 1000 + int(tokens[index + 1].text)  # "$20 000": twenty thousand
        used = 2
    elif (
        from_digits
        and value is not None
        and index + 1 < len(tokens)
        and len(tokens[index + 1].text) == 3  # the cheap test first: a group of three
        and _thousands_grouped(tokens, index)
    ):
        value = value * 1000 + int(tokens[index + 1].text)  # "30 000 words": thirty thousand
        used = 2
    elif from_digits and value is not None and _spaced_range(tokens, index, value):
        used = 3  # "5 - 10 lbs": a range, read by its lower end as "5-10 lbs" is
    elif from_digits and value is not None and _clock_duration(tokens, index):
        value += int(tokens[index + 2].text) / 60  # "9:30 minutes": nine and a half
        used = 3
    if value is None or _excluded(tokens, index, used, from_digits):
        return None
    return value, used, from_digits


_SCALE_WORDS_AFTER_DIGITS: Final = frozenset({"thousand", "million", "mil", "mln", "bn", "billion"})
# Units after which "9:30" is a length of time, not a time of day: "from 9:30 to 7:00
# minutes", "a 4:30 hour marathon".
_CLOCK_UNITS: Final = frozenset({"minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr"})
_TWO_DIGITS_RE: Final = re.compile(r"[0-5]\d")


def _space_grouped(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] starts an amount of money grouped by a space, as much of the
    world writes thousands: "$20 000", "€1 500"."""
    return (
        index > 0
        and tokens[index - 1].text in CURRENCY
        and len(tokens[index].text) <= 3
        and tokens[index].text.isdigit()
        and index + 1 < len(tokens)
        and len(tokens[index + 1].text) == 3
        and tokens[index + 1].text.isdigit()
        and tokens[index + 1].start == tokens[index].end + 1
    )


def _thousands_grouped(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] starts a count grouped by a space, as SI writes thousands:
    "30 000 words", "it must be 21 233." Two digits at least before the space, and a
    plural noun or the clause's end after the group: in "10 300 word essays" the 300 is
    how long each essay is, and "5 100" too easily two numbers."""
    if index + 1 >= len(tokens):
        return False
    first, second = tokens[index].text, tokens[index + 1].text
    if not (
        len(second) == 3
        and 2 <= len(first) <= 3
        and second.isdigit()
        and first.isdigit()
        and first[0] != "0"
        and tokens[index + 1].start == tokens[index].end + 1
    ):
        return False
    if index > 0 and (tokens[index - 1].text[:1].isdigit() or tokens[index - 1].text in CURRENCY):
        return False  # within a longer run of numbers; money is `_space_grouped`'s
    if index + 2 >= len(tokens):
        return True
    following = tokens[index + 2]
    if not following.word:
        return following.text in (".", ",", ";", "!", ")")
    return following.lower.endswith("s") and following.lower not in STOP_WORDS


def _spaced_range(tokens: list[Token], index: int, value: float) -> bool:
    """Whether tokens[index] starts "5 - 10", a range with a spaced dash, rising."""
    if index + 2 >= len(tokens) or tokens[index + 1].text not in ("-", "–"):
        return False
    high_text = tokens[index + 2].lower
    high = _digit_value(high_text)
    if high is None and (glued := _DIGITS_RE.match(high_text)) is not None:
        high = float(glued[0])  # "4 -5times per week": the second number glued to its unit
    return high is not None and high > value


def _clock_duration(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] starts "9:30" said as a length of time, its unit close after."""
    if index + 2 >= len(tokens) or tokens[index + 1].text != ":":
        return False
    if not _TWO_DIGITS_RE.fullmatch(tokens[index + 2].text):
        return False
    for token in tokens[index + 3 : index + 8]:
        if token.lower in _CLOCK_UNITS:
            return True
        if not (token.text.isdigit() or token.lower in ("to", "-", "–", ":")):
            return False  # "at 5:30 for 30 minutes": the minutes are another number's
    return False


_RATE_WORDS: Final = frozenset({"a", "an", "each", "every", "per"})
_RATE_PERIODS: Final = frozenset({"day", "week", "night", "morning", "evening", "weekday"})


def _one_unit_a_day(tokens: list[Token], index: int) -> bool:
    words = [token.lower for token in tokens[index + 1 : index + 5]]
    if words[:1] and words[0] in ("extra", "additional", "more"):
        words = words[1:]
    return (
        len(words) >= 3
        and words[0] in _ONE_UNITS
        and words[1] in _RATE_WORDS
        and words[2] in _RATE_PERIODS
    )


def _percent_after(tokens: list[Token], after: int) -> tuple[bool, int]:
    """Whether a percent sign or word follows at tokens[after], and the index past it."""
    if after < len(tokens) and tokens[after].lower in ("%", "percent", "pct"):
        return True, after + 1
    if (
        after + 1 < len(tokens)
        and tokens[after].lower == "per"
        and tokens[after + 1].lower == "cent"
    ):
        return True, after + 2
    return False, after


def _starts_a_number(word: str) -> bool:
    return word[:1].isdigit() or is_number_word(word)


# Words after a number that make it a time of day ("3 p.m.", "10:30 PM", "4PM").
_CLOCK_WORDS: Final = frozenset({"am", "pm", "a.m", "p.m", "o'clock", "o’clock", "a", "p"})
# Words before a number that make it an age ("when I turn 30", "by age 40").
_AGE_BEFORE: Final = frozenset({"age", "aged", "turn", "turns", "turning", "am", "i'm", "i’m"})


# "get through lesson 8", "procedure 1", "by 2/26, week 15": a number after such a word
# says which part (of a book, a course, a plan).
_PART_LABELS: Final = frozenset(
    "lesson chapter unit module procedure section part phase stage volume week day".split()  # noqa: SIM905
)
# "grade 4 students", "year 9 pupils": a number after such a word names a group.
_GROUP_LABELS: Final = frozenset({"grade", "year", "class", "level", "form", "tier"})
_GROUPS: Final = frozenset(
    "students pupils scholars learners children kids classes classrooms teachers readers".split()  # noqa: SIM905
)
# What follows a number that is not a count: a clock time ("9:30", "3 p.m."), an age
# ("30 years old"), a compound ("3 digit numbers"), the first of two numbers with a spaced
# dash that do not rise ("10 - 5"; a rising "3 - 5" is a range, read by its lower end).
_NOT_A_COUNT_AFTER: Final = _CLOCK_WORDS | {"digit", "digits", "years", "year", "yrs", "-", "–"}
# Words that carry a label on to a second number: "Lists 1 to 3", "units 4 and 5".
_LIST_JOINS: Final = frozenset({"to", "and", "or", "thru", "through", ","})
_ONE_NOT_A_COUNT_BEFORE: Final = frozenset({"no", "the", "any", "every", "some", "each", "someone"})
# Idioms in which "one" counts nothing: "get through it in one piece", "at one point",
# "one by one", "all in one go", "50 push-ups in one set" (the word before "one", the word
# after it).
_IDIOMS_WITH_ONE: Final = frozenset(
    {("in", "piece"), ("at", "point"), ("at", "time"), ("in", "go"), ("in", "set"),
     ("in", "sitting"), ("in", "stretch")}
)  # fmt: skip


def _excluded(tokens: list[Token], index: int, used: int, from_digits: bool) -> bool:
    lower = tokens[index].lower
    previous = tokens[index - 1] if index else None
    after = tokens[index + used].lower if index + used < len(tokens) else ""
    if (
        after == ":"
        and (
            tokens[index + used].start == tokens[index + used - 1].end
            or _digit_at(tokens, index + used + 1)
        )
    ) or (
        previous is not None
        and previous.text == ":"
        and (previous.end == tokens[index].start or _digit_at(tokens, index - 2))
    ):
        return True  # a clock time, 9:30 or "9 : 30"; not a headline's "Speaking: 100 talks"
    if from_digits and lower.endswith(("am", "pm")) and lower[-3:-2].isdigit():
        return True  # "4pm"; not "60wpm", "70bpm"
    if from_digits and "." in lower and _dotted_clock(tokens, index, used):
        return True  # "fast until about 12.30 tomorrow", "up at 6.45": a time of day
    if previous is not None and previous.text == "#" and previous.end == tokens[index].start:
        return True  # "Objective #1", "my #2 priority": a rank or a label, not a count
    if after in _NOT_A_COUNT_AFTER and _not_a_count_after(tokens, index + used, after):
        return True
    if previous is not None:
        if previous.lower in _AGE_BEFORE:
            return True  # "at age 30", "when I turn 30", "by the time I am 30"
        if previous.lower in _GROUP_LABELS and after in _GROUPS:
            return True  # "grade 4 students": which students, not how many
        if previous.lower == "grades" or (
            previous.lower == "grade" and index >= 2 and tokens[index - 2].lower in ("in", "for")
        ):
            return True  # "in grade 3", "grades three thru five": which grade, not how many
        if previous.lower in _LIST_JOINS and _a_labels_list(tokens, index, used):
            return True  # "HSK Lists 1 to 3", "Lessons 4 and 5", "Math 5, 6, 7, and 8"
        if (
            from_digits
            and index >= 2
            and previous.text[:1].isupper()
            and previous.text != "I"
            and not _counts_after(tokens, index + used)
            and not _carries_a_unit(lower)
        ):
            return True  # a name or version: "Python 3", "Windows 11"; not "CGM 7 days"
        if (
            from_digits
            and previous.lower in _PART_LABELS
            and not _counts_after(tokens, index + used)
        ):
            return True  # which part: "Lesson 8", "procedure 1", "chapter 3"
    if (
        previous is not None
        and previous.lower in _LENGTH_NAME_BEFORE
        and after in _SINGLE_UNITS
        and _names_a_thing(tokens, index + used + 1)
    ):
        return True  # "the six month program", "a 12 week course": how long a thing lasts
    if from_digits and lower[-1] == "k" and _race_name(tokens, index, previous):
        return True  # "a 5K", "two more 5K's": a race, not five thousand
    if lower == "one" and used == 1:
        before = previous.lower if previous is not None else ""
        return (
            after in ("of", "day", "another", "more")
            or before in _ONE_NOT_A_COUNT_BEFORE
            or (before, after) in _IDIOMS_WITH_ONE
            or _one_by_one(tokens, index)
        )
    return False


# A time of day written with a dot ("12.30", "6.45"), after a word that says when: at, until,
# before or after it (with "about" or "around", `_ROUGHLY`, between). Not before a word that
# names what it measures ("at 6.45 pace", "at 12.30 stone").
_DOTTED_CLOCK_RE: Final = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_CLOCK_BEFORE: Final = frozenset({"at", "until", "till", "til", "before", "after"})
_CLOCK_AFTER: Final = frozenset(
    """
    tomorrow tonight today every each daily on in and or to then when sharp latest
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _dotted_clock(tokens: list[Token], index: int, used: int) -> bool:
    """Whether the number at *index* ("12.30") is a time of day, said after "at" or "until"."""
    if used != 1 or not _DOTTED_CLOCK_RE.fullmatch(tokens[index].lower):
        return False
    before = index - 1
    if before >= 1 and tokens[before].lower in _ROUGHLY:
        before -= 1
    if before < 0 or tokens[before].lower not in _CLOCK_BEFORE:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not following.word or following.lower in _CLOCK_AFTER


def _a_labels_list(tokens: list[Token], index: int, used: int) -> bool:
    """Whether the number at *index* goes on a list whose first number is a label ("Lessons
    4 and 5", "Math 5, 6, 7, and 8", "grades K, 1, 2"): each is which one, not how many."""
    if _counts_after(tokens, index + used):
        return False  # "lesson 8 and 2 quizzes"
    head = index
    while head >= 2 and tokens[head - 1].lower in _LIST_JOINS:
        before = head - 3 if tokens[head - 2].text == "," else head - 2  # ", and 8"
        if before < 0 or not _list_item(tokens[before].lower):
            break
        head = before
    if head == index or head < 1 or not tokens[head - 1].lower[:1].isalpha():
        return False  # a label before the list, not "9:30 to 7"'s colon
    if tokens[head].lower == "k":
        return tokens[head - 1].lower in ("grade", "grades")  # kindergarten, the first grade
    return _excluded(tokens, head, 1, tokens[head].lower[:1].isdigit())


def _list_item(lower: str) -> bool:
    return _starts_a_number(lower) or lower == "k"


def _carries_a_unit(lower: str) -> bool:
    """Whether the number token *lower* is glued to its unit ("315lbs", "5km"): a
    quantity after any word, capitalised or not ("Bench Press 315lbs"), never a name
    or version as "Python 3" is."""
    return lower[-1:].isalpha() and _unit_value(lower) is not None


def _one_by_one(tokens: list[Token], index: int) -> bool:
    """Whether the "one" at *index* is either of "one by one": how, not how many."""
    said = [token.lower for token in tokens[max(0, index - 2) : index + 3]]
    return "one by one" in " ".join(said)


def _digit_at(tokens: list[Token], index: int) -> bool:
    # The other side of a colon: "9" ":" "30" is a time; "Speaking" ":" "100" a headline,
    # and so is "for 2017: 52 books" (a clock's parts have at most two digits).
    return (
        0 <= index < len(tokens)
        and tokens[index].lower[:1].isdigit()
        and not (len(tokens[index].lower) > 2 and tokens[index].lower[:3].isdigit())
    )


def _not_a_count_after(tokens: list[Token], index: int, after: str) -> bool:
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if after in ("a", "p"):
        return following == "." and index + 2 < len(tokens) and tokens[index + 2].lower == "m"
    if after in ("years", "year", "yrs"):
        return following == "old"  # "30 years old"
    if after in ("-", "–"):
        return _starts_a_number(following)  # "10 - 5", "three - five": the second counts
    return True  # "3 p.m." (am, pm), "3 digit numbers"


def _counts_after(tokens: list[Token], index: int) -> bool:
    if index >= len(tokens):
        return False
    following = tokens[index].lower
    return following in ("%", "percent") or (
        following.endswith("s") and tokens[index].word and following not in STOP_WORDS
    )  # "Python 3 users" counts users; "HSK 4 this year" names a level


# "the six month program": a length of time names the thing after it, not a count.
_LENGTH_NAME_BEFORE: Final = frozenset(
    {"the", "a", "an", "my", "our", "this", "that", "their", "("}  # "(100 Day Sprint)"
)
_SINGLE_UNITS: Final = frozenset({"day", "week", "month", "year"})


def _names_a_thing(tokens: list[Token], index: int) -> bool:
    if index >= len(tokens) or not tokens[index].word:
        return False
    following = tokens[index].lower
    return following not in STOP_WORDS and following not in ("from", "time", "period", "span")


def _race_name(tokens: list[Token], index: int, previous: Token | None) -> bool:
    after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if previous is not None and (
        previous.lower in _RACE_BEFORE
        or previous.lower in _RACE_ORDINALS
        or previous.lower[:3] == "sub"  # "a sub-20 5k": the race the time is for
        or (index >= 2 and tokens[index - 2].lower == "sub")  # "a sub 20 5k"
    ):
        return True
    if previous is not None and (
        previous.lower in _RACE_VERBS
        or (previous.lower == "to" and index >= 2 and tokens[index - 2].lower == "couch")
    ):
        return not _counts_after(tokens, index + 1)  # "run 10k steps" counts steps
    return after in _RACE_AFTER and (previous is None or previous.text not in CURRENCY)
