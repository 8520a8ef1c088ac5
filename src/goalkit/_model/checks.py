"""The model's building blocks: fresh ids, and the checks every value runs at construction.

Each check refuses a value with a `ValidationError` naming the class (or
function) and the field, and says what was expected. They are plain
functions called from one `__attrs_post_init__` per class, cheaper than
stacked attrs validators (see PERFORMANCE.md).
"""

from __future__ import annotations

import datetime
import enum
import math
from collections.abc import Callable, Iterable
from os import urandom
from typing import Any, Final

from goalkit._errors import ValidationError

__all__ = [
    "MAX_MAGNITUDE",
    "check_date",
    "check_enum",
    "check_id",
    "check_items",
    "check_number",
    "check_optional_date",
    "check_optional_id",
    "check_optional_text",
    "check_text",
    "check_unique_ids",
    "check_weight",
    "id_factory",
    "new_id",
    "to_tuple",
]

#: Largest absolute value accepted for a number (targets, values, weights).
#: Far beyond any real goal, and small enough that every accepted value is
#: exactly representable as a float and arithmetic on it cannot overflow.
MAX_MAGNITUDE: Final = 1e15


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``"g-1f0c9a7e52d4"``.

    Ids are random, so two plans built apart can be merged without clashes.

    Examples:
        >>> new_id("kr").startswith("kr-")
        True
    """
    # Twelve random hex digits, as the first twelve of a uuid4 (all random) were, without
    # building a UUID: a draft makes one per goal, key result and milestone.
    return f"{prefix}-{urandom(6).hex()}"


def id_factory(prefix: str) -> Callable[[], str]:
    """The default of an `id` field: a function that returns `new_id(prefix)`.

    Its docstring says so in the reference's table of fields.

    Examples:
        >>> id_factory("m")().startswith("m-")
        True
        >>> id_factory("m").__doc__
        "Generated when omitted: a new unique id such as 'm-3f2a9c1b7d4e'."
    """

    def generated() -> str:
        return new_id(prefix)

    generated.__doc__ = f"Generated when omitted: a new unique id such as '{prefix}-3f2a9c1b7d4e'."
    return generated


def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """*items* as a tuple: lists are accepted for convenience; the stored value is a tuple.

    Examples:
        >>> to_tuple(["a", "b"])
        ('a', 'b')
    """
    return items if type(items) is tuple else tuple(items)


def check_text(owner: str, field: str, value: object, *, blank_ok: bool = True) -> None:
    if type(value) is not str:
        raise ValidationError(owner, field, "text", got=value, code="type")
    if not blank_ok and not value.strip():
        raise ValidationError(owner, field, "non-blank text", got=value, code="blank")


def check_optional_text(owner: str, field: str, value: object) -> None:
    if value is not None and type(value) is not str:
        raise ValidationError(owner, field, "text or None", got=value, code="type")


def check_id(owner: str, field: str, value: object) -> None:
    if type(value) is not str or not value or value != value.strip():
        code = "type" if type(value) is not str else "blank" if not value.strip() else "format"
        raise ValidationError(
            owner, field, "a non-empty id without surrounding whitespace", got=value, code=code
        )


def check_number(owner: str, field: str, value: object) -> None:
    # `type(...) in` rather than isinstance: bool is an int, and is never a number here.
    if type(value) not in (int, float):
        raise ValidationError(owner, field, "a number", got=value, code="type")
    if type(value) is int:
        if -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
            return
    elif math.isfinite(value) and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:  # type: ignore[arg-type,operator]
        return
    code = "range" if type(value) is int or math.isfinite(value) else "not_finite"  # type: ignore[arg-type]
    expected = f"a finite number within ±{MAX_MAGNITUDE:g}"
    raise ValidationError(owner, field, expected, got=value, code=code)


def check_optional_integer(owner: str, field: str, value: object, low: int, high: int) -> None:
    """None, or a whole number from *low* to *high*: a check-in's confidence, a review's rating."""
    if value is not None and (type(value) is not int or not low <= value <= high):
        code = "type" if type(value) is not int else "range"
        expected = f"an integer from {low} to {high} or None"
        raise ValidationError(owner, field, expected, got=value, code=code)


def check_weight(owner: str, field: str, value: object) -> None:
    check_number(owner, field, value)
    if value < 0:  # type: ignore[operator]
        raise ValidationError(owner, field, "a weight of 0 or more", got=value, code="range")


def check_date(owner: str, field: str, value: object) -> None:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        expected = "a date (not a datetime)" if isinstance(value, datetime.datetime) else "a date"
        raise ValidationError(owner, field, expected, got=value, code="type")


def check_optional_date(owner: str, field: str, value: object) -> None:
    if value is not None:
        check_date(owner, field, value)


def check_optional_id(owner: str, field: str, value: object) -> None:
    if value is not None:
        check_id(owner, field, value)


def check_enum(owner: str, field: str, value: object, kind: type[enum.Enum]) -> None:
    if type(value) is not kind:
        values = ", ".join(repr(member.value) for member in kind)
        code = "choice" if type(value) is str else "type"
        raise ValidationError(owner, field, f"a {kind.__name__} ({values})", got=value, code=code)


def check_items(owner: str, field: str, items: tuple[Any, ...], kind: type) -> None:
    for index, item in enumerate(items):
        if type(item) is not kind:
            raise ValidationError(
                owner, f"{field}[{index}]", f"a {kind.__name__}", got=item, code="type"
            )


def check_unique_ids(owner: str, groups: Iterable[tuple[str, tuple[Any, ...]]]) -> None:
    seen: dict[str, str] = {}
    for field, items in groups:
        for index, item in enumerate(items):
            where = f"{field}[{index}].id"
            first = seen.setdefault(item.id, where)
            if first is not where:
                raise ValidationError(
                    owner,
                    where,
                    f"an id not already used (by {first})",
                    got=item.id,
                    code="duplicate_id",
                )
