"""Text analysis of goal statements: quantities, time frames, vague wording, actions.

The tables below are the specification: each row is a phrasing people use
and what the analysis must read from it. Negative rows say what must *not*
be read (a year is not a count, "in 5 years" is a time frame and not a
target, "one-on-one" counts nothing).
"""

from __future__ import annotations

import datetime
import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import GoalkitDeprecationWarning, TimeFrameKind, analyze_text
from goalkit._text import (
    DEFAULT_LEXICON,
    Lexicon,
    _analyze,
    analyze,
    inflections,
    lemma,
    parse_number_words,
)

START = datetime.date(2027, 1, 15)

# (statement, [(value, noun, percent), ...])
QUANTITIES: list[tuple[str, list[tuple[float, str, bool]]]] = [
    # digits, decimals, separators, suffixes
    ("Give 5 presentations", [(5, "presentations", False)]),
    ("Sell 1,200 licences", [(1200, "licences", False)]),
    ("Cut response time by 2.5 hours", [(2.5, "hours", False)]),
    ("Reach 10k followers", [(10_000, "followers", False)]),
    ("Raise $5,000 for charity", [(5000, "", False)]),
    ("Onboard 2000 users", [(2000, "users", False)]),
    ("Read 3-5 books on leadership", [(3, "books", False)]),
    ("Lose 5 - 10 kg", [(10, "kg", False)]),  # a spaced range: its first number is no count
    ("Raise $5,000 – for charity", [(5000, "", False)]),  # a dash alone is no range
    ("Cut response time by 2.5.", [(2.5, "", False)]),
    ("Practise 10 hours of public speaking every week", [(10, "hours", False)]),
    # number words
    ("Give five presentations", [(5, "presentations", False)]),
    ("Write twelve blog posts", [(12, "posts", False)]),
    ("Interview twenty-one candidates", [(21, "candidates", False)]),
    ("Interview twenty one candidates", [(21, "candidates", False)]),
    ("Read a dozen books", [(12, "books", False)]),
    ("Read two dozen books", [(24, "books", False)]),
    ("Read half a dozen books", [(6, "books", False)]),
    ("Mentor three hundred and fifty students", [(350, "students", False)]),
    ("Attend four industry-specific events", [(4, "events", False)]),
    ("Hold zero unplanned releases", [(0, "releases", False)]),
    # percentages
    ("Increase retention by 15%", [(15, "", True)]),
    ("Increase retention by 15 percent", [(15, "", True)]),
    ("Increase retention by fifteen per cent", [(15, "", True)]),
    ("Achieve a 30% increase in professional satisfaction", [(30, "increase", True)]),
    # quantities beside time frames: only the count is a quantity
    (
        "I want to enhance my public speaking skills by giving five presentations "
        "in the next three months",
        [(5, "presentations", False)],
    ),
    (
        "Improve networking skills within six months by attending four industry-specific events",
        [(4, "events", False)],
    ),
    ("Run 3 times a week for six weeks", [(3, "times", False)]),
    ("Publish 2 articles by June 2027", [(2, "articles", False)]),
    # negatives: nothing here is a count
    ("Aim for a managerial position in 5 years", []),
    ("Learn a new software within 2 months", []),
    ("Hold one-on-one meetings with my mentor", []),
    ("Collect 360-degree feedback", []),
    ("Attend a 3-day workshop", []),
    ("Learn Python 3", []),
    ("Meet at 9:30 every Monday", []),
    ("Win the 2027 award", []),
    ("Finish one of the courses", []),
    ("Be the first to ship", []),
    ("No one is left behind", []),
    ("Publish a report", []),
]

