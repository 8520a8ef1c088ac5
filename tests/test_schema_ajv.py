"""The published JSON Schemas in a real JavaScript validator: ajv, draft 2020-12, strict mode.

A front end validates with the published schemas before it sends a
document; goalkit's loader decides when the document arrives. This test
runs ajv (from npm, installed in tests/js by `.ci/run`) on the example
documents and a table of invalid ones, and checks it agrees with the
loader wherever JSON Schema can express the rule, and that where it cannot,
the rule is one the schema's description lists (`RULES_BEYOND_SCHEMA`).

Without node or the npm packages the test is skipped, unless
``GOALKIT_REQUIRE_AJV=1`` (as `.ci/run` sets), when it fails instead.
"""

from __future__ import annotations

import copy
import datetime
import json
import os
import pathlib
import shutil
import subprocess
from collections.abc import Callable
from typing import Any

import pytest
import yaml

import goalkit
from goalkit import (
    SCHEMA_VERSION,
    Goal,
    LoadError,
    Plan,
    from_dict,
    json_schema,
    report_json_schema,
    to_dict,
)
from goalkit._serialize.schema import rules_beyond_schema

ROOT = pathlib.Path(__file__).resolve().parent.parent
JS = ROOT / "tests" / "js"
AS_OF = datetime.date(2026, 11, 13)

SCHEMAS: dict[str, tuple[type | None, dict[str, Any]]] = {
    "plan": (Plan, json_schema(Plan)),
    "goal": (Goal, json_schema(Goal)),
    "report": (None, report_json_schema()),
}


def _ajv_missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    for package in ("ajv", "ajv-formats"):
        if not (JS / "node_modules" / package / "package.json").is_file():
            return f"the npm package {package} is not installed (run npm ci in tests/js)"
    return None


