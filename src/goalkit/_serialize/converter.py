"""The converter that defines goalkit's document format, built from one function per concern.

In the shape of cattrs' ``preconf/json.py``: `make_converter` builds a
`cattrs.Converter` and `configure_converter` registers the format on it, one
small ``_configure_*`` function per concern (text, numbers, dates, enums,
optionals, arrays, unknown keys, the model classes, key results, revisions).

- Dates are ISO 8601 calendar days (``"2027-01-31"``), enums their values,
  tuples arrays, `Revision.changes` an object ``{field: [old, new]}`` with
  each value encoded like that `Goal` field. Fields at their default are
  left out, and so is a key result's `direction` when it is the one inferred
  from baseline and target.
- Structuring never coerces: a string is never a number, a boolean never a
  number, a number never text, a float never a whole number. Unknown keys
  are refused. A value of the wrong type or form raises `MismatchError`, whose
  message `goalkit._serialize.explain` builds only if it is reported.
- With ``detailed_validation``, the hooks collect every problem in cattrs
  exception groups; without it they stop at the first, which is faster.
  Inside `problem_budget` (as when a failed load is explained), arrays stop
  collecting once `MAX_PROBLEMS` problems have been found in the whole
  document, so the cost of explaining is bounded however wrong it is;
  outside, each array stops at `MAX_PROBLEMS` of its own.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import types
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, Final, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from goalkit._errors import ArgumentTypeError, expect_type
from goalkit._model import (
    MAX_MAGNITUDE,
    REVISABLE_FIELDS,
    Agreement,
    Cadence,
    CheckIn,
    Direction,
    Goal,
    KeyResult,
    Milestone,
    Person,
    Plan,
    Review,
    Revision,
)

__all__ = [
    "MAX_PROBLEMS",
    "MAX_TEXT_LENGTH",
    "MODEL_CLASSES",
    "MismatchError",
    "ProblemLimitError",
    "UnknownKeysError",
    "configure_converter",
    "expect_model_class",
    "expect_model_object",
    "expected_for",
    "make_converter",
    "optional_inner",
    "problem_budget",
]

#: Longest text accepted in any one field, in characters.
MAX_TEXT_LENGTH: Final = 100_000

#: What text that holds a lone surrogate (which no document can carry) was expected to be.
_VALID_UNICODE: Final = "text of valid Unicode (no lone surrogate \\ud800-\\udfff)"

#: Most problems a `LoadError` lists; a document wrong everywhere stops being read here.
MAX_PROBLEMS: Final = 100

#: Every class that has a document form.
MODEL_CLASSES: Final = (
    Person,
    CheckIn,
    KeyResult,
    Milestone,
    Review,
    Revision,
    Agreement,
    Goal,
    Cadence,
    Plan,
)

_MODEL_CLASS_SET: Final = frozenset(MODEL_CLASSES)
_MODEL_NAMES: Final = ", ".join(cls.__name__ for cls in MODEL_CLASSES)
_A_MODEL_OBJECT: Final = f"a goalkit model object ({_MODEL_NAMES})"
_A_MODEL_CLASS: Final = f"a goalkit model class ({_MODEL_NAMES})"

# The model's annotations are text until resolved (PEP 563): resolve them once, here, so that
# the hooks below and the schema see field types as types.
for _cls in MODEL_CLASSES:
    attrs.resolve_types(_cls)
del _cls

StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]


# ------------------------------------------------------------ the arguments


def expect_model_object(function: str, field: str, value: object) -> None:
    """Refuse *value* unless it is a goalkit model object, with `expect_type`'s error.

    Examples:
        >>> expect_model_object("to_dict", "obj", {"title": "x"})
        Traceback (most recent call last):
        ...
        goalkit._errors.ArgumentTypeError: to_dict.obj: expected a goalkit model object (Person, ...
    """
    if type(value) not in _MODEL_CLASS_SET:  # the common case costs one lookup
        expect_type(function, field, value, *MODEL_CLASSES, expected=_A_MODEL_OBJECT)


def expect_model_class(function: str, field: str, value: object) -> None:
    """Refuse *value* unless it is a goalkit model class, with `expect_type`'s message shape.

    `expect_type` checks the type of a value; here the value is itself a
    class, so its identity is checked, and the same `ArgumentTypeError` raised.

    Examples:
        >>> expect_model_class("from_dict", "cls", dict)
        Traceback (most recent call last):
        ...
        goalkit._errors.ArgumentTypeError: from_dict.cls: expected a goalkit model class ...
    """
    if not (isinstance(value, type) and value in _MODEL_CLASS_SET):  # a list is unhashable
        raise ArgumentTypeError(function, field, _A_MODEL_CLASS, got=value)


# ------------------------------------------------------------ the mismatches


class MismatchError(Exception):
    """A value of the wrong type or form; the message is built only if it is reported.

    `code` is the `Problem.code` it is reported with (one of `PROBLEM_CODES`).
    """

    def __init__(self, expected: str, got: Any, code: str = "type") -> None:
        super().__init__(expected)
        self.expected = expected
        self.got = got
        self.code = code


class ProblemLimitError(Exception):
    """Structuring stopped here: the document already has `MAX_PROBLEMS` problems.

    It stands for no problem of its own: `goalkit._serialize.explain` skips it.
    """


#: What is left of the problem budget of the explanation running in this context, or None.
_BUDGET: ContextVar[list[int] | None] = ContextVar("goalkit_problem_budget", default=None)


@contextlib.contextmanager
def problem_budget(limit: int = MAX_PROBLEMS) -> Iterator[None]:
    """Bound the problems a detailed structuring collects, over the whole document, to *limit*.

    Once *limit* problems have been collected, arrays stop structuring their
    items and raise `ProblemLimitError`; so explaining a document that is
    wrong everywhere costs time and memory for *limit* problems, not for all.

    Examples:
        >>> from goalkit._serialize.explain import explain
        >>> converter = make_converter(detailed_validation=True)
        >>> document = {"title": "x", "tags": [1] * 500, "key_results": [{}] * 500}
        >>> with problem_budget(10):
        ...     try:
        ...         converter.structure(document, Goal)
        ...     except Exception as error:
        ...         problems = explain(error, document)
        >>> len(problems), problems[-1].path
        (10, 'tags[9]')
    """
    token = _BUDGET.set([limit])
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _leaves(error: BaseException) -> int:
    """The problems *error* stands for that no array has counted yet."""
    if isinstance(error, ProblemLimitError):
        return 0
    if isinstance(error, ClassValidationError | IterableValidationError):
        if getattr(error, "goalkit_counted", False):
            return 0
        return sum(_leaves(inner) for inner in error.exceptions)
    if isinstance(error, ForbiddenExtraKeysError):
        return len(error.extra_fields)
    if isinstance(error, UnknownKeysError):
        return len(error.keys)
    return 1


class UnknownKeysError(Exception):
    """Keys that name no field of *owner*; *allowed* lists the ones that do."""

    def __init__(self, keys: list[Any], owner: str, allowed: tuple[str, ...]) -> None:
        super().__init__(owner)
        self.keys = keys
        self.owner = owner
        self.allowed = allowed


def optional_inner(kind: Any) -> Any:
    """The ``X`` of ``X | None``, or None when *kind* is not optional.

    Examples:
        >>> optional_inner(int | None), optional_inner(int)
        (<class 'int'>, None)
    """
    if get_origin(kind) in (Union, types.UnionType):
        args = get_args(kind)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return None


def expected_for(kind: Any) -> str:
    """What a value of *kind* looks like in a document, for error messages.

    Examples:
        >>> expected_for(datetime.date), expected_for(tuple[str, ...])
        ('a date (YYYY-MM-DD)', 'an array of text')
    """
    if kind is str:
        return "text"
    if kind is float:
        return "a number"
    if kind is int:
        return "a whole number"
    if kind is datetime.date:
        return "a date (YYYY-MM-DD)"
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "one of " + ", ".join(repr(member.value) for member in kind)
    if attrs.has(kind):
        return f"an object (a {kind.__name__})"
    inner = optional_inner(kind)
    if inner is not None:
        return expected_for(inner)
    if get_origin(kind) is tuple:
        return f"an array of {expected_for(get_args(kind)[0])}"
    return "a value"


# ------------------------------------------------------------ the converter


def make_converter(
    *, detailed_validation: bool = False, native_dates_and_enums: bool = False
) -> cattrs.Converter:
    """Build the converter that defines goalkit's document format.

    Structuring is strict (no coercion, unknown keys refused); unstructuring
    leaves fields at their default out. With *detailed_validation*, a failed
    structure raises cattrs exception groups that locate every problem; it
    is slower, so goalkit uses it only to explain a document the fast
    converter refused. With *native_dates_and_enums*, unstructuring leaves
    dates and enums as they are, for a JSON writer that encodes them
    exactly as the format does (orjson): the generated functions then copy
    them without a call.

    Examples:
        >>> import datetime
        >>> converter = make_converter()
        >>> converter.unstructure(CheckIn(on=datetime.date(2027, 2, 1), value=3))
        {'on': '2027-02-01', 'value': 3}
        >>> converter.structure({"on": "2027-02-01", "value": 3}, CheckIn).value
        3
    """
    converter = cattrs.Converter(
        detailed_validation=detailed_validation, prefer_attrib_converters=False
    )
    configure_converter(converter, native_dates_and_enums=native_dates_and_enums)
    return converter


def configure_converter(
    converter: cattrs.Converter, *, native_dates_and_enums: bool = False
) -> None:
    """Register goalkit's document format on *converter*, one concern at a time.

    Hooks that depend on the converter's `detailed_validation` read it when
    they are generated, on first use.

    Examples:
        >>> import cattrs
        >>> converter = cattrs.Converter()
        >>> configure_converter(converter)
        >>> converter.structure({"name": "Ana", "id": "ana"}, Person)
        Person(name='Ana', id='ana')
    """
    _configure_text(converter)
    _configure_numbers(converter)
    _configure_dates(converter, native=native_dates_and_enums)
    _configure_enums(converter, native=native_dates_and_enums)
    _configure_optionals(converter)
    _configure_arrays(converter)
    _configure_unknown_keys(converter)
    _configure_model_classes(converter)
    _configure_key_results(converter)
    _configure_revisions(converter)


# ----------------------------------------------------------------- text


def _is_unicode(text: str) -> bool:
    # A Python str may hold lone surrogates, which no encoding (and no document) can carry.
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _structure_text(value: Any, _: Any) -> str:
    if type(value) is str:
        if len(value) <= MAX_TEXT_LENGTH and _is_unicode(value):
            return value
        if len(value) > MAX_TEXT_LENGTH:
            raise MismatchError(f"text of at most {MAX_TEXT_LENGTH} characters", value, "too_large")
        raise MismatchError(_VALID_UNICODE, value, "encoding")
    raise MismatchError("text", value)


def _structure_optional_text(value: Any, _: Any) -> str | None:
    if value is None or (
        type(value) is str and len(value) <= MAX_TEXT_LENGTH and _is_unicode(value)
    ):
        return value
    return _structure_text(value, _)


def _configure_text(converter: cattrs.Converter) -> None:
    """Text is a string of valid Unicode, at most `MAX_TEXT_LENGTH` characters, never a number."""
    converter.register_structure_hook(str, _structure_text)


# -------------------------------------------------------------- numbers


def _structure_number(value: Any, _: Any) -> float:
    # `type(...) is` rather than isinstance: a bool is an int, and never a number here.
    kind = type(value)
    if kind is float or kind is int:
        return value  # type: ignore[no-any-return]  # range and finiteness: checked by the model
    raise MismatchError("a number", value)


def _structure_whole_number(value: Any, _: Any) -> int:
    kind = type(value)
    if kind is int and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        return value  # type: ignore[no-any-return]
    # A whole-valued float (7.0) is the integer 7, as JSON Schema's "integer" and JavaScript
    # say: JSON does not tell 7 from 7.0, so a front end cannot either.
    if kind is float and value.is_integer() and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        return int(value)
    in_kind = kind is int or (kind is float and value.is_integer())
    expected = f"a whole number within ±{MAX_MAGNITUDE:g}"
    raise MismatchError(expected, value, "range" if in_kind else "type")


def _structure_optional_whole_number(value: Any, _: Any) -> int | None:
    if value is None or (type(value) is int and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE):
        return value
    return _structure_whole_number(value, _)


def _configure_numbers(converter: cattrs.Converter) -> None:
    """A number is an int or a float, never a boolean or text; a whole number never a float."""
    converter.register_structure_hook(float, _structure_number)
    converter.register_structure_hook(int, _structure_whole_number)


# ---------------------------------------------------------------- dates

_date_from_iso = datetime.date.fromisoformat
# Dates repeat a lot in a plan (weekly check-ins): parsing each distinct text once halves the
# cost. Only valid dates enter, and the cache is emptied when it grows past the bound.
_DATE_CACHE: dict[str, datetime.date] = {}
_DATE_CACHE_SIZE: Final = 20_000


def _structure_date(value: Any, _: Any) -> datetime.date:
    kind = type(value)
    if kind is str:
        day = _DATE_CACHE.get(value)
        if day is not None:
            return day
        # fromisoformat also takes "20270131" and "2027-W05-1": only YYYY-MM-DD is a date here.
        if len(value) == 10 and value[4] == "-" and value[7] == "-" and value.isascii():
            try:
                day = _date_from_iso(value)
            except ValueError:
                pass
            else:
                if len(_DATE_CACHE) >= _DATE_CACHE_SIZE:
                    _DATE_CACHE.clear()
                _DATE_CACHE[value] = day
                return day
        raise MismatchError("a calendar date as YYYY-MM-DD", value, "format")
    if kind is datetime.date:  # TOML and YAML have native dates
        return value  # type: ignore[no-any-return]
    raise MismatchError("a date as text, YYYY-MM-DD", value)


def _configure_dates(converter: cattrs.Converter, *, native: bool) -> None:
    """Dates are ``YYYY-MM-DD`` text (or TOML's and YAML's own dates when read)."""
    converter.register_structure_hook(datetime.date, _structure_date)
    writer = identity if native else datetime.date.isoformat
    converter.register_unstructure_hook(datetime.date, writer)


# ---------------------------------------------------------------- enums


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def _structure_enum_hook(kind: type[enum.Enum]) -> StructureHook:
    members = {member.value: member for member in kind}
    expected = "one of " + ", ".join(repr(value) for value in members)

    def structure_enum(value: Any, _: Any) -> Any:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
            raise MismatchError(expected, value, "choice")
        raise MismatchError(expected, value)

    return structure_enum


def _configure_enums(converter: cattrs.Converter, *, native: bool) -> None:
    """Enums are their values; only a string that is a member's value is read."""
    converter.register_structure_hook_factory(_is_enum, _structure_enum_hook)
    if native:
        converter.register_unstructure_hook_factory(_is_enum, lambda kind: identity)


# ------------------------------------------------------------ optionals


def _is_optional(kind: Any) -> bool:
    return optional_inner(kind) is not None


def _structure_optional_hook(kind: Any, converter: cattrs.Converter) -> StructureHook:
    inner_type = optional_inner(kind)
    if inner_type is str:  # the common optionals in one call each rather than two
        return _structure_optional_text
    if inner_type is int:
        return _structure_optional_whole_number
    inner = converter.get_structure_hook(inner_type)

    def structure_optional(value: Any, _: Any) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure_optional


def _unstructure_optional_hook(kind: Any, converter: cattrs.Converter) -> UnstructureHook:
    inner = converter.get_unstructure_hook(optional_inner(kind))
    if inner is identity:
        return identity

    def unstructure_optional(value: Any) -> Any:
        return None if value is None else inner(value)

    return unstructure_optional


def _configure_optionals(converter: cattrs.Converter) -> None:
    """``X | None``: null, or an X; the inner hook is never called for null."""
    converter.register_structure_hook_factory(_is_optional, _structure_optional_hook)
    converter.register_unstructure_hook_factory(_is_optional, _unstructure_optional_hook)


# --------------------------------------------------------------- arrays


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _array(value: Any) -> Any:
    if type(value) is list or type(value) is tuple:
        return value
    raise MismatchError("an array", value)


def _with_note(error: Exception, note: IterableValidationNote) -> Exception:
    error.__notes__ = [*getattr(error, "__notes__", ()), note]
    return error


def _structure_tuple_hook(kind: Any, converter: cattrs.Converter) -> StructureHook:
    item_type = get_args(kind)[0]
    item = converter.get_structure_hook(item_type)
    if converter.detailed_validation:
        return _detailed_tuple_hook(kind, item, item_type)

    def structure_tuple(value: Any, _: Any) -> tuple[Any, ...]:
        return tuple([item(entry, item_type) for entry in _array(value)])

    return structure_tuple


def _detailed_tuple_hook(kind: Any, item: StructureHook, item_type: Any) -> StructureHook:
    def structure_tuple_detailed(value: Any, _: Any) -> tuple[Any, ...]:
        budget = _BUDGET.get()
        if budget is not None and budget[0] <= 0:
            raise ProblemLimitError
        result = []
        errors: list[Exception] = []
        for index, entry in enumerate(_array(value)):
            try:
                result.append(item(entry, item_type))
            except Exception as error:
                note = IterableValidationNote(f"@ index {index}", index, item_type)
                errors.append(_with_note(error, note))
                if budget is None:
                    if len(errors) >= MAX_PROBLEMS:
                        break
                    continue
                budget[0] -= _leaves(error)
                if budget[0] <= 0:
                    break
        if errors:
            group = IterableValidationError(f"While structuring {kind}", errors, kind)
            group.goalkit_counted = True  # type: ignore[attr-defined]  # see _leaves
            raise group
        return tuple(result)

    return structure_tuple_detailed


def _unstructure_tuple_hook(kind: Any, converter: cattrs.Converter) -> UnstructureHook:
    item = converter.get_unstructure_hook(get_args(kind)[0])
    if item is identity:
        return list

    def unstructure_tuple(value: tuple[Any, ...]) -> list[Any]:
        return [item(entry) for entry in value]

    return unstructure_tuple


def _configure_arrays(converter: cattrs.Converter) -> None:
    """``tuple[X, ...]`` is an array (a list or tuple), never a string or an object."""
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _structure_tuple_hook)
    converter.register_unstructure_hook_factory(_is_homogeneous_tuple, _unstructure_tuple_hook)


