"""The shortcuts taken for speed give what the long way gives.

Each test pins one shortcut of the reader or the rules against the plain
computation it replaced: the tokens, whether a text holds a digit, the memo
of `searchable`, the one lexicon the default policy and `draft` share, the
memo of Specific's blocked test, the context `assess` builds, the shared
passing result, the ids, a plain goal's checks in one test, the vague pattern's gate,
Measurable's change had asked of each action, the zero rules' look-ahead.
"""

from __future__ import annotations

import datetime
import re
import types

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import goalkit
from goalkit import (
    Ambition,
    Criterion,
    CriterionResult,
    Goal,
    GoalKind,
    KeyResult,
    Outcome,
    SmartPolicy,
    ValidationError,
    analyze_text,
    assess,
)
from goalkit._model import goal as goal_module
from goalkit._model.checks import new_id
from goalkit._smart import specific
from goalkit._smart.policy import DEFAULT_POLICY, SmartContext
from goalkit._text import dates, measures, numbers
from goalkit._text.lexicon import DEFAULT_LEXICON
from goalkit._text.tokens import _TOKEN_RE, Token, has_digit, searchable, tokenize

WORDS = st.sampled_from(
    ["Run", "5k", "twice", "a", "week", "1,200", "2.5kg", "İstanbul", "—", "(", "don't",
     "twenty-one", "by", "June", "$", "3.", "x_y", "  ", "\t", "naïve", "Q2"]
)  # fmt: skip
STATEMENTS = st.one_of(st.lists(WORDS, max_size=12).map(" ".join), st.text(max_size=40))


def _tokens_one_by_one(text: str) -> list[Token]:
    # The plain loop, with a Token built the ordinary way: the token is the pattern's
    # group 2, where the match object says it is.
    return [
        Token(m[2], m[2].lower(), m.start(2), m.end(2), m[2][0].isalnum())
        for m in _TOKEN_RE.finditer(text)
    ]


@given(STATEMENTS)
def test_tokens_are_those_read_one_by_one(text: str) -> None:
    tokens = tokenize(text)
    assert tokens == _tokens_one_by_one(text)
    assert all(type(token) is Token for token in tokens)
    assert all(text[token.start : token.end] == token.text for token in tokens)
    # Nothing is skipped between tokens but spaces and underscores, which no token holds.
    ends = [0, *(token.end for token in tokens)]
    starts = [token.start for token in tokens] + [len(text)]
    assert all(re.fullmatch(r"[\s_]*", text[a:b]) for a, b in zip(ends, starts, strict=True))


@given(st.one_of(STATEMENTS, st.text(alphabet="ab 7٣۵߁𝟘½²", max_size=8)))
def test_has_digit_is_a_search_for_one(text: str) -> None:
    # Unicode digits too ("٣"), as the patterns' \d; not "½" or "²", which are no digits.
    assert has_digit(text) is (re.search(r"\d", text) is not None)


@given(st.lists(STATEMENTS, min_size=1, max_size=6))
def test_searchable_remembers_only_the_same_text(texts: list[str]) -> None:
    for text in texts + texts[::-1]:
        lowered = text.lower()
        expected = (lowered, 0) if len(lowered) == len(text) else (text, 1)
        assert searchable(text) == expected
        assert searchable(text) == expected  # asked again, of the same string


def test_the_default_policy_reads_with_the_drafts_lexicon() -> None:
    # One object, so the statement cache finds a statement read by either at once.
    assert DEFAULT_POLICY._lexicon is DEFAULT_LEXICON
    assert SmartPolicy()._lexicon is DEFAULT_LEXICON
    tuned = SmartPolicy(action_verbs={"zorblify"})
    assert tuned._lexicon is not DEFAULT_LEXICON
    assert "zorblify" in tuned._lexicon.action_verbs


@given(st.lists(st.sampled_from(["Improve my skills", "Networking", "Bake bread weekly",
                                 "50 new leads", "Be more confident", "Walk daily to get fit"]),
                min_size=1, max_size=8))  # fmt: skip
def test_blocked_is_asked_of_each_analysis_afresh(titles: list[str]) -> None:
    for title in titles:
        analysis = analyze_text(title)
        assert specific._blocked(analysis) == specific._blocked_now(analysis)
        assert specific._blocked(analysis) == specific._blocked_now(analysis)


@given(st.sampled_from(["Give four talks by June 2027", "Networking", "Walk daily"]),
       st.booleans())  # fmt: skip
def test_a_context_built_for_assess_is_the_one_the_constructor_builds(
    title: str, in_a_plan: bool
) -> None:
    goal = Goal(title=title)
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"), goals=[goal]) if in_a_plan else None
    day = datetime.date(2027, 1, 4)
    built = SmartContext._of(plan, day, DEFAULT_POLICY, analyze_text(title))
    made = SmartContext(plan=plan, as_of=day, policy=DEFAULT_POLICY, analysis=analyze_text(title))
    assert type(built) is SmartContext
    assert built == made
    assert repr(built) == repr(made)
    assert built.status_of(goal) is made.status_of(goal)
    assert built.owner_of(goal) == made.owner_of(goal)


