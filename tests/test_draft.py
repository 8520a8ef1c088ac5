"""Drafting goals from one sentence."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import (
    Criterion,
    Direction,
    Goal,
    GoalKind,
    ValidationError,
    analyze_text,
    assess,
    draft,
)
from goalkit._draft import _LIMIT_BEFORE, _LIMIT_TEXT, _is_limit, _zero_alone
from goalkit._model import MAX_MAGNITUDE
from goalkit._schedule import add
from goalkit._text import DEFAULT_LEXICON, analyze

JAN_15 = datetime.date(2027, 1, 15)
JAN_31 = datetime.date(2027, 1, 31)


def test_networking_milestone_from_the_domain() -> None:
    """The domain's networking sentence gives due start + 6 months and a key result of 4 events."""
    goal = draft(
        "Improve networking skills within six months by attending four industry-specific events",
        start=JAN_15,
    )
    assert goal.start == JAN_15
    assert goal.due == datetime.date(2027, 7, 15)
    assert [(kr.title, kr.target, kr.unit, kr.due) for kr in goal.key_results] == [
        ("Industry-specific events attended", 4, "events", datetime.date(2027, 7, 15))
    ]


def test_three_months_from_31_january_is_30_april() -> None:
    """Month arithmetic never drifts past a month's end."""
    goal = draft("Give 5 presentations in the next three months", start=JAN_31)
    assert goal.due == datetime.date(2027, 4, 30)
    assert [(kr.title, kr.target) for kr in goal.key_results] == [("Presentations given", 5)]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Publish two articles by June 2027", datetime.date(2027, 6, 30)),
        ("Publish two articles by 2027-06-30", datetime.date(2027, 6, 30)),
        ("Publish two articles by the end of the quarter", datetime.date(2027, 3, 31)),
        ("Publish two articles by the end of the year", datetime.date(2027, 12, 31)),
        ("Learn a new software within 2 months", datetime.date(2027, 3, 15)),
        ("Aim for a managerial position in 5 years", datetime.date(2032, 1, 15)),
        # "the next quarter" is a calendar quarter: on 15 January, the one ending in March.
        ("Ship the beta over the next quarter", datetime.date(2027, 3, 31)),
        ("Learn SQL", None),
        ("Get promoted soon", None),
    ],
)
def test_due_date_from_each_time_frame_form(sentence: str, due: datetime.date | None) -> None:
    """Each time-frame form sets due from the start; no time frame leaves due empty."""
    assert draft(sentence, start=JAN_15).due == due


def test_lead_in_is_dropped_and_the_title_capitalised() -> None:
    """'I want to ...' is how people start a goal; the title starts at the action."""
    goal = draft(
        "I want to enhance my public speaking skills by giving five presentations "
        "in the next three months.",
        start=JAN_31,
    )
    assert goal.title == (
        "Enhance my public speaking skills by giving five presentations in the next three months"
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Learn a new software within 2 months", GoalKind.LEARNING),
        ("Study for the AWS certification exam", GoalKind.LEARNING),
        ("Improve networking skills by attending four events", GoalKind.DEVELOPMENT),
        ("Be more confident in meetings", GoalKind.DEVELOPMENT),
        ("Sell 1,200 licences this year", GoalKind.PERFORMANCE),
    ],
)
def test_kind_is_guessed_from_the_wording(sentence: str, kind: GoalKind) -> None:
    """Learning verbs make a LEARNING goal, growth words DEVELOPMENT, the rest PERFORMANCE."""
    assert draft(sentence, start=JAN_15).kind is kind


def test_given_kind_wins_over_the_guess() -> None:
    """A kind passed in is used as is."""
    goal = draft("Learn SQL in a month", start=JAN_15, kind=GoalKind.PERFORMANCE)
    assert goal.kind is GoalKind.PERFORMANCE


def test_percentages_and_several_numbers_become_key_results() -> None:
    """Every quantity becomes a key result; a percentage counts in '%'."""
    goal = draft(
        "Achieve a 30% increase in professional satisfaction and interview 12 mentors "
        "by the end of the year",
        start=JAN_15,
    )
    assert [(kr.title, kr.target, kr.unit) for kr in goal.key_results] == [
        ("30% increase in professional satisfaction", 30, "%"),
        ("Mentors interviewed", 12, "mentors"),
    ]


def test_zero_is_a_target_to_hold_at_most() -> None:
    """'zero incidents' is a threshold to hold: a target of 0, reached at or below it."""
    [kr] = draft("Ship with zero incidents this quarter", start=JAN_15).key_results
    assert (kr.target, kr.baseline, kr.direction) == (0, 0, Direction.AT_MOST)


def test_drafted_goal_assesses_as_the_text_deserves() -> None:
    """A drafted SMART sentence fails only Relevant, until relevance is stated."""
    goal = draft(
        "Improve networking skills within six months by attending four industry-specific events",
        start=JAN_15,
    )
    report = assess(goal, as_of=JAN_15)
    assert report.failed == (Criterion.RELEVANT,)
    assert "M-TEXT-ONLY" not in report.codes  # the number is recorded as a key result
    assert "T-TEXT-ONLY" not in report.codes  # the deadline is recorded as due
    stated = attrs.evolve(goal, relevance="Ana's next role depends on people she has not met")
    assert assess(stated, as_of=JAN_15).passed


def test_drafted_vague_goal_stays_vague() -> None:
    """'I want to improve my skills' drafts into a goal that fails S, M and T."""
    report = assess(draft("I want to improve my skills", start=JAN_15), as_of=JAN_15)
    assert {Criterion.SPECIFIC, Criterion.MEASURABLE, Criterion.TIME_BOUND} <= set(report.failed)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"text": "   ", "start": JAN_15}, "text"),
        ({"text": "I want to", "start": JAN_15}, "text"),
        ({"text": 5, "start": JAN_15}, "text"),
        ({"text": "Learn SQL", "start": "2027-01-15"}, "start"),
        ({"text": "Learn SQL", "start": datetime.datetime(2027, 1, 15)}, "start"),
        ({"text": "Learn SQL", "start": JAN_15, "kind": "learning"}, "kind"),
        ({"text": "Publish a paper in 9000 years", "start": JAN_15}, "text"),
    ],
)
def test_bad_input_is_a_clear_error(arguments: dict[str, object], field: str) -> None:
    """Blank text, a wrong type or a time frame past the calendar raise ValidationError."""
    with pytest.raises(ValidationError) as caught:
        draft(**arguments)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert str(caught.value).startswith(f"draft.{field}: expected ")


@given(st.text(min_size=1, max_size=120), st.dates())
def test_draft_returns_a_goal_or_a_clear_error(text: str, start: datetime.date) -> None:
    """Whatever is typed, draft returns a valid goal or raises ValidationError."""
    try:
        goal = draft(text, start=start)
    except ValidationError:
        return
    assert isinstance(goal, Goal)
    # The goal is what the reader read in its title: the first time frame, each count.
    assert goal.title == goal.title.strip() != ""
    analysis = analyze_text(goal.title)
    frames = analysis.time_frames
    assert goal.due == (frames[0].due_from(start) if frames else None)
    if goal.due is not None and goal.due < start:
        # Only a year the statement names puts the deadline before the drafting day,
        # and then the goal is one of the past, with no start.
        assert frames[0].year is not None
        assert goal.start is None
    else:
        assert goal.start == start
    # ... a zero said on its own included, as a bound to stay at or below; a number with the
    # inch mark is a size ('trace letters 2" tall'), not a count.
    counts = [
        q.value
        for q in analysis.quantities
        if q.value <= MAX_MAGNITUDE
        and (q.value > 0 or _zero_alone(q))
        and not (analysis.text[q.end : q.end + 1] in ('"', "”") and q.text[-1:].isdigit())
    ]
    assert [kr.target for kr in goal.key_results] == counts
    assert all(
        kr.direction is Direction.AT_MOST
        for kr in goal.key_results
        if kr.target == 0 == kr.baseline
    )
    assert all(kr.due == goal.due for kr in goal.key_results)


MONDAY = datetime.date(2027, 1, 4)


def drafted(sentence: str) -> tuple[str | None, list[float]]:
    """The due date and key-result targets of a draft started on Monday 2027-01-04."""
    goal = draft(sentence, start=MONDAY)
    return (
        None if goal.due is None else goal.due.isoformat(),
        [kr.target for kr in goal.key_results],
    )


class TestDraftPhrasings:
    """Each phrasing class of issue 10 drafts the due date and targets a person would write."""

    @pytest.mark.parametrize(
        ("sentence", "due", "targets"),
        [
            # numbers glued to units
            ("I will lose 10lbs in 3 months", "2027-04-04", [10]),
            ("Lose 4kg by the end of the quarter", "2027-03-31", [4]),
            ("Run 5km three times a week for the next month", "2027-02-04", [5, 3]),
            ("Study 2hrs a day this semester", "2027-06-30", [2]),
            # slash dates: US month/day; a date is never a key result
            ("Lose 10 pounds by 6/30", "2027-06-30", [10]),
            ("Read 12 books before 12/31", "2027-12-31", [12]),
            # scores out of N are one quantity
            ("Raise my confidence from 7/10 to 8.5/10 in 3 months", "2027-04-04", [8.5]),
            ("Identify early signs in 9 out of 10 cases within 3 months", "2027-04-04", [9]),
            # rates are never the deadline beside a real one
            ("Write two papers in a week within the next six months", "2027-07-04", [2]),
            ("Eat fish twice a week for the next month", "2027-02-04", [2]),
            ("Attend therapy once a week for the next month", "2027-02-04", [1]),
            # ages and years are never quantities
            ("Run a half marathon by the time I am 30 years old", None, []),
            ("Grow revenue 20% over the 2015 numbers by the end of the year", "2027-12-31", [20]),
            # parts of months
            ("Cut sugar to 0 grams for the month of February", "2027-02-28", [0]),
            ("Walk 10,000 steps a day for the first two weeks of November", "2027-11-14",
             [10000]),
            # "this week", "this semester": documented choices
            ("Record 3 lessons this week", "2027-01-10", [3]),
            ("Keep my GPA at 3.5 this semester", "2027-06-30", [3.5]),
            # changes said from and to
            ("Reduce failed insertions from 40% to 10% in 3 months", "2027-04-04", [10]),
            ("Increase sales by 50% before the new year: from $4000 a month to $6000 a month",
             "2027-12-31", [6000]),
        ],
    )  # fmt: skip
    def test_draft(self, sentence: str, due: str | None, targets: list[float]) -> None:
        """The draft's due date and targets are what the sentence says, and only that."""
        assert drafted(sentence) == (due, targets)

    def test_a_change_keeps_its_baseline(self) -> None:
        """ "from 40% to 10%" drafts a key result from 40 down to 10."""
        goal = draft("Reduce failed insertions from 40% to 10% in 3 months", start=MONDAY)
        key_result = goal.key_results[0]
        assert (key_result.baseline, key_result.target, key_result.unit) == (40, 10, "%")
        assert key_result.direction is Direction.DECREASE

    def test_a_deadline_event_drafts_no_due_date(self) -> None:
        """ "for my wedding" is a deadline, but no date can be drafted from it."""
        assert drafted("I am trying to lose 10 pounds for my wedding") == (None, [10])


class TestPastDeadlines:
    """A deadline in a year already gone is drafted as stated: a goal of the past."""

    @pytest.mark.parametrize(
        ("sentence", "due", "targets"),
        [
            ("Read 10 books in 2022", "2022-12-31", [10]),
            ("By June 2018, 80% of students will be proficient in reading", "2018-06-30", [80]),
            ("Run an official, timed half marathon by the end of 2019", "2019-12-31", []),
            ("By April 10, 2011, 70 percent of students will pass", "2011-04-10", [70]),
            ("Lose 10 pounds by 6/30/2020", "2020-06-30", [10]),
        ],
    )
    def test_past_deadline_is_kept(self, sentence: str, due: str, targets: list[float]) -> None:
        """The year is read as written, never moved to a later one."""
        assert drafted(sentence) == (due, targets)

    def test_a_past_goal_has_no_start_and_its_verdict_says_it_is_past(self) -> None:
        """A goal cannot start after it was due; assessing it on the drafting day says so."""
        goal = draft("Read 10 books in 2022", start=MONDAY)
        assert goal.start is None
        assert goal.due == datetime.date(2022, 12, 31)
        assert "T-PAST-DUE" in assess(goal, as_of=MONDAY).codes

    def test_a_date_without_a_year_is_never_in_the_past(self) -> None:
        """ "by June" is the next June, so only a named year can lie behind the start."""
        assert drafted("Read 10 books by June") == ("2027-06-30", [10])
        assert drafted("Read 10 books by January 2") == ("2028-01-02", [10])


