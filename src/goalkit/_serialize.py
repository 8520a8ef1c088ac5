"""The document format: one cattrs converter, strict loading, versioned plan documents.

This is the one module that knows how goalkit objects look as documents.
`make_converter` builds the converter; everything else here uses it:

- Dates are ISO 8601 calendar days (``"2027-01-31"``), enums their values,
  tuples arrays, `Revision.changes` an object ``{field: [old, new]}`` with
  each value encoded like that `Goal` field. Fields at their default are
  left out, and so is a key result's `direction` when it is the one inferred
  from baseline and target: hand-written files stay short, and loading
  them gives back an equal object.
- Loading never coerces: a string is never a number, a boolean never a
  number, a number never text, a float never a whole number. Unknown keys
  are refused. Every model invariant is checked again, and a broken one is
  reported as a `Problem` at its path in the document.
- Loading takes the fast path first (cattrs functions generated without
  detailed validation). Only when that fails is the document structured a
  second time with detailed validation, to collect every problem.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import difflib
import enum
import gc
import os
import re
import secrets
import stat
import types
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from goalkit._documents import (
    MAX_DOCUMENT_SIZE,
    READERS,
    WRITERS,
    YAML_INSTALL_HINT,
    check_size,
    decode_utf8,
    parse_json,
    write_json,
    writes_native_json,
    yaml_available,
)
from goalkit._errors import LoadError, Problem, ValidationError, excerpt
from goalkit._model import (
    MAX_MAGNITUDE,
    REVISABLE_FIELDS,
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
    "MIGRATIONS",
    "MODEL_CLASSES",
    "SCHEMA_VERSION",
    "dump",
    "from_dict",
    "from_json",
    "load",
    "make_converter",
    "migration",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

#: A function that upgrades a plan document by one version.
Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: The version of the plan document format this goalkit writes.
#: Older documents are migrated when loaded; newer ones are refused.
SCHEMA_VERSION: Final = 1

#: Longest text accepted in any one field, in characters.
MAX_TEXT_LENGTH: Final = 100_000

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
    Goal,
    Cadence,
    Plan,
)

#: Migrations by the version they upgrade from: ``MIGRATIONS[n]`` takes a plan
#: document (without its ``schema_version``) at version n and returns it at n + 1.
MIGRATIONS: dict[int, Migration] = {}

_SUFFIXES: Final = ".json, .yaml, .yml or .toml"

#: Documents at least this large (bytes or characters) are loaded with the cyclic garbage
#: collector paused: see `_collector_paused`.
GC_PAUSE_THRESHOLD: Final = 1_000_000


@contextlib.contextmanager
def _collector_paused(size: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while a large document is parsed and built.

    Loading allocates hundreds of thousands of containers and no reference
    cycles, so every collection triggered meanwhile is wasted work: on a
    10,000-goal plan, collections cost as much as building the objects.
    The collector is restored afterwards (left off if it was off); cycles
    made meanwhile elsewhere are collected then. Small documents never
    touch it.
    """
    if size < GC_PAUSE_THRESHOLD or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function that upgrades plan documents from *from_version* to the next.

    The function receives the document without its ``schema_version`` key
    (a copy: it may change it in place) and returns the upgraded document.

    Examples:
        >>> @migration(0)
        ... def rename_goal_list(document):
        ...     document["goals"] = document.pop("objectives", [])
        ...     return document
        >>> MIGRATIONS.pop(0) is rename_goal_list
        True
    """

    def register(function: Migration) -> Migration:
        MIGRATIONS[from_version] = function
        return function

    return register


# ------------------------------------------------------------------ problems


class _MismatchError(Exception):
    """A value of the wrong type or form; the message is built only if it is reported."""

    def __init__(self, expected: str, got: Any) -> None:
        super().__init__(expected)
        self.expected = expected
        self.got = got


class _UnknownKeysError(Exception):
    def __init__(self, keys: list[Any], owner: str, allowed: tuple[str, ...]) -> None:
        super().__init__(owner)
        self.keys = keys
        self.owner = owner
        self.allowed = allowed


def _brief(error: BaseException) -> str:
    """An exception as a short line: its type and the start of its message."""
    text = str(error)
    if len(text) > 120:
        text = text[:117] + "..."
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def describe(value: Any) -> str:
    """Say what a document value is, briefly, for error messages.

    Examples:
        >>> describe("12"), describe(True), describe([1, 2]), describe(None)
        ("text '12'", 'true', 'an array of 2 items', 'null')
    """
    kind = type(value)
    if kind is str:
        return f"text {excerpt(value)}"
    if kind is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    if kind is int or kind is float:
        return f"the number {excerpt(value)}"
    if kind is list or kind is tuple:
        return f"an array of {len(value)} item{'' if len(value) == 1 else 's'}"
    if isinstance(value, Mapping):
        return f"an object with {len(value)} key{'' if len(value) == 1 else 's'}"
    if kind is datetime.date:
        return f"the date {value.isoformat()}"
    if kind is datetime.datetime:
        return f"the date and time {value.isoformat()}"
    if kind is datetime.time:
        return f"the time {value.isoformat()}"
    return f"a {kind.__name__}"


def _expected_for(kind: Any) -> str:
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
    inner = _optional_inner(kind)
    if inner is not None:
        return _expected_for(inner)
    if get_origin(kind) is tuple:
        return f"an array of {_expected_for(get_args(kind)[0])}"
    return "a value"


_IDENTIFIER: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _format_path(segments: list[str | int]) -> str:
    parts: list[str] = []
    for segment in segments:
        if type(segment) is int:
            parts.append(f"[{segment}]")
        elif type(segment) is str and len(segment) <= 60 and _IDENTIFIER.match(segment):
            parts.append(f".{segment}" if parts else segment)
        else:
            parts.append(f"[{excerpt(segment, 40)}]")
    return "".join(parts)


_FIELD_PATH: Final = re.compile(r"(\w+)|\[(\d+)\]|\[('[^']*')\]")


def _field_segments(field: str) -> list[str | int]:
    # ValidationError.field is a path inside the object: "key_results[1].id", "changes['due']".
    segments: list[str | int] = []
    for name, index, quoted in _FIELD_PATH.findall(field):
        if name:
            segments.append(name)
        elif index:
            segments.append(int(index))
        else:
            segments.append(quoted[1:-1])
    return segments


_MISSING: Final = object()


def _lookup(document: Any, segments: list[str | int]) -> Any:
    value = document
    for segment in segments:
        in_list = type(segment) is int and type(value) is list and 0 <= segment < len(value)
        in_object = type(segment) is str and isinstance(value, Mapping) and segment in value
        if not (in_list or in_object):
            return _MISSING
        value = value[segment]
    return value


def _unknown_key_message(key: Any, owner: str, allowed: tuple[str, ...]) -> str:
    message = f"unknown key for {owner}"
    if type(key) is str and len(key) <= 40:
        close = difflib.get_close_matches(key, allowed, n=1)
        if close:
            return f"{message}; did you mean {close[0]!r}?"
    return f"{message} (expected one of: {', '.join(allowed)})"


def _class_keys(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(cls) if field.init)


class _Explainer:
    """Turns cattrs' detailed exception groups into `Problem`s with document paths."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.problems: list[Problem] = []

    def add(self, segments: list[str | int], message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(_format_path(segments), message))

    def visit(self, error: BaseException, segments: list[str | int], kind: Any = None) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            return
        if isinstance(error, ClassValidationError | IterableValidationError):
            for inner in error.exceptions:
                inner_segments = list(segments)
                inner_kind = None
                for note in reversed(getattr(inner, "__notes__", ())):
                    if isinstance(note, AttributeValidationNote):
                        inner_segments.append(note.name)
                        inner_kind = note.type
                    elif isinstance(note, IterableValidationNote):
                        inner_segments.append(note.index)
                        inner_kind = note.type
                self.visit(inner, inner_segments, inner_kind)
            return
        self.leaf(error, segments, kind)

    def leaf(self, error: BaseException, segments: list[str | int], kind: Any) -> None:
        if isinstance(error, _MismatchError):
            message = f"expected {error.expected}, got {describe(error.got)}"
            if type(error.got) is bool and error.expected.startswith("text"):
                message += " (YAML reads yes, no, on and off as true or false: quote the text)"
            self.add(segments, message)
        elif isinstance(error, ForbiddenExtraKeysError):
            allowed = _class_keys(error.cl)
            owner = f"a {error.cl.__name__}"
            for key in sorted(error.extra_fields, key=str):
                self.add([*segments, key], _unknown_key_message(key, owner, allowed))
        elif isinstance(error, _UnknownKeysError):
            for key in error.keys:
                self.add([*segments, key], _unknown_key_message(key, error.owner, error.allowed))
        elif isinstance(error, KeyError) and kind is not None:
            self.add(segments, f"missing: expected {_expected_for(kind)}")
        elif isinstance(error, ValidationError):
            where = [*segments, *_field_segments(error.field)]
            message = f"expected {error.expected}"
            raw = _lookup(self.document, where)
            if raw is not _MISSING:
                shown = excerpt(raw) if type(raw) in (str, int, float) else describe(raw)
                message += f", got {shown}"
            self.add(where, message)
        else:
            self.add(segments, f"could not be read: {_brief(error)}")


