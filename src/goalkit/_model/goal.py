"""A goal, its history, and what it looked like on any day.

`Goal` is the value mentee and mentor agree on; `Revision` records each
change to it with the day and the reason, so the history replays:
`Goal.state_on(day)` is the one implementation of "what the goal looked like
on a day" (status, dates, weight, key results and milestones), and
`Goal.status_history()` the one list of its status changes. Progress, SMART,
forecasts, celebrations, reports and plots read the past only through them.
"""

from __future__ import annotations

import datetime
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, NamedTuple

import attrs

from goalkit._display_hook import ConciseRepr, concise_repr, repr_html
from goalkit._errors import UnknownIdError, ValidationError, excerpt
from goalkit._framework_hook import DocumentHooks
from goalkit._model.checks import (
    MAX_MAGNITUDE,
    check_date,
    check_enum,
    check_id,
    check_items,
    check_optional_date,
    check_optional_id,
    check_optional_text,
    check_text,
    check_unique_ids,
    check_weight,
    id_factory,
    to_tuple,
)
from goalkit._model.enums import Ambition, GoalKind, GoalStatus, Horizon, Outcome
from goalkit._model.fields import describe_fields
from goalkit._model.measures import CheckIn, KeyResult, Milestone, Review

__all__ = [
    "REVISABLE_FIELDS",
    "SHORT_TERM_DAYS",
    "Agreement",
    "Changes",
    "Goal",
    "GoalState",
    "Revision",
    "horizon_between",
]

#: A short span counts as SHORT_TERM up to this many days from start to due.
SHORT_TERM_DAYS: Final = 365


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
            "Revision", "changes", "a mapping of field -> (old, new)", got=changes, code="type"
        )
    for name, pair in changes.items():
        if isinstance(pair, str) or not isinstance(pair, Iterable):
            raise ValidationError(
                "Revision", f"changes[{name!r}]", "a pair (old, new)", got=pair, code="type"
            )
    return Changes(changes)


@attrs.frozen(kw_only=True, field_transformer=describe_fields)
class Revision(DocumentHooks):
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
        check_date("Revision", "on", self.on)
        check_text("Revision", "reason", self.reason, blank_ok=False)
        if not self.changes:
            raise ValidationError(
                "Revision", "changes", "at least one changed field", code="revision"
            )
        for name, pair in self.changes.items():
            check = _REVISION_CHECKS.get(name) if type(name) is str else None
            if check is None:
                raise ValidationError(
                    "Revision",
                    "changes",
                    "names of revisable Goal fields",
                    got=name,
                    code="revision",
                )
            if len(pair) != 2:
                raise ValidationError(
                    "Revision", f"changes.{name}", "a pair (old, new)", got=pair, code="type"
                )
            # Both sides must be valid values of the field: a revision is replayable history.
            check(f"changes.{name}[0]", pair[0])
            check(f"changes.{name}[1]", pair[1])


def horizon_between(start: datetime.date | None, due: datetime.date | None) -> Horizon | None:
    """The horizon of a goal from *start* to *due*: the one rule behind `Goal.horizon`.

    Tables read it for the dates a goal had on a past day.

    Examples:
        >>> import datetime
        >>> horizon_between(datetime.date(2027, 1, 1), datetime.date(2028, 6, 1))
        <Horizon.LONG_TERM: 'long_term'>
    """
    if start is None or due is None:
        return None
    if (due - start).days <= SHORT_TERM_DAYS:
        return Horizon.SHORT_TERM
    return Horizon.LONG_TERM


@attrs.frozen(kw_only=True, field_transformer=describe_fields)
class Agreement(DocumentHooks):
    """A person's agreement to a goal, on a day: goals are agreed together.

    `by` is the id of the person who agreed (the plan's mentee or mentor).
    Record it with `Goal.agree`, or `Plan.agree`, which also turns a DRAFT
    goal ACTIVE once both have agreed.

    Examples:
        >>> import datetime
        >>> Agreement(by="ana", on=datetime.date(2027, 1, 8))
        Agreement(by='ana', on=datetime.date(2027, 1, 8))
    """

    by: str
    on: datetime.date

    def __attrs_post_init__(self) -> None:
        check_id("Agreement", "by", self.by)
        check_date("Agreement", "on", self.on)


def _sorted_agreements(items: Iterable[Agreement]) -> tuple[Agreement, ...]:
    agreements = to_tuple(items)
    if all(type(item) is Agreement for item in agreements):
        # sorted() is stable: agreements entered out of date order keep the history in order.
        return tuple(sorted(agreements, key=lambda item: item.on))
    return agreements  # leave it to validation to name the culprit


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


