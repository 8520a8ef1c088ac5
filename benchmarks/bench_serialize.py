"""Load and dump a 10,000-goal plan: goalkit against pydantic v2, msgspec and plain json.

Run from the repository root:

    python benchmarks/bench_serialize.py            # about three minutes
    python benchmarks/bench_serialize.py --goals 1000 --repeat 3   # a quick look

Each goal has 3 key results with 10 check-ins each, 3 milestones and 2
reviews, as in issue 5. The same document is loaded and dumped by:

- goalkit: `from_json(Plan, text)` (parse, validate types and every model
  invariant) and `to_json(plan)`;
- pydantic v2: the same shape as `BaseModel`s (strict, frozen, unknown keys
  forbidden, the simple range constraints), `model_validate_json` and
  `model_dump_json`;
- msgspec: the same shape as `Struct`s (frozen, unknown fields forbidden),
  `msgspec.json.decode(..., type=Plan)` and `msgspec.json.encode`;
- the floor: plain dicts through the standard `json` module, no validation.

Times are medians of --repeat runs of the process's CPU time (steadier than
wall time on a shared machine; everything here is single-threaded), with
the garbage collector on (what users get) and off. goalkit pauses the
collector itself while it loads or dumps a large document, so its two
figures are close; the peers do not. Memory is measured with tracemalloc:
what the loaded plan holds once loading is done, and the peak while
loading.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Annotated, Any

import msgspec
import pydantic

import goalkit
from goalkit import (
    CheckIn,
    Direction,
    Goal,
    GoalKind,
    GoalStatus,
    KeyResult,
    Milestone,
    Person,
    Plan,
    Review,
    ReviewKind,
)

# ----------------------------------------------------------------- the plan


def realistic_goal(
    g: int,
    rng: random.Random,
    day: Callable[[int], datetime.date],
    *,
    prefix: str,
    mentee: str,
    mentor: str,
) -> Goal:
    """Goal *g* of a realistic plan: 3 key results x 10 check-ins, 3 milestones, 2 reviews.

    Shared by this benchmark and `bench_many_plans.py`, so both load the same shape.
    """
    key_results = [
        KeyResult(
            title=f"Presentations given to the team, round {k + 1}",
            target=10 + k,
            unit="presentations",
            due=day(180),
            id=f"{prefix}-kr{k}",
            check_ins=[
                CheckIn(
                    on=day(7 * c + k),
                    value=round(rng.uniform(0, 10), 2),
                    confidence=rng.randint(0, 10),
                    note="Weekly check-in with the mentor",
                    by=mentor,
                )
                for c in range(10)
            ],
        )
        for k in range(3)
    ]
    milestones = [
        Milestone(
            title=f"Milestone {m + 1}: outline, rehearse, present",
            due=day(30 * (m + 1)),
            completed_on=day(30 * m + 25) if m == 0 else None,
            id=f"{prefix}-m{m}",
        )
        for m in range(3)
    ]
    reviews = [
        Review(
            held_on=day(60 * (r + 1)),
            kind=ReviewKind.ONE_ON_ONE if r == 0 else ReviewKind.FEEDBACK_360,
            reviewer=mentor,
            notes="Good progress; keep the weekly rhythm.",
            rating=rng.randint(1, 5),
            next_steps=["Book a slot at the all-hands", "Ask two peers for feedback"],
            id=f"{prefix}-r{r}",
        )
        for r in range(2)
    ]
    return Goal(
        title=f"Enhance public speaking by giving five presentations (goal {g})",
        id=prefix,
        description="Agreed at the first one-on-one.",
        kind=GoalKind.DEVELOPMENT,
        owner=mentee,
        start=day(0),
        due=day(180),
        weight=1 + g % 3,
        relevance="Team leads present the team's work every quarter",
        tags=["speaking", "leadership"],
        key_results=key_results,
        milestones=milestones,
        reviews=reviews,
    )


def build_plan(goal_count: int, seed: int = 7) -> Plan:
    """A plan of *goal_count* goals: 3 key results x 10 check-ins, 3 milestones, 2 reviews each."""
    rng = random.Random(seed)
    start = datetime.date(2027, 1, 4)

    def day(offset: int) -> datetime.date:
        return start + datetime.timedelta(days=offset)

    goals = [
        realistic_goal(g, rng, day, prefix=f"g{g}", mentee="ana", mentor="mentor")
        for g in range(goal_count)
    ]
    return Plan(
        mentee=Person(name="Ana Diaz", id="ana"),
        mentor=Person(name="Ben Okafor", id="ben"),
        goals=goals,
        id="plan-ana",
        title="Ana's path to team lead",
    )


# ---------------------------------------------------------- pydantic v2 peer


# The peers use goalkit's own enums: pydantic and msgspec accept any Enum.
class _Strict(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, frozen=True, extra="forbid")


Number = Annotated[float | int, pydantic.Field(ge=-1e15, le=1e15)]
Weight = Annotated[float | int, pydantic.Field(ge=0, le=1e15)]


class PdPerson(_Strict):
    name: str
    id: str


class PdCheckIn(_Strict):
    on: datetime.date
    value: Number
    confidence: Annotated[int, pydantic.Field(ge=0, le=10)] | None = None
    note: str = ""
    by: str | None = None


class PdKeyResult(_Strict):
    title: str
    target: Number
    baseline: Number = 0
    unit: str = ""
    direction: Direction | None = None
    weight: Weight = 1
    due: datetime.date | None = None
    check_ins: tuple[PdCheckIn, ...] = ()
    id: str


class PdMilestone(_Strict):
    title: str
    due: datetime.date | None = None
    completed_on: datetime.date | None = None
    weight: Weight = 1
    id: str


class PdReview(_Strict):
    held_on: datetime.date
    kind: ReviewKind = ReviewKind.ONE_ON_ONE
    reviewer: str | None = None
    notes: str = ""
    rating: Annotated[int, pydantic.Field(ge=1, le=5)] | None = None
    next_steps: tuple[str, ...] = ()
    id: str


class PdRevision(_Strict):
    on: datetime.date
    reason: str
    changes: dict[str, tuple[Any, Any]]


class PdGoal(_Strict):
    title: str
    id: str
    description: str = ""
    kind: GoalKind = GoalKind.PERFORMANCE
    owner: str | None = None
    start: datetime.date | None = None
    due: datetime.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    weight: Weight = 1
    parent_id: str | None = None
    relevance: str = ""
    tags: tuple[str, ...] = ()
    key_results: tuple[PdKeyResult, ...] = ()
    milestones: tuple[PdMilestone, ...] = ()
    reviews: tuple[PdReview, ...] = ()
    revisions: tuple[PdRevision, ...] = ()


class PdCadence(_Strict):
    every: int
    unit: str
    anchor: datetime.date


class PdPlan(_Strict):
    schema_version: int
    mentee: PdPerson
    mentor: PdPerson | None = None
    goals: tuple[PdGoal, ...] = ()
    cadence: PdCadence | None = None
    id: str
    title: str = ""


# -------------------------------------------------------------- msgspec peer


class _Struct(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    pass


class MsPerson(_Struct, kw_only=True):
    name: str
    id: str


class MsCheckIn(_Struct, kw_only=True):
    on: datetime.date
    value: float
    confidence: Annotated[int, msgspec.Meta(ge=0, le=10)] | None = None
    note: str = ""
    by: str | None = None


class MsKeyResult(_Struct, kw_only=True):
    title: str
    target: float
    baseline: float = 0
    unit: str = ""
    direction: Direction | None = None
    weight: Annotated[float, msgspec.Meta(ge=0)] = 1
    due: datetime.date | None = None
    check_ins: tuple[MsCheckIn, ...] = ()
    id: str


class MsMilestone(_Struct, kw_only=True):
    title: str
    due: datetime.date | None = None
    completed_on: datetime.date | None = None
    weight: Annotated[float, msgspec.Meta(ge=0)] = 1
    id: str


class MsReview(_Struct, kw_only=True):
    held_on: datetime.date
    kind: ReviewKind = ReviewKind.ONE_ON_ONE
    reviewer: str | None = None
    notes: str = ""
    rating: Annotated[int, msgspec.Meta(ge=1, le=5)] | None = None
    next_steps: tuple[str, ...] = ()
    id: str


class MsRevision(_Struct, kw_only=True):
    on: datetime.date
    reason: str
    changes: dict[str, tuple[Any, Any]]


class MsGoal(_Struct, kw_only=True):
    title: str
    id: str
    description: str = ""
    kind: GoalKind = GoalKind.PERFORMANCE
    owner: str | None = None
    start: datetime.date | None = None
    due: datetime.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    weight: Annotated[float, msgspec.Meta(ge=0)] = 1
    parent_id: str | None = None
    relevance: str = ""
    tags: tuple[str, ...] = ()
    key_results: tuple[MsKeyResult, ...] = ()
    milestones: tuple[MsMilestone, ...] = ()
    reviews: tuple[MsReview, ...] = ()
    revisions: tuple[MsRevision, ...] = ()


class MsCadence(_Struct, kw_only=True):
    every: int
    unit: str
    anchor: datetime.date


class MsPlan(_Struct, kw_only=True):
    schema_version: int
    mentee: MsPerson
    mentor: MsPerson | None = None
    goals: tuple[MsGoal, ...] = ()
    cadence: MsCadence | None = None
    id: str
    title: str = ""


# ------------------------------------------------------------------ timing


def median_time(function: Callable[[], Any], repeat: int, *, collect: bool) -> float:
    """Median wall time of *function*, with the garbage collector on or off."""
    times = []
    for _ in range(repeat):
        gc.collect()
        if not collect:
            gc.disable()
        try:
            started = time.process_time()
            result = function()
            times.append(time.process_time() - started)
        finally:
            gc.enable()
        del result
    return statistics.median(times)


def memory(function: Callable[[], Any]) -> tuple[float, float]:
    """(MB held by the result once built, MB at the peak while building), by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        result = function()
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return held / 1e6, peak / 1e6


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    plan = build_plan(args.goals)
    text = goalkit.to_json(plan)
    data = json.loads(text)
    pd_plan = PdPlan.model_validate_json(text)
    ms_plan = msgspec.json.decode(text, type=MsPlan)
    assert goalkit.from_json(Plan, text) == plan
    assert msgspec.json.decode(msgspec.json.encode(ms_plan), type=MsPlan) == ms_plan
    assert PdPlan.model_validate_json(pd_plan.model_dump_json()) == pd_plan

    loads: dict[str, Callable[[], Any]] = {
        "goalkit": lambda: goalkit.from_json(Plan, text),
        "pydantic": lambda: PdPlan.model_validate_json(text),
        "msgspec": lambda: msgspec.json.decode(text, type=MsPlan),
        "json (floor)": lambda: json.loads(text),
    }
    dumps: dict[str, Callable[[], Any]] = {
        "goalkit": lambda: goalkit.to_json(plan),
        "pydantic": lambda: pd_plan.model_dump_json(),
        "msgspec": lambda: msgspec.json.encode(ms_plan),
        "json (floor)": lambda: json.dumps(data),
    }

    from goalkit._serialize import documents  # only to report which JSON writer ran

    writer = "orjson" if documents._orjson is not None else "json"
    print(
        f"goalkit {goalkit.__version__} (JSON writer: {writer}), pydantic {pydantic.VERSION}, "
        f"msgspec {msgspec.__version__}, Python {sys.version.split()[0]}"
    )
    print(f"{args.goals:,} goals, {len(text) / 1e6:.1f} MB of JSON, median of {args.repeat} runs\n")
    results: dict[tuple[str, str, bool], float] = {}
    for operation, table in (("load", loads), ("dump", dumps)):
        for collect in (True, False):
            for name, function in table.items():
                results[operation, name, collect] = median_time(
                    function, args.repeat, collect=collect
                )

    header = f"{'':14}{'load s':>9}{'dump s':>9}  {'load, GC off':>12}{'dump, GC off':>13}"
    print(header)
    for name in loads:
        print(
            f"{name:14}{results['load', name, True]:9.2f}{results['dump', name, True]:9.2f}  "
            f"{results['load', name, False]:12.2f}{results['dump', name, False]:13.2f}"
        )

    print("\nRatios (goalkit time / other time; below 1 means goalkit is faster)")
    for collect in (True, False):
        label = "GC on " if collect else "GC off"
        parts = []
        for peer in ("pydantic", "msgspec", "json (floor)"):
            load_ratio = results["load", "goalkit", collect] / results["load", peer, collect]
            dump_ratio = results["dump", "goalkit", collect] / results["dump", peer, collect]
            parts.append(f"{peer}: load {load_ratio:.2f}x, dump {dump_ratio:.2f}x")
        print(f"  {label}  " + "; ".join(parts))

    print("\nTargets (GC on): load <= pydantic; dump <= 2x pydantic; each <= 4x the json floor")
    checks = {
        "load <= pydantic": results["load", "goalkit", True] <= results["load", "pydantic", True],
        "dump <= 2x pydantic": results["dump", "goalkit", True]
        <= 2 * results["dump", "pydantic", True],
        "load <= 4x json": results["load", "goalkit", True]
        <= 4 * results["load", "json (floor)", True],
        "dump <= 4x json": results["dump", "goalkit", True]
        <= 4 * results["dump", "json (floor)", True],
    }
    for label, met in checks.items():
        print(f"  {'met ' if met else 'MISSED'}  {label}")

    print("\nMemory of the loaded plan (tracemalloc, MB): held after loading / peak while loading")
    for name, function in loads.items():
        held, peak = memory(function)
        print(f"  {name:14}{held:8.0f} / {peak:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
