"""The shared formatting (`goalkit._render.format`): words, numbers, bars and safe user text."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import goalkit
from goalkit import Health
from goalkit._render.format import (
    GOAL_FACTS,
    HEALTH_COLOURS,
    HEALTH_LABELS,
    HEALTH_SYMBOLS,
    BarStyle,
    Fact,
    capitalised,
    errors_first,
    forecast_phrase,
    goal_facts,
    goal_meta,
    goals_summary,
    health_summary,
    html_bar,
    html_text,
    markdown_text,
    milestone_state,
    number_text,
    percent,
    plot_text,
    plural,
    report_facts,
    report_title,
    review_lines,
    shorten,
    smart_verdict,
    summary_line,
    terminal_text,
    text_bar,
)

AS_OF = datetime.date(2026, 11, 18)

#: Text a user could type to attack each output: clear the screen, ring the bell,
#: reorder a line, run a script, load an image that runs one.
HOSTILE = (
    "\x1b[2J",
    "\x07",
    "evil\u202etxt.exe",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
)
#: What no terminal, Markdown or HTML output may hold raw.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def report() -> goalkit.PlanReport:
    return goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)


class TestWords:
    def test_percent_rounds_to_whole_percentages(self):
        """A share reads as a whole percentage; nothing measurable reads n/a."""
        assert [percent(v) for v in (0.0, 0.625, 0.666, 1.0, 1.5)] == [
            "0%",
            "62%",
            "67%",
            "100%",
            "150%",
        ]
        assert percent(None) == "n/a"

    def test_plural_is_singular_only_for_one(self):
        """One goal, zero goals, two key results."""
        assert plural(1, "goal") == "1 goal"
        assert plural(0, "goal") == "0 goals"
        assert plural(2, "key result") == "2 key results"

    def test_number_text_reads_as_typed(self):
        """3.0 reads 3, 2.5 reads 2.5, integers as they are."""
        assert number_text(3.0) == "3"
        assert number_text(2.5) == "2.5"
        assert number_text(0.125) == "0.125"
        assert number_text(7) == "7"
        assert number_text(10**9) == "1000000000"

    def test_every_health_has_a_word_a_symbol_and_a_colour(self):
        """Health never depends on colour alone: each has a word and a distinct shape."""
        assert set(HEALTH_LABELS) == set(HEALTH_SYMBOLS) == set(HEALTH_COLOURS) == set(Health)
        assert HEALTH_LABELS[Health.AT_RISK] == "at risk"
        distinct = {Health.ON_TRACK, Health.AT_RISK, Health.OFF_TRACK, Health.ACHIEVED}
        assert len({HEALTH_SYMBOLS[health] for health in distinct}) == len(distinct)
        assert all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour in HEALTH_COLOURS.values())

    def test_shorten_cuts_with_an_ellipsis(self):
        """Long text is cut to the limit, ellipsis included; short text is kept."""
        assert shorten("short", 10) == "short"
        assert shorten("x" * 80) == "x" * 69 + "…"
        assert len(shorten("x" * 80)) == 70

    def test_forecast_phrase_says_achieved_once_achieved(self, report):
        """A forecast reads 'forecast DAY'; an achieved goal's reads 'achieved DAY'."""
        phrases = {line.goal.id: forecast_phrase(line.progress) for line in report.goals}
        assert phrases["g-learn-dbt"] == "achieved 2026-11-13"
        assert phrases["g-team-lead"] == "forecast 2027-07-21"
        no_forecast = goalkit.progress(goalkit.KeyResult(title="Talks", target=4), as_of=AS_OF)
        assert forecast_phrase(no_forecast) is None

    def test_capitalised_keeps_the_rest(self):
        """A label becomes a header: first letter up, the rest untouched."""
        assert capitalised("last check-in") == "Last check-in"
        assert capitalised("SMART") == "SMART"
        assert capitalised("") == ""


class TestBars:
    def test_text_bar_edges(self):
        """Bars are exact at the edges, clamp out-of-range values and keep their width."""
        assert text_bar(0.0, 8) == "░" * 8
        assert text_bar(1.0, 8) == "█" * 8
        assert text_bar(-0.5, 8) == "░" * 8
        assert text_bar(1.5, 8, ascii_only=True) == "[########]"
        assert text_bar(None, 10) == "···n/a····"

    @given(st.floats(-1, 2), st.integers(1, 60))
    def test_text_bar_width_is_exact(self, value, width):
        """A Unicode bar is exactly *width* characters, an ASCII one two more."""
        assert len(text_bar(value, width)) == width
        ascii_bar = text_bar(value, width, ascii_only=True)
        assert len(ascii_bar) == width + 2
        assert ascii_bar.isascii()

    def test_html_bar_is_dressed_by_the_caller(self):
        """The one HTML bar takes its classes or inline styles from the caller."""
        result = goalkit.progress(goalkit.example_plan(), as_of=AS_OF)
        page = html_bar(result, BarStyle(track=' class="bar"', fill=' class="fill"'))
        inline = html_bar(
            result, BarStyle(fill_style="background:red;", mark_style="background:blue;", tag="i")
        )
        label = f'aria-label="{percent(result.value)} done, {percent(result.expected)} expected"'
        for bar in (page, inline):
            assert label in bar
            assert 'role="img"' in bar
        assert '<span class="fill" style="width:75.3%">' in page
        assert '<i style="background:red;width:75.3%"></i>' in inline
        assert '<i style="background:blue;left:51.5%"></i>' in inline

    def test_html_bar_without_figures_says_so(self):
        """With nothing measurable, the bar is empty and its label says why."""
        result = goalkit.progress(goalkit.Goal(title="Be braver"), as_of=AS_OF)
        bar = html_bar(result, BarStyle())
        assert 'aria-label="nothing measurable yet"' in bar
        assert "width:" not in bar


