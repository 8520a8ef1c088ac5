"""Specification of progress: values, expected share, health, forecasts, OKR scores,
celebrations and review due dates. Each rule has an example; the mathematics has properties.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Final

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from goalkit import (
    Ambition,
    Cadence,
    Celebration,
    CheckIn,
    Direction,
    Goal,
    GoalkitDeprecationWarning,
    GoalStatus,
    Health,
    KeyResult,
    Milestone,
    Part,
    Person,
    Plan,
    Progress,
    ProgressPolicy,
    Review,
    UnknownIdError,
    ValidationError,
    celebrations,
    due_reviews,
    next_review,
    okr_score,
    progress,
    progress_by_goal,
)
from goalkit._progress import policy as progress_policy
from goalkit.testing import dates, goals, numbers, plans

D = datetime.date
ANA = Person(name="Ana Diaz", id="ana")


def kr(target: float = 4, baseline: float = 0, **fields: object) -> KeyResult:
    """A key result with short defaults."""
    return KeyResult(
        title=str(fields.pop("title", "Events attended")),
        target=target,
        baseline=baseline,
        **fields,
    )  # type: ignore[arg-type]


def ci(day: datetime.date, value: float) -> CheckIn:
    """A check-in."""
    return CheckIn(on=day, value=value)


# ------------------------------------------------------------ the seed scenario


def networking_goal() -> Goal:
    """The domain reading's example, with monthly check-ins."""
    return Goal(
        title="Improve networking skills within six months by attending four "
        "industry-specific events",
        id="g-net",
        start=D(2027, 1, 1),
        due=D(2027, 7, 1),
        key_results=[
            KeyResult(
                title="Industry events attended",
                target=4,
                unit="events",
                id="kr-events",
                check_ins=[
                    ci(D(2027, 1, 31), 1),
                    ci(D(2027, 2, 28), 1),
                    ci(D(2027, 3, 31), 2),
                    ci(D(2027, 4, 30), 3),
                ],
            )
        ],
    )


def test_seed_scenario_four_events_in_six_months() -> None:
    """Four events in six months, checked in monthly, worked through by hand.

    Start 2027-01-01, due 2027-07-01: a span of 181 days. Check-ins: 1 event
    on 31 Jan, still 1 on 28 Feb, 2 on 31 Mar, 3 on 30 Apr.

    As of 30 April: value 3/4 = 0.75; expected (30 Apr - 1 Jan) / 181 = 119/181
    = 0.657; 0.75 >= 0.657 - 0.10, so ON_TRACK.

    Forecast: the points on the progress scale, in days after 31 Jan, are
    (0, .25), (28, .25), (59, .50), (89, .75). Means: x = 176/4 = 44,
    y = 1.75/4 = 0.4375. Deviations dx = -44, -16, 15, 45 and
    dy = -.1875, -.1875, .0625, .3125 give Sxy = 8.25 + 3 + .9375 + 14.0625
    = 26.25 and Sxx = 1936 + 256 + 225 + 2025 = 4442, so the slope is
    26.25/4442 per day. The line reaches 1 at x = 44 + 0.5625 * 4442/26.25
    = 139.19 days, rounded up to day 140: 31 Jan + 140 days = 20 June 2027,
    before the due day.

    As of 28 February: value 1/4 = 0.25 against expected 58/181 = 0.320:
    0.25 >= 0.220, still ON_TRACK; the one-point-per-month trend is flat
    (0.25, 0.25), so there is no forecast yet.
    """
    goal = networking_goal()
    april = progress(goal, as_of=D(2027, 4, 30))
    assert april.value == 0.75
    assert april.expected == pytest.approx(119 / 181)
    assert april.health is Health.ON_TRACK
    assert april.forecast == D(2027, 6, 20)
    assert april.parts == (
        Part(
            id="kr-events",
            title="Industry events attended",
            weight=1,
            value=0.75,
            kind="key_result",
        ),
    )

    february = progress(goal, as_of=D(2027, 2, 28))
    assert february.value == 0.25
    assert february.expected == pytest.approx(58 / 181)
    assert february.health is Health.ON_TRACK
    assert february.forecast is None


def test_seed_scenario_celebrates_the_fourth_event_and_the_goal() -> None:
    """The fourth event on 31 May reaches the target; achieving the goal on 1 June follows."""
    goal = networking_goal().check_in("kr-events", 4, on=D(2027, 5, 31)).achieve(D(2027, 6, 1))
    found = celebrations(goal, D(2027, 5, 1), D(2027, 6, 30))
    assert [(c.on, c.kind, c.item_id) for c in found] == [
        (D(2027, 5, 31), "key_result", "kr-events"),
        (D(2027, 6, 1), "goal", "g-net"),
    ]
    assert found[0].text == "Target reached: Industry events attended (4 events)"
    assert progress(goal, as_of=D(2027, 6, 1)).forecast == D(2027, 6, 1)


def test_seed_scenario_monthly_reviews_due() -> None:
    """Monthly reviews from 31 Jan, held in Jan, Feb and Mar: on 15 May the April one is due."""
    goal = networking_goal()
    for day in (D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31)):
        goal = goal.add_review(Review(held_on=day))
    plan = Plan(
        mentee=ANA, goals=[goal], cadence=Cadence(every=1, unit="month", anchor=D(2027, 1, 31))
    )
    assert due_reviews(plan, D(2027, 5, 15)) == (D(2027, 4, 30),)
    assert next_review(plan, D(2027, 5, 15)) == D(2027, 5, 31)


# ------------------------------------------------------------- key results


def test_key_result_value_is_the_last_check_in_on_or_before_the_day() -> None:
    """The value as of a day is the last check-in on or before it."""
    events = kr(check_ins=[ci(D(2027, 2, 1), 1), ci(D(2027, 3, 1), 2)])
    assert progress(events, as_of=D(2027, 2, 28)).value == 0.25
    assert progress(events, as_of=D(2027, 3, 1)).value == 0.5


def test_key_result_value_before_any_check_in_is_the_baseline() -> None:
    """Before the first check-in the baseline counts: here 1 of the way from 1 to 5 is 0."""
    talks = kr(target=5, baseline=1, check_ins=[ci(D(2027, 2, 1), 3)])
    assert progress(talks, as_of=D(2027, 1, 31)).value == 0.0


def test_several_check_ins_on_one_day_the_last_counts() -> None:
    """Of several check-ins on one day, the last recorded counts."""
    events = kr(check_ins=[ci(D(2027, 2, 1), 3), ci(D(2027, 2, 1), 1)])
    assert progress(events, as_of=D(2027, 2, 1)).value == 0.25


def test_increase_is_linear_from_baseline_to_target() -> None:
    """INCREASE: (value - baseline) / (target - baseline); 10 -> 20 at 14 is 0.4."""
    score = kr(target=20, baseline=10, check_ins=[ci(D(2027, 2, 1), 14)])
    assert progress(score, as_of=D(2027, 2, 1)).value == pytest.approx(0.4)


def test_decrease_is_linear_from_baseline_to_target() -> None:
    """DECREASE: open bugs 40 -> 10, at 31 is (31 - 40) / (10 - 40) = 0.3, never negative."""
    bugs = kr(target=10, baseline=40, check_ins=[ci(D(2027, 2, 1), 31)])
    assert bugs.direction is Direction.DECREASE
    assert progress(bugs, as_of=D(2027, 2, 1)).value == pytest.approx(0.3)


@pytest.mark.parametrize(
    ("baseline", "target", "value", "expected"),
    [(0, 4, 6, 1.0), (0, 4, -2, 0.0), (40, 10, 5, 1.0), (40, 10, 55, 0.0), (0, 4, 4, 1.0)],
)
def test_progress_is_clamped_to_zero_and_one(
    baseline: float, target: float, value: float, expected: float
) -> None:
    """Overshooting the target is 1; going the wrong way from the baseline is 0."""
    item = kr(target=target, baseline=baseline, check_ins=[ci(D(2027, 2, 1), value)])
    assert progress(item, as_of=D(2027, 2, 1)).value == expected


@pytest.mark.parametrize(
    ("direction", "value", "expected"),
    [
        (Direction.AT_LEAST, 4.5, 1.0),
        (Direction.AT_LEAST, 4.4, 0.0),
        (Direction.AT_MOST, 24, 1.0),
        (Direction.AT_MOST, 25, 0.0),
    ],
)
def test_thresholds_are_met_or_not(direction: Direction, value: float, expected: float) -> None:
    """AT_LEAST and AT_MOST are 1 when the threshold is met (inclusive), else 0."""
    target = 4.5 if direction is Direction.AT_LEAST else 24
    item = kr(
        target=target, baseline=target, direction=direction, check_ins=[ci(D(2027, 2, 1), value)]
    )
    assert progress(item, as_of=D(2027, 2, 1)).value == expected


def test_a_threshold_met_at_the_baseline_counts_as_met() -> None:
    """Without check-ins the baseline is the value, for thresholds too."""
    rating = kr(target=4, baseline=4.2, direction=Direction.AT_LEAST)
    assert progress(rating, as_of=D(2027, 1, 1)).value == 1.0


def test_key_result_alone_has_no_expected_share_and_unknown_health() -> None:
    """A key result has no start of its own: alone, its pace cannot be judged."""
    result = progress(kr(check_ins=[ci(D(2027, 2, 1), 1)]), as_of=D(2027, 3, 1))
    assert result.expected is None
    assert result.health is Health.UNKNOWN
    assert result.parts == ()


def test_key_result_in_a_plan_takes_its_goals_dates() -> None:
    """Given the plan, a key result is measured over its goal's start..due (its own due first)."""
    plan = Plan(mentee=ANA, goals=[networking_goal()])
    key_result = plan.goal("g-net").key_results[0]
    result = progress(key_result, as_of=D(2027, 4, 30), plan=plan)
    assert result.expected == pytest.approx(119 / 181)
    assert result.health is Health.ON_TRACK
    early = attrs.evolve(key_result, due=D(2027, 4, 1))
    assert progress(early, as_of=D(2027, 4, 30), plan=plan).health is Health.OFF_TRACK


def test_key_result_reaching_its_target_is_achieved() -> None:
    """A key result at its target is ACHIEVED."""
    done = kr(check_ins=[ci(D(2027, 2, 1), 4)])
    assert progress(done, as_of=D(2027, 2, 1)).health is Health.ACHIEVED


# --------------------------------------------------------------- milestones


