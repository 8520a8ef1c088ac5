"""The render package's front door (`goalkit._render`) and the one path to it from below.

`render(value, format)` is the implementation behind `PlanReport.render`,
`to_text`, ... and every `_repr_html_`; those reach it only through
`goalkit._display_hook`. The formats agree on every figure.
"""

from __future__ import annotations

import ast
import datetime
import html
import json
import re
from pathlib import Path

import pytest

import goalkit
from goalkit import _display_hook
from goalkit._render import notebook_html, render, to_data
from goalkit._render.format import HEALTH_LABELS, HEALTH_SYMBOLS, percent

AS_OF = datetime.date(2026, 11, 13)
SRC = Path(goalkit.__file__).parent


@pytest.fixture(scope="module")
def report() -> goalkit.PlanReport:
    return goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)


# ------------------------------------------------------------------- dispatch


def test_render_is_what_the_report_methods_return(report):
    """Each public method of PlanReport returns exactly `render(report, format)`."""
    assert report.to_text() == render(report, "text")
    assert report.to_text(width=70, ascii_only=True) == render(
        report, "text", width=70, ascii_only=True
    )
    assert report.to_markdown() == render(report, "markdown")
    assert report.to_html() == render(report, "html")
    assert report.to_json() == render(report, "json")
    assert report.to_json(indent=None) == render(report, "json", indent=None)
    assert report.render() == render(report)
    assert report.to_dict() == to_data(report)
    assert report._repr_html_() == render(report, "notebook")


def test_render_refuses_unknown_formats_and_values(report):
    """An unknown format is a ValueError; a report format for a non-report is a TypeError."""
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        render(report, "pdf")
    with pytest.raises(TypeError, match="Goal"):
        render(goalkit.Goal(title="Learn SQL"), "text")
    with pytest.raises(TypeError, match="no JSON data"):
        to_data(goalkit.Goal(title="Learn SQL"))
    with pytest.raises(TypeError, match="no notebook display for int"):
        notebook_html(3)


def test_the_display_hook_delegates_to_render(report):
    """`_display_hook.render`, `to_data` and `repr_html` are `_render`'s, reached lazily."""
    assert _display_hook.render(report, "markdown") == render(report, "markdown")
    assert _display_hook.to_data(report) == to_data(report)
    goal = goalkit.Goal(title="Learn SQL")
    assert _display_hook.repr_html(goal) == notebook_html(goal)


# ------------------------------------------------------------------- the arrow


def imported_modules(path: Path) -> set[str]:
    """Every goalkit module *path* imports, at module level or in a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("goalkit")}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_only_the_display_hook_reaches_render_from_below():
    """Below `_render`, no module imports it, except the one documented hook."""
    offenders = []
    for path in SRC.rglob("*.py"):
        name = module_name(path)
        if name == "goalkit" or name.startswith(("goalkit._render", "goalkit._cli")):
            continue
        if name in {"goalkit.plot", "goalkit.testing", "goalkit.__main__"}:
            continue
        if any(imported.startswith("goalkit._render") for imported in imported_modules(path)):
            offenders.append(name)
    assert offenders == ["goalkit._display_hook"]


def test_report_gathers_and_never_renders():
    """`_report` imports no renderer, no `json`, no `html`, no `textwrap`."""
    source = (SRC / "_report.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    names = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not names & {"json", "html", "textwrap"}
    assert not any(
        name.startswith("goalkit._render") for name in imported_modules(SRC / "_report.py")
    )


# ------------------------------------------------------------------ agreement


def text_figures(text: str) -> list[tuple[str, str, str]]:
    """(value, expected, health) per goal, read back from the text report."""
    found = re.findall(r"(\S+)  expected +(\S+)  ([A-Z][A-Z ]+[A-Z])", text)[1:]  # [0]: overall
    return [(value, expected, health.lower()) for value, expected, health in found]


def markdown_figures(markdown: str) -> list[tuple[str, str, str]]:
    """(value, expected, health) per goal, read back from the Markdown table."""
    rows = [line for line in markdown.splitlines() if line.startswith("| ")][1:]
    figures = []
    for row in rows:
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]]
        value = cells[5].split()[-1]
        health = cells[7].split(" ", 1)[1]
        figures.append((value, cells[6], health))
    return figures


def html_figures(page: str) -> list[tuple[str, str, str]]:
    """(value, expected, health) per goal card, read back from the HTML page."""
    found = re.findall(
        r'<p class="figures"><strong>([^<]+)</strong><span class="muted">done · (\S+) expected'
        r'</span><span class="health h-\w+"><span aria-hidden="true">.</span> ([^<]+)</span>',
        page,
    )[1:]  # [0]: overall
    return [(value, expected, html.unescape(health).lower()) for value, expected, health in found]


@pytest.mark.parametrize(
    "day", [datetime.date(2026, 6, 1), datetime.date(2026, 9, 30), AS_OF, datetime.date(2027, 3, 1)]
)
def test_every_format_shows_the_same_figures(day):
    """Text, Markdown, HTML and JSON of the example agree on each goal's value, expected, health."""
    report = goalkit.plan_report(goalkit.example_plan(), as_of=day)
    data = json.loads(report.to_json())
    from_json = [
        (
            percent(goal["progress"]["value"]),
            percent(goal["progress"]["expected"]),
            HEALTH_LABELS[goalkit.Health(goal["progress"]["health"])],
        )
        for goal in data["goals"]
    ]
    expected = [
        (
            percent(line.progress.value),
            percent(line.progress.expected),
            HEALTH_LABELS[line.progress.health],
        )
        for line in report.goals
    ]
    assert from_json == expected
    assert text_figures(report.to_text()) == expected
    assert text_figures(report.to_text(ascii_only=True, width=60)) == expected
    assert markdown_figures(report.to_markdown()) == expected
    assert html_figures(report.to_html()) == expected
    rows = [row for row in report.to_markdown().splitlines() if row.startswith("| ")][1:]
    shapes = [row.split(" | ")[7].split()[0] for row in rows]
    assert shapes == [HEALTH_SYMBOLS[line.progress.health] for line in report.goals]