class TestUserText:
    @pytest.mark.parametrize("hostile", HOSTILE)
    def test_terminal_text_never_writes_a_control(self, hostile):
        """Controls and bidi overrides are shown as visible escapes, never raw."""
        shown = terminal_text(f"Goal {hostile} end")
        assert not CONTROLS.search(shown)
        assert shown.startswith("Goal ")
        assert shown.endswith(" end")

    def test_terminal_text_escapes_are_the_python_spelling(self):
        """ESC reads \\x1b, BEL \\x07, DEL \\x7f, a C1 CSI \\x9b, an override \\u202e."""
        assert terminal_text("\x1b[2J") == "\\x1b[2J"
        assert terminal_text("\x07") == "\\x07"
        assert terminal_text("a\x7fb\x9bc") == "a\\x7fb\\x9bc"
        assert terminal_text("\u202e\u2066") == "\\u202e\\u2066"

    def test_terminal_text_folds_breaks_in_one_line_fields(self):
        """Tabs and line breaks fold to one space; kept on request, other controls escaped."""
        assert terminal_text("one\ttwo\r\nthree\u2028four") == "one two three four"
        assert terminal_text("one\ntwo\x1b", one_line=False) == "one\ntwo\\x1b"

    def test_terminal_text_keeps_ordinary_text(self):
        """Plain text, accents, emoji and non-breaking spaces are untouched."""
        for text in ("Ana's path", "Été à Zürich — 5 talks", "🎉 done", "100\u00a0%", ""):
            assert terminal_text(text) == text

    @pytest.mark.parametrize("hostile", HOSTILE)
    def test_markdown_text_is_inert(self, hostile):
        """No raw HTML, no control, no unescaped table or inline syntax gets through."""
        shown = markdown_text(f"A | B *{hostile}* `code` [link](x) ~~gone~~ _it_ & more")
        assert "<" not in shown
        assert ">" not in shown
        assert not CONTROLS.search(shown)
        assert re.search(r"(?<!\\)[|*`\[\]~_]", shown) is None
        assert "&amp; more" in shown

    def test_markdown_text_examples(self):
        """The escapes, exactly, and one line."""
        assert markdown_text("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
        assert markdown_text("a\\b|c\nd") == "a\\\\b\\|c d"
        assert markdown_text("\x1b[2J") == "\\x1b\\[2J"
        assert markdown_text("Ana's plan (v2)") == "Ana's plan (v2)"

    @pytest.mark.parametrize("hostile", HOSTILE)
    def test_html_text_is_inert(self, hostile):
        """Markup is escaped, quotes included, and controls are shown as escapes."""
        shown = html_text(f'"{hostile}"')
        assert "<" not in shown
        assert '"' not in shown
        assert not CONTROLS.search(shown)

    def test_html_text_examples(self):
        """The escapes, exactly."""
        assert html_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
        assert html_text("Tom & 'Jerry'") == "Tom &amp; &#x27;Jerry&#x27;"
        assert html_text("\x07") == "\\x07"

    def test_plot_text_never_starts_mathematics(self):
        """Every $ is escaped for matplotlib; controls are shown as escapes."""
        assert plot_text("$5 and $10") == r"\$5 and \$10"
        assert plot_text("bell\x07") == "bell\\x07"

    @given(st.text())
    def test_no_escaper_lets_a_control_through(self, text):
        """Whatever the text, no output kind writes a raw control, break or override."""
        for shown in (terminal_text(text), markdown_text(text), html_text(text), plot_text(text)):
            assert not CONTROLS.search(shown)
        assert "\n" not in terminal_text(text)
        assert "<" not in markdown_text(text) + html_text(text)


class TestReportWords:
    def test_title_and_facts(self, report):
        """The title is the plan's; the facts name the people and the review rhythm."""
        assert report_title(report) == "Ana's path to team lead"
        assert report_facts(report) == [
            "Mentee Ana Diaz · mentor Sam Okafor",
            "reviews every month",
        ]
        plan = goalkit.Plan(
            mentee=goalkit.Person(name="Ana"),
            cadence=goalkit.Cadence(every=2, unit="week", anchor=AS_OF),
        )
        bare = goalkit.plan_report(plan, as_of=AS_OF)
        assert report_title(bare) == "Goal plan of Ana"
        assert report_facts(bare) == ["Mentee Ana", "reviews every 2 weeks"]

    def test_summaries(self, report):
        """How many goals, how many SMART, and how many of each health."""
        assert goals_summary(report) == "5 goals, 5 SMART"
        counts = report.health_counts
        assert health_summary(report) == ", ".join(
            f"{count} {HEALTH_LABELS[health]}" for health, count in counts.items()
        )

    def test_the_summary_line_joins_the_counts(self, report):
        """The line under the overall bar: the goal counts, then the healths if any goal has one."""
        assert summary_line(report) == f"{goals_summary(report)} · {health_summary(report)}"
        empty = goalkit.plan_report(goalkit.Plan(mentee=goalkit.Person(name="Ana")), as_of=AS_OF)
        assert summary_line(empty) == "0 goals, 0 SMART"

    def test_review_lines_put_overdue_first(self):
        """Overdue review dates come first, saying by how much; then the upcoming ones."""
        plan = goalkit.example_plan()
        late = goalkit.plan_report(plan, as_of=datetime.date(2027, 3, 1))
        lines = review_lines(late)
        assert [line.overdue for line in lines] == [True] * len(late.overdue_reviews) + [
            False
        ] * len(late.upcoming_reviews)
        assert lines[0].phrase == "overdue by 86 days: no review held since"
        assert lines[-1].phrase.startswith("in ")

    def test_goal_meta(self, report):
        """Kind, horizon, the owner as the caller words it, dates, status on the day."""
        goal = report.plan.goal("g-learn-dbt")
        assert goal_meta(goal, AS_OF, "owner Ana") == [
            "learning",
            "short-term",
            "owner Ana",
            "2026-09-15 → 2026-11-15",
            "achieved",
        ]
        assert goal_meta(goalkit.Goal(title="Be braver"), AS_OF) == ["performance", "active"]
        half = goalkit.Goal(title="Be braver", due=AS_OF)
        assert goal_meta(half, AS_OF)[1] == "… → 2026-11-18"

    def test_milestone_state_is_done_overdue_due_or_nothing(self):
        """A milestone on a day: done (a pass), overdue (a fail), due, or nothing to say."""
        due = datetime.date(2026, 12, 1)
        talk = goalkit.Milestone(title="First talk", due=due)
        done = goalkit.Milestone(
            title="First talk", due=due, completed_on=datetime.date(2026, 12, 3)
        )
        assert milestone_state(talk, due) == Fact(text="due 2026-12-01")
        late = milestone_state(talk, due + datetime.timedelta(days=1))
        assert (late.text, late.passed) == ("overdue since 2026-12-01", False)
        assert milestone_state(done, due + datetime.timedelta(days=1)).passed is False
        finished = milestone_state(done, datetime.date(2026, 12, 3))
        assert (finished.text, finished.passed) == ("✓ done 2026-12-03", True)
        assert milestone_state(goalkit.Milestone(title="Someday"), due).missing

    def test_goal_facts_follow_the_goal_facts_tuple(self, report):
        """Every goal line has one fact per GOAL_FACTS entry, in that order."""
        labels = [label for label, _ in GOAL_FACTS]
        assert labels == ["next milestone", "last check-in", "last activity", "SMART"]
        for line in report.goals:
            facts = goal_facts(line)
            assert [label for label, _ in facts] == labels
        presentations = dict(goal_facts(report.goals[1]))
        assert presentations["next milestone"].text == "Present at the engineering all-hands"
        assert presentations["next milestone"].detail == "due 2026-11-26"
        check_in = presentations["last check-in"]
        assert check_in.text == "2026-11-12 · Presentations given: "
        assert check_in.strong == "4 presentations"
        assert check_in.note == "Lightning talk at the platform guild"
        assert presentations["SMART"].passed is True
        no_milestone = dict(goal_facts(report.goals[2]))["next milestone"]
        assert no_milestone.missing

    def test_smart_verdict_and_errors_first(self):
        """One verdict line; the failing findings, in order, at most three unless asked."""
        smart = goalkit.assess(goalkit.Goal(title="I want to improve my skills"), as_of=AS_OF)
        assert smart_verdict(smart) == (
            "✗ not SMART yet: specific, measurable, relevant, time-bound"
        )
        errors = [f for f in smart.findings if f.severity is goalkit.Severity.ERROR]
        assert errors_first(smart) == errors[:3]
        assert errors_first(smart, limit=None) == errors
        plan = goalkit.example_plan()
        passed = goalkit.assess(plan.goals[0], plan=plan, as_of=AS_OF)
        assert smart_verdict(passed) == "✓ passed all five criteria"
        assert errors_first(passed) == []