class TestCalendarQuarters:
    """ "the next quarter" is a calendar quarter, not three months from the start."""

    @pytest.mark.parametrize(
        ("sentence", "start", "due"),
        [
            ("Increase sales by 20% in the next quarter", MONDAY, "2027-03-31"),
            ("Improve productivity by 30% within the next quarter", MONDAY, "2027-03-31"),
            ("Give one talk a month for the next quarter", MONDAY, "2027-03-31"),
            # past the middle of a quarter, "the next quarter" is the following one
            ("Increase sales by 20% in the next quarter", datetime.date(2027, 2, 20), "2027-06-30"),
            ("Increase sales by 20% over the next quarter", datetime.date(2027, 5, 20),
             "2027-09-30"),
            # a fiscal or a school year written as two years counts its own quarters
            ("Hire 10 new engineers by end of Q2 FY 2027-28", MONDAY, "2027-09-30"),
            ("By quarter three of the 2026/2027 school year, raise attendance to 80%", MONDAY,
             "2027-03-31"),
        ],
    )  # fmt: skip
    def test_quarter(self, sentence: str, start: datetime.date, due: str) -> None:
        """The end of the quarter whose first day is nearest the start."""
        goal = draft(sentence, start=start)
        assert goal.due is not None
        assert goal.due.isoformat() == due


class TestConditionsBaselinesAndRanges:
    """Numbers that qualify a target, say where it starts or bound a range are no targets."""

    @pytest.mark.parametrize(
        ("sentence", "due", "targets"),
        [
            # conditions: how a target is counted
            ("Decode 18 of 20 words correctly across 3 consecutive sessions by the end of the "
             "school year", "2027-06-30", [18]),
            ("Read at 90 words per minute on three consecutive occasions this semester",
             "2027-06-30", [90]),
            ("Answer with 80% accuracy in 4 out of 5 trials within 2 months", "2027-03-04",
             [80]),
            ("Meditate for 30 consecutive days within 2 months", "2027-03-04", [30]),
            # a baseline, far from its target
            ("Regain range of motion from 95 degrees of shoulder flexion to 145 degrees in the "
             "next month", "2027-02-04", [145]),
            ("Read 50 letter-sounds per minute, up from a baseline of 28, within 3 months",
             "2027-04-04", [50]),
            ("Raise attendance by 10% to 70.9% this year", "2027-12-31", [70.9]),
            # ranges: the first number, in a target and in a time frame alike
            ("Lose another 40-50 lbs in the 10-11 months before the wedding", "2027-11-04",
             [40]),
            # a portion per time and the criterion of a share
            ("Eat one piece of fruit at breakfast three times this week", "2027-01-10", [3]),
            ("95% of scholars will have fewer than 10 absences for the entire school year",
             "2027-06-30", [95]),
            # names with numbers
            ("Master the 7s multiplication facts by Friday", "2027-01-08", []),
            ("70 percent of grade 4 students will place in the 90th percentile this year",
             "2027-12-31", [70, 90]),
            # a rate of one unit, and a bound written as a symbol
            ("Study an extra hour each day this quarter", "2027-03-31", [1]),
            ("Keep email first response ≤ 6 hours by the end of the year", "2027-12-31", [6]),
            # an aside restates, unless it names the clause's only number
            ("Squat my own bodyweight (67kg) in 3 months' time", "2027-04-04", [67]),
            ("80% of students will be proficient (80% or higher) by June", "2027-06-30", [80]),
        ],
    )  # fmt: skip
    def test_draft(self, sentence: str, due: str, targets: list[float]) -> None:
        """Only the targets a person would record."""
        assert drafted(sentence) == (due, targets)

    def test_a_baseline_far_from_its_target_is_the_key_results_baseline(self) -> None:
        """ "up from a baseline of 28" starts the key result at 28."""
        goal = draft(
            "Read 50 letter-sounds per minute, up from a baseline of 28, within 3 months",
            start=MONDAY,
        )
        assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(28, 50)]

    def test_a_step_is_no_baseline(self) -> None:
        """ "by 10% to 70.9%": 10 is how much it rises, not where it starts."""
        goal = draft("Raise attendance by 10% to 70.9% this year", start=MONDAY)
        assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(0, 70.9)]


class TestEventDeadlinesTheCalendarDates:
    """Holidays and the IEP year are dated; other events stay undated."""

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("Lose 5 pounds by Christmas", "2027-12-25"),
            ("Save $200 before Christmas Eve", "2027-12-24"),
            ("Read 3 books before New Year's Eve", "2027-12-31"),
            ("Save $100 by New Year's Day", "2028-01-01"),
            ("No sugar ‘til Turkey Day, and 3 walks a week", "2027-11-25"),
            ("Run 3 miles by Thanksgiving", "2027-11-25"),
            ("Run a 5K in 30 minutes by Easter", "2027-03-28"),
            ("Sew 2 costumes for Halloween", "2027-10-31"),
            ("Write 4 letters by Valentine's Day", "2027-02-14"),
            ("Swim 2 miles by the Fourth of July", "2027-07-04"),
            ("By the end of the IEP year, Ava will read 50 words per minute", "2028-01-04"),
            ("Read 20 books by the end of the school year", "2027-06-30"),
        ],
    )
    def test_dated_event(self, sentence: str, due: str) -> None:
        """The first such day on or after the start; an IEP runs twelve months."""
        goal = draft(sentence, start=MONDAY)
        assert goal.due is not None
        assert goal.due.isoformat() == due

    def test_a_holiday_already_past_this_year_is_next_years(self) -> None:
        """Easter 2027 is on 28 March; from April it is Easter 2028 (16 April)."""
        assert draft("Run 5 miles by Easter", start=datetime.date(2027, 4, 1)).due == (
            datetime.date(2028, 4, 16)
        )
        thanksgiving = draft("Run 3 miles by Thanksgiving", start=datetime.date(2027, 11, 26))
        assert thanksgiving.due == datetime.date(2028, 11, 23)

    def test_undated_events_stay_undated(self) -> None:
        """A wedding or the next test has no date the calendar can give."""
        assert drafted("Lose 10 pounds before the wedding") == (None, [10])


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip


@given(
    count=st.integers(min_value=2, max_value=500),
    day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2100, 12, 31)),
    form=st.sampled_from(["by {m} {d}, {y}", "by {d} {m} {y}", "by {n}/{d}/{y}", "in {y}",
                          "by the end of {y}", "before {m} {y}"]),
    start=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 1, 1)),
)  # fmt: skip
def test_a_date_is_never_a_target(
    count: int, day: datetime.date, form: str, start: datetime.date
) -> None:
    """Whatever date a deadline names, its day, month and year are never key-result targets,
    and the due date is before the start only when the named year is."""
    deadline = form.format(m=_MONTH_NAMES[day.month - 1], d=day.day, y=day.year, n=day.month)
    goal = draft(f"Give {count} talks {deadline}", start=start)
    assert [kr.target for kr in goal.key_results] == [count]
    assert goal.due is not None
    if goal.due < start and form.startswith("before"):
        # "before January 2000" is due on the last day before that month begins.
        assert goal.due < datetime.date(day.year, day.month, 1) <= start
        assert goal.start is None
    elif goal.due < start:
        assert goal.due.year == day.year < start.year or goal.due.year == day.year
        assert goal.start is None
    else:
        assert goal.start == start


@given(
    start=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(9000, 1, 1)),
    frame=st.sampled_from(["in the next quarter", "by Christmas", "by Easter", "by Thanksgiving",
                           "by the end of the IEP year", "by Halloween", "within the next quarter",
                           "by New Year's Day", "this quarter", "by the end of the school year"]),
)  # fmt: skip
def test_a_dated_event_is_never_before_the_start(start: datetime.date, frame: str) -> None:
    """A deadline with no year of its own ends on or after the drafting day, within 13 months."""
    goal = draft(f"Give 3 talks {frame}", start=start)
    assert goal.due is not None
    assert start <= goal.due <= start + datetime.timedelta(days=400)
    assert goal.start == start


class TestRoundTwoPhrasings:
    """Phrasings read in the third round of drafting (each a class, not a statement)."""

    @pytest.mark.parametrize(
        ("sentence", "due", "targets"),
        [
            # a change whose first number follows "from a" / "from about", or says "now"
            ("Lift my quiz average from a 70% to 80% by June", "2027-06-30", [80]),
            ("Grow the newsletter from about 300 now to 600 subscribers by June", "2027-06-30",
             [600]),
            # "X's end" for a period end, with or without the apostrophe
            ("Raise class participation by 20% by semester’s end", "2027-06-30", [20]),
            ("Cut my mile to 9 minutes by months end", "2027-01-31", [9]),
            ("Send 5 pitches by week's end", "2027-01-10", [5]),
            # week N / day N of the plan: day 1 is the start, week N ends on day 7N
            ("Raise my exam average to 88% by week 12", "2027-03-28", [88]),
            ("Pass the assessment with an 85% score by Day 21", "2027-01-24", [85]),
            # "after work" is a time of day beside a real deadline
            ("Walk after work twice this week", "2027-01-10", [2]),
            ("Walk 3 miles after work", "2027-01-04", [3]),
            # the year a plan is for
            ("My goals for 2031 are to publish 3 papers", "2031-12-31", [3]),
            ("Resolutions for 2031: run 2 marathons", "2031-12-31", [2]),
            # a school year written as its two years ends in June of the second
            ("During the 2030-2031 school year, I will hold 4 parent workshops", "2031-06-30",
             [4]),
            ("For the 2030 – 31 school year, lead 2 book clubs", "2031-06-30", [2]),
            # the rest of a month; the Nth week of a month with a digit ordinal; "come May"
            ("For the remainder of February, run 3 times a week", "2027-02-28", [3]),
            ("Over the rest of March, write 5 letters", "2027-03-31", [5]),
            ("Sign up for 2 races by the 3rd week of January", "2027-01-21", [2]),
            ("Run 5 miles without stopping come May", "2027-05-31", [5]),
            # "one or two", "10 or 15 pounds": a range, read by its lower end
            ("Find one or two people to practise Spanish with by June", "2027-06-30", [1]),
            ("Lose 10 or 15 pounds by June", "2027-06-30", [10]),
            # two units of one target, joined by "or": the first is the target
            ("Walk 10,000 steps or 5 miles a day by June", "2027-06-30", [10000]),
            # a school term said as this one or its end is the semester; "long term" is none
            ("Score at least 75% this term", "2027-06-30", [75]),
            ("Read 4 books by the end of the term", "2027-06-30", [4]),
            ("Set 3 long term goals by June", "2027-06-30", [3]),
            # a result of a past period before the target is where it starts
            ("I scored 62% in maths last semester; I'll aim for 70% this term", "2027-06-30",
             [70]),
            ("Walk 5 miles in the last week of June", "2027-06-30", [5]),
            # a length of time that names a thing: "the six month program", "a 12 week course"
            ("Finish the six month program and lose 5 pounds by June", "2027-06-30", [5]),
            ("Finish a 12 week course by June", "2027-06-30", []),
            # a month alone in brackets is a date, as after an undated event
            ("Score 45 on the theory test by test day (March)", "2027-03-31", [45]),
            # N semesters: the end of the Nth, counting the one under way
            ("Raise my GPA to 3.5 in just two semesters", "2027-12-31", [3.5]),
            ("Read 10 books in one semester", "2027-06-30", [10]),
        ],
    )  # fmt: skip
    def test_draft(self, sentence: str, due: str, targets: list[float]) -> None:
        """The due date and targets a person would record."""
        assert drafted(sentence) == (due, targets)

    def test_a_loose_change_keeps_its_baseline(self) -> None:
        """ "from about 300 now to 600" starts the key result at 300."""
        goal = draft("Grow the newsletter from about 300 now to 600 subscribers by June",
                     start=MONDAY)  # fmt: skip
        assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(300, 600)]

    def test_a_past_result_is_the_baseline(self) -> None:
        """ "62% ... last semester; ... 70% this term": the key result starts at 62."""
        goal = draft("I scored 62% in maths last semester; I'll aim for 70% this term",
                     start=MONDAY)  # fmt: skip
        assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(62, 70)]


