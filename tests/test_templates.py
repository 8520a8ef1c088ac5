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


def test_each_template_lists_its_goals_in_plan_order():
    """The goals of each template, with their parents, as the data file lists them."""
    layout = {
        template.name: [
            (goal.id, goal.parent_id) for goal in goalkit.scaffold(template.name, start=START).goals
        ]
        for template in goalkit.templates()
    }
    assert layout == {
        "career-planning": [
            ("g-team-lead", None),
            ("g-presentations", "g-team-lead"),
            ("g-new-tool", "g-team-lead"),
        ],
        "skill-development": [("g-new-tool", None)],
        "problem-solving": [("g-root-causes", None)],
        "networking": [("g-networking", None)],
        "leadership": [("g-leadership", None)],
        "mentor": [("g-nurture-leadership", None), ("g-communication", None)],
    }


def test_every_goal_in_the_data_is_used_and_shared_goals_agree():
    """Each goal in the data file is in some template; a goal in two is the same in both."""
    import tomllib
    from importlib.resources import files

    from goalkit._templates import TEMPLATES_RESOURCE

    data = tomllib.loads(files("goalkit").joinpath(TEMPLATES_RESOURCE).read_text("utf-8"))
    used = {goal["id"] for template in data["templates"] for goal in template["goals"]}
    assert used == set(data["goals"])
    alone = goalkit.scaffold("skill-development", start=START).goal("g-new-tool")
    under = goalkit.scaffold("career-planning", start=START).goal("g-new-tool")
    assert goalkit.to_dict(under) == {**goalkit.to_dict(alone), "parent_id": "g-team-lead"}


def test_descriptions_say_what_to_make_your_own():
    """A goal with a hint starts its description with the edit-me line; one without has none."""
    career = goalkit.scaffold("career-planning", start=START)
    assert career.goal("g-team-lead").description == (
        "Template text: make it yours. Name the role, the team, and what leading it means to you."
    )
    assert career.goal("g-presentations").description == ""
    assert career.goal("g-new-tool").milestones[0].due == START + datetime.timedelta(days=7)


def test_a_new_plans_goals_wait_for_both_agreements():
    """Template goals are drafts: the agenda asks mentee and mentor to agree each one."""
    plan = goalkit.scaffold("career-planning", start=START, mentee="Ana", mentor="Sam")
    assert {goal.status for goal in plan.goals} == {goalkit.GoalStatus.DRAFT}
    agree = [item for item in goalkit.agenda(plan, today=START) if item.kind.value == "agree"]
    assert len(agree) == 2 * len(plan.goals)
    for goal in plan.goals:
        plan = plan.agree(goal.id, plan.mentee.id, START)
        assert plan.mentor is not None
        plan = plan.agree(goal.id, plan.mentor.id, START)
    assert {goal.status for goal in plan.goals} == {goalkit.GoalStatus.ACTIVE}


def test_the_two_year_goal_is_a_stretch():
    """The long-term team-lead goal is aspirational: 70% of it is success."""
    plan = goalkit.scaffold("career-planning", start=START)
    assert plan.goal("g-team-lead").ambition is goalkit.Ambition.ASPIRATIONAL
    assert plan.goal("g-presentations").ambition is goalkit.Ambition.COMMITTED
