"""Reports: every figure agrees with `progress` and `assess` for the same as-of day.

The text, Markdown, HTML and JSON renderings are built from one
`PlanReport`; these tests check each against the calculators directly and
against the shapes the reference documents.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import goalkit
from goalkit import Health
from goalkit._render.format import HEALTH_LABELS, percent, text_bar
from goalkit.testing import plans

AS_OF = datetime.date(2026, 11, 18)
DAYS = [datetime.date(2026, 6, 1), datetime.date(2026, 9, 30), AS_OF, datetime.date(2027, 3, 1)]


@pytest.fixture(scope="module")
def plan() -> goalkit.Plan:
    return goalkit.example_plan()


@pytest.fixture(scope="module")
def report(plan) -> goalkit.PlanReport:
    return goalkit.plan_report(plan, as_of=AS_OF)


def cli_json(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "goalkit", "report", *args, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


# ------------------------------------------------------------ the figures


@pytest.mark.parametrize("day", DAYS)
def test_cli_json_figures_match_progress(plan, day):
    """`goalkit report --format json --as-of D` holds exactly `progress(goal, as_of=D)` per goal."""
    data = cli_json("--example", "--as-of", day.isoformat())
    assert data["as_of"] == day.isoformat()
    walked = [goal for _, goal in plan.walk()]
    assert [entry["id"] for entry in data["goals"]] == [goal.id for goal in walked]
    for entry, goal in zip(data["goals"], walked, strict=True):
        expected = goalkit.progress(goal, as_of=day, plan=plan)
        assert entry["progress"]["value"] == expected.value
        assert entry["progress"]["expected"] == expected.expected
        assert entry["progress"]["health"] == expected.health.value
        assert entry["progress"]["forecast"] == (
            None if expected.forecast is None else expected.forecast.isoformat()
        )
        assert [part["id"] for part in entry["progress"]["parts"]] == [
            part.id for part in expected.parts
        ]
        smart = goalkit.assess(goal, plan=plan, as_of=day)
        assert entry["smart"]["passed"] == smart.passed
        assert entry["smart"]["score"] == smart.score
    overall = goalkit.progress(plan, as_of=day)
    assert data["overall"]["value"] == overall.value
    assert data["overall"]["health"] == overall.health.value


@pytest.mark.parametrize("day", DAYS)
def test_cli_text_figures_match_progress(plan, day):
    """The text report prints each goal's value and expected share as `progress` rounds them."""
    result = subprocess.run(
        [sys.executable, "-m", "goalkit", "report", "--example", "--as-of", day.isoformat()],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "PATH": ""},
        check=True,
        timeout=120,
    )
    text = result.stdout
    for _, goal in plan.walk():
        expected = goalkit.progress(goal, as_of=day, plan=plan)
        figures = (
            f"{percent(expected.value):>4}  expected {percent(expected.expected):>4}  "
            f"{HEALTH_LABELS[expected.health].upper()}"
        )
        assert figures in text, (goal.id, figures)


def test_report_lines_follow_the_plan_tree(report, plan):
    """Goals come in `Plan.walk()` order, numbered as an outline."""
    assert [(line.depth, line.goal.id) for line in report.goals] == [
        (depth, goal.id) for depth, goal in plan.walk()
    ]
    assert [line.number for line in report.goals] == ["1", "1.1", "1.2", "1.3", "2"]


def test_owner_names_are_resolved(report):
    """An owner that is the mentee's or mentor's id is shown by name."""
    owners = {line.goal.id: line.owner for line in report.goals}
    assert owners["g-team-lead"] == "Ana Diaz"
    assert owners["g-mentor"] == "Sam Okafor"


def test_next_milestone_and_last_check_in(report):
    """The next milestone is the earliest open one; the last check-in is the latest by the day."""
    lead = report.goals[0]
    assert lead.next_milestone is not None
    assert lead.next_milestone.id == "m-lead-release"
    assert lead.last_check_in is not None
    key_result, check_in = lead.last_check_in
    assert (key_result.id, check_in.on) == ("kr-plannings", datetime.date(2026, 11, 9))


def test_report_as_of_a_past_day_ignores_later_events(plan):
    """As of 2026-09-01, later check-ins, milestones and the achievement are not counted."""
    early = goalkit.plan_report(plan, as_of=datetime.date(2026, 9, 1))
    learning = next(line for line in early.goals if line.goal.id == "g-learn-dbt")
    assert learning.progress.health is Health.NOT_STARTED
    assert learning.last_check_in is None
    assert "achieved" not in learning.to_dict()["status"]