# ---------------------------------------------------------------- the hooks


def _structure_text(value: Any, _: Any) -> str:
    if type(value) is str:
        if len(value) <= MAX_TEXT_LENGTH:
            return value
        raise _MismatchError(f"text of at most {MAX_TEXT_LENGTH} characters", value)
    raise _MismatchError("text", value)


def _structure_number(value: Any, _: Any) -> float:
    # `type(...) is` rather than isinstance: a bool is an int, and never a number here.
    kind = type(value)
    if kind is float or kind is int:
        return value  # type: ignore[no-any-return]  # range and finiteness: checked by the model
    raise _MismatchError("a number", value)


def _structure_whole_number(value: Any, _: Any) -> int:
    if type(value) is int and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        return value
    raise _MismatchError(f"a whole number within ±{MAX_MAGNITUDE:g}", value)


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
        raise _MismatchError("a calendar date as YYYY-MM-DD", value)
    if kind is datetime.date:  # TOML and YAML have native dates
        return value  # type: ignore[no-any-return]
    raise _MismatchError("a date as text, YYYY-MM-DD", value)


def _structure_optional_text(value: Any, _: Any) -> str | None:
    if value is None or (type(value) is str and len(value) <= MAX_TEXT_LENGTH):
        return value
    return _structure_text(value, _)


