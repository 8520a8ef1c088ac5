"""The domain model: frozen values, checked once at construction.

Every class here is an `attrs.frozen` (slotted, keyword-only) value. Invariants
are checked in one `__attrs_post_init__` per class, cheaply and in a fixed
order, rather than with stacked per-field validators: loading 10,000 goals
builds hundreds of thousands of these objects, and generic validator chains
measurably slow that down (see PERFORMANCE.md). Operations never mutate; they
return new objects built with `attrs.evolve`, so every invariant is checked
again.

This module imports no calculator. Progress, SMART assessment and
serialization live in their own modules and read these values.
"""

from __future__ import annotations

import datetime
import enum
import math
import types
import uuid
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise
from operator import attrgetter
from typing import Any, Final, NamedTuple

import attrs

from goalkit import _schedule
from goalkit._display_hook import repr_html
from goalkit._errors import UnknownIdError, ValidationError, excerpt
from goalkit._schedule import CadenceUnit

__all__ = [
    "MAX_MAGNITUDE",
    "CadenceUnit",
    "Changes",
    "CheckIn",
    "Direction",
    "Goal",
    "GoalKind",
    "GoalState",
    "GoalStatus",
    "Horizon",
    "KeyResult",
    "Milestone",
    "Person",
    "Plan",
    "Review",
    "ReviewKind",
    "Revision",
    "new_id",
]

#: Largest absolute value accepted for a number (targets, values, weights).
#: Far beyond any real goal, and small enough that every accepted value is
#: exactly representable as a float and arithmetic on it cannot overflow.
MAX_MAGNITUDE: Final = 1e15

_ON: Final = attrgetter("on")

#: A short span counts as SHORT_TERM up to this many days from start to due.
SHORT_TERM_DAYS: Final = 365


# --------------------------------------------------------------------- enums


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


