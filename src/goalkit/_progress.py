"""Progress: how far a key result, milestone, goal or plan has come as of a day, and why.

Everything here is a pure function of (model, as-of day, policy). The clock is
read only when `as_of` is omitted. Progress as of a past day is computed from
the history (check-in dates, `completed_on`, the goal's revisions), never from
the "current" fields, so a report for last March reads what was true in March.

The formulas, thresholds and forecast method are explained in
`docs/explanation/progress.md`; keep the two in step.
"""

from __future__ import annotations

import datetime
import enum
import math
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from operator import attrgetter, itemgetter
from typing import Any, Final, Literal, NamedTuple, TypeAlias

import attrs

from goalkit._display_hook import repr_html
from goalkit._errors import ValidationError
from goalkit._model import (
    Direction,
    Goal,
    GoalStatus,
    KeyResult,
    Milestone,
    Plan,
)

__all__ = [
    "Celebration",
    "Health",
    "Part",
    "PartKind",
    "Progress",
    "ProgressPolicy",
    "celebrations",
    "due_reviews",
    "next_review",
    "okr_score",
    "progress",
    "progress_by_goal",
]

_ON: Final = attrgetter("on")
_FIRST: Final = itemgetter(0)
_INCREASE: Final = Direction.INCREASE
_DECREASE: Final = Direction.DECREASE
_AT_LEAST: Final = Direction.AT_LEAST
_ACHIEVED: Final = GoalStatus.ACHIEVED
_ABANDONED: Final = GoalStatus.ABANDONED
_LAST_ORDINAL: Final = datetime.date.max.toordinal()
#: Below this total weight, weight * value may underflow: the mean is taken on rescaled weights.
_TINY_TOTAL: Final = 1e-280

#: What a part of a goal or plan is.
PartKind: TypeAlias = Literal["key_result", "milestone", "goal"]

#: What a celebration is for.
CelebrationKind: TypeAlias = Literal["milestone", "key_result", "goal"]


# ---------------------------------------------------------------- the values


class Health(enum.Enum):
    """How an item is doing as of a day, judged against the time it has had.

    - `NOT_STARTED`: before its start day (or still a DRAFT goal).
    - `ON_TRACK`: value at least `expected - ProgressPolicy.on_track_margin`.
    - `AT_RISK`: below that, down to `expected - ProgressPolicy.at_risk_margin`.
    - `OFF_TRACK`: further behind, or past its due day and unfinished.
    - `ACHIEVED`: the goal was achieved, or the value reached 1.
    - `ABANDONED`: the goal was abandoned.
    - `UNKNOWN`: nothing measurable, or no start..due span to judge the pace by.

    Examples:
        >>> Health("on_track") is Health.ON_TRACK
        True
    """

    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    ACHIEVED = "achieved"
    ABANDONED = "abandoned"
    UNKNOWN = "unknown"


def _check_margin(name: str, value: object) -> None:
    if type(value) not in (int, float) or not 0 <= value <= 1:  # type: ignore[operator]
        raise ValidationError("ProgressPolicy", name, "a number from 0 to 1", got=value)


@attrs.frozen(kw_only=True)
class ProgressPolicy:
    """The thresholds progress uses, with defaults chosen for mentoring goals.

    Attributes:
        on_track_margin: How far below the expected share a value may be and
            still be ON_TRACK. Default 0.10: check-ins are monthly or so, and
            progress comes in steps (an event attended, a milestone done), so
            being a tenth behind the straight line is normal noise.
        at_risk_margin: How far below expected is still only AT_RISK; beyond
            it is OFF_TRACK. Default 0.25: a quarter of the whole goal behind
            is more than one good month can recover, so it needs a changed
            plan, not just effort.
        forecasts: Whether to compute `Progress.forecast`. Default True. Turn
            it off for whole-plan runs that do not show forecasts: it is the
            costliest part of the calculation.
        review_early_days: A review held up to this many days before a
            cadence date counts for that date (`due_reviews`). Default 0: only
            a review held on or after the date counts.

    Raises:
        ValidationError: a margin outside 0..1, `on_track_margin` above
            `at_risk_margin`, or `review_early_days` not a whole number of
            days from 0 to 366.

    Examples:
        >>> ProgressPolicy().on_track_margin, ProgressPolicy().at_risk_margin
        (0.1, 0.25)
        >>> ProgressPolicy(on_track_margin=0.05, at_risk_margin=0.2).at_risk_margin
        0.2
    """

    on_track_margin: float = 0.10
    at_risk_margin: float = 0.25
    forecasts: bool = True
    review_early_days: int = 0

    def __attrs_post_init__(self) -> None:
        _check_margin("on_track_margin", self.on_track_margin)
        _check_margin("at_risk_margin", self.at_risk_margin)
        if self.on_track_margin > self.at_risk_margin:
            raise ValidationError(
                "ProgressPolicy",
                "at_risk_margin",
                f"a margin at least on_track_margin ({self.on_track_margin})",
                got=self.at_risk_margin,
            )
        if type(self.forecasts) is not bool:
            raise ValidationError(
                "ProgressPolicy", "forecasts", "True or False", got=self.forecasts
            )
        days = self.review_early_days
        if type(days) is not int or not 0 <= days <= 366:
            raise ValidationError(
                "ProgressPolicy", "review_early_days", "a whole number from 0 to 366", got=days
            )


