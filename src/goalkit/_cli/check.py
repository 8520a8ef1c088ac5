"""`goalkit check`: load plan files and check that every goal is SMART (for CI).

Exit 0 when every goal passes, 1 when some goal does not, 2 when a file
cannot be read or loaded (the other files are still checked and reported).
The day of the assessment is `--as-of` (`--today` is its old name, kept
working and hidden from the option list). `--framework` chooses what the
goals are judged by: `smart` (the default), `real`, `okr`, or `auto`, the
choice of `goalkit.framework_for` for each goal (REAL for development and
learning goals, SMART for the rest). `--learned-specific` chooses how
Specific is read: `on` (the default, `SmartPolicy()`'s), `off` (the rules
alone) or `alone` (the learned reading decides); `--learned-measurable on`
lets a learned reading of Measurable stand beside its rules (off by default).
"""

from __future__ import annotations

import argparse
import datetime
from typing import Any, TextIO

import attrs

from goalkit._cli.args import (
    PLAN_FILES,
    add_format,
    add_framework,
    add_learned_measurable,
    add_learned_specific,
    add_subcommand,
    chosen_framework,
    chosen_policy,
    completes,
    iso_date,
)
from goalkit._cli.io import (
    STDIN,
    CommandError,
    ExitCode,
    json_output,
    load_plan,
    shown_path,
    shown_source,
    write,
)
from goalkit._model import Goal
from goalkit._render.format import plural, shorten, terminal_text
from goalkit._render.json import verdict_dict
from goalkit._smart import SmartReport, assess_plan

__all__ = ["add_parser", "run"]


@attrs.frozen
class _Checked:
    """One file's outcome: its goals with their verdicts, or why it could not be loaded."""

    path: str
    error: str | None
    goals: tuple[tuple[Goal, SmartReport], ...] = ()


def add_parser(commands: Any) -> None:
    """Add `goalkit check` to *commands*."""
    check = add_subcommand(commands, "check")
    completes(
        check.add_argument(
            "paths", nargs="+", metavar="PATH", help="plan files to check (- for standard input)"
        ),
        PLAN_FILES,
    )
    check.add_argument(
        "--as-of",
        type=iso_date,
        metavar="DATE",
        help="the day to assess on, for reproducible CI (default: today)",
    )
    # The old name: same destination, same parsing, not listed.
    check.add_argument("--today", dest="as_of", type=iso_date, help=argparse.SUPPRESS)
    add_framework(check)
    add_learned_specific(check)
    add_learned_measurable(check)
    add_format(check, ("text", "json"), "text for people (default), json for programs", "text")
    check.set_defaults(handler=run)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """Assess every goal of every file; print the verdicts; exit 0, 1 or 2."""
    as_of: datetime.date = args.as_of or datetime.date.today()
    if args.paths.count(STDIN) > 1:
        raise CommandError("- (standard input) can be checked only once")
    files: list[_Checked] = []
    for path in args.paths:
        try:
            plan = load_plan(path)
        except CommandError as error:
            files.append(_Checked(shown_source(path), str(error)))
            continue
        reports = assess_plan(
            plan,
            as_of=as_of,
            framework=chosen_framework(args.framework),
            policy=chosen_policy(args.learned_specific, args.learned_measurable),
        )
        files.append(
            _Checked(
                shown_source(path), None, tuple((goal, reports[goal.id]) for _, goal in plan.walk())
            )
        )
    errors = [entry.error for entry in files if entry.error is not None]
    all_smart = all(smart.passed for entry in files for _, smart in entry.goals)
    code = ExitCode.ERROR if errors else ExitCode.OK if all_smart else ExitCode.NOT_SMART
    if args.format == "json":
        document = _document(files, as_of, code)
        write(json_output({"framework": args.framework, **document}, stdout), None, stdout)
    else:
        write(_text(files, as_of, args.framework), None, stdout)
    if errors:
        # One line on stderr says why the run failed: the first file that could not load.
        extra = f" (and {len(errors) - 1} more files)" if len(errors) > 1 else ""
        raise CommandError(errors[0] + extra)
    return code


def _document(files: list[_Checked], as_of: datetime.date, code: int) -> dict[str, Any]:
    # "today" is the key's documented name, from before --as-of.
    return {
        "today": as_of.isoformat(),
        "exit_code": code,
        "files": [
            {
                "path": entry.path,
                "error": entry.error,
                "goals": [
                    {"id": goal.id, "title": goal.title, **verdict_dict(smart)}
                    for goal, smart in entry.goals
                ],
            }
            for entry in files
        ],
    }


def _text(files: list[_Checked], as_of: datetime.date, framework: str = "smart") -> str:
    # "SMART", "REAL", "OKR"; with "auto", each goal is judged by its own framework.
    name = "passing" if framework == "auto" else framework.upper()
    lines: list[str] = []
    total = smart_total = unreadable = 0
    for entry in files:
        path = terminal_text(shown_path(entry.path))
        if entry.error is not None:
            unreadable += 1
            lines.append(f"{path}: cannot load (see stderr)")
            continue
        passed = sum(1 for _, smart in entry.goals if smart.passed)
        total += len(entry.goals)
        smart_total += passed
        lines.append(f"{path}: {passed} of {plural(len(entry.goals), 'goal')} {name}")
        for goal, smart in entry.goals:
            if not smart.passed:
                lines += _not_smart(goal, smart)
    summary = f"{plural(total, 'goal')} checked as of {as_of.isoformat()}"
    if framework != "smart":
        summary = summary.replace(" checked", f" checked with {framework.upper()}", 1)
    if total:
        failing = "not passing" if framework == "auto" else f"not {name}"
        summary += f": all {name}" if smart_total == total else f": {total - smart_total} {failing}"
    if unreadable:
        summary += f"; {plural(unreadable, 'file')} could not be loaded"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def _not_smart(goal: Goal, smart: SmartReport) -> list[str]:
    failed = ", ".join(criterion.value for criterion in smart.failed)
    title = terminal_text(shorten(goal.title))
    framework = terminal_text(smart.framework.upper())  # a framework of your own names itself
    lines = [f"  NOT {framework}  {terminal_text(goal.id)}  {title}  (failed: {failed})"]
    for finding in smart.findings:
        where = f" at {terminal_text(finding.path)}" if finding.path else ""
        lines.append(
            f"    {finding.severity.value:<7} {finding.criterion.value}/{finding.code}"
            f"{where}: {terminal_text(finding.message)}"
        )
        if finding.hint:
            lines.append(f"            hint: {terminal_text(finding.hint)}")
    return lines
