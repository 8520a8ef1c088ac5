"""The fast path of loading: JSON text or plain data to model objects in one pass.

`from_json`, `from_dict` and `load` try this path first. It decides only one thing: whether a
document is valid, and if so builds the very objects the detailed path
builds. It never explains anything. On any doubt (a wrong type, a
duplicate or unknown key, a broken invariant, text it does not expect,
any exception at all) it declines by raising, and `from_json` loads the
text again by the detailed path, which finds every problem with its
path. So a valid document pays for one pass, and an invalid one gets
exactly the errors it always got. (`from_dict` and YAML or TOML files
enter with plain data, turned into the same pairs first.) The fast path may decline a valid
document (it then costs twice); it must never accept an invalid one:
``tests/test_serialize_fast.py`` checks that the two paths agree.

Where the time goes, and what this path does about it (see
``benchmarks/bench_many_plans.py``):

- Parsing. The detailed path refuses duplicate keys with an
  ``object_pairs_hook`` written in Python, called once per object. Here
  the hook is `tuple`, a C function: each object arrives as its tuple of
  ``(key, value)`` pairs, the structuring functions build the fields from
  the pairs and notice a duplicate by counting (fewer fields than pairs).
  A JSON array arrives as a `list`, so an object is never taken for an
  array.
- Structuring. The same field hooks as the converter (no coercion, the same
  text and number limits), called from one loop per object.
- Construction. Check-ins are most of a plan's objects. Their invariants
  are checked here, in the loop that reads them, and the object is built
  without running `CheckIn.__attrs_post_init__` again: attrs'
  ``__init__`` plus the post-init check cost as much as everything else
  done per check-in. The other classes are built by their constructors,
  which check their invariants (unique ids, parents, directions...) as
  they always do.
"""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Callable
from operator import attrgetter
from typing import Any, Final, NamedTuple, get_args, get_origin

import attrs
import cattrs

from goalkit._model.checks import MAX_MAGNITUDE
from goalkit._model.enums import Direction, ReviewKind
from goalkit._model.goal import Goal
from goalkit._model.measures import CheckIn, KeyResult, Milestone, Review
from goalkit._model.plan import Person, Plan
from goalkit._serialize import migrations
from goalkit._serialize.converter import (
    _DATE_CACHE,
    MAX_TEXT_LENGTH,
    _structure_date,
    _structure_enum_hook,
    _structure_number,
    _structure_optional_text,
    _structure_optional_whole_number,
    _structure_text,
    _structure_whole_number,
    optional_inner,
)
from goalkit._serialize.documents import _bounded_float

__all__ = ["FastLoaders", "NotFast", "make_loaders"]

#: A structuring function of this module: (value as parsed, the type to build) -> the value.
Hook = Callable[[Any, Any], Any]

#: Classes built by the loop of `_class_hook` and their constructors (the others: `_converted`).
_LOOPED: Final = (Person, Goal, Plan)


class NotFast(Exception):  # noqa: N818 - a decision, not an error: the detailed path decides
    """The fast path declines this document; the detailed path will load or refuse it."""


def _refuse_constant(name: str) -> Any:
    raise NotFast(name)


#: Objects arrive as tuples of (key, value) pairs; NaN and Infinity are refused.
# Float literals are bounded as the detailed path bounds them (`MAX_NUMBER_LENGTH`).
_DECODER: Final = json.JSONDecoder(
    object_pairs_hook=tuple, parse_constant=_refuse_constant, parse_float=_bounded_float
)


class FastLoaders(NamedTuple):
    """The fast path's two entry points, each ``(cls, input) -> object``, raising to decline."""

    json: Callable[[type, str], Any]
    data: Callable[[type, Any], Any]