def _structure_optional_whole_number(value: Any, _: Any) -> int | None:
    if value is None or (type(value) is int and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE):
        return value
    return _structure_whole_number(value, _)


def _enum_hook(kind: type[enum.Enum]) -> Callable[[Any, Any], Any]:
    members = {member.value: member for member in kind}
    expected = "one of " + ", ".join(repr(value) for value in members)

    def structure_enum(value: Any, _: Any) -> Any:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
        raise _MismatchError(expected, value)

    return structure_enum


def _optional_inner(kind: Any) -> Any:
    if get_origin(kind) in (Union, types.UnionType):
        args = get_args(kind)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return None


def _is_optional(kind: Any) -> bool:
    return _optional_inner(kind) is not None


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_array(value: Any) -> Any:
    if type(value) is list or type(value) is tuple:
        return value
    raise _MismatchError("an array", value)


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
        forbid_extra_keys=True,
        detailed_validation=detailed_validation,
        prefer_attrib_converters=False,
    )
    for cls in MODEL_CLASSES:
        attrs.resolve_types(cls)

    # Leaves.
    converter.register_structure_hook(str, _structure_text)
    converter.register_structure_hook(float, _structure_number)
    converter.register_structure_hook(int, _structure_whole_number)
    converter.register_structure_hook(datetime.date, _structure_date)
    if native_dates_and_enums:
        converter.register_unstructure_hook(datetime.date, identity)
        converter.register_unstructure_hook_factory(
            lambda kind: isinstance(kind, type) and issubclass(kind, enum.Enum),
            lambda kind: identity,
        )
    else:
        converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook_factory(
        lambda kind: isinstance(kind, type) and issubclass(kind, enum.Enum), _enum_hook
    )

    # `X | None`, never calling the inner hook for None.
    def structure_optional_factory(kind: Any) -> Callable[[Any, Any], Any]:
        inner_type = _optional_inner(kind)
        if inner_type is str:  # the common optionals in one call each rather than two
            return _structure_optional_text
        if inner_type is int:
            return _structure_optional_whole_number
        inner = converter.get_structure_hook(inner_type)

        def structure_optional(value: Any, _: Any) -> Any:
            return None if value is None else inner(value, inner_type)

        return structure_optional

    def unstructure_optional_factory(kind: Any) -> Callable[[Any], Any]:
        inner = converter.get_unstructure_hook(_optional_inner(kind))
        if inner is identity:
            return identity

        def unstructure_optional(value: Any) -> Any:
            return None if value is None else inner(value)

        return unstructure_optional

    converter.register_structure_hook_factory(_is_optional, structure_optional_factory)
    converter.register_unstructure_hook_factory(_is_optional, unstructure_optional_factory)

    # `tuple[X, ...]` as arrays (lists and tuples accepted; never a string or a mapping).
    def structure_tuple_factory(kind: Any) -> Callable[[Any, Any], Any]:
        item_type = get_args(kind)[0]
        item = converter.get_structure_hook(item_type)
        if not detailed_validation:

            def structure_tuple(value: Any, _: Any) -> tuple[Any, ...]:
                return tuple([item(entry, item_type) for entry in _structure_array(value)])

            return structure_tuple

        def structure_tuple_detailed(value: Any, _: Any) -> tuple[Any, ...]:
            result = []
            errors: list[Exception] = []
            for index, entry in enumerate(_structure_array(value)):
                try:
                    result.append(item(entry, item_type))
                except Exception as error:
                    error.__notes__ = [
                        *getattr(error, "__notes__", ()),
                        IterableValidationNote(f"@ index {index}", index, item_type),
                    ]
                    errors.append(error)
                    if len(errors) >= MAX_PROBLEMS:
                        break
            if errors:
                raise IterableValidationError(f"While structuring {kind}", errors, kind)
            return tuple(result)

        return structure_tuple_detailed

    def unstructure_tuple_factory(kind: Any) -> Callable[[Any], Any]:
        item = converter.get_unstructure_hook(get_args(kind)[0])
        if item is identity:
            return list

        def unstructure_tuple(value: tuple[Any, ...]) -> list[Any]:
            return [item(entry) for entry in value]

        return unstructure_tuple

    converter.register_structure_hook_factory(_is_homogeneous_tuple, structure_tuple_factory)
    converter.register_unstructure_hook_factory(_is_homogeneous_tuple, unstructure_tuple_factory)

    # Revision.changes: {field: [old, new]}, each value encoded like that Goal field.
    goal_types = {
        field.name: field.type for field in attrs.fields(Goal) if field.name in REVISABLE_FIELDS
    }
    revisable = tuple(name for name in goal_types)

    def structure_changes(value: Any, _: Any) -> dict[str, tuple[Any, Any]]:
        if not isinstance(value, dict):
            raise _MismatchError("an object mapping Goal fields to [old, new]", value)
        unknown = [name for name in value if name not in goal_types]
        if unknown:
            raise _UnknownKeysError(unknown[:MAX_PROBLEMS], "a revision's changes", revisable)
        result: dict[str, tuple[Any, Any]] = {}
        errors: list[Exception] = []
        for name, pair in value.items():
            kind = goal_types[name]
            hook = converter.get_structure_hook(kind)
            try:
                if type(pair) is not list or len(pair) != 2:
                    raise _MismatchError(f"a pair [old, new] of {_expected_for(kind)}", pair)
                result[name] = (
                    _structure_item(hook, pair, 0, kind, detailed_validation),
                    _structure_item(hook, pair, 1, kind, detailed_validation),
                )
            except Exception as error:
                if not detailed_validation:
                    raise
                error.__notes__ = [
                    *getattr(error, "__notes__", ()),
                    IterableValidationNote(f"@ key {name}", name, kind),
                ]
                errors.append(error)
        if errors:
            raise IterableValidationError("While structuring changes", errors, dict)
        return result

    def unstructure_changes(changes: Mapping[str, tuple[Any, Any]]) -> dict[str, list[Any]]:
        result = {}
        for name, (old, new) in changes.items():
            hook = converter.get_unstructure_hook(goal_types[name])
            result[name] = [hook(old), hook(new)]
        return result

    # The classes: functions generated by cattrs, strict about keys.
    def structure_class_factory(cls: Any) -> Callable[[Any, Any], Any]:
        overrides: dict[str, Any] = {}
        if cls is Revision:
            overrides["changes"] = override(struct_hook=structure_changes)
        generated = make_dict_structure_fn(
            cls,
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=detailed_validation,
            **overrides,
        )
        if not detailed_validation:
            # A non-object fails on its first required key, which every class has.
            return generated
        expected = f"an object (a {cls.__name__})"

        def structure_object(value: Any, kind: Any) -> Any:
            if not isinstance(value, dict):
                raise _MismatchError(expected, value)
            return generated(value, kind)

        return structure_object

    def unstructure_class_factory(cls: Any) -> Callable[[Any], Any]:
        overrides: dict[str, Any] = {}
        names = {field.name for field in attrs.fields(cls)}
        if "id" in names:  # a generated default: comparing with it would make a new one
            overrides["id"] = override(omit_if_default=False)
        if cls is Revision:
            overrides["changes"] = override(unstruct_hook=unstructure_changes)
        generated = make_dict_unstructure_fn(
            cls, converter, _cattrs_omit_if_default=True, **overrides
        )
        if cls is not KeyResult:
            return generated

        def unstructure_key_result(key_result: KeyResult) -> dict[str, Any]:
            # Leave out the direction when loading would infer the same one.
            document: dict[str, Any] = generated(key_result)
            direction = key_result.direction
            if direction is Direction.INCREASE or direction is Direction.DECREASE:
                document.pop("direction", None)
            return document

        return unstructure_key_result

    is_model_class = MODEL_CLASSES.__contains__
    converter.register_structure_hook_factory(is_model_class, structure_class_factory)
    converter.register_unstructure_hook_factory(is_model_class, unstructure_class_factory)
    return converter


