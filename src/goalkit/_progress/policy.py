"""What a progress calculation is given, and how it judges: the policy, health and the as-of day.

`ProgressPolicy` holds every threshold progress uses, with documented
defaults; `Health` is the verdict and `judge` the one place that reaches it.
`as_of_day` and `chosen_policy` check the arguments every public function
of the progress package takes, so the same mistake gets the same error.
"""

from __future__ import annotations

import datetime
import enum
from typing import Final

import attrs

from goalkit._errors import ValidationError, expect_type, warn_deprecated
from goalkit._model import GoalStatus, LowerCaseEnum
from goalkit._model.checks import check_date

__all__ = ["DEFAULT_POLICY", "Health", "ProgressPolicy", "as_of_day", "chosen_policy", "judge"]

_ACHIEVED: Final = GoalStatus.ACHIEVED
_ABANDONED: Final = GoalStatus.ABANDONED


class Health(LowerCaseEnum):
    """How an item is doing as of a day, judged against the time it has had.

    - `NOT_STARTED`: before its start day (or still a DRAFT goal).
    - `ON_TRACK`: value at least `expected - ProgressPolicy.on_track_margin`.
    - `AT_RISK`: below that, down to `expected - ProgressPolicy.at_risk_margin`.
    - `OFF_TRACK`: further behind, or past its due day and unfinished.
    - `ACHIEVED`: the goal was achieved, or the value reached 1.
    - `ABANDONED`: the goal was abandoned.
    - `UNKNOWN`: nothing measurable, or no start..due span to judge the pace by.

    Examples:
        >>> import datetime, goalkit
        >>> talks = goalkit.example_plan().goal("g-presentations")
        >>> goalkit.progress(talks, as_of=datetime.date(2026, 11, 18)).health
        <Health.AT_RISK: 'at_risk'>
    """

    NOT_STARTED = enum.auto()
    ON_TRACK = enum.auto()
    AT_RISK = enum.auto()
    OFF_TRACK = enum.auto()
    ACHIEVED = enum.auto()
    ABANDONED = enum.auto()
    UNKNOWN = enum.auto()


class _Unset(enum.Enum):
    """The default of a deprecated argument: it was not given."""

    UNSET = enum.auto()


_UNSET: Final = _Unset.UNSET


def _check_margin(name: str, value: object) -> None:
    if type(value) not in (int, float) or not 0 <= value <= 1:  # type: ignore[operator]
        raise ValidationError("ProgressPolicy", name, "a number from 0 to 1", got=value)


