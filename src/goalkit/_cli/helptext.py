"""What `goalkit COMMAND --help` says of each command, and `goalkit --help` of all.

The command line's prose in one table, in the order `goalkit --help` lists
the commands: each command's one-line summary, the paragraph that opens its
help, its examples and notes. Each subcommand module adds its parser with
`add_subcommand(commands, name)`, which reads the command's row here; the
options' own help stays beside each option, in the command's module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from goalkit._templates import templates

__all__ = ["HELP", "CommandHelp"]


@attrs.frozen(kw_only=True)
class CommandHelp:
    """What the help says of one subcommand.

    Attributes:
        name: The subcommand, as typed.
        summary: Its line in `goalkit --help`.
        description: The paragraph that opens `goalkit NAME --help`.
        examples: Command lines, one a line, shown under "examples:".
        notes: A paragraph after the examples (such as an option's old name), or "".

    Examples:
        >>> HELP["schema"].name, HELP["schema"].summary.split(" ")[0]
        ('schema', 'print')
    """

    name: str
    summary: str
    description: str
    examples: str
    notes: str = ""


_TEMPLATE_NAMES: Final = ", ".join(template.name for template in templates())

#: Each subcommand's help, by name, in the order `goalkit --help` lists them.
HELP: Final[Mapping[str, CommandHelp]] = {
    about.name: about
    for about in (
        CommandHelp(
            name="report",
            summary="show a plan's progress, health, forecasts and SMART verdicts",
            description=(
                "Report a goal plan's progress: per goal, in the plan's tree order, its kind,\n"
                "horizon, owner, a progress bar with the value and the expected share, health,\n"
                "forecast, next milestone, last check-in and SMART verdict; then the upcoming\n"
                "reviews and recent celebrations."
            ),
            examples=(
                "goalkit report --example\n"
                "goalkit report plan.yaml --as-of 2026-11-18\n"
                "goalkit report plan.yaml --framework auto\n"
                "cat plan.yaml | goalkit report - --width 80\n"
                "goalkit report plan.yaml --format html -o report.html\n"
                "goalkit report plan.json --format json | jq '.goals[].progress.health'"
            ),
        ),
        CommandHelp(
            name="agenda",
            summary="list what mentee and mentor should do now, most urgent first",
            description=(
                "List the actions due on a day, grouped by person, most urgent first: goals\n"
                "past due, overdue milestones, reviews the cadence asks for, goals nobody has\n"
                "touched, confident check-ins that do not move, drafts waiting for an\n"
                "agreement, check-ins owed, milestones due soon and wins to celebrate."
            ),
            examples=(
                "goalkit agenda --example\n"
                "goalkit agenda plan.yaml --today 2027-02-14 --for ana\n"
                "goalkit agenda plan.json --format json | jq '.items[].message'"
            ),
        ),
        CommandHelp(
            name="check",
            summary="load plan files and check that every goal is SMART (for CI)",
            description=(
                "Load every file and assess every goal against the SMART criteria (or REAL's\n"
                "or OKR's, with --framework). Exit 0 when all goals pass, 1 when some do not\n"
                "(each finding is printed with its goal, criterion, code, message and hint),\n"
                "2 when a file cannot be read or loaded."
            ),
            examples=(
                "goalkit check plan.yaml\n"
                "goalkit check goals/*.yaml --as-of 2026-11-18\n"
                "goalkit check plan.yaml --framework auto\n"
                "goalkit check plan.json --format json\n"
                "curl -s https://example.org/plan.json | goalkit check -"
            ),
            notes="--today: old name of --as-of",
        ),
        CommandHelp(
            name="programme",
            summary=(
                "a programme's figures from many plan files: pairs, goals, health, reviews, SMART"
            ),
            description=(
                "Report on a mentoring programme from its plan files: how many pairs and goals,\n"
                "the share of goals achieved and on track, the stalled pairs, whether reviews\n"
                "keep their cadence, the SMART pass rate, and the same by mentor. PATH is a plan\n"
                "file or a directory searched for *.json, *.yaml and *.yml files at any depth.\n"
                "A file that cannot be loaded is named on stderr and the others are still\n"
                "counted; the exit code is then 2."
            ),
            examples=(
                "goalkit programme plans/ --as-of 2027-03-01\n"
                "goalkit programme plans/ --format html -o programme.html\n"
                "goalkit programme plans/ --workers 2 --format json | jq .overall"
            ),
        ),
        CommandHelp(
            name="schema",
            summary="print the JSON Schema of plan or goal documents, or of the JSON report",
            description=(
                "Print a JSON Schema (Draft 2020-12): of plan documents (the default), of one "
                "goal (what an app's API takes), or of `goalkit report --format json`."
            ),
            examples=(
                "goalkit schema > goal-plan.schema.json\n"
                "goalkit schema --for goal > goal.schema.json\n"
                "goalkit schema --for report > report.schema.json"
            ),
            notes=(
                "Rules between fields (due on or after start, unique ids, parents that exist) "
                "cannot be said in JSON Schema: each schema's description lists them, and "
                "goalkit checks them when it loads a document."
            ),
        ),
        CommandHelp(
            name="new",
            summary="write a plan scaffold from a template",
            description=(
                "Write a new plan from a template of typical mentoring goals, ready to edit.\n"
                f"Templates: {_TEMPLATE_NAMES}."
            ),
            examples=(
                "goalkit new --list\n"
                "goalkit new -o plan.yaml\n"
                "goalkit new --template networking --mentee 'Ana Diaz' "
                "--start 2027-01-04 -o plan.json"
            ),
        ),
        CommandHelp(
            name="draft",
            summary="draft a goal from a sentence, with its SMART verdict",
            description=(
                "Draft a goal from a sentence: the time frame sets the due date and the\n"
                "numbers become key results. Prints the goal and its SMART verdict."
            ),
            examples=(
                "goalkit draft 'Improve networking skills within six months by attending four "
                "industry-specific events' --start 2027-01-04\n"
                "goalkit draft 'Give five presentations in the next three months' "
                "--start 2027-01-04 --format json"
            ),
        ),
        CommandHelp(
            name="close",
            summary="close a plan: record the end and each goal's outcome",
            description=(
                "Close a mentoring plan on a day: record the closing day and notes, and set\n"
                "each goal's outcome from its progress that day (achieved, partial from 70%,\n"
                "missed, dropped). A closed plan refuses new check-ins; carry its unfinished\n"
                "goals on with 'goalkit follow-up'."
            ),
            examples=(
                "goalkit close plan.yaml --on 2027-06-30 -o plan.yaml\n"
                "goalkit close plan.json --on 2027-06-30 "
                "--notes 'Ana leads the team' -o closed.json"
            ),
        ),
        CommandHelp(
            name="follow-up",
            summary="start the next plan with a closed plan's unfinished goals",
            description=(
                "Start a new plan for the same mentee from a closed plan: its partial and\n"
                "missed goals, each with a new id, starting on --on, measured from where\n"
                "they stood, as drafts to agree afresh. The mentor stays unless --no-mentor."
            ),
            examples="goalkit follow-up plan.yaml --on 2027-07-01 -o next-plan.yaml",
        ),
        CommandHelp(
            name="completion",
            summary="print a shell completion script (bash or zsh)",
            description=(
                "Print a completion script for SHELL, generated from goalkit's own parser:\n"
                "subcommands, options, choices and file names complete with Tab.\n"
                "Needs the 'completion' extra: pip install 'goalkit-mentoring[completion]'."
            ),
            examples=(
                "goalkit completion bash > ~/.local/share/bash-completion/completions/goalkit\n"
                'goalkit completion zsh > "${fpath[1]}/_goalkit"   # then: compinit\n'
                'eval "$(goalkit completion bash)"                  # this shell only'
            ),
        ),
    )
}