_DEFAULT_POLICY: Final = ProgressPolicy()


@attrs.frozen(kw_only=True)
class Part:
    """One thing a goal's or plan's value was computed from, and what it contributed.

    Only parts that counted are listed: parts of weight 0, abandoned child
    goals and child goals with nothing measurable are left out. So, unless
    the goal is ACHIEVED (which counts as 1), the goal's value is
    `sum(p.weight * p.value for p in parts) / sum(p.weight for p in parts)`.

    Attributes:
        id: The key result's, milestone's or goal's id.
        title: Its title.
        weight: Its weight as of the day.
        value: Its progress as of the day, 0..1.
        kind: `"key_result"`, `"milestone"` or `"goal"` (a child goal, or a
            plan's root goal).

    Examples:
        >>> Part(id="kr-events", title="Events attended", weight=1, value=0.5,
        ...      kind="key_result")
        Part(id='kr-events', title='Events attended', weight=1, value=0.5, kind='key_result')
    """

    id: str
    title: str
    weight: float
    value: float
    kind: PartKind


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


@attrs.frozen(kw_only=True, repr=False)
class Progress:
    """How far an item has come as of a day, and what that was computed from.

    Attributes:
        value: Progress from 0 to 1, or None when nothing is measurable.
        expected: The share of the item's time that has passed, 0 to 1, or
            None without dates to measure it.
        health: `value` judged against `expected` (see `Health`).
        forecast: The day the item is projected to be complete, the day it
            was completed, or None when there is no rising trend to project.
        as_of: The day this was computed for.
        parts: What the value was computed from (empty for a key result or
            a milestone): answers "why 62%?".

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult
        >>> goal = Goal(title="Attend four industry events", id="g-net",
        ...             start=datetime.date(2027, 1, 1), due=datetime.date(2027, 7, 1),
        ...             key_results=[KeyResult(title="Events attended", target=4, id="kr-ev")])
        >>> goal = goal.check_in("kr-ev", 2, on=datetime.date(2027, 3, 20))
        >>> result = progress(goal, as_of=datetime.date(2027, 4, 1))
        >>> result
        Progress(value=50%, expected=50%, health=ON_TRACK, as_of=2027-04-01, forecast=None, parts=1)
        >>> result.parts[0].title, result.parts[0].value
        ('Events attended', 0.5)
    """

    value: float | None
    expected: float | None
    health: Health
    forecast: datetime.date | None
    as_of: datetime.date
    parts: tuple[Part, ...] = ()

    def __repr__(self) -> str:
        forecast = "None" if self.forecast is None else self.forecast.isoformat()
        return (
            f"Progress(value={_percent(self.value)}, expected={_percent(self.expected)}, "
            f"health={self.health.name}, as_of={self.as_of.isoformat()}, "
            f"forecast={forecast}, parts={len(self.parts)})"
        )

    def _repr_html_(self) -> str:
        """Jupyter's rich display: a bar with the expected share marked, health, and the parts."""
        return repr_html(self)

    def explain(self) -> str:
        """A few lines saying how the value was reached: each part, its weight and value.

        Examples:
            >>> import datetime
            >>> p = Progress(value=0.75, expected=0.5, health=Health.ON_TRACK, forecast=None,
            ...              as_of=datetime.date(2027, 4, 1), parts=(
            ...     Part(id="kr-1", title="Events attended", weight=1, value=0.5,
            ...          kind="key_result"),
            ...     Part(id="m-1", title="Join a meetup group", weight=1, value=1.0,
            ...          kind="milestone")))
            >>> print(p.explain())
            75% as of 2027-04-01 (expected 50%, on track)
              key result  Events attended      weight 1  50%
              milestone   Join a meetup group  weight 1  100%
        """
        lines = [
            f"{_percent(self.value)} as of {self.as_of.isoformat()} "
            f"(expected {_percent(self.expected)}, {self.health.value.replace('_', ' ')})"
        ]
        width = max((len(part.title) for part in self.parts), default=0)
        for part in self.parts:
            kind = part.kind.replace("_", " ")
            lines.append(
                f"  {kind:<10}  {part.title:<{width}}  weight {part.weight:g}  "
                f"{_percent(part.value)}"
            )
        return "\n".join(lines)


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


