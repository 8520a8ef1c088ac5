"""The `goalkit` command's entry point: the parser, and running a subcommand.

Subcommands: `report`, `check`, `programme`, `schema`, `new`, `draft`, `completion`, one
module each.
Exit codes and the one-line errors are in `goalkit._cli.io`.

Set ``GOALKIT_DEBUG=1`` to see the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from goalkit._cli import agenda, check, close, completion, draft, new, programme, report, schema
from goalkit._cli.args import Formatter, Parser
from goalkit._cli.io import CommandError, ExitCode, fail, silence_stdout
from goalkit._errors import GoalkitError, excerpt
from goalkit._version import __version__

__all__ = ["build_parser", "main"]

#: One module per subcommand, in the order `--help` lists them.
_SUBCOMMANDS = (report, agenda, check, programme, schema, new, draft, close, completion)


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
            "  goalkit programme plans/           a programme's figures from many plans\n"
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
    """Run the `goalkit` command with *argv* and return its exit code (an `ExitCode`).

    Examples:
        >>> main(["new", "--list"])  # doctest: +ELLIPSIS
        career-planning    Career planning: a long-term goal ...
        ...
        <ExitCode.OK: 0>
    """
    stdout = sys.stdout
    stderr = sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace, TextIO], int] | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(stdout)
            return _flushed(stdout, stderr)
    except SystemExit as exit_:  # --help, --version and usage errors
        code = exit_.code if isinstance(exit_.code, int) else ExitCode.ERROR
        return _flushed(stdout, stderr) if code == ExitCode.OK else code
    except OSError as error:  # --help or --version could not be written
        return _unwritten(stderr, error)
    prog = f"goalkit {args.command}"
    try:
        return handler(args, stdout)
    except (CommandError, GoalkitError) as error:
        fail(stderr, prog, str(error))
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a message.
        silence_stdout()
        return ExitCode.OK
    except KeyboardInterrupt:
        fail(stderr, prog, "interrupted")
    except OverflowError as error:  # date arithmetic past the calendar's ends
        fail(stderr, prog, _beyond_the_calendar(args, error))
    except Exception as error:  # the contract: never a traceback
        if os.environ.get("GOALKIT_DEBUG"):
            raise
        fail(
            stderr,
            prog,
            f"unexpected {type(error).__name__}: {excerpt(str(error), 200)} "
            "(please report this; GOALKIT_DEBUG=1 shows the traceback)",
        )
    return ExitCode.ERROR


def _flushed(stdout: TextIO, stderr: TextIO) -> int:
    """Exit 0 once what was printed is written; exit 2, saying why, when it cannot be."""
    try:
        stdout.flush()
    except OSError as error:
        return _unwritten(stderr, error)
    return ExitCode.OK


def _unwritten(stderr: TextIO, error: OSError) -> int:
    """The exit code when stdout could not be written: 0 for a closed pipe, else 2, saying why."""
    silence_stdout()
    if isinstance(error, BrokenPipeError):
        return ExitCode.OK
    fail(stderr, "goalkit", f"cannot write to standard output: {error.strerror or error}")
    return ExitCode.ERROR


#: The options that take a date, as they are spelled on the command line.
_DATE_OPTIONS = ("as_of", "since", "start")


def _beyond_the_calendar(args: argparse.Namespace, error: OverflowError) -> str:
    """Why a command failed with a date past the calendar's ends, naming the dates given.

    Examples:
        >>> import datetime
        >>> args = argparse.Namespace(as_of=datetime.date(1, 1, 1), since=None)
        >>> print(_beyond_the_calendar(args, OverflowError("date value out of range")))
        a date falls outside the calendar (0001-01-01 to 9999-12-31): date value out of range;
        the dates given: --as-of 0001-01-01
    """
    given = [
        f"--{name.replace('_', '-')} {value.isoformat()}"
        for name in _DATE_OPTIONS
        if isinstance(value := getattr(args, name, None), datetime.date)
    ]
    message = f"a date falls outside the calendar (0001-01-01 to 9999-12-31): {error}"
    return message + (f"; the dates given: {', '.join(given)}" if given else "")