def test_milestone_counts_once_completed_on_or_before_the_day() -> None:
    """A milestone is 0 the day before its completion and 1 from that day on."""
    talk = Milestone(title="First talk", completed_on=D(2027, 2, 3), due=D(2027, 2, 15))
    assert progress(talk, as_of=D(2027, 2, 2)).value == 0.0
    assert progress(talk, as_of=D(2027, 2, 3)).value == 1.0
    assert progress(talk, as_of=D(2027, 2, 3)).health is Health.ACHIEVED
    assert progress(talk, as_of=D(2027, 2, 3)).forecast == D(2027, 2, 3)


def test_milestone_health_follows_its_due_day() -> None:
    """Pending: ON_TRACK until its due day, OFF_TRACK after; UNKNOWN without a due day."""
    talk = Milestone(title="First talk", due=D(2027, 2, 15))
    assert progress(talk, as_of=D(2027, 2, 15)).health is Health.ON_TRACK
    assert progress(talk, as_of=D(2027, 2, 15)).expected == 1.0
    assert progress(talk, as_of=D(2027, 2, 14)).expected == 0.0
    assert progress(talk, as_of=D(2027, 2, 16)).health is Health.OFF_TRACK
    assert progress(Milestone(title="Someday"), as_of=D(2027, 1, 1)).health is Health.UNKNOWN


def test_milestone_in_a_plan_is_not_started_before_its_goal() -> None:
    """Given the plan, a milestone before its goal's start is NOT_STARTED."""
    goal = Goal(
        title="Speak",
        id="g",
        start=D(2027, 3, 1),
        milestones=[Milestone(title="Outline", id="m", due=D(2027, 3, 15))],
    )
    plan = Plan(mentee=ANA, goals=[goal])
    assert progress(goal.milestones[0], as_of=D(2027, 2, 1), plan=plan).health is (
        Health.NOT_STARTED
    )


def _revised_plan() -> tuple[Plan, KeyResult, Milestone]:
    """A goal whose start and due were revised on 2027-02-01, in its plan."""
    talks = kr(id="kr-talks", check_ins=[ci(D(2027, 1, 20), 1)])
    outline = Milestone(title="Outline", id="m-outline", due=D(2027, 3, 15))
    goal = Goal(
        title="Give four talks",
        id="g-talks",
        start=D(2027, 1, 1),
        due=D(2027, 3, 31),
        key_results=[talks],
        milestones=[outline],
    ).revise("start later, take the year", D(2027, 2, 1), start=D(2027, 3, 1), due=D(2027, 12, 31))
    return Plan(mentee=ANA, goals=[goal]), talks, outline


def test_key_result_in_a_plan_reads_its_revised_goal_as_of_the_day() -> None:
    """A key result of a revised goal, with its plan, uses the dates valid that day."""
    plan, talks, _ = _revised_plan()
    before = progress(talks, as_of=D(2027, 1, 31), plan=plan)
    assert before.expected == pytest.approx(30 / 89)
    assert before.health is Health.ON_TRACK
    after = progress(talks, as_of=D(2027, 2, 15), plan=plan)
    assert after.health is Health.NOT_STARTED
    assert progress(talks, as_of=D(2027, 4, 1), plan=plan).expected == pytest.approx(31 / 305)


def test_milestone_in_a_plan_reads_its_revised_goal_as_of_the_day() -> None:
    """A milestone of a revised goal, with its plan, uses the start valid that day."""
    plan, _, outline = _revised_plan()
    assert progress(outline, as_of=D(2027, 1, 15), plan=plan).health is Health.ON_TRACK
    assert progress(outline, as_of=D(2027, 2, 15), plan=plan).health is Health.NOT_STARTED


# -------------------------------------------------------------------- goals


def speaking_goal(**fields: object) -> Goal:
    """A goal with a key result (weight 2) and two milestones."""
    values: dict[str, object] = {
        "title": "Give five presentations in the next three months",
        "id": "g-talks",
        "start": D(2027, 1, 1),
        "due": D(2027, 4, 1),
        "key_results": [
            kr(
                target=5,
                title="Presentations given",
                id="kr-talks",
                weight=2,
                check_ins=[ci(D(2027, 2, 1), 2)],
            )
        ],
        "milestones": [
            Milestone(title="Outline", id="m-outline", completed_on=D(2027, 1, 20)),
            Milestone(title="Book a slot", id="m-slot"),
        ],
    }
    values.update(fields)
    return Goal(**values)  # type: ignore[arg-type]


def test_goal_value_is_the_weighted_mean_of_its_parts() -> None:
    """(2 * 2/5 + 1 * 1 + 1 * 0) / (2 + 1 + 1) = 0.45, with each part listed."""
    result = progress(speaking_goal(), as_of=D(2027, 2, 1))
    assert result.value == pytest.approx(0.45)
    assert [(p.id, p.weight, p.value, p.kind) for p in result.parts] == [
        ("kr-talks", 2, 0.4, "key_result"),
        ("m-outline", 1, 1.0, "milestone"),
        ("m-slot", 1, 0.0, "milestone"),
    ]


def test_parts_of_weight_zero_do_not_count() -> None:
    """A weight-0 milestone neither counts nor appears among the parts."""
    goal = speaking_goal(milestones=[Milestone(title="Optional", id="m-opt", weight=0)])
    result = progress(goal, as_of=D(2027, 2, 1))
    assert result.value == pytest.approx(0.4)
    assert [p.id for p in result.parts] == ["kr-talks"]


def test_goal_with_nothing_measurable_is_none_and_unknown() -> None:
    """No parts (or only weight-0 parts): value None, health UNKNOWN."""
    result = progress(
        Goal(title="Be better", start=D(2027, 1, 1), due=D(2027, 6, 1)), as_of=D(2027, 2, 1)
    )
    assert result.value is None
    assert result.health is Health.UNKNOWN
    zero = Goal(title="Zero", milestones=[Milestone(title="M", weight=0)])
    assert progress(zero, as_of=D(2027, 2, 1)).value is None


def test_an_achieved_goal_is_one() -> None:
    """ACHIEVED counts as 1 whatever its parts say, from the day it was achieved."""
    goal = speaking_goal().achieve(D(2027, 3, 1))
    done = progress(goal, as_of=D(2027, 3, 1))
    assert (done.value, done.health, done.forecast) == (1.0, Health.ACHIEVED, D(2027, 3, 1))
    before = progress(goal, as_of=D(2027, 2, 28))
    assert before.value == pytest.approx(0.45)
    assert before.health is not Health.ACHIEVED


def test_an_abandoned_goal_keeps_its_value_and_is_abandoned() -> None:
    """An abandoned goal reports ABANDONED health and no forecast; its value is kept."""
    goal = speaking_goal().abandon(D(2027, 2, 10), "Changed teams")
    result = progress(goal, as_of=D(2027, 2, 10))
    assert result.health is Health.ABANDONED
    assert result.value == pytest.approx(0.45)
    assert result.forecast is None
    assert progress(goal, as_of=D(2027, 2, 9)).health is not Health.ABANDONED


def test_a_draft_goal_is_not_started() -> None:
    """A DRAFT goal has not been agreed yet: NOT_STARTED."""
    goal = speaking_goal(status=GoalStatus.DRAFT)
    assert progress(goal, as_of=D(2027, 2, 1)).health is Health.NOT_STARTED


def test_expected_is_the_share_of_the_span_elapsed() -> None:
    """(as_of - start) / (due - start), clamped to 0..1; None without both dates."""
    goal = speaking_goal()  # 1 Jan .. 1 Apr: 90 days
    assert progress(goal, as_of=D(2027, 2, 15)).expected == pytest.approx(45 / 90)
    assert progress(goal, as_of=D(2026, 12, 1)).expected == 0.0
    assert progress(goal, as_of=D(2027, 5, 1)).expected == 1.0
    assert progress(speaking_goal(start=None), as_of=D(2027, 2, 1)).expected is None
    same_day = speaking_goal(start=D(2027, 2, 1), due=D(2027, 2, 1))
    assert progress(same_day, as_of=D(2027, 1, 31)).expected == 0.0
    assert progress(same_day, as_of=D(2027, 2, 1)).expected == 1.0


def _goal_at(value_events: int, *, start: datetime.date, due: datetime.date) -> Goal:
    return Goal(
        title="Attend ten events",
        start=start,
        due=due,
        key_results=[
            kr(target=10, id="kr", check_ins=[ci(start, value_events)] if value_events else [])
        ],
    )


@pytest.mark.parametrize(
    ("events", "health"),
    [
        (4, Health.ON_TRACK),  # 0.4 == 0.5 - 0.10, on the line
        (3, Health.AT_RISK),  # 0.3 < 0.4
        (25, Health.ACHIEVED),
    ],
)
def test_health_margins(events: int, health: Health) -> None:
    """Half-way through: ON_TRACK down to 0.40, AT_RISK down to 0.25, then OFF_TRACK."""
    goal = _goal_at(events, start=D(2027, 1, 1), due=D(2027, 1, 21))
    assert progress(goal, as_of=D(2027, 1, 11)).health is health


def test_health_off_track_beyond_the_at_risk_margin() -> None:
    """Value 0.2 at expected 0.5 is below 0.25: OFF_TRACK."""
    goal = _goal_at(2, start=D(2027, 1, 1), due=D(2027, 1, 21))
    assert progress(goal, as_of=D(2027, 1, 11)).health is Health.OFF_TRACK


def test_health_with_a_custom_policy() -> None:
    """Margins come from the policy: with 0.05 / 0.5, 0.3 against 0.5 is AT_RISK, 0.45 on track."""
    policy = ProgressPolicy(on_track_margin=0.05, at_risk_margin=0.5)
    goal = _goal_at(2, start=D(2027, 1, 1), due=D(2027, 1, 21))
    assert progress(goal, as_of=D(2027, 1, 11), policy=policy).health is Health.AT_RISK
    goal = _goal_at(4, start=D(2027, 1, 1), due=D(2027, 1, 21))
    assert progress(goal, as_of=D(2027, 1, 11), policy=policy).health is Health.AT_RISK
    goal = _goal_at(5, start=D(2027, 1, 1), due=D(2027, 1, 21))
    assert progress(goal, as_of=D(2027, 1, 11), policy=policy).health is Health.ON_TRACK


def test_health_not_started_before_the_start() -> None:
    """Before its start a goal is NOT_STARTED."""
    assert progress(speaking_goal(), as_of=D(2026, 12, 31)).health is Health.NOT_STARTED


def test_health_off_track_when_overdue_and_unfinished() -> None:
    """After its due day an unfinished goal is OFF_TRACK, even at 95%."""
    goal = _goal_at(9, start=D(2027, 1, 1), due=D(2027, 1, 21))
    assert progress(goal, as_of=D(2027, 1, 21)).health is Health.ON_TRACK
    assert progress(goal, as_of=D(2027, 1, 22)).health is Health.OFF_TRACK


