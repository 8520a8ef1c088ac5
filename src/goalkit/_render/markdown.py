"""The Markdown report: a heading, a table of goals, then reviews, celebrations and findings.

For an issue, a wiki page or a pull request. Every piece of user text goes
through `markdown_text`, so a title can neither break the table nor slip
HTML or links into the page.
"""

from __future__ import annotations

from typing import Final

from goalkit._model import Ambition
from goalkit._render.agenda import agenda_markdown_lines
from goalkit._render.format import (
    CELEBRATIONS_EMPTY,
    GOAL_FACTS,
    HEALTH_LABELS,
    HEALTH_SYMBOLS,
    NO_CADENCE,
    NO_REVIEWS,
    Fact,
    ambition_phrase,
    capitalised,
    celebrations_heading,
    errors_first,
    framework_label,
    goal_facts,
    goals_summary,
    markdown_text,
    percent,
    report_facts,
    report_title,
    review_lines,
    text_bar,
)
from goalkit._report import GoalLine, PlanReport

__all__ = ["render_markdown"]

#: The goals table's columns before the goal's facts (`GOAL_FACTS`), and which are figures.
_COLUMNS: Final = (
    "#",
    "Goal",
    "Kind",
    "Horizon",
    "Owner",
    "Progress",
    "Expected",
    "Health",
    "Forecast",
)
_RIGHT_ALIGNED: Final = frozenset({"Progress", "Expected"})


def render_markdown(report: PlanReport) -> str:
    """The report as Markdown: a heading, a goals table, reviews, celebrations and findings.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> render_markdown(report).splitlines()[0]
        "# Ana's path to team lead"
    """
    overall = report.overall
    facts = [*map(markdown_text, report_facts(report)), f"as of **{report.as_of.isoformat()}**"]
    out = [
        f"# {markdown_text(report_title(report))}",
        "",
        " · ".join(facts),
        "",
        f"**Overall {percent(overall.value)}** (expected {percent(overall.expected)}) · "
        f"{HEALTH_LABELS[overall.health]} · {goals_summary(report)}",
        "",
        *_goals_table(report),
        "",
        "## Reviews",
        "",
        *_reviews(report),
        "",
        f"## {celebrations_heading(report)}",
        "",
    ]
    if report.celebrations:
        out += [
            f"- {item.on.isoformat()}: {markdown_text(item.text)}" for item in report.celebrations
        ]
    else:
        out.append(CELEBRATIONS_EMPTY)
    out += ["", "## Agenda", "", *agenda_markdown_lines(report.agenda, report.names)]
    out += _findings(report)
    return "\n".join(out) + "\n"


def _goals_table(report: PlanReport) -> list[str]:
    # The verdict's column is named for the framework, or "Framework" when each goal has its own.
    verdict = "Framework" if report.framework is None else framework_label(report)
    header = [
        *_COLUMNS,
        *(verdict if label == "SMART" else capitalised(label) for label, _ in GOAL_FACTS),
    ]
    rows = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---:" if name in _RIGHT_ALIGNED else "---" for name in header) + "|",
    ]
    rows += ["| " + " | ".join(_row(line)) + " |" for line in report.goals]
    return rows


def _row(line: GoalLine) -> list[str]:
    goal = line.goal
    result = line.progress
    return [
        line.number,
        markdown_text(goal.title),
        goal.kind.value
        + ("" if goal.ambition is Ambition.COMMITTED else f" ({ambition_phrase(goal)})"),
        "—" if goal.horizon is None else goal.horizon.value.replace("_", "-"),
        "—" if line.owner is None else markdown_text(line.owner),
        f"`{text_bar(result.value, 10)}` {percent(result.value)}",
        percent(result.expected),
        f"{HEALTH_SYMBOLS[result.health]} {HEALTH_LABELS[result.health]}",
        "—" if result.forecast is None else result.forecast.isoformat(),
        *(_cell(fact) for _, fact in goal_facts(line)),
    ]


def _cell(fact: Fact) -> str:
    # A table cell is one line: the note of a check-in stays in the other formats.
    if fact.missing:
        return "—"
    text = markdown_text(fact.text + fact.strong)
    return f"{text} ({fact.detail})" if fact.detail else text


def _reviews(report: PlanReport) -> list[str]:
    if report.plan.cadence is None:
        return [NO_CADENCE]
    lines = review_lines(report)
    if not lines:
        return [NO_REVIEWS]
    return [
        f"- **{line.day.isoformat()}** ({line.phrase})"
        if line.overdue
        else f"- {line.day.isoformat()} ({line.phrase})"
        for line in lines
    ]


def _findings(report: PlanReport) -> list[str]:
    failing = [line for line in report.goals if not line.smart.passed]
    if not failing:
        return []
    # The frameworks that judged them: "SMART findings" for a plan report.
    frameworks = " and ".join(sorted({line.smart.framework.upper() for line in failing}))
    out = ["", f"## {markdown_text(frameworks)} findings", ""]
    for line in failing:
        out.append(f"- **{line.number} {markdown_text(line.goal.title)}**")
        for finding in errors_first(line.smart, limit=None):
            hint = f" *Hint:* {markdown_text(finding.hint)}" if finding.hint else ""
            out.append(
                f"  - {finding.criterion.value} (`{finding.code}`): "
                f"{markdown_text(finding.message)}{hint}"
            )
    return out
