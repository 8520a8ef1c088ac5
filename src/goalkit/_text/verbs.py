"""Verb forms: the base form of an inflected verb, and the forms of a base verb.

The readers compare verbs with the lexicon in their base form ("attending"
is "attend"), and build the vague-wording patterns from every form of a
base verb ("improve", "improves", "improving", "improved"). English is
regular enough for a few suffix rules plus the common irregular verbs
listed here; no dictionary is needed.
"""

from __future__ import annotations

import functools
from typing import Final

__all__ = ["IRREGULAR_PAST", "cached_lemma", "inflections", "lemma", "past_participle"]

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
    "break": "broken",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "catch": "caught",
    "choose": "chosen",
    "cut": "cut",
    "do": "done",
    "draw": "drawn",
    "drink": "drunk",
    "drive": "driven",
    "eat": "eaten",
    "feed": "fed",
    "feel": "felt",
    "find": "found",
    "fly": "flown",
    "forget": "forgotten",
    "get": "got",
    "give": "given",
    "go": "gone",
    "grow": "grown",
    "have": "had",
    "hear": "heard",
    "hit": "hit",
    "hold": "held",
    "keep": "kept",
    "know": "known",
    "lead": "led",
    "leave": "left",
    "lose": "lost",
    "make": "made",
    "meet": "met",
    "pay": "paid",
    "read": "read",
    "ride": "ridden",
    "rise": "risen",
    "run": "run",
    "say": "said",
    "see": "seen",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "sing": "sung",
    "sit": "sat",
    "sleep": "slept",
    "speak": "spoken",
    "spend": "spent",
    "stand": "stood",
    "swim": "swum",
    "take": "taken",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "throw": "thrown",
    "understand": "understood",
    "wear": "worn",
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
#: Irregular past forms and participles, and the base verb of each ("wrote" -> "write").
IRREGULAR_PAST: Final = _IRREGULAR_PAST
_DOUBLING: Final = frozenset(
    verb for verb, participle in _PARTICIPLE.items() if participle == verb + verb[-1] + "ed"
) | frozenset({"run", "swim", "win", "begin", "get", "hit", "cut", "set"})


def lemma(word: str, verbs: frozenset[str]) -> str | None:
    """The base form of *word* if it is an inflection of one of *verbs*, else None.

    Handles the base form, "-s", "-ing" and "-ed" forms and the common
    irregular past forms.

    Examples:
        >>> verbs = frozenset({"give", "attend", "run", "write", "present"})
        >>> lemma("giving", verbs), lemma("attending", verbs)
        ('give', 'attend')
        >>> lemma("running", verbs), lemma("wrote", verbs)
        ('run', 'write')
        >>> lemma("presentations", verbs) is None
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
        >>> past_participle("eat"), past_participle("have")
        ('eaten', 'had')
    """
    irregular = _PARTICIPLE.get(verb)
    if irregular is not None:
        return irregular
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ied"
    return verb + "ed"


@functools.lru_cache(maxsize=8192)
def cached_lemma(word: str, verbs: frozenset[str]) -> str | None:
    """`lemma`, remembered: words repeat across statements.

    A frozenset caches its hash, so the key is cheap. As many words as `english`'s word
    caches hold: the corpus's 8,549 statements ask about some 5,800 words, and a cache of
    4,096 forgot one in nine of them before it was asked again.

    Examples:
        >>> cached_lemma("giving", frozenset({"give"}))
        'give'
    """
    return lemma(word, verbs)