def test_health_unknown_without_a_span() -> None:
    """With a value but no start..due span there is no pace to judge: UNKNOWN."""
    goal = speaking_goal(start=None, due=None)
    assert progress(goal, as_of=D(2027, 2, 1)).health is Health.UNKNOWN


def test_time_travel_reads_revised_dates_as_they_were() -> None:
    """A due day moved on 1 March still counts as the old one for a day in February."""
    goal = speaking_goal().revise("Conference moved", D(2027, 3, 1), due=D(2027, 7, 1))
    assert progress(goal, as_of=D(2027, 2, 15)).expected == pytest.approx(45 / 90)
    assert progress(goal, as_of=D(2027, 3, 1)).expected == pytest.approx(59 / 181)


def test_time_travel_reads_revised_key_results_as_they_were() -> None:
    """A target changed on 1 March applies from 1 March; before, the old target counts."""
    goal = speaking_goal()
    easier = (attrs.evolve(goal.key_results[0], target=4),)
    goal = goal.revise("Fewer slots this quarter", D(2027, 3, 1), key_results=easier)
    assert progress(goal, as_of=D(2027, 2, 15)).parts[0].value == pytest.approx(0.4)
    assert progress(goal, as_of=D(2027, 3, 1)).parts[0].value == pytest.approx(0.5)


def test_time_travel_reads_a_revised_weight_as_it_was() -> None:
    """A child's weight raised on 1 March weighs the old amount before."""
    child = speaking_goal(parent_id="g-lead").revise("More important", D(2027, 3, 1), weight=3)
    other = Goal(
        title="Other",
        id="g-other",
        parent_id="g-lead",
        milestones=[Milestone(title="Done", completed_on=D(2027, 1, 2))],
    )
    plan = Plan(mentee=ANA, goals=[Goal(title="Lead", id="g-lead"), child, other])
    lead = plan.goal("g-lead")
    assert progress(lead, as_of=D(2027, 2, 15), plan=plan).value == pytest.approx((0.45 + 1) / 2)
    assert progress(lead, as_of=D(2027, 3, 1), plan=plan).value == pytest.approx((3 * 0.45 + 1) / 4)


# -------------------------------------------------------------------- plans


def leadership_plan() -> Plan:
    """A long-term goal with two children and its own milestone; a second root goal."""
    return Plan(
        mentee=ANA,
        goals=[
            Goal(
                title="Move into a team lead role within two years",
                id="g-lead",
                start=D(2027, 1, 1),
                due=D(2029, 1, 1),
                milestones=[
                    Milestone(title="Tell my manager", id="m-tell", completed_on=D(2027, 1, 10))
                ],
            ),
            speaking_goal(parent_id="g-lead", weight=2),
            networking_goal().revise("Belongs to the lead goal", D(2027, 1, 1), parent_id="g-lead"),
            Goal(
                title="Learn SQL",
                id="g-sql",
                milestones=[Milestone(title="Course", id="m-course", completed_on=D(2027, 1, 15))],
            ),
        ],
    )


def test_parent_rolls_up_its_parts_and_weighted_children() -> None:
    """Lead = (1 * milestone 1 + 2 * talks 0.45 + 1 * networking 0.25) / 4 = 0.5375."""
    plan = leadership_plan()
    result = progress(plan.goal("g-lead"), as_of=D(2027, 3, 1), plan=plan)
    assert result.value == pytest.approx((1 + 2 * 0.45 + 0.25) / 4)
    assert [(p.id, p.kind, p.weight) for p in result.parts] == [
        ("m-tell", "milestone", 1),
        ("g-talks", "goal", 2),
        ("g-net", "goal", 1),
    ]


def test_a_goal_without_its_plan_ignores_its_children() -> None:
    """Without the plan, a goal is measured by its own parts only."""
    plan = leadership_plan()
    assert progress(plan.goal("g-lead"), as_of=D(2027, 3, 1)).value == 1.0


def test_abandoned_children_do_not_count() -> None:
    """An abandoned child drops out of its parent's mean (from the day it was abandoned)."""
    plan = leadership_plan()
    plan = plan.replace_goal(plan.goal("g-talks").abandon(D(2027, 2, 20), "No slots"))
    lead = plan.goal("g-lead")
    assert progress(lead, as_of=D(2027, 3, 1), plan=plan).value == pytest.approx((1 + 0.25) / 2)
    assert progress(lead, as_of=D(2027, 2, 19), plan=plan).value == pytest.approx(
        (1 + 2 * 0.45 + 0.25) / 4
    )


def test_tiny_weights_still_give_the_weighted_mean() -> None:
    """Weights so small that weight * value underflows still give the right mean."""
    goal = Goal(
        title="Tiny",
        milestones=[
            Milestone(title="Done", weight=5e-324, completed_on=D(2027, 1, 1)),
            Milestone(title="Not yet", weight=5e-324),
        ],
    )
    assert progress(goal, as_of=D(2027, 2, 1)).value == 0.5
    plan = Plan(mentee=ANA, goals=[attrs.evolve(goal, weight=5e-324)])
    assert progress(plan, as_of=D(2027, 2, 1)).value == 0.5


def test_children_with_nothing_measurable_do_not_count() -> None:
    """A child with no parts has no value, so it does not drag its parent to 0."""
    plan = Plan(
        mentee=ANA,
        goals=[
            Goal(title="Lead", id="g-lead"),
            Goal(title="Vague", id="g-vague", parent_id="g-lead"),
            Goal(
                title="Done",
                id="g-done",
                parent_id="g-lead",
                milestones=[Milestone(title="M", completed_on=D(2027, 1, 1))],
            ),
        ],
    )
    assert progress(plan.goal("g-lead"), as_of=D(2027, 2, 1), plan=plan).value == 1.0


def test_plan_value_is_the_weighted_mean_of_its_root_goals() -> None:
    """Plan = (lead 0.5375 + SQL 1.0) / 2, with the roots as parts."""
    plan = leadership_plan()
    result = progress(plan, as_of=D(2027, 3, 1))
    assert result.value == pytest.approx(((1 + 2 * 0.45 + 0.25) / 4 + 1.0) / 2)
    assert [(p.id, p.kind) for p in result.parts] == [("g-lead", "goal"), ("g-sql", "goal")]


def test_plan_of_abandoned_goals_is_abandoned() -> None:
    """When every root goal is abandoned, so is the plan."""
    goal = speaking_goal().abandon(D(2027, 1, 5), "Moved on")
    result = progress(Plan(mentee=ANA, goals=[goal]), as_of=D(2027, 2, 1))
    assert (result.value, result.health) == (None, Health.ABANDONED)


def test_empty_plan_is_unknown() -> None:
    """A plan without goals has nothing measurable."""
    result = progress(Plan(mentee=ANA), as_of=D(2027, 2, 1))
    assert (result.value, result.expected, result.health) == (None, None, Health.UNKNOWN)


def test_progress_by_goal_gives_every_goal() -> None:
    """progress_by_goal returns each goal's progress, the same as one call per goal."""
    plan = leadership_plan()
    everything = progress_by_goal(plan, as_of=D(2027, 3, 1))
    assert list(everything) == ["g-lead", "g-talks", "g-net", "g-sql"]
    for goal in plan.goals:
        assert everything[goal.id] == progress(goal, as_of=D(2027, 3, 1), plan=plan)


def test_a_deep_chain_of_goals_does_not_recurse() -> None:
    """5,000 goals each the child of the last compute without hitting the recursion limit."""
    count = max(5_000, sys.getrecursionlimit() + 100)
    chain = [
        Goal(
            title=f"Step {i}",
            id=f"g{i}",
            parent_id=f"g{i - 1}" if i else None,
            milestones=[
                Milestone(title="M", id=f"m{i}", completed_on=D(2027, 1, 1) if i % 2 else None)
            ],
        )
        for i in range(count)
    ]
    plan = Plan(mentee=ANA, goals=chain)
    result = progress(plan, as_of=D(2027, 2, 1))
    assert result.value is not None
    assert 0 < result.value < 1
    assert progress(plan.goal("g0"), as_of=D(2027, 2, 1), plan=plan).value == result.value


# ----------------------------------------------------------------- forecasts


def test_forecast_needs_two_points() -> None:
    """One check-in gives no trend: no forecast."""
    assert progress(kr(check_ins=[ci(D(2027, 2, 1), 1)]), as_of=D(2027, 3, 1)).forecast is None


def test_forecast_of_a_flat_trend_is_none() -> None:
    """Check-ins that do not move give no forecast."""
    flat = kr(check_ins=[ci(D(2027, 2, 1), 1), ci(D(2027, 3, 1), 1), ci(D(2027, 4, 1), 1)])
    assert progress(flat, as_of=D(2027, 4, 1)).forecast is None


def test_forecast_of_a_falling_trend_is_none() -> None:
    """Moving away from the target gives no forecast."""
    falling = kr(check_ins=[ci(D(2027, 2, 1), 2), ci(D(2027, 3, 1), 1)])
    assert progress(falling, as_of=D(2027, 4, 1)).forecast is None


def test_forecast_of_a_rise_too_small_to_measure_is_none() -> None:
    """A rise whose slope underflows to zero is no trend: no forecast, and no ZeroDivisionError.

    Found by hypothesis: a key result of weight 5e-324 moved its goal's value
    from 0 to 5e-324 in a month.
    """
    from goalkit._progress.forecast import trend_reaches

    days = [D(2000, 1, 1).toordinal(), D(2000, 2, 1).toordinal()]
    assert trend_reaches(days, [0.0, 5e-324], 1.0, D(2000, 2, 1)) is None


def test_forecast_of_a_zig_zag_without_a_trend_is_none() -> None:
    """Values that move but have no slope (zero covariance) give no forecast.

    Up one day and back down the next: the least-squares slope is exactly 0, and
    a line that never rises must not be divided by (no ZeroDivisionError).
    """
    zig_zag = kr(check_ins=[ci(D(2027, 1, 1), 0), ci(D(2027, 1, 2), 1), ci(D(2027, 1, 3), 0)])
    assert progress(zig_zag, as_of=D(2027, 1, 3)).forecast is None
    goal = Goal(title="Zig-zag", key_results=[zig_zag], start=D(2027, 1, 1), due=D(2027, 6, 30))
    assert progress(goal, as_of=D(2027, 1, 3)).forecast is None


def test_forecast_projects_a_straight_line() -> None:
    """1 event on 1 Jan and 2 on 11 Jan: 4 events on 31 Jan."""
    line = kr(check_ins=[ci(D(2027, 1, 1), 1), ci(D(2027, 1, 11), 2)])
    assert progress(line, as_of=D(2027, 1, 11)).forecast == D(2027, 1, 31)


