"""Programmes: what a programme manager's dashboard shows, gathered from many plans.

A mentoring programme is many plans, one per mentor-mentee pair. `programme`
gathers, for one as-of day, the figures a programme manager looks at: how
many pairs and goals, the share of goals achieved, the share on track among
the active goals whose health is known, the stalled pairs, whether reviews
happen on the cadence's rhythm, how many goals pass SMART, and the same per
mentor. The result is a `ProgrammeReport`.

The work is split so that it scales: `plan_figures` is a pure function of
one plan (and the day and policy) that returns a small `PlanFigures`;
`ProgrammeTally` adds those up. `programme` streams its plans through both,
so it never holds more than one plan; the command line maps files to
`PlanFigures` in worker processes; a distributed engine can do the same.

Every figure comes from the core calculators (`progress_by_goal`,
`assess_plan`, the cadence's steps), so a programme agrees with each plan's
own report. This module renders nothing: `goalkit._render` formats a
`ProgrammeReport` through the display hook, as it does a `PlanReport`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from goalkit import _schedule
from goalkit._display_hook import render, repr_html, to_data
from goalkit._errors import ValidationError, expect_type
from goalkit._model import GoalStatus, Plan
from goalkit._progress import Health, ProgressPolicy, plan_activity, progress_by_goal
from goalkit._report import ReportFormat
from goalkit._smart import SmartPolicy, assess_plan

__all__ = [
    "STALL_DAYS",
    "PlanFigures",
    "ProgrammeFigures",
    "ProgrammePolicy",
    "ProgrammeReport",
    "ProgrammeTally",
    "Skipped",
    "plan_figures",
    "programme",
]

#: A pair is stalled after this many days with nothing recorded (the agenda's STALLED default).
STALL_DAYS: Final = 21

#: The healths that say how an active goal is doing against its time.
_JUDGED: Final = frozenset({Health.ON_TRACK, Health.AT_RISK, Health.OFF_TRACK})


def _check_stall_days(instance: object, attribute: object, value: object) -> None:
    if type(value) is not int or not 1 <= value <= 3660:
        raise ValidationError(
            "ProgrammePolicy", "stall_days", "whole days from 1 to 3660", got=value
        )


def _check_progress_policy(instance: object, attribute: object, value: object) -> None:
    if not isinstance(value, ProgressPolicy):
        raise ValidationError("ProgrammePolicy", "progress", "a ProgressPolicy", got=value)


def _check_smart_policy(instance: object, attribute: object, value: object) -> None:
    if not isinstance(value, SmartPolicy):
        raise ValidationError("ProgrammePolicy", "smart", "a SmartPolicy", got=value)


@attrs.frozen(kw_only=True)
class ProgrammePolicy:
    """The thresholds a programme is judged by.

    Attributes:
        progress: how each goal's health is judged (`ProgressPolicy`); its
            `review_early_days` also lets a review held a little early count.
            Default: the default margins, without forecasts (a programme
            shows none, and they are the costliest part of progress).
        stall_days: a pair with an active, started goal is stalled when
            nothing (a check-in, a milestone completed, a review, a revision)
            was recorded on its plan for this many days. Default 21, as the
            agenda's STALLED.
        smart: how each goal's SMART verdict is read (`SmartPolicy`), for
            `PlanFigures.smart_goals`. Default: the default policy (the
            learned reading of Specific beside the rules).

    Raises:
        ValidationError: *progress* is not a `ProgressPolicy`, *smart* not a
            `SmartPolicy`, or *stall_days* is not a whole number of days
            from 1 to 3660.

    Examples:
        >>> ProgrammePolicy().stall_days
        21
        >>> ProgrammePolicy(stall_days=14).progress.compute_forecasts
        False
        >>> from goalkit import SmartPolicy
        >>> ProgrammePolicy(smart=SmartPolicy(learned_specific=False)).smart.learned_specific
        False
    """

    progress: ProgressPolicy = attrs.field(
        factory=lambda: ProgressPolicy(compute_forecasts=False), validator=_check_progress_policy
    )
    stall_days: int = attrs.field(default=STALL_DAYS, validator=_check_stall_days)
    smart: SmartPolicy = attrs.field(factory=SmartPolicy, validator=_check_smart_policy)


@attrs.frozen(kw_only=True)
class PlanFigures:
    """One plan's contribution to a programme: counts only, small enough to send between processes.

    Build it with `plan_figures`; add many with `ProgrammeTally`.

    Attributes:
        plan_id: the plan's id.
        mentor_id: the mentor's id, or None for a plan without a mentor.
        mentor_name: the mentor's name, or None.
        goals: how many goals the plan has (child goals included).
        counted_goals: the goals not abandoned as of the day.
        achieved_goals: the goals whose health is ACHIEVED as of the day.
        judged_goals: the ACTIVE goals whose health is on track, at risk or off track.
        on_track_goals: those of them on track.
        smart_goals: the goals that pass SMART as of the day.
        stalled: whether the pair is stalled (see `ProgrammePolicy.stall_days`).
        has_cadence: whether the plan has a review cadence.
        reviews_due: the cadence dates from its anchor up to the day.
        reviews_held: the distinct days a review was held from the first
            cadence date (less `review_early_days`) up to the day, at most
            `reviews_due`.

    Examples:
        >>> import datetime, goalkit
        >>> figures = plan_figures(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> figures.goals, figures.achieved_goals, figures.reviews_due, figures.reviews_held
        (5, 1, 6, 6)
    """

    plan_id: str
    mentor_id: str | None
    mentor_name: str | None
    goals: int
    counted_goals: int
    achieved_goals: int
    judged_goals: int
    on_track_goals: int
    smart_goals: int
    stalled: bool
    has_cadence: bool
    reviews_due: int
    reviews_held: int


def _reviews(plan: Plan, day: datetime.date, policy: ProgressPolicy) -> tuple[int, int]:
    """(due, held): the cadence dates up to *day*, and the review days that answered them."""
    cadence = plan.cadence
    if cadence is None:
        return 0, 0
    due, _ = _schedule.steps(cadence.anchor, cadence.unit, cadence.every, cadence.anchor, day)
    if due == 0:
        return 0, 0
    since = cadence.anchor - datetime.timedelta(days=policy.review_early_days)
    held = {r.held_on for goal in plan.goals for r in goal.reviews if since <= r.held_on <= day}
    return due, min(len(held), due)


def plan_figures(
    plan: Plan, *, as_of: datetime.date, policy: ProgrammePolicy | None = None
) -> PlanFigures:
    """One plan's figures for a programme on *as_of*: a pure function of the plan, day and policy.

    Each goal's health comes from `progress_by_goal` and its SMART verdict
    from `assess_plan`, for the same day. A goal counts as:

    - achieved: its health is ACHIEVED (achieved, or its value reached 1);
      abandoned goals are left out of the share;
    - judged: its status is ACTIVE and its health ON_TRACK, AT_RISK or
      OFF_TRACK (not NOT_STARTED, UNKNOWN, or ACHIEVED);
    - SMART: `assess_plan` passes it.

    The pair is stalled when it has an ACTIVE goal that has started and
    nothing was recorded on the plan in the last `stall_days` days (counted
    from the earliest start of those goals when nothing was ever recorded).

    Raises:
        ValidationError: *plan* is not a `Plan`, *as_of* not a date, or
            *policy* not a `ProgrammePolicy`.

    Examples:
        >>> import datetime, goalkit
        >>> figures = plan_figures(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> figures.mentor_id, figures.judged_goals, figures.on_track_goals, figures.stalled
        ('sam', 4, 3, False)
    """
    expect_type("plan_figures", "plan", plan, Plan, expected="a Plan")
    expect_type("plan_figures", "as_of", as_of, datetime.date, expected="a date")
    chosen = _chosen("plan_figures", policy)
    results = progress_by_goal(plan, as_of=as_of, policy=chosen.progress)
    smart = assess_plan(plan, as_of=as_of, policy=chosen.smart)
    counted = achieved = judged = on_track = 0
    started: list[datetime.date | None] = []
    for goal in plan.goals:
        state = goal.state_on(as_of)
        health = results[goal.id].health
        if state.status is not GoalStatus.ABANDONED:
            counted += 1
            achieved += health is Health.ACHIEVED
        if state.status is GoalStatus.ACTIVE:
            if health in _JUDGED:
                judged += 1
                on_track += health is Health.ON_TRACK
            if health is not Health.NOT_STARTED:
                started.append(state.start)
    due, held = _reviews(plan, as_of, chosen.progress)
    mentor = plan.mentor
    return PlanFigures(
        plan_id=plan.id,
        mentor_id=None if mentor is None else mentor.id,
        mentor_name=None if mentor is None else mentor.name,
        goals=len(plan.goals),
        counted_goals=counted,
        achieved_goals=achieved,
        judged_goals=judged,
        on_track_goals=on_track,
        smart_goals=sum(1 for report in smart.values() if report.passed),
        stalled=_stalled(plan, as_of, started, chosen.stall_days),
        has_cadence=plan.cadence is not None,
        reviews_due=due,
        reviews_held=held,
    )


def _stalled(
    plan: Plan, day: datetime.date, started: list[datetime.date | None], stall_days: int
) -> bool:
    if not started:
        return False
    last = plan_activity(plan, day)
    if last is None:
        starts = [start for start in started if start is not None]
        if len(starts) < len(started):
            return True  # an active goal without a start, and nothing ever recorded
        last = min(starts)
    return (day - last).days >= stall_days


def _chosen(function: str, policy: ProgrammePolicy | None) -> ProgrammePolicy:
    if policy is None:
        return _DEFAULT_POLICY
    expect_type(function, "policy", policy, ProgrammePolicy, expected="a ProgrammePolicy or None")
    return policy


_DEFAULT_POLICY: Final = ProgrammePolicy()


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


@attrs.frozen(kw_only=True)
class ProgrammeFigures:
    """The figures of a programme, or of one mentor's part of it.

    Attributes:
        plans: how many plans (mentor-mentee pairs).
        goals: how many goals they set (child goals included).
        achieved_share: achieved goals among the goals not abandoned (None without any).
        on_track_share: goals on track among the ACTIVE goals whose health is
            on track, at risk or off track (None without any).
        stalled_plans: the ids of the stalled plans, in the order they were counted.
        review_adherence: reviews held against reviews due over the plans
            with a cadence (None when no plan has a cadence date due yet).
        smart_pass_rate: goals that pass SMART among all goals (None without goals).
        achieved_goals: the goals achieved (`achieved_share`'s numerator).
        counted_goals: the goals not abandoned (its denominator).
        on_track_goals: the active goals on track (`on_track_share`'s numerator).
        judged_goals: the active goals with a known health (its denominator).
        smart_goals: the goals that pass SMART.
        reviews_held: the reviews held that answered a date due.
        reviews_due: the cadence dates due.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> figures = report.overall
        >>> figures.plans, figures.goals, figures.on_track_share, figures.review_adherence
        (1, 5, 0.75, 1.0)
    """

    plans: int
    goals: int
    achieved_share: float | None
    on_track_share: float | None
    stalled_plans: tuple[str, ...]
    review_adherence: float | None
    smart_pass_rate: float | None
    achieved_goals: int
    counted_goals: int
    on_track_goals: int
    judged_goals: int
    smart_goals: int
    reviews_held: int
    reviews_due: int


class ProgrammeTally:
    """Adds up `PlanFigures` into `ProgrammeFigures`, overall and by mentor, one plan at a time.

    It holds counts and the stalled plans' ids, never a plan, so memory
    stays flat however many plans stream through. Tallies of parts of a
    programme (from worker processes, say) `merge` into one.

    Examples:
        >>> import datetime, goalkit
        >>> tally = ProgrammeTally()
        >>> tally.add(plan_figures(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18)))
        >>> tally.figures().plans, sorted(tally.by_mentor())
        (1, ['sam'])
    """

    __slots__ = ("_counts", "_mentors", "_names", "_stalled")

    _FIELDS: Final = (
        "plans",
        "goals",
        "counted_goals",
        "achieved_goals",
        "judged_goals",
        "on_track_goals",
        "smart_goals",
        "reviews_due",
        "reviews_held",
    )

    def __init__(self) -> None:
        self._counts = dict.fromkeys(self._FIELDS, 0)
        self._stalled: list[str] = []
        self._mentors: dict[str | None, ProgrammeTally] = {}
        self._names: dict[str, str] = {}

    def add(self, figures: PlanFigures) -> None:
        """Count one plan's figures, overall and under its mentor."""
        self._add(figures)
        mentor = figures.mentor_id
        part = self._mentors.get(mentor)
        if part is None:
            part = self._mentors[mentor] = ProgrammeTally()
        part._add(figures)
        if mentor is not None and figures.mentor_name is not None:
            self._names.setdefault(mentor, figures.mentor_name)

    def _add(self, figures: PlanFigures) -> None:
        counts = self._counts
        counts["plans"] += 1
        for name in self._FIELDS[1:]:
            counts[name] += getattr(figures, name)
        if figures.stalled:
            self._stalled.append(figures.plan_id)

    def merge(self, other: ProgrammeTally) -> None:
        """Add every count of *other* (a tally of other plans) to this one."""
        self._merge(other)
        for mentor, part in other._mentors.items():
            mine = self._mentors.get(mentor)
            if mine is None:
                mine = self._mentors[mentor] = ProgrammeTally()
            mine._merge(part)
        for mentor, name in other._names.items():
            self._names.setdefault(mentor, name)

    def _merge(self, other: ProgrammeTally) -> None:
        for name, count in other._counts.items():
            self._counts[name] += count
        self._stalled += other._stalled

    def figures(self) -> ProgrammeFigures:
        """The figures of every plan counted so far."""
        c = self._counts
        return ProgrammeFigures(
            plans=c["plans"],
            goals=c["goals"],
            achieved_share=_share(c["achieved_goals"], c["counted_goals"]),
            on_track_share=_share(c["on_track_goals"], c["judged_goals"]),
            stalled_plans=tuple(self._stalled),
            review_adherence=_share(c["reviews_held"], c["reviews_due"]),
            smart_pass_rate=_share(c["smart_goals"], c["goals"]),
            achieved_goals=c["achieved_goals"],
            counted_goals=c["counted_goals"],
            on_track_goals=c["on_track_goals"],
            judged_goals=c["judged_goals"],
            smart_goals=c["smart_goals"],
            reviews_held=c["reviews_held"],
            reviews_due=c["reviews_due"],
        )

    def by_mentor(self) -> dict[str | None, ProgrammeFigures]:
        """The figures per mentor id (None: plans without a mentor), mentors in id order."""
        ordered = sorted(self._mentors, key=lambda mentor: (mentor is None, mentor or ""))
        return {mentor: self._mentors[mentor].figures() for mentor in ordered}

    def mentor_names(self) -> dict[str, str]:
        """Each mentor's name by id, as the first plan that named them gave it."""
        return dict(self._names)

    def report(self, as_of: datetime.date, *, skipped: Iterable[Skipped] = ()) -> ProgrammeReport:
        """The `ProgrammeReport` of every plan counted so far, with the *skipped* sources."""
        return ProgrammeReport(
            as_of=as_of,
            overall=self.figures(),
            by_mentor=self.by_mentor(),
            mentor_names=self.mentor_names(),
            skipped=tuple(skipped),
        )


@attrs.frozen(kw_only=True)
class Skipped:
    """A source of plans that could not be counted: its name and what was wrong with it.

    Attributes:
        source: the file (or other source) as the user named it.
        problems: what was wrong, one line each (such as ``goals[0].title: ...``).

    Examples:
        >>> Skipped(source="plans/ana.json", problems=("goals[0].title: expected text",)).source
        'plans/ana.json'
    """

    source: str
    problems: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ProgrammeReport:
    """A programme on one day: what a programme manager's dashboard shows.

    Build it with `programme`. `plans`, `goals`, `achieved_share`,
    `on_track_share`, `stalled_plans`, `review_adherence` and
    `smart_pass_rate` are the programme's figures (see `ProgrammeFigures`,
    which `overall` holds); `by_mentor` gives the same figures per mentor.

    Attributes:
        as_of: the day the figures are for.
        overall: the figures of the whole programme.
        by_mentor: mentor id -> that mentor's figures; plans without a
            mentor are under None. Mentors in id order, None last.
        mentor_names: each mentor's name by id.
        skipped: sources that could not be counted (set by the command line
            for files that did not load); empty from `programme`.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> report.plans, report.goals, report.achieved_share, report.smart_pass_rate
        (1, 5, 0.2, 1.0)
        >>> report.by_mentor["sam"].plans
        1
    """

    as_of: datetime.date
    overall: ProgrammeFigures
    by_mentor: Mapping[str | None, ProgrammeFigures]
    mentor_names: Mapping[str, str] = attrs.field(factory=dict)
    skipped: tuple[Skipped, ...] = ()

    @property
    def plans(self) -> int:
        """How many plans (mentor-mentee pairs) were counted."""
        return self.overall.plans

    @property
    def goals(self) -> int:
        """How many goals the plans set, child goals included."""
        return self.overall.goals

    @property
    def achieved_share(self) -> float | None:
        """Achieved goals among the goals not abandoned, or None without any."""
        return self.overall.achieved_share

    @property
    def on_track_share(self) -> float | None:
        """On-track goals among the active goals with a known health, or None without any."""
        return self.overall.on_track_share

    @property
    def stalled_plans(self) -> tuple[str, ...]:
        """The ids of the stalled plans."""
        return self.overall.stalled_plans

    @property
    def review_adherence(self) -> float | None:
        """Reviews held against reviews due, or None when no cadence date is due."""
        return self.overall.review_adherence

    @property
    def smart_pass_rate(self) -> float | None:
        """Goals that pass SMART among all goals, or None without goals."""
        return self.overall.smart_pass_rate

    # ----------------------------------------------------------- rendering
    # Thin doors to goalkit._render, through the display hook, as PlanReport's.

    def render(self, format: ReportFormat = "text", **options: Any) -> str:  # noqa: A002 - the CLI's word
        """Render in *format*: ``text``, ``markdown``, ``html`` or ``json``.

        Options go to the format's renderer (text takes `width`,
        `ascii_only` and `color`; JSON takes `indent`).

        Raises:
            ValueError: an unknown format.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.programme([goalkit.example_plan()],
            ...                            as_of=datetime.date(2026, 11, 18))
            >>> report.render("markdown").splitlines()[0]
            '# Mentoring programme'
        """
        return render(self, format, **options)

    def to_dict(self) -> dict[str, Any]:
        """The JSON twin of the report (`programme_version` changes when it changes incompatibly).

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.programme([goalkit.example_plan()],
            ...                            as_of=datetime.date(2026, 11, 18))
            >>> data = report.to_dict()
            >>> data["as_of"], data["overall"]["plans"], data["by_mentor"][0]["mentor_id"]
            ('2026-11-18', 1, 'sam')
        """
        return to_data(self)

    def _repr_html_(self) -> str:
        return repr_html(self)


def programme(
    plans: Plan | Iterable[Plan],
    *,
    as_of: datetime.date | None = None,
    policy: ProgrammePolicy | None = None,
) -> ProgrammeReport:
    """Gather a programme's figures for one day from its plans, one plan at a time.

    *plans* may be any iterable (a generator that loads files one by one
    keeps memory flat); each plan is reduced to its `PlanFigures` and let go.

    Args:
        plans: a `Plan`, or an iterable of plans.
        as_of: the day the figures are for; today when omitted.
        policy: the thresholds (`ProgrammePolicy`); the defaults when omitted.

    Raises:
        ValidationError: an argument of the wrong type, or an item of *plans*
            that is not a `Plan`.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> report.plans, report.on_track_share, report.stalled_plans
        (1, 0.75, ())
        >>> goalkit.programme([goalkit.Goal(title="Learn SQL")])
        Traceback (most recent call last):
        ...
        goalkit._errors.ArgumentTypeError: programme.plans[0]: expected a Plan, got Goal(...)
    """
    expect_type("programme", "as_of", as_of, datetime.date, type(None), expected="a date or None")
    chosen = _chosen("programme", policy)
    day = datetime.date.today() if as_of is None else as_of
    if isinstance(plans, Plan):
        plans = (plans,)
    elif isinstance(plans, str | bytes | Mapping) or not isinstance(plans, Iterable):
        expect_type("programme", "plans", plans, Plan, expected="a Plan or an iterable of Plans")
    tally = ProgrammeTally()
    for index, plan in enumerate(plans):
        expect_type("programme", f"plans[{index}]", plan, Plan, expected="a Plan")
        tally.add(plan_figures(plan, as_of=day, policy=chosen))
    return tally.report(day)
