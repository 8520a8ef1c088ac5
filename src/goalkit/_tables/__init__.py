"""Plans as flat tables for data frames, databases and warehouses.

`columns` names every table's columns with their types and joins, `rows`
builds the rows (`records`), and `frames` turns them into typed pandas and
pyarrow frames (optional extras, imported only when called).

This package re-exports every name other modules import from it.
"""

from goalkit._tables.columns import TABLES, Column, columns, table_columns
from goalkit._tables.frames import arrow_schema, optional_module, to_arrow, to_pandas
from goalkit._tables.rows import records, table_rows

__all__ = [
    "TABLES",
    "Column",
    "arrow_schema",
    "columns",
    "optional_module",
    "records",
    "table_columns",
    "table_rows",
    "to_arrow",
    "to_pandas",
]
