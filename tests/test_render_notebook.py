"""Notebook display (`goalkit._render.notebook`): short reprs and compact HTML for goals,
plans, progress, SMART reports and reports."""

from __future__ import annotations

import datetime
import html
import re

import pytest

import goalkit
from goalkit._render import notebook_html
from goalkit._render.format import Fact, percent
from goalkit._render.html import HtmlWriter
from goalkit._render.notebook import NotebookWriter, progress_html, report_html, smart_html

AS_OF = datetime.date(2026, 11, 18)


@pytest.fixture(scope="module")
def plan() -> goalkit.Plan:
    return goalkit.example_plan()


def test_goal_repr_is_one_short_line(plan):
    """repr(goal) is one line naming the id, a cut title, kind, status, dates and sizes."""
    text = repr(plan.goal("g-presentations"))
    assert "\n" not in text
    assert len(text) < 300
    assert text.startswith("Goal(id='g-presentations', title='Enhance my public speaking")
    assert "(87 characters)" in text
    assert "parent_id='g-team-lead'" in text
    assert "key_results=2" in text
    assert "check_ins" not in text


def test_plan_repr_names_people_goals_and_cadence(plan):
    """repr(plan) says whose plan it is, how many goals, and the review rhythm."""
    assert repr(plan) == (
        "Plan(id='plan-ana-team-lead', title=\"Ana's path to team lead\", mentee='Ana Diaz', "
        "mentor='Sam Okafor', goals=5, cadence='every month from 2026-06-05')"
    )


def test_goal_html_shows_progress_health_and_smart(plan):
    """A goal's HTML has its title, a bar with a text alternative, health and SMART verdict."""
    goal = plan.goal("g-presentations")
    snippet = notebook_html(goal, plan=plan, as_of=AS_OF)
    result = goalkit.progress(goal, as_of=AS_OF, plan=plan)
    assert "Enhance my public speaking skills" in snippet
    assert f'aria-label="{percent(result.value)} done, {percent(result.expected)} expected"' in (
        snippet
    )
    assert "at risk" in snippet
    assert "SMART" in snippet
    assert "Presentations given" in snippet  # the key results table


def test_repr_html_methods_delegate_to_the_display(plan):
    """`_repr_html_` of Goal, Plan, Progress, SmartReport and PlanReport returns HTML."""
    goal = plan.goal("g-networking")
    for obj in (
        goal,
        plan,
        goalkit.progress(goal, as_of=AS_OF),
        goalkit.assess(goal, plan=plan, as_of=AS_OF),
        goalkit.plan_report(plan, as_of=AS_OF),
    ):
        snippet = obj._repr_html_()
        assert snippet.startswith("<div"), type(obj)
        assert snippet.endswith("</div>"), type(obj)


def test_plan_html_has_a_row_per_goal_in_tree_order(plan):
    """The plan's HTML lists every goal, parents before children."""
    snippet = notebook_html(plan, as_of=AS_OF)
    positions = [snippet.index(goal.title.replace("'", "&#x27;")) for _, goal in plan.walk()]
    assert positions == sorted(positions)
    assert snippet.count("<tr>") == 1 + len(plan.goals)


def test_report_html_matches_the_report(plan):
    """The compact report shows each goal's value as the report has it."""
    report = goalkit.plan_report(plan, as_of=AS_OF)
    snippet = report_html(report)
    for line in report.goals:
        assert f"<b>{percent(line.progress.value)}</b>" in snippet


def test_progress_html_lists_the_parts(plan):
    """Progress HTML answers "why this value?": each part with weight and value."""
    result = goalkit.progress(plan.goal("g-team-lead"), as_of=AS_OF, plan=plan)
    snippet = progress_html(result)
    for part in result.parts:
        assert part.title.replace("'", "&#x27;") in snippet


def test_smart_html_shows_each_criterion_and_hints():
    """SMART HTML has a row per criterion and each finding's hint."""
    report = goalkit.assess(goalkit.Goal(title="Improve my skills"), as_of=AS_OF)
    snippet = smart_html(report)
    for criterion in goalkit.Criterion:
        assert criterion.value.replace("_", "-") in snippet
    for finding in report.findings:
        if finding.hint:
            assert goalkit_escape(finding.hint) in snippet


