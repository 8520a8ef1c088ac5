"""Templates for `goalkit new`: the domain's typical goals, SMART as they stand."""

from __future__ import annotations

import datetime

import pytest

import goalkit

START = datetime.date(2027, 1, 31)


@pytest.mark.parametrize("template", goalkit.templates(), ids=lambda t: t.name)
def test_every_template_builds_a_smart_plan(template):
    """Each scaffold is a valid plan whose goals all pass SMART on the start day."""
    plan = goalkit.scaffold(template.name, start=START, mentee="Ana", mentor="Sam")
    assert plan.goals
    for _, goal in plan.walk():
        assert goal.start == START
        report = goalkit.assess(goal, plan=plan, as_of=START)
        assert report.passed, str(report)


@pytest.mark.parametrize("template", goalkit.templates(), ids=lambda t: t.name)
def test_every_template_round_trips(template):
    """Scaffolds survive the document format unchanged."""
    plan = goalkit.scaffold(template.name, start=START)
    assert goalkit.from_json(goalkit.Plan, goalkit.to_json(plan)) == plan


def test_the_domain_goals_are_covered():
    """Career planning, skill development, problem solving, networking, leadership, mentor."""
    names = [template.name for template in goalkit.templates()]
    assert names == [
        "career-planning",
        "skill-development",
        "problem-solving",
        "networking",
        "leadership",
        "mentor",
    ]
    mentor = goalkit.scaffold("mentor", start=START, mentor="Sam")
    assert all(goal.owner == mentor.mentor.id for goal in mentor.goals)
    career = goalkit.scaffold("career-planning", start=START)
    assert career.goals[0].horizon is goalkit.Horizon.LONG_TERM
    assert len(career.children(career.goals[0].id)) == 2


def test_month_ends_do_not_drift():
    """Due dates count months from the start with calendar arithmetic (31 Jan + 1 month)."""
    plan = goalkit.scaffold("career-planning", start=START)
    assert plan.goal("g-presentations").due == datetime.date(2027, 4, 30)
    assert plan.goal("g-new-tool").due == datetime.date(2027, 3, 31)


def test_unknown_template_names_the_choices():
    """An unknown name is an UnknownIdError (a LookupError) listing the templates."""
    with pytest.raises(goalkit.UnknownIdError, match="career-planning"):
        goalkit.scaffold("astronaut", start=START)


def test_a_plan_without_a_mentor():
    """`mentor=None` builds a plan with no mentor."""
    assert goalkit.scaffold("networking", start=START, mentor=None).mentor is None
