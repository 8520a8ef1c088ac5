"""One rule, one implementation: every caller agrees with the rule, and the rule with a scan.

Each domain rule that goalkit writes once is pinned here twice over: its one
implementation agrees with a brute-force reference written the plainest way
(a scan, a replay, a walk), and every calculator that uses it agrees with
that implementation on every generated input. A boundary bug planted in a
rule (`<` for `<=`, `>` for `>=`) fails these tests; the examples are drawn
so that the boundaries are hit often: check-ins on the as-of day, several
check-ins on one day, values exactly at the baseline or the target, windows
that start or end on the day something happened.

The rules:

- the value of a key result on a day: `KeyResult.value_on`, `last_check_in`,
  `check_ins_until`, `values_by_day`;
- the clamp: `goalkit._measure.share`, `scaled`, `reached`, `clamp01`;
- a milestone on a day: `Milestone.completed_by`;
- what the goal looked like on a day: `Goal.state_on`, `status_on`,
  `status_history`, `status_changed_on`;
- the celebration window: `goalkit._progress.celebrations.in_window`;
- the review series: `Cadence.occurrences` and `next_after`, walked with
  `goalkit._schedule.shift`.
"""

from __future__ import annotations

import datetime
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalkit import (
    Cadence,
    CheckIn,
    Direction,
    Goal,
    GoalState,
    GoalStatus,
    KeyResult,
    Milestone,
    Person,
    Plan,
    ValidationError,
    okr_score,
    progress,
    progress_by_goal,
)
from goalkit import (
    celebrations as celebrations_of,
)
from goalkit._measure import clamp01, reached, reached_days, scaled, share
from goalkit._progress.calculate import expected_share
from goalkit._progress.celebrations import in_window
from goalkit._schedule import shift
from goalkit.testing import (
    cadences,
    check_ins,
    dates,
    ids,
    key_results,
    milestones,
    numbers,
    text,
)

D = datetime.date
#: A short span, so that generated check-ins often share a day and meet the as-of day.
FIRST_DAY, LAST_DAY = D(2027, 1, 1), D(2027, 1, 20)
ONE_DAY = datetime.timedelta(days=1)
#: The day of an event, the day before and the day after: where boundary bugs show.
NEAR = (0 * ONE_DAY, -ONE_DAY, ONE_DAY)


def same(ours: float | None, reference: float | None) -> bool:
    """Equal, and the same float to the sign of zero (-0.0 would print as "-0%")."""
    return ours == reference and repr(ours) == repr(reference)


# ---------------------------------------------------------------- strategies


@st.composite
def crowded_key_results(draw: st.DrawFn) -> KeyResult:
    """Key results of every direction whose check-ins crowd a few days, some at the target."""
    base = draw(key_results(max_check_ins=0))
    entries = draw(st.lists(check_ins(min_date=FIRST_DAY, max_date=LAST_DAY), max_size=8))
    # Values exactly at the target or the baseline are where boundary bugs show.
    landmarks = st.sampled_from([None, base.target, base.baseline])
    entries = [
        entry if (value := draw(landmarks)) is None else attrs.evolve(entry, value=value)
        for entry in entries
    ]
    return attrs.evolve(base, check_ins=entries)


@st.composite
def days_near(draw: st.DrawFn, key_result: KeyResult) -> datetime.date:
    """A day in the span, often a check-in day or the day before or after one."""
    recorded = [entry.on for entry in key_result.check_ins]
    near_a_check_in = draw(st.booleans())
    if recorded and near_a_check_in:
        return draw(st.sampled_from(recorded)) + draw(
            st.sampled_from([-ONE_DAY, 0 * ONE_DAY, ONE_DAY])
        )
    return draw(dates(FIRST_DAY - ONE_DAY, LAST_DAY + ONE_DAY))


@st.composite
def key_results_and_days(draw: st.DrawFn) -> tuple[KeyResult, datetime.date]:
    """A crowded key result and a day that often falls on one of its check-ins."""
    key_result = draw(crowded_key_results())
    return key_result, draw(days_near(key_result))


