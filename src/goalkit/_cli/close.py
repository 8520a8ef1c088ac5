"""`goalkit close` and `goalkit follow-up`: end a mentorship, and carry its goals on.

Both read a plan, compute the new document (`close`, `follow_up`) and write
it atomically to `-o FILE` (`.json`, `.yaml` or `.yml`): a crash never leaves
a half-written plan, so closing a plan in place is safe.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Final, TextIO

from goalkit._cli.args import add_subcommand, iso_date
from goalkit._cli.io import CommandError, ExitCode, load_plan
from goalkit._errors import GoalkitError
from goalkit._model import Plan
from goalkit._render.format import plural
from goalkit._rhythm import close, follow_up
from goalkit._serialize import dump

__all__ = ["add_close_parser", "add_follow_up_parser", "add_parser", "run_close", "run_follow_up"]

_WRITABLE: Final = (".json", ".yaml", ".yml")


def _common(parser: argparse.ArgumentParser, on_help: str) -> None:
    parser.add_argument("path", metavar="PATH", help="a plan file (.json, .yaml, .toml)")
    parser.add_argument("--on", required=True, type=iso_date, metavar="DATE", help=on_help)
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        type=Path,
        help="where to write the new plan (.json, .yaml or .yml; may be PATH itself)",
    )


def add_close_parser(commands: Any) -> None:
    """Add `goalkit close` to *commands*."""
    parser = add_subcommand(commands, "close")
    _common(parser, "the closing day")
    parser.add_argument("--notes", default="", metavar="TEXT", help="closing notes")
    parser.set_defaults(handler=run_close)


def add_follow_up_parser(commands: Any) -> None:
    """Add `goalkit follow-up` to *commands*."""
    parser = add_subcommand(commands, "follow-up")
    _common(parser, "the new plan's first day")
    parser.add_argument("--no-mentor", action="store_true", help="the new plan has no mentor")
    parser.set_defaults(handler=run_follow_up)


def add_parser(commands: Any) -> None:
    """Add `goalkit close` and `goalkit follow-up` to *commands*."""
    add_close_parser(commands)
    add_follow_up_parser(commands)


def _write(plan: Plan, output: Path) -> None:
    if output.suffix.lower() not in _WRITABLE:
        raise CommandError(f"{output}: name a .json, .yaml or .yml file")
    try:
        dump(plan, output)
    except OSError as error:
        raise CommandError(f"{output}: cannot write: {error.strerror or error}") from None


def _one_line(error: GoalkitError) -> CommandError:
    return CommandError(str(error).splitlines()[0])


def run_close(args: argparse.Namespace, stdout: TextIO) -> int:
    """Close the plan and write it."""
    plan = load_plan(args.path)
    try:
        closed = close(plan, args.on, notes=args.notes)
    except GoalkitError as error:
        raise _one_line(error) from None
    _write(closed, args.output)
    counts: dict[str, int] = {}
    for goal in closed.goals:
        if goal.outcome is not None:
            counts[goal.outcome.value] = counts.get(goal.outcome.value, 0) + 1
    summary = ", ".join(f"{count} {outcome}" for outcome, count in counts.items()) or "no goals"
    stdout.write(f"Closed on {args.on.isoformat()}: {summary}. Wrote {args.output}\n")
    return ExitCode.OK


def run_follow_up(args: argparse.Namespace, stdout: TextIO) -> int:
    """Start the follow-up plan and write it."""
    plan = load_plan(args.path)
    try:
        if args.no_mentor:
            after = follow_up(plan, args.on, mentor=None)
        else:
            after = follow_up(plan, args.on)
    except GoalkitError as error:
        raise _one_line(error) from None
    _write(after, args.output)
    stdout.write(
        f"Carried {plural(len(after.goals), 'unfinished goal')} into a plan starting "
        f"{args.on.isoformat()}. Wrote {args.output}\n"
    )
    return ExitCode.OK
