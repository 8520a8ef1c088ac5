"""The command's input and output: reading plans, writing text, and the one-line errors.

The command's contract with scripts and CI lives here:

- exit 0 (`EXIT_OK`): done (for `check`: every goal is SMART);
- exit 1 (`EXIT_NOT_SMART`): `check` found goals that are not SMART;
- exit 2 (`EXIT_ERROR`): the command could not do its job: a usage error,
  a date that is not ISO `YYYY-MM-DD`, a file that cannot be read, written
  or loaded. stderr then holds one line saying why (`fail`), never a
  traceback, and never a raw control character.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Final, TextIO

from goalkit._errors import LoadError
from goalkit._model import Plan
from goalkit._render.format import plural, terminal_text
from goalkit._render.json import json_text
from goalkit._render.text import can_encode
from goalkit._serialize import load
from goalkit._serialize.documents import YAML_INSTALL_HINT, write_yaml, yaml_available
from goalkit._serialize.files import write_atomically

__all__ = [
    "EXIT_ERROR",
    "EXIT_NOT_SMART",
    "EXIT_OK",
    "MAX_MESSAGE_LENGTH",
    "CommandError",
    "fail",
    "json_output",
    "load_plan",
    "one_line",
    "shown_path",
    "silence_stdout",
    "wants_color",
    "write",
    "yaml_output",
]

#: Exit codes: everything fine; some goal is not SMART; the command could not run.
EXIT_OK: Final = 0
EXIT_NOT_SMART: Final = 1
EXIT_ERROR: Final = 2

#: Most load problems a one-line error names before "and N more".
_MAX_PROBLEMS_SHOWN: Final = 10
#: Longest path a message shows whole.
_LONGEST_PATH_SHOWN: Final = 200
#: Longest one-line error written to stderr: longer ones are cut.
MAX_MESSAGE_LENGTH: Final = 2000


class CommandError(Exception):
    """A reason the command cannot go on, printed as one line on stderr (exit 2)."""


def write(text: str, output: Path | None, stdout: TextIO, *, errors: str = "replace") -> None:
    """Write *text* to *output* (UTF-8, atomically) or to *stdout* in whatever encoding it has.

    Characters stdout cannot encode are replaced (*errors* as in `str.encode`)
    rather than ending the command with an encoding error. A file is written
    as `dump` writes one (`write_atomically`): a full disk or a crash leaves
    the previous file whole.

    Raises:
        CommandError: *output* or stdout cannot be written (a full disk, a
            closed or read-only stream); the message names the file.
        BrokenPipeError: the reader of stdout went away (`main` ends quietly).
    """
    if output is None:
        _write_stdout(text, stdout, errors)
        return
    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as error:
        raise CommandError(f"cannot write {shown_path(output)}: {_reason(error)}") from None


def _write_stdout(text: str, stdout: TextIO, errors: str) -> None:
    encoding = getattr(stdout, "encoding", None)
    if encoding:
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            text = text.encode(encoding, errors).decode(encoding)
        except LookupError:
            pass
    try:
        stdout.write(text)
        stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:  # ValueError: a closed stream
        # What could not be written stays buffered: drop it, so that the interpreter's own
        # flush at exit does not fail again with a traceback.
        silence_stdout()
        raise CommandError(f"cannot write to standard output: {_reason(error)}") from None


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def shown_path(path: str | os.PathLike[str]) -> str:
    """*path* as messages show it: whole when short, else its start and end around an ellipsis.

    Examples:
        >>> shown_path("plans/ana.yaml")
        'plans/ana.yaml'
        >>> len(shown_path("a" * 150 + "b" * 150)), shown_path("a" * 150 + "b" * 150)[95:110]
        (178, 'aaaaa…bbbbbbbbb')
    """
    text = str(path)
    if len(text) <= _LONGEST_PATH_SHOWN:
        return text
    return f"{text[:100]}…{text[-60:]} ({len(text)} characters)"


def load_plan(path: str) -> Plan:
    """Load the plan file at *path*, or raise a `CommandError` saying in one line why not."""
    file = Path(path)
    shown = shown_path(path)
    try:
        missing, folder = not file.exists(), file.is_dir()
    except OSError:  # a name too long, say: load() below says why
        missing = folder = False
    if missing:
        raise CommandError(f"{shown}: no such file")
    if folder:
        raise CommandError(f"{shown}: is a directory, not a plan file")
    try:
        plan: Plan = load(file)
    except LoadError as error:
        raise CommandError(_load_error_line(shown, error)) from None
    except OSError as error:
        raise CommandError(f"{shown}: cannot read: {error.strerror or error}") from None
    return plan


def _load_error_line(path: str, error: LoadError) -> str:
    problems = error.problems
    if not problems:
        return f"{path}: {error}"
    shown = "; ".join(str(problem) for problem in problems[:_MAX_PROBLEMS_SHOWN])
    more = len(problems) - _MAX_PROBLEMS_SHOWN
    tail = f"; and {more} more" if more > 0 else ""
    return f"{path}: cannot load ({plural(len(problems), 'problem')}): {shown}{tail}"


def json_output(document: Any, stdout: TextIO | None) -> str:
    """JSON text for *stdout* (or a file when None), escaping what stdout cannot encode."""
    # JSON escapes are lossless, unlike replacing what the terminal cannot show.
    plain = stdout is not None and not can_encode(getattr(stdout, "encoding", None))
    return json_text(document, indent=2, ensure_ascii=plain) + "\n"


def yaml_output(document: Any) -> str:
    """*document* as YAML, written as goalkit writes plan files, or a clean error without PyYAML."""
    if not yaml_available():
        raise CommandError(f"{YAML_INSTALL_HINT}, or use --format json")
    return write_yaml(document)


def wants_color(stream: TextIO) -> bool:
    """Whether to colour output to *stream*: a terminal, unless NO_COLOR or TERM=dumb."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def fail(stderr: TextIO, prog: str, message: str) -> None:
    """Print *message* as the one line on stderr that says why the command failed.

    Control characters are shown as escapes, never written raw, and a message
    longer than `MAX_MESSAGE_LENGTH` is cut.

    Examples:
        >>> import io
        >>> stderr = io.StringIO()
        >>> fail(stderr, "goalkit check", "plan.yaml: goal '\\x1b[2J' \\n is wrong")
        >>> stderr.getvalue()
        "goalkit check: error: plan.yaml: goal '\\\\x1b[2J' is wrong\\n"
    """
    stderr.write(f"{prog}: error: {one_line(message)}\n")
    stderr.flush()


def one_line(message: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """*message* on one line, controls escaped, at most about *limit* characters.

    Examples:
        >>> one_line("a\\n  b\\x07"), one_line("x" * 50, limit=20)
        ('a b\\\\x07', 'xxxxxxxxxxxxxxxxxxxx… (50 characters)')
    """
    text = terminal_text(" ".join(message.split()))
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def silence_stdout() -> None:
    """Point stdout at devnull, so the interpreter's final flush does not raise again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