def test_forecast_of_a_decreasing_key_result() -> None:
    """Bugs 40 -> 10: 30 on 1 Jan and 25 on 11 Jan reach 10 on 10 Feb."""
    bugs = kr(target=10, baseline=40, check_ins=[ci(D(2027, 1, 1), 30), ci(D(2027, 1, 11), 25)])
    assert progress(bugs, as_of=D(2027, 1, 11)).forecast == D(2027, 2, 10)


def test_forecast_of_a_threshold_projects_the_raw_values() -> None:
    """AT_LEAST 4.5, ratings 3.5 then 4.0 ten days apart: the line reaches 4.5 ten days later."""
    rating = kr(
        target=4.5,
        baseline=3,
        direction=Direction.AT_LEAST,
        check_ins=[ci(D(2027, 1, 1), 3.5), ci(D(2027, 1, 11), 4.0)],
    )
    assert progress(rating, as_of=D(2027, 1, 11)).forecast == D(2027, 1, 21)


def test_forecast_is_never_before_the_as_of_day() -> None:
    """A trend that crossed 1 in the past while the value is short forecasts the as-of day."""
    bumpy = kr(
        target=10,
        check_ins=[
            ci(D(2027, 1, 1), 0),
            ci(D(2027, 1, 2), 9),
            ci(D(2027, 1, 3), 9),
            ci(D(2027, 3, 1), 9),
        ],
    )
    forecast = progress(bumpy, as_of=D(2027, 3, 5)).forecast
    assert forecast is not None
    assert forecast >= D(2027, 3, 5)


def test_forecast_of_a_reached_key_result_is_the_day_it_was_reached() -> None:
    """Once at target, the forecast is the day the target was (last) reached."""
    done = kr(check_ins=[ci(D(2027, 1, 1), 2), ci(D(2027, 2, 1), 4), ci(D(2027, 3, 1), 5)])
    assert progress(done, as_of=D(2027, 3, 10)).forecast == D(2027, 2, 1)


def test_forecast_ignores_later_check_ins() -> None:
    """As of a day, check-ins after it do not shape the trend."""
    line = kr(check_ins=[ci(D(2027, 1, 1), 1), ci(D(2027, 1, 11), 2), ci(D(2027, 1, 12), 0)])
    assert progress(line, as_of=D(2027, 1, 11)).forecast == D(2027, 1, 31)


def test_forecasts_can_be_turned_off() -> None:
    """With ProgressPolicy(compute_forecasts=False) every forecast is None."""
    off = ProgressPolicy(compute_forecasts=False)
    assert progress(networking_goal(), as_of=D(2027, 4, 30), policy=off).forecast is None
    plan = Plan(mentee=ANA, goals=[networking_goal()])
    assert progress(plan, as_of=D(2027, 4, 30), policy=off).forecast is None


def test_goal_forecast_is_the_latest_of_its_parts() -> None:
    """Two key results forecast for 31 Jan and 10 Feb: the goal completes on 10 Feb."""
    goal = Goal(
        title="Both",
        key_results=[
            kr(id="a", check_ins=[ci(D(2027, 1, 1), 1), ci(D(2027, 1, 11), 2)]),
            kr(
                id="b",
                target=10,
                baseline=40,
                check_ins=[ci(D(2027, 1, 1), 30), ci(D(2027, 1, 11), 25)],
            ),
        ],
    )
    assert progress(goal, as_of=D(2027, 1, 11)).forecast == D(2027, 2, 10)


def test_goal_forecast_falls_back_to_its_own_history() -> None:
    """A pending milestone has no forecast, so the goal's own value history is projected.

    Parts: key result (0 -> 4) and a milestone. 1 Jan: (1/4 + 0) / 2 = 0.125;
    11 Jan: (2/4 + 0) / 2 = 0.25; the milestone on 21 Jan: (2/4 + 1) / 2 = 0.75.
    Points (0, .125), (10, .25), (20, .75): slope 0.03125 per day, means (10, 0.375),
    so 1 is reached at day 10 + 0.625 / 0.03125 = 30: 31 January. With the milestone
    still pending, the points are (0, .125), (10, .25): 0.0125 a day, so the remaining
    0.75 takes 60 days from 11 January: 12 March, at the pace so far.
    """
    goal = Goal(
        title="Mixed",
        key_results=[kr(id="a", check_ins=[ci(D(2027, 1, 1), 1), ci(D(2027, 1, 11), 2)])],
        milestones=[
            Milestone(title="M", id="m", completed_on=D(2027, 1, 21)),
            Milestone(title="Never", id="n", weight=0),
        ],
    )
    assert progress(goal, as_of=D(2027, 1, 21)).forecast == D(2027, 1, 31)
    pending = attrs.evolve(goal, milestones=[Milestone(title="M", id="m")])
    assert progress(pending, as_of=D(2027, 1, 21)).forecast == D(2027, 3, 12)
    assert progress(pending, as_of=D(2027, 1, 10)).forecast is None  # one point so far


def test_parent_forecast_waits_for_its_children() -> None:
    """A parent's forecast is the latest of its children's forecasts."""
    plan = Plan(
        mentee=ANA,
        goals=[
            Goal(title="Lead", id="g-lead"),
            Goal(
                title="A",
                id="g-a",
                parent_id="g-lead",
                key_results=[kr(id="a", check_ins=[ci(D(2027, 1, 1), 1), ci(D(2027, 1, 11), 2)])],
            ),
            Goal(
                title="B",
                id="g-b",
                parent_id="g-lead",
                key_results=[
                    kr(
                        id="b",
                        target=10,
                        baseline=40,
                        check_ins=[ci(D(2027, 1, 1), 30), ci(D(2027, 1, 11), 25)],
                    )
                ],
            ),
        ],
    )
    assert progress(plan.goal("g-lead"), as_of=D(2027, 1, 11), plan=plan).forecast == D(2027, 2, 10)
    assert progress(plan, as_of=D(2027, 1, 11)).forecast == D(2027, 2, 10)


# ------------------------------------------------------------------ OKR score


def test_okr_score_is_the_weighted_mean_of_key_results_only() -> None:
    """Milestones do not count: (2 * 0.4) / 2 = 0.4 while progress is 0.45."""
    assert okr_score(speaking_goal(), as_of=D(2027, 2, 1)) == pytest.approx(0.4)


def test_okr_score_without_key_results_is_none() -> None:
    """No key results (or only weight 0): None."""
    assert okr_score(Goal(title="Vague"), as_of=D(2027, 1, 1)) is None
    zero = Goal(title="Zero", key_results=[kr(weight=0)])
    assert okr_score(zero, as_of=D(2027, 1, 1)) is None


def test_okr_score_with_tiny_weights() -> None:
    """Weights that underflow when multiplied still give the weighted mean."""
    goal = Goal(
        title="Tiny",
        key_results=[
            kr(id="a", weight=5e-324, check_ins=[ci(D(2027, 1, 1), 4)]),
            kr(id="b", weight=5e-324),
        ],
    )
    assert okr_score(goal, as_of=D(2027, 2, 1)) == 0.5


def test_okr_score_ignores_status() -> None:
    """An achieved goal's OKR score is still its key results' score."""
    goal = speaking_goal().achieve(D(2027, 2, 1))
    assert okr_score(goal, as_of=D(2027, 2, 1)) == pytest.approx(0.4)


# -------------------------------------------------------------- celebrations


def test_celebrations_of_a_window_in_date_order() -> None:
    """A milestone, a key result first reaching target and an achieved goal, by date."""
    goal = speaking_goal().check_in("kr-talks", 5, on=D(2027, 3, 1))
    goal = goal.complete_milestone("m-slot", D(2027, 2, 20)).achieve(D(2027, 3, 2))
    found = celebrations(goal, D(2027, 2, 1), D(2027, 3, 31))
    assert found == (
        Celebration(
            on=D(2027, 2, 20),
            kind="milestone",
            goal_id="g-talks",
            item_id="m-slot",
            title="Book a slot",
            text="Milestone completed: Book a slot",
        ),
        Celebration(
            on=D(2027, 3, 1),
            kind="key_result",
            goal_id="g-talks",
            item_id="kr-talks",
            title="Presentations given",
            text="Target reached: Presentations given (5)",
        ),
        Celebration(
            on=D(2027, 3, 2),
            kind="goal",
            goal_id="g-talks",
            item_id="g-talks",
            title=goal.title,
            text=f"Goal achieved: {goal.title}",
        ),
    )


def test_celebration_windows_include_both_ends() -> None:
    """A milestone completed on since or on until is in the window; a day outside is not."""
    goal = speaking_goal()  # the outline was completed on 20 January
    assert len(celebrations(goal, D(2027, 1, 20), D(2027, 1, 20))) == 1
    assert celebrations(goal, D(2027, 1, 21), D(2027, 2, 20)) == ()
    assert celebrations(goal, D(2027, 1, 19), D(2027, 1, 19)) == ()
    assert celebrations(goal, D(2027, 1, 21), D(2027, 1, 1)) == ()


def test_a_key_result_is_celebrated_only_when_it_first_reaches_target() -> None:
    """Reaching, falling short and reaching again: only the first time is celebrated."""
    events = kr(
        id="kr", check_ins=[ci(D(2027, 1, 10), 4), ci(D(2027, 2, 1), 3), ci(D(2027, 3, 1), 4)]
    )
    goal = Goal(title="Events", id="g", key_results=[events])
    assert [c.on for c in celebrations(goal, D(2027, 1, 1), D(2027, 12, 31))] == [D(2027, 1, 10)]
    assert celebrations(goal, D(2027, 2, 1), D(2027, 12, 31)) == ()


def test_a_threshold_met_from_the_start_is_not_celebrated_until_regained() -> None:
    """A threshold met at the baseline was never reached; regaining it after a miss is."""
    rating = kr(
        target=4,
        baseline=4.5,
        direction=Direction.AT_LEAST,
        id="kr",
        check_ins=[ci(D(2027, 1, 10), 4.6), ci(D(2027, 2, 1), 3.9), ci(D(2027, 3, 1), 4)],
    )
    goal = Goal(title="Ratings", id="g", key_results=[rating])
    assert [c.on for c in celebrations(goal, D(2027, 1, 1), D(2027, 12, 31))] == [D(2027, 3, 1)]


def test_plan_celebrations_cover_every_goal_in_tree_order() -> None:
    """A plan's celebrations come from all its goals, by date."""
    found = celebrations(leadership_plan(), D(2027, 1, 1), D(2027, 1, 31))
    assert [(c.on, c.item_id) for c in found] == [
        (D(2027, 1, 10), "m-tell"),
        (D(2027, 1, 15), "m-course"),
        (D(2027, 1, 20), "m-outline"),
    ]


