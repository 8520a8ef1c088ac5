"""The `goalkit` command: a thin shell over load -> assess/progress -> render."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import goalkit


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the `goalkit` command.

    Example:
        >>> build_parser().prog
        'goalkit'
    """
    parser = argparse.ArgumentParser(
        prog="goalkit",
        description="Goal modelling for mentoring and career development.",
    )
    parser.add_argument("--version", action="version", version=f"goalkit {goalkit.__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `goalkit` command with *argv* and return its exit code.

    Example:
        >>> main([])
        0
    """
    build_parser().parse_args(argv)
    return 0
