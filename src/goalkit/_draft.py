"""Drafting a goal from one sentence, the way a mentee would say it.

`draft` reads the sentence with the same text analysis the SMART rules
use: its first time frame becomes the due date, each quantity a key result,
and the wording a guess at the goal's kind. The result is an ordinary
`Goal`, to be refined with the mentor and assessed like any other.
"""

from __future__ import annotations

import datetime
import re
from typing import Final

from goalkit._errors import ValidationError, expect_type
from goalkit._model import MAX_MAGNITUDE, Direction, Goal, GoalKind, KeyResult
from goalkit._schedule import step_days
from goalkit._text import (
    DEFAULT_LEXICON,
    Quantity,
    TextAnalysis,
    TimeFrame,
    TimeFrameKind,
    analyze,
    past_participle,
)
from goalkit._text.time_frames import is_start, read_time

__all__ = ["draft"]

# "I want to ...", "My goal is to ...": how people start a goal, not part of it.
_LEAD_IN: Final = re.compile(
    r"^(?:(?:i|we)\s+(?:really\s+)?(?:want|would\s+like|['’]d\s+like|plan|aim|intend|hope|need"
    r"|am\s+going|are\s+going|wish)\s+to(?:\s+|$)"
    r"|(?:i|we)\s*(?:will|shall|['’]ll)(?:\s+|$)"
    r"|(?:my|our)\s+goal\s+is\s+to(?:\s+|$)"
    r"|goal\s*:\s*)",
    re.IGNORECASE,
)
# "run under 42 minutes", "a sub-20 5k": a time to beat, reached at or below its target.
_LIMIT_BEFORE: Final = re.compile(
    r"(?:\bunder|\bbelow|\b(?:less|fewer)\s+than|\bno\s+more\s+than|\bat\s+most)\s+$",
    re.IGNORECASE,
)
_LIMIT_TEXT: Final = re.compile(r"sub\b|sub-?\d", re.IGNORECASE)
_LEARNING_VERBS: Final = frozenset(
    {"learn", "study", "master", "read", "certify", "qualify", "graduate", "enrol", "enroll"}
)
_LEARNING_WORDS: Final = frozenset(
    {"course", "courses", "certification", "certificate", "degree", "exam", "language", "software"}
)
_DEVELOPMENT_WORDS: Final = (
    "confiden",
    "leadership",
    "public speaking",
    "network",
    "mindfulness",
    "resilience",
    "work-life",
    "emotional intelligence",
    "communication",
    "mindset",
    "career",
    "promot",
    "managerial",
    "manager",
    "mentor",
    "reputation",
)


def _clean(text: str) -> str:
    sentence = " ".join(text.split()).rstrip(".!;, ")
    sentence = _LEAD_IN.sub("", sentence, count=1)
    return sentence[:1].upper() + sentence[1:]


# Any of them anywhere in the lower-cased text, in one scan (not one `in` per word).
_DEVELOPMENT_RE: Final = re.compile("|".join(map(re.escape, _DEVELOPMENT_WORDS)))


def _kind(analysis: TextAnalysis) -> GoalKind:
    lowered = analysis.text.lower()
    if any(action.verb in _LEARNING_VERBS for action in analysis.actions) or not (
        _LEARNING_WORDS.isdisjoint(lowered.split())
    ):
        return GoalKind.LEARNING
    if _DEVELOPMENT_RE.search(lowered) is not None:
        return GoalKind.DEVELOPMENT
    return GoalKind.PERFORMANCE


def _key_result_title(quantity: Quantity, analysis: TextAnalysis) -> str:
    text = analysis.text
    action = next((a for a in analysis.actions if a.start <= quantity.start < a.end + 1), None)
    if quantity.percent:
        # "a 30% increase in professional satisfaction": the clause reads as the measure.
        end = min(
            (frame.start for frame in analysis.time_frames if frame.start > quantity.start),
            default=len(text),
        )
        clause = re.split(r"[,;]| and | by | within | before ", text[quantity.start : end] + " ")[0]
        if quantity.phrase:
            return clause.strip()
        if action is None:
            action = next((a for a in reversed(analysis.actions) if a.start < quantity.start), None)
        return f"{action.text} {action.object}".strip().capitalize() if action else clause.strip()
    if quantity.phrase:
        if action is not None:
            return f"{quantity.phrase.capitalize()} {past_participle(action.verb)}"
        return quantity.phrase.capitalize()
    if action is not None:
        return f"{action.text} {action.object}".strip().capitalize()
    return text[quantity.start : quantity.end].capitalize()