# --------------------------------------------------------- unknown keys


def _configure_unknown_keys(converter: cattrs.Converter) -> None:
    """Unknown keys are refused: the class hooks generated below read this setting."""
    converter.forbid_extra_keys = True


# -------------------------------------------------------- model classes


def _structure_class_hook(cls: Any, converter: cattrs.Converter, **overrides: Any) -> StructureHook:
    generated = make_dict_structure_fn(cls, converter, **overrides)
    if not converter.detailed_validation:
        # A non-object fails on its first required key, which every class has.
        return generated
    expected = f"an object (a {cls.__name__})"

    def structure_object(value: Any, kind: Any) -> Any:
        if not isinstance(value, dict):
            raise MismatchError(expected, value)
        return generated(value, kind)

    return structure_object


def _unstructure_class_hook(
    cls: Any, converter: cattrs.Converter, **overrides: Any
) -> UnstructureHook:
    if "id" in attrs.fields_dict(cls):  # a generated default: comparing with it makes a new one
        overrides["id"] = override(omit_if_default=False)
    return make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **overrides)


def _configure_model_classes(converter: cattrs.Converter) -> None:
    """Each model class is an object of its fields, generated by cattrs; defaults left out."""
    is_model_class = MODEL_CLASSES.__contains__
    converter.register_structure_hook_factory(is_model_class, _structure_class_hook)
    converter.register_unstructure_hook_factory(is_model_class, _unstructure_class_hook)


