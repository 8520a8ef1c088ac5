"""Progress of a key result, milestone, goal or plan as of a day, and the OKR score.

Everything here is a pure function of (model, as-of day, policy). The clock is
read only when `as_of` is omitted. Progress as of a past day is computed from
the history (check-in dates, `completed_on`, the goal's revisions), never from
the "current" fields, so a report for last March reads what was true in March.

The rules it rests on each live in one place, and this module only calls
them: the value of a key result on a day (`KeyResult.value_on`), a
milestone's (`Milestone.completed_by`), the clamp (`goalkit._measure.share`
and `clamp01`) and what a goal looked like on a day (`Goal.state_on`).
The formulas are explained in `docs/explanation/progress.md`; keep the two
in step.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TypeAlias

from goalkit._errors import expect_type
from goalkit._measure import clamp01, share
from goalkit._model import Ambition, Goal, GoalState, GoalStatus, KeyResult, Milestone, Plan
from goalkit._progress.activity import goal_activity, is_stale, latest
from goalkit._progress.forecast import goal_forecast, key_result_forecast
from goalkit._progress.policy import Health, ProgressPolicy, as_of_day, chosen_policy, judge
from goalkit._progress.result import Part, PartKind, Progress

__all__ = ["expected_share", "okr_score", "progress", "progress_by_goal"]

_ACHIEVED: Final = GoalStatus.ACHIEVED
_ABANDONED: Final = GoalStatus.ABANDONED
#: Below this total weight, weight * value may underflow: the mean is taken on rescaled weights.
_TINY_TOTAL: Final = 1e-280

#: The kind of part each item is.
_KIND: Final[Mapping[type, PartKind]] = {
    KeyResult: "key_result",
    Milestone: "milestone",
    Goal: "goal",
}


# ------------------------------------------------------------ the arithmetic


def expected_share(
    start: datetime.date | None, due: datetime.date | None, day: datetime.date
) -> float | None:
    """The share of the start..due span elapsed on *day*, 0..1; None without both dates.

    Examples:
        >>> import datetime
        >>> expected_share(datetime.date(2027, 1, 1), datetime.date(2027, 1, 11),
        ...                datetime.date(2027, 1, 6))
        0.5
    """
    if start is None or due is None:
        return None
    span = (due - start).days
    if span <= 0:  # due on the start day (or, in an inconsistent history, before it)
        return 1.0 if day >= due else 0.0
    return clamp01((day - start).days / span)


def _part(item: KeyResult | Milestone | Goal, weight: float, value: float) -> Part:
    return Part(id=item.id, title=item.title, weight=weight, value=value, kind=_KIND[type(item)])


def _mean(parts: Sequence[Part]) -> float | None:
    """The weighted mean of the parts' values; None without parts."""
    total = weighted = 0.0
    for part in parts:
        total += part.weight
        weighted += part.weight * part.value
    if 0 < total < _TINY_TOTAL:
        return _rescaled_mean(parts)
    return weighted / total if total > 0 else None


def _rescaled_mean(parts: Sequence[Part]) -> float:
    """The weighted mean of *parts*, with the weights divided by the largest first.

    For weights so small that weight * value underflows to 0 (such as 5e-324).
    """
    largest = max(part.weight for part in parts)
    total = weighted = 0.0
    for part in parts:
        weight = part.weight / largest
        total += weight
        weighted += weight * part.value
    return weighted / total


def _judged(
    value: float | None,
    start: datetime.date | None,
    due: datetime.date | None,
    day: datetime.date,
    policy: ProgressPolicy,
    *,
    status: GoalStatus | None = None,
    forecast: datetime.date | None = None,
    parts: Sequence[Part] = (),
    last_activity: datetime.date | None = None,
    active: bool | None = None,
    success: float = 1.0,
) -> Progress:
    """The `Progress` of a value over the start..due span: expected share, staleness, health.

    *active* says whether silence matters (default: unless *status* says otherwise).
    """
    expected = expected_share(start, due, day)
    if active is None:
        active = status is None or status is GoalStatus.ACTIVE
    stale = is_stale(last_activity, start, day, policy.stale_after_days, active=active)
    return Progress(
        value=value,
        expected=expected,
        health=judge(
            value, expected, day, start, due, policy, status, stale=stale, success=success
        ),
        forecast=forecast,
        as_of=day,
        parts=tuple(parts),
        last_activity=last_activity,
        stale=stale,
    )


