"""What a goal is measured by: check-ins, key results, milestones and reviews.

The value of a key result on a day is a domain rule with one implementation
here, `KeyResult.value_on` (with `last_check_in`, `check_ins_until` and
`daily_values` beside it): progress, forecasts, celebrations, SMART, reports
and plots read a key result's history only through these methods.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from collections.abc import Iterable
from itertools import pairwise
from operator import attrgetter
from typing import Final

import attrs

from goalkit._display_hook import ConciseRepr, concise_repr, repr_html
from goalkit._errors import ValidationError, excerpt
from goalkit._framework_hook import DocumentHooks
from goalkit._model.checks import (
    check_date,
    check_enum,
    check_id,
    check_items,
    check_number,
    check_optional_date,
    check_optional_integer,
    check_optional_text,
    check_text,
    check_weight,
    id_factory,
    to_tuple,
)
from goalkit._model.enums import Direction, ReviewKind
from goalkit._model.fields import describe_fields

__all__ = ["CheckIn", "KeyResult", "Milestone", "Review"]

_ON: Final = attrgetter("on")


def _sorted_check_ins(items: Iterable[CheckIn]) -> tuple[CheckIn, ...]:
    check_ins = to_tuple(items)
    for earlier, later in pairwise(check_ins):
        if type(earlier) is not CheckIn or type(later) is not CheckIn:
            break  # leave it to validation to name the culprit
        if later.on < earlier.on:
            # sorted() is stable: several check-ins on one day keep their order.
            return tuple(sorted(check_ins, key=_ON))
    return check_ins


def _number(value: float) -> str:
    """A number as a repr shows it: whole numbers without a fraction.

    Examples:
        >>> _number(4.0), _number(2.5), _number(7)
        ('4', '2.5', '7')
    """
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


@attrs.frozen(kw_only=True, field_transformer=describe_fields)
class CheckIn(DocumentHooks):
    """One recorded value of a key result on a day.

    `confidence` is the owner's confidence, 0 to 10, that the key result
    will be reached; `by` names who recorded it.

    Examples:
        >>> import datetime
        >>> CheckIn(on=datetime.date(2027, 2, 28), value=2, confidence=7, note="Team meeting")
        CheckIn(on=datetime.date(2027, 2, 28), value=2, confidence=7, note='Team meeting', by=None)
    """

    on: datetime.date
    value: float
    confidence: int | None = None
    note: str = ""
    by: str | None = None

    def __attrs_post_init__(self) -> None:
        check_date("CheckIn", "on", self.on)
        check_number("CheckIn", "value", self.value)
        check_optional_integer("CheckIn", "confidence", self.confidence, 0, 10)
        check_text("CheckIn", "note", self.note)
        check_optional_text("CheckIn", "by", self.by)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the day, the value, the confidence and the note."""
        return repr_html(self)


def _direction_code(key_result: KeyResult) -> str:
    """The code of a target on the wrong side of the baseline: equal is its own case."""
    return (
        "target_equals_baseline" if key_result.target == key_result.baseline else "wrong_direction"
    )