# A number in digits or the word "zero": "0 to 10" holds two, "zero sugary drinks" one.
_NUMBERS_RE: Final = re.compile(r"\d+|\bzero\b", re.IGNORECASE)


def _zero_alone(quantity: Quantity) -> bool:
    """Whether a zero is said on its own ("zero sugary drinks", "down to 0"), not as one
    end of a range or scale ("numbers 0-9", "a 0 to 10 scale")."""
    return quantity.baseline is not None or len(_NUMBERS_RE.findall(quantity.text)) == 1


# "hit the 1,000 subscriber mark", "the 90th percentile": after "the", a line to reach.
_MARKS: Final = frozenset(
    {"mark", "barrier", "milestone", "threshold", "target", "goal", "percentile"}
)


# The words that make a number after them the size of a set already there: "the 12 steps",
# "my 10 lowest-performing students", "our 3 stores".
_SET_DETERMINERS: Final = (" the ", " my ", " our ", " his ", " her ", " their ", " your ")


_LENGTH_OF_A_THING: Final = re.compile(r"\d+-(?:second|minute|hour|day|week|month|year)s?")


def _names_a_set(quantity: Quantity, text: str) -> bool:
    """Whether *quantity* names a known set by its size ("embrace the 12 steps", "up the
    three flights", "call my 10 lowest-performing students' families"): something to work
    through or among, so measurable, but not a count to reach; so is the length of a thing
    already there ("during the 20-minute morning recess"; "take a 20-minute walk" is one to
    do). A number glued to its unit ("the 400m hurdles") is a measure, and stays."""
    before = " " + text[max(0, quantity.start - 7) : quantity.start].lower()
    if not before.endswith(_SET_DETERMINERS):
        return False  # the common case, decided first
    number = quantity.text.split()[0].replace(",", "")
    return (
        (number.isdigit() or number.isalpha() or _LENGTH_OF_A_THING.fullmatch(number) is not None)
        and not quantity.percent
        and quantity.baseline is None
        and quantity.noun not in _MARKS
    )


def _the_deadline_again(quantity: Quantity, analysis: TextAnalysis) -> bool:
    """Whether *quantity* says the deadline's own amount of time again: "go for a week -
    one week at four cigarettes a day" (the deadline's number is never a target)."""
    if not analysis.time_frames or quantity.percent:
        return False
    frame = analysis.time_frames[0]
    if frame.kind is not TimeFrameKind.RELATIVE:
        return False
    if frame.amount == quantity.value and quantity.noun in (frame.unit, f"{frame.unit}s"):
        return True
    # "in one calendar year – 52 weeks", "for a year (12 months)": the same length in another
    # unit, said right after it.
    unit = quantity.noun.removesuffix("s")
    if frame.unit not in _UNITS or unit not in _UNITS or frame.amount is None:
        return False
    length = step_days(frame.unit) * frame.amount
    return abs(step_days(unit) * quantity.value - length) <= 0.02 * length and not any(
        character.isalnum() for character in analysis.text[frame.end : quantity.start]
    )


_INCH_MARKS: Final = ('"', "”")
_INCH_NOUNS: Final = frozenset({"inches", "inch", "off"})  # "six inches off the ground"
# After "N inches": a size the task is done at, not an amount to reach ("lose 2 inches" is).
_SIZE_AFTER_INCHES_RE: Final = re.compile(
    r"\s*(?:in\s+(?:height|width|length)|tall|high|wide|thick|long|off\s+the\s+(?:ground|floor))\b",
    re.IGNORECASE,
)


def _a_size_of_the_task(quantity: Quantity, text: str) -> bool:
    """Whether *quantity* is a size in inches that sets how the task is done, not a target:
    "trace letters 2” tall", "in 3" boxes", "with one foot six inches off the ground",
    "write his name three inches in height". A number with the inch mark is a size; said
    with "inches", only before a word of size."""
    after = text[quantity.end : quantity.end + 1]
    if after in ('"', "”") and quantity.text[-1:].isdigit():
        return True
    if quantity.noun not in _INCH_NOUNS or "inch" not in quantity.text.lower():
        return False
    end = quantity.end - (4 if quantity.noun == "off" else 0)
    return _SIZE_AFTER_INCHES_RE.match(text, end) is not None


# "addition facts within 10", "basic facts for addition and subtraction to 18", "sums to
# 20": how far the facts known reach, not a count of them ("Count to 100" counts: the
# number is the skill's own target).
_SKILLS_REACH_RE: Final = re.compile(
    r"\b(?:facts?|sums?)\b(?:\s+[\w-]+){0,5}?\s+(?:up\s+)?(?:to|within)\s+$", re.IGNORECASE
)


