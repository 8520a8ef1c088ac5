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

import math
import re
from collections.abc import Sequence
from typing import Final

import attrs

from goalkit._text.lexicon import STOP_WORDS
from goalkit._text.tokens import Span, Token

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
        >>> number_value("several") is None
        True
    """
    text = text.lower().replace(",", "")
    if text[:1].isdigit():
        return float(text)
    if text in ("a", "an"):
        return 1
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

    Examples:
        >>> from goalkit import analyze_text
        >>> analyze_text("Attend four industry-specific events").quantities[0]
        Quantity(value=4, noun='events', phrase='industry-specific events', percent=False, text='four industry-specific events', start=7, end=36)
    """  # noqa: E501 - a doctest's expected output is one line

    value: int | float
    noun: str
    phrase: str
    percent: bool
    text: str
    start: int
    end: int


_DIGITS_RE: Final = re.compile(r"\d+(?:\.\d+)?")
_RANGE_RE: Final = re.compile(r"(\d+)-\d+")
_SUFFIXED_RE: Final = re.compile(r"(\d+(?:\.\d+)?)([km])")


def _digit_value(token: str) -> float | None:
    if not token[:1].isdigit():
        return None
    text = token.replace(",", "")
    value = None
    if _DIGITS_RE.fullmatch(text):
        value = float(text)
    elif match := _RANGE_RE.fullmatch(text):
        value = float(match[1])  # a range, "3-5 books": the commitment is the lower end
    elif match := _SUFFIXED_RE.fullmatch(text.lower()):
        value = float(match[1]) * (1_000 if match[2] == "k" else 1_000_000)
    # Hundreds of digits overflow to infinity, which counts nothing.
    return value if value is not None and math.isfinite(value) else None


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
        and _digit_value(tokens[end].lower) is None
    ):
        end += 1
    while end > index and tokens[end - 1].lower == "of":
        end -= 1
    words = [token.lower for token in tokens[index:end]]
    # The head of "hours of practice" is "hours": what is counted comes before "of".
    head = words[: words.index("of")] if "of" in words else words
    return end, " ".join(words), head[-1] if head else ""


def quantities(text: str, tokens: list[Token], frames: Sequence[Span]) -> list[Quantity]:
    """The quantities in *text*, read from its tokens, skipping numbers inside *frames*.

    Examples:
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Give 5 talks in 2 months"
        >>> [(q.value, q.noun) for q in quantities(text, tokenize(text), [])]
        [(5, 'talks'), (2, 'months')]
    """

    def in_frame(token: Token) -> bool:
        return bool(frames) and any(frame.start <= token.start < frame.end for frame in frames)

    def next_frame_start(position: int) -> int:
        return min((f.start for f in frames if f.start >= position), default=len(text))

    found: list[Quantity] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        lower = token.lower
        if (
            not token.word
            or not (lower[0].isdigit() or lower in NUMBER_STARTS or "-" in lower)
            or in_frame(token)
        ):
            index += 1
            continue
        number = _number_at(tokens, index)
        if number is None:
            index += 1
            continue
        value, used, from_digits = number
        first = index - 1 if index > 0 and tokens[index - 1].text in CURRENCY else index
        percent, after = _percent_after(tokens, index + used)
        if after < len(tokens) and tokens[after].lower == "of" and value in (12,) and used >= 2:
            after += 1  # "a dozen of ..." is rare but harmless
        end_index, phrase, noun = _noun_phrase(tokens, after, next_frame_start(token.end))
        if (
            from_digits
            and 1900 <= value <= 2100
            and float(value).is_integer()
            and "," not in token.text
            and not noun.endswith("s")
        ):
            index += used  # a year, such as "the 2027 conference", counts nothing
            continue
        last = tokens[end_index - 1] if end_index > after else tokens[after - 1]
        found.append(
            Quantity(
                value=whole(value),
                noun=noun,
                phrase=phrase,
                percent=percent,
                text=text[tokens[first].start : last.end],
                start=tokens[first].start,
                end=last.end,
            )
        )
        index = max(end_index, index + used)
    return found


def _number_at(tokens: list[Token], index: int) -> tuple[float, int, bool] | None:
    """The number that starts at tokens[index]: (value, tokens used, written in digits)."""
    lower = tokens[index].lower
    value = _digit_value(lower)
    used = 1
    from_digits = value is not None
    if value is None and (lower in NUMBER_STARTS or ("-" in lower and is_number_word(lower))):
        words = []
        for following in tokens[index : index + 6]:
            if not following.word:
                break
            words.append(following.lower)
        parsed = parse_number_words(words)
        if parsed is not None:
            value, used = parsed
    if value is None or _excluded(tokens, index, used, from_digits):
        return None
    return value, used, from_digits


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


def _excluded(tokens: list[Token], index: int, used: int, from_digits: bool) -> bool:
    token = tokens[index]
    previous = tokens[index - 1] if index else None
    following = tokens[index + used] if index + used < len(tokens) else None
    if (previous is not None and previous.text == ":") or (
        following is not None and following.text == ":"
    ):
        return True  # a clock time, 9:30
    if (
        following is not None
        and following.text in ("-", "–")
        and index + used + 1 < len(tokens)
        and _starts_a_number(tokens[index + used + 1].lower)
    ):
        return True  # "3 - 5"; ranges are read by their first number only when written 3-5
    if (
        previous is not None
        and index >= 2
        and previous.text[:1].isupper()
        and previous.text != "I"
        and from_digits
    ):
        return True  # a name or version: "Python 3", "Windows 11"
    if token.lower == "one" and used == 1:
        before = previous.lower if previous is not None else ""
        after = following.lower if following is not None else ""
        if after in ("of", "day", "another", "more") or before in (
            "no",
            "the",
            "any",
            "every",
            "some",
            "each",
            "someone",
        ):
            return True  # "one of", "one day", "no one": not a count
    return False