@attrs.frozen(kw_only=True, repr=False, field_transformer=describe_fields)
class KeyResult(DocumentHooks, ConciseRepr):
    """A measurable outcome of a goal, OKR-style: from a baseline to a target.

    `direction` is inferred from baseline and target when not given
    (target above baseline: INCREASE; below: DECREASE). Check-ins are kept
    in date order; several on one day keep their order, and the last counts.

    Examples:
        >>> import datetime
        >>> kr = KeyResult(title="Presentations given", target=5, unit="presentations",
        ...                due=datetime.date(2027, 4, 30), id="kr-talks")
        >>> kr.direction
        <Direction.INCREASE: 'increase'>
        >>> kr.baseline
        0
        >>> kr.with_check_in(CheckIn(on=datetime.date(2027, 2, 1), value=2))
        KeyResult(id='kr-talks', title='Presentations given', value=2, target=5,
                  unit='presentations', due=2027-04-30, check_ins=1)
    """

    title: str
    target: float
    baseline: float = 0
    unit: str = ""
    direction: Direction | None = None
    weight: float = 1
    due: datetime.date | None = None
    check_ins: tuple[CheckIn, ...] = attrs.field(default=(), converter=_sorted_check_ins)
    id: str = attrs.field(factory=id_factory("kr"))

    def __repr__(self) -> str:
        """One line: id, title, the last value recorded (else the baseline), target, unit.

        Check-ins are counted, not listed; `goalkit.to_dict(key_result)` has them all.
        """
        return concise_repr(self, self._repr_parts())

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the value today against the target, a bar, and the check-ins."""
        return repr_html(self)

    def _repr_parts(self) -> list[str]:
        latest = self.check_ins[-1].value if self.check_ins else self.baseline
        parts = [f"id={self.id!r}", f"title={excerpt(self.title)}", f"value={_number(latest)}"]
        parts.append(f"target={_number(self.target)}")
        if self.baseline:
            parts.append(f"baseline={_number(self.baseline)}")
        if self.unit:
            parts.append(f"unit={excerpt(self.unit)}")
        if self.direction in (Direction.AT_LEAST, Direction.AT_MOST):
            parts.append(f"direction={self.direction.name}")
        if self.weight != 1:
            parts.append(f"weight={_number(self.weight)}")
        if self.due is not None:
            parts.append(f"due={self.due.isoformat()}")
        if self.check_ins:
            parts.append(f"check_ins={len(self.check_ins)}")
        return parts

    def __attrs_post_init__(self) -> None:
        owner = "KeyResult"
        check_text(owner, "title", self.title, blank_ok=False)
        check_number(owner, "target", self.target)
        check_number(owner, "baseline", self.baseline)
        check_text(owner, "unit", self.unit)
        check_weight(owner, "weight", self.weight)
        check_optional_date(owner, "due", self.due)
        check_id(owner, "id", self.id)
        check_items(owner, "check_ins", self.check_ins, CheckIn)
        direction = self.direction
        if direction is None:
            if self.target == self.baseline:
                raise ValidationError(
                    owner,
                    "target",
                    "a target different from the baseline, or a direction "
                    "(AT_LEAST or AT_MOST to maintain a threshold)",
                    got=self.target,
                    code="target_equals_baseline",
                )
            inferred = Direction.INCREASE if self.target > self.baseline else Direction.DECREASE
            object.__setattr__(self, "direction", inferred)
            return
        check_enum(owner, "direction", direction, Direction)
        if direction is Direction.INCREASE and not self.target > self.baseline:
            raise ValidationError(
                owner,
                "target",
                f"a target above the baseline {self.baseline} for INCREASE",
                got=self.target,
                code=_direction_code(self),
            )
        if direction is Direction.DECREASE and not self.target < self.baseline:
            raise ValidationError(
                owner,
                "target",
                f"a target below the baseline {self.baseline} for DECREASE",
                got=self.target,
                code=_direction_code(self),
            )

    @property
    def resolved_direction(self) -> Direction:
        """The direction, never None (it is inferred at construction).

        Examples:
            >>> KeyResult(title="Hours of overtime", baseline=12, target=4).resolved_direction
            <Direction.DECREASE: 'decrease'>
        """
        assert self.direction is not None  # set by __attrs_post_init__
        return self.direction

    def _counted(self, day: datetime.date) -> int:
        # How many check-ins were recorded on or before *day*: the one place that says
        # "on or before", so value_on, last_check_in, check_ins_until and values_by_day agree.
        check_ins = self.check_ins
        if not check_ins or check_ins[-1].on <= day:  # the common case: as of today
            return len(check_ins)
        return bisect_right(check_ins, day, key=_ON)

    def check_ins_until(self, day: datetime.date) -> tuple[CheckIn, ...]:
        """The check-ins recorded on or before *day*, in date order.

        Examples:
            >>> import datetime
            >>> kr = KeyResult(title="Events attended", target=4, check_ins=[
            ...     CheckIn(on=datetime.date(2027, 2, 15), value=1),
            ...     CheckIn(on=datetime.date(2027, 3, 15), value=2)])
            >>> [c.value for c in kr.check_ins_until(datetime.date(2027, 3, 1))]
            [1]
        """
        check_ins = self.check_ins
        count = self._counted(day)
        return check_ins if count == len(check_ins) else check_ins[:count]

    def last_check_in(self, day: datetime.date) -> CheckIn | None:
        """The check-in that counts on *day*: the last one on or before it, or None.

        Several check-ins on one day keep their order, and the last one counts.

        Examples:
            >>> import datetime
            >>> kr = KeyResult(title="Events attended", target=4, check_ins=[
            ...     CheckIn(on=datetime.date(2027, 2, 15), value=1, note="Meetup"),
            ...     CheckIn(on=datetime.date(2027, 2, 15), value=2, note="Conference")])
            >>> kr.last_check_in(datetime.date(2027, 2, 15)).note
            'Conference'
            >>> kr.last_check_in(datetime.date(2027, 2, 14)) is None
            True
        """
        count = self._counted(day)
        return self.check_ins[count - 1] if count else None

    def value_on(self, day: datetime.date) -> float:
        """The value as of *day*: the last check-in on or before it, else the baseline.

        This is the one implementation of the rule; progress, SMART,
        reports and plots all read a key result's value through it.

        Examples:
            >>> import datetime
            >>> kr = KeyResult(title="Events attended", target=4, check_ins=[
            ...     CheckIn(on=datetime.date(2027, 2, 15), value=1),
            ...     CheckIn(on=datetime.date(2027, 3, 15), value=2)])
            >>> kr.value_on(datetime.date(2027, 3, 1))
            1
            >>> kr.value_on(datetime.date(2027, 1, 1))
            0
        """
        count = self._counted(day)
        return self.check_ins[count - 1].value if count else self.baseline

    def values_by_day(self, until: datetime.date) -> dict[datetime.date, float]:
        """The value at the end of each day with a check-in, up to *until*, in date order.

        Each entry is `day: value_on(day)`: of several check-ins on one day,
        the last counts. Forecasts fit their trends to these points, and
        celebrations find the day a target was reached in them.

        Examples:
            >>> import datetime
            >>> kr = KeyResult(title="Events attended", target=4, check_ins=[
            ...     CheckIn(on=datetime.date(2027, 2, 15), value=1),
            ...     CheckIn(on=datetime.date(2027, 2, 15), value=2),
            ...     CheckIn(on=datetime.date(2027, 3, 15), value=3)])
            >>> kr.values_by_day(datetime.date(2027, 3, 1))
            {datetime.date(2027, 2, 15): 2}
        """
        values: dict[datetime.date, float] = {}
        for check_in in self.check_ins[: self._counted(until)]:
            # A dict keeps each day's first position and its last value: a day's last counts.
            values[check_in.on] = check_in.value
        return values

    def with_check_in(self, check_in: CheckIn) -> KeyResult:
        """Return a copy with *check_in* added in date order (after others that day).

        Examples:
            >>> import datetime
            >>> kr = KeyResult(title="Events attended", target=4)
            >>> kr.with_check_in(CheckIn(on=datetime.date(2027, 2, 15), value=1)).check_ins[0].value
            1
        """
        return attrs.evolve(self, check_ins=(*self.check_ins, check_in))


@attrs.frozen(kw_only=True, field_transformer=describe_fields)
class Milestone(DocumentHooks):
    """A checkpoint on the way to a goal: done, or not yet.

    Examples:
        >>> import datetime
        >>> Milestone(title="First talk at a team meeting", due=datetime.date(2027, 2, 15),
        ...           id="m-first-talk").completed_on is None
        True
    """

    title: str
    due: datetime.date | None = None
    completed_on: datetime.date | None = None
    weight: float = 1
    id: str = attrs.field(factory=id_factory("m"))

    def __attrs_post_init__(self) -> None:
        check_text("Milestone", "title", self.title, blank_ok=False)
        check_optional_date("Milestone", "due", self.due)
        check_optional_date("Milestone", "completed_on", self.completed_on)
        check_weight("Milestone", "weight", self.weight)
        check_id("Milestone", "id", self.id)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: done on a day, due, or overdue, as of today."""
        return repr_html(self)

    def completed_by(self, day: datetime.date) -> bool:
        """Whether the milestone was completed on or before *day*.

        Examples:
            >>> import datetime
            >>> m = Milestone(title="Draft the talk", completed_on=datetime.date(2027, 2, 3))
            >>> m.completed_by(datetime.date(2027, 2, 2)), m.completed_by(datetime.date(2027, 2, 3))
            (False, True)
        """
        return self.completed_on is not None and self.completed_on <= day


