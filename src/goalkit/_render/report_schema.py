"""The JSON Schema (Draft 2020-12) of the JSON report, written beside the report's shape.

`goalkit._render.json.report_dict` writes the report; this module describes
the same shape, key by key, for front ends and other programs that read
`goalkit report --format json` or `PlanReport.to_json()`. A test checks
real reports (the example plan's, and generated plans') against it, and
that it names every key the report writes. Keys are always present, so
each object lists all of its keys as required; new keys may be added
within a `report_version`, so objects allow keys they do not name.
"""

from __future__ import annotations

from typing import Any, Final

from goalkit._model import Ambition, GoalKind, GoalStatus, Horizon
from goalkit._progress import Health
from goalkit._render.json import AGENDA_VERSION, REPORT_VERSION
from goalkit._rhythm import AgendaKind
from goalkit._schedule import CadenceUnit
from goalkit._smart import Criterion, Severity

__all__ = ["REPORT_SCHEMA_ID", "report_json_schema"]

#: Where the published report schema lives.
REPORT_SCHEMA_ID: Final = "https://goalkit.readthedocs.io/en/latest/schema/report.schema.json"

_DATE: Final = {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_SHARE: Final = {"type": "number", "minimum": 0, "maximum": 1}
_TEXT: Final = {"type": "string"}
_COUNT: Final = {"type": "integer", "minimum": 0}
_NAME: Final = {"type": ["string", "null"]}


def _null_or(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _enum(kind: Any) -> dict[str, Any]:
    return {"type": "string", "enum": [member.value for member in kind]}


def _object(description: str, **properties: tuple[dict[str, Any], str]) -> dict[str, Any]:
    """An object whose every key is required; each property is (schema, description)."""
    return {
        "type": "object",
        "description": description,
        "properties": {
            name: {"description": meaning, **schema}
            for name, (schema, meaning) in properties.items()
        },
        "required": list(properties),
    }


def _progress() -> dict[str, Any]:
    part = _object(
        "One thing the progress was computed from.",
        id=(_TEXT, "The key result's, milestone's or child goal's id."),
        title=(_TEXT, "Its title."),
        kind=(
            {"type": "string", "enum": ["key_result", "milestone", "goal"]},
            "What it is: key_result, milestone or goal (a child goal).",
        ),
        weight=({"type": "number", "minimum": 0}, "Its weight in the mean."),
        value=(_SHARE, "Its own progress, 0 to 1."),
    )
    return _object(
        "Progress as of the report's day.",
        value=(_null_or(_SHARE), "Progress, 0 to 1; null when there is nothing to measure."),
        expected=(
            _null_or(_SHARE),
            "The share of the start-to-due span elapsed, 0 to 1; null without both dates.",
        ),
        health=(_enum(Health), "How the progress compares with the time elapsed."),
        forecast=(
            _null_or(_DATE),
            "Projected completion from the check-in trend (the day achieved, once achieved).",
        ),
        parts=({"type": "array", "items": part}, "What the value was computed from."),
        last_activity=(
            _null_or(_DATE),
            "The last day anything was recorded (a check-in, a milestone done, a review, a "
            "revision); null when nothing has been since the start.",
        ),
        stale=(
            {"type": "boolean"},
            "True when nothing was recorded for longer than the policy's stale_after_days: "
            "silence is never on track.",
        ),
    )


def _verdict() -> dict[str, Any]:
    finding = _object(
        "One thing the SMART assessment found.",
        criterion=(
            _TEXT,
            "The criterion: specific, measurable, achievable, relevant, "
            "time_bound, or a custom framework's.",
        ),
        code=(_TEXT, "The finding's stable code, such as 'T-NO-DEADLINE'."),
        severity=(_enum(Severity), "error (the criterion fails), warning or info."),
        message=(_TEXT, "What was found, in a sentence."),
        hint=(_TEXT, "How to fix it; empty when there is no hint."),
        path=(_TEXT, "Where in the goal, such as 'key_results[0].due'; empty for the goal."),
    )
    return _object(
        "The goal's verdict as of the report's day, by the framework the plan is judged by.",
        framework=(_TEXT, "The framework the goal was judged by, such as 'smart'."),
        passed=({"type": "boolean"}, "Whether every criterion passed."),
        score=(_SHARE, "The share of criteria passed, 0 to 1."),
        failed=(
            {"type": "array", "items": _TEXT},
            "The failed criteria, such as " + ", ".join(c.value for c in Criterion) + ".",
        ),
        findings=({"type": "array", "items": finding}, "Every finding, errors first."),
    )


def _next_milestone() -> dict[str, Any]:
    return _object(
        "The first milestone not completed by the report's day.",
        id=(_TEXT, "The milestone's id."),
        title=(_TEXT, "Its title."),
        due=(_null_or(_DATE), "Its due date."),
    )


def _last_check_in() -> dict[str, Any]:
    return _object(
        "The latest check-in on or before the report's day.",
        on=(_DATE, "Its day."),
        key_result_id=(_TEXT, "The key result's id."),
        key_result=(_TEXT, "The key result's title."),
        value=({"type": "number"}, "The value checked in."),
        unit=(_TEXT, "The key result's unit."),
        confidence=(
            _null_or({"type": "integer", "minimum": 0, "maximum": 10}),
            "Confidence 0 to 10, or null.",
        ),
        note=(_TEXT, "The check-in's note."),
    )


def _goal() -> dict[str, Any]:
    person_text = _null_or(_TEXT)
    return _object(
        "One goal of the plan, in tree order: each parent before its children.",
        id=(_TEXT, "The goal's id."),
        number=({"type": "string", "pattern": r"^[0-9]+(\.[0-9]+)*$"}, "Outline number: 1.2.1."),
        title=(_TEXT, "The goal statement."),
        parent_id=(person_text, "The parent goal's id; null for a top-level goal."),
        depth=({"type": "integer", "minimum": 0}, "0 for a top-level goal, 1 for its children."),
        kind=(_enum(GoalKind), "performance, learning or development."),
        horizon=(_null_or(_enum(Horizon)), "short_term, long_term, or null without both dates."),
        status=(_enum(GoalStatus), "The goal's status as of the report's day."),
        owner_id=(person_text, "The owner as stored."),
        owner=(person_text, "The owner as shown: a person's name when the owner is their id."),
        start=(_null_or(_DATE), "The goal's start date."),
        due=(_null_or(_DATE), "The goal's due date."),
        progress=(_progress(), "The goal's progress, its child goals included."),
        next_milestone=(
            _null_or(_next_milestone()),
            "The next milestone; null when none is open.",
        ),
        last_check_in=(_null_or(_last_check_in()), "The latest check-in; null when there is none."),
        smart=(_verdict(), "The SMART verdict."),
        ambition=(
            _enum(Ambition),
            "committed, or aspirational (a stretch goal: most of the target counts as success).",
        ),
    )


def _agenda() -> dict[str, Any]:
    return _object(
        "What to do next as of the report's day, most urgent first (goalkit.agenda).",
        agenda_version=({"const": AGENDA_VERSION}, "The agenda shape's version."),
        today=(_DATE, "The day the agenda is for: as_of."),
        items=(
            {
                "type": "array",
                "items": _object(
                    "One thing to do.",
                    kind=(_enum(AgendaKind), "What the item asks for."),
                    person=(_TEXT, "The id of who should act."),
                    goal_id=(_null_or(_TEXT), "The goal concerned; null for the plan."),
                    subject_id=(
                        _TEXT,
                        "The key result, milestone, goal or plan concerned.",
                    ),
                    due=(_null_or(_DATE), "When it is or was due; null if no date."),
                    message=(_TEXT, "What is wrong or due, in a sentence."),
                    hint=(_TEXT, "What to do about it."),
                ),
            },
            "The items, most urgent first.",
        ),
    )


def report_json_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of the JSON report (`goalkit report --format json`).

    Published as ``schema/report.schema.json``; `goalkit schema --for report`
    prints it.

    Examples:
        >>> import datetime, jsonschema, goalkit
        >>> schema = goalkit.report_json_schema()
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> jsonschema.Draft202012Validator(schema).is_valid(report.to_dict())
        True
        >>> schema["properties"]["report_version"]["const"]
        1
    """
    person = _object(
        "A person.", id=(_TEXT, "The person's id."), name=(_TEXT, "The person's name.")
    )
    cadence = _object(
        "The review rhythm.",
        every=({"type": "integer", "minimum": 1}, "How many units between reviews."),
        unit=(_enum(CadenceUnit), "week, month, quarter or year."),
        anchor=(_DATE, "The day of the first review."),
    )
    celebration = _object(
        "Something reached in the window.",
        on=(_DATE, "When it happened."),
        kind=(
            {"type": "string", "enum": ["milestone", "key_result", "goal"]},
            "milestone (completed), key_result (target reached) or goal (achieved).",
        ),
        goal_id=(_TEXT, "The goal's id."),
        item_id=(_TEXT, "The milestone's, key result's or goal's id."),
        title=(_TEXT, "Its title."),
        text=(_TEXT, "A sentence to show or say."),
    )
    dates = {"type": "array", "items": _DATE}
    root = _object(
        "A goalkit plan report: a plan's progress, SMART verdicts, reviews and celebrations "
        "as of one day. Keys are always present; new keys may be added within a "
        "report_version, so read the keys you know and ignore the rest.",
        report_version=({"const": REPORT_VERSION}, "The shape's version."),
        generator=(_TEXT, "The goalkit version that wrote the report."),
        as_of=(_DATE, "The day every figure is for."),
        plan=(
            _object(
                "The plan reported on.",
                id=(_TEXT, "The plan's id."),
                title=(_TEXT, "The plan's title."),
                mentee=(person, "The mentee."),
                mentor=(_null_or(person), "The mentor, or null."),
                cadence=(_null_or(cadence), "The review rhythm, or null."),
            ),
            "The plan reported on.",
        ),
        overall=(_progress(), "The plan as a whole: the weighted mean of its top-level goals."),
        summary=(
            _object(
                "Counts over the plan's goals.",
                goals=(_COUNT, "How many goals."),
                smart=(_COUNT, "How many pass their framework (SMART unless 'framework' says)."),
                framework=(_NAME, "The framework all goals were judged by; null: each its own."),
                health=(
                    {
                        "type": "object",
                        "propertyNames": _enum(Health),
                        "additionalProperties": {"type": "integer", "minimum": 1},
                    },
                    "Goals per health value, only the values that occur.",
                ),
            ),
            "Counts over the plan's goals.",
        ),
        goals=({"type": "array", "items": _goal()}, "Every goal, in the plan's tree order."),
        reviews=(
            _object(
                "Review dates from the plan's cadence.",
                upcoming=(dates, "The next three dates of the cadence after as_of."),
                overdue=(dates, "Cadence dates up to as_of with no review held since."),
            ),
            "Review dates from the plan's cadence.",
        ),
        celebrations=(
            _object(
                "What was reached in the window before as_of.",
                since=(_DATE, "The window's first day."),
                until=(_DATE, "The window's last day: as_of."),
                items=({"type": "array", "items": celebration}, "What was reached."),
            ),
            "What was reached recently.",
        ),
        agenda=(_agenda(), "The agenda of the plan on the report's day."),
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": REPORT_SCHEMA_ID,
        "title": "goalkit report",
        **root,
    }