@attrs.frozen(kw_only=True, init=False)
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
        compute_forecasts: Whether to compute `Progress.forecast`. Default
            True. Turn it off for whole-plan runs that do not show forecasts:
            it is the costliest part of the calculation. (Its old name,
            `forecasts=`, is still accepted with a `GoalkitDeprecationWarning`.)
        review_early_days: A review held up to this many days before a
            cadence date counts for that date (`due_reviews`). Default 0: only
            a review held on or after the date counts.
        stale_after_days: Silence is never green: an active, started item
            with nothing recorded (check-in, milestone, review, revision,
            agreement) for this many days is `Progress.stale`, and a stale
            item that would be ON_TRACK is AT_RISK instead. Default 35: a
            monthly check-in rhythm plus a few days' grace. None turns the
            rule off.
        aspirational_success: The share of its target at which an
            ASPIRATIONAL goal counts as a success (Google's OKR practice:
            0.7 on a stretch goal is a good result). Default 0.7.
        partial_at: At close-out, a goal at this share or more (but not
            finished) is `Outcome.PARTIAL`, below it `MISSED`. Default 0.7.

    Raises:
        ValidationError: a margin outside 0..1, `on_track_margin` above
            `at_risk_margin`, `compute_forecasts` not True or False, or
            `review_early_days` not a whole number of days from 0 to 366,
            `stale_after_days` not None or a whole number from 1 to 3660,
            or `aspirational_success` or `partial_at` not above 0 and at most 1.

    Examples:
        >>> ProgressPolicy().on_track_margin, ProgressPolicy().at_risk_margin
        (0.1, 0.25)
        >>> ProgressPolicy(on_track_margin=0.05, at_risk_margin=0.2).at_risk_margin
        0.2
        >>> ProgressPolicy(compute_forecasts=False).compute_forecasts
        False
        >>> ProgressPolicy().stale_after_days
        35
        >>> ProgressPolicy(stale_after_days=None).stale_after_days is None
        True
    """

    on_track_margin: float
    at_risk_margin: float
    compute_forecasts: bool
    review_early_days: int
    stale_after_days: int | None
    aspirational_success: float
    partial_at: float

    def __init__(
        self,
        *,
        on_track_margin: float = 0.10,
        at_risk_margin: float = 0.25,
        compute_forecasts: bool = True,
        review_early_days: int = 0,
        stale_after_days: int | None = 35,
        aspirational_success: float = 0.7,
        partial_at: float = 0.7,
        forecasts: bool | _Unset = _UNSET,
    ) -> None:
        # The defaults live in this signature, once; attrs builds the rest (__attrs_init__).
        if forecasts is not _UNSET:
            warn_deprecated(
                "ProgressPolicy(forecasts=...)", "ProgressPolicy(compute_forecasts=...)"
            )
            compute_forecasts = forecasts
        self.__attrs_init__(
            on_track_margin=on_track_margin,
            at_risk_margin=at_risk_margin,
            compute_forecasts=compute_forecasts,
            review_early_days=review_early_days,
            stale_after_days=stale_after_days,
            aspirational_success=aspirational_success,
            partial_at=partial_at,
        )

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
        if type(self.compute_forecasts) is not bool:
            raise ValidationError(
                "ProgressPolicy", "compute_forecasts", "True or False", got=self.compute_forecasts
            )
        days = self.review_early_days
        if type(days) is not int or not 0 <= days <= 366:
            raise ValidationError(
                "ProgressPolicy", "review_early_days", "a whole number from 0 to 366", got=days
            )
        stale = self.stale_after_days
        if stale is not None and (type(stale) is not int or not 1 <= stale <= 3660):
            raise ValidationError(
                "ProgressPolicy",
                "stale_after_days",
                "None or a whole number of days from 1 to 3660",
                got=stale,
            )
        for name in ("aspirational_success", "partial_at"):
            share = getattr(self, name)
            if type(share) not in (int, float) or not 0 < share <= 1:
                raise ValidationError(
                    "ProgressPolicy", name, "a number above 0 and at most 1", got=share
                )

    @property
    def forecasts(self) -> bool:
        """Deprecated (warns): the old name of `compute_forecasts`."""
        warn_deprecated("ProgressPolicy.forecasts", "ProgressPolicy.compute_forecasts")
        return self.compute_forecasts


#: The policy of every calculation not given one.
DEFAULT_POLICY: Final = ProgressPolicy()


def judge(
    value: float | None,
    expected: float | None,
    day: datetime.date,
    start: datetime.date | None,
    due: datetime.date | None,
    policy: ProgressPolicy,
    status: GoalStatus | None = None,
    *,
    stale: bool = False,
    success: float = 1.0,
) -> Health:
    """The health of an item with *value* against *expected* on *day*, by *policy*'s margins.

    *success* is the value that counts as done (1, or
    `ProgressPolicy.aspirational_success` for an aspirational goal): the
    value and expected share are both measured against it. A *stale* item
    that would be ON_TRACK is AT_RISK: silence is never green.

    Examples:
        >>> import datetime
        >>> judge(0.3, 0.5, datetime.date(2027, 3, 1), None, None, ProgressPolicy())
        <Health.AT_RISK: 'at_risk'>
        >>> judge(0.5, 0.5, datetime.date(2027, 3, 1), None, None, ProgressPolicy(), stale=True)
        <Health.AT_RISK: 'at_risk'>
    """
    # The order is the rule: each line wins over the ones below it.
    if status is _ABANDONED:
        return Health.ABANDONED
    if status is _ACHIEVED or (value is not None and value >= success):
        return Health.ACHIEVED
    if status is GoalStatus.DRAFT or (start is not None and day < start):
        return Health.NOT_STARTED
    if value is None:
        return Health.UNKNOWN
    if due is not None and day > due:
        return Health.OFF_TRACK
    if expected is None:
        return Health.UNKNOWN
    if success < 1:
        # Measured against success, not the target: 0.7 of the target is the whole way.
        value = value / success
    if value >= expected - policy.on_track_margin:
        return Health.AT_RISK if stale else Health.ON_TRACK
    if value >= expected - policy.at_risk_margin:
        return Health.AT_RISK
    return Health.OFF_TRACK


def today() -> datetime.date:
    """The clock, read only when a calculation is not told its day.

    Examples:
        >>> isinstance(today(), datetime.date)
        True
    """
    return datetime.date.today()


def as_of_day(function: str, value: object) -> datetime.date:
    """The day a calculation is for: *value*, checked, or today when it is None.

    Raises:
        ValidationError: *value* is not a date (a datetime is refused too:
            its day depends on a time zone).

    Examples:
        >>> as_of_day("progress", "2027-01-01")
        Traceback (most recent call last):
        ...
        goalkit._errors.ValidationError: progress.as_of: expected a date, got '2027-01-01'
    """
    if value is None:
        return today()
    check_date(function, "as_of", value)
    return value  # type: ignore[return-value]  # checked just above


def chosen_policy(function: str, value: object) -> ProgressPolicy:
    """*value* checked as a policy, or the default policy when it is None.

    Examples:
        >>> chosen_policy("progress", None) is DEFAULT_POLICY
        True
    """
    if value is None:
        return DEFAULT_POLICY
    expect_type(function, "policy", value, ProgressPolicy, expected="a ProgressPolicy or None")
    return value  # type: ignore[return-value]  # checked just above