# ------------------------------------------------------------------ goals


#: A goal's result inside one calculation, what its parent needs: (the goal on the day, value).
#: A plain tuple: one is built for every goal of a plan, and a NamedTuple costs a call more.
_State: TypeAlias = tuple[GoalState, float | None]


def _counted_children(
    children: Iterable[Goal], states: Mapping[str, _State]
) -> Iterator[tuple[Goal, float, float]]:
    """`(child, weight, value)` of each child goal (or root goal) that counts towards its parent.

    Abandoned goals, goals of weight 0 and goals with nothing measurable do not count.
    """
    for child in children:
        fields, value = states[child.id]
        if value is not None and fields.weight > 0 and fields.status is not _ABANDONED:
            yield child, fields.weight, value


class _Calculator:
    """One calculation as of one day: each goal is computed once and remembered."""

    __slots__ = ("activity", "children", "day", "forecasts", "parts", "policy", "states")

    def __init__(self, plan: Plan | None, day: datetime.date, policy: ProgressPolicy) -> None:
        self.day = day
        self.policy = policy
        self.states: dict[str, _State] = {}
        self.forecasts: dict[str, datetime.date | None] = {}
        self.activity: dict[str, datetime.date | None] = {}
        # Parts kept by evaluate_all(with_parts=True), with the goal they were computed for.
        self.parts: dict[str, tuple[Goal, list[Part]]] = {}
        # Children by parent id (None: the roots), in plan order; empty without a plan.
        grouped: dict[str | None, list[Goal]] = {}
        if plan is not None:
            for goal in plan.goals:
                grouped.setdefault(goal.parent_id, []).append(goal)
        self.children: dict[str | None, list[Goal]] = grouped

    def _below(self, goal: Goal, done: Mapping[str, object]) -> list[Goal]:
        """*goal* and the goals below it not yet in *done*, each after its children."""
        order: list[Goal] = []
        stack = [goal]
        children = self.children
        while stack:
            current = stack.pop()
            order.append(current)
            stack.extend(child for child in children.get(current.id, ()) if child.id not in done)
        order.reverse()
        return order

    def evaluate(self, goal: Goal) -> _State:
        """Compute *goal* and every goal below it, children first, without recursion."""
        states = self.states
        if goal.id not in states:
            for current in self._below(goal, states):
                states[current.id] = self._state(current, None)
        return states[goal.id]

    def evaluate_all(self, goals: Sequence[Goal], *, with_parts: bool = False) -> None:
        """Compute every goal of a plan: each parent after its children."""
        pending = [goal for goal in goals if goal.parent_id is None]
        order: list[Goal] = []
        children = self.children
        while pending:
            current = pending.pop()
            order.append(current)
            pending.extend(children.get(current.id, ()))
        states = self.states
        kept = self.parts
        for current in reversed(order):
            parts: list[Part] | None = [] if with_parts else None
            states[current.id] = self._state(current, parts)
            if parts is not None:
                kept[current.id] = (current, parts)

    def _state(self, goal: Goal, parts: list[Part] | None) -> _State:
        day = self.day
        fields = goal.state_on(day)
        total = weighted = 0.0
        # One loop, no intermediate lists: this runs for every key result of a plan.
        for item in fields.key_results + fields.milestones:
            weight = item.weight
            if weight > 0:
                if isinstance(item, KeyResult):
                    value = share(item, item.value_on(day))
                else:
                    value = 1.0 if item.completed_by(day) else 0.0
                total += weight
                weighted += weight * value
                if parts is not None:
                    parts.append(_part(item, weight, value))
        children = self.children.get(goal.id)
        if children:
            for child, weight, value in _counted_children(children, self.states):
                total += weight
                weighted += weight * value
                if parts is not None:
                    parts.append(_part(child, weight, value))
        if fields.status is _ACHIEVED:
            return fields, 1.0
        if 0 < total < _TINY_TOTAL:
            if parts is None:
                parts = []
                self._state(goal, parts)
            return fields, _rescaled_mean(parts)
        # weighted <= total holds in floating point too, so the mean never exceeds 1.
        return fields, weighted / total if total > 0 else None

    def goal_progress(self, goal: Goal) -> Progress:
        """The full `Progress` of *goal*: value, expected, health, forecast and parts."""
        kept = self.parts.get(goal.id)
        if kept is not None and kept[0] is goal:
            parts = kept[1]
            fields, value = self.states[goal.id]
        else:
            self.evaluate(goal)
            parts = []
            fields, value = self._state(goal, parts)
        return _judged(
            value,
            fields.start,
            fields.due,
            self.day,
            self.policy,
            status=fields.status,
            forecast=self.goal_forecast(goal) if self.policy.compute_forecasts else None,
            parts=parts,
            last_activity=self.goal_activity(goal),
            success=self.policy.aspirational_success
            if goal.ambition is Ambition.ASPIRATIONAL
            else 1.0,
        )

    def goal_activity(self, goal: Goal) -> datetime.date | None:
        """The last activity on *goal* or any goal below it, each goal read once."""
        activity = self.activity
        if goal.id not in activity:
            states = self.states
            for current in self._below(goal, activity):
                fields = states[current.id][0]
                below = (activity[child.id] for child in self.children.get(current.id, ()))
                own = goal_activity(current, fields, self.day)
                activity[current.id] = latest(iter((own, *below)))
        return activity[goal.id]

    def goal_forecast(self, goal: Goal) -> datetime.date | None:
        """The forecast of *goal*, every goal below it forecast first, without recursion."""
        forecasts = self.forecasts
        if goal.id not in forecasts:
            states = self.states
            for current in self._below(goal, forecasts):
                fields, value = states[current.id]
                children = [
                    forecasts[child.id]
                    for child, _weight, _value in _counted_children(
                        self.children.get(current.id, ()), states
                    )
                ]
                forecasts[current.id] = goal_forecast(current, fields, value, self.day, children)
        return forecasts[goal.id]


