"""The old path of `goalkit._serialize.documents`, kept while other modules still import it.

New code imports from `goalkit._serialize` (or `goalkit._serialize.documents`).
"""

from goalkit._serialize.documents import YAML_INSTALL_HINT, write_yaml, yaml_available

__all__ = ["YAML_INSTALL_HINT", "write_yaml", "yaml_available"]