# ------------------------------------------------------------------- checks


def _check_day(function: str, field: str, value: object) -> datetime.date:
    # A datetime is refused rather than truncated: truncating is where time zones shift days.
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        expected = "a date (not a datetime)" if isinstance(value, datetime.datetime) else "a date"
        raise ValidationError(function, field, expected, got=value)
    return value


def _as_of(value: object) -> datetime.date:
    if value is None:
        return datetime.date.today()
    return _check_day("progress", "as_of", value)


def _policy(value: object) -> ProgressPolicy:
    if value is None:
        return _DEFAULT_POLICY
    if type(value) is not ProgressPolicy:
        raise ValidationError("progress", "policy", "a ProgressPolicy or None", got=value)
    return value


# ----------------------------------------------------------- key results


def _scaled(direction: Direction, baseline: float, target: float, value: float) -> float:
    """The value on a scale where completion is at or above 1 (unclamped).

    INCREASE/DECREASE: the share of the way from baseline to target.
    AT_LEAST/AT_MOST: 1 + the margin by which the threshold is met (negative when missed).
    """
    if direction is _INCREASE or direction is _DECREASE:
        return (value - baseline) / (target - baseline)
    if direction is _AT_LEAST:
        return 1.0 + (value - target)
    return 1.0 + (target - value)


def _clamped(direction: Direction, baseline: float, target: float, value: float) -> float:
    if direction is _INCREASE or direction is _DECREASE:
        share = (value - baseline) / (target - baseline)
        if share <= 0:
            return 0.0
        return 1.0 if share >= 1 else share
    if direction is _AT_LEAST:
        return 1.0 if value >= target else 0.0
    return 1.0 if value <= target else 0.0


def _value_on(key_result: KeyResult, day: datetime.date) -> float:
    check_ins = key_result.check_ins
    if not check_ins:
        return key_result.baseline
    last = check_ins[-1]
    if last.on <= day:
        return last.value
    index = bisect_right(check_ins, day, key=_ON)
    return check_ins[index - 1].value if index else key_result.baseline


def _key_result_value(key_result: KeyResult, day: datetime.date) -> float:
    direction = key_result.direction
    assert direction is not None  # inferred at construction
    return _clamped(direction, key_result.baseline, key_result.target, _value_on(key_result, day))


def _daily_values(key_result: KeyResult, day: datetime.date) -> tuple[list[int], list[float]]:
    """Ordinals and values, one per check-in day up to *day*; a day's last check-in counts."""
    ordinals: list[int] = []
    values: list[float] = []
    for check_in in key_result.check_ins:
        if check_in.on > day:
            break
        ordinal = check_in.on.toordinal()
        if ordinals and ordinals[-1] == ordinal:
            values[-1] = check_in.value
        else:
            ordinals.append(ordinal)
            values.append(check_in.value)
    return ordinals, values


def _reached_days(key_result: KeyResult, day: datetime.date) -> Iterator[datetime.date]:
    """The days up to *day* on which the key result went from short of its target to reaching it."""
    direction = key_result.direction
    assert direction is not None
    baseline, target = key_result.baseline, key_result.target
    done = _clamped(direction, baseline, target, baseline) >= 1
    for ordinal, value in zip(*_daily_values(key_result, day), strict=True):
        now = _clamped(direction, baseline, target, value) >= 1
        if now and not done:
            yield datetime.date.fromordinal(ordinal)
        done = now


def _trend_reaches(
    ordinals: Sequence[int], values: Sequence[float], level: float, day: datetime.date
) -> datetime.date | None:
    """The day a least-squares line through the points reaches *level*, no earlier than *day*.

    None with fewer than two points, a flat or falling line, or a day beyond the calendar.
    """
    count = len(ordinals)
    if count < 2:
        return None
    first = values[0]
    if all(value == first for value in values):
        return None  # flat; tested exactly so that rounding cannot fake a tiny slope
    origin = ordinals[0]
    # Centred sums: values may be large and close together, where the one-pass
    # formula (sum(xy) - n * mean_x * mean_y) loses the sign of the slope.
    mean_x = sum(ordinals) / count - origin
    mean_y = sum(values) / count
    sxx = sxy = 0.0
    for ordinal, value in zip(ordinals, values, strict=True):
        dx = ordinal - origin - mean_x
        sxx += dx * dx
        sxy += dx * (value - mean_y)
    if not sxy > 0:
        return None  # falling (or no trend at all)
    reach = mean_x + (level - mean_y) / (sxy / sxx)
    if not math.isfinite(reach) or origin + reach > _LAST_ORDINAL:
        return None
    return datetime.date.fromordinal(max(origin + math.ceil(reach), day.toordinal()))


