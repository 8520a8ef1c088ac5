"""A mentee's plan: the people, the goals as a tree, and the review rhythm.

`Plan` checks what only the whole plan can: ids unique across every goal,
key result, milestone and review; parents that exist; no parent cycles. It
indexes its goals once, so `goal(id)`, `children(id)` and `walk()` are cheap.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping

import attrs

from goalkit._display_hook import ConciseRepr, concise_repr, repr_html
from goalkit._errors import UnknownIdError, ValidationError, excerpt, expect_type
from goalkit._framework_hook import DocumentHooks
from goalkit._model.cadence import Cadence
from goalkit._model.checks import (
    check_id,
    check_items,
    check_optional_date,
    check_text,
    id_factory,
    to_tuple,
)
from goalkit._model.enums import GoalStatus
from goalkit._model.fields import describe_fields
from goalkit._model.goal import Goal
from goalkit._model.measures import KeyResult, Milestone, Review
from goalkit._words import every

__all__ = ["Person", "Plan", "PlanView"]


@attrs.frozen(kw_only=True, field_transformer=describe_fields)
class Person(DocumentHooks):
    """A mentee or a mentor.

    Examples:
        >>> Person(name="Ana Diaz", id="ana")
        Person(name='Ana Diaz', id='ana')
    """

    name: str
    id: str = attrs.field(factory=id_factory("p"))

    def __attrs_post_init__(self) -> None:
        check_text("Person", "name", self.name, blank_ok=False)
        check_id("Person", "id", self.id)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the name and the id."""
        return repr_html(self)


