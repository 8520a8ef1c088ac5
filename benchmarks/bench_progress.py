"""Whole-plan progress: goalkit beside numpy, in one run.

A plan of 10,000 goals (3 key results of 10 check-ins and 3 milestones each,
goals linked into a forest through `parent_id`) is measured as of a day in
the middle of its history, three ways:

- goalkit: `progress(plan)` (the plan's value, expected, health and root
  parts, rolling up every goal once) and `progress_by_goal(plan)` (a full
  `Progress` for every goal: value, expected, health, parts), with
  forecasts off and on.
- numpy end to end: build the arrays from the model objects (as a notebook
  user would), then compute every key result's value, every goal's own
  weighted mean and the roll-up along the parent links.
- numpy compute only: the same computation on arrays prepared beforehand,
  the limit any pure-Python library is measured against.

Run: `python benchmarks/bench_progress.py [--goals N] [--repeat R]`.
Compare the ratios printed by one run, never seconds across runs.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from goalkit import (
    CheckIn,
    Direction,
    Goal,
    KeyResult,
    Milestone,
    Person,
    Plan,
    ProgressPolicy,
    progress,
    progress_by_goal,
)

START = datetime.date(2027, 1, 1)
AS_OF = datetime.date(2027, 6, 15)  # about half-way through the check-ins


def build_plan(count: int, seed: int = 7) -> Plan:
    """A plan of *count* goals: each links to an earlier goal (or none), like real plans."""
    rng = random.Random(seed)
    goals = []
    for index in range(count):
        key_results = []
        for k in range(3):
            decreasing = k == 1
            baseline, target = (40.0, 10.0) if decreasing else (0.0, float(rng.randint(4, 20)))
            check_ins = []
            value = baseline
            for month in range(10):
                step = (target - baseline) / 10 * rng.uniform(0.3, 1.6)
                value += step
                day = START + datetime.timedelta(days=month * 30 + rng.randint(0, 20))
                check_ins.append(CheckIn(on=day, value=round(value, 2)))
            key_results.append(
                KeyResult(
                    title=f"Key result {k}",
                    baseline=baseline,
                    target=target,
                    direction=Direction.DECREASE if decreasing else Direction.INCREASE,
                    weight=float(rng.choice([1, 1, 2])),
                    check_ins=check_ins,
                    id=f"g{index}.kr{k}",
                )
            )
        milestones = [
            Milestone(
                title=f"Milestone {m}",
                due=START + datetime.timedelta(days=60 * (m + 1)),
                completed_on=(
                    START + datetime.timedelta(days=rng.randint(10, 300))
                    if rng.random() < 0.6
                    else None
                ),
                id=f"g{index}.m{m}",
            )
            for m in range(3)
        ]
        parent = None if index < 10 or rng.random() < 0.1 else f"g{rng.randrange(index)}"
        goals.append(
            Goal(
                title=f"Goal {index}",
                id=f"g{index}",
                start=START,
                due=START + datetime.timedelta(days=365),
                weight=float(rng.choice([1, 1, 2])),
                parent_id=parent,
                key_results=key_results,
                milestones=milestones,
            )
        )
    return Plan(mentee=Person(name="Bench", id="bench"), goals=goals)


# -------------------------------------------------------------------- numpy

DIRECTION_CODE = {
    Direction.INCREASE: 0,
    Direction.DECREASE: 0,
    Direction.AT_LEAST: 1,
    Direction.AT_MOST: 2,
}


def build_arrays(plan: Plan) -> dict[str, Any]:
    """Flatten the plan into arrays, reading the model objects as a notebook user would."""
    goal_index = {goal.id: position for position, goal in enumerate(plan.goals)}
    kr_goal, kr_weight, baseline, target, direction = [], [], [], [], []
    ci_kr, ci_day, ci_value = [], [], []
    ms_goal, ms_weight, ms_done = [], [], []
    goal_weight, parent = [], []
    for position, goal in enumerate(plan.goals):
        goal_weight.append(goal.weight)
        parent.append(-1 if goal.parent_id is None else goal_index[goal.parent_id])
        for key_result in goal.key_results:
            k = len(kr_goal)
            kr_goal.append(position)
            kr_weight.append(key_result.weight)
            baseline.append(key_result.baseline)
            target.append(key_result.target)
            direction.append(DIRECTION_CODE[key_result.resolved_direction])
            for check_in in key_result.check_ins:
                ci_kr.append(k)
                ci_day.append(check_in.on.toordinal())
                ci_value.append(check_in.value)
        for milestone in goal.milestones:
            ms_goal.append(position)
            ms_weight.append(milestone.weight)
            done = milestone.completed_on
            ms_done.append(done.toordinal() if done is not None else np.iinfo(np.int64).max)
    parents = np.array(parent, dtype=np.int64)
    # Depth of each goal, for rolling up one level at a time (deepest first).
    depth = np.zeros(len(parents), dtype=np.int64)
    for position in range(len(parents)):  # parents come before children here
        if parents[position] >= 0:
            depth[position] = depth[parents[position]] + 1
    return {
        "kr_goal": np.array(kr_goal, dtype=np.int64),
        "kr_weight": np.array(kr_weight),
        "baseline": np.array(baseline),
        "target": np.array(target),
        "direction": np.array(direction, dtype=np.int8),
        "ci_kr": np.array(ci_kr, dtype=np.int64),
        "ci_day": np.array(ci_day, dtype=np.int64),
        "ci_value": np.array(ci_value),
        "ms_goal": np.array(ms_goal, dtype=np.int64),
        "ms_weight": np.array(ms_weight),
        "ms_done": np.array(ms_done, dtype=np.int64),
        "goal_weight": np.array(goal_weight),
        "parent": parents,
        "depth": depth,
    }


def compute(arrays: dict[str, Any], as_of: datetime.date) -> np.ndarray:
    """Every goal's value as of the day: key results, own weighted mean, roll-up."""
    day = as_of.toordinal()
    n_kr = len(arrays["kr_goal"])
    n_goals = len(arrays["goal_weight"])
    # Last check-in on or before the day: check-ins are grouped by key result, in date order.
    valid = arrays["ci_day"] <= day
    last = np.full(n_kr, -1, dtype=np.int64)
    positions = np.nonzero(valid)[0]
    np.maximum.at(last, arrays["ci_kr"][positions], positions)
    value = np.where(last >= 0, arrays["ci_value"][np.maximum(last, 0)], arrays["baseline"])
    share = np.clip((value - arrays["baseline"]) / (arrays["target"] - arrays["baseline"]), 0, 1)
    kr_value = np.select(
        [arrays["direction"] == 0, arrays["direction"] == 1],
        [share, (value >= arrays["target"]).astype(float)],
        (value <= arrays["target"]).astype(float),
    )
    weighted = np.bincount(arrays["kr_goal"], arrays["kr_weight"] * kr_value, n_goals)
    total = np.bincount(arrays["kr_goal"], arrays["kr_weight"], n_goals)
    done = (arrays["ms_done"] <= day).astype(float)
    weighted += np.bincount(arrays["ms_goal"], arrays["ms_weight"] * done, n_goals)
    total += np.bincount(arrays["ms_goal"], arrays["ms_weight"], n_goals)
    parent, depth, goal_weight = arrays["parent"], arrays["depth"], arrays["goal_weight"]
    goal_value = np.zeros(n_goals)
    for level in range(int(depth.max()), -1, -1):
        here = depth == level
        goal_value[here] = weighted[here] / total[here]
        children = here & (parent >= 0)
        np.add.at(weighted, parent[children], goal_weight[children] * goal_value[children])
        np.add.at(total, parent[children], goal_weight[children])
    return goal_value