def _key_result_forecast(key_result: KeyResult, day: datetime.date) -> datetime.date | None:
    direction = key_result.direction
    assert direction is not None
    baseline, target = key_result.baseline, key_result.target
    if _key_result_value(key_result, day) >= 1:
        reached = None
        for reached in _reached_days(key_result, day):  # noqa: B007 - the last one is wanted
            pass
        return reached
    ordinals, values = _daily_values(key_result, day)
    scaled = [_scaled(direction, baseline, target, value) for value in values]
    return _trend_reaches(ordinals, scaled, 1.0, day)


# --------------------------------------------------------------- expected


def _expected(
    start: datetime.date | None, due: datetime.date | None, day: datetime.date
) -> float | None:
    if start is None or due is None:
        return None
    span = (due - start).days
    if span <= 0:  # due on the start day (or, in an inconsistent history, before it)
        return 1.0 if day >= due else 0.0
    share = (day - start).days / span
    if share <= 0:
        return 0.0
    return 1.0 if share >= 1 else share


def _health(
    value: float | None,
    expected: float | None,
    day: datetime.date,
    start: datetime.date | None,
    due: datetime.date | None,
    policy: ProgressPolicy,
    status: GoalStatus | None = None,
) -> Health:
    # The order is the rule: each line wins over the ones below it.
    if status is _ABANDONED:
        return Health.ABANDONED
    if status is _ACHIEVED or (value is not None and value >= 1):
        return Health.ACHIEVED
    if status is GoalStatus.DRAFT or (start is not None and day < start):
        return Health.NOT_STARTED
    if value is None:
        return Health.UNKNOWN
    if due is not None and day > due:
        return Health.OFF_TRACK
    if expected is None:
        return Health.UNKNOWN
    if value >= expected - policy.on_track_margin:
        return Health.ON_TRACK
    if value >= expected - policy.at_risk_margin:
        return Health.AT_RISK
    return Health.OFF_TRACK


# ------------------------------------------------------------------ goals


class _Fields(NamedTuple):
    """The goal fields progress reads, as they were on a day."""

    status: GoalStatus
    start: datetime.date | None
    due: datetime.date | None
    weight: float
    key_results: tuple[KeyResult, ...]
    milestones: tuple[Milestone, ...]


_REVISED: Final = frozenset(_Fields._fields)


def _fields_on(goal: Goal, day: datetime.date) -> _Fields:
    """The goal's status, dates, weight, key results and milestones as they were on *day*.

    Revisions made after *day* are undone, newest first, like `Goal.status_on`.
    """
    revisions = goal.revisions
    if not revisions or revisions[-1].on <= day:
        return _Fields(
            goal.status, goal.start, goal.due, goal.weight, goal.key_results, goal.milestones
        )
    values: dict[str, Any] = {
        "status": goal.status,
        "start": goal.start,
        "due": goal.due,
        "weight": goal.weight,
        "key_results": goal.key_results,
        "milestones": goal.milestones,
    }
    for revision in reversed(revisions):
        if revision.on <= day:
            break
        for name, (old, _new) in revision.changes.items():
            if name in _REVISED:
                values[name] = old
    return _Fields(**values)


class _State(NamedTuple):
    """A goal's result inside one calculation: what its parent needs."""

    fields: _Fields
    value: float | None