# ------------------------------------------------------------------- helpers


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``"g-1f0c9a7e52d4"``.

    Ids are random, so two plans built apart can be merged without clashes.

    Examples:
        >>> new_id("kr").startswith("kr-")
        True
    """
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def _goal_id() -> str:
    return new_id("g")


def _key_result_id() -> str:
    return new_id("kr")


def _milestone_id() -> str:
    return new_id("m")


def _review_id() -> str:
    return new_id("r")


def _person_id() -> str:
    return new_id("p")


def _plan_id() -> str:
    return new_id("plan")


def _to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    # Lists are accepted for convenience; the stored value is always a tuple.
    return items if type(items) is tuple else tuple(items)


def _sorted_check_ins(items: Iterable[CheckIn]) -> tuple[CheckIn, ...]:
    check_ins = _to_tuple(items)
    for earlier, later in pairwise(check_ins):
        if type(earlier) is not CheckIn or type(later) is not CheckIn:
            break  # leave it to validation to name the culprit
        if later.on < earlier.on:
            # sorted() is stable: several check-ins on one day keep their order.
            return tuple(sorted(check_ins, key=attrgetter("on")))
    return check_ins


def _check_text(owner: str, field: str, value: object, *, blank_ok: bool = True) -> None:
    if type(value) is not str:
        raise ValidationError(owner, field, "text", got=value)
    if not blank_ok and not value.strip():
        raise ValidationError(owner, field, "non-blank text", got=value)


def _check_optional_text(owner: str, field: str, value: object) -> None:
    if value is not None and type(value) is not str:
        raise ValidationError(owner, field, "text or None", got=value)


def _check_id(owner: str, field: str, value: object) -> None:
    if type(value) is not str or not value or value != value.strip():
        raise ValidationError(
            owner, field, "a non-empty id without surrounding whitespace", got=value
        )


def _check_number(owner: str, field: str, value: object) -> None:
    # `type(...) in` rather than isinstance: bool is an int, and is never a number here.
    if type(value) not in (int, float):
        raise ValidationError(owner, field, "a number", got=value)
    if type(value) is int:
        if -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
            return
    elif math.isfinite(value) and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:  # type: ignore[arg-type,operator]
        return
    raise ValidationError(owner, field, f"a finite number within ±{MAX_MAGNITUDE:g}", got=value)


def _check_weight(owner: str, value: object) -> None:
    _check_number(owner, "weight", value)
    if value < 0:  # type: ignore[operator]
        raise ValidationError(owner, "weight", "a weight of 0 or more", got=value)


def _check_date(owner: str, field: str, value: object) -> None:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        expected = "a date (not a datetime)" if isinstance(value, datetime.datetime) else "a date"
        raise ValidationError(owner, field, expected, got=value)


def _check_optional_date(owner: str, field: str, value: object) -> None:
    if value is not None:
        _check_date(owner, field, value)


def _check_enum(owner: str, field: str, value: object, kind: type[enum.Enum]) -> None:
    if type(value) is not kind:
        values = ", ".join(repr(member.value) for member in kind)
        raise ValidationError(owner, field, f"a {kind.__name__} ({values})", got=value)


def _check_items(owner: str, field: str, items: tuple[Any, ...], kind: type) -> None:
    for index, item in enumerate(items):
        if type(item) is not kind:
            raise ValidationError(owner, f"{field}[{index}]", f"a {kind.__name__}", got=item)


def _check_unique_ids(owner: str, groups: Iterable[tuple[str, tuple[Any, ...]]]) -> None:
    seen: dict[str, str] = {}
    for field, items in groups:
        for index, item in enumerate(items):
            where = f"{field}[{index}].id"
            first = seen.setdefault(item.id, where)
            if first is not where:
                raise ValidationError(
                    owner, where, f"an id not already used (by {first})", got=item.id
                )


# -------------------------------------------------------------------- people


@attrs.frozen(kw_only=True)
class Person:
    """A mentee or a mentor.

    Examples:
        >>> Person(name="Ana Diaz", id="ana")
        Person(name='Ana Diaz', id='ana')
    """

    name: str
    id: str = attrs.field(factory=_person_id)

    def __attrs_post_init__(self) -> None:
        _check_text("Person", "name", self.name, blank_ok=False)
        _check_id("Person", "id", self.id)


# ------------------------------------------------------------ measurements


@attrs.frozen(kw_only=True)
class CheckIn:
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
        _check_date("CheckIn", "on", self.on)
        _check_number("CheckIn", "value", self.value)
        confidence = self.confidence
        if confidence is not None and (type(confidence) is not int or not 0 <= confidence <= 10):
            raise ValidationError(
                "CheckIn", "confidence", "an integer from 0 to 10 or None", got=confidence
            )
        _check_text("CheckIn", "note", self.note)
        _check_optional_text("CheckIn", "by", self.by)


@attrs.frozen(kw_only=True)
class KeyResult:
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
    """

    title: str
    target: float
    baseline: float = 0
    unit: str = ""
    direction: Direction | None = None
    weight: float = 1
    due: datetime.date | None = None
    check_ins: tuple[CheckIn, ...] = attrs.field(default=(), converter=_sorted_check_ins)
    id: str = attrs.field(factory=_key_result_id)

    def __attrs_post_init__(self) -> None:
        owner = "KeyResult"
        _check_text(owner, "title", self.title, blank_ok=False)
        _check_number(owner, "target", self.target)
        _check_number(owner, "baseline", self.baseline)
        _check_text(owner, "unit", self.unit)
        _check_weight(owner, self.weight)
        _check_optional_date(owner, "due", self.due)
        _check_id(owner, "id", self.id)
        _check_items(owner, "check_ins", self.check_ins, CheckIn)
        direction = self.direction
        if direction is None:
            if self.target == self.baseline:
                raise ValidationError(
                    owner,
                    "target",
                    "a target different from the baseline, or a direction "
                    "(AT_LEAST or AT_MOST to maintain a threshold)",
                    got=self.target,
                )
            inferred = Direction.INCREASE if self.target > self.baseline else Direction.DECREASE
            object.__setattr__(self, "direction", inferred)
            return
        _check_enum(owner, "direction", direction, Direction)
        if direction is Direction.INCREASE and not self.target > self.baseline:
            raise ValidationError(
                owner,
                "target",
                f"a target above the baseline {self.baseline} for INCREASE",
                got=self.target,
            )
        if direction is Direction.DECREASE and not self.target < self.baseline:
            raise ValidationError(
                owner,
                "target",
                f"a target below the baseline {self.baseline} for DECREASE",
                got=self.target,
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
        if not check_ins or check_ins[-1].on <= day:
            return check_ins
        return check_ins[: bisect_right(check_ins, day, key=_ON)]

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
        check_ins = self.check_ins
        if not check_ins:
            return None
        last = check_ins[-1]
        if last.on <= day:
            return last
        index = bisect_right(check_ins, day, key=_ON)
        return check_ins[index - 1] if index else None

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
        last = self.last_check_in(day)
        return self.baseline if last is None else last.value

    def with_check_in(self, check_in: CheckIn) -> KeyResult:
        """Return a copy with *check_in* added in date order (after others that day).

        Examples:
            >>> import datetime
            >>> kr = KeyResult(title="Events attended", target=4)
            >>> kr.with_check_in(CheckIn(on=datetime.date(2027, 2, 15), value=1)).check_ins[0].value
            1
        """
        return attrs.evolve(self, check_ins=(*self.check_ins, check_in))


@attrs.frozen(kw_only=True)
class Milestone:
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
    id: str = attrs.field(factory=_milestone_id)

    def __attrs_post_init__(self) -> None:
        _check_text("Milestone", "title", self.title, blank_ok=False)
        _check_optional_date("Milestone", "due", self.due)
        _check_optional_date("Milestone", "completed_on", self.completed_on)
        _check_weight("Milestone", self.weight)
        _check_id("Milestone", "id", self.id)

    def completed_by(self, day: datetime.date) -> bool:
        """Whether the milestone was completed on or before *day*.

        Examples:
            >>> import datetime
            >>> m = Milestone(title="Draft the talk", completed_on=datetime.date(2027, 2, 3))
            >>> m.completed_by(datetime.date(2027, 2, 2)), m.completed_by(datetime.date(2027, 2, 3))
            (False, True)
        """
        return self.completed_on is not None and self.completed_on <= day


@attrs.frozen(kw_only=True)
class Review:
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
    next_steps: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    id: str = attrs.field(factory=_review_id)

    def __attrs_post_init__(self) -> None:
        _check_date("Review", "held_on", self.held_on)
        _check_enum("Review", "kind", self.kind, ReviewKind)
        _check_optional_text("Review", "reviewer", self.reviewer)
        _check_text("Review", "notes", self.notes)
        rating = self.rating
        if rating is not None and (type(rating) is not int or not 1 <= rating <= 5):
            raise ValidationError("Review", "rating", "an integer from 1 to 5 or None", got=rating)
        for index, step in enumerate(self.next_steps):
            _check_text("Review", f"next_steps[{index}]", step, blank_ok=False)
        _check_id("Review", "id", self.id)


class Changes(Mapping[str, tuple[Any, Any]]):
    """A read-only mapping of Goal field name -> (old, new): what a `Revision` changed.

    It compares equal to a dict with the same items, hashes, copies and pickles.

    Examples:
        >>> changes = Changes({"title": ("Give five talks", "Give three talks")})
        >>> changes["title"][1], changes == {"title": ("Give five talks", "Give three talks")}
        ('Give three talks', True)
    """

    __slots__ = ("_items",)

    _items: dict[str, tuple[Any, Any]]

    def __init__(self, items: Mapping[str, Iterable[Any]] = types.MappingProxyType({})) -> None:
        # Lists inside a pair (tags, key results...) become tuples, as on Goal itself.
        pairs = {
            key: tuple(tuple(v) if isinstance(v, list) else v for v in pair)
            for key, pair in items.items()
        }
        object.__setattr__(self, "_items", pairs)

    def __getitem__(self, key: str) -> tuple[Any, Any]:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Changes is read-only")

    def __reduce__(self) -> tuple[type[Changes], tuple[dict[str, tuple[Any, Any]]]]:
        return (Changes, (self._items,))

    def __repr__(self) -> str:
        return repr(self._items)


def _to_changes(changes: Mapping[str, Iterable[Any]]) -> Changes:
    if type(changes) is Changes:
        return changes
    if not isinstance(changes, Mapping):
        raise ValidationError(
            "Revision", "changes", "a mapping of field -> (old, new)", got=changes
        )
    for name, pair in changes.items():
        if isinstance(pair, str) or not isinstance(pair, Iterable):
            raise ValidationError("Revision", f"changes[{name!r}]", "a pair (old, new)", got=pair)
    return Changes(changes)


@attrs.frozen(kw_only=True)
class Revision:
    """A recorded change to a goal: when, why, and each field's old and new value.

    Revisions are how a goal is adjusted as the mentee grows, without losing
    what was agreed before. `changes` maps a `Goal` field name to
    `(old, new)`. Use `Goal.revise` rather than building these by hand: it
    fills in the old values.

    Examples:
        >>> import datetime
        >>> goal = Goal(title="Give five presentations", due=datetime.date(2027, 4, 30))
        >>> revised = goal.revise("Conference moved to May", on=datetime.date(2027, 3, 1),
        ...                       due=datetime.date(2027, 5, 31))
        >>> revised.revisions[0].changes["due"]
        (datetime.date(2027, 4, 30), datetime.date(2027, 5, 31))
    """

    on: datetime.date
    reason: str
    changes: Changes = attrs.field(converter=_to_changes)

    def __attrs_post_init__(self) -> None:
        _check_date("Revision", "on", self.on)
        _check_text("Revision", "reason", self.reason, blank_ok=False)
        if not self.changes:
            raise ValidationError("Revision", "changes", "at least one changed field")
        for name, pair in self.changes.items():
            check = _REVISION_CHECKS.get(name) if type(name) is str else None
            if check is None:
                raise ValidationError(
                    "Revision", "changes", "names of revisable Goal fields", got=name
                )
            if len(pair) != 2:
                raise ValidationError("Revision", f"changes.{name}", "a pair (old, new)", got=pair)
            # Both sides must be valid values of the field: a revision is replayable history.
            check(f"changes.{name}[0]", pair[0])
            check(f"changes.{name}[1]", pair[1])


# ---------------------------------------------------------------------- goals


class GoalState(NamedTuple):
    """The fields of a goal that change over time, as they were on one day.

    Returned by `Goal.state_on`.

    Examples:
        >>> import datetime
        >>> Goal(title="Learn SQL", weight=2).state_on(datetime.date(2027, 1, 1)).weight
        2
    """

    status: GoalStatus
    start: datetime.date | None
    due: datetime.date | None
    weight: float
    key_results: tuple[KeyResult, ...]
    milestones: tuple[Milestone, ...]


@attrs.frozen(kw_only=True, repr=False)
class Goal:
    """A goal: what the mentee (or mentor) means to achieve, and how it is tracked.

    `title` is the goal statement. `relevance` says why it matters: the
    career objective, value or organisational objective it serves. A goal is
    measured by its key results and milestones and, inside a `Plan`, by its
    child goals (those whose `parent_id` is its id).

    Examples:
        >>> import datetime
        >>> goal = Goal(
        ...     title="Enhance my public speaking skills by giving five presentations "
        ...           "in the next three months",
        ...     kind=GoalKind.DEVELOPMENT,
        ...     start=datetime.date(2027, 1, 31), due=datetime.date(2027, 4, 30),
        ...     relevance="Team leads present the team's work every quarter",
        ...     key_results=[KeyResult(title="Presentations given", target=5, id="kr-talks")],
        ... )
        >>> goal.horizon
        <Horizon.SHORT_TERM: 'short_term'>
        >>> goal = goal.check_in("kr-talks", 2, on=datetime.date(2027, 2, 28), confidence=8)
        >>> goal.key_results[0].value_on(datetime.date(2027, 3, 1))
        2
    """

    title: str
    id: str = attrs.field(factory=_goal_id)
    description: str = ""
    kind: GoalKind = GoalKind.PERFORMANCE
    owner: str | None = None
    start: datetime.date | None = None
    due: datetime.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    weight: float = 1
    parent_id: str | None = None
    relevance: str = ""
    tags: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    key_results: tuple[KeyResult, ...] = attrs.field(default=(), converter=_to_tuple)
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_to_tuple)
    reviews: tuple[Review, ...] = attrs.field(default=(), converter=_to_tuple)
    revisions: tuple[Revision, ...] = attrs.field(default=(), converter=_to_tuple)

    def __attrs_post_init__(self) -> None:
        owner = "Goal"
        _check_text(owner, "title", self.title, blank_ok=False)
        _check_id(owner, "id", self.id)
        _check_text(owner, "description", self.description)
        _check_enum(owner, "kind", self.kind, GoalKind)
        _check_optional_text(owner, "owner", self.owner)
        _check_optional_date(owner, "start", self.start)
        _check_optional_date(owner, "due", self.due)
        if self.start is not None and self.due is not None and self.due < self.start:
            raise ValidationError(
                owner, "due", f"a date on or after start ({self.start.isoformat()})", got=self.due
            )
        _check_enum(owner, "status", self.status, GoalStatus)
        _check_weight(owner, self.weight)
        if self.parent_id is not None:
            _check_id(owner, "parent_id", self.parent_id)
            if self.parent_id == self.id:
                raise ValidationError(owner, "parent_id", "another goal's id", got=self.parent_id)
        _check_text(owner, "relevance", self.relevance)
        for index, tag in enumerate(self.tags):
            _check_text(owner, f"tags[{index}]", tag, blank_ok=False)
        _check_items(owner, "key_results", self.key_results, KeyResult)
        _check_items(owner, "milestones", self.milestones, Milestone)
        _check_items(owner, "reviews", self.reviews, Review)
        _check_items(owner, "revisions", self.revisions, Revision)
        _check_unique_ids(
            owner,
            (
                ("key_results", self.key_results),
                ("milestones", self.milestones),
                ("reviews", self.reviews),
            ),
        )

    # ------------------------------------------------------------ display

    def __repr__(self) -> str:
        """One line that says which goal this is: id, statement, kind, dates and sizes.

        The full field-by-field form is `goalkit.to_dict(goal)`.

        Examples:
            >>> import datetime
            >>> Goal(title="Attend four industry events", id="g-events",
            ...      start=datetime.date(2027, 1, 1), due=datetime.date(2027, 7, 1),
            ...      key_results=[KeyResult(title="Events attended", target=4)])
            Goal(id='g-events', title='Attend four industry events', kind=PERFORMANCE,
                 status=ACTIVE, start=2027-01-01, due=2027-07-01, key_results=1)
        """
        parts = [f"id={self.id!r}", f"title={excerpt(self.title)}", f"kind={self.kind.name}"]
        parts.append(f"status={self.status.name}")
        if self.start is not None:
            parts.append(f"start={self.start.isoformat()}")
        if self.due is not None:
            parts.append(f"due={self.due.isoformat()}")
        if self.parent_id is not None:
            parts.append(f"parent_id={self.parent_id!r}")
        for name in ("key_results", "milestones", "reviews", "revisions"):
            count = len(getattr(self, name))
            if count:
                parts.append(f"{name}={count}")
        return f"Goal({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """Jupyter's rich display: progress today with a bar, health, SMART verdict, key results."""
        return repr_html(self)

    # ------------------------------------------------------------ derived

    @property
    def horizon(self) -> Horizon | None:
        """SHORT_TERM when due is at most 365 days after start, LONG_TERM beyond, None without both.

        Examples:
            >>> import datetime
            >>> Goal(title="Learn SQL", start=datetime.date(2027, 1, 1),
            ...      due=datetime.date(2027, 3, 1)).horizon
            <Horizon.SHORT_TERM: 'short_term'>
            >>> Goal(title="Learn SQL").horizon is None
            True
        """
        if self.start is None or self.due is None:
            return None
        if (self.due - self.start).days <= SHORT_TERM_DAYS:
            return Horizon.SHORT_TERM
        return Horizon.LONG_TERM

    def state_on(self, day: datetime.date) -> GoalState:
        """The goal's status, dates, weight, key results and milestones as they were on *day*.

        Revisions made after *day* are undone, newest first. This is the one
        implementation of "what the goal looked like on a day": progress,
        SMART, reports and celebrations all read past days through it.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Give five talks", due=datetime.date(2027, 4, 30))
            >>> march_1 = datetime.date(2027, 3, 1)
            >>> goal = goal.revise("Moved", march_1, due=datetime.date(2027, 5, 31))
            >>> goal.state_on(datetime.date(2027, 2, 1)).due, goal.state_on(march_1).due
            (datetime.date(2027, 4, 30), datetime.date(2027, 5, 31))
        """
        revisions = self.revisions
        if not revisions or revisions[-1].on <= day:
            return GoalState(
                self.status, self.start, self.due, self.weight, self.key_results, self.milestones
            )
        values: dict[str, Any] = {
            "status": self.status,
            "start": self.start,
            "due": self.due,
            "weight": self.weight,
            "key_results": self.key_results,
            "milestones": self.milestones,
        }
        for revision in reversed(revisions):
            if revision.on <= day:
                break
            for name, (old, _new) in revision.changes.items():
                if name in values:
                    values[name] = old
        return GoalState(**values)

    def status_on(self, day: datetime.date) -> GoalStatus:
        """The status as of *day*, read from the revision history (see `state_on`).

        A goal achieved on 1 May was still ACTIVE on 30 April, so progress
        as of a past day is computed from what was true then.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Run a workshop").achieve(datetime.date(2027, 5, 1))
            >>> april_30, may_1 = datetime.date(2027, 4, 30), datetime.date(2027, 5, 1)
            >>> goal.status_on(april_30), goal.status_on(may_1)
            (<GoalStatus.ACTIVE: 'active'>, <GoalStatus.ACHIEVED: 'achieved'>)
        """
        return self.state_on(day).status

    def status_changed_on(self, status: GoalStatus) -> datetime.date | None:
        """The day of the last revision that set *status*, or None.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Run a workshop").achieve(datetime.date(2027, 5, 1))
            >>> goal.status_changed_on(GoalStatus.ACHIEVED)
            datetime.date(2027, 5, 1)
        """
        for revision in reversed(self.revisions):
            change = revision.changes.get("status")
            if change is not None and change[1] is status:
                return revision.on
        return None

    def key_result(self, key_result_id: str) -> KeyResult:
        """The key result with this id.

        Raises:
            UnknownIdError: no key result has that id.

        Examples:
            >>> goal = Goal(title="Ship it", key_results=[KeyResult(title="Bugs", target=0,
            ...             baseline=9, id="kr-bugs")])
            >>> goal.key_result("kr-bugs").target
            0
        """
        for key_result in self.key_results:
            if key_result.id == key_result_id:
                return key_result
        raise UnknownIdError(key_result_id, kind="key result", where=f"goal {self.id!r}")

    def milestone(self, milestone_id: str) -> Milestone:
        """The milestone with this id.

        Raises:
            UnknownIdError: no milestone has that id.

        Examples:
            >>> goal = Goal(title="Ship it", milestones=[Milestone(title="Beta", id="m-beta")])
            >>> goal.milestone("m-beta").title
            'Beta'
        """
        for milestone in self.milestones:
            if milestone.id == milestone_id:
                return milestone
        raise UnknownIdError(milestone_id, kind="milestone", where=f"goal {self.id!r}")

    # --------------------------------------------------------- operations

    def check_in(
        self,
        key_result_id: str,
        value: float,
        on: datetime.date,
        *,
        confidence: int | None = None,
        note: str = "",
        by: str | None = None,
    ) -> Goal:
        """Return a copy with a check-in recorded on one of the key results.

        Raises:
            UnknownIdError: no key result has that id.
            ValidationError: the check-in is invalid.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Attend four industry events", key_results=[
            ...     KeyResult(title="Events attended", target=4, id="kr-events")])
            >>> later = goal.check_in("kr-events", 1, on=datetime.date(2027, 2, 20), note="Meetup")
            >>> len(goal.key_results[0].check_ins), len(later.key_results[0].check_ins)
            (0, 1)
        """
        target = self.key_result(key_result_id)
        entry = CheckIn(on=on, value=value, confidence=confidence, note=note, by=by)
        return attrs.evolve(
            self,
            key_results=tuple(
                kr.with_check_in(entry) if kr is target else kr for kr in self.key_results
            ),
        )

    def complete_milestone(self, milestone_id: str, on: datetime.date) -> Goal:
        """Return a copy with the milestone marked completed on *on*.

        Raises:
            UnknownIdError: no milestone has that id.
            ValidationError: the milestone was already completed, or *on* is not a date.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Give a talk", milestones=[Milestone(title="Outline", id="m-1")])
            >>> goal.complete_milestone("m-1", datetime.date(2027, 2, 1)).milestones[0].completed_on
            datetime.date(2027, 2, 1)
        """
        target = self.milestone(milestone_id)
        if target.completed_on is not None:
            raise ValidationError(
                "Milestone",
                "completed_on",
                f"a milestone not yet completed ({milestone_id!r} was completed on "
                f"{target.completed_on.isoformat()})",
            )
        done = attrs.evolve(target, completed_on=on)
        return attrs.evolve(
            self, milestones=tuple(done if m is target else m for m in self.milestones)
        )

    def add_review(self, review: Review) -> Goal:
        """Return a copy with *review* added.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Give a talk")
            >>> review = Review(held_on=datetime.date(2027, 3, 1), rating=4)
            >>> goal.add_review(review).reviews[0].rating
            4
        """
        return attrs.evolve(self, reviews=(*self.reviews, review))

    def revise(self, reason: str, on: datetime.date, **changes: Any) -> Goal:
        """Return a copy with *changes* applied and recorded as a `Revision`.

        Only fields whose value actually changes are recorded. The new goal
        is validated like any other.

        Raises:
            ValidationError: an unknown or unrevisable field, no actual
                change, or a new value that breaks an invariant.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Give five presentations", id="g-talks")
            >>> revised = goal.revise("Too ambitious for Q1", datetime.date(2027, 2, 1),
            ...                       title="Give three presentations")
            >>> revised.title, revised.revisions[0].changes["title"][0]
            ('Give three presentations', 'Give five presentations')
        """
        recorded: dict[str, tuple[Any, Any]] = {}
        for name, new in changes.items():
            if name not in REVISABLE_FIELDS:
                raise ValidationError(
                    "Goal", name, "a revisable field (" + ", ".join(sorted(REVISABLE_FIELDS)) + ")"
                )
            old = getattr(self, name)
            if isinstance(new, list):
                new = tuple(new)
            if old != new or type(old) is not type(new):
                recorded[name] = (old, new)
        if not recorded:
            raise ValidationError("Goal", "revise", "at least one field with a new value")
        # Build the changed goal first, so a bad value is reported as the Goal field it is.
        changed = attrs.evolve(self, **{name: pair[1] for name, pair in recorded.items()})
        revision = Revision(on=on, reason=reason, changes=recorded)
        return attrs.evolve(changed, revisions=(*self.revisions, revision))

    def achieve(self, on: datetime.date, reason: str = "Achieved") -> Goal:
        """Return a copy marked ACHIEVED on *on* (recorded as a revision).

        Examples:
            >>> import datetime
            >>> Goal(title="Run a workshop").achieve(datetime.date(2027, 5, 1)).status
            <GoalStatus.ACHIEVED: 'achieved'>
        """
        return self.revise(reason, on, status=GoalStatus.ACHIEVED)

    def abandon(self, on: datetime.date, reason: str) -> Goal:
        """Return a copy marked ABANDONED on *on*, with the reason recorded.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Learn Rust").abandon(datetime.date(2027, 3, 1),
            ...                                           "Team moved to Go")
            >>> goal.status, goal.revisions[-1].reason
            (<GoalStatus.ABANDONED: 'abandoned'>, 'Team moved to Go')
        """
        return self.revise(reason, on, status=GoalStatus.ABANDONED)


