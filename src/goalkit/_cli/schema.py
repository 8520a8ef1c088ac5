"""`goalkit schema`: print the JSON Schema of plan documents."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from goalkit._cli.args import add_subcommand
from goalkit._cli.io import EXIT_OK, write
from goalkit._render.json import json_text
from goalkit._serialize import json_schema

__all__ = ["add_parser", "run"]


def add_parser(commands: Any) -> None:
    """Add `goalkit schema` to *commands*."""
    schema = add_subcommand(
        commands,
        "schema",
        "print the JSON Schema of plan documents",
        "Print the JSON Schema (Draft 2020-12) that plan documents follow.",
        "goalkit schema > goal-plan.schema.json",
    )
    schema.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print the schema."""
    write(json_text(json_schema(), indent=2, ensure_ascii=True) + "\n", None, stdout)
    return EXIT_OK
