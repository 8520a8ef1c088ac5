"""The `goalkit` command: a thin shell over load -> assess/progress -> render.

Subcommands: `report`, `check`, `schema`, `new`, `draft`. The command's
contract with scripts and CI:

- exit 0: done (for `check`: every goal is SMART);
- exit 1: `check` found goals that are not SMART;
- exit 2: the command could not do its job: a usage error, a date that is
  not ISO `YYYY-MM-DD`, a file that cannot be read, written or loaded.
  stderr then holds one line saying why, never a traceback.

Set ``GOALKIT_DEBUG=1`` to see the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, NoReturn, TextIO

from goalkit._documents import YAML_INSTALL_HINT, write_yaml, yaml_available
from goalkit._draft import draft
from goalkit._errors import GoalkitError, LoadError, excerpt
from goalkit._examples import example_plan
from goalkit._model import Goal, Plan
from goalkit._render.json import finding_dict
from goalkit._render.text import can_encode
from goalkit._report import ReportFormat, plan_report
from goalkit._schema import json_schema
from goalkit._serialize import load, to_dict, to_json
from goalkit._smart import SmartReport, assess, assess_plan
from goalkit._templates import DEFAULT_TEMPLATE, scaffold, templates
from goalkit._version import __version__

__all__ = ["build_parser", "main"]

#: Exit codes: everything fine; some goal is not SMART; the command could not run.
EXIT_OK: Final = 0
EXIT_NOT_SMART: Final = 1
EXIT_ERROR: Final = 2

_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_REPORT_SUFFIXES: Final[dict[str, ReportFormat]] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
#: Most load problems a one-line error names before "and N more".
_MAX_PROBLEMS_SHOWN: Final = 10


class CommandError(Exception):
    """A reason the command cannot go on, printed as one line on stderr (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr, with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


class _Formatter(argparse.RawDescriptionHelpFormatter):
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


# ------------------------------------------------------------------ parser


def _subcommand(
    commands: Any, name: str, summary: str, description: str, examples: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog="examples:\n" + textwrap_indent(examples),
        formatter_class=_Formatter,
    )
    return parser


def textwrap_indent(text: str) -> str:
    """Indent every line of *text* by two spaces, for `--help` example blocks.

    Examples:
        >>> textwrap_indent("goalkit schema\\ngoalkit new")
        '  goalkit schema\\n  goalkit new'
    """
    return "\n".join("  " + line if line else line for line in text.splitlines())


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the `goalkit` command.

    Examples:
        >>> parser = build_parser()
        >>> parser.prog
        'goalkit'
        >>> parser.parse_args(["report", "--example", "--as-of", "2026-11-18"]).as_of
        datetime.date(2026, 11, 18)
    """
    parser = _Parser(
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
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"goalkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    report = _subcommand(
        commands,
        "report",
        "show a plan's progress, health, forecasts and SMART verdicts",
        "Report a goal plan's progress: per goal, in the plan's tree order, its kind,\n"
        "horizon, owner, a progress bar with the value and the expected share, health,\n"
        "forecast, next milestone, last check-in and SMART verdict; then the upcoming\n"
        "reviews and recent celebrations.",
        "goalkit report --example\n"
        "goalkit report plan.yaml --as-of 2026-11-18\n"
        "goalkit report plan.yaml --format html -o report.html\n"
        "goalkit report plan.json --format json | jq '.goals[].progress.health'",
    )
    source = report.add_mutually_exclusive_group(required=True)
    source.add_argument("path", nargs="?", metavar="PATH", help="a plan file (.json, .yaml, .toml)")
    source.add_argument(
        "--example",
        action="store_true",
        help="report on the bundled example plan (as of its last activity unless --as-of)",
    )
    report.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="the day to report on (default: today)"
    )
    report.add_argument(
        "--since",
        type=iso_date,
        metavar="DATE",
        help="first day of 'recent celebrations' (default: 30 days before --as-of)",
    )
    report.add_argument(
        "--format",
        choices=("text", "markdown", "html", "json"),
        help="output format (default: from the -o suffix, else text)",
    )
    report.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
    )
    report.add_argument(
        "--ascii", action="store_true", help="plain ASCII text (automatic when stdout needs it)"
    )
    report.set_defaults(handler=_report)

    check = _subcommand(
        commands,
        "check",
        "load plan files and check that every goal is SMART (for CI)",
        "Load every file and assess every goal against the SMART criteria.\n"
        "Exit 0 when all goals are SMART, 1 when some are not (each finding is printed\n"
        "with its goal, criterion, code, message and hint), 2 when a file cannot be\n"
        "read or loaded.",
        "goalkit check plan.yaml\n"
        "goalkit check goals/*.yaml --today 2026-11-18\n"
        "goalkit check plan.json --format json",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="plan files to check")
    check.add_argument(
        "--today",
        type=iso_date,
        metavar="DATE",
        help="the day to assess on, for reproducible CI (default: today)",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )
    check.set_defaults(handler=_check)

    schema = _subcommand(
        commands,
        "schema",
        "print the JSON Schema of plan documents",
        "Print the JSON Schema (Draft 2020-12) that plan documents follow.",
        "goalkit schema > goal-plan.schema.json",
    )
    schema.set_defaults(handler=_schema)

    names = ", ".join(template.name for template in templates())
    new = _subcommand(
        commands,
        "new",
        "write a plan scaffold from a template",
        "Write a new plan from a template of typical mentoring goals, ready to edit.\n"
        f"Templates: {names}.",
        "goalkit new --list\n"
        "goalkit new -o plan.yaml\n"
        "goalkit new --template networking --mentee 'Ana Diaz' --start 2027-01-04 -o plan.json",
    )
    new.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        metavar="NAME",
        help=f"the template (default: {DEFAULT_TEMPLATE}; see --list)",
    )
    new.add_argument("--list", action="store_true", help="list the templates and exit")
    new.add_argument("--start", type=iso_date, metavar="DATE", help="start day (default: today)")
    new.add_argument("--mentee", default="Mentee", metavar="NAME", help="the mentee's name")
    new.add_argument("--mentor", default="Mentor", metavar="NAME", help="the mentor's name")
    new.add_argument(
        "--format", choices=("yaml", "json"), help="output format (default: from -o, else yaml)"
    )
    new.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
    )
    new.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    new.set_defaults(handler=_new)

    draft_parser = _subcommand(
        commands,
        "draft",
        "draft a goal from a sentence, with its SMART verdict",
        "Draft a goal from a sentence: the time frame sets the due date and the\n"
        "numbers become key results. Prints the goal and its SMART verdict.",
        "goalkit draft 'Improve networking skills within six months by attending four "
        "industry-specific events' --start 2027-01-04\n"
        "goalkit draft 'Give five presentations in the next three months' "
        "--start 2027-01-04 --format json",
    )
    draft_parser.add_argument("text", metavar="TEXT", help="the goal, as a sentence")
    draft_parser.add_argument(
        "--start", type=iso_date, required=True, metavar="DATE", help="the goal's start day"
    )
    draft_parser.add_argument(
        "--format",
        choices=("yaml", "json"),
        default="yaml",
        help='yaml (default; the verdict as comments) or json ({"goal": ..., "smart": ...})',
    )
    draft_parser.set_defaults(handler=_draft)
    return parser


# ---------------------------------------------------------------- output


def _write(text: str, output: Path | None, stdout: TextIO, *, errors: str = "replace") -> None:
    """Write *text* to *output* (UTF-8) or to *stdout* in whatever encoding it has.

    Characters stdout cannot encode are replaced (*errors* as in `str.encode`)
    rather than ending the command with an encoding error.
    """
    if output is None:
        encoding = getattr(stdout, "encoding", None)
        if encoding:
            try:
                text.encode(encoding)
            except UnicodeEncodeError:
                text = text.encode(encoding, errors).decode(encoding)
            except LookupError:
                pass
        stdout.write(text)
        stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error.strerror or error}") from None


def _load(path: str) -> Plan:
    file = Path(path)
    if not file.exists():
        raise CommandError(f"{path}: no such file")
    if file.is_dir():
        raise CommandError(f"{path}: is a directory, not a plan file")
    try:
        plan: Plan = load(file)
    except LoadError as error:
        raise CommandError(_load_error_line(path, error)) from None
    except OSError as error:
        raise CommandError(f"{path}: cannot read: {error.strerror or error}") from None
    return plan


def _load_error_line(path: str, error: LoadError) -> str:
    problems = error.problems
    if not problems:
        return f"{path}: {error}"
    shown = "; ".join(str(problem) for problem in problems[:_MAX_PROBLEMS_SHOWN])
    more = len(problems) - _MAX_PROBLEMS_SHOWN
    tail = f"; and {more} more" if more > 0 else ""
    noun = "problem" if len(problems) == 1 else "problems"
    return f"{path}: cannot load ({len(problems)} {noun}): {shown}{tail}"


def _dumps(document: Any, stdout: TextIO | None) -> str:
    """JSON text for *stdout* (or a file when None), escaping what stdout cannot encode."""
    # JSON escapes are lossless, unlike replacing what the terminal cannot show.
    plain = stdout is not None and not can_encode(getattr(stdout, "encoding", None))
    return json.dumps(document, indent=2, ensure_ascii=plain) + "\n"


def _yaml(document: Any) -> str:
    """*document* as YAML, written as goalkit writes plan files, or a clean error without PyYAML."""
    if not yaml_available():
        raise CommandError(f"{YAML_INSTALL_HINT}, or use --format json")
    return write_yaml(document)


# -------------------------------------------------------------- commands


def _report(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.example:
        plan = example_plan()
        as_of = args.as_of or _last_activity(plan)
    else:
        plan = _load(args.path)
        as_of = args.as_of or datetime.date.today()
    if args.since is not None and args.since > as_of:
        raise CommandError(
            f"--since {args.since.isoformat()} is after the report day {as_of.isoformat()}"
        )
    format: ReportFormat = args.format or (  # noqa: A001 - the CLI's word
        _REPORT_SUFFIXES.get(args.output.suffix.lower(), "text") if args.output else "text"
    )
    report = plan_report(plan, as_of=as_of, since=args.since)
    if format == "text":
        to_terminal = args.output is None
        ascii_only = args.ascii or (to_terminal and not can_encode(stdout.encoding))
        color = to_terminal and _wants_color(stdout)
        text = report.to_text(ascii_only=ascii_only, color=color)
    elif format == "json":
        # JSON escapes are lossless, unlike replacing what the terminal cannot show.
        text = _dumps(report.to_dict(), None if args.output else stdout)
    else:
        text = report.render(format)
    errors = "xmlcharrefreplace" if format == "html" else "replace"
    _write(text, args.output, stdout, errors=errors)
    return EXIT_OK


def _last_activity(plan: Plan) -> datetime.date:
    """The last day anything was recorded in *plan*: the example's natural as-of day."""
    days: list[datetime.date] = []
    for goal in plan.goals:
        days += [c.on for kr in goal.key_results for c in kr.check_ins]
        days += [m.completed_on for m in goal.milestones if m.completed_on is not None]
        days += [r.held_on for r in goal.reviews]
        days += [r.on for r in goal.revisions]
    return max(days, default=datetime.date.today())


def _wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _check(args: argparse.Namespace, stdout: TextIO) -> int:
    today = args.today or datetime.date.today()
    files: list[dict[str, Any]] = []
    load_errors: list[str] = []
    for path in args.paths:
        try:
            plan = _load(path)
        except CommandError as error:
            load_errors.append(str(error))
            files.append({"path": path, "error": str(error), "goals": []})
            continue
        reports = assess_plan(plan, today=today)
        goals = [(goal, reports[goal.id]) for _, goal in plan.walk()]
        files.append({"path": path, "error": None, "goals": goals})
    all_smart = all(smart.passed for entry in files for _, smart in entry["goals"])
    code = EXIT_ERROR if load_errors else EXIT_OK if all_smart else EXIT_NOT_SMART
    if args.format == "json":
        _write(_dumps(_check_document(files, today, code), stdout), None, stdout)
    else:
        _write(_check_text(files, today), None, stdout)
    if load_errors:
        # One line on stderr says why the run failed; the first file that could not load.
        extra = f" (and {len(load_errors) - 1} more files)" if len(load_errors) > 1 else ""
        raise CommandError(load_errors[0] + extra)
    return code


def _check_document(files: list[dict[str, Any]], today: datetime.date, code: int) -> dict[str, Any]:
    return {
        "today": today.isoformat(),
        "exit_code": code,
        "files": [
            {
                "path": entry["path"],
                "error": entry["error"],
                "goals": [
                    {
                        "id": goal.id,
                        "title": goal.title,
                        "passed": smart.passed,
                        "score": smart.score,
                        "failed": [criterion.value for criterion in smart.failed],
                        "findings": [finding_dict(finding) for finding in smart.findings],
                    }
                    for goal, smart in entry["goals"]
                ],
            }
            for entry in files
        ],
    }


def _check_text(files: list[dict[str, Any]], today: datetime.date) -> str:
    lines: list[str] = []
    total = smart_total = unreadable = 0
    for entry in files:
        if entry["error"] is not None:
            unreadable += 1
            lines.append(f"{entry['path']}: cannot load (see stderr)")
            continue
        goals: list[tuple[Goal, SmartReport]] = entry["goals"]
        passed = sum(1 for _, smart in goals if smart.passed)
        total += len(goals)
        smart_total += passed
        lines.append(f"{entry['path']}: {passed} of {_plural(len(goals), 'goal')} SMART")
        for goal, smart in goals:
            if smart.passed:
                continue
            failed = ", ".join(criterion.value for criterion in smart.failed)
            lines.append(f"  NOT SMART  {goal.id}  {_short(goal.title)}  (failed: {failed})")
            for finding in smart.findings:
                where = f" at {finding.path}" if finding.path else ""
                lines.append(
                    f"    {finding.severity.value:<7} {finding.criterion.value}/{finding.code}"
                    f"{where}: {finding.message}"
                )
                if finding.hint:
                    lines.append(f"            hint: {finding.hint}")
    summary = f"{_plural(total, 'goal')} checked as of {today.isoformat()}"
    if total:
        summary += ": all SMART" if smart_total == total else f": {total - smart_total} not SMART"
    if unreadable:
        summary += f"; {_plural(unreadable, 'file')} could not be loaded"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _schema(args: argparse.Namespace, stdout: TextIO) -> int:
    _write(json.dumps(json_schema(), indent=2) + "\n", None, stdout)
    return EXIT_OK


def _new(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.list:
        width = max(len(template.name) for template in templates())
        lines = [
            f"{template.name:<{width}}  {template.title}: {template.summary}"
            for template in templates()
        ]
        _write("\n".join(lines) + "\n", None, stdout)
        return EXIT_OK
    names = [template.name for template in templates()]
    if args.template not in names:
        raise CommandError(
            f"no template named {excerpt(args.template)}; choose one of {', '.join(names)}"
        )
    plan = scaffold(
        args.template,
        start=args.start or datetime.date.today(),
        mentee=args.mentee,
        mentor=args.mentor,
    )
    output: Path | None = args.output
    document_format = args.format or "yaml"
    if output is not None:
        if output.exists() and not args.force:
            raise CommandError(f"{output} already exists; use --force to overwrite it")
        if args.format is None:
            suffix = output.suffix.lower()
            if suffix not in {".json", ".yaml", ".yml"}:
                raise CommandError(f"{output}: name a .yaml, .yml or .json file, or use --format")
            document_format = "json" if suffix == ".json" else "yaml"
    text = to_json(plan, indent=2) + "\n" if document_format == "json" else _yaml(to_dict(plan))
    _write(text, output, stdout)
    return EXIT_OK


def _draft(args: argparse.Namespace, stdout: TextIO) -> int:
    if not args.text.strip():
        raise CommandError("TEXT is empty: write the goal as a sentence")
    try:
        goal = draft(args.text, start=args.start)
    except (GoalkitError, ValueError) as error:
        raise CommandError(f"cannot draft a goal from that sentence: {error}") from None
    smart = assess(goal, today=args.start)
    if args.format == "json":
        document = {"goal": to_dict(goal), "smart": _smart_document(smart)}
        _write(_dumps(document, stdout), None, stdout)
        return EXIT_OK
    text = _yaml(to_dict(goal))
    _write(text + _smart_comment(smart), None, stdout)
    return EXIT_OK


def _smart_document(smart: SmartReport) -> dict[str, Any]:
    return {
        "passed": smart.passed,
        "score": smart.score,
        "failed": [criterion.value for criterion in smart.failed],
        "findings": [finding_dict(finding) for finding in smart.findings],
    }


def _smart_comment(smart: SmartReport) -> str:
    # YAML comments keep the output a valid goal document while showing the verdict.
    if smart.passed:
        lines = ["SMART: passed all five criteria"]
    else:
        failed = ", ".join(criterion.value for criterion in smart.failed)
        lines = [f"SMART: not yet ({failed})"]
    for finding in smart.findings:
        lines.append(
            f"  {finding.severity.value} {finding.criterion.value}/{finding.code}: "
            f"{finding.message}"
        )
        if finding.hint:
            lines.append(f"    hint: {finding.hint}")
    return "".join(f"# {line}\n" for line in lines)


# ------------------------------------------------------------------ main


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
    except CommandError as error:
        _fail(stderr, prog, str(error))
    except GoalkitError as error:
        _fail(stderr, prog, str(error))
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a message.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        _fail(stderr, prog, "interrupted")
    except Exception as error:  # the contract: never a traceback
        if os.environ.get("GOALKIT_DEBUG"):
            raise
        _fail(
            stderr,
            prog,
            f"unexpected {type(error).__name__}: {excerpt(str(error), 200)} "
            "(please report this; GOALKIT_DEBUG=1 shows the traceback)",
        )
    return EXIT_ERROR


def _fail(stderr: TextIO, prog: str, message: str) -> None:
    # One line, whatever the message holds.
    stderr.write(f"{prog}: error: {' '.join(message.split())}\n")
    stderr.flush()


def _silence_stdout() -> None:
    # Point stdout at devnull so the interpreter's final flush does not raise again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