class TestRoundThreePhrasings:
    """Phrasings read in the fourth round of drafting (each a class, not a statement)."""

    @pytest.mark.parametrize(
        ("sentence", "due", "targets"),
        [
            # the time left, said as what one has, is the deadline
            ("I have 6 weeks to write 3 chapters", "2027-02-15", [3]),
            ("I have only 6 weeks left to write 3 chapters", "2027-02-15", [3]),
            ("We have two months to raise $5,000", "2027-03-04", [5000]),
            ("I've got 3 months to sign 4 clients", "2027-04-04", [4]),
            ("Giving myself 90 days to read 12 books", "2027-04-04", [12]),
            ("5 kilos to lose and 10 weeks to go", "2027-03-15", [5]),
            ("Sell 20 tickets with 10 days remaining", "2027-01-14", [20]),
            ("Read 12 books in those 8 weeks", "2027-03-01", [12]),
            ("Read 12 books in these 8 weeks", "2027-03-01", [12]),
            # "between now and" a date ends on it
            ("Lose 10 pounds between now and May 24", "2027-05-24", [10]),
            ("Lose 10 pounds between now and the end of June", "2027-06-30", [10]),
            ("Lose 10 pounds between now and Christmas", "2027-12-25", [10]),
            # "the end of the August": a month after "the"
            ("Cut costs by 2% by the end of the August", "2027-08-31", [2]),
            # a calendar quarter said as "Quarter N"
            ("Read 5 books in Quarter 2", "2027-06-30", [5]),
            ("Read 5 books by quarter three", "2027-09-30", [5]),
            # the coming term: the one just begun (in its first 45 days), else the next
            ("For next term, I will read 6 books", "2027-06-30", [6]),
            ("Read 6 books over the coming semester", "2027-06-30", [6]),
            # day N and week N in words
            ("Learn 20 names by Day Two", "2027-01-05", [20]),
            ("Learn 20 names by week two", "2027-01-17", [20]),
            # the writer's first period: one unit from the start
            ("Earn $50,000 in my first year as a freelancer", "2028-01-04", [50000]),
            ("Sign 5 clients in our first month", "2027-02-04", [5]),
            # the month or year a plan is for
            ("My May goal is to run 40 miles", "2027-05-31", [40]),
            ("Our June challenge is to sell 40 cakes", "2027-06-30", [40]),
            ("My goals for May are to finish 2 courses", "2027-05-31", [2]),
            ("For the year 2030, I will run 3 marathons", "2030-12-31", [3]),
            ("In the year 2015 I ran 3 marathons", "2015-12-31", [3]),  # past: as stated
            # "by N weeks" ending a clause (clinical goals); "delay by 2 weeks" is no deadline
            ("Pt will walk 50 feet with min assistance by 4 weeks.", "2027-02-01", [50]),
            ("Delay the launch by 2 weeks", None, [2]),
            # the middle of a month; the end of the following year; throughout the year
            ("Send 3 drafts by mid-October", "2027-10-15", [3]),
            ("Send 3 drafts by mid March", "2027-03-15", [3]),
            ("Complete 3 courses by the end of following year", "2028-12-31", [3]),
            ("Cut sugar by 20% throughout the year", "2027-12-31", [20]),
        ],
    )  # fmt: skip
    def test_time_frame(self, sentence: str, due: str | None, targets: list[float]) -> None:
        """The due date a person would record; the time's numbers are no targets."""
        assert drafted(sentence) == (due, targets)

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            # a range of one thing is its lower end, however it is joined
            ("Get 4 to 6 new clients by June", [4]),
            ("Lose at least 5 to 10 percent of my weight by June", [5]),
            ("Lose 5-10 lbs by June", [5]),
            ("Lose 5-10lbs by June", [5]),
            ("Lose 2-3kg by June", [2]),
            ("Lose between 10 and 20 pounds by June", [10]),
            ("Raise my score by 5 to 10 points by June", [5]),
            # ... but a change stays a change
            ("Grow from 4 to 6 clients by June", [6]),
            ("Raise attendance by 10% to 70.9% by June", [70.9]),
            ("Raise my grade by 12 points to an 83% by June", [83]),
            # a time to beat, with nothing else counted, is the target; a race is its name
            ("Run a sub-20 5k by June", [20]),
            ("Run a sub 20 5k by June", [20]),
            ("Run a 10k in under 50 minutes by June", [50]),
            ("Run 5k under 30 minutes by June", [30]),
            ("Run the city 10k in June and finish under 42 minutes", [42]),
            # ... while beside a count it stays a standard
            ("Answer 9 out of 10 calls within 20 seconds by June", [9]),
            ("Lose 10lbs and run a mile in under 9 minutes by June", [10]),
        ],
    )  # fmt: skip
    def test_targets(self, sentence: str, targets: list[float]) -> None:
        """The key-result targets a person would record."""
        assert drafted(sentence)[1] == targets


_UNITS = ("day", "week", "month", "year")


@given(
    amount=st.integers(min_value=2, max_value=60),
    unit=st.sampled_from(_UNITS),
    form=st.sampled_from(["I have {n} {u}s to give 7 talks", "I've got {n} {u}s to give 7 talks",
                          "Giving myself {n} {u}s to give 7 talks", "Give 7 talks, {n} {u}s to go",
                          "Give 7 talks with {n} {u}s left", "Give 7 talks in those {n} {u}s"]),
    start=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2090, 1, 1)),
)  # fmt: skip
def test_a_duration_left_is_the_deadline(
    amount: int, unit: str, form: str, start: datetime.date
) -> None:
    """A stated duration left gives due = start + the duration, and is never a target."""
    goal = draft(form.format(n=amount, u=unit), start=start)
    assert goal.due == add(start, amount, unit)
    assert [kr.target for kr in goal.key_results] == [7]


@given(
    low=st.integers(min_value=1, max_value=400),
    step=st.integers(min_value=1, max_value=400),
    form=st.sampled_from(["Get {a} to {b} new clients by June", "Get {a}-{b} new clients by June",
                          "Get between {a} and {b} new clients by June", "Lose {a}-{b}lbs by June",
                          "Lose {a} to {b} percent of my weight by June",
                          "Find {a} or {b} new clients by June"]),
)  # fmt: skip
def test_a_range_s_target_is_its_lower_number(low: int, step: int, form: str) -> None:
    """However a range is joined, its target is the lower number, and there is one."""
    goal = draft(form.format(a=low, b=low + step), start=MONDAY)
    assert [kr.target for kr in goal.key_results] == [low]
    assert goal.due == datetime.date(2027, 6, 30)


@pytest.mark.parametrize(
    ("sentence", "due", "targets"),
    [
        ("Reduce handling time from 9:30 to 7:00 minutes within 12 months", "2028-01-04", [7]),
        ("Get through lesson 8 by May", "2027-05-31", []),
        ("Our goal (30 Day Sprint) for the rest of the school year is attendance", "2027-06-30",
         []),
    ],
)  # fmt: skip
def test_lengths_said_as_a_clock_and_numbers_that_name_a_part(
    sentence: str, due: str, targets: list[float]
) -> None:
    """ "9:30 minutes" is a length; "lesson 8" and "(30 Day Sprint)" are names, not targets."""
    assert drafted(sentence) == (due, targets)


@pytest.mark.parametrize(
    "sentence", ["Run a sub-20 5k by June", "Run a 10k in under 50 minutes by June",
                 "Get below 3 hours in the marathon by October"],
)  # fmt: skip
def test_a_time_to_beat_is_reached_at_or_below_its_target(sentence: str) -> None:
    """ "under 50 minutes" is a key result met at 50 or less, not one to climb to 50."""
    (key_result,) = draft(sentence, start=MONDAY).key_results
    assert key_result.direction is Direction.AT_MOST


def test_a_count_is_still_an_increase() -> None:
    """Only a time to beat is AT_MOST; "Lose 10 pounds" counts up to 10 as before."""
    (key_result,) = draft("Lose 10 pounds by June", start=MONDAY).key_results
    assert key_result.direction is Direction.INCREASE


@pytest.mark.parametrize(
    ("sentence", "due", "targets"),
    [
        ("I have a year to write 2 books", "2028-01-04", [2]),
        ("Sign 10 clients in my first 90 days", "2027-04-04", [10]),
        ("Read 5 books by the end of Quarter 2", "2027-06-30", [5]),  # not this quarter's end
        ("Learn 20 names by day thirty", "2027-02-02", [20]),
        ("For 2031, I will read 20 books", "2031-12-31", [20]),
        ("For 2031 I will read 20 books", "2031-12-31", [20]),
        ("Walk 2000 steps a day by June", "2027-06-30", [2000]),  # a count, not a year
        ("Lose 5 - 10 lbs by June", "2027-06-30", [5]),  # a spaced dash, as "5-10 lbs"
        ("Read two to three books by June", "2027-06-30", [2]),
        ("Save $500 to $1,000 by June", "2027-06-30", [500]),
    ],
)  # fmt: skip
def test_more_wordings_of_the_same_classes(sentence: str, due: str, targets: list[float]) -> None:
    """Other ways people say the time left, a named period, a year and a range."""
    assert drafted(sentence) == (due, targets)


@pytest.mark.parametrize(
    "sentence", ["Finish a marathon in less than 4 hours by October",
                 "Drink no more than 2 coffees a day by June"],
)  # fmt: skip
def test_a_bound_said_in_words_is_at_most(sentence: str) -> None:
    """ "less than", "no more than": a key result met at its target or below."""
    (key_result,) = draft(sentence, start=MONDAY).key_results
    assert key_result.direction is Direction.AT_MOST


class TestStatedStartsAndChangesSaidAgain:
    """An amount of time counts from a start the statement states; "that down to" changes."""

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("Lose 1 pound per week over 10 weeks, starting next week", "2027-03-22"),
            ("Beginning in March, read 2 books a month for 3 months", "2027-06-01"),
            ("From March 1, run 3 times a week for 8 weeks", "2027-04-26"),
            ("Starting tomorrow, walk 5 km a day for 30 days", "2027-02-04"),
            ("Run 3 times a week for 6 weeks starting Monday", "2027-02-15"),  # today
            ("Run 3 times a week for 6 weeks", "2027-02-15"),
        ],
    )
    def test_a_stated_start(self, sentence: str, due: str) -> None:
        """Next week starts on its Monday, a month on its 1st, a date on itself."""
        assert drafted(sentence)[0] == due

    def test_a_start_alone_is_no_deadline(self) -> None:
        """ "starting tomorrow" says when it begins, not when it is due."""
        assert drafted("Run 3 times a week starting tomorrow") == (None, [3])

    @pytest.mark.parametrize(
        ("sentence", "baseline", "target"),
        [
            ("Run it in about 40 minutes and shave that down to 30 by June", 40, 30),
            ("Run a mile in 10 minutes and get that down to 8 by June", 10, 8),
            ("Weigh 200 pounds and bring it down to 180 by June", 200, 180),
        ],
    )
    def test_a_change_said_again(self, sentence: str, baseline: float, target: float) -> None:
        """ "X ... and get it down to Y": one key result, from X to Y."""
        goal = draft(sentence, start=MONDAY)
        assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(baseline, target)]

    def test_other_numbers_after_a_pronoun_still_count(self) -> None:
        """ "give them to 3 friends" is no change: both numbers count."""
        assert drafted("Read 5 books and give them to 3 friends by June")[1] == [5, 3]


