"""Error explanation: cattrs' exception groups turned into `Problem(path, message)` lists.

The detailed converter (`make_converter(detailed_validation=True)`) raises
a tree of exceptions: groups for objects and arrays, annotated with the
field name or index of each member, and leaves that say what went wrong.
`explain` walks that tree, as cattrs' own ``transform_error`` does, and
writes one `Problem` per leaf, with a path like
``goals[2].key_results[0].target`` and a message that says what was
expected and what was found, quoting only an excerpt of the input.
"""

from __future__ import annotations

import ast
import datetime
import difflib
import heapq
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from goalkit._errors import Problem, ValidationError, excerpt
from goalkit._serialize.converter import (
    MAX_PROBLEMS,
    MismatchError,
    ProblemLimitError,
    UnknownKeysError,
    expected_for,
)
from goalkit._words import plural

__all__ = ["MISSING", "brief", "describe", "explain", "path_segments", "value_at"]

Segments = list[str | int]

_IDENTIFIER: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
#: One part of a path such as ``goals[2].changes['due']``: an index, a bracketed key, a name.
_SEGMENT: Final = re.compile(r"\[(\d+)\]|\[([^\]]*)\]|\.?([^.\[]+)")
#: What `value_at` returns where a document holds nothing.
MISSING: Final = object()
_YAML_BOOLEANS: Final = " (YAML reads yes, no, on and off as true or false: quote the text)"
#: Text that YAML 1.1 (and other tools) would read as a number: base 60, hexadecimal, octal,
#: binary, digits with underscores. goalkit reads such text as text.
_OTHER_NUMBER: Final = re.compile(
    r"[-+]?(?:0[xX][0-9a-fA-F_]+|0[oObB][0-7_]+|0[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|[0-9_]*\.[0-9_]*_[0-9_]*)"
)
_DECIMAL_ONLY: Final = " (goalkit reads numbers in decimal only)"


def brief(error: BaseException) -> str:
    """An exception as a short line: its type and the start of its message.

    Examples:
        >>> brief(KeyError("missing"))
        "KeyError: 'missing'"
    """
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
        return f"an array of {plural(len(value), 'item')}"
    if isinstance(value, Mapping):
        return f"an object with {plural(len(value), 'key')}"
    if kind is datetime.date:
        return f"the date {value.isoformat()}"
    if kind is datetime.datetime:
        return f"the date and time {value.isoformat()}"
    if kind is datetime.time:
        return f"the time {value.isoformat()}"
    return f"a {kind.__name__}"


def explain(error: BaseException, document: Any) -> list[Problem]:
    """The problems a detailed structuring *error* found in *document*, at most `MAX_PROBLEMS`.

    Examples:
        >>> from goalkit._model import CheckIn
        >>> from goalkit._serialize.converter import make_converter
        >>> document = {"on": "soon", "value": "3"}
        >>> try:
        ...     make_converter(detailed_validation=True).structure(document, CheckIn)
        ... except Exception as error:
        ...     for problem in explain(error, document):
        ...         print(problem)
        on: expected a calendar date as YYYY-MM-DD, got text 'soon'
        value: expected a number, got text '3'
    """
    problems: list[Problem] = []
    _visit(error, [], None, document, problems)
    return problems


def _visit(
    error: BaseException, segments: Segments, kind: Any, document: Any, problems: list[Problem]
) -> None:
    if len(problems) >= MAX_PROBLEMS:
        return
    if not isinstance(error, ClassValidationError | IterableValidationError):
        for path, message, code in _leaf(error, segments, kind, document):
            problems.append(Problem(_format_path(path), message, code=code))
            if len(problems) >= MAX_PROBLEMS:
                return
        return
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
        _visit(inner, inner_segments, inner_kind, document, problems)


def _leaf(
    error: BaseException, segments: Segments, kind: Any, document: Any
) -> Iterator[tuple[Segments, str, str]]:
    """The (path, message, code) triples one leaf exception stands for, made as they are taken."""
    if isinstance(error, ProblemLimitError):
        return  # the explanation stopped there: enough problems were found elsewhere
    if isinstance(error, MismatchError):
        got = error.got
        message = f"expected {error.expected}, got {describe(got)}"
        if type(got) is bool and error.expected.startswith("text"):
            message += _YAML_BOOLEANS
        elif type(got) is str and "number" in error.expected and _OTHER_NUMBER.fullmatch(got):
            message += _DECIMAL_ONLY
        yield segments, message, error.code
    elif isinstance(error, ForbiddenExtraKeysError):
        allowed = _class_keys(error.cl)
        owner = f"a {error.cl.__name__}"
        # The first keys in order, without sorting a million of them.
        for key in heapq.nsmallest(MAX_PROBLEMS, error.extra_fields, key=str):
            yield [*segments, key], _unknown_key_message(key, owner, allowed), "unknown_key"
    elif isinstance(error, UnknownKeysError):
        for key in error.keys:
            message = _unknown_key_message(key, error.owner, error.allowed)
            yield [*segments, key], message, "unknown_key"
    elif isinstance(error, KeyError) and kind is not None:
        yield segments, f"missing: expected {expected_for(kind)}", "missing"
    elif isinstance(error, ValidationError):
        yield _invariant(error, segments, document)
    else:
        yield segments, f"could not be read: {brief(error)}", "unreadable"


def _invariant(
    error: ValidationError, segments: Segments, document: Any
) -> tuple[Segments, str, str]:
    """A model invariant the object broke, at the path of the field, quoting the input."""
    where = [*segments, *path_segments(error.field)]
    message = f"expected {error.expected}"
    raw = value_at(document, where)
    if raw is not MISSING:
        shown = excerpt(raw) if type(raw) in (str, int, float) else describe(raw)
        message += f", got {shown}"
    return where, message, error.code


def _format_path(segments: Segments) -> str:
    parts: list[str] = []
    for segment in segments:
        if type(segment) is int:
            parts.append(f"[{segment}]")
        elif type(segment) is str and len(segment) <= 60 and _IDENTIFIER.match(segment):
            parts.append(f".{segment}" if parts else segment)
        else:
            parts.append(f"[{excerpt(segment, 40)}]")
    return "".join(parts)


def path_segments(path: str) -> tuple[str | int, ...]:
    """A `Problem.path` as the parts of a pydantic ``loc``: names and indexes.

    Examples:
        >>> path_segments("goals[2].key_results[0].target")
        ('goals', 2, 'key_results', 0, 'target')
        >>> path_segments("revisions[0].changes['a b']")
        ('revisions', 0, 'changes', 'a b')
        >>> path_segments("")
        ()
    """
    segments: list[str | int] = []
    for index, quoted, name in _SEGMENT.findall(path):
        if index:
            segments.append(int(index))
        elif name:
            segments.append(name)
        else:
            segments.append(_unquote(quoted))
    return tuple(segments)


def _unquote(text: str) -> str:
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return text
    return value if type(value) is str else text


def value_at(document: Any, segments: Sequence[str | int]) -> Any:
    """The value at *segments* (keys and indexes) inside *document*, or `MISSING`.

    Only what a parsed document holds is followed: an index into a list, a key of a mapping.

    Examples:
        >>> value_at({"goals": [{"title": "Learn SQL"}]}, ["goals", 0, "title"])
        'Learn SQL'
        >>> value_at({"goals": []}, ["goals", 0]) is MISSING
        True
    """
    value = document
    for segment in segments:
        in_list = type(segment) is int and type(value) is list and 0 <= segment < len(value)
        in_object = type(segment) is str and isinstance(value, Mapping) and segment in value
        if not (in_list or in_object):
            return MISSING
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