# ------------------------------------------------------------------- timing


def median_seconds(function: Callable[[], object], repeat: int) -> float:
    """The median wall time of *function* over *repeat* runs (the collector off while timing)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
        gc.enable()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    arguments = parser.parse_args()

    plan = build_plan(arguments.goals)
    arrays = build_arrays(plan)
    off = ProgressPolicy(compute_forecasts=False)

    # The two agree before anything is timed.
    expected = compute(arrays, AS_OF)
    results = progress_by_goal(plan, as_of=AS_OF, policy=off)
    ours = np.array([results[goal.id].value for goal in plan.goals])
    assert np.allclose(ours, expected, rtol=1e-12, atol=1e-12), "goalkit and numpy disagree"
    roots = [i for i, goal in enumerate(plan.goals) if goal.parent_id is None]
    root_weights = arrays["goal_weight"][roots]
    plan_value = float((root_weights * expected[roots]).sum() / root_weights.sum())
    assert abs(progress(plan, as_of=AS_OF, policy=off).value - plan_value) < 1e-12  # type: ignore[operator]

    repeat = arguments.repeat
    timings = {
        "numpy compute only": median_seconds(lambda: compute(arrays, AS_OF), repeat),
        "numpy end to end": median_seconds(lambda: compute(build_arrays(plan), AS_OF), repeat),
        "goalkit progress(plan), no forecasts": median_seconds(
            lambda: progress(plan, as_of=AS_OF, policy=off), repeat
        ),
        "goalkit progress_by_goal(plan), no forecasts": median_seconds(
            lambda: progress_by_goal(plan, as_of=AS_OF, policy=off), repeat
        ),
        "goalkit progress(plan), with forecasts": median_seconds(
            lambda: progress(plan, as_of=AS_OF), repeat
        ),
        "goalkit progress_by_goal(plan), with forecasts": median_seconds(
            lambda: progress_by_goal(plan, as_of=AS_OF), repeat
        ),
    }
    end_to_end = timings["numpy end to end"]
    compute_only = timings["numpy compute only"]
    print(
        f"{arguments.goals} goals, {len(arrays['kr_goal'])} key results, "
        f"{len(arrays['ci_kr'])} check-ins, {len(arrays['ms_goal'])} milestones, "
        f"depth up to {int(arrays['depth'].max())}; as of {AS_OF}; medians of {repeat}"
    )
    print(f"{'':48} {'seconds':>9} {'/ numpy e2e':>12} {'/ numpy compute':>16}")
    for name, seconds in timings.items():
        print(
            f"{name:48} {seconds:9.4f} {seconds / end_to_end:11.2f}x "
            f"{seconds / compute_only:15.1f}x"
        )


if __name__ == "__main__":
    main()