#: Goal fields that `Goal.revise` may change. The id and the history itself are not.
REVISABLE_FIELDS: Final = frozenset(
    field.name for field in attrs.fields(Goal) if field.name not in {"id", "revisions"}
)


def _revision_check(check: Any, *args: Any) -> Any:
    def run(field: str, value: object) -> None:
        check("Revision", field, value, *args)

    return run


def _check_tags(owner: str, field: str, value: object) -> None:
    if type(value) is not tuple:
        raise ValidationError(owner, field, "a list of tags", got=value)
    for index, tag in enumerate(value):
        _check_text(owner, f"{field}[{index}]", tag, blank_ok=False)


def _check_tuple_of(owner: str, field: str, value: object, kind: type) -> None:
    if type(value) is not tuple:
        raise ValidationError(owner, field, f"a list of {kind.__name__}", got=value)
    _check_items(owner, field, value, kind)


def _check_title(owner: str, field: str, value: object) -> None:
    _check_text(owner, field, value, blank_ok=False)


def _check_optional_id(owner: str, field: str, value: object) -> None:
    if value is not None:
        _check_id(owner, field, value)


def _check_weight_value(owner: str, field: str, value: object) -> None:
    _check_number(owner, field, value)
    if value < 0:  # type: ignore[operator]
        raise ValidationError(owner, field, "a weight of 0 or more", got=value)