@pytest.fixture(scope="module")
def ajv() -> Callable[[list[tuple[str, Any]]], list[dict[str, Any]]]:
    """A function running ajv on (schema name, document) pairs, returning its verdicts."""
    missing = _ajv_missing()
    if missing is not None:
        if os.environ.get("GOALKIT_REQUIRE_AJV") == "1":
            pytest.fail(f"GOALKIT_REQUIRE_AJV=1 but {missing}")
        pytest.skip(missing)

    def run(cases: list[tuple[str, Any]], folder: pathlib.Path) -> list[dict[str, Any]]:
        payload = {
            "schemas": {name: schema for name, (_, schema) in SCHEMAS.items()},
            "cases": [{"schema": name, "document": document} for name, document in cases],
        }
        path = folder / "cases.json"
        path.write_text(json.dumps(payload), encoding="utf-8")
        result = subprocess.run(
            ["node", str(JS / "validate.mjs"), str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        output = json.loads(result.stdout)
        assert output["compiled"] == list(SCHEMAS), "ajv compiled every schema in strict mode"
        return output["verdicts"]  # type: ignore[no-any-return]

    return run  # type: ignore[return-value]


# --------------------------------------------------------------------- the documents


def _plan() -> dict[str, Any]:
    return to_dict(goalkit.example_plan())


def _format_page_example() -> dict[str, Any]:
    text = (ROOT / "docs" / "reference" / "document-format.md").read_text(encoding="utf-8")
    example = yaml.safe_load(text.split("```yaml\n")[1].split("```")[0])
    return to_dict(from_dict(Plan, example))


def _changed(base: Callable[[], dict[str, Any]], change: Callable[[Any], Any]) -> Any:
    document = copy.deepcopy(base())
    change(document)
    return document


def _goal() -> dict[str, Any]:
    return _plan()["goals"][1]


def _kr(d: dict[str, Any]) -> dict[str, Any]:
    return d["goals"][1]["key_results"][0]  # type: ignore[no-any-return]


#: Valid documents: (name, schema, document).
VALID: list[tuple[str, str, Callable[[], Any]]] = [
    ("the example plan", "plan", _plan),
    (
        "examples/mentorship-plan.json",
        "plan",
        lambda: json.loads((ROOT / "examples" / "mentorship-plan.json").read_text("utf-8")),
    ),
    (
        "examples/mentorship-plan.yaml",
        "plan",
        lambda: to_dict(goalkit.load(ROOT / "examples" / "mentorship-plan.yaml")),
    ),
    ("the format page's example", "plan", _format_page_example),
    ("a goal", "goal", _goal),
    ("a whole-valued confidence 7.0", "plan", lambda: _changed(_plan, _confidence(7.0))),
    ("the example report", "report", lambda: plan_report_dict(AS_OF)),
    (
        "a report before any goal started",
        "report",
        lambda: plan_report_dict(datetime.date(2026, 1, 1)),
    ),
]


def plan_report_dict(day: datetime.date) -> dict[str, Any]:
    return goalkit.plan_report(goalkit.example_plan(), as_of=day).to_dict()


def _confidence(value: Any) -> Callable[[Any], None]:
    return lambda d: _kr(d)["check_ins"][0].update(confidence=value)


def _set(**values: Any) -> Callable[[Any], None]:
    return lambda d: d["goals"][1].update(**values)


#: Invalid documents JSON Schema can refuse: (name, schema, change to a valid document).
EXPRESSIBLE: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("an unknown key at the top", "plan", lambda d: d.update(colour="red")),
    ("an unknown key in a goal", "plan", _set(colour="red")),
    ("text for a number", "plan", lambda d: _kr(d).update(target="5")),
    ("a boolean for a number", "plan", lambda d: _kr(d).update(target=True)),
    ("a number for text", "plan", _set(title=5)),
    ("a blank title", "plan", _set(title="   ")),
    ("an impossible day", "plan", _set(due="2027-02-30")),
    ("29 February in a common year", "plan", _set(due="2027-02-29")),
    ("a date not in ISO form", "plan", _set(due="31/01/2027")),
    ("a date and time", "plan", _set(due="2027-01-31T10:00:00")),
    ("an unknown status", "plan", _set(status="done")),
    ("a negative weight", "plan", _set(weight=-1)),
    ("a string for a list", "plan", _set(tags="speaking")),
    ("a blank tag", "plan", _set(tags=[" "])),
    ("a confidence of 11", "plan", _confidence(11)),
    ("a confidence of 7.5", "plan", _confidence(7.5)),
    ("a confidence as text", "plan", _confidence("7")),
    ("a rating of 6", "plan", lambda d: d["goals"][0]["reviews"][0].update(rating=6)),
    ("a target beyond ±1e15", "plan", lambda d: _kr(d).update(target=1e16)),
    ("an unknown direction", "plan", lambda d: _kr(d).update(direction="up")),
    ("no schema_version", "plan", lambda d: d.pop("schema_version")),
    ("a newer schema_version", "plan", lambda d: d.update(schema_version=SCHEMA_VERSION + 1)),
    ("no mentee", "plan", lambda d: d.pop("mentee")),
    ("an id with a surrounding space", "plan", lambda d: d["mentee"].update(id=" ana")),
    ("an empty id", "plan", _set(id="")),
    ("a goal without a title", "plan", lambda d: d.update(goals=[{"id": "g"}])),
    ("a monthly cadence every 61 months", "plan", lambda d: d["cadence"].update(every=61)),
    ("a weekly cadence every 0 weeks", "plan", lambda d: d["cadence"].update(every=0)),
    ("an unknown cadence unit", "plan", lambda d: d["cadence"].update(unit="fortnight")),
    ("a check-in without a value", "plan", lambda d: _kr(d)["check_ins"][0].pop("value")),
    ("an array for a goal", "goal", lambda d: d.clear() or d.update(title=["x"])),
    ("an id revised", "plan", lambda d: d["goals"][0].update(revisions=[_revision(id=["a", "b"])])),
    ("a revision without changes", "plan", lambda d: d["goals"][0].update(revisions=[_revision()])),
    (
        "half a pair in a revision",
        "plan",
        lambda d: d["goals"][0].update(revisions=[_revision(due=["2027-01-01"])]),
    ),
]


def _revision(**changes: Any) -> dict[str, Any]:
    return {"on": "2027-01-02", "reason": "Moved", "changes": changes}


#: Invalid documents only the loader can refuse: (name, schema, change, the loader's code).
BEYOND: list[tuple[str, str, Callable[[Any], Any], str]] = [
    ("due before start", "plan", _set(start="2027-03-01", due="2027-01-31"), "due_before_start"),
    (
        "two goals with one id",
        "plan",
        lambda d: d["goals"][2].update(id=d["goals"][1]["id"]),
        "duplicate_id",
    ),
    ("a parent that is not in the plan", "plan", _set(parent_id="g-nobody"), "unknown_parent"),
    (
        "goals that are each other's parent",
        "plan",
        lambda d: d["goals"][0].update(parent_id=d["goals"][1]["id"]),
        "parent_cycle",
    ),
    (
        "the mentee as mentor",
        "plan",
        lambda d: d["mentor"].update(id=d["mentee"]["id"]),
        "same_person",
    ),
    (
        "a target equal to the baseline",
        "plan",
        lambda d: _kr(d).update(target=_kr(d).get("baseline", 0)),
        "target_equals_baseline",
    ),
    (
        "a target below the baseline to increase",
        "plan",
        lambda d: _kr(d).update(baseline=100, direction="increase"),
        "wrong_direction",
    ),
    (
        "two key results with one id in a goal",
        "goal",
        lambda d: d["key_results"][1].update(id=d["key_results"][0]["id"]),
        "duplicate_id",
    ),
    ("a goal its own parent", "goal", lambda d: d.update(parent_id=d["id"]), "unknown_parent"),
]

_BASES: dict[str, Callable[[], Any]] = {"plan": _plan, "goal": _goal}


def _loader_codes(schema: str, document: Any) -> list[str] | None:
    """The codes of the problems goalkit's loader finds, or None if it loads the document."""
    cls = SCHEMAS[schema][0]
    if cls is None:  # the report is written by goalkit, never loaded
        return None
    try:
        from_dict(cls, document)
    except LoadError as error:
        return [problem.code for problem in error.problems]
    return None


def test_ajv_and_the_loader_agree(ajv: Any, tmp_path: pathlib.Path) -> None:
    """Same verdicts where JSON Schema can say the rule; where it cannot, the schema says so."""
    cases: list[tuple[str, str, Any, str | None]] = []
    for name, schema, document in VALID:
        cases.append((name, schema, document(), None))
    for name, schema, change in EXPRESSIBLE:
        cases.append((name, schema, _changed(_BASES[schema], change), "refused"))
    for name, schema, change, code in BEYOND:
        cases.append((name, schema, _changed(_BASES[schema], change), code))
    verdicts = ajv([(schema, document) for _, schema, document, _ in cases], tmp_path)

    disagreements = []
    for (name, schema, document, expected), verdict in zip(cases, verdicts, strict=True):
        loaded = _loader_codes(schema, document)
        if expected is None:  # valid: both accept
            ok = verdict["valid"] and loaded is None
        elif expected == "refused":  # both refuse
            ok = not verdict["valid"] and (schema == "report" or loaded is not None)
        else:  # only the loader refuses, with a code the schema's description names
            beyond = {code for code, _ in rules_beyond_schema(SCHEMAS[schema][0])}  # type: ignore[arg-type]
            ok = verdict["valid"] and loaded == [expected] and expected in beyond
        if not ok:
            disagreements.append((name, verdict, loaded))
    assert disagreements == []
    assert len(cases) >= 45


def test_ajv_refuses_the_reports_it_should(ajv: Any, tmp_path: pathlib.Path) -> None:
    """A report with a share above 1 or an unknown health is refused by ajv too."""
    good = plan_report_dict(AS_OF)
    bad_share = copy.deepcopy(good)
    bad_share["overall"]["value"] = 1.5
    bad_health = copy.deepcopy(good)
    bad_health["goals"][0]["progress"]["health"] = "fine"
    verdicts = ajv([("report", good), ("report", bad_share), ("report", bad_health)], tmp_path)
    assert [verdict["valid"] for verdict in verdicts] == [True, False, False]
