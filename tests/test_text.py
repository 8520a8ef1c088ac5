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
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import GoalkitDeprecationWarning, TimeFrameKind, analyze_text
from goalkit._text import (
    DEFAULT_LEXICON,
    Lexicon,
    _analyze,
    analyze,
    english,
    inflections,
    lemma,
    parse_number_words,
    wording,
)
from goalkit._text import dates as dates_module
from goalkit._text import measures as measures_module
from goalkit._text import time_frames as time_frames_module
from goalkit._text.tokens import tokenize
from goalkit._text.wording import actions, unnamed_objects

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
    ("Lose 5 - 10 kg", [(5, "kg", False)]),  # a spaced range: its lower end, as "5-10 kg"
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
    # "the next quarter" is the calendar quarter starting nearest the start (15 January)
    ("Ship the beta over the next quarter", [("over the next quarter", "2027-03-31")]),
    (
        "Move into a leadership role within the next two years",
        [("within the next two years", "2029-01-15")],
    ),
    ("Onboard 5 clients in the next 90 days", [("in the next 90 days", "2027-04-15")]),
    ("Run for six weeks", [("for six weeks", "2027-02-26")]),
    # a range is read by its first number, in a time frame as in a target
    ("Hire in 2-3 months", [("in 2-3 months", "2027-03-15")]),
    ("Be promoted a year from now", [("a year from now", "2028-01-15")]),
    ("Fix it within a fortnight", [("within a fortnight", "2027-01-29")]),
    ("Certify in a year", [("in a year", "2028-01-15")]),
    ("Publish by June 2027", [("by June 2027", "2027-06-30")]),
    ("Publish by 2027-06-30", [("by 2027-06-30", "2027-06-30")]),
    ("Publish by 30 June 2027", [("by 30 June 2027", "2027-06-30")]),
    ("Publish by June 30, 2027", [("by June 30, 2027", "2027-06-30")]),
    ("Publish by the 1st of March", [("by the 1st of March", "2027-03-01")]),
    ("Publish by March", [("by March", "2027-03-31")]),
    # Before a month begins: the last day of the month before (as "before summer").
    ("Publish before May", [("before May", "2027-04-30")]),
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
        # verb need not be in the lexicon's list, and English may know a form goalkit's
        # suffix rules do not: "ate" is "eat").
        assert action.verb in (
            lemma(action.text, Lexicon().action_verbs | {action.verb}),
            english.verb_base(action.text.lower()),
        )
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


# ------------------------------------------------- issue 10: phrasing classes
#
# Each class below is one phrasing class issue 10 names, read the way a person
# reads it. The statements are written here; the labelled corpus in
# tests/data/goal-statements measures the reading on real ones.

MONDAY = datetime.date(2027, 1, 4)


def due(statement: str, start: datetime.date = MONDAY) -> str | None:
    """The deadline a statement's first time frame gives from *start*, as ISO text."""
    frames = analyze_text(statement).time_frames
    return frames[0].due_from(start).isoformat() if frames else None


def counts(statement: str) -> list[float]:
    """The values of the quantities read in a statement."""
    return [q.value for q in analyze_text(statement).quantities]


def verbs(statement: str) -> list[str]:
    """The verbs of the actions read in a statement."""
    return [a.verb for a in analyze_text(statement).actions]


@pytest.mark.usefixtures("english_source")
class TestActionsOfAnyVerb:
    """Imperatives and "I will ..." forms of any English verb are actions."""

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [
            ("Jog for at least 30 minutes, once a week", "jog"),
            ("Meditate once a week before sleep", "meditate"),
            ("Consume oatmeal for lunch three times a week", "consume"),
            ("Homecook dinner on the weekend", "homecook"),
            ("I will knock on 30 doors after work", "knock"),
            ("I want to declutter my garage", "declutter"),
            ("I'd like to journal my mood every night", "journal"),
            ("I’d like to journal my mood every night", "journal"),
            ("Pt. will ambulate 50 ft on uneven surface", "ambulate"),
            ("The child will accurately read 80 percent of the words", "read"),
            ("sales will be increased by 20 percent", "increase"),
            ("Next week, try bringing your lunch to work", "try"),
        ],
    )
    def test_a_verb_no_list_names_is_an_action(self, statement: str, verb: str) -> None:
        """A verb where a verb stands is an action, whether or not any list names it."""
        assert verb in verbs(statement)

    @pytest.mark.parametrize(
        "statement",
        ["Career planning", "Skill development", "Problem-solving skills", "Networking",
         "Work-life balance", "Customer satisfaction"],
    )  # fmt: skip
    def test_a_topic_names_no_action(self, statement: str) -> None:
        """A noun phrase naming a topic is no action, even when its first word can be a verb."""
        assert verbs(statement) == []

    def test_lead_ins_and_wants_are_no_actions(self) -> None:
        """ "I want to", "try to", "be able to" lead in to the action; "I want a job" has none."""
        assert verbs("I want to run a marathon") == ["run"]
        assert verbs("Try to minimize liquid calories") == ["minimize"]
        assert verbs("Be able to count to 30") == ["count"]
        assert verbs("I want a better job") == []

    def test_a_name_after_a_verb_is_no_verb(self) -> None:
        """A capitalised word inside a sentence is a name: "study Biology" has one action."""
        assert verbs("I want to study Biology for 2 hours each day") == ["study"]


@pytest.mark.usefixtures("english_source")
class TestVagueOutcomes:
    """The vague outcomes people write are read as vague, or as broad areas."""

    @pytest.mark.parametrize(
        ("statement", "wording"),
        [
            ("Get better at public speaking", "Get better"),
            ("become a better leader", "become a better"),
            ("I will become a more effective teacher", "become a more effective"),
            ("I want to get healthier", "get healthier"),
            ("I want to be healthier", "be healthier"),
            ("To be successful", "be successful"),
            ("I want a better job", "a better job"),
            ("I want to get a job", "get a job"),
            ("Start your own business", "Start your own business"),
            ("Help struggling readers", "Help"),
        ],
    )
    def test_vague_wording(self, statement: str, wording: str) -> None:
        """Evaluative wording and outcomes named only by their kind are vague wording."""
        assert [w.text for w in analyze_text(statement).vague] == [wording]

    @pytest.mark.parametrize(
        ("statement", "broad"),
        [
            ("improve communication skills", "improve communication skills"),
            ("I want to develop speaking skills", "develop speaking skills"),
            ("improve my ECG interpretation skills", "improve my ECG interpretation skills"),
            ("work on my presentation skills", "work on my presentation skills"),
            ("Boost brand awareness", "Boost brand awareness"),
            ("reduce stress", "reduce stress"),
            (
                "Improve your pre-race or in-race nutrition",
                "Improve your pre-race or in-race nutrition",
            ),
        ],
    )
    def test_broad_areas(self, statement: str, broad: str) -> None:
        """A vague verb on a broad area says what to improve, but not how or how much."""
        assert [w.text for w in analyze_text(statement).broad] == [broad]

    @pytest.mark.parametrize(
        "statement",
        ["increase sales by 15%", "improve my Biology grade", "lower my A1C", "lose weight",
         "Eat more fish", "Improve networking skills by attending four events"],
    )  # fmt: skip
    def test_named_measures_and_means_are_concrete(self, statement: str) -> None:
        """A named measure, or a means that says how, leaves nothing vague to act on."""
        analysis = analyze_text(statement)
        assert analysis.vague == ()
        assert analysis.concrete_actions


class TestNumbersGluedToUnits:
    """A number written with its unit ("10lbs", "4kg", "2hrs") is one quantity."""

    @pytest.mark.parametrize(
        ("statement", "value", "noun"),
        [
            ("lose 10lbs", 10, "lbs"),
            ("Lose 4kg before summer", 4, "kg"),
            ("Run 5km", 5, "km"),
            ("Study 2hrs a day", 2, "hrs"),
            ("My realistic target is 14st.", 14, "st"),
            ("Increase website visitors by 2x", 2, "x"),
            ("Take a 20-minute walk", 20, "minutes"),
            ("maintain a 95-percent accuracy", 95, "accuracy"),
        ],
    )
    def test_glued_unit(self, statement: str, value: float, noun: str) -> None:
        """The number counts in the unit written with it."""
        assert [(q.value, q.noun) for q in analyze_text(statement).quantities] == [(value, noun)]

    def test_an_ordinal_is_not_a_unit(self) -> None:
        """ "1st" and "21st" are ordinals, not stones; "3-day" still describes a workshop."""
        assert counts("Finish 1st draft") == []
        assert counts("Attend a 3-day workshop") == []

    def test_a_threshold_in_a_unit_is_no_count(self) -> None:
        """ "respond within 400ms" sets a standard to meet, not a count to reach."""
        analysis = analyze_text("Ensure that all APIs respond within 400ms")
        assert analysis.quantities == ()
        assert [s.text for s in analysis.standards] == ["within 400ms"]


class TestSlashDates:
    """Slash dates are US month/day, read only beside "by", "before" or a year."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Lose 10 pounds by 6/30", "2027-06-30"),
            ("Read 12 books before 12/31", "2027-12-31"),
            ("Publish the paper on 2/14/2028", "2028-02-14"),
            ("Publish the paper by 6/30/27", "2027-06-30"),
            ("Finish it 6/30 this year", "2027-06-30"),
        ],
    )
    def test_slash_date(self, statement: str, deadline: str) -> None:
        """The slash date is the deadline, in the first year it falls on or after the start."""
        assert due(statement) == deadline

    def test_a_date_is_never_a_key_result(self) -> None:
        """The 6 and 30 of "by 6/30" are the date, not targets."""
        assert counts("Lose 10 pounds by 6/30") == [10]

    def test_a_slash_without_a_date_word_is_a_score(self) -> None:
        """ "from 7/10 to 8.5/10" is a score out of ten, not July or October."""
        assert due("Raise my confidence from 7/10 to 8.5/10") is None

    @pytest.mark.parametrize(
        "statement",
        ["Read and/or write by 6/30 each day", "Pass/fail the course by 6 / 30", "Run by 6/ 30"],
    )
    def test_a_slash_date_needs_a_digit_each_side_of_its_slash(self, statement: str) -> None:
        """A slash between words ("and/or", "pass/fail") or spaced from its digits opens no
        slash date; one said beside them still is ("by 6/30")."""
        kinds = [kind for _, _, kind, _ in dates_module._slash_dates(statement.lower(), 0)]
        assert kinds == (["date"] if "6/30" in statement else [])


class TestScoresOutOfN:
    """A score out of N is one quantity: the number scored."""

    @pytest.mark.parametrize(
        ("statement", "value", "baseline"),
        [
            ("Raise my confidence from 7/10 to 8.5/10", 8.5, 7),
            ("Identify early signs in 9 out of 10 cases", 9, None),
            ("Spell 18 of 20 words correctly", 18, None),
            ("Score 8 out of 10 on the quiz", 8, None),
        ],
    )
    def test_score(self, statement: str, value: float, baseline: float | None) -> None:
        """The denominator is no count; a change of score keeps where it starts."""
        found = analyze_text(statement).quantities
        assert [(q.value, q.baseline) for q in found] == [(value, baseline)]


class TestFromTo:
    """A change from one number to another is one quantity with a baseline."""

    @pytest.mark.parametrize(
        ("statement", "value", "baseline"),
        [
            ("Cut failed insertions from 40% to 10%", 10, 40),
            ("Increase unit test coverage to 75 % from current 45 %", 75, 45),
            ("Increase lead to demo ratio 50% to 60%", 60, 50),
            ("Grow traffic from 8,000 to 14,000 monthly sessions", 14000, 8000),
        ],
    )
    def test_change(self, statement: str, value: float, baseline: float) -> None:
        """The target is where the change ends, the baseline where it starts."""
        found = analyze_text(statement).quantities
        assert [(q.value, q.baseline) for q in found] == [(value, baseline)]

    def test_a_change_said_twice_is_one_quantity(self) -> None:
        """ "by 50% ...: from $4000 a month to $6000 a month" says one change twice."""
        statement = "Increase sales by 50% before the new year: from $4000 a month to $6000 a month"
        assert counts(statement) == [6000]

    def test_a_range_is_its_lower_end(self) -> None:
        """ "7–8 hours" commits to seven, as "3-5 books" commits to three."""
        assert counts("I will sleep for 7–8 hours each night") == [7]


class TestRatesAndDeadlines:
    """A rate is never the deadline when a real deadline is present."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Write two papers in a week within the next six months", "2027-07-04"),
            ("Call five clients in a week by the end of the quarter", "2027-03-31"),
            ("Next week, try bringing your lunch to work for three days", "2027-01-17"),
            (
                "Take a practice exam every Saturday for the next three weeks leading up to "
                "the exam on February 5",
                "2027-02-05",
            ),
            ("Lose 5 lbs in thirty days, that's June 29th", "2027-02-03"),
        ],
    )
    def test_the_real_deadline_wins(self, statement: str, deadline: str) -> None:
        """A rate, a span within the deadline or a restatement gives way to the deadline."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        ["Read 10 pages per week", "Walk 20 minutes a day", "Exercise for 4 days a week",
         "Try to minimize liquid calories during the week", "Give 1 oral report per semester"],
    )  # fmt: skip
    def test_a_rate_alone_is_no_deadline(self, statement: str) -> None:
        """ "per week", "a day", "4 days a week", "per semester" say how often, not by when."""
        assert due(statement) is None

    def test_a_rate_with_nothing_firmer_is_the_deadline(self) -> None:
        """Alone, "call five clients in a week" is read as due in a week (a documented choice)."""
        assert due("call five potential new clients in a week") == "2027-01-11"

    def test_a_span_beside_a_deadline_counts(self) -> None:
        """ "for three days" next week: three days of it, a count, not a second deadline."""
        assert counts("Next week, try bringing your lunch to work for three days") == [3]

    def test_a_start_is_no_deadline(self) -> None:
        """ "starting tomorrow" is when it starts."""
        assert due("I will exercise for 20 minutes, starting tomorrow") is None


class TestAgesAndYears:
    """Ages and years are never quantities."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Run a half marathon by the time I am 30 years old",
            "Run a half marathon by the time I turn 30",
            "Own a home by age 40",
            "Grow revenue over the 2015 numbers",
            "Win the 2027 award",
        ],
    )
    def test_not_a_count(self, statement: str) -> None:
        """The age or the year counts nothing."""
        assert counts(statement) == []

    def test_a_percent_beside_a_year_still_counts(self) -> None:
        """In "grow revenue 20% over the 2015 numbers" only the 20% is a target."""
        assert counts("Grow revenue 20% over the 2015 numbers") == [20]

    def test_an_age_deadline_is_an_event(self) -> None:
        """ "by the time I turn 30" is a deadline with no date: an event."""
        analysis = analyze_text("Run a half marathon by the time I turn 30")
        assert analysis.time_frames == ()
        assert [e.text for e in analysis.events] == ["by the time I turn 30"]