class _Calculator:
    """One calculation as of one day: each goal is computed once and remembered."""

    __slots__ = ("children", "day", "forecasts", "parts", "policy", "states")

    def __init__(self, plan: Plan | None, day: datetime.date, policy: ProgressPolicy) -> None:
        self.day = day
        self.policy = policy
        self.states: dict[str, _State] = {}
        self.forecasts: dict[str, datetime.date | None] = {}
        # Parts kept by evaluate_all(with_parts=True), with the goal they were computed for.
        self.parts: dict[str, tuple[Goal, list[Part]]] = {}
        # Children by parent id (None: the roots), in plan order; empty without a plan.
        grouped: dict[str | None, list[Goal]] = {}
        if plan is not None:
            for goal in plan.goals:
                grouped.setdefault(goal.parent_id, []).append(goal)
        self.children: dict[str | None, list[Goal]] = grouped

    # -------------------------------------------------------------- values

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
        if with_parts:
            kept = self.parts
            for current in reversed(order):
                parts: list[Part] = []
                states[current.id] = self._state(current, parts)
                kept[current.id] = (current, parts)
        else:
            for current in reversed(order):
                states[current.id] = self._state(current, None)

    def _state(self, goal: Goal, parts: list[Part] | None) -> _State:
        day = self.day
        fields = _fields_on(goal, day)
        total = 0.0
        weighted = 0.0
        for key_result in fields.key_results:
            weight = key_result.weight
            if weight > 0:
                # _key_result_value, inlined: this loop runs for every key result of a plan.
                check_ins = key_result.check_ins
                if not check_ins:
                    raw = key_result.baseline
                elif check_ins[-1].on <= day:
                    raw = check_ins[-1].value
                else:
                    index = bisect_right(check_ins, day, key=_ON)
                    raw = check_ins[index - 1].value if index else key_result.baseline
                direction = key_result.direction
                if direction is _INCREASE or direction is _DECREASE:
                    baseline = key_result.baseline
                    value = (raw - baseline) / (key_result.target - baseline)
                    value = 0.0 if value <= 0 else 1.0 if value >= 1 else value
                else:
                    assert direction is not None
                    value = _clamped(direction, key_result.baseline, key_result.target, raw)
                total += weight
                weighted += weight * value
                if parts is not None:
                    parts.append(
                        Part(
                            id=key_result.id,
                            title=key_result.title,
                            weight=weight,
                            value=value,
                            kind="key_result",
                        )
                    )
        for milestone in fields.milestones:
            weight = milestone.weight
            if weight > 0:
                completed_on = milestone.completed_on
                value = 1.0 if completed_on is not None and completed_on <= day else 0.0
                total += weight
                weighted += weight * value
                if parts is not None:
                    parts.append(
                        Part(
                            id=milestone.id,
                            title=milestone.title,
                            weight=weight,
                            value=value,
                            kind="milestone",
                        )
                    )
        for child in self.children.get(goal.id, ()):
            state = self.states[child.id]
            child_value = state.value
            weight = state.fields.weight
            if child_value is None or weight <= 0 or state.fields.status is _ABANDONED:
                continue
            total += weight
            weighted += weight * child_value
            if parts is not None:
                parts.append(
                    Part(
                        id=child.id,
                        title=child.title,
                        weight=weight,
                        value=child_value,
                        kind="goal",
                    )
                )
        if fields.status is _ACHIEVED:
            return _State(fields, 1.0)
        if 0 < total < _TINY_TOTAL:
            if parts is None:
                parts = []
                self._state(goal, parts)
            return _State(fields, _rescaled_mean(parts))
        # weighted <= total holds in floating point too, so the mean never exceeds 1.
        return _State(fields, weighted / total if total > 0 else None)

    def goal_progress(self, goal: Goal) -> Progress:
        kept = self.parts.get(goal.id)
        if kept is not None and kept[0] is goal:
            parts = kept[1]
            state = self.states[goal.id]
        else:
            self.evaluate(goal)
            parts = []
            state = self._state(goal, parts)
        fields = state.fields
        day = self.day
        expected = _expected(fields.start, fields.due, day)
        health = _health(
            state.value, expected, day, fields.start, fields.due, self.policy, fields.status
        )
        forecast = self.goal_forecast(goal) if self.policy.forecasts else None
        return Progress(
            value=state.value,
            expected=expected,
            health=health,
            forecast=forecast,
            as_of=day,
            parts=tuple(parts),
        )

    # ----------------------------------------------------------- forecasts

    def goal_forecast(self, goal: Goal) -> datetime.date | None:
        """The forecast of *goal*, every goal below it computed first, without recursion."""
        forecasts = self.forecasts
        if goal.id not in forecasts:
            for current in self._below(goal, forecasts):
                forecasts[current.id] = self._goal_forecast(current)
        return forecasts[goal.id]

    def _goal_forecast(self, goal: Goal) -> datetime.date | None:
        day = self.day
        state = self.states[goal.id]
        fields = state.fields
        if fields.status is _ABANDONED or state.value is None:
            return None
        if fields.status is _ACHIEVED:
            return _achieved_on(goal, day)
        forecasts: list[datetime.date | None] = []
        # Milestones first: a pending one has no forecast, which settles the method early.
        for milestone in fields.milestones:
            if milestone.weight > 0:
                done = milestone.completed_on is not None and milestone.completed_on <= day
                if not done and state.value < 1:
                    return _own_trend(fields, day)
                forecasts.append(milestone.completed_on if done else None)
        for key_result in fields.key_results:
            if key_result.weight > 0:
                forecasts.append(_key_result_forecast(key_result, day))
        for child in self.children.get(goal.id, ()):
            child_state = self.states[child.id]
            if (
                child_state.value is None
                or child_state.fields.weight <= 0
                or child_state.fields.status is _ABANDONED
            ):
                continue
            forecasts.append(self.forecasts[child.id])
        known = [forecast for forecast in forecasts if forecast is not None]
        if known and len(known) == len(forecasts):
            return max(known)
        if state.value >= 1:
            return None  # complete, but when is not recorded
        return _own_trend(fields, day)


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


