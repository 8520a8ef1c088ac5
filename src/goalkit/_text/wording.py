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

import re
from collections.abc import Sequence
from typing import Final

import attrs

from goalkit._text.english import (
    NEVER_VERBS,
    WordKind,
    comparative,
    describes,
    describes_only,
    verb_base,
    word_kind,
)
from goalkit._text.lexicon import (
    ACTION_TRIGGERS,
    DETERMINERS,
    LANGUAGES,
    MEANS_WORDS,
    PASSIVE_WORDS,
    STOP_WORDS,
    Lexicon,
)
from goalkit._text.numbers import CURRENCY, NUMBER_WORDS, Quantity
from goalkit._text.tokens import Span, Token, overlaps, searchable, tokenize
from goalkit._text.verbs import cached_lemma

__all__ = [
    "FEELING_WORDS",
    "STATE_VERBS",
    "Action",
    "Wording",
    "actions",
    "bare_changes",
    "broad_outcomes",
    "feelings",
    "in_a_language",
    "in_a_name",
    "open_verb",
    "states",
    "unnamed_kinds",
    "unnamed_objects",
    "vague_wording",
]


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
    `start`/`end` span the verb and its object. `means` is true for an
    action that says how ("by *attending* four events"), `purpose` for one
    that says why ("Get certified *to boost* my resume"): the goal is what
    the purpose is reached by, not the purpose.

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
    purpose: bool = False


# ----------------------------------------------------------------- actions

_OBJECT_PREPOSITIONS: Final = frozenset({"at", "in", "on", "with", "about", "for", "into"})
_DETERMINERS_OR_OF: Final = DETERMINERS | {"of"}
# Where, to what, as what or without what an activity opening a statement is done:
# "Competing *at* a festival", "Returning *to* the classroom", "Appearing *as* a guest",
# "Walking *without* a cane". The place is what it is on, as after a verb ("Speak at a
# conference"); "in" and "on" are as often a way of being ("Living in the moment", "Staying
# on track").
_WHERE_DONE: Final = frozenset({"at", "to", "as", "without"})


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
        if end == start and lower == "as" and _as_many(tokens, end + 1):
            end += 2  # "schedule *as many* interviews as possible": the interviews
            continue
        counted = end == start and lower in ("each", "every") and _counted_thing(tokens, end + 1)
        if (
            lower in STOP_WORDS
            and lower not in DETERMINERS
            and not (lower == "of" and end > start)
            and not counted
        ) or lower in _WHEN_WORDS:
            break  # "greet *each student*" acts on the students; "walk every day" on none
        end += 1
    return end


