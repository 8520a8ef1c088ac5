"""`goalkit programme`: a programme's figures from many plan files, in four formats.

The files are named one by one or found in directories (``*.json``,
``*.yaml``, ``*.yml``, at any depth, in name order). Each file is loaded and
reduced to its `PlanFigures` on its own, and let go, so memory stays flat
however many files there are; with ``--workers N`` that happens in N worker
processes. A file that cannot be loaded is named on stderr with its
problems, listed under "Not counted" in the report, and the other files are
still counted; the exit code is then 2.
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Final, TextIO

from goalkit._cli.args import (
    REPORT_FORMATS,
    add_format,
    add_learned_measurable,
    add_learned_specific,
    add_output,
    add_subcommand,
    chosen_policy,
    iso_date,
)
from goalkit._cli.io import (
    STDIN,
    CommandError,
    ExitCode,
    cannot_load,
    load_stdin,
    report_format,
    shown_source,
    write_report,
)
from goalkit._errors import LoadError, excerpt
from goalkit._model import Plan
from goalkit._programme import (
    PlanFigures,
    ProgrammePolicy,
    ProgrammeTally,
    Skipped,
    plan_figures,
)
from goalkit._render.format import terminal_text
from goalkit._serialize import load

__all__ = ["PLAN_SUFFIXES", "PROGRESS_BAR_FROM", "add_parser", "plan_files", "run"]

#: The suffixes of plan files a directory is searched for.
PLAN_SUFFIXES: Final = frozenset({".json", ".yaml", ".yml"})

#: A progress bar is drawn on stderr (a terminal) for more files than this.
PROGRESS_BAR_FROM: Final = 300

#: Files handed to a worker process at a time.
_CHUNK: Final = 64

#: The most worker processes `--workers` accepts.
_MAX_WORKERS: Final = 64


def _workers(text: str) -> int:
    """A number of worker processes, 1 to 64."""
    if text.isdigit() and 1 <= int(text) <= _MAX_WORKERS:
        return int(text)
    raise argparse.ArgumentTypeError(
        f"expected a whole number of processes from 1 to {_MAX_WORKERS}, got {excerpt(text)}"
    )


def add_parser(commands: Any) -> None:
    """Add `goalkit programme` to *commands*."""
    parser = add_subcommand(commands, "programme")
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="plan files or directories; - reads one plan from standard input",
    )
    parser.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="the day to report on (default: today)"
    )
    add_learned_specific(parser)
    add_learned_measurable(parser)
    add_format(parser, REPORT_FORMATS, "output format (default: from the -o suffix, else text)")
    add_output(parser)
    parser.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="load and compute in N worker processes (default: 1, in this process)",
    )
    parser.add_argument(
        "--ascii", action="store_true", help="plain ASCII text (automatic when stdout needs it)"
    )
    parser.set_defaults(handler=run)


def plan_files(paths: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Each plan file named or found under *paths*, as (path, exists); directories in name order.

    A path that names nothing is yielded with False, so it is reported.

    Examples:
        >>> list(plan_files(["no/such/plans"]))
        [('no/such/plans', False)]
    """
    for path in paths:
        if path == STDIN:  # read by the parent process: workers have no standard input
            yield path, True
        elif os.path.isdir(path):
            for folder, directories, files in os.walk(path):
                directories.sort()
                for name in sorted(files):
                    if os.path.splitext(name)[1].lower() in PLAN_SUFFIXES:
                        yield os.path.join(folder, name), True
        else:
            yield path, os.path.isfile(path)


#: One file to count: its path, whether it exists, the day, the thresholds.
_Job = tuple[str, bool, datetime.date, ProgrammePolicy]


def _figures_of(job: _Job) -> PlanFigures | Skipped:
    """Load one file and reduce it to its figures, or say why it could not be counted."""
    path, exists, as_of, policy = job
    if not exists:
        return Skipped(source=path, problems=("no such file or directory",))
    try:
        plan: Plan = load(Path(path))
    except LoadError as error:
        problems = tuple(str(problem) for problem in error.problems) or (str(error),)
        return Skipped(source=path, problems=problems)
    except OSError as error:
        return Skipped(source=path, problems=(f"cannot read: {error.strerror or error}",))
    return plan_figures(plan, as_of=as_of, policy=policy)


class _Bar:
    """A progress bar on a terminal's stderr: one line, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.drawn = 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.drawn >= 0.1 or self.done == self.total:
            self.drawn = now
            share = self.done / self.total
            filled = round(share * 30)
            self.stream.write(
                f"\rgoalkit programme: [{'#' * filled}{'.' * (30 - filled)}] "
                f"{self.done:,}/{self.total:,} files"
            )
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def _stdin_figures(as_of: datetime.date, policy: ProgrammePolicy) -> PlanFigures | Skipped:
    """The plan on standard input reduced to its figures, or why it could not be counted."""
    source = shown_source(STDIN)
    try:
        plan = load_stdin()
    except LoadError as error:
        problems = tuple(str(problem) for problem in error.problems) or (str(error),)
        return Skipped(source=source, problems=problems)
    except CommandError as error:  # no standard input at all
        return Skipped(source=source, problems=(str(error),))
    return plan_figures(plan, as_of=as_of, policy=policy)


def _results(jobs: list[_Job], workers: int) -> Iterator[PlanFigures | Skipped]:
    for path, _exists, as_of, policy in jobs:
        if path == STDIN:
            yield _stdin_figures(as_of, policy)
    jobs = [job for job in jobs if job[0] != STDIN]
    if workers == 1 or len(jobs) < 2:
        yield from map(_figures_of, jobs)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(_figures_of, jobs, chunksize=_CHUNK)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Count every plan file, report the ones that failed, and write the report."""
    stderr = sys.stderr
    as_of: datetime.date = args.as_of or datetime.date.today()
    policy = ProgrammePolicy(smart=chosen_policy(args.learned_specific, args.learned_measurable))
    jobs = [(path, exists, as_of, policy) for path, exists in plan_files(args.paths)]
    isatty = getattr(stderr, "isatty", None)
    bar = _Bar(stderr, len(jobs)) if len(jobs) > PROGRESS_BAR_FROM and isatty and isatty() else None
    tally = ProgrammeTally()
    skipped: list[Skipped] = []
    for result in _results(jobs, args.workers):
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            tally.add(result)
        if bar is not None:
            bar.step()
    if bar is not None:
        bar.close()
    for item in skipped:
        line = cannot_load(item.source, item.problems)
        stderr.write(f"goalkit programme: error: {terminal_text(line)}\n")
    report = tally.report(as_of, skipped=skipped)
    output: Path | None = args.output
    format = report_format(args.format, output)  # noqa: A001 - the CLI's word
    write_report(report, format, output, stdout, ascii_only=args.ascii)
    return ExitCode.ERROR if skipped else ExitCode.OK
