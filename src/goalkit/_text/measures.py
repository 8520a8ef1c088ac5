"""What a statement can be checked against besides a number to reach.

A person can tell whether "Eat breakfast every day", "Say no to sugary
drinks", "raise my Biology grade from a C+ to a B+" or "Launch the
rebrand" was done, though none has a number to count up to. This module
reads those measures:

- **standards**: a frequency ("every day", "daily", "on a daily basis"),
  a threshold the result must meet ("respond within 400ms", "in under 30
  minutes"), a time of day ("in bed by 10:30 PM"), a grade ("at least a B",
  "from a C+ to a B+") or a zero rule ("No sweets", "say no to", "don't",
  "quit", "eliminate all") or a finite set to master ("the 7s
  multiplication facts", "the 7 times table");
- **completions**: one thing done, that is done or not: an action that
  ends ("complete", "earn", "launch", "become", "write", "schedule", ...)
  on something definite ("the rebrand", "my degree", "a contact page"),
  or on all of a set ("write all letters in cursive"). An action on more
  of something ("sell more product"), on a quality ("release flawless
  products") or on a broad area ("maintain a positive attitude") sets no
  standard.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

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
    r"\s+\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?|mins?|minutes?|hrs?|hours?)\b"
)
_CLOCK: Final = (
    r"\b(?:(?:at|by|before|after|until)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"
    r"|\b(?:at|by|before|after|until)\s+(?:noon|midnight|\d{1,2}:\d{2})\b"
)
_ZERO: Final = (
    r"^\W*(?:no|zero)\s+[a-z]"
    r"|\bsay\s+no\s+to\b|\b(?:with|eat|drink|have|use)\s+no\s+(?!more|less|later|longer|one)"
    r"|\b(?:don['’]t|do\s+not|never|quit|stop|avoid)\b"
    r"|\beliminate\s+all\b|\bzero\b"
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
    (both(_SET), frozenset({"facts", "table", "tables"})),
)
_CLOCK_PATTERNS: Final = _KINDS[2][0]
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
_GRADE_HINT_RE: Final = re.compile(r"\b[A-F]\b")

#: Verbs of an action that ends: done once, it is done ("complete", "launch", "earn").
TELIC_VERBS: Final = frozenset(
    """
    complete finish earn pass obtain attain get land secure win become be launch start
    found open quit publish submit release ship deliver present give write create build
    design produce draft record film paint implement install schedule book call email
    contact sign register enrol enroll apply join take hold host organize organise attend
    visit run race compete enter participate graduate hire touch sit read tell recognize
    recognise memorize memorise journal try follow finalize finalise meet have retire
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
    "fluently basic well properly confidently comfortably effectively efficiently".split()  # noqa: SIM905
)
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
    for patterns, gate in _KINDS:
        if not gate.isdisjoint(words) or (
            patterns is _CLOCK_PATTERNS and _GLUED_CLOCK_RE.search(source) is not None
        ):
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
) -> tuple[Action, ...]:
    """The *actions* that end, on something definite: each is done or not.

    Examples:
        >>> from goalkit import analyze_text
        >>> [a.verb for a in analyze_text("Launch the rebrand and sell more product").completions]
        ['launch']
    """
    done: list[Action] = []
    for action in actions:
        words = action.object.split()
        if not words:
            if action.verb in _DONE_ALONE:
                done.append(action)  # "quit", "graduate"
            continue
        if (action.verb in TELIC_VERBS or words[0] == "all") and not _open_ended(
            action, words, vague, broad, lexicon
        ):
            done.append(action)  # "write all letters in cursive": the whole set
    return tuple(done)


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
    if first == "about" or any(
        word in _MORE or word in _QUALIFIERS or word in lexicon.vague_adjectives for word in words
    ):
        return True  # "write about ...", "sell more product", "release flawless products"
    if any(overlaps(action, wording) for wording in broad):
        return True
    for wording in vague:
        if overlaps(action, wording) and not _UNNAMED_RE.fullmatch(wording.text):
            return True  # "be a team player"; "get a job" is still done or not
        if 0 <= action.start - wording.end <= 4:
            return True  # "better at reading", "my ability to recognize": what is vague
    # A bare plural names a kind, not one thing: "Meet people", "research meditation apps".
    return first not in _DEFINITE and (
        first in _PLURALS or (first.endswith("s") and not first.endswith("ss"))
    )