class TestPartsOfAMonth:
    """ "for the month of February" and "the first two weeks of November" are time frames."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("No sugar for the month of February", "2027-02-28"),
            ("Walk daily the first two weeks of November", "2027-11-14"),
            ("Walk daily during the first two weeks of November", "2027-11-14"),
            ("Walk daily the first week of March", "2027-03-07"),
            ("Walk daily the last week of June", "2027-06-30"),
        ],
    )
    def test_part_of_a_month(self, statement: str, deadline: str) -> None:
        """The frame ends with the month, or with the weeks of it named."""
        assert due(statement) == deadline

    def test_weeks_of_a_month_are_not_an_amount_of_time(self) -> None:
        """ "the first two weeks of November" is not "in two weeks", and two counts nothing."""
        frame = analyze_text("Walk daily the first two weeks of November").time_frames[0]
        assert frame.kind is TimeFrameKind.DATE
        assert counts("Walk daily the first two weeks of November") == []


class TestWeeksSemestersAndSchoolYears:
    """ "this week", "this semester" and the school year end where the reference page says."""

    @pytest.mark.parametrize(
        ("statement", "start", "deadline"),
        [
            ("Write the course outline this week", MONDAY, "2027-01-10"),
            ("Hand out 250 flyers this weekend", MONDAY, "2027-01-10"),
            ("Record 3 lessons next week", MONDAY, "2027-01-17"),
            ("Keep a 3.5 GPA this semester", MONDAY, "2027-06-30"),
            ("Keep a 3.5 GPA this semester", datetime.date(2027, 9, 6), "2027-12-31"),
            ("Finish the essay by the end of the semester", MONDAY, "2027-06-30"),
            ("Read 20 books by the end of the school year", MONDAY, "2027-06-30"),
            ("Read 20 books by the end of the school year", datetime.date(2027, 9, 6),
             "2028-06-30"),
            ("Read 20 books in the upcoming academic year", MONDAY, "2028-06-30"),
            ("Publish 2 papers before the new year", MONDAY, "2027-12-31"),
            ("My goal for the year is to meet 100 new people", MONDAY, "2027-12-31"),
        ],
    )  # fmt: skip
    def test_period(self, statement: str, start: datetime.date, deadline: str) -> None:
        """Weeks end on Sunday, semesters on 30 June or 31 December, school years on 30 June."""
        assert due(statement, start) == deadline

    def test_a_date_in_brackets_says_exactly_when(self) -> None:
        """ "by the end of this semester (December 15)": the date in brackets is the deadline."""
        assert due("Raise my grade by the end of this semester (December 15)") == "2027-12-15"


class TestDaysAndSeasons:
    """Days of the week, "tomorrow", seasons and "mid-year" are time frames."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("I will finish the first draft by Friday", "2027-01-08"),
            ("I will put out 20 yard signs this Saturday", "2027-01-09"),
            ("Grocery shop on Tuesday", "2027-01-05"),
            ("Call him tomorrow", "2027-01-05"),
            ("Knock on 30 doors after work", "2027-01-04"),
            ("Make soup once a week this winter", "2027-02-28"),
            ("Swim 1 mile by the end of the summer", "2027-08-31"),
            ("Sign up by mid-year", "2027-06-30"),
            ("Hire 2 engineers by mid this month", "2027-01-15"),
            ("Grow sales 15% by end of 3rd quarter", "2027-09-30"),
            # holidays the calendar dates: no longer undated events
            ("No sugar ‘til Turkey Day!", "2027-11-25"),
            ("Lose 5 pounds by Christmas", "2027-12-25"),
            ("Run 5 miles by Easter", "2027-03-28"),
        ],
    )
    def test_day_or_season(self, statement: str, deadline: str) -> None:
        """The first such day or season's end on or after the start."""
        assert due(statement) == deadline


class TestEventDeadlines:
    """A deadline set by an event with no date is read as an event, not a date."""

    @pytest.mark.parametrize(
        ("statement", "event"),
        [
            ("Lose 10 pounds for my wedding", "for my wedding"),
            ("Score more than 90% in the next exam", "in the next exam"),
            ("Study Biology for my upcoming midterm exam", "for my upcoming midterm exam"),
            ("Lose 10 pounds before the big day", "before the big day"),
            # read after round 13 joined (`TestRacesSessionsAndMoments` has the counter-examples)
            ("Run the Barcelona Marathon in 4 hours", "Barcelona Marathon"),  # hea-11173
            ("Run hard at the Soldier Field 10 Mile!", "Soldier Field 10 Mile"),  # hea-12068
            ("Run the Mercer Island Half in less than 2:05.", "Mercer Island Half"),  # hea-12250
            ("I am going to run Twin Cities Marathon.", "Twin Cities Marathon"),  # hea-13069
            ("Boston Marathon – 3:20 or better, negative-split.", "Boston Marathon"),  # -12022
            # hea-12111, hea-11216: the end of a series of sessions, of a teaching
            ("By the end of sessions, group participants will be able to identify and manage "
             "triggers", "By the end of sessions"),
            ("by the end of this teaching, the patient will be able to describe the diabetic "
             "medications", "by the end of this teaching"),
            # hea-12126, hea-13089, hea-9204, hea-10018: a moment of one's own still to come
            ("I would love to lose 10 pounds before we leave", "before we leave"),
            ("My goal was to be around 156-158 before I go back to school", "before I go back"),
            ("I'd love to aim for 15 stone before I start using weights again in the gym.",
             "before I start"),
            ("I want to be at least 175 pounds when we go on vacation.",
             "when we go on vacation"),
        ],
    )  # fmt: skip
    def test_event(self, statement: str, event: str) -> None:
        """The event is found, and no time frame is invented for it."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert [e.text for e in analysis.events] == [event]


class TestStandardsAndCompletions:
    """What a statement can be checked against besides a number."""

    @pytest.mark.parametrize(
        ("statement", "standard"),
        [
            ("Eat breakfast every day", "every day"),
            ("Practice mindfulness on a daily basis", "on a daily basis"),
            ("Answer calls within 20 seconds", "within 20 seconds"),
            ("I will be in bed by 10:30 PM", "by 10:30 PM"),
            ("I will get at least a B in math", "at least a B"),
            ("I want to raise my grade from a C+ to a B+", "from a C+ to a B+"),
            ("No sweets this week!", "No s"),
            ("Say no to sugary drinks", "Say no to"),
            ("I’m going to quit smoking", "quit"),
        ],
    )
    def test_standard(self, statement: str, standard: str) -> None:
        """Frequencies, thresholds, times of day, grades and zero rules are standards."""
        assert standard in [s.text for s in analyze_text(statement).standards]

    @pytest.mark.parametrize(
        ("statement", "done"),
        [
            ("Launch the rebrand", ["launch"]),
            ("I seek to earn my degree", ["earn"]),
            ("Write all letters in cursive", ["write"]),
            ("I want to get a job", ["get"]),
            ("sell more product", []),
            ("Release flawless products", []),
            ("Meet people", []),
            ("Maintain a positive attitude", []),
            ("I will write about service learning", []),
        ],
    )
    def test_completion(self, statement: str, done: list[str]) -> None:
        """One thing done on something definite is done or not; more of something is not."""
        assert [a.verb for a in analyze_text(statement).completions] == done


class TestClockTimesAndAsides:
    """Times of day, restatements, qualifiers and asides in brackets are no targets."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("Work out for 45 minutes at 3 p.m. each day", [45]),
            ("I will walk 20 minutes a day at 4PM", [20]),
            ("Exercise at 9:30am for 20 minutes", [20]),
            ("Cut losses by 20% or approximately $500", [20]),
            ("Read with 95 percent accuracy, meaning five or fewer errors for every 100 words",
             [95]),
            ("Respond to 80 percent of requests within 12 hours of request", [80]),
            ("Fast for 16 hours a day (8 hour eating window)", [16]),
            ("Master adding and subtracting 3 digit numbers", []),
        ],
    )  # fmt: skip
    def test_counts(self, statement: str, expected: list[float]) -> None:
        """Only the counts to reach are quantities."""
        assert counts(statement) == expected


class TestEnglish:
    """What a word can be: from lemminflect when installed, from goalkit's lists otherwise."""

    def test_own_lists_know_everyday_verbs_and_never_verbs(self) -> None:
        """Without lemminflect, everyday verbs and function words are known, the rest unknown."""
        was = english.use_lemminflect(False)
        try:
            assert english.source() == "goalkit's own word lists"
            assert english.word_kind("meditate") is english.WordKind.VERB
            assert english.word_kind("walk") is english.WordKind.BOTH
            assert english.word_kind("weekly") is english.WordKind.NOT_VERB
            assert english.word_kind("homecook") is english.WordKind.UNKNOWN
            assert english.word_kind("prioritize") is english.WordKind.VERB
            assert english.verb_base("meditating") == "meditate"
        finally:
            english.use_lemminflect(was or True)

    def test_lemminflect_knows_nouns_from_verbs(self) -> None:
        """With lemminflect, a word it knows only as a noun is never a verb."""
        pytest.importorskip("lemminflect")
        assert english.use_lemminflect(True)
        assert english.source().startswith("lemminflect ")
        assert english.word_kind("dinner") is english.WordKind.NOT_VERB
        assert english.verb_base("ate") == "eat"


@pytest.mark.usefixtures("english_source")
class TestVagueAspirations:
    """Aspirations with a plain verb are vague: states, kinds of person, growth with no object."""

    @pytest.mark.parametrize(
        ("statement", "wording"),
        [
            ("Client will be less anxious", "be less"),
            ("Client will be calm", "be calm"),
            ("I want to be less stressed next year.", "be less"),
            ("I don’t want to be unhealthy.", "be unhealthy"),
            ("I do not want to be fat for her wedding", "be fat"),
            ("I want to feel calm", "feel calm"),
            ("I do not want to feel tired all the time", "feel tired"),
            ("Know the basics of statistics", "Know"),
            ("Become a marketing leader.", "Become a marketing leader"),
            ("I want to be a reader.", "be a reader"),
            ("I want to grow", "grow"),
            ("Grow in my role", "Grow"),
            ("I want to excel at work this year", "excel"),
            ("Delegate effectively", "effectively"),
            ("Understand Photosynthesis", "Understand"),
            ("tone up", "tone up"),
        ],
    )
    def test_vague_aspiration(self, statement: str, wording: str) -> None:
        """A state, a kind of person, a bare verb of growth or a vague manner is vague wording."""
        assert wording in [w.text for w in analyze_text(statement).vague]

    @pytest.mark.parametrize(
        "statement",
        ["Become a team leader by June", "I want to be a manager", "Be able to count to 30",
         "I will be in bed by 10:30 PM", "increase sales by 15%", "Develop and deliver a workshop",
         "Be done with my thesis by May"],
    )  # fmt: skip
    def test_roles_abilities_and_places_are_not_vague(self, statement: str) -> None:
        """A role held, an ability, a place to be or a change with an amount is not vague."""
        assert analyze_text(statement).vague == ()

    @pytest.mark.parametrize(
        ("statement", "broad"),
        [("Revamp the entire customer experience.", "Revamp the entire customer experience"),
         ("Normalize balance", "Normalize balance"), ("Will improve reading", "improve reading")],
    )  # fmt: skip
    def test_more_verbs_of_change_on_broad_areas(self, statement: str, broad: str) -> None:
        """Revamping, normalising, improving a skill: an area, with nothing saying how."""
        assert [w.text for w in analyze_text(statement).broad] == [broad]

    def test_an_area_with_a_measure_named_is_not_broad(self) -> None:
        """ "Improve developer satisfaction score" names a measure; "reading levels" too."""
        assert analyze_text("Improve developer satisfaction score").broad == ()
        assert analyze_text("Improve student reading levels").broad == ()

    def test_a_purpose_is_not_the_goal_s_action(self) -> None:
        """What follows a purpose "to" says why; "I want to", "My goal is to" do not."""
        analysis = analyze_text(
            "Get extra certification to enhance clinical skills and boost my resume"
        )
        assert [(a.verb, a.purpose) for a in analysis.actions] == [
            ("get", False), ("enhance", True), ("boost", True)
        ]  # fmt: skip
        assert [a.purpose for a in analyze_text("My goal is to run a marathon").actions] == [False]
        assert [a.purpose for a in analyze_text("I want to run a marathon").actions] == [False]

    def test_an_adverb_first_sentence_has_its_verb(self) -> None:
        """ "Systematically reduce ..." is an imperative, like "reduce ..."."""
        assert verbs("Systematically reduce your consumption of liquid sugars") == ["reduce"]
        assert verbs("Weekly review meeting") == []

    def test_wanting_more_of_something_names_it(self) -> None:
        """ "I want more customers" names what to get, as "Get more customers" does."""
        assert verbs("I want more customers") == ["want"]
        assert verbs("I want a better job") == []

    def test_grade_before_a_number_is_a_label(self) -> None:
        """ "Grade 4 students" names a class of students; 4 is not a count."""
        assert counts("Grade 4 students will improve reading comprehension") == []
        assert verbs("Grade 4 students will improve reading comprehension") == ["improve"]
        assert verbs("Become certified in CPR by May") == ["become"]


_VAGUE_WISHES = st.sampled_from(
    ["be healthier", "be less anxious", "be unhealthy", "grow", "become a better leader",
     "get fit", "improve my skills", "be more productive", "feel better", "be a reader",
     "become a marketing leader", "be stressed out"]
)  # fmt: skip
_NEGATIONS = st.sampled_from(["I don't want to", "I don’t want to", "I do not want to",
                              "I never want to", "I won't", "I will not", "Don't"])  # fmt: skip