# (statement, [(time frame text, due from START), ...])
TIME_FRAMES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Give 5 presentations in the next three months", [("in the next three months", "2027-04-15")]),
    ("Learn a new software within 2 months", [("within 2 months", "2027-03-15")]),
    ("Improve networking skills within six months", [("within six months", "2027-07-15")]),
    ("Aim for a managerial position in 5 years", [("in 5 years", "2032-01-15")]),
    ("Lead a team in five years' time", [("in five years' time", "2032-01-15")]),
    ("Ship the beta over the next quarter", [("over the next quarter", "2027-04-15")]),
    (
        "Move into a leadership role within the next two years",
        [("within the next two years", "2029-01-15")],
    ),
    ("Onboard 5 clients in the next 90 days", [("in the next 90 days", "2027-04-15")]),
    ("Run for six weeks", [("for six weeks", "2027-02-26")]),
    ("Hire in 2-3 months", [("in 2-3 months", "2027-04-15")]),
    ("Be promoted a year from now", [("a year from now", "2028-01-15")]),
    ("Fix it within a fortnight", [("within a fortnight", "2027-01-29")]),
    ("Certify in a year", [("in a year", "2028-01-15")]),
    ("Publish by June 2027", [("by June 2027", "2027-06-30")]),
    ("Publish by 2027-06-30", [("by 2027-06-30", "2027-06-30")]),
    ("Publish by 30 June 2027", [("by 30 June 2027", "2027-06-30")]),
    ("Publish by June 30, 2027", [("by June 30, 2027", "2027-06-30")]),
    ("Publish by the 1st of March", [("by the 1st of March", "2027-03-01")]),
    ("Publish by March", [("by March", "2027-03-31")]),
    ("Publish before May", [("before May", "2027-05-31")]),
    ("Publish by January", [("by January", "2027-01-31")]),
    ("Publish by the end of the quarter", [("by the end of the quarter", "2027-03-31")]),
    ("Publish by the end of the year", [("by the end of the year", "2027-12-31")]),
    ("Publish by the end of next quarter", [("by the end of next quarter", "2027-06-30")]),
    ("Publish by end of Q3", [("by end of Q3", "2027-09-30")]),
    ("Publish by Q2 2027", [("by Q2 2027", "2027-06-30")]),
    ("Publish in 2027", [("in 2027", "2027-12-31")]),
    ("Publish by the end of 2027", [("by the end of 2027", "2027-12-31")]),
    ("Publish by year-end", [("by year-end", "2027-12-31")]),
    ("Publish this year", [("this year", "2027-12-31")]),
    ("Publish next quarter", [("next quarter", "2027-06-30")]),
    ("Publish by the end of the week", [("by the end of the week", "2027-01-17")]),
    ("Publish by the end of the month", [("by the end of the month", "2027-01-31")]),
    # negatives: frequencies and vague timing are not deadlines
    ("Post twice a week", []),
    ("Run 3 times per month", []),
    ("Meet my mentor monthly", []),
    ("I may give talks", []),
    ("Get promoted soon", []),
    ("Get promoted in the coming months", []),
    ("Publish by 2027-02-30", []),
    ("Onboard 2000 users", []),
    ("Read a book every year", []),
]

# (statement, vague wording found)
VAGUE: list[tuple[str, list[str]]] = [
    ("I want to improve my skills", ["improve my skills"]),
    ("Get better at my job", ["Get better"]),
    ("Be more confident", ["Be more"]),
    ("Work on my career", ["Work on my career"]),
    ("Gaining new perspectives", ["Gaining new perspectives"]),
    ("Developing a new skill set", ["Developing a new skill set"]),
    ("Improve my overall professional skills", ["Improve my overall professional skills"]),
    ("Enhance my public speaking skills", []),
    ("Improve networking skills", []),
    ("Give five presentations", []),
]

# (statement, [(verb, object), ...])
ACTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Give five presentations", [("give", "five presentations")]),
    ("I want to improve my skills", [("improve", "my skills")]),
    (
        "Improve networking skills within six months by attending four industry-specific events",
        [("improve", "networking skills"), ("attend", "four industry-specific events")],
    ),
    ("Aim for a managerial position in 5 years", [("aim", "for a managerial position")]),
    ("Nurturing leadership skills", [("nurture", "leadership skills")]),
    ("Speak at a conference", [("speak", "at a conference")]),
    ("Raise $5,000 for charity", [("raise", "$5,000")]),
    ("Networking", []),
    ("Career planning", []),
    ("Skill development", []),
    ("Problem-solving skills", []),
]