# ------------------------------------------------------------- one item


def _owner_of(plan: Plan | None, item_id: str, kind: str) -> Goal | None:
    if plan is None:
        return None
    for goal in plan.goals:
        items = goal.key_results if kind == "key_result" else goal.milestones
        if any(item.id == item_id for item in items):
            return goal
    return None


def _key_result_progress(
    key_result: KeyResult, day: datetime.date, policy: ProgressPolicy, plan: Plan | None
) -> Progress:
    owner = _owner_of(plan, key_result.id, "key_result")
    start = due = None
    active = True
    if owner is not None:
        fields = owner.state_on(day)
        start, due, active = fields.start, fields.due, fields.status is GoalStatus.ACTIVE
    last = key_result.last_check_in(day)
    return _judged(
        share(key_result, key_result.value_on(day)),
        start,
        key_result.due or due,
        day,
        policy,
        forecast=key_result_forecast(key_result, day) if policy.compute_forecasts else None,
        last_activity=None if last is None else last.on,
        active=active,
    )


def _milestone_progress(
    milestone: Milestone, day: datetime.date, _policy: ProgressPolicy, plan: Plan | None
) -> Progress:
    owner = _owner_of(plan, milestone.id, "milestone")
    start = None if owner is None else owner.state_on(day).start
    done = milestone.completed_by(day)
    due = milestone.due
    # A milestone is done or not: it is expected done by its due day, and until then on track.
    expected = None if due is None else (1.0 if day >= due else 0.0)
    if done:
        health = Health.ACHIEVED
    elif start is not None and day < start:
        health = Health.NOT_STARTED
    elif due is None:
        health = Health.UNKNOWN
    else:
        health = Health.OFF_TRACK if day > due else Health.ON_TRACK
    return Progress(
        value=1.0 if done else 0.0,
        expected=expected,
        health=health,
        forecast=milestone.completed_on if done else None,
        as_of=day,
        last_activity=milestone.completed_on if done else None,
    )