@given(wish=_VAGUE_WISHES, negation=_NEGATIONS)
def test_negating_a_vague_wish_never_makes_it_concrete(wish: str, negation: str) -> None:
    """Adding "not"/"don't" before a vague wish leaves nothing concrete to act on."""
    statement = f"{negation} {wish}"
    plain = analyze_text(f"I want to {wish}")
    negated = analyze_text(statement)
    assert not plain.concrete_actions or plain.vague == ()
    assert not negated.concrete_actions


@given(
    degree=st.sampled_from(["", "more ", "less ", "very ", "much less "]),
    adjective=st.sampled_from(["anxious", "calm", "unhealthy", "happy", "confident", "lazy"]),
    subject=st.sampled_from(["I will be", "Client will be", "I want to feel", "Become", "Stay"]),
)
def test_a_state_is_always_vague(degree: str, adjective: str, subject: str) -> None:
    """However it is put, a state of the person is vague wording, never a concrete action."""
    analysis = analyze_text(f"{subject} {degree}{adjective}")
    assert analysis.vague
    assert not analysis.concrete_actions


@pytest.mark.usefixtures("english_source")
class TestMeasuresWithoutANumber:
    """Outcomes a person can check though no number is given, and comparatives that are not."""

    @pytest.mark.parametrize(
        ("statement", "standard"),
        [
            ("Client will reduce anxiety symptoms from severe to moderate range on the GAD-7",
             "from severe to moderate"),
            ("The growth rating will be Exceeds Expected as measured by EVAAS", "as measured by"),
            ("hit your target blood pressure level", "hit your target"),
            ("Reach my goal weight by walking more", "Reach my goal"),
            ("Drink water instead of sugary drinks.", "instead of"),
            ("Switch to fat-free or low-fat milk.", "Switch to"),
            ("Switch from soda to sparkling water", "Switch from soda to"),
            ("Lower my blood pressure to the normal range", "to the normal range"),
        ],
    )  # fmt: skip
    def test_standard(self, statement: str, standard: str) -> None:
        """A level on a named scale, a named target and a substitution are standards."""
        assert standard in [s.text for s in analyze_text(statement).standards]

    @pytest.mark.parametrize(
        ("statement", "done"),
        [
            ("Students will be able to add and subtract two-digit numbers.", ["add", "subtract"]),
            ("Students will be able to properly identify the parts of a frog.", ["identify"]),
            ("Check out this new event.", ["check"]),
            ("In two weeks, the patient will walk up the staircase of their house.", ["walk"]),
            ("To return to work", ["return"]),
            ("Move into management someday", ["move"]),
            ("Preparing well for an exam or studying the entire syllabus", ["study"]),
            ("Get extra certification to boost my resume", ["get"]),
            ("I will get a higher score on my next math test.", []),
            ("meet new people", []),
            ("Become a marketing leader.", []),
            ("I want to be able to focus during class", []),
            ("Track my sleep to improve it", []),
        ],
    )
    def test_completion(self, statement: str, done: list[str]) -> None:
        """An ability shown, a phrasal verb or a move is done or not; "higher" is no amount."""
        assert [a.verb for a in analyze_text(statement).completions] == done

    @pytest.mark.parametrize(
        "statement",
        ["I don’t want to be unhealthy.", "I do not want to be fat for her wedding",
         "Avoid or limit sugar-sweetened beverages",
         "Improve postural control (eyes open and eyes closed) to avoid the risk of falls"],
    )  # fmt: skip
    def test_a_negated_wish_a_hedge_or_a_purpose_is_no_zero_rule(self, statement: str) -> None:
        """ "I don't want to be ...", "avoid or limit" and "to avoid ..." set no zero rule."""
        assert analyze_text(statement).standards == ()

    def test_a_negated_action_is_still_a_zero_rule(self) -> None:
        """ "Don't eat anything that contains sugar" and "avoid sugary drinks" are rules."""
        assert analyze_text("Don’t eat anything that contains sugar").standards
        assert analyze_text("Avoid sugary drinks").standards


@given(
    verb=st.sampled_from(["locate", "identify", "name", "draw", "recite", "solve", "label"]),
    thing=st.sampled_from(["the parts of a frog", "the main idea of a story", "Peru on a map"]),
    subject=st.sampled_from(["Students", "The child", "I", "Patient"]),
)
def test_an_ability_shown_is_measured(verb: str, thing: str, subject: str) -> None:
    """ "<someone> will be able to <do something>" is done or not, whatever is done."""
    analysis = analyze_text(f"{subject} will be able to {verb} {thing}.")
    assert [a.verb for a in analysis.completions] == [verb]


@given(
    comparative=st.sampled_from(["higher", "better", "lower", "faster", "stronger", "more"]),
    thing=st.sampled_from(["score", "grade", "time", "result"]),
)
def test_a_comparative_never_completes_an_action(comparative: str, thing: str) -> None:
    """ "get a higher score" says more, by no amount: it is never one thing done."""
    assert analyze_text(f"I will get a {comparative} {thing} on my next test").completions == ()


class TestVagueOutcomesOfEveryVerb:
    """Outcomes said with have, keep, do, show or make that say how things will be, not what."""

    @pytest.mark.parametrize(
        ("statement", "wording"),
        [
            ("The patient will have less pain at night", "have less pain"),
            ("I want to have a much better relationship with money",
             "have a much better relationship"),
            ("have better control over my spending", "have better control"),
            ("Keep my manager happy", "Keep my manager happy"),
            ("keeping the volunteers motivated", "keeping the volunteers motivated"),
            ("I am doing better at work", "doing better"),
            ("She plays well with the other children", "plays well"),
            ("Cook perfectly every night", "perfectly"),
            ("Provide high-quality service", "high-quality service"),
            ("Produce excellent work", "excellent work"),
            ("Every pupil will make adequate progress in maths", "make adequate progress"),
            ("My class will show greater than expected growth",
             "show greater than expected growth"),
        ],
    )  # fmt: skip
    def test_vague_outcome(self, statement: str, wording: str) -> None:
        """Having less or better of a state, keeping someone happy, doing well: vague wording."""
        assert wording in [w.text for w in analyze_text(statement).vague]

    @pytest.mark.parametrize(
        "statement",
        ["Have fewer than 3 late arrivals this term", "Have more real conversations in Italian",
         "My students will show growth on the spring reading test", "Keep a food diary",
         "Spend quality time with my kids every Sunday", "Keep my weight under 80 kg"],
    )  # fmt: skip
    def test_counted_or_named_outcomes_are_not_vague(self, statement: str) -> None:
        """A count, a named test, a named thing kept or quality time spent is not vague wording."""
        assert analyze_text(statement).vague == ()

    def test_a_gerund_after_a_possessive_is_a_noun(self) -> None:
        """ "my spending habits" names habits; "by spending less" is an action."""
        assert verbs("Track my spending habits") == ["track"]
        assert verbs("Save money by spending less on takeaways") == ["save", "spend"]

    def test_two_verbs_share_one_object(self) -> None:
        """ "read and comprehend written English": reading acts on the English too."""
        analysis = analyze_text("The learner will read and comprehend written English.")
        assert [a.verb for a in analysis.concrete_actions] == ["read"]
        assert analyze_text("Learn and improve my skills").concrete_actions == ()

    def test_own_is_a_verb_before_what_is_owned(self) -> None:
        """ "Own the weekly update" is an action; "my own business" an adjective."""
        assert verbs("Own the weekly status update") == ["own"]
        assert verbs("I will own the release checklist") == ["own"]
        assert verbs("Cook my own meals") == ["cook"]

    def test_learning_how_is_no_object(self) -> None:
        """ "Learn how to ..." names no object of its own: what follows is the goal."""
        analysis = analyze_text("Learn how to get organized")
        assert [a.verb for a in analysis.concrete_actions] == []
        changing = analyze_text("Learn how to change a tyre").concrete_actions
        assert [a.verb for a in changing] == ["change"]


class TestNamedLanguages:
    """A named language is something to learn; command of it ("fluent in Spanish") a standard."""

    @pytest.mark.parametrize(
        "statement",
        ["Learn Portuguese", "I will study Korean", "Speak Dutch with my in-laws",
         "Become fluent in German", "I want to be proficient in written Arabic",
         "Reach conversational fluency in Italian"],
    )  # fmt: skip
    def test_a_named_language_is_not_vague(self, statement: str) -> None:
        """Learning, studying or speaking a named language, or fluency in it, is not vague."""
        analysis = analyze_text(statement)
        assert analysis.vague == ()
        assert analysis.broad == ()

    @pytest.mark.parametrize(
        "statement",
        ["Learn a new language", "Improve my Russian", "Become fluent", "Master Japanese"],
    )
    def test_an_unnamed_or_improved_language_stays_vague(self, statement: str) -> None:
        """No language named, or a named one only improved or mastered: still vague or broad."""
        analysis = analyze_text(statement)
        assert analysis.vague or analysis.broad

    def test_a_stressed_sentence_reads_as_one(self) -> None:
        """ "I. Will. Learn. Italian!" is "I will learn Italian" said with stress."""
        analysis = analyze_text("I. Will. Learn. Italian!")
        assert analysis.text == "I. Will. Learn. Italian!"
        assert [(a.verb, a.object) for a in analysis.actions] == [("learn", "italian")]
        assert analysis.vague == ()

    def test_a_headline_s_count_is_read(self) -> None:
        """ "Listening: 50 podcasts" counts 50 podcasts; a colon glued to digits is a clock."""
        assert [(q.value, q.noun) for q in analyze_text("Listening: 50 podcasts").quantities] == [
            (50, "podcasts")
        ]
        assert counts("Wake up at 6:30 every day") == []


@given(
    verb=st.sampled_from(["Learn", "I will learn", "Study", "I want to speak", "Become fluent in"]),
    language=st.sampled_from(["English", "Spanish", "French", "Mandarin", "Hindi", "Swahili"]),
)
def test_naming_the_language_never_makes_it_less_specific(verb: str, language: str) -> None:
    """Naming the language a learner means never adds vague wording: it only removes some."""
    named = analyze_text(f"{verb} {language}")
    unnamed = analyze_text(f"{verb} a new language")
    assert named.vague == ()
    assert named.broad == ()
    assert len(unnamed.vague) + len(unnamed.broad) >= len(named.vague) + len(named.broad)


@given(words=st.lists(st.sampled_from(["I", "will", "run", "a", "marathon", "read", "books"]),
                      min_size=3, max_size=6))  # fmt: skip
def test_stress_full_stops_keep_the_reading(words: list[str]) -> None:
    """Saying each word as a sentence ("I. Will. Run.") reads as the plain sentence does."""
    plain = analyze_text(" ".join(words) + "!")
    stressed = analyze_text(". ".join(words) + "!")
    assert [(a.verb, a.object) for a in stressed.actions] == [
        (a.verb, a.object) for a in plain.actions
    ]
    assert [w.text for w in stressed.vague] == [w.text for w in plain.vague]


class TestTimeLeftAndNamedPeriods:
    """The time one has left, named quarters, terms, months and years of a plan."""

    @pytest.mark.parametrize(
        ("statement", "frame", "kind"),
        [
            ("I have 9 weeks to improve my study habits", "9 weeks", TimeFrameKind.RELATIVE),
            ("I've got 3 months to finish", "3 months", TimeFrameKind.RELATIVE),
            ("I am giving myself 7 years to train", "7 years", TimeFrameKind.RELATIVE),
            ("2 stone to lose and 12 weeks to go!!", "12 weeks to go", TimeFrameKind.RELATIVE),
            ("Save $500 with 3 months left", "3 months left", TimeFrameKind.RELATIVE),
            ("Lose 12 pounds in those 16 weeks", "in those 16 weeks", TimeFrameKind.RELATIVE),
            ("Lose 15 pounds between now and May 24", "between now and May 24",
             TimeFrameKind.DATE),
            ("Cut costs by the end of the August", "by the end of the August",
             TimeFrameKind.DATE),
            ("Raise my grade to a B+ in Quarter 2", "in Quarter 2", TimeFrameKind.DATE),
            ("For next term, read 6 books", "For next term", TimeFrameKind.PERIOD_END),
            ("Memorize students' names by Day Two", "by Day Two", TimeFrameKind.RELATIVE),
            ("Earn $100,000 in my first year", "in my first year", TimeFrameKind.RELATIVE),
            ("My May goal is to get through Lesson 8", "May", TimeFrameKind.DATE),
            ("My goals for May are to finish the course", "for May", TimeFrameKind.DATE),
            ("For the year 2023, learn Rust", "For the year 2023", TimeFrameKind.DATE),
            ("Finish the draft by mid-October", "by mid-October", TimeFrameKind.DATE),
            ("Walk with a walker by 4 weeks.", "by 4 weeks", TimeFrameKind.RELATIVE),
        ],
    )  # fmt: skip
    def test_time_frame(self, statement: str, frame: str, kind: TimeFrameKind) -> None:
        """The words of the deadline and how it fixes its end."""
        found = analyze_text(statement).time_frames
        assert [(f.text, f.kind) for f in found] == [(frame, kind)]

    @pytest.mark.parametrize(
        "statement",
        [
            "I have 3 kids to feed",  # no unit of time
            "I have 2 days a week to practise",  # a rate, not the time left
            "Make new users successful in their first week",  # their week, not the writer's
            "Push the launch back by 2 weeks",  # how much a date moves
            "Delay the launch by 2 weeks",
            "Write the quarter 2 report",  # a quarter named, with no preposition
        ],
    )
    def test_no_deadline(self, statement: str) -> None:
        """Time that is not the time left, and a quarter that is a name, set no deadline."""
        assert analyze_text(statement).time_frames == ()

    @pytest.mark.parametrize(
        ("start", "deadline"),
        [
            (MONDAY, "2027-06-30"),  # in the first weeks of a semester: this one
            (datetime.date(2027, 3, 15), "2027-12-31"),  # later: the next one
            (datetime.date(2027, 7, 20), "2027-12-31"),
            (datetime.date(2027, 10, 1), "2028-06-30"),
        ],
    )
    def test_next_term_is_the_semester_about_to_begin(
        self, start: datetime.date, deadline: str
    ) -> None:
        """ "next term" is the semester just begun (its first 45 days), else the following."""
        assert due("For next term, I will read 6 books", start) == deadline

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("Get 4 to 6 new clients", [4]),
            ("Lose 5 to 10 percent of my weight", [5]),
            ("Lose 5-10lbs", [5]),
            ("Lose between 10 and 20 pounds", [10]),
            ("Get a sub-20 5k", [20]),
            ("Run under 42 minutes", [42]),
            ("Train for under 4 hrs", [4]),
            ("Read 10 pages and finish under 30 minutes", [10]),
        ],
    )
    def test_ranges_and_times_to_beat(self, statement: str, expected: list[float]) -> None:
        """A range counts its lower end; a lone time to beat counts; a race is a name."""
        assert counts(statement) == expected

    def test_a_range_of_time_is_a_threshold(self) -> None:
        """ "within 10 to 30 minutes" is a standard the result meets."""
        standards = analyze_text("Fall asleep within 10 to 30 minutes").standards
        assert [s.text for s in standards] == ["within 10 to 30 minutes"]


