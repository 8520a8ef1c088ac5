"""Reading a goal statement: quantities, time frames, vague wording and actions.

Goal statements are written by people, so this package is deliberately
lenient about how things are said and strict about what it reports: every
finding carries the words it was read from and where they are.

One module per job, in the order a statement is read:

- `tokens`: the tokenizer, and the span helpers every reader shares;
- `verbs`: verb forms (a lemma from an inflection, inflections from a verb);
- `lexicon`: the word lists, and `Lexicon`, which compiles the tunable ones;
- `time_frames`: time frames, read first, so that the numbers inside them
  are never mistaken for targets (in "in 5 years" the 5 is time);
- `numbers`: number words, digits and percentages, with what they count;
- `wording`: actions (a verb with its object) and vague wording;
- here: `analyze`, which runs them all and returns a `TextAnalysis`.

The package sits low in goalkit's flow of imports: it imports only
`goalkit._errors` and `goalkit._schedule` (for month arithmetic). Nothing
here depends on the SMART rules; they, and `draft`, build on it. The
tunable word lists are declared once, in `lexicon.WordLists`: `SmartPolicy`
inherits them so that users can tune them, and builds the `Lexicon` (which
inherits them too) that reads with them.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import Final

import attrs

from goalkit._errors import warn_deprecated
from goalkit._text import english
from goalkit._text.dates import EVENT_WORDS, deadline_events
from goalkit._text.lexicon import DEFAULT_LEXICON, LANGUAGES, Lexicon
from goalkit._text.measures import completions, standards
from goalkit._text.numbers import Quantity, parse_number_words, quantities
from goalkit._text.time_frames import TimeFrame, TimeFrameKind, read_time
from goalkit._text.tokens import overlaps, searchable, tokenize
from goalkit._text.verbs import inflections, lemma, past_participle
from goalkit._text.wording import (
    FEELING_WORDS,
    STATE_VERBS,
    Action,
    Wording,
    actions,
    bare_changes,
    broad_outcomes,
    feelings,
    in_a_language,
    in_a_name,
    states,
    unnamed_objects,
    vague_wording,
)

__all__ = [
    "DEFAULT_LEXICON",
    "Action",
    "Lexicon",
    "Quantity",
    "TextAnalysis",
    "TimeFrame",
    "TimeFrameKind",
    "Wording",
    "analyze",
    "english",
    "inflections",
    "lemma",
    "parse_number_words",
    "past_participle",
]


@attrs.frozen(kw_only=True)
class TextAnalysis:
    """What a goal statement says, read by `goalkit.analyze_text`.

    Attributes:
        text: the statement as given.
        word_count: how many words it has (`words` is its deprecated name).
        quantities: numbers with what they count, outside time frames.
        time_frames: the time frames, in order of appearance.
        vague: vague wording ("improve my skills", "become a better leader").
        vague_timing: time words that set no deadline ("soon").
        actions: action verbs with their objects, in order.
        broad: improvements of a broad area ("improve communication skills"):
            what to improve, with nothing yet saying how or how much.
        events: deadlines set by an event with no date ("for my wedding",
            "on my next math test"): a deadline, but not a date.
        standards: what else it can be checked against: a frequency ("every
            day"), a threshold ("within 400ms"), a time of day ("by 10:30 PM"),
            a grade ("at least a B") or a zero rule ("No sweets", "quit").
        completions: the actions that end, on something definite ("Launch the
            rebrand", "earn my degree"): each is done or not.

    Examples:
        >>> from goalkit import analyze_text
        >>> analysis = analyze_text("Aim for a managerial position in 5 years")
        >>> analysis.quantities, analysis.time_frames[0].text, analysis.word_count
        ((), 'in 5 years', 8)
    """

    text: str
    word_count: int
    quantities: tuple[Quantity, ...]
    time_frames: tuple[TimeFrame, ...]
    vague: tuple[Wording, ...]
    vague_timing: tuple[Wording, ...]
    actions: tuple[Action, ...]
    broad: tuple[Wording, ...] = ()
    events: tuple[Wording, ...] = ()
    standards: tuple[Wording, ...] = ()
    completions: tuple[Action, ...] = ()

    @property
    def words(self) -> int:
        """Deprecated: the old name of `word_count`, which reads as if it held the words.

        Examples:
            >>> import warnings
            >>> from goalkit import analyze_text
            >>> with warnings.catch_warnings():
            ...     warnings.simplefilter("ignore")
            ...     analyze_text("Give five talks").words
            3
        """
        warn_deprecated("TextAnalysis.words", "TextAnalysis.word_count")
        return self.word_count

    @property
    def concrete_actions(self) -> tuple[Action, ...]:
        """Actions with an object that is neither vague wording nor a broad area.

        An action that only completes vague wording ("get better *at reading*",
        "my ability *to recognize*") is not concrete either, nor one that says
        why ("Get certified *to boost* my resume").

        Examples:
            >>> from goalkit import analyze_text
            >>> analyze_text("Improve my skills by giving five talks").concrete_actions[0].verb
            'give'
            >>> analyze_text("Improve communication skills").concrete_actions
            ()
        """
        unclear = (*self.vague, *self.broad)
        found = []
        for index, action in enumerate(self.actions):
            if action.purpose or action.object in _NO_OBJECT:
                continue
            if not action.object:
                if _shares_object(self.text, self.actions, index, unclear):
                    found.append(action)  # "read and comprehend written English"
                continue
            if not any(
                overlaps(action, phrase) or _completes(self.text, phrase, action)
                for phrase in unclear
            ):
                found.append(action)
        return tuple(found)


# Objects that only lead in to what is learnt or done: "Learn *how* to get organized".
_NO_OBJECT: Final = frozenset({"how", "what", "why", "when", "where", "whether"})


def _shares_object(
    text: str, found: tuple[Action, ...], index: int, unclear: tuple[Wording, ...]
) -> bool:
    # "read and comprehend written English": a verb with no object of its own, joined by
    # "and" to the next, acts on that one's object, when the object is not vague itself.
    if index + 1 >= len(found):
        return False
    action, following = found[index], found[index + 1]
    if not following.object or text[action.end : following.start].strip().lower() not in (
        "and",
        "or",
    ):
        return False
    shared = Wording(following.object, following.end - len(following.object), following.end)
    return not any(overlaps(shared, phrase) for phrase in unclear)


def _completes(text: str, phrase: Wording, action: Action) -> bool:
    # "better at reading the feedback", "my ability to recognize the signs": the action
    # is what the vague words are about, one small word after them. And "turn our service
    # *into* an unforgettable experience": what the action makes is the vague wording.
    between = text[phrase.end : action.start].split()
    if len(between) == 1 and between[0].lower() in ("at", "to", "in", "of", "on"):
        return True
    return [word.lower() for word in text[action.end : phrase.start].split()] == ["into"]


def analyze(text: str, lexicon: Lexicon = DEFAULT_LEXICON) -> TextAnalysis:
    """Read a goal statement: its quantities, time frames, vague wording and actions.

    The reader behind `goalkit.analyze_text`, which users call (it takes a
    `SmartPolicy` and checks its arguments); this one takes the compiled
    `Lexicon` directly.

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


# A token's lower-cased text, and whether it is a word: read at C speed over all tokens.
_LOWER: Final = operator.itemgetter(1)
_IS_WORD: Final = operator.itemgetter(4)


@functools.lru_cache(maxsize=256)
def _analyze(text: str, lexicon: Lexicon) -> TextAnalysis:
    # Cached: a notebook re-assessing the same plan reads the same statements.
    source = text
    if ". " in text and _STRESSED.match(text):
        text = _STRESS_STOP.sub(" ", text)  # "I. Will. Learn. French!": one sentence, stressed
    tokens = tokenize(text)
    words = frozenset(map(_LOWER, tokens))
    frames, other_time = read_time(text, words)
    found = quantities(text, tokens, (*frames, *other_time) if other_time else frames, words)
    vague, timing = vague_wording(text, lexicon, frames, words)
    done = actions(text, tokens, lexicon, found)
    broad = broad_outcomes(text, tokens, lexicon, done)
    more = (
        (bare_changes(text, done, lexicon, frames) + unnamed_objects(text, tokens, done, words))
        if done
        else ()
    )
    if not STATE_VERBS.isdisjoint(words):
        more += states(text, tokens)
    if not FEELING_WORDS.isdisjoint(words):
        more += feelings(text, tokens)
    if more:
        vague = _merged(vague, more)
    if vague and not LANGUAGES.isdisjoint(words):
        vague = in_a_language(text, vague)  # "fluent in Spanish" names its standard
    if vague and _NAME_AFTER_A_WORD.search(text):
        vague = in_a_name(text, tokens, vague)  # "get a Competent Communicator"
    checks = standards(text, words)
    if checks and any(action.purpose for action in done):
        # "to avoid the risk of falls" says why; it is no rule to keep.
        checks = tuple(
            s
            for s in checks
            if not any(a.purpose and a.start == s.start and a.verb in _RULES for a in done)
        )
    return TextAnalysis(
        text=source,
        word_count=sum(map(_IS_WORD, tokens)),
        quantities=tuple(found),
        time_frames=tuple(frames),
        vague=vague,
        vague_timing=timing,
        actions=tuple(done),
        broad=broad,
        events=() if frames else _events(text, words),
        standards=checks,
        completions=completions(done, vague, broad, lexicon, text, words),
    )


# A sentence said one stressed word at a time ("I. Will. Learn. French!"): its full stops
# are read as spaces (the same length, so every position still points into the text).
_STRESSED: Final = re.compile(r"(?:\s*[A-Za-z'’]+\.){2,}\s*[A-Za-z'’]+\s*[.!?]*\s*$")
_STRESS_STOP: Final = re.compile(r"\.(?=\s)")

# Two capitalised words after a word in lower case: a name may hold vague words.
_NAME_AFTER_A_WORD: Final = re.compile(r"[a-z,'’] +['‘“\"]?[A-Z][\w'’-]* +[A-Z]")

# Verbs of a zero rule ("avoid", "stop"): after a purpose "to" they say why, not a rule.
_RULES: Final = frozenset({"avoid", "stop", "quit", "eliminate"})


def _merged(vague: tuple[Wording, ...], more: tuple[Wording, ...]) -> tuple[Wording, ...]:
    # Vague wording in order, each once: "be more" is found by two readers.
    extra = [w for w in more if not any(overlaps(w, other) for other in vague)]
    return tuple(sorted((*vague, *extra), key=lambda wording: wording.start))


def _events(text: str, words: frozenset[str]) -> tuple[Wording, ...]:
    if EVENT_WORDS.isdisjoint(words):
        return ()
    source, which = searchable(text)
    return tuple(Wording(text[s:e], s, e) for s, e in deadline_events(source, which, words, text))