def _structure_item(
    hook: Callable[[Any, Any], Any], pair: list[Any], index: int, kind: Any, detailed: bool
) -> Any:
    try:
        return hook(pair[index], kind)
    except Exception as error:
        if detailed:
            error.__notes__ = [
                *getattr(error, "__notes__", ()),
                IterableValidationNote(f"@ index {index}", index, kind),
            ]
            raise IterableValidationError("While structuring a pair", [error], list) from None
        raise


# ------------------------------------------------------------ the converter

_CONVERTER: Final = make_converter()
# Variants of the same converter, built on first need: the detailed one explains failed
# loads; the native one feeds orjson, which writes dates and enums as the format does.
_variants: dict[str, cattrs.Converter] = {}


def _detailed_converter() -> cattrs.Converter:
    if "detailed" not in _variants:
        _variants["detailed"] = make_converter(detailed_validation=True)
    return _variants["detailed"]


def _native_converter() -> cattrs.Converter:
    if "native" not in _variants:
        _variants["native"] = make_converter(native_dates_and_enums=True)
    return _variants["native"]


#: Plans with at least this many goals are unstructured with the garbage collector paused.
_GC_PAUSE_GOALS: Final = 50


def _unstructure(obj: Any, converter: cattrs.Converter) -> dict[str, Any]:
    cls = type(obj)
    _check_class(cls)
    hook = converter.get_unstructure_hook(cls)
    if cls is Plan:
        # Building a large plan's document allocates as much as loading it: see _collector_paused.
        with _collector_paused(GC_PAUSE_THRESHOLD * (len(obj.goals) >= _GC_PAUSE_GOALS)):
            return {"schema_version": SCHEMA_VERSION, **hook(obj)}
    document: dict[str, Any] = hook(obj)
    return document


