"""The tables as typed data frames: `to_pandas` and `to_arrow` (optional extras).

pandas and pyarrow are imported when these functions are called, never
when goalkit is imported, and a missing one is an `ImportError` that names
the extra to install. The types come from the tables' columns, so an empty
table still has every column with its type.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Iterable
from types import ModuleType
from typing import Any, Final

from goalkit._model import Plan
from goalkit._tables.columns import Column, table_columns
from goalkit._tables.rows import table_rows

__all__ = ["to_arrow", "to_pandas"]

#: The pandas dtype of each column type. Dates are `datetime64[s]` (NaT when missing), which
#: holds every date a plan can carry; whole numbers that may be missing are nullable `Int64`.
_PANDAS_DTYPES: Final = {
    "str": "string",
    "float": "float64",
    "int": "int64",
    "int | None": "Int64",
    "bool": "bool",
    "list[str]": "object",
}


_EPOCH: Final = datetime.date(1970, 1, 1).toordinal()


def optional_module(name: str, *, extra: str, function: str) -> ModuleType:
    """Import *name*, or say which extra of goalkit installs it.

    Raises:
        ImportError: *name* is not installed; the message gives the pip
            command for the extra.

    Examples:
        >>> optional_module("json", extra="none", function="to_pandas").__name__
        'json'
        >>> optional_module("no_such_module", extra="pandas", function="to_pandas")
        Traceback (most recent call last):
        ...
        ImportError: goalkit.to_pandas needs no_such_module, which is not installed: pip install 'goalkit-mentoring[pandas]'
    """  # noqa: E501 - a doctest's expected output is one line
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise ImportError(
            f"goalkit.{function} needs {name}, which is not installed: "
            f"pip install 'goalkit-mentoring[{extra}]'"
        ) from error


def _pandas_series(pandas: Any, numpy: Any, column: Column, values: list[Any]) -> Any:
    if column.base_type == "date":
        # Days since 1970 as integers, NaT for None: ten times faster than numpy parsing
        # date objects, and exact for every date from year 1 to 9999.
        not_a_time = numpy.iinfo(numpy.int64).min
        days = numpy.fromiter(
            (not_a_time if day is None else day.toordinal() - _EPOCH for day in values),
            dtype="int64",
            count=len(values),
        )
        return pandas.Series(days.view("datetime64[D]").astype("datetime64[s]"), name=column.name)
    dtype = _PANDAS_DTYPES.get(column.type) or _PANDAS_DTYPES[column.base_type]
    if column.nullable and dtype == "float64":
        values = [numpy.nan if value is None else value for value in values]
    return pandas.Series(values, dtype=dtype, name=column.name)


def to_pandas(
    plans: Plan | Iterable[Plan], table: str, *, as_of: datetime.date | None = None
) -> Any:
    """The rows of one table as a pandas `DataFrame`, one typed column per column of the table.

    The same rows as `records(plans, table, as_of=as_of)`. Text columns are
    pandas `string`, numbers `float64` (NaN when missing), whole numbers
    `int64` or nullable `Int64`, dates `datetime64[s]` (NaT when missing),
    booleans `bool`, and lists of text Python lists.

    Needs the `pandas` extra: ``pip install 'goalkit-mentoring[pandas]'``.

    Raises:
        ImportError: pandas is not installed.
        ValidationError: as `records`.

    Examples:
        >>> import datetime, goalkit
        >>> frame = goalkit.to_pandas(goalkit.example_plan(), "progress",
        ...                           as_of=datetime.date(2026, 11, 13))
        >>> frame.groupby("health").size().to_dict()
        {'achieved': 1, 'at_risk': 1, 'on_track': 3}
        >>> str(frame["as_of"].dtype), str(frame["value"].dtype)
        ('datetime64[s]', 'float64')
    """
    pandas = optional_module("pandas", extra="pandas", function="to_pandas")
    numpy = optional_module("numpy", extra="pandas", function="to_pandas")
    rows = table_rows("to_pandas", plans, table, as_of)
    return pandas.DataFrame(
        {
            column.name: _pandas_series(pandas, numpy, column, [row[column.name] for row in rows])
            for column in table_columns("to_pandas", table)
        }
    )


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of *table*: one field per column, nullable where values may be missing.

    Needs the `arrow` extra: ``pip install 'goalkit-mentoring[arrow]'``.

    Examples:
        >>> field = arrow_schema("reviews").field("next_steps")
        >>> str(field.type), field.nullable
        ('list<item: string>', False)
    """
    pyarrow = optional_module("pyarrow", extra="arrow", function="to_arrow")
    types = {
        "str": pyarrow.string(),
        "float": pyarrow.float64(),
        "int": pyarrow.int64(),
        "bool": pyarrow.bool_(),
        "date": pyarrow.date32(),
        "list[str]": pyarrow.list_(pyarrow.string()),
    }
    return pyarrow.schema(
        [
            pyarrow.field(column.name, types[column.base_type], nullable=column.nullable)
            for column in table_columns("to_arrow", table)
        ]
    )


def to_arrow(
    plans: Plan | Iterable[Plan], table: str, *, as_of: datetime.date | None = None
) -> Any:
    """The rows of one table as a pyarrow `Table`, typed by the table's columns.

    The same rows as `records(plans, table, as_of=as_of)`: text is
    `string`, numbers `float64` or `int64`, dates `date32`, booleans
    `bool`, lists of text `list<string>`; a column is nullable only where
    the reference page says its values may be missing. Write it with
    `pyarrow.parquet.write_table`, or hand it to DuckDB or Polars as is.

    Needs the `arrow` extra: ``pip install 'goalkit-mentoring[arrow]'``.

    Raises:
        ImportError: pyarrow is not installed.
        ValidationError: as `records`.

    Examples:
        >>> import goalkit
        >>> table = goalkit.to_arrow(goalkit.example_plan(), "goals")
        >>> table.num_rows, str(table.schema.field("due").type)
        (5, 'date32[day]')
    """
    pyarrow = optional_module("pyarrow", extra="arrow", function="to_arrow")
    schema = arrow_schema(table)
    return pyarrow.Table.from_pylist(table_rows("to_arrow", plans, table, as_of), schema=schema)