def _as_many(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index:] read "many" or "much" and a thing: "as *many books* as I can"."""
    return (
        index + 1 < len(tokens)
        and tokens[index].lower in ("many", "much")
        and tokens[index + 1].word
        and tokens[index + 1].lower not in STOP_WORDS
    )


# Adverbs of time, which say when, never what: "than I'm making *now*", "start *today*".
_WHEN_WORDS: Final = frozenset(
    """
    now today tonight tomorrow yesterday again already anymore yet ever currently soon later
    eventually someday
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# Units of time: after "each" or "every" they say how often, not what is acted on.
_TIMES: Final = frozenset(
    """
    day days week weeks month months year years morning mornings evening evenings night
    nights hour hours minute minutes time times session sessions weekday weekend monday
    tuesday wednesday thursday friday saturday sunday class lesson shift visit semester
    quarter term other single
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _counted_thing(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index], after "each"/"every", is a thing acted on, not a time."""
    if index >= len(tokens) or not tokens[index].word:
        return False
    lower = tokens[index].lower
    return lower not in _TIMES and lower not in STOP_WORDS and not lower[0].isdigit()


def actions(
    text: str, tokens: list[Token], lexicon: Lexicon, quantity_spans: Sequence[Quantity]
) -> list[Action]:
    """The actions in *text*, in order; a verb inside a quantity ("five talks") is none.

    A verb of the lexicon is read in any form; any other English verb where
    a verb stands: at the start of the statement ("Meditate once a week"),
    after "I will", "to" and the like ("I will jog"), or in a list of actions.
    A verb that only leads in to another ("I want to", "try to") is no action.

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Speak at a conference and write a blog post"
        >>> [(a.verb, a.object) for a in actions(text, tokenize(text), DEFAULT_LEXICON, [])]
        [('speak', 'at a conference'), ('write', 'a blog post')]
        >>> text = "Homecook dinner on the weekend"
        >>> [(a.verb, a.object) for a in actions(text, tokenize(text), DEFAULT_LEXICON, [])]
        [('homecook', 'dinner')]
    """
    found: list[Action] = []
    taken = -1  # where the last action found ends (its object's words are no verbs)
    verbs = lexicon.action_verbs
    never = NEVER_VERBS
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        lower = token.lower
        if not token.word or token.start < taken:
            continue  # inside the last action's object: "enhance public speaking skills"
        if (
            index
            and index < last
            and tokens[index - 1].lower == "to"  # `_split_infinitive`'s own first test, inline
            and _split_infinitive(tokens, index + 1)
        ):
            continue  # "to *further* develop": an adverb here, not the verb "further"
        if lower in never:
            if lower != "own" or not _owning(tokens, index):
                continue
            verb: str | None = "own"  # "Own the weekly status update"
        elif lower[0].isdigit():
            continue
        elif (reading := cached_lemma(lower, verbs)) is not None:
            verb = _known_verb(tokens, index, reading)
        elif (
            index
            and (previous := tokens[index - 1].lower) not in _VERB_MAY_FOLLOW
            and previous not in _WANT_FORMS
            and not lower.endswith(("ing", "ed"))
            and not previous.endswith("ly")
            and previous not in _SHORT_ADVERBS
            and not (index < 3 and _done_to_an_amount(tokens, index))
            and not (
                index > 1 and tokens[index - 2].lower == "to" and _split_infinitive(tokens, index)
            )
        ):
            continue  # not where a verb stands: the common case, decided here
        else:
            verb = open_verb(tokens, index)
        if verb is None or _leads_in(tokens, index, verb):
            continue
        if index == 0 and _subject_first(tokens):
            continue  # "Grade 4 students will improve ...": the subject, not an imperative
        if quantity_spans and any(q.start < token.start < q.end for q in quantity_spans):
            continue  # "five talks": talks is counted, not done
        action = _action(text, tokens, index, verb)
        if action is not None:
            lead = index - 1 if _split_infinitive(tokens, index) else index
            if tokens[lead - 1].lower in _BEFORE_PURPOSE and _purpose(tokens, lead, found):
                action = _new_action(  # "to (better) monitor"
                    action.verb,
                    action.text,
                    action.object,
                    action.start,
                    action.end,
                    action.means,
                    purpose=True,
                )
            found.append(action)
            taken = action.end
    return found


# Words before "to" that make what follows the goal itself, not its purpose: "I want to",
# "My goal is to", "be able to", "learn how to", "challenge myself to".
_GOAL_BEFORE_TO: Final = frozenset(
    """
    is am are was were be been being 's able going how goal goals aim objective target plan
    me myself yourself us ourselves him them themselves got ought used ready willing time
    effort efforts attempt point priority resolution
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


_BEFORE_PURPOSE: Final = frozenset({"to", "and", "or", ","})


# Words that open an object: after "V to W", they make W a verb ("walk to *improve my* ...").
_OWNERS: Final = frozenset({"my", "our", "your", "his", "her", "their", "its"})


def _purpose(tokens: list[Token], index: int, found: Sequence[Action]) -> bool:
    """Whether the verb at tokens[index] says why, after a purpose "to" (or in a list after one).

    "Get extra certification *to enhance* clinical skills", "in order to";
    not "I want to", "My goal is to", "be able to".
    """
    previous = tokens[index - 1].lower
    if previous in ("and", "or", ","):
        return bool(found) and found[-1].purpose and _position(tokens, index) == "list"
    if previous != "to" or index < 2:
        return False
    if not tokens[index - 2].word:
        return tokens[index - 2].lower == ")"  # "... (eyes open) to avoid the risk of falls"
    before = tokens[index - 2].lower
    if before in _GOAL_BEFORE_TO or before in _LEAD_INS or before in _WANTS:
        return False  # the common case: "I want to", "My goal is to"
    if _wanted_of_someone(tokens, index - 1):
        return False  # "We want our students to read daily": what they will do is the goal
    if before in _SPANS and index >= 4 and tokens[index - 4].lower in _HAVE | _SELVES:
        return False  # "I have 9 weeks to improve ...": the time given, then the goal
    if found and found[-1].start == tokens[index - 2].start:
        # "Launch to email list", "return to work": where the verb goes; but a verb with
        # an object of its own says why: "meditate to *improve my* mental health".
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        return following in _OWNERS
    if before in ("out", "up", "back", "down", "off"):
        return False  # "reach out to", "go back to"
    base = verb_base(before)
    return base is None or (base not in _LEAD_INS and base not in _WANTS)


# Who or what is wanted to act, after "want": "want *them* to", "want *our readers* to".
_SOMEONE: Final = frozenset({"the", "our", "my", "your", "their", "his", "her", "all", "every"})
_THEM: Final = frozenset({"him", "her", "them", "us", "everyone", "everybody"})


def _wanted_of_someone(tokens: list[Token], to: int) -> bool:
    """Whether tokens[to], "to", follows "want" (or "need") and who is to act.

    "We want *our second graders* to write", "I need *them* to read": the verb
    after "to" is what is wanted of them, not why. "I need *a new job* to pay
    the bills" says why, as does anything but "the", an owner, "all" or a
    pronoun after "want".
    """
    for start in range(to - 1, max(to - 5, 0), -1):
        if tokens[start - 1].lower in _WANT_FORMS:
            first = tokens[start].lower
            return first in _THEM if start == to - 1 else first in _SOMEONE
        if not tokens[start].word:
            return False
    return False


# Modal verbs: a statement whose first words lead up to one starts with its subject.
_MODALS: Final = frozenset("will shall should must can would could may".split())  # noqa: SIM905
# Words that end a subject before a modal could: "Lose weight *so* I will ...".
_NO_SUBJECT: Final = frozenset(
    "and or so that which who to i we you they he she it if because then but".split()  # noqa: SIM905
)


def _owning(tokens: list[Token], index: int) -> bool:
    """Whether "own" at tokens[index] is a verb: "Own the weekly status update", "I will own"."""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return following in DETERMINERS and (
        index == 0 or tokens[index - 1].lower in ACTION_TRIGGERS
    )  # "my own business": an adjective


def _subject_first(tokens: list[Token]) -> bool:
    """Whether the statement opens with a subject and a modal: "Grade 4 students will ..."."""
    for index in range(1, min(len(tokens), 6)):
        token = tokens[index]
        if token.lower in _MODALS and token.text.islower():
            return True  # "will"; not "by May", a month
        if not token.word or token.lower in _NO_SUBJECT:
            return False
    return False


def _known_verb(tokens: list[Token], index: int, verb: str) -> str | None:
    """A lexicon verb where it stands: a gerund anywhere, a base form where a verb can start."""
    lower = tokens[index].lower
    if lower.endswith("ing") and lower != verb:
        if index and tokens[index - 1].lower in _OWNERS:
            return None  # "my spending habits", "your planning time": a noun, not an action
        return verb
    if lower == verb and (index == 0 or _position(tokens, index)):
        return verb
    if lower == verb and tokens[index - 1].lower in _WANT_FORMS and _wanted_verb(tokens, index):
        return verb  # "I need finish my thesis": "to" left out
    if lower != verb and index and tokens[index - 1].lower in PASSIVE_WORDS:
        return verb  # "sales will be increased"
    return None


def _action(text: str, tokens: list[Token], index: int, verb: str) -> Action | None:
    """The action of the verb at tokens[index], with its object; None for a bare gerund."""
    token = tokens[index]
    gerund = token.lower.endswith("ing") and token.lower != verb
    end = index + 1
    # A particle belongs to the verb: "reach out", "sign up", "follow up".
    if end < len(tokens) and tokens[end].lower in ("out", "up", "off", "down"):
        end += 1
    if verb in ("go", "get") and end < len(tokens) and tokens[end].lower == "to":
        end += 1  # "go to the gym": where one goes is what the action is on
    object_end = _object_end(tokens, end)
    led = index > 0 and (
        tokens[index - 1].lower in ("go", "goes", "went") or (gerund and _carried_on(tokens, index))
    )  # "go shopping", "keep (on) learning": the -ing verb is the action, object or not
    if (
        object_end == end
        and gerund
        and not led
        and not (  # "Competing *at* a festival"
            end < len(tokens) and tokens[end].lower in _WHERE_DONE and index == 0
        )
    ):
        return None  # "Networking", "Career planning": an activity named, not an action
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
        acted_on = " ".join(text[tokens[end].start : tokens[object_end - 1].end].lower().split())
    previous = tokens[index - 1].lower if index else ""
    return _new_action(verb, token.text, acted_on, token.start, last.end, previous in MEANS_WORDS)


# Each slot of `Action`, set as attrs' own `__init__` sets it: the reader builds an action
# for nearly every verb it reads, and a keyword call through `__init__` costs twice as much.
_ACTION_SLOTS: Final = tuple(getattr(Action, field.name).__set__ for field in attrs.fields(Action))


def _new_action(
    verb: str, text: str, acted_on: str, start: int, end: int, means: bool, purpose: bool = False
) -> Action:
    """`Action(verb=verb, text=text, object=acted_on, ...)`, built slot by slot."""
    action: Action = object.__new__(Action)
    set_verb, set_text, set_object, set_start, set_end, set_means, set_purpose = _ACTION_SLOTS
    set_verb(action, verb)
    set_text(action, text)
    set_object(action, acted_on)
    set_start(action, start)
    set_end(action, end)
    set_means(action, means)
    set_purpose(action, purpose)
    return action


# ------------------------------------------------------------ open verbs

# Where a statement (or a clause of it) starts: a verb here is an imperative.
_CLAUSE_STARTS: Final = frozenset(".!?;:•*–—-(")
# Verbs that lead in to another ("I want to ...", "try to ..."), and verbs of wanting
# that are never actions themselves ("I want a better job").
_LEAD_INS: Final = frozenset(
    """
    want need wish hope like love intend seek decide choose commit try aim plan going strive
    expect mean prefer have continue begin start learn work fail forget neglect refuse
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Spans of time given for a goal: "I have 9 *weeks* to improve ...".
_SPANS: Final = frozenset("days weeks months years hours minutes".split())  # noqa: SIM905
_HAVE: Final = frozenset({"have", "has", "had"})
_WANTS: Final = frozenset("want need wish hope like love seek".split())  # noqa: SIM905
# Forms of wanting a verb may follow when "to" is left out: "I want do", "she needs practice".
_WANT_FORMS: Final = frozenset("want wants wanted need needs needed hope hopes".split())  # noqa: SIM905
# Verbs that take another verb's -ing form as their object ("try bringing your lunch").
_CATENATIVES: Final = frozenset(
    "try start stop keep begin continue quit avoid practice".split()  # noqa: SIM905 - a word list
)
# Endings of nouns made from verbs: a word before one names a topic ("Career planning").
_NOMINAL_ENDINGS: Final = ("ing", "ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship")


# Every word a verb may stand after (see `_position`), but an adverb in "-ly".
_VERB_MAY_FOLLOW: Final = _CLAUSE_STARTS | ACTION_TRIGGERS | {"and", "or", ",", "then", "/"}


def _title_case(tokens: list[Token]) -> bool:
    # "Enhance Communication Skills": capitals say nothing about proper nouns.
    words = [token.text for token in tokens if token.word and token.text[:1].isalpha()]
    return len(words) > 1 and sum(word[:1].isupper() for word in words) * 2 > len(words)


def _position(tokens: list[Token], index: int) -> str:
    """Where tokens[index] stands: "start" of a clause, after a "trigger", in a "list", or ""."""
    if index == 0:
        return "start"
    previous = tokens[index - 1].lower
    if previous in _CLAUSE_STARTS:
        return "start"
    if previous in ("and", "or", ",", "then", "/"):
        return "list"  # "Market/*expand* my podcast": a slash says "or"
    if previous in ACTION_TRIGGERS:
        return "trigger"
    if _split_infinitive(tokens, index):
        return "trigger"  # "to better monitor", "to further develop"
    if _adverb(previous):
        if index == 1 or tokens[index - 2].lower in _CLAUSE_STARTS:
            return "start"  # "Systematically reduce your consumption of liquid sugars"
        if tokens[index - 2].lower in ACTION_TRIGGERS:
            return "trigger"  # "will accurately read", "to regularly meet"
    if index < 3 and _done_to_an_amount(tokens, index):
        return "start"  # "Bench press 100 kg": the verb of a named exercise, then how much
    return ""


# The kinds of word English knows, read once: each `WordKind.X` asks the enum's class for
# the member (through its `__getattr__` in Python 3.11), on every word the reader weighs.
_VERB: Final = WordKind.VERB
_BOTH: Final = WordKind.BOTH
_NOT_VERB: Final = WordKind.NOT_VERB
_UNKNOWN: Final = WordKind.UNKNOWN
_VERB_OR_BOTH: Final = frozenset({_VERB, _BOTH})
_MAY_BE_A_VERB: Final = frozenset({_VERB, _BOTH, _UNKNOWN})

# Numbers said in words that can follow an exercise: "Squat *twice* my body weight".
_AMOUNT_WORDS: Final = NUMBER_WORDS | {"twice", "double", "triple", "half"}


def _done_to_an_amount(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ends an opening name of an activity with an amount after it.

    A goal may name an exercise or a task by its noun and verb, and say how
    much: "Bench Press 130KG", "Barbell Squat twice my body weight", "rote
    count 1-100". The word that is a verb as well as a noun, with nothing but
    the words that say which before it, is done to the amount after it.
    """
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].lower
    if not (following[:1].isdigit() or following in _AMOUNT_WORDS):
        return False  # the common case, decided before asking what the word can be
    if word_kind(tokens[index].lower) is not _BOTH:
        return False
    return all(
        token.word and token.lower not in STOP_WORDS and token.lower not in NEVER_VERBS
        for token in tokens[:index]
    )


def _split_infinitive(tokens: list[Token], index: int) -> bool:
    """Whether an adverb stands between "to" and tokens[index]: "to *better* monitor"."""
    if index < 2 or tokens[index - 2].lower != "to":
        return False
    previous = tokens[index - 1].lower
    if previous not in ("better", "further") and not _adverb(previous):
        return False
    lower = tokens[index].lower
    return (
        lower not in DETERMINERS and lower not in NEVER_VERBS and word_kind(lower) in _MAY_BE_A_VERB
    )  # "to further *develop*", not "to further *my* career"


# Words that open an object as a determiner does: "I want read *more* documents".
_MORE_OF: Final = frozenset({"more", "fewer"})


def _wanted_verb(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index], right after "want" or "need", is a verb with "to" left out.

    "I want do $20 million in sales", "I need finish my thesis": a word that is
    only a verb, or a verb and a noun with an object after it ("I want read more
    documents"); not "I want *help*", "I need *change*", which name what is wanted.
    """
    lower = tokens[index].lower
    kind = word_kind(lower)
    if verb_base(lower) != lower or kind not in _VERB_OR_BOTH:
        return False
    if kind is _VERB:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return False
    lower = following.lower
    return lower in DETERMINERS or lower[0].isdigit() or lower in CURRENCY or lower in _MORE_OF


def _adverb(word: str) -> bool:
    """Whether a lower-cased word is an adverb: in "-ly" ("gradually"), not "weekly" or "family".

    Or one of the few short ones that stand between a helping verb and its verb as "-ly"
    ones do: "I can *even* swim", "I will *only* eat", "we *still* meet".
    """
    return (word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERBS) or (
        word in _SHORT_ADVERBS
    )


# Adverbs not in "-ly" that stand before a verb: "I can *even* swim", "I will *only* eat".
_SHORT_ADVERBS: Final = frozenset({"even", "only", "still", "ever", "often", "sometimes"})


# Words in "-ly" that are adjectives, not adverbs: "Weekly review", "Family dinner".
_NOT_ADVERBS: Final = frozenset(
    "daily nightly weekly monthly yearly hourly quarterly early family friendly elderly".split()  # noqa: SIM905
)


def _verb_follower(tokens: list[Token], index: int, lead: str) -> bool:
    """Whether the token after a possible verb at tokens[index] lets it be one."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    lower = following.lower
    if not following.word:
        return lower in ("$", "£", "€", "“", '"', "'", "‘")  # "Raise $5,000", "Say 'no'"
    if lower[0].isdigit() or lower in NEVER_VERBS:
        return True
    if lower == "of":
        return False  # "the system and *structure of* the language", "Review of literature"
    if lower.endswith(_NOMINAL_ENDINGS):
        # "Career planning" names a topic; "try bringing your lunch" is an action.
        return lead in _CATENATIVES and lower.endswith("ing")
    return True


def open_verb(tokens: list[Token], index: int) -> str | None:
    """The base form of an English verb standing at tokens[index], or None.

    The verb need not be in any list: where a verb stands (see `actions`),
    a word English knows as a verb is one, and so is a word it does not
    know at all when what follows reads as an object ("Homecook dinner").

    Examples:
        >>> from goalkit._text.tokens import tokenize
        >>> open_verb(tokenize("I will meditate daily"), 2)
        'meditate'
        >>> open_verb(tokenize("Career planning"), 0) is None
        True
    """
    token = tokens[index]
    lower = token.lower
    position = _position(tokens, index)
    if not position and index and tokens[index - 1].lower in _WANT_FORMS:
        return lower if _wanted_verb(tokens, index) else None
    gerund = lower.endswith("ing")
    if not (position or gerund or lower.endswith("ed")):
        return None  # most words: not where a verb stands
    if "-" in lower and position and lower.startswith(_VERB_PREFIXES):
        return _prefixed_verb(tokens, index)  # "Self-publish an ebook", "re-take the exam"
    if len(lower) < 2 or "-" in lower or not lower.isalpha():
        return None  # "problem-solving", "work-life": compounds name things
    if (
        index
        and token.text[0].isupper()
        and lower != "i"
        and tokens[index - 1].lower not in _CLAUSE_STARTS
        and not _title_case(tokens)
        and not (index < 3 and _done_to_an_amount(tokens, index))  # "Overhead Press 40 kg"
        and not (position == "trigger" and token.text.isupper() and len(lower) > 2)
    ):  # "I want to ROCK crow pose": capitals after "to" or "will" stress a verb
        return None  # a name: "study Biology"
    if gerund and len(lower) > 4:
        return _open_gerund(tokens, index, position)
    if lower.endswith("ed") and index and tokens[index - 1].lower in PASSIVE_WORDS:
        return verb_base(lower)  # "sales will be increased"
    if not position:
        return None
    kind = word_kind(lower)
    if kind is _NOT_VERB:
        return verb_base(lower) or lower if _opening_infinitive(tokens, index) else None
    if kind is _VERB or (
        kind is _BOTH and (position == "trigger" or _adverb(tokens[index - 1].lower))
    ):  # "Gradually *resume* homemaking tasks": an adverb goes with a verb, not a noun
        return verb_base(lower) or lower
    if position == "list" and kind is _UNKNOWN:
        return None  # "eat protein and fat": an unknown word in a list is more often a noun
    return (verb_base(lower) or lower) if _verb_follower(tokens, index, lower) else None


# Prefixes joined to a verb by a hyphen: the word is that verb, done again, together or
# oneself ("re-take", "co-author", "self-publish").
_VERB_PREFIXES: Final = ("re-", "co-", "self-")


def _prefixed_verb(tokens: list[Token], index: int) -> str | None:
    """The verb at tokens[index] with a prefix ("self-publish"), where it stands, or None.

    It is read as the verb after the prefix is: one that is only a verb
    ("re-apply"), or a noun too with an object after it ("co-author a paper";
    "self-care" names a thing).
    """
    prefix, _, verb = tokens[index].lower.partition("-")
    if not verb.isalpha() or "-" in verb:
        return None
    kind = word_kind(verb)
    if kind is _VERB or (kind is _BOTH and _verb_follower(tokens, index, verb)):
        return f"{prefix}-{verb_base(verb) or verb}"
    return None


def _opening_infinitive(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] follows a "to" that opens the statement: "to summit Everest".

    A goal said as an infinitive names its verb first, whether or not English's
    word lists know the word as one ("To summit Kilimanjaro", "to kayak the
    Thames"), when an object follows it: an article, an owner or a word that
    is no small word ("to school *every* day" names a place).
    """
    if index != 1 or tokens[0].lower != "to" or index + 1 >= len(tokens):
        return False
    if describes(tokens[index].lower):
        return False  # "To healthier living", "To financial freedom": a toast, not a verb
    following = tokens[index + 1]
    if following.lower in _OWNERS or following.lower in ("the", "a", "an"):
        return True  # "to kayak *the* Thames"
    return following.word and following.lower not in STOP_WORDS  # "to summit Mount Everest"


# "I am" before a verb's -ing form says what one is doing, as a plan: "I am *targeting*
# weight loss", "I'm *shadowing* a nurse this spring".
_I_AM: Final = frozenset({"am", "i'm", "i’m"})


def _open_gerund(tokens: list[Token], index: int, position: str) -> str | None:
    # Only where an action can stand: "by homecooking dinner", "Nurturing talent",
    # "go shopping"; elsewhere an -ing word is as often a noun ("engineering teams").
    previous = tokens[index - 1].lower if index else ""
    if not (
        position
        or previous in MEANS_WORDS
        or previous in _CATENATIVES
        or previous == "go"
        or previous in _I_AM
    ):
        return None
    base = verb_base(tokens[index].lower)
    if base is not None:
        return None if previous in _I_AM and base in _LEAD_INS else base  # "I am working towards"
    stem = tokens[index].lower[:-3]
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem


def _leads_in(tokens: list[Token], index: int, verb: str) -> bool:
    """Whether the verb at tokens[index] only leads in to another, or is a verb of wanting."""
    if verb not in _MAY_LEAD_IN:
        return False  # most verbs: none of the tests below is about them
    if verb in _WANTS:
        # "I want more customers" names what to get; "I want to", "I want a job" lead in.
        return index + 1 >= len(tokens) or tokens[index + 1].lower not in ("more", "fewer")
    if (
        verb in _SELF_VERBS
        and _to_follows(tokens, index + 2)
        and tokens[index + 1].lower in _SELVES
    ):
        return True  # "challenge myself to run a 10K": running is the goal
    if verb == "make" and _making_an_effort(tokens, index):
        return True  # "make an effort to grow ...": what follows "to" is the goal
    if verb in ("keep", "continue", "carry") and _gerund_follows(tokens, index):
        return True  # "keep on learning", "continue practising": the -ing verb is the action
    if verb == "give" and _time_given(tokens, index):
        return True  # "I have given myself three months to ...": the time given, no action
    if verb in _GOAL_SETTING and _a_goal_to(tokens, index):
        return True  # "set a goal to read daily": reading daily is the goal
    if verb not in _LEAD_INS and verb not in ("be", "get", "have", "go"):
        return False
    if verb == "have" and index + 1 < len(tokens) and tokens[index + 1].lower == "given":
        return _time_given(tokens, index + 1)  # "I have given myself three months to ..."
    if (
        verb == "have"
        and index + 3 < len(tokens)
        and tokens[index + 2].lower in _SPANS
        and tokens[index + 3].lower == "to"
    ):
        return True  # "I have 9 weeks to ...": the time given for the goal, no action
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if following == "to":
        return not (verb in ("go", "get") and _to_a_place(tokens, index))  # "I want to"
    if verb == "be" and (
        following in ("able", "going", "sure", "ready", "willing")
        or (following.endswith("ed") and verb_base(following) is not None)
    ):
        return True  # "be able to", "be going to"; "be increased" is the action
    return verb == "go" and following.endswith("ing") and following != "going"


# Verbs that go on with another's -ing form: "keep on learning", "continue practising".
_CARRIED_ON: Final = frozenset(
    "keep keeps kept keeping continue continues continued continuing carry carries".split()  # noqa: SIM905
)


def _carried_on(tokens: list[Token], index: int) -> bool:
    """Whether the -ing verb at tokens[index] follows "keep", "continue", or "keep on"."""
    previous = tokens[index - 1].lower
    if previous == "on" and index > 1:
        previous = tokens[index - 2].lower
    return previous in _CARRIED_ON


# What one makes on the way to another verb: "make *an effort* to", "make *a point* to".
_ON_THE_WAY: Final = frozenset({"effort", "efforts", "point", "attempt", "commitment"})


# Verbs that, on oneself, only lead in to another: "challenge myself to", "push myself to".
_SELF_VERBS: Final = frozenset({"challenge", "push", "force"})
_SELVES: Final = frozenset({"myself", "yourself", "ourselves", "himself", "herself", "themselves"})


def _time_given(tokens: list[Token], index: int) -> bool:
    """Whether "give" at tokens[index] gives oneself time: "give myself 6 months to"."""
    words = [token.lower for token in tokens[index + 1 : index + 6]]
    if not words or words[0] not in _SELVES or "to" not in words:
        return False
    return any(word in _SPANS for word in words[1 : words.index("to")])


# Verbs that set a goal, and the goal's nouns: "*set a* goal to", "*make it my* aim to".
_GOAL_SETTING: Final = frozenset({"set", "make"})
_GOAL_NOUNS: Final = frozenset({"goal", "goals", "target", "aim", "resolution", "priority"})
_GOAL_OWNERS: Final = _SELVES | {"a", "the", "my", "your", "our", "one", "it", "another"}


# Every verb `_leads_in` has a test for: any other is an action.
_MAY_LEAD_IN: Final = (
    _WANTS
    | _SELF_VERBS
    | _GOAL_SETTING
    | _LEAD_INS
    | {"make", "keep", "continue", "carry", "give", "be", "get", "have", "go"}
)


def _a_goal_to(tokens: list[Token], index: int) -> bool:
    """Whether the verb at tokens[index] sets a goal, then says it: "set a goal *to*", "*of*".

    "Set a goal to walk daily", "make it a priority to call home": the verb
    after "to" (or the -ing verb after "of") is the goal; "Set monthly goals"
    names setting them.
    """
    words = [token.lower for token in tokens[index + 1 : index + 6]]
    at = 0
    while at < len(words) - 2 and words[at] in _GOAL_OWNERS:
        at += 1
    if at == 0 or at >= len(words) - 1:
        return False
    if words[at] not in _GOAL_NOUNS:
        at += 1  # one word before the noun: "set a *new* goal to"
    return at < len(words) - 1 and words[at] in _GOAL_NOUNS and words[at + 1] in ("to", "of")


def _to_follows(tokens: list[Token], index: int) -> bool:
    return index < len(tokens) and tokens[index].lower == "to"


def _making_an_effort(tokens: list[Token], index: int) -> bool:
    """Whether "make" at tokens[index] begins "make an effort to", "make a point to"."""
    words = [token.lower for token in tokens[index + 1 : index + 5]]
    if words[:1] in (["an"], ["a"], ["every"], ["more"], ["the"]):
        words = words[1:]
    if words[:1] in (["conscious"], ["real"], ["concerted"], ["serious"], ["extra"]):
        words = words[1:]
    return len(words) >= 2 and words[0] in _ON_THE_WAY and words[1] == "to"


def _gerund_follows(tokens: list[Token], index: int) -> bool:
    """Whether an -ing verb follows tokens[index], "on" between or not: "keep (on) learning"."""
    after = index + 1
    if after < len(tokens) and tokens[after].lower == "on":
        after += 1
    if after >= len(tokens):
        return False
    lower = tokens[after].lower
    return lower.endswith("ing") and len(lower) > 4 and verb_base(lower) is not None


# Words of how many of a place's visits: "go to *more* office hours", "get to *(most of)*
# your lectures", "go to *every* class".
_HOW_MANY_VISITS: Final = frozenset({"more", "all", "every", "each", "most", "of", "(", ")"})


def _to_a_place(tokens: list[Token], index: int) -> bool:
    """Whether "go" or "get" at tokens[index], then "to", goes to a place: "go to the gym".

    "going to improve" leads in to a verb; after it, a determiner or a word that is
    never a verb ("college", "therapy") names where to go. After "go" itself, any word
    but a verb does ("go to bed", "go to work"). Words of how many visits before the
    place say how often, not whether one goes ("go to more office hours"). "Get to" is
    arriving only with "the", an owner or how many before the place ("get to all my
    lectures", "get to a healthy weight"), or with a number ("get to sub-4:20", "get to
    70 kg"): "get to know", "get to it" lead in or stand in.
    """
    place = index + 2
    while place < len(tokens) and tokens[place].lower in _HOW_MANY_VISITS:
        place += 1
    if place >= len(tokens) or not tokens[place].word:
        return False
    lower = tokens[place].lower
    if lower in DETERMINERS or place > index + 2:
        return True  # after "more", "every": a place, as "lectures" is, though a verb too
    if lower[0].isdigit() or lower.startswith("sub-"):
        return True  # "get to 70 kg", "get to sub-4:20": a level reached is where one gets
    if tokens[index].lower in _GETTING:
        return False
    if lower in NEVER_VERBS:
        return False
    kind = word_kind(lower)
    if tokens[index].lower == "going":
        return kind is _NOT_VERB
    return kind is not _VERB


# Words that may stand inside what a broad action is on: "improve *my IV insertion* skills",
# "improve *your pre-race or in-race* nutrition".
_BROAD_GLUE: Final = frozenset({"and", "or", "of", "'s", "’s", "'", "’", "-"}) | DETERMINERS


# Nouns that make an area a measure: "satisfaction *score*", "reading *levels*".
_METRICS: Final = frozenset(
    """
    score scores rate rates rating ratings index percentage percentages ratio level levels
    metric metrics numbers count counts grade
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def in_a_name(text: str, tokens: Sequence[Token], vague: Sequence[Wording]) -> tuple[Wording, ...]:
    """*vague* without the wording that ends inside a name: "get a *Competent* Communicator".

    Mid-sentence capitals start a name: a title, an award, a book ("become
    National Board Certified", "finish 'The Feel Good Handbook'"). Its words
    name one thing and say nothing vague. Not in a statement written in title
    case ("Become A Better Leader"), where capitals name nothing.

    Examples:
        >>> text = "Finish reading The Feel Good Handbook"
        >>> in_a_name(text, tokenize(text), [Wording("Feel Good", 19, 28)])
        ()
    """
    if all(
        token.text[:1].isupper() for token in tokens if token.word and token.lower not in STOP_WORDS
    ):
        return tuple(vague)  # every word but the small ones capitalised: title case
    return tuple(phrase for phrase in vague if not _ends_in_a_name(tokens, phrase))


def _ends_in_a_name(tokens: Sequence[Token], phrase: Wording) -> bool:
    # The capitalised words up to the phrase's last must follow a word in lower case: a run
    # of capitals from the start of a clause stresses words ("Continue Moving Forward"), as
    # one capitalised word does ("get Healthier").
    for index, token in enumerate(tokens):
        if token.end == phrase.end:
            if not token.text[:1].isupper() or token.lower == "i":
                return False
            if comparative(token.lower) or token.lower in ("more", "less", "better", "worse"):
                return False  # "be a Better Leader": a person compared, stressed
            start = index
            while start > 0 and tokens[start - 1].text[:1].isupper():
                start -= 1
            end = index + 1  # a name has two words or more: "Competent Communicator"
            while end < len(tokens) and tokens[end].text[:1].isupper():
                end += 1
            return start > 0 and end - start > 1 and tokens[start - 1].lower not in _CLAUSE_STARTS
    return False


# Verbs that make a named language an action ("Learn English", "study Japanese"), where
# "improve" or "master" it leaves how much open.
_LANGUAGE_VERBS: Final = frozenset({"learn", "study", "speak"})
# Words of command of a language: "fluent *in Spanish*", "proficiency in speaking English".
_COMMAND: Final = frozenset({"fluent", "proficient", "fluency", "proficiency", "conversational"})
_IN_A_LANGUAGE: Final = re.compile(
    r"(?:\s+enough)?"  # "proficient enough in Spanish to teach": enough for what follows
    r"(?:\s*\([^()]{1,30}\))?"  # "fluent (B2 Level) in Japanese"
    r"\s+in\s+(?:(?:speaking|reading|writing|spoken|written)\s+(?:(?:and|&|or)\s+"
    r"(?:speaking|reading|writing|spoken|written)\s+)?)?"  # "in written and spoken Japanese"
    rf"(?:{'|'.join(sorted(LANGUAGES))})(?![\w-])",
    re.IGNORECASE,
)


def in_a_language(text: str, vague: Sequence[Wording]) -> tuple[Wording, ...]:
    """*vague* without command of a named language: "Become fully fluent *in Spanish*".

    Fluency or proficiency in a language a person names is a standard a
    stranger can check; "fluent" alone, or in "a new language", is not.

    Examples:
        >>> text = "Become fully fluent in Spanish"
        >>> in_a_language(text, (Wording("Become fully fluent", 0, 19),))
        ()
        >>> in_a_language("Become fluent", (Wording("Become fluent", 0, 13),))
        (Wording(text='Become fluent', start=0, end=13),)
    """
    return tuple(
        wording
        for wording in vague
        if not (
            wording.text.rsplit(None, 1)[-1].lower() in _COMMAND
            and _IN_A_LANGUAGE.match(text, wording.end)
        )
    )


# Verbs that make a thing better, by no amount: on an abstract thing ("improve my online
# instructional *techniques*", "enhance safety *protocols*") they name an area, not a change.
# Not verbs of amount ("increase sales", "reduce sugar": a named quantity), nor of making
# ("develop conflict resolution techniques": the techniques are what is made).
_BETTERING: Final = frozenset(
    """
    improve enhance strengthen hone sharpen polish upgrade optimize optimise deepen broaden
    widen enrich better revamp revitalize revitalise streamline foster nurture cultivate
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Endings of abstract nouns, one or many: qualities, states and processes ("accuracy",
# "weaknesses", "coordination", "leadership").
_ABSTRACT_ENDINGS: Final = (
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "nesses", "ity", "ities",
    "ance", "ances", "ence", "ences", "ship", "ships", "ism", "isms", "acy", "acies",
)  # fmt: skip
# Nouns of ways of doing: "my study *habits*", "our safety *procedures*".
_WAYS: Final = frozenset(
    """
    technique techniques method methods practice practices strategy strategies approach
    approaches habit habits protocol protocols procedure procedures routine routines style
    styles tactic tactics
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Nouns with those endings that name a thing made, a place, a body or a count, so the goal
# names it: "polish my dissertation *introduction*", "promote the *competition*", "improve
# *attendance*" (a quantity of one's own, as "weight" or "sales").
_NOT_ABSTRACT: Final = frozenset(
    """
    presentation application dissertation introduction conclusion section question
    solution publication submission document assignment statement instrument equipment
    supplement tournament apartment department city university activity facility community
    conference reference residence ambulance station attendance participation retention
    completion conversion accuracy consumption circulation production punctuality
    institution association foundation corporation competition charity property
    exhibition
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _abstract(word: str) -> bool:
    """Whether a lower-cased noun names a quality, a process or a way of doing: no thing.

    Examples:
        >>> _abstract("coordination"), _abstract("weaknesses"), _abstract("tactics")
        (True, True, True)
        >>> _abstract("presentations"), _abstract("attendance"), _abstract("essay")
        (False, False, False)
    """
    if word in _WAYS:
        return True
    if len(word) < 7 or not word.endswith(_ABSTRACT_ENDINGS):
        return False
    single = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word not in _NOT_ABSTRACT and single not in _NOT_ABSTRACT


# Words that say a thing changed, by no amount: "show *increased* independence",
# "demonstrate *improved* self-regulation". Said of an area, they name no change to make.
_CHANGED: Final = frozenset(
    "improved increased enhanced heightened greater better stronger reduced decreased".split()  # noqa: SIM905
)


def _gerund(word: str) -> bool:
    """Whether a lower-cased word is a verb's -ing form: the end of "decision-making"."""
    return word.endswith("ing") and len(word) > 5 and verb_base(word) is not None


def broad_outcomes(
    text: str, tokens: list[Token], lexicon: Lexicon, found: Sequence[Action]
) -> tuple[Wording, ...]:
    """Improvements of a broad area: a vague verb on what `Lexicon.broad_areas` lists.

    "Improve communication skills", "boost brand awareness", "reduce stress":
    they say what to improve, but not how or how much. Each is the words
    from the verb to the area. A compound is read by its last part
    ("self-*awareness*"); a verb of bettering on an abstract noun, known by
    its ending or as a way of doing ("improve my *techniques*"), or on one's
    own activity ("improve my *running*") names an area too, and so does a
    word of change before one, after any verb ("show *increased* independence").

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Improve patient communication and bedside rapport"
        >>> tokens = tokenize(text)
        >>> found = actions(text, tokens, DEFAULT_LEXICON, [])
        >>> broad_outcomes(text, tokens, DEFAULT_LEXICON, found)
        (Wording(text='Improve patient communication and bedside rapport', start=0, end=49),)
    """
    areas = lexicon.broad_areas
    if not areas or not found:
        return ()
    broad: list[Wording] = []
    for action in found:
        said = action.object.split(None, 2)
        led = bool(said) and said[0] in DETERMINERS  # "find *a* better balance"
        changed = len(said) > led and said[led] in _CHANGED
        if (
            action.verb not in lexicon.vague_verbs
            and action.verb not in lexicon.vague_verb_heads
            and not changed
        ):
            continue
        index = next(i for i, token in enumerate(tokens) if token.start == action.start) + 1
        if changed:
            index += 1 + led  # "show *increased* independence": the change said of the area
        elif action.verb not in lexicon.vague_verbs:
            following = tokens[index].lower if index < len(tokens) else ""
            if f"{action.verb} {following}" not in lexicon.vague_verbs:
                continue
            index += 1  # "work on my presentation skills"
        # "improve my *techniques*", "work on my *weaknesses*": an abstract thing is an area.
        bettering = changed or action.verb in _BETTERING or action.verb not in lexicon.vague_verbs
        # An activity made better: one's own ("improve *my* running"; "upgrade the lighting"
        # names a thing), or one worked on ("work on *practicing*"; "work on my painting"
        # may be a picture).
        owned = index < len(tokens) and (
            (tokens[index].lower in _OWNERS and action.verb in _BETTERING)
            or _gerund(tokens[index].lower)
        )
        last = None
        words = 0
        while index < len(tokens) and words < 7:
            token = tokens[index]
            lower = token.lower
            head = lower.rsplit("-", 1)[-1]  # "self-*awareness*", "problem-*solving*"
            if (
                lower in areas
                or head in areas
                or lower in lexicon.vague_objects  # "leadership *capabilities*"
                or (bettering and (_abstract(head) or (_gerund(head) and (owned or head != lower))))
            ):
                if lower in LANGUAGES and action.verb in _LANGUAGE_VERBS:
                    last = None  # "Learn English": learning a named language is an action
                    break
                if index + 1 < len(tokens) and tokens[index + 1].lower in _METRICS:
                    last = None  # "Improve developer satisfaction score": a measure named
                    break
                last = token
            elif lower not in _BROAD_GLUE and (
                lower in STOP_WORDS or lower in _WHEN_WORDS or (not token.word and lower != ":")
            ):
                break
            elif (
                token.word
                and last is not None
                and tokens[index - 1] is last
                and lower not in _BROAD_GLUE
            ):
                last = None  # "reduce anxiety *symptoms*": the area only says which
            words += token.word
            index += 1
        if last is not None:
            broad.append(Wording(text[action.start : last.end], action.start, last.end))
    return tuple(broad)


# The flags of each pattern of a `both` pair: lower-cased text, or any text.
_FLAGS: Final = (re.NOFLAG, re.IGNORECASE)


def _word_pattern(phrase: str) -> str:
    # A phrase as a pattern, its spaces any whitespace, standing alone.
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return rf"(?<![\w-]){words}(?![\w-])"


def vague_wording(
    text: str, lexicon: Lexicon, frames: Sequence[Span], words: frozenset[str] | None = None
) -> tuple[tuple[Wording, ...], tuple[Wording, ...]]:
    """The vague wording in *text*, and its vague timing outside the time *frames*.

    *words*, the statement's lower-cased words when the caller has them,
    lets patterns that cannot match be skipped.

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> vague_wording("Get better at my job soon", DEFAULT_LEXICON, [])
        ((Wording(text='Get better', start=0, end=10),), (Wording(text='soon', start=21, end=25),))
    """
    source, which = searchable(text)
    if words is None:
        words = frozenset(token.lower for token in tokenize(text))
    vague: list[Wording] = []
    if lexicon.vague_patterns is not None and not lexicon.vague_words.isdisjoint(words):
        vague = [
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in lexicon.vague_patterns[which].finditer(source)
        ]
    hits: frozenset[str] = (
        lexicon.vague_single & words if not lexicon.vague_single.isdisjoint(words) else frozenset()
    )
    for phrase in lexicon.vague_common:
        if phrase in (source if which == 0 else source.lower()):
            hits = hits | {phrase}  # "and so on": rare, so built only when found
    if hits:
        found = [
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for word in sorted(hits)
            for m in re.finditer(_word_pattern(word), source, _FLAGS[which])
        ]
        vague += [w for w in found if not any(overlaps(w, other) for other in vague)]
        vague.sort(key=lambda wording: wording.start)
    if not lexicon.described_words.isdisjoint(words):
        # After the rest, so "Be more confident" still reads as "Be more".
        described = [
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in lexicon.described_patterns[which].finditer(source)
        ]
        vague += [w for w in described if not any(overlaps(w, other) for other in vague)]
        vague.sort(key=lambda wording: wording.start)
    timing: tuple[Wording, ...] = ()
    if lexicon.timing_patterns is not None and not lexicon.timing_words.isdisjoint(words):
        timing = tuple(
            Wording(text[m.start() : m.end()], m.start(), m.end())
            for m in lexicon.timing_patterns[which].finditer(source)
            if not any(f.start <= m.start() < f.end for f in frames)
        )
    return tuple(vague), timing


# ------------------------------------------------------------------ states

#: Verbs that join a person to a state: "be *anxious*", "feel *calm*", "stay *positive*",
#: "get *sober*"; and "do" said of how well ("do *great* on my exams").
STATE_VERBS: Final = frozenset(
    """
    be become becoming being feel feeling stay remain seem get gets getting got do does did
    doing
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Forms of "do": a word of quality after it, with no thing done, is how well ("do *great*
# on my assignments", "do *fine* in chemistry"); "do *daily* stretches" names what is done.
_DOING: Final = frozenset({"do", "does", "did", "doing"})
# Forms of "get": a state after it is only one when nothing follows it ("get *sober*"), as
# a word that describes a thing got names the thing ("get *healthy* meals in").
_GETTING: Final = frozenset({"get", "gets", "getting", "got"})
# Verbs after which a participle is a state too: "feel *tired*", "stay *motivated*".
_FEELINGS: Final = frozenset({"feel", "feeling", "stay", "remain", "seem"})
# Words of degree that may stand between the verb and the state: "be *so* calm".
_DEGREES: Final = frozenset("very so really much more less too fully totally completely".split())  # noqa: SIM905


# Participles that name an event that happens, degree or not: "be fully certified".
_EVENTS_DONE: Final = frozenset(
    """
    certified qualified licensed registered enrolled accepted admitted hired employed
    published vaccinated trained insured funded booked
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def states(text: str, tokens: Sequence[Token]) -> tuple[Wording, ...]:
    """States of a person: "be less anxious", "I don't want to be unhealthy", "feel calm".

    A state says how someone will be, not what they will do, so it is vague
    wording; with something concrete beside it, the concrete part carries
    the goal.

    Examples:
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Client will be less anxious"
        >>> states(text, tokenize(text))
        (Wording(text='be less anxious', start=12, end=27),)
    """
    found: list[Wording] = []
    for index, token in enumerate(tokens):
        if token.lower not in STATE_VERBS:
            continue
        after = index + 1
        manner = False  # "become *financially* independent": an adverb, then an adjective only
        while after < len(tokens) and after - index < 3:
            if tokens[after].lower in _DEGREES:
                after += 1
            elif _adverb(tokens[after].lower):
                manner = True
                after += 1
            else:
                break
        if token.lower in _DOING:
            if _done_well(tokens, index + 1):
                end = tokens[index + 1].end
                found.append(Wording(text[token.start : end], token.start, end))
            continue
        if token.lower in _GETTING:
            if _got_into(tokens, after, counted=tokens[after - 1].lower in ("more", "less")):
                end = tokens[after].end
                found.append(Wording(text[token.start : end], token.start, end))
            continue
        if token.lower in _KEEPING and _going_without(tokens, after):
            continue  # "stay sober", "remain free from falls": a thing gone without, kept to
        if _compared(tokens, after) and token.lower in _BEING:
            end = tokens[after + 2].end if tokens[after + 2].word else tokens[after + 1].end
            found.append(Wording(text[token.start : end], token.start, end))
            continue  # "be a more present parent": the person, by a degree
        if after < len(tokens) and (
            describes(tokens[after].lower)
            or (
                not manner  # "be actively involved in the PTA" is something done
                and tokens[after].lower.endswith("ed")
                and (token.lower in _FEELINGS or after > index + 1)
                and tokens[after].lower not in _EVENTS_DONE
            )
        ):  # "feel tired"; "be *fully* recovered": a degree makes a participle a state
            end = tokens[after].end
            found.append(Wording(text[token.start : end], token.start, end))
    return tuple(found)


#: Words of liking: a verb ("enjoy reading") or a noun ("a love for music") of a feeling.
FEELING_WORDS: Final = frozenset(
    """
    love loves loving enjoy enjoys enjoying appreciate appreciates appreciating curiosity
    passion interest enthusiasm appreciation fondness
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_FEELING_VERBS: Final = frozenset(
    "love loves loving enjoy enjoys enjoying appreciate appreciates appreciating".split()  # noqa: SIM905
)
# What a feeling is for: "a love *for* reading", "a curiosity *about* matter".
_FELT_FOR: Final = frozenset({"for", "of", "about", "in"})


def feelings(text: str, tokens: list[Token]) -> tuple[Wording, ...]:
    """Feelings to have: "enjoy reading", "develop a love for music", "an interest in art".

    A liking is how someone will feel about a thing, not something done with
    it, so it is vague wording, as a state is. "I would love to run a 10K"
    leads in to the running.

    Examples:
        >>> text = "Cultivate a love for music"
        >>> feelings(text, tokenize(text))
        (Wording(text='a love for', start=10, end=20),)
    """
    found: list[Wording] = []
    for index, token in enumerate(tokens):
        lower = token.lower
        if lower not in FEELING_WORDS:
            continue
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if lower in _FEELING_VERBS and following != "to" and _position(tokens, index):
            found.append(Wording(token.text, token.start, token.end))  # "enjoy reading"
        elif following in _FELT_FOR and index and tokens[index - 1].lower in ("a", "an"):
            start = tokens[index - 1].start
            end = tokens[index + 1].end
            found.append(Wording(text[start:end], start, end))  # "a love for reading"
    return tuple(found)


# Verbs of keeping to a state, and the states that go without a thing: "stay *sober*",
# "remain *free from* falls", "stay *free of* debt". Kept to, they are a rule of none, as
# "stay alcohol-free" is; got into ("get sober") they stay a state.
_KEEPING: Final = frozenset({"stay", "stays", "staying", "remain", "remains", "remaining"})


def _going_without(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens[index:] read "sober", or "free from" or "free of" a thing."""
    if index >= len(tokens):
        return False
    lower = tokens[index].lower
    if lower == "sober":
        return True
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if lower != "free" or following not in ("from", "of") or index + 2 >= len(tokens):
        return False
    gone = tokens[index + 2].lower
    return gone not in _FELT  # "free from stress" is a feeling, "free from falls" a count


# Feelings one may wish to be free of: a state still ("stay free from stress").
_FELT: Final = frozenset(
    """
    stress worry worries anxiety fear fears doubt doubts guilt regret regrets shame negativity
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# Forms of "be" and "become": a person compared after them is a state ("be a *kinder*
# teacher"), where after "feel" a thing is felt.
_BEING: Final = frozenset({"be", "become", "becoming", "being"})


def _compared(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens[index:] read "a more ...", "a kinder ...": a person by a degree."""
    if index + 2 >= len(tokens) or tokens[index].lower not in ("a", "an"):
        return False
    degree = tokens[index + 1].lower
    return degree in ("more", "less") or comparative(degree)


def _done_well(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens[index], after "do", says how well, with nothing done named after it."""
    if index >= len(tokens) or tokens[index].lower in ("more", "less", "much", "all", "so"):
        return False  # "do more pushups", "do all the readings": an amount of a thing done
    if tokens[index].lower not in _QUALITY:
        return False  # a closed class, so "Do chores" is read alike with either word source
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not following.word or following.lower in STOP_WORDS


# Words of how well something goes: "do *great*", "do *fine*", "did *badly*".
_QUALITY: Final = frozenset(
    """
    great good well better best fine okay ok amazing outstanding excellent fantastic awesome
    brilliant wonderful terrific superb badly poorly worse
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _got_into(tokens: Sequence[Token], index: int, *, counted: bool = False) -> bool:
    """Whether tokens[index], after "get", is a state got into: "get sober", "get stronger".

    Not after "more" or "less" (*counted*), which count what is got: "get more
    clients". A participle with nothing after it is a state too ("Get
    involved.", "get (more) motivated"), unless it is an event that happens
    ("get married", "get vaccinated"); "get involved *in the PTA*" says in what.
    """
    if index >= len(tokens):
        return False
    word = tokens[index].lower
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        len(word) > 5
        and word.endswith("ed")
        and word not in _EVENTS_DONE
        and word not in _GOT_DONE_TO
    ):  # a word's shape, so goalkit's own lists read it as lemminflect does
        return following is None or not following.word
    if counted or not describes_only(word):
        return False
    return following is None or not following.word or following.lower in STOP_WORDS


# Participles after "get" that name an event, where `_EVENTS_DONE` holds those that stay
# events after a degree: "get *married*", "get *tested*", "get *paid*".
_GOT_DONE_TO: Final = frozenset(
    """
    married engaged divorced paid tested checked screened scanned promoted elected selected
    chosen picked discharged cleared approved signed baptized baptised confirmed
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# Verbs of growth that are vague on their own: "I want to *grow*", "*excel* at work".
_GROWTH_VERBS: Final = frozenset(
    "grow improve develop advance progress excel thrive flourish prosper evolve".split()  # noqa: SIM905
) | {"focus", "concentrate"}  # and of attention: "be able to *focus* in class" (on what?)
# What may follow a verb of change that still leaves it with nothing to act on.
_NOTHING_AFTER: Final = frozenset(
    {".", "!", "?", ";", "in", "at", "as", "during", "professionally"}
)


def bare_changes(
    text: str, found: Sequence[Action], lexicon: Lexicon, frames: Sequence[Span]
) -> tuple[Wording, ...]:
    """Verbs of change with nothing to change: "I want to grow", "Grow in my role".

    A vague verb (`Lexicon.vague_verbs`) or a verb of growth with no
    object, or followed only by where it happens ("in my role", "at work"),
    names no action a stranger could take.

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Grow in my role"
        >>> bare_changes(text, actions(text, tokenize(text), DEFAULT_LEXICON, []),
        ...              DEFAULT_LEXICON, [])
        (Wording(text='Grow', start=0, end=4),)
    """
    bare: list[Wording] = []
    for action in found:
        if action.verb not in _GROWTH_VERBS and action.verb not in lexicon.vague_verbs:
            continue
        after = action.start + len(action.text)
        rest = text[after:]
        following = rest.split(None, 1)[0].lower() if rest.strip() else ""
        starts = after + len(rest) - len(rest.lstrip())
        if following in ("more", "further"):  # "grow more in my profession", not "grow more X"
            rest = rest.lstrip()[len(following) :]
            after_more = rest.split(None, 1)[0].lower() if rest.strip() else ""
            following = (
                "" if after_more in _NOTHING_AFTER or after_more[:1] in ".!?;" else following
            )
        if (
            not following
            or following in _NOTHING_AFTER
            or following[:1] in ".!?;"
            or any(frame.start == starts for frame in frames)  # "grow this year"
        ):
            bare.append(Wording(action.text, action.start, after))
    return tuple(bare)


# ------------------------------------------------------------- unnamed objects

#: Nouns that name no particular thing: "Do *things* that scare me", "Set *boundaries*",
#: "Prevent *problems*", "Have more *fun*". Acted on with nothing saying which, they
#: leave the goal open.
UNNAMED_THINGS: Final = _WAYS | frozenset(  # "develop *new methods*": which, not said
    """
    thing things stuff problem problems issue issues boundary boundaries standard standards
    impression impressions difference impact fun influence outlook distraction distractions
    fact facts passion passions dream dreams purpose risk risks opportunity opportunities
    results choice choices decision decisions
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Words that may stand before such a noun and still name none: "a *lasting* impression",
# "*more* fun", "*healthy* boundaries" (a number or a noun names which: "ten practice problems").
_UNNAMING: Final = DETERMINERS | frozenset(
    """
    more less fewer some any all new other different certain various such many few lots
    lot of good great better best bad positive negative healthy healthier clear clearer big
    bigger small real lasting meaningful important significant interesting exciting scary
    strategic tangible desired personal effective
    hard difficult own everyday daily
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Words after the noun that say which: "problems *with* the build", "changes *to* my diet".
_NAMING: Final = frozenset({"of", "to", "with", "in", "on", "about", "around", "for"})
# Effects, which say on whom or where after these, never which: "an impression *on my manager*".
_EFFECTS: Final = frozenset(
    "impression impressions difference impact influence fun outlook".split()  # noqa: SIM905
)
# ... except "for" someone: "Set a standard *for yourself*" says who, not which.
_WHO: Final = frozenset(
    "me myself you yourself us ourselves him himself her herself them themselves".split()  # noqa: SIM905
)
_PARTICLES: Final = frozenset({"on", "up", "down", "out", "off"})
# Verbs of seeking, whose object comes after "for": "look *for* opportunities".
_SEEKING: Final = frozenset({"look", "search", "hunt", "watch", "ask", "wait", "aim", "strive"})


# Words that stand in for a thing named elsewhere, or for anything: acted on, alone, they
# name nothing ("work on *this*", "do *it*", "change *everything*").
_STAND_INS: Final = frozenset(
    "it this that these those something anything".split()  # noqa: SIM905
)  # not "everything": "grade everything" is all of the grading


# Words after which a stand-in is the whole object: when, not which ("work on this *for*
# one month"); "everything *I* eat", "anything *that* contains sugar" say which.
_AFTER_OBJECT: Final = frozenset(
    """
    for by in within before until this next every each and or so again daily weekly monthly
    nightly regularly done
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _ends_clause(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens[index] ends the object: nothing, a mark, or a word of when ("for").

    Words of degree or praise between say nothing of which: "something *new* every week".
    """
    while index < len(tokens) and tokens[index].lower in _UNNAMING:
        index += 1
    return index >= len(tokens) or not tokens[index].word or tokens[index].lower in _AFTER_OBJECT


# Verbs of handling time: on one's time as a whole, said only how well ("use my time
# *wisely*"), they name no plan; "spend time *with my kids*" says on what.
_TIME_VERBS: Final = frozenset({"manage", "use", "spend", "organize", "organise", "budget"})
# Words that say only how well time is used: "manage my time *better*".
_HOW_WELL: Final = frozenset({"better", "well", "wisely", "more", "best"})


def _time_in_general(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens[index:] read "(my) time", then nothing or only how well it is used."""
    index += index < len(tokens) and tokens[index].lower in _OWNERS
    if index >= len(tokens) or tokens[index].lower != "time":
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return (
        not following or not tokens[index + 1].word or following in _HOW_WELL or _adverb(following)
    )


def _on_ones_own(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens[index:] read "on my own", "by myself", "in my own way"."""
    words = [token.lower for token in tokens[index : index + 3]]
    return (
        len(words) == 3
        and words[0] in ("on", "in", "by")
        and words[1] in _OWNERS
        and words[2] == "own"
    ) or (len(words) >= 2 and words[0] == "by" and words[1] in _WHO)


def unnamed_objects(
    text: str,
    tokens: Sequence[Token],
    found: Sequence[Action],
    words: frozenset[str] | None = None,
) -> tuple[Wording, ...]:
    """Actions on things none of whose words names which: "Set boundaries at work".

    The object is a noun of `UNNAMED_THINGS` with only determiners and words of
    degree or praise before it ("a lasting impression", "more fun"), and
    nothing after it saying which ("problems *with the build*"). Each is the
    words from the verb to the noun. *words*, the tokens' lower-cased words
    when the caller has them, let a statement with none of those nouns (and
    no "myself") be passed over at once.

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Do things that scare me"
        >>> tokens = tokenize(text)
        >>> unnamed_objects(text, tokens, actions(text, tokens, DEFAULT_LEXICON, []))
        (Wording(text='Do things', start=0, end=9),)
        >>> text = "Complete ten practice problems"
        >>> tokens = tokenize(text)
        >>> unnamed_objects(text, tokens, actions(text, tokens, DEFAULT_LEXICON, []))
        ()
    """
    if (
        words is not None
        and UNNAMED_THINGS.isdisjoint(words)
        and _SELVES.isdisjoint(words)
        and _STAND_INS.isdisjoint(words)
        and "time" not in words
    ):
        return ()  # nothing below can be found: most statements
    unnamed: list[Wording] = []
    for action in found:
        index = next(i for i, token in enumerate(tokens) if token.start == action.start) + 1
        if action.verb in _SELF_VERBS and index < len(tokens) and tokens[index].lower in _SELVES:
            end = tokens[index].end  # "Challenge myself", "push myself": to do what?
            unnamed.append(Wording(text[action.start : end], action.start, end))
            continue
        while index < len(tokens) and tokens[index].lower in _PARTICLES:
            index += 1  # "Cut down on distractions"
        if (
            index < len(tokens)
            and tokens[index].lower in _STAND_INS
            and _ends_clause(tokens, index + 1)
        ):
            end = tokens[index].end  # "Let's work on this for one month": on what?
            unnamed.append(Wording(text[action.start : end], action.start, end))
            continue
        if action.verb in _TIME_VERBS and _time_in_general(tokens, index):
            end = tokens[index + (tokens[index].lower in _OWNERS)].end
            unnamed.append(Wording(text[action.start : end], action.start, end))
            continue  # "Manage my time more effectively": time is all one does
        seeking = action.verb in _SEEKING
        if index < len(tokens) and tokens[index].lower.endswith("ing"):
            seeking = verb_base(tokens[index].lower) in _SEEKING  # "start looking for"
            index += 1  # "Work on keeping a positive outlook"
        if seeking and index < len(tokens) and tokens[index].lower == "for":
            index += 1  # "look for opportunities": what is sought is the object
        while index < len(tokens) and (
            tokens[index].lower in _UNNAMING or comparative(tokens[index].lower)
        ):
            index += 1  # "*a lasting* impression", "*smarter* choices"
        if index >= len(tokens) or tokens[index].lower not in UNNAMED_THINGS:
            continue
        head = tokens[index]
        after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if _on_ones_own(tokens, index + 1):
            unnamed.append(Wording(text[action.start : head.end], action.start, head.end))
            continue  # "do things on my own terms" says whose way, not which things
        if after in _NAMING and (head.lower not in _EFFECTS or after == "of"):
            said = tokens[index + 2].lower if index + 2 < len(tokens) else ""
            if after != "for" or said not in _WHO:
                continue  # "problems with the build" says which
        if (
            index + 1 < len(tokens)
            and tokens[index + 1].word
            and after not in STOP_WORDS
            and after not in NEVER_VERBS
            and not _adverb(after)
            and not comparative(after)
        ):
            continue  # "fun activities", "impact effort": the noun only says which kind
        unnamed.append(Wording(text[action.start : head.end], action.start, head.end))
    return tuple(unnamed)


# --------------------------------------------------------------- unnamed kinds

#: Nouns of a kind whose members differ as much as things do: said with "a" ("Pass *a
#: test*", "complete *a project milestone*", "Master *a subject*") they name no particular
#: one. "The test" is one the speaker knows; "an SQL course" and "a test *of* fire safety"
#: say which.
KINDS: Final = frozenset(
    """
    test tests exam exams milestone milestones product products feature features subject
    subjects draft drafts project projects topic topics degree degrees task tasks
    language languages
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
#: Nouns of whatever one is working on: "the project", "our new product", "my work". With
#: "the" or an owner and nothing else ("Deliver *the project* on time", "complete *the
#: plan*") they point at a thing only the speaker knows, where "a test" names none; a name
#: or a word of which ("the *Apollo* project", "my *science* project") says which.
WORK_IN_GENERAL: Final = frozenset(
    "project projects product products plan plans work".split()  # noqa: SIM905
)
# What every noun of `KINDS` or `WORK_IN_GENERAL` begins with, to pass over statements with
# none at once. A few substring tests, each at C speed: cheaper than one search for any of
# them, which tries every stem at nearly every letter.
_KIND_STEMS: Final = tuple(sorted({kind.removesuffix("s") for kind in KINDS | WORK_IN_GENERAL}))


def _names_a_kind(lowered: str) -> bool:
    """Whether a lower-cased statement holds a stem of `_KIND_STEMS` (as any word of a kind)."""
    for stem in _KIND_STEMS:  # noqa: SIM110 - a loop: any() adds a generator per statement
        if stem in lowered:
            return True
    return False


# A language is named by its name alone: "a new programming language", "another language
# to the point where I can chat" name none; "a second language, Spanish" names one.
_LANGUAGE_KINDS: Final = frozenset({"language", "languages"})
# Determiners that leave which one open: "*a* test", "*another* project".
_INDEFINITE: Final = frozenset({"a", "an", "one", "another", "any"})
# Words of a kind's rank or fit that name none of its members: "an *advanced* degree", "a
# *decent* draft", "a *specific* subject", "two *other* languages".
_RANKS: Final = frozenset(
    """
    advanced decent specific particular certain suitable relevant basic major minor other
    foreign second third
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# Words after such an object that say which: "a test *of* fire safety", "a feature *that*
# lets users export", "a course *on* algorithms", "a project *with* two colleagues".
_SAYING_WHICH: Final = frozenset(
    "of on about with that which where from for at in to".split()  # noqa: SIM905
)
# ... unless what they say is a thing of a kind too: "1000 words *in* another language".
_WITHIN: Final = frozenset({"of", "on", "about", "in"})


# Determiners of a thing the speaker has in mind: "*the* project", "*our* product".
_KNOWN_TO_SPEAKER: Final = frozenset({"the", "this", "my", "our", "your", "their"})
# What may follow such a thing and still not say which: how it is to be done ("on time").
_HOW_DONE: Final = frozenset({"on time", "on schedule", "on budget", "in time"})


# Words of how much of it, which say no more of which: "the *whole* project".
_WHOLE: Final = frozenset({"whole", "entire", "current", "upcoming"})
# Particles of a phrasal verb before its object: "hand *in* my work".
_BEFORE_OBJECT: Final = _PARTICLES | {"in"}


def _work_in_general(said: Sequence[str], rest: Sequence[str], timed: bool) -> bool:
    """Whether *said* reads "the project", "our new product", with nothing after (*rest*).

    A time frame right after (*timed*) says when, not which: "complete the plan *within
    four weeks*".
    """
    if said and said[0] in _BEFORE_OBJECT:
        said = said[1:]  # "hand *in* my work"
    if len(said) < 2 or said[-1] not in WORK_IN_GENERAL or said[0] not in _KNOWN_TO_SPEAKER:
        return False
    if not all(word in _RANKS or word in _UNNAMING or word in _WHOLE for word in said[1:-1]):
        return False  # "my science project", "the Apollo project": which one is said
    after = " ".join(rest[:2]).lower().strip(".,;:!?")
    return timed or not rest or not rest[0][:1].isalnum() or after in _HOW_DONE


def _unnamed_kind(said: Sequence[str], named_language: bool) -> bool:
    """Whether lower-cased words read "a" (or "another", "two other" ...) then a kind, no name."""
    if len(said) < 2 or said[-1] not in KINDS:
        return False
    if said[-1] in _LANGUAGE_KINDS:
        return not named_language and (said[0] in _INDEFINITE or said[1] in _RANKS)
    return said[0] in _INDEFINITE and all(
        word in KINDS or word in _RANKS or word in _UNNAMING or word.endswith("-related")
        for word in said[1:-1]
    )  # "an SQL course", "a dissertation topic": the kind is named


# Places that are everywhere a thing of a kind could be: "launch a new product *in the
# market*", "a job *in my field*" (as `UNNAMED_OUTCOMES` reads them) say where, not which.
_EVERYWHERE: Final = frozenset(
    "market markets field industry area world workplace sector".split()  # noqa: SIM905
)


def _anywhere(rest: Sequence[str]) -> bool:
    """Whether words after an object read "in the market", "in my field": nowhere in particular."""
    words = [word.lower().strip(".,;:!?") for word in rest[:3]]
    return (
        len(words) == 3 and words[0] == "in" and words[1] in DETERMINERS and words[2] in _EVERYWHERE
    )


def unnamed_kinds(
    text: str, found: Sequence[Action], frames: Sequence[Span]
) -> tuple[Wording, ...]:
    """Actions on one thing of a kind, none named: "Pass a work-related test".

    The object is "a", "an", "one", "another" or "any", then only words of
    rank, fit or praise ("a *decent* draft", "an *advanced* degree", "a *new*
    product") or other kinds ("a *project* milestone"), ending on a noun of
    `KINDS`, with nothing after it saying which ("a test *of* fire safety";
    a time frame after it says when, not which). What is said to be *in* or
    *of* such a thing names none either ("1000 words in another language"). A
    language is named only by its name ("learn a new programming language").
    Whatever one works on, said with "the" or an owner and nothing saying which
    (`WORK_IN_GENERAL`: "Deliver the project on time", "finish my work by Friday"),
    names none either. Each is the words from the verb to the noun. Read by the Specific rules
    only: a thing of a kind is still done or not, so Measurable reads it as
    before.

    Examples:
        >>> from goalkit._text.lexicon import DEFAULT_LEXICON
        >>> from goalkit._text.tokens import tokenize
        >>> text = "Pass a work-related test"
        >>> found = actions(text, tokenize(text), DEFAULT_LEXICON, [])
        >>> unnamed_kinds(text, found, ())
        (Wording(text='Pass a work-related test', start=0, end=24),)
        >>> text = "Pass the Series 7 test"
        >>> unnamed_kinds(text, actions(text, tokenize(text), DEFAULT_LEXICON, []), ())
        ()
    """
    lowered = text.lower()
    if not _names_a_kind(lowered):
        return ()  # no noun of a kind anywhere: most statements
    unnamed: list[Wording] = []
    named_language: bool | None = None
    for action in found:
        if not action.object:
            continue
        end = action.end
        for frame in frames:
            if action.end - len(action.object) < frame.start < end:
                end = frame.start  # "an exam *next month*": the object ends where when begins
        end = action.start + len(text[action.start : end].rstrip())
        rest = text[end:].split(None, 4)
        within = (
            rest[1:] if rest and rest[0].lower() in _WITHIN else ()
        )  # "1000 words *in another language*"
        object_words = action.object.split()
        if (
            KINDS.isdisjoint(object_words)
            and WORK_IN_GENERAL.isdisjoint(object_words)
            and not any(word.lower().strip(".,;:!?") in KINDS for word in within)
        ):
            continue  # most actions: a cheap test first
        if named_language is None:
            named_language = not LANGUAGES.isdisjoint(re.findall(r"[a-z]+", lowered))
        said = text[action.end - len(action.object) : end].lower().split()
        if said[:2] == ["at", "least"]:
            said = said[2:]  # "have *at least* a decent draft"
        for size in range(2, len(within) + 1):
            inner = [word.lower().strip(".,;:!?") for word in within[:size]]
            if _unnamed_kind(inner, named_language):
                last = within[size - 1].rstrip(".,;:!?")
                end = text.index(last, end) + len(last)
                unnamed.append(Wording(text[action.start : end], action.start, end))
                break
        else:
            timed = bool(frames) and any(
                frame.start >= end and not text[end : frame.start].strip() for frame in frames
            )
            if said and said[-1] in WORK_IN_GENERAL and _work_in_general(said, rest, timed):
                unnamed.append(Wording(text[action.start : end], action.start, end))
                continue  # "Deliver the project on time": which project?
            if not _unnamed_kind(said, named_language):
                continue
            following = rest[0].lower().strip("(,.;:!?") if rest else ""
            if (
                said[-1] not in _LANGUAGE_KINDS
                and following in _SAYING_WHICH
                and not _anywhere(rest)
                and not timed
            ):
                continue  # "a test of fire safety"; "a new product within 6 months" says when
            unnamed.append(Wording(text[action.start : end], action.start, end))
    return tuple(unnamed)
