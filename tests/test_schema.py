"""json_schema: generated from the model, accepting exactly what to_dict writes."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from goalkit import CheckIn, Goal, KeyResult, Plan, ValidationError, json_schema, to_dict
from goalkit._serialize import MODEL_CLASSES
from test_serialize import ANY_OBJECT, a_plan

PUBLISHED = pathlib.Path(__file__).parent.parent / "docs" / "schema" / "plan.schema.json"


def validator(cls: type) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json_schema(cls), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_schema_is_a_valid_draft_2020_12_schema(cls: type) -> None:
    """Each class's schema passes the Draft 2020-12 metaschema and has no dangling $ref."""
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    refs = set(json.dumps(schema).split('"$ref": "#/$defs/')[1:])
    for ref in refs:
        assert ref.split('"')[0] in schema["$defs"]


@given(ANY_OBJECT)
def test_generated_documents_validate(pair: tuple[type, Any]) -> None:
    """Whatever to_dict writes, for any class, validates against that class's schema."""
    cls, obj = pair
    validator(cls).validate(to_dict(obj))


def test_the_published_schema_is_the_generated_one() -> None:
    """docs/schema/plan.schema.json equals json_schema(); regenerate it when the model changes."""
    assert json.loads(PUBLISHED.read_text(encoding="utf-8")) == json_schema()


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: d.update(colour="red"), "unknown key at the top"),
        (lambda d: d["goals"][0].update(colour="red"), "unknown key in a goal"),
        (lambda d: d["goals"][0]["key_results"][0].update(target="5"), "text for a number"),
        (lambda d: d["goals"][0]["key_results"][0].update(target=True), "boolean for a number"),
        (lambda d: d["goals"][0].update(title=5), "number for text"),
        (lambda d: d["goals"][0].update(title="   "), "blank title"),
        (lambda d: d["goals"][0].update(due="2027-02-30"), "impossible day"),
        (lambda d: d["goals"][0].update(due="31/01/2027"), "not ISO"),
        (lambda d: d["goals"][0].update(status="done"), "unknown enum value"),
        (lambda d: d["goals"][0].update(weight=-1), "negative weight"),
        (lambda d: d["goals"][0].update(tags="speaking"), "string for a list"),
        (lambda d: d["goals"][0]["reviews"][0].update(rating=6), "rating out of range"),
        (lambda d: d["goals"][0]["revisions"][0].update(changes={}), "empty changes"),
        (lambda d: d["goals"][0]["revisions"][0]["changes"].update(id=["a", "b"]), "id revised"),
        (
            lambda d: d["goals"][0]["revisions"][0]["changes"].update(due=["2027-01-01"]),
            "half a pair",
        ),
        (lambda d: d.pop("schema_version"), "no schema_version"),
        (lambda d: d.update(schema_version=3), "another schema_version"),
        (lambda d: d.pop("mentee"), "no mentee"),
        (lambda d: d["mentee"].update(id=" ana"), "id with surrounding space"),
        (lambda d: d.update(goals=[{"id": "g"}]), "goal without a title"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_the_schema_refuses_wrong_documents(change: Any, why: str) -> None:
    """Unknown keys, wrong types, bad values and missing fields are refused."""
    document = to_dict(a_plan())
    change(document)
    with pytest.raises(jsonschema.ValidationError):
        validator(Plan).validate(document)


def test_defaults_and_descriptions_are_carried() -> None:
    """Fields carry their defaults, classes their first docstring line."""
    schema = json_schema(Goal)
    assert schema["properties"]["status"]["default"] == "active"
    assert schema["properties"]["tags"]["default"] == []
    assert "id" not in schema["required"]
    assert schema["required"] == ["title"]
    assert schema["description"].startswith("A goal")
    assert json_schema(KeyResult)["properties"]["direction"]["anyOf"][0]["enum"][0] == "increase"


def test_dates_are_iso_strings_and_numbers_bounded() -> None:
    """Dates are YYYY-MM-DD strings; numbers are bounded by the model's magnitude."""
    properties = json_schema(CheckIn)["properties"]
    assert properties["on"]["format"] == "date"
    assert properties["value"]["maximum"] == 1e15


def test_json_schema_refuses_other_classes() -> None:
    """Only model classes have a schema; anything else is expect_type's error."""
    with pytest.raises(ValidationError, match="goalkit model class") as error:
        json_schema(dict)
    assert str(error.value).startswith("json_schema.cls: expected a goalkit model class (")
    assert str(error.value).endswith(", got <class 'dict'>")