class TestRoundFourDeadlines:
    """Deadlines people write that had no form: each drafts as a person would read it."""

    @pytest.mark.parametrize(
        ("sentence", "due", "targets"),
        [
            # the end of an amount of time
            ("Finish 2 online courses by the end of 5 months", "2027-06-04", [2]),
            ("At the end of six weeks, I will run 3 miles", "2027-02-15", [3]),
            ("Write 4 chapters by the end of the next 3 months", "2027-04-04", [4]),
            # a day of a month said in words, a month "of" its year, "end" without "of"
            ("From now until the first of May I will write 500 words a day", "2027-05-01", [500]),
            ("Save 200 dollars by the twenty-first of June", "2027-06-21", [200]),
            ("Pass 3 exams by the third of March", "2027-03-03", [3]),
            ("Publish 2 papers to December of 2029", "2029-12-31", [2]),
            ("Read 12 books by May of 2028", "2028-05-31", [12]),
            ("Get 5 certificates by end 2030", "2030-12-31", [5]),
            ("Hire 3 engineers by end June", "2027-06-30", [3]),
            # two years in a row are a school year; a wider span ends with its last year
            ("During 2027-2028, mentor 4 new teachers", "2028-06-30", [4]),
            ("In 2027-28 I will observe 6 lessons", "2028-06-30", [6]),
            ("During 2027-2030, plant 50 trees", "2030-12-31", [50]),
            # the day the goal starts
            ("The patient will rate pain below 3 by the end of this shift", "2027-01-04", [3]),
            ("Call 5 clients by end of day", "2027-01-04", [5]),
            ("Send 2 proposals by EOD", "2027-01-04", [2]),
            ("Answer 10 emails by the end of the workday", "2027-01-04", [10]),
            # a grade ends with the school year
            ("Read 100 words per minute by the end of the second grade", "2027-06-30", [100]),
            ("Count to 100 by the end of kindergarten", "2027-06-30", [100]),
            ("By the end of 3rd grade, read 80 words a minute", "2027-06-30", [80]),
            # an amount opening a sentence, and a period of weeks
            ("by 4 weeks I will have exercised 4 -5times per week", "2027-02-01", [4]),
            ("By 6 months the patient will walk 20 feet", "2027-07-04", [20]),
            ("Solve 10 problems a day. By 3 weeks I will know 200 facts", "2027-01-25", [10, 200]),
            ("Copy 7 letters with 90% accuracy over a 7 week period", "2027-02-22", [7, 90]),
            ("Within a 6-month window, run 3 races", "2027-07-04", [3]),
            ("Over a period of 3 months, read 5 books", "2027-04-04", [5]),
            # the time left, an unnamed fiscal year, the reader's first year
            ("I have given myself three months to learn 500 words", "2027-04-04", [500]),
            ("Save 45 minutes per week by the end of the fiscal year", "2027-12-31", [45]),
            ("Pass 2 exams in your first year", "2028-01-04", [2]),
            ("Attend 2 trainings in the coming year", "2027-12-31", [2]),
            ("Read 6 books over the upcoming year", "2027-12-31", [6]),
        ],
    )
    def test_deadline(self, sentence: str, due: str, targets: list[float]) -> None:
        """The due date and targets a person would accept."""
        assert drafted(sentence) == (due, targets)

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            # a named season of a named year is that season of that year, even gone
            ("My long-term goal is to defend 1 thesis in spring 2017", "2017-05-31"),
            ("Earn 2 degrees by the end of the summer of 2008", "2008-08-31"),
            ("In fall 2020, cut absences by 3 points", "2020-11-30"),
            # "by" a season of a year is by the day it begins, as "by summer" (edu-12063, -12094)
            ("By fall 2020, cut absences by 3 points", "2020-09-01"),
            (
                "By Spring 2014, 70% of the 7th and 8th grade students will meet standard",
                "2014-03-01",
            ),
            ("Submit 2 chapters to publishers by the fall of 2019", "2019-09-01"),
            ("Run 2 marathons in autumn 2031", "2031-11-30"),
            ("Ski 5 times in winter 2029", "2030-02-28"),  # December 2029 to February 2030
            ("Hit 225 for 5 reps by Summer of next year", "2028-06-01"),
            ("Hit 225 for 5 reps in the summer of next year", "2028-08-31"),
            # before a season: by the day before it begins
            ("I need to lose 12 pounds before summer", "2027-05-31"),
            ("Plant 30 bulbs before winter", "2027-11-30"),
            ("Finish 2 drafts before spring", "2027-02-28"),
            ("Run a 10K and 2 5Ks before the summer ends", "2027-08-31"),
            ("Make soup 2 times this winter", "2027-02-28"),
        ],
    )
    def test_a_season(self, sentence: str, due: str) -> None:
        """A season with a year is that year's; "before" a season is before it begins."""
        assert drafted(sentence)[0] == due

    @pytest.mark.parametrize(
        "sentence",
        [
            "Beginning Monday, April 6, I will smoke 4 fewer cigarettes each day",
            "Starting on Tuesday, March 2 I will run 3 times a week",
            "Starting with this new semester, I will call 2 parents a week",
            "Beginning Friday, walk 5 km a day",
        ],
    )
    def test_a_start_after_a_weekday_is_no_deadline(self, sentence: str) -> None:
        """A start that names its weekday and date is still a start."""
        assert drafted(sentence)[0] is None

    def test_a_weekday_with_its_date_is_the_date(self) -> None:
        """ "on Monday, April 6": the date says which Monday."""
        assert drafted("Give 3 talks on Monday, April 5")[0] == "2027-04-05"

    @pytest.mark.parametrize(
        "sentence",
        [
            "Lose 10 pounds by Baby's 1st Birthday",
            "Bake 3 cakes for Mom's birthday",
            "Bike 100 miles before turning forty",
            "Run 3 marathons before I turn 50",
            "Visit 20 countries by age 40",
            "Ride 5 centuries this season",
            "Score 20 goals by the end of the season",
            "Come back for our next meeting with 2 job offers",
            "Use 3 new strategies in my next three lessons",
            "Give 5 patients their medication per shift during my medical-surgical rotation",
            "At the conclusion of Math 60, students will solve 8 of 10 problems",
            "Upon completion of the course I will know 3 tools",
            "Have zero reports and 2 calm days within one marking period",
            "Produce 80% of sounds by the annual IEP date",
            "Reach level 6 before taking the GED practice test",
        ],
    )
    def test_an_undated_event_is_time_bound_without_a_date(self, sentence: str) -> None:
        """An age, a season, a course or a meeting bounds the goal, but no date is drafted."""
        analysis = analyze_text(sentence)
        assert analysis.time_frames == ()
        assert analysis.events
        assert draft(sentence, start=MONDAY).due is None
        report = assess(draft(sentence, start=MONDAY), as_of=MONDAY)
        assert Criterion.TIME_BOUND not in report.failed

    @pytest.mark.parametrize(
        "sentence",
        [
            "80% of students in 3rd grade will read 50 words",
            "Journal 3 lines at the end of each day",
            "I don't want to fall behind on 3 projects",
            "Complete 80% of onboarding calls within 10 days of signing",
            "Schedule 95% of calls within 5 days signing",
            "Answer 90% of tickets within 2 days of the request",
            "Call 90% of clients within 3 days after each referral",
        ],
    )
    def test_no_deadline(self, sentence: str) -> None:
        """Who is counted, a habit, a verb, and each occurrence's standard set no deadline."""
        assert drafted(sentence)[0] is None

    def test_within_days_of_starting_is_a_deadline(self) -> None:
        """ "within 90 days of starting" counts from the start, unlike "of signing"."""
        assert drafted("Land 3 clients within 90 days of starting")[0] == "2027-04-04"


class TestScalesLevelsAndRanks:
    """A scale multiplies its number; a level a share reaches, or a rank, is no target."""

    @pytest.mark.parametrize(
        ("sentence", "target"),
        [
            ("I want do $20 million in sales this year", 20_000_000),
            ("Save 2.5k by June", 2_500),
            ("Raise $1.2M in seed funding by June", 1_200_000),
            ("Sell 3 million units by June", 3_000_000),
            ("Grow revenue to $2.3 million by June", 2_300_000),
            ("Reach 2.5 thousand followers by June", 2_500),
            ("Raise $3.5 billion by June", 3_500_000_000),
            ("Save $20 mil by June", 20_000_000),
            ("Earn $50K by June", 50_000),
        ],
    )
    def test_a_scaled_amount(self, sentence: str, target: float) -> None:
        """ "$20 million" is 20000000, not 20."""
        assert drafted(sentence) == ("2027-06-30" if "June" in sentence else "2027-12-31", [target])

    @pytest.mark.parametrize(
        ("sentence", "target", "unit"),
        [
            ("Swim 100m in under 2 minutes by June", 100, "m"),
            ("Swim 1500m freestyle by June", 1_500, "m"),
            ("Row 2000m by June", 2_000, "m"),
            ("Run the 400m hurdles by June", 400, "m"),
            ("Raise $3m by June", 3_000_000, ""),
            ("Reach 3m users by June", 3_000_000, "users"),
            ("Raise 100M in revenue by June", 100_000_000, ""),
        ],
    )
    def test_a_lower_case_m_is_metres_unless_money_or_a_count_follows(
        self, sentence: str, target: float, unit: str
    ) -> None:
        """ "swim 100m" is 100 metres; "$3m" and "3m users" are millions, as "100M" is."""
        kr = draft(sentence, start=MONDAY).key_results[0]
        assert (kr.target, kr.unit) == (target, unit)

    @pytest.mark.parametrize(
        ("sentence", "target", "unit"),
        [("Lose 2.5kg by June", 2.5, "kg"), ("Sleep 7.5hrs a night by June", 7.5, "hrs")],
    )
    def test_a_decimal_glued_to_its_unit(self, sentence: str, target: float, unit: str) -> None:
        """ "2.5kg" is one number with its unit."""
        [kr] = draft(sentence, start=MONDAY).key_results
        assert (kr.target, kr.unit) == (target, unit)

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("100% of the students will pass a level 4 DRA by April, 2028", [100]),
            ("90% or more of students will pass a DRA level 20 or higher by June", [90]),
            ("By May 2028, 90% of students will score a “3” or “4” in reading", [90]),
            ("80% of my students will score a 3 on the rubric by June", [80]),
            ("Proficiency levels 3 and 4 will grow from 21.93% to 44% by June", [44]),
            # with no share, a level is the target
            ("Get TOPIK level 6 by June", [6]),
            ("Reach level 5 and 80% accuracy by June", [5, 80]),
        ],
    )
    def test_a_level_a_share_reaches(self, sentence: str, targets: list[float]) -> None:
        """The level or score a share of people reaches is the share's criterion."""
        assert drafted(sentence)[1] == targets

    @pytest.mark.parametrize(
        "sentence", ["Objective #1 in your first year is passing exams", "My #2 priority by June"]
    )
    def test_a_rank_is_no_target(self, sentence: str) -> None:
        """ "#1" ranks; it counts nothing."""
        assert drafted(sentence)[1] == []


_SEASON_ENDS = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11}
_SEASON_STARTS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}


@given(
    season=st.sampled_from(sorted(_SEASON_ENDS)),
    year=st.integers(min_value=1990, max_value=2026),
    form=st.sampled_from(["Run 3 races in {s} {y}", "By {s} {y}, run 3 races",
                          "Run 3 races by the end of the {s} of {y}", "Run 3 races {s} {y}",
                          "Run 3 races by {s}, {y}", "Run 3 races by the {s} of {y}"]),
)  # fmt: skip
def test_a_past_year_s_season_is_that_year_s(season: str, year: int, form: str) -> None:
    """A named season of a year gone drafts in that year, never in the current one.

    It ends with the season, but "by" it is the day it begins, as "by summer" alone is
    (edu-12063 "By Spring 2014", car-13054 "by the fall of 2019").
    """
    goal = draft(form.format(s=season, y=year), start=MONDAY)
    assert goal.due is not None
    assert goal.due.year == year != MONDAY.year
    arrival = form.startswith(("By {s}", "Run 3 races by {s}", "Run 3 races by the {s}"))
    assert goal.due.month == (_SEASON_STARTS if arrival else _SEASON_ENDS)[season]
    assert goal.due.day == 1 or not arrival


@given(
    number=st.decimals(min_value="0.1", max_value="999", places=1),
    scale=st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9),
                           ("k", 10**3), ("M", 10**6), ("bn", 10**9)]),
    glue=st.sampled_from(["", " "]),
)  # fmt: skip
def test_a_scaled_amount_is_its_number_times_the_scale(
    number: object, scale: tuple[str, int], glue: str
) -> None:
    """ "2.5 million", "2.5M", "$2.5bn": the number times the scale, exactly."""
    word, multiplier = scale
    if glue and len(word) <= 2:
        glue = ""  # "2.5 k" is not how people write it; "2.5k" is
    if not glue and len(word) > 2:
        glue = " "
    text = f"Raise ${number}{glue}{word} by June"
    [kr] = draft(text, start=MONDAY).key_results
    expected = float(number) * multiplier  # type: ignore[arg-type]
    assert kr.target == pytest.approx(expected, rel=1e-12)
    assert kr.target == round(kr.target, 1)  # no 2299999.9999999995


