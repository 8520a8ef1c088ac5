"""`goalkit schema [--for plan|goal|report]`: print a published JSON Schema."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, Final, TextIO

from goalkit._cli.args import add_subcommand
from goalkit._cli.io import ExitCode, write
from goalkit._model import Goal, Plan
from goalkit._render.json import json_text
from goalkit._render.report_schema import report_json_schema
from goalkit._serialize import json_schema

__all__ = ["SCHEMAS", "add_parser", "run"]

#: What `--for` may name, and the schema each one prints.
SCHEMAS: Final[dict[str, Callable[[], dict[str, Any]]]] = {
    "plan": lambda: json_schema(Plan),
    "goal": lambda: json_schema(Goal),
    "report": report_json_schema,
}


def add_parser(commands: Any) -> None:
    """Add `goalkit schema` to *commands*."""
    schema = add_subcommand(commands, "schema")
    schema.add_argument(
        "--for",
        dest="subject",
        choices=tuple(SCHEMAS),
        default="plan",
        help="which documents the schema describes (default: plan)",
    )
    schema.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print the schema."""
    schema = SCHEMAS[args.subject]()
    write(json_text(schema, indent=2, ensure_ascii=True) + "\n", None, stdout)
    return ExitCode.OK
