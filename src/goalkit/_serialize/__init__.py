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

The names other modules import are re-exported here, each named once, as
`from module import name as name` (an explicit re-export to mypy).
"""

from __future__ import annotations

from goalkit._serialize.converter import MAX_PROBLEMS as MAX_PROBLEMS
from goalkit._serialize.converter import MAX_TEXT_LENGTH as MAX_TEXT_LENGTH
from goalkit._serialize.converter import MODEL_CLASSES as MODEL_CLASSES
from goalkit._serialize.converter import make_converter as make_converter
from goalkit._serialize.documents import MAX_DOCUMENT_SIZE as MAX_DOCUMENT_SIZE
from goalkit._serialize.documents import MAX_YAML_ALIASES as MAX_YAML_ALIASES
from goalkit._serialize.documents import YAML_INSTALL_HINT as YAML_INSTALL_HINT
from goalkit._serialize.documents import write_yaml as write_yaml
from goalkit._serialize.documents import yaml_available as yaml_available
from goalkit._serialize.files import dump as dump
from goalkit._serialize.files import load as load
from goalkit._serialize.migrations import MIGRATIONS as MIGRATIONS
from goalkit._serialize.migrations import SCHEMA_VERSION as SCHEMA_VERSION
from goalkit._serialize.migrations import migration as migration
from goalkit._serialize.schema import json_schema as json_schema
from goalkit._serialize.structure import GC_PAUSE_THRESHOLD as GC_PAUSE_THRESHOLD
from goalkit._serialize.structure import from_dict as from_dict
from goalkit._serialize.structure import from_json as from_json
from goalkit._serialize.structure import to_dict as to_dict
from goalkit._serialize.structure import to_json as to_json
