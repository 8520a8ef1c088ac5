"""Achievable: a pace the evidence says is reachable, and a load the owner can carry.

The pace and confidence rules read each key result through the model's one
rule for "the value on a day" (`KeyResult.check_ins_until`,
`last_check_in`, `value_on`) and the one clamp (`goalkit._measure.reached`),
so SMART never disagrees with progress about where a key result stands.
The workload rule counts an owner's active goals that overlap the goal's
span; it is computed once per plan and day, and reused for every goal.
"""

from __future__ import annotations

import bisect
import datetime
import math
import weakref
from collections.abc import Iterator
from typing import Final

from goalkit._measure import reached
from goalkit._model import CheckIn, Direction, Goal, GoalStatus, KeyResult, Plan
from goalkit._schedule import years_between
from goalkit._smart.catalogue import finding
from goalkit._smart.findings import Finding, number_text, quote
from goalkit._smart.policy import SmartContext, SmartPolicy, has_goal
from goalkit._words import plural

__all__ = ["breakdown", "confidence", "key_result_count", "owner_workload", "pace"]

_PLANNED = (GoalStatus.ACTIVE, GoalStatus.DRAFT)


# ------------------------------------------------------------------- workload


def owner_workload(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """A-OVERLOAD: the owner carries no more than `max_concurrent_goals` active goals at once.

    Counts the plan's active goals of the same owner whose span meets this
    goal's; goals without dates count as running all the time, and a goal
    not yet in the plan counts with the plan's goals.
    """
    plan = context.plan
    limit = context.policy.max_concurrent_goals
    if plan is None or limit is None or context.status_of(goal) not in _PLANNED:
        return
    owner = context.owner_of(goal)
    assert owner is not None  # a plan gives every goal an owner
    workload = _workloads(plan, context.as_of).by_owner.get(owner)
    start, due = _span(goal)
    count = 1
    if workload is not None:
        count += workload.overlapping(start, due)
        own = workload.by_id.get(goal.id)
        if own is not None and own[0] <= due and own[1] >= start:
            count -= 1  # the plan's copy of this goal is already counted once
    if count <= limit:
        return
    yield finding(
        "A-OVERLOAD",
        message=f"{owner!r} has {count} active goals at the same time as this one "
        f"(the policy allows {limit}).",
        path="owner",
    )


# An owner's workload: computed once per (plan, day) and reused for every goal in it.

_FAR_PAST: Final = -1
_FAR_FUTURE: Final = 10**8


class _Workload:
    """One owner's active goals as sorted start and due ordinals, for counting overlaps."""

    __slots__ = ("by_id", "dues", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.dues: list[int] = []
        self.by_id: dict[str, tuple[int, int]] = {}

    def overlapping(self, start: int, due: int) -> int:
        # Goals whose span meets [start, due]: all, less those starting after it or due before.
        return (
            len(self.starts)
            - (len(self.starts) - bisect.bisect_right(self.starts, due))
            - bisect.bisect_left(self.dues, start)
        )


def _span(goal: Goal) -> tuple[int, int]:
    start = _FAR_PAST if goal.start is None else goal.start.toordinal()
    due = _FAR_FUTURE if goal.due is None else goal.due.toordinal()
    return start, due


class _PlanWorkloads:
    """Every owner's workload in a plan on a day."""

    __slots__ = ("as_of", "by_owner", "plan_ref")

    def __init__(self, plan: Plan, as_of: datetime.date) -> None:
        self.plan_ref = weakref.ref(plan)
        self.as_of = as_of
        self.by_owner: dict[str, _Workload] = {}
        for goal in plan.goals:
            if goal.status_on(as_of) is not GoalStatus.ACTIVE:
                continue
            owner = plan.mentee.id if goal.owner is None else goal.owner
            workload = self.by_owner.setdefault(owner, _Workload())
            start, due = _span(goal)
            workload.starts.append(start)
            workload.dues.append(due)
            workload.by_id[goal.id] = (start, due)
        for workload in self.by_owner.values():
            workload.starts.sort()
            workload.dues.sort()


_last_workloads: _PlanWorkloads | None = None


def _workloads(plan: Plan, as_of: datetime.date) -> _PlanWorkloads:
    global _last_workloads  # a one-entry cache, keyed on the plan's identity
    cached = _last_workloads
    if cached is not None and cached.plan_ref() is plan and cached.as_of == as_of:
        return cached
    workloads = _PlanWorkloads(plan, as_of)
    _last_workloads = workloads
    return workloads


# ---------------------------------------------------------------- key results


def key_result_count(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """A-FEW-KEY-RESULTS and A-MANY-KEY-RESULTS: `min_key_results` to `max_key_results` of them."""
    policy = context.policy
    count = len(goal.key_results)
    if 0 < count < policy.min_key_results:
        yield finding(
            "A-FEW-KEY-RESULTS",
            message=f"{plural(count, 'key result')}; an OKR usually has "
            f"{policy.min_key_results} to {policy.max_key_results}.",
            path="key_results",
        )
    elif count > policy.max_key_results:
        yield finding(
            "A-MANY-KEY-RESULTS",
            message=f"{count} key results spread the effort thin "
            f"(more than {policy.max_key_results}).",
            path="key_results",
        )


def pace(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """A-PACE, A-PACE-TIGHT and A-NO-HISTORY: the pace needed is one the evidence supports.

    For each key result of an active goal that moves toward a target, the
    pace needed from its last check-in to its due date is compared with the
    pace since the goal's start (or the first check-in). A key result that
    has `reached` its target, or keeps a threshold, has no pace to judge.
    """
    as_of = context.as_of
    if context.status_of(goal) is not GoalStatus.ACTIVE:
        return
    policy = context.policy
    unknown: list[str] = []
    for index, kr in enumerate(goal.key_results):
        if kr.resolved_direction not in (Direction.INCREASE, Direction.DECREASE):
            continue  # a threshold to keep has no pace
        due = kr.due or goal.due
        if due is None:
            continue
        history = kr.check_ins_until(as_of)
        if not history:
            unknown.append(kr.title)
            continue
        last = history[-1]  # the check-in that counts: kr.last_check_in(as_of)
        if reached(kr, last.value):
            continue
        if last.on >= due:
            yield _short_at_due(kr, index, due, last)
            continue
        if goal.start is not None and goal.start < last.on:
            origin_day, origin_value = goal.start, kr.baseline
        else:
            origin_day, origin_value = history[0].on, history[0].value
        if (last.on - origin_day).days < policy.min_history_days:
            unknown.append(kr.title)
            continue
        judged = _pace_finding(kr, index, due, last, (origin_day, origin_value), policy)
        if judged is not None:
            yield judged
    just_started = goal.start is not None and (as_of - goal.start).days < policy.min_history_days
    if unknown and not just_started:
        names = ", ".join(quote(title) for title in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        yield finding(
            "A-NO-HISTORY",
            message=f"Too little check-in history to judge the pace of {names}{more}.",
            hint=f"Check in regularly; the pace is judged after {policy.min_history_days} days "
            "of history.",
            path="key_results",
        )


def _unit(kr: KeyResult) -> str:
    return f" {kr.unit}" if kr.unit else ""


def _sign(kr: KeyResult) -> int:
    # 1 when the key result moves up toward its target, -1 when down.
    return 1 if kr.resolved_direction is Direction.INCREASE else -1


def _toward_target(kr: KeyResult, value: float) -> float:
    """How far *value* is from the target, in the direction the key result moves."""
    return (kr.target - value) * _sign(kr)


def _short_at_due(kr: KeyResult, index: int, due: datetime.date, last: CheckIn) -> Finding:
    return finding(
        "A-PACE",
        message=f"Key result {quote(kr.title)} was due on {due.isoformat()} and is "
        f"{number_text(_toward_target(kr, last.value))}{_unit(kr)} short of "
        f"{number_text(kr.target)}.",
        path=f"key_results[{index}]",
    )


def _pace_finding(
    kr: KeyResult,
    index: int,
    due: datetime.date,
    last: CheckIn,
    origin: tuple[datetime.date, float],
    policy: SmartPolicy,
) -> Finding | None:
    origin_day, origin_value = origin
    remaining = _toward_target(kr, last.value)
    observed = (last.value - origin_value) * _sign(kr) / (last.on - origin_day).days
    required = remaining / (due - last.on).days
    ratio = math.inf if observed <= 0 else required / observed
    if ratio <= policy.pace_warning_ratio:
        return None
    unit = _unit(kr)
    so_far = (
        f"{ratio:.1f}× the {number_text(observed * 7)}{unit} a week so far"
        if observed > 0
        else f"and it has not moved toward the target since {origin_day.isoformat()}"
    )
    if observed > 0:
        eta_days = remaining / observed
        eta = (
            (last.on + datetime.timedelta(days=math.ceil(eta_days))).isoformat()
            if eta_days < 3650
            else "more than ten years from now"
        )
        hint = (
            f"At the pace so far it reaches {number_text(kr.target)} around {eta}: move the "
            "due date (goal.revise), lower the target, or plan how to speed up."
        )
    else:
        hint = (
            "Find out with your mentor what is blocking it, then lower the target "
            "or move the due date."
        )
    failed = ratio > policy.max_pace_ratio
    return finding(
        "A-PACE" if failed else "A-PACE-TIGHT",
        message=f"Key result {quote(kr.title)} needs {number_text(required * 7)}{unit} a week "
        f"from {last.on.isoformat()} to {due.isoformat()}, {so_far}.",
        hint=hint,
        path=f"key_results[{index}]",
    )


def confidence(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """A-LOW-CONFIDENCE: the latest confidence recorded is above `low_confidence`.

    Reads the check-ins up to the day; a key result that has `reached` its
    target on that day draws nothing, whatever the confidence said.
    """
    as_of = context.as_of
    if context.status_of(goal) is not GoalStatus.ACTIVE:
        return
    for index, kr in enumerate(goal.key_results):
        history = kr.check_ins_until(as_of)
        position = len(history) - 1
        while position >= 0 and history[position].confidence is None:
            position -= 1
        if position < 0:
            continue
        latest = history[position].confidence
        assert latest is not None  # the loop stopped on a check-in with a confidence
        if latest > context.policy.low_confidence or reached(kr, kr.value_on(as_of)):
            continue
        yield finding(
            "A-LOW-CONFIDENCE",
            message=f"The latest confidence in {quote(kr.title)} is {latest} out of 10.",
            path=f"key_results[{index}].check_ins[{position}].confidence",
        )


# ------------------------------------------------------------------ breakdown


def breakdown(goal: Goal, context: SmartContext) -> Iterator[Finding]:
    """A-NO-BREAKDOWN: a goal longer than `long_term_days` is broken into steps.

    Milestones, key results with due dates, or child goals in the plan
    count as steps. The span is start (or the day) to due, or to the end of
    the statement's time frame.
    """
    if context.status_of(goal) not in _PLANNED:
        return
    span = _span_end(goal, context)
    if span is None or (span[1] - span[0]).days <= context.policy.long_term_days:
        return
    if goal.milestones or any(kr.due is not None for kr in goal.key_results):
        return
    plan = context.plan
    if plan is not None and has_goal(plan, goal.id) and plan.children(goal.id):
        return
    years = years_between(*span)
    yield finding(
        "A-NO-BREAKDOWN",
        message=f"A long-term goal (about {number_text(round(years, 1))} years) with no "
        "milestones, dated key results or short-term goals under it.",
        path="milestones",
    )


def _span_end(goal: Goal, context: SmartContext) -> tuple[datetime.date, datetime.date] | None:
    begin = goal.start or context.as_of
    if goal.due is not None:
        return begin, goal.due
    if context.analysis.time_frames:
        try:
            return begin, context.analysis.time_frames[0].due_from(begin)
        except (OverflowError, ValueError):
            return None
    return None
