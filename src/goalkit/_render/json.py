"""The one JSON shape of a report, a goal line, a SMART verdict and a finding.

`goalkit report --format json`, `PlanReport.to_dict`/`to_json`, `goalkit
check --format json` and `goalkit draft --format json` all write these
dicts, so a program reads a finding or a verdict the same way wherever it
came from. The report's shape is documented in `docs/reference/report.md`;
`REPORT_VERSION` changes when it changes incompatibly.

JSON text is written by `json_text`, which escapes the few characters that
are valid in JSON but unsafe to print to a terminal (DEL, C1 controls,
bidirectional overrides, line separators): the data is unchanged, only its
spelling.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any, Final

from goalkit._model import Person
from goalkit._programme import ProgrammeFigures, ProgrammeReport
from goalkit._progress import Celebration, Progress
from goalkit._report import GoalLine, PlanReport
from goalkit._rhythm import Agenda
from goalkit._smart import Finding, SmartReport
from goalkit._version import __version__

__all__ = [
    "PROGRAMME_VERSION",
    "REPORT_VERSION",
    "agenda_dict",
    "figures_dict",
    "finding_dict",
    "goal_dict",
    "json_text",
    "programme_dict",
    "progress_dict",
    "render_json",
    "render_programme_json",
    "report_dict",
    "verdict_dict",
]

#: Version of the JSON report shape (`report_dict`); bumped on any incompatible change.
REPORT_VERSION: Final = 1

#: Version of the JSON programme shape (`programme_dict`); bumped on any incompatible change.
PROGRAMME_VERSION: Final = 1

# Valid in JSON strings, but a terminal would act on them or show text out of order.
_UNSAFE: Final = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_text(document: Any, *, indent: int | None = 2, ensure_ascii: bool = False) -> str:
    """*document* as JSON text, safe to print: every character a terminal acts on is escaped.

    Examples:
        >>> json_text({"title": "evil\\u202etxt.exe"}, indent=None)
        '{"title": "evil\\\\u202etxt.exe"}'
    """
    text = json.dumps(document, indent=indent, ensure_ascii=ensure_ascii)
    if text.isascii():  # ensure_ascii, or nothing beyond ASCII to look at
        return text
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def render_json(report: PlanReport, *, indent: int | None = 2) -> str:
    """The report as JSON text: `report_dict`, written by `json_text`.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> render_json(report, indent=None)[:24]
        '{"report_version": 1, "g'
    """
    return json_text(report_dict(report), indent=indent)


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A SMART finding as JSON data.

    Examples:
        >>> from goalkit import Criterion, Finding, Severity
        >>> finding_dict(Finding(criterion=Criterion.TIME_BOUND, code="T-NO-DEADLINE",
        ...                      severity=Severity.ERROR, message="No deadline."))["code"]
        'T-NO-DEADLINE'
    """
    return {
        "criterion": finding.criterion.value,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "hint": finding.hint,
        "path": finding.path,
    }


def verdict_dict(report: SmartReport) -> dict[str, Any]:
    """A verdict as JSON data: the framework, passed, score, the failed criteria, every finding.

    Examples:
        >>> import datetime, goalkit
        >>> verdict = verdict_dict(goalkit.assess(goalkit.Goal(title="Improve my skills"),
        ...                                       as_of=datetime.date(2027, 1, 1)))
        >>> verdict["framework"], verdict["passed"], verdict["failed"][:2]
        ('smart', False, ['specific', 'measurable'])
    """
    return {
        "framework": report.framework,
        "passed": report.passed,
        "score": report.score,
        "failed": [criterion.value for criterion in report.failed],
        "findings": [finding_dict(finding) for finding in report.findings],
    }


def progress_dict(result: Progress) -> dict[str, Any]:
    """A `Progress` as JSON data, with the parts it was computed from.

    Examples:
        >>> import datetime, goalkit
        >>> result = goalkit.progress(goalkit.KeyResult(title="Talks", target=4),
        ...                           as_of=datetime.date(2027, 1, 1))
        >>> data = progress_dict(result)
        >>> data["value"], data["health"], data["last_activity"], data["stale"], data["parts"]
        (0.0, 'unknown', None, False, [])
    """
    return {
        "value": result.value,
        "expected": result.expected,
        "health": result.health.value,
        "forecast": _date(result.forecast),
        "last_activity": _date(result.last_activity),
        "stale": result.stale,
        "parts": [
            _attributes(part, "id", "title", "kind", "weight", "value") for part in result.parts
        ],
    }


def goal_dict(line: GoalLine) -> dict[str, Any]:
    """A goal's entry of the JSON report.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> goal_dict(report.goals[0])["horizon"]
        'long_term'
    """
    goal = line.goal
    horizon = goal.horizon
    milestone = line.next_milestone
    check_in: dict[str, Any] | None = None
    if line.last_check_in is not None:
        key_result, entry = line.last_check_in
        check_in = {
            "on": entry.on.isoformat(),
            "key_result_id": key_result.id,
            "key_result": key_result.title,
            "value": entry.value,
            "unit": key_result.unit,
            "confidence": entry.confidence,
            "note": entry.note,
        }
    return {
        "id": goal.id,
        "number": line.number,
        "title": goal.title,
        "parent_id": goal.parent_id,
        "depth": line.depth,
        "kind": goal.kind.value,
        "ambition": goal.ambition.value,
        "horizon": None if horizon is None else horizon.value,
        "status": goal.status_on(line.progress.as_of).value,
        "owner_id": goal.owner,
        "owner": line.owner,
        "start": _date(goal.start),
        "due": _date(goal.due),
        "progress": progress_dict(line.progress),
        "next_milestone": None
        if milestone is None
        else {"id": milestone.id, "title": milestone.title, "due": _date(milestone.due)},
        "last_check_in": check_in,
        "smart": verdict_dict(line.smart),
    }


