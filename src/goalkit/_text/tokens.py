"""The tokenizer: a statement cut into words, numbers and punctuation, with positions.

Every reader in this package works on the same tokens, and every result
points back into the statement with `start` and `end`, so
`text[start:end]` is always the words a finding was read from.

Patterns are matched against lower-cased text without IGNORECASE, which
is about twice as fast; `searchable` falls back to the original text (and
`both` provides the case-insensitive pattern for it) when lower-casing
changes the text's length, so that positions still line up.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple, Protocol

__all__ = [
    "Span",
    "Token",
    "both",
    "has_digit",
    "overlaps",
    "searchable",
    "tokenize",
    "tokens_of",
]


def both(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern for lower-cased text, and a case-insensitive one for other text.

    Index the pair with the second item `searchable` returns.

    Examples:
        >>> lowered, folding = both(r"\\bsoon\\b")
        >>> bool(lowered.search("soon")), bool(folding.search("SOON"))
        (True, True)
    """
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


def searchable(text: str) -> tuple[str, int]:
    """The text to match patterns against, and which pattern of a `both` pair to use.

    Lower-cased text and 0 when lower-casing keeps every position; else the
    text itself and 1 (the case-insensitive pattern).

    Examples:
        >>> searchable("Give Five Talks")
        ('give five talks', 0)
        >>> searchable("İstanbul")[1]
        1
    """
    global _last_searchable
    last, answer = _last_searchable
    if last is text:
        return answer  # the readers of one statement ask in turn, of the same string
    lowered = text.lower()
    answer = (lowered, 0) if len(lowered) == len(text) else (text, 1)
    _last_searchable = (text, answer)
    return answer


# The last text `searchable` was asked about, and its answer (strings never change).
_last_searchable: tuple[str | None, tuple[str, int]] = (None, ("", 0))


def has_digit(text: str) -> bool:
    """Whether *text* holds a digit (any Unicode decimal digit, as the patterns' `\\d`).

    A test for the readers whose patterns all need a digit: half of all
    statements have none. In ASCII text it is ten substring tests, each a
    `memchr` in C (some 2,000 instructions against 5,000 for a search of `\\d`).

    Examples:
        >>> has_digit("Give five talks"), has_digit("Give 5 talks"), has_digit("Run ٣ km")
        (False, True, True)
    """
    if text.isascii():
        return (
            "0" in text
            or "1" in text
            or "2" in text
            or "3" in text
            or "4" in text
            or "5" in text
            or "6" in text
            or "7" in text
            or "8" in text
            or "9" in text
        )
    return _DIGIT_RE.search(text) is not None


_DIGIT_RE: Final = re.compile(r"\d")


class Span(Protocol):
    """Anything found in a statement: it covers `text[start:end]`."""

    @property
    def start(self) -> int: ...  # pragma: no cover - a protocol

    @property
    def end(self) -> int: ...  # pragma: no cover - a protocol


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share at least one character.

    Examples:
        >>> overlaps(Token("give", "give", 0, 4, True), Token("talks", "talks", 3, 8, True))
        True
        >>> overlaps(Token("give", "give", 0, 4, True), Token("talks", "talks", 4, 9, True))
        False
    """
    return a.start < b.end and b.start < a.end


_TOKEN_RE: Final = re.compile(
    # What comes before a token and is none: spaces, and the underscores no token holds
    # (group 1). Every match starts where the last one ended, so `findall`'s strings give
    # every position by their lengths, without a match object per token. Nothing after a
    # token can fail, so its repeats are possessive (`*+`): no state kept to backtrack into.
    r"([\s_]*+)("
    # The lookahead spares every word and space the two number forms' attempts.
    # 1,000 and 12,500.50, also glued to a unit: 1,500mg, $2,000k
    # (not "1,000-word": that is one word; but "$1,000-$2,000" is two numbers)
    r"(?=\d)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[a-zA-Z]+)?(?!\w|-\w)"
    # 2.5, also before a full stop (1.2.3 is no decimal); glued to its unit: 2.5kg, $1.2M
    r"|\d+\.\d+(?:[a-zA-Z]+)?(?![\w-]|\.\d))"
    r"|[^\W_]+(?:[-'’–][^\W_]+)*+"  # words, 360-degree, twenty-one, 10k, 7–8
    # Punctuation (group 3, inside the token's group 2): empty for a word or number.
    r"|([^\w\s]))"
)


class Token(NamedTuple):
    """One word, number or punctuation mark of a statement, and where it is.

    A NamedTuple, not an attrs class: a statement makes a dozen of these.
    """

    text: str
    lower: str
    start: int
    end: int
    word: bool


def tokenize(text: str) -> list[Token]:
    """The statement's tokens, in order: words and numbers (`word` is true) and punctuation.

    Examples:
        >>> [(t.text, t.word) for t in tokenize("Raise $5,000 (twenty-one donors)")]
        [('Raise', True), ('$', False), ('5,000', True), ('(', False), ('twenty-one', True), ('donors', True), (')', False)]
    """  # noqa: E501 - a doctest's expected output is one line
    # tuple.__new__ builds each Token without a Python-level call: the reader's hot loop.
    # `findall` hands over each token's strings at C speed: what came before it (nothing
    # but spaces and underscores, so its start is the last token's end plus their length),
    # the token, and the mark when it is punctuation. (Match objects, read with `start()`,
    # `end()` and `lastindex`, counted 8 % more instructions; a map/zip form over them 11 %
    # more again.)
    global _last_tokens
    new = tuple.__new__
    tokens: list[Token] = []
    add = tokens.append
    end = 0
    for before, word, mark in _TOKEN_RE.findall(text):
        start = end + len(before)
        end = start + len(word)
        add(new(Token, (word, word.lower(), start, end, not mark)))
    _last_tokens = (text, tokens)
    return tokens


def tokens_of(text: str) -> list[Token]:
    """`tokenize(text)`, without cutting the text again when it was the last one cut.

    The statement's readers tokenize it first; the learned reading of Specific
    (`broadness`) reads the same string later, and takes the same tokens. The
    list is shared with whoever asked `tokenize` for it: read it, never change it.

    Examples:
        >>> text = "Give five talks"
        >>> tokens = tokenize(text)
        >>> tokens_of(text) is tokens, tokens_of("Give five talks!") == tokenize("Give five talks!")
        (True, True)
    """
    last, tokens = _last_tokens
    return tokens if last is text else tokenize(text)


# The last text `tokenize` cut, and its tokens (replaced whole, so a thread never pairs one
# text with another's tokens; no reader changes a list of tokens).
_last_tokens: tuple[str | None, list[Token]] = (None, [])
