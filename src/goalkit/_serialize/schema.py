"""JSON Schema (Draft 2020-12) for goalkit documents, generated from the model.

The schema is built by walking the attrs fields and their types, the same
ones the converter in `goalkit._serialize.converter` reads, so the two cannot drift
apart. Constraints the model checks in code (non-blank titles, ranges,
ids without surrounding whitespace) are added per field from one table
here. Rules that span fields (``due`` on or after ``start``, ids unique in a
plan, parents that exist) cannot be said in JSON Schema; loading checks
them.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any, Final, get_args, get_origin

import attrs

from goalkit._model import MAX_MAGNITUDE, REVISABLE_FIELDS, Goal, Plan, Revision
from goalkit._serialize.converter import MAX_TEXT_LENGTH, expect_model_class, optional_inner
from goalkit._serialize.migrations import SCHEMA_VERSION

__all__ = ["SCHEMA_ID", "json_schema"]

#: Where the published plan schema lives.
SCHEMA_ID: Final = "https://goalkit.readthedocs.io/en/latest/schema/plan.schema.json"

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
#: Item constraints for arrays of text, by (class name, field name).
_ITEM_CONSTRAINTS: Final[dict[tuple[str, str], dict[str, Any]]] = {
    ("Goal", "tags"): _NON_BLANK,
    ("Review", "next_steps"): _NON_BLANK,
}


def _first_line(cls: type) -> str:
    return (cls.__doc__ or "").strip().splitlines()[0]


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
            "description": "Goal field -> [old value, new value], each encoded like the field.",
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
            properties[field.name] = schema
        return {
            "type": "object",
            "description": _first_line(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

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
    if cls is Plan:
        document["$id"] = SCHEMA_ID
    document["title"] = f"goalkit {cls.__name__}"
    document.update(root)
    if builder.definitions:
        document["$defs"] = dict(sorted(builder.definitions.items()))
    return document
