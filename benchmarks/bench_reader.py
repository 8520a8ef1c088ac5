"""The sentence reader's speed on the corpus, beside earlier revisions, in one run.

Run from the repository root:

    python benchmarks/bench_reader.py                        # vs 75470b4, about 3 minutes
    python benchmarks/bench_reader.py --before main --repeat 3
    python benchmarks/bench_reader.py --snapshot out.json    # every result, to compare later
    python benchmarks/bench_reader.py --check out.json       # ... and compare with it
    python benchmarks/bench_reader.py --instructions         # counted by valgrind, ~5 minutes

The workload is every statement of `tests/data/goal-statements/` (1,535):
`assess(Goal(title=statement), as_of=2027-01-04)` on every statement, then
`draft(statement, start=2027-01-04)` on every statement (refusals
included), as `accuracy.py` scores them. Each revision runs in its own
child Python (its `src/` from `git archive`, first on `PYTHONPATH`; the
working tree's `src/` for "now"), the children alternating, `--repeat`
times each. A child times one cold pass (nothing read yet: every cache of
the reader empty, only the imports done) and then `--passes` warm passes
(the per-statement cache cleared before each, the word caches kept, as in
a process that has read other statements before), in CPU time
(`time.process_time`, so other work on a shared machine counts less).

The figures are medians over the children and the ratio of each revision
to "now": below 1.0 the earlier revision was faster. Absolute seconds vary
between machines and runs; compare ratios taken in one run.

On a shared machine time is noisy, and worse for code with the larger
working set. `--instructions` counts instead, with valgrind's callgrind:
the instructions of one warm pass of both phases (the counter zeroed with
`callgrind_control` after the cold pass), one child per revision. The
count is the same on every run; it misses what caches and branch
prediction add to time, so report it beside the times, not for them.

`--snapshot FILE` writes what the reader and the rules say about every
statement (`analyze_text`, the findings of `assess` on the bare statement
and on its draft, the draft itself) as JSON; `--check FILE` compares the
working tree's with it and lists the statements that differ. A change made
for speed alone must leave the snapshot as it was.
Standard library, git and goalkit only.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "goal-statements" / "statements.jsonl"
START = datetime.date(2027, 1, 4)
PHASES = ("assess", "draft")


def statements() -> list[str]:
    """Every statement of the corpus, in corpus order (both parts)."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["statement"] for line in lines if line.strip()]


# ----------------------------------------------------------------- in the child


def _clear_caches() -> None:
    # Every lru_cache of the reader's modules, whatever the revision names them.
    for name, module in list(sys.modules.items()):
        if name.startswith(("goalkit._text", "goalkit._smart", "goalkit._draft")):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def _clear_statement_cache() -> None:
    from goalkit._text import _analyze

    _analyze.cache_clear()


def _read_without_lemminflect() -> None:
    # Revisions before the optional lexicon have only their own lists anyway.
    try:
        from goalkit._text import english
    except ImportError:
        return
    english.use_lemminflect(False)


def _timed(run: Callable[[], object]) -> float:
    began = time.process_time()
    run()
    return time.process_time() - began


def child_times(passes: int) -> dict[str, Any]:
    """Seconds per phase: the cold pass and the median of the warm ones."""
    import goalkit
    from goalkit import Goal, ValidationError

    texts = statements()
    goals = [Goal(title=text) for text in texts]

    def assess_all() -> None:
        for goal in goals:
            goalkit.assess(goal, as_of=START)

    def draft_all() -> None:
        for text in texts:
            with contextlib.suppress(ValidationError):
                goalkit.draft(text, start=START)

    runs = {"assess": assess_all, "draft": draft_all}
    _clear_caches()
    cold = {}
    for phase in PHASES:
        _clear_statement_cache()
        cold[phase] = _timed(runs[phase])
    if passes == 0:
        # Under callgrind (--instructions): count one warm pass of both phases alone.
        subprocess.run(["callgrind_control", "-z", str(os.getpid())], check=True,
                       capture_output=True)  # fmt: skip
        for phase in PHASES:
            _clear_statement_cache()
            runs[phase]()
        return {"goalkit": str(pathlib.Path(goalkit.__file__).parent)}
    warm: dict[str, list[float]] = {phase: [] for phase in PHASES}
    for _ in range(passes):
        for phase in PHASES:
            _clear_statement_cache()
            warm[phase].append(_timed(runs[phase]))
    return {
        "goalkit": str(pathlib.Path(goalkit.__file__).parent),
        "cold": cold,
        "warm": {phase: statistics.median(times) for phase, times in warm.items()},
    }


def snapshot() -> dict[str, Any]:
    """What goalkit reads and says about every statement, as JSON data."""
    import goalkit
    from goalkit import Goal, ValidationError

    def findings(goal: goalkit.Goal) -> list[Any]:
        report = goalkit.assess(goal, as_of=START)
        return [
            [str(criterion), result.passed]
            + [[f.code, str(f.severity), f.message, f.hint, f.path] for f in result.findings]
            for criterion, result in report.results.items()
        ]

    result = {}
    for text in statements():
        entry: dict[str, Any] = {
            "analysis": repr(goalkit.analyze_text(text)),
            "assess": findings(Goal(title=text)),
        }
        try:
            drafted = goalkit.draft(text, start=START)
        except ValidationError as error:
            entry["draft"] = f"refused: {error}"
        else:
            entry["draft"] = _without_ids(json.loads(goalkit.to_json(drafted)))
            entry["draft_assess"] = findings(drafted)
        result[text] = entry
    return result


def _without_ids(data: Any) -> Any:
    # A draft's ids are random; everything else must stay as it was.
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(value) for value in data]
    return data


# ----------------------------------------------------------------- in the parent


