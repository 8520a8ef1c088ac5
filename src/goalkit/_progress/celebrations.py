"""Celebrations: what was achieved in a window of days, worth raising at the next review.

A milestone completed, a key result first reaching its target, a goal
achieved. The window (`since` to `until`, both included) is one rule,
`in_window`; what happened on which day is read from the model
(`Milestone.completed_on`, `goalkit._measure.reached_days`,
`Goal.status_history`).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import Final, Literal, TypeAlias

import attrs

from goalkit._errors import expect_type
from goalkit._measure import reached_days
from goalkit._model import Ambition, Goal, GoalStatus, KeyResult, Milestone, Plan
from goalkit._model.checks import check_date
from goalkit._progress.policy import ProgressPolicy, chosen_policy

__all__ = ["Celebration", "CelebrationKind", "celebrations", "in_window"]

_ON: Final = attrgetter("on")
_ACHIEVED: Final = GoalStatus.ACHIEVED

#: What a celebration is for.
CelebrationKind: TypeAlias = Literal["milestone", "key_result", "goal"]


@attrs.frozen(kw_only=True)
class Celebration:
    """Something achieved on a day, worth celebrating at the next review.

    Attributes:
        on: The day it happened.
        kind: `"milestone"` (completed), `"key_result"` (first reached its
            target) or `"goal"` (achieved).
        goal_id: The goal it belongs to (the goal itself for `"goal"`).
        item_id: The milestone's, key result's or goal's id.
        title: The milestone's, key result's or goal's title.
        text: A short sentence to show or say.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, Milestone
        >>> goal = Goal(title="Grow my network", id="g-net",
        ...             milestones=[Milestone(title="Join a meetup group", id="m-join")])
        >>> goal = goal.complete_milestone("m-join", datetime.date(2027, 2, 3))
        >>> for c in celebrations(goal, datetime.date(2027, 2, 1), datetime.date(2027, 2, 28)):
        ...     print(c.on, c.kind, c.text)
        2027-02-03 milestone Milestone completed: Join a meetup group
    """

    on: datetime.date
    kind: CelebrationKind
    goal_id: str
    item_id: str
    title: str
    text: str


def in_window(day: datetime.date, since: datetime.date, until: datetime.date) -> bool:
    """Whether *day* falls in the window from *since* to *until*, both included.

    Examples:
        >>> import datetime
        >>> jan_1, jan_31 = datetime.date(2027, 1, 1), datetime.date(2027, 1, 31)
        >>> in_window(jan_1, jan_1, jan_31), in_window(jan_31, jan_1, jan_31)
        (True, True)
        >>> in_window(datetime.date(2027, 2, 1), jan_1, jan_31)
        False
    """
    return since <= day <= until


def _goal_celebrations(
    goal: Goal, since: datetime.date, until: datetime.date, policy: ProgressPolicy
) -> Iterator[Celebration]:
    """The goal's celebrations in the window: milestones, then key results, then the goal.

    An aspirational goal's key result is celebrated when it first reaches
    `policy.aspirational_success` of the way: that is success for a stretch.
    """
    stretch = goal.ambition is Ambition.ASPIRATIONAL
    success = policy.aspirational_success if stretch else 1.0
    found: list[tuple[datetime.date | None, CelebrationKind, Goal | KeyResult | Milestone, str]]
    found = [
        (milestone.completed_on, "milestone", milestone, f"Milestone completed: {milestone.title}")
        for milestone in goal.milestones
    ]
    for key_result in goal.key_results:
        unit = f" {key_result.unit}" if key_result.unit else ""
        text = f"Target reached: {key_result.title} ({key_result.target:g}{unit})"
        if stretch and success < 1:
            text = (
                f"Stretch target reached: {key_result.title} "
                f"({success:.0%} of {key_result.target:g}{unit})"
            )
        found.append(
            (
                next(reached_days(key_result, until, success), None),  # the first time only
                "key_result",
                key_result,
                text,
            )
        )
    found += [
        (day, "goal", goal, f"Goal achieved: {goal.title}")
        for day, status in goal.status_history()
        if status is _ACHIEVED
    ]
    for day, kind, item, text in found:
        if day is not None and in_window(day, since, until):
            yield Celebration(
                on=day, kind=kind, goal_id=goal.id, item_id=item.id, title=item.title, text=text
            )


def celebrations(
    item: Goal | Plan,
    since: datetime.date,
    until: datetime.date,
    *,
    policy: ProgressPolicy | None = None,
) -> tuple[Celebration, ...]:
    """What was achieved from *since* to *until* (both included), in date order.

    - a milestone completed in the window;
    - a key result that first reached its target in the window (the first
      day its value went from short of the target to reaching it; a key
      result that starts at its target has nothing to celebrate until it
      falls short and reaches it again);
    - a goal achieved in the window (a revision setting ACHIEVED).

    For an aspirational goal (`Goal.ambition`), a key result counts as
    reached at `ProgressPolicy.aspirational_success` (default 0.7) of the
    way, and the text says "Stretch target reached".

    On one day, a goal's milestones come first, then its key results, then
    the goal itself; goals in plan tree order.

    Raises:
        ValidationError: *since* or *until* is not a date, or *item* is not
            a `Goal` or `Plan`.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult
        >>> goal = Goal(title="Attend four industry events", id="g-net", key_results=[
        ...     KeyResult(title="Events attended", target=4, unit="events", id="kr-ev")])
        >>> for day, count in [(2, 1), (3, 2), (4, 4)]:
        ...     goal = goal.check_in("kr-ev", count, on=datetime.date(2027, day, 20))
        >>> goal = goal.achieve(datetime.date(2027, 4, 21))
        >>> for c in celebrations(goal, datetime.date(2027, 4, 1), datetime.date(2027, 4, 30)):
        ...     print(c.on, c.kind, c.text)
        2027-04-20 key_result Target reached: Events attended (4 events)
        2027-04-21 goal Goal achieved: Attend four industry events
    """
    expect_type("celebrations", "item", item, Goal, Plan, expected="a Goal or Plan")
    check_date("celebrations", "since", since)
    check_date("celebrations", "until", until)
    goals: Sequence[Goal] = (item,) if isinstance(item, Goal) else [g for _, g in item.walk()]
    if until < since:
        return ()
    chosen = chosen_policy("celebrations", policy)
    found = [found for goal in goals for found in _goal_celebrations(goal, since, until, chosen)]
    found.sort(key=_ON)  # stable: the order within a day is kept
    return tuple(found)
