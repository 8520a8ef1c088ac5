"""Model objects to documents and back: `to_dict`, `from_dict`, `to_json`, `from_json`.

Loading takes the fast path first, `goalkit._serialize.fast` (one pass from
JSON text or plain data to objects); when it declines, the document is
structured by cattrs functions generated without detailed validation, and
only when those fail too is it structured with detailed validation, for
`goalkit._serialize.explain` to collect every problem.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Any, Final, TypeVar

import cattrs

from goalkit._errors import LoadError, Problem, expect_type
from goalkit._model import Plan
from goalkit._serialize import migrations
from goalkit._serialize.converter import (
    expect_model_class,
    expect_model_object,
    make_converter,
    problem_budget,
)
from goalkit._serialize.documents import (
    MAX_DOCUMENT_SIZE,
    default_int_limit,
    json_text,
    parse_json,
    write_json,
    writes_native_json,
)
from goalkit._serialize.explain import brief, describe, explain
from goalkit._serialize.fast import make_loaders

__all__ = [
    "GC_PAUSE_THRESHOLD",
    "collector_paused",
    "from_dict",
    "from_json",
    "structure",
    "structure_data",
    "structure_json",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

_JSON_TEXT: Final = "JSON text (str or UTF-8 bytes)"

#: Documents at least this large (bytes or characters) are loaded with the cyclic garbage
#: collector paused: see `collector_paused`.
GC_PAUSE_THRESHOLD: Final = 1_000_000

#: Plans with at least this many goals are unstructured with the garbage collector paused.
_GC_PAUSE_GOALS: Final = 50

_CONVERTER: Final = make_converter()
_FAST: Final = make_loaders(_CONVERTER)
_fast_load: Final = _FAST.json
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


@contextlib.contextmanager
def collector_paused(size: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while a large document is parsed and built.

    Loading allocates hundreds of thousands of containers and no reference
    cycles, so every collection triggered meanwhile is wasted work: on a
    10,000-goal plan, collections cost as much as building the objects.
    The collector is restored afterwards (left off if it was off); cycles
    made meanwhile elsewhere are collected then. Small documents never
    touch it.

    Examples:
        >>> with collector_paused(GC_PAUSE_THRESHOLD):
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    if size < GC_PAUSE_THRESHOLD or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# ------------------------------------------------------------------ writing


def _unstructure(obj: Any, converter: cattrs.Converter) -> dict[str, Any]:
    """The document form of the model object *obj*, written by *converter*.

    A plan's document starts with its ``schema_version``.

    Examples:
        >>> from goalkit._model import Person
        >>> _unstructure(Person(name="Ana", id="ana"), _CONVERTER)
        {'name': 'Ana', 'id': 'ana'}
    """
    cls = type(obj)
    hook = converter.get_unstructure_hook(cls)
    if cls is Plan:
        # Building a large plan's document allocates as much as loading it: see collector_paused.
        with collector_paused(GC_PAUSE_THRESHOLD * (len(obj.goals) >= _GC_PAUSE_GOALS)):
            return migrations.versioned(hook(obj))
    document: dict[str, Any] = hook(obj)
    return document


def to_dict(obj: Any) -> dict[str, Any]:
    """The document form of a model object: plain dicts, lists, strings, numbers and booleans.

    Fields at their default are left out. A `Plan` document starts with
    its ``schema_version``.

    Raises:
        ValidationError: *obj* is not a goalkit model object.

    Examples:
        >>> import datetime
        >>> from goalkit import KeyResult, to_dict
        >>> to_dict(KeyResult(title="Talks given", target=5, id="kr-talks",
        ...                   due=datetime.date(2027, 4, 30)))
        {'title': 'Talks given', 'target': 5, 'id': 'kr-talks', 'due': '2027-04-30'}
    """
    expect_model_object("to_dict", "obj", obj)
    return _unstructure(obj, _CONVERTER)


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The document form of a model object as JSON text (compact unless *indent* is given).

    Raises:
        ValidationError: *obj* is not a goalkit model object, or *indent*
            is not a whole number or None.
        ValueError: text in the object holds a lone surrogate, which JSON cannot carry.

    Examples:
        >>> from goalkit import Person, to_json
        >>> to_json(Person(name="Ana Diaz", id="ana"))
        '{"name":"Ana Diaz","id":"ana"}'
    """
    expect_model_object("to_json", "obj", obj)
    if indent is not None and type(indent) is not int:
        expect_type("to_json", "indent", indent, int, type(None), expected="a whole number or None")
    if writes_native_json(indent):
        return write_json(_unstructure(obj, _native_converter()), indent=indent)
    return write_json(_unstructure(obj, _CONVERTER), indent=indent)