class TestDurationsPartsAndTrips:
    """Clock-like lengths of time, which-part numbers, and trips as deadline events."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("Run a marathon in 3:45 hours", [3.75]),  # a length of time, not a time of day
            ("Be in bed by 10:30 pm 5 nights a week", [5]),  # a time of day stays none
            ("Run at 5:30 for 30 minutes", [30]),  # the minutes are another number's
            ("Get through Lesson 8", []),
            ("Get through lesson 8 and 2 quizzes", [2]),
            ("Perform all skills from procedure 1", []),
            ("Read 3 chapters", [3]),
            ("Finish chapter 3", []),
            ("Join the school's (100 Day Sprint) on attendance", []),
        ],
    )
    def test_counts(self, statement: str, expected: list[float]) -> None:
        """What each number counts, if anything."""
        assert counts(statement) == expected

    def test_a_clock_like_change_keeps_its_baseline(self) -> None:
        """ "from 9:30 to 7:00 minutes": one change, from nine and a half minutes to seven."""
        (quantity,) = analyze_text("Reduce handling time from 9:30 to 7:00 minutes").quantities
        assert (quantity.value, quantity.baseline, quantity.noun) == (7, 9.5, "minutes")

    @pytest.mark.parametrize(
        ("statement", "event"),
        [
            ("Lose 30 lbs by our trip", "by our trip"),
            ("Reach B2 in German before this trip", "before this trip"),
            ("Get a B average on the next three math tests", "on the next three math tests"),
        ],
    )
    def test_event(self, statement: str, event: str) -> None:
        """A deadline set by an event with no date."""
        assert [e.text for e in analyze_text(statement).events] == [event]

    def test_a_test_named_as_a_measure_is_no_event(self) -> None:
        """ "growth on the OAKS mathematics test": what is measured, not when."""
        assert analyze_text("65% will show growth on the OAKS mathematics test").events == ()


class TestStandardsAPersonAccepts:
    """Levels, scores, times and rates people write without a plain number (issue 10)."""

    @pytest.mark.parametrize(
        ("statement", "standard"),
        [
            ("Reach the CEFR C1 level in English", "Reach the CEFR C1"),
            ("Get to at least B2 in Portuguese", "at least B2"),
            ("Go from B1+ to B2 this spring", "to B2"),
            ("Sit the JLPT N2 next winter", "Sit the JLPT N2"),
            ("Pass TOPIK level 4", "TOPIK level 4"),
            ("Get higher than a C in chemistry", "higher than a C"),
            ("Score 3s or higher on the observation rubric", "Score 3s or higher on"),
            ("Earn 4's on my teaching rubric", "4's on my teaching rubric"),
            ("Bring wait times from 12:30 to 9:00 minutes", "from 12:30"),
            ("Lights out by 1030 pm", "by 1030 pm"),
            ("Practise a couple of etudes a day", "a day"),
            ("Post two updates per week", "per week"),
            ("Get through Unit 6 of the course book", "Get through Unit 6"),
            ("Hit my quarterly quota", "Hit my quarterly quota"),
            ("Own my own bakery", "own my own bakery"),
            ("Score higher than the district average", "higher than the district average"),
            ("Earn all A's in my core classes", "all A's"),
            ("Make the principal's list", "Make the principal's list"),
            ("I need a new job", "need a new job"),
            # round 4: a rule, a condition, a multiple, a distance, a range, a level in words
            ("I will not fight with my sister", "will not"),
            ("Try not to snack after dinner", "not to"),
            ("Watch films without subtitles", "without subtitles"),
            ("Walk to the car unassisted", "unassisted"),
            ("Go alcohol-free this month", "go alcohol-free"),
            ("Double that income by July", "double that"),
            ("Swim a mile in the lake", "swim a mile"),
            ("Keep my sugars within the normal range", "within the normal range"),
            ("Reduce panic to a level that no longer interferes with work", "to a level that"),
            ("Send a biweekly update to parents", "biweekly"),
        ],
    )  # fmt: skip
    def test_standard(self, statement: str, standard: str) -> None:
        """Each is something to check the goal against."""
        found = [s.text.lower() for s in analyze_text(statement).standards]
        assert any(standard.lower() in text for text in found), found

    @pytest.mark.parametrize(
        "statement",
        [
            "Add stretching to my daily routine",
            "Include walks in her weekly schedule",
            "Finish the report in a day",
            "Do it for a week",
            "Check my A1C",
            "Get more B2B leads",
            "Take vitamin B1",
        ],
    )
    def test_no_standard(self, statement: str) -> None:
        """A routine of one's own, a span, a name with a digit in it are no standard."""
        assert analyze_text(statement).standards == ()

    @pytest.mark.parametrize(
        ("statement", "done"),
        [
            ("Lead my first code review", ["lead"]),
            ("Achieve the Certified Scrum Master (CSM) certification", ["achieve"]),
            ("Advance my degree", ["advance"]),
            ("Perform two pieces at the spring recital", ["perform"]),
            ("Play in a community band", ["play"]),
            ("Contribute to an open source library", ["contribute"]),
            ("Complete Sam's treehouse", ["complete"]),
            ("Be debt-free", ["be"]),
            ("Get certified", ["get"]),
            ("Attend therapy", []),
            ("Take medication", []),
            ("Write code", []),
            ("Be fully healed", []),
            ("Become the most trusted coach in town", []),
            ("Make progress in algebra", []),
            ("Make sure everyone passes", []),
            ("Contribute to open source projects", []),
            ("Research nursing degrees", []),
            ("Get back to work", ["get"]),
            ("Get back on track", []),
            ("Be able to read a clock", ["read"]),
            ("Be able to explain it clearly", []),
        ],
    )
    def test_completion(self, statement: str, done: list[str]) -> None:
        """A first, a credential, a show or a contribution ends; a kept-up activity does not."""
        assert [a.verb for a in analyze_text(statement).completions] == done

    @pytest.mark.parametrize(
        ("statement", "value"),
        [("Speaking: 100 Skype conversations", 100), ("Reading goal: 24 books", 24)],
    )
    def test_a_count_after_a_headline_is_a_quantity(self, statement: str, value: int) -> None:
        """A colon after a word starts a headline, not a clock time: its count counts."""
        assert [q.value for q in analyze_text(statement).quantities] == [value]

    def test_a_clock_time_is_still_no_quantity(self) -> None:
        """ "at 9:30" and "by 9 : 30" are times of day, never counts."""
        assert analyze_text("Start work at 9:30").quantities == ()
        assert analyze_text("Start work by 9 : 30").quantities == ()


@given(
    level=st.sampled_from(["A1", "A2", "B1", "B1+", "B2", "C1", "C2", "N1", "N3", "N5"]),
    lead=st.sampled_from(["reach", "Reach the", "at least", "pass the", "from A1 to"]),
)
def test_a_named_language_level_is_a_standard(level: str, lead: str) -> None:
    """A CEFR or JLPT level, reached or passed, is read as a standard whatever leads to it."""
    assert any(level in s.text for s in analyze_text(f"I will {lead} {level}").standards)


@given(
    owner=st.sampled_from(["my", "her", "his", "our", "their", "the"]),
    often=st.sampled_from(["daily", "weekly", "monthly", "nightly"]),
    thing=st.sampled_from(["routine", "schedule", "status update", "newsletter"]),
)
def test_a_frequency_word_naming_ones_own_thing_is_no_standard(
    owner: str, often: str, thing: str
) -> None:
    """ "her weekly routine", "the monthly newsletter": which thing, not how often."""
    assert analyze_text(f"Include yoga in {owner} {often} {thing}").standards == ()


@given(
    hours=st.integers(min_value=1, max_value=12),
    minutes=st.integers(min_value=0, max_value=59),
    lead=st.sampled_from(["in under", "from 12:00 to", "sub"]),
)
def test_a_time_with_a_colon_is_a_standard_never_a_quantity(
    hours: int, minutes: int, lead: str
) -> None:
    """ "in under 4:30", "from 12:00 to 9:15": a time to beat, not two counts."""
    analysis = analyze_text(f"Finish the marathon {lead} {hours}:{minutes:02d}")
    assert analysis.standards
    assert analysis.quantities == ()


@pytest.mark.usefixtures("english_source")
class TestVerbsWherePeopleWriteThem:
    """Verbs a person reads at once: going to a place, after an adverb, after "want" alone."""

    @pytest.mark.parametrize(
        ("statement", "place"),
        [("Go to the gym every day", "the gym"),
         ("I want to try to go to the nursing home every day", "the nursing home"),
         ("Go to bed by 10:30 PM on weeknights", "bed"),
         ("I will go to church with my family on Sundays", "church"),
         ("Going to the library on Saturdays", "the library")],
    )  # fmt: skip
    def test_going_to_a_place_is_an_action(self, statement: str, place: str) -> None:
        """ "go to the gym" goes somewhere; the place is what the action is on."""
        assert [(a.verb, a.object) for a in analyze_text(statement).actions] == [("go", place)]

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [("I'm going to improve my grades", "improve"), ("I am going to run a marathon", "run"),
         ("going to work on my essay", "work")],
    )  # fmt: skip
    def test_going_to_before_a_verb_leads_in(self, statement: str, verb: str) -> None:
        """ "going to" before a verb says when, not where: the verb after it is the action."""
        assert verbs(statement) == [verb]

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [("Gradually resume homemaking tasks.", "resume"),
         ("Slowly increase walking distance", "increase"),
         ("Steadily build running mileage over the spring", "build"),
         ("Gently return to running after the injury", "return")],
    )  # fmt: skip
    def test_an_adverb_first_makes_the_next_word_a_verb(self, statement: str, verb: str) -> None:
        """An adverb goes with a verb: "Gradually *resume* homemaking tasks" is an imperative."""
        assert verbs(statement)[:1] == [verb]

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [("I want do $20 million in sales this year.", "do"),
         ("I need finish my thesis by May", "finish"),
         ("I want increase my sales by 10%", "increase")],
    )  # fmt: skip
    def test_a_verb_after_want_with_to_left_out(self, statement: str, verb: str) -> None:
        """ "I want do $20 million in sales": the "to" a hurried writer leaves out is read in."""
        assert verbs(statement) == [verb]

    @pytest.mark.parametrize(
        "statement", ["I want help with my essay", "I need change", "I want support from my team"]
    )
    def test_what_is_wanted_is_no_verb(self, statement: str) -> None:
        """ "I want help", "I need change": a noun that could be a verb names what is wanted."""
        assert verbs(statement) == []


@pytest.mark.usefixtures("english_source")
class TestSplitInfinitives:
    """ "to better monitor", "to further develop": the verb after the adverb says why."""

    @pytest.mark.parametrize(
        ("statement", "purposes"),
        [("Use the new records program to better monitor and assess my students",
          [("monitor", True), ("assess", True)]),
         ("Walk daily to regularly improve my fitness", [("improve", True)]),
         ("Take an evening class to further develop my Excel skills", [("develop", True)])],
    )  # fmt: skip
    def test_a_verb_after_to_and_an_adverb_is_a_purpose(
        self, statement: str, purposes: list[tuple[str, bool]]
    ) -> None:
        """An adverb between "to" and the verb leaves the verb a purpose, and the list after it."""
        found = [(a.verb, a.purpose) for a in analyze_text(statement).actions]
        assert found[1:] == purposes

    def test_the_goal_before_to_and_an_adverb_is_no_purpose(self) -> None:
        """ "I want to better understand" is the goal itself, adverb or not."""
        assert [
            (a.verb, a.purpose) for a in analyze_text("I want to fully master chess").actions
        ] == [("master", False)]


@pytest.mark.usefixtures("english_source")
class TestTimeGiven:
    """ "I have given myself three months to ...": the time given is no goal."""

    @pytest.mark.parametrize(
        ("statement", "verb"),
        [("I have given myself three months to improve my Italian", "improve"),
         ("I'm giving myself 6 months to learn Spanish", "learn"),
         ("We gave ourselves two weeks to draft the report", "draft")],
    )  # fmt: skip
    def test_time_given_to_oneself_is_no_action(self, statement: str, verb: str) -> None:
        """The months given are no goal: the verb after "to" is the goal itself, not a purpose."""
        assert [(a.verb, a.purpose) for a in analyze_text(statement).actions] == [(verb, False)]


@pytest.mark.usefixtures("english_source")
class TestEachAndEvery:
    """ "greet each student": each thing acted on; "every day": how often, nothing acted on."""

    @pytest.mark.parametrize(
        ("statement", "action"),
        [("Create a welcoming classroom by greeting each student at the door",
          ("greet", "each student")),
         ("Call each client every month", ("call", "each client")),
         ("Thank every volunteer in person", ("thank", "every volunteer"))],
    )  # fmt: skip
    def test_each_thing_is_what_is_acted_on(self, statement: str, action: tuple[str, str]) -> None:
        """A noun after "each" or "every" is the object, and the action is concrete."""
        found = [(a.verb, a.object) for a in analyze_text(statement).actions]
        assert action in found

    @pytest.mark.parametrize("statement", ["Walk every day", "Meditate each morning"])
    def test_each_time_is_no_object(self, statement: str) -> None:
        """ "every day", "each morning" say how often: no object."""
        assert [a.object for a in analyze_text(statement).actions] == [""]


class TestGatesChangeNothing:
    """A reader's cheap test of the statement's words skips only work that would find nothing."""

    @given(STATEMENTS)
    def test_unnamed_objects_with_or_without_the_words(self, statement: str) -> None:
        """Given the statement's words, `unnamed_objects` finds what it finds without them."""
        tokens = tokenize(statement)
        words = frozenset(token.lower for token in tokens)
        found = actions(statement, tokens, DEFAULT_LEXICON, [])
        assert unnamed_objects(statement, tokens, found, words) == unnamed_objects(
            statement, tokens, found
        )

    @pytest.mark.parametrize(
        "statement",
        ["Do things that scare me", "Challenge myself", "Set boundaries at work",
         "Make a lasting impression on every client", "Have more fun with my kids"],
    )  # fmt: skip
    def test_unnamed_objects_are_still_found_with_the_words(self, statement: str) -> None:
        """Statements with such a noun (or "myself") are read in full, as before."""
        tokens = tokenize(statement)
        words = frozenset(token.lower for token in tokens)
        found = actions(statement, tokens, DEFAULT_LEXICON, [])
        assert unnamed_objects(statement, tokens, found, words)