@attrs.frozen(kw_only=True, repr=False, field_transformer=describe_fields)
class Goal(DocumentHooks, ConciseRepr):
    """A goal: what the mentee (or mentor) means to achieve, and how it is tracked.

    `title` is the goal statement. `relevance` says why it matters: the
    career objective, value or organisational objective it serves. A goal is
    measured by its key results and milestones and, inside a `Plan`, by its
    child goals (those whose `parent_id` is its id).

    Change a goal's plan (title, dates, weight, key results...) with
    `revise`, which records what changed, when and why in `revisions`, the
    history `state_on` and reports replay. `attrs.evolve(goal, due=...)`
    records nothing: history then says the new value was always there.
    Keep `evolve` for corrections that are not changes of plan, such as a
    typo in a goal not yet agreed.

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
    id: str = attrs.field(factory=id_factory("g"))
    description: str = ""
    kind: GoalKind = GoalKind.PERFORMANCE
    owner: str | None = None
    start: datetime.date | None = None
    due: datetime.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    weight: float = 1
    parent_id: str | None = None
    relevance: str = ""
    tags: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    key_results: tuple[KeyResult, ...] = attrs.field(default=(), converter=to_tuple)
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=to_tuple)
    reviews: tuple[Review, ...] = attrs.field(default=(), converter=to_tuple)
    revisions: tuple[Revision, ...] = attrs.field(default=(), converter=to_tuple)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=_sorted_agreements)
    ambition: Ambition = Ambition.COMMITTED
    outcome: Outcome | None = None
    carried_from: str | None = None

    def __attrs_post_init__(self) -> None:
        if _plainly_valid(self):
            return  # a drafted or loaded goal, in one test: drafts and plans make thousands
        owner = "Goal"
        check_text(owner, "title", self.title, blank_ok=False)
        check_id(owner, "id", self.id)
        check_text(owner, "description", self.description)
        check_enum(owner, "kind", self.kind, GoalKind)
        check_optional_text(owner, "owner", self.owner)
        check_optional_date(owner, "start", self.start)
        check_optional_date(owner, "due", self.due)
        if self.start is not None and self.due is not None and self.due < self.start:
            raise ValidationError(
                owner,
                "due",
                f"a date on or after start ({self.start.isoformat()})",
                got=self.due,
                code="due_before_start",
            )
        check_enum(owner, "status", self.status, GoalStatus)
        check_weight(owner, "weight", self.weight)
        if self.parent_id is not None:
            check_id(owner, "parent_id", self.parent_id)
            if self.parent_id == self.id:
                raise ValidationError(
                    owner,
                    "parent_id",
                    "another goal's id",
                    got=self.parent_id,
                    code="unknown_parent",
                )
        check_text(owner, "relevance", self.relevance)
        for index, tag in enumerate(self.tags):
            check_text(owner, f"tags[{index}]", tag, blank_ok=False)
        check_items(owner, "key_results", self.key_results, KeyResult)
        check_items(owner, "milestones", self.milestones, Milestone)
        check_items(owner, "reviews", self.reviews, Review)
        check_items(owner, "revisions", self.revisions, Revision)
        check_items(owner, "agreements", self.agreements, Agreement)
        check_enum(owner, "ambition", self.ambition, Ambition)
        if self.outcome is not None:
            check_enum(owner, "outcome", self.outcome, Outcome)
        check_optional_id(owner, "carried_from", self.carried_from)
        check_unique_ids(
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
        return concise_repr(self, self._repr_parts())

    def _repr_parts(self) -> list[str]:
        parts = [f"id={self.id!r}", f"title={excerpt(self.title)}", f"kind={self.kind.name}"]
        parts.append(f"status={self.status.name}")
        if self.start is not None:
            parts.append(f"start={self.start.isoformat()}")
        if self.due is not None:
            parts.append(f"due={self.due.isoformat()}")
        if self.parent_id is not None:
            parts.append(f"parent_id={self.parent_id!r}")
        if self.ambition is not Ambition.COMMITTED:
            parts.append(f"ambition={self.ambition.name}")
        if self.outcome is not None:
            parts.append(f"outcome={self.outcome.name}")
        if self.carried_from is not None:
            parts.append(f"carried_from={self.carried_from!r}")
        for name in ("key_results", "milestones", "reviews", "revisions", "agreements"):
            count = len(getattr(self, name))
            if count:
                parts.append(f"{name}={count}")
        return parts

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
        return horizon_between(self.start, self.due)

    def state_on(self, day: datetime.date) -> GoalState:
        """The goal's status, dates, weight, key results and milestones as they were on *day*.

        Revisions made after *day* are undone, newest first. They restore
        definitions (a key result's target, a milestone's due day), never the
        record: a check-in or milestone completion entered after a later
        revision still counts from its own date (late entries are routine).
        This is the one implementation of "what the goal looked like on a
        day": progress, SMART, reports and celebrations all read past days
        through it.

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
            # tuple.__new__ rather than GoalState(...): the same value without the Python-level
            # __new__ of a NamedTuple, on the path every progress calculation takes per goal.
            return tuple.__new__(
                GoalState,
                (self.status, self.start, self.due, self.weight, self.key_results, self.milestones),
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
        # A revision restores definitions (targets, weights, dues), never the record: a
        # check-in or completion entered after a later revision counts from its own date.
        if values["key_results"] is not self.key_results:
            values["key_results"] = _with_record(values["key_results"], self.key_results)
        if values["milestones"] is not self.milestones:
            values["milestones"] = _with_record(values["milestones"], self.milestones)
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

    def status_history(self) -> tuple[tuple[datetime.date, GoalStatus], ...]:
        """Every recorded change of status, as `(day, new status)`, in the order recorded.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Run a workshop").abandon(datetime.date(2027, 3, 1), "Paused")
            >>> goal = goal.revise("Resumed", datetime.date(2027, 4, 1), status=GoalStatus.ACTIVE)
            >>> [(day.isoformat(), status.value) for day, status in goal.status_history()]
            [('2027-03-01', 'abandoned'), ('2027-04-01', 'active')]
        """
        return tuple(
            (revision.on, revision.changes["status"][1])
            for revision in self.revisions
            if "status" in revision.changes
        )

    def status_changed_on(
        self, status: GoalStatus, until: datetime.date | None = None
    ) -> datetime.date | None:
        """The day of the last recorded change to *status* (on or before *until*), or None.

        Read from `status_history`: forecasts ask when an achieved goal was
        achieved as of a day, and reports when it was achieved at all.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Run a workshop").achieve(datetime.date(2027, 5, 1))
            >>> goal.status_changed_on(GoalStatus.ACHIEVED)
            datetime.date(2027, 5, 1)
            >>> april_30 = datetime.date(2027, 4, 30)
            >>> goal.status_changed_on(GoalStatus.ACHIEVED, until=april_30) is None
            True
        """
        for day, new in reversed(self.status_history()):
            if new is status and (until is None or day <= until):
                return day
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
                revisable = ", ".join(sorted(REVISABLE_FIELDS))
                raise ValidationError(
                    "Goal", name, f"a revisable field ({revisable})", code="revision"
                )
            old = getattr(self, name)
            if isinstance(new, list):
                new = tuple(new)
            if old != new or type(old) is not type(new):
                recorded[name] = (old, new)
        if not recorded:
            raise ValidationError(
                "Goal", "revise", "at least one field with a new value", code="revision"
            )
        # Build the changed goal first, so a bad value is reported as the Goal field it is.
        changed = attrs.evolve(self, **{name: pair[1] for name, pair in recorded.items()})
        revision = Revision(on=on, reason=reason, changes=recorded)
        return attrs.evolve(changed, revisions=(*self.revisions, revision))

    def agree(self, by: str, on: datetime.date) -> Goal:
        """Return a copy with *by*'s agreement to the goal recorded on *on*.

        A goal alone does not know who must agree: `Plan.agree` checks that
        *by* is the plan's mentee or mentor, and turns a DRAFT goal ACTIVE
        once both have agreed.

        Raises:
            ValidationError: *by* is not an id, or *on* is not a date.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Give five talks", status=GoalStatus.DRAFT)
            >>> goal.agree("ana", datetime.date(2027, 1, 8)).agreements
            (Agreement(by='ana', on=datetime.date(2027, 1, 8)),)
        """
        agreement = Agreement(by=by, on=on)
        return attrs.evolve(self, agreements=(*self.agreements, agreement))

    def agreed_by(self, person_id: str, day: datetime.date | None = None) -> datetime.date | None:
        """The first day *person_id* agreed to the goal (on or before *day*), or None.

        Examples:
            >>> import datetime
            >>> goal = Goal(title="Give five talks").agree("sam", datetime.date(2027, 1, 9))
            >>> goal.agreed_by("sam"), goal.agreed_by("ana")
            (datetime.date(2027, 1, 9), None)
        """
        for agreement in self.agreements:
            if agreement.by == person_id and (day is None or agreement.on <= day):
                return agreement.on
        return None

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


def _with_record(
    then: tuple[KeyResult | Milestone, ...], now: tuple[KeyResult | Milestone, ...]
) -> Any:
    """The items as defined *then*, each with the record (check-ins, completion) known *now*.

    An item no longer in the goal keeps the record it had. This is the one place
    that says late entries count: `state_on` replays definitions, not the record.
    """
    current = {item.id: item for item in now}
    merged: list[KeyResult | Milestone] = []
    for item in then:
        latest = current.get(item.id)
        if latest is None or latest is item:
            merged.append(item)
        elif isinstance(item, KeyResult) and isinstance(latest, KeyResult):
            same = item.check_ins == latest.check_ins
            merged.append(item if same else attrs.evolve(item, check_ins=latest.check_ins))
        elif isinstance(item, Milestone) and isinstance(latest, Milestone):
            same = item.completed_on == latest.completed_on
            merged.append(item if same else attrs.evolve(item, completed_on=latest.completed_on))
        else:
            merged.append(item)
    return tuple(merged)


#: Goal fields that `Goal.revise` may change. The id, the history itself (revisions and
#: agreements), the outcome `close` records and the goal it was carried from are not.
REVISABLE_FIELDS: Final = frozenset(
    field.name
    for field in attrs.fields(Goal)
    if field.name not in {"id", "revisions", "agreements", "outcome", "carried_from"}
)


def _revision_check(check: Any, *args: Any) -> Any:
    def run(field: str, value: object) -> None:
        check("Revision", field, value, *args)

    return run


def _check_tags(owner: str, field: str, value: object) -> None:
    if type(value) is not tuple:
        raise ValidationError(owner, field, "a list of tags", got=value, code="type")
    for index, tag in enumerate(value):
        check_text(owner, f"{field}[{index}]", tag, blank_ok=False)


def _check_tuple_of(owner: str, field: str, value: object, kind: type) -> None:
    if type(value) is not tuple:
        raise ValidationError(owner, field, f"a list of {kind.__name__}", got=value, code="type")
    check_items(owner, field, value, kind)


def _check_title(owner: str, field: str, value: object) -> None:
    check_text(owner, field, value, blank_ok=False)


#: How each revisable Goal field's old and new values are checked in a `Revision`.
_REVISION_CHECKS: Final = {
    "title": _revision_check(_check_title),
    "description": _revision_check(check_text),
    "relevance": _revision_check(check_text),
    "kind": _revision_check(check_enum, GoalKind),
    "status": _revision_check(check_enum, GoalStatus),
    "owner": _revision_check(check_optional_text),
    "parent_id": _revision_check(check_optional_id),
    "start": _revision_check(check_optional_date),
    "due": _revision_check(check_optional_date),
    "weight": _revision_check(check_weight),
    "tags": _revision_check(_check_tags),
    "key_results": _revision_check(_check_tuple_of, KeyResult),
    "milestones": _revision_check(_check_tuple_of, Milestone),
    "reviews": _revision_check(_check_tuple_of, Review),
    "ambition": _revision_check(check_enum, Ambition),
}
assert set(_REVISION_CHECKS) == REVISABLE_FIELDS, "every revisable field needs a check"


def _plainly_valid(goal: Goal) -> bool:
    # What `Goal.__attrs_post_init__` checks, for a goal with no owner, parent, tags,
    # milestones, reviews, revisions or agreements, in one test; anything else (and every
    # goal it refuses) goes through the checks one by one, which name the field at fault.
    title, identifier, start, due, weight = goal.title, goal.id, goal.start, goal.due, goal.weight
    key_results = goal.key_results
    return (
        type(title) is str
        and type(identifier) is str
        and type(goal.description) is str
        and type(goal.relevance) is str
        and type(goal.kind) is GoalKind
        and type(goal.status) is GoalStatus
        and type(goal.ambition) is Ambition
        and (start is None or type(start) is datetime.date)
        and (due is None or type(due) is datetime.date)
        and (start is None or due is None or not due < start)
        and type(weight) is int
        and 0 <= weight <= MAX_MAGNITUDE
        and goal.owner is None
        and goal.parent_id is None
        and goal.outcome is None
        and goal.carried_from is None
        and not (goal.tags or goal.milestones or goal.reviews or goal.revisions)
        and not goal.agreements
        and all(type(key_result) is KeyResult for key_result in key_results)
        and (
            len(key_results) < 2
            or len({key_result.id for key_result in key_results}) == len(key_results)
        )
        and identifier != ""
        and identifier == identifier.strip()
        and title.strip() != ""
    )
