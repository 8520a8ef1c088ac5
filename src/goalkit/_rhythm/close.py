"""How a mentorship ends, and how its goals carry on: `close` and `follow_up`.

Goals continue after a mentorship ends (the domain reading). `close`
records the end of a plan and each goal's `Outcome` from its progress that
day; `follow_up` starts the next plan for the same mentee with the goals
that were not finished, each pointing back to the goal it carries on
(`Goal.carried_from`), measured from where it stood and with no copied
history. Both are pure functions of the plan, the day and the policy.
"""

from __future__ import annotations

import datetime
import enum
from typing import Final

import attrs

from goalkit._errors import ValidationError, expect_type
from goalkit._model import (
    Ambition,
    Direction,
    Goal,
    GoalStatus,
    KeyResult,
    Milestone,
    Outcome,
    Person,
    Plan,
)
from goalkit._model.checks import check_date, check_text
from goalkit._progress import ProgressPolicy, progress_by_goal
from goalkit._progress.policy import chosen_policy

__all__ = ["SAME_MENTOR", "close", "follow_up", "outcome_of"]


class _Same(enum.Enum):
    """The default of `follow_up(mentor=...)`: the closed plan's mentor."""

    MENTOR = enum.auto()


#: `follow_up`'s default: keep the closed plan's mentor.
SAME_MENTOR: Final = _Same.MENTOR


def outcome_of(
    status: GoalStatus, value: float | None, policy: ProgressPolicy, success: float = 1.0
) -> Outcome:
    """How a goal ended, from its status and value on the closing day.

    ACHIEVED when achieved or at *success* (100%, or
    `aspirational_success` for a stretch goal); DROPPED when abandoned or
    never agreed (still a DRAFT); PARTIAL from `policy.partial_at`; MISSED
    below, or with nothing measurable.

    Examples:
        >>> outcome_of(GoalStatus.ACTIVE, 0.75, ProgressPolicy())
        <Outcome.PARTIAL: 'partial'>
        >>> outcome_of(GoalStatus.ACTIVE, 0.75, ProgressPolicy(), success=0.7)
        <Outcome.ACHIEVED: 'achieved'>
    """
    if status is GoalStatus.ACHIEVED:
        return Outcome.ACHIEVED
    if status in (GoalStatus.ABANDONED, GoalStatus.DRAFT):
        return Outcome.DROPPED
    if value is None:
        return Outcome.MISSED
    if value >= success:
        return Outcome.ACHIEVED
    return Outcome.PARTIAL if value >= policy.partial_at else Outcome.MISSED


def close(
    plan: Plan, on: datetime.date, *, notes: str = "", policy: ProgressPolicy | None = None
) -> Plan:
    """Return *plan* closed on *on*: `closed_on`, `closing_notes`, and every goal's outcome.

    Each goal's `Outcome` comes from its progress that day (see
    `outcome_of`): ACHIEVED when achieved or at 100% (70% for an
    aspirational goal), PARTIAL from `ProgressPolicy.partial_at` (0.7),
    MISSED below, DROPPED when abandoned or never agreed. A closed plan
    refuses new goals, check-ins and agreements: start a `follow_up`.

    Raises:
        ValidationError: *plan* is not a `Plan`, *on* is not a date, *notes*
            is not text, the plan is already closed, or something was
            recorded after *on*.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult, Person, Plan
        >>> plan = Plan(mentee=Person(name="Ana", id="ana"), goals=[
        ...     Goal(title="Attend four industry events", id="g-net",
        ...          start=datetime.date(2027, 1, 1), due=datetime.date(2027, 6, 30),
        ...          key_results=[KeyResult(title="Events attended", target=4, id="kr-ev")])])
        >>> plan = plan.replace_goal(plan.goal("g-net").check_in(
        ...     "kr-ev", 3, on=datetime.date(2027, 6, 1)))
        >>> closed = close(plan, datetime.date(2027, 6, 30), notes="A good six months")
        >>> closed.closed_on, closed.goal("g-net").outcome
        (datetime.date(2027, 6, 30), <Outcome.PARTIAL: 'partial'>)
    """
    expect_type("close", "plan", plan, Plan, expected="a Plan")
    check_date("close", "on", on)
    check_text("close", "notes", notes)
    chosen = chosen_policy("close", policy)
    if plan.closed_on is not None:
        raise ValidationError(
            "close", "plan", f"an open plan (it was closed on {plan.closed_on.isoformat()})"
        )
    results = progress_by_goal(plan, as_of=on, policy=attrs.evolve(chosen, compute_forecasts=False))
    goals = []
    for goal in plan.goals:
        success = chosen.aspirational_success if goal.ambition is Ambition.ASPIRATIONAL else 1.0
        outcome = outcome_of(goal.status_on(on), results[goal.id].value, chosen, success)
        goals.append(attrs.evolve(goal, outcome=outcome))
    return attrs.evolve(plan, goals=tuple(goals), closed_on=on, closing_notes=notes)


