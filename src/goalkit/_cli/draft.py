"""`goalkit draft`: draft a goal from a sentence, with its SMART verdict."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from goalkit._cli.args import add_format, add_subcommand, iso_date
from goalkit._cli.io import CommandError, ExitCode, json_output, write, yaml_output
from goalkit._draft import draft
from goalkit._errors import GoalkitError
from goalkit._render.format import terminal_text
from goalkit._render.json import verdict_dict
from goalkit._serialize import to_dict
from goalkit._smart import SmartReport, assess

__all__ = ["add_parser", "run"]


def add_parser(commands: Any) -> None:
    """Add `goalkit draft` to *commands*."""
    parser = add_subcommand(commands, "draft")
    parser.add_argument("text", metavar="TEXT", help="the goal, as a sentence")
    parser.add_argument(
        "--start", type=iso_date, required=True, metavar="DATE", help="the goal's start day"
    )
    add_format(
        parser,
        ("yaml", "json"),
        'yaml (default; the verdict as comments) or json ({"goal": ..., "smart": ...})',
        "yaml",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Draft the goal and print it with its verdict."""
    if not args.text.strip():
        raise CommandError("TEXT is empty: write the goal as a sentence")
    try:
        goal = draft(args.text, start=args.start)
    except (GoalkitError, ValueError) as error:
        raise CommandError(f"cannot draft a goal from that sentence: {error}") from None
    smart = assess(goal, as_of=args.start)
    if args.format == "json":
        document = {"goal": to_dict(goal), "smart": verdict_dict(smart)}
        write(json_output(document, stdout), None, stdout)
        return ExitCode.OK
    write(yaml_output(to_dict(goal)) + _comment(smart), None, stdout)
    return ExitCode.OK


def _comment(smart: SmartReport) -> str:
    # YAML comments keep the output a valid goal document while showing the verdict;
    # terminal_text keeps each on its one line (a newline would end the comment).
    if smart.passed:
        lines = ["SMART: passed all five criteria"]
    else:
        failed = ", ".join(criterion.value for criterion in smart.failed)
        lines = [f"SMART: not yet ({failed})"]
    for finding in smart.findings:
        lines.append(
            f"  {finding.severity.value} {finding.criterion.value}/{finding.code}: "
            f"{terminal_text(finding.message)}"
        )
        if finding.hint:
            lines.append(f"    hint: {terminal_text(finding.hint)}")
    return "".join(f"# {line}\n" for line in lines)