#: What a revision may change, with values the generated goals accept.
REVISED = {
    "status": st.sampled_from(GoalStatus),
    "start": st.none() | dates(D(2026, 12, 1), D(2027, 1, 10)),
    "due": st.none() | dates(D(2027, 1, 10), D(2027, 3, 1)),
    "weight": st.sampled_from([0, 0.5, 1, 2]),
}


@st.composite
def goals_with_history(draw: st.DrawFn) -> Goal:
    """Goals revised through `Goal.revise` on days in date order, several on one day at times.

    Key results and milestones are revised too, so that a past day reads other parts.
    """
    goal = Goal(
        title=draw(text(min_size=1, max_size=20)),
        id=draw(ids()),
        key_results=[
            attrs.evolve(kr, id=f"kr{index}")
            for index, kr in enumerate(draw(st.lists(crowded_key_results(), max_size=3)))
        ],
        milestones=[
            attrs.evolve(milestone, id=f"m{index}")
            for index, milestone in enumerate(
                draw(st.lists(milestones(min_date=FIRST_DAY, max_date=LAST_DAY), max_size=3))
            )
        ],
    )
    days = sorted(draw(st.lists(dates(FIRST_DAY, LAST_DAY), max_size=5)))
    for day in days:
        changes: dict[str, Any] = {}
        for name in draw(st.lists(st.sampled_from([*REVISED, "parts"]), min_size=1, unique=True)):
            if name == "parts":
                changes["key_results"] = goal.key_results[: draw(st.integers(0, 3))]
                changes["milestones"] = tuple(reversed(goal.milestones))
            else:
                changes[name] = draw(REVISED[name])
        start, due = changes.get("start", goal.start), changes.get("due", goal.due)
        if start is not None and due is not None and due < start:
            changes["due"] = start
        try:
            goal = goal.revise("Changed", day, **changes)
        except ValidationError:  # nothing actually changed, or dates out of order: skip the day
            continue
    return goal


@st.composite
def goals_and_days(draw: st.DrawFn) -> tuple[Goal, datetime.date]:
    """A goal with a history and a day, often the day of a revision or of an event, or next to one.

    Every state of the goal is read from its revisions, so the days that matter most are
    the days something was recorded: a rule that says `<` for `<=` shows exactly there.
    """
    goal = draw(goals_with_history())
    recorded = [revision.on for revision in goal.revisions]
    for key_result in goal.state_on(datetime.date.min).key_results + goal.key_results:
        recorded += [entry.on for entry in key_result.check_ins]
    recorded += [m.completed_on for m in goal.milestones if m.completed_on is not None]
    near_an_event = draw(st.integers(0, 3)) > 0  # three times in four
    if recorded and near_an_event:
        return goal, draw(st.sampled_from(recorded)) + draw(st.sampled_from(NEAR))
    return goal, draw(dates(FIRST_DAY - ONE_DAY, LAST_DAY + ONE_DAY))


# ----------------------------------------------------- brute-force references


def scan_check_ins_until(key_result: KeyResult, day: datetime.date) -> tuple[CheckIn, ...]:
    """Every check-in recorded on or before the day, by a plain scan."""
    return tuple(entry for entry in key_result.check_ins if entry.on <= day)


def scan_value_on(key_result: KeyResult, day: datetime.date) -> float:
    """The last check-in on or before the day (stored order within a day), else the baseline."""
    value = key_result.baseline
    for entry in key_result.check_ins:
        if entry.on <= day:
            value = entry.value
    return value


def formula_share(key_result: KeyResult, value: float) -> float:
    """DESIGN's formula: clamp((value - baseline) / (target - baseline)); thresholds 1 or 0."""
    direction = key_result.resolved_direction
    if direction is Direction.AT_LEAST:
        return 1.0 if value >= key_result.target else 0.0
    if direction is Direction.AT_MOST:
        return 1.0 if value <= key_result.target else 0.0
    # max(0.0, x) returns 0.0 for -0.0 too: a share is never negative zero.
    return min(
        1.0, max(0.0, (value - key_result.baseline) / (key_result.target - key_result.baseline))
    )


