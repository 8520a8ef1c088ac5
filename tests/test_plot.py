"""`goalkit.plot`: a goal's progress against the expected pace, drawn with matplotlib (Agg)."""

from __future__ import annotations

import datetime
import subprocess
import sys

import matplotlib
import pytest

matplotlib.use("Agg")

from matplotlib import pyplot as plt

import goalkit
from goalkit.plot import plot_progress, progress_history

AS_OF = datetime.date(2026, 11, 18)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def plan() -> goalkit.Plan:
    return goalkit.example_plan()


def test_history_points_are_progress_on_each_recorded_day(plan):
    """Each point is `progress(goal, as_of=day)` for a day something was recorded."""
    goal = plan.goal("g-team-lead")
    history = progress_history(goal, plan=plan, as_of=AS_OF)
    days = [day for day, _, _ in history]
    assert days == sorted(set(days))
    assert days[0] == goal.start
    assert days[-1] == AS_OF
    check_in_days = {c.on for kr in goal.key_results for c in kr.check_ins}
    assert check_in_days <= set(days)
    for day, value, expected in history:
        result = goalkit.progress(goal, as_of=day, plan=plan)
        assert (value, expected) == (result.value, result.expected)


def test_history_includes_child_goals_with_a_plan(plan):
    """With the plan, a parent's history includes its children's check-ins."""
    goal = plan.goal("g-team-lead")
    with_plan = {day for day, _, _ in progress_history(goal, plan=plan, as_of=AS_OF)}
    alone = {day for day, _, _ in progress_history(goal, as_of=AS_OF)}
    assert datetime.date(2026, 10, 29) in with_plan - alone  # a networking check-in


def test_plot_draws_progress_expected_and_milestones(plan, tmp_path):
    """The axes hold the progress step line, the expected line and milestone markers."""
    goal = plan.goal("g-presentations")
    ax = plot_progress(goal, plan=plan, as_of=AS_OF)
    labels = [text.get_text() for text in ax.get_legend().get_texts()]
    assert labels == [
        "progress",
        "expected",
        "milestone done",
        "milestone due",
        f"as of {AS_OF.isoformat()}",
    ]
    progress_line = ax.get_lines()[0]
    values = list(progress_line.get_ydata())
    assert values[-1] == pytest.approx(goalkit.progress(goal, as_of=AS_OF, plan=plan).value * 100)
    assert ax.get_title(loc="left").startswith("Enhance my public speaking")
    target = tmp_path / "progress.png"
    ax.figure.savefig(target, dpi=80)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_on_given_axes(plan):
    """`ax=` draws on the caller's axes and returns them."""
    _, ax = plt.subplots()
    assert plot_progress(plan.goal("g-networking"), as_of=AS_OF, ax=ax) is ax


def test_plot_of_a_goal_without_dates_or_measures():
    """A goal with nothing measurable and no dates still plots, with nothing to show."""
    ax = plot_progress(goalkit.Goal(title="Be braver"), as_of=AS_OF)
    assert ax.get_legend() is not None


def test_missing_matplotlib_is_a_clear_error():
    """Without matplotlib, importing goalkit.plot says how to install the extra."""
    code = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "try:\n"
        "    import goalkit.plot\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert "pip install 'goalkit-mentoring[plot]'" in result.stdout
    # ...and the rest of goalkit does not need it.
    code = "import sys; sys.modules['matplotlib'] = None; import goalkit; goalkit.example_plan()"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_plot_titles_are_text_never_mathematics(tmp_path):
    """A "$" in a title is shown as typed: matplotlib never reads it as mathematics."""
    goal = goalkit.Goal(title="Raise $5k and then $10k for the \\frac{ fund", id="g-money")
    ax = plot_progress(goal, as_of=AS_OF)
    ax.figure.savefig(tmp_path / "money.png", dpi=40)  # mathematics would fail to parse here
    title = ax.get_title(loc="left")
    assert title.count(r"\$") == 2
    assert title.replace(r"\$", "$") == goal.title


def test_plot_titles_show_controls_as_escapes():
    """Control characters in a title are shown as escapes, and long titles are cut."""
    goal = goalkit.Goal(title="Ring the bell\x07 " + "and talk " * 20, id="g-bell")
    title = plot_progress(goal, as_of=AS_OF).get_title(loc="left")
    assert "\x07" not in title
    assert title.startswith("Ring the bell\\x07 ")
    assert len(title) <= 70 + len("\\x07") - 1
    assert title.endswith("…")


@pytest.mark.parametrize(
    "goal_id", ["g-team-lead", "g-presentations", "g-networking", "g-learn-dbt", "g-mentor"]
)
def test_the_legend_never_covers_the_data(plan, goal_id):
    """The legend lies outside the axes: no marker or line point is under it."""
    ax = plot_progress(plan.goal(goal_id), plan=plan, as_of=AS_OF)
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    legend = ax.get_legend().get_window_extent(renderer)
    assert not legend.overlaps(ax.get_window_extent(renderer))
    for line in ax.get_lines():
        points = line.get_transform().transform(line.get_xydata())
        for x, y in points:
            assert not legend.contains(x, y), (line.get_label(), x, y)
    # ...and the legend is inside the figure, not cut off.
    assert figure.bbox.contains(legend.x1 - 1, legend.y0 + 1)