def report_dict(report: PlanReport) -> dict[str, Any]:
    """The JSON twin of a report: plain dicts, lists, strings, numbers and None.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> data = report_dict(report)
        >>> data["as_of"], data["summary"]["health"]
        ('2026-11-13', {'on_track': 3, 'at_risk': 1, 'achieved': 1})
    """
    plan = report.plan
    cadence = plan.cadence
    return {
        "report_version": REPORT_VERSION,
        "generator": f"goalkit {__version__}",
        "as_of": report.as_of.isoformat(),
        "plan": {
            "id": plan.id,
            "title": plan.title,
            "mentee": _person_dict(plan.mentee),
            "mentor": None if plan.mentor is None else _person_dict(plan.mentor),
            "cadence": None
            if cadence is None
            else {
                "every": cadence.every,
                "unit": cadence.unit.value,
                "anchor": cadence.anchor.isoformat(),
            },
        },
        "overall": progress_dict(report.overall),
        "summary": {
            "goals": len(report.goals),
            "smart": report.smart_count,
            "framework": report.framework,
            "health": {health.value: count for health, count in report.health_counts.items()},
        },
        "goals": [goal_dict(line) for line in report.goals],
        "reviews": {
            "upcoming": [day.isoformat() for day in report.upcoming_reviews],
            "overdue": [day.isoformat() for day in report.overdue_reviews],
        },
        "celebrations": {
            "since": report.since.isoformat(),
            "until": report.as_of.isoformat(),
            "items": [_celebration_dict(item) for item in report.celebrations],
        },
        "agenda": agenda_dict(report.agenda),
    }


def _date(day: datetime.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _person_dict(person: Person) -> dict[str, Any]:
    return _attributes(person, "id", "name")


def _attributes(value: object, *names: str) -> dict[str, Any]:
    """The attributes *names* of *value* under their own names, in that order.

    Examples:
        >>> from goalkit import Person
        >>> _attributes(Person(name="Ana", id="ana"), "id", "name")
        {'id': 'ana', 'name': 'Ana'}
    """
    return {name: getattr(value, name) for name in names}


def _celebration_dict(item: Celebration) -> dict[str, Any]:
    return {
        "on": item.on.isoformat(),
        **_attributes(item, "kind", "goal_id", "item_id", "title", "text"),
    }


def figures_dict(figures: ProgrammeFigures) -> dict[str, Any]:
    """A programme's (or one mentor's) figures as JSON data: the shares and the counts behind them.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> figures_dict(report.overall)["counts"]["judged_goals"]
        4
    """
    return {
        **_attributes(figures, "plans", "goals", "achieved_share", "on_track_share"),
        "stalled_plans": list(figures.stalled_plans),
        **_attributes(figures, "review_adherence", "smart_pass_rate"),
        "counts": _attributes(
            figures,
            "achieved_goals",
            "counted_goals",
            "on_track_goals",
            "judged_goals",
            "smart_goals",
            "reviews_held",
            "reviews_due",
        ),
    }


def programme_dict(report: ProgrammeReport) -> dict[str, Any]:
    """The JSON twin of a programme report: the figures overall, by mentor, and what was skipped.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> data = programme_dict(report)
        >>> data["programme_version"], data["overall"]["on_track_share"]
        (1, 0.75)
        >>> data["by_mentor"][0]["mentor_id"], data["by_mentor"][0]["mentor"]
        ('sam', 'Sam Okafor')
    """
    return {
        "programme_version": PROGRAMME_VERSION,
        "generator": f"goalkit {__version__}",
        "as_of": report.as_of.isoformat(),
        "overall": figures_dict(report.overall),
        "by_mentor": [
            {
                "mentor_id": mentor,
                "mentor": None if mentor is None else report.mentor_names.get(mentor),
                **figures_dict(figures),
            }
            for mentor, figures in report.by_mentor.items()
        ],
        "skipped": [
            {"source": item.source, "problems": list(item.problems)} for item in report.skipped
        ],
    }


def render_programme_json(report: ProgrammeReport, *, indent: int | None = 2) -> str:
    """The programme report as JSON text: `programme_dict`, written by `json_text`.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.programme([goalkit.example_plan()], as_of=datetime.date(2026, 11, 18))
        >>> render_programme_json(report, indent=None)[:25]
        '{"programme_version": 1, '
    """
    return json_text(programme_dict(report), indent=indent)


#: The JSON agenda shape's version: bump it when the shape changes incompatibly.
AGENDA_VERSION: Final = 1


def agenda_dict(agenda: Agenda) -> dict[str, Any]:
    """The agenda as JSON data: the day and each item's fields, dates as ISO text.

    Examples:
        >>> import datetime, goalkit
        >>> data = agenda_dict(goalkit.agenda(goalkit.example_plan(),
        ...                                   today=datetime.date(2026, 11, 18)))
        >>> data["today"], sorted(data["items"][0])
        ('2026-11-18', ['due', 'goal_id', 'hint', 'kind', 'message', 'person', 'subject_id'])
    """
    return {
        "agenda_version": AGENDA_VERSION,
        "today": agenda.today.isoformat(),
        "items": [
            {
                "kind": item.kind.value,
                "person": item.person,
                "goal_id": item.goal_id,
                "subject_id": item.subject_id,
                "due": None if item.due is None else item.due.isoformat(),
                "message": item.message,
                "hint": item.hint,
            }
            for item in agenda
        ],
    }