def test_upcoming_and_overdue_reviews(report, plan):
    """Upcoming reviews follow the cadence; overdue ones are `due_reviews`."""
    assert report.upcoming_reviews == (
        datetime.date(2026, 12, 5),
        datetime.date(2027, 1, 5),
        datetime.date(2027, 2, 5),
    )
    assert report.overdue_reviews == goalkit.due_reviews(plan, AS_OF)


def test_celebrations_window(report, plan):
    """Recent celebrations are `celebrations(plan, as_of - 30 days, as_of)`."""
    assert report.since == AS_OF - datetime.timedelta(days=30)
    assert report.celebrations == goalkit.celebrations(plan, report.since, AS_OF)
    assert any(item.kind == "goal" for item in report.celebrations)


def test_since_after_as_of_is_refused(plan):
    """A celebrations window that ends before it starts is a ValueError."""
    with pytest.raises(ValueError, match="since"):
        goalkit.plan_report(plan, as_of=AS_OF, since=AS_OF + datetime.timedelta(days=1))


# --------------------------------------------------------------- the shapes


def test_json_shape(report):
    """The JSON twin has the documented keys at every level, and round-trips through json."""
    data = json.loads(report.to_json())
    assert data == report.to_dict()
    assert set(data["plan"]) == {"id", "title", "mentee", "mentor", "cadence"}
    assert set(data["overall"]) == {
        "value",
        "expected",
        "health",
        "forecast",
        "last_activity",
        "stale",
        "parts",
    }
    assert set(data["summary"]) == {"goals", "smart", "framework", "health"}
    assert set(data["reviews"]) == {"upcoming", "overdue"}
    assert set(data["celebrations"]) == {"since", "until", "items"}
    goal = data["goals"][0]
    assert set(goal) == {
        "id",
        "number",
        "title",
        "parent_id",
        "depth",
        "kind",
        "ambition",
        "horizon",
        "status",
        "owner_id",
        "owner",
        "start",
        "due",
        "progress",
        "next_milestone",
        "last_check_in",
        "smart",
    }
    assert set(goal["next_milestone"]) == {"id", "title", "due"}
    assert set(goal["last_check_in"]) == {
        "on",
        "key_result_id",
        "key_result",
        "value",
        "unit",
        "confidence",
        "note",
    }
    # Issue 10 added "framework"; an added key keeps report_version 1.
    assert set(goal["smart"]) == {"framework", "passed", "score", "failed", "findings"}
    assert set(goal["progress"]["parts"][0]) == {"id", "title", "kind", "weight", "value"}
    assert set(data["celebrations"]["items"][0]) == {
        "on",
        "kind",
        "goal_id",
        "item_id",
        "title",
        "text",
    }
    assert sum(data["summary"]["health"].values()) == data["summary"]["goals"]


def test_markdown_table_shape(report):
    """The Markdown goals table has a header, a delimiter row and one row per goal, all 13 cells."""
    lines = report.to_markdown().splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 2 + len(report.goals)
    header, delimiter, *rows = table
    assert re.fullmatch(r"\|(-{3,}:?\|)+", delimiter)

    def cells(row: str) -> list[str]:
        return re.split(r"(?<!\\)\|", row.strip())[1:-1]

    assert len(cells(header)) == len(cells(delimiter)) == 13
    for row, line in zip(rows, report.goals, strict=True):
        row_cells = cells(row)
        assert len(row_cells) == 13
        assert row_cells[0].strip() == line.number
        assert line.goal.title in row_cells[1]
        assert row_cells[5].strip().endswith(percent(line.progress.value))


def test_markdown_escapes_pipes_in_titles():
    """A `|` in a title cannot break the table."""
    plan = goalkit.Plan(
        mentee=goalkit.Person(name="Ana"),
        goals=[goalkit.Goal(title="Ship A | B within a month", id="g-pipe")],
    )
    markdown = goalkit.plan_report(plan, as_of=AS_OF).to_markdown()
    row = next(line for line in markdown.splitlines() if "g-pipe" in line or "Ship A" in line)
    assert "Ship A \\| B" in row


def test_html_escapes_user_text():
    """Titles are escaped in HTML: a goal cannot inject markup."""
    plan = goalkit.Plan(
        mentee=goalkit.Person(name="<b>Ana</b>"),
        goals=[goalkit.Goal(title="<script>alert(1)</script> & more", id="g-x")],
    )
    page = goalkit.plan_report(plan, as_of=AS_OF).to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "<b>Ana</b>" not in page


