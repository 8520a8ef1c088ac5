"""Load 2,000 small plans, each from its own text: goalkit against pydantic v2, msgspec and json.

Run from the repository root:

    python benchmarks/bench_many_plans.py                 # about a minute
    python benchmarks/bench_many_plans.py --plans 300 --repeat 3   # a quick look
    python benchmarks/bench_many_plans.py --profile       # where goalkit's time goes

Apps load many small plans, not one huge one: a mentoring platform reads a
row per mentee. Each plan here has 5 goals of 3 key results (10 weekly
check-ins each), 3 milestones and 2 reviews: about 22 KB of JSON and 200
objects. Every plan differs (its start day, values, ids), so nothing is
loaded twice from the same text. Each text is loaded by:

- goalkit: `from_json(Plan, text)`, which parses (refusing duplicate keys),
  checks types without coercion, refuses unknown keys and checks every
  model invariant (directions, unique ids, dates within the goal, ...);
- goalkit `from_dict(Plan, json.loads(text))`: the same without parsing
  (``json.loads`` does not refuse duplicate keys, so this is not a safe
  load; it shows what parsing costs);
- pydantic v2: strict, frozen `BaseModel`s of the same shape with unknown
  keys forbidden and the range constraints, `model_validate_json`;
- msgspec: frozen `Struct`s of the same shape with unknown fields forbidden
  and the range constraints, `msgspec.json.decode(text, type=...)`;
- `json.loads` alone: parsing to plain dicts, no validation.

Neither peer refuses duplicate keys or checks goalkit's cross-field
invariants; they are the yardstick, not the same work. Times are the median
over --repeat passes of process CPU time for the whole batch, divided by
the number of plans; all loaders run in the same process, interleaved pass
by pass, so the ratios are comparable even on a noisy machine. Memory per
plan is what tracemalloc sees held by a list of loaded plans, as the growth
from a third of the sample to all of it, divided by the plans added (what
the interpreter keeps whatever the number of plans is not counted).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import gc
import json
import pstats
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pydantic

sys.path.insert(0, str(Path(__file__).parent))  # the peers' models live beside this script

from bench_serialize import MsPlan, PdPlan, realistic_goal

import goalkit
from goalkit import (
    Person,
    Plan,
)

# ----------------------------------------------------------------- the plans


def build_plan(number: int) -> Plan:
    """Plan *number*: 5 goals of 3 key results x 10 check-ins, 3 milestones and 2 reviews."""
    rng = random.Random(number)
    start = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randrange(365))

    def day(offset: int) -> datetime.date:
        return start + datetime.timedelta(days=offset)

    goals = [
        realistic_goal(
            g,
            rng,
            day,
            prefix=f"p{number}-g{g}",
            mentee=f"mentee-{number}",
            mentor=f"mentor-{number % 97}",
        )
        for g in range(5)
    ]
    return Plan(
        mentee=Person(name=f"Mentee {number}", id=f"mentee-{number}"),
        mentor=Person(name=f"Mentor {number % 97}", id=f"mentor-{number % 97}"),
        goals=goals,
        id=f"plan-{number}",
        title=f"Mentee {number}'s path to team lead",
    )


# ------------------------------------------------------------------ timing


def batch_seconds(load: Callable[[Any], Any], texts: list[Any]) -> float:
    """CPU seconds to load every text, one after another, keeping nothing."""
    started = time.process_time()
    for text in texts:
        load(text)
    return time.process_time() - started


def held_bytes(load: Callable[[Any], Any], texts: list[Any]) -> int:
    """Bytes that tracemalloc sees held once every text is loaded and the results kept."""
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        kept = [load(text) for text in texts]
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del kept
    return held - before


def memory_per_plan(load: Callable[[Any], Any], texts: list[Any]) -> float:
    """KB held per loaded plan: the growth from keeping a third of *texts* loaded to all of them.

    A difference of two sizes, so that what the interpreter keeps whatever
    the number of plans (free lists of tuples and dicts, caches filled on
    first use) is not counted as held by each plan.
    """
    third = len(texts) // 3
    load(texts[0])
    few, many = held_bytes(load, texts[:third]), held_bytes(load, texts)
    return (many - few) / (len(texts) - third) / 1024


def loaders() -> dict[str, Callable[[Any], Any]]:
    """The contenders, by the name printed."""
    return {
        "goalkit from_json": lambda text: goalkit.from_json(Plan, text),
        "goalkit from_dict(json.loads)": lambda text: goalkit.from_dict(Plan, json.loads(text)),
        "pydantic v2": PdPlan.model_validate_json,
        "msgspec": lambda text: msgspec.json.decode(text, type=MsPlan),
        "json.loads alone": json.loads,
    }


def check_equivalent(texts: list[str]) -> None:
    """Every contender reads the first text, and goalkit reads it back to the plan it wrote."""
    for load in loaders().values():
        load(texts[0])
    assert goalkit.to_json(goalkit.from_json(Plan, texts[0])) == texts[0]


def profile(texts: list[str], top: int) -> None:
    """Print goalkit's hottest functions while loading every text."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        goalkit.from_json(Plan, text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print µs per plan, ratios to pydantic, and memory per plan."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile goalkit instead")
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
    args = parser.parse_args(argv)

    texts = [goalkit.to_json(build_plan(number)) for number in range(args.plans)]
    check_equivalent(texts)
    if args.profile:
        profile(texts, args.top)
        return 0

    mean_kb = sum(map(len, texts)) / len(texts) / 1024
    print(
        f"goalkit {goalkit.__version__}, pydantic {pydantic.VERSION}, "
        f"msgspec {msgspec.__version__}, Python {sys.version.split()[0]}"
    )
    print(
        f"{args.plans:,} plans of {mean_kb:.1f} KB of JSON each, each loaded from its own "
        f"text; median of {args.repeat} passes\n"
    )
    table = loaders()
    times: dict[str, list[float]] = {name: [] for name in table}
    for _ in range(args.repeat):
        for name, load in table.items():  # interleaved: a noisy moment hits every contender
            times[name].append(batch_seconds(load, texts))
    per_plan = {name: statistics.median(ts) / args.plans * 1e6 for name, ts in times.items()}
    reference = per_plan["pydantic v2"]
    print(f"{'':32}{'µs/plan':>10}{'x pydantic':>12}{'x goalkit':>11}")
    for name, micros in per_plan.items():
        print(
            f"{name:32}{micros:10.0f}{micros / reference:12.2f}"
            f"{micros / per_plan['goalkit from_json']:11.2f}"
        )
    ratio = per_plan["goalkit from_json"] / reference
    print(f"\nGoal: goalkit from_json <= 2x pydantic v2: {'met' if ratio <= 2 else 'MISSED'}")

    sample = texts[: min(len(texts), 300)]
    print("\nMemory held per loaded plan (tracemalloc, KB)")
    for name in ("goalkit from_json", "pydantic v2", "msgspec", "json.loads alone"):
        print(f"  {name:30}{memory_per_plan(table[name], sample):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