def _goal_progress(
    goal: Goal, day: datetime.date, policy: ProgressPolicy, plan: Plan | None
) -> Progress:
    if plan is not None:
        plan.goal(goal.id)  # raises UnknownIdError naming the id
    return _Calculator(plan, day, policy).goal_progress(goal)


def _plan_progress(
    plan: Plan, day: datetime.date, policy: ProgressPolicy, _plan: Plan | None = None
) -> Progress:
    calculator = _Calculator(plan, day, policy)
    calculator.evaluate_all(plan.goals)
    states = calculator.states
    roots = calculator.children.get(None, ())
    counted = list(_counted_children(roots, states))
    parts = [_part(root, weight, value) for root, weight, value in counted]
    # Like for like: the expected share is weighted exactly as the value is.
    expected_parts = [
        _part(root, weight, share)
        for root, weight, _value in counted
        if (share := expected_share(states[root.id][0].start, states[root.id][0].due, day))
        is not None
    ]
    live = [fields for fields, _value in states.values() if fields.status is not _ABANDONED]
    starts = [fields.start for fields in live if fields.start is not None]
    dues = [fields.due for fields in live if fields.due is not None]
    start = min(starts) if starts else None
    due = max(dues) if dues else None
    forecast = None
    if policy.compute_forecasts and parts:
        forecasts = [calculator.goal_forecast(root) for root, _weight, _value in counted]
        known = [forecast for forecast in forecasts if forecast is not None]
        if len(known) == len(forecasts):
            forecast = max(known)
    # A plan whose root goals are all abandoned is abandoned itself.
    abandoned = roots and all(states[root.id][0].status is _ABANDONED for root in roots)
    value = _mean(parts)
    expected = _mean(expected_parts)
    last_activity = latest(calculator.goal_activity(root) for root in roots)
    stale = is_stale(last_activity, start, day, policy.stale_after_days, active=not abandoned)
    return Progress(
        value=value,
        expected=expected,
        health=judge(
            value,
            expected,
            day,
            start,
            due,
            policy,
            _ABANDONED if abandoned else None,
            stale=stale,
        ),
        forecast=forecast,
        as_of=day,
        parts=tuple(parts),
        last_activity=last_activity,
        stale=stale,
    )


#: How each kind of item is measured: (item, day, policy, plan) -> Progress.
_Measure: TypeAlias = Callable[[Any, datetime.date, ProgressPolicy, Plan | None], Progress]
_BY_KIND: Final[Mapping[type, _Measure]] = {
    KeyResult: _key_result_progress,
    Milestone: _milestone_progress,
    Goal: _goal_progress,
    Plan: _plan_progress,
}


# ---------------------------------------------------------------- the API


def progress(
    item: KeyResult | Milestone | Goal | Plan,
    *,
    as_of: datetime.date | None = None,
    plan: Plan | None = None,
    policy: ProgressPolicy | None = None,
) -> Progress:
    """How far *item* has come as of a day, and what that was computed from.

    Values, as of the day:

    - Key result: its value is the last check-in on or before the day, else
      the baseline. INCREASE and DECREASE:
      `clamp((value - baseline) / (target - baseline), 0, 1)`; AT_LEAST and
      AT_MOST: 1 when the threshold is met, else 0.
    - Milestone: 1 once completed on or before the day, else 0.
    - Goal: the weighted mean of its key results, milestones and (given the
      *plan*) child goals; parts of weight 0, abandoned children and
      children with nothing measurable do not count. ACHIEVED is 1; nothing
      to measure is None.
    - Plan: the weighted mean of its root goals, rolled up the same way;
      its expected share is the mean of theirs with the same weights.

    Status, dates, weight, key results and milestones are read as they were
    on the day: revisions made later are undone.

    Args:
        item: A `KeyResult`, `Milestone`, `Goal` or `Plan`.
        as_of: The day to compute for. Default: today (the only clock read).
        plan: For a goal, the plan holding its child goals; for a key result
            or milestone, the plan holding its goal (its start and due give
            the key result's expected share). Ignored for a plan.
        policy: The margins and options; default `ProgressPolicy()`.

    Returns:
        The `Progress`: value, expected, health, forecast, as_of and parts.

    Raises:
        ValidationError: *item* is none of the four kinds, *as_of* is not a
            date (a datetime is refused too), *plan* is not a `Plan`, or
            *policy* is not a `ProgressPolicy`: the message names the
            argument, as in `progress.item: expected a KeyResult, Milestone,
            Goal or Plan, got 'a goal'`.
        UnknownIdError: a goal given with a *plan* that does not hold it.

    Examples:
        >>> import datetime
        >>> from goalkit import KeyResult, CheckIn
        >>> bugs = KeyResult(title="Open bugs", baseline=40, target=10, check_ins=[
        ...     CheckIn(on=datetime.date(2027, 2, 1), value=31)])
        >>> progress(bugs, as_of=datetime.date(2027, 2, 15)).value
        0.3
    """
    expect_type(
        "progress", "item", item, *_BY_KIND, expected="a KeyResult, Milestone, Goal or Plan"
    )
    day = as_of_day("progress", as_of)
    chosen = chosen_policy("progress", policy)
    if plan is not None:
        expect_type("progress", "plan", plan, Plan, expected="a Plan or None")
    return _BY_KIND[type(item)](item, day, chosen, plan)