def make_loaders(converter: cattrs.Converter) -> FastLoaders:
    """The fast path's loaders: from JSON text, and from already-parsed data.

    ``json(cls, text)`` builds a *cls* from valid JSON text; *text* must
    have passed the checks that come before parsing (size, byte-order mark,
    valid Unicode: see `goalkit._serialize.documents`). ``data(cls, data)``
    builds it from plain data (dicts, lists, text, numbers, dates as YAML
    and TOML give them), which is first turned into the pairs the JSON
    parser makes. Both raise when the input is not a valid document.
    Classes without a loop of their own here (`Revision`, `Cadence`) are
    structured by *converter*, the fast converter, from plain dicts.

    Examples:
        >>> from goalkit._serialize.converter import make_converter
        >>> loaders = make_loaders(make_converter())
        >>> loaders.json(Person, '{"name": "Ana", "id": "ana"}')
        Person(name='Ana', id='ana')
        >>> loaders.data(Person, {"name": "Ana", "id": "ana"})
        Person(name='Ana', id='ana')
        >>> loaders.json(Person, '{"name": "Ana", "name": "Ana", "id": "ana"}')
        Traceback (most recent call last):
        goalkit._serialize.fast.NotFast
    """
    hooks: dict[Any, Hook] = {
        CheckIn: _structure_check_in,
        KeyResult: _structure_key_result,
        Milestone: _structure_milestone,
        Review: _structure_review,
    }

    def hook_for(kind: Any) -> Hook:
        if kind not in hooks:
            hooks[kind] = _make_hook(kind, converter, hook_for)
        return hooks[kind]

    decode = _DECODER.decode

    def load_json(cls: type, text: str) -> Any:
        document = decode(text)
        # Only \u escapes can make a lone surrogate: the detailed path finds and reports it.
        if "\\" in text and ("\\ud" in text or "\\uD" in text) and _lone_surrogate(document):
            raise NotFast
        if cls is Plan:
            document = _current_body(document)
        return hook_for(cls)(document, cls)

    def load_data(cls: type, data: Any) -> Any:
        document = _as_pairs(data)
        if cls is Plan:
            document = _current_body(document)
        return hook_for(cls)(document, cls)

    return FastLoaders(load_json, load_data)


def _as_pairs(value: Any) -> Any:
    """Plain data as the JSON parser of this module gives it: each dict as its tuple of pairs.

    A tuple has no such form (the converter reads it as an array, the
    pairs' reader would take it for an object): declined, as is text that
    holds a lone surrogate (the converter refuses it); dict subclasses stay
    as they are and are refused as objects.
    """
    kind = type(value)
    if kind is str:
        # The JSON path refuses lone surrogates before parsing; data may hold them anywhere.
        if value.isascii() or not _lone_surrogate(value):
            return value
        raise NotFast
    if kind is dict:
        return tuple([(key, _as_pairs(item)) for key, item in value.items()])
    if kind is list:
        return [_as_pairs(item) for item in value]
    if kind is tuple:
        raise NotFast
    return value


def _lone_surrogate(node: Any) -> bool:
    """Whether any text in the parsed *node* (keys included) holds a lone surrogate."""
    if type(node) is str:
        if node.isascii():
            return False
        try:
            node.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if type(node) is tuple or type(node) is list:
        return any(_lone_surrogate(item) for item in node)
    return False


def _current_body(document: Any) -> tuple[Any, ...]:
    """The pairs of a plan document at the current version, without ``schema_version``."""
    if type(document) is not tuple:
        raise NotFast
    body = tuple(pair for pair in document if pair[0] != "schema_version")
    version = [value for key, value in document if key == "schema_version"]
    if len(version) != 1 or type(version[0]) is not int or version[0] != migrations.SCHEMA_VERSION:
        raise NotFast  # missing, duplicated, or older (to migrate) or newer (to refuse)
    return body


# ------------------------------------------------------------------ hooks


def _make_hook(kind: Any, converter: cattrs.Converter, hook_for: Callable[[Any], Hook]) -> Hook:
    """The structuring function for a field of type *kind*, the converter's rules exactly."""
    simple: dict[Any, Hook] = {
        str: _structure_text,
        float: _structure_number,
        int: _structure_whole_number,
        datetime.date: _structure_day,
        str | None: _structure_optional_text,
        int | None: _structure_optional_whole_number,
    }
    if kind in simple:
        return simple[kind]
    if kind in _LOOPED:
        return _class_hook(kind, hook_for)
    if attrs.has(kind):
        return _converted(converter.get_structure_hook(kind))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _structure_enum_hook(kind)
    inner = optional_inner(kind)
    if inner is not None:
        return _optional(hook_for(inner), inner)
    if get_origin(kind) is tuple:
        item_type = get_args(kind)[0]
        return _array_hook(hook_for(item_type), item_type)
    raise TypeError(f"no fast structuring for {kind!r}")  # pragma: no cover - a new field type


