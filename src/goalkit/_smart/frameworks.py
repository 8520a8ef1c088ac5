"""The built-in frameworks by name, and the framework that suits a goal.

`SMART` judges goals with something to count; `REAL` suits developmental
goals, where "Measurable" is the wrong test (seed 002: "adopt the REAL
goal-setting framework"); `OKR` checks an objective with key results.
`framework_for` makes the per-goal choice `goalkit check --framework auto`
uses: REAL for `GoalKind.DEVELOPMENT` and `GoalKind.LEARNING` goals, SMART
for the rest.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Final

from goalkit._errors import expect_type
from goalkit._model import Goal, GoalKind
from goalkit._smart.framework import SMART, Framework
from goalkit._smart.okr import OKR
from goalkit._smart.real import REAL

__all__ = ["FRAMEWORKS", "framework_for"]

#: The built-in frameworks by name: "smart", "real", "okr".
FRAMEWORKS: Final[Mapping[str, Framework]] = types.MappingProxyType(
    {framework.name: framework for framework in (SMART, REAL, OKR)}
)

_DEVELOPMENTAL: Final = frozenset({GoalKind.DEVELOPMENT, GoalKind.LEARNING})


def framework_for(goal: Goal) -> Framework:
    """The framework that suits *goal*: `REAL` for development and learning goals, else `SMART`.

    A developmental goal ("Become a more confident presenter by leading two
    retrospectives") is judged by what the mentee tries and learns, not by a
    count; a performance goal by SMART's five criteria. `goalkit check
    --framework auto` makes this choice for each goal.

    Examples:
        >>> from goalkit import Goal, GoalKind
        >>> framework_for(Goal(title="Lead two retrospectives", kind=GoalKind.DEVELOPMENT)).name
        'real'
        >>> framework_for(Goal(title="Sell 1,200 licences this year")).name
        'smart'
    """
    expect_type("framework_for", "goal", goal, Goal, expected="a Goal")
    return REAL if goal.kind in _DEVELOPMENTAL else SMART