def progress_by_goal(
    plan: Plan, *, as_of: datetime.date | None = None, policy: ProgressPolicy | None = None
) -> dict[str, Progress]:
    """The `Progress` of every goal in *plan*, by goal id, each goal computed once.

    The same results as `progress(goal, plan=plan)` for each goal, in plan
    order, without recomputing a subtree for every ancestor: the call for a
    report of the whole plan.

    Raises:
        ValidationError: *plan* is not a `Plan`, *as_of* is not a date, or
            *policy* is not a `ProgressPolicy`.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, Milestone, Person, Plan
        >>> plan = Plan(mentee=Person(name="Ana"), goals=[
        ...     Goal(title="Lead a team", id="g-lead"),
        ...     Goal(title="Run a workshop", id="g-ws", parent_id="g-lead", milestones=[
        ...         Milestone(title="Book a room", id="m-room",
        ...                   completed_on=datetime.date(2027, 1, 5))])])
        >>> results = progress_by_goal(plan, as_of=datetime.date(2027, 2, 1))
        >>> {goal_id: result.value for goal_id, result in results.items()}
        {'g-lead': 1.0, 'g-ws': 1.0}
    """
    expect_type("progress_by_goal", "plan", plan, Plan, expected="a Plan")
    day = as_of_day("progress_by_goal", as_of)
    chosen = chosen_policy("progress_by_goal", policy)
    calculator = _Calculator(plan, day, chosen)
    calculator.evaluate_all(plan.goals, with_parts=True)
    return {goal.id: calculator.goal_progress(goal) for goal in plan.goals}


def okr_score(goal: Goal, *, as_of: datetime.date | None = None) -> float | None:
    """The OKR score: the weighted mean of the goal's key-result progress, 0.0 to 1.0.

    Milestones, child goals and the goal's status do not count: this is the
    score of the key results alone. None when no key result has a weight
    above 0.

    Raises:
        ValidationError: *goal* is not a `Goal`, or *as_of* is not a date.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult
        >>> goal = Goal(title="Grow my network", key_results=[
        ...     KeyResult(title="Events attended", target=4, id="kr-ev"),
        ...     KeyResult(title="Coffee chats", target=8, id="kr-chat", weight=3)])
        >>> goal = goal.check_in("kr-ev", 2, on=datetime.date(2027, 3, 1))
        >>> goal = goal.check_in("kr-chat", 6, on=datetime.date(2027, 3, 1))
        >>> okr_score(goal, as_of=datetime.date(2027, 3, 31))  # (1 * 2/4 + 3 * 6/8) / 4
        0.6875
        >>> okr_score(Goal(title="Learn SQL")) is None
        True
    """
    expect_type("okr_score", "goal", goal, Goal, expected="a Goal")
    day = as_of_day("okr_score", as_of)
    parts = [
        _part(key_result, key_result.weight, share(key_result, key_result.value_on(day)))
        for key_result in goal.state_on(day).key_results
        if key_result.weight > 0
    ]
    return _rescaled_mean(parts) if parts else None