# ------------------------------------------------------------------ reviews


def review_plan(*held: datetime.date) -> Plan:
    """A plan with monthly reviews from 31 January and reviews held on *held*."""
    goal = Goal(title="Grow", id="g", reviews=[Review(held_on=day) for day in held])
    return Plan(
        mentee=ANA, goals=[goal], cadence=Cadence(every=1, unit="month", anchor=D(2027, 1, 31))
    )


def test_next_review_is_strictly_after() -> None:
    """The next review after a cadence date is the following one."""
    assert next_review(review_plan(), D(2027, 2, 28)) == D(2027, 3, 31)
    assert next_review(review_plan(), D(2026, 1, 1)) == D(2027, 1, 31)


def test_next_review_without_a_cadence_is_none() -> None:
    """A plan without a cadence has no next review."""
    assert next_review(Plan(mentee=ANA), D(2027, 1, 1)) is None


def test_next_review_past_the_calendar_is_none() -> None:
    """When the series ends before the calendar does, there is no next review."""
    plan = Plan(mentee=ANA, cadence=Cadence(every=1, unit="year", anchor=D(9999, 1, 1)))
    assert next_review(plan, D(9999, 6, 1)) is None


def test_due_reviews_without_any_review_are_all_dates_so_far() -> None:
    """No review held: every cadence date up to as_of is due, as_of included."""
    assert due_reviews(review_plan(), D(2027, 3, 31)) == (
        D(2027, 1, 31),
        D(2027, 2, 28),
        D(2027, 3, 31),
    )


def test_due_reviews_are_the_dates_after_the_last_review() -> None:
    """A review covers every cadence date on or before it; later dates are due."""
    plan = review_plan(D(2027, 1, 31), D(2027, 3, 2))
    assert due_reviews(plan, D(2027, 3, 2)) == ()
    assert due_reviews(plan, D(2027, 3, 31)) == (D(2027, 3, 31),)
    assert due_reviews(plan, D(2027, 5, 1)) == (D(2027, 3, 31), D(2027, 4, 30))


def test_due_reviews_ignore_reviews_after_the_day() -> None:
    """As of a past day, reviews held later do not count."""
    plan = review_plan(D(2027, 1, 31), D(2027, 3, 31))
    assert due_reviews(plan, D(2027, 3, 30)) == (D(2027, 2, 28),)


def test_due_reviews_accept_early_reviews_by_policy() -> None:
    """With review_early_days=3, a review on 28 March counts for 31 March."""
    plan = review_plan(D(2027, 3, 28))
    assert due_reviews(plan, D(2027, 4, 1)) == (D(2027, 3, 31),)
    early = ProgressPolicy(review_early_days=3)
    assert due_reviews(plan, D(2027, 4, 1), policy=early) == ()


def test_due_reviews_without_a_cadence_are_empty() -> None:
    """No cadence, nothing due."""
    assert due_reviews(Plan(mentee=ANA), D(2027, 1, 1)) == ()


# ------------------------------------------------------------ inputs and output


@pytest.mark.parametrize(
    "as_of",
    [datetime.datetime(2027, 1, 1, 23, 30), "2027-01-01", 20270101],
)
def test_as_of_must_be_a_date(as_of: object) -> None:
    """A datetime (whose day depends on a time zone), text or a number is refused."""
    with pytest.raises(ValidationError, match="as_of"):
        progress(kr(), as_of=as_of)  # type: ignore[arg-type]


def test_as_of_defaults_to_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Omitting as_of reads the clock once: today (a fixed clock here, so midnight cannot bite)."""
    reads: list[datetime.date] = []

    def clock() -> datetime.date:
        reads.append(D(2027, 3, 1))
        return reads[-1]

    monkeypatch.setattr(progress_policy, "today", clock)
    assert progress(kr()).as_of == D(2027, 3, 1)
    assert reads == [D(2027, 3, 1)]
    monkeypatch.undo()
    # The real clock: within a day of the date read after it, whichever side of midnight.
    assert abs(progress(kr()).as_of - datetime.date.today()) <= datetime.timedelta(days=1)


def test_progress_refuses_other_items() -> None:
    """Only key results, milestones, goals and plans have progress: anything else is refused."""
    with pytest.raises(ValidationError, match="KeyResult, Milestone, Goal or Plan") as caught:
        progress("a goal", as_of=D(2027, 1, 1))  # type: ignore[arg-type]
    assert str(caught.value) == (
        "progress.item: expected a KeyResult, Milestone, Goal or Plan, got 'a goal'"
    )
    assert (caught.value.subject, caught.value.field) == ("progress", "item")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: progress_by_goal("a plan", as_of=D(2027, 1, 1)),  # type: ignore[arg-type]
            "progress_by_goal.plan: expected a Plan, got 'a plan'",
        ),
        (
            lambda: okr_score("a plan", as_of=D(2027, 1, 1)),  # type: ignore[arg-type]
            "okr_score.goal: expected a Goal, got 'a plan'",
        ),
        (
            lambda: celebrations("a plan", D(2027, 1, 1), D(2027, 2, 1)),  # type: ignore[arg-type]
            "celebrations.item: expected a Goal or Plan, got 'a plan'",
        ),
        (
            lambda: next_review("a plan", D(2027, 1, 1)),  # type: ignore[arg-type]
            "next_review.plan: expected a Plan, got 'a plan'",
        ),
        (
            lambda: due_reviews("a plan", D(2027, 1, 1)),  # type: ignore[arg-type]
            "due_reviews.plan: expected a Plan, got 'a plan'",
        ),
        (
            lambda: progress(kr(), as_of=D(2027, 1, 1), plan="a plan"),  # type: ignore[arg-type]
            "progress.plan: expected a Plan or None, got 'a plan'",
        ),
        (
            lambda: due_reviews(Plan(mentee=ANA), D(2027, 1, 1), policy=0.1),  # type: ignore[arg-type]
            "due_reviews.policy: expected a ProgressPolicy or None, got 0.1",
        ),
    ],
)
def test_every_function_refuses_a_wrong_argument_the_same_way(
    call: Callable[[], object], message: str
) -> None:
    """A wrong-type argument is a ValidationError saying `function.argument: expected ...`."""
    with pytest.raises(ValidationError) as caught:
        call()
    assert str(caught.value) == message


def test_a_goal_outside_the_plan_is_an_unknown_id() -> None:
    """Given a plan that does not hold the goal, progress names the missing id."""
    with pytest.raises(UnknownIdError, match="g-talks"):
        progress(speaking_goal(), as_of=D(2027, 1, 1), plan=Plan(mentee=ANA))


@pytest.mark.parametrize(
    "fields",
    [
        {"on_track_margin": -0.1},
        {"at_risk_margin": 1.5},
        {"on_track_margin": 0.3, "at_risk_margin": 0.2},
        {"on_track_margin": True},
        {"compute_forecasts": 1},
        {"review_early_days": -1},
        {"review_early_days": 2.0},
    ],
)
def test_policy_is_validated(fields: dict[str, object]) -> None:
    """Margins lie in 0..1 with on_track <= at_risk; the other options have exact types."""
    with pytest.raises(ValidationError, match="ProgressPolicy"):
        ProgressPolicy(**fields)  # type: ignore[arg-type]


def test_the_old_forecasts_name_still_works_with_a_deprecation_warning() -> None:
    """ProgressPolicy(forecasts=...) and .forecasts are the old names of compute_forecasts."""
    with pytest.warns(GoalkitDeprecationWarning, match="compute_forecasts"):
        off = ProgressPolicy(forecasts=False)
    assert off == ProgressPolicy(compute_forecasts=False)
    assert progress(networking_goal(), as_of=D(2027, 4, 30), policy=off).forecast is None
    with pytest.warns(GoalkitDeprecationWarning, match=r"ProgressPolicy\.compute_forecasts"):
        assert off.forecasts is False
    with (
        pytest.warns(GoalkitDeprecationWarning),
        pytest.raises(ValidationError, match="ProgressPolicy"),
    ):
        ProgressPolicy(forecasts=1)  # type: ignore[arg-type]


def test_policy_must_be_a_progress_policy() -> None:
    """Passing something else as the policy is refused."""
    with pytest.raises(ValidationError, match="policy"):
        progress(kr(), as_of=D(2027, 1, 1), policy={"on_track_margin": 0.2})  # type: ignore[arg-type]


def test_progress_repr_is_short_and_readable() -> None:
    """The repr shows percentages, health, dates and the number of parts."""
    result = progress(networking_goal(), as_of=D(2027, 4, 30))
    assert repr(result) == (
        "Progress(value=75%, expected=66%, health=ON_TRACK, as_of=2027-04-30, "
        "forecast=2027-06-20, parts=1)"
    )
    assert repr(progress(Goal(title="Vague"), as_of=D(2027, 1, 1))).startswith(
        "Progress(value=n/a, expected=n/a, health=UNKNOWN"
    )


def test_explain_lists_the_parts() -> None:
    """explain() answers "why 45%?" with each part's kind, title, weight and value."""
    text = progress(speaking_goal(), as_of=D(2027, 2, 1)).explain()
    assert text.splitlines() == [
        "45% as of 2027-02-01 (expected 34%, on track)",
        "  key result  Presentations given  weight 2  40%",
        "  milestone   Outline              weight 1  100%",
        "  milestone   Book a slot          weight 1  0%",
    ]


# --------------------------------------------------------------- properties

small_numbers = numbers(min_value=-1e4, max_value=1e4)
window = dates(D(2026, 1, 1), D(2028, 12, 31))


@st.composite
def moving_key_results(draw: st.DrawFn) -> KeyResult:
    """INCREASE or DECREASE key results with check-ins on distinct days."""
    baseline = draw(small_numbers)
    target = draw(small_numbers.filter(lambda value: value != baseline))
    days = draw(st.lists(window, unique=True, max_size=8))
    values = draw(st.lists(small_numbers, min_size=len(days), max_size=len(days)))
    return KeyResult(
        title="K",
        baseline=baseline,
        target=target,
        check_ins=[ci(day, value) for day, value in zip(days, values, strict=True)],
    )


def _negated(key_result: KeyResult) -> KeyResult:
    mirror = {
        Direction.INCREASE: Direction.DECREASE,
        Direction.DECREASE: Direction.INCREASE,
        Direction.AT_LEAST: Direction.AT_MOST,
        Direction.AT_MOST: Direction.AT_LEAST,
    }
    return attrs.evolve(
        key_result,
        baseline=-key_result.baseline,
        target=-key_result.target,
        direction=mirror[key_result.resolved_direction],
        check_ins=[attrs.evolve(c, value=-c.value) for c in key_result.check_ins],
    )


