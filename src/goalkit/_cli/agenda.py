"""`goalkit agenda`: who must do what now, most urgent first, in four formats."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from goalkit._cli.args import REPORT_FORMATS, add_format, add_output, add_subcommand, iso_date
from goalkit._cli.io import (
    CommandError,
    ExitCode,
    json_output,
    plan_and_day,
    report_format,
    unencodable,
    write,
)
from goalkit._render.agenda import agenda_dict, render_agenda
from goalkit._render.text import can_encode
from goalkit._rhythm import agenda

__all__ = ["add_parser", "run"]


def add_parser(commands: Any) -> None:
    """Add `goalkit agenda` to *commands*."""
    parser = add_subcommand(commands, "agenda")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("path", nargs="?", metavar="PATH", help="a plan file (.json, .yaml, .toml)")
    source.add_argument(
        "--example",
        action="store_true",
        help="the bundled example plan (as of its last activity unless --today)",
    )
    parser.add_argument(
        "--today",
        "--as-of",
        dest="today",
        type=iso_date,
        metavar="DATE",
        help="the day to list actions for (default: today)",
    )
    parser.add_argument(
        "--for", dest="person", metavar="PERSON", help="only this person's items (id or name)"
    )
    add_format(parser, REPORT_FORMATS, "output format (default: from the -o suffix, else text)")
    add_output(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Compute the agenda and write it in the format asked, or the one the suffix names."""
    plan, today = plan_and_day(args.path, args.today)
    names = {person.id: person.name for person in plan.people}
    items = agenda(plan, today=today)
    if args.person is not None:
        person = next((p.id for p in plan.people if args.person in (p.id, p.name)), None)
        if person is None:
            known = ", ".join(f"{p.id} ({p.name})" for p in plan.people)
            raise CommandError(f"--for {args.person}: not a person of the plan; expected {known}")
        items = items.for_person(person)
    output: Path | None = args.output
    format = report_format(args.format, output)  # noqa: A001 - the CLI's word
    if format == "json":
        text = json_output(agenda_dict(items), None if output else stdout)
    else:
        text = render_agenda(items, format, names=names)
        if format == "text" and output is None and not can_encode(stdout.encoding):
            text = text.encode("ascii", "replace").decode("ascii")
    write(text, output, stdout, errors=unencodable(format))
    return ExitCode.OK
