"""The columns of every table, in order, with their types and the tables they join to.

This is the code's half of the tables' contract; the reference page
(`docs/reference/tables.md`) says what each column means, and a test checks
that the two list the same columns with the same types and joins.

A column's type is written in a small language, the one the reference page
uses: `str`, `float`, `int`, `bool`, `date` and `list[str]`, each optionally
followed by `| None`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from goalkit._errors import ValidationError

__all__ = ["TABLES", "Column", "columns", "table_columns"]

#: The Python type of each column type's values (before `| None`).
PYTHON_TYPES: Final[Mapping[str, type]] = MappingProxyType(
    {
        "str": str,
        "float": float,
        "int": int,
        "bool": bool,
        "date": datetime.date,
        "list[str]": list,
    }
)


def _check_type(_instance: object, _attribute: object, value: str) -> None:
    if type(value) is not str or value.removesuffix(" | None") not in PYTHON_TYPES:
        expected = "one of " + ", ".join(PYTHON_TYPES) + ", optionally followed by ' | None'"
        raise ValidationError("Column", "type", expected, got=value)


@attrs.frozen
class Column:
    """One column of a table: its name, its type and the table it joins to.

    Attributes:
        name: the column's name, the key of every row of the table.
        type: its type: `str`, `float`, `int`, `bool`, `date` or
            `list[str]`, with `| None` when the value may be missing.
        joins: the table whose row this column's id names (with the same
            `plan_id`), or None for a column that is not a join key.

    Examples:
        >>> from goalkit import columns
        >>> goal_id = columns("key_results")[1]
        >>> goal_id
        Column(name='goal_id', type='str', joins='goals')
        >>> goal_id.nullable
        False
    """

    name: str
    type: str = attrs.field(validator=_check_type)
    joins: str | None = None

    @property
    def nullable(self) -> bool:
        """Whether the column may hold None.

        Examples:
            >>> from goalkit import columns
            >>> [column.name for column in columns("goals") if column.nullable]
            ['parent_id', 'owner', 'start', 'due', 'horizon']
        """
        return self.type.endswith(" | None")

    @property
    def base_type(self) -> str:
        """The type without `| None`.

        Examples:
            >>> from goalkit import columns
            >>> columns("goals")[-1].base_type
            'str'
        """
        return self.type.removesuffix(" | None")


def _table(*specs: tuple[str, str] | tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


_PLAN_ID = ("plan_id", "str", "plans")
_GOAL_ID = ("goal_id", "str", "goals")

_COLUMNS: Final[Mapping[str, tuple[Column, ...]]] = MappingProxyType(
    {
        "plans": _table(
            ("plan_id", "str"),
            ("title", "str"),
            ("mentee_id", "str"),
            ("mentee_name", "str"),
            ("mentor_id", "str | None"),
            ("mentor_name", "str | None"),
            ("cadence_every", "int | None"),
            ("cadence_unit", "str | None"),
            ("cadence_anchor", "date | None"),
        ),
        "goals": _table(
            _PLAN_ID,
            ("goal_id", "str"),
            ("parent_id", "str | None", "goals"),
            ("title", "str"),
            ("description", "str"),
            ("kind", "str"),
            ("owner", "str | None"),
            ("start", "date | None"),
            ("due", "date | None"),
            ("status", "str"),
            ("weight", "float"),
            ("relevance", "str"),
            ("tags", "list[str]"),
            ("horizon", "str | None"),
        ),
        "key_results": _table(
            _PLAN_ID,
            _GOAL_ID,
            ("key_result_id", "str"),
            ("title", "str"),
            ("target", "float"),
            ("baseline", "float"),
            ("unit", "str"),
            ("direction", "str"),
            ("weight", "float"),
            ("due", "date | None"),
            ("value", "float"),
            ("progress", "float"),
            ("last_check_in_on", "date | None"),
        ),
        "check_ins": _table(
            _PLAN_ID,
            _GOAL_ID,
            ("key_result_id", "str", "key_results"),
            ("position", "int"),
            ("on", "date"),
            ("value", "float"),
            ("confidence", "int | None"),
            ("note", "str"),
            ("by", "str | None"),
        ),
        "milestones": _table(
            _PLAN_ID,
            _GOAL_ID,
            ("milestone_id", "str"),
            ("title", "str"),
            ("due", "date | None"),
            ("completed_on", "date | None"),
            ("weight", "float"),
        ),
        "reviews": _table(
            _PLAN_ID,
            _GOAL_ID,
            ("review_id", "str"),
            ("held_on", "date"),
            ("kind", "str"),
            ("reviewer", "str | None"),
            ("notes", "str"),
            ("rating", "int | None"),
            ("next_steps", "list[str]"),
        ),
        "revisions": _table(
            _PLAN_ID,
            _GOAL_ID,
            ("position", "int"),
            ("on", "date"),
            ("reason", "str"),
            ("fields", "list[str]"),
            ("changes", "str"),
        ),
        "agreements": _table(
            _PLAN_ID,
            _GOAL_ID,
            ("position", "int"),
            ("by", "str"),
            ("on", "date"),
        ),
        "progress": _table(
            _PLAN_ID,
            _GOAL_ID,
            ("as_of", "date"),
            ("status", "str"),
            ("value", "float | None"),
            ("expected", "float | None"),
            ("health", "str"),
            ("forecast", "date | None"),
            ("smart_passed", "bool"),
            ("smart_score", "float"),
            ("stale", "bool"),
            ("last_activity", "date | None"),
        ),
        "agenda": _table(
            _PLAN_ID,
            ("goal_id", "str | None", "goals"),
            ("as_of", "date"),
            ("kind", "str"),
            ("person", "str"),
            ("subject_id", "str"),
            ("due", "date | None"),
            ("message", "str"),
            ("hint", "str"),
        ),
    }
)

TABLES: Final[tuple[str, ...]] = tuple(_COLUMNS)
"""The names of the tables `records` builds, each table before those that join to it.

`plans`, `goals`, `key_results`, `check_ins`, `milestones`, `reviews`,
`revisions`, `agreements`, `progress` and `agenda`; `columns(table)` lists a
table's columns.

Examples:
    >>> from goalkit import TABLES
    >>> TABLES.index("agreements") > TABLES.index("goals")
    True

"""


def columns(table: str) -> tuple[Column, ...]:
    """The columns of *table*, in the order of its rows' keys.

    Raises:
        ValidationError: *table* is not one of `TABLES`.

    Examples:
        >>> from goalkit import columns
        >>> [column.name for column in columns("check_ins")]
        ['plan_id', 'goal_id', 'key_result_id', 'position', 'on', 'value', 'confidence',
         'note', 'by']
    """
    return table_columns("columns", table)


def table_columns(function: str, table: object) -> tuple[Column, ...]:
    """The columns of *table*, or a `ValidationError` naming *function* and the tables there are.

    Examples:
        >>> table_columns("records", "goal")
        Traceback (most recent call last):
        ...
        goalkit._errors.ValidationError: records.table: expected one of 'plans', ..., got 'goal'
    """
    known = _COLUMNS.get(table) if type(table) is str else None
    if known is None:
        expected = "one of " + ", ".join(repr(name) for name in TABLES)
        raise ValidationError(function, "table", expected, got=table)
    return known