class TestWorkingWeeksAndSchoolDays:
    """A working week ends on Friday; school and business days skip weekends."""

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("I will drink 8 glasses of water, 5 days next week (Mon-Fri)", "2027-01-15"),
            ("Walk 3 times this week (Monday to Friday)", "2027-01-08"),
            ("Walk 3 times this week (mon – fri)", "2027-01-08"),
            ("Walk 3 times next week", "2027-01-17"),
            ("Finish 3 reports within 10 business days", "2027-01-18"),
            ("Answer 5 calls in 10 school days", "2027-01-18"),
            ("Finish 2 tasks within 4 working days", "2027-01-08"),
            ("Run 3 km within 10 calendar days", "2027-01-14"),
            ("Read 40 words within 36 instructional weeks", "2027-09-13"),
        ],
    )
    def test_due(self, sentence: str, due: str) -> None:
        """The due date a person counts."""
        assert drafted(sentence)[0] == due


@given(
    count=st.integers(min_value=1, max_value=400),
    start=st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 1, 1)),
    kind=st.sampled_from(["school", "business", "working"]),
)
def test_school_days_count_weekdays_only(count: int, start: datetime.date, kind: str) -> None:
    """N school days after the start end on a weekday, N weekdays later."""
    due = draft(f"Read 3 books within {count} {kind} days", start=start).due
    assert due is not None
    assert due.weekday() < 5
    days = (start + datetime.timedelta(days=n) for n in range(1, (due - start).days + 1))
    assert sum(day.weekday() < 5 for day in days) == count


class TestPartsAndStartsOfPeriods:
    """Early and late in a month or year, a period's start, short units, school halves."""

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("Read 5 books by early March", "2027-03-10"),
            ("Read 5 books by late May", "2027-05-31"),
            ("Read 5 books in early 2028", "2028-03-31"),
            ("Read 5 books by late 2028", "2028-12-31"),
            ("Read 5 books by early spring", "2027-03-31"),  # its first month, as early March
            ("Read 5 books by summer's end", "2027-08-31"),
            ("Read 5 books by the start of next year", "2028-01-01"),
            ("Read 5 books by the beginning of March", "2027-03-01"),
            ("Read 5 books by the start of summer", "2027-06-01"),
            ("Read 5 books by the beginning of 2029", "2029-01-01"),
            ("Read 5 books before the start of June 2028", "2028-06-01"),
            ("Read 5 books by the start of December 2029", "2029-12-01"),
            ("Read 5 books by the start of Q2 2029", "2029-04-01"),
            ("Read 5 books by the beginning of Quarter 3", "2027-07-01"),
            ("Read 5 books within 1 yr", "2028-01-04"),
            ("Read 5 books in 6 mos", "2027-07-04"),
            ("Read 5 books in 2 wks", "2027-01-18"),
            ("Read 5 books by the end of the spring semester", "2027-06-30"),
            ("Read 5 books by the end of fall semester", "2027-12-31"),
            ("Read 5 books this fall term", "2027-12-31"),
        ],
    )
    def test_due(self, sentence: str, due: str) -> None:
        """The due date a person would write, and the five books the only target."""
        assert drafted(sentence) == (due, [5])


@given(
    month=st.sampled_from(["January", "March", "June", "September", "December"]),
    year=st.integers(min_value=2000, max_value=2090),
    lead=st.sampled_from(["by the start of", "by the beginning of", "before the start of"]),
)
def test_the_start_of_a_month_is_its_first_day(month: str, year: int, lead: str) -> None:
    """ "by the start of June 2028" is 1 June 2028, whatever the month and year."""
    due = draft(f"Read 5 books {lead} {month} {year}", start=MONDAY).due
    assert due is not None
    assert (due.year, due.day) == (year, 1)
    assert due.strftime("%B") == month


_LIMIT_PREFIXES = ["under", "UNDER", "less than", "Fewer Than", "no more than", "at most",
                   "below", "more than", "sub", "in under", "ſunder"]  # fmt: skip


@given(prefix=st.text(max_size=20) | st.sampled_from(_LIMIT_PREFIXES))
def test_the_limit_test_reads_as_its_pattern(prefix: str) -> None:
    """`_is_limit`'s quick test of the words before a number decides as the pattern would."""
    text = f"Run {prefix} 42 minutes"
    for quantity in analyze(text, DEFAULT_LEXICON).quantities:
        begin = max(0, quantity.start - 14)
        expected = (
            _LIMIT_TEXT.match(quantity.text) is not None
            or _LIMIT_BEFORE.search(text, begin, quantity.start) is not None
        )
        assert _is_limit(quantity, text) is expected


class TestTargetsAsAPersonRecordsThem:
    """Thousands glued to units, signed ranges and zeros are drafted as a person records them."""

    @pytest.mark.parametrize(
        ("sentence", "target", "unit"),
        [
            ("Keep caffeine under 2,400mg a week for the next month", 2_400, "mg"),
            ("Carry 1,250lbs of feed in total by June", 1_250, "lbs"),
            ("Cycle 1,200km by the end of the summer", 1_200, "km"),
        ],
    )
    def test_thousands_glued_to_a_unit(self, sentence: str, target: float, unit: str) -> None:
        """ "2,400mg" is one number, 2400, in milligrams; not 2 and 400."""
        [kr] = draft(sentence, start=MONDAY).key_results
        assert (kr.target, kr.unit) == (target, unit)

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Land a role paying $85,000 - $95,000 within 6 months", [85_000]),
            ("Bring in £12,000–£15,000 of donations by June", [12_000]),
            ("Get my attendance to 70%-80% by June", [70]),
            ("Find a flat at $1-2k a month by June", [1_000]),
            ("Negotiate a raise to $60-65k by the end of the year", [60_000]),
        ],
    )
    def test_a_range_with_signs_is_its_lower_number(
        self, sentence: str, targets: list[float]
    ) -> None:
        """A range written with a currency or percent sign on each end drafts its lower end."""
        assert drafted(sentence)[1] == targets

    def test_from_then_a_dashed_pair_is_a_change(self) -> None:
        """ "from 62%-70%" says where it starts and where it ends: 70, from 62."""
        [kr] = draft("Raise my pass rate from 62%-70% by June", start=MONDAY).key_results
        assert (kr.target, kr.baseline) == (70, 62)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Zero late invoices this quarter",
            "Log 0 skipped workouts for the next 4 weeks",
            "Have zero unanswered tickets by Friday",
        ],
    )
    def test_a_zero_on_its_own_is_an_upper_bound(self, sentence: str) -> None:
        """ "zero late invoices" is a target of 0, held at or below."""
        [kr] = draft(sentence, start=MONDAY).key_results
        assert (kr.target, kr.direction) == (0, Direction.AT_MOST)

    def test_the_end_of_a_scale_is_no_zero_target(self) -> None:
        """ "on a 0 to 10 scale" names the scale; only the score on it is a target."""
        assert drafted("Rate my stress below 4 on a 0 to 10 scale by Friday")[1] == [4]


@given(
    low=st.integers(min_value=1, max_value=500),
    step=st.integers(min_value=1, max_value=499),
    sign=st.sampled_from(["${}", "£{}", "{}%", "${},000"]),
    dash=st.sampled_from(["-", " - ", "–", " – "]),
)
def test_a_signed_range_s_target_is_its_lower_number(
    low: int, step: int, sign: str, dash: str
) -> None:
    """Two signed numbers joined by a dash are one range, drafted as its lower number;
    after "from" they are a change, drafted as the higher, from the lower."""
    pair = sign.format(low) + dash + sign.format(low + step)
    scale = 1_000 if ",000" in sign else 1
    [kr] = draft(f"Reach {pair} by June", start=MONDAY).key_results
    assert kr.target == low * scale
    [change] = draft(f"Move from {pair} by June", start=MONDAY).key_results
    assert (change.target, change.baseline) == ((low + step) * scale, low * scale)


@given(noun=st.sampled_from(["errors", "missed doses", "late days", "sugary drinks"]),
       zero=st.sampled_from(["zero", "Zero", "0"]),
       frame=st.sampled_from(["this week", "for 3 weeks", "by June"]))  # fmt: skip
def test_a_zero_target_is_an_upper_bound(noun: str, zero: str, frame: str) -> None:
    """Whatever is held at nothing, its target is 0 and reached at or below it."""
    [kr] = draft(f"Have {zero} {noun} {frame}", start=MONDAY).key_results
    assert (kr.target, kr.baseline, kr.direction) == (0, 0, Direction.AT_MOST)


class TestNamesGradesAndNumbersSaidAgain:
    """A number that names which thing, or says again what was counted, is no target."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "Pass JLPT N3 and get to HSK 5 this year",
            "Work through Units 2 to 4 of the workbook by March",
            "Finish Modules 6 and 7 by the end of the month",
            "Start the Couch to 10k plan this month",
            "Teach fractions in grade 4 by June",
            "Support readers in grades two through six by June",
        ],
    )
    def test_a_name_level_or_grade_with_a_number(self, sentence: str) -> None:
        """ "HSK 5", "Units 2 to 4", "Couch to 10k", "in grade 4" say which, not how many."""
        assert drafted(sentence)[1] == []

    def test_all_of_a_number_said_before(self) -> None:
        """ "in all four" counts the sessions again; the target is said once."""
        sentence = "Attend one workshop a week so that by June I have been to all four"
        assert drafted(sentence)[1] == [1]

    def test_all_of_a_number_said_first_is_the_target(self) -> None:
        """With nothing counted before it, "all 5" is the count."""
        assert drafted("Submit all 5 by June")[1] == [5]

    def test_a_money_plan_is_not_a_race(self) -> None:
        """ "a $5k plan" is money; only "a 5k plan" names the race."""
        assert drafted("Save for a $5k plan by June")[1] == [5_000]

    @pytest.mark.parametrize(
        ("sentence", "target", "baseline"),
        [
            ("Get a GPA of 3.6 from a 3.1 by the end of the year", 3.6, 3.1),
            ("Push my typing speed to 70% from 55% by June", 70, 55),
            ("Lose weight to 80 kg from about 92 kg by June", 80, 92),
        ],
    )
    def test_a_start_said_right_after_the_target(
        self, sentence: str, target: float, baseline: float
    ) -> None:
        """ "3.6 from a 3.1": one key result, to 3.6, starting at 3.1."""
        [kr] = draft(sentence, start=MONDAY).key_results
        assert (kr.target, kr.baseline) == (target, baseline)

    def test_a_count_from_other_things_is_two_counts(self) -> None:
        """ "20 books from 5 authors": two counts of two things, not a change."""
        assert drafted("Read 20 books from 5 authors by June")[1] == [20, 5]


@given(
    label=st.sampled_from(["Units", "Lessons", "Chapters", "HSK Levels", "Lists"]),
    first=st.integers(min_value=1, max_value=20),
    more=st.integers(min_value=1, max_value=20),
    join=st.sampled_from(["to", "and", "through", "or"]),
)
def test_a_label_carries_on_to_the_next_number(
    label: str, first: int, more: int, join: str
) -> None:
    """In "Units 2 to 4" both numbers say which units: neither is a target."""
    sentence = f"Review {label} {first} {join} {first + more} by June"
    assert drafted(sentence) == ("2027-06-30", [])


class TestAKnownSetNamedByItsSize:
    """ "the 12 steps" names a set to work through; a person records no target for it."""

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Work through the 7 habits with my coach this year", []),
            ("Climb the four flights to the ward twice a day this week", [2]),
            ("Finish 3 of the 10 modules by June", [3]),
            # a line to reach after "the" is still the target
            ("Pass the 500 follower mark by June", [500]),
            ("Score in the 80th percentile by June", [80]),
        ],
    )
    def test_the_number_and_its_noun(self, sentence: str, targets: list[float]) -> None:
        """After "the", a number and its noun name which set, unless it is a mark to reach."""
        assert drafted(sentence)[1] == targets

    def test_the_set_is_still_measurable(self) -> None:
        """The reader still finds the number: working through 7 habits can be checked."""
        quantities = analyze("Work through the 7 habits this year", DEFAULT_LEXICON).quantities
        assert [q.value for q in quantities] == [7]


class TestOccasionsAndPluralScores:
    """How a result is checked is no second target; a score said in the plural is one."""

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Spell 15 words correctly across 3 probes by June", [15]),
            ("Hold a plank for 60 seconds within 8 visits by March", [60]),
            ("Reach 90% accuracy over 4 observations by the end of the semester", [90]),
            # with nothing before it, attending sessions is the count
            ("Attend 6 sessions by March", [6]),
        ],
    )
    def test_occasions_after_a_target(self, sentence: str, targets: list[float]) -> None:
        """ "across 3 probes" after a target says how it is checked."""
        assert drafted(sentence)[1] == targets

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Earn 4’s on every essay rubric by June", [4]),
            ("Get mostly 9's in my music theory marks this year", [9]),
            ("Play more 80's songs at gigs this year", []),
        ],
    )
    def test_a_plural_numeral(self, sentence: str, targets: list[float]) -> None:
        """ "4's" is the score 4; a decade, "80's", is not a score."""
        assert drafted(sentence)[1] == targets


class TestAStepThatIsTheChangesSize:
    """ "Lose 15 lbs, from 180 to 165" says one change twice: it is recorded once."""

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Drop 12 kg, from 96 to 84, before the summer ends", [84]),
            ("Put on 4kg of muscle within 5 months, from 61kg to 65kg", [65]),
            ("Gain 30 points, from 610 to 640, on the GMAT by June", [640]),
            # a step of another size, or a second goal, stays
            ("Lose 5 kg, from 90 to 80, by June", [5, 80]),
            ("Write 12 essays and lift my grade from 70 to 82 by June", [12, 82]),
        ],
    )
    def test_the_step_and_the_change(self, sentence: str, targets: list[float]) -> None:
        """The step is dropped only when it is exactly the change's size, in one breath."""
        assert drafted(sentence)[1] == targets