def replay_state(goal: Goal, day: datetime.date) -> GoalState:
    """The goal on the day, replayed forwards: undo every revision, then redo those by the day."""
    fields = {name: getattr(goal, name) for name in GoalState._fields}
    for revision in reversed(goal.revisions):
        for name, (old, _new) in revision.changes.items():
            if name in fields:
                fields[name] = old
    for revision in goal.revisions:
        if revision.on <= day:
            for name, (_old, new) in revision.changes.items():
                if name in fields:
                    fields[name] = new
    return GoalState(**fields)


def walk_series(cadence: Cadence, until: datetime.date) -> list[datetime.date]:
    """anchor + n steps for n = 0, 1, 2, ... up to *until*, each shifted from the anchor."""
    found = []
    n = 0
    while (day := shift(cadence.anchor, cadence.unit, n * cadence.every)) is not None:
        if day > until:
            break
        found.append(day)
        n += 1
    return found


# ------------------------------------------------- the value of a key result


class TestTheValueOfAKeyResultOnADay:
    """`KeyResult.value_on` and its companions, against a scan of the check-ins."""

    @given(case=key_results_and_days())
    def test_value_on_is_the_last_check_in_on_or_before_the_day(
        self, case: tuple[KeyResult, datetime.date]
    ) -> None:
        """value_on agrees with a plain scan, check-ins on the day and several a day included."""
        key_result, day = case
        assert same(key_result.value_on(day), scan_value_on(key_result, day))

    @given(case=key_results_and_days())
    def test_check_ins_until_and_last_check_in_agree_with_a_scan(
        self, case: tuple[KeyResult, datetime.date]
    ) -> None:
        """check_ins_until is the scan's list; last_check_in is its last entry (or None)."""
        key_result, day = case
        counted = scan_check_ins_until(key_result, day)
        assert key_result.check_ins_until(day) == counted
        last = key_result.last_check_in(day)
        assert last is (counted[-1] if counted else None)

    @given(case=key_results_and_days())
    def test_values_by_day_are_the_value_at_the_end_of_each_check_in_day(
        self, case: tuple[KeyResult, datetime.date]
    ) -> None:
        """values_by_day has each check-in day up to the day once, in order, with value_on of it."""
        key_result, day = case
        by_day = key_result.values_by_day(day)
        recorded = sorted({entry.on for entry in scan_check_ins_until(key_result, day)})
        assert list(by_day) == recorded
        for when, value in by_day.items():
            assert same(value, scan_value_on(key_result, when))


# ------------------------------------------------------------------ the clamp


