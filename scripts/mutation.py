"""Measure how many planted bugs the tests catch in one goalkit module (mutation testing).

mutmut (3.x) rewrites every function of the module in small ways (`<` for `<=`,
`1` for `0`, a dropped argument, ...) and runs the tests that reach each
function against each mutant. A mutant the tests fail on is *killed*; one they
pass on *survived*: either a behaviour change no test notices, or an
equivalent rewrite that changes nothing.

The run happens in a scratch copy of the worktree (mutmut writes a `mutants/`
folder and reads its settings from `setup.cfg`), so the repository and its
`pyproject.toml` stay untouched. mutmut is not a project dependency: install it
in your own venv first (`pip install mutmut`). Hypothesis runs derandomized,
with no example database and no health checks, so two runs of the same code
and tests give the same figures on a busy machine.

    python scripts/mutation.py progress                  # every mutant of _progress
    python scripts/mutation.py smart --sample 400        # a seeded random sample
    python scripts/mutation.py smart --minutes 30 --sample 200  # all the cheap ones, a sample
    python scripts/mutation.py schedule --report out.md  # also write the survivors
    python scripts/mutation.py schedule --report-only    # report the last run again

The report gives mutmut's counts, the kill rate, and one line per survivor
with a first sort ("text": only a string changed; "raise": inside a raise;
"logic": the rest); which survivors matter is for a person to judge.

Each module name maps to its source (a `.py` file or, after a split, a
package) and its tests (`--tests` overrides them). Heavy: run it with
`nice -n 19` on a shared machine.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import tokenize
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).parent / "mutmut"  # the venv's; `python -m mutmut` re-imports itself

# The tests that pin each module's behaviour (paths relative to the repository).
# A source path ending in ".py" is one module; otherwise every module of the package.
MODULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "progress": (
        "src/goalkit/_progress",
        ("tests/test_progress.py", "tests/test_rules.py", "tests/test_measure.py"),
    ),
    "smart": ("src/goalkit/_smart", ("tests/test_smart.py", "tests/test_text.py")),
    "schedule": (
        "src/goalkit/_schedule",
        (
            "tests/test_schedule.py",
            "tests/test_cadence.py",
            "tests/test_model.py",
            "src/goalkit/_schedule.py",
        ),
    ),
    "measure": ("src/goalkit/_measure", ("tests/test_measure.py", "tests/test_rules.py")),
}

# Loaded with `pytest -p` before tests/conftest.py picks its profile by name.
HYPOTHESIS_PLUGIN = '''\
"""A repeatable hypothesis profile for mutation runs (written by scripts/mutation.py)."""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "mutation",
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
'''

# mutmut's exit-code verdicts, folded into the figures reported.
VERDICTS = ("killed", "survived", "timeout", "no tests", "suspicious", "segfault", "not checked")


def source_files(base: Path, source: str) -> list[Path]:
    """The module's files (relative to *base*), one file or a whole package."""
    if (base / f"{source}.py").is_file():
        return [Path(f"{source}.py")]
    package = base / source
    if not package.is_dir():
        raise SystemExit(f"no module or package at {base / source}(.py)")
    return sorted(path.relative_to(base) for path in package.rglob("*.py"))