@given(
    start=st.integers(min_value=50, max_value=300),
    size=st.integers(min_value=1, max_value=40),
    down=st.booleans(),
    unit=st.sampled_from(["lbs", "kg", "points"]),
)
def test_a_change_said_twice_is_one_target(start: int, size: int, down: bool, unit: str) -> None:
    """Whatever the numbers, "<size> <unit>, from <a> to <b>" drafts one target, b."""
    end = start - size if down else start + size
    verb = "Lose" if down else "Gain"
    [kr] = draft(f"{verb} {size} {unit}, from {start} to {end}, by June", start=MONDAY).key_results
    assert (kr.target, kr.baseline) == (end, start)


class TestMoreUnitsGluedToTheirNumber:
    """Litres, calories and rates glued to their number are one measure."""

    @pytest.mark.parametrize(
        ("sentence", "target", "unit"),
        [
            ("Drink 3L of water every day for a fortnight", 3, "l"),
            ("Eat under 2,200kcal a day for 10 weeks", 2_200, "kcal"),
            ("Type at 75wpm by the end of the term", 75, "wpm"),
            ("Bring my resting pulse under 65bpm by June", 65, "bpm"),
        ],
    )
    def test_glued_unit(self, sentence: str, target: float, unit: str) -> None:
        """ "75wpm" is 75 words a minute, not a clock time ending in "pm"."""
        [kr] = draft(sentence, start=MONDAY).key_results
        assert (kr.target, kr.unit) == (target, unit)

    def test_a_clock_time_glued_to_pm_is_still_no_target(self) -> None:
        """ "by 9pm" is a time of day."""
        assert drafted("Switch off screens by 9pm every night this week")[1] == []


class TestWhereItStandsToday:
    """A number said to stand today, before a target of its kind, is the target's baseline."""

    @pytest.mark.parametrize(
        ("sentence", "target", "baseline"),
        [
            ("I currently bench 60 kg and want to bench 80 kg by the summer", 80, 60),
            ("My current resting pulse is 84 and I want it at 70 by June", 70, 84),
            ("Churn is at 9% right now; get it to 6% by the end of the quarter", 6, 9),
        ],
    )
    def test_a_number_said_to_stand_now(
        self, sentence: str, target: float, baseline: float
    ) -> None:
        """ "currently ... 60 kg", "9% right now": where the target starts, not a target."""
        [kr] = draft(sentence, start=MONDAY).key_results
        assert (kr.target, kr.baseline) == (target, baseline)

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Write 3 pages today and 40 pages by March", [3, 40]),
            ("I have 2 clients now and want 5 new leads by June", [2, 5]),
        ],
    )
    def test_a_goal_for_today_or_another_thing_stays(
        self, sentence: str, targets: list[float]
    ) -> None:
        """ "3 pages today" is a goal for today; "2 clients now" counts other things."""
        assert drafted(sentence)[1] == targets


class TestDatesOfAChange:
    """Where a statement dates its baseline and its target, the target's date is the due."""

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("Raise attendance from 88% in 2025-2026 to 93% in 2027-2028", "2028-06-30"),
            ("Grow members from 40 in March 2026 to 90 by March 2028", "2028-03-31"),
            ("Cut waste from 12 bags for the 2025-2026 school year to 8 for the 2027-2028 "
             "school year", "2028-06-30"),
            ("Lift the pass rate from 60% to 75% between fall 2026 and fall 2028", "2028-09-01"),
            ("Cut screen time to 2 hours by Easter, only 6 weeks from now", "2027-02-15"),
        ],
    )  # fmt: skip
    def test_the_later_date_is_due(self, sentence: str, due: str) -> None:
        """The baseline's date, and a date said again as time from now, are not the due."""
        assert drafted(sentence)[0] == due


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Eat 5 portions of vegetables a day for the next month", "Portions of vegetables eaten"),
        ("Drink 8 glasses of water a day this month", "Glasses of water drunk"),
        ("Sleep 8 hours a night for the next 30 days", "Hours slept"),
        ("Ride 100 miles by June", "Miles ridden"),
        ("Buy 3 books by June", "Books bought"),
    ],
)
def test_a_key_result_title_uses_the_verb_s_own_participle(sentence: str, title: str) -> None:
    """Irregular verbs title their key results as people write them: "eaten", not "eated"."""
    [kr] = draft(sentence, start=MONDAY).key_results
    assert kr.title == title


MONDAY = datetime.date(2027, 1, 4)


class TestDateOverWeekday:
    """A weekday before a date names the date: the date wins, even if the calendar disagrees."""

    @pytest.mark.parametrize(
        ("statement", "deadline"),
        [
            ("Cycle 40 km by Saturday March 13th", datetime.date(2027, 3, 13)),
            ("Hand in 3 reports by Monday, 10 May", datetime.date(2027, 5, 10)),
            ("Swim 20 lengths by Tuesday June 1", datetime.date(2027, 6, 1)),  # a Tuesday in 2027
        ],
    )
    def test_due(self, statement: str, deadline: datetime.date) -> None:
        assert draft(statement, start=MONDAY).due == deadline


class TestNumbersSaidAgain:
    """A number restated ("that's 64 lengths", "lengths/metres") or in an idiom is no target."""

    @pytest.mark.parametrize(
        ("statement", "expected"),
        [
            ("Swim one mile by June – that's 64 lengths", [1]),
            ("Run 3 miles by May, that is 5 km", [3]),
            ("Row 40 lengths/1000m by Friday", [40]),
            ("Finish 2 hikes in one piece by August", [2]),
            ("Put away 6 boxes one by one by Sunday", [6]),
            ("Get through this term in one piece", []),
        ],
    )
    def test_targets(self, statement: str, expected: list[float]) -> None:
        assert [kr.target for kr in draft(statement, start=MONDAY).key_results] == expected

    def test_a_year_and_a_period_length_are_no_targets(self) -> None:
        """ "this 28 day challenge" and "by the end of year 2028-2029" are deadlines, wholly."""
        goal = draft("Walk 9000 steps a day this 28 day challenge", start=MONDAY)
        assert (goal.due, [kr.target for kr in goal.key_results]) == (
            datetime.date(2027, 2, 1),
            [9000],
        )
        goal = draft("Lift the pass rate by 3% by the end of year 2028-2029", start=MONDAY)
        assert (goal.due, [kr.target for kr in goal.key_results]) == (
            datetime.date(2029, 6, 30),
            [3],
        )

    @given(
        amount=st.integers(1, 90),
        start=st.dates(datetime.date(2020, 1, 1), datetime.date(2035, 12, 31)),
    )
    def test_this_length_runs_from_the_start(self, amount: int, start: datetime.date) -> None:
        """ "this N day challenge" is due N days after any start, and N is never a target."""
        goal = draft(f"Drink 8 glasses of water a day this {amount} day challenge", start=start)
        assert goal.due == start + datetime.timedelta(days=amount)
        assert [kr.target for kr in goal.key_results] == [8]


class TestWhichYearAndWhichSpan:
    """A year named by number says which "end of the year"; a span said with its end is time."""

    def test_a_named_school_year_says_which_year_ends(self) -> None:
        """ "at the end of the year ... for the 2024-2025 school year" ends in June 2025."""
        goal = draft(
            "At the end of the year 60% of pupils will read at level for the 2024-2025 school year",
            start=MONDAY,
        )
        assert goal.due == datetime.date(2025, 6, 30)

    def test_this_year_stays_this_year(self) -> None:
        """ "by the end of this year" is this one, whatever year is named later."""
        goal = draft(
            "By the end of this year I will save 2000 dollars for a trip in 2029", start=MONDAY
        )
        assert goal.due == datetime.date(2027, 12, 31)

    @pytest.mark.parametrize("ending", [", ending", " ending", ", finishing", " (concluding"])
    def test_a_span_with_its_end_is_no_target(self, ending: str) -> None:
        """ "for 10 weeks, ending within 4 months": the weeks are time, the months the deadline."""
        goal = draft(
            f"Swim 40 lengths each Monday for 10 weeks{ending} within 4 months", start=MONDAY
        )
        assert (goal.due, [kr.target for kr in goal.key_results]) == (
            datetime.date(2027, 5, 4),
            [40],
        )


class TestAlternativeTargets:
    """A target said two ways, or with a hope beyond it, is one target: the first said."""

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Knit 12 hats or 3 blankets by March", [12]),
            ("Visit three, hopefully four, museums by June", [3]),
            ("Swim 40 lengths or even 50 by the end of the month", [40]),
            ("Lose 10 or 15 pounds by June", [10]),  # a range of one thing: its lower end
        ],
    )
    def test_one_target(self, sentence: str, targets: list[float]) -> None:
        """Only the first number is a target."""
        assert drafted(sentence)[1] == targets

    @given(
        count=st.integers(min_value=1, max_value=500),
        joint=st.sampled_from([", hopefully", " or maybe", ", ideally", " or even"]),
    )
    def test_a_hope_adds_no_target(self, count: int, joint: str) -> None:
        """Saying a higher hope after a target never adds a target."""
        plain = drafted(f"Sketch {count} birds by June")
        assert drafted(f"Sketch {count}{joint} {count + 1} birds by June") == plain


class TestBoundedTargetOfAChange:
    """ "from 9 minutes to under 3": the bound's number is the target, the first the baseline."""

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Cut checkout time from 8 minutes to under 2 by June", [2]),
            ("Bring late invoices from 6 a month to fewer than 2 a month by June", [2]),
            ("Grow the choir from 10 to over 25 singers by June", [25]),
        ],
    )
    def test_target(self, sentence: str, targets: list[float]) -> None:
        """One target: the bound after "to"."""
        assert drafted(sentence)[1] == targets


class TestChangeDatedAtEachEnd:
    """A change whose first number carries its own date is still one change."""

    def test_a_short_month_s_full_stop_ends_no_clause(self) -> None:
        """ "from 30% in Sept. 2026 to 50% by Sept. 2028": 50, from 30."""
        goal = draft("Lift the pass rate from 30% in Sept. 2026 to 50% by Sept. 2028", start=MONDAY)
        assert [(kr.target, kr.baseline) for kr in goal.key_results] == [(50, 30)]


