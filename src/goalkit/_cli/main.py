"""The `goalkit` command's entry point: the parser, and running a subcommand.

Subcommands: `report`, `check`, `schema`, `new`, `draft`, one module each.
Exit codes and the one-line errors are in `goalkit._cli.io`.

Set ``GOALKIT_DEBUG=1`` to see the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from goalkit._cli import agenda, check, close, draft, new, report, schema
from goalkit._cli.args import Formatter, Parser
from goalkit._cli.io import EXIT_ERROR, EXIT_OK, CommandError, fail, silence_stdout
from goalkit._errors import GoalkitError, excerpt
from goalkit._version import __version__

__all__ = ["build_parser", "main"]

#: One module per subcommand, in the order `--help` lists them.
_SUBCOMMANDS = (report, agenda, check, schema, new, draft, close)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the `goalkit` command.

    Examples:
        >>> parser = build_parser()
        >>> parser.prog
        'goalkit'
        >>> parser.parse_args(["report", "--example", "--as-of", "2026-11-18"]).as_of
        datetime.date(2026, 11, 18)
    """
    parser = Parser(
        prog="goalkit",
        description=(
            "Goal modelling for mentoring and career development: report on a goal plan,\n"
            "check that its goals are SMART, scaffold a new plan, draft a goal from a sentence."
        ),
        epilog=(
            "examples:\n"
            "  goalkit report --example           see a real mentoring plan's progress\n"
            "  goalkit check plan.yaml            exit 0 when every goal is SMART\n"
            "  goalkit new -o plan.yaml           start a plan from a template\n"
            "\n"
            "exit codes: 0 done, 1 some goal is not SMART (check), 2 could not run.\n"
            "Dates are ISO YYYY-MM-DD."
        ),
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action="version", version=f"goalkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for subcommand in _SUBCOMMANDS:
        subcommand.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `goalkit` command with *argv* and return its exit code.

    Examples:
        >>> main(["new", "--list"])  # doctest: +ELLIPSIS
        career-planning    Career planning: a long-term goal ...
        ...
        0
    """
    stdout = sys.stdout
    stderr = sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    handler: Callable[[argparse.Namespace, TextIO], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(stdout)
        return EXIT_OK
    prog = f"goalkit {args.command}"
    try:
        return handler(args, stdout)
    except (CommandError, GoalkitError) as error:
        fail(stderr, prog, str(error))
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a message.
        silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        fail(stderr, prog, "interrupted")
    except Exception as error:  # the contract: never a traceback
        if os.environ.get("GOALKIT_DEBUG"):
            raise
        fail(
            stderr,
            prog,
            f"unexpected {type(error).__name__}: {excerpt(str(error), 200)} "
            "(please report this; GOALKIT_DEBUG=1 shows the traceback)",
        )
    return EXIT_ERROR