def test_what_assess_builds_sets_every_field_in_the_classes_own_order() -> None:
    """`built` sets the fields named; the names are the attrs classes' fields, all of them."""
    from goalkit._smart import findings, policy

    assert tuple(f.name for f in attrs.fields(SmartContext)) == policy._CONTEXT_FIELDS
    assert tuple(f.name for f in attrs.fields(findings.SmartReport)) == findings._REPORT_FIELDS
    with pytest.raises(ValueError, match="shorter"):
        findings.built(SmartContext, policy._CONTEXT_FIELDS, (None,))


def test_a_criterion_without_findings_shares_one_passing_result() -> None:
    first = assess(Goal(title="Give four talks at meetups by June 2027"),
                   as_of=datetime.date(2027, 1, 4))  # fmt: skip
    second = assess(Goal(title="Write two blog posts by May 2027"),
                    as_of=datetime.date(2027, 1, 4))  # fmt: skip
    assert type(first.results) is types.MappingProxyType
    assert list(first.results) == list(Criterion)
    empty = [c for c in Criterion if not first.results[c].findings]
    assert empty  # the case this test is about
    for criterion in empty:
        assert first.results[criterion] == CriterionResult(True, ())
        if not second.results[criterion].findings:
            assert second.results[criterion] is first.results[criterion]


def test_ids_are_twelve_random_hex_digits() -> None:
    ids = {new_id("g") for _ in range(200)}
    assert len(ids) == 200
    assert all(re.fullmatch(r"g-[0-9a-f]{12}", id_) for id_ in ids)


# Values each field of a goal may be given, good and bad alike.
_GOAL_FIELDS = {
    "title": st.sampled_from(["Run a 10K by June", "  ", "", "Bake bread", 7]),
    "id": st.sampled_from(["g-one", " g-one", "", "g-two", None]),
    "description": st.sampled_from(["", "Why and how", None]),
    "kind": st.sampled_from([GoalKind.LEARNING, "learning", None]),
    "owner": st.sampled_from([None, "ana", 3]),
    "start": st.sampled_from([None, datetime.date(2027, 1, 4), datetime.datetime(2027, 1, 4)]),
    "due": st.sampled_from([None, datetime.date(2026, 12, 1), datetime.date(2027, 6, 30), "x"]),
    "weight": st.sampled_from([1, 0, 2.5, -1, True, float("nan"), 10**16]),
    "parent_id": st.sampled_from([None, "g-one", "g-parent", ""]),
    "relevance": st.sampled_from(["", "The team needs it", b"bytes"]),
    "tags": st.sampled_from([(), ["okr:growth"], [""]]),
    "key_results": st.lists(
        st.sampled_from(
            [
                KeyResult(title="Talks given", target=4, id="kr-a"),
                KeyResult(title="Posts written", target=2, id="kr-b"),
                "not a key result",
            ]
        ),
        max_size=3,
    ),
    "ambition": st.sampled_from([Ambition.COMMITTED, Ambition.ASPIRATIONAL, "committed"]),
    "outcome": st.sampled_from([None, Outcome.ACHIEVED, "achieved"]),
    "carried_from": st.sampled_from([None, "g-old", " "]),
}


_PLAINLY_VALID = goal_module._plainly_valid


def _built(fields: dict[str, object]) -> object:
    try:
        return Goal(**fields)  # type: ignore[arg-type]
    except (ValidationError, TypeError) as error:
        return f"{type(error).__name__}: {error}"


@given(st.fixed_dictionaries({}, optional=_GOAL_FIELDS))
def test_a_goal_checked_in_one_test_is_checked_as_field_by_field(
    fields: dict[str, object],
) -> None:
    # The one test of a plain goal accepts only what the checks one by one accept.
    quick = _built(fields)
    try:
        goal_module._plainly_valid = lambda goal: False
        slow = _built(fields)
    finally:
        goal_module._plainly_valid = _PLAINLY_VALID
    if isinstance(quick, Goal):
        assert isinstance(slow, Goal)
        assert goalkit.to_dict(quick) == goalkit.to_dict(slow) | {"id": quick.id}
    else:
        assert quick == slow


def test_a_drafted_goal_is_checked_in_one_test() -> None:
    drafted = goalkit.draft("Give 4 talks and write 2 posts by June 2027",
                            start=datetime.date(2027, 1, 4))  # fmt: skip
    assert len(drafted.key_results) == 2
    assert _PLAINLY_VALID(drafted)
    assert not _PLAINLY_VALID(attrs.evolve(drafted, owner="ana"))


_SCHOOL_WORDS = st.lists(
    st.sampled_from(
        ["by", "the", "end", "of", "school", "year", "this", "semester", "term", "next",
         "first", "day", "starts", "IEP", "2026-2027", "2027", "academic", "after", "in",
         "two", "semesters", "long-term", "Run", "daily", ",", "for"]
    ),
    max_size=10,
).map(" ".join)  # fmt: skip