@pytest.mark.parametrize(("statement", "expected"), QUANTITIES, ids=[q[0] for q in QUANTITIES])
def test_quantities(statement: str, expected: list[tuple[float, str, bool]]) -> None:
    """Each phrasing yields exactly the counts it states, with the noun counted."""
    found = [(q.value, q.noun, q.percent) for q in analyze_text(statement).quantities]
    assert found == expected


@pytest.mark.parametrize(("statement", "expected"), TIME_FRAMES, ids=[t[0] for t in TIME_FRAMES])
def test_time_frames(statement: str, expected: list[tuple[str, str]]) -> None:
    """Each time-frame form is found, with its words and the due date it gives from a start."""
    frames = analyze_text(statement).time_frames
    assert [(f.text, f.due_from(START).isoformat()) for f in frames] == expected


@pytest.mark.parametrize(("statement", "expected"), VAGUE, ids=[v[0] for v in VAGUE])
def test_vague_wording(statement: str, expected: list[str]) -> None:
    """Vague wording is found; wording with a concrete object is not."""
    assert [w.text for w in analyze_text(statement).vague] == expected


@pytest.mark.parametrize(("statement", "expected"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_actions(statement: str, expected: list[tuple[str, str]]) -> None:
    """Action verbs are found in any form, with their objects; named activities are not actions."""
    assert [(a.verb, a.object) for a in analyze_text(statement).actions] == expected


def test_table_covers_at_least_sixty_phrasings() -> None:
    """The specification tables hold at least 60 phrasings, negatives included."""
    assert len(QUANTITIES) + len(TIME_FRAMES) + len(VAGUE) + len(ACTIONS) >= 60
    negatives = [s for s, q in QUANTITIES if not q] + [s for s, t in TIME_FRAMES if not t]
    assert len(negatives) >= 15


def test_number_in_a_time_frame_is_not_a_target() -> None:
    """In "in 5 years" the 5 is read as a time frame and never as a quantity."""
    analysis = analyze_text("Aim for a managerial position in 5 years")
    assert analysis.quantities == ()
    assert analysis.time_frames[0].amount == 5
    assert analysis.time_frames[0].unit == "year"


def test_month_arithmetic_never_drifts_past_month_end() -> None:
    """Three months from 31 January is 30 April, and one month is 28 or 29 February."""
    frame = analyze_text("in the next three months").time_frames[0]
    assert frame.due_from(datetime.date(2027, 1, 31)) == datetime.date(2027, 4, 30)
    one = analyze_text("within a month").time_frames[0]
    assert one.due_from(datetime.date(2027, 1, 31)) == datetime.date(2027, 2, 28)
    assert one.due_from(datetime.date(2028, 1, 31)) == datetime.date(2028, 2, 29)


def test_month_without_year_is_the_next_one_on_or_after_start() -> None:
    """'By March' read from a start in April means March of the next year."""
    frame = analyze_text("Publish by March").time_frames[0]
    assert frame.due_from(datetime.date(2027, 4, 1)) == datetime.date(2028, 3, 31)
    assert frame.fixed_date is None


def test_fixed_date_needs_no_start() -> None:
    """A date with its year is fixed by the text alone."""
    assert analyze_text("by 2027-06-30").time_frames[0].fixed_date == datetime.date(2027, 6, 30)
    assert analyze_text("by June 2027").time_frames[0].kind is TimeFrameKind.DATE


def test_fractional_amounts_become_days() -> None:
    """A fractional amount ("within 1.5 months") is a month and about fifteen days."""
    frame = analyze_text("within 1.5 months").time_frames[0]
    assert frame.due_from(datetime.date(2027, 1, 1)) == datetime.date(2027, 2, 16)


def test_vague_timing_is_reported_but_sets_no_deadline() -> None:
    """Vague timing ("soon", "eventually") is noted, and never read as a time frame."""
    analysis = analyze_text("Get promoted soon, eventually")
    assert [w.text for w in analysis.vague_timing] == ["soon", "eventually"]
    assert analysis.time_frames == ()


def test_positions_point_at_the_words() -> None:
    """Every finding's start and end slice the statement back to its text."""
    statement = "Enhance my speaking by giving five talks within 2 months"
    analysis = analyze_text(statement)
    for item in (*analysis.quantities, *analysis.time_frames, *analysis.vague):
        assert statement[item.start : item.end] == item.text


def test_word_count_counts_words_and_words_is_its_deprecated_name() -> None:
    """word_count counts the words; the old name `words` still answers, with a warning."""
    analysis = analyze_text("Give five talks, in 2 months!")
    assert analysis.word_count == 6
    with pytest.warns(GoalkitDeprecationWarning, match="word_count"):
        assert analysis.words == 6


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["five"], (5, 1)),
        (["twenty-one", "talks"], (21, 1)),
        (["twenty", "one"], (21, 2)),
        (["a", "dozen"], (12, 2)),
        (["two", "thousand", "users"], (2000, 2)),
        (["a", "hundred"], (100, 2)),
        (["five", "six"], (5, 1)),
        (["dozen"], None),
        (["hundred"], None),
        (["a", "job"], None),
    ],
)
def test_parse_number_words(words: list[str], expected: tuple[int, int] | None) -> None:
    """Number words are read greedily from the start, and nothing else is a number."""
    assert parse_number_words(words) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("giving", "give"),
        ("attending", "attend"),
        ("running", "run"),
        ("wrote", "write"),
        ("studies", "study"),
        ("published", "publish"),
        ("presentations", None),
    ],
)
def test_lemma(word: str, expected: str | None) -> None:
    """Inflected verbs are traced to their base form in the lexicon."""
    assert lemma(word, Lexicon().action_verbs) == expected