def _carried_key_result(
    key_result: KeyResult, closed_on: datetime.date, suffix: str
) -> KeyResult | None:
    """The key result measured from where it stood, or None when it was already reached."""
    value = key_result.value_on(closed_on)
    direction = key_result.resolved_direction
    if direction is Direction.INCREASE and value >= key_result.target:
        return None
    if direction is Direction.DECREASE and value <= key_result.target:
        return None
    return KeyResult(
        title=key_result.title,
        target=key_result.target,
        baseline=value,
        unit=key_result.unit,
        direction=key_result.direction,
        weight=key_result.weight,
        due=None,
        id=key_result.id + suffix,
    )


def _carried_due(goal: Goal, on: datetime.date) -> datetime.date | None:
    """A carried goal keeps its span from the new start; without one, its due day if still ahead."""
    if goal.start is not None and goal.due is not None:
        return on + (goal.due - goal.start)
    return goal.due if goal.due is not None and goal.due >= on else None


def _carried_goal(goal: Goal, plan: Plan, on: datetime.date, carried: set[str]) -> Goal:
    assert plan.closed_on is not None  # follow_up checked it
    suffix = f"-{on.isoformat()}"
    key_results = [
        kept
        for key_result in goal.key_results
        if (kept := _carried_key_result(key_result, plan.closed_on, suffix)) is not None
    ]
    milestones = [
        Milestone(
            title=milestone.title,
            due=milestone.due if milestone.due is not None and milestone.due >= on else None,
            weight=milestone.weight,
            id=milestone.id + suffix,
        )
        for milestone in goal.milestones
        if not milestone.completed_by(plan.closed_on)
    ]
    parent = goal.parent_id
    return Goal(
        title=goal.title,
        id=goal.id + suffix,
        description=goal.description,
        kind=goal.kind,
        owner=goal.owner,
        start=on,
        due=_carried_due(goal, on),
        status=GoalStatus.DRAFT,
        weight=goal.weight,
        parent_id=parent + suffix if parent is not None and parent in carried else None,
        relevance=goal.relevance,
        tags=goal.tags,
        key_results=key_results,
        milestones=milestones,
        ambition=goal.ambition,
        carried_from=goal.id,
    )


def follow_up(
    plan: Plan,
    on: datetime.date,
    *,
    mentor: Person | _Same | None = SAME_MENTOR,
    title: str | None = None,
) -> Plan:
    """A new plan for the same mentee, carrying on the goals the closed *plan* did not finish.

    The unfinished goals are those whose outcome was PARTIAL or MISSED.
    Each is copied with a new id (its old id and ``-`` *on*),
    `carried_from` = the original goal's id, start = *on*, the same span
    (due = *on* + its old due - start), key results measured from their
    last recorded values (a key result already reached is left behind),
    the milestones not yet completed, and no copied history: no check-ins,
    reviews, revisions or agreements. Carried goals start as DRAFT, to be
    agreed afresh with the mentor (`Plan.agree`); a parent not carried
    leaves its children at the top. The cadence keeps its rhythm from *on*.

    Args:
        plan: a closed plan (`close`).
        on: the new plan's first day, on or after the closing day.
        mentor: the new plan's mentor: the same one (the default), another
            `Person`, or None.
        title: the new plan's title; default: the old one.

    Raises:
        ValidationError: *plan* is not closed, *on* is before its closing
            day or not a date, or *mentor* is not a `Person` or None.

    Examples:
        >>> import datetime
        >>> from goalkit import example_plan
        >>> closed = close(example_plan(), datetime.date(2027, 6, 30))
        >>> after = follow_up(closed, datetime.date(2027, 7, 1))
        >>> [goal.carried_from for goal in after.goals]  # the achieved dbt goal stays behind
        ['g-team-lead', 'g-presentations', 'g-networking', 'g-mentor']
        >>> goal = after.goals[0]
        >>> goal.id, goal.status, goal.start
        ('g-team-lead-2027-07-01', <GoalStatus.DRAFT: 'draft'>, datetime.date(2027, 7, 1))
        >>> goal.key_results[0].baseline  # measured from where it stood: 5 of 12 plannings
        5
    """
    expect_type("follow_up", "plan", plan, Plan, expected="a Plan")
    check_date("follow_up", "on", on)
    if plan.closed_on is None:
        raise ValidationError(
            "follow_up", "plan", "a closed plan (close it first with goalkit.close)"
        )
    if on < plan.closed_on:
        raise ValidationError(
            "follow_up",
            "on",
            f"a day on or after the plan was closed ({plan.closed_on.isoformat()})",
            got=on,
        )
    if mentor is SAME_MENTOR:
        mentor = plan.mentor
    expect_type("follow_up", "mentor", mentor, Person, type(None), expected="a Person or None")
    if title is not None:
        check_text("follow_up", "title", title)
    unfinished = [goal for goal in plan.goals if goal.outcome in (Outcome.PARTIAL, Outcome.MISSED)]
    carried = {goal.id for goal in unfinished}
    cadence = plan.cadence
    return Plan(
        mentee=plan.mentee,
        mentor=mentor,
        goals=[_carried_goal(goal, plan, on, carried) for goal in unfinished],
        cadence=None if cadence is None else attrs.evolve(cadence, anchor=on),
        id=f"{plan.id}-{on.isoformat()}",
        title=plan.title if title is None else title,
    )