def goalkit_escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def test_display_escapes_user_text():
    """Titles cannot inject markup into a notebook."""
    goal = goalkit.Goal(title="<img src=x onerror=alert(1)> talks")
    snippet = notebook_html(goal, as_of=AS_OF)
    assert "<img" not in snippet
    assert "&lt;img" in snippet


def test_display_uses_inline_styles_only(plan):
    """No <style> or <script> elements: notebook renderers strip them."""
    for snippet in (notebook_html(plan, as_of=AS_OF), notebook_html(plan.goals[0], as_of=AS_OF)):
        assert not re.search(r"<(style|script)\b", snippet)


def test_goal_html_shows_the_goal_facts(plan):
    """A goal's display lays out the same facts as the reports: milestone, check-in, verdict."""
    snippet = notebook_html(plan.goal("g-presentations"), plan=plan, as_of=AS_OF)
    for label in ("next milestone", "last check-in", "SMART"):
        assert f">{label}</span>" in snippet
    assert "Present at the engineering all-hands" in snippet
    assert "✓ passed all five criteria" in snippet
    assert "“Lightning talk at the platform guild”" in snippet


def test_achieved_goals_say_achieved_not_forecast(plan):
    """An achieved goal's figures read 'achieved DAY', as in the reports."""
    snippet = notebook_html(plan.goal("g-learn-dbt"), plan=plan, as_of=AS_OF)
    assert "achieved 2026-11-13" in snippet
    assert "forecast 2026-11-13" not in snippet


def test_report_html_heads_with_the_report_facts(plan):
    """The compact report names the people and the review rhythm, as the other formats do."""
    snippet = report_html(goalkit.plan_report(plan, as_of=AS_OF))
    assert "Mentee Ana Diaz · mentor Sam Okafor · reviews every month · as of 2026-11-18" in snippet


def test_notebook_displays_are_inert_to_hostile_text():
    """No markup, event handler or control character from user text reaches a notebook."""
    hostile = "<img src=x onerror=alert(1)>\x1b[2J<script>alert(1)</script>"
    goal = goalkit.Goal(
        id="g-x",
        title=hostile,
        key_results=[
            goalkit.KeyResult(
                title=hostile,
                target=2,
                unit=hostile,
                check_ins=[goalkit.CheckIn(on=AS_OF, value=1, note=hostile)],
            )
        ],
        milestones=[goalkit.Milestone(title=hostile)],
    )
    plan = goalkit.Plan(title=hostile, mentee=goalkit.Person(name=hostile), goals=[goal])
    snippets = [
        notebook_html(goal, plan=plan, as_of=AS_OF),
        notebook_html(plan, as_of=AS_OF),
        progress_html(goalkit.progress(plan, as_of=AS_OF)),
        smart_html(goalkit.assess(goal, plan=plan, as_of=AS_OF)),
    ]
    for snippet in snippets:
        assert "<img" not in snippet
        assert "<script" not in snippet
        assert "\x1b" not in snippet


def test_smart_html_shows_the_reports_own_criteria():
    """A REAL report shows REAL's four criteria and says "not REAL", never SMART's five."""
    report = goalkit.assess(
        goalkit.Goal(title="Publish twelve blog posts"),
        as_of=datetime.date(2027, 1, 4),
        framework=goalkit.REAL,
    )
    snippet = smart_html(report)
    assert "not REAL yet" in snippet
    for criterion in ("relevant", "experimental", "aspirational", "learning-based"):
        assert f">{criterion}<" in snippet
    assert ">specific<" not in snippet


# ------------------------------------------------------ every class, every day


def every_model_value(plan: goalkit.Plan) -> list[object]:
    goal = plan.goal("g-presentations")
    assert plan.cadence is not None
    return [
        plan,
        goal,
        goal.key_results[0],
        goal.key_results[0].check_ins[0],
        goal.milestones[0],
        goal.reviews[0],
        plan.mentee,
        plan.cadence,
        plan.view("g-presentations", as_of=AS_OF),
        plan.view(as_of=AS_OF),
    ]