class TestNumbersThatSayWhoIsCounted:
    """A number in the clause that describes the group counted is no target."""

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("By June, the share of pupils with more than 5 late marks will fall from 20% to 8%",
             [8]),
            ("By June, patients who walk under 2 miles a day will lose 6 pounds", [6]),
            ("By June, members in our club who swam 3 times will bring 4 friends", [4]),
        ],
    )  # fmt: skip
    def test_target(self, sentence: str, targets: list[float]) -> None:
        """Only the number after "will" is the target."""
        assert drafted(sentence)[1] == targets

    def test_without_a_group_both_count(self) -> None:
        """With no group described, a number before "will" is still a target."""
        assert drafted("By June, I will read 4 books and write 2 essays")[1] == [4, 2]


class TestNumbersAPersonDoesNotRecord:
    """Which numbers a person takes as targets: not the size of a set that is theirs, a
    rough pace that says the total again, what each occasion holds, a target said twice,
    or where a progression starts and how it steps."""

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            # a set already there, named by its size after a possessive
            ("By March, phone the parents of my 12 newest pupils at least 3 times", [3]),
            ("Get 4 reviews on each of our 2 apps by June", [4]),
            # a rough pace after a total
            ("Write 24 blog posts this year, roughly 2 a month", [24]),
            ("Run 600 miles by December (about 12 per week)", [600]),
            # what each occasion holds, beside how often
            ("Drink one glass of milk, four days a week, for 3 weeks", [4]),
            ("Eat one bowl of salad at lunch 5 days per week this month", [5]),
            # a target said twice in a row
            ("My target is 40 sales -- 40 sales by the end of the quarter", [40]),
            # a progression: its start and step are no targets when its end is said
            ("Starting with 8 squats, add 2 more every day until I reach 60 by March", [60]),
            ("Begin with 1 lap and add 1 lap each week to swim 20 laps by June", [20]),
            ("Start at 15 minutes and build up to 45 minutes of reading by April", [45]),
            # what a task is given, in an IEP goal's conditions
            ("Given 12 picture cards, Leo will name 10 by May", [10]),
            ("By May, given a set of 25 sight words, Leo will read 20", [20]),
            # "in one set", "in one sitting": how, not how many
            ("Do 40 squats in one set by April", [40]),
            # what a count is out of, with its noun between
            ("Skip soda 5 days out of 7 for the next 6 weeks", [5]),
            # a distance run against the clock names the course, as "a 5k" does
            ("Swim 2 km in under 50 minutes by July", [50]),
            # the deadline's own amount of time, said again
            ("Try it for a month - one month at 3 coffees a day", [3]),
            # the length of a thing already there
            ("During the 45-minute lunch break, greet 2 new classmates by March", [2]),
        ],
    )  # fmt: skip
    def test_targets(self, sentence: str, targets: list[float]) -> None:
        """Only the numbers a person would record are targets."""
        assert drafted(sentence)[1] == targets

    @pytest.mark.parametrize(
        ("sentence", "targets"),
        [
            ("Add 5 clients each month and reach 30 clients by June", [5, 30]),  # no start said
            ("Walk 2 miles a day, five days a week, for 6 weeks", [2, 5]),  # not "one"
            ("Read 20 books this year and 2 books a month of poetry", [20, 2]),  # not rough
            ("Save $500 by June and $500 more by December", [500, 500]),  # words between
            ("Given feedback, write 3 drafts by May", [3]),  # nothing counted is given
            ("Cycle 60 km a week by July", [60]),  # a distance with no clock is a count
            ("Take a 30-minute walk 5 days a week for a month", [30, 5]),  # one to do
            ("By June, count from 1-50 without help", [50]),  # from one end to the other
        ],
    )  # fmt: skip
    def test_these_stay_targets(self, sentence: str, targets: list[float]) -> None:
        """Without the words that make them so, such numbers still count."""
        assert drafted(sentence)[1] == targets

    @given(
        total=st.integers(min_value=20, max_value=900),
        pace=st.integers(min_value=2, max_value=19),
        rough=st.sampled_from(["about", "roughly", "around", "approximately"]),
        period=st.sampled_from(["a week", "per month", "each week", "a day"]),
    )
    def test_a_rough_pace_never_adds_a_target(
        self, total: int, pace: int, rough: str, period: str
    ) -> None:
        """ "N things by December, about M a week": the one target is N."""
        sentence = f"Finish {total} sketches by December, {rough} {pace} {period}"
        assert drafted(sentence)[1] == [total]

    @given(
        start=st.integers(min_value=2, max_value=40),
        step=st.integers(min_value=2, max_value=9),
        end=st.integers(min_value=50, max_value=500),
    )
    def test_a_progression_keeps_only_its_end(self, start: int, step: int, end: int) -> None:
        """ "start with A, add B more each day, to C": the target is C, whatever A and B."""
        sentence = f"Start with {start} sit-ups, then add {step} more each day to do {end} by May"
        assert drafted(sentence)[1] == [end]


class TestMoneyGroupedWithASpace:
    """Thousands grouped with a space after a currency sign are one amount."""

    @given(
        thousands=st.integers(min_value=1, max_value=999),
        rest=st.integers(min_value=0, max_value=999),
        sign=st.sampled_from(["$", "€", "£"]),
    )
    def test_one_amount(self, thousands: int, rest: int, sign: str) -> None:
        """ "$20 000" is twenty thousand, not 20 and 0."""
        sentence = f"Raise {sign}{thousands} {rest:03d} for the shelter by June"
        assert drafted(sentence)[1] == [thousands * 1000 + rest]

    def test_a_year_before_a_colon_is_no_clock(self) -> None:
        """ "for 2028: 30 books": the number after the colon is a count, not minutes."""
        assert drafted("My reading plan for 2028: 30 books")[1] == [30]


class TestTheDueDateInsideTheYearSaidFirst:
    """A year or month said first sets the context; a date inside it is when it is due."""

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            ("This year I plan to run 3 half marathons by October", "2027-10-31"),
            ("In 2027, publish 2 papers by the end of the spring semester", "2027-06-30"),
            ("This year, my class will read 40 books by the end of the school year",
             "2027-06-30"),
            ("This month I will send 5 applications by Friday", "2027-01-08"),
            # a year a plan is said for beats a bare "This year"
            ("This year my club set a challenge for 2029: 12 hikes", "2029-12-31"),
        ],
    )  # fmt: skip
    def test_due(self, sentence: str, due: str) -> None:
        """The narrower date is the deadline."""
        assert drafted(sentence)[0] == due

    def test_a_staged_target_keeps_the_year(self) -> None:
        """ "20 books this year, 10 by June": the year, said after a number, is the goal's."""
        assert drafted("Read 20 books this year, 10 of them by June")[0] == "2027-12-31"

    def test_the_end_of_this_year_stays(self) -> None:
        """ "by the end of this year" is this year, whatever comes after."""
        assert drafted("By the end of this year, save 900 dollars for a trip in June")[0] == (
            "2027-12-31"
        )

    @given(month=st.sampled_from(["March", "May", "August", "November"]))
    def test_a_month_inside_this_year_is_its_end(self, month: str) -> None:
        """ "This year ... by <Month>" is due at that month's end, as "by <Month>" alone is."""
        assert (
            drafted(f"This year I will learn 50 songs by {month}")[0]
            == drafted(f"I will learn 50 songs by {month}")[0]
        )


@given(
    start=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(9000, 1, 1)),
    frame=st.sampled_from(["by month 3", "in next 30D", "within 90d", "by the end of H1",
                           "by the middle of the year", "before the month is out",
                           "by the last day of February", "till start of September",
                           "through October", "from now to June", "for the rest of the year",
                           "over the weekend", "by end of term", "in a year and a half",
                           "at the end of the academic session", "by the end of preschool",
                           "My goal for the week:", "in 3 mths", "90 days from today"]),
)  # fmt: skip
def test_a_deadline_in_less_usual_words_is_never_before_the_start(
    start: datetime.date, frame: str
) -> None:
    """The forms read this round, with no year of their own, end on or after the drafting
    day and within 19 months of it."""
    goal = draft(f"Give 3 talks {frame}", start=start)
    assert goal.due is not None
    assert start <= goal.due <= start + datetime.timedelta(days=580)


class TestTheSameSpanAndItsStart:
    """A span said again in another unit, and a change's start named "baseline"."""

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Write 40 poems in one calendar year – 52 weeks", ("2028-01-04", [40])),
            ("Save 900 dollars for a year (12 months)", ("2028-01-04", [900])),
            ("Run 3 times a week for 6 months, 24 weeks of it outdoors", ("2027-07-04", [3, 24])),
        ],
    )
    def test_the_deadlines_length_said_again(
        self, sentence: str, expected: tuple[str, list[float]]
    ) -> None:
        """The same length in weeks or months right after the span is no target."""
        assert drafted(sentence) == expected

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Lift attendance from this year's baseline of 88% to 93% by June", [93]),
            ("Grow from a base of 40 to 60 members by May", [60]),
        ],
    )
    def test_a_named_baseline_after_from(self, sentence: str, expected: list[float]) -> None:
        """ "from ... baseline of X to Y" is one change, to Y."""
        assert drafted(sentence)[1] == expected

    @given(low=st.integers(min_value=1, max_value=89), step=st.integers(min_value=1, max_value=10))
    def test_a_named_baseline_is_where_the_change_starts(self, low: int, step: int) -> None:
        """The key result starts at the baseline and aims at the number after "to"."""
        goal = draft(
            f"Raise the pass rate from last term's baseline of {low}% to {low + step}% by May",
            start=MONDAY,
        )
        assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(low, low + step)]


@pytest.mark.parametrize("adverb", ["technically", "officially", "finally"])
def test_a_span_counts_from_a_start_said_with_an_adverb(adverb: str) -> None:
    """ "for one month, starting <adverb> tomorrow" ends a month after tomorrow."""
    assert drafted(f"Skip dessert for one month, starting {adverb} tomorrow") == ("2027-02-05", [])


@given(total=st.integers(min_value=10_000, max_value=90_000), days=st.integers(10, 60))
def test_a_mean_pace_after_a_total_says_it_again(total: int, days: int) -> None:
    """ "N words in D days, averaging N/D words per day": one target, the total."""
    pace = round(total / days)
    sentence = f"Write {total} words in {days} days, averaging {pace} words per day"
    assert drafted(sentence)[1] == [total]


@given(week=st.integers(min_value=1, max_value=52))
def test_a_plans_week_number_is_no_target(week: int) -> None:
    """ "Down 4 lbs by 3/14/28, week N": the week's number says which week of the plan."""
    assert drafted(f"Down 4 lbs by 3/14/28, week {week}.") == ("2028-03-14", [4])


@pytest.mark.parametrize("versus", ["vs.", "vs", "versus"])
def test_a_number_set_against_the_target_is_its_baseline(versus: str) -> None:
    """ "$3M in Q2 (vs. $2M in Q1)": the second amount is where the target starts."""
    goal = draft(f"Book $3M in sales in Q2 ({versus} $2M in Q1)", start=MONDAY)
    assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(2_000_000, 3_000_000)]


# ------------------------------------------------ spans in hours (round 10's class)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The resident will sit up in a chair unaided, within 12 hours.", ("2027-01-04", [])),
        ("Within the next 3 hours, the client rates nausea at 1/10 or lower.", ("2027-01-04", [1])),
        ("The patient will drink 6 cups of fluid by the end of 72 hours.", ("2027-01-07", [6])),
        ("The toddler will feed himself during a 24-hour period.", ("2027-01-05", [])),
        ("After four hours of teaching, the carer will name 3 warning signs.", ("2027-01-04", [3])),
        ("Help the kitchen plate 80 meals within a four-hour shift", ("2027-01-04", [80])),
    ],
)
def test_a_span_in_hours_closes_the_goal_on_the_day_its_last_hour_falls(
    sentence: str, expected: tuple[str, list[float]]
) -> None:
    """A span in hours that opens its sentence, closes its clause or is called a period is
    the deadline: the start plus whole days of 24 hours; its number is no target."""
    assert drafted(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Answer 95% of tickets answered within 4 hours by the on-call engineer",
        "Rate pain below 4/10 within 1 hour of each dose",
        "Swim 3 miles in 2 hours or less",
        "Sleep for 8 hours every night",
    ],
)
def test_a_span_in_hours_inside_a_clause_is_a_standard_not_a_deadline(sentence: str) -> None:
    """Hours inside a clause set how fast each time must go, not when the goal ends."""
    assert draft(sentence, start=MONDAY).due is None


