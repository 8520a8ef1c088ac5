"""Forecasts: the day an item is projected to be complete, from the trend of its history.

A least-squares line through the item's values (one point per day that
something was recorded, on the 0..1 progress scale or, for thresholds, the
scale of `goalkit._measure.scaled`) is extended to where it reaches 1. No
forecast without two points, or for a flat or falling trend. The method is
explained in `docs/explanation/progress.md`; keep the two in step.

Values are read through the model (`KeyResult.values_by_day`,
`Milestone.completed_by`, `Goal.status_changed_on`) and measured through
`goalkit._measure`: this module has no rule of its own about either.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from operator import itemgetter
from typing import Final

from goalkit._measure import reached, reached_days, scaled, share
from goalkit._model import Goal, GoalState, GoalStatus, KeyResult

__all__ = ["goal_forecast", "key_result_forecast", "trend_reaches"]

_FIRST: Final = itemgetter(0)
_ACHIEVED: Final = GoalStatus.ACHIEVED
_ABANDONED: Final = GoalStatus.ABANDONED
_LAST_ORDINAL: Final = datetime.date.max.toordinal()


def trend_reaches(
    ordinals: Sequence[int], values: Sequence[float], level: float, day: datetime.date
) -> datetime.date | None:
    """The day a least-squares line through the points reaches *level*, no earlier than *day*.

    None with fewer than two points, a flat or falling line, or a day beyond the calendar.

    Examples:
        >>> import datetime
        >>> start = datetime.date(2027, 1, 1).toordinal()
        >>> trend_reaches([start, start + 10], [0.25, 0.5], 1.0, datetime.date(2027, 1, 11))
        datetime.date(2027, 1, 31)
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
    slope = sxy / sxx
    if not slope > 0:
        # Falling, no trend at all, or a rise so small that the slope underflows to 0.
        return None
    reach = mean_x + (level - mean_y) / slope
    if not math.isfinite(reach) or origin + reach > _LAST_ORDINAL:
        return None
    return datetime.date.fromordinal(max(origin + math.ceil(reach), day.toordinal()))


def key_result_forecast(key_result: KeyResult, day: datetime.date) -> datetime.date | None:
    """The day the key result is projected to reach its target, as of *day*.

    Reached already: the day it (last) reached it. Otherwise the trend of
    its values by day, on the `scaled` scale, extended to 1.

    Examples:
        >>> import datetime
        >>> from goalkit import CheckIn, KeyResult
        >>> events = KeyResult(title="Events attended", target=4, check_ins=[
        ...     CheckIn(on=datetime.date(2027, 1, 1), value=1),
        ...     CheckIn(on=datetime.date(2027, 1, 11), value=2)])
        >>> key_result_forecast(events, datetime.date(2027, 1, 11))
        datetime.date(2027, 1, 31)
    """
    if reached(key_result, key_result.value_on(day)):
        last = None
        for last in reached_days(key_result, day):  # noqa: B007 - the last one is wanted
            pass
        return last
    values = key_result.values_by_day(day)
    return trend_reaches(
        [when.toordinal() for when in values],
        [scaled(key_result, value) for value in values.values()],
        1.0,
        day,
    )


def _own_trend(state: GoalState, day: datetime.date) -> datetime.date | None:
    """The trend of a goal's own key results and milestones, sampled on each day one changed."""
    events: list[tuple[int, int, float]] = []  # (ordinal, part index, the part's new value)
    weights: list[float] = []
    current: list[float] = []
    for key_result in state.key_results:
        if key_result.weight > 0:
            index = len(weights)
            weights.append(key_result.weight)
            current.append(share(key_result, key_result.baseline))
            for when, value in key_result.values_by_day(day).items():
                events.append((when.toordinal(), index, share(key_result, value)))
    for milestone in state.milestones:
        if milestone.weight > 0:
            weights.append(milestone.weight)
            current.append(0.0)
            completed_on = milestone.completed_on
            if completed_on is not None and milestone.completed_by(day):
                events.append((completed_on.toordinal(), len(weights) - 1, 1.0))
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
    return trend_reaches(points_x, points_y, 1.0, day)


def goal_forecast(
    goal: Goal,
    state: GoalState,
    value: float | None,
    day: datetime.date,
    children: Sequence[datetime.date | None],
) -> datetime.date | None:
    """The forecast of *goal*, as it was on *day* (*state*), with value *value*.

    *children* are the forecasts of the child goals that count towards its
    value. The latest forecast of its parts when each has one; else the
    trend of its own value history. ACHIEVED: the day it was achieved.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal
        >>> goal = Goal(title="Run a workshop").achieve(datetime.date(2027, 5, 1))
        >>> day = datetime.date(2027, 6, 1)
        >>> goal_forecast(goal, goal.state_on(day), 1.0, day, [])
        datetime.date(2027, 5, 1)
    """
    if state.status is _ABANDONED or value is None:
        return None
    if state.status is _ACHIEVED:
        return goal.status_changed_on(_ACHIEVED, until=day)
    forecasts: list[datetime.date | None] = []
    # Milestones first: a pending one has no forecast, which settles the method early.
    for milestone in state.milestones:
        if milestone.weight > 0:
            done = milestone.completed_by(day)
            if not done and value < 1:
                return _own_trend(state, day)
            forecasts.append(milestone.completed_on if done else None)
    for key_result in state.key_results:
        if key_result.weight > 0:
            forecasts.append(key_result_forecast(key_result, day))
    forecasts.extend(children)
    known = [forecast for forecast in forecasts if forecast is not None]
    if known and len(known) == len(forecasts):
        return max(known)
    if value >= 1:
        return None  # complete, but when is not recorded
    return _own_trend(state, day)
