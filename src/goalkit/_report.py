"""Reports: a plan's figures for one day, gathered into plain result objects.

`plan_report` gathers, for one as-of day, everything a mentoring
conversation looks at: each goal's progress against the time elapsed, its
health and forecast, the next milestone, the last check-in and the SMART
verdict; then the upcoming reviews and the recent wins to celebrate. The
result is a `PlanReport`; `goal_view` gathers one goal the same way, for a
notebook.

This module renders nothing. `goalkit._render` formats a report as text,
Markdown, HTML, notebook HTML or JSON; `PlanReport.render`, `to_text`,
`to_markdown`, `to_html`, `to_json` and `to_dict` are thin doors to it
through `goalkit._display_hook`, the one documented path against the flow
of imports (a report sits below its renderers). Gathering never reads the
clock once the as-of day is given.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from typing import Any, Final, Literal

import attrs

from goalkit._display_hook import (
    ConciseRepr,
    concise_repr,
    render,
    repr_html,
    to_data,
)
from goalkit._errors import expect_type
from goalkit._model import CheckIn, Goal, KeyResult, Milestone, Plan
from goalkit._progress import (
    Celebration,
    Health,
    Progress,
    celebrations,
    due_reviews,
    next_review,
    progress,
    progress_by_goal,
)
from goalkit._rhythm import Agenda, agenda
from goalkit._smart import SMART, Framework, SmartPolicy, SmartReport, assess, assess_plan

__all__ = [
    "CELEBRATION_DAYS",
    "OUTLINE_DEPTH",
    "TEXT_WIDTH",
    "UPCOMING_REVIEWS",
    "GoalLine",
    "GoalView",
    "PlanReport",
    "ReportFormat",
    "goal_view",
    "plan_report",
]

#: The formats `PlanReport.render` accepts.
ReportFormat = Literal["text", "markdown", "html", "json"]

#: Text reports fit this many columns unless asked otherwise (`PlanReport.to_text`).
TEXT_WIDTH: Final = 100

#: Outline numbers and indentation show at most this many levels. A goal deeper in the tree
#: is numbered and shown as the next item of the deepest level shown, so that a report's
#: size stays linear in the plan (a 300-goal parent chain once printed 50 MB of text).
OUTLINE_DEPTH: Final = 8


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


#: How far back "recent celebrations" look when no `since` is given.
CELEBRATION_DAYS: Final = 30

#: How many upcoming review dates a report lists.
UPCOMING_REVIEWS: Final = 3


@attrs.frozen(kw_only=True, repr=False)
class GoalLine(ConciseRepr):
    """One goal's row of a `PlanReport`: the goal, where it sits, and what is known of it.

    Attributes:
        goal: the goal itself.
        number: its outline number in the plan's tree, such as ``"1.2"``; at most
            `OUTLINE_DEPTH` levels (deeper goals continue the deepest level).
        depth: 0 for a top-level goal, 1 for its children, and so on (however deep).
        owner: the owner's display name (the plan's mentee or mentor when the
            owner is their id), or None when the goal has no owner.
        progress: `progress(goal, as_of=..., plan=...)`.
        smart: `assess(goal, plan=..., as_of=as_of)`.
        next_milestone: the first milestone not completed by the as-of day,
            earliest due first (milestones without a due date last).
        last_check_in: the latest check-in on or before the as-of day, with
            its key result (the first listed, when several share that day).

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> line = report.goals[1]
        >>> line.number, line.depth, line.owner
        ('1.1', 1, 'Ana Diaz')
    """

    goal: Goal
    number: str
    depth: int
    owner: str | None
    progress: Progress
    smart: SmartReport
    next_milestone: Milestone | None
    last_check_in: tuple[KeyResult, CheckIn] | None

    @property
    def level(self) -> int:
        """The level the goal is shown at: its depth, at most ``OUTLINE_DEPTH - 1``.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> [line.level for line in report.goals]
            [0, 1, 1, 1, 0]
        """
        return min(self.depth, OUTLINE_DEPTH - 1)

    def __repr__(self) -> str:
        """One line: the goal's number and id, its figures on the day, its SMART verdict.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 13))
            >>> report.goals[1]
            GoalLine(number='1.1', goal='g-presentations', as_of=2026-11-13, value=66%,
                     expected=81%, health=AT_RISK, smart=True)
        """
        return concise_repr(self, self._repr_parts())

    def _repr_parts(self) -> list[str]:
        result = self.progress
        return [
            f"number={self.number!r}",
            f"goal={self.goal.id!r}",
            f"as_of={result.as_of.isoformat()}",
            f"value={_percent(result.value)}",
            f"expected={_percent(result.expected)}",
            f"health={result.health.name}",
            f"smart={self.smart.passed}",
        ]

    def to_dict(self) -> dict[str, Any]:
        """This goal's entry of the JSON report (see `PlanReport.to_dict`).

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> report.goals[0].to_dict()["horizon"]
            'long_term'
        """
        return to_data(self)


@attrs.frozen(kw_only=True, repr=False)
class PlanReport(ConciseRepr):
    """A plan's progress on one day, ready to render as text, Markdown, HTML or JSON.

    Build it with `plan_report`. Every figure comes from `progress` and
    `assess` for the same as-of day, so the report agrees with them.

    Attributes:
        plan: the plan reported on.
        as_of: the day the figures are for.
        overall: progress of the plan as a whole.
        goals: one `GoalLine` per goal, in the plan's tree order.
        upcoming_reviews: the next review dates of the plan's cadence after
            the as-of day.
        overdue_reviews: cadence dates up to the as-of day with no review
            held since (`due_reviews`).
        since: the first day of the "recent celebrations" window.
        celebrations: milestones completed, key results and goals achieved
            from `since` to `as_of`.
        agenda: what mentee and mentor should do as of `as_of`
            (`goalkit.agenda`), most urgent first.
        framework: the name of the framework every goal was judged by
            ("smart" unless `plan_report` was given another), or None when
            each goal's framework was chosen for it (`framework_for`).

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> [line.number for line in report.goals]
        ['1', '1.1', '1.2', '1.3', '2']
        >>> report.upcoming_reviews[0]
        datetime.date(2026, 12, 5)
    """

    plan: Plan
    as_of: datetime.date
    overall: Progress
    goals: tuple[GoalLine, ...]
    upcoming_reviews: tuple[datetime.date, ...]
    overdue_reviews: tuple[datetime.date, ...]
    since: datetime.date
    celebrations: tuple[Celebration, ...]
    agenda: Agenda = attrs.field(
        default=attrs.Factory(lambda self: Agenda((), self.as_of), takes_self=True)
    )
    framework: str | None = "smart"

    @property
    def names(self) -> dict[str, str]:
        """The plan's people by id, as the agenda names them.

        Examples:
            >>> import datetime, goalkit
            >>> goalkit.plan_report(goalkit.example_plan(),
            ...                     as_of=datetime.date(2026, 11, 18)).names
            {'ana': 'Ana Diaz', 'sam': 'Sam Okafor'}
        """
        return {person.id: person.name for person in self.plan.people}

    def __repr__(self) -> str:
        """One line: the plan, the day, how many goals, and the overall figures.

        Examples:
            >>> import datetime, goalkit
            >>> goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
            PlanReport(plan='plan-ana-team-lead', as_of=2026-11-13, goals=5, smart=5, overall=75%,
                       health=ON_TRACK)
        """
        return concise_repr(self, self._repr_parts())

    def _repr_parts(self) -> list[str]:
        return [
            f"plan={self.plan.id!r}",
            f"as_of={self.as_of.isoformat()}",
            f"goals={len(self.goals)}",
            f"smart={self.smart_count}",
            f"overall={_percent(self.overall.value)}",
            f"health={self.overall.health.name}",
        ]

    @property
    def smart_count(self) -> int:
        """How many of the goals pass their framework: SMART, unless the report names another.

        Examples:
            >>> import datetime, goalkit
            >>> goalkit.plan_report(goalkit.example_plan(),
            ...                     as_of=datetime.date(2026, 11, 18)).smart_count
            5
        """
        return sum(1 for line in self.goals if line.smart.passed)

    @property
    def health_counts(self) -> dict[Health, int]:
        """How many goals have each health, in the order the healths first occur.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 13))
            >>> {health.value: count for health, count in report.health_counts.items()}
            {'on_track': 3, 'at_risk': 1, 'achieved': 1}
        """
        counts: dict[Health, int] = {}
        for line in self.goals:
            health = line.progress.health
            counts[health] = counts.get(health, 0) + 1
        return counts

    # ----------------------------------------------------------- rendering
    # Thin doors to goalkit._render, through the display hook (see the module docstring).

    def render(self, format: ReportFormat = "text", **options: Any) -> str:  # noqa: A002 - the CLI's word
        """Render in *format*: ``text``, ``markdown``, ``html`` or ``json``.

        Options are passed to the format's method (`to_text` takes `width`,
        `ascii_only` and `color`; `to_json` takes `indent`).

        Raises:
            ValueError: an unknown format.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> report.render("markdown").splitlines()[0]
            "# Ana's path to team lead"
        """
        return render(self, format, **options)

    def to_dict(self) -> dict[str, Any]:
        """The JSON twin of the report: plain dicts, lists, strings, numbers and None.

        The shape is documented in the reference (`docs/reference/report.md`);
        `report_version` changes when it changes incompatibly.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> data = report.to_dict()
            >>> data["as_of"], data["goals"][0]["id"], data["reviews"]["upcoming"][0]
            ('2026-11-18', 'g-team-lead', '2026-12-05')
        """
        return to_data(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """`to_dict` as JSON text.

        Examples:
            >>> import datetime, json, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> json.loads(report.to_json())["report_version"]
            1
        """
        return render(self, "json", indent=indent)

    def to_text(
        self, *, width: int = TEXT_WIDTH, ascii_only: bool = False, color: bool = False
    ) -> str:
        """The report for a terminal: no line longer than *width* columns.

        Args:
            width: the widest line, in characters (at least 60).
            ascii_only: use only ASCII characters (bars of ``#`` and ``.``).
            color: colour the health words with ANSI escapes.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> text = report.to_text(ascii_only=True)
            >>> text.isascii(), max(len(line) for line in text.splitlines()) <= 100
            (True, True)
        """
        return render(self, "text", width=width, ascii_only=ascii_only, color=color)

    def to_markdown(self) -> str:
        """The report as Markdown: a heading, a goals table, reviews and celebrations.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> header = report.to_markdown().splitlines()[6]
            >>> header.strip("| ").split(" | ")[:6]
            ['#', 'Goal', 'Kind', 'Horizon', 'Owner', 'Progress']
        """
        return render(self, "markdown")

    def to_html(self) -> str:
        """The report as one self-contained HTML page: no external assets, no JavaScript.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> page = report.to_html()
            >>> page.startswith("<!doctype html>"), "<script" in page, "http" in page
            (True, False, False)
        """
        return render(self, "html")

    def _repr_html_(self) -> str:
        return repr_html(self)


@attrs.frozen(kw_only=True, repr=False)
class GoalView(ConciseRepr):
    """One goal on one day, for a notebook: its report line and each key result's progress.

    Build it with `goal_view`.

    Attributes:
        line: the goal's `GoalLine`, as a `PlanReport` would hold it.
        key_results: each key result with `progress(key_result, as_of=...)`.
        in_plan: whether the goal was gathered with its plan (child goals
            counted); a goal displayed alone was not.

    Examples:
        >>> import datetime, goalkit
        >>> view = goal_view(goalkit.example_plan().goal("g-presentations"),
        ...                  as_of=datetime.date(2026, 11, 13))
        >>> [key_result.id for key_result, _ in view.key_results]
        ['kr-talks', 'kr-prep-hours']
    """

    line: GoalLine
    key_results: tuple[tuple[KeyResult, Progress], ...]
    in_plan: bool = False

    def _repr_parts(self) -> list[str]:
        return [*self.line._repr_parts(), f"key_results={len(self.key_results)}"]

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the goal on its day, with its plan's context when given."""
        return repr_html(self)


def goal_view(
    goal: Goal, *, plan: Plan | None = None, as_of: datetime.date | None = None
) -> GoalView:
    """Gather one goal for *as_of* (today when omitted): what its notebook display shows.

    With *plan*, child goals count towards the goal, the owner is shown by
    name and the goal keeps its outline number; without, it is goal ``1``.

    Examples:
        >>> import datetime, goalkit
        >>> plan = goalkit.example_plan()
        >>> view = goal_view(plan.goal("g-presentations"), plan=plan,
        ...                  as_of=datetime.date(2026, 11, 13))
        >>> view.line.number, view.line.owner, view.line.progress.health.value
        ('1.1', 'Ana Diaz', 'at_risk')
    """
    day = datetime.date.today() if as_of is None else as_of
    number, depth = "1", 0
    if plan is not None:
        number, depth = next(
            ((n, d) for n, d, member in _numbered(plan) if member.id == goal.id), (number, depth)
        )
    line = GoalLine(
        goal=goal,
        number=number,
        depth=depth,
        owner=_owner_name(goal, plan),
        progress=progress(goal, as_of=day, plan=plan),
        smart=assess(goal, plan=plan, as_of=day),
        next_milestone=_next_milestone(goal, day),
        last_check_in=_last_check_in(goal, day),
    )
    key_results = tuple((kr, progress(kr, as_of=day)) for kr in goal.key_results)
    return GoalView(line=line, key_results=key_results, in_plan=plan is not None)


def plan_report(
    plan: Plan,
    *,
    as_of: datetime.date | None = None,
    since: datetime.date | None = None,
    framework: Framework | Callable[[Goal], Framework] = SMART,
    policy: SmartPolicy | None = None,
) -> PlanReport:
    """Gather a plan's progress, SMART verdicts, reviews and celebrations for one day.

    Args:
        plan: the plan to report on.
        as_of: the day the figures are for; today when omitted.
        since: the first day of the "recent celebrations" window; 30 days
            before *as_of* when omitted.
        framework: what to judge the goals by, as `assess_plan` takes it:
            one framework (`SMART` by default, `REAL`, `OKR` or your own),
            or a function choosing each goal's, such as `framework_for`.
        policy: the `SmartPolicy` the verdicts are read with, as
            `assess_plan` takes it; the default policy when omitted (the
            learned reading of Specific beside the rules).

    Raises:
        ValidationError: an argument of the wrong type (a `Goal` for *plan*,
            a `datetime` for a day, a framework for *policy*), as `progress`
            and `assess` say it.
        ValueError: *since* is after *as_of*.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> goal = report.goals[0]
        >>> goal.goal.title
        'Move into a team lead role on the platform team within two years'
        >>> goal.progress == goalkit.progress(goal.goal, as_of=report.as_of, plan=report.plan)
        True
        >>> goalkit.plan_report(goal.goal)
        Traceback (most recent call last):
        ...
        goalkit._errors.ArgumentTypeError: plan_report.plan: expected a Plan, got Goal(...)

        Development goals judged by REAL, the others by SMART:

        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18),
        ...                              framework=goalkit.framework_for)
        >>> report.framework, [line.smart.framework for line in report.goals]
        (None, ['real', 'real', 'smart', 'real', 'real'])

        Specific read by the learned reading alone (`SmartPolicy(learned_specific=False)`
        gives the rules alone):

        >>> alone = goalkit.SmartPolicy(learned_specific="alone")
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18),
        ...                              policy=alone)
        >>> [line.smart.passed for line in report.goals]
        [True, False, False, True, True]
    """
    expect_type("plan_report", "plan", plan, Plan, expected="a Plan")
    expect_type("plan_report", "as_of", as_of, datetime.date, type(None), expected="a date or None")
    expect_type("plan_report", "since", since, datetime.date, type(None), expected="a date or None")
    expect_type("plan_report", "policy", policy, SmartPolicy, type(None),
                expected="a SmartPolicy or None")  # fmt: skip
    if not callable(framework):
        expect_type("plan_report", "framework", framework, Framework,
                    expected="a Framework, or a function choosing one per goal")  # fmt: skip
    day = datetime.date.today() if as_of is None else as_of
    window_start = day - datetime.timedelta(days=CELEBRATION_DAYS) if since is None else since
    if window_start > day:
        raise ValueError(
            f"since ({window_start.isoformat()}) must be on or before as_of ({day.isoformat()})"
        )
    # Whole-plan calls compute each goal (and each owner's load) once, where
    # per-goal calls would recompute every subtree for each of its ancestors.
    progress_of = progress_by_goal(plan, as_of=day)
    smart_of = assess_plan(plan, as_of=day, framework=framework, policy=policy)
    lines = [
        GoalLine(
            goal=goal,
            number=number,
            depth=depth,
            owner=_owner_name(goal, plan),
            progress=progress_of[goal.id],
            smart=smart_of[goal.id],
            next_milestone=_next_milestone(goal, day),
            last_check_in=_last_check_in(goal, day),
        )
        for number, depth, goal in _numbered(plan)
    ]
    return PlanReport(
        plan=plan,
        as_of=day,
        overall=progress(plan, as_of=day),
        goals=tuple(lines),
        upcoming_reviews=_upcoming_reviews(plan, day),
        overdue_reviews=due_reviews(plan, day),
        since=window_start,
        celebrations=tuple(celebrations(plan, window_start, day)),
        agenda=agenda(plan, today=day),
        framework=framework.name if isinstance(framework, Framework) else None,
    )


def _owner_name(goal: Goal, plan: Plan | None) -> str | None:
    """The owner as shown: the mentee's or mentor's name when the owner is their id."""
    owner = goal.owner
    if owner is None or plan is None:
        return owner
    if owner == plan.mentee.id:
        return plan.mentee.name
    if plan.mentor is not None and owner == plan.mentor.id:
        return plan.mentor.name
    return owner


def _numbered(plan: Plan) -> Iterator[tuple[str, int, Goal]]:
    """Each goal in tree order with its outline number (at most OUTLINE_DEPTH levels) and depth."""
    counters: list[int] = []
    for depth, goal in plan.walk():
        level = min(depth, OUTLINE_DEPTH - 1)
        del counters[level + 1 :]
        if len(counters) <= level:
            counters.append(0)
        counters[level] += 1
        yield ".".join(str(n) for n in counters), depth, goal


def _next_milestone(goal: Goal, day: datetime.date) -> Milestone | None:
    open_milestones = [m for m in goal.milestones if not m.completed_by(day)]
    if not open_milestones:
        return None
    # Milestones without a due date come last; ties keep the goal's order.
    return min(open_milestones, key=lambda m: (m.due is None, m.due or day))


def _last_check_in(goal: Goal, day: datetime.date) -> tuple[KeyResult, CheckIn] | None:
    latest: tuple[KeyResult, CheckIn] | None = None
    for key_result in goal.key_results:
        last = key_result.last_check_in(day)  # the one rule: several on one day, the last counts
        # On a tie between key results, the first listed (usually the main one) wins.
        if last is not None and (latest is None or last.on > latest[1].on):
            latest = (key_result, last)
    return latest


def _upcoming_reviews(plan: Plan, day: datetime.date) -> tuple[datetime.date, ...]:
    dates: list[datetime.date] = []
    after = day
    while len(dates) < UPCOMING_REVIEWS:
        following = next_review(plan, after)
        if following is None:
            break
        dates.append(following)
        after = following
    return tuple(dates)