@given(hours=st.integers(min_value=1, max_value=240))
def test_hours_are_never_a_target_and_never_end_before_the_start(hours: int) -> None:
    """Whatever the hours, the deadline is on or after the start and its number is time."""
    due, targets = drafted(f"The client will walk 2 laps of the ward within {hours} hours.")
    assert due is not None
    assert datetime.date.fromisoformat(due) == MONDAY + datetime.timedelta(days=hours // 24)
    assert targets == [2]


# ------------------------------------------------ "before" a month (rounds 9 and 10)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Sell 40 tickets before June", "2027-05-31"),
        ("Knit 2 scarves prior to March.", "2027-02-28"),
        ("Finish 5 drafts ahead of October 2027", "2027-09-30"),
        ("Run 12 miles before January", "2027-12-31"),
        ("Sell 40 tickets before June 10", "2027-06-10"),
        ("Sell 40 tickets before the end of June", "2027-06-30"),
    ],
)
def test_before_a_month_is_the_last_day_of_the_month_before(sentence: str, due: str) -> None:
    """ "before May" ends when May begins; a day or "the end of" the month say otherwise."""
    assert drafted(sentence)[0] == due


@given(month=st.sampled_from(list(range(2, 13))))
def test_before_a_month_is_never_inside_that_month(month: int) -> None:
    """Whatever month follows "before", the goal is due before its first day."""
    name = datetime.date(2027, month, 1).strftime("%B")
    due = drafted(f"Write 3 songs before {name}")[0]
    assert due is not None
    assert datetime.date.fromisoformat(due) < datetime.date(2027, month, 1)


# ------------------------------------------------ a change from one number to another


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Lower my resting heart rate from a reading of 88 to 72 by June", (88, 72)),
        ("Raise the class from an average of 61 to 75 by June", (61, 75)),
        ("Go from jogging 2 miles to jogging 5 miles by June", (2, 5)),
        ("Grow the mailing list from 800 to 2000 by June", (800, 2000)),
    ],
)
def test_a_change_keeps_only_where_it_ends_as_the_target(
    sentence: str, pair: tuple[float, float]
) -> None:
    """ "from X to Y" drafts Y from X, however the start is said: after "a <noun> of", after
    a verb said again before both numbers, or beside an end that could be a year."""
    goal = draft(sentence, start=MONDAY)
    assert [(kr.baseline, kr.target) for kr in goal.key_results] == [pair]


@given(
    low=st.integers(min_value=1, max_value=1899),
    high=st.integers(min_value=1900, max_value=2100),
)
def test_the_end_of_a_change_from_a_count_is_never_a_year(low: int, high: int) -> None:
    """When a change starts at a number that is no year, its end is a count, even in the
    years' range: the draft holds one key result, from the start to the end."""
    goal = draft(f"Grow our readers from {low} to {high} by June", start=MONDAY)
    assert [(kr.baseline, kr.target) for kr in goal.key_results] == [(low, high)]


# ------------------------------------------------ the new year as a period (rounds 9 and 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Save 2,000 dollars in the new year",
        "Our plan for the New Year: 4 workshops",
        "Begin the new year at 70 kg",
        "Read 30 plays during the new year.",
    ],
)
def test_the_new_year_a_goal_is_set_for_ends_with_that_year(sentence: str) -> None:
    """ "in / for / during the new year", "start the new year ...": the calendar year nearest
    the start; from 4 January, the year just begun."""
    assert drafted(sentence)[0] == "2027-12-31"


@pytest.mark.parametrize(
    ("start", "due"),
    [
        (datetime.date(2027, 1, 4), datetime.date(2027, 12, 31)),
        (datetime.date(2027, 11, 20), datetime.date(2028, 12, 31)),
    ],
)
def test_the_new_year_said_late_in_a_year_is_the_next(
    start: datetime.date, due: datetime.date
) -> None:
    """Said in November, "the new year" is the one about to begin."""
    assert draft("Run 3 half marathons in the new year", start=start).due == due


def test_a_new_years_resolution_alone_names_no_year() -> None:
    """ "My New Year's resolution is ..." says what kind of goal it is, not when it ends."""
    assert draft("My New Year's resolution is to do 20 push-ups", start=MONDAY).due is None


# ------------------------------------------------ a run of sessions is a criterion


@pytest.mark.parametrize("run", ["consecutive", "successive", "straight"])
@pytest.mark.parametrize("lead", ["in", "within", "over"])
def test_a_run_of_sessions_is_how_mastery_is_shown_not_a_deadline(lead: str, run: str) -> None:
    """ "in 3 consecutive sessions" says how often the skill must be shown, as "across 3
    consecutive sessions" does: no deadline, no event to date it by."""
    goal = draft(f"Name 8 of 10 pictured objects {lead} 3 {run} sessions.", start=MONDAY)
    assert goal.due is None
    assert not analyze(f"Name 8 of 10 pictured objects {lead} 3 {run} sessions.").events


def test_a_number_of_sessions_still_dates_nothing_but_is_an_event() -> None:
    """ "within 6 sessions" stays an undated event: when the goal closes, on a day unsaid."""
    assert analyze("Walk 50 feet unaided within 6 sessions.").events


# ------------------------------------------------ staged deadlines (rounds 7, 8 and 10)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cut waste by 10% in 6 months and by 25% in 12 months", ("2028-01-04", [10, 25])),
        (
            "Raise retention by 5% in the first year and 9% by the second year",
            ("2029-01-04", [5, 9]),
        ),
        ("Sign 4 partners by March 2028 and 10 partners by June 2028", ("2028-06-30", [4, 10])),
        # Which comes later is not said by the text alone: the first deadline stays.
        (
            "Apply for five grants this week and call three funders by Friday",
            ("2027-01-10", [5, 3]),
        ),
    ],
)
def test_staged_deadlines_close_the_goal_at_the_last_stage(
    sentence: str, expected: tuple[str, list[float]]
) -> None:
    """ "X by D1 and Y by D2", each deadline with its own count: the goal closes at D2."""
    assert drafted(sentence) == expected


@given(first=st.integers(min_value=1, max_value=11), more=st.integers(min_value=1, max_value=24))
def test_the_last_of_two_stages_in_months_is_the_due_date(first: int, more: int) -> None:
    """Whatever the two amounts of months, the later stage sets the due date, and neither
    amount is a target."""
    sentence = f"Publish 2 papers in {first} months and 5 papers in {first + more} months"
    assert drafted(sentence) == (add(MONDAY, first + more, "month").isoformat(), [2, 5])


# ------------------------------------------------ a target said again in another unit or period


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("Draft 30,000 words by the end of June, roughly 120 pages.", [30_000]),
        ("Knit 12 scarves by March, about 40 balls of yarn", [12]),
        ("Walk 3 miles every day this month and log 21 miles each week", [3]),
        # Not the same amount: both are targets.
        ("Walk 3 miles every day this month and log 25 miles each week", [3, 25]),
    ],
)
def test_a_target_said_again_in_another_unit_or_period_is_one_target(
    sentence: str, targets: list[float]
) -> None:
    """A rough amount in another unit after a comma, or a day's amount said as a week's,
    says the target again: a person drafts it once."""
    assert drafted(sentence)[1] == targets


@given(daily=st.integers(min_value=1, max_value=50))
def test_a_days_amount_said_as_a_weeks_is_never_a_second_target(daily: int) -> None:
    """Whatever the daily amount, its weekly total said after it is the same target."""
    sentence = f"Read {daily} pages every night this month, {7 * daily} pages each week"
    assert drafted(sentence) == ("2027-01-31", [daily])


# ------------------------------------------------ an amount offered in the target's place


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # hea-9041
        ("I would like to lose 5 pounds before Christmas, but I will settle for 3.",
         ("2027-12-25", [5])),
        # hea-12142
        ("My challenege is going to be to try to loose 20 pounds before Christmas or 1 dress "
         "size.", ("2027-12-25", [20])),
        # hea-14021
        ("my first goal for 2019 is to get my weight down to about 140, if not 133",
         ("2019-12-31", [140])),
        # car-14171
        ("I want to see a 10% or 20% or 30% reduction in cycle times this year.",
         ("2027-12-31", [10])),
        # edu-5577 (its first clause)
        ("By 2013-2014 LES will decrease office discipline referrals to 15 or less per month or "
         "under 150 for the school year", ("2014-06-30", [15])),
        # Counter-examples: "and/or" adds a target (hea-13285's wording); a range keeps its
        # lower end; a first number is never dropped.
        ("Do one unassisted pullup and/or one body-weight squat by June", ("2027-06-30", [1, 1])),
        ("Lose 10 or 15 pounds by June", ("2027-06-30", [10])),
        ("Run 3 times a week or more by June", ("2027-06-30", [3])),
    ],
)  # fmt: skip
def test_an_amount_offered_in_the_target_s_place_is_no_second_target(
    sentence: str, expected: tuple[str, list[float]]
) -> None:
    """After a target, "or 1 dress size", "if not 133", "settle for 3": a fallback, not a
    second key result."""
    assert drafted(sentence) == expected


_OFFERED_JOINERS = ("by June or", "by June, if not", "by June, but I will settle for")


@given(
    amounts=st.tuples(st.integers(1, 500), st.integers(1, 500)),
    joiner=st.sampled_from(_OFFERED_JOINERS),
)
def test_the_first_of_two_amounts_offered_is_the_only_target(
    amounts: tuple[int, int], joiner: str
) -> None:
    """Whatever the two amounts, one offered in the other's place, only the first is drafted."""
    first, second = amounts
    sentence = f"Lose {first} pounds {joiner} {second} pounds"
    assert drafted(sentence) == ("2027-06-30", [first])


# ------------------------------------------------ a year a goal is named by


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2022 reading challenge goal: 70 books", ("2022-12-31", [70])),  # edu-14084
        # hea-13233
        ("I’m going to stick with 150’ as my 2007 discus goal.", ("2007-12-31", [150])),
        # hea-9149, with a count added so that it drafts a target
        ("Therefore my new year’s resolution (2014) is to lose 10 pounds.", ("2014-12-31", [10])),
        # Counter-examples: a count before its unit is no year; a goal with its own date.
        ("My 2000 calorie goal is to keep by June", ("2027-06-30", [])),  # "my": a set, as before
        ("Walk 2000 steps a day by June", ("2027-06-30", [2000])),
    ],
)  # fmt: skip
def test_a_year_a_goal_is_named_by_is_its_deadline(
    sentence: str, expected: tuple[str, list[float]]
) -> None:
    """ "my 2007 discus goal", "2022 reading challenge goal": the goal is for that year, as
    "my goals for 2019" is; the year is never a target."""
    assert drafted(sentence) == expected


@given(
    year=st.integers(min_value=1990, max_value=2099), books=st.integers(min_value=1, max_value=300)
)
def test_a_goal_s_own_year_is_never_a_target(year: int, books: int) -> None:
    """Whatever the year a reading goal is named by, it is the due year and never a target."""
    assert drafted(f"My {year} reading goal: {books} books") == (f"{year}-12-31", [books])


# ------------------------------------------------ the whole year or the rest of it


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Run 1000 miles across the year", ("2027-12-31", [1000])),  # hea-12018
        ("30x up The Mount over the year.", ("2027-12-31", [30])),  # hea-14173
        # car-11008, with a count added so that it drafts a target
        ("Get 12 clients the rest of the year so I can take the summer off",
         ("2027-12-31", [12])),
        # Counter-examples: a past year is no deadline; a date in the year still closes it.
        ("Read 20 books by June, more than I read over the past year", ("2027-06-30", [20])),
        ("Run 1000 miles across the year, 400 of them by June", ("2027-12-31", [1000, 400])),
    ],
)  # fmt: skip
def test_the_year_across_or_over_it_ends_with_it(
    sentence: str, expected: tuple[str, list[float]]
) -> None:
    """ "across the year", "over the year", "the rest of the year": the goal runs to the
    year's end, as "throughout the year" does."""
    assert drafted(sentence) == expected