class TestSeasonsHolidaysAndUndatedEvents:
    """Seasons read by their preposition, holidays by the calendar, and events with no date."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            # "by" a season: ready when it arrives, on its first day
            ("Fit into my old jeans by summer", "2027-06-01"),
            ("Plant 12 tomato seedlings until spring", "2027-03-01"),
            ("Have 3 chapters drafted by next winter", "2027-12-01"),
            # in, during, this: the season as a whole, to its end
            ("Cycle to work twice a week during the summer", "2027-08-31"),
            ("Hike 4 trails in the fall", "2027-11-30"),
            ("Spend the summer learning 200 Italian words", "2027-08-31"),
            # "next winter" said in winter is the winter after this one
            ("Learn to ski 3 runs next winter", "2028-02-29"),
            ("Paddle 5 lakes next summer", "2027-08-31"),
        ],
    )
    def test_a_season_by_its_preposition(self, statement: str, deadline: str) -> None:
        """ "by summer" is summer's first day; "in the summer" its last; "next" is one not begun."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Get my 5K time under 30 minutes by Memorial Day", "2027-05-31"),
            ("Finish painting 2 rooms before Labor Day", "2027-09-06"),
            ("Send 10 cards by Mother’s Day", "2027-05-09"),
            ("Read 3 biographies by Presidents' Day", "2027-02-15"),
            ("Plant the herb garden by St. Patrick's Day", "2027-03-17"),
            # a year says which
            ("Be free of credit card debt by Christmas 2028", "2028-12-25"),
            ("Open the second shop by Labor Day 2029", "2029-09-03"),
        ],
    )
    def test_a_holiday_the_calendar_dates(self, statement: str, deadline: str) -> None:
        """A holiday on a weekday of a month or a fixed day is its next date, or that year's."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        ("statement", "event"),
        [
            ("Read 2 novels over spring break", "over spring break"),
            ("Learn 40 chords before summer vacation", "before summer vacation"),
            ("The resident will transfer to a chair unaided by discharge", "by discharge"),
            ("Walk 30 feet with a cane at the time of discharge", "at the time of discharge"),
            ("Raise her arm within 6 therapy sessions", "within 6 therapy sessions"),
            ("Bring a finished painting to my exhibition", "to my exhibition"),
            ("Collect 200 signatures by Founders Day", "by Founders Day"),
        ],
    )
    def test_an_event_with_no_date(self, statement: str, event: str) -> None:
        """A break, a discharge, a count of sessions or a named day bound the goal, undated."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        if event.startswith("to "):
            assert analysis.events == ()  # "to my exhibition" is where, not when
        else:
            assert [e.text for e in analysis.events] == [event]

    @pytest.mark.parametrize(
        "statement",
        ["Apply for a summer internship", "Buy a winter coat", "Talk to 3 patients about discharge",
         "Speak up in 2 classes a week", "Improve the discharge process for 5 wards"],
    )  # fmt: skip
    def test_no_deadline(self, statement: str) -> None:
        """A season naming a kind of thing, discharge as a topic, and a rate bound nothing."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert analysis.events == ()


_SEASON_FIRST_MONTHS = {"winter": 12, "spring": 3, "summer": 6, "fall": 9}


@given(
    season=st.sampled_from(sorted(_SEASON_FIRST_MONTHS)),
    start=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 12, 31)),
)
def test_by_a_season_is_its_next_first_day(season: str, start: datetime.date) -> None:
    """ "by <season>" is the first day of that season on or after the start."""
    ends = due(f"Finish 3 sketches by {season}", start)
    assert ends is not None
    day = datetime.date.fromisoformat(ends)
    assert (day.month, day.day) == (_SEASON_FIRST_MONTHS[season], 1)
    assert start <= day < start + datetime.timedelta(days=366)


@given(
    season=st.sampled_from(sorted(_SEASON_FIRST_MONTHS)),
    start=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 12, 31)),
)
def test_next_season_has_not_begun(season: str, start: datetime.date) -> None:
    """ "next <season>" ends a season that begins after the start, within the next two years."""
    ends = due(f"Swim 3 times a week next {season}", start)
    assert ends is not None
    day = datetime.date.fromisoformat(ends)
    begins = day.replace(day=1)
    for _ in range(2):  # a season is three months: back to its first month's 1st
        begins = (begins - datetime.timedelta(days=1)).replace(day=1)
    assert begins.month == _SEASON_FIRST_MONTHS[season]
    assert start < begins <= start + datetime.timedelta(days=366)


class TestHeadingsCouplesAndHabits:
    """Month headings and "a couple of weeks" set deadlines; a list of weekdays does not."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("April – bike to the office 3 days a week", "2027-04-30"),
            ("June: no takeaway coffee", "2027-06-30"),
            ("May—read a poem every night", "2027-05-31"),
            ("Repaint the fence within a couple weeks", "2027-01-18"),
            ("Sell 4 old bikes in a couple of months", "2027-03-04"),
            ("I have a couple of weeks to write 2 cover letters", "2027-01-18"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """A month first, then a dash or colon, heads the goal; a couple is two."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        [
            "May I learn 3 songs",  # a verb, with no dash after it
            "Stretch on Monday, Wednesday and Friday",
            "Lift weights on Tue, Thu, Sat",
            "Bake bread on Saturday/Sunday",
            "Call grandma every Sunday",
            "Run 5 km on Tuesdays and Thursdays",
            "Pack a lunch on weekdays",
            "Finish the puzzle in a few weeks",  # a few is no number: vague
        ],
    )
    def test_no_deadline(self, statement: str) -> None:
        """A list of weekdays, a plural weekday, "every", "weekdays" and "a few" set no date."""
        assert analyze_text(statement).time_frames == ()

    def test_a_few_weeks_is_vague_timing(self) -> None:
        """ "in a few weeks" is still named as vague timing, for the hint to say so."""
        assert [v.text for v in analyze_text("Move house in a few weeks").vague_timing] == [
            "in a few weeks"
        ]

    def test_a_single_weekday_is_still_a_deadline(self) -> None:
        """One weekday, or two joined by "or", is a deadline."""
        assert due("Return the library books by Thursday or Friday") == "2027-01-07"


class TestMoreCalendarWords:
    """Parts of seasons, the school year's start, days of the month and durations each time."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Swim 1 km in open water by early summer", "2027-06-30"),
            ("Harvest 10 pumpkins by late fall", "2027-11-30"),
            ("Finish 2 quilts by midwinter", "2027-01-15"),
            ("Learn every pupil's name by the start of the school year", "2027-09-01"),
            ("Set up 4 reading corners before school starts", "2027-09-01"),
            ("Order 30 new atlases by the first day of school", "2027-09-01"),
            ("Sleep by 11 pm 5 nights in the next couple weeks", "2027-01-18"),
            ("File 3 expense reports by the 20th", "2027-01-20"),
            ("File 3 expense reports by the 2nd.", "2027-02-02"),  # the 2nd of January is gone
            ("Renew 2 licences before the 1st of next month", "2027-02-01"),
            ("Have the winter tyres fitted by the start of winter", "2027-12-01"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """Each reads as the first such day on or after the start."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        ("statement", "event"),
        [
            ("Finish 3 art projects by Thanksgiving break", "by Thanksgiving break"),
            ("Save $400 before the holidays", "before the holidays"),
            ("Walk 100 metres unaided by my 6-week follow-up", "by my 6-week follow-up"),
            ("Revise 2 hours a night until finals", "until finals"),
            ("Clear my inbox to 0 by the end of winter break", "by the end of winter break"),
        ],
    )
    def test_an_event_with_no_date(self, statement: str, event: str) -> None:
        """A school break, "the holidays" and a follow-up bound the goal with no date."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert [e.text for e in analysis.events] == [event]

    @pytest.mark.parametrize(
        "statement",
        ["Fast for 2 days at a time", "Study for 3 hours per session",
         "Practise scales for 20 minutes at a stretch", "Finish the 4th chapter of 9",
         "Move up to the 3rd grade reading group"],
    )  # fmt: skip
    def test_no_deadline(self, statement: str) -> None:
        """How long each time lasts, and ordinals that are no day of a month, bound nothing."""
        assert analyze_text(statement).time_frames == ()


@given(
    day=st.integers(min_value=1, max_value=31),
    start=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 12, 31)),
)
def test_by_the_nth_is_within_a_month_and_a_bit(day: int, start: datetime.date) -> None:
    """ "by the Nth" is on or after the start, on day N (or a short month's last day)."""
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    ends = due(f"Send 4 invoices by the {day}{suffix}", start)
    assert ends is not None
    found = datetime.date.fromisoformat(ends)
    assert start <= found <= start + datetime.timedelta(days=62)
    assert found.day == day or found.day < day


class TestPeriodsSaidShort:
    """A session's end, "by the quarter", "this is the year", and time in a describing clause."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Name 6 farm animals by the end of the lesson", "2027-01-04"),
            ("Take 10 steps with the frame by the end of this session", "2027-01-04"),
            ("Close 12 deals by the quarter.", "2027-03-31"),
            ("This is the year I read 20 books", "2027-12-31"),
            ("This is my year to learn 100 Greek words", "2027-12-31"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """Each ends on the period's last day; a session or lesson ends the day it is held."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        ["Pay 20 dollars by the month",  # a rate of pay, not a deadline
         "Double sales to the clients who signed this year",
         "Reach 500 users among the teams that launched this month"],
    )  # fmt: skip
    def test_no_deadline(self, statement: str) -> None:
        """ "by the month" is a rate; a time frame after "who signed" says when it happened."""
        assert analyze_text(statement).time_frames == ()


class TestThisMonth:
    """ "this <month>" is that month's first occurrence on or after the start."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Sit the piano grade exam this March", "2027-03-31"),
            ("I will run my first 10k this October.", "2027-10-31"),
            ("Plant 40 bulbs this November", "2027-11-30"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The month's last day, as "by March" reads."""
        assert due(statement) == deadline

    def test_may_as_a_verb_is_no_month(self) -> None:
        """ "this may help" is a verb after "this"; only "this May" written so is the month."""
        assert analyze_text("this may help me save 300 dollars").time_frames == ()

    @given(
        month=st.sampled_from(["January", "March", "June", "July", "September", "December"]),
        start=st.dates(datetime.date(2020, 1, 1), datetime.date(2035, 12, 31)),
    )
    def test_within_a_year_of_the_start(self, month: str, start: datetime.date) -> None:
        """Whatever the start, "this <month>" ends in that month, on or after the start and
        less than a year later."""
        frame = analyze_text(f"Write 3 essays this {month}").time_frames[0]
        found = frame.due_from(start)
        assert start <= found < start + datetime.timedelta(days=366)
        assert found.strftime("%B") == month


class TestFiscalAndSchoolYears:
    """Fiscal, financial and school years, named or said as this one or the next."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Grow membership by 12% in the next financial year", "2028-12-31"),
            ("Cut travel costs 8% this fiscal year", "2027-12-31"),
            (
                "By the close of the 2026 school year, 70% of pupils will read at level",
                "2026-06-30",
            ),
            ("At the end of the 2019 school year, 80% of pupils will pass", "2019-06-30"),
            ("Raise attendance 4% by the end of year 2028-2029", "2029-06-30"),
            ("this year 2016 I will write 2 songs", "2016-12-31"),
            ("Master 30 signs by the end of the IEP calendar year", "2028-01-04"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str | None) -> None:
        """A fiscal year left unsaid is the calendar's; a school year ends on 30 June."""
        assert due(statement) == deadline

    def test_a_school_year_started_in_is_no_target(self) -> None:
        """ "Starting in the year 2024-2025" is when it starts: its years count nothing."""
        assert counts("Starting in the year 2024-2025, raise the pass rate 2% by June 2027") == [2]


class TestPeriodsOfAStatedLength:
    """ "this 28 day challenge", "during this 12 hour shift", "the rest of 2026", a meal today."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Do 50 squats a day this 30 day challenge", "2027-02-03"),
            ("Log 5000 steps during this new 6-week programme", "2027-02-15"),
            ("Read 20 pages a night this first 2 week sprint", "2027-01-18"),
            ("Patient will sit out of bed twice during this 12 hour shift", "2027-01-04"),
            ("Patient will name two warning signs before lunch.", "2027-01-04"),
            ("Save 500 dollars over the rest of 2029", "2029-12-31"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str | None) -> None:
        """A length "this" says is under way runs from the start; a shift or a meal is today."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        [
            "Stop screens 30 minutes before dinner",  # a habit's timing
            "Eat 2 vegetables before dinner every day",
            "this 2 weeks is hard",
        ],
    )
    def test_no_deadline(self, statement: str) -> None:
        """An offset before a meal, a meal each day, and a plural length are no deadline."""
        assert analyze_text(statement).time_frames == ()

    def test_the_length_is_no_target(self) -> None:
        """The number of a period's length belongs to it, not to the targets."""
        assert counts("Walk 8000 steps a day this 21 day challenge") == [8000]


class TestUndatedOccasions:
    """Occasions still to come with no date: a deadline, but none a calendar gives."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Ask two questions before my next seminar",
            "Get 75% on Chemistry midterm",
            "pass the next spelling quiz",
            "Read 10 books this marking period",
            "Hit 90% on their winter state reading test",
            "By the end of my third week on the ward, I will chart 20 patients alone",
            "While on my six-week clinical placement, I will lead 4 handovers",
        ],
    )
    def test_an_event_no_frame(self, statement: str) -> None:
        """Each reads as a deadline event and gives no time frame."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert analysis.events

    @pytest.mark.parametrize(
        "statement",
        [
            "Study 20 minutes a day on test.",  # no subject: the test in general
            "Score 80% on the county science test that is above the state's",
            "Do well on my essays and exams",
        ],
    )
    def test_no_event(self, statement: str) -> None:
        """A test with no subject, a test named as a kind of measure, and a list are none."""
        assert analyze_text(statement).events == ()


