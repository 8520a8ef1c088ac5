"""The text report (`goalkit._render.text`): a terminal's report, safe whatever the plan says."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import goalkit
from goalkit._render.format import HEALTH_LABELS, percent
from goalkit._render.text import MIN_WIDTH, can_encode, render_text
from goalkit.testing import plans

AS_OF = datetime.date(2026, 11, 13)
CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def report() -> goalkit.PlanReport:
    return goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)


def hostile_report() -> goalkit.PlanReport:
    """A plan whose every piece of user text tries to take over the terminal."""
    goal = goalkit.Goal(
        id="g-evil",
        title="Ship \x1b[2J it\x07 now\u202eevil",
        owner="ana",
        start=datetime.date(2026, 10, 1),
        due=datetime.date(2027, 1, 1),
        key_results=[
            goalkit.KeyResult(
                id="kr-evil",
                title="Talks\x1b]0;pwned\x07",
                target=4,
                unit="talks\x1b[31m",
                check_ins=[
                    goalkit.CheckIn(on=AS_OF, value=1, note="line one\nline two\x1b[2J"),
                ],
            )
        ],
        milestones=[goalkit.Milestone(title="First\x9b2J talk", due=datetime.date(2026, 12, 1))],
    )
    plan = goalkit.Plan(
        title="Plan \x1b[2J of\tAna",
        mentee=goalkit.Person(id="ana", name="Ana\x1b[5m"),
        goals=[goal],
    )
    return goalkit.plan_report(plan, as_of=AS_OF)


def test_the_example_report_heads_with_title_facts_and_overall(report):
    """The first lines: title, underline, facts and as-of day, then the overall bar."""
    lines = render_text(report).splitlines()
    assert lines[0] == "Ana's path to team lead"
    assert lines[1] == "═" * len(lines[0])
    assert (
        lines[2] == "Mentee Ana Diaz · mentor Sam Okafor · reviews every month · as of 2026-11-13"
    )
    overall = report.overall
    assert lines[4].startswith("Overall  ")
    assert f"{percent(overall.value):>4}  expected {percent(overall.expected):>4}" in lines[4]
    assert lines[5].strip() == "5 goals, 5 SMART · 3 on track, 1 at risk, 1 achieved"


def test_each_goal_shows_its_figures_and_facts(report):
    """Every goal's value, expected share and health, then its facts with their labels."""
    text = render_text(report)
    for line in report.goals:
        result = line.progress
        figures = (
            f"{percent(result.value):>4}  expected {percent(result.expected):>4}  "
            f"{HEALTH_LABELS[result.health].upper()}"
        )
        assert figures in text
    assert "next milestone  Present at the engineering all-hands (due 2026-11-26)" in text
    assert "last check-in   2026-11-12 · Presentations given: 4 presentations · “Lightning" in text
    assert text.count("SMART           ✓ passed all five criteria") == len(report.goals)


def test_a_failing_goal_lists_its_errors():
    """A goal that is not SMART says so, then lists at most three of its errors."""
    plan = goalkit.Plan(
        mentee=goalkit.Person(name="Ana"), goals=[goalkit.Goal(title="Improve my skills")]
    )
    text = render_text(goalkit.plan_report(plan, as_of=AS_OF))
    assert "✗ not SMART yet: specific, measurable, relevant, time-bound" in text
    assert len(re.findall(r"^ +✗ (specific|measurable|relevant|time_bound):", text, re.M)) == 3


def test_no_user_text_reaches_the_terminal_raw():
    """Controls in titles, names, units and notes are shown as escapes, never written raw."""
    report = hostile_report()
    for options in ({}, {"ascii_only": True}, {"width": 60}):
        text = render_text(report, **options)
        assert not CONTROLS.search(text), options
        assert "\\x1b[2J" in text
    text = render_text(report)
    assert "Plan \\x1b[2J of Ana" in text
    assert "Ana\\x1b[5m" in text
    assert "\\u202eevil" in text
    assert "line one line two\\x1b[2J" in text  # the note stays on its line
    assert "First\\x9b2J talk" in text


def test_colour_escapes_are_goalkits_own():
    """With color=True, the only ESC characters are the health colours goalkit writes."""
    text = render_text(hostile_report(), color=True)
    assert re.findall(r"\x1b\[[0-9;]*m", text)
    assert re.sub(r"\x1b\[[0-9;]*m", "", text) == render_text(hostile_report())