# ---------------------------------------------------------- key results


def _unstructure_key_result_hook(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    generated = _unstructure_class_hook(cls, converter)

    def unstructure_key_result(key_result: KeyResult) -> dict[str, Any]:
        # Leave out the direction when loading would infer the same one.
        document: dict[str, Any] = generated(key_result)
        direction = key_result.direction
        if direction is Direction.INCREASE or direction is Direction.DECREASE:
            document.pop("direction", None)
        return document

    return unstructure_key_result


def _configure_key_results(converter: cattrs.Converter) -> None:
    """A key result's direction is left out when it is the one loading infers."""
    converter.register_unstructure_hook_factory(
        lambda cls: cls is KeyResult, _unstructure_key_result_hook
    )


# ------------------------------------------------------------ revisions

#: The type of each Goal field a revision may change, in the Goal's field order.
_REVISABLE_TYPES: Final = {
    field.name: field.type for field in attrs.fields(Goal) if field.name in REVISABLE_FIELDS
}


def _structure_pair(hook: StructureHook, pair: Any, kind: Any, detailed: bool) -> tuple[Any, Any]:
    if type(pair) is not list or len(pair) != 2:
        raise MismatchError(f"a pair [old, new] of {expected_for(kind)}", pair)
    values = []
    for index in (0, 1):
        try:
            values.append(hook(pair[index], kind))
        except Exception as error:
            if not detailed:
                raise
            note = IterableValidationNote(f"@ index {index}", index, kind)
            raise IterableValidationError(
                "While structuring a pair", [_with_note(error, note)], list
            ) from None
    return values[0], values[1]


def _structure_changes_hook(converter: cattrs.Converter) -> StructureHook:
    detailed = converter.detailed_validation
    revisable = tuple(_REVISABLE_TYPES)

    def structure_changes(value: Any, _: Any) -> dict[str, tuple[Any, Any]]:
        if not isinstance(value, dict):
            raise MismatchError("an object mapping Goal fields to [old, new]", value)
        unknown = [name for name in value if name not in _REVISABLE_TYPES]
        if unknown:
            raise UnknownKeysError(unknown[:MAX_PROBLEMS], "a revision's changes", revisable)
        result: dict[str, tuple[Any, Any]] = {}
        errors: list[Exception] = []
        for name, pair in value.items():
            kind = _REVISABLE_TYPES[name]
            try:
                result[name] = _structure_pair(
                    converter.get_structure_hook(kind), pair, kind, detailed
                )
            except Exception as error:
                if not detailed:
                    raise
                errors.append(
                    _with_note(error, IterableValidationNote(f"@ key {name}", name, kind))
                )
        if errors:
            raise IterableValidationError("While structuring changes", errors, dict)
        return result

    return structure_changes


def _unstructure_changes_hook(converter: cattrs.Converter) -> UnstructureHook:
    def unstructure_changes(changes: Mapping[str, tuple[Any, Any]]) -> dict[str, list[Any]]:
        result = {}
        for name, (old, new) in changes.items():
            hook = converter.get_unstructure_hook(_REVISABLE_TYPES[name])
            result[name] = [hook(old), hook(new)]
        return result

    return unstructure_changes


def _structure_revision_hook(cls: Any, converter: cattrs.Converter) -> StructureHook:
    changes = override(struct_hook=_structure_changes_hook(converter))
    return _structure_class_hook(cls, converter, changes=changes)


def _unstructure_revision_hook(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    changes = override(unstruct_hook=_unstructure_changes_hook(converter))
    return _unstructure_class_hook(cls, converter, changes=changes)


def _configure_revisions(converter: cattrs.Converter) -> None:
    """`Revision.changes` is ``{field: [old, new]}``, each value encoded like that Goal field."""
    converter.register_structure_hook_factory(lambda cls: cls is Revision, _structure_revision_hook)
    converter.register_unstructure_hook_factory(
        lambda cls: cls is Revision, _unstructure_revision_hook
    )
