"""The argument parser's pieces: ISO dates, one-line usage errors, and the help layout.

Every subcommand module adds its subparser with `add_subcommand`, which reads
the command's help from `goalkit._cli.helptext`, so each `goalkit COMMAND --help`
has the same shape: a description, the options, then examples (and notes,
such as an option's old name).
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, NoReturn

from goalkit._cli.helptext import HELP
from goalkit._cli.io import ExitCode, one_line
from goalkit._errors import excerpt
from goalkit._model import Goal
from goalkit._render.text import MIN_WIDTH
from goalkit._smart import FRAMEWORKS, Framework, SmartPolicy, framework_for

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = [
    "FILES",
    "PLAN_FILES",
    "REPORT_FORMATS",
    "Formatter",
    "Parser",
    "add_format",
    "add_framework",
    "add_learned_measurable",
    "add_learned_specific",
    "add_output",
    "add_subcommand",
    "chosen_framework",
    "chosen_policy",
    "columns",
    "completes",
    "indent",
    "iso_date",
]

_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")

#: How each shell completes a file name (``shtab.FILE``, without importing shtab).
FILES: Final[Mapping[str, str]] = {"bash": "_shtab_compgen_files", "zsh": "_files"}
#: How each shell completes a plan file name: zsh offers the plan suffixes.
PLAN_FILES: Final[Mapping[str, str]] = {
    "bash": "_shtab_compgen_files",
    "zsh": "_files -g '*.(json|yaml|yml|toml)'",
}

#: The formats of the commands that report: text, Markdown, HTML and JSON.
REPORT_FORMATS: Final = ("text", "markdown", "html", "json")


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr, with exit code 2."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse ignores write errors here (--help, --version): let main() report them.
        if message:
            (file or sys.stderr).write(message)

    def error(self, message: str) -> NoReturn:
        # argparse quotes some arguments with repr() and pastes others as typed
        # ("unrecognized arguments: ..."): show them all as fail() shows messages, and
        # each whole only when short, so that a message never echoes megabytes.
        shown = one_line(" ".join(_shortened(word) for word in message.split()))
        self.exit(ExitCode.ERROR, f"{self.prog}: error: {shown} (see '{self.prog} --help')\n")


def _shortened(word: str) -> str:
    return word if len(word) <= 60 else f"{word[:40]}…({len(word)} characters)"


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the hand-made line breaks of descriptions and examples."""


def iso_date(text: str) -> datetime.date:
    """Parse a date typed on the command line: ISO ``YYYY-MM-DD`` and nothing else.

    Raises:
        argparse.ArgumentTypeError: any other form, or a day that does not exist.

    Examples:
        >>> iso_date("2027-02-28")
        datetime.date(2027, 2, 28)
        >>> iso_date("28/02/2027")
        Traceback (most recent call last):
        ...
        argparse.ArgumentTypeError: expected a date as YYYY-MM-DD, got '28/02/2027'
    """
    if _ISO_DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"no such day: {excerpt(text)}") from None
    raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {excerpt(text)}")


def columns(text: str) -> int:
    """Parse a width typed on the command line: a whole number of columns, 40 or more.

    Raises:
        argparse.ArgumentTypeError: anything else.

    Examples:
        >>> columns("80")
        80
        >>> columns("wide")
        Traceback (most recent call last):
        ...
        argparse.ArgumentTypeError: expected a whole number of columns, 40 or more, got 'wide'
    """
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else 0
    if value < MIN_WIDTH:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of columns, {MIN_WIDTH} or more, got {excerpt(text)}"
        )
    return value


def completes(action: argparse.Action, how: Mapping[str, str]) -> argparse.Action:
    """Tell shell completion (`goalkit completion`) how to complete *action*'s values.

    Examples:
        >>> parser = Parser(prog="goalkit")
        >>> completes(parser.add_argument("path"), PLAN_FILES).complete["bash"]
        '_shtab_compgen_files'
    """
    action.complete = dict(how)  # type: ignore[attr-defined]  # shtab reads this attribute
    return action


def indent(text: str) -> str:
    """Indent every line of *text* by two spaces, for `--help` example blocks.

    Examples:
        >>> indent("goalkit schema\\ngoalkit new")
        '  goalkit schema\\n  goalkit new'
    """
    return "\n".join("  " + line if line else line for line in text.splitlines())


def add_subcommand(commands: Any, name: str) -> argparse.ArgumentParser:
    """Add subcommand *name* to *commands* (an argparse subparsers action), with its help.

    The help is the command's row of `goalkit._cli.helptext.HELP`: its
    summary, description, examples (indented under "examples:") and notes.

    Examples:
        >>> parser = Parser(prog="goalkit")
        >>> commands = parser.add_subparsers(dest="command", parser_class=Parser)
        >>> sub = add_subcommand(commands, "schema")
        >>> sub.epilog.splitlines()[:2]
        ['examples:', '  goalkit schema > goal-plan.schema.json']
    """
    about = HELP[name]
    epilog = "examples:\n" + indent(about.examples)
    if about.notes:
        epilog += "\n\n" + about.notes
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=about.summary,
        description=about.description,
        epilog=epilog,
        formatter_class=Formatter,
    )
    return parser


