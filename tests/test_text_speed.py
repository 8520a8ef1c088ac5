"""The sentence reader's shortcuts for speed find exactly what the plain ways find.

Each shortcut here is pinned by a differential property: the factored
pattern against the flat alternation it replaces, the cached reading
against a fresh one.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from goalkit._text import DEFAULT_LEXICON, _analyze, analyze
from goalkit._text.lexicon import (
    DEFAULT_VAGUE_OBJECTS,
    DEFAULT_VAGUE_PHRASES,
    DEFAULT_VAGUE_VERBS,
    _phrase_pattern,
    _phrase_trie,
)

# Words of the default vague lists and their neighbours, so that drawn texts hit the
# patterns often, with prefixes of one another ("get", "get better", "getting").
_PHRASES = sorted({*DEFAULT_VAGUE_PHRASES, *DEFAULT_VAGUE_VERBS, *DEFAULT_VAGUE_OBJECTS})
_WORDS = sorted({word for phrase in _PHRASES for word in phrase.split()} | {"a", "my", "-", "."})


class TestPhraseTrie:
    @given(
        phrases=st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=30),
        words=st.lists(st.sampled_from(_WORDS), max_size=12),
        spaces=st.sampled_from([" ", "  ", "\t"]),
    )
    def test_the_factored_pattern_finds_what_the_flat_one_finds(
        self, phrases: list[str], words: list[str], spaces: str
    ) -> None:
        """Every match of the factored alternation is the flat alternation's, in order."""
        text = spaces.join(words)
        flat = re.compile(rf"(?<![\w-])(?:{_phrase_pattern(phrases)})(?![\w-])")
        factored = re.compile(rf"(?<![\w-])(?:{_phrase_trie(phrases)})(?![\w-])")
        assert [m.span() for m in factored.finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ]

    def test_the_default_lists_read_the_same_with_either_pattern(self) -> None:
        """Over every default vague phrase, the two alternations match the same spans."""
        text = " and ".join(_PHRASES)
        flat = re.compile(rf"(?<![\w-])(?:{_phrase_pattern(_PHRASES)})(?![\w-])")
        factored = re.compile(rf"(?<![\w-])(?:{_phrase_trie(_PHRASES)})(?![\w-])")
        assert [m.span() for m in factored.finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ]

    def test_no_phrases_give_no_pattern(self) -> None:
        """An empty list gives an empty alternation, as `_phrase_pattern` does."""
        assert _phrase_trie([]) == _phrase_pattern([]) == ""


@given(st.lists(st.sampled_from([*_WORDS, "5", "talks", "by", "June", "within", "weeks"])))
def test_a_cached_reading_is_a_fresh_reading(words: list[str]) -> None:
    """What the reader's cache returns equals what reading the statement afresh gives."""
    text = " ".join(words)
    first = analyze(text, DEFAULT_LEXICON)
    assert analyze(text, DEFAULT_LEXICON) is first  # from the cache
    assert _analyze.__wrapped__(text, DEFAULT_LEXICON) == first
