"""The command's input and output: reading plans, writing text, and the one-line errors.

The command's contract with scripts and CI lives here:

- exit 0 (`ExitCode.OK`): done (for `check`: every goal is SMART);
- exit 1 (`ExitCode.NOT_SMART`): `check` found goals that are not SMART;
- exit 2 (`ExitCode.ERROR`): the command could not do its job: a usage error,
  a date that is not ISO `YYYY-MM-DD`, a file that cannot be read, written
  or loaded. stderr then holds one line saying why (`fail`), never a
  traceback, and never a raw control character.
"""

from __future__ import annotations

import datetime
import enum
import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Final, TextIO

from goalkit._errors import LoadError
from goalkit._examples import example_plan
from goalkit._model import Plan
from goalkit._programme import ProgrammeReport
from goalkit._progress import plan_activity
from goalkit._render import render, to_data
from goalkit._render.format import plural, terminal_text
from goalkit._render.json import json_text
from goalkit._render.text import MIN_WIDTH, can_encode
from goalkit._report import TEXT_WIDTH, PlanReport, ReportFormat
from goalkit._serialize import load
from goalkit._serialize.documents import (
    MAX_DOCUMENT_SIZE,
    YAML_INSTALL_HINT,
    write_yaml,
    yaml_available,
)
from goalkit._serialize.files import write_atomically

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "MAX_TERMINAL_WIDTH",
    "REPORT_SUFFIXES",
    "STDIN",
    "CommandError",
    "ExitCode",
    "bounded_width",
    "cannot_load",
    "fail",
    "json_output",
    "last_activity",
    "load_plan",
    "load_stdin",
    "one_line",
    "plan_and_day",
    "report_format",
    "shown_path",
    "shown_source",
    "silence_stdout",
    "terminal_width",
    "unencodable",
    "wants_color",
    "write",
    "write_report",
    "yaml_output",
]


class ExitCode(enum.IntEnum):
    """The command's exit codes, its contract with scripts and CI (as pytest's ``ExitCode``).

    Examples:
        >>> ExitCode.NOT_SMART == 1
        True
    """

    #: Done (for `check`: every goal is SMART).
    OK = 0
    #: `check` found goals that are not SMART.
    NOT_SMART = 1
    #: The command could not do its job; stderr says why in one line.
    ERROR = 2


#: Most load problems a one-line error names before "and N more".
_MAX_PROBLEMS_SHOWN: Final = 10
#: Longest path a message shows whole.
_LONGEST_PATH_SHOWN: Final = 200
#: Longest one-line error written to stderr: longer ones are cut.
MAX_MESSAGE_LENGTH: Final = 2000

#: The path that names standard input, for every command that reads a plan.
STDIN: Final = "-"
#: A report on a terminal is as wide as the terminal, but no wider than this.
MAX_TERMINAL_WIDTH: Final = 120
#: A plan document on standard input is TOML when its first line that is not a comment
#: is a table header or ``key = value``; JSON when it starts with ``{``; YAML otherwise.
_TOML_START: Final = re.compile(rb"\A(?:\s*(?:#[^\n]*)?\n)*\s*(?:\[|[\w.\"'-]+\s*=)")


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


def load_plan(path: str, stdin: BinaryIO | None = None) -> Plan:
    """Load the plan file at *path*, or raise a `CommandError` saying in one line why not.

    *path* ``-`` reads the plan from *stdin* (default: standard input), in
    whichever format it is written (JSON, TOML or YAML: see `_sniffed_suffix`).
    """
    if path == STDIN:
        return _load_stdin(stdin if stdin is not None else _standard_input())
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


def shown_source(path: str) -> str:
    """How messages name the source of a plan: standard input, or the path as given.

    Examples:
        >>> shown_source("-"), shown_source("plan.yaml")
        ('<stdin>', 'plan.yaml')
    """
    return "<stdin>" if path == STDIN else path


def plan_and_day(path: str | None, day: datetime.date | None) -> tuple[Plan, datetime.date]:
    """The plan a command reads and the day it is for (``--example`` or PATH, and the day).

    Without *path* (``--example``): the bundled example plan, as of its last
    activity unless *day* is given; else the plan at *path*, as of *day* or today.

    Examples:
        >>> plan, day = plan_and_day(None, None)
        >>> plan.title, day
        ("Ana's path to team lead", datetime.date(2026, 11, 13))
    """
    if path is None:
        plan = example_plan()
        return plan, day or last_activity(plan)
    return load_plan(path), day or datetime.date.today()


def last_activity(plan: Plan) -> datetime.date:
    """The last day anything was recorded in *plan*: the example's natural as-of day.

    Examples:
        >>> last_activity(example_plan())
        datetime.date(2026, 11, 13)
    """
    return plan_activity(plan, datetime.date.max) or datetime.date.today()


def _standard_input() -> BinaryIO:
    """Standard input as bytes (a text stream put in its place is read as UTF-8)."""
    stream = sys.stdin
    if stream is None:
        raise CommandError("- names standard input, and there is none")
    binary: BinaryIO | None = getattr(stream, "buffer", None)
    return binary if binary is not None else io.BytesIO(stream.read().encode("utf-8"))


def _load_stdin(stdin: BinaryIO) -> Plan:
    """The plan on *stdin*, or a `CommandError` saying in one line why not."""
    try:
        return load_stdin(stdin)
    except LoadError as error:
        raise CommandError(_load_error_line(shown_source(STDIN), error)) from None