def test_inflections_round_trip_through_lemma() -> None:
    """Every inflection of every default action verb leads back to that verb."""
    verbs = Lexicon().action_verbs
    for verb in verbs:
        for form in inflections(verb):
            assert lemma(form, verbs) in verbs


def test_custom_lexicon_changes_what_counts_as_an_action() -> None:
    """A verb added to the lexicon is recognised; without it the statement has no action."""
    # Issue 10: "Upskill the support team" is read as an action without the lexicon now;
    # before an -ing noun an unknown word still reads as a topic ("Career planning").
    statement = "Upskill engineering teams"
    assert analyze(statement).actions == ()
    lexicon = Lexicon(action_verbs=Lexicon().action_verbs | {"upskill"})
    assert [a.verb for a in analyze(statement, lexicon).actions] == ["upskill"]


def test_a_decimal_at_the_end_of_a_sentence_is_one_number() -> None:
    """A full stop after "2.5" ends the sentence; it does not split the number in two."""
    assert [q.value for q in analyze_text("Cut response time by 2.5.").quantities] == [2.5]
    assert [q.value for q in analyze_text("Run 10.5 km.").quantities] == [10.5]
    assert analyze_text("Learn Python 3.11.").quantities == ()  # a version after a name


def test_a_time_frame_past_the_calendar_says_so() -> None:
    """A frame such as "in 8000 years" is read, but due_from raises OverflowError: no such date."""
    frame = analyze_text("Retire in 8000 years").time_frames[0]
    with pytest.raises(OverflowError, match="beyond the calendar"):
        frame.due_from(START)


def test_a_number_too_large_to_be_finite_counts_nothing() -> None:
    """Hundreds of digits overflow a float; the reader reads no quantity rather than infinity."""
    assert analyze_text("Sell " + "9" * 400 + " cars").quantities == ()