def _achieved_on(goal: Goal, day: datetime.date) -> datetime.date | None:
    for revision in reversed(goal.revisions):
        if revision.on > day:
            continue
        change = revision.changes.get("status")
        if change is not None and change[1] is _ACHIEVED:
            return revision.on
    return None


def _own_trend(fields: _Fields, day: datetime.date) -> datetime.date | None:
    """The trend of the goal's own key results and milestones, sampled on each day one changed."""
    events: list[tuple[int, int, float]] = []  # (ordinal, part index, the part's new value)
    weights: list[float] = []
    current: list[float] = []
    for key_result in fields.key_results:
        if key_result.weight > 0:
            direction = key_result.direction
            assert direction is not None
            index = len(weights)
            weights.append(key_result.weight)
            baseline, target = key_result.baseline, key_result.target
            current.append(_clamped(direction, baseline, target, baseline))
            ordinals, values = _daily_values(key_result, day)
            if direction is _INCREASE or direction is _DECREASE:
                # _clamped, inlined (the same operations, so the same results): a hot loop.
                span = target - baseline
                for ordinal, value in zip(ordinals, values, strict=True):
                    share = (value - baseline) / span
                    share = 0.0 if share <= 0 else 1.0 if share >= 1 else share
                    events.append((ordinal, index, share))
            else:
                events.extend(
                    (ordinal, index, _clamped(direction, baseline, target, value))
                    for ordinal, value in zip(ordinals, values, strict=True)
                )
    for milestone in fields.milestones:
        if milestone.weight > 0:
            weights.append(milestone.weight)
            current.append(0.0)
            if milestone.completed_on is not None and milestone.completed_on <= day:
                events.append((milestone.completed_on.toordinal(), len(weights) - 1, 1.0))
    if len(events) < 2:
        return None
    events.sort(key=_FIRST)  # stable: a day's check-ins keep their order
    total = sum(weights)
    weighted = sum(w * v for w, v in zip(weights, current, strict=True))
    points_x: list[int] = []
    points_y: list[float] = []
    last = len(events) - 1
    for position, (ordinal, index, value) in enumerate(events):
        weighted += weights[index] * (value - current[index])
        current[index] = value
        if position == last or events[position + 1][0] != ordinal:
            points_x.append(ordinal)
            points_y.append(weighted / total)
    return _trend_reaches(points_x, points_y, 1.0, day)


# ------------------------------------------------------------- the API


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
    if owner is not None:
        fields = _fields_on(owner, day)
        start, due = fields.start, fields.due
    due = key_result.due or due
    value = _key_result_value(key_result, day)
    expected = _expected(start, due, day)
    return Progress(
        value=value,
        expected=expected,
        health=_health(value, expected, day, start, due, policy),
        forecast=_key_result_forecast(key_result, day) if policy.forecasts else None,
        as_of=day,
    )


def _milestone_progress(milestone: Milestone, day: datetime.date, plan: Plan | None) -> Progress:
    owner = _owner_of(plan, milestone.id, "milestone")
    start = None if owner is None else _fields_on(owner, day).start
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
    )


