"""A goal's progress over time: `progress_history`, the points a plot or a table draws.

Pure data, in the core: every point is `progress(goal, as_of=day)` for a day
on which something was recorded, so a history agrees with the reports. The
plot (`goalkit.plot`, the optional matplotlib extra) draws these points.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from goalkit._errors import expect_type
from goalkit._model import Goal, Plan
from goalkit._progress.calculate import progress
from goalkit._progress.policy import as_of_day

__all__ = ["progress_history"]


def _subtree(plan: Plan, goal: Goal) -> Iterator[Goal]:
    """*goal* and every goal below it in *plan*."""
    stack = [goal]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(plan.children(current.id))


def _history_days(goal: Goal, plan: Plan | None, until: datetime.date) -> list[datetime.date]:
    goals: Iterable[Goal] = (goal,)
    if plan is not None:
        # A parent's progress moves when its children's do: include their history too.
        goals = list(_subtree(plan, goal))
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


def progress_history(
    goal: Goal, *, plan: Plan | None = None, as_of: datetime.date | None = None
) -> list[tuple[datetime.date, float | None, float | None]]:
    """``(day, value, expected)`` for each day something was recorded, up to *as_of*.

    The days are the goal's start, each check-in, completed milestone and
    revision (of the goal and, with *plan*, of its descendants), and *as_of*
    (today when omitted). Each point is `progress(goal, as_of=day,
    plan=plan)`. Needs no plotting library; `goalkit.plot` draws it.

    Raises:
        ValidationError: *goal* is not a Goal, *plan* not a Plan or None, or
            *as_of* not a date.

    Examples:
        >>> import datetime, goalkit
        >>> plan = goalkit.example_plan()
        >>> history = goalkit.progress_history(plan.goal("g-networking"),
        ...                                    as_of=datetime.date(2026, 8, 1))
        >>> [(day.isoformat(), round(value, 2)) for day, value, _ in history]
        [('2026-07-01', 0.0), ('2026-07-10', 0.33), ('2026-07-23', 0.42), ('2026-07-24', 0.48),
         ('2026-08-01', 0.48)]
    """
    expect_type("progress_history", "goal", goal, Goal, expected="a Goal")
    expect_type("progress_history", "plan", plan, Plan, type(None), expected="a Plan or None")
    until = as_of_day("progress_history", as_of)
    points = []
    for day in _history_days(goal, plan, until):
        result = progress(goal, as_of=day, plan=plan)
        points.append((day, result.value, result.expected))
    return points
