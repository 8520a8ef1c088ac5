"""A programme of many plans: where the time goes per plan, memory, and worker processes.

Plans come from `scripts/make_programme.py` (the generator the tests use):
mentor-mentee pairs of three to five goals, each with a key result of
check-ins, milestones and reviews on a cadence, about 4 KB of JSON each.
Measured in one run:

- per plan: `json.loads` alone (the floor), `from_json` (goalkit's strict
  load), `progress_by_goal`, `assess_plan`, and `plan_figures` (what
  `programme` does per plan), as ratios to `from_json`;
- memory: the peak traced allocation of `programme` streaming the plans
  from their texts, against holding every loaded plan in a list;
- the command: `goalkit programme DIR` with `--workers 1` and `--workers 2`
  on files written to a temporary folder, in plans per second.

Run: `python benchmarks/bench_programme.py [--plans N] [--repeat R]`.
Compare the ratios printed by one run, never seconds across runs.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import goalkit
from goalkit import Plan, ProgressPolicy, assess_plan, from_json, progress_by_goal
from goalkit._programme import plan_figures

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_programme", ROOT / "scripts" / "make_programme.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _median(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_plan(texts: list[str], day: datetime.date, repeat: int) -> None:
    """Per-plan time of each step, as microseconds and as a ratio to goalkit's load."""
    plans = [from_json(Plan, text) for text in texts]
    quick = ProgressPolicy(compute_forecasts=False)
    steps: dict[str, Callable[[], object]] = {
        "json.loads (floor)": lambda: [json.loads(text) for text in texts],
        "from_json (load)": lambda: [from_json(Plan, text) for text in texts],
        "progress_by_goal": lambda: [
            progress_by_goal(plan, as_of=day, policy=quick) for plan in plans
        ],
        "assess_plan (SMART)": lambda: [assess_plan(plan, as_of=day) for plan in plans],
        "plan_figures": lambda: [plan_figures(plan, as_of=day) for plan in plans],
        "load + plan_figures": lambda: goalkit.programme(
            (from_json(Plan, text) for text in texts), as_of=day
        ),
    }
    load = None
    print(f"\nper plan, median of {repeat} runs over {len(texts):,} plans")
    for name, step in steps.items():
        seconds = _median(step, repeat) / len(texts)
        load = load or (seconds if name.startswith("from_json") else None)
        ratio = f"{seconds / load:5.2f}x load" if load else ""
        print(f"  {name:<22} {seconds * 1e6:9.0f} µs  {ratio}")


def memory(texts: list[str], day: datetime.date) -> None:
    """Peak traced memory: streaming `programme` against holding every plan."""
    tracemalloc.start()
    goalkit.programme((from_json(Plan, text) for text in texts), as_of=day)
    _, streamed = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    held = [from_json(Plan, text) for text in texts]
    _, holding = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del held
    print(f"\npeak traced memory over {len(texts):,} plans")
    print(f"  programme, streamed   {streamed / 2**20:8.1f} MiB")
    print(f"  every plan held       {holding / 2**20:8.1f} MiB  ({holding / streamed:.1f}x)")


def command(count: int, day: datetime.date, generator) -> None:
    """`goalkit programme DIR` with one and two worker processes, in plans per second."""
    with tempfile.TemporaryDirectory() as folder:
        generator.write_programme(Path(folder), count)
        print(f"\ngoalkit programme over {count:,} files")
        rates = {}
        for workers in (1, 2):
            start = time.perf_counter()
            arguments = ["programme", folder, "--as-of", day.isoformat(), "--format", "json"]
            subprocess.run(
                [sys.executable, "-m", "goalkit", *arguments, "--workers", str(workers)],
                check=True,
                capture_output=True,
            )
            rates[workers] = count / (time.perf_counter() - start)
            print(f"  --workers {workers}   {rates[workers]:8.0f} plans/s")
        print(f"  speed-up with 2 workers: {rates[2] / rates[1]:.2f}x")


def main() -> None:
    """Run every measurement."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    generator = _generator()
    texts = [
        json.dumps(generator.plan_document(index), ensure_ascii=False)
        for index in range(args.plans)
    ]
    size = statistics.mean(len(text.encode()) for text in texts)
    print(f"{args.plans:,} generated plans, {size / 1024:.1f} KB of JSON each on average")
    day = generator.AS_OF
    per_plan(texts, day, args.repeat)
    memory(texts, day)
    command(args.plans, day, generator)


if __name__ == "__main__":
    main()
