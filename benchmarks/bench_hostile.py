"""Time and memory of every hostile-input threat: the figures the tests no longer assert.

Run from the repository root:

    python benchmarks/bench_hostile.py               # every threat, median of 5 runs
    python benchmarks/bench_hostile.py --repeat 1    # a quick look

The threats are the table in ``tests/hostile_threats.py``, the one
``tests/test_hostile_input.py`` runs under CPU and memory limits. For each
threat this prints the median wall and CPU time of the call that feeds it
to goalkit (building the input and writing its file are not counted) and
the peak memory Python allocated during one call (tracemalloc), slowest
first, then the worst of each beside the test's limits.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_threats import CPU_SECONDS, MEMORY_BUDGET, THREATS, Threat, prepare


def _feed(call: Callable[[], object]) -> None:
    # The refusal is the expected outcome; the tests check it, this only measures it.
    with contextlib.suppress(Exception):
        call()


def measure(threat: Threat, repeat: int) -> tuple[float, float, float]:
    """(median wall seconds, median CPU seconds, peak MB allocated) of feeding *threat*."""
    walls, cpus = [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            call, _ = prepare(threat, Path(folder))
            wall, cpu = time.perf_counter(), time.process_time()
            _feed(call)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    with tempfile.TemporaryDirectory() as folder:
        call, _ = prepare(threat, Path(folder))
        tracemalloc.start()
        try:
            _feed(call)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return statistics.median(walls), statistics.median(cpus), peak / 1e6


def main(argv: list[str] | None = None) -> int:
    """Measure every threat and print them slowest first, then the worst beside the limits."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    rows = [(threat, *measure(threat, args.repeat)) for threat in THREATS]
    rows.sort(key=lambda row: row[1], reverse=True)
    print(f"{len(rows)} threats, median of {args.repeat} runs\n")
    print(f"{'wall s':>8}{'CPU s':>8}{'peak MB':>9}  kind  threat")
    for threat, wall, cpu, peak in rows:
        print(f"{wall:8.3f}{cpu:8.3f}{peak:9.1f}  {threat.kind:5} {threat.name}")

    slowest = max(rows, key=lambda row: row[2])
    largest = max(rows, key=lambda row: row[3])
    limit_mb = MEMORY_BUDGET / 1e6
    print(
        f"\nWorst CPU time: {slowest[2]:.3f} s ({slowest[0].name}); "
        f"the test allows {CPU_SECONDS} s per threat ({CPU_SECONDS / max(slowest[2], 1e-9):.0f}x)"
    )
    print(
        f"Worst peak memory: {largest[3]:.1f} MB ({largest[0].name}); "
        f"the test allows {limit_mb:.0f} MB of address space per threat "
        f"({limit_mb / max(largest[3], 1e-9):.1f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
