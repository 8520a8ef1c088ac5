"""Actions and vague wording: what a statement says will be done, and what says nothing.

- An **action** is a verb from the lexicon, in any form ("attending" is
  "attend"), with the object it acts on ("four industry-specific events").
  A verb in its base form starts an action at the start of the statement
  or after a trigger ("I will give", "to give", "; give"); a gerund with an
  object is one anywhere ("by giving five talks"), but a gerund alone names
  an activity, not an action ("Networking", "Career planning").
- **Vague wording** is a vague verb with a vague object ("improve my
  skills"), or a phrase that is vague anywhere ("get better", "be more");
  **vague timing** speaks of time without a deadline ("soon").

The Specific rules read these to judge whether a stranger could act on
the goal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from goalkit._text.lexicon import (
    ACTION_TRIGGERS,
    DETERMINERS,
    MEANS_WORDS,
    STOP_WORDS,
    Lexicon,
)
from goalkit._text.numbers import CURRENCY, Quantity
from goalkit._text.tokens import Span, Token, searchable
from goalkit._text.verbs import cached_lemma

__all__ = ["Action", "Wording", "actions", "vague_wording"]


@attrs.frozen
class Wording:
    """Words found in a statement, with their position (`text[start:end]`).

    Examples:
        >>> from goalkit import analyze_text
        >>> analysis = analyze_text("I want to improve my skills")
        >>> analysis.vague
        (Wording(text='improve my skills', start=10, end=27),)
    """

    text: str
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Action:
    """An action verb in a statement and the object it acts on.

    `verb` is the base form from the lexicon ("attending" -> "attend");
    `object` the words it acts on, lower-cased ("" when none follow).
    `start`/`end` span the verb and its object.

    Examples:
        >>> from goalkit import analyze_text
        >>> action = analyze_text("Give five presentations").actions[0]
        >>> action.verb, action.object
        ('give', 'five presentations')
    """

    verb: str
    text: str
    object: str
    start: int
    end: int
    means: bool = False


# ----------------------------------------------------------------- actions

_OBJECT_PREPOSITIONS: Final = frozenset({"at", "in", "on", "with", "about", "for", "into"})
_DETERMINERS_OR_OF: Final = DETERMINERS | {"of"}


def _object_end(tokens: list[Token], start: int) -> int:
    """The index after the object that starts at tokens[start] (== start when none)."""
    end = start
    while end < len(tokens) and end - start < 6:
        lower = tokens[end].lower
        if not tokens[end].word:
            if lower in CURRENCY or (lower == "%" and end > start):
                end += 1
                continue
            break
        if lower in STOP_WORDS and lower not in DETERMINERS and not (lower == "of" and end > start):
            break
        end += 1
    return end


def actions(
    text: str, tokens: list[Token], lexicon: Lexicon, quantity_spans: Sequence[Quantity]
) -> list[Action]:
    """The actions in *text*, in order; a verb inside a quantity ("five talks") is none.

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Speak at a conference and write a blog post"
        >>> [(a.verb, a.object) for a in actions(text, tokenize(text), DEFAULT_LEXICON, [])]
        [('speak', 'at a conference'), ('write', 'a blog post')]
    """
    found: list[Action] = []
    verbs = lexicon.action_verbs
    for index, token in enumerate(tokens):
        if not token.word:
            continue
        verb = cached_lemma(token.lower, verbs)
        if verb is None:
            continue
        if any(q.start < token.start < q.end for q in quantity_spans):
            continue  # "five talks": talks is counted, not done
        if found and token.start < found[-1].end:
            continue  # inside the last action's object: "enhance public speaking skills"
        previous = tokens[index - 1].lower if index else ""
        gerund = token.lower.endswith("ing") and token.lower != verb
        base = token.lower == verb
        if not (gerund or (base and (index == 0 or previous in ACTION_TRIGGERS))):
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
        while object_end > end and tokens[object_end - 1].lower in _DETERMINERS_OR_OF:
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
                means=previous in MEANS_WORDS,
            )
        )
    return found


def vague_wording(
    text: str, lexicon: Lexicon, frames: Sequence[Span]
) -> tuple[tuple[Wording, ...], tuple[Wording, ...]]:
    """The vague wording in *text*, and its vague timing outside the time *frames*.

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> vague_wording("Get better at my job soon", DEFAULT_LEXICON, [])
        ((Wording(text='Get better', start=0, end=10),), (Wording(text='soon', start=21, end=25),))
    """
    source, which = searchable(text)
    vague: tuple[Wording, ...] = ()
    if lexicon.vague_patterns is not None:
        vague = tuple(
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in lexicon.vague_patterns[which].finditer(source)
        )
    timing: tuple[Wording, ...] = ()
    if lexicon.timing_patterns is not None:
        timing = tuple(
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in lexicon.timing_patterns[which].finditer(source)
            if not any(f.start <= m.start() < f.end for f in frames)
        )
    return vague, timing
