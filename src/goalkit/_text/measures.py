"""What a statement can be checked against besides a number to reach.

A person can tell whether "Eat breakfast every day", "Say no to sugary
drinks", "raise my Biology grade from a C+ to a B+" or "Launch the
rebrand" was done, though none has a number to count up to. This module
reads those measures:

- **standards**: a frequency ("every day", "daily", "on a daily basis"),
  a threshold the result must meet ("respond within 400ms", "in under 30
  minutes"), a time of day ("in bed by 10:30 PM"), a grade ("at least a B",
  "from a C+ to a B+"), a level on a scale ("from severe to moderate on
  the GAD-7", "as measured by EVAAS"), a target named ("reach my goal
  weight", "to the normal range"), a substitution ("Drink water instead of
  sugary drinks", "Switch to low-fat milk"), a zero rule ("No sweets", "say
  no to", "don't", "quit", "eliminate all"; a negated wish such as "I
  don't want to be unhealthy" is none) or a finite set to master ("the 7s
  multiplication facts", "the 7 times table");
- **completions**: one thing done, that is done or not: an action that
  ends ("complete", "earn", "launch", "become", "write", "schedule", ...)
  on something definite ("the rebrand", "my degree", "a contact page"),
  or on all of a set ("write all letters in cursive", "study the entire
  syllabus"); a phrasal verb on something definite ("Check out this new
  event", "walk up the staircase"); a move into a new place ("return to
  work", "Move into management"); and an ability shown ("Students will be
  able to locate the United States on a map"). An action on more of
  something ("sell more product", "get a higher score"), on a quality
  ("release flawless products"), on a broad area ("maintain a positive
  attitude") or that says why ("to boost my resume") sets no standard.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from goalkit._text.english import comparative
from goalkit._text.lexicon import UNNAMED_OUTCOMES, Lexicon
from goalkit._text.tokens import Token, both, overlaps, searchable, tokenize
from goalkit._text.wording import Action, Wording

__all__ = ["TELIC_VERBS", "completions", "is_frequency", "standards"]

_FREQUENCY: Final = (
    r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:day|night|morning|evening|afternoon|week|"
    r"weekday|weekend|month|year|semester|quarter|session|lesson|class|meal|shift|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:daily|nightly|weekly|monthly|yearly|annually|everyday)\b"
    r"|\bon\s+a\s+(?:daily|weekly|monthly|nightly)\s+basis\b"
    r"|\b(?:once|twice|thrice)\b"
)
_THRESHOLD: Final = (
    r"\b(?:within|under|in\s+under|in\s+less\s+than|less\s+than|no\s+more\s+than|at\s+most)"
    # "within 10 to 30 minutes": a range of time is a threshold too.
    r"\s+\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?"
    r"\s*(?:ms|s|secs?|seconds?|mins?|minutes?|hrs?|hours?)\b"
)
_CLOCK: Final = (
    r"\b(?:(?:at|by|before|after|until)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"
    r"|\b(?:at|by|before|after|until)\s+(?:noon|midnight|\d{1,2}:\d{2})\b"
)
_ZERO: Final = (
    r"^\W*(?:no|zero)\s+[a-z]"
    r"|\bsay\s+no\s+to\b|\b(?:with|eat|drink|have|use)\s+no\s+(?!more|less|later|longer|one)"
    r"|\b(?:don['’]t|do\s+not|never)\b(?!\s+(?:(?:want|need|wish|like|hope)\s+to\s+"
    r"(?:be|feel|get|become|look|stay|have)|feel|know|think)\b)"  # not a negated wish
    r"|\b(?:quit|stop)\b|\bavoid\b(?!\s+or\b)"  # "avoid or limit" allows some
    r"|\beliminate\s+all\b|\bzero\b"
)
# A level on a named scale: "from severe to moderate", "from max to min assistance".
_LEVEL_WORDS: Final = (
    "severe|moderate|mild|minimal|low|medium|high|beginner|intermediate|advanced|basic|"
    "novice|expert|max|maximum|min|minimum|total|partial|dependent|independent"
)
_LEVEL: Final = (
    rf"\bfrom\s+(?:an?\s+)?(?:{_LEVEL_WORDS})\s+(?:[a-z-]+\s+)?to\s+(?:an?\s+)?(?:{_LEVEL_WORDS})\b"
    r"|\b(?:as\s+)?measured\s+by\b"
)
# A target that has a name, though not a number here: "reach my goal weight".
_NAMED_TARGET: Final = (
    r"\b(?:reach|reaching|hit|hitting|achieve|attain|get\s+to|stay\s+at|stay\s+within)\s+"
    r"(?:my|your|our|their|his|her|a|the)\s+(?:own\s+)?"
    r"(?:target|goal|ideal|desired|recommended|healthy\s+goal)\b"
    r"|\bto\s+(?:a|the|my|your)\s+(?:normal|healthy|target|recommended|ideal)\s+"
    r"(?:range|level|weight)\b"
)
# One thing in place of another: "Drink water instead of sugary drinks".
_SUBSTITUTION: Final = (
    r"\binstead\s+of\b|\brather\s+than\b"
    r"|\bswitch(?:es|ed|ing)?\s+(?:from\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?to\b"
    r"|\bswap(?:s|ped|ping)?\s+[a-z-]+(?:\s+[a-z-]+)?\s+for\b"
    r"|\breplac(?:e|es|ed|ing)\s+[a-z-]+(?:\s+[a-z-]+)?\s+with\b"
)
# A finite set to master: "the 7s multiplication facts", "the 7 times table".
_SET: Final = (
    r"\b\d{1,2}s\s+(?:multiplication|times|division)\s+(?:facts|tables?)\b"
    r"|\b\d{1,2}\s+times\s+tables?\b"
)
# Each kind of standard, with the words one of which any reading of it holds: a statement
# with none of them skips the pattern.
_FREQUENCY_GATE: Final = frozenset(
    """
    every each daily nightly weekly monthly yearly annually everyday basis once twice thrice
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_ZERO_GATE: Final = frozenset(
    """
    no zero don't don’t not never quit stop avoid eliminate
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_KINDS: Final = (
    (both(_FREQUENCY), _FREQUENCY_GATE),
    (both(_THRESHOLD), frozenset({"within", "under", "less", "most"})),
    # "a.m." is read as "a", ".", "m", "."; "4pm" is checked apart.
    (both(_CLOCK), frozenset({"am", "pm", "m", "noon", "midnight", ":"})),
    (both(_ZERO), _ZERO_GATE),
    # Levels, named targets and substitutions, in one pattern: each is rare. Not "goal" in
    # the gate ("My goal is to ..." is everywhere), but the verbs that reach one.
    (
        both(f"{_LEVEL}|{_NAMED_TARGET}|{_SUBSTITUTION}"),
        frozenset(
            """
            measured severe moderate mild max maximum target ideal desired recommended normal reach
            reaching hit hitting attain instead rather switch swap replace
            """.split()  # noqa: SIM905 - a word list reads best as prose
        ),
    ),
    (both(_SET), frozenset({"facts", "table", "tables"})),
)
_CLOCK_PATTERNS: Final = _KINDS[2][0]
# Every kind's gate: a statement with none of these words sets no standard by pattern.
_ANY_GATE: Final = frozenset().union(*(gate for _, gate in _KINDS))
_GLUED_CLOCK_RE: Final = re.compile(r"\d[ap]m\b", re.IGNORECASE)
# Letter grades are capitals, so they are read in the text as written, not lower-cased.
_GRADE_RE: Final = re.compile(
    r"\b(?:(?i:from|go\s+from)\s+(?:(?i:an?)\s+)?[A-F][+-]?\s+(?i:to)\s+(?:(?i:an?)\s+)?"
    r"[A-F][+-]?"
    r"|(?i:at\s+least|a\s+minimum\s+of|to|get|earn|score|achieve|receive|make)\s+"
    r"(?:(?i:an?)\s+)?[A-F][+-]?)"
    r"(?=\s*(?:$|[.,;:!?)]|(?i:grade|in|on|or|and|by|this|for|average|overall)\b))"
    r"|\b[A-F][+-]?\s+(?i:grade)\b"
)
# A letter A-F standing alone ("a B+"): the letter first, so that only capitals are tried,
# and the word boundary before it checked behind (the same as r"\b[A-F]\b", four times faster).
_GRADE_HINT_RE: Final = re.compile(r"[A-F]\b(?<!\w[A-F])")

#: Verbs of an action that ends: done once, it is done ("complete", "launch", "earn").
TELIC_VERBS: Final = frozenset(
    """
    complete finish earn pass obtain attain get land secure win become be launch start
    found open quit publish submit release ship deliver present give write create build
    design produce draft record film paint implement install schedule book call email
    contact sign register enrol enroll apply join take hold host organize organise attend
    visit run race compete enter participate graduate hire touch sit read tell recognize
    recognise memorize memorise journal try follow finalize finalise meet have retire
    make
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Verbs that end without an object: "quit", "graduate", "retire".
_DONE_ALONE: Final = frozenset({"quit", "graduate", "retire", "compete", "finish"})
_MORE: Final = frozenset({"more", "less", "fewer", "better", "further", "extra", "some", "a few"})
_DEFINITE: Final = frozenset(
    "a an the my our your his her their this that these those all both every each".split()  # noqa: SIM905
)
_UNNAMED_RE: Final = re.compile(UNNAMED_OUTCOMES, re.IGNORECASE)
# Words that say how well, with no level to check: "write in cursive fluently".
_QUALIFIERS: Final = frozenset(
    "fluently basic well properly confidently comfortably effectively efficiently enough".split()  # noqa: SIM905
)
# Verbs of knowing and attending: an ability to "understand" or "focus" shows nothing.
_MENTAL: Final = frozenset(
    """
    understand know focus concentrate appreciate comprehend grasp realize realise think feel
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Verbs that move someone into a new place or role: "return to work", "Move into management".
_MOVES: Final = frozenset({"return", "move", "transition", "switch", "step", "progress"})
_PARTICLES: Final = ("up", "out", "off", "down")
_ABLE_RE: Final = re.compile(r"\bable\s+to\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_ALL_OF: Final = frozenset({"all", "entire", "whole"})
_NEW: Final = frozenset({"new", "other", "different", "fresh"})
_PLURALS: Final = frozenset({"people", "children", "men", "women", "staff", "folks"})
_FREQUENCY_RE: Final = re.compile(_FREQUENCY, re.IGNORECASE)


def is_frequency(wording: Wording) -> bool:
    """Whether a standard is a frequency ("every day"), which measures nothing by itself
    when what is repeated is a change with no amount ("reduce screen time every night").

    Examples:
        >>> is_frequency(standards("Eat breakfast every day")[0])
        True
    """
    return _FREQUENCY_RE.fullmatch(wording.text) is not None


def standards(
    text: str, tokens: Sequence[Token] | frozenset[str] | None = None
) -> tuple[Wording, ...]:
    """The frequencies, thresholds, times of day, grades and zero rules in *text*.

    *tokens*, the statement's tokens (or their lower-cased words) when the
    caller has them, let patterns that cannot match be skipped.

    Examples:
        >>> [w.text for w in standards("Eat breakfast every day and say no to sugary drinks")]
        ['every day', 'say no to']
        >>> [w.text for w in standards("I want to raise my Biology grade from a C+ to a B+")]
        ['from a C+ to a B+']
    """
    if isinstance(tokens, frozenset):
        words = tokens
    else:
        words = frozenset(token.lower for token in (tokenize(text) if tokens is None else tokens))
    source, which = searchable(text)
    found: list[Wording] = []
    glued_clock = _GLUED_CLOCK_RE.search(source) is not None
    for patterns, gate in _KINDS if glued_clock or not _ANY_GATE.isdisjoint(words) else ():
        if not gate.isdisjoint(words) or (patterns is _CLOCK_PATTERNS and glued_clock):
            found += [
                Wording(text[m.start() : m.end()], m.start(), m.end())
                for m in patterns[which].finditer(source)
            ]
    if _GRADE_HINT_RE.search(text) is not None:
        found += [Wording(m.group(), m.start(), m.end()) for m in _GRADE_RE.finditer(text)]
    return (
        tuple(sorted(found, key=lambda wording: wording.start))
        if len(found) > 1
        else (tuple(found))
    )


def completions(
    actions: Sequence[Action],
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    lexicon: Lexicon,
    text: str = "",
) -> tuple[Action, ...]:
    """The *actions* that end, on something definite: each is done or not.

    *text*, the statement, lets an ability ("be able to locate the United
    States on a map"), a phrasal verb ("Check out this new event") and a
    move ("return to work") count.

    Examples:
        >>> from goalkit import analyze_text
        >>> [a.verb for a in analyze_text("Launch the rebrand and sell more product").completions]
        ['launch']
        >>> [a.verb for a in analyze_text("Students will be able to locate Peru").completions]
        ['locate']
    """
    done: list[Action] = []
    able = False
    abilities = "able to" in text or "Able to" in text  # not "reliable", "manageable"
    for action in actions:
        if action.purpose:
            continue  # "to boost my resume": why, not what
        if abilities:
            before = text[: action.start]
            able = _ABLE_RE.search(before) is not None or (
                able and before.rstrip().lower().endswith(("and", "or", ","))
            )
            if able:
                # "Students will be able to add and subtract two-digit numbers": shown or not.
                if action.verb not in _MENTAL and not _overlapping(action, vague, broad):
                    done.append(action)
                continue
        verb = action.verb
        if verb in _MOVES and _moves_in(action, text):
            if not _overlapping(action, vague, broad):
                done.append(action)  # "return to work", "Move into management"
            continue
        words = action.object.split()
        if (
            len(words) == 1
            and verb not in lexicon.vague_verbs
            and _PLURAL_POSSESSIVE_RE.match(text, action.end)
            and words[0].endswith("s")
            and not _overlapping(action, vague, broad)
        ):
            done.append(action)  # "Memorize students' names": a set that is theirs, all of it
            continue
        if not words:
            if verb in _DONE_ALONE:
                done.append(action)  # "quit", "graduate"
            continue
        first = words[0]
        if (
            verb in TELIC_VERBS
            or first in _ALL_OF  # "write all letters in cursive": the whole set
            or (
                first in _DEFINITE
                and ((len(words) > 1 and words[1] in _ALL_OF) or _phrasal(action, text))
            )  # "study the entire syllabus", "Check out this new event"
        ) and not _open_ended(action, words, vague, broad, lexicon):
            done.append(action)
    return tuple(done)


# After a bare plural object, "' names": a plural possessive, naming a definite set.
_PLURAL_POSSESSIVE_RE: Final = re.compile(r"['’]\s+[a-z]+s\b", re.IGNORECASE)


def _overlapping(action: Action, vague: Sequence[Wording], broad: Sequence[Wording]) -> bool:
    return any(overlaps(action, wording) for wording in (*vague, *broad))


def _moves_in(action: Action, text: str) -> bool:
    # "return to work", "Move into management"; "into a leadership role" names none.
    after = text[action.start + len(action.text) :].split(None, 2)
    return (
        len(after) > 1
        and after[0].lower() in ("to", "into")
        and after[1].lower()
        not in (
            "a",
            "an",
        )
    )


def _phrasal(action: Action, text: str) -> bool:
    after = text[action.start + len(action.text) :].split(None, 1)
    return bool(after) and after[0].lower() in _PARTICLES


def _open_ended(
    action: Action,
    words: list[str],
    vague: Sequence[Wording],
    broad: Sequence[Wording],
    lexicon: Lexicon,
) -> bool:
    """Whether the action's object leaves it open: more of something, a quality, a topic."""
    first = words[0]
    if first.endswith("ing") and action.verb in ("start", "try", "begin"):
        return True  # "start practicing healthy habits": an activity begun, not done
    if vague and any(overlaps(action, w) and _UNNAMED_RE.fullmatch(w.text) for w in vague):
        return False  # "Get extra certification": one is got or not, though which is open
    if first == "about" or any(
        word in _MORE
        or word in _QUALIFIERS
        or word in lexicon.vague_adjectives
        or (word.endswith("er") and comparative(word))
        for word in words
    ):
        return True  # "write about ...", "sell more product", "get a higher score"
    if any(overlaps(action, wording) for wording in broad):
        return True
    for wording in vague:
        if overlaps(action, wording) and not _UNNAMED_RE.fullmatch(wording.text):
            return True  # "be a team player"; "get a job" is still done or not
        if 0 <= action.start - wording.end <= 4:
            return True  # "better at reading", "my ability to recognize": what is vague
    # A bare plural names a kind, not one thing: "Meet people", "meet new people",
    # "research meditation apps".
    if first in _NEW and len(words) > 1:
        first = words[1]
    return first not in _DEFINITE and (
        first in _PLURALS or (first.endswith("s") and not first.endswith("ss"))
    )