class TestWholePeriodsAndAPlansSeason:
    """ "for an entire month" is a month; "my goal for the summer" ends with the summer."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Floss every night for an entire month", "2027-02-04"),
            ("Skip sugar for an entire week", "2027-01-11"),
            ("My goal for the summer is to read 6 novels", "2027-08-31"),
            ("Our plans for the winter: ski 10 days", "2027-02-28"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """A whole unit from the start; the season a plan is for, to its end."""
        assert due(statement) == deadline


# ------------------------------------ round 8 tuning: time frames as classes

_BOUNDS = st.sampled_from(
    ["at most", "under", "just under", "less than", "no more than", "no longer than",
     "about", "roughly", "around", "only", "just"]
)  # fmt: skip


class TestBoundedSpans:
    """An amount of time bounded from above ("in under a month") still ends the goal."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Knit three scarves in under a month", "2027-02-04"),
            ("Save $500 within no more than 10 weeks", "2027-03-15"),
            ("Pass the driving test in at most four months", "2027-05-04"),
            ("Launch the podcast in roughly 6 weeks", "2027-02-15"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The bound's amount of time is the deadline."""
        assert due(statement) == deadline

    def test_the_span_is_no_target(self) -> None:
        """The number of the span is time, not a count to reach."""
        assert counts("Knit 3 scarves in at most 6 weeks") == [3]

    def test_a_race_time_is_no_deadline(self) -> None:
        """Minutes to beat are a measure, not a deadline."""
        assert analyze_text("Swim 1 km in under 25 minutes").time_frames == ()

    @given(
        bound=_BOUNDS,
        amount=st.integers(min_value=1, max_value=30),
        unit=st.sampled_from(["days", "weeks", "months", "years"]),
    )
    def test_a_bound_keeps_the_deadline(self, bound: str, amount: int, unit: str) -> None:
        """Saying a bound before an amount of time never moves its deadline."""
        plain = due(f"Write {amount + 1} poems in {amount} {unit}")
        assert plain is not None
        assert due(f"Write {amount + 1} poems in {bound} {amount} {unit}") == plain


class TestTheNextQuartersEnd:
    """ "by the end of the next quarter" ends where "the next quarter" does."""

    def test_deadline(self) -> None:
        """From a January start, the quarter now beginning: 31 March."""
        assert due("Sign 4 new clients by the end of the next quarter") == "2027-03-31"

    @given(
        start=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 12, 31))
    )
    def test_same_as_within_the_next_quarter(self, start: datetime.date) -> None:
        """Whatever the start, both phrasings give one date."""
        assert due("Ship it by the end of the next quarter", start) == due(
            "Ship it within the next quarter", start
        )


class TestSeasonsWithAYear:
    """A season dated by its year is that season of that year, read by the word before it."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Sit the bar exam in 2029 spring", "2029-05-31"),
            ("Publish 2 papers in spring 2028", "2028-05-31"),
            ("Finish the thesis by the end of Autumn 2028", "2028-11-30"),
            # "by" and "until": by the day it begins, as "by summer" (edu-12063, car-13054)
            ("Finish the thesis by Autumn 2028", "2028-09-01"),
            ("Run a 10K until summer 2030", "2030-06-01"),
            (
                "Submitting the manuscript to potential agents and publishers by the fall of 2019.",
                "2019-09-01",
            ),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The season of that year: its last day, or its first after "by"."""
        assert due(statement) == deadline

    def test_without_a_year_by_is_its_arrival(self) -> None:
        """ "by summer" alone is still the day summer begins."""
        assert due("Lose 8 pounds by summer") == "2027-06-01"

    def test_a_year_and_season_before_a_noun_is_no_date(self) -> None:
        """ "the 2029 summer interns" names a group, not a deadline."""
        assert analyze_text("Mentor the 2029 summer interns").time_frames == ()

    @given(
        year=st.integers(min_value=2000, max_value=2099),
        season=st.sampled_from(["spring", "summer", "fall", "winter"]),
    )
    def test_either_order(self, year: int, season: str) -> None:
        """ "in 2029 spring" and "in spring 2029" give one date."""
        assert due(f"Pass it in {year} {season}") == due(f"Pass it in {season} {year}")


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]  # fmt: skip


class TestJoinedMonths:
    """Months joined by "&", "and", a dash or a comma end with the last one named."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Bike 300 miles in August & September", "2027-09-30"),
            ("Paint 4 rooms during March-April 2028", "2028-04-30"),
            ("Sell 40 plants during April, May and June", "2027-06-30"),
            ("Hike 6 trails in July/August", "2027-08-31"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The last month's end."""
        assert due(statement) == deadline

    def test_may_the_verb_stays_a_verb(self) -> None:
        """ "in June and may ..." ends in June: "may" there is a verb."""
        assert due("Plant 9 trees in June and may add more") == "2027-06-30"

    @given(
        first=st.sampled_from(_MONTH_NAMES),
        second=st.sampled_from(_MONTH_NAMES),
        joint=st.sampled_from([" & ", " and ", "-", "/", " through ", ", "]),
    )
    def test_the_last_month_decides(self, first: str, second: str, joint: str) -> None:
        """Whatever month comes first, the pair ends when the second alone would."""
        assert due(f"Read 6 books in {first}{joint}{second}") == due(f"Read 6 books in {second}")


class TestYearsWrittenShort:
    """Years as offices and schools write them: "FY 16", "SY 21-22", "in 17-18", "EOY"."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("In FY 24, the clinic will train 12 new volunteers", "2024-12-31"),
            ("Cut printing costs by 10% by FY2029", "2029-12-31"),
            ("Attendance at EOY SY 24-25 will reach 95%", "2025-06-30"),
            ("Raise the pass rate from 70% in 23-24 to 80% in 24-25.", "2025-06-30"),
            ("Our pupils will read 40 books by EOY", "2027-06-30"),
            ("Close 12 deals by EOY", "2027-12-31"),
            ("for 2031 my aim is to swim 50 km", "2031-12-31"),
            ("Pupils will score 70% by SY 2025-2026", "2026-06-30"),
            ("Students will read 90 words a minute at EOY 2028", "2028-06-30"),
            ("Ship 3 releases by EOY 2028", "2028-12-31"),
            ("Walk 8,000 steps a day for 2029 as well", "2029-12-31"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """A fiscal year is the calendar's; a school year ends in June; EOY is a school's
        year end where the statement speaks of school, else the calendar's."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        ["Run the route in 16-17 weeks", "Save for 2000 dollars", "Score in 16-18 range"],
    )
    def test_no_year(self, statement: str) -> None:
        """A range of something else, or a sum of money, is no year."""
        assert not any(
            frame.kind is TimeFrameKind.DATE for frame in analyze_text(statement).time_frames
        )

    @given(year=st.integers(min_value=0, max_value=68))
    def test_a_short_school_year_ends_in_june_of_the_second(self, year: int) -> None:
        """ "SY aa-bb" with bb the year after aa ends on 30 June of bb."""
        said = f"SY {year:02d}-{year + 1:02d}"
        assert due(f"Raise attendance to 95% in {said}") == f"{2000 + year + 1}-06-30"

    @given(year=st.integers(min_value=0, max_value=99))
    def test_a_fiscal_year_is_the_calendar_s(self, year: int) -> None:
        """ "in FY nn" ends on 31 December of 20nn."""
        assert due(f"Train 5 staff in FY {year:02d}") == f"{2000 + year}-12-31"


class TestSchoolGradesAndTermsAsEvents:
    """A grade or a counted term said as when the goal closes: an event with no date."""

    @pytest.mark.parametrize(
        ("statement", "event"),
        [
            ("Know every letter sound by grade two", "by grade two"),
            ("My class will count to 100 before leaving kindergarten", "leaving kindergarten"),
            ("Readers will be at level 30 when finishing 3rd grade", "finishing 3rd grade"),
            ("At the start of 5th grade, spell 200 words", "the start of 5th grade"),
            ("Write 3 essays by the end of the second term", "by the end of the second term"),
            ("Earn a B in the final trimester", "in the final trimester"),
        ],
    )
    def test_event(self, statement: str, event: str) -> None:
        """The grade or term is the deadline's event; no date is invented."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert [e.text for e in analysis.events] == [event]

    @pytest.mark.parametrize(
        "statement",
        ["By grade 4 students will read 20 books", "Teach 2nd grade reading twice a week"],
    )
    def test_a_grade_that_names_a_group_is_none(self, statement: str) -> None:
        """A grade that names who (students, a subject) sets no deadline."""
        assert analyze_text(statement).events == ()

    def test_this_term_is_still_a_date(self) -> None:
        """ "this term" stays the semester under way."""
        assert due("Get 80% in maths this term") == "2027-06-30"

    @given(grade=st.integers(min_value=1, max_value=12))
    def test_by_grade_n_is_an_event(self, grade: int) -> None:
        """ "by grade N" is always an event, whatever the grade."""
        analysis = analyze_text(f"Read chapter books by grade {grade}")
        assert analysis.time_frames == ()
        assert len(analysis.events) == 1


class TestEventsThatCloseTheGoal:
    """Occasions with no date that close the goal: read as events."""

    @pytest.mark.parametrize(
        ("statement", "event"),
        [
            ("Agree on a timeline by the end of the 2nd meeting", "by the end of the 2nd meeting"),
            ("Share what I learnt with the team upon my return", "upon my return"),
            ("Pass a quiz after finishing my fire training", "after finishing my fire training"),
            ("Bring my sugar log by next clinic appointment", "by next clinic appointment"),
            ("Be able to jog 3 miles in time for the charity race", "in time for the charity"),
            ("Save $900 by then", "by then"),
        ],
    )
    def test_event(self, statement: str, event: str) -> None:
        """The event is found, and no time frame is invented."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert [e.text for e in analysis.events] == [event]

    def test_a_return_on_something_is_no_event(self) -> None:
        """A return on an investment is no trip home."""
        assert analyze_text("Get a 5% return on the fund").events == ()


class TestNewYearsWithoutItsDay:
    """ "by New Years" is the turn of the year, as "before the new year" is."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Learn 500 kanji by New Years", "2027-12-31"),
            ("Pay off the card before New Year's", "2027-12-31"),
            ("Save $100 by New Year's Day", "2028-01-01"),  # its day is said
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """31 December, unless "Day" names 1 January."""
        assert due(statement) == deadline

    def test_years_alone_is_no_holiday(self) -> None:
        """ "in 5 years" stays an amount of time."""
        assert due("Open a bakery in 5 years") == "2032-01-04"


class TestPastPeriodsToCompareWith:
    """A period gone by, said to compare with ("than last semester"), is no deadline."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Get better marks than last semester",
            "Score higher than the previous semester did",
            "Sell more lemonade than last summer",
        ],
    )
    def test_no_deadline(self, statement: str) -> None:
        """The past period sets no deadline."""
        assert analyze_text(statement).time_frames == ()

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Finish this last semester with a 3.5 GPA", "2027-06-30"),
            ("Do 2 internships in the last semester of my degree", "2027-06-30"),
            ("Beat last semester's GPA this semester", "2027-06-30"),
        ],
    )
    def test_the_last_one_to_come_stays(self, statement: str, deadline: str) -> None:
        """ "this last semester", "in the last semester of ..." are still to come."""
        assert due(statement) == deadline


class TestMoreSpansAndDates:
    """The last part of a period, a school year with its dash left out, a day past a month's
    end, and a weekday's nights."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Cycle 400 km in the final 60 days of the year", "2027-12-31"),
            ("Tidy 2 drawers a day over the last ten days of the month", "2027-01-31"),
            ("Lift scores 5% by the end of the 2026 2027 school year", "2027-06-30"),
            ("Hold 12 workshops between May 1, 2027 and April 31, 2028", "2028-04-30"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The period's end; June in the second year; the month's last day."""
        assert due(statement) == deadline

    def test_a_weekday_s_nights_are_a_habit(self) -> None:
        """ "On Friday nights" is every Friday night: no deadline."""
        assert analyze_text("On Friday nights I'll play 2 chess games").time_frames == ()

    @given(amount=st.integers(min_value=1, max_value=60))
    def test_the_final_days_end_with_the_year(self, amount: int) -> None:
        """However many final days, they end on 31 December."""
        assert due(f"Read 9 books in the final {amount} days of the year") == "2027-12-31"