def add_format(
    parser: argparse.ArgumentParser,
    choices: tuple[str, ...],
    description: str,
    default: str | None = None,
) -> None:
    """Add the ``--format`` option every subcommand that writes has: one of *choices*.

    Examples:
        >>> parser = Parser(prog="goalkit check")
        >>> add_format(parser, ("text", "json"), "text or json", default="text")
        >>> parser.parse_args(["--format", "json"]).format
        'json'
    """
    parser.add_argument("--format", choices=choices, default=default, help=description)


def add_framework(parser: argparse.ArgumentParser) -> None:
    """Add ``--framework smart|real|okr|auto``, what to judge goals by (default smart).

    Examples:
        >>> parser = Parser(prog="goalkit report")
        >>> add_framework(parser)
        >>> parser.parse_args(["--framework", "auto"]).framework
        'auto'
    """
    parser.add_argument(
        "--framework",
        choices=(*FRAMEWORKS, "auto"),
        default="smart",
        help="what to judge goals by: smart (default), real, okr, or auto: REAL for "
        "development and learning goals, SMART for the rest",
    )


def chosen_framework(name: str) -> Framework | Callable[[Goal], Framework]:
    """The ``--framework`` choice as `assess_plan` and `plan_report` take it.

    Examples:
        >>> chosen_framework("real").name
        'real'
        >>> chosen_framework("auto").__name__
        'framework_for'
    """
    return framework_for if name == "auto" else FRAMEWORKS[name]


#: ``--learned-specific`` choices, as `SmartPolicy.learned_specific` takes them.
_LEARNED_SPECIFIC: Final[dict[str, bool | Literal["alone", "embedding", "static"]]] = {
    "on": True,
    "off": False,
    "alone": "alone",
    "embedding": "embedding",
    "static": "static",
}


def add_learned_specific(parser: argparse.ArgumentParser) -> None:
    """Add ``--learned-specific on|off|alone|embedding|static``: how Specific is read (default on).

    Examples:
        >>> parser = Parser(prog="goalkit check")
        >>> add_learned_specific(parser)
        >>> parser.parse_args([]).learned_specific, parser.parse_args(
        ...     ["--learned-specific", "off"]).learned_specific
        ('on', 'off')
    """
    parser.add_argument(
        "--learned-specific",
        choices=tuple(_LEARNED_SPECIFIC),
        default="on",
        help="how Specific is read: on (default), the learned reading beside the rules; "
        "off, the rules alone; alone, the learned reading decides; embedding, the sentence "
        "reading decides (needs the embeddings extra: pip install "
        "'goalkit-mentoring[embeddings]'); static, the static reading beside the rules, "
        "in the learned reading's place",
    )


def add_learned_measurable(parser: argparse.ArgumentParser) -> None:
    """Add ``--learned-measurable on|off``: whether a learned reading has a say in Measurable.

    Examples:
        >>> parser = Parser(prog="goalkit check")
        >>> add_learned_measurable(parser)
        >>> parser.parse_args([]).learned_measurable, parser.parse_args(
        ...     ["--learned-measurable", "on"]).learned_measurable
        ('off', 'on')
    """
    parser.add_argument(
        "--learned-measurable",
        choices=("on", "off"),
        default="off",
        help="how Measurable is read: off (default), the rules alone; on, a learned reading "
        "of the statement's words beside them (M-BROAD), for goals with no key results or "
        "milestones",
    )


def chosen_policy(choice: str, measurable: str = "off") -> SmartPolicy:
    """The ``--learned-specific`` and ``--learned-measurable`` choices as `assess_plan`'s policy.

    Raises:
        ValidationError: ``embedding`` without the `embeddings` extra; the command
            prints its message (the extra and the pip command), never a traceback.

    Examples:
        >>> chosen_policy("off").learned_specific, chosen_policy("on").learned_specific
        (False, True)
        >>> chosen_policy("on", "on").learned_measurable
        True
    """
    return SmartPolicy(
        learned_specific=_LEARNED_SPECIFIC[choice], learned_measurable=measurable == "on"
    )


def add_output(parser: argparse.ArgumentParser) -> None:
    """Add ``-o/--output FILE``, for subcommands that can write to a file instead of stdout.

    Shell completion completes FILE as a file name.

    Examples:
        >>> parser = Parser(prog="goalkit new")
        >>> add_output(parser)
        >>> parser.parse_args(["-o", "plan.yaml"]).output
        PosixPath('plan.yaml')
    """
    completes(
        parser.add_argument(
            "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
        ),
        FILES,
    )
