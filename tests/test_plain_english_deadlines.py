"""Deadlines, targets and quantities people write, read as classes (round 11's misreadings).

Each class here is general English met in more than one round of the corpus; the
examples are new wordings, not the corpus's statements.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import analyze_text, draft

START = datetime.date(2027, 1, 4)

_WORDS = st.lists(
    st.sampled_from(["bench", "press", "squat", "carry", "row", "lift", "walk", "swim", "goal"]),
    min_size=1,
    max_size=3,
)
_UNITS = st.sampled_from(["lbs", "kg", "km", "mi", "mins", "kcal", "ml", "oz", "lb"])


def _readings(text: str) -> list[tuple[float, str]]:
    return [(quantity.value, quantity.noun) for quantity in analyze_text(text).quantities]


@given(words=_WORDS, amount=st.integers(min_value=2, max_value=999), unit=_UNITS)
def test_capitalising_the_words_before_a_glued_quantity_never_changes_its_reading(
    words: list[str], amount: int, unit: str
) -> None:
    lower = " ".join(words) + f" {amount}{unit}"
    capitalised = " ".join(word.capitalize() for word in words) + f" {amount}{unit}"
    assert _readings(capitalised) == _readings(lower)
    assert _readings(lower) != []


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Overhead Press 140lbs by June", [140]),
        ("Farmer Carry 40kg by the end of the year", [40]),
        ("Learn Python 3 by June", []),  # a version stays a version
    ],
)
def test_a_quantity_glued_to_its_unit_after_a_capitalised_word_is_a_target(
    text: str, targets: list[float]
) -> None:
    assert [result.target for result in draft(text, start=START).key_results] == targets


def _due_and_targets(text: str) -> tuple[str | None, list[float]]:
    goal = draft(text, start=START)
    return (
        None if goal.due is None else goal.due.isoformat(),
        [result.target for result in goal.key_results],
    )


@pytest.mark.parametrize(
    ("text", "due", "targets"),
    [
        # A month said with "next": its first coming, as "by June" is; "of next year" a year on.
        ("Swim 20 laps without stopping by next June", "2027-06-30", [20]),
        ("In March of next year I will publish 3 articles", "2028-03-31", [3]),
        # A month's end spelt with a hyphen, as "by month end" is.
        ("Close 12 support tickets by month-end", "2027-01-31", [12]),
        # The month a plan is for, said before the plan or with "a".
        ("For February, my goal is to read 4 novels", "2027-02-28", [4]),
        ("I set myself a June goal of 40 push-ups", "2027-06-30", [40]),
        # A plan's own days and weeks, counted from the start.
        ("Our 21 day challenge is to bike 15 miles a week", "2027-01-25", [15]),
        ("Be able to jog 3 miles at the 8 week mark", "2027-03-01", [3]),
        ("After week 3, I will swim 10 lengths.", "2027-01-24", [10]),
        ("My goal for month three is 15 lbs down", "2027-04-04", [15]),
        # Thousands grouped by a space are one number.
        ("Type 40 000 words of the draft this month", "2027-01-31", [40000]),
        # A race named by its distance is no target, after an ordinal too.
        ("Finish my second 10k this spring", "2027-05-31", []),
        # A score of tries is no date; a size that sets how the task is done is no target.
        ("By June, Sam will sort shapes on 4/5 opportunities", "2027-06-30", [4]),
        ("By June, hold the left foot four inches off the ground for 30 s", "2027-06-30",
         [30]),
        ("Trim 2 inches off my waist by June", "2027-06-30", [2]),
        # An amount said again after "which is" is no second target.
        ("Lose 24lbs which is 2lbs a month by December", "2027-12-31", [24]),
    ],
)  # fmt: skip
def test_deadlines_and_targets_people_write(
    text: str, due: str | None, targets: list[float]
) -> None:
    assert _due_and_targets(text) == (due, targets)


@pytest.mark.parametrize(
    "text",
    [
        "What comes next may help me run farther",  # "may", a verb after "next"
        "After week 2 rest, then run three times a week",  # "after" not closing a clause
        "Compare the attendance rate with end of year data",  # the record a period names
        "Most students will pass on mid-year and end-of-year report cards",
        "Hand in the form on 4/5 trials",  # a score of tries, not April 5
    ],
)
def test_phrasings_that_name_no_deadline(text: str) -> None:
    assert analyze_text(text).time_frames == ()


_STARTS = st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2035, 12, 1))


@given(month=st.sampled_from(["January", "March", "May", "August", "December"]), start=_STARTS)
def test_next_month_is_the_month_first_coming_and_of_next_year_a_year_on(
    month: str, start: datetime.date
) -> None:
    plain = draft(f"Walk 5 miles by {month}", start=start).due
    assert draft(f"Walk 5 miles by next {month}", start=start).due == plain
    later = draft(f"Walk 5 miles in {month} of next year", start=start).due
    assert later is not None
    assert plain is not None
    assert (later.year, later.month, later.day) == (start.year + 1, plain.month, plain.day)


# ---------------------------------------------------------------- school stages as deadlines


@pytest.mark.parametrize(
    ("text", "due", "targets"),
    [
        # edu-12051: a grade by its number ends with the school year; its number is no target.
        ("The goal is to finish both before the end of grade 10.", "2027-06-30", []),
        # edu-10027: a grade's own year, said with whose it is.
        ("70% of Kindergarten students reading at a level D by the end of their Kindergarten "
         "year", "2027-06-30", [70]),
        # edu-12128: a school year named by its class.
        ("Must complete 40% of degree by end of sophomore year", "2027-06-30", [40]),
        # New wordings of the same class.
        ("Read 30 chapter books by the end of Grade 4", "2027-06-30", [30]),
        ("Score 90% on spelling tests by the end of my third grade year", "2027-06-30", [90]),
        ("Earn 12 service hours by the end of junior year", "2027-06-30", [12]),
        # edu-12172's shape: a letter grade before the lead is no "a semester" frequency.
        ("Get 2 A's and an A by the end of the semester", "2027-06-30", [2]),
    ],
)  # fmt: skip
def test_a_grade_or_class_year_said_as_when_the_goal_ends_is_the_school_years_end(
    text: str, due: str, targets: list[float]
) -> None:
    assert _due_and_targets(text) == (due, targets)


@pytest.mark.parametrize(
    "text",
    [
        # edu-11597, edu-12541: a stage of school closing is a deadline with no date.
        "By the end of high school, the student will be college- or career-ready.",
        "by the end of KS2 children should be able to swim 25m",
        "Read 20 novels before the end of middle school",
    ],
)
def test_a_stage_of_school_closing_is_an_undated_deadline(text: str) -> None:
    assert analyze_text(text).events != ()
    assert draft(text, start=START).due is None


def test_a_plan_after_school_is_no_deadline() -> None:
    text = "Following graduation from high school, Jerod will work part time"  # edu-5559
    assert analyze_text(text).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Give 1 oral report per semester",  # a frequency still
        "Raise the reading scores of grade 3 students by 10%",  # which students
        "By the end of grade 3 reading units, students will know 40 words",  # a unit's end
    ],
)
def test_school_words_that_name_no_school_years_end(text: str) -> None:
    assert draft(text, start=START).due is None


@given(grade=st.integers(min_value=1, max_value=12), lead=st.sampled_from(["by", "before"]))
def test_the_end_of_any_numbered_grade_is_30_june_and_its_number_never_a_target(
    grade: int, lead: str
) -> None:
    goal = draft(f"Write 5 essays {lead} the end of grade {grade}", start=START)
    assert goal.due == datetime.date(2027, 6, 30)
    assert [result.target for result in goal.key_results] == [5]


# ------------------------------------------------------------ numbers that are no targets


@pytest.mark.parametrize(
    ("text", "due", "targets"),
    [
        # edu-7573: a list that goes on from a grade label names grades, not counts.
        ("We would like to see a continued decrease in all referrals in grades K,1,2 by 20% "
         "(from 79 reports in 16-17 to 63 reports in 17-18).", "2018-06-30", [20]),
        ("85% of students in Math 5, 6, 7, and 8 will pass the unit test by May", "2027-05-31",
         [85]),
        ("Finish Lessons 4, 5 and 6 by May", "2027-05-31", []),
        # hea-11024, hea-12201: a distance run after a running verb, or "couch to", is the
        # course, as "a 5k" is.
        ("by May I’ll be doing 10k without walking", "2027-05-31", []),
        ("complete couch to 5k by August", "2027-08-31", []),
        # edu-12193, edu-10059: how far the facts known reach.
        ("By the end of first grade, students should be able to recite basic facts for "
         "addition and subtraction to 18.", "2027-06-30", []),
        ("all students know from memory their addition and subtraction facts within 10 by "
         "the end of their first grade year", "2027-06-30", []),
    ],
)  # fmt: skip
def test_numbers_that_name_which_one_or_how_far_are_no_targets(
    text: str, due: str, targets: list[float]
) -> None:
    assert _due_and_targets(text) == (due, targets)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Read 3, 4 or 5 books by May", [3, 4]),  # counts in a list, no label before
        ("Finish lesson 8 and 2 quizzes by May", [2]),  # the label stops at a counted noun
        ("run 10k steps a day by May", [10000]),  # steps counted after the distance
        ("earn 10k by May", [10000]),  # money, not a race
        ("Raise the word count to 500 by June", [500]),
        ("Count to 100 by the end of kindergarten", [100]),  # the count is the skill's target
    ],
)
def test_counts_beside_those_classes_stay_targets(text: str, targets: list[float]) -> None:
    assert _due_and_targets(text)[1] == targets


@given(
    label=st.sampled_from(["Math", "Lessons", "Units", "grades"]),
    numbers=st.lists(st.integers(min_value=1, max_value=12), min_size=2, max_size=4),
)
def test_a_list_going_on_from_a_label_never_yields_a_target(label: str, numbers: list[int]) -> None:
    said = ", ".join(str(number) for number in numbers[:-1]) + f", and {numbers[-1]}"
    assert _due_and_targets(f"Finish {label} {said} by May")[1] == []


# ----------------------------------------------------- a plan's first month or year, bare


@pytest.mark.parametrize(
    ("text", "due", "targets"),
    [
        # car-8073, car-10171, car-12082: the first month or year without "in".
        ("to take one listing your first month in the real estate business", "2027-02-04",
         [1]),
        ("I was going to make $1m in sales my first year as a realtor", "2028-01-04",
         [1000000]),
        ("to drive 20000 miles the first year.", "2028-01-04", [20000]),
    ],
)  # fmt: skip
def test_a_plans_first_month_or_year_said_bare_is_one_unit_from_the_start(
    text: str, due: str, targets: list[float]
) -> None:
    assert _due_and_targets(text) == (due, targets)


def test_a_first_year_that_names_a_group_is_no_deadline() -> None:
    assert draft("Welcome 30 first year students", start=START).due is None


# ------------------------------------------------------ months and quarters as periods


@pytest.mark.parametrize(
    ("text", "due", "targets"),
    [
        # hea-12249, hea-12158, hea-12241, hea-12152, hea-12157 (round 12 alone).
        ("I'm going to say 100 miles for March.", "2027-03-31", [100]),
        ("my goal will be to exercise FOUR times a week for Aug.", "2027-08-31", [4]),
        ("I want to run 6 days a week for the entire month of March.", "2027-03-31", [6]),
        ("Eat breakfast daily, sensible cafe lunch, and no > than 2 meals out for the month",
         "2027-01-31", [2]),
        ("August's goal is to walk 20 miles a week", "2027-08-31", [20]),
        # car-12108, car-12184: an ordinal quarter keeps its year.
        ("increase our average engagement rate to 20% by the end of the first quarter of "
         "2021.", "2021-03-31", [20]),
        ("In the final quarter of 2021 my income will reach 500 dollars", "2021-12-31", [500]),
    ],
)  # fmt: skip
def test_a_month_or_quarter_named_as_the_goals_period(
    text: str, due: str, targets: list[float]
) -> None:
    assert _due_and_targets(text) == (due, targets)


@pytest.mark.parametrize(
    "text",
    [
        "Plan my meals for the week.",  # hea-9177: what a plan covers, labelled no deadline
        "selling 20 percent more than you did last month or last quarter",  # a quarter gone
        "I may plan 3 trips",  # "may" the verb beside a plan's noun
    ],
)
def test_periods_said_so_are_still_no_deadline(text: str) -> None:
    assert draft(text, start=START).due is None
