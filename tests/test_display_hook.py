"""Concise reprs and rich's display (`goalkit._display_hook`): one line per value, not 600."""

from __future__ import annotations

import datetime
import io

import pytest

import goalkit

rich_console = pytest.importorskip("rich.console")

AS_OF = datetime.date(2026, 11, 13)


@pytest.fixture(scope="module")
def plan() -> goalkit.Plan:
    return goalkit.example_plan()


def rich_lines(value: object, width: int = 100) -> list[str]:
    """What `rich.print(value)` writes on a console *width* columns wide, line by line."""
    console = rich_console.Console(file=io.StringIO(), width=width, color_system=None)
    console.print(value)
    output = console.file.getvalue()
    assert isinstance(output, str)
    return output.splitlines()


def test_a_key_results_repr_names_title_value_and_target_not_its_check_ins(plan):
    """One short line: id, title, the last value, target and unit; check-ins only counted."""
    key_result = plan.goal("g-presentations").key_results[0]
    text = repr(key_result)
    assert text == (
        "KeyResult(id='kr-talks', title='Presentations given', value=4, target=5, "
        "unit='presentations', due=2026-11-30, check_ins=4)"
    )
    assert "CheckIn" not in text
    threshold = plan.goal("g-presentations").key_results[1]
    assert "baseline=10" in repr(threshold)
    assert "direction=AT_MOST" in repr(threshold)
    assert "weight=0.5" in repr(threshold)


def test_a_key_result_without_check_ins_shows_its_baseline_as_value():
    """Before any check-in the value is the baseline, and no check-in count is shown."""
    key_result = goalkit.KeyResult(title="Bugs open", baseline=40, target=10, id="kr-bugs")
    assert repr(key_result) == (
        "KeyResult(id='kr-bugs', title='Bugs open', value=40, target=10, baseline=40)"
    )


def test_every_repr_is_one_line_and_short(plan):
    """Plans, goals, key results, reports, report lines and views: one line under 300 characters."""
    report = goalkit.plan_report(plan, as_of=AS_OF)
    values = [
        plan,
        *plan.goals,
        *(kr for goal in plan.goals for kr in goal.key_results),
        report,
        *report.goals,
        goalkit.progress(plan, as_of=AS_OF),
        goalkit.assess(plan.goals[0], plan=plan, as_of=AS_OF),
    ]
    for value in values:
        text = repr(value)
        assert "\n" not in text
        assert len(text) < 300, text
        assert text.startswith(type(value).__name__ + "(")


def test_a_report_repr_names_plan_day_and_figures(plan):
    """repr(report) says which plan, which day, how many goals and the overall figures."""
    assert repr(goalkit.plan_report(plan, as_of=AS_OF)) == (
        "PlanReport(plan='plan-ana-team-lead', as_of=2026-11-13, goals=5, smart=5, "
        "overall=75%, health=ON_TRACK)"
    )


@pytest.mark.parametrize(
    ("name", "most_lines"),
    [("plan", 8), ("goal", 14), ("key_result", 9), ("report", 8), ("line", 9), ("progress", 8)],
)
def test_rich_print_is_as_concise_as_repr(plan, name, most_lines):
    """`rich.print` shows the repr's parts, one a line at most (a plan once took 657 lines)."""
    goal = plan.goal("g-presentations")
    report = goalkit.plan_report(plan, as_of=AS_OF)
    value = {
        "plan": plan,
        "goal": goal,
        "key_result": goal.key_results[0],
        "report": report,
        "line": report.goals[1],
        "progress": goalkit.progress(goal, as_of=AS_OF, plan=plan),
    }[name]
    for width in (80, 120):
        lines = rich_lines(value, width)
        assert len(lines) <= most_lines, "\n".join(lines)
        assert max(len(line) for line in lines) <= width
        assert lines[0].startswith(type(value).__name__ + "(")
    # Wide enough, it is the repr itself, on one line.
    assert rich_lines(value, 400) == [repr(value)]


def test_rich_print_of_user_text_is_not_markup():
    """A title holding rich markup is printed as typed, never interpreted."""
    goal = goalkit.Goal(title="[bold red]Ship[/] it", id="g-markup")
    assert "[bold red]Ship[/] it" in "".join(rich_lines(goal, 400))


def test_every_concise_repr_class_shows_rich_the_parts_of_its_repr(plan):
    """Plan, goal, key result, view, progress, report, line, goal view: rich shows the repr."""
    from goalkit._display_hook import ConciseRepr
    from goalkit._report import goal_view

    goal = plan.goal("g-presentations")
    report = goalkit.plan_report(plan, as_of=AS_OF)
    values = [
        plan,
        goal,
        goal.key_results[0],
        plan.view("g-presentations", as_of=AS_OF),
        goalkit.progress(goal, as_of=AS_OF),
        report,
        report.goals[1],
        goal_view(goal, as_of=AS_OF),
    ]
    for value in values:
        assert isinstance(value, ConciseRepr)
        shown = ", ".join(f"{name}={text!r}" for name, text in value.__rich_repr__())
        assert repr(value) == f"{type(value).__name__}({shown})"
