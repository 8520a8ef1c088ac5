"""JSON Schema (Draft 2020-12) for goalkit documents, generated from the model.

The schema is built by walking the attrs fields and their types, the same
ones the converter in `goalkit._serialize.converter` reads, so the two cannot drift
apart. Every property is described from `goalkit._model.fields`, the one
source the reference docs use too. Constraints the model checks in code
(non-blank titles, ranges, ids without surrounding whitespace, a cadence of
at most five years) are added per field from tables here. Rules between
fields or items (``due`` on or after ``start``, ids unique in a plan,
parents that exist, a target that differs from its baseline) cannot be
said in JSON Schema: `RULES_BEYOND_SCHEMA` lists them, each schema's
description names the ones that apply to it, and loading checks them.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any, Final, get_args, get_origin

import attrs

from goalkit._model import (
    MAX_CADENCE_DAYS,
    MAX_MAGNITUDE,
    REVISABLE_FIELDS,
    Cadence,
    Goal,
    KeyResult,
    Plan,
    Revision,
)
from goalkit._model.fields import field_description
from goalkit._schedule import CadenceUnit, step_days
from goalkit._serialize.converter import MAX_TEXT_LENGTH, expect_model_class, optional_inner
from goalkit._serialize.migrations import SCHEMA_VERSION

__all__ = ["RULES_BEYOND_SCHEMA", "SCHEMA_ID", "SCHEMA_IDS", "json_schema", "rules_beyond_schema"]

#: Where the published schemas live, by class.
SCHEMA_IDS: Final = {
    Plan: "https://goalkit.readthedocs.io/en/latest/schema/plan.schema.json",
    Goal: "https://goalkit.readthedocs.io/en/latest/schema/goal.schema.json",
}
#: Where the published plan schema lives.
SCHEMA_ID: Final = SCHEMA_IDS[Plan]

#: The rules JSON Schema cannot express, by the class whose documents they apply to, each
#: with the `Problem.code` the loader reports when a document breaks it. A class's schema
#: names its own rules and those of the classes inside it.
RULES_BEYOND_SCHEMA: Final[dict[type, tuple[tuple[str, str], ...]]] = {
    KeyResult: (
        (
            "target_equals_baseline",
            "a key result whose direction is left out, increase or decrease has a target "
            "different from its baseline",
        ),
        (
            "wrong_direction",
            "with direction increase the target is above the baseline; with decrease, below it",
        ),
    ),
    Goal: (
        ("due_before_start", "a goal's due date is on or after its start date"),
        (
            "duplicate_id",
            "the ids of a goal's key results, milestones and reviews are all different",
        ),
        ("unknown_parent", "a goal's parent_id is not its own id"),
    ),
    Plan: (
        (
            "duplicate_id",
            "every id in a plan (goals, key results, milestones, reviews) is used once",
        ),
        ("unknown_parent", "every parent_id names a goal of the plan"),
        ("parent_cycle", "parent_id links form no cycle"),
        ("same_person", "the mentor's id differs from the mentee's"),
    ),
}
#: What a class's documents hold inside them, for the rules that apply to them.
_INSIDE: Final[dict[type, tuple[type, ...]]] = {Goal: (KeyResult,), Plan: (Goal, KeyResult)}

_NON_BLANK: Final = {"minLength": 1, "pattern": r"\S"}
_ID: Final = {"minLength": 1, "pattern": r"^\S(?:[\s\S]*\S)?$"}

#: Constraints the model checks in code, by (class name, field name).
_CONSTRAINTS: Final[dict[tuple[str, str], dict[str, Any]]] = {
    ("Person", "name"): _NON_BLANK,
    ("KeyResult", "title"): _NON_BLANK,
    ("Milestone", "title"): _NON_BLANK,
    ("Goal", "title"): _NON_BLANK,
    ("Revision", "reason"): _NON_BLANK,
    ("KeyResult", "weight"): {"minimum": 0},
    ("Milestone", "weight"): {"minimum": 0},
    ("Goal", "weight"): {"minimum": 0},
    ("CheckIn", "confidence"): {"minimum": 0, "maximum": 10},
    ("Review", "rating"): {"minimum": 1, "maximum": 5},
    ("Cadence", "every"): {"minimum": 1},
}
#: Text fields that hold an id without saying so in their name, by (class name, field name).
_ID_FIELDS: Final = frozenset({("Agreement", "by"), ("Goal", "carried_from")})

#: The most steps of each unit a cadence may take (reviews at most five years apart).
_MOST_STEPS: Final = {unit.value: int(MAX_CADENCE_DAYS // step_days(unit)) for unit in CadenceUnit}
#: Item constraints for arrays of text, by (class name, field name).
_ITEM_CONSTRAINTS: Final[dict[tuple[str, str], dict[str, Any]]] = {
    ("Goal", "tags"): _NON_BLANK,
    ("Review", "next_steps"): _NON_BLANK,
}


def _first_line(cls: type) -> str:
    return (cls.__doc__ or "").strip().splitlines()[0]


def rules_beyond_schema(cls: type) -> tuple[tuple[str, str], ...]:
    """The rules *cls*'s schema cannot express, as (`Problem.code`, rule) pairs.

    Examples:
        >>> from goalkit import Goal
        >>> print(*(code for code, _ in rules_beyond_schema(Goal)))
        due_before_start duplicate_id unknown_parent target_equals_baseline wrong_direction
    """
    rules: list[tuple[str, str]] = []
    for kind in (cls, *_INSIDE.get(cls, ())):
        rules.extend(RULES_BEYOND_SCHEMA.get(kind, ()))
    return tuple(rules)


def _description(cls: type) -> str:
    rules = rules_beyond_schema(cls)
    if not rules:
        return _first_line(cls)
    listed = "; ".join(f"{rule} ({code})" for code, rule in rules)
    return (
        f"{_first_line(cls)} Rules this schema cannot express, checked when goalkit loads "
        f"the document (the problem's code in brackets): {listed}."
    )


def _cadence_limits() -> list[dict[str, Any]]:
    # Reviews at most five years apart: the most steps depends on the unit.
    return [
        {
            "if": {
                "type": "object",
                "properties": {"unit": {"type": "string", "const": unit}},
                "required": ["unit"],
            },
            "then": {
                "type": "object",
                "properties": {"every": {"type": "integer", "maximum": most}},
            },
        }
        for unit, most in _MOST_STEPS.items()
    ]


class _Builder:
    def __init__(self) -> None:
        self.definitions: dict[str, dict[str, Any]] = {}

    def type_schema(self, kind: Any, owner: str = "", field: str = "") -> dict[str, Any]:
        inner = optional_inner(kind)
        if inner is not None:
            return {"anyOf": [self.type_schema(inner, owner, field), {"type": "null"}]}
        constraints = _CONSTRAINTS.get((owner, field), {})
        if kind is str:
            is_id = field == "id" or field.endswith("_id") or (owner, field) in _ID_FIELDS
            base = _ID if is_id else constraints
            return {"type": "string", **base, "maxLength": MAX_TEXT_LENGTH}
        if kind is float:
            return {
                "type": "number",
                "minimum": -MAX_MAGNITUDE,
                "maximum": MAX_MAGNITUDE,
                **constraints,
            }
        if kind is int:
            return {
                "type": "integer",
                "minimum": int(-MAX_MAGNITUDE),
                "maximum": int(MAX_MAGNITUDE),
                **constraints,
            }
        if kind is datetime.date:
            return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return {"type": "string", "enum": [member.value for member in kind]}
        if isinstance(kind, type) and attrs.has(kind):
            self.define(kind)
            return {"$ref": f"#/$defs/{kind.__name__}"}
        if get_origin(kind) is tuple:
            items = self.type_schema(get_args(kind)[0])
            items.update(_ITEM_CONSTRAINTS.get((owner, field), {}))
            return {"type": "array", "items": items}
        raise TypeError(f"no JSON Schema for {kind!r}")  # pragma: no cover - a new field type

    def changes_schema(self) -> dict[str, Any]:
        properties = {}
        for field in attrs.fields(Goal):
            if field.name in REVISABLE_FIELDS:
                value = self.type_schema(field.type, "Goal", field.name)
                properties[field.name] = {
                    "type": "array",
                    "prefixItems": [value, value],
                    "minItems": 2,
                    "maxItems": 2,
                }
        return {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
            "minProperties": 1,
        }

    def class_schema(self, cls: type) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls is Plan:
            properties["schema_version"] = {
                "const": SCHEMA_VERSION,
                "description": "The document format's version.",
            }
            required.append("schema_version")
        for field in attrs.fields(cls):
            if not field.init:
                continue
            if cls is Revision and field.name == "changes":
                schema = self.changes_schema()
            else:
                schema = self.type_schema(field.type, cls.__name__, field.name)
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                default = field.default
                if isinstance(default, enum.Enum):
                    default = default.value
                elif isinstance(default, tuple):
                    default = list(default)
                schema = {**schema, "default": default}
            properties[field.name] = {"description": field_description(cls, field.name), **schema}
        result: dict[str, Any] = {
            "type": "object",
            "description": _description(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        if cls is Cadence:
            result["allOf"] = _cadence_limits()
        return result

    def define(self, cls: type) -> None:
        if cls.__name__ not in self.definitions:
            self.definitions[cls.__name__] = {}  # placeholder: classes may refer to each other
            self.definitions[cls.__name__] = self.class_schema(cls)


def json_schema(cls: type = Plan) -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of *cls*'s documents, as a new dict.

    It accepts exactly the documents `to_dict` writes, refuses unknown keys
    and wrong types, and carries each field's default. Rules that span
    fields (``due`` not before ``start``, unique ids, existing parents) are
    left to `from_dict`, which checks them.

    Raises:
        ValidationError: *cls* is not a goalkit model class.

    Examples:
        >>> from goalkit import CheckIn, json_schema
        >>> schema = json_schema(CheckIn)
        >>> print(schema.get("$schema"))
        https://json-schema.org/draft/2020-12/schema
        >>> print(*schema.get("required"))
        on value
    """
    expect_model_class("json_schema", "cls", cls)
    builder = _Builder()
    root = builder.class_schema(cls)
    builder.definitions.pop(cls.__name__, None)
    document: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    if cls in SCHEMA_IDS:
        document["$id"] = SCHEMA_IDS[cls]
    document["title"] = f"goalkit {cls.__name__}"
    document.update(root)
    if builder.definitions:
        document["$defs"] = dict(sorted(builder.definitions.items()))
    return document