def _plan_progress(plan: Plan, day: datetime.date, policy: ProgressPolicy) -> Progress:
    calculator = _Calculator(plan, day, policy)
    calculator.evaluate_all(plan.goals)
    states = calculator.states
    parts: list[Part] = []
    total = weighted = 0.0
    roots = calculator.children.get(None, ())
    counted: list[Goal] = []
    for root in roots:
        state = states[root.id]
        weight = state.fields.weight
        if state.value is None or weight <= 0 or state.fields.status is _ABANDONED:
            continue
        counted.append(root)
        total += weight
        weighted += weight * state.value
        parts.append(
            Part(id=root.id, title=root.title, weight=weight, value=state.value, kind="goal")
        )
    if 0 < total < _TINY_TOTAL:
        value: float | None = _rescaled_mean(parts)
    else:
        value = weighted / total if total > 0 else None
    live = [state.fields for state in states.values() if state.fields.status is not _ABANDONED]
    starts = [fields.start for fields in live if fields.start is not None]
    dues = [fields.due for fields in live if fields.due is not None]
    start = min(starts) if starts else None
    due = max(dues) if dues else None
    expected = _expected(start, due, day)
    if roots and all(states[root.id].fields.status is _ABANDONED for root in roots):
        health = Health.ABANDONED
    else:
        health = _health(value, expected, day, start, due, policy)
    forecast = None
    if policy.forecasts and counted:
        forecasts = [calculator.goal_forecast(root) for root in counted]
        known = [forecast for forecast in forecasts if forecast is not None]
        if len(known) == len(forecasts):
            forecast = max(known)
    return Progress(
        value=value,
        expected=expected,
        health=health,
        forecast=forecast,
        as_of=day,
        parts=tuple(parts),
    )


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
    - Plan: the weighted mean of its root goals, rolled up the same way.

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
        ValidationError: *as_of* is not a date (a datetime is refused too),
            or *policy* is not a `ProgressPolicy`.
        UnknownIdError: a goal given with a *plan* that does not hold it.
        TypeError: *item* is none of the four kinds.

    Examples:
        >>> import datetime
        >>> from goalkit import KeyResult, CheckIn
        >>> bugs = KeyResult(title="Open bugs", baseline=40, target=10, check_ins=[
        ...     CheckIn(on=datetime.date(2027, 2, 1), value=31)])
        >>> progress(bugs, as_of=datetime.date(2027, 2, 15)).value
        0.3
    """
    day = _as_of(as_of)
    chosen = _policy(policy)
    if plan is not None and type(plan) is not Plan:
        raise ValidationError("progress", "plan", "a Plan or None", got=plan)
    if type(item) is KeyResult:
        return _key_result_progress(item, day, chosen, plan)
    if type(item) is Milestone:
        return _milestone_progress(item, day, plan)
    if type(item) is Goal:
        if plan is not None:
            plan.goal(item.id)  # raises UnknownIdError naming the id
        return _Calculator(plan, day, chosen).goal_progress(item)
    if type(item) is Plan:
        return _plan_progress(item, day, chosen)
    raise TypeError(
        f"progress() takes a KeyResult, Milestone, Goal or Plan, not {type(item).__name__}"
    )


def progress_by_goal(
    plan: Plan, *, as_of: datetime.date | None = None, policy: ProgressPolicy | None = None
) -> dict[str, Progress]:
    """The `Progress` of every goal in *plan*, by goal id, each goal computed once.

    The same results as `progress(goal, plan=plan)` for each goal, in plan
    order, without recomputing a subtree for every ancestor: the call for a
    report of the whole plan.

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
    day = _as_of(as_of)
    chosen = _policy(policy)
    if type(plan) is not Plan:
        raise ValidationError("progress_by_goal", "plan", "a Plan", got=plan)
    calculator = _Calculator(plan, day, chosen)
    calculator.evaluate_all(plan.goals, with_parts=True)
    return {goal.id: calculator.goal_progress(goal) for goal in plan.goals}


def okr_score(goal: Goal, *, as_of: datetime.date | None = None) -> float | None:
    """The OKR score: the weighted mean of the goal's key-result progress, 0.0 to 1.0.

    Milestones, child goals and the goal's status do not count: this is the
    score of the key results alone. None when no key result has a weight
    above 0.

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
    day = _as_of(as_of)
    if type(goal) is not Goal:
        raise ValidationError("okr_score", "goal", "a Goal", got=goal)
    parts = [
        Part(
            id=key_result.id,
            title=key_result.title,
            weight=key_result.weight,
            value=_key_result_value(key_result, day),
            kind="key_result",
        )
        for key_result in _fields_on(goal, day).key_results
        if key_result.weight > 0
    ]
    return _rescaled_mean(parts) if parts else None


def _goal_celebrations(
    goal: Goal, since: datetime.date, until: datetime.date
) -> Iterator[Celebration]:
    for milestone in goal.milestones:
        completed_on = milestone.completed_on
        if completed_on is not None and since <= completed_on <= until:
            yield Celebration(
                on=completed_on,
                kind="milestone",
                goal_id=goal.id,
                item_id=milestone.id,
                title=milestone.title,
                text=f"Milestone completed: {milestone.title}",
            )
    for key_result in goal.key_results:
        first = next(_reached_days(key_result, until), None)
        if first is not None and since <= first:
            unit = f" {key_result.unit}" if key_result.unit else ""
            yield Celebration(
                on=first,
                kind="key_result",
                goal_id=goal.id,
                item_id=key_result.id,
                title=key_result.title,
                text=f"Target reached: {key_result.title} ({key_result.target:g}{unit})",
            )
    for revision in goal.revisions:
        change = revision.changes.get("status")
        if change is not None and change[1] is _ACHIEVED and since <= revision.on <= until:
            yield Celebration(
                on=revision.on,
                kind="goal",
                goal_id=goal.id,
                item_id=goal.id,
                title=goal.title,
                text=f"Goal achieved: {goal.title}",
            )


def celebrations(
    item: Goal | Plan, since: datetime.date, until: datetime.date
) -> tuple[Celebration, ...]:
    """What was achieved from *since* to *until* (both included), in date order.

    - a milestone completed in the window;
    - a key result that first reached its target in the window (the first
      day its value went from short of the target to reaching it; a key
      result that starts at its target has nothing to celebrate until it
      falls short and reaches it again);
    - a goal achieved in the window (a revision setting ACHIEVED).

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
    start = _check_day("celebrations", "since", since)
    end = _check_day("celebrations", "until", until)
    if type(item) is Goal:
        goals: Sequence[Goal] = (item,)
    elif type(item) is Plan:
        goals = [goal for _, goal in item.walk()]
    else:
        raise ValidationError("celebrations", "item", "a Goal or Plan", got=item)
    if end < start:
        return ()
    found = [found for goal in goals for found in _goal_celebrations(goal, start, end)]
    found.sort(key=_ON)  # stable: the order within a day is kept
    return tuple(found)


