"""Plans as flat tables for data frames, databases and warehouses.

`columns` names every table's columns with their types and joins, `rows`
builds the rows (`records`), and `frames` turns them into typed pandas and
pyarrow frames (optional extras, imported only when called).

This package re-exports every name other modules import from it, each named
once, as `from module import name as name` (an explicit re-export to mypy).
"""

from goalkit._tables.columns import TABLES as TABLES
from goalkit._tables.columns import Column as Column
from goalkit._tables.columns import columns as columns
from goalkit._tables.columns import table_columns as table_columns
from goalkit._tables.frames import arrow_schema as arrow_schema
from goalkit._tables.frames import optional_module as optional_module
from goalkit._tables.frames import to_arrow as to_arrow
from goalkit._tables.frames import to_pandas as to_pandas
from goalkit._tables.rows import records as records
from goalkit._tables.rows import table_rows as table_rows