def _a_skills_reach(quantity: Quantity, text: str) -> bool:
    """Whether *quantity* is how far the facts a skill knows reach ("recite basic facts for
    addition and subtraction to 18"), not a target to reach."""
    begin = max(0, quantity.start - 60)
    before = text[begin : quantity.start]
    if quantity.percent or not before.endswith(("to ", "within ")):
        return False  # the common case, decided first
    return _SKILLS_REACH_RE.search(text, begin, quantity.start) is not None


# "5 pounds before Christmas or 1 dress size", "about 140, if not 133", "lose 5 pounds
# ..., but I will settle for 3", "a 10% or 20% or 30% reduction": what is offered after a
# target is drafted, in its place (an "and/or" adds one).
_OFFERED_INSTEAD_RE: Final = re.compile(
    r"(?<!and/)(?<!and /)\b(?:or|if\s+not|settle\s+for)\s+"
    r"(?:even\s+|maybe\s+|about\s+|under\s+|over\s+|\$)?$",
    re.IGNORECASE,
)


def _offered_instead(quantity: Quantity, text: str) -> bool:
    """Whether *quantity* is offered in place of a target said before it ("lose 20 pounds
    before Christmas or 1 dress size", "down to about 140, if not 133"): the first is the
    target; the pair reader joins only an alternative said right after it ("100 chapters
    or 1,000 pages")."""
    begin = max(0, quantity.start - 25)
    before = text[begin : quantity.start]
    if " or " not in before and "if not " not in before and "settle " not in before:
        return False  # the common case, decided first
    return _OFFERED_INSTEAD_RE.search(text, begin, quantity.start) is not None


# The units of time a span may be said again in.
_UNITS: Final = frozenset({"day", "week", "fortnight", "month", "quarter", "year"})


def _is_limit(quantity: Quantity, text: str) -> bool:
    """Whether *quantity* is a bound to stay under: "under 42 minutes", "a sub-20 5k",
    "less than 4 hours", "no more than 2 coffees"."""
    if _LIMIT_TEXT.match(quantity.text) is not None:
        return True
    begin = max(0, quantity.start - 14)
    before = text[begin : quantity.start]
    if before.isascii() and not any(word in before.lower() for word in _LIMIT_WORDS):
        return False  # the common case: none of the pattern's words, so no need to run it
    return _LIMIT_BEFORE.search(text, begin, quantity.start) is not None


# A word each of `_LIMIT_BEFORE`'s forms holds (for ASCII text, where case-folding is
# lower-casing): without one, the pattern cannot match.
_LIMIT_WORDS: Final = ("under", "below", "less", "fewer", "more", "most")


# Words that say when the goal begins: "over 10 weeks, starting next week".
_STARTS_RE: Final = re.compile(r"\b(?:starting|beginning|from|start|since)\b", re.IGNORECASE)


def _stated_start(text: str, start: datetime.date) -> datetime.date:
    """The day an amount of time counts from: a start the text states, else *start*."""
    for frame in read_time(text)[1]:
        if is_start(text, frame.start):  # "starting tomorrow", "beginning on Monday, May 3"
            begins = _first_day(frame, start)
            return begins if begins is not None and begins > start else start
    return start


def _first_day(frame: TimeFrame, start: datetime.date) -> datetime.date | None:
    # "starting next week" is its Monday, "beginning in March" its 1st, "from March 1" itself.
    if frame.kind is TimeFrameKind.PERIOD_END and frame.unit in ("week", "month"):
        end = frame.due_from(start)
        return end - datetime.timedelta(days=6) if frame.unit == "week" else end.replace(day=1)
    if frame.kind is TimeFrameKind.DATE and frame.day is None:
        return frame.due_from(start).replace(day=1)
    if frame.kind in (TimeFrameKind.DATE, TimeFrameKind.WEEKDAY, TimeFrameKind.RELATIVE):
        return frame.due_from(start)
    return None


def _due(analysis: TextAnalysis, start: datetime.date) -> datetime.date | None:
    """The due date the first time frame gives from *start*, or None without one.

    An amount of time counts from a start the statement states ("for 6 weeks,
    starting next week"), else from *start*.
    """
    if not analysis.time_frames:
        return None
    frame = analysis.time_frames[0]
    try:
        begins = start
        if frame.kind is TimeFrameKind.RELATIVE and _STARTS_RE.search(analysis.text):
            begins = _stated_start(analysis.text, start)
        due = frame.due_from(begins)
    except (OverflowError, ValueError):
        raise ValidationError(
            "draft", "text", "a time frame that ends on a real calendar day", got=frame.text
        ) from None
    return due  # before *start* only when the statement names a year already gone