#: How each revisable Goal field's old and new values are checked in a `Revision`.
_REVISION_CHECKS: Final = {
    "title": _revision_check(_check_title),
    "description": _revision_check(_check_text),
    "relevance": _revision_check(_check_text),
    "kind": _revision_check(_check_enum, GoalKind),
    "status": _revision_check(_check_enum, GoalStatus),
    "owner": _revision_check(_check_optional_text),
    "parent_id": _revision_check(_check_optional_id),
    "start": _revision_check(_check_optional_date),
    "due": _revision_check(_check_optional_date),
    "weight": _revision_check(_check_weight_value),
    "tags": _revision_check(_check_tags),
    "key_results": _revision_check(_check_tuple_of, KeyResult),
    "milestones": _revision_check(_check_tuple_of, Milestone),
    "reviews": _revision_check(_check_tuple_of, Review),
}
assert set(_REVISION_CHECKS) == REVISABLE_FIELDS, "every revisable field needs a check"


# ------------------------------------------------------------------ cadence

#: Longest step a cadence may take: reviews further apart than this are not a rhythm.
MAX_CADENCE_DAYS: Final = _schedule.MAX_STEP_DAYS
#: Most dates `Cadence.occurrences` returns in one call.
MAX_OCCURRENCES: Final = 10_000


