"""What silence means: the last day anything was recorded, and when an item is stale.

A goal nobody has touched for weeks is not on track, whatever its last
figures said. `recorded_on` is the one list of what counts as activity on
a goal (a check-in, a milestone completed, a review held, a revision, an
agreement); `last_activity` reads it as of a day; `is_stale` is the rule:
no activity for `ProgressPolicy.stale_after_days` while the item is active
and has started. Progress turns a stale ON_TRACK into AT_RISK (see
`goalkit._progress.policy.judge`), and the agenda's STALLED item reads the
same activity.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from goalkit._model import Goal, GoalState, Plan

__all__ = ["goal_activity", "is_stale", "latest", "plan_activity", "recorded_on"]


def recorded_on(goal: Goal, fields: GoalState, day: datetime.date) -> Iterator[datetime.date]:
    """Every day on or before *day* when something was recorded on *goal* itself.

    Check-ins and completions are read from *fields* (the goal as it was on
    *day*, late entries included); reviews, revisions and agreements from
    the goal's history.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult
        >>> goal = Goal(title="Attend four events", key_results=[
        ...     KeyResult(title="Events", target=4, id="kr-ev")])
        >>> goal = goal.check_in("kr-ev", 1, on=datetime.date(2027, 2, 1))
        >>> day = datetime.date(2027, 3, 1)
        >>> sorted(recorded_on(goal, goal.state_on(day), day))
        [datetime.date(2027, 2, 1)]
    """
    for key_result in fields.key_results:
        last = key_result.last_check_in(day)
        if last is not None:
            yield last.on
    for milestone in fields.milestones:
        if milestone.completed_on is not None and milestone.completed_on <= day:
            yield milestone.completed_on
    for review in goal.reviews:
        if review.held_on <= day:
            yield review.held_on
    for revision in goal.revisions:
        if revision.on <= day:
            yield revision.on
    for agreement in goal.agreements:
        if agreement.on <= day:
            yield agreement.on


def latest(days: Iterable[datetime.date | None]) -> datetime.date | None:
    """The latest of *days*, ignoring None; None when there is none.

    Examples:
        >>> import datetime
        >>> latest(iter([None, datetime.date(2027, 1, 2), datetime.date(2027, 1, 1)]))
        datetime.date(2027, 1, 2)
    """
    found: datetime.date | None = None
    for day in days:
        if day is not None and (found is None or day > found):
            found = day
    return found


def goal_activity(goal: Goal, fields: GoalState, day: datetime.date) -> datetime.date | None:
    """The last day on or before *day* that anything was recorded on *goal* itself, or None.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, Review
        >>> goal = Goal(title="Lead a retro").add_review(Review(held_on=datetime.date(2027, 3, 1)))
        >>> day = datetime.date(2027, 3, 31)
        >>> goal_activity(goal, goal.state_on(day), day)
        datetime.date(2027, 3, 1)
    """
    # The same days as recorded_on, in one loop without generators: this runs for every
    # goal of every progress calculation.
    found: datetime.date | None = None
    for key_result in fields.key_results:
        last = key_result.last_check_in(day)
        if last is not None and (found is None or last.on > found):
            found = last.on
    for milestone in fields.milestones:
        done = milestone.completed_on
        if done is not None and done <= day and (found is None or done > found):
            found = done
    for review in goal.reviews:
        held = review.held_on
        if held <= day and (found is None or held > found):
            found = held
    for entries in (goal.revisions, goal.agreements):
        for entry in entries:
            on = entry.on
            if on <= day and (found is None or on > found):
                found = on
    return found


def plan_activity(plan: Plan, day: datetime.date) -> datetime.date | None:
    """The last day on or before *day* that anything was recorded on any goal of *plan*, or None.

    Each goal is read as it was on *day* (`Goal.state_on`), so a key result
    or milestone added later does not count; `datetime.date.max` reads the
    whole record. The programme's stalled pairs and the commands' natural
    as-of day both read it.

    Examples:
        >>> import datetime
        >>> from goalkit import example_plan
        >>> plan_activity(example_plan(), datetime.date.max)
        datetime.date(2026, 11, 13)
        >>> plan_activity(example_plan(), datetime.date(2020, 1, 1)) is None
        True
    """
    return latest(goal_activity(goal, goal.state_on(day), day) for goal in plan.goals)


def is_stale(
    last: datetime.date | None,
    start: datetime.date | None,
    day: datetime.date,
    stale_after_days: int | None,
    *,
    active: bool = True,
) -> bool:
    """Whether nothing was recorded for *stale_after_days* days by *day*, while active and started.

    Silence is counted from the last activity, else from the start; an item
    with neither, not active, not started yet, or with the rule turned off
    (`stale_after_days=None`) is never stale.

    Examples:
        >>> import datetime
        >>> is_stale(datetime.date(2027, 1, 31), datetime.date(2027, 1, 1),
        ...          datetime.date(2027, 3, 7), 35)
        True
        >>> is_stale(datetime.date(2027, 1, 31), datetime.date(2027, 1, 1),
        ...          datetime.date(2027, 3, 6), 35)
        False
    """
    if stale_after_days is None or not active:
        return False
    if start is not None and day < start:
        return False
    since = last if last is not None else start
    return since is not None and (day - since).days >= stale_after_days