def test_html_is_self_contained(report):
    """The page loads nothing: no external URLs, no scripts; bars carry text alternatives."""
    page = report.to_html()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "<script" not in page
    assert "@import" not in page
    assert page.count('role="img"') == len(report.goals) + 1
    for line in report.goals:
        assert f'aria-label="{percent(line.progress.value)} done' in page


def test_text_width_and_ascii(report):
    """Text fits the width asked for; ASCII mode is pure ASCII."""
    for width in (60, 80, 100):
        text = report.to_text(width=width)
        assert max(len(line) for line in text.splitlines()) <= width
    assert report.to_text(ascii_only=True).isascii()


def test_text_color_only_when_asked(report):
    """ANSI colours appear only with color=True."""
    assert "\x1b[" not in report.to_text()
    assert "\x1b[" in report.to_text(color=True)


def test_render_dispatches_and_refuses_unknown_formats(report):
    """`render(format)` equals the format's method; an unknown format is a ValueError."""
    assert report.render("markdown") == report.to_markdown()
    assert report.render("html") == report.to_html()
    assert report.render("json") == report.to_json()
    assert report.render("text", ascii_only=True) == report.to_text(ascii_only=True)
    with pytest.raises(ValueError, match="unknown report format"):
        report.render("pdf")  # type: ignore[arg-type]


def test_text_bar_edges():
    """Bars are exact at the edges and clamp out-of-range values."""
    assert text_bar(0.0, 8) == "░" * 8
    assert text_bar(1.0, 8) == "█" * 8
    assert text_bar(1.5, 8, ascii_only=True) == "[########]"
    assert len(text_bar(0.33, 24)) == 24


def test_a_plan_without_goals_or_cadence_reports():
    """An empty plan still renders every format."""
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"))
    report = goalkit.plan_report(plan, as_of=AS_OF)
    assert "No review cadence" in report.to_text()
    assert "no goals yet" in report.to_html()
    assert json.loads(report.to_json())["goals"] == []
    assert report.to_markdown().startswith("# Goal plan of Ana")


@given(plan=plans(max_goals=4), day=st.dates(datetime.date(2020, 1, 1), datetime.date(2035, 1, 1)))
def test_any_valid_plan_renders_in_every_format(plan, day):
    """Every valid plan renders as text (within 100 columns), Markdown, HTML and JSON."""
    report = goalkit.plan_report(plan, as_of=day)
    text = report.to_text(ascii_only=True)
    assert max((len(line) for line in text.splitlines()), default=0) <= 100
    assert json.loads(report.to_json())["as_of"] == day.isoformat()
    assert report.to_html().startswith("<!doctype html>")
    table = [line for line in report.to_markdown().splitlines() if line.startswith("|")]
    assert len(table) == 2 + len(plan.goals)


# ------------------------------------------------------------------ arguments


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"plan": "plan.yaml"}, "plan_report.plan: expected a Plan, got 'plan.yaml'"),
        ({"as_of": "2026-11-18"}, "plan_report.as_of: expected a date or None, got '2026-11-18'"),
        (
            {"as_of": datetime.datetime(2026, 11, 18, 9)},
            "plan_report.as_of: expected a date or None",
        ),
        ({"since": 30}, "plan_report.since: expected a date or None, got 30"),
    ],
)
def test_wrong_argument_types_are_validation_errors(plan, arguments, message):
    """A wrong-type argument is refused as `assess` and `progress` refuse theirs."""
    call = {"plan": plan, "as_of": AS_OF, **arguments}
    with pytest.raises(goalkit.ValidationError) as caught:
        goalkit.plan_report(**call)
    assert str(caught.value).startswith(message)
    assert caught.value.subject == "plan_report"


def test_a_goal_is_not_a_plan(plan):
    """Passing a goal where the plan belongs names the function, the argument and the type."""
    with pytest.raises(
        goalkit.ValidationError, match=r"^plan_report\.plan: expected a Plan, got Goal"
    ):
        goalkit.plan_report(plan.goals[0], as_of=AS_OF)  # type: ignore[arg-type]


# -------------------------------------------------------------- derived figures