class TestAHolidaysGoal:
    """ "my Labor Day target" is for that day, as "My May goal" is for May."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("185 pounds is my Memorial Day target.", "2027-05-31"),
            ("Our Halloween goal: carve 10 pumpkins", "2027-10-31"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The holiday's next date."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        ["Finish my Christmas shopping early", "My New Year's resolution is to floss daily"],
    )
    def test_no_deadline(self, statement: str) -> None:
        """A holiday's errand, or a New Year's resolution (a kind), sets no deadline."""
        assert analyze_text(statement).time_frames == ()


class TestTimeJoinedToACount:
    """ "So 10 weeks and 10 pounds": an amount of time opening a clause, joined to a count."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("So 8 weeks and 6 kilos is my plan.", "2027-03-01"),
            ("Twelve months, 24 books.", "2028-01-04"),
        ],
    )
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The amount of time is the deadline; the count stays a target."""
        assert due(statement) == deadline

    def test_two_amounts_of_time_are_no_pair(self) -> None:
        """ "2 weeks and 3 days later" joins no count to the time."""
        assert analyze_text("2 weeks and 3 days later").time_frames == ()

    @given(
        weeks=st.integers(min_value=1, max_value=52), pounds=st.integers(min_value=1, max_value=99)
    )
    def test_the_count_is_a_target(self, weeks: int, pounds: int) -> None:
        """The count joined to the time is read as the only quantity."""
        assert counts(f"So {weeks} weeks and {pounds} pounds is the plan.") == [pounds]


class TestSpansSaidInLessUsualWords:
    """An amount of time is a deadline however it is written: a period said with "a", the
    period a plan is for, days written "d", months "mths", a month counted in the plan."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("He allows himself a six-week window to learn the chords", "2027-02-15"),
            ("They set aside a two-month period to rebuild the site", "2027-03-04"),
            ("Our focus for the week is to clear the backlog", "2027-01-10"),
            ("My targets for the month are two demos", "2027-01-31"),
            ("The team's goals for the quarter: 3 launches", "2027-03-31"),
            ("Reach 500 signups in the next 45D", "2027-02-18"),
            ("Book 12 calls within 60d", "2027-03-05"),
            ("Drop 6 kilos in 4 mths", "2027-05-04"),
            ("Land the grant 120 days from today", "2027-05-04"),
            ("Have a working prototype by month 4", "2027-05-04"),
            ("Hire two engineers by the end of month two", "2027-03-04"),
            ("Close the audit by the end of the third month", "2027-04-04"),
            ("Be conversational in a year and a half", "2028-07-04"),
            ("Save a deposit in three and a half years", "2030-07-04"),
            ("The aim of the 8 week course is to swim 1 mile", "2027-03-01"),
            ("Sign up for a 21-day journaling challenge", "2027-01-25"),
        ],
    )  # fmt: skip
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The span is read, and ends that long after the start."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        [
            "Model the new lobby in 3D",  # a dimension, not three days
            "Print 2D and 3D drafts of the logo",
            "Keep the store open for ten consecutive days",  # a streak, not a deadline
            "Compare results with the 12-month period before the launch",  # another period
            "Read through 2000 pages of case law",  # a count, not the year 2000
            "Raise my daily total by 2050 steps",
            "Work through 2000 practice questions",  # a compound noun counted
        ],
    )
    def test_no_deadline(self, statement: str) -> None:
        """Digits glued to a "D" that names a dimension, and a period already gone, set none."""
        assert due(statement) is None

    @given(amount=st.integers(min_value=10, max_value=999), lead=st.sampled_from(["in", "within"]))
    def test_days_written_d_are_days(self, amount: int, lead: str) -> None:
        """ "in 90d" ends where "in 90 days" does."""
        assert due(f"Ship it {lead} {amount}d") == due(f"Ship it {lead} {amount} days")

    @given(amount=st.integers(min_value=1, max_value=24))
    def test_month_n_of_the_plan_is_n_months_on(self, amount: int) -> None:
        """ "by month N" ends where "in N months" does."""
        assert due(f"Go live by month {amount}") == due(f"Go live in {amount} months")

    @given(
        amount=st.integers(min_value=1, max_value=9),
        unit=st.sampled_from(["week", "month", "year"]),
    )
    def test_and_a_half_lies_between(self, amount: int, unit: str) -> None:
        """ "N and a half units" ends after N units and before N + 1."""
        half = due(f"Finish it in {amount} and a half {unit}s")
        assert half is not None
        assert (
            due(f"Finish it in {amount} {unit}s") < half < due(f"Finish it in {amount + 1} {unit}s")
        )  # type: ignore[operator]


class TestDatesAndSchoolEndsSaidInLessUsualWords:
    """Dates, halves of a year and school ends written without the words first read."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Walk daily from now till start of April", "2027-04-01"),
            ("Keep a food diary until beginning of March", "2027-03-01"),
            ("Practise scales through October", "2027-10-31"),
            ("Skip dessert from now to Easter Sunday in April", "2027-04-30"),
            ("Publish the guide by the last day of February", "2027-02-28"),
            ("Sell the flat by mid-2028", "2028-06-30"),
            ("Cut cloud costs 15% by the end of H1", "2027-06-30"),
            ("Open two stores in H2 2028", "2028-12-31"),
            ("Train 4 mentors in the second half of the year", "2027-12-31"),
            ("Finish the thesis by the middle of the year", "2027-06-30"),
            ("Pay off the card by the close of the year", "2027-12-31"),
            ("Post 8 videos before the month is out", "2027-01-31"),
            ("Read 3 plays before year's end", "2027-12-31"),
            ("Write 3 essays by end of term", "2027-06-30"),
            ("By the end of pre-school, name 10 colours", "2027-06-30"),
            ("Pass the oral test by the end of the academic session", "2027-06-30"),
            ("By the IEP end date, Sam will read 40 words a minute", "2028-01-04"),
            ("Submit the claim by 28/02/2027", "2027-02-28"),  # day first: 28 is no month
            ("Mentor 4 juniors over the course of the year", "2027-12-31"),
            ("Clear my inbox by the new year", "2027-12-31"),
            ("After 10 weeks, I will deadlift 100 kg", "2027-03-15"),
            ("After 3 months of lessons, play 4 songs", "2027-04-04"),
            ("Fit into my suit by summertime", "2027-06-01"),
            ("Swim twice a week after work for 4 weeks", "2027-02-01"),  # a time of day
            ("STG (3 wks): Pt will stand for 2 minutes", "2027-01-25"),  # a care plan's horizon
            ("Long-term goal (6 months): client will cook 4 meals a week", "2027-07-04"),
            ("Keep a journal throughout 2027", "2027-12-31"),
            ("Hire 5 nurses by 1H 2028", "2028-06-30"),
            ("In 2028 students will read 30 books", "2028-12-31"),  # the subject, then its verb
            ("Raise the pass rate on the 2028 Regents Exam", "2028-12-31"),  # a name after it
            ("Sell 10 houses by 2028 because I can", "2028-12-31"),
            ("Earn $9,000 more in 2028 than in 2027", "2028-12-31"),
            ("Cycle 40 miles a week from now until the end of the year", "2027-12-31"),
            ("Bake bread twice a week from February to April", "2027-04-30"),
            ("Meditate daily between March and May", "2027-05-31"),
            ("Paint the fence over the weekend", "2027-01-10"),
            ("File 3 reports ahead of March", "2027-02-28"),  # before March begins
            ("Pass 2 audits prior to June", "2027-05-31"),  # before June begins
            ("Swim 3 times a week for the rest of the year", "2027-12-31"),
            ("Cook at home 5 nights a week for the remainder of the month", "2027-01-31"),
            ("Commit 6 mths to rebuilding my credit score", "2027-07-04"),  # time given to it
            ("Give it 10 weeks to see 3 new clients a week", "2027-03-15"),
            ("Client will name 3 triggers two weeks from the date of intake", "2027-01-18"),
            ("Our end-of-the-year goal is 12 new members", "2027-12-31"),
            ("Ride 100 miles at the conclusion of 10 weeks of training", "2027-03-15"),
            ("Upon completion of 6 weeks of therapy, climb 12 stairs", "2027-02-15"),
        ],
    )  # fmt: skip
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The date is read as the deadline."""
        assert due(statement) == deadline

    def test_a_verb_after_through_is_no_month(self) -> None:
        """ "going through may help": "may" is a verb."""
        assert due("Going through may help me save 10 dollars") is None

    @pytest.mark.parametrize(
        "statement",
        ["Bend the knee 90 degrees by 6 weeks post-op", "Jog 1 mile at 12 weeks postpartum"],
    )
    def test_time_after_surgery_or_birth_is_an_undated_deadline(self, statement: str) -> None:
        """Counted from a day unsaid: Time-bound, but no date to draft."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert analysis.events


class TestStagesOfSchoolAndEventsToCome:
    """A stage of school and an event still to come close a goal on a day unsaid."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Keep a 3.8 average throughout my university years",
            "Join two clubs during high school",
            "Publish one paper during grad school",
            "Have 3 demos ready for the upcoming investor day",
            "Fix 20 bugs before our forthcoming release",
            "Patient will stand for 3 minutes by the end of the plan of care",
            "Close 12 tickets this sprint",
            "Merge 4 pull requests in the next 2 sprints",
            "Sign 10 beta users before launch",
            "Taper to 20 miles a week by race day",
            "Put $200 aside by payday",
            "Learn 300 kanji before I graduate",
            "Visit Grandma 6 times before she moves abroad",
            "Lose 8 pounds by the time the baby arrives",
            "Read 6 books during my paternity leave",
            "Sketch 30 scenes while on sabbatical",
            "This time, I will speak without notes",  # the next occasion
            "By the end, each intern will lead 2 stand-ups",  # of something the page names
            "Pupils will build 2 circuits in this unit",  # the unit under way
        ],
    )
    def test_an_undated_deadline(self, statement: str) -> None:
        """Time-bound, with no date to draft."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert analysis.events

    @pytest.mark.parametrize(
        "statement",
        [
            "Play rugby in college",  # where, not when
            "Read about upcoming trends in design",  # what, not when
            "Walk to school with my brother",
            "Lead a project with 2-week sprints",  # sprints as a way of working
            "Stretch for 5 minutes before I go to sleep",  # a habit's time
            "Launch the newsletter with 100 readers",  # "launch" a verb
            "This time of year, walk 2 miles a day",  # a season of habits
            "Read to the end, then write 3 notes",
            "Earn a B or better in this course",  # the course's grade, not its end
        ],
    )
    def test_no_deadline(self, statement: str) -> None:
        """Said where, or of what, they set no deadline."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert not analysis.events


# Pieces of time frames, joined at random: the cheap tests before the patterns must let
# through every text a pattern reads.
_TIME_PIECES = st.lists(
    st.sampled_from(
        ["this", "time", "by", "the", "end", ",", ".", "!", ";", " ", "  ", "\t", "i", "we",
         "next", "3", "30", "d", "mo", "mth", "wk", "yr", "s", "-", "in", "x", "3rd", "first",
         "week", "month", "year", "of", "spend"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


class TestCheapGatesOfTimeFrames:
    """A gate that lets most statements skip a pattern never hides what it reads."""

    @given(_TIME_PIECES)
    def test_the_short_unit_hint_finds_what_its_one_pattern_did(self, text: str) -> None:
        """'6 mo', '30D', 'next 3d': the hint split for speed reads as the one pattern did."""
        one_pattern = re.compile(r"\d\s*-?\s*(?:yr|mo|mth|wk)s?\b|(?:next\s+\d|\d\d)\s*d\b")
        assert time_frames_module._short_units(text) == (one_pattern.search(text) is not None)

    @given(_TIME_PIECES)
    def test_a_unit_is_said_where_a_unit_hint_is(self, text: str) -> None:
        """The unit test written out word by word reads as the list of hints does."""
        hints = time_frames_module._UNIT_HINTS
        assert time_frames_module._says_a_unit(text) == any(hint in text for hint in hints)

    @given(_TIME_PIECES)
    def test_an_opening_occasion_is_looked_for_where_a_sentence_opens(self, text: str) -> None:
        """'This time, I ...', 'By the end, ...' are read only after a sentence's start."""
        if dates_module._OPENING_OCCASION_RE[0].search(text) is not None:
            assert dates_module._opens_with_this_or_by(text, 0)

    @given(_TIME_PIECES)
    def test_a_period_end_is_looked_for_where_end_starts_a_word(self, text: str) -> None:
        """'the end of the month', 'year-end', 'before the week ends', never 'spend' alone."""
        for match in time_frames_module._PERIOD_END_RE[0].finditer(text):
            if "end" in match.group():
                assert time_frames_module._END_WORD_RE.search(text) is not None

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("This time, I will run 5k without stopping", True),
            ("Last talk ran long. This time I will finish in 10 minutes", True),
            ("Spend time with 2 friends each week", False),  # "time" inside a sentence
            ("Read to the end of 3 books", False),
        ],
    )
    def test_an_occasion_at_a_sentence_start(self, statement: str, expected: bool) -> None:
        """Read at a sentence's start only, however common its words."""
        assert bool(analyze_text(statement).events) is expected


class TestYearsNamedAndKindsOfYear:
    """A year said as the goal's own, and years counted by their kind."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("2031, the year I finish 12 quilts", "2031-12-31"),
            ("I want 2029 to be the year of 3 marathons", "2029-12-31"),
            ("Make 2030 the year I save 5000 dollars", "2030-12-31"),
            ("2028 is my year to publish 2 papers", "2028-12-31"),
        ],
    )
    def test_a_year_named_as_the_goals_own(self, statement: str, expected: str) -> None:
        """A year in digits called "the year" (of, in which, to be) ends the goal."""
        assert due(statement) == expected

    @pytest.mark.parametrize(
        "statement",
        [
            "Since 2019, the year I moved, I have run 3 races",  # a start, long past
            "Read 40 books in the year 2028-2029 school plan",  # not "the year" after it
        ],
    )
    def test_a_year_that_only_dates_something_else(self, statement: str) -> None:
        """A year beside "the year" without naming the goal's year is not read this way."""
        assert due(statement) != "2019-12-31"

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("Walk 500 miles within one calendar year", "2028-01-04"),
            ("Read 30 papers in two academic years", "2029-01-04"),
            ("Pass 4 exams over a period of one academic year", "2028-01-04"),
            ("Cycle 2024 km in the 2024 calendar year", "2024-12-31"),  # a year by its number
        ],
    )
    def test_years_counted_by_their_kind(self, statement: str, expected: str) -> None:
        """ "calendar" and "academic" years are years from the start, as plain years are."""
        assert due(statement) == expected

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("Bake 20 pies during Thanksgiving", "2027-11-25"),
            ("Sing 3 carols this Christmas", "2027-12-25"),
            ("Lose 4 pounds by Christmas", "2027-12-25"),
        ],
    )
    def test_a_holiday_said_as_a_month_is(self, statement: str, expected: str) -> None:
        """ "during" and "this" lead in to a holiday as they do to a month."""
        assert due(statement) == expected

    @given(st.integers(min_value=1, max_value=12))
    def test_the_nth_week_ends_as_week_n_does(self, nth: int) -> None:
        """ "by the end of the sixth week" and "by week 6" name the same last day."""
        ordinal = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                   "ninth", "tenth", "eleventh", "twelfth"][nth - 1]  # fmt: skip
        assert due(f"Swim 3 km by the end of the {ordinal} week") == due(f"Swim 3 km by week {nth}")


class TestComparedAndStartingTime:
    """Time a goal is compared with, and a start said with an adverb."""

    @pytest.mark.parametrize(
        "statement",
        [
            "Practise 10 more minutes a day than you did in 2024",
            "Sell more than we did in 2025",
            "Run faster than in 2026",
        ],
    )
    def test_the_time_compared_with_is_no_deadline(self, statement: str) -> None:
        """A year after "than" is the one compared with."""
        assert due(statement) is None

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("Earn more than 500 dollars in 2028", "2028-12-31"),  # the goal's own year
            ("Make 20 sales more in 2029 than in 2028", "2029-12-31"),
        ],
    )
    def test_a_deadline_beside_than(self, statement: str, expected: str) -> None:
        """A number after "than", or the year before it, is still the goal's."""
        assert due(statement) == expected


