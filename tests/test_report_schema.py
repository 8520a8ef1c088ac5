"""The JSON report's schema: real reports validate, and it names every key they hold."""

from __future__ import annotations

import datetime
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import goalkit
from goalkit import plan_report, report_json_schema
from goalkit.testing import plans

AS_OF = datetime.date(2026, 11, 13)


def closed(schema: Any) -> Any:
    """*schema* with every described object closed: a key it does not name is an error."""
    if isinstance(schema, dict):
        result = {key: closed(value) for key, value in schema.items()}
        if "properties" in schema and "additionalProperties" not in schema:
            result["additionalProperties"] = False
        return result
    if isinstance(schema, list):
        return [closed(value) for value in schema]
    return schema


def validator(schema: Any) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


STRICT = validator(closed(report_json_schema()))


def test_the_schema_is_valid_draft_2020_12() -> None:
    """The report schema passes the Draft 2020-12 metaschema."""
    jsonschema.Draft202012Validator.check_schema(report_json_schema())


@pytest.mark.parametrize("day", [datetime.date(2026, 6, 1), AS_OF, datetime.date(2029, 1, 1)])
def test_the_example_report_validates_and_every_key_is_named(day: datetime.date) -> None:
    """The example plan's report, on days before, during and after its goals, fits exactly."""
    report = plan_report(goalkit.example_plan(), as_of=day)
    STRICT.validate(json.loads(report.to_json()))


@settings(max_examples=40, deadline=None)
@given(plans())
def test_any_plans_report_validates(plan: goalkit.Plan) -> None:
    """Reports of generated plans fit the schema, every key of them named in it."""
    STRICT.validate(json.loads(plan_report(plan, as_of=AS_OF).to_json()))


def test_every_key_is_described_and_required() -> None:
    """Each property says what it means; every key is required, since every key is written."""

    def visit(schema: Any) -> None:
        if isinstance(schema, dict):
            if "properties" in schema:
                assert schema["required"] == list(schema["properties"])
                for value in schema["properties"].values():
                    assert value["description"]
            for value in schema.values():
                visit(value)
        elif isinstance(schema, list):
            for value in schema:
                visit(value)

    visit(report_json_schema())


def test_a_wrong_report_is_refused() -> None:
    """A share above 1, an unknown health or a missing key is refused."""
    good = json.loads(plan_report(goalkit.example_plan(), as_of=AS_OF).to_json())
    for change in (
        lambda d: d["overall"].update(value=1.5),
        lambda d: d["goals"][0]["progress"].update(health="fine"),
        lambda d: d.pop("as_of"),
        lambda d: d["summary"]["health"].update(great=1),
    ):
        document = json.loads(json.dumps(good))
        change(document)
        with pytest.raises(jsonschema.ValidationError):
            validator(report_json_schema()).validate(document)