def test_smart_count_and_health_counts(report):
    """The summary figures count the report's own lines."""
    assert report.smart_count == sum(1 for line in report.goals if line.smart.passed)
    counts = report.health_counts
    assert sum(counts.values()) == len(report.goals)
    assert list(counts) == list(dict.fromkeys(line.progress.health for line in report.goals))
    assert {health.value: count for health, count in counts.items()} == (
        report.to_dict()["summary"]["health"]
    )


# ------------------------------------------------------------------ goal views


def test_goal_view_gathers_one_goal_like_the_report(plan, report):
    """A goal's view has the report's line for it, and each key result's own progress."""
    from goalkit._report import goal_view

    for line in report.goals:
        view = goal_view(line.goal, plan=plan, as_of=AS_OF)
        assert view.line == line
        assert [kr.id for kr, _ in view.key_results] == [kr.id for kr in line.goal.key_results]
        for key_result, result in view.key_results:
            assert result == goalkit.progress(key_result, as_of=AS_OF)


def test_goal_view_without_a_plan(plan):
    """Alone, a goal is number 1 at depth 0, its owner shown as stored."""
    from goalkit._report import goal_view

    goal = plan.goal("g-presentations")
    view = goal_view(goal, as_of=AS_OF)
    assert (view.line.number, view.line.depth, view.line.owner) == ("1", 0, goal.owner)
    assert view.line.progress == goalkit.progress(goal, as_of=AS_OF)
    assert view.line.smart == goalkit.assess(goal, as_of=AS_OF)


def chain(length: int, *, title: str = "Goal") -> goalkit.Plan:
    """A plan whose goals form one parent chain *length* deep."""
    goals = [
        goalkit.Goal(title=f"{title} {n}", id=f"g{n}", parent_id=f"g{n - 1}" if n else None)
        for n in range(length)
    ]
    return goalkit.Plan(mentee=goalkit.Person(name="Ana", id="ana"), goals=goals, id="p")


class TestDeepTrees:
    """A report's size and time are linear in the plan, however deep its tree (issue 14)."""

    def test_outline_numbers_stop_at_the_outline_depth(self):
        """Numbers have at most OUTLINE_DEPTH parts; deeper goals continue the deepest level."""
        report = goalkit.plan_report(chain(12), as_of=AS_OF)
        numbers = [line.number for line in report.goals]
        depth = goalkit._report.OUTLINE_DEPTH
        assert numbers[depth - 1] == ".".join(["1"] * depth)
        assert numbers[depth] == ".".join(["1"] * (depth - 1) + ["2"])
        assert numbers[-1] == ".".join(["1"] * (depth - 1) + ["5"])
        assert len(set(numbers)) == len(numbers)
        assert [line.depth for line in report.goals] == list(range(12))
        assert max(line.level for line in report.goals) == depth - 1

    def test_shallow_numbering_after_a_deep_branch(self):
        """After a deep branch, the next top-level goal is numbered 2, as always."""
        plan = chain(10).add_goal(goalkit.Goal(title="Second root", id="root-2"))
        report = goalkit.plan_report(plan, as_of=AS_OF)
        assert report.goals[-1].number == "2"

    @pytest.mark.parametrize("output", ["text", "markdown", "html", "json"])
    def test_output_grows_linearly_with_depth(self, output):
        """Ten times the chain, about ten times the output: never the square of it."""
        small = len(goalkit.plan_report(chain(100), as_of=AS_OF).render(output))
        large = len(goalkit.plan_report(chain(1000), as_of=AS_OF).render(output))
        assert large < 12 * small

    def test_a_300_goal_chain_prints_a_small_text_report(self):
        """The issue's 15 KB plan with a 300-goal parent chain printed 50.9 MB; now kilobytes."""
        text = goalkit.plan_report(chain(300), as_of=AS_OF).render("text")
        assert len(text) < 300 * 1_000
        assert max(len(line) for line in text.splitlines()) <= goalkit._report.TEXT_WIDTH

    def test_text_never_wraps_narrower_than_the_floor(self):
        """However wide the indent, text keeps MIN_WRAP_WIDTH columns: never a word per line."""
        from goalkit._render.text import MIN_WRAP_WIDTH, _TextReport

        layout = _TextReport(
            goalkit.plan_report(chain(1), as_of=AS_OF), width=60, ascii_only=False, color=False
        )
        words = "word " * 100
        layout.wrap(words, " " * 200, " " * 200)
        assert max(len(line) for line in layout.lines) <= 60
        assert len(layout.lines) <= len(words) // (MIN_WRAP_WIDTH - 5) + 2
        assert all(len(line.strip()) >= MIN_WRAP_WIDTH - 5 for line in layout.lines[1:-1])

    def test_notebook_and_html_indent_at_most_the_outline_depth(self):
        """The notebook's indent and the HTML lists nest at most OUTLINE_DEPTH levels."""
        report = goalkit.plan_report(chain(50), as_of=AS_OF)
        depth = goalkit._report.OUTLINE_DEPTH
        assert report.render("html").count('<ol class="children">') == depth - 1
        indents = re.findall(r"padding-left:(\d+)px", report._repr_html_())
        assert len(indents) == 50
        assert max(int(width) for width in indents) == 14 * (depth - 1)