def _to_cadence_unit(unit: CadenceUnit | str) -> CadenceUnit:
    if type(unit) is str:
        try:
            return CadenceUnit(unit)
        except ValueError:
            pass
    return unit  # type: ignore[return-value]  # validated in __attrs_post_init__


@attrs.frozen(kw_only=True)
class Cadence:
    """A review rhythm: every N weeks, months, quarters or years from an anchor date.

    The n-th date of the series is computed as anchor + n steps with
    `dateutil.relativedelta`, never by adding one step to the previous date,
    so a monthly series from 31 January gives 28 (or 29) February, 31 March,
    30 April: it never drifts to the 28th. A yearly series from 29 February
    falls on 28 February in common years and on 29 February again in leap
    years. The series starts at the anchor and runs forward; it ends where
    the calendar does (9999-12-31).

    Examples:
        >>> import datetime
        >>> monthly = Cadence(every=1, unit="month", anchor=datetime.date(2027, 1, 31))
        >>> print(*(d.isoformat() for d in monthly.occurrences(datetime.date(2027, 4, 30))))
        2027-01-31 2027-02-28 2027-03-31 2027-04-30
        >>> monthly.next_after(datetime.date(2027, 2, 28))
        datetime.date(2027, 3, 31)
    """

    every: int
    unit: CadenceUnit = attrs.field(converter=_to_cadence_unit)
    anchor: datetime.date

    def __attrs_post_init__(self) -> None:
        if type(self.every) is not int or self.every < 1:
            raise ValidationError("Cadence", "every", "a whole number of 1 or more", got=self.every)
        _check_enum("Cadence", "unit", self.unit, CadenceUnit)
        if (
            self.every > MAX_CADENCE_DAYS  # first: keeps a huge integer away from float arithmetic
            or self.every * _schedule.step_days(self.unit) > MAX_CADENCE_DAYS
        ):
            raise ValidationError(
                "Cadence",
                "every",
                f"a step of at most five years between reviews (every N {self.unit.value}s)",
                got=self.every,
            )
        _check_date("Cadence", "anchor", self.anchor)

    def occurrences(
        self, until: datetime.date, start: datetime.date | None = None
    ) -> tuple[datetime.date, ...]:
        """The dates of the series from *start* (default: the anchor) to *until*, inclusive.

        Dates before the anchor are never part of the series, so a *start*
        before the anchor is the same as the anchor.

        Raises:
            ValidationError: *until* or *start* is not a date, or the window
                holds more than 10,000 dates (ask for a shorter window).

        Examples:
            >>> import datetime
            >>> quarterly = Cadence(every=1, unit="quarter", anchor=datetime.date(2027, 1, 15))
            >>> quarterly.occurrences(datetime.date(2027, 12, 31), start=datetime.date(2027, 3, 1))
            (datetime.date(2027, 4, 15), datetime.date(2027, 7, 15), datetime.date(2027, 10, 15))
        """
        _check_date("Cadence.occurrences", "until", until)
        begin = self.anchor if start is None else start
        _check_date("Cadence.occurrences", "start", begin)
        count, dates = _schedule.steps(self.anchor, self.unit, self.every, begin, until)
        if count > MAX_OCCURRENCES:
            raise ValidationError(
                "Cadence.occurrences",
                "until",
                f"a window of at most {MAX_OCCURRENCES} occurrences "
                f"({count} from {begin.isoformat()})",
                got=until,
            )
        return tuple(dates)

    def next_after(self, day: datetime.date) -> datetime.date:
        """The first date of the series strictly after *day*.

        Raises:
            ValidationError: *day* is not a date, or the series has no date
                after it before the calendar ends (9999-12-31).

        Examples:
            >>> import datetime
            >>> yearly = Cadence(every=1, unit="year", anchor=datetime.date(2028, 2, 29))
            >>> yearly.next_after(datetime.date(2028, 2, 29))
            datetime.date(2029, 2, 28)
            >>> yearly.next_after(datetime.date(2029, 2, 28))
            datetime.date(2030, 2, 28)
            >>> yearly.next_after(datetime.date(2031, 3, 1))
            datetime.date(2032, 2, 29)
        """
        _check_date("Cadence.next_after", "day", day)
        after = _schedule.next_step(self.anchor, self.unit, self.every, day)
        if after is None:
            raise ValidationError(
                "Cadence.next_after",
                "day",
                "a day with a later date in the series before 9999-12-31",
                got=day,
            )
        return after