@given(_SCHOOL_WORDS)
def test_the_school_year_patterns_are_skipped_only_where_they_cannot_match(text: str) -> None:
    source, which = searchable(text)
    if which == 0 and not any(hint in source for hint in dates._SCHOOL_HINTS):
        assert list(dates._school(source, which)) == []


def _number_starts_one_by_one(tokens: list[Token]) -> list[int]:
    # The plain test, token by token, as it was before the lower-cased texts were read first.
    return [
        index
        for index, token in enumerate(tokens)
        if token.word
        and (
            token.lower[0].isdigit()
            or token.lower in numbers._NUMBER_START_WORDS
            or "-" in token.lower
            or (
                token.lower in numbers._ARTICLES
                and numbers._next_word(tokens, index) in numbers._AFTER_AN_ARTICLE
            )
        )
    ]


@given(STATEMENTS)
def test_number_starts_are_those_tested_one_by_one(text: str) -> None:
    tokens = tokenize(text)
    readings = numbers._readings(text, tokens, [])
    starts = _number_starts_one_by_one(tokens)
    assert {reading.at for reading in readings} <= set(starts)


_VAGUE_WORDS = st.lists(
    st.sampled_from(
        ["stay", "keep", "on", "top", "of", "my", "inbox", "make", "the", "most", "a", "high",
         "higher", "level", "Spanish", "improve", "skills", "be", "more", "–", "’s", "'",
         "Top", "OF", ",", "Stay"]
    ),
    max_size=10,
).map(" ".join)  # fmt: skip


@given(st.one_of(_VAGUE_WORDS, _VAGUE_WORDS.map(lambda text: text.replace(" ", ""))))
def test_the_vague_pattern_is_skipped_only_where_it_cannot_match(text: str) -> None:
    # The gate words ("top" of "stay on top of", not "of"): a statement with none of them
    # holds no vague phrase the pattern finds.
    assert DEFAULT_LEXICON.vague_patterns is not None
    source, which = searchable(text)
    words = frozenset(token.lower for token in tokenize(text))
    if DEFAULT_LEXICON.vague_words.isdisjoint(words):
        assert DEFAULT_LEXICON.vague_patterns[which].search(source) is None


def test_no_vague_phrase_is_gated_on_of() -> None:
    assert "of" not in DEFAULT_LEXICON.vague_words
    assert {"top", "most", "level"} <= DEFAULT_LEXICON.vague_words


_CHANGE_WORDS = st.lists(
    st.sampled_from(
        ["The", "patient", "will", "demonstrate", "Improved", "IMPROVEMENT", "mood", "show",
         "growth", "in", "reading", "make", "progress", "report", "a", "decrease", "pain",
         "Students", "monthly", "increases", "and", "write", "two", "essays", ",", "."]
    ),
    max_size=12,
).map(" ".join)  # fmt: skip
# The case-blind search that gated `a_change_had` before it was asked of each action.
_CHANGE_HAD_BEFORE = re.compile(
    r"progress|growth|gains|improve|increase|decrease|reduc", re.IGNORECASE
)


@given(_CHANGE_WORDS)
def test_a_change_had_is_read_only_where_the_old_search_found_one(text: str) -> None:
    # An action's object is the statement's own words, so the search that gated it
    # ("The patient will demonstrate improved mood", edu-5536's "demonstrate improved
    # participation") finds one wherever an action acts on a change had.
    for action in analyze_text(text).actions:
        if measures.a_change_had(action):
            assert _CHANGE_HAD_BEFORE.search(text) is not None


def test_a_change_had_is_still_not_done_and_one_thing_still_is() -> None:
    # hea-9116 "Give Up Soda for 40 Days" is no change; "demonstrate improved mood" is.
    assert [
        a.verb for a in analyze_text("The patient will demonstrate improved mood").completions
    ] == []
    assert [a.verb for a in analyze_text("Launch the rebrand").completions] == ["launch"]


_GIVING_UP_WORDS = st.lists(
    st.sampled_from(
        ["I", "will", "give", "Give", "gave", "giving", "up", "soda", "never", "not", "to",
         "don't", "won’t", "on", "my", "dreams", "try", "bread", "GIVE", "Up", "."]
    ),
    max_size=10,
).map(" ".join)  # fmt: skip


@given(_GIVING_UP_WORDS)
def test_the_zero_pattern_finds_what_it_found_before_its_look_ahead(text: str) -> None:
    # The same pattern without the "g" looked ahead before the "give up" look-behinds.
    whole = measures._ZERO.whole[0].pattern
    before = whole.replace("|(?=g)(?<!n['’]t", "|(?<!n['’]t", 1)
    assert before != whole
    source, which = searchable(text)
    flags = re.IGNORECASE if which else 0
    found = [m.span() for m in measures._ZERO.finditer(source, which)]
    assert found == [m.span() for m in re.finditer(before, source, flags)]


def test_giving_a_thing_up_is_still_a_zero_rule_and_never_giving_up_is_not() -> None:
    # hea-9118 and hea-12036 give soda up; "never give up" is a habit of mind.
    assert [w.text for w in analyze_text("I'm going to give up soda.").standards] == ["give up"]
    assert analyze_text("Never give up on my dreams").standards == ()