def test_every_model_class_has_a_notebook_display(plan):
    """Plan, Goal, KeyResult, CheckIn, Milestone, Review, Person, Cadence and views show HTML."""
    values = every_model_value(plan)
    assert {type(value).__name__ for value in values} >= {
        "Plan",
        "Goal",
        "KeyResult",
        "CheckIn",
        "Milestone",
        "Review",
        "Person",
        "Cadence",
    }
    for value in values:
        snippet = value._repr_html_()  # type: ignore[attr-defined]
        assert snippet.startswith("<div"), type(value)
        assert snippet.endswith("</div>"), type(value)
        assert not re.search(r"<(style|script)\b", snippet)


def test_every_display_of_a_figure_says_its_day(plan):
    """Whatever computes a figure for a day shows that day: no silent 'today'."""
    goal = plan.goal("g-presentations")
    today = datetime.date.today().isoformat()
    for value in (plan, goal, goal.key_results[0], goal.milestones[0], plan.cadence):
        assert f"as of {today}" in value._repr_html_(), type(value)  # type: ignore[union-attr]
    for value in (
        plan.view("g-presentations", as_of=AS_OF),
        plan.view(as_of=AS_OF),
        goalkit.progress(goal, as_of=AS_OF, plan=plan),
        goalkit.assess(goal, plan=plan, as_of=AS_OF),
        goalkit.plan_report(plan, as_of=AS_OF),
    ):
        assert f"as of {AS_OF.isoformat()}" in value._repr_html_(), type(value)


def test_a_goal_in_its_plan_counts_its_children(plan):
    """plan.view(goal_id, as_of=...) shows the goal as the plan's table does; alone it differs."""
    view = plan.view("g-team-lead", as_of=AS_OF)
    in_plan = goalkit.progress(plan.goal("g-team-lead"), as_of=AS_OF, plan=plan)
    alone = goalkit.progress(plan.goal("g-team-lead"), as_of=AS_OF)
    assert in_plan.value != alone.value
    snippet = view._repr_html_()
    assert f"<b>{percent(in_plan.value)}</b>" in snippet
    assert "goal 1 of its plan" in snippet
    assert f"<b>{percent(in_plan.value)}</b>" in plan.view(as_of=AS_OF)._repr_html_()
    lone = notebook_html(plan.goal("g-team-lead"), as_of=AS_OF)
    assert f"<b>{percent(alone.value)}</b>" in lone
    assert "shown without its plan" in lone
    assert "plan.view(&#x27;g-team-lead&#x27;, as_of=...)" in lone


def test_a_view_keeps_its_day_and_checks_its_arguments(plan):
    """A view is a value: its day is fixed when made; unknown ids and non-dates are refused."""
    view = plan.view("g-presentations", as_of=AS_OF)
    assert view.as_of == AS_OF
    assert view == plan.view("g-presentations", as_of=AS_OF)
    assert plan.view().as_of == datetime.date.today() or plan.view().as_of > AS_OF
    with pytest.raises(goalkit.UnknownIdError):
        plan.view("g-nope")
    with pytest.raises(
        goalkit.ValidationError, match=r"Plan\.view\.as_of: expected a date or None"
    ):
        plan.view("g-presentations", as_of="2026-11-13")  # type: ignore[arg-type]


def test_key_result_display_shows_value_target_and_check_ins(plan):
    """A key result: value against target with the unit, a bar, and the check-ins to the day."""
    key_result = plan.goal("g-presentations").key_results[0]
    snippet = notebook_html(key_result, as_of=AS_OF)
    assert "<b>4 / 5 presentations</b>" in snippet
    assert snippet.count("<tr>") == 1 + len(key_result.check_ins_until(AS_OF))
    early = notebook_html(key_result, as_of=datetime.date(2026, 9, 1))
    assert "no check-ins yet" in early


def test_milestone_display_says_done_due_or_overdue():
    """A milestone on a day: done (when), due, or overdue."""
    due = datetime.date(2026, 12, 1)
    milestone = goalkit.Milestone(title="First talk", due=due)
    assert "due 2026-12-01" in notebook_html(milestone, as_of=datetime.date(2026, 11, 1))
    assert "overdue since 2026-12-01" in notebook_html(milestone, as_of=datetime.date(2026, 12, 2))
    done = goalkit.Milestone(title="First talk", due=due, completed_on=datetime.date(2026, 11, 20))
    assert "✓ done 2026-11-20" in notebook_html(done, as_of=datetime.date(2026, 12, 2))
    assert "due 2026-12-01" in notebook_html(done, as_of=datetime.date(2026, 11, 19))


