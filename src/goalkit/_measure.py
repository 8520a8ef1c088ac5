"""How far a key result's value is along its way: the one clamp, written once.

A key result moves from its baseline to its target (INCREASE, DECREASE) or
keeps a threshold (AT_LEAST, AT_MOST). Its progress, as a share from 0 to 1,
is a domain rule with one implementation here; progress, forecasts,
celebrations, SMART's pace and confidence checks and every display read it
through `share`, `scaled` and `reached`, so a change to the rule is a change
in one place, pinned by one set of tests.

This module sits just above the model: it reads model values and is read by
every calculator.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Final

from goalkit._model import Direction, KeyResult

__all__ = ["clamp01", "reached", "reached_days", "scaled", "share"]

_INCREASE: Final = Direction.INCREASE
_DECREASE: Final = Direction.DECREASE
_AT_LEAST: Final = Direction.AT_LEAST


def clamp01(value: float) -> float:
    """*value* held within 0..1 (the clamp every share goes through).

    Examples:
        >>> clamp01(-0.2), clamp01(0.25), clamp01(1.7)
        (0.0, 0.25, 1.0)
    """
    if value <= 0:
        return 0.0
    return 1.0 if value >= 1 else value


def scaled(key_result: KeyResult, value: float) -> float:
    """*value* on the key result's scale, unclamped: 0 at the baseline, 1 at the target.

    INCREASE and DECREASE: the share of the way from baseline to target
    (below 0 when the value moved the wrong way, above 1 past the target).
    AT_LEAST and AT_MOST: 1 plus the margin by which the threshold is met
    (below 1 when it is missed). Forecasts fit their trends on this scale.

    Examples:
        >>> from goalkit import KeyResult
        >>> bugs = KeyResult(title="Open bugs", baseline=40, target=10)
        >>> scaled(bugs, 31), scaled(bugs, 50)
        (0.3, -0.3333333333333333)
    """
    direction = key_result.direction
    target = key_result.target
    if direction is _INCREASE or direction is _DECREASE:
        baseline = key_result.baseline
        return (value - baseline) / (target - baseline)
    if direction is _AT_LEAST:
        return 1.0 + (value - target)
    return 1.0 + (target - value)


def share(key_result: KeyResult, value: float) -> float:
    """The key result's progress at *value*, from 0 to 1.

    INCREASE and DECREASE: `clamp((value - baseline) / (target - baseline), 0, 1)`.
    AT_LEAST and AT_MOST: 1 when the threshold is met, else 0.

    Examples:
        >>> from goalkit import Direction, KeyResult
        >>> talks = KeyResult(title="Talks given", target=4)
        >>> share(talks, 1), share(talks, 6), share(talks, -1)
        (0.25, 1.0, 0.0)
        >>> uptime = KeyResult(title="Uptime", target=99.5, direction=Direction.AT_LEAST)
        >>> share(uptime, 99.7), share(uptime, 99.1)
        (1.0, 0.0)
    """
    direction = key_result.direction
    target = key_result.target
    if direction is _INCREASE or direction is _DECREASE:
        baseline = key_result.baseline
        return clamp01((value - baseline) / (target - baseline))
    if direction is _AT_LEAST:
        return 1.0 if value >= target else 0.0
    return 1.0 if value <= target else 0.0


def reached(key_result: KeyResult, value: float, success: float = 1.0) -> bool:
    """Whether *value* reaches the key result's target (or keeps its threshold).

    *success* is the share of the way that counts as reaching it: 1, or
    less for an aspirational goal (`ProgressPolicy.aspirational_success`).

    Examples:
        >>> from goalkit import KeyResult
        >>> bugs = KeyResult(title="Open bugs", baseline=40, target=10)
        >>> reached(bugs, 10), reached(bugs, 11), reached(bugs, 19, success=0.7)
        (True, False, True)
    """
    return share(key_result, value) >= success


def reached_days(
    key_result: KeyResult, until: datetime.date, success: float = 1.0
) -> Iterator[datetime.date]:
    """The days up to *until* on which the key result went from short of its target to reaching it.

    Read from `KeyResult.values_by_day`. A key result that starts at its
    target (a threshold met at the baseline) has not reached it until it
    falls short and reaches it again. Celebrations take the first of these
    days, forecasts of a reached key result the last.

    Examples:
        >>> import datetime
        >>> from goalkit import CheckIn, KeyResult
        >>> talks = KeyResult(title="Talks given", target=2, check_ins=[
        ...     CheckIn(on=datetime.date(2027, 2, 1), value=2),
        ...     CheckIn(on=datetime.date(2027, 3, 1), value=1),
        ...     CheckIn(on=datetime.date(2027, 4, 1), value=3)])
        >>> [day.isoformat() for day in reached_days(talks, datetime.date(2027, 12, 31))]
        ['2027-02-01', '2027-04-01']
    """
    done = reached(key_result, key_result.baseline, success)
    for day, value in key_result.values_by_day(until).items():
        now = reached(key_result, value, success)
        if now and not done:
            yield day
        done = now