def run_child(src: pathlib.Path, passes: int, *options: str) -> dict[str, Any]:
    """The times of one child Python reading goalkit from *src*."""
    env = dict(os.environ, PYTHONPATH=str(src))
    output = subprocess.run(
        [sys.executable, __file__, "--child", "--passes", str(passes), *options],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data: dict[str, Any] = json.loads(output)
    if not data["goalkit"].startswith(str(src)):
        raise RuntimeError(f"the child imported goalkit from {data['goalkit']}, not {src}")
    return data


def instructions_of(src: pathlib.Path, *options: str) -> int:
    """The instructions one warm pass of assess and draft takes, counted by callgrind."""
    env = dict(os.environ, PYTHONPATH=str(src))
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
    done = subprocess.run(
        [*command, __file__, "--child", "--passes", "0", *options],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    if not json.loads(done.stdout)["goalkit"].startswith(str(src)):
        raise RuntimeError(f"the child did not import goalkit from {src}")
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if collected is None:
        raise RuntimeError(f"callgrind reported no count: {done.stderr[-500:]}")
    return int(collected[1])


def count(refs: list[str], *options: str) -> str:
    """Instructions per warm pass, each revision beside "now": deterministic, unlike time."""
    with tempfile.TemporaryDirectory() as scratch:
        sources = {"now": (ROOT / "src").resolve()}
        for ref in refs:
            sources[ref] = extract(ref, pathlib.Path(scratch))
        counts = {name: instructions_of(src, *options) for name, src in sources.items()}
    lines = [f"{'revision':<12}{'instructions':>16}{'vs now':>8}"]
    for name, instructions in counts.items():
        lines.append(f"{name:<12}{instructions:16,}{instructions / counts['now']:8.2f}")
    return "\n".join(lines)


def extract(ref: str, scratch: pathlib.Path) -> pathlib.Path:
    """The `src/` of git revision *ref*, unpacked under *scratch*."""
    archive = subprocess.run(
        ["git", "archive", ref, "src"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    target = scratch / ref.replace("/", "_")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target.resolve() / "src"


def compare(refs: list[str], repeat: int, passes: int, *options: str) -> str:
    """The table of medians and ratios to "now", every revision measured in this run."""
    with tempfile.TemporaryDirectory() as scratch:
        sources = {"now": (ROOT / "src").resolve()}
        for ref in refs:
            sources[ref] = extract(ref, pathlib.Path(scratch))
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in sources}
        for _ in range(repeat):
            for name, src in sources.items():  # alternating, so drift hits all alike
                runs[name].append(run_child(src, passes, *options))
    count = len(statements())
    lines = [
        f"{count} statements; python {sys.version.split()[0]}; CPU seconds, medians of "
        f"{repeat} children (warm: each child's median of {passes} passes)",
        f"{'revision':<12}" + "".join(f"{f'{kind} {phase}':>14}" for kind in ("cold", "warm")
                                      for phase in PHASES) + f"{'warm total':>12}{'vs now':>8}",
    ]  # fmt: skip
    medians = {
        name: {
            (kind, phase): statistics.median(run[kind][phase] for run in results)
            for kind in ("cold", "warm")
            for phase in PHASES
        }
        for name, results in runs.items()
    }
    now_total = sum(medians["now"][("warm", phase)] for phase in PHASES)
    for name, figures in medians.items():
        total = sum(figures[("warm", phase)] for phase in PHASES)
        cells = "".join(f"{figures[key]:14.3f}" for key in figures)
        lines.append(f"{name:<12}{cells}{total:12.3f}{total / now_total:8.2f}")
    lines.append("")
    lines.append("now / revision, per figure (below 1.0: now is faster):")
    for name in refs:
        ratios = "  ".join(
            f"{kind} {phase} {medians['now'][(kind, phase)] / medians[name][(kind, phase)]:.2f}"
            for kind in ("cold", "warm")
            for phase in PHASES
        )
        lines.append(f"  vs {name}: {ratios}")
    return "\n".join(lines)


def check(path: pathlib.Path) -> int:
    """Compare the working tree's snapshot with the one in *path*; 1 when any differs."""
    before = json.loads(path.read_text(encoding="utf-8"))
    after = snapshot()
    differ = [text for text in after if before.get(text) != after[text]]
    differ += [text for text in before if text not in after]
    for text in differ[:20]:
        print(f"differs: {text}")
        for key in sorted(set(before.get(text, {})) | set(after.get(text, {}))):
            old, new = before.get(text, {}).get(key), after.get(text, {}).get(key)
            if old != new:
                print(f"  {key}:\n    was {old}\n    now {new}")
    print(f"{len(differ)} of {len(after)} statements differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before", action="append", metavar="REF", help="a revision to compare (default 75470b4)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="children per revision")
    parser.add_argument("--passes", type=int, default=3, help="warm passes per child")
    parser.add_argument("--snapshot", type=pathlib.Path, help="write every result here")
    parser.add_argument("--check", type=pathlib.Path, help="compare every result with this")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with valgrind instead"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--without-lemminflect", action="store_true", help="read with goalkit's own word lists"
    )
    args = parser.parse_args(argv)
    if args.without_lemminflect:
        _read_without_lemminflect()
    if args.child:
        print(json.dumps(child_times(args.passes)))
        return 0
    if args.snapshot:
        args.snapshot.write_text(json.dumps(snapshot(), indent=1), encoding="utf-8")
        return 0
    if args.check:
        return check(args.check)
    options = ["--without-lemminflect"] if args.without_lemminflect else []
    if args.instructions:
        print(count(args.before or ["75470b4"], *options))
        return 0
    print(compare(args.before or ["75470b4"], args.repeat, args.passes, *options))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
