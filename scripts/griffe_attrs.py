"""A griffe extension: the constructor signature of goalkit's attrs classes, on their pages.

attrs writes a class's ``__init__`` when the class is created, so reading the
source (griffe's static analysis) finds none, and the reference showed no
signature. This extension imports each attrs class and gives it the
``__init__`` that attrs wrote: every field, keyword-only, with its type and
default (``<generated>`` for a default made by a factory, such as a new id).
The table of fields beside it comes from griffe-fieldz (see mkdocs.yml).
"""

from __future__ import annotations

import enum
import inspect
from typing import Any

import attrs
import griffe

__all__ = ["AttrsSignatures"]

_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: griffe.ParameterKind.positional_only,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: griffe.ParameterKind.positional_or_keyword,
    inspect.Parameter.VAR_POSITIONAL: griffe.ParameterKind.var_positional,
    inspect.Parameter.KEYWORD_ONLY: griffe.ParameterKind.keyword_only,
    inspect.Parameter.VAR_KEYWORD: griffe.ParameterKind.var_keyword,
}


def _default(field: attrs.Attribute[Any] | None, parameter: inspect.Parameter) -> str | None:
    if parameter.default is inspect.Parameter.empty:
        return None
    if field is not None and isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
        return "<generated>" if field.name == "id" else repr(field.default.factory())
    if isinstance(parameter.default, enum.Enum):
        return f"{type(parameter.default).__name__}.{parameter.default.name}"
    return repr(parameter.default)


def attrs_init(runtime: type) -> griffe.Function | None:
    """The ``__init__`` attrs wrote for *runtime*, as griffe describes functions."""
    if not attrs.has(runtime) or "__init__" not in vars(runtime):
        return None
    try:
        signature = inspect.signature(runtime.__init__)
    except (TypeError, ValueError):
        return None
    fields = {field.alias or field.name: field for field in attrs.fields(runtime)}
    parameters = [
        griffe.Parameter(
            name,
            annotation=None
            if parameter.annotation is inspect.Parameter.empty
            else str(parameter.annotation),
            kind=_KINDS[parameter.kind],
            default=_default(fields.get(name), parameter),
        )
        for name, parameter in signature.parameters.items()
    ]
    return griffe.Function("__init__", parameters=griffe.Parameters(*parameters), returns="None")


class AttrsSignatures(griffe.Extension):
    """Gives every attrs class its constructor's signature (see the module docstring)."""

    def on_class_members(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        if "__init__" in cls.members:
            return
        try:
            runtime = griffe.dynamic_import(cls.path)
        except ImportError:
            return
        if not isinstance(runtime, type):
            return
        init = attrs_init(runtime)
        if init is not None:
            cls.set_member("__init__", init)
