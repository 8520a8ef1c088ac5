"""pydantic's core schema and JSON Schema of goalkit's model classes, from goalkit's own format.

`goalkit._framework_hook.DocumentHooks` calls the two functions here when
pydantic (or FastAPI) first meets a model class as a field type:

- `pydantic_core_schema`: a value is validated by `from_dict`, the strict
  loader, so pydantic reports goalkit's problems (each at its path, with
  goalkit's message and `Problem.code` as the error's ``type``); an
  object of the class itself passes as it is. In JSON mode it is written
  as `to_dict` writes it.
- `pydantic_json_schema`: `json_schema(cls)`, self-contained (its
  ``$defs`` inlined, since OpenAPI keeps every schema in one place).

pydantic_core is imported inside the functions: pydantic is not a
dependency of goalkit, and the functions run only when pydantic calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from goalkit._errors import EXCERPT_LENGTH, LoadError, Problem, excerpt
from goalkit._serialize.explain import MISSING, path_segments, value_at
from goalkit._serialize.schema import json_schema
from goalkit._serialize.structure import from_dict, to_dict

__all__ = ["path_segments", "pydantic_core_schema", "pydantic_json_schema"]


def pydantic_core_schema(cls: type) -> Any:
    """The pydantic core schema of *cls*: goalkit's loader validates, `to_dict` writes.

    Examples:
        >>> import pydantic
        >>> from goalkit import Person
        >>> pydantic.TypeAdapter(Person).validate_json('{"name": "Ana", "id": "ana"}')
        Person(name='Ana', id='ana')
    """
    from pydantic_core import core_schema

    def validate(value: Any) -> Any:
        if type(value) is cls:
            return value
        try:
            return from_dict(cls, value)
        except LoadError as error:
            raise _pydantic_error(cls, value, error.problems) from None

    validate.__name__ = validate.__qualname__ = cls.__name__  # pydantic's title: "Goal()"
    return core_schema.no_info_plain_validator_function(
        validate,
        ref=f"goalkit.{cls.__name__}",
        serialization=core_schema.plain_serializer_function_ser_schema(to_dict, when_used="json"),
    )


def pydantic_json_schema(cls: type) -> dict[str, Any]:
    """`json_schema(cls)` as one self-contained schema object, for OpenAPI's components.

    Examples:
        >>> from goalkit import KeyResult
        >>> schema = pydantic_json_schema(KeyResult)
        >>> "$defs" in schema, schema["properties"]["check_ins"]["items"]["required"]
        (False, ['on', 'value'])
    """
    schema = json_schema(cls)
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    definitions = schema.pop("$defs", {})
    return _inline(schema, definitions)  # type: ignore[no-any-return]


def _inline(schema: Any, definitions: Mapping[str, Any]) -> Any:
    # goalkit's classes do not refer to themselves, so inlining ends.
    if isinstance(schema, dict):
        reference = schema.get("$ref")
        if type(reference) is str and reference.startswith("#/$defs/"):
            return _inline(definitions[reference.removeprefix("#/$defs/")], definitions)
        return {key: _inline(value, definitions) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_inline(value, definitions) for value in schema]
    return schema


def _pydantic_error(cls: type, document: Any, problems: tuple[Problem, ...]) -> Exception:
    """goalkit's problems as one pydantic ValidationError: loc, type (the code) and message."""
    from pydantic_core import InitErrorDetails, PydanticCustomError, ValidationError

    details = []
    for problem in problems:
        loc = path_segments(problem.path)
        # The message is goalkit's own; braces would be read as a template's fields.
        message = problem.message.replace("{", "{{").replace("}", "}}")
        details.append(
            InitErrorDetails(
                type=PydanticCustomError(problem.code, message),
                loc=loc,
                input=_shown_input(document, loc),
            )
        )
    return ValidationError.from_exception_data(cls.__name__, details)


def _shown_input(document: Any, loc: tuple[str | int, ...]) -> Any:
    """The input at *loc*, if short; an excerpt otherwise (errors never echo megabytes)."""
    value = value_at(document, loc)
    if value is MISSING:
        return None
    if value is None or type(value) in (bool, float):
        return value
    if type(value) is int:
        return value if value.bit_length() <= 64 else excerpt(value)
    if type(value) is str and len(value) <= EXCERPT_LENGTH:
        return value
    return excerpt(value)