# ---------------------------------------------------------------------- plans


@attrs.frozen(kw_only=True, repr=False)
class Plan:
    """A mentee's goal plan: the goals, who owns them, and the review rhythm.

    Goals form a tree through `Goal.parent_id`. Ids are unique across the
    whole plan (goals, key results, milestones and reviews), every
    `parent_id` names a goal in the plan, and there are no cycles.

    Examples:
        >>> import datetime
        >>> lead = Goal(title="Move into a team lead role within two years", id="g-lead")
        >>> talks = Goal(title="Give five presentations in three months", id="g-talks",
        ...              parent_id="g-lead")
        >>> plan = Plan(mentee=Person(id="ana", name="Ana"), goals=[lead, talks])
        >>> [g.id for g in plan.children("g-lead")]
        ['g-talks']
        >>> plan.goal("g-talks").parent_id
        'g-lead'
    """

    mentee: Person
    mentor: Person | None = None
    goals: tuple[Goal, ...] = attrs.field(default=(), converter=_to_tuple)
    cadence: Cadence | None = None
    id: str = attrs.field(factory=_plan_id)
    title: str = ""
    _index: Mapping[str, Goal] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _children: Mapping[str | None, tuple[Goal, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        owner = "Plan"
        if type(self.mentee) is not Person:
            raise ValidationError(owner, "mentee", "a Person", got=self.mentee)
        if self.mentor is not None and type(self.mentor) is not Person:
            raise ValidationError(owner, "mentor", "a Person or None", got=self.mentor)
        if self.mentor is not None and self.mentor.id == self.mentee.id:
            raise ValidationError(
                owner, "mentor.id", "an id other than the mentee's", got=self.mentor.id
            )
        if self.cadence is not None and type(self.cadence) is not Cadence:
            raise ValidationError(owner, "cadence", "a Cadence or None", got=self.cadence)
        _check_id(owner, "id", self.id)
        _check_text(owner, "title", self.title)
        _check_items(owner, "goals", self.goals, Goal)

        index: dict[str, Goal] = {}
        children: dict[str | None, list[Goal]] = {}
        seen: dict[str, str] = {}
        for position, goal in enumerate(self.goals):
            where = f"goals[{position}]"
            for path, entity_id in _entity_ids(goal, where):
                first = seen.setdefault(entity_id, path)
                if first is not path:
                    raise ValidationError(
                        owner,
                        path,
                        f"an id unique in the plan (also used by {first})",
                        got=entity_id,
                    )
            index[goal.id] = goal
            children.setdefault(goal.parent_id, []).append(goal)
        for position, goal in enumerate(self.goals):
            if goal.parent_id is not None and goal.parent_id not in index:
                raise ValidationError(
                    owner,
                    f"goals[{position}].parent_id",
                    "the id of a goal in the plan",
                    got=goal.parent_id,
                )
        _check_no_cycles(self.goals, index)
        # Private and never handed out, so plain dicts: they pickle, unlike mapping proxies.
        object.__setattr__(self, "_index", index)
        object.__setattr__(
            self, "_children", {key: tuple(value) for key, value in children.items()}
        )

    def __repr__(self) -> str:
        """One line that says which plan this is: id, title, people, goals and cadence.

        Examples:
            >>> Plan(mentee=Person(name="Ana Diaz"), id="plan-ana", title="Ana's plan",
            ...      goals=[Goal(title="Learn SQL")])
            Plan(id='plan-ana', title="Ana's plan", mentee='Ana Diaz', goals=1)
        """
        parts = [f"id={self.id!r}"]
        if self.title:
            parts.append(f"title={excerpt(self.title)}")
        parts.append(f"mentee={excerpt(self.mentee.name)}")
        if self.mentor is not None:
            parts.append(f"mentor={excerpt(self.mentor.name)}")
        parts.append(f"goals={len(self.goals)}")
        cadence = self.cadence
        if cadence is not None:
            unit = (
                cadence.unit.value
                if cadence.every == 1
                else f"{cadence.every} {cadence.unit.value}s"
            )
            parts.append(f"cadence='every {unit} from {cadence.anchor.isoformat()}'")
        return f"Plan({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the plan's goals in tree order, with bars, health and SMART."""
        return repr_html(self)

    def goal(self, goal_id: str) -> Goal:
        """The goal with this id.

        Raises:
            UnknownIdError: no goal in the plan has that id.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana"), goals=[Goal(title="Learn SQL", id="g-sql")])
            >>> plan.goal("g-sql").title
            'Learn SQL'
        """
        try:
            return self._index[goal_id]
        except (KeyError, TypeError):
            raise UnknownIdError(goal_id, kind="goal", where=f"plan {self.id!r}") from None

    def children(self, goal_id: str) -> tuple[Goal, ...]:
        """The goals whose parent is *goal_id*, in plan order.

        Raises:
            UnknownIdError: no goal in the plan has that id.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana"), goals=[Goal(title="Lead", id="g-lead")])
            >>> plan.children("g-lead")
            ()
        """
        self.goal(goal_id)
        return self._children.get(goal_id, ())

    def roots(self) -> tuple[Goal, ...]:
        """The goals without a parent, in plan order.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana"), goals=[
            ...     Goal(title="Lead", id="g-lead"),
            ...     Goal(title="Talk", id="g-t", parent_id="g-lead")])
            >>> [g.id for g in plan.roots()]
            ['g-lead']
        """
        return self._children.get(None, ())

    def walk(self) -> Iterator[tuple[int, Goal]]:
        """Yield `(depth, goal)` for every goal in tree order: each parent before its children.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana"), goals=[
            ...     Goal(title="Talk", id="g-t", parent_id="g-lead"),
            ...     Goal(title="Lead", id="g-lead")])
            >>> [(depth, g.id) for depth, g in plan.walk()]
            [(0, 'g-lead'), (1, 'g-t')]
        """
        stack: list[tuple[int, Goal]] = [(0, goal) for goal in reversed(self.roots())]
        while stack:
            depth, goal = stack.pop()
            yield depth, goal
            stack.extend((depth + 1, child) for child in reversed(self._children.get(goal.id, ())))

    def add_goal(self, goal: Goal) -> Plan:
        """Return a copy with *goal* appended.

        Raises:
            ValidationError: the goal's ids clash with the plan's, or its parent is missing.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana"))
            >>> len(plan.add_goal(Goal(title="Learn SQL")).goals)
            1
        """
        return attrs.evolve(self, goals=(*self.goals, goal))

    def replace_goal(self, goal: Goal) -> Plan:
        """Return a copy with the goal of the same id replaced by *goal*.

        Raises:
            UnknownIdError: no goal in the plan has that id.

        Examples:
            >>> import datetime
            >>> plan = Plan(mentee=Person(name="Ana"), goals=[Goal(title="Learn SQL", id="g-sql")])
            >>> done = plan.goal("g-sql").achieve(datetime.date(2027, 3, 1))
            >>> plan.replace_goal(done).goal("g-sql").status
            <GoalStatus.ACHIEVED: 'achieved'>
        """
        old = self.goal(goal.id)
        return attrs.evolve(self, goals=tuple(goal if g is old else g for g in self.goals))

    def remove_goal(self, goal_id: str) -> Plan:
        """Return a copy without the goal; its children must be moved or removed first.

        Raises:
            UnknownIdError: no goal in the plan has that id.
            ValidationError: other goals still name it as their parent.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana"), goals=[Goal(title="Learn SQL", id="g-sql")])
            >>> plan.remove_goal("g-sql").goals
            ()
        """
        old = self.goal(goal_id)
        return attrs.evolve(self, goals=tuple(g for g in self.goals if g is not old))


def _entity_ids(goal: Goal, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where}.id", goal.id
    groups: tuple[tuple[str, tuple[KeyResult | Milestone | Review, ...]], ...] = (
        ("key_results", goal.key_results),
        ("milestones", goal.milestones),
        ("reviews", goal.reviews),
    )
    for field, items in groups:
        for index, item in enumerate(items):
            yield f"{where}.{field}[{index}].id", item.id


def _check_no_cycles(goals: tuple[Goal, ...], index: Mapping[str, Goal]) -> None:
    # Each goal is walked up at most once: a goal known to reach a root is not revisited.
    reaches_root: set[str] = set()
    for position, goal in enumerate(goals):
        path: list[str] = []
        on_path: set[str] = set()
        current: Goal | None = goal
        while current is not None and current.id not in reaches_root:
            if current.id in on_path:
                cycle = " -> ".join([*path[path.index(current.id) :], current.id])
                raise ValidationError(
                    "Plan", f"goals[{position}].parent_id", f"no parent cycle (found {cycle})"
                )
            path.append(current.id)
            on_path.add(current.id)
            current = None if current.parent_id is None else index[current.parent_id]
        reaches_root.update(path)
