"""Plots of goal progress over time, with matplotlib (the optional `plot` extra).

    pip install 'goalkit-mentoring[plot]'

`plot_progress` draws a goal's progress against where the time elapsed
says it should be, from its check-in history, with its milestones marked.
Every point is `goalkit.progress(goal, as_of=day)` for a day on which
something was recorded, so the plot agrees with the reports.

Examples:
    >>> import datetime, goalkit
    >>> from goalkit.plot import plot_progress
    >>> plan = goalkit.example_plan()
    >>> ax = plot_progress(plan.goal("g-presentations"), plan=plan,
    ...                    as_of=datetime.date(2026, 11, 18))
    >>> ax.get_ylabel()
    'progress'
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

try:
    import matplotlib.dates as mdates
    import numpy as np
    from matplotlib import pyplot as plt
except ImportError as error:  # pragma: no cover - exercised in a subprocess without matplotlib
    raise ImportError(
        "goalkit.plot needs matplotlib, which is not installed: "
        "pip install 'goalkit-mentoring[plot]'"
    ) from error

from goalkit._model import Goal, Plan
from goalkit._progress import progress
from goalkit._render.format import (
    FILL_COLOUR,
    MILESTONE_COLOUR,
    MUTED_COLOUR,
    plot_text,
    shorten,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_progress", "progress_history"]


def _days(days: Iterable[datetime.date]) -> Any:
    # Dates as numpy day values: matplotlib plots them on a date axis, and they type-check.
    return np.array(list(days), dtype="datetime64[D]")


def _history_days(goal: Goal, plan: Plan | None, until: datetime.date) -> list[datetime.date]:
    goals: Iterable[Goal] = (goal,)
    if plan is not None:
        # A parent's progress moves when its children's do: include their history too.
        goals = [g for _, g in _subtree(plan, goal)]
    days: set[datetime.date] = {until}
    if goal.start is not None and goal.start <= until:
        days.add(goal.start)
    for member in goals:
        days.update(c.on for kr in member.key_results for c in kr.check_ins if c.on <= until)
        days.update(
            m.completed_on
            for m in member.milestones
            if m.completed_on is not None and m.completed_on <= until
        )
        days.update(r.on for r in member.revisions if r.on <= until)
    return sorted(days)


def _subtree(plan: Plan, goal: Goal) -> Iterable[tuple[int, Goal]]:
    stack = [(0, goal)]
    while stack:
        depth, current = stack.pop()
        yield depth, current
        stack.extend((depth + 1, child) for child in plan.children(current.id))


def progress_history(
    goal: Goal, *, plan: Plan | None = None, as_of: datetime.date | None = None
) -> list[tuple[datetime.date, float | None, float | None]]:
    """``(day, value, expected)`` for each day something was recorded, up to *as_of*.

    The days are the goal's start, each check-in, completed milestone and
    revision (of the goal and, with *plan*, of its descendants), and *as_of*.

    Examples:
        >>> import datetime, goalkit
        >>> plan = goalkit.example_plan()
        >>> history = progress_history(plan.goal("g-networking"), as_of=datetime.date(2026, 8, 1))
        >>> [(day.isoformat(), round(value, 2)) for day, value, _ in history]
        [('2026-07-01', 0.0), ('2026-07-10', 0.33), ('2026-07-23', 0.42), ('2026-07-24', 0.48),
         ('2026-08-01', 0.48)]
    """
    until = datetime.date.today() if as_of is None else as_of
    points = []
    for day in _history_days(goal, plan, until):
        result = progress(goal, as_of=day, plan=plan)
        points.append((day, result.value, result.expected))
    return points


def plot_progress(
    goal: Goal,
    *,
    plan: Plan | None = None,
    as_of: datetime.date | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Plot a goal's progress against the expected pace, with milestones marked.

    The solid line is progress (a step at each check-in); the dashed line is
    the share of the start-to-due span elapsed; milestones are diamonds at
    their due dates, filled once completed and drawn where they were
    completed. The legend sits outside the axes, to their right, so that it
    never covers the data.

    Args:
        goal: the goal to plot.
        plan: its plan, so child goals count towards it.
        as_of: the last day plotted; today when omitted.
        ax: the axes to draw on; a new figure when omitted.

    Returns:
        The axes drawn on.

    Examples:
        >>> import datetime, goalkit
        >>> from goalkit.plot import plot_progress
        >>> plan = goalkit.example_plan()
        >>> ax = plot_progress(plan.goal("g-networking"), as_of=datetime.date(2026, 11, 18))
        >>> [text.get_text() for text in ax.get_legend().get_texts()]
        ['progress', 'expected', 'milestone done', 'as of 2026-11-18']
    """
    until = datetime.date.today() if as_of is None else as_of
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.6), layout="constrained")
    history = progress_history(goal, plan=plan, as_of=until)
    days = [day for day, value, _ in history if value is not None]
    values = [value * 100 for _, value, _ in history if value is not None]
    ax.step(_days(days), values, where="post", color=FILL_COLOUR, linewidth=2.2, label="progress")
    if days:
        ax.plot(_days(days[-1:]), values[-1:], "o", color=FILL_COLOUR)
    if goal.start is not None and goal.due is not None:
        ax.plot(
            _days([goal.start, goal.due]),
            [0, 100],
            linestyle="--",
            color=MUTED_COLOUR,
            linewidth=1.3,
            label="expected",
        )
    else:
        ax.plot([], [], linestyle="--", color=MUTED_COLOUR, label="expected")
    _mark_milestones(ax, goal, until)
    ax.axvline(
        _days([until])[0],
        color=MUTED_COLOUR,
        linewidth=0.8,
        alpha=0.5,
        label=f"as of {until.isoformat()}",
    )
    ax.set_ylim(-4, 108)
    ax.set_ylabel("progress")
    ax.yaxis.set_major_formatter(lambda y, _: f"{y:.0f}%")
    # matplotlib.dates ships without annotations for these two constructors.
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(formatter)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    # plot_text: a "$" in a title would otherwise start mathematics (or fail to draw).
    ax.set_title(plot_text(shorten(goal.title)), loc="left", fontsize=11)
    # Outside the axes, on the right: a legend inside covered the first milestone marker.
    ax.legend(
        loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0, frameon=False, fontsize=9
    )
    return ax


def _mark_milestones(ax: Any, goal: Goal, until: datetime.date) -> None:
    done_label = "milestone done"
    open_label = "milestone due"
    for milestone in goal.milestones:
        done = milestone.completed_on is not None and milestone.completed_on <= until
        day = milestone.completed_on if done else milestone.due
        if day is None:
            continue
        ax.plot(
            _days([day]),
            [104],
            marker="D",
            markersize=7,
            linestyle="none",
            color=MILESTONE_COLOUR,
            markerfacecolor=MILESTONE_COLOUR if done else "none",
            label=done_label if done else open_label,
        )
        if done:
            done_label = "_nolegend_"
        else:
            open_label = "_nolegend_"
