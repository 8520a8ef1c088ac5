"""Reading a goal statement: quantities, time frames, vague wording and actions.

Goal statements are written by people, so this module is deliberately
lenient about how things are said and strict about what it reports: every
finding carries the words it was read from and where they are.

- **Time frames** are read first ("in the next three months", "within 2
  months", "in 5 years", "over the next quarter", "by June 2027",
  "by 2027-06-30", "by the end of the quarter"), so the numbers inside them
  are never mistaken for targets: in "in 5 years" the 5 is a time frame.
- **Quantities** are numbers written as digits, decimals, percentages or
  words ("five", "twenty-one", "a dozen"), with the noun phrase they count.
- **Vague wording** ("improve my skills", "get better", "be more confident",
  "work on my career") and **actions** (a verb from the lexicon, with its
  object) tell the Specific rules whether a stranger could act on the goal.

Nothing here depends on the SMART rules; they, and `draft`, build on it.
The word lists live in a `Lexicon`, which `SmartPolicy` builds from its own
fields so users can tune them.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

import attrs

from goalkit._schedule import add, days_in_month, period_end

__all__ = [
    "DEFAULT_ACTION_VERBS",
    "DEFAULT_LEXICON",
    "DEFAULT_VAGUE_FILLERS",
    "DEFAULT_VAGUE_OBJECTS",
    "DEFAULT_VAGUE_PHRASES",
    "DEFAULT_VAGUE_TIMING",
    "DEFAULT_VAGUE_VERBS",
    "Action",
    "Lexicon",
    "Quantity",
    "TextAnalysis",
    "TimeFrame",
    "TimeFrameKind",
    "Wording",
    "analyze",
    "inflections",
    "lemma",
    "parse_number_words",
    "past_participle",
]


def _both(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern for lower-cased text, and a case-insensitive one for text whose case
    folding changes its length (so positions would not line up)."""
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


def _searchable(text: str) -> tuple[str, int]:
    """Lower-cased text and the index of the pattern to use with it.

    Matching lower-cased text without IGNORECASE is about twice as fast.
    """
    lowered = text.lower()
    return (lowered, 0) if len(lowered) == len(text) else (text, 1)


# ------------------------------------------------------------------ lexicon

