"""The document format: one cattrs converter, strict loading, versioned plan documents.

This package is the one place that knows how goalkit objects look as
documents. Each module has one job:

- `converter`: `make_converter` and the ``_configure_*`` functions that
  register the format on it, one per concern;
- `explain`: cattrs' exception groups turned into `Problem(path, message)`
  lists;
- `migrations`: `SCHEMA_VERSION`, and migrations from older versions;
- `documents`: JSON, YAML and TOML text to plain data and back, within
  limits (`yaml_loader` holds the strict YAML loader, imported only when
  YAML is read);
- `structure`: `to_dict`, `from_dict`, `to_json`, `from_json`;
- `files`: `load` and `dump`, atomic writes;
- `schema`: `json_schema`, generated from the model.

The names other modules import are re-exported here.
"""

from __future__ import annotations

from goalkit._serialize.converter import (
    MAX_PROBLEMS,
    MAX_TEXT_LENGTH,
    MODEL_CLASSES,
    make_converter,
)
from goalkit._serialize.documents import (
    MAX_DOCUMENT_SIZE,
    MAX_YAML_ALIASES,
    YAML_INSTALL_HINT,
    write_yaml,
    yaml_available,
)
from goalkit._serialize.files import dump, load
from goalkit._serialize.migrations import MIGRATIONS, SCHEMA_VERSION, migration
from goalkit._serialize.schema import json_schema
from goalkit._serialize.structure import GC_PAUSE_THRESHOLD, from_dict, from_json, to_dict, to_json

__all__ = [
    "GC_PAUSE_THRESHOLD",
    "MAX_DOCUMENT_SIZE",
    "MAX_PROBLEMS",
    "MAX_TEXT_LENGTH",
    "MAX_YAML_ALIASES",
    "MIGRATIONS",
    "MODEL_CLASSES",
    "SCHEMA_VERSION",
    "YAML_INSTALL_HINT",
    "dump",
    "from_dict",
    "from_json",
    "json_schema",
    "load",
    "make_converter",
    "migration",
    "to_dict",
    "to_json",
    "write_yaml",
    "yaml_available",
]