def _check_class(cls: Any) -> None:
    if cls not in MODEL_CLASSES:
        names = ", ".join(model.__name__ for model in MODEL_CLASSES)
        raise TypeError(f"expected a goalkit model class ({names}), got {cls!r}")


def to_dict(obj: Any) -> dict[str, Any]:
    """The document form of a model object: plain dicts, lists, strings, numbers and booleans.

    Fields at their default are left out. A `Plan` document starts with
    its ``schema_version``.

    Raises:
        TypeError: *obj* is not a goalkit model object.

    Examples:
        >>> import datetime
        >>> from goalkit import KeyResult, to_dict
        >>> to_dict(KeyResult(title="Talks given", target=5, id="kr-talks",
        ...                   due=datetime.date(2027, 4, 30)))
        {'title': 'Talks given', 'target': 5, 'id': 'kr-talks', 'due': '2027-04-30'}
    """
    return _unstructure(obj, _CONVERTER)


def _upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """A plan document at the current version, without its ``schema_version`` key."""

    def refuse(message: str) -> LoadError:
        return LoadError([Problem("schema_version", message)])

    current = SCHEMA_VERSION
    if "schema_version" not in document:
        raise refuse(f"missing: expected {current}, the version this goalkit writes")
    version = document["schema_version"]
    if type(version) is not int:
        raise refuse(f"expected a whole number, got {describe(version)}")
    if version > current:
        raise refuse(
            f"this document was written by a newer goalkit (schema_version {version}); "
            f"this one reads versions up to {current}: upgrade goalkit-mentoring to load it"
        )
    body = {key: value for key, value in document.items() if key != "schema_version"}
    if version == current:
        return body
    if version < 1 and version not in MIGRATIONS:
        raise refuse(f"expected a version from 1 to {current}, got {version}")
    body = copy.deepcopy(body)  # migrations may change it in place; never the caller's data
    for step in range(version, current):
        upgrade = MIGRATIONS.get(step)
        if upgrade is None:
            raise refuse(f"no migration from schema_version {step} to {step + 1}")
        try:
            body = upgrade(body)
        except Exception as error:
            raise refuse(f"could not migrate from schema_version {step}: {_brief(error)}") from None
        if not isinstance(body, dict):
            raise refuse(f"the migration from schema_version {step} did not return an object")
    return body


