"""`goalkit completion bash|zsh`: shell completion, generated from the parser by shtab.

The script is built from the same parser that runs the command, so a new
subcommand or option completes as soon as it exists. shtab is an optional
extra (``pip install 'goalkit-mentoring[completion]'``); without it the
command fails in one line that names the extra.
"""

from __future__ import annotations

import argparse
from typing import Any, Final, TextIO

from goalkit._cli.args import add_subcommand
from goalkit._cli.io import CommandError, ExitCode, write

__all__ = ["INSTALL_HINT", "SHELLS", "add_parser", "run"]

#: The shells a completion script is generated for.
SHELLS: Final = ("bash", "zsh")
#: How to get shtab, for the error when it is missing.
INSTALL_HINT: Final = (
    "shell completion needs the 'completion' extra (shtab): "
    "pip install 'goalkit-mentoring[completion]'"
)


def add_parser(commands: Any) -> None:
    """Add `goalkit completion` to *commands*."""
    completion = add_subcommand(commands, "completion")
    completion.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    completion.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print the completion script of the `goalkit` parser for the shell asked."""
    try:
        import shtab
    except ImportError:
        raise CommandError(INSTALL_HINT) from None
    # The parser that runs the command, built the way `main` builds it.
    from goalkit._cli.main import build_parser

    script: str = shtab.complete(build_parser(), shell=args.shell)
    write(script if script.endswith("\n") else script + "\n", None, stdout)
    return ExitCode.OK