def _structure_day(value: Any, _: Any) -> datetime.date:
    # The converter's date hook, with its cache looked up first; a list is unhashable: declined.
    return _DATE_CACHE.get(value) or _structure_date(value, _)


def _optional(inner: Hook, inner_type: Any) -> Hook:
    def structure_optional(value: Any, _: Any) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure_optional


def _array_hook(item: Hook, item_type: Any) -> Hook:
    def structure_array(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list:  # an object is a tuple here, and never an array
            raise NotFast
        return tuple([item(entry, item_type) for entry in value])

    return structure_array


def _class_hook(cls: type, hook_for: Callable[[Any], Hook]) -> Hook:
    """Structure an object of *cls* from its pairs, one loop, and build it by its constructor."""
    fields = {field.alias: field.type for field in attrs.fields(cls) if field.init}
    table = {name: hook_for(kind) for name, kind in fields.items()}

    def structure_object(pairs: Any, _: Any) -> Any:
        if type(pairs) is not tuple:
            raise NotFast
        values = {name: table[name](value, None) for name, value in pairs}  # unknown: KeyError
        if len(values) != len(pairs):
            raise NotFast  # a duplicate key
        return cls(**values)

    return structure_object


def _plain(value: Any) -> Any:
    """Parsed pairs turned back into dicts, all the way down; a duplicate key declines."""
    if type(value) is tuple:
        result = {key: _plain(item) for key, item in value}
        if len(result) != len(value):
            raise NotFast
        return result
    if type(value) is list:
        return [_plain(item) for item in value]
    return value


def _converted(hook: Hook) -> Hook:
    def structure_plain(value: Any, kind: Any) -> Any:
        if type(value) is not tuple:
            raise NotFast
        return hook(_plain(value), kind)

    return structure_plain


# -------------------------------------------------------------- check-ins

_CHECK_IN_FIELDS: Final = ("on", "value", "confidence", "note", "by")
_CHECK_IN_KEYS: Final = frozenset(_CHECK_IN_FIELDS)
_NEW: Final = object.__new__
_LIMIT: Final = MAX_MAGNITUDE
_TEXT: Final = MAX_TEXT_LENGTH


def _structure_check_in(pairs: Any, _: Any) -> CheckIn:
    """A `CheckIn` from its pairs: the converter's types and the model's invariants, once.

    goalkit writes a check-in's keys in field order, so the two common
    shapes (every field; only ``on`` and ``value``) are matched by
    unpacking, without building a dict; any other shape (other order,
    some optional fields left out, unknown or duplicate keys) goes through
    `_check_in_fields`.
    """
    if type(pairs) is not tuple:
        raise NotFast
    size = len(pairs)
    if size == 5:
        (k0, on), (k1, value), (k2, confidence), (k3, note), (k4, by) = pairs
        if k0 == "on" and k1 == "value" and k2 == "confidence" and k3 == "note" and k4 == "by":
            return _checked_check_in(on, value, confidence, note, by)
    elif size == 2:
        (k0, on), (k1, value) = pairs
        if k0 == "on" and k1 == "value":
            return _checked_check_in(on, value, None, "", None)
    return _check_in_fields(pairs)


def _check_in_fields(pairs: tuple[Any, ...]) -> CheckIn:
    values = dict(pairs)
    if len(values) != len(pairs) or not values.keys() <= _CHECK_IN_KEYS:
        raise NotFast
    get = values.get
    return _checked_check_in(
        values["on"], values["value"], get("confidence"), get("note", ""), get("by")
    )


def _checked_check_in(on: Any, value: Any, confidence: Any, note: Any, by: Any) -> CheckIn:
    """Check a check-in's fields as read, and build it.

    The checks are those of the converter's hooks and of
    `CheckIn.__attrs_post_init__` together: a date as YYYY-MM-DD; a value
    that is an int or a float (never a bool), finite, within ±1e15; a
    confidence that is null or a whole number from 0 to 10; note and `by`
    text within the length limit (`by` may be null).
    """
    day = _DATE_CACHE.get(on) or _structure_date(on, None)
    kind = type(value)
    if (kind is not int and kind is not float) or not -_LIMIT <= value <= _LIMIT:  # NaN: False
        raise NotFast
    if type(confidence) is float and confidence.is_integer():
        confidence = int(confidence)  # 7.0 is 7, as in the detailed path and JSON Schema
    if confidence is not None and (type(confidence) is not int or not 0 <= confidence <= 10):
        raise NotFast
    if type(note) is not str or len(note) > _TEXT:
        raise NotFast
    if by is not None and (type(by) is not str or len(by) > _TEXT):
        raise NotFast
    return _new_check_in(day, value, confidence, note, by)  # type: ignore[no-any-return]


# ------------------------------------------------- key results, milestones, reviews


def _assembler(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """A function that builds a *cls* from its field values, in *names* order, unchecked.

    Generated, as attrs generates ``__init__``: one call of each slot's own
    setter (a frozen class refuses setattr), with no loop around them.
    """
    fields = tuple(field.name for field in attrs.fields(cls))
    if fields != names:  # pragma: no cover - a tripwire for a change to the model
        raise RuntimeError(f"goalkit._serialize.fast knows {cls.__name__}{names}, not {fields}")
    namespace: dict[str, Any] = {"new": _NEW, "cls": cls}
    lines = [f"def assemble({', '.join(names)}):", "    built = new(cls)"]
    for name in names:
        namespace[f"set_{name}"] = cls.__dict__[name].__set__
        lines.append(f"    set_{name}(built, {name})")
    lines.append("    return built")
    exec("\n".join(lines), namespace)  # noqa: S102 - the text is made of field names only
    assemble: Callable[..., Any] = namespace["assemble"]
    return assemble


def _default_id(cls: type) -> Callable[[], str]:
    default: Any = attrs.fields_dict(cls)["id"].default
    factory: Callable[[], str] = default.factory
    return factory


def _fields(pairs: Any, keys: frozenset[str]) -> dict[str, Any]:
    """The fields of an object from its pairs; declines a non-object, duplicate or unknown key."""
    if type(pairs) is not tuple:
        raise NotFast
    values = dict(pairs)
    if len(values) != len(pairs) or not values.keys() <= keys:
        raise NotFast
    return values


def _text_value(value: Any, *, blank_ok: bool = True) -> str:
    if type(value) is not str or len(value) > _TEXT or not (blank_ok or value.strip()):
        raise NotFast
    return value


def _optional_text_value(value: Any) -> str | None:
    return None if value is None else _text_value(value)


def _id_value(value: Any) -> str:
    if type(value) is not str or not value or len(value) > _TEXT or value != value.strip():
        raise NotFast
    return value


def _number_value(value: Any) -> float:
    kind = type(value)
    if (kind is not int and kind is not float) or not -_LIMIT <= value <= _LIMIT:
        raise NotFast
    return value  # type: ignore[no-any-return]


def _weight_value(value: Any) -> float:
    if _number_value(value) < 0:
        raise NotFast
    return value  # type: ignore[no-any-return]


def _optional_day(value: Any) -> datetime.date | None:
    return None if value is None else _DATE_CACHE.get(value) or _structure_date(value, None)


def _enum_value(kind: type[enum.Enum]) -> Callable[[Any], Any]:
    members = {member.value: member for member in kind}

    def member(value: Any) -> Any:
        if type(value) is not str:
            raise NotFast
        return members[value]  # not a member's value: KeyError, declined

    return member


_new_check_in: Final = _assembler(CheckIn, _CHECK_IN_FIELDS)

_MILESTONE_FIELDS: Final = ("title", "due", "completed_on", "weight", "id")
_MILESTONE_KEYS: Final = frozenset(_MILESTONE_FIELDS)
_new_milestone: Final = _assembler(Milestone, _MILESTONE_FIELDS)
_milestone_id: Final = _default_id(Milestone)


def _structure_milestone(pairs: Any, _: Any) -> Milestone:
    """A `Milestone`: the converter's types and `Milestone.__attrs_post_init__`'s checks, once."""
    values = _fields(pairs, _MILESTONE_KEYS)
    get = values.get
    identifier = get("id")
    return _new_milestone(  # type: ignore[no-any-return]
        _text_value(values["title"], blank_ok=False),
        _optional_day(get("due")),
        _optional_day(get("completed_on")),
        _weight_value(get("weight", 1)),
        _milestone_id() if identifier is None and "id" not in values else _id_value(identifier),
    )


_REVIEW_FIELDS: Final = ("held_on", "kind", "reviewer", "notes", "rating", "next_steps", "id")
_REVIEW_KEYS: Final = frozenset(_REVIEW_FIELDS)
_new_review: Final = _assembler(Review, _REVIEW_FIELDS)
_review_id: Final = _default_id(Review)
_review_kind: Final = _enum_value(ReviewKind)


def _structure_review(pairs: Any, _: Any) -> Review:
    """A `Review`: the converter's types and `Review.__attrs_post_init__`'s checks, once."""
    values = _fields(pairs, _REVIEW_KEYS)
    get = values.get
    kind = get("kind")
    rating = get("rating")
    if type(rating) is float and rating.is_integer():
        rating = int(rating)  # 4.0 is 4, as in the detailed path and JSON Schema
    if rating is not None and (type(rating) is not int or not 1 <= rating <= 5):
        raise NotFast
    steps = get("next_steps", [])
    if type(steps) is not list:
        raise NotFast
    identifier = get("id")
    return _new_review(  # type: ignore[no-any-return]
        _day(values["held_on"]),
        ReviewKind.ONE_ON_ONE if kind is None and "kind" not in values else _review_kind(kind),
        _optional_text_value(get("reviewer")),
        _text_value(get("notes", "")),
        rating,
        tuple([_text_value(step, blank_ok=False) for step in steps]),
        _review_id() if identifier is None and "id" not in values else _id_value(identifier),
    )


_KEY_RESULT_FIELDS: Final = (
    "title",
    "target",
    "baseline",
    "unit",
    "direction",
    "weight",
    "due",
    "check_ins",
    "id",
)
_KEY_RESULT_KEYS: Final = frozenset(_KEY_RESULT_FIELDS)
_new_key_result: Final = _assembler(KeyResult, _KEY_RESULT_FIELDS)
_key_result_id: Final = _default_id(KeyResult)
_direction: Final = _enum_value(Direction)
_ON: Final = attrgetter("on")


def _structure_key_result(pairs: Any, _: Any) -> KeyResult:
    """A `KeyResult`: the converter's types and `KeyResult.__attrs_post_init__`'s checks, once.

    As the constructor does, a missing direction is inferred from baseline
    and target (and refused when they are equal), a given one must agree
    with them, and check-ins are kept in date order (stable).
    """
    values = _fields(pairs, _KEY_RESULT_KEYS)
    get = values.get
    target = _number_value(values["target"])
    baseline = _number_value(get("baseline", 0))
    direction = get("direction")
    if direction is None:  # a null direction is no direction, as in the converter
        if target == baseline:
            raise NotFast
        direction = Direction.INCREASE if target > baseline else Direction.DECREASE
    else:
        direction = _direction(direction)
        if (direction is Direction.INCREASE and not target > baseline) or (
            direction is Direction.DECREASE and not target < baseline
        ):
            raise NotFast
    entries = get("check_ins", [])
    if type(entries) is not list:
        raise NotFast
    # In date order, as the constructor keeps them: sorted() is stable (a day's order is kept)
    # and costs one pass over check-ins already in order.
    check_ins = tuple(sorted([_structure_check_in(entry, None) for entry in entries], key=_ON))
    identifier = get("id")
    return _new_key_result(  # type: ignore[no-any-return]
        _text_value(values["title"], blank_ok=False),
        target,
        baseline,
        _text_value(get("unit", "")),
        direction,
        _weight_value(get("weight", 1)),
        _optional_day(get("due")),
        check_ins,
        _key_result_id() if identifier is None and "id" not in values else _id_value(identifier),
    )


def _day(value: Any) -> datetime.date:
    return _DATE_CACHE.get(value) or _structure_date(value, None)
