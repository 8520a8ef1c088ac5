"""The agenda: who must do what now, and what silence means.

`agenda(plan, today=...)` answers the question a mentoring app asks every
day: the check-ins owed, the milestones due or overdue, the review the
cadence asks for, the goals past their day, the goals nobody has touched,
the confident check-ins that do not move, the drafts waiting for an
agreement, and the wins to celebrate. Each item says who should act, in
the plain, concrete voice of SMART findings: what is the matter, then what
to do about it.

It is a pure function of the plan and the day (the clock is read only when
`today` is omitted); each threshold lives in `AgendaPolicy`, and the rules
it rests on are read where they are written once: a key result's last
check-in (`KeyResult.last_check_in`), what a goal looked like on a day
(`Goal.state_on`), last activity and progress (`progress_by_goal`), the
reviews due (`due_reviews`) and celebrations (`celebrations`).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping, Sequence
from typing import Final, overload

import attrs

from goalkit._display_hook import repr_html
from goalkit._errors import ValidationError, expect_type
from goalkit._measure import reached, share
from goalkit._model import Direction, Goal, GoalStatus, KeyResult, LowerCaseEnum, Plan
from goalkit._progress import (
    Progress,
    ProgressPolicy,
    celebrations,
    due_reviews,
    progress_by_goal,
)
from goalkit._progress.policy import as_of_day

__all__ = ["Agenda", "AgendaItem", "AgendaKind", "AgendaPolicy", "agenda"]


class AgendaKind(LowerCaseEnum):
    """What an agenda item asks for (values are the lower-case names).

    In order of urgency, most urgent first: `GOAL_PAST_DUE`,
    `MILESTONE_OVERDUE`, `REVIEW_DUE`, `STALLED`, `DIVERGENCE`, `AGREE`,
    `CHECK_IN`, `MILESTONE_DUE`, `CELEBRATE`.

    Examples:
        >>> import datetime, goalkit
        >>> today = goalkit.agenda(goalkit.example_plan(), today=datetime.date(2027, 1, 15))
        >>> today[0].kind, sorted({item.kind.value for item in today})[:2]
        (<AgendaKind.GOAL_PAST_DUE: 'goal_past_due'>, ['check_in', 'goal_past_due'])
    """

    CHECK_IN = enum.auto()
    MILESTONE_DUE = enum.auto()
    MILESTONE_OVERDUE = enum.auto()
    REVIEW_DUE = enum.auto()
    GOAL_PAST_DUE = enum.auto()
    STALLED = enum.auto()
    DIVERGENCE = enum.auto()
    AGREE = enum.auto()
    CELEBRATE = enum.auto()


#: Most urgent first: a missed deadline before a silence, a silence before a routine check-in.
URGENCY: Final[tuple[AgendaKind, ...]] = (
    AgendaKind.GOAL_PAST_DUE,
    AgendaKind.MILESTONE_OVERDUE,
    AgendaKind.REVIEW_DUE,
    AgendaKind.STALLED,
    AgendaKind.DIVERGENCE,
    AgendaKind.AGREE,
    AgendaKind.CHECK_IN,
    AgendaKind.MILESTONE_DUE,
    AgendaKind.CELEBRATE,
)
_RANK: Final = {kind: rank for rank, kind in enumerate(URGENCY)}
#: What to do about each kind of item: the agenda's advice, stated once per kind.
#: A check-in's hint names its key result's target, so `_check_in_hint` words it per item.
_HINTS: Final[Mapping[AgendaKind, str]] = {
    AgendaKind.MILESTONE_OVERDUE: "Mark it done with the day it was done, or agree a new date "
    "and revise it with the reason.",
    AgendaKind.MILESTONE_DUE: "Finish it, or tell your mentor now if the date will slip.",
    AgendaKind.GOAL_PAST_DUE: "Decide together: mark it achieved, revise its due date with "
    "the reason, or abandon it.",
    AgendaKind.STALLED: "Ask how it is going: a short conversation, then a check-in or a "
    "revision if the plan has changed.",
    AgendaKind.DIVERGENCE: "Talk it through: what would move it this month, and is the "
    "confidence still right?",
    AgendaKind.AGREE: "Read it together, change what you would not sign up to, then agree it: "
    "it becomes active once mentee and mentor have both agreed.",
    AgendaKind.REVIEW_DUE: "Hold the one-on-one and record it as a Review on the goals you "
    "discussed, with next steps.",
    AgendaKind.CELEBRATE: "Say so at the next one-on-one: name what made it work.",
}
#: The agenda reads values, expected shares and last activity: no forecasts needed.
_QUICK: Final = ProgressPolicy(compute_forecasts=False)


def _days(owner: str, field: str, value: object, low: int = 1) -> None:
    if type(value) is not int or not low <= value <= 3660:
        raise ValidationError(owner, field, f"a whole number of days from {low} to 3660", got=value)


@attrs.frozen(kw_only=True)
class AgendaPolicy:
    """The thresholds of the agenda, with defaults chosen for monthly mentoring.

    Attributes:
        check_in_every_days: A key result of an active goal with no check-in
            for this many days (counted from the goal's start when it never
            had one) asks for one. Default 14: fortnightly keeps a monthly
            one-on-one fed with fresh figures.
        soon_days: A milestone due within this many days is on the agenda.
            Default 7: a week's notice.
        stall_days: An active goal with nothing recorded (check-in,
            milestone, review, revision, agreement) for this many days is
            STALLED, for the mentor. Default 21: Mentorloop flags a
            relationship stuck for 21 days.
        divergence_days: A key result whose latest check-in is confident
            while its value has not moved for this many days, on a goal
            behind its expected share, is a DIVERGENCE. Default 28.
        divergence_confidence: How confident (0-10) "confident" is. Default 7.
        celebrate_days: Celebrations of the last this many days are on the
            agenda (day of the celebration included). Default 7.

    Raises:
        ValidationError: a threshold that is not a whole number of days
            from 1 (0 for `soon_days` and `celebrate_days`) to 3660, or a
            confidence outside 0-10.

    Examples:
        >>> AgendaPolicy().check_in_every_days, AgendaPolicy(stall_days=30).stall_days
        (14, 30)
    """

    check_in_every_days: int = 14
    soon_days: int = 7
    stall_days: int = 21
    divergence_days: int = 28
    divergence_confidence: int = 7
    celebrate_days: int = 7

    def __attrs_post_init__(self) -> None:
        owner = "AgendaPolicy"
        _days(owner, "check_in_every_days", self.check_in_every_days)
        _days(owner, "soon_days", self.soon_days, low=0)
        _days(owner, "stall_days", self.stall_days)
        _days(owner, "divergence_days", self.divergence_days)
        _days(owner, "celebrate_days", self.celebrate_days, low=0)
        confidence = self.divergence_confidence
        if type(confidence) is not int or not 0 <= confidence <= 10:
            raise ValidationError(
                owner, "divergence_confidence", "an integer from 0 to 10", got=confidence
            )


@attrs.frozen(kw_only=True)
class AgendaItem:
    """One thing someone should do now: what, for whom, about which goal, and how.

    Attributes:
        kind: What it asks for (`AgendaKind`).
        person: The id of who should act (the plan's mentee or mentor).
        goal_id: The goal concerned, or None for the plan as a whole (a review).
        subject_id: The key result, milestone or goal concerned (the plan's
            id for a review).
        due: When it was or is due, or None.
        message: What is the matter, in plain words.
        hint: What to do about it, concretely.

    Examples:
        >>> import datetime
        >>> item = AgendaItem(kind=AgendaKind.CHECK_IN, person="ana", goal_id="g-talks",
        ...                   subject_id="kr-talks", due=datetime.date(2027, 2, 14),
        ...                   message="No check-in on 'Presentations given' for 20 days",
        ...                   hint="Record where it stands.")
        >>> str(item)
        "No check-in on 'Presentations given' for 20 days: record where it stands."
    """

    kind: AgendaKind
    person: str
    goal_id: str | None
    subject_id: str
    due: datetime.date | None
    message: str
    hint: str

    def __str__(self) -> str:
        return f"{self.message}: {self.hint[:1].lower()}{self.hint[1:]}"


@attrs.frozen(repr=False)
class Agenda(Sequence[AgendaItem]):
    """The actions due on a day, most urgent first: an immutable sequence of `AgendaItem`.

    Build it with `agenda`. `for_person` keeps one person's items.

    Examples:
        >>> import datetime, goalkit
        >>> today = goalkit.agenda(goalkit.example_plan(), today=datetime.date(2026, 11, 18))
        >>> today.today, len(today) == len(today.for_person("ana")) + len(today.for_person("sam"))
        (datetime.date(2026, 11, 18), True)
    """

    items: tuple[AgendaItem, ...]
    today: datetime.date

    @overload
    def __getitem__(self, index: int) -> AgendaItem: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[AgendaItem]: ...

    def __getitem__(self, index: int | slice) -> AgendaItem | Sequence[AgendaItem]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[AgendaItem]:
        return iter(self.items)

    def for_person(self, person_id: str) -> Agenda:
        """The items for *person_id*, in the same order.

        Examples:
            >>> import datetime, goalkit
            >>> plan = goalkit.example_plan()
            >>> mine = goalkit.agenda(plan, today=datetime.date(2026, 11, 18)).for_person("sam")
            >>> {item.person for item in mine}
            {'sam'}
        """
        return Agenda(tuple(item for item in self.items if item.person == person_id), self.today)

    def __repr__(self) -> str:
        return f"Agenda(today={self.today.isoformat()}, items={len(self.items)})"

    def _repr_html_(self) -> str:
        """Jupyter's rich display: each person's items and hints."""
        return repr_html(self)

    def __str__(self) -> str:
        """One line per item: the person, the kind and what to do.

        Examples:
            >>> import datetime
            >>> print(Agenda((), datetime.date(2027, 1, 1)))
            Nothing due on 2027-01-01.
        """
        if not self.items:
            return f"Nothing due on {self.today.isoformat()}."
        return "\n".join(f"{item.person}: [{item.kind.value}] {item}" for item in self.items)


# ------------------------------------------------------------------ the rules


@attrs.frozen
class _Context:
    plan: Plan
    today: datetime.date
    policy: AgendaPolicy
    results: dict[str, Progress]

    @property
    def mentor(self) -> str:
        """Who reviews: the mentor, or the mentee of a plan without one."""
        plan = self.plan
        return plan.mentee.id if plan.mentor is None else plan.mentor.id

    def owner(self, goal: Goal) -> str:
        """The person who acts on *goal*: its owner when a plan person, else the mentee."""
        for person in self.plan.people:
            if goal.owner in (person.id, person.name):
                return person.id
        return self.plan.mentee.id


def _item(
    kind: AgendaKind,
    person: str,
    goal_id: str | None,
    subject_id: str,
    message: str,
    *,
    due: datetime.date | None = None,
    hint: str | None = None,
) -> AgendaItem:
    """An item of *kind*: each rule says who, about what and what is the matter; the
    hint is the kind's advice (`_HINTS`) unless the rule words its own."""
    return AgendaItem(
        kind=kind,
        person=person,
        goal_id=goal_id,
        subject_id=subject_id,
        due=due,
        message=message,
        hint=_HINTS[kind] if hint is None else hint,
    )


def _quote(text: str, limit: int = 60) -> str:
    """*text* in single quotes, shortened to *limit* characters, as items name things."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _in_days(days: int) -> str:
    if days == 0:
        return "today"
    return "in 1 day" if days == 1 else f"in {days} days"


def _ago(days: int) -> str:
    return "1 day ago" if days == 1 else f"{days} days ago"


def _check_ins(goal: Goal, started: datetime.date | None, ctx: _Context) -> Iterator[AgendaItem]:
    every = ctx.policy.check_in_every_days
    for key_result in goal.state_on(ctx.today).key_results:
        last = key_result.last_check_in(ctx.today)
        value = key_result.value_on(ctx.today)
        if key_result.resolved_direction in (Direction.INCREASE, Direction.DECREASE) and reached(
            key_result, value
        ):
            continue  # reached: nothing more to record
        since = last.on if last is not None else started
        if since is None or (ctx.today - since).days < every:
            continue
        silent = (ctx.today - since).days
        started_note = "" if last is not None else " since the goal started"
        message = f"No check-in on {_quote(key_result.title)} for {silent} days{started_note}"
        yield _item(
            AgendaKind.CHECK_IN,
            ctx.owner(goal),
            goal.id,
            key_result.id,
            message,
            due=since + datetime.timedelta(days=every),
            hint=_check_in_hint(key_result),
        )


def _check_in_hint(key_result: KeyResult) -> str:
    unit = key_result.unit
    unit = "" if not unit else unit if unit == "%" else f" {unit}"
    return (
        f"Record where it stands (the target is {key_result.target:g}{unit}) "
        "and how confident you are, 0 to 10."
    )


def _milestones(goal: Goal, ctx: _Context) -> Iterator[AgendaItem]:
    today = ctx.today
    for milestone in goal.state_on(today).milestones:
        if milestone.completed_by(today) or milestone.due is None:
            continue
        days = (milestone.due - today).days
        title, due = _quote(milestone.title), milestone.due.isoformat()
        if days < 0:
            kind = AgendaKind.MILESTONE_OVERDUE
            message = f"Milestone {title} was due {_ago(-days)} ({due}) and is not done"
        elif days <= ctx.policy.soon_days:
            kind = AgendaKind.MILESTONE_DUE
            message = f"Milestone {title} is due {_in_days(days)} ({due})"
        else:
            continue
        yield _item(kind, ctx.owner(goal), goal.id, milestone.id, message, due=milestone.due)


def _past_due(goal: Goal, due: datetime.date, ctx: _Context) -> Iterator[AgendaItem]:
    days = (ctx.today - due).days
    message = f"Goal {_quote(goal.title)} was due {_ago(days)} ({due.isoformat()}) "
    message += "and is not achieved"
    for person in dict.fromkeys((ctx.owner(goal), ctx.mentor)):
        yield _item(AgendaKind.GOAL_PAST_DUE, person, goal.id, goal.id, message, due=due)


def _stalled(goal: Goal, started: datetime.date | None, ctx: _Context) -> Iterator[AgendaItem]:
    last = ctx.results[goal.id].last_activity
    since = last if last is not None else started
    if since is None or (ctx.today - since).days < ctx.policy.stall_days:
        return
    silent = (ctx.today - since).days
    said = "since it started" if last is None else f"since {last.isoformat()}"
    message = f"Nothing recorded on {_quote(goal.title)} for {silent} days ({said})"
    due = since + datetime.timedelta(days=ctx.policy.stall_days)
    yield _item(AgendaKind.STALLED, ctx.mentor, goal.id, goal.id, message, due=due)


def _divergence(goal: Goal, ctx: _Context) -> Iterator[AgendaItem]:
    result = ctx.results[goal.id]
    if result.value is None or result.expected is None or result.value >= result.expected:
        return
    policy = ctx.policy
    back = ctx.today - datetime.timedelta(days=policy.divergence_days)
    for key_result in goal.state_on(ctx.today).key_results:
        last = key_result.last_check_in(ctx.today)
        if last is None or last.confidence is None:
            continue
        if last.confidence < policy.divergence_confidence:
            continue
        if key_result.last_check_in(back) is None:
            continue  # not tracked for long enough to say it has not moved
        if key_result.value_on(back) != key_result.value_on(ctx.today):
            continue
        message = (
            f"{_quote(key_result.title)} is at {share(key_result, last.value):.0%} "
            f"with confidence {last.confidence}/10, but has not moved for "
            f"{policy.divergence_days} days and the goal is behind "
            f"({result.value:.0%} done, {result.expected:.0%} expected)"
        )
        yield _item(AgendaKind.DIVERGENCE, ctx.mentor, goal.id, key_result.id, message)


def _agree(goal: Goal, ctx: _Context) -> Iterator[AgendaItem]:
    message = f"Draft goal {_quote(goal.title)} is waiting for your agreement"
    for person in ctx.plan.people:
        if goal.agreed_by(person.id, ctx.today) is None:
            yield _item(AgendaKind.AGREE, person.id, goal.id, goal.id, message)


def _review(ctx: _Context) -> Iterator[AgendaItem]:
    due = due_reviews(ctx.plan, ctx.today)
    if not due:
        return
    days = (ctx.today - due[0]).days
    missed = "" if len(due) == 1 else f" ({len(due)} cadence dates missed)"
    message = (
        "A review is due today"
        if days == 0
        else f"A review was due {_ago(days)} ({due[0].isoformat()}){missed}"
    )
    yield _item(AgendaKind.REVIEW_DUE, ctx.mentor, None, ctx.plan.id, message, due=due[0])


def _celebrate(ctx: _Context) -> Iterator[AgendaItem]:
    since = ctx.today - datetime.timedelta(days=ctx.policy.celebrate_days)
    for item in celebrations(ctx.plan, since, ctx.today):
        message = f"{item.text} ({item.on.isoformat()})"
        yield _item(
            AgendaKind.CELEBRATE, ctx.mentor, item.goal_id, item.item_id, message, due=item.on
        )


def _goal_items(goal: Goal, ctx: _Context) -> Iterator[AgendaItem]:
    fields = goal.state_on(ctx.today)
    if fields.status is GoalStatus.DRAFT:
        yield from _agree(goal, ctx)
        return
    if fields.status is not GoalStatus.ACTIVE:
        return  # achieved or abandoned: only celebrations, below
    if fields.start is not None and ctx.today < fields.start:
        yield from _milestones(goal, ctx)
        return
    started = fields.start
    yield from _milestones(goal, ctx)
    if fields.due is not None and ctx.today > fields.due:
        # Past its day, the one question is what to do with the goal: not another check-in.
        yield from _past_due(goal, fields.due, ctx)
        return
    value = ctx.results[goal.id].value
    if value is None or value < 1:  # everything done: nothing is stalled, nothing diverges
        yield from _stalled(goal, started, ctx)
        yield from _divergence(goal, ctx)
    yield from _check_ins(goal, started, ctx)


def agenda(
    plan: Plan, *, today: datetime.date | None = None, policy: AgendaPolicy | None = None
) -> Agenda:
    """What mentor and mentee should do as of *today*, most urgent first.

    One item per action, for the person who should take it:

    - `CHECK_IN`: a key result of an active goal with no check-in for
      `check_in_every_days` (counted from the goal's start when it never
      had one); for the goal's owner, the mentee when none.
    - `MILESTONE_DUE` (due within `soon_days`) and `MILESTONE_OVERDUE`
      (past due, not done); for the owner.
    - `REVIEW_DUE`: a cadence date with no review held since
      (`due_reviews`); for the mentor, or the mentee without one.
    - `GOAL_PAST_DUE`: an active goal past its due day; for the owner and
      the mentor.
    - `STALLED`: nothing recorded on an active goal for `stall_days`; for
      the mentor.
    - `DIVERGENCE`: a confident latest check-in (`divergence_confidence`
      or more) on a key result that has not moved for `divergence_days`,
      on a goal behind its expected share; for the mentor.
    - `AGREE`: a DRAFT goal a plan person has not agreed to; for them.
    - `CELEBRATE`: a celebration of the last `celebrate_days`; for the mentor.

    Achieved and abandoned goals draw only celebrations; a goal past its
    due day draws GOAL_PAST_DUE (and its overdue milestones) instead of
    check-ins, stalls and divergences: the decision comes first. A goal
    before its start draws only its milestones, one with everything done
    is never stalled, and a closed plan draws nothing. Items are ordered by
    urgency (`AgendaKind`), then the earliest due day, then the plan's goal
    order. The agenda is a pure function of the plan and the day.

    Raises:
        ValidationError: *plan* is not a `Plan`, *today* is not a date, or
            *policy* is not an `AgendaPolicy`.

    Examples:
        >>> import datetime
        >>> from goalkit import Goal, KeyResult, Person, Plan
        >>> plan = Plan(mentee=Person(name="Ana", id="ana"), mentor=Person(name="Sam", id="sam"),
        ...             goals=[Goal(title="Give five presentations", id="g-talks",
        ...                         start=datetime.date(2027, 1, 4), due=datetime.date(2027, 4, 2),
        ...                         key_results=[KeyResult(title="Presentations given", target=5,
        ...                                                id="kr-talks")])])
        >>> plan = plan.replace_goal(plan.goal("g-talks").check_in(
        ...     "kr-talks", 1, on=datetime.date(2027, 1, 25)))
        >>> [item] = agenda(plan, today=datetime.date(2027, 2, 14))
        >>> item.person, item.kind.value, item.message
        ('ana', 'check_in', "No check-in on 'Presentations given' for 20 days")
        >>> item.hint
        'Record where it stands (the target is 5) and how confident you are, 0 to 10.'
    """
    expect_type("agenda", "plan", plan, Plan, expected="a Plan")
    day = as_of_day("agenda", today)
    if policy is None:
        policy = AgendaPolicy()
    expect_type("agenda", "policy", policy, AgendaPolicy, expected="an AgendaPolicy or None")
    if plan.closed_on is not None and plan.closed_on <= day:
        return Agenda((), day)
    results = progress_by_goal(plan, as_of=day, policy=_QUICK)
    ctx = _Context(plan, day, policy, results)
    items: list[AgendaItem] = []
    for goal in plan.goals:
        items.extend(_goal_items(goal, ctx))
    items.extend(_review(ctx))
    items.extend(_celebrate(ctx))
    order = {goal.id: index for index, goal in enumerate(plan.goals)}
    items.sort(
        key=lambda item: (
            _RANK[item.kind],
            item.due or datetime.date.max,
            order.get(item.goal_id or "", -1),
        )
    )
    return Agenda(tuple(items), day)
