"""The model's enumerations: what a goal is about, where it stands, which way a key result moves.

Values are the lower-case member names (`GoalKind.LEARNING.value == "learning"`):
documents store them. That rule is written once, in `LowerCaseEnum`; each
enumeration only lists its members, and the enumerations of progress
(`Health`) and of the rhythm (`AgendaKind`) use it too. `CadenceUnit` lives
with the calendar (`goalkit._schedule`).
"""

from __future__ import annotations

import enum
from typing import Any

__all__ = [
    "Ambition",
    "Direction",
    "GoalKind",
    "GoalStatus",
    "Horizon",
    "LowerCaseEnum",
    "Outcome",
    "ReviewKind",
]


class LowerCaseEnum(enum.Enum):
    """An enumeration whose `enum.auto()` values are the lower-case member names.

    Examples:
        >>> class Colour(LowerCaseEnum):
        ...     DARK_RED = enum.auto()
        >>> Colour.DARK_RED.value, Colour("dark_red")
        ('dark_red', <Colour.DARK_RED: 'dark_red'>)
    """

    @staticmethod
    def _generate_next_value_(name: str, start: int, count: int, last_values: list[Any]) -> str:
        return name.lower()


class GoalKind(LowerCaseEnum):
    """What a goal is about.

    Performance goals target a result, learning goals a new skill or
    knowledge, development goals the person's growth (confidence,
    leadership).

    Examples:
        >>> import goalkit
        >>> plan = goalkit.example_plan()
        >>> plan.goal("g-learn-dbt").kind, plan.goal("g-networking").kind
        (<GoalKind.LEARNING: 'learning'>, <GoalKind.PERFORMANCE: 'performance'>)
    """

    PERFORMANCE = enum.auto()
    LEARNING = enum.auto()
    DEVELOPMENT = enum.auto()


class GoalStatus(LowerCaseEnum):
    """Where a goal stands.

    Examples:
        >>> GoalStatus.ACHIEVED.value
        'achieved'
    """

    DRAFT = enum.auto()
    ACTIVE = enum.auto()
    ACHIEVED = enum.auto()
    ABANDONED = enum.auto()


class Horizon(LowerCaseEnum):
    """Short-term (a year or less from start to due) or long-term.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal
        >>> Goal(title="Lead a team", start=datetime.date(2027, 1, 1),
        ...      due=datetime.date(2029, 1, 1)).horizon
        <Horizon.LONG_TERM: 'long_term'>
    """

    SHORT_TERM = enum.auto()
    LONG_TERM = enum.auto()


class Direction(LowerCaseEnum):
    """Which way a key result's value should move.

    `INCREASE` and `DECREASE` move from the baseline to the target;
    `AT_LEAST` and `AT_MOST` keep the value on the right side of the target,
    a threshold to maintain.

    Examples:
        >>> from goalkit import KeyResult
        >>> KeyResult(title="Bugs open", baseline=40, target=10).direction
        <Direction.DECREASE: 'decrease'>
    """

    INCREASE = enum.auto()
    DECREASE = enum.auto()
    AT_LEAST = enum.auto()
    AT_MOST = enum.auto()


class ReviewKind(LowerCaseEnum):
    """How a review was held.

    Examples:
        >>> ReviewKind.FEEDBACK_360.value
        'feedback_360'
    """

    ONE_ON_ONE = enum.auto()
    SURVEY = enum.auto()
    FEEDBACK_360 = enum.auto()
    SELF_REFLECTION = enum.auto()


class Ambition(LowerCaseEnum):
    """How a goal is meant: a commitment, or a stretch to reach for (Google's OKR practice).

    - `COMMITTED` (the default): reaching the target is success.
    - `ASPIRATIONAL`: a stretch goal; `ProgressPolicy.aspirational_success`
      (default 0.7) of the target is success, and reports say so.

    Examples:
        >>> Ambition("aspirational") is Ambition.ASPIRATIONAL
        True
    """

    COMMITTED = enum.auto()
    ASPIRATIONAL = enum.auto()


class Outcome(LowerCaseEnum):
    """How a goal ended when its plan was closed (`goalkit.close`).

    - `ACHIEVED`: achieved, or at 100% on the closing day.
    - `PARTIAL`: at `ProgressPolicy.partial_at` (default 0.7) or more.
    - `MISSED`: below that.
    - `DROPPED`: abandoned.

    Examples:
        >>> import datetime, goalkit
        >>> closed = goalkit.close(goalkit.example_plan(), datetime.date(2027, 6, 30))
        >>> closed.goal("g-learn-dbt").outcome, closed.goal("g-networking").outcome
        (<Outcome.ACHIEVED: 'achieved'>, <Outcome.PARTIAL: 'partial'>)
    """

    ACHIEVED = enum.auto()
    PARTIAL = enum.auto()
    MISSED = enum.auto()
    DROPPED = enum.auto()