class TestReportFramework:
    """plan_report and `goalkit report` judge goals by SMART, another framework, or each's own."""

    def test_smart_is_the_default(self, plan, report) -> None:
        """Without framework, the report is SMART's, as before, and says so."""
        assert report.framework == "smart"
        assert goalkit.plan_report(plan, as_of=AS_OF, framework=goalkit.SMART) == report

    def test_one_framework_for_every_goal(self, plan) -> None:
        """framework=REAL judges every goal by REAL; the summary and facts name REAL."""
        real = goalkit.plan_report(plan, as_of=AS_OF, framework=goalkit.REAL)
        assert real.framework == "real"
        assert {line.smart.framework for line in real.goals} == {"real"}
        passing = sum(goalkit.assess(g, plan=plan, as_of=AS_OF, framework=goalkit.REAL).passed
                      for g in plan.goals)  # fmt: skip
        assert real.smart_count == passing
        text = real.to_text()
        assert f"{len(plan.goals)} goals, {passing} REAL" in text
        assert "SMART" not in text
        assert real.to_dict()["summary"]["framework"] == "real"

    def test_each_goal_by_its_own(self, plan) -> None:
        """framework=framework_for: REAL for development goals; no one framework is named."""
        auto = goalkit.plan_report(plan, as_of=AS_OF, framework=goalkit.framework_for)
        assert auto.framework is None
        expected = {goal.id: goalkit.framework_for(goal).name for goal in plan.goals}
        assert {line.goal.id: line.smart.framework for line in auto.goals} == expected
        assert auto.to_dict()["summary"]["framework"] is None
        assert "passing their framework" in auto.to_text()
        header = next(row for row in auto.to_markdown().splitlines() if row.startswith("| #"))
        assert header.endswith("| Framework |")

    def test_a_wrong_framework_is_named(self, plan) -> None:
        """A name where a Framework belongs is an error naming plan_report.framework."""
        with pytest.raises(goalkit.ValidationError, match=r"plan_report\.framework"):
            goalkit.plan_report(plan, as_of=AS_OF, framework="real")  # type: ignore[arg-type]

    def test_the_smart_policy_is_passed_on(self, plan) -> None:
        """policy= reads every verdict as assess_plan(policy=...) does; omitted, the default's."""
        for policy in (goalkit.SmartPolicy(learned_specific=False),
                       goalkit.SmartPolicy(learned_specific="alone")):  # fmt: skip
            report = goalkit.plan_report(plan, as_of=AS_OF, policy=policy)
            expected = goalkit.assess_plan(plan, as_of=AS_OF, policy=policy)
            assert {line.goal.id: line.smart for line in report.goals} == expected
        default = goalkit.plan_report(plan, as_of=AS_OF, policy=goalkit.SmartPolicy())
        assert default == goalkit.plan_report(plan, as_of=AS_OF)

    def test_a_wrong_policy_is_named(self, plan) -> None:
        """A framework where a SmartPolicy belongs is an error naming plan_report.policy."""
        with pytest.raises(goalkit.ValidationError, match=r"plan_report\.policy: expected a Smart"):
            goalkit.plan_report(plan, as_of=AS_OF, policy=goalkit.REAL)  # type: ignore[arg-type]

    def test_the_command_takes_the_choice(self) -> None:
        """`goalkit report --framework auto` is plan_report(framework=framework_for)."""
        data = cli_json("--example", "--as-of", AS_OF.isoformat(), "--framework", "auto")
        report = goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF,
                                     framework=goalkit.framework_for)  # fmt: skip
        assert data["summary"] == report.to_dict()["summary"]
        assert [g["smart"]["framework"] for g in data["goals"]] == [
            line.smart.framework for line in report.goals
        ]