@given(key_result=moving_key_results(), day=window)
def test_increase_and_decrease_are_mirror_images(key_result: KeyResult, day: datetime.date) -> None:
    """Negating baseline, target and values turns INCREASE into DECREASE with the same progress."""
    assert progress(_negated(key_result), as_of=day) == progress(key_result, as_of=day)


@given(
    key_result=moving_key_results(),
    day=window,
    threshold=st.sampled_from([Direction.AT_LEAST, Direction.AT_MOST]),
)
def test_at_least_and_at_most_are_mirror_images(
    key_result: KeyResult, day: datetime.date, threshold: Direction
) -> None:
    """Negating everything turns AT_LEAST into AT_MOST with the same progress and forecast."""
    held = attrs.evolve(key_result, direction=threshold)
    assert progress(_negated(held), as_of=day) == progress(held, as_of=day)


@given(key_result=moving_key_results(), day=window, order=st.randoms(use_true_random=False))
def test_check_in_order_does_not_matter(
    key_result: KeyResult, day: datetime.date, order: object
) -> None:
    """Recording the same check-ins in any order gives the same progress."""
    shuffled = list(key_result.check_ins)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    rebuilt = attrs.evolve(key_result, check_ins=())
    for check_in in shuffled:
        rebuilt = rebuilt.with_check_in(check_in)
    assert rebuilt == key_result
    goal = Goal(title="G", key_results=[key_result], start=D(2026, 6, 1), due=D(2028, 6, 1))
    assert progress(attrs.evolve(goal, key_results=[rebuilt]), as_of=day) == progress(
        goal, as_of=day
    )


@given(
    key_result=moving_key_results(),
    day=window,
    later=st.lists(st.tuples(st.integers(1, 400), small_numbers), max_size=4),
)
def test_as_of_ignores_later_check_ins(
    key_result: KeyResult, day: datetime.date, later: list[tuple[int, float]]
) -> None:
    """Check-ins and milestone completions after the day change nothing as of the day."""
    goal = Goal(
        title="G",
        key_results=[key_result],
        start=D(2026, 6, 1),
        due=D(2028, 6, 1),
        milestones=[Milestone(title="M", id="m")],
    )
    future = goal.complete_milestone("m", day + datetime.timedelta(days=1))
    extra = [ci(day + datetime.timedelta(days=offset), value) for offset, value in later]
    future = attrs.evolve(
        future, key_results=[attrs.evolve(key_result, check_ins=[*key_result.check_ins, *extra])]
    )
    assert progress(future, as_of=day) == progress(goal, as_of=day)


def small_goals(*, max_revisions: int = 2) -> st.SearchStrategy[Goal]:
    """Goals small enough to draw quickly, with every kind of part."""
    return goals(
        max_key_results=3,
        max_milestones=2,
        max_reviews=0,
        max_revisions=max_revisions,
        max_check_ins=4,
    )


def small_plans() -> st.SearchStrategy[Plan]:
    """Plans of up to five goals with parent links."""
    return plans(max_goals=5, max_key_results=2)


def _all_values(result: Progress) -> Sequence[float | None]:
    return [result.value, result.expected, *(part.value for part in result.parts)]


@given(plan=small_plans(), day=dates())
def test_values_are_always_between_zero_and_one(plan: Plan, day: datetime.date) -> None:
    """Every value, expected share and part value lies in 0..1 or is None; forecasts look ahead."""
    results = [progress(plan, as_of=day), *progress_by_goal(plan, as_of=day).values()]
    for result in results:
        for value in _all_values(result):
            assert value is None or 0.0 <= value <= 1.0
        if result.forecast is not None and result.value is not None and result.value < 1:
            assert result.forecast >= day


@st.composite
def rising_plans(draw: st.DrawFn) -> tuple[Plan, datetime.date]:
    """Plans whose every goal is still short of its targets and rising, and a day to look from.

    Each key result has two or more check-ins on distinct days with rising values below its
    target, so every goal (and the plan) has a trend to project; some goals have a pending
    milestone, which sends the goal to its own history.
    """
    day = draw(dates(D(2027, 6, 1), D(2027, 12, 31)))
    goals_drawn: list[Goal] = []
    for index in range(draw(st.integers(1, 4))):
        key_results = []
        for k in range(draw(st.integers(1, 3))):
            target = draw(st.integers(10, 1000))
            days = sorted(
                draw(st.lists(dates(D(2027, 1, 1), day), min_size=2, max_size=6, unique=True))
            )
            steps = draw(st.lists(st.integers(1, 10), min_size=len(days), max_size=len(days)))
            values = [
                sum(steps[: n + 1]) * (target - 1) / (sum(steps) + 1) for n in range(len(days))
            ]
            key_results.append(
                kr(
                    target=target,
                    id=f"g{index}.kr{k}",
                    check_ins=[ci(d, v) for d, v in zip(days, values, strict=True)],
                )
            )
        pending = [Milestone(title="Pending", id=f"g{index}.m")] if draw(st.booleans()) else []
        parent = draw(st.none() | st.sampled_from(goals_drawn)) if goals_drawn else None
        goals_drawn.append(
            Goal(
                title=f"Goal {index}",
                id=f"g{index}",
                parent_id=None if parent is None else parent.id,
                key_results=key_results,
                milestones=pending,
            )
        )
    return Plan(mentee=ANA, goals=goals_drawn), day


@given(case=rising_plans())
def test_forecasts_of_rising_histories_look_ahead(case: tuple[Plan, datetime.date]) -> None:
    """Every unfinished, rising goal (and plan) has a forecast, never before the as-of day."""
    plan, day = case
    results = [progress(plan, as_of=day), *progress_by_goal(plan, as_of=day).values()]
    for goal in plan.goals:
        results += [progress(k, as_of=day) for k in goal.key_results]
    for result in results:
        assert result.value is not None
        assert result.value < 1
        assert result.forecast is not None
        assert result.forecast >= day


@given(goal=small_goals(), day=dates())
def test_goal_value_is_recomputable_from_its_parts(goal: Goal, day: datetime.date) -> None:
    """Unless achieved, a goal's value is exactly recomputable from its listed parts."""
    result = progress(goal, as_of=day)
    if goal.status_on(day) is GoalStatus.ACHIEVED:
        assert result.value == 1.0
    elif not result.parts:
        assert result.value is None
    else:
        # In exact fractions: in floats a subnormal weight times a value can underflow to 0.
        total = sum(Fraction(part.weight) for part in result.parts)
        mean = sum(Fraction(part.weight) * Fraction(part.value) for part in result.parts)
        assert result.value == pytest.approx(float(mean / total), rel=1e-12, abs=1e-12)
    assert all(part.weight > 0 for part in result.parts)


@st.composite
def parents_with_children(draw: st.DrawFn) -> Plan:
    """A plan whose first goal has no parts of its own and 1-5 children."""
    children = draw(
        st.lists(
            small_goals(max_revisions=0), min_size=1, max_size=3, unique_by=lambda goal: goal.id
        )
    )
    parent = Goal(title="Parent", id="parent")
    renamed = [
        attrs.evolve(
            child,
            id=f"c{index}",
            parent_id="parent",
            key_results=[attrs.evolve(k, id=f"c{index}.{k.id}") for k in child.key_results],
            milestones=[attrs.evolve(m, id=f"c{index}.{m.id}") for m in child.milestones],
            reviews=(),
        )
        for index, child in enumerate(children)
    ]
    return Plan(mentee=ANA, goals=[parent, *renamed])


@given(plan=parents_with_children(), day=dates())
def test_parent_lies_between_its_lowest_and_highest_child(plan: Plan, day: datetime.date) -> None:
    """With no parts of its own, a parent's value is between its counted children's values."""
    result = progress(plan.goal("parent"), as_of=day, plan=plan)
    children = [part.value for part in result.parts]
    assume(children)
    assert result.value is not None
    assert min(children) - 1e-12 <= result.value <= max(children) + 1e-12


@given(plan=small_plans(), day=dates())
def test_whole_plan_results_match_single_goal_calls(plan: Plan, day: datetime.date) -> None:
    """progress_by_goal gives, for each goal, what progress(goal, plan=plan) gives."""
    everything = progress_by_goal(plan, as_of=day)
    for goal in plan.goals:
        assert everything[goal.id] == progress(goal, as_of=day, plan=plan)


# ---------------------------------------------- late entries and like-for-like plans


def test_a_late_check_in_counts_before_a_later_revision() -> None:
    """Ana records February's talk in April, after March's revision of the target."""
    goal = speaking_goal().revise(
        "Conference slots cut",
        D(2027, 3, 1),
        key_results=[attrs.evolve(speaking_goal().key_results[0], target=3)],
    )
    late = goal.check_in("kr-talks", 4, on=D(2027, 2, 20))
    february = progress(late, as_of=D(2027, 2, 25))
    assert february.parts[0].value == pytest.approx(4 / 5)
    assert late.state_on(D(2027, 2, 25)).key_results[0].target == (
        speaking_goal().key_results[0].target
    )


def test_a_late_milestone_completion_counts_before_a_later_revision() -> None:
    """A milestone done in January, entered after a February revision of milestones, counts."""
    goal = Goal(
        title="Run a workshop",
        start=D(2027, 1, 1),
        due=D(2027, 6, 30),
        milestones=[Milestone(title="Book a room", id="m-room", due=D(2027, 1, 31))],
    )
    goal = goal.revise(
        "Room booking takes longer",
        D(2027, 2, 1),
        milestones=[Milestone(title="Book a room", id="m-room", due=D(2027, 2, 28))],
    )
    late = goal.complete_milestone("m-room", D(2027, 1, 20))
    assert progress(late, as_of=D(2027, 1, 25)).value == 1.0
    assert late.state_on(D(2027, 1, 25)).milestones[0].due == D(2027, 1, 31)


def test_plan_expected_is_like_for_like_with_its_value() -> None:
    """One goal ahead, one behind: the plan's expected is their weighted mean, as its value is.

    Talks (weight 3) run Jan-Apr; networking runs Jan-Jul. As of 1 March the
    talks goal expects 59/89 and networking 59/181; the plan expects
    (3 * 59/89 + 1 * 59/181) / 4, not the elapsed share of Jan-Jul.
    """
    talks = Goal(
        title="Give five talks",
        id="g-talks",
        start=D(2027, 1, 1),
        due=D(2027, 3, 31),
        weight=3,
        key_results=[kr(5, id="kr-talks")],
    )
    plan = Plan(mentee=ANA, goals=[talks, networking_goal()])
    result = progress(plan, as_of=D(2027, 3, 1))
    assert result.expected == pytest.approx((3 * 59 / 89 + 59 / 181) / 4)
    assert result.health is Health.OFF_TRACK