def _structure(cls: type[T], document: Any, source: str | None) -> T:
    if not isinstance(document, dict):
        raise LoadError(
            [Problem("", f"expected an object (a {cls.__name__}), got {describe(document)}")],
            source=source,
        )
    if cls is Plan:
        try:
            document = _upgrade(document)
        except LoadError as error:
            raise LoadError(error.problems, source=source) from None
    try:
        return _CONVERTER.get_structure_hook(cls)(document, cls)  # type: ignore[no-any-return]
    except Exception as first:
        problems = _explain(cls, document)
        if not problems:  # pragma: no cover - the detailed pass refuses what the fast one does
            problems = [Problem("", f"could not be read: {_brief(first)}")]
        raise LoadError(problems, source=source) from None


def _explain(cls: type, document: dict[str, Any]) -> list[Problem]:
    explainer = _Explainer(document)
    try:
        _detailed_converter().get_structure_hook(cls)(document, cls)
    except Exception as error:
        explainer.visit(error, [])
    return explainer.problems


def from_dict(cls: type[T], data: Any) -> T:
    """Build a model object from its document form, checking everything.

    A `Plan` document must carry ``schema_version``; older versions are
    migrated, newer ones refused.

    Raises:
        LoadError: anything wrong with *data*; `LoadError.problems` lists
            every problem found, each with its path.
        TypeError: *cls* is not a goalkit model class.

    Examples:
        >>> from goalkit import Goal, LoadError, from_dict
        >>> from_dict(Goal, {"title": "Learn SQL", "id": "g-sql"}).title
        'Learn SQL'
        >>> try:
        ...     from_dict(Goal, {"title": "Learn SQL", "weight": "2", "staus": "active"})
        ... except LoadError as error:
        ...     for problem in error.problems:
        ...         print(problem)
        weight: expected a number, got text '2'
        staus: unknown key for a Goal; did you mean 'status'?
    """
    _check_class(cls)
    return _structure(cls, data, None)


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The document form of a model object as JSON text (compact unless *indent* is given).

    Raises:
        TypeError: *obj* is not a goalkit model object.
        ValueError: text in the object holds a lone surrogate, which JSON cannot carry.

    Examples:
        >>> from goalkit import Person, to_json
        >>> to_json(Person(name="Ana Diaz", id="ana"))
        '{"name":"Ana Diaz","id":"ana"}'
    """
    if writes_native_json(indent):
        return write_json(_unstructure(obj, _native_converter()), indent=indent)
    return write_json(to_dict(obj), indent=indent)


def from_json(cls: type[T], text: str | bytes, *, max_size: int = MAX_DOCUMENT_SIZE) -> T:
    """Build a model object from JSON text (`str`, or UTF-8 `bytes`), checking everything.

    Args:
        cls: the model class to build, such as `Plan` or `Goal`.
        text: the JSON document.
        max_size: the largest document accepted, in bytes (characters for
            `str`). The default is 64 MiB; set it lower for input from
            clients you do not trust.

    Raises:
        LoadError: the text is not valid JSON, breaks a limit, or does not
            describe a valid object; `LoadError.problems` says where and why.
        TypeError: *cls* is not a goalkit model class.

    Examples:
        >>> from goalkit import CheckIn, LoadError, from_json
        >>> from_json(CheckIn, '{"on": "2027-02-01", "value": 3}').on
        datetime.date(2027, 2, 1)
        >>> try:
        ...     from_json(CheckIn, '{"on": "2027-02-30", "value": true}')
        ... except LoadError as error:
        ...     for problem in error.problems:
        ...         print(problem)
        on: expected a calendar date as YYYY-MM-DD, got text '2027-02-30'
        value: expected a number, got true
    """
    _check_class(cls)
    size = len(text) if isinstance(text, str | bytes | bytearray) else 0
    with _collector_paused(size):
        return _structure(cls, parse_json(text, max_size=max_size), None)


# --------------------------------------------------------------------- files


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def load(
    path: str | os.PathLike[str],
    cls: type[T] = Plan,  # type: ignore[assignment]
    *,
    max_size: int = MAX_DOCUMENT_SIZE,
) -> T:
    """Read a document file: the format is chosen by suffix.

    ``.json``; ``.yaml`` or ``.yml`` (safe loading only; needs the `yaml`
    extra); ``.toml`` (read only). Plan documents older than
    `SCHEMA_VERSION` are migrated; newer ones are refused.

    Args:
        path: the file to read.
        cls: the model class the document describes (default `Plan`).
        max_size: the largest file accepted, in bytes (default 64 MiB).

    Raises:
        LoadError: the file is missing, a folder, unreadable, of an unknown
            type, too large, or its content is not a valid document. The
            error's `source` is the path.
        TypeError: *cls* is not a goalkit model class.

    Examples:
        >>> import pathlib, tempfile
        >>> from goalkit import Person, dump, load
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "ana.yaml"
        >>> dump(Person(name="Ana", id="ana"), path)
        >>> load(path, Person)
        Person(name='Ana', id='ana')
    """
    _check_class(cls)
    file = Path(path)
    source = str(file)

    def refuse(message: str) -> LoadError:
        return LoadError([Problem("", message)], source=source)

    suffix = _suffix(file)
    reader = READERS.get(suffix)
    if reader is None:
        raise refuse(f"unknown file type {excerpt(suffix or file.name)}: expected {_SUFFIXES}")
    if suffix in (".yaml", ".yml") and not yaml_available():
        raise refuse(YAML_INSTALL_HINT)
    try:
        # Non-blocking, so that opening a named pipe cannot hang; it is then refused.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise refuse("is a folder, not a file")
            if not stat.S_ISREG(mode):
                raise refuse("not a regular file")
            try:
                check_size(os.fstat(handle.fileno()).st_size, max_size)
            except LoadError as error:
                raise LoadError(error.problems, source=source) from None
            data = handle.read(max_size + 1)  # the file may have grown since
    except FileNotFoundError:
        raise refuse("no such file") from None
    except IsADirectoryError:
        raise refuse("is a folder, not a file") from None
    except PermissionError:
        raise refuse("cannot be read: permission denied") from None
    except OSError as error:
        raise refuse(f"cannot be read: {error.strerror or error}") from None
    with _collector_paused(len(data)):
        try:
            check_size(len(data), max_size)
            document = reader(decode_utf8(data), max_size)
        except LoadError as error:
            raise LoadError(error.problems, source=source) from None
        return _structure(cls, document, source)


def dump(obj: Any, path: str | os.PathLike[str]) -> None:
    """Write a model object to a document file, atomically; the format is chosen by suffix.

    ``.json`` (indented) or ``.yaml``/``.yml`` (needs the `yaml` extra).
    The document is serialized in full first, then written to a temporary
    file in the same folder, flushed to disk and renamed over *path*: a
    crash or an error never leaves a half-written file, and no temporary
    file is left behind. An existing file keeps its permissions.

    Raises:
        ValueError: the suffix is not one goalkit writes (it reads, but
            does not write, ``.toml``), or the object cannot be written.
        TypeError: *obj* is not a goalkit model object.
        OSError: the folder is missing or not writable.

    Examples:
        >>> import json, pathlib, tempfile
        >>> from goalkit import Person, dump
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "ana.json"
        >>> dump(Person(name="Ana", id="ana"), path)
        >>> json.loads(path.read_text())
        {'name': 'Ana', 'id': 'ana'}
    """
    file = Path(path)
    writer = WRITERS.get(_suffix(file))
    if writer is None:
        raise ValueError(
            f"cannot write {excerpt(file.name)}: goalkit writes .json, .yaml and .yml "
            "(and reads .toml)"
        )
    if _suffix(file) == ".json":
        payload = (to_json(obj, indent=2) + "\n").encode("utf-8")
    else:
        payload = writer(to_dict(obj)).encode("utf-8")
    _write_atomically(file, payload)


def _write_atomically(file: Path, payload: bytes) -> None:
    folder = file.parent
    temporary = folder / f".{file.name}.{secrets.token_hex(6)}.tmp"
    # 0o666 lets the umask decide, as for any new file; O_EXCL never reuses a name.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(os.stat(file).st_mode))
        os.replace(temporary, file)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable where the platform allows it (POSIX).
    if os.name != "posix":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
