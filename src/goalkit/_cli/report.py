"""`goalkit report`: a plan's progress, health, forecasts and SMART verdicts, in four formats."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from goalkit._cli.args import (
    PLAN_FILES,
    REPORT_FORMATS,
    add_format,
    add_framework,
    add_learned_measurable,
    add_learned_specific,
    add_output,
    add_subcommand,
    chosen_framework,
    chosen_policy,
    columns,
    completes,
    iso_date,
)
from goalkit._cli.io import (
    MAX_TERMINAL_WIDTH,
    CommandError,
    ExitCode,
    plan_and_day,
    report_format,
    terminal_width,
    write_report,
)
from goalkit._report import TEXT_WIDTH, plan_report

__all__ = ["add_parser", "run"]


def add_parser(commands: Any) -> None:
    """Add `goalkit report` to *commands*."""
    report = add_subcommand(commands, "report")
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
    add_framework(report)
    add_learned_specific(report)
    add_learned_measurable(report)
    add_format(report, REPORT_FORMATS, "output format (default: from the -o suffix, else text)")
    add_output(report)
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
    plan, as_of = plan_and_day(args.path, args.as_of)
    if args.since is not None and args.since > as_of:
        raise CommandError(
            f"--since {args.since.isoformat()} is after the report day {as_of.isoformat()}"
        )
    output: Path | None = args.output
    width = args.width or (terminal_width() if output is None else TEXT_WIDTH)
    framework = chosen_framework(args.framework)
    policy = chosen_policy(args.learned_specific, args.learned_measurable)
    report = plan_report(plan, as_of=as_of, since=args.since, framework=framework, policy=policy)
    format = report_format(args.format, output)  # noqa: A001 - the CLI's word
    write_report(report, format, output, stdout, ascii_only=args.ascii, width=width)
    return ExitCode.OK