def load_stdin(stdin: BinaryIO | None = None) -> Plan:
    """The plan on *stdin* (default: standard input), read as a file of its format is.

    Raises `LoadError` as `load` does: the same limits, errors and formats.
    """
    data = _read_at_most(stdin if stdin is not None else _standard_input(), MAX_DOCUMENT_SIZE + 1)
    suffix = _sniffed_suffix(data)
    with tempfile.TemporaryDirectory(prefix="goalkit-stdin-") as folder:
        # One loader for every source: the bytes go through `load`, as a file's would.
        file = Path(folder) / f"stdin{suffix}"
        file.write_bytes(data)
        plan: Plan = load(file)
    return plan


def _read_at_most(stream: BinaryIO, limit: int, chunk: int = 1 << 16) -> bytes:
    """Up to *limit* bytes of *stream*, read in chunks (``read(limit)`` would allocate it all).

    Examples:
        >>> _read_at_most(io.BytesIO(b"x" * 10), 4, chunk=3)
        b'xxxx'
    """
    parts: list[bytes] = []
    left = limit
    while left > 0:
        part = stream.read(min(chunk, left))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _sniffed_suffix(data: bytes) -> str:
    """The suffix of the format *data* is written in: JSON, TOML or (the rest) YAML.

    Examples:
        >>> _sniffed_suffix(b'  {"title": "x"}'), _sniffed_suffix(b"# plan\\ntitle = 'x'")
        ('.json', '.toml')
        >>> _sniffed_suffix(b"title: x"), _sniffed_suffix(b"\\xef\\xbb\\xbf{}")
        ('.yaml', '.json')
    """
    text = data.removeprefix(b"\xef\xbb\xbf")
    if text.lstrip()[:1] == b"{":
        return ".json"
    if _TOML_START.match(text):
        return ".toml"
    return ".yaml"


def terminal_width() -> int:
    """The text report's width: the terminal's (or ``COLUMNS``), within 40 to 120 columns.

    Without a terminal or ``COLUMNS`` (output to a pipe, say), `TEXT_WIDTH` (100).
    """
    return bounded_width(shutil.get_terminal_size((TEXT_WIDTH, 24)).columns)


def bounded_width(columns: int) -> int:
    """*columns* within the bounds of a report on a terminal: 40 to 120.

    Narrower than 40, lines would hold a word or two; wider than 120, they are
    long to read.

    Examples:
        >>> bounded_width(80), bounded_width(20), bounded_width(300)
        (80, 40, 120)
    """
    return max(MIN_WIDTH, min(MAX_TERMINAL_WIDTH, columns))


def _load_error_line(path: str, error: LoadError) -> str:
    if not error.problems:
        return f"{path}: {error}"
    return cannot_load(path, [str(problem) for problem in error.problems])


def cannot_load(source: str, problems: Sequence[str]) -> str:
    """The one line that says why *source* could not be loaded: its first ten problems.

    Examples:
        >>> cannot_load("plan.yaml", ["goals[0].due: expected a date"])
        'plan.yaml: cannot load (1 problem): goals[0].due: expected a date'
        >>> cannot_load("plan.yaml", [f"problem {n}" for n in range(12)])[-36:]
        ' 7; problem 8; problem 9; and 2 more'
    """
    shown = "; ".join(problems[:_MAX_PROBLEMS_SHOWN])
    more = len(problems) - _MAX_PROBLEMS_SHOWN
    tail = f"; and {more} more" if more > 0 else ""
    return f"{source}: cannot load ({plural(len(problems), 'problem')}): {shown}{tail}"


def json_output(document: Any, stdout: TextIO | None) -> str:
    """JSON text for *stdout* (or a file when None), escaping what stdout cannot encode."""
    # JSON escapes are lossless, unlike replacing what the terminal cannot show.
    plain = stdout is not None and not can_encode(getattr(stdout, "encoding", None))
    return json_text(document, indent=2, ensure_ascii=plain) + "\n"


#: The report format a file's suffix names, for ``-o FILE`` without ``--format``.
REPORT_SUFFIXES: Final[Mapping[str, ReportFormat]] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


def report_format(format: ReportFormat | None, output: Path | None) -> ReportFormat:  # noqa: A002
    """The format asked for, else the one *output*'s suffix names, else text.

    Examples:
        >>> report_format(None, Path("report.HTML")), report_format("json", Path("r.md"))
        ('html', 'json')
        >>> report_format(None, None), report_format(None, Path("report.pdf"))
        ('text', 'text')
    """
    if format is not None:
        return format
    return REPORT_SUFFIXES.get(output.suffix.lower(), "text") if output else "text"


def unencodable(format: str) -> str:  # noqa: A002 - the CLI's word
    """How *format*'s text writes what stdout cannot encode (`write`'s *errors*).

    HTML keeps every character as a character reference; other formats show ``?``.

    Examples:
        >>> unencodable("html"), unencodable("text")
        ('xmlcharrefreplace', 'replace')
    """
    return "xmlcharrefreplace" if format == "html" else "replace"


def write_report(
    report: PlanReport | ProgrammeReport,
    format: ReportFormat,  # noqa: A002 - the CLI's word
    output: Path | None,
    stdout: TextIO,
    *,
    ascii_only: bool = False,
    width: int | None = None,
) -> None:
    """Render *report* in *format* and write it to *output*, or to *stdout*.

    Text on a terminal is coloured when `wants_color` says so, and plain
    ASCII when stdout cannot encode more (or *ascii_only*); *width* goes to
    the text renderer when given. JSON escapes what stdout cannot encode.
    """
    to_terminal = output is None
    if format == "text":
        options: dict[str, Any] = {} if width is None else {"width": width}
        ascii_only = ascii_only or (to_terminal and not can_encode(stdout.encoding))
        color = to_terminal and wants_color(stdout)
        text = render(report, "text", ascii_only=ascii_only, color=color, **options)
    elif format == "json":
        text = json_output(to_data(report), stdout if to_terminal else None)
    else:
        text = render(report, format)
    write(text, output, stdout, errors=unencodable(format))


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