def test_the_small_displays_escape_user_text():
    """Titles, notes, names and next steps are text in every display, never markup."""
    evil = "<img src=x onerror=alert(1)>"
    day = datetime.date(2026, 11, 1)
    values = [
        goalkit.KeyResult(title=evil, target=3, unit=evil),
        goalkit.CheckIn(on=day, value=1, note=evil, by=evil),
        goalkit.Milestone(title=evil),
        goalkit.Review(held_on=day, reviewer=evil, notes=evil, next_steps=[evil]),
        goalkit.Person(name=evil),
    ]
    for value in values:
        snippet = notebook_html(value, as_of=day)
        assert "<img" not in snippet, type(value)
        assert "&lt;img" in snippet, type(value)


def test_wrapped_titles_keep_their_indent_and_wide_tables_scroll(plan):
    """The plan table indents a child's title as a block, and scrolls rather than cut columns."""
    snippet = notebook_html(plan, as_of=AS_OF)
    child = html.escape(plan.goal("g-presentations").title, quote=True)
    assert f'<div style="padding-left:14px">{child}</div>' in snippet
    assert 'style="overflow-x:auto;max-width:100%"><table' in snippet


class TestOneWriter:
    """The notebook writer is the page's HTML writer, dressed with inline styles."""

    FACT = Fact(
        text="2026-11-02 · Talks <b>: ",
        strong="3 talks",
        detail="due 2026-11-26",
        note='"went <well>"',
    )

    def test_notebook_writer_specialises_the_page_writer(self):
        """NotebookWriter inherits the page writer's layout of facts and findings."""
        assert issubclass(NotebookWriter, HtmlWriter)
        assert NotebookWriter.fact is HtmlWriter.fact
        assert NotebookWriter.finding is HtmlWriter.finding
        assert NotebookWriter.bar is HtmlWriter.bar

    @pytest.mark.parametrize("writer", [HtmlWriter(), NotebookWriter(80)])
    def test_a_fact_reads_in_the_same_order_escaped(self, writer):
        """Text, figure, detail and note come in that order, user text escaped, in both outputs."""
        html = writer.fact(self.FACT)
        positions = [
            html.index(part)
            for part in (
                "Talks &lt;b&gt;",
                "3 talks",
                "due 2026-11-26",
                "&quot;went &lt;well&gt;&quot;",
            )
        ]
        assert positions == sorted(positions)
        assert "<b>:" not in html
        assert "<well>" not in html

    @pytest.mark.parametrize("writer", [HtmlWriter(), NotebookWriter(80)])
    def test_a_missing_fact_is_a_dash_and_a_verdict_is_coloured(self, writer):
        """A fact with nothing to say is a dash; a verdict is dressed as a pass or a fail."""
        assert writer.fact(Fact()) == "—"
        passed = writer.fact(Fact(text="✓ passed", passed=True))
        failed = writer.fact(Fact(text="✗ <no>", passed=False))
        assert passed != failed.replace("✗ &lt;no&gt;", "✓ passed")
        assert "&lt;no&gt;" in failed

    @pytest.mark.parametrize("writer", [HtmlWriter(), NotebookWriter(80)])
    def test_a_finding_shows_its_hint_escaped_after_its_message(self, writer):
        """A finding's message comes first, then its hint; both escaped; no hint, no 'Hint'."""
        finding = goalkit.Finding(
            criterion=goalkit.Criterion.SPECIFIC,
            code="S-VAGUE",
            severity=goalkit.Severity.ERROR,
            message="Vague <verb>",
            hint="Say <what>",
        )
        html = writer.finding(finding)
        assert html.index("Vague &lt;verb&gt;") < html.index("Hint: Say &lt;what&gt;")
        assert "Hint" not in writer.finding(
            goalkit.Finding(
                criterion=goalkit.Criterion.SPECIFIC,
                code="S-VAGUE",
                severity=goalkit.Severity.ERROR,
                message="Vague",
            )
        )

    def test_the_notebook_bar_is_as_wide_as_asked(self, plan):
        """Each notebook writer draws the one bar at its own width, with inline styles only."""
        result = goalkit.progress(plan, as_of=AS_OF)
        assert "width:80px" in NotebookWriter(80).bar(result)
        assert "width:160px" in NotebookWriter(160).bar(result)
        assert "class=" not in NotebookWriter(80).bar(result)