class TestTheClamp:
    """`goalkit._measure`: share, scaled, reached and clamp01 against DESIGN's formula."""

    @given(case=key_results_and_days(), extra=numbers(min_value=-1e4, max_value=1e4))
    def test_share_is_the_formula(
        self, case: tuple[KeyResult, datetime.date], extra: float
    ) -> None:
        """share is the clamped share of the way (or the threshold met), at baseline and target."""
        key_result, _day = case
        candidates = [key_result.baseline, key_result.target, extra]
        candidates += [entry.value for entry in key_result.check_ins]
        for value in candidates:
            assert same(share(key_result, value), formula_share(key_result, value))
            assert reached(key_result, value) is (formula_share(key_result, value) == 1.0)

    @given(case=key_results_and_days(), extra=numbers(min_value=-1e4, max_value=1e4))
    def test_share_is_the_clamp_of_scaled_for_moving_key_results(
        self, case: tuple[KeyResult, datetime.date], extra: float
    ) -> None:
        """INCREASE/DECREASE: share == clamp01(scaled); thresholds: 1 + the margin, reached at 0."""
        key_result, _day = case
        direction = key_result.resolved_direction
        for value in (key_result.baseline, key_result.target, extra):
            if direction in (Direction.INCREASE, Direction.DECREASE):
                assert same(share(key_result, value), clamp01(scaled(key_result, value)))
            else:
                # Compared on the margin, not on scaled >= 1: 1 + 1e-28 rounds to 1.
                margin = value - key_result.target
                margin = margin if direction is Direction.AT_LEAST else -margin
                assert scaled(key_result, value) == 1.0 + margin
                assert reached(key_result, value) is (margin >= 0)

    @pytest.mark.parametrize(
        ("value", "clamped"),
        [(-1.0, "0.0"), (-0.0, "0.0"), (0.0, "0.0"), (0.5, "0.5"), (1.0, "1.0"), (1.5, "1.0")],
    )
    def test_clamp01_at_its_boundaries(self, value: float, clamped: str) -> None:
        """The ends are included, and a negative zero comes out as 0.0."""
        assert repr(clamp01(value)) == clamped

    @given(
        start=dates(FIRST_DAY, LAST_DAY),
        length=st.integers(0, 10),
        day=dates(FIRST_DAY - ONE_DAY * 5, LAST_DAY + ONE_DAY * 15),
    )
    def test_expected_share_is_the_clamped_share_of_the_span(
        self, start: datetime.date, length: int, day: datetime.date
    ) -> None:
        """expected = clamp((day - start) / (due - start)); a zero span is 1 from the due day."""
        due = start + ONE_DAY * length
        if length == 0:
            reference = 1.0 if day >= due else 0.0
        else:
            reference = min(1.0, max(0.0, (day - start).days / length))
        assert same(expected_share(start, due, day), reference)


# -------------------------------------------------- callers of the two rules


class TestProgressCallsTheRules:
    """progress, progress_by_goal and okr_score read values only through the rules."""

    @given(case=key_results_and_days())
    def test_key_result_progress_is_the_share_of_its_value_on_the_day(
        self, case: tuple[KeyResult, datetime.date]
    ) -> None:
        """progress(kr, as_of=d).value == share(kr, kr.value_on(d)), and both match the scan."""
        key_result, day = case
        value = progress(key_result, as_of=day).value
        assert same(value, share(key_result, key_result.value_on(day)))
        assert same(value, formula_share(key_result, scan_value_on(key_result, day)))

    @given(
        milestone=milestones(min_date=FIRST_DAY, max_date=LAST_DAY), day=dates(FIRST_DAY, LAST_DAY)
    )
    def test_milestone_progress_is_one_once_completed_by_the_day(
        self, milestone: Milestone, day: datetime.date
    ) -> None:
        """A milestone is 1 from its completion day on, else 0."""
        done = milestone.completed_on is not None and milestone.completed_on <= day
        assert milestone.completed_by(day) is done
        assert progress(milestone, as_of=day).value == (1.0 if done else 0.0)

    @given(case=goals_and_days())
    def test_goal_parts_are_its_parts_on_the_day_measured_by_the_rules(
        self, case: tuple[Goal, datetime.date]
    ) -> None:
        """Each part is a key result or milestone of state_on(d), weight > 0, valued by a rule."""
        goal, day = case
        state = goal.state_on(day)
        expected = [
            (kr.id, kr.weight, formula_share(kr, scan_value_on(kr, day)))
            for kr in state.key_results
            if kr.weight > 0
        ]
        expected += [
            (m.id, m.weight, 1.0 if m.completed_on is not None and m.completed_on <= day else 0.0)
            for m in state.milestones
            if m.weight > 0
        ]
        result = progress(goal, as_of=day)
        assert len(result.parts) == len(expected)
        for part, (item_id, weight, value) in zip(result.parts, expected, strict=True):
            assert (part.id, part.weight) == (item_id, weight)
            assert same(part.value, value)
        key_results = [kr for kr in state.key_results if kr.weight > 0]
        score = okr_score(goal, as_of=day)
        if not key_results:
            assert score is None
        else:
            # The weighted mean in exact fractions: in floats, a subnormal weight such as
            # 5e-324 times a share of 0.5 underflows to 0 and the oracle, not goalkit, is wrong.
            total = sum(Fraction(kr.weight) for kr in key_results)
            mean = sum(
                Fraction(kr.weight) * Fraction(share(kr, kr.value_on(day))) for kr in key_results
            )
            assert score == pytest.approx(float(mean / total), rel=1e-12, abs=1e-12)

    @given(case=goals_and_days())
    def test_goal_health_and_expected_read_the_goal_as_it_was(
        self, case: tuple[Goal, datetime.date]
    ) -> None:
        """Expected share and the status-driven health come from the replayed goal of the day."""
        goal, day = case
        state = replay_state(goal, day)
        result = progress(goal, as_of=day)
        assert same(result.expected, expected_share(state.start, state.due, day))
        if state.status is GoalStatus.ACHIEVED:
            assert result.value == 1.0
        assert (result.health.value == "abandoned") is (state.status is GoalStatus.ABANDONED)


