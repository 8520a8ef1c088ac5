"""The one JSON shape (`goalkit._render.json`): a report, a goal, a SMART verdict, a finding."""

from __future__ import annotations

import datetime
import json

import pytest

import goalkit
from goalkit._render.json import (
    REPORT_VERSION,
    finding_dict,
    goal_dict,
    json_text,
    progress_dict,
    render_json,
    report_dict,
    verdict_dict,
)

AS_OF = datetime.date(2026, 11, 13)


@pytest.fixture(scope="module")
def report() -> goalkit.PlanReport:
    return goalkit.plan_report(goalkit.example_plan(), as_of=AS_OF)


def test_report_dict_is_the_public_twin(report):
    """`PlanReport.to_dict()` is `report_dict`, and `to_json()` parses back to it."""
    assert report.to_dict() == report_dict(report)
    assert json.loads(render_json(report)) == report_dict(report)
    assert report_dict(report)["report_version"] == REPORT_VERSION == 1
    assert [goal_dict(line) for line in report.goals] == report_dict(report)["goals"]
    assert report.goals[0].to_dict() == goal_dict(report.goals[0])


def test_the_documented_example_figures(report):
    """The reference page's example (13 November 2026) is what the report writes."""
    data = report_dict(report)
    assert data["summary"] == {
        "goals": 5,
        "smart": 5,
        "framework": "smart",
        "health": {"on_track": 3, "at_risk": 1, "achieved": 1},
    }
    presentations = next(goal for goal in data["goals"] if goal["id"] == "g-presentations")
    assert presentations["progress"]["value"] == 0.6571428571428571
    assert presentations["smart"] == {
        "framework": "smart",  # issue 10: the framework that judged it, added to version 1
        "passed": True,
        "score": 1.0,
        "failed": [],
        "findings": [],
    }
    assert presentations["last_check_in"]["note"] == "Lightning talk at the platform guild"


def test_one_verdict_shape_everywhere():
    """A goal's verdict is the same dict in the report, in `check` and in `draft`."""
    vague = goalkit.Goal(id="g-vague", title="I want to improve my skills")
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"), goals=[vague])
    smart = goalkit.assess(vague, plan=plan, as_of=AS_OF)
    verdict = verdict_dict(smart)
    # Issue 10 added "framework"; an added key keeps report_version 1.
    assert set(verdict) == {"framework", "passed", "score", "failed", "findings"}
    assert verdict["findings"] == [finding_dict(finding) for finding in smart.findings]
    assert goalkit.plan_report(plan, as_of=AS_OF).to_dict()["goals"][0]["smart"] == verdict
    assert set(verdict["findings"][0]) == {
        "criterion",
        "code",
        "severity",
        "message",
        "hint",
        "path",
    }


def test_progress_dict_lists_the_parts():
    """A progress's parts carry id, title, kind, weight and value."""
    plan = goalkit.example_plan()
    result = goalkit.progress(plan.goal("g-team-lead"), as_of=AS_OF, plan=plan)
    data = progress_dict(result)
    assert [part["id"] for part in data["parts"]] == [part.id for part in result.parts]
    assert {part["kind"] for part in data["parts"]} <= {"key_result", "milestone", "goal"}


def test_json_text_escapes_what_a_terminal_acts_on():
    """DEL, C1 controls, bidi overrides and line separators are written as \\u escapes."""
    text = json_text({"t": "a\x7fb\x9bc\u202ed\u2028e\x1bf·"}, indent=None)
    assert text == '{"t": "a\\u007fb\\u009bc\\u202ed\\u2028e\\u001bf·"}'
    assert json.loads(text) == {"t": "a\x7fb\x9bc\u202ed\u2028e\x1bf·"}
    assert json_text({"t": "·"}, ensure_ascii=True, indent=None) == '{"t": "\\u00b7"}'


def test_hostile_text_survives_exactly():
    """The JSON keeps user text exactly as typed: escaping changes the spelling, not the data."""
    title = "Ship \x1b[2J <script>alert(1)</script> \u202eevil"
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"), goals=[goalkit.Goal(title=title)])
    text = render_json(goalkit.plan_report(plan, as_of=AS_OF))
    assert "\x1b" not in text
    assert "\u202e" not in text
    assert json.loads(text)["goals"][0]["title"] == title