@pytest.mark.parametrize("width", [40, 52, 60, 72, 80, 100, 140])
def test_width_is_respected(report, width):
    """No line is wider than asked; a width below 40 counts as 40."""
    for ascii_only in (False, True):
        text = render_text(report, width=width, ascii_only=ascii_only)
        assert max(len(line) for line in text.splitlines()) <= width
    assert render_text(report, width=20) == render_text(report, width=40)


def test_ascii_only_is_ascii_with_the_same_figures(report):
    """ASCII mode swaps bars and marks for ASCII stand-ins and keeps every figure."""
    text = render_text(report, ascii_only=True)
    assert text.isascii()
    assert "=" * len("Ana's path to team lead") in text
    for line in report.goals:
        assert f"{percent(line.progress.value):>4}  expected" in text


def test_can_encode():
    """UTF-8 can show the report's marks; ASCII and unknown encodings cannot."""
    assert can_encode("utf-8")
    assert can_encode("UTF-16")
    assert not can_encode("ascii")
    assert not can_encode("latin-1")
    assert not can_encode("no-such-codec")
    assert not can_encode(None)


# ------------------------------------------------------------------ width


DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
BAR_CHARACTERS = re.compile(r"[█▉▊▋▌▍▎▏░#.\[\]]+$")


def words(text: str) -> list[str]:
    """A report's words, without bars and underlines (as wide as the line lets them be)
    and separators (left out where a line breaks)."""
    return sorted(
        word
        for word in text.split()
        if not BAR_CHARACTERS.match(word) and set(word) not in ({"═"}, {"="}, {"·"}, {"|"})
    )


@pytest.mark.parametrize("ascii_only", [False, True])
def test_an_80_column_report_keeps_every_word_and_date_whole(report, ascii_only):
    """At 80 columns no line is longer, and the words and dates are those of a wide report."""
    wide = render_text(report, width=1000, ascii_only=ascii_only)
    text = render_text(report, width=80, ascii_only=ascii_only)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert words(text) == words(wide)
    assert sorted(DATE.findall(text)) == sorted(DATE.findall(wide))
    assert "2027 -07-21" not in text
    assert "█████████████▎░░░░░░░░░░   55%  expected  23%  ON TRACK · forecast 2027-07-21" in (
        render_text(report, width=80)
    )


@given(width=st.integers(min_value=MIN_WIDTH, max_value=200), ascii_only=st.booleans())
def test_any_width_keeps_lines_within_it_and_words_whole(width, ascii_only):
    """At any width from 40 up, no line is longer, and no word or date is split."""
    report = goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)
    text = render_text(report, width=width, ascii_only=ascii_only)
    assert max(len(line) for line in text.splitlines()) <= width
    wide = render_text(report, width=1000, ascii_only=ascii_only)
    assert words(text) == words(wide)
    assert sorted(DATE.findall(text)) == sorted(DATE.findall(wide))


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(
    plan=plans(max_goals=4),
    width=st.integers(min_value=0, max_value=160),
    color=st.booleans(),
)
def test_any_plan_at_any_width_fits(plan, width, color):
    """Every valid plan fits the width asked (40 at least), colours not counted."""
    text = render_text(goalkit.plan_report(plan, as_of=AS_OF), width=width, color=color)
    visible = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert max(len(line) for line in visible.splitlines()) <= max(width, MIN_WIDTH)


def test_a_deep_outline_leaves_text_its_columns():
    """However deep the tree, text keeps 40 columns (the line less 20 when narrower than 60)."""
    goals = [goalkit.Goal(id="g0", title="Lead the platform team within two years")]
    for n in range(1, 12):
        goals.append(
            goalkit.Goal(id=f"g{n}", parent_id=f"g{n - 1}", title="Ship one small thing each week")
        )
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"), goals=goals)
    for width in (40, 60, 80):
        text = render_text(goalkit.plan_report(plan, as_of=AS_OF), width=width)
        lines = text.splitlines()
        assert max(len(line) for line in lines) <= width
        indents = [len(line) - len(line.lstrip()) for line in lines]
        assert max(indents) <= width - min(40, width - 20)