# --------------------------------------------------- what the goal looked like


class TestWhatTheGoalLookedLikeOnADay:
    """Goal.state_on and the status history, against a forward replay of the revisions."""

    @given(case=goals_and_days())
    def test_state_on_agrees_with_a_forward_replay(self, case: tuple[Goal, datetime.date]) -> None:
        """Undoing later revisions newest first equals redoing earlier ones oldest first."""
        goal, day = case
        assert goal.state_on(day) == replay_state(goal, day)

    @given(case=goals_and_days())
    def test_status_on_agrees_with_a_replay_of_the_status_changes(
        self, case: tuple[Goal, datetime.date]
    ) -> None:
        """status_on(d) is the first status, changed by each status change on or before d."""
        goal, day = case
        status = replay_state(goal, datetime.date.min).status  # before any revision
        for when, new in goal.status_history():
            if when <= day:
                status = new
        assert goal.status_on(day) is status

    @given(case=goals_and_days())
    def test_status_changed_on_is_the_last_such_change_by_the_day(
        self, case: tuple[Goal, datetime.date]
    ) -> None:
        """status_changed_on(s, until=d) is the day of the last change to s on or before d."""
        goal, day = case
        for status in GoalStatus:
            days = [
                revision.on
                for revision in goal.revisions
                if "status" in revision.changes
                and revision.changes["status"][1] is status
                and revision.on <= day
            ]
            assert goal.status_changed_on(status, until=day) == (days[-1] if days else None)

    @given(case=goals_and_days())
    def test_an_achieved_goal_forecasts_the_day_it_was_achieved(
        self, case: tuple[Goal, datetime.date]
    ) -> None:
        """Achieved on the day: the forecast is the last change to ACHIEVED by then."""
        goal, day = case
        result = progress(goal, as_of=day)
        if goal.status_on(day) is GoalStatus.ACHIEVED:
            assert result.forecast == goal.status_changed_on(GoalStatus.ACHIEVED, until=day)
            assert result.forecast is not None
            assert result.forecast <= day


# ------------------------------------------------------- the celebration window


def scan_celebrations(
    goal: Goal, since: datetime.date, until: datetime.date
) -> set[tuple[Any, ...]]:
    """What a plain reading of the goal's history finds in the window, both ends included."""
    found: set[tuple[Any, ...]] = set()
    for milestone in goal.milestones:
        if milestone.completed_on is not None and since <= milestone.completed_on <= until:
            found.add((milestone.completed_on, "milestone", milestone.id))
    for kr in goal.key_results:
        was = formula_share(kr, kr.baseline) == 1.0
        for when in sorted({entry.on for entry in kr.check_ins}):
            now = formula_share(kr, scan_value_on(kr, when)) == 1.0
            if now and not was:
                if since <= when <= until:
                    found.add((when, "key_result", kr.id))
                break
            was = now
    for revision in goal.revisions:
        change = revision.changes.get("status")
        if (
            change is not None
            and change[1] is GoalStatus.ACHIEVED
            and since <= revision.on <= until
        ):
            found.add((revision.on, "goal", goal.id))
    return found


