"""Plots of goal progress over time, with matplotlib (the optional `plot` extra).

    pip install 'goalkit-mentoring[plot]'

`plot_progress` draws a goal's progress against where the time elapsed
says it should be, from its check-in history, with its milestones marked.
Every point is `goalkit.progress(goal, as_of=day)` for a day on which
something was recorded, so the plot agrees with the reports. Those points
are `goalkit.progress_history`, re-exported here; it needs no matplotlib,
which is imported only when `plot_progress` draws.

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

from goalkit._model import Goal, Plan
from goalkit._progress import progress_history
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


def _matplotlib() -> tuple[Any, Any]:
    """pyplot and matplotlib.dates, imported on first use: `progress_history` needs neither."""
    try:
        import matplotlib.dates as mdates
        from matplotlib import pyplot as plt
    except ImportError as error:  # exercised in a subprocess without matplotlib
        raise ImportError(
            "goalkit.plot_progress needs matplotlib, which is not installed: "
            "pip install 'goalkit-mentoring[plot]'"
        ) from error
    return plt, mdates


def _days(days: Iterable[datetime.date]) -> Any:
    # Dates as numpy day values: matplotlib plots them on a date axis, and they type-check.
    import numpy as np  # matplotlib's own dependency, present whenever _matplotlib() succeeded

    return np.array(list(days), dtype="datetime64[D]")


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
    completed.

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
    plt, mdates = _matplotlib()
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
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    # plot_text: a "$" in a title would otherwise start mathematics (or fail to draw).
    ax.set_title(plot_text(shorten(goal.title)), loc="left", fontsize=11)
    ax.legend(loc="upper left", frameon=False, fontsize=9)
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