def next_review(plan: Plan, after: datetime.date) -> datetime.date | None:
    """The first date of the plan's review cadence strictly after *after*.

    None when the plan has no cadence (or the series ends before the
    calendar does). Reviews already held do not move the series: it stays
    on its anchor's rhythm.

    Examples:
        >>> import datetime
        >>> from goalkit import Cadence, Person, Plan
        >>> plan = Plan(mentee=Person(name="Ana"),
        ...             cadence=Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 31)))
        >>> next_review(plan, datetime.date(2027, 2, 1))
        datetime.date(2027, 2, 28)
        >>> next_review(Plan(mentee=Person(name="Ana")), datetime.date(2027, 2, 1)) is None
        True
    """
    day = _check_day("next_review", "after", after)
    if type(plan) is not Plan:
        raise ValidationError("next_review", "plan", "a Plan", got=plan)
    cadence = plan.cadence
    if cadence is None:
        return None
    try:
        return cadence.next_after(day)
    except ValidationError:  # no date left before 9999-12-31
        return None


def due_reviews(
    plan: Plan, as_of: datetime.date, *, policy: ProgressPolicy | None = None
) -> tuple[datetime.date, ...]:
    """The cadence dates up to *as_of* that no review has been held for since.

    Precisely: a cadence date `d` (from the anchor, up to and including
    *as_of*) is due when no review of any goal in the plan was held between
    `d - policy.review_early_days` and *as_of*, both included. A review
    covers every cadence date before it, so after a catch-up review nothing
    older is due. Reviews held after *as_of* are ignored (time travel).

    Returns:
        The due dates, oldest first; empty without a cadence.

    Raises:
        ValidationError: *as_of* is not a date, or more than 10,000 dates
            are due.

    Examples:
        >>> import datetime
        >>> from goalkit import Cadence, Goal, Person, Plan, Review
        >>> goal = Goal(title="Grow my network", reviews=[
        ...     Review(held_on=datetime.date(2027, 1, 31))])
        >>> plan = Plan(mentee=Person(name="Ana"), goals=[goal],
        ...             cadence=Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 31)))
        >>> due_reviews(plan, datetime.date(2027, 4, 15))
        (datetime.date(2027, 2, 28), datetime.date(2027, 3, 31))
        >>> early = ProgressPolicy(review_early_days=3)
        >>> plan = plan.replace_goal(goal.add_review(Review(held_on=datetime.date(2027, 3, 29))))
        >>> due_reviews(plan, datetime.date(2027, 4, 15), policy=early)
        ()
    """
    day = _check_day("due_reviews", "as_of", as_of)
    chosen = _policy(policy)
    if type(plan) is not Plan:
        raise ValidationError("due_reviews", "plan", "a Plan", got=plan)
    cadence = plan.cadence
    if cadence is None:
        return ()
    held = [
        review.held_on for goal in plan.goals for review in goal.reviews if review.held_on <= day
    ]
    if not held:
        return cadence.occurrences(day)
    covered = max(held).toordinal() + chosen.review_early_days
    if covered >= day.toordinal():
        return ()
    return cadence.occurrences(day, start=datetime.date.fromordinal(covered + 1))
