"""`goalkit report`: a plan's progress, health, forecasts and SMART verdicts, in four formats."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Any, Final, TextIO

from goalkit._cli.args import FILES, PLAN_FILES, add_subcommand, columns, completes, iso_date
from goalkit._cli.io import (
    EXIT_OK,
    MAX_TERMINAL_WIDTH,
    CommandError,
    json_output,
    load_plan,
    terminal_width,
    wants_color,
    write,
)
from goalkit._examples import example_plan
from goalkit._model import Plan
from goalkit._render import render
from goalkit._render.json import report_dict
from goalkit._render.text import can_encode
from goalkit._report import TEXT_WIDTH, ReportFormat, plan_report

__all__ = ["add_parser", "run"]

_SUFFIXES: Final[dict[str, ReportFormat]] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


def add_parser(commands: Any) -> None:
    """Add `goalkit report` to *commands*."""
    report = add_subcommand(
        commands,
        "report",
        "show a plan's progress, health, forecasts and SMART verdicts",
        "Report a goal plan's progress: per goal, in the plan's tree order, its kind,\n"
        "horizon, owner, a progress bar with the value and the expected share, health,\n"
        "forecast, next milestone, last check-in and SMART verdict; then the upcoming\n"
        "reviews and recent celebrations.",
        "goalkit report --example\n"
        "goalkit report plan.yaml --as-of 2026-11-18\n"
        "cat plan.yaml | goalkit report - --width 80\n"
        "goalkit report plan.yaml --format html -o report.html\n"
        "goalkit report plan.json --format json | jq '.goals[].progress.health'",
    )
    source = report.add_mutually_exclusive_group(required=True)
    completes(
        source.add_argument(
            "path",
            nargs="?",
            metavar="PATH",
            help="a plan file (.json, .yaml, .toml), or - for standard input",
        ),
        PLAN_FILES,
    )
    source.add_argument(
        "--example",
        action="store_true",
        help="report on the bundled example plan (as of its last activity unless --as-of)",
    )
    report.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="the day to report on (default: today)"
    )
    report.add_argument(
        "--since",
        type=iso_date,
        metavar="DATE",
        help="first day of 'recent celebrations' (default: 30 days before --as-of)",
    )
    report.add_argument(
        "--format",
        choices=("text", "markdown", "html", "json"),
        help="output format (default: from the -o suffix, else text)",
    )
    completes(
        report.add_argument(
            "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
        ),
        FILES,
    )
    report.add_argument(
        "--width",
        type=columns,
        metavar="COLUMNS",
        help=(
            "the text report's widest line, 40 or more (default: the terminal's width, "
            f"or COLUMNS, within 40..{MAX_TERMINAL_WIDTH}; {TEXT_WIDTH} in a pipe or a file)"
        ),
    )
    report.add_argument(
        "--ascii", action="store_true", help="plain ASCII text (automatic when stdout needs it)"
    )
    report.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Gather the report and write it in the format asked, or the one the suffix names."""
    if args.example:
        plan = example_plan()
        as_of = args.as_of or _last_activity(plan)
    else:
        plan = load_plan(args.path)
        as_of = args.as_of or datetime.date.today()
    if args.since is not None and args.since > as_of:
        raise CommandError(
            f"--since {args.since.isoformat()} is after the report day {as_of.isoformat()}"
        )
    output: Path | None = args.output
    format: ReportFormat = args.format or (  # noqa: A001 - the CLI's word
        _SUFFIXES.get(output.suffix.lower(), "text") if output else "text"
    )
    report = plan_report(plan, as_of=as_of, since=args.since)
    if format == "text":
        to_terminal = output is None
        ascii_only = args.ascii or (to_terminal and not can_encode(stdout.encoding))
        color = to_terminal and wants_color(stdout)
        width = args.width or (terminal_width() if to_terminal else TEXT_WIDTH)
        text = render(report, "text", width=width, ascii_only=ascii_only, color=color)
    elif format == "json":
        text = json_output(report_dict(report), None if output else stdout)
    else:
        text = render(report, format)
    errors = "xmlcharrefreplace" if format == "html" else "replace"
    write(text, output, stdout, errors=errors)
    return EXIT_OK


def _last_activity(plan: Plan) -> datetime.date:
    """The last day anything was recorded in *plan*: the example's natural as-of day."""
    days: list[datetime.date] = []
    for goal in plan.goals:
        days += [c.on for kr in goal.key_results for c in kr.check_ins]
        days += [m.completed_on for m in goal.milestones if m.completed_on is not None]
        days += [r.held_on for r in goal.reviews]
        days += [r.on for r in goal.revisions]
    return max(days, default=datetime.date.today())