def draft(text: str, *, start: datetime.date, kind: GoalKind | None = None) -> Goal:
    """Draft a goal from one sentence.

    The sentence, without a lead-in such as "I want to", becomes the title.
    Its first time frame sets `due` from *start* ("within six months",
    "in the next three months", "by June 2027", "by 2027-06-30", "by the
    end of the quarter", "I have 9 weeks to"; month arithmetic never drifts
    past a month's end);
    without one, `due` stays empty. Each quantity becomes a key result with
    that target, counting the noun it names (a range, "4 to 6 clients" or
    "$85,000 - $95,000", by its lower end; a time to beat, "under 42
    minutes", and a zero said on its own, "zero late invoices", with
    `Direction.AT_MOST`). A known set named by its size ("work through the
    12 steps") is no target. Without *kind*, the wording
    suggests one: learning verbs ("learn", "study") make a LEARNING goal,
    growth words ("confidence", "leadership", "networking") a DEVELOPMENT
    goal, anything else PERFORMANCE.

    A deadline in a year already gone ("Read 10 books in 2022", "By June
    2016", drafted in 2027) is drafted as stated, not moved to a later
    year: the statement is a record of a goal of the past. Such a goal has
    no `start` (it cannot start after it was due), and assessing it says
    so (`T-PAST-DUE`). Every other time frame ends on or after *start*.

    Raises:
        ValidationError: the text is blank, *start* is not a date, or the
            time frame names no real calendar day.

    Examples:
        >>> import datetime
        >>> goal = draft("Improve networking skills within six months by attending four "
        ...              "industry-specific events", start=datetime.date(2027, 1, 15))
        >>> goal.due, goal.kind
        (datetime.date(2027, 7, 15), <GoalKind.DEVELOPMENT: 'development'>)
        >>> kr = goal.key_results[0]
        >>> kr.title, kr.target, kr.unit
        ('Industry-specific events attended', 4, 'events')
        >>> draft("Give 5 presentations in the next three months",
        ...       start=datetime.date(2027, 1, 31)).due
        datetime.date(2027, 4, 30)
        >>> past = draft("Read 10 books in 2022", start=datetime.date(2027, 1, 4))
        >>> past.due, past.start
        (datetime.date(2022, 12, 31), None)
    """
    expect_type("draft", "text", text, str, expected="a non-blank sentence")
    if not text.strip():
        raise ValidationError("draft", "text", "a non-blank sentence", got=text)
    expect_type("draft", "start", start, datetime.date, expected="a date (not a datetime)")
    expect_type("draft", "kind", kind, GoalKind, type(None), expected="a GoalKind or None")
    title = _clean(text)
    if not title:
        raise ValidationError("draft", "text", "a sentence with more than a lead-in", got=text)
    analysis = analyze(title, DEFAULT_LEXICON)
    due = _due(analysis, start)
    key_results: list[KeyResult] = []
    for quantity in analysis.quantities:
        if quantity.value > MAX_MAGNITUDE or (quantity.value == 0 and not _zero_alone(quantity)):
            continue  # "on a 0 to 10 scale": a scale's end, not a target
        if (
            _names_a_set(quantity, analysis.text)
            or _the_deadline_again(quantity, analysis)
            or _a_skills_reach(quantity, analysis.text)
        ):
            continue
        if key_results and _offered_instead(quantity, analysis.text):
            continue  # "about 140, if not 133": the target is said first
        if (
            quantity.noun in _INCH_NOUNS
            or analysis.text[quantity.end : quantity.end + 1] in _INCH_MARKS
        ) and _a_size_of_the_task(quantity, analysis.text):
            continue
        baseline = quantity.baseline
        if baseline is None or baseline == quantity.value or baseline > MAX_MAGNITUDE:
            baseline = 0  # "from 40% to 10%" starts at 40; otherwise from nothing
        # "zero missed doses", "0 errors": a count to hold at nothing, a target of at most 0
        at_most = baseline == quantity.value == 0 or _is_limit(quantity, analysis.text)
        key_results.append(
            KeyResult(
                title=_key_result_title(quantity, analysis),
                target=quantity.value,
                baseline=baseline,
                unit="%" if quantity.percent else quantity.noun,
                due=due,
                direction=Direction.AT_MOST if at_most else None,
            )
        )
    return Goal(
        title=title,
        kind=_kind(analysis) if kind is None else kind,
        # A deadline in a year already gone ("Read 10 books in 2022") is drafted as stated:
        # a goal of the past, which cannot have started on a later day than it was due.
        start=start if due is None or due >= start else None,
        due=due,
        key_results=key_results,
    )
