"""`goalkit new`: write a plan scaffold from a template of typical mentoring goals."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Any, TextIO

from goalkit._cli.args import add_format, add_output, add_subcommand, iso_date
from goalkit._cli.io import CommandError, ExitCode, shown_path, write, yaml_output
from goalkit._errors import excerpt
from goalkit._serialize import to_dict, to_json
from goalkit._templates import DEFAULT_TEMPLATE, scaffold, templates

__all__ = ["add_parser", "run"]


def add_parser(commands: Any) -> None:
    """Add `goalkit new` to *commands*."""
    new = add_subcommand(commands, "new")
    new.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        metavar="NAME",
        help=f"the template (default: {DEFAULT_TEMPLATE}; see --list)",
    )
    new.add_argument("--list", action="store_true", help="list the templates and exit")
    new.add_argument("--start", type=iso_date, metavar="DATE", help="start day (default: today)")
    new.add_argument("--mentee", default="Mentee", metavar="NAME", help="the mentee's name")
    new.add_argument("--mentor", default="Mentor", metavar="NAME", help="the mentor's name")
    add_format(new, ("yaml", "json"), "output format (default: from -o, else yaml)")
    add_output(new)
    new.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    new.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """List the templates, or write the scaffold of one."""
    if args.list:
        width = max(len(template.name) for template in templates())
        lines = [
            f"{template.name:<{width}}  {template.title}: {template.summary}"
            for template in templates()
        ]
        write("\n".join(lines) + "\n", None, stdout)
        return ExitCode.OK
    names = [template.name for template in templates()]
    if args.template not in names:
        raise CommandError(
            f"no template named {excerpt(args.template)}; choose one of {', '.join(names)}"
        )
    plan = scaffold(
        args.template,
        start=args.start or datetime.date.today(),
        mentee=args.mentee,
        mentor=args.mentor,
    )
    output: Path | None = args.output
    document_format = args.format or "yaml"
    if output is not None:
        if output.exists() and not args.force:
            raise CommandError(f"{shown_path(output)} already exists; use --force to overwrite it")
        if args.format is None:
            suffix = output.suffix.lower()
            if suffix not in {".json", ".yaml", ".yml"}:
                raise CommandError(
                    f"{shown_path(output)}: name a .yaml, .yml or .json file, or use --format"
                )
            document_format = "json" if suffix == ".json" else "yaml"
    text = (
        to_json(plan, indent=2) + "\n" if document_format == "json" else yaml_output(to_dict(plan))
    )
    write(text, output, stdout)
    return ExitCode.OK