def test_plan_expected_leaves_out_roots_without_dates() -> None:
    """Only root goals with a start..due span give an expected share; weights as for the value."""
    result = progress(leadership_plan(), as_of=D(2028, 1, 1))
    assert result.expected == pytest.approx(365 / 731)


#: The goals of the differential test: each key result with the targets a revision may set.
_TARGETS: Final = {"kr-up": (5.0, 10.0, 20.0), "kr-down": (0.0, 2.0, 5.0)}


def _history_goal(goal_id: str) -> Goal:
    return Goal(
        title=f"Goal {goal_id}",
        id=goal_id,
        start=D(2027, 1, 1),
        due=D(2027, 6, 30),
        key_results=[
            KeyResult(title="Talks given", target=10, id=f"{goal_id}-kr-up"),
            KeyResult(title="Open bugs", baseline=10, target=2, id=f"{goal_id}-kr-down"),
        ],
        milestones=[
            Milestone(title="Outline", id=f"{goal_id}-m-1", due=D(2027, 2, 1)),
            Milestone(title="Rehearse", id=f"{goal_id}-m-2", due=D(2027, 4, 1)),
        ],
    )


_day_in_cycle = st.dates(D(2026, 12, 20), D(2027, 7, 20))
_entry = st.one_of(
    st.tuples(
        st.just("check_in"),
        st.sampled_from(["g-a", "g-b"]),
        _day_in_cycle,
        st.sampled_from(["kr-up", "kr-down"]),
        st.integers(0, 20),
    ),
    st.tuples(
        st.just("complete"),
        st.sampled_from(["g-a", "g-b"]),
        _day_in_cycle,
        st.sampled_from(["m-1", "m-2"]),
        st.integers(0, 0),
    ),
)
_revision = st.tuples(
    st.just("revise"),
    st.sampled_from(["g-a", "g-b"]),
    _day_in_cycle,
    st.sampled_from(["kr-up", "kr-down", "m-1", "m-2", "due", "weight", "achieve"]),
    st.integers(0, 2),
)
_Event = tuple[str, str, datetime.date, str, int]


def _apply(goal: Goal, event: _Event) -> Goal:
    kind, goal_id, day, subject, choice = event
    item_id = f"{goal_id}-{subject}"
    if kind == "check_in":
        return goal.check_in(item_id, choice, on=day)
    if kind == "complete":
        if goal.milestone(item_id).completed_on is not None:
            return goal
        return goal.complete_milestone(item_id, day)
    changes: dict[str, object]
    if subject in _TARGETS:
        new = [
            attrs.evolve(item, target=_TARGETS[subject][choice]) if item.id == item_id else item
            for item in goal.key_results
        ]
        changes = {"key_results": tuple(new)}
    elif subject in ("m-1", "m-2"):
        due = D(2027, 2, 1) + datetime.timedelta(days=30 * choice)
        changes = {
            "milestones": tuple(
                attrs.evolve(item, due=due) if item.id == item_id else item
                for item in goal.milestones
            )
        }
    elif subject == "due":
        changes = {"due": D(2027, 6, 30) + datetime.timedelta(days=30 * choice)}
    elif subject == "weight":
        changes = {"weight": choice + 1}
    else:
        changes = {"status": GoalStatus.ACHIEVED}
    if all(getattr(goal, name) == value for name, value in changes.items()):
        return goal
    return goal.revise("Adjusted at the one-on-one", day, **changes)


def _plan_of(events: Sequence[_Event]) -> Plan:
    goals = {goal_id: _history_goal(goal_id) for goal_id in ("g-a", "g-b")}
    for event in events:
        goals[event[1]] = _apply(goals[event[1]], event)
    return Plan(mentee=ANA, goals=list(goals.values()))


@given(
    entries=st.lists(_entry, max_size=14),
    revisions=st.lists(_revision, max_size=4),
    data=st.data(),
    day=_day_in_cycle,
)
def test_the_past_seen_from_today_is_the_past_as_it_was_recorded(
    entries: list[_Event], revisions: list[_Event], data: st.DataObject, day: datetime.date
) -> None:
    """A plan built from the history up to a day, and the final plan as of that day, agree.

    Check-ins and completions are entered out of date order, some after later
    revisions (late entries); revisions are entered in date order.
    """
    revisions = sorted(revisions, key=lambda event: event[2])
    # A milestone is completed once: its first recorded completion stands.
    completed: set[tuple[str, str]] = set()
    recorded: list[_Event] = []
    for event in entries:
        if event[0] == "complete":
            if event[1:4:2] in completed:
                continue
            completed.add((event[1], event[3]))
        recorded.append(event)
    floor = 0
    for revision in revisions:
        # Each revision is entered somewhere after the previous one.
        floor = data.draw(st.integers(floor, len(recorded)), label="entered at")
        recorded.insert(floor, revision)
        floor += 1
    final = _plan_of(recorded)
    then = _plan_of([event for event in recorded if event[2] <= day])
    now_result, then_result = progress(final, as_of=day), progress(then, as_of=day)
    assert _figures(now_result) == _figures(then_result)
    now_goals, then_goals = progress_by_goal(final, as_of=day), progress_by_goal(then, as_of=day)
    assert {k: _figures(v) for k, v in now_goals.items()} == {
        k: _figures(v) for k, v in then_goals.items()
    }


def _figures(result: Progress) -> tuple[object, ...]:
    """What must agree: every figure and every part's id, weight and value."""
    return (
        result.value,
        result.expected,
        result.health,
        result.forecast,
        result.last_activity,
        result.stale,
        tuple((part.id, part.weight, part.value) for part in result.parts),
    )


# ------------------------------------------------------------------ silence


def test_silence_is_never_green() -> None:
    """Talks on pace in mid-February, but nothing recorded for 35 days by 8 March: AT_RISK."""
    goal = Goal(
        title="Give five presentations",
        start=D(2027, 1, 1),
        due=D(2027, 12, 31),
        key_results=[kr(5, id="kr-talks", check_ins=[ci(D(2027, 2, 1), 1)])],
    )
    before = progress(goal, as_of=D(2027, 3, 7))
    after = progress(goal, as_of=D(2027, 3, 8))
    assert (before.health, before.stale, before.last_activity) == (
        Health.ON_TRACK,
        False,
        D(2027, 2, 1),
    )
    assert (after.health, after.stale) == (Health.AT_RISK, True)
    assert "stale: nothing recorded since 2027-02-01 (35 days), so at risk" in after.explain()
    assert repr(after).endswith("parts=1, stale)")


def test_stale_after_days_none_turns_silence_off() -> None:
    """With the rule off, the same goal stays ON_TRACK and is not stale."""
    goal = Goal(
        title="Give five presentations",
        start=D(2027, 1, 1),
        due=D(2027, 12, 31),
        key_results=[kr(5, id="kr-talks", check_ins=[ci(D(2027, 2, 1), 1)])],
    )
    result = progress(goal, as_of=D(2027, 3, 8), policy=ProgressPolicy(stale_after_days=None))
    assert (result.health, result.stale) == (Health.ON_TRACK, False)


def test_silence_counts_from_the_start_and_only_while_active() -> None:
    """Silence counts from the start; a draft, an achieved goal or a future one is not stale."""
    goal = Goal(title="Learn SQL", start=D(2027, 1, 1), due=D(2027, 3, 1), key_results=[kr(4)])
    assert progress(goal, as_of=D(2027, 2, 5)).stale
    assert progress(goal, as_of=D(2027, 2, 4)).stale is False
    assert progress(goal, as_of=D(2026, 12, 1)).stale is False
    draft = attrs.evolve(goal, status=GoalStatus.DRAFT)
    assert progress(draft, as_of=D(2027, 2, 5)).stale is False
    done = goal.achieve(D(2027, 1, 10))
    assert progress(done, as_of=D(2027, 3, 1)).stale is False


def test_reviews_revisions_and_children_are_activity() -> None:
    """A review is activity; a parent is as active as the goals below it."""
    plan = leadership_plan()
    lead = progress(plan.goal("g-lead"), plan=plan, as_of=D(2027, 5, 1))
    assert lead.last_activity == D(2027, 4, 30)  # networking's last check-in
    reviewed = plan.goal("g-sql").add_review(Review(held_on=D(2027, 4, 2)))
    assert progress(reviewed, as_of=D(2027, 5, 1)).last_activity == D(2027, 4, 2)
    assert progress(plan, as_of=D(2027, 5, 1)).last_activity == D(2027, 4, 30)


@given(goal=goals(), day=dates())
def test_staleness_is_bounded_by_the_policy(goal: Goal, day: datetime.date) -> None:
    """Stale means at least stale_after_days of silence; last activity is never after the day."""
    result = progress(goal, as_of=day)
    if result.last_activity is not None:
        assert result.last_activity <= day
    if result.stale:
        since = result.last_activity or goal.state_on(day).start
        assert since is not None
        assert (day - since).days >= 35
        assert result.health is not Health.ON_TRACK
    off = progress(goal, as_of=day, policy=ProgressPolicy(stale_after_days=None))
    assert off.stale is False