def prepare(workdir: Path, files: list[Path], tests: tuple[str, ...]) -> None:
    """Copy the code and tests into a fresh scratch folder with mutmut's settings."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    # docs/: some tests read the reference pages (the finding codes' table).
    for name in ("src", "tests", "docs"):
        shutil.copytree(ROOT / name, workdir / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("conftest.py", "pyproject.toml"):
        shutil.copy2(ROOT / name, workdir / name)
    (workdir / "goalkit_mutation_profile.py").write_text(HYPOTHESIS_PLUGIN)
    lines = "\n    ".join
    (workdir / "setup.cfg").write_text(
        "[mutmut]\n"
        "source_paths=src/\n"
        f"only_mutate=\n    {lines(str(path) for path in files)}\n"
        f"pytest_add_cli_args_test_selection=\n    {lines(tests)}\n"
        # The doctest-glob keeps Sybil's *.md collection and README out of the runs.
        "pytest_add_cli_args=\n    -p\n    goalkit_mutation_profile\n    -p\n    no:cacheprovider\n"
        "also_copy=\n    conftest.py\n    goalkit_mutation_profile.py\n    docs\n"
    )


def mutant_names(workdir: Path, files: list[Path]) -> list[str]:
    """Every mutant mutmut will generate for the files, by name, in source order."""
    from mutmut.mutation.file_mutation import mutate_file_contents
    from mutmut.utils.format_utils import get_mutant_name

    names: list[str] = []
    for path in files:
        mutated = mutate_file_contents(str(path), (workdir / path).read_text())
        names += [get_mutant_name(path, name) for name in mutated.mutant_names]
    return names


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_mutmut(
    workdir: Path, names: list[str], max_children: int, minutes: float | None = None
) -> None:
    """Run mutmut over the named mutants (all of them when `names` is empty).

    With *minutes*, stop it (as Ctrl-C does) when the time is up; the
    mutants measured by then keep their results.
    """
    environment = dict(os.environ, HYPOTHESIS_PROFILE="mutation", PYTHONPATH=str(workdir))
    environment.pop("CI", None)
    command = [str(MUTMUT), "run", f"--max-children={max_children}", *names]
    with (workdir / "mutmut.log").open("a") as log:
        process = subprocess.Popen(  # noqa: S603 - our own command line
            command,
            cwd=workdir,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            # A job started with `&` by a non-interactive shell ignores SIGINT, and
            # mutmut inherits that: restore it, or --minutes could never stop mutmut.
            preexec_fn=_default_sigint,
        )
        try:
            process.wait(timeout=None if minutes is None else minutes * 60)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGINT)
            if process.wait() != 0:
                raise SystemExit(
                    "time ran out before mutmut began measuring mutants: give more --minutes"
                ) from None
    if process.returncode != 0:
        raise SystemExit(f"mutmut failed (exit {process.returncode}); see {workdir / 'mutmut.log'}")


def verdicts(workdir: Path, files: list[Path], names: list[str]) -> dict[str, str]:
    """Each measured mutant's verdict, read from mutmut's meta files."""
    from mutmut.stats import status_by_exit_code

    measured = set(names)
    result: dict[str, str] = {}
    for path in files:
        meta = json.loads((workdir / "mutants" / f"{path}.meta").read_text())
        for name, exit_code in meta["exit_code_by_key"].items():
            if name in measured:
                result[name] = status_by_exit_code[exit_code]
    return result


@contextlib.contextmanager
def inside(folder: Path) -> Iterator[None]:
    """Run with *folder* as the working directory (mutmut reads `mutants/` relative to it)."""
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


def change(name: str, path: Path) -> tuple[str, str]:
    """The lines a mutant removes and adds, each joined on one line."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    lines = get_diff_for_mutant(name, path=str(path)).splitlines()
    removed = [line[1:].strip() for line in lines if line[:1] == "-" and line[:3] != "---"]
    added = [line[1:].strip() for line in lines if line[:1] == "+" and line[:3] != "+++"]
    return " / ".join(removed), " / ".join(added)


def _tokens(code: str) -> list[tuple[int, str]] | None:
    try:
        found = tokenize.generate_tokens(io.StringIO(code).readline)
        return [(token.type, token.string) for token in found if token.string.strip()]
    except (tokenize.TokenError, SyntaxError):
        return None


def kind(removed: str, added: str) -> str:
    """A first sort of a survivor, for the reviewer: text, raise or logic.

    "text": only string literals differ (or one became None): a message
    or label changed. "raise": the change is inside a raise statement.
    "logic": anything else. Which survivors matter is a reviewer's call.
    """
    before, after = _tokens(removed), _tokens(added)
    if before is not None and after is not None and len(before) == len(after):
        pairs = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
        if pairs and all(_text_only(a, b) for a, b in pairs):
            return "text"
    if removed.startswith("raise ") or "Error(" in removed:
        return "raise"
    return "logic"


def _text_only(before: tuple[int, str], after: tuple[int, str]) -> bool:
    # A string literal changed, or a string literal became None (or the reverse).
    if tokenize.STRING not in (before[0], after[0]):
        return False
    return before[0] == after[0] or "None" in (before[1], after[1])


def _caught_checked(result: dict[str, str]) -> tuple[int, int]:
    counts = collections.Counter(result.values())
    checked = sum(counts[verdict] for verdict in ("killed", "survived", "timeout", "suspicious"))
    return counts["killed"] + counts["timeout"], checked


def kill_rate(census: dict[str, str], sample: dict[str, str], pool: int) -> str:
    """The kill rate: exact over the census, estimated from the sample over its pool.

    Kill rate = (killed + timeout) / (killed + timeout + survived + suspicious).
    The sample's counts are scaled up to the pool it was drawn from (a
    stratified estimate); the margin is a 95% interval for that part.
    """
    caught_c, checked_c = _caught_checked(census)
    caught_s, checked_s = _caught_checked(sample)
    if not checked_c + checked_s:
        return "n/a"
    scale = pool / len(sample) if sample else 0.0
    caught = caught_c + caught_s * scale
    checked = checked_c + checked_s * scale
    rate = f"{100 * caught / checked:.1f}%"
    if not sample or len(sample) >= pool or not checked_s:
        return rate
    share = caught_s / checked_s
    spread = 1.96 * math.sqrt(share * (1 - share) / checked_s * (1 - len(sample) / pool))
    margin = 100 * spread * (checked_s * scale) / checked
    return f"{rate} ± {margin:.1f} (95%; {len(sample)} of {pool} sampled, {len(census)} all run)"