@attrs.frozen(kw_only=True, repr=False, field_transformer=describe_fields)
class Plan(DocumentHooks, ConciseRepr):
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
    goals: tuple[Goal, ...] = attrs.field(default=(), converter=to_tuple)
    cadence: Cadence | None = None
    id: str = attrs.field(factory=id_factory("plan"))
    title: str = ""
    closed_on: datetime.date | None = None
    closing_notes: str = ""
    _index: Mapping[str, Goal] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _children: Mapping[str | None, tuple[Goal, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        owner = "Plan"
        if type(self.mentee) is not Person:
            raise ValidationError(owner, "mentee", "a Person", got=self.mentee, code="type")
        if self.mentor is not None and type(self.mentor) is not Person:
            raise ValidationError(owner, "mentor", "a Person or None", got=self.mentor, code="type")
        if self.mentor is not None and self.mentor.id == self.mentee.id:
            raise ValidationError(
                owner,
                "mentor.id",
                "an id other than the mentee's",
                got=self.mentor.id,
                code="same_person",
            )
        if self.cadence is not None and type(self.cadence) is not Cadence:
            raise ValidationError(
                owner, "cadence", "a Cadence or None", got=self.cadence, code="type"
            )
        check_id(owner, "id", self.id)
        check_text(owner, "title", self.title)
        check_optional_date(owner, "closed_on", self.closed_on)
        check_text(owner, "closing_notes", self.closing_notes)
        check_items(owner, "goals", self.goals, Goal)

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
                        code="duplicate_id",
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
                    code="unknown_parent",
                )
        _check_no_cycles(self.goals, index)
        if self.closed_on is not None:
            _check_closed(self.goals, self.closed_on)
        else:
            for position, goal in enumerate(self.goals):
                if goal.outcome is not None:
                    raise ValidationError(
                        owner,
                        f"goals[{position}].outcome",
                        "None in an open plan (goalkit.close sets the outcomes)",
                        got=goal.outcome,
                    )
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
        return concise_repr(self, self._repr_parts())

    def _repr_parts(self) -> list[str]:
        parts = [f"id={self.id!r}"]
        if self.title:
            parts.append(f"title={excerpt(self.title)}")
        parts.append(f"mentee={excerpt(self.mentee.name)}")
        if self.mentor is not None:
            parts.append(f"mentor={excerpt(self.mentor.name)}")
        parts.append(f"goals={len(self.goals)}")
        cadence = self.cadence
        if cadence is not None:
            rhythm = every(cadence.every, cadence.unit.value)
            parts.append(f"cadence='{rhythm} from {cadence.anchor.isoformat()}'")
        if self.closed_on is not None:
            parts.append(f"closed_on={self.closed_on.isoformat()}")
        return parts

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the plan's goals in tree order, with bars, health and SMART."""
        return repr_html(self)

    def view(self, goal_id: str | None = None, *, as_of: datetime.date | None = None) -> PlanView:
        """The plan, or one of its goals in the plan's context, on a day: for a notebook.

        A goal shown in its plan counts its child goals, names its owner and
        keeps its outline number, as the plan's own display does; a `Goal`
        displayed alone knows none of that. The view holds its day (*as_of*,
        today when omitted), so it shows the same figures whenever it is
        displayed again, and says which day that is.

        Raises:
            UnknownIdError: no goal of the plan has *goal_id*.
            ValidationError: *as_of* is not a date.

        Examples:
            >>> import datetime, goalkit
            >>> plan = goalkit.example_plan()
            >>> plan.view("g-presentations", as_of=datetime.date(2026, 11, 13))
            PlanView(plan='plan-ana-team-lead', goal='g-presentations', as_of=2026-11-13)
        """
        if goal_id is not None:
            self.goal(goal_id)
        if as_of is not None:
            expect_type("Plan.view", "as_of", as_of, datetime.date, expected="a date or None")
        return PlanView(
            plan=self, goal_id=goal_id, as_of=datetime.date.today() if as_of is None else as_of
        )

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

    @property
    def people(self) -> tuple[Person, ...]:
        """The mentee, then the mentor when there is one: who agrees goals and acts on them.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana", id="ana"),
            ...             mentor=Person(name="Sam", id="sam"))
            >>> [person.id for person in plan.people]
            ['ana', 'sam']
        """
        return (self.mentee,) if self.mentor is None else (self.mentee, self.mentor)

    def agree(self, goal_id: str, by: str, on: datetime.date) -> Plan:
        """Return a copy with *by*'s agreement to a goal recorded; both agreed turns a DRAFT ACTIVE.

        Goals are agreed together. *by* must be the mentee's or the mentor's
        id. On the day the last of them has agreed, a DRAFT goal becomes
        ACTIVE through a recorded status revision, so time travel sees the
        DRAFT before that day.

        Raises:
            UnknownIdError: no goal in the plan has that id.
            ValidationError: *by* is neither the mentee nor the mentor, or
                the plan is closed.

        Examples:
            >>> import datetime
            >>> plan = Plan(mentee=Person(name="Ana", id="ana"),
            ...             mentor=Person(name="Sam", id="sam"),
            ...             goals=[Goal(title="Give five talks", id="g-talks",
            ...                         status=GoalStatus.DRAFT)])
            >>> plan = plan.agree("g-talks", "ana", datetime.date(2027, 1, 8))
            >>> plan.goal("g-talks").status
            <GoalStatus.DRAFT: 'draft'>
            >>> plan = plan.agree("g-talks", "sam", datetime.date(2027, 1, 9))
            >>> goal = plan.goal("g-talks")
            >>> goal.status, goal.status_on(datetime.date(2027, 1, 8))
            (<GoalStatus.ACTIVE: 'active'>, <GoalStatus.DRAFT: 'draft'>)
        """
        self._refuse_if_closed("agree")
        goal = self.goal(goal_id)
        people = [person.id for person in self.people]
        if by not in people:
            raise ValidationError(
                "Plan.agree",
                "by",
                "the id of the plan's mentee or mentor ("
                + ", ".join(repr(person) for person in people)
                + ")",
                got=by,
            )
        goal = goal.agree(by, on)
        if goal.status is GoalStatus.DRAFT:
            days = [goal.agreed_by(person) for person in people]
            if all(day is not None for day in days):
                last = max(day for day in days if day is not None)
                goal = goal.revise("Agreed by mentee and mentor", last, status=GoalStatus.ACTIVE)
        return self.replace_goal(goal)

    def add_goal(self, goal: Goal) -> Plan:
        """Return a copy with *goal* appended.

        Raises:
            ValidationError: the goal's ids clash with the plan's, or its parent is missing.

        Examples:
            >>> plan = Plan(mentee=Person(name="Ana"))
            >>> len(plan.add_goal(Goal(title="Learn SQL")).goals)
            1
        """
        self._refuse_if_closed("add_goal")
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
        self._refuse_if_closed("replace_goal")
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
        self._refuse_if_closed("remove_goal")
        old = self.goal(goal_id)
        return attrs.evolve(self, goals=tuple(g for g in self.goals if g is not old))

    def _refuse_if_closed(self, operation: str) -> None:
        """A closed plan is a record: new check-ins, goals and agreements go in a follow-up."""
        if self.closed_on is not None:
            raise ValidationError(
                f"Plan.{operation}",
                "plan",
                f"an open plan: this one was closed on {self.closed_on.isoformat()}; "
                "start a follow-up plan (goalkit.follow_up) to carry its goals on",
            )


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


def _check_closed(goals: tuple[Goal, ...], closed_on: datetime.date) -> None:
    """Nothing is recorded after the plan was closed: no check-in, no milestone completed."""
    expected = f"a day on or before the plan was closed ({closed_on.isoformat()})"
    for position, goal in enumerate(goals):
        for index, key_result in enumerate(goal.key_results):
            if key_result.check_ins and key_result.check_ins[-1].on > closed_on:
                last = len(key_result.check_ins) - 1
                path = f"goals[{position}].key_results[{index}].check_ins[{last}].on"
                raise ValidationError("Plan", path, expected, got=key_result.check_ins[-1].on)
        for index, milestone in enumerate(goal.milestones):
            if milestone.completed_on is not None and milestone.completed_on > closed_on:
                path = f"goals[{position}].milestones[{index}].completed_on"
                raise ValidationError("Plan", path, expected, got=milestone.completed_on)


def _check_no_cycles(goals: tuple[Goal, ...], index: Mapping[str, Goal]) -> None:
    # Each goal is walked up at most once: a goal known to reach a root is not revisited.
    reaches_root: set[str] = set()
    for position, goal in enumerate(goals):
        path: list[str] = []
        on_path: set[str] = set()
        current: Goal | None = goal
        while current is not None and current.id not in reaches_root:
            if current.id in on_path:
                cycle = _describe_cycle([*path[path.index(current.id) :], current.id])
                raise ValidationError(
                    "Plan",
                    f"goals[{position}].parent_id",
                    f"no parent cycle (found {cycle})",
                    code="parent_cycle",
                )
            path.append(current.id)
            on_path.add(current.id)
            current = None if current.parent_id is None else index[current.parent_id]
        reaches_root.update(path)


#: How many ids of a parent cycle a message names before "and N more".
CYCLE_IDS_SHOWN = 5


def _describe_cycle(ids: list[str]) -> str:
    """The ids of a cycle, quoted and shortened, at most `CYCLE_IDS_SHOWN` before "N more".

    Ids come from other people: each is quoted with `excerpt` (escaped, at most
    about 20 characters), so a cycle of 3,000 long ids is still a one-line message.
    """
    shown = [excerpt(goal_id, limit=20) for goal_id in ids[:CYCLE_IDS_SHOWN]]
    rest = len(ids) - CYCLE_IDS_SHOWN
    if rest > 0:
        shown.append(f"... and {rest} more")
    return " -> ".join(shown)


@attrs.frozen(kw_only=True, repr=False)
class PlanView(ConciseRepr):
    """A plan, or one goal in its plan's context, on one day: what `Plan.view` returns.

    In a notebook it displays as the plan's table, or as the goal with its
    child goals counted, its owner named and its outline number, with the
    day shown. Build it with `Plan.view`.

    Attributes:
        plan: the plan.
        goal_id: the goal shown, or None for the whole plan.
        as_of: the day the figures are for.

    Examples:
        >>> import datetime, goalkit
        >>> view = goalkit.example_plan().view(as_of=datetime.date(2026, 11, 13))
        >>> view.goal_id is None, "as of 2026-11-13" in view._repr_html_()
        (True, True)
    """

    plan: Plan
    goal_id: str | None
    as_of: datetime.date

    def _repr_parts(self) -> list[str]:
        parts = [f"plan={self.plan.id!r}"]
        if self.goal_id is not None:
            parts.append(f"goal={self.goal_id!r}")
        parts.append(f"as_of={self.as_of.isoformat()}")
        return parts

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the goal in its plan's context, or the plan, on the day."""
        return repr_html(self)
