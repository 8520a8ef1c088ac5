"""The Markdown report (`goalkit._render.markdown`): a table that holds, whatever the plan says."""

from __future__ import annotations

import datetime
import re

import pytest

import goalkit
from goalkit._render.format import GOAL_FACTS, capitalised, percent
from goalkit._render.markdown import render_markdown

AS_OF = datetime.date(2026, 11, 13)


@pytest.fixture(scope="module")
def report() -> goalkit.PlanReport:
    return goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)


def cells(row: str) -> list[str]:
    """The cells of a Markdown table row, split on pipes that are not escaped."""
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def test_heading_facts_and_overall(report):
    """A title, the facts with the as-of day in bold, and the overall figures."""
    lines = render_markdown(report).splitlines()
    assert lines[0] == "# Ana's path to team lead"
    assert (
        lines[2]
        == "Mentee Ana Diaz · mentor Sam Okafor · reviews every month · as of **2026-11-13**"
    )
    assert lines[4] == (
        f"**Overall {percent(report.overall.value)}** "
        f"(expected {percent(report.overall.expected)}) · on track · 5 goals, 5 SMART"
    )


def test_table_columns_end_with_the_goal_facts(report):
    """The header ends with one column per goal fact; figures are right-aligned."""
    table = [line for line in render_markdown(report).splitlines() if line.startswith("|")]
    header, delimiter, *rows = table
    names = cells(header)
    assert names[-len(GOAL_FACTS) :] == [capitalised(label) for label, _ in GOAL_FACTS]
    aligns = dict(zip(names, cells(delimiter), strict=True))
    assert aligns["Progress"] == aligns["Expected"] == "---:"
    assert aligns["Goal"] == "---"
    for row, line in zip(rows, report.goals, strict=True):
        row_cells = cells(row)
        assert len(row_cells) == len(names)
        assert row_cells[-1] == "✓ passed all five criteria"
        assert row_cells[names.index("Expected")] == percent(line.progress.expected)


def test_an_empty_plan_still_has_the_whole_header():
    """A plan without goals has a header and delimiter and no rows."""
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"))
    table = [
        line
        for line in render_markdown(goalkit.plan_report(plan, as_of=AS_OF)).splitlines()
        if line.startswith("|")
    ]
    assert len(table) == 2
    assert cells(table[0])[-1] == "SMART"


def test_failing_goals_get_a_findings_section():
    """Goals that are not SMART are listed under 'SMART findings', every error with its hint."""
    plan = goalkit.Plan(
        mentee=goalkit.Person(name="Ana"), goals=[goalkit.Goal(title="Improve my skills")]
    )
    report = goalkit.plan_report(plan, as_of=AS_OF)
    markdown = render_markdown(report)
    assert "## SMART findings" in markdown
    errors = [f for f in report.goals[0].smart.findings if f.severity is goalkit.Severity.ERROR]
    assert markdown.count(" (`") == len(errors)
    assert "*Hint:*" in markdown


def test_the_findings_section_names_the_framework_that_judged():
    """A verdict of REAL is listed under 'REAL findings', with REAL's criteria."""
    import attrs

    goal = goalkit.Goal(title="Improve my skills")
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"), goals=[goal])
    report = goalkit.plan_report(plan, as_of=AS_OF)
    real = goalkit.assess(goal, plan=plan, as_of=AS_OF, framework=goalkit.REAL)
    report = attrs.evolve(report, goals=(attrs.evolve(report.goals[0], smart=real),))
    markdown = render_markdown(report)
    assert "## REAL findings" in markdown
    assert "SMART findings" not in markdown
    assert "experimental (`E-NO-ACTIVITY`)" in markdown


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "A | B",
        "`code` *bold* _it_ ~~gone~~",
        "\x1b[2J\x07",
    ],
)
def test_user_text_cannot_break_the_table_or_add_markup(hostile):
    """Titles, names, notes and units are inert: no HTML, link, emphasis, pipe or control."""
    goal = goalkit.Goal(
        title=f"Goal {hostile}",
        id="g-x",
        owner="ana",
        key_results=[
            goalkit.KeyResult(
                title=f"KR {hostile}",
                target=2,
                unit=hostile,
                check_ins=[goalkit.CheckIn(on=AS_OF, value=1, note=hostile)],
            )
        ],
    )
    plan = goalkit.Plan(
        title=f"Plan {hostile}", mentee=goalkit.Person(id="ana", name=hostile), goals=[goal]
    )
    markdown = render_markdown(goalkit.plan_report(plan, as_of=AS_OF))
    assert "<" not in markdown
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", markdown)
    assert "](" not in markdown.replace("\\](", "")
    row = next(line for line in markdown.splitlines() if line.startswith("| 1 |"))
    assert len(cells(row)) == 9 + len(GOAL_FACTS)
