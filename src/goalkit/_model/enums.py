"""The model's enumerations: what a goal is about, where it stands, which way a key result moves.

Values are the lower-case member names (`GoalKind.LEARNING.value == "learning"`):
documents store them. `CadenceUnit` lives with the calendar (`goalkit._schedule`).
"""

from __future__ import annotations

import enum

__all__ = ["Ambition", "Direction", "GoalKind", "GoalStatus", "Horizon", "Outcome", "ReviewKind"]


class GoalKind(enum.Enum):
    """What a goal is about.

    Performance goals target a result, learning goals a new skill or
    knowledge, development goals the person's growth (confidence,
    leadership).

    Examples:
        >>> GoalKind("learning") is GoalKind.LEARNING
        True
    """

    PERFORMANCE = "performance"
    LEARNING = "learning"
    DEVELOPMENT = "development"


class GoalStatus(enum.Enum):
    """Where a goal stands.

    Examples:
        >>> GoalStatus.ACHIEVED.value
        'achieved'
    """

    DRAFT = "draft"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    ABANDONED = "abandoned"


class Horizon(enum.Enum):
    """Short-term (a year or less from start to due) or long-term.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal
        >>> Goal(title="Lead a team", start=datetime.date(2027, 1, 1),
        ...      due=datetime.date(2029, 1, 1)).horizon
        <Horizon.LONG_TERM: 'long_term'>
    """

    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"


class Direction(enum.Enum):
    """Which way a key result's value should move.

    `INCREASE` and `DECREASE` move from the baseline to the target;
    `AT_LEAST` and `AT_MOST` keep the value on the right side of the target,
    a threshold to maintain.

    Examples:
        >>> from goalkit import KeyResult
        >>> KeyResult(title="Bugs open", baseline=40, target=10).direction
        <Direction.DECREASE: 'decrease'>
    """

    INCREASE = "increase"
    DECREASE = "decrease"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class ReviewKind(enum.Enum):
    """How a review was held.

    Examples:
        >>> ReviewKind.FEEDBACK_360.value
        'feedback_360'
    """

    ONE_ON_ONE = "one_on_one"
    SURVEY = "survey"
    FEEDBACK_360 = "feedback_360"
    SELF_REFLECTION = "self_reflection"


class Ambition(enum.Enum):
    """How a goal is meant: a commitment, or a stretch to reach for (Google's OKR practice).

    - `COMMITTED` (the default): reaching the target is success.
    - `ASPIRATIONAL`: a stretch goal; `ProgressPolicy.aspirational_success`
      (default 0.7) of the target is success, and reports say so.

    Examples:
        >>> Ambition("aspirational") is Ambition.ASPIRATIONAL
        True
    """

    COMMITTED = "committed"
    ASPIRATIONAL = "aspirational"


class Outcome(enum.Enum):
    """How a goal ended when its plan was closed (`goalkit.close`).

    - `ACHIEVED`: achieved, or at 100% on the closing day.
    - `PARTIAL`: at `ProgressPolicy.partial_at` (default 0.7) or more.
    - `MISSED`: below that.
    - `DROPPED`: abandoned.

    Examples:
        >>> Outcome("partial") is Outcome.PARTIAL
        True
    """

    ACHIEVED = "achieved"
    PARTIAL = "partial"
    MISSED = "missed"
    DROPPED = "dropped"