@pytest.mark.parametrize("bad", [0, -1, 3661, 1.5, True, "35"])
def test_stale_after_days_is_checked(bad: object) -> None:
    """A policy refuses a silence threshold that is not a whole number of days."""
    with pytest.raises(ValidationError, match="stale_after_days"):
        ProgressPolicy(stale_after_days=bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------- ambition


def stretch_goal() -> Goal:
    """A stretch goal: ten talks in a year, 7 of which would already be a success."""
    return Goal(
        title="Give ten conference talks this year",
        id="g-stretch",
        ambition=Ambition.ASPIRATIONAL,
        start=D(2027, 1, 1),
        due=D(2027, 12, 31),
        key_results=[kr(10, id="kr-conf", title="Conference talks")],
    )


def test_an_aspirational_goal_succeeds_at_seventy_percent() -> None:
    """7 of 10 talks is the whole way for a stretch goal: ACHIEVED; not for a committed one."""
    goal = stretch_goal().check_in("kr-conf", 7, on=D(2027, 9, 1))
    assert progress(goal, as_of=D(2027, 9, 2)).health is Health.ACHIEVED
    committed = attrs.evolve(goal, ambition=Ambition.COMMITTED)
    assert progress(committed, as_of=D(2027, 9, 2)).health is not Health.ACHIEVED


def test_an_aspirational_goal_is_paced_against_its_success() -> None:
    """Halfway through the year, 3.5 of 10 talks is on pace for the 70% that counts."""
    goal = stretch_goal().check_in("kr-conf", 3.5, on=D(2027, 7, 1))
    assert progress(goal, as_of=D(2027, 7, 2)).health is Health.ON_TRACK
    committed = attrs.evolve(goal, ambition=Ambition.COMMITTED)
    assert progress(committed, as_of=D(2027, 7, 2)).health is Health.AT_RISK
    stricter = ProgressPolicy(aspirational_success=1.0)
    assert progress(goal, as_of=D(2027, 7, 2), policy=stricter).health is Health.AT_RISK


def test_a_stretch_target_is_celebrated_at_seventy_percent() -> None:
    """The seventh talk is the stretch goal's celebration."""
    goal = (
        stretch_goal()
        .check_in("kr-conf", 6, on=D(2027, 8, 1))
        .check_in("kr-conf", 7, on=D(2027, 9, 1))
    )
    [found] = celebrations(goal, D(2027, 8, 1), D(2027, 9, 30))
    assert (found.on, found.text) == (
        D(2027, 9, 1),
        "Stretch target reached: Conference talks (70% of 10)",
    )
    committed = attrs.evolve(goal, ambition=Ambition.COMMITTED)
    assert celebrations(committed, D(2027, 8, 1), D(2027, 9, 30)) == ()


# ------------------------------------------- pinned by mutation testing (issue 9)


def _january_goal(*check_ins: CheckIn, **fields: object) -> Goal:
    """A goal over January 2027 (30 days), with one key result of target 4."""
    return Goal(
        title="Attend four events in January",
        id="g-jan",
        start=D(2027, 1, 1),
        due=D(2027, 1, 31),
        key_results=[kr(id="kr-jan", check_ins=list(check_ins))],
        **fields,  # type: ignore[arg-type]
    )


class TestPinnedBoundaries:
    """Boundaries and arguments that planted bugs once survived the suite with."""

    def test_policy_accepts_its_documented_bounds(self) -> None:
        """Margins of exactly 0 and 1, equal margins and review_early_days=366 are allowed."""
        ProgressPolicy(on_track_margin=0, at_risk_margin=0)
        ProgressPolicy(on_track_margin=1, at_risk_margin=1)
        assert ProgressPolicy(review_early_days=366).review_early_days == 366
        with pytest.raises(ValidationError, match="review_early_days"):
            ProgressPolicy(review_early_days=367)

    def test_a_value_exactly_at_the_at_risk_margin_is_at_risk(self) -> None:
        """Half the span gone, 1 of 4 done: 0.25 = 0.5 - 0.25 is AT_RISK, not OFF_TRACK."""
        result = progress(_january_goal(ci(D(2027, 1, 16), 1)), as_of=D(2027, 1, 16))
        assert (result.value, result.expected) == (0.25, 0.5)
        assert result.health is Health.AT_RISK

    def test_plan_health_follows_its_value_its_expected_share_and_its_span(self) -> None:
        """A plan is NOT_STARTED before its first start, judged in the span, OFF_TRACK overdue."""
        plan = Plan(mentee=ANA, goals=[_january_goal(ci(D(2027, 1, 16), 1))])
        before = progress(plan, as_of=D(2026, 12, 1))
        assert (before.health, before.as_of) == (Health.NOT_STARTED, D(2026, 12, 1))
        during = progress(plan, as_of=D(2027, 1, 16))
        assert (during.value, during.expected, during.health) == (0.25, 0.5, Health.AT_RISK)
        assert during.as_of == D(2027, 1, 16)
        done = progress(
            Plan(mentee=ANA, goals=[_january_goal(ci(D(2027, 1, 16), 3))]), as_of=D(2027, 1, 16)
        )
        assert done.health is Health.ON_TRACK
        assert progress(plan, as_of=D(2027, 2, 15)).health is Health.OFF_TRACK

    def test_plan_roll_up_skips_every_uncounted_root_and_keeps_going(self) -> None:
        """Roots of weight 0, abandoned or with nothing measured are skipped, not a stop."""

        def goal(goal_id: str, value: float, **fields: object) -> Goal:
            return Goal(
                title=f"Goal {goal_id}",
                id=goal_id,
                key_results=[kr(id=f"kr-{goal_id}", check_ins=[ci(D(2027, 1, 2), value)])],
                **fields,
            )  # type: ignore[arg-type]

        plan = Plan(
            mentee=ANA,
            goals=[
                goal("zero", 4, weight=0),
                goal("dropped", 4, status=GoalStatus.ABANDONED),
                Goal(title="Nothing measured", id="empty"),
                goal("counted", 2),
            ],
        )
        result = progress(plan, as_of=D(2027, 1, 10))
        assert result.value == 0.5
        assert [(part.id, part.title) for part in result.parts] == [("counted", "Goal counted")]
        assert "Goal counted" in result.explain()

    def test_milestone_results_are_as_of_the_day_and_never_read_the_future(self) -> None:
        """A milestone's result names its day; one completed later has no value or forecast yet."""
        later = Milestone(title="Outline", due=D(2027, 2, 15), completed_on=D(2027, 2, 20))
        result = progress(later, as_of=D(2027, 2, 10))
        assert (result.value, result.forecast, result.as_of) == (0.0, None, D(2027, 2, 10))

    def test_items_start_with_their_goal(self) -> None:
        """On its goal's start day a milestone is judged; a key result before it has not started."""
        goal = _january_goal(milestones=[Milestone(title="Book", id="m-jan", due=D(2027, 1, 20))])
        plan = Plan(mentee=ANA, goals=[goal])
        assert progress(goal.milestones[0], as_of=D(2027, 1, 1), plan=plan).health is (
            Health.ON_TRACK
        )
        assert progress(goal.key_results[0], as_of=D(2026, 12, 31), plan=plan).health is (
            Health.NOT_STARTED
        )

    def test_forecasts_off_reaches_key_results_and_progress_by_goal(self) -> None:
        """ProgressPolicy(compute_forecasts=False) is obeyed by key results and progress_by_goal."""
        goal = _january_goal(ci(D(2027, 1, 5), 1), ci(D(2027, 1, 10), 2))
        plan = Plan(mentee=ANA, goals=[goal])
        off = ProgressPolicy(compute_forecasts=False)
        assert progress(goal.key_results[0], as_of=D(2027, 1, 10)).forecast is not None
        assert progress(goal.key_results[0], as_of=D(2027, 1, 10), policy=off).forecast is None
        assert progress_by_goal(plan, as_of=D(2027, 1, 10))["g-jan"].forecast is not None
        assert progress_by_goal(plan, as_of=D(2027, 1, 10), policy=off)["g-jan"].forecast is None

    def test_explain_of_a_result_without_parts_is_one_line(self) -> None:
        """A key result's explanation is its summary line (no parts, no error)."""
        result = progress(kr(check_ins=[ci(D(2027, 1, 16), 1)]), as_of=D(2027, 1, 16))
        assert result.explain() == "25% as of 2027-01-16 (expected n/a, unknown)"


class TestCelebrationWindow:
    """The window is inclusive at both ends, for key results and for goals."""

    def test_a_key_result_reaching_its_target_on_the_first_day_is_celebrated(self) -> None:
        """Reaching the target on `since` counts."""
        goal = _january_goal(ci(D(2027, 1, 20), 4))
        kinds = [item.item_id for item in celebrations(goal, D(2027, 1, 20), D(2027, 1, 31))]
        assert "kr-jan" in kinds
        assert celebrations(goal, D(2027, 1, 21), D(2027, 1, 31)) == ()

    def test_a_goal_achieved_on_either_end_of_the_window_is_celebrated(self) -> None:
        """Achieving the goal on `since` or on `until` counts; a day outside does not."""
        goal = _january_goal().achieve(D(2027, 1, 25))

        def goal_items(since: datetime.date, until: datetime.date) -> list[str]:
            return [item.item_id for item in celebrations(goal, since, until)]

        assert "g-jan" in goal_items(D(2027, 1, 25), D(2027, 1, 31))
        assert "g-jan" in goal_items(D(2027, 1, 1), D(2027, 1, 25))
        assert "g-jan" not in goal_items(D(2027, 1, 26), D(2027, 1, 31))


class TestPinnedDefaultsAndShapes:
    """Defaults and result shapes that planted bugs survived once."""

    def test_policy_defaults_are_the_documented_ones(self) -> None:
        """A fresh ProgressPolicy: margins 0.1 and 0.25, forecasts on, reviews on their day."""
        policy = ProgressPolicy()
        assert (policy.on_track_margin, policy.at_risk_margin) == (0.1, 0.25)
        assert policy.compute_forecasts is True
        assert policy.review_early_days == 0

    def test_progress_by_goal_keeps_each_goals_parts(self) -> None:
        """Each goal's result in progress_by_goal lists its parts, as progress(goal) does."""
        goal = _january_goal(ci(D(2027, 1, 10), 2))
        plan = Plan(mentee=ANA, goals=[goal])
        by_goal = progress_by_goal(plan, as_of=D(2027, 1, 10))["g-jan"]
        assert by_goal.parts == progress(goal, as_of=D(2027, 1, 10)).parts
        assert [part.id for part in by_goal.parts] == ["kr-jan"]

    def test_a_cadence_date_the_day_after_the_last_review_is_due(self) -> None:
        """A review covers the dates up to its day; the next day's cadence date is due."""
        goal = Goal(title="Grow my network", id="g", reviews=[Review(held_on=D(2027, 2, 27))])
        plan = Plan(
            mentee=ANA,
            goals=[goal],
            cadence=Cadence(every=1, unit="month", anchor=D(2027, 1, 31)),
        )
        assert due_reviews(plan, D(2027, 3, 10)) == (D(2027, 2, 28),)

    def test_repr_names_a_missing_forecast(self) -> None:
        """A result without a forecast says forecast=None in its repr."""
        result = progress(kr(), as_of=D(2027, 1, 1))
        assert "forecast=None" in repr(result)

    def test_a_completed_milestone_leaves_the_forecast_to_the_parts(self) -> None:
        """With every milestone done, the goal's forecast is the latest of its parts' forecasts.

        The goal's own trend (2027-01-16 here) is only the fallback for a pending milestone.
        """
        goal = Goal(
            title="Give four talks",
            id="g-talks",
            start=D(2027, 1, 1),
            due=D(2027, 6, 30),
            milestones=[Milestone(title="Outline", id="m", completed_on=D(2027, 1, 10))],
            key_results=[kr(id="k", check_ins=[ci(D(2027, 1, 1), 1), ci(D(2027, 1, 11), 2)])],
        )
        day = D(2027, 1, 11)
        assert progress(goal.key_results[0], as_of=day).forecast == D(2027, 1, 31)
        assert progress(goal, as_of=day).forecast == D(2027, 1, 31)
