"""The framework hook: pydantic's two hooks on every model class, answered by the loader.

pydantic (and so FastAPI) asks a type that is not its own for a *core
schema* (how to validate and serialize it) and a *JSON Schema* (how to
describe it in OpenAPI), through two class methods. Every goalkit model
class inherits them from `DocumentHooks`, and they answer with goalkit's
own document format: values are validated by goalkit's strict loader
(`from_dict`), written by `to_dict`, and described by `json_schema`.

The loader and the schema sit above the model in goalkit's flow of imports
(DESIGN, "Architecture"), so the two hooks import
`goalkit._serialize.frameworks` lazily, when pydantic first asks; nothing
imports pydantic at import time, and pydantic is not a dependency of
goalkit. A test reads every module's imports and allows this edge
(`goalkit._framework_hook` -> `goalkit._serialize`), as it allows the
display hook's.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DocumentHooks"]


class DocumentHooks:
    """Makes a model class usable as a pydantic field type and a FastAPI model.

    The hooks only use the objects pydantic passes in and `pydantic_core`,
    which is there whenever pydantic is.

    Examples:
        >>> import pydantic
        >>> from goalkit import CheckIn
        >>> adapter = pydantic.TypeAdapter(CheckIn)
        >>> adapter.validate_python({"on": "2027-02-01", "value": 2, "confidence": 7})
        CheckIn(on=datetime.date(2027, 2, 1), value=2, confidence=7, note='', by=None)
        >>> adapter.json_schema()["required"]
        ['on', 'value']
    """

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """pydantic's hook: validate with goalkit's loader, serialize as `to_dict` writes.

        Examples:
            >>> import pydantic
            >>> from goalkit import Goal
            >>> try:
            ...     pydantic.TypeAdapter(Goal).validate_python({"title": "Talk", "weight": "2",
            ...                                                  "due": "soon"})
            ... except pydantic.ValidationError as error:
            ...     print([(e["loc"], e["type"], e["msg"]) for e in error.errors()])
            [(('due',), 'format', "expected a calendar date as YYYY-MM-DD, got text 'soon'"),
             (('weight',), 'type', "expected a number, got text '2'")]
        """
        # Against the arrow on purpose, and lazily: see the module docstring.
        from goalkit._serialize import frameworks

        return frameworks.pydantic_core_schema(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> Any:
        """pydantic's hook: goalkit's own JSON Schema of the class, for OpenAPI.

        Examples:
            >>> import pydantic
            >>> from goalkit import Person
            >>> pydantic.TypeAdapter(Person).json_schema()["required"]
            ['name']
        """
        from goalkit._serialize import frameworks

        return frameworks.pydantic_json_schema(cls)
