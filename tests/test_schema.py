"""json_schema: generated from the model, accepting exactly what to_dict writes."""

from __future__ import annotations

import datetime
import json
import pathlib
import sys
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

from goalkit import (
    PROBLEM_CODES,
    Cadence,
    CheckIn,
    Goal,
    KeyResult,
    Plan,
    ValidationError,
    from_dict,
    json_schema,
    to_dict,
)
from goalkit._cli.schema import SCHEMAS as SCHEMA_COMMANDS
from goalkit._model.fields import FIELD_DESCRIPTIONS
from goalkit._schedule import CadenceUnit
from goalkit._serialize import MODEL_CLASSES
from goalkit._serialize.schema import RULES_BEYOND_SCHEMA, rules_beyond_schema
from test_serialize import ANY_OBJECT, a_plan

sys.path.insert(0, str(pathlib.Path(__file__).parent.parent / "scripts"))
import mkdocs_hooks

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


# ------------------------------------------------- descriptions and the rules beyond


SCHEMAS = pathlib.Path(__file__).parent.parent / "docs" / "schema"
FORMAT_PAGE = pathlib.Path(__file__).parent.parent / "docs" / "reference" / "document-format.md"


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_has_a_description_from_the_one_source(cls: type) -> None:
    """Each property of each class's schema is described, with the text FIELD_DESCRIPTIONS has."""
    properties = json_schema(cls)["properties"]
    fields = [field.name for field in attrs.fields(cls) if field.init]
    assert list(FIELD_DESCRIPTIONS[cls.__name__]) == fields
    for name in fields:
        assert properties[name]["description"] == FIELD_DESCRIPTIONS[cls.__name__][name]
        assert properties[name]["description"].endswith(".")
        # The attrs metadata carries it, where API reference tools (griffe-fieldz) read it.
        metadata = getattr(attrs.fields(cls), name).metadata
        assert metadata["description"] == FIELD_DESCRIPTIONS[cls.__name__][name]


def test_only_model_classes_are_described() -> None:
    """FIELD_DESCRIPTIONS describes the model classes and nothing else."""
    assert set(FIELD_DESCRIPTIONS) == {cls.__name__ for cls in MODEL_CLASSES}


def test_nested_classes_are_described_too() -> None:
    """Inside the plan schema, a key result's fields are described as in its own schema."""
    schema = json_schema(Plan)
    assert (
        schema["$defs"]["KeyResult"]["properties"]["target"]
        == json_schema(KeyResult)["properties"]["target"]
    )


@pytest.mark.parametrize("cls", [Plan, Goal, KeyResult], ids=lambda cls: cls.__name__)
def test_the_schema_names_the_rules_it_cannot_express(cls: type) -> None:
    """A schema's description lists each rule it cannot say, with the loader's code."""
    description = json_schema(cls)["description"]
    rules = rules_beyond_schema(cls)
    assert rules
    for code, rule in rules:
        assert f"{rule} ({code})" in description
        assert code in PROBLEM_CODES


def test_the_format_page_lists_the_rules_the_schema_cannot_express() -> None:
    """docs/reference/document-format.md names every rule beyond the schema, with its code."""
    page = FORMAT_PAGE.read_text(encoding="utf-8")
    for rules in RULES_BEYOND_SCHEMA.values():
        for code, rule in rules:
            assert f"| `{code}` | {rule} |" in page


@pytest.mark.parametrize("name", ["plan", "goal", "report"])
def test_the_published_schemas_are_the_generated_ones(name: str) -> None:
    """docs/schema/NAME.schema.json is what `goalkit schema --for NAME` prints."""
    published = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert published == SCHEMA_COMMANDS[name]()
    jsonschema.Draft202012Validator.check_schema(published)


@pytest.mark.parametrize("unit", [unit.value for unit in CadenceUnit])
def test_the_cadence_limit_is_the_models(unit: str) -> None:
    """The schema's most steps per unit is the largest the model takes: one more is refused."""
    limits = {
        rule["if"]["properties"]["unit"]["const"]: rule["then"]["properties"]["every"]["maximum"]
        for rule in json_schema(Cadence)["allOf"]
    }
    most = limits[unit]
    anchor = datetime.date(2027, 1, 4)
    Cadence(every=most, unit=unit, anchor=anchor)
    with pytest.raises(ValidationError):
        Cadence(every=most + 1, unit=unit, anchor=anchor)
    document = {"every": most + 1, "unit": unit, "anchor": "2027-01-04"}
    with pytest.raises(jsonschema.ValidationError):
        validator(Cadence).validate(document)


def test_a_whole_valued_number_is_an_integer_to_both() -> None:
    """confidence 7.0: an integer to JSON Schema, and the integer 7 to the loader."""
    document = {"on": "2027-02-01", "value": 2, "confidence": 7.0}
    validator(CheckIn).validate(document)
    assert from_dict(CheckIn, document).confidence == 7
    document["confidence"] = 7.5
    with pytest.raises(jsonschema.ValidationError):
        validator(CheckIn).validate(document)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_the_docs_field_tables_show_the_same_descriptions(cls: type) -> None:
    """The format page's table of a class's fields carries each field's one description."""
    page = FORMAT_PAGE.read_text(encoding="utf-8")
    assert f"<!-- goalkit:fields {cls.__name__} -->" in page
    table = mkdocs_hooks.fields_table(cls.__name__)
    for name, description in FIELD_DESCRIPTIONS[cls.__name__].items():
        assert f"| `{name}` |" in table
        assert description.replace("|", "\\|") in table