# ------------------------------------------------------------------ reading


def structure(cls: type[T], document: Any, source: str | None) -> T:
    """Build a *cls* from its document form, or raise `LoadError` with every problem.

    *source* names where the document came from (a path), for the error.

    Examples:
        >>> from goalkit._model import Person
        >>> structure(Person, {"name": "Ana", "id": "ana"}, None)
        Person(name='Ana', id='ana')
    """
    if not isinstance(document, dict):
        message = f"expected an object (a {cls.__name__}), got {describe(document)}"
        raise LoadError([Problem("", message, code="type")], source=source)
    if cls is Plan:
        try:
            document = migrations.upgrade(document)
        except LoadError as error:
            raise LoadError(error.problems, source=source) from None
    try:
        return _CONVERTER.get_structure_hook(cls)(document, cls)  # type: ignore[no-any-return]
    except Exception as first:
        problems = _problems(cls, document)
        if not problems:  # pragma: no cover - the detailed pass refuses what the fast one does
            problems = [Problem("", f"could not be read: {brief(first)}", code="unreadable")]
        raise LoadError(problems, source=source) from None


def _problems(cls: type, document: dict[str, Any]) -> list[Problem]:
    """Structure *document* again, with detailed validation, to explain what is wrong.

    The pass stops collecting once `MAX_PROBLEMS` problems are found in the
    whole document (`problem_budget`), so its time and memory stay bounded.
    """
    try:
        with problem_budget():
            _detailed_converter().get_structure_hook(cls)(document, cls)
    except Exception as error:
        return explain(error, document)
    return []  # pragma: no cover - the detailed pass refuses what the fast one does


def from_dict(cls: type[T], data: Any) -> T:
    """Build a model object from its document form, checking everything.

    A `Plan` document must carry ``schema_version``; older versions are
    migrated, newer ones refused.

    Raises:
        LoadError: anything wrong with *data*; `LoadError.problems` lists
            every problem found, each with its path.
        ValidationError: *cls* is not a goalkit model class.

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
    expect_model_class("from_dict", "cls", cls)
    return structure_data(cls, data, None)


def structure_data(cls: type[T], data: Any, source: str | None) -> T:
    """Build a *cls* from plain data, or raise `LoadError` with every problem.

    The one-pass path (`goalkit._serialize.fast`) first; when it declines,
    `structure`, which explains every problem. *source* names where the
    data came from (a path), for the error.

    Examples:
        >>> from goalkit._model import Person
        >>> structure_data(Person, {"name": "Ana", "id": "ana"}, None)
        Person(name='Ana', id='ana')
    """
    try:
        return _FAST.data(cls, data)  # type: ignore[no-any-return]
    except Exception:  # noqa: S110 - the detailed path below says what is wrong
        pass
    return structure(cls, data, source)


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
        ValidationError: *cls* is not a goalkit model class, *text* is not
            `str` or `bytes`, or *max_size* is not a whole number.

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
    expect_model_class("from_json", "cls", cls)
    if type(text) is not str and type(text) is not bytes:  # the common cases cost no call
        expect_type("from_json", "text", text, bytearray, memoryview, expected=_JSON_TEXT)
    if type(max_size) is not int:
        expect_type("from_json", "max_size", max_size, int, expected="a whole number of bytes")
    with collector_paused(len(text)):
        return structure_json(cls, json_text(text, max_size=max_size), None, max_size)


def structure_json(cls: type[T], text: str, source: str | None, max_size: int) -> T:
    """Build a *cls* from JSON text that passed `json_text`, or raise `LoadError`.

    The one-pass path (`goalkit._serialize.fast`) first; when it declines,
    the detailed path: `parse_json`, then `structure`, which explain every
    problem. *source* names where the text came from (a path), for the error.

    Examples:
        >>> from goalkit._model import Person
        >>> structure_json(Person, '{"name": "Ana", "id": "ana"}', None, MAX_DOCUMENT_SIZE)
        Person(name='Ana', id='ana')
    """
    if default_int_limit():
        try:
            return _fast_load(cls, text)  # type: ignore[no-any-return]
        except Exception:  # noqa: S110 - the detailed path below says what is wrong
            pass
    return structure(cls, parse_json(text, max_size=max_size), source)
