"""The old path of `goalkit._serialize.schema`, kept while other modules still import it.

New code imports from `goalkit._serialize` (or `goalkit._serialize.schema`).
"""

from goalkit._serialize.schema import SCHEMA_ID, json_schema

__all__ = ["SCHEMA_ID", "json_schema"]