#: Verbs that name something a person does, in their base form. A goal
#: statement with none of them names a topic ("Networking"), not an action.
DEFAULT_ACTION_VERBS: Final = frozenset(
    """
    achieve acquire adopt aim analyse analyze apply arrange ask assess attain attend audit
    automate become begin blog book boost broaden build call certify chair close coach
    collect complete compose conduct contact contribute cook coordinate create cultivate cut
    cycle decrease deliver demo design develop document donate double draft earn edit
    eliminate enrol enroll enhance establish expand facilitate file finish fix foster gain
    gather get give graduate grow guide halve help hire hit hold host identify implement
    improve increase interview introduce invest join keep land launch lead learn lose lower
    maintain make manage map master measure meet mentor migrate move negotiate nurture
    obtain onboard open organise organize pass pay pitch plan post practice practise prepare
    present produce promote propose publish qualify raise reach read receive record recruit
    reduce refactor register release request research resolve respond review revise rewrite
    run save schedule score secure sell send set shadow share ship shorten sign solve speak
    spend start strengthen study submit support survey swim take teach test track train
    translate triple upload visit volunteer walk watch win write
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Verbs that, followed only by a vague object, make a statement vague
#: ("improve my skills", "gain new perspectives").
DEFAULT_VAGUE_VERBS: Final = frozenset(
    {
        *"""
        improve enhance develop build boost grow strengthen upgrade expand broaden advance gain
        increase sharpen polish hone learn acquire widen deepen better
        """.split(),  # noqa: SIM905 - a word list reads best as prose
        "work on",
        "focus on",
        "invest in",
    }
)

#: Words that may stand between a vague verb and a vague object without
#: making it concrete ("improve *my overall* skills").
DEFAULT_VAGUE_FILLERS: Final = frozenset(
    """
    my our your his her their the a an some new more better overall general professional
    personal own various different key core soft certain
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Objects too general to act on ("skills", "my career", "myself").
DEFAULT_VAGUE_OBJECTS: Final = frozenset(
    {
        *"""
        skills skill abilities ability knowledge career performance myself self experience
        perspectives perspective insights competencies competence capabilities proficiency
        potential game profile understanding expertise mindset
        """.split(),  # noqa: SIM905 - a word list reads best as prose
        "skill set",
        "skillset",
    }
)

#: Phrases that are vague wherever they appear.
DEFAULT_VAGUE_PHRASES: Final = (
    "get better",
    "be better",
    "become better",
    "do better",
    "be more",
    "become more",
    "feel more",
    "do my best",
    "try my best",
    "try harder",
    "work harder",
    "work on my career",
    "work on myself",
    "improve myself",
    "better myself",
    "grow as a person",
    "grow professionally",
    "grow personally",
    "as much as possible",
    "in general",
    "and so on",
    "etc",
    "level up",
    "up my game",
    "step up",
    "make progress",
    "learn more",
    "know more",
    "do more",
)

#: Phrases that speak of time without setting a deadline.
DEFAULT_VAGUE_TIMING: Final = (
    "soon",
    "someday",
    "some day",
    "one day",
    "eventually",
    "at some point",
    "in the future",
    "in the near future",
    "as soon as possible",
    "asap",
    "over time",
    "in a few days",
    "in a few weeks",
    "in a few months",
    "in a few years",
    "in the coming days",
    "in the coming weeks",
    "in the coming months",
    "in the coming years",
)

# Irregular forms: past tense or participle -> base, and base -> participle.
_IRREGULAR_PAST: Final = {
    "became": "become",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "built": "build",
    "chose": "choose",
    "chosen": "choose",
    "cut": "cut",
    "did": "do",
    "done": "do",
    "drew": "draw",
    "drawn": "draw",
    "found": "find",
    "gave": "give",
    "given": "give",
    "got": "get",
    "gotten": "get",
    "grew": "grow",
    "grown": "grow",
    "held": "hold",
    "hit": "hit",
    "kept": "keep",
    "led": "lead",
    "lost": "lose",
    "made": "make",
    "met": "meet",
    "paid": "pay",
    "ran": "run",
    "read": "read",
    "sent": "send",
    "set": "set",
    "sold": "sell",
    "spent": "spend",
    "spoke": "speak",
    "spoken": "speak",
    "swam": "swim",
    "swum": "swim",
    "taken": "take",
    "took": "take",
    "taught": "teach",
    "won": "win",
    "wrote": "write",
    "written": "write",
}
_PARTICIPLE: Final = {
    "become": "become",
    "begin": "begun",
    "bring": "brought",
    "build": "built",
    "choose": "chosen",
    "cut": "cut",
    "do": "done",
    "draw": "drawn",
    "find": "found",
    "get": "got",
    "give": "given",
    "grow": "grown",
    "hit": "hit",
    "hold": "held",
    "keep": "kept",
    "lead": "led",
    "lose": "lost",
    "make": "made",
    "meet": "met",
    "pay": "paid",
    "read": "read",
    "run": "run",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "speak": "spoken",
    "spend": "spent",
    "swim": "swum",
    "take": "taken",
    "teach": "taught",
    "win": "won",
    "write": "written",
    # Regular verbs whose final consonant doubles.
    "blog": "blogged",
    "chat": "chatted",
    "commit": "committed",
    "drop": "dropped",
    "jog": "jogged",
    "log": "logged",
    "map": "mapped",
    "plan": "planned",
    "ship": "shipped",
    "shop": "shopped",
    "stop": "stopped",
    "submit": "submitted",
    "tag": "tagged",
}
_DOUBLING: Final = frozenset(
    verb for verb, participle in _PARTICIPLE.items() if participle == verb + verb[-1] + "ed"
) | frozenset({"run", "swim", "win", "begin", "get", "hit", "cut", "set"})


def lemma(word: str, verbs: frozenset[str]) -> str | None:
    """The base form of *word* if it is an inflection of one of *verbs*, else None.

    Handles the base form, "-s", "-ing" and "-ed" forms and the common
    irregular past forms.

    Examples:
        >>> lemma("giving", DEFAULT_ACTION_VERBS), lemma("attending", DEFAULT_ACTION_VERBS)
        ('give', 'attend')
        >>> lemma("running", DEFAULT_ACTION_VERBS), lemma("wrote", DEFAULT_ACTION_VERBS)
        ('run', 'write')
        >>> lemma("presentations", DEFAULT_ACTION_VERBS) is None
        True
    """
    word = word.lower()
    if word in verbs:
        return word
    candidates: list[str] = []
    irregular = _IRREGULAR_PAST.get(word)
    if irregular is not None:
        candidates.append(irregular)
    if word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
        candidates += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
        if stem.endswith("y"):
            candidates.append(stem[:-1] + "ie")
    if word.endswith("ed") and len(word) > 3:
        stem = word[:-2]
        candidates += [stem, stem + "e", word[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
        if stem.endswith("i"):
            candidates.append(stem[:-1] + "y")
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    elif word.endswith("es"):
        candidates += [word[:-2], word[:-1]]
    elif word.endswith("s"):
        candidates.append(word[:-1])
    for candidate in candidates:
        if candidate in verbs:
            return candidate
    return None


def inflections(verb: str) -> tuple[str, ...]:
    """The base, "-s", "-ing" and past forms of a verb (or of the first word of a phrase).

    Examples:
        >>> inflections("improve")
        ('improve', 'improves', 'improving', 'improved')
        >>> inflections("work on")
        ('work on', 'works on', 'working on', 'worked on')
    """
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith(("s", "sh", "ch", "x", "z")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in tuple("aeiou"):
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if head in _DOUBLING:
        gerund = head + head[-1] + "ing"
    elif head.endswith("ie"):
        gerund = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        gerund = head[:-1] + "ing"
    else:
        gerund = head + "ing"
    forms = [head, third, gerund, past_participle(head)]
    for past, base in _IRREGULAR_PAST.items():
        if base == head and past not in forms:
            forms.append(past)
    return tuple(form + tail for form in forms)


def past_participle(verb: str) -> str:
    """The past participle of a verb in its base form: "give" -> "given", "attend" -> "attended".

    Examples:
        >>> past_participle("give"), past_participle("attend"), past_participle("publish")
        ('given', 'attended', 'published')
        >>> past_participle("study"), past_participle("organise")
        ('studied', 'organised')
    """
    irregular = _PARTICIPLE.get(verb)
    if irregular is not None:
        return irregular
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ied"
    return verb + "ed"


def _phrase_pattern(phrases: Iterable[str]) -> str:
    # Longest first, so "in the near future" wins over "in the future".
    parts = sorted(
        {" ".join(p.lower().split()) for p in phrases if p.strip()}, key=len, reverse=True
    )
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def _to_words(items: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(item.lower().split()) for item in items if item.strip())


@attrs.frozen(kw_only=True)
class Lexicon:
    """The word lists text analysis reads with, compiled once.

    `SmartPolicy` builds one from its own fields; you rarely build one by
    hand. Every list is lower-cased and whitespace-normalised.

    Examples:
        >>> lexicon = Lexicon(action_verbs=DEFAULT_ACTION_VERBS | {"mentor"})
        >>> "mentor" in lexicon.action_verbs
        True
    """

    action_verbs: frozenset[str] = attrs.field(default=DEFAULT_ACTION_VERBS, converter=_to_words)
    vague_verbs: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_VERBS, converter=_to_words)
    vague_fillers: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_FILLERS, converter=_to_words)
    vague_objects: frozenset[str] = attrs.field(default=DEFAULT_VAGUE_OBJECTS, converter=_to_words)
    vague_phrases: frozenset[str] = attrs.field(
        default=frozenset(DEFAULT_VAGUE_PHRASES), converter=_to_words
    )
    vague_timing: frozenset[str] = attrs.field(
        default=frozenset(DEFAULT_VAGUE_TIMING), converter=_to_words
    )
    _vague_re: tuple[re.Pattern[str], re.Pattern[str]] | None = attrs.field(
        init=False, default=None, eq=False, hash=False, repr=False
    )
    _timing_re: tuple[re.Pattern[str], re.Pattern[str]] | None = attrs.field(
        init=False, default=None, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        alternatives = []
        if self.vague_verbs and self.vague_objects:
            verbs = _phrase_pattern(form for verb in self.vague_verbs for form in inflections(verb))
            fillers = _phrase_pattern(self.vague_fillers) or "(?!)"
            objects = _phrase_pattern(self.vague_objects)
            alternatives.append(rf"(?:{verbs})\s+(?:(?:{fillers})\s+){{0,3}}(?:{objects})")
        if self.vague_phrases:
            alternatives.append(_phrase_pattern(self.vague_phrases))
        vague = _both(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])") if alternatives else None
        timing = (
            _both(rf"(?<![\w-])(?:{_phrase_pattern(self.vague_timing)})(?![\w-])")
            if self.vague_timing
            else None
        )
        object.__setattr__(self, "_vague_re", vague)
        object.__setattr__(self, "_timing_re", timing)


#: The lexicon `SmartPolicy()` uses.
DEFAULT_LEXICON: Final = Lexicon()

# ------------------------------------------------------------------ numbers

_UNITS: Final = {
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
_TENS: Final = {
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
_NUMBER_WORDS: Final = frozenset({*_UNITS, *_TENS, *_SCALES, "dozen"})
# Words a number written in words can start with ("a dozen", "half a dozen").
_NUMBER_STARTS: Final = frozenset({*_UNITS, *_TENS, "a", "an", "half"})


def _compound_value(word: str) -> int | None:
    # "twenty-one" -> 21; a single number word -> its value.
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    tens, dash, unit = word.partition("-")
    if dash and tens in _TENS and unit in _UNITS and _UNITS[unit] < 10:
        return _TENS[tens] + _UNITS[unit]
    return None


def _is_number_word(word: str) -> bool:
    return word in _NUMBER_WORDS or _compound_value(word) is not None


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


# --------------------------------------------------------------- the results


@attrs.frozen
class Wording:
    """Words found in a statement, with their position (`text[start:end]`).

    Examples:
        >>> analysis = analyze("I want to improve my skills")
        >>> analysis.vague
        (Wording(text='improve my skills', start=10, end=27),)
    """

    text: str
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Quantity:
    """A number in a statement and what it counts.

    `value` is an `int` when whole. `noun` is the head noun counted
    ("events"), `phrase` the whole noun phrase ("industry-specific events"),
    both lower-cased; they are empty when the number counts nothing named.
    `percent` is true for "30%", "30 percent", "thirty per cent".

    Examples:
        >>> analyze("Attend four industry-specific events").quantities[0]
        Quantity(value=4, noun='events', phrase='industry-specific events', percent=False, text='four industry-specific events', start=7, end=36)
    """  # noqa: E501 - a doctest's expected output is one line

    value: int | float
    noun: str
    phrase: str
    percent: bool
    text: str
    start: int
    end: int


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


_UNIT_NAMES: Final = ("day", "week", "fortnight", "month", "quarter", "year")


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
        >>> frame = analyze("Give 5 presentations in the next three months").time_frames[0]
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
            >>> start = datetime.date(2027, 1, 15)
            >>> for text in ("within six months", "by June 2027", "by the end of the quarter",
            ...              "in 5 years", "by 2027-06-30", "over the next quarter"):
            ...     print(analyze(text).time_frames[0].due_from(start), text)
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
            >>> analyze("by June 2027").time_frames[0].fixed_date
            datetime.date(2027, 6, 30)
            >>> analyze("within six months").time_frames[0].fixed_date is None
            True
        """
        if self.kind is not TimeFrameKind.DATE or self.year is None:
            return None
        return self.due_from(datetime.date(self.year, 1, 1))


@functools.lru_cache(maxsize=4096)
def _cached_lemma(word: str, verbs: frozenset[str]) -> str | None:
    # A frozenset caches its hash, so this key is cheap; words repeat across statements.
    return lemma(word, verbs)


@attrs.frozen(kw_only=True)
class Action:
    """An action verb in a statement and the object it acts on.

    `verb` is the base form from the lexicon ("attending" -> "attend");
    `object` the words it acts on, lower-cased ("" when none follow).
    `start`/`end` span the verb and its object.

    Examples:
        >>> action = analyze("Give five presentations").actions[0]
        >>> action.verb, action.object
        ('give', 'five presentations')
    """

    verb: str
    text: str
    object: str
    start: int
    end: int
    means: bool = False


@attrs.frozen(kw_only=True)
class TextAnalysis:
    """What a goal statement says, read by `analyze`.

    Attributes:
        text: the statement as given.
        words: how many words it has.
        quantities: numbers with what they count, outside time frames.
        time_frames: the time frames, in order of appearance.
        vague: vague wording ("improve my skills").
        vague_timing: time words that set no deadline ("soon").
        actions: action verbs with their objects, in order.

    Examples:
        >>> analysis = analyze("Aim for a managerial position in 5 years")
        >>> analysis.quantities, analysis.time_frames[0].text
        ((), 'in 5 years')
    """

    text: str
    words: int
    quantities: tuple[Quantity, ...]
    time_frames: tuple[TimeFrame, ...]
    vague: tuple[Wording, ...]
    vague_timing: tuple[Wording, ...]
    actions: tuple[Action, ...]

    @property
    def concrete_actions(self) -> tuple[Action, ...]:
        """Actions with an object that is not itself vague wording.

        Examples:
            >>> analyze("Improve my skills by giving five talks").concrete_actions[0].verb
            'give'
        """
        return tuple(
            action
            for action in self.actions
            if action.object and not any(_overlaps(action, phrase) for phrase in self.vague)
        )


def _overlaps(a: Action | Wording | TimeFrame, b: Action | Wording | TimeFrame) -> bool:
    return a.start < b.end and b.start < a.end


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
            *(rf"{t}[- ](?:{'|'.join(u for u, v in _UNITS.items() if 0 < v < 10)})" for t in _TENS),
            *_TENS,
            *_UNITS,
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

_RELATIVE_RE: Final = _both(
    rf"\b(?:in|within|over|during|for|inside(?:\s+of)?)\s+(?:the\s+)?(?:{_NEXT}\s+)?"
    rf"(?:(?P<low>{_NUM})\s*(?:-|–|to|or)\s*)?(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?"
    r"(?:['’]s?)?(?:\s+time)?\b",
)
_NEXT_UNIT_RE: Final = _both(
    rf"\b(?:in|within|over|during|for)\s+the\s+{_NEXT}\s+(?P<unit>{_UNIT})\b"
)
_FROM_NOW_RE: Final = _both(
    rf"\b(?P<amount>{_NUM})\s*-?\s*(?P<unit>{_UNIT})s?\s+from\s+(?:now|today|the\s+start)\b",
)
_PERIOD_END_RE: Final = _both(
    rf"\b(?:{_PREP}\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?P<next>next)\s+)?"
    r"(?P<unit>week|month|quarter|year)\b"
    r"|\b(?:by|before|at)\s+(?:the\s+)?year[- ]end\b",
)
_DATE_RE: Final = _both(
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
_THIS_NEXT_RE: Final = _both(
    r"\b(?:(?:in|within|during)\s+the\s+|(?:this|(?P<next>next))\s+)(?P<unit>week|month|quarter|year)\b",
)


# Cheap tests that let most statements skip the big patterns: every relative
# or period time frame names a unit; every date has a digit or a month name.
_UNIT_HINT_RE: Final = re.compile(r"day|week|fortnight|month|quarter|year")
_DATE_HINT_RE: Final = re.compile(rf"\d{{4}}|\bq[1-4]\b|\b(?:{_MONTH_RE})\b")


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text[:1].isdigit():
        return float(text)
    if text in ("a", "an"):
        return 1
    parsed = parse_number_words(text.replace("-", " ").split())
    return None if parsed is None else parsed[0]


def _whole(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _unit(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") else word


def _time_frames(text: str) -> list[TimeFrame]:
    found: list[TimeFrame] = []

    def add(match: re.Match[str], **fields: object) -> None:
        start, end = match.span()
        # Leading whitespace can be swallowed by optional groups; trim it.
        while start < end and text[start].isspace():
            start += 1
        if any(start < frame.end and frame.start < end for frame in found):
            return
        found.append(TimeFrame(text=text[start:end], start=start, end=end, **fields))  # type: ignore[arg-type]

    source, which = _searchable(text)
    lowered = source.lower()
    has_unit = _UNIT_HINT_RE.search(lowered) is not None
    has_date = _DATE_HINT_RE.search(lowered) is not None
    from_now = has_unit and " from " in lowered
    period_end = has_unit and "end" in lowered
    coming = has_unit and any(word in lowered for word in _NEXT_WORDS)
    for match in _RELATIVE_RE[which].finditer(source) if has_unit else ():
        amount = _number(match["amount"])
        if amount is not None and amount > 0:
            add(
                match, kind=TimeFrameKind.RELATIVE, amount=_whole(amount), unit=_unit(match["unit"])
            )
    for match in _NEXT_UNIT_RE[which].finditer(source) if coming else ():
        add(match, kind=TimeFrameKind.RELATIVE, amount=1, unit=_unit(match["unit"]))
    for match in _FROM_NOW_RE[which].finditer(source) if from_now else ():
        amount = _number(match["amount"])
        if amount is not None and amount > 0:
            add(
                match, kind=TimeFrameKind.RELATIVE, amount=_whole(amount), unit=_unit(match["unit"])
            )
    for match in _PERIOD_END_RE[which].finditer(source) if period_end else ():
        unit = match["unit"].lower() if match["unit"] else "year"
        add(match, kind=TimeFrameKind.PERIOD_END, unit=unit, offset=1 if match["next"] else 0)
    for match in _DATE_RE[which].finditer(source) if has_date else ():
        fields = _date_fields(match)
        if fields is not None:
            add(match, kind=TimeFrameKind.DATE, **fields)
    for match in _THIS_NEXT_RE[which].finditer(source) if has_unit else ():
        add(match, kind=TimeFrameKind.PERIOD_END, unit=match["unit"].lower(),
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


# --------------------------------------------------------------- tokens

_TOKEN_RE: Final = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w-])"  # 1,000 and 12,500.50
    r"|\d+\.\d+(?![\w.-])"  # 2.5
    r"|[^\W_]+(?:[-'’][^\W_]+)*"  # words, 360-degree, twenty-one, 10k
    r"|[^\w\s]"  # punctuation
)
_STOP: Final = frozenset(
    """
    in within by over during before after until till for to at on from with without through
    across per each every so that which who and or but while as than into onto about via
    this these those is are was be been will would should can could may might must do does
    did not no nor if then when where whilst since around under above between among against
    a an the my our your his her their its i we you they he she it me us them also just
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_DETERMINERS: Final = frozenset(
    {
        "a",
        "an",
        "the",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
    }
)
_TRIGGERS: Final = frozenset(
    """
    to will shall may might i we you they must should can could would 'll then also and or always
    regularly actively successfully consistently personally finally first please i'll we'll
    """.split()  # noqa: SIM905 - a word list reads best as prose
) | frozenset(",;:(-–—•*")
_MEANS: Final = frozenset(
    {"by", "through", "via", "while", "when", "after", "before", "from", "for", "of", "in"}
)
_CURRENCY: Final = frozenset("$£€¥")


class _Token(NamedTuple):
    # A NamedTuple, not an attrs class: a statement makes a dozen of these.
    text: str
    lower: str
    start: int
    end: int
    word: bool


def _tokens(text: str) -> list[_Token]:
    tokens = []
    make = _Token._make
    for match in _TOKEN_RE.finditer(text):
        word = match.group()
        start, end = match.span()
        tokens.append(make((word, word.lower(), start, end, word[0].isalnum())))
    return tokens


_DIGITS_RE: Final = re.compile(r"\d+(?:\.\d+)?")
_RANGE_RE: Final = re.compile(r"(\d+)-\d+")
_SUFFIXED_RE: Final = re.compile(r"(\d+(?:\.\d+)?)([km])")


def _digit_value(token: str) -> float | None:
    if not token[:1].isdigit():
        return None
    text = token.replace(",", "")
    if _DIGITS_RE.fullmatch(text):
        return float(text)
    match = _RANGE_RE.fullmatch(text)
    if match:
        return float(match[1])  # a range, "3-5 books": the commitment is the lower end
    match = _SUFFIXED_RE.fullmatch(text.lower())
    if match:
        return float(match[1]) * (1_000 if match[2] == "k" else 1_000_000)
    return None


def _noun_phrase(tokens: list[_Token], index: int, limit: int) -> tuple[int, str, str]:
    """From tokens[index], the noun phrase: (end index, phrase, head noun)."""
    end = index
    while (
        end < len(tokens)
        and end - index < 4
        and tokens[end].word
        and tokens[end].start < limit
        and tokens[end].lower not in _STOP
        and not _is_number_word(tokens[end].lower)
        and _digit_value(tokens[end].lower) is None
    ):
        end += 1
    while end > index and tokens[end - 1].lower == "of":
        end -= 1
    words = [token.lower for token in tokens[index:end]]
    # The head of "hours of practice" is "hours": what is counted comes before "of".
    head = words[: words.index("of")] if "of" in words else words
    return end, " ".join(words), head[-1] if head else ""


def _quantities(text: str, tokens: list[_Token], frames: list[TimeFrame]) -> list[Quantity]:
    def in_frame(token: _Token) -> bool:
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
            or not (lower[0].isdigit() or lower in _NUMBER_STARTS or "-" in lower)
            or in_frame(token)
        ):
            index += 1
            continue
        value: float | None = _digit_value(lower)
        used = 1
        from_digits = value is not None
        if value is None and (
            token.lower in _NUMBER_STARTS or ("-" in token.lower and _is_number_word(token.lower))
        ):
            words = []
            for following in tokens[index : index + 6]:
                if not following.word:
                    break
                words.append(following.lower)
            parsed = parse_number_words(words)
            if parsed is not None:
                value, used = parsed
        if value is None or _excluded(tokens, index, used, from_digits):
            index += 1
            continue
        first = index
        if index > 0 and tokens[index - 1].text in _CURRENCY:
            first = index - 1
        after = index + used
        percent = False
        if after < len(tokens) and tokens[after].lower in ("%", "percent", "pct"):
            percent, after = True, after + 1
        elif (
            after + 1 < len(tokens)
            and tokens[after].lower == "per"
            and tokens[after + 1].lower == "cent"
        ):
            percent, after = True, after + 2
        if after < len(tokens) and tokens[after].lower == "of" and value in (12,) and used >= 2:
            after += 1  # "a dozen of ..." is rare but harmless
        end_index, phrase, noun = _noun_phrase(tokens, after, next_frame_start(tokens[index].end))
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
                value=_whole(value),
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


def _excluded(tokens: list[_Token], index: int, used: int, from_digits: bool) -> bool:
    token = tokens[index]
    previous = tokens[index - 1] if index else None
    following = tokens[index + used] if index + used < len(tokens) else None
    if (previous is not None and previous.text == ":") or (
        following is not None and following.text == ":"
    ):
        return True  # a clock time, 9:30
    if following is not None and following.text in ("-", "–") and index + used + 1 < len(tokens):
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


# ----------------------------------------------------------------- actions

_OBJECT_PREPOSITIONS: Final = frozenset({"at", "in", "on", "with", "about", "for", "into"})


def _object_end(tokens: list[_Token], start: int) -> int:
    """The index after the object that starts at tokens[start] (== start when none)."""
    end = start
    while end < len(tokens) and end - start < 6:
        lower = tokens[end].lower
        if not tokens[end].word:
            if lower in _CURRENCY or (lower == "%" and end > start):
                end += 1
                continue
            break
        if lower in _STOP and lower not in _DETERMINERS and not (lower == "of" and end > start):
            break
        end += 1
    return end


def _actions(
    text: str, tokens: list[_Token], lexicon: Lexicon, quantity_spans: list[Quantity]
) -> list[Action]:
    found: list[Action] = []
    verbs = lexicon.action_verbs
    for index, token in enumerate(tokens):
        if not token.word:
            continue
        verb = _cached_lemma(token.lower, verbs)
        if verb is None:
            continue
        if any(q.start < token.start < q.end for q in quantity_spans):
            continue  # "five talks": talks is counted, not done
        if found and token.start < found[-1].end:
            continue  # inside the last action's object: "enhance public speaking skills"
        previous = tokens[index - 1].lower if index else ""
        gerund = token.lower.endswith("ing") and token.lower != verb
        base = token.lower == verb
        if not (gerund or (base and (index == 0 or previous in _TRIGGERS))):
            continue
        end = index + 1
        # A particle belongs to the verb: "reach out", "sign up", "follow up".
        if end < len(tokens) and tokens[end].lower in ("out", "up", "off", "down"):
            end += 1
        object_end = _object_end(tokens, end)
        if object_end == end and gerund:
            continue  # "Networking", "Career planning": an activity named, not an action
        if object_end == end and end < len(tokens) and tokens[end].lower in _OBJECT_PREPOSITIONS:
            # "Speak at a conference": the place or topic is what the action is on.
            object_end = _object_end(tokens, end + 1)
            if object_end == end + 1:
                object_end = end
        while object_end > end and tokens[object_end - 1].lower in _DETERMINERS | {"of"}:
            object_end -= 1
        last = tokens[object_end - 1] if object_end > index + 1 else tokens[end - 1]
        acted_on = ""
        if object_end > end:
            acted_on = " ".join(
                text[tokens[end].start : tokens[object_end - 1].end].lower().split()
            )
        found.append(
            Action(
                verb=verb,
                text=token.text,
                object=acted_on,
                start=token.start,
                end=last.end,
                means=previous in _MEANS,
            )
        )
    return found


# ---------------------------------------------------------------- analysis


def analyze(text: str, lexicon: Lexicon = DEFAULT_LEXICON) -> TextAnalysis:
    """Read a goal statement: its quantities, time frames, vague wording and actions.

    Examples:
        >>> analysis = analyze("Improve networking skills within six months "
        ...                    "by attending four industry-specific events")
        >>> [(q.value, q.noun) for q in analysis.quantities]
        [(4, 'events')]
        >>> [frame.text for frame in analysis.time_frames]
        ['within six months']
        >>> [(a.verb, a.object) for a in analysis.actions]
        [('improve', 'networking skills'), ('attend', 'four industry-specific events')]
    """
    return _analyze(text, lexicon)


@functools.lru_cache(maxsize=256)
def _analyze(text: str, lexicon: Lexicon) -> TextAnalysis:
    # Cached: a notebook re-assessing the same plan reads the same statements.
    frames = _time_frames(text)
    tokens = _tokens(text)
    quantities = _quantities(text, tokens, frames)
    source, which = _searchable(text)
    vague: list[Wording] = []
    if lexicon._vague_re is not None:
        vague = [
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in lexicon._vague_re[which].finditer(source)
        ]
    timing: list[Wording] = []
    if lexicon._timing_re is not None:
        timing = [
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in lexicon._timing_re[which].finditer(source)
            if not any(f.start <= m.start() < f.end for f in frames)
        ]
    actions = _actions(text, tokens, lexicon, quantities)
    return TextAnalysis(
        text=text,
        words=sum(1 for token in tokens if token.word),
        quantities=tuple(quantities),
        time_frames=tuple(frames),
        vague=tuple(vague),
        vague_timing=tuple(timing),
        actions=tuple(actions),
    )