class TestPastAndComingOccasions:
    """A past told in the past perfect, and a test still to come called "testing"."""

    def test_a_time_told_in_the_past_perfect_is_no_deadline(self) -> None:
        """ "the 6 pounds I had gained over the holidays" says when, long before the goal."""
        assert due("Lose the 6 pounds I had gained over the winter") is None

    def test_a_deadline_after_had_and_a_plain_verb(self) -> None:
        """ "had hoped to finish by June": the verb before the time is not in the past."""
        assert due("I had hoped to finish 3 chapters by June") == "2027-06-30"

    @pytest.mark.parametrize(
        "statement",
        ["Raise our scores by 10 points on the next district testing",
         "Gain 5 points on our upcoming state testing"],
    )  # fmt: skip
    def test_the_next_testing_is_an_undated_deadline(self, statement: str) -> None:
        """A sitting still to come, called "testing", closes the goal on a day unsaid."""
        analysis = analyze_text(statement)
        assert analysis.time_frames == ()
        assert analysis.events


# Pieces of school terms and parts of a year, joined at random (lower-cased, as
# `searchable` hands them to the patterns).
_SCHOOL_AND_PART_PIECES = st.lists(
    st.sampled_from(
        ["by", "the", "end", "of", "this", "next", "coming", "semester", "term", "school",
         "academic", "year", "session", "iep", "2025", "-", "26", "first", "day", "starts",
         "mid", "middle", "half", "h1", "2h", "month", "rest", "remainder", "week", "weeks",
         "quarter", "may", "october", "2028", "second", "two", "’s", "in", "for", "at",
         "eod", "close", "business", "shift", "my", "lunch", "dinnertime", "grade", "pre-k",
         "kindergarten", "spring", "fall", "from", "now", "today", "time", "3", "months", "days",
         "goal", "aim", "q2", "/", "27", "challenge",
         " ", " ", " ", "  ", ","]
    ),
    max_size=14,
).map("".join)  # fmt: skip


_ZERO_PIECES = st.lists(
    st.sampled_from(
        ["no", "not", "don't", "won’t", "never", "to", "say", "quit", "stop", "avoid", "or",
         "give", "gave", "up", "on", "cut", "out", "done", "with", "am", "be", "zero", "eat",
         "eliminate", "soda", "sweets", "will", "going", "i", "who", "feel", "being", "a",
         "lot", ",", ".", "!", "'"]
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


class TestZeroRulesTriedWhereSaid:
    """The zero rules' alternatives, each tried only where its words are said, find what the
    whole alternation finds."""

    @given(_ZERO_PIECES)
    def test_zero_rules_read_as_by_the_whole_pattern(self, text: str) -> None:
        """'No sweets', 'say no to', 'don't', 'quit', 'give up', 'cut out', 'won't': the
        alternatives said find the whole pattern's spans, in order."""
        zero = measures_module._ZERO
        assert [m.span() for m in zero.finditer(text, 0)] == [
            m.span() for m in zero.whole[0].finditer(text)
        ]

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            # edu-4015: two zero rules, each said by its own alternative.
            ("To not give instructions until all students stop talking", ["To not", "stop"]),
            ("Give up soda", ["Give up"]),
            ("Say no to sugary drinks", ["Say no to"]),
        ],
    )
    def test_each_zero_rule_is_still_read(self, statement: str, expected: list[str]) -> None:
        """Each alternative still reads its own phrasing where its words are said."""
        assert [w.text for w in measures_module.standards(statement)] == expected

    def test_no_zero_word_no_zero_rule(self) -> None:
        """A statement with none of the alternatives' words runs none of them."""
        assert list(measures_module._ZERO.finditer("run 5 km every morning", 0)) == []


class TestAlternativesTriedWhereSaid:
    """A pattern whose alternatives are tried only where their words are said finds what the
    whole pattern finds: the same spans and the same groups."""

    @given(_SCHOOL_AND_PART_PIECES)
    def test_school_time_and_parts_of_a_year_read_as_by_the_whole_pattern(self, text: str) -> None:
        """'by the end of the semester', 'for the 2025-26 school year', 'mid-October'; 'by
        the end of my shift', 'before lunch', 'by the end of kindergarten', '3 months from now'."""
        patterns = (
            dates_module._SCHOOL,
            dates_module._PART,
            dates_module._DAY_END,
            dates_module._HALF_OR_GRADE,
            time_frames_module._FROM_NOW,
        )
        for pattern in patterns:
            whole = [(m.span(), m.groupdict()) for m in pattern.whole[0].finditer(text)]
            tried = [(m.span(), m.groupdict()) for m in pattern.finditer(text, 0)]
            assert tried == whole

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("pass every class by the end of the semester", "by the end of the semester"),
            ("read 30 books during the 2026-2027 school year", "during the 2026-2027 school year"),
            ("finish the course in two semesters", "in two semesters"),
            ("launch the site by mid-october", "by mid-october"),
            ("save $500 for the rest of may", "for the rest of may"),
            ("walk daily in the first two weeks of june", "in the first two weeks of june"),
            ("file the notes before eod", "before eod"),
            ("read 40 books by the end of second grade", "by the end of second grade"),
            ("write 5 pages 3 weeks from today", "3 weeks from today"),
        ],
    )
    def test_what_the_words_said_let_through(self, statement: str, expected: str) -> None:
        """Each alternative still reads its own phrasing, alone in a statement."""
        found = [
            m.group()
            for pattern in (
                dates_module._SCHOOL,
                dates_module._PART,
                dates_module._DAY_END,
                dates_module._HALF_OR_GRADE,
                time_frames_module._FROM_NOW,
            )
            for m in pattern.finditer(statement, 0)
        ]
        assert found == [expected]

    @given(_SCHOOL_AND_PART_PIECES, st.sampled_from(["", "this ", "a 28 day challenge", "/"]))
    def test_a_length_and_a_split_year_are_read_where_their_gates_let_them(
        self, text: str, more: str
    ) -> None:
        """'the goal of the 6 week course', 'Q2 of 2027-28': each gate lets its pattern's texts
        through."""
        text += more
        if time_frames_module._THIS_LENGTH_RE[0].search(text) is not None:
            assert time_frames_module._may_say_a_length(text, 0)
        if dates_module._SPLIT_YEAR_QUARTER_RE[0].search(text) is not None:
            assert dates_module._may_split_a_year(text)

    @pytest.mark.parametrize(
        "text",
        ["the goal of the 6 week course is done", "in q2 of 2027-28", "this 30 day plan"],
    )
    def test_the_length_and_split_year_gates_let_these_through(self, text: str) -> None:
        """Each reads with its pattern, behind its gate."""
        length = time_frames_module._THIS_LENGTH_RE[0].search(text)
        split = dates_module._SPLIT_YEAR_QUARTER_RE[0].search(text)
        assert length is not None or split is not None
        assert time_frames_module._may_say_a_length(text, 0) or dates_module._may_split_a_year(text)


# ------------------------------------------------- speed gates of Specific's actions

# Words of every sort a statement about a thing of a kind holds: the kinds themselves,
# words that hold a stem inside another ("contest", "workshop", "planet"), others.
_KIND_WORDS = [
    *sorted(wording.KINDS | wording.WORK_IN_GENERAL),
    "contest", "workshop", "planet", "Projector", "EXAMPLE", "draftsman", "pass", "a",
    "new", "the", "my", "of", "on", "Python", "finish", "write", "by", "Friday",
]  # fmt: skip
_KIND_STATEMENTS = st.lists(
    st.tuples(
        st.sampled_from(_KIND_WORDS),
        st.sampled_from(["lower", "upper", "title"]),
        st.sampled_from(["", ".", ",", "(s)", "'s", "!"]),
    ),
    min_size=1,
    max_size=10,
).map(lambda words: " ".join(getattr(w, case)() + end for w, case, end in words))


@given(_KIND_STATEMENTS)
def test_kind_gate_never_skips_a_kind_the_reading_would_find(statement: str) -> None:
    """The substring gate of `unnamed_kinds` lets through every statement the one search
    it replaced found a stem in, and every statement whose actions act on a kind."""
    lowered = statement.lower()
    searched = re.search("|".join(wording._KIND_STEMS), lowered) is not None
    assert wording._names_a_kind(lowered) == searched
    found = actions(statement, tokenize(statement), DEFAULT_LEXICON, [])
    said = {
        word.strip(".,;:!?")
        for action in found
        for word in statement[action.start :].lower().split()
    }
    if not said.isdisjoint(wording.KINDS | wording.WORK_IN_GENERAL):
        assert wording._names_a_kind(lowered)


# ------------------------------------- spans in hours, glued metres, clock times, events
# Classes read after round 13 joined development, each fixing statements in several rounds
# (or a reader bug); statements quoted from the corpus carry their id.


class TestSpansInHours:
    """A span in hours closing the goal, a range read by its lower end, or led by "in"."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            # hea-13013, hea-13014: "in" and a range, the day the first end's last hour is in
            ("The patient will experience relief from nausea and vomiting in 2-4 hours",
             "2027-01-04"),
            ("The clients’ fluid intake and output will be balanced in 12 to 24 hours.",
             "2027-01-04"),
            # hea-11145: "After N-M hours of ..." opening the sentence
            ("After 2-3 hours of health teaching, the client will be able to verbalize "
             "understanding the importance of sleep.", "2027-01-04"),
            # hea-12280: "in 24 hours" closing the clause
            ("The pt will cough and deep breath effectively every 2 hrs in 24 hours",
             "2027-01-05"),
            ("Patient will report relief within 24 to 48 hours.", "2027-01-05"),
        ],
    )  # fmt: skip
    def test_deadline(self, statement: str, deadline: str) -> None:
        """The span is the deadline."""
        assert due(statement) == deadline

    @pytest.mark.parametrize(
        "statement",
        [
            # hea-6118, hea-11173: a course against the clock: the hours are the time to beat
            "I need to be able to swim 5 miles in open water in 4 hours.",
            "Run the Barcelona Marathon in 4 hours",
            # inside a clause: a standard for each time
            "Answer every ticket in 2 hours or less",
        ],
    )
    def test_not_a_deadline(self, statement: str) -> None:
        """Hours that say how fast are no deadline."""
        assert analyze_text(statement).time_frames == ()

    @given(
        low=st.integers(min_value=1, max_value=72),
        more=st.integers(min_value=1, max_value=48),
        lead=st.sampled_from(["in", "within"]),
        dash=st.sampled_from(["-", "–", " to "]),
    )
    def test_a_range_ends_with_its_lower_end(
        self, low: int, more: int, lead: str, dash: str
    ) -> None:
        """A ranged span ends where its lower end alone would: never before it, never later."""
        ranged = due(f"The wound will be dressed {lead} {low}{dash}{low + more} hours.")
        assert ranged == due(f"The wound will be dressed {lead} {low} hours.")
        assert ranged is not None
        assert ranged >= MONDAY.isoformat()


class TestGluedMetresAndClockTimes:
    """Metres with their thousands are metres; a time of day with a dot is no count."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            # hea-13183, hea-13182
            ("The reality is that I’ve set a goal of 10,000m per month for 12 months.", [10000]),
            ("This month I’ve decided to up the ante a bit by going for 1000km and 10,000m of "
             "climbing.", [1000, 10000]),
            ("Run a 5,000m PB.", [5000]),  # hea-12011
            # millions still: after a currency, before any other word
            ("Reach $10m revenue by 2030", [10_000_000]),
            ("Raise 3m of funding by 2030", [3_000_000]),
            ("Get 1,000m users by 2030", [1_000_000_000]),
        ],
    )  # fmt: skip
    def test_metres(self, statement: str, expected: list[float]) -> None:
        """The "m" the corpus's phrasings mean."""
        assert counts(statement) == expected

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            # hea-13246
            ("I started the app at about 3.30pm as you see below and resolved to fast until "
             "about 12.30 tomorrow, when I will have a late breakfast.", []),
            ("Wake up at 6.45 every day this month", []),
            # before what it measures, a number: a pace, a weight
            ("Run 5 miles at 6.45 pace this month", [5, 6.45]),
            ("Be at 12.30 stone by June", [12.3]),
        ],
    )  # fmt: skip
    def test_clock_times(self, statement: str, expected: list[float]) -> None:
        """A time of day after "at" or "until" counts nothing."""
        assert counts(statement) == expected

    @given(
        hour=st.integers(min_value=0, max_value=23),
        minute=st.integers(min_value=0, max_value=59),
        before=st.sampled_from(["at", "until", "till", "before", "after", "until about"]),
        after=st.sampled_from(["tomorrow", "every day", "each morning", ".", ", then rest"]),
    )
    def test_a_clock_time_is_never_a_target(
        self, hour: int, minute: int, before: str, after: str
    ) -> None:
        """ "fast {before} H.MM ..." drafts no key result for the time of day."""
        statement = f"Fast {before} {hour}.{minute:02d} {after}".replace(" .", ".")
        assert counts(statement) == []

    @given(thousands=st.integers(min_value=1, max_value=99), rest=st.integers(0, 999))
    def test_metres_with_thousands_read_as_without(self, thousands: int, rest: int) -> None:
        """ "12,345m per month" is the same distance as "12345m per month"."""
        value = thousands * 1000 + rest
        assert counts(f"Climb {value:,}m per month") == counts(f"Climb {value}m per month")
        assert counts(f"Climb {value:,}m per month") == [value]


class TestRacesSessionsAndMoments:
    """Undated events closing a goal: a named race, the end of sessions, a moment to come."""

    @pytest.mark.parametrize(
        "statement",
        [
            "qualify to run the Boston Marathon",  # hea-6002: no day closes qualifying
            "Run the BAA 10k in under 40 min",  # hea-10105: a 10k is read as a distance
            "Run a Half Marathon",
            "Run a marathon",
            # edu-4528, hea-113: a daily moment
            "My 2-year-old will be able to tie her shoes independently before we leave the "
            "house every morning.",
            "I want to reduce the amount of screen time I have before I go to sleep every night.",
            "by the end of each tutoring session, the student can explain the concepts",
        ],
    )
    def test_no_event(self, statement: str) -> None:
        """Which race, or a moment each day: nothing closes the goal."""
        assert analyze_text(statement).events == ()

    def test_the_session_s_end_stays_the_day_s(self) -> None:
        """ "by the end of the session" is the day the goal starts, a date, not an event."""
        analysis = analyze_text("Client will select a song by the end of the session.")
        assert analysis.events == ()
        assert due("Client will select a song by the end of the session.") == "2027-01-04"