class TestTheCelebrationWindow:
    """celebrations() keeps exactly what happened from since to until, both ends included."""

    @given(
        day=dates(FIRST_DAY, LAST_DAY),
        since=dates(FIRST_DAY, LAST_DAY),
        until=dates(FIRST_DAY, LAST_DAY),
    )
    def test_in_window_includes_both_ends(
        self, day: datetime.date, since: datetime.date, until: datetime.date
    ) -> None:
        """in_window(d, since, until) is since <= d <= until."""
        assert in_window(day, since, until) is (since <= day <= until)

    @given(goal=goals_with_history(), data=st.data())
    def test_celebrations_agree_with_a_scan_of_the_history(
        self, goal: Goal, data: st.DataObject
    ) -> None:
        """The window holds the scan's celebrations, with windows that start or end on an event."""
        everything = celebrations_of(goal, D(1, 1, 1), D(9999, 12, 31))
        edges = [c.on for c in everything] or [FIRST_DAY]
        since = data.draw(st.sampled_from(edges) | dates(FIRST_DAY, LAST_DAY), label="since")
        until = data.draw(st.sampled_from(edges) | dates(FIRST_DAY, LAST_DAY), label="until")
        found = celebrations_of(goal, since, until)
        assert {(c.on, c.kind, c.item_id) for c in found} == scan_celebrations(goal, since, until)
        assert list(found) == [c for c in everything if since <= c.on <= until]

    @given(case=key_results_and_days())
    def test_reached_days_are_the_days_the_target_was_regained(
        self, case: tuple[KeyResult, datetime.date]
    ) -> None:
        """reached_days lists each check-in day on which the value went from short to reached."""
        key_result, day = case
        expected = []
        was = formula_share(key_result, key_result.baseline) == 1.0
        for when in sorted({entry.on for entry in scan_check_ins_until(key_result, day)}):
            now = formula_share(key_result, scan_value_on(key_result, when)) == 1.0
            if now and not was:
                expected.append(when)
            was = now
        assert list(reached_days(key_result, day)) == expected


# ------------------------------------------------------------ the review series


class TestTheReviewSeries:
    """Cadence.occurrences and next_after against a walk from the anchor, one step at a time."""

    @given(cadence=cadences(), start_offset=st.integers(-40, 800), length=st.integers(0, 800))
    def test_occurrences_are_the_walk_inside_the_window(
        self, cadence: Cadence, start_offset: int, length: int
    ) -> None:
        """The window start..until holds exactly the walk's dates in it, ends included."""
        start = cadence.anchor + ONE_DAY * start_offset
        until = start + ONE_DAY * length
        walked = [day for day in walk_series(cadence, until) if day >= start]
        assert list(cadence.occurrences(until, start=start)) == walked
        if walked:  # windows that start and end exactly on a date of the series
            assert cadence.occurrences(walked[-1], start=walked[0]) == tuple(walked)

    @given(cadence=cadences(), offset=st.integers(-40, 800))
    def test_next_after_is_the_first_walked_date_after_the_day(
        self, cadence: Cadence, offset: int
    ) -> None:
        """next_after(d) is the walk's first date strictly after d, d on a series date included."""
        day = cadence.anchor + ONE_DAY * offset
        walked = walk_series(cadence, day + ONE_DAY * 11 * 366)  # steps are at most 5 years
        assert cadence.next_after(day) == next(when for when in walked if when > day)
        on_the_series = next(when for when in walked if when >= day)
        assert cadence.next_after(on_the_series) == next(w for w in walked if w > on_the_series)


# ------------------------------------------------------ whole-plan agreement


@given(case=goals_and_days())
def test_a_goal_alone_and_in_a_plan_agree(case: tuple[Goal, datetime.date]) -> None:
    """progress_by_goal of a one-goal plan is progress of the goal: one calculation, two doors."""
    goal, day = case
    plan = Plan(mentee=Person(name="Ana", id="ana"), goals=[goal])
    assert progress_by_goal(plan, as_of=day)[goal.id] == progress(goal, as_of=day)
