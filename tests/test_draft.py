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
from goalkit._model import MAX_MAGNITUDE

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
        ("Ship the beta over the next quarter", datetime.date(2027, 4, 15)),
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


def test_zero_is_not_a_count_to_reach() -> None:
    """'zero incidents' is a threshold to hold, so it becomes no key result."""
    assert draft("Ship with zero incidents this quarter", start=JAN_15).key_results == ()


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
        ({"text": "Publish a paper by June 2026", "start": JAN_15}, "text"),
    ],
)
def test_bad_input_is_a_clear_error(arguments: dict[str, object], field: str) -> None:
    """Blank text, a wrong type or a time frame ending before the start raise ValidationError."""
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
    assert goal.start == start
    assert goal.due is None or goal.due >= start
    # The goal is what the reader read in its title: the first time frame, each count.
    assert goal.title == goal.title.strip() != ""
    analysis = analyze_text(goal.title)
    frames = analysis.time_frames
    assert goal.due == (frames[0].due_from(start) if frames else None)
    counts = [q.value for q in analysis.quantities if 0 < q.value <= MAX_MAGNITUDE]
    assert [kr.target for kr in goal.key_results] == counts
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
            ("Cut sugar to 0 grams for the month of February", "2027-02-28", []),
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