def report(
    module: str,
    census: dict[str, str],
    sample: dict[str, str],
    pool: int,
    total: int,
    workdir: Path,
    files: list[Path],
    seconds: float | None,
) -> str:
    """The figures, then one line per surviving mutant, as Markdown."""
    result = census | sample
    counts = collections.Counter(result.values())
    took = "" if seconds is None else f" in {seconds / 60:.0f} min"
    lines = [
        f"## {module}",
        "",
        f"{len(result)} of {total} mutants measured{took}; "
        f"kill rate {kill_rate(census, sample, pool)}",
        "",
        "| " + " | ".join(VERDICTS) + " |",
        "|" + "---|" * len(VERDICTS),
        "| " + " | ".join(str(counts[verdict]) for verdict in VERDICTS) + " |",
        "",
        "| survivor | kind | removed | added |",
        "|---|---|---|---|",
    ]
    module_of = {path: ".".join(path.with_suffix("").parts[1:]) for path in files}
    with inside(workdir):
        for name in sorted(name for name, verdict in result.items() if verdict == "survived"):
            path = next(path for path, dotted in module_of.items() if name.startswith(dotted + "."))
            removed, added = change(name, path)
            cell = [name.removeprefix(module_of[path] + "."), kind(removed, added), removed, added]
            lines.append("| " + " | ".join(_cell(text) for text in cell) + " |")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`" if text else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", choices=sorted(MODULES))
    parser.add_argument("--tests", nargs="+", help="test files or node ids (default: per module)")
    parser.add_argument("--sample", type=int, help="measure a seeded random sample of N mutants")
    parser.add_argument("--seed", type=int, default=9, help="the sample's seed (default 9)")
    parser.add_argument("--max-children", type=int, default=2, help="parallel workers (default 2)")
    parser.add_argument("--workdir", type=Path, help="scratch folder (default /tmp/...)")
    parser.add_argument("--report", type=Path, help="write the figures and survivors here")
    parser.add_argument(
        "--report-only", action="store_true", help="report on the last run in --workdir, no run"
    )
    parser.add_argument(
        "--minutes",
        type=float,
        help="run every mutant, cheapest first, for at most this long; then measure "
        "--sample N of the rest (the functions not finished)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="keep the last run's results: functions it finished are a census, "
        "the rest the pool that --sample draws from",
    )
    arguments = parser.parse_args(argv)

    source, default_tests = MODULES[arguments.module]
    tests = tuple(arguments.tests or default_tests)
    workdir = arguments.workdir or Path(f"/tmp/goalkit-mutation/{arguments.module}")  # noqa: S108
    started = time.monotonic()
    resume = arguments.resume
    if not (arguments.report_only or arguments.resume):
        prepare(workdir, source_files(ROOT, source), tests)
        if arguments.minutes is not None:
            run_mutmut(workdir, [], arguments.max_children, arguments.minutes)
            resume = True
    files = source_files(workdir, source)
    plan_file = workdir / "mutation-plan.json"
    if arguments.report_only:
        plan = json.loads(plan_file.read_text())
    else:
        plan = choose(workdir, files, resume, arguments.sample, arguments.seed)
        plan_file.write_text(json.dumps(plan, indent=1))
    known = verdicts(workdir, files, plan["every"]) if resume else {}
    run = [name for name in plan["sample"] if known.get(name, "not checked") == "not checked"]
    print(
        f"{arguments.module}: {len(plan['census'])} mutants all run, {len(plan['sample'])} "
        f"sampled of {len(plan['pool'])}, {len(run)} to run; tests {' '.join(tests)}"
    )
    if not arguments.report_only and run:
        everything = not resume and len(run) == len(plan["every"])
        run_mutmut(workdir, [] if everything else run, arguments.max_children)
    text = report(
        arguments.module,
        verdicts(workdir, files, plan["census"]),
        verdicts(workdir, files, plan["sample"]),
        len(plan["pool"]),
        len(plan["every"]),
        workdir,
        files,
        None if arguments.report_only else time.monotonic() - started,
    )
    print(text)
    if arguments.report:
        arguments.report.write_text(text + "\n")
    return 0


def choose(
    workdir: Path, files: list[Path], resume: bool, sample: int | None, seed: int
) -> dict[str, list[str]]:
    """Which mutants to measure: every one, or a census of some and a sample of the rest.

    Without --resume, the pool is every mutant. With it, functions whose
    mutants were all measured by an earlier (interrupted) run form the
    census, and the rest are the pool. A run is sorted cheapest-first, so
    an interrupted run leaves the costly functions to the sample.
    """
    every = mutant_names(workdir, files)
    census: list[str] = []
    pool = every
    if resume:
        known = verdicts(workdir, files, every)

        def function(name: str) -> str:
            return name.partition("__mutmut_")[0]

        unfinished = {function(name) for name, verdict in known.items() if verdict == "not checked"}
        census = [name for name in every if function(name) not in unfinished]
        pool = [name for name in every if function(name) in unfinished]
    chosen = pool
    if sample is not None and sample < len(pool):
        chosen = sorted(random.Random(seed).sample(pool, sample))  # noqa: S311
    return {"every": every, "census": census, "pool": pool, "sample": chosen}


if __name__ == "__main__":
    sys.exit(main())