# Every phrasing in the tables, alone and with text around it, and arbitrary text.
PHRASINGS = [row[0] for table in (QUANTITIES, TIME_FRAMES, VAGUE, ACTIONS) for row in table]
STATEMENTS = st.one_of(
    st.text(max_size=200),
    st.sampled_from(PHRASINGS),
    st.builds(
        lambda head, tail, glue: f"{head}{glue}{tail}",
        st.sampled_from(PHRASINGS),
        st.sampled_from(PHRASINGS) | st.text(max_size=40),
        st.sampled_from([" ", ", ", " and ", "; ", " by "]),
    ),
)
# Days per unit, to tell a time frame beyond the calendar from a reader's mistake.
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 28, "quarter": 89, "year": 365}


@given(STATEMENTS)
def test_every_reading_is_a_span_of_the_statement(statement: str) -> None:
    """Any text is read without error into findings that slice back to their own words,
    in order, with finite counts, and with time frames that end on or after a start."""
    analysis = analyze_text(statement)
    assert analysis.text == statement
    for item in (*analysis.quantities, *analysis.time_frames, *analysis.vague,
                 *analysis.vague_timing):  # fmt: skip
        assert 0 <= item.start < item.end <= len(statement)
        assert statement[item.start : item.end] == item.text
    for action in analysis.actions:
        assert 0 <= action.start < action.end <= len(statement)
        assert statement[action.start : action.start + len(action.text)] == action.text
        # The action's words are a form of its verb (issue 10: any English verb, so the
        # verb need not be in the lexicon's list).
        assert lemma(action.text, Lexicon().action_verbs | {action.verb}) == action.verb
    for found in (analysis.quantities, analysis.time_frames, analysis.vague, analysis.actions):
        assert [item.start for item in found] == sorted(item.start for item in found)
    frames = analysis.time_frames
    for earlier, later in itertools.pairwise(frames):
        assert earlier.end <= later.start  # time frames never overlap
    for quantity in analysis.quantities:
        assert math.isfinite(quantity.value)
        assert quantity.value >= 0
        assert quantity.noun == "" or quantity.noun in quantity.phrase.split()
        assert not any(f.start <= quantity.start < f.end for f in frames)  # time is no count
    words = [chunk for chunk in statement.split() if any(c.isalnum() for c in chunk)]
    assert len(words) <= analysis.word_count <= sum(c.isalnum() for c in statement)
    for frame in frames:
        try:
            due = frame.due_from(START)
        except (OverflowError, ValueError):
            # Only an amount of time past the calendar's end (year 9999) may not be a date.
            assert frame.kind is TimeFrameKind.RELATIVE
            assert frame.amount is not None
            assert frame.unit is not None
            assert frame.amount * UNIT_DAYS[frame.unit] > (datetime.date.max - START).days
            continue
        if frame.kind is TimeFrameKind.DATE and frame.year is not None:
            assert due.year == frame.year
        else:
            assert due >= START  # relative, period-end and yearless frames look forward
    assert _analyze.__wrapped__(statement, DEFAULT_LEXICON) == analysis  # deterministic


@given(STATEMENTS, st.sampled_from([". Thanks.", "! Call me.", ".\n\nNotes follow."]))
def test_an_added_sentence_keeps_what_was_read(statement: str, added: str) -> None:
    """Another sentence after a statement leaves everything read in the statement as it was."""
    before = analyze_text(statement)
    after = analyze_text(statement + added)
    for name in ("quantities", "time_frames", "vague", "vague_timing", "actions"):
        found = getattr(before, name)
        assert getattr(after, name)[: len(found)] == found, name


@given(
    st.sampled_from([s for s, _ in QUANTITIES] + [s for s, _ in TIME_FRAMES]),
    st.sampled_from(["", " ", "  "]),
)
def test_analysis_ignores_surrounding_whitespace(statement: str, padding: str) -> None:
    """Padding a statement with spaces changes no value read from it."""
    plain = analyze_text(statement)
    padded = analyze_text(padding + statement + padding)
    assert [q.value for q in plain.quantities] == [q.value for q in padded.quantities]
    assert [f.text for f in plain.time_frames] == [f.text for f in padded.time_frames]