def test_every_format_says_when_a_goal_is_stale():
    """Silence is never green: text, Markdown, HTML, JSON and the notebook all say "stale"."""
    day = datetime.date(2027, 1, 20)
    report = goalkit.plan_report(goalkit.example_plan(), as_of=day)
    stale = [line for line in report.goals if line.progress.stale]
    assert stale, "the example plan has a goal nobody has touched for weeks by then"
    last = stale[0].progress.last_activity
    assert last is not None
    silent = f"stale: nothing recorded for {(day - last).days} days"
    assert silent in report.to_text(width=200)
    assert f"{last.isoformat()} ({(day - last).days} days ago, stale)" in report.to_markdown()
    assert silent in report.to_html()
    assert silent in notebook_html(report)
    data = json.loads(report.to_json())
    entry = next(goal for goal in data["goals"] if goal["id"] == stale[0].goal.id)
    assert (entry["progress"]["stale"], entry["progress"]["last_activity"]) == (
        True,
        last.isoformat(),
    )
    assert silent in notebook_html(stale[0].progress)


def test_every_format_shows_the_agenda(report):
    """The report ends with the agenda: the same first item in every format, and in JSON."""
    first = report.agenda[0]
    assert first.person == "ana"
    assert report.agenda == goalkit.agenda(report.plan, today=report.as_of)
    words = first.message.split("'")[0]  # before the quoted title
    text = report.to_text(width=200)
    assert "\nAgenda\n" in text
    assert words in text.split("\nAgenda\n")[1]
    assert "## Agenda" in report.to_markdown()
    assert '<h2 id="agenda">Agenda</h2>' in report.to_html()
    assert "<b>Agenda</b>" in notebook_html(report)
    data = json.loads(report.to_json())
    assert data["agenda"]["items"][0]["message"] == first.message


def test_every_format_says_a_goal_is_aspirational():
    """A stretch goal's report says that 70% of it is success, in every format."""
    plan = goalkit.example_plan()
    stretch = goalkit.Goal(
        title="Speak at an international conference",
        id="g-stretch",
        ambition=goalkit.Ambition.ASPIRATIONAL,
        start=datetime.date(2026, 9, 1),
        due=datetime.date(2027, 8, 31),
    )
    report = goalkit.plan_report(plan.add_goal(stretch), as_of=AS_OF)
    phrase = "aspirational: 70% is success"
    assert phrase in report.to_text(width=200)
    assert phrase in report.to_markdown()
    assert phrase in report.to_html()
    assert phrase in notebook_html(plan.add_goal(stretch).goal("g-stretch"))
    goals = json.loads(report.to_json())["goals"]
    assert [goal["ambition"] for goal in goals][-2:] == ["committed", "aspirational"]