@attrs.frozen(kw_only=True, field_transformer=describe_fields)
class Review(DocumentHooks):
    """A review of a goal: a one-on-one, a survey, 360-degree feedback or a self-reflection.

    `rating` is an optional 1-5 score of how the goal is going.

    Examples:
        >>> import datetime
        >>> Review(held_on=datetime.date(2027, 3, 1), reviewer="mentor", rating=4,
        ...        next_steps=["Book a slot at the April all-hands"], id="r-march").next_steps
        ('Book a slot at the April all-hands',)
    """

    held_on: datetime.date
    kind: ReviewKind = ReviewKind.ONE_ON_ONE
    reviewer: str | None = None
    notes: str = ""
    rating: int | None = None
    next_steps: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    id: str = attrs.field(factory=id_factory("r"))

    def __attrs_post_init__(self) -> None:
        check_date("Review", "held_on", self.held_on)
        check_enum("Review", "kind", self.kind, ReviewKind)
        check_optional_text("Review", "reviewer", self.reviewer)
        check_text("Review", "notes", self.notes)
        check_optional_integer("Review", "rating", self.rating, 1, 5)
        for index, step in enumerate(self.next_steps):
            check_text("Review", f"next_steps[{index}]", step, blank_ok=False)
        check_id("Review", "id", self.id)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the day, kind, reviewer, rating, notes and next steps."""
        return repr_html(self)
