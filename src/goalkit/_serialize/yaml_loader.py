"""The strict YAML loader: PyYAML's safe loader with limits, text keys and no duplicates.

This module imports PyYAML, an optional extra: `goalkit._serialize.documents`
imports it only when a YAML document is read.
"""

from __future__ import annotations

from typing import Any, Final

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from goalkit._errors import excerpt
from goalkit._serialize.documents import (
    MAX_DEPTH,
    MAX_NUMBER_LENGTH,
    MAX_YAML_ALIASES,
    TOO_DEEP,
)

__all__ = ["StrictLoader", "YamlLimitError", "expanded_size"]

_SELF_ALIAS: Final = "a YAML alias refers to a node that contains it"


class YamlLimitError(Exception):
    """A YAML document broke one of the loader's limits; the message says which.

    `code` is the `Problem.code` it is reported with (one of `PROBLEM_CODES`).
    """

    def __init__(self, message: str, code: str = "too_large") -> None:
        super().__init__(message)
        self.code = code


class StrictLoader(yaml.SafeLoader):
    """`yaml.SafeLoader`, made strict: bounded aliases and depth, text keys, no duplicates.

    Safe loading means no `!!python/...` tag is ever constructed. On top
    of that, aliases are counted and their expansion measured (alias
    bombs), nesting is bounded (no RecursionError), keys are always read
    as text (YAML 1.1 reads the key ``on:`` as the boolean true, and
    ``on`` is a goalkit field), duplicate keys and merge keys are refused.
    Values keep YAML 1.1 meanings: ``title: no`` is the boolean false,
    which the loader then refuses where text is expected.

    Examples:
        >>> loader = StrictLoader("on: 2027-01-31\\ntitle: no")
        >>> loader.get_single_data()
        {'on': datetime.date(2027, 1, 31), 'title': False}
        >>> loader.dispose()
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose as PyYAML does, counting aliases and bounding the depth."""
        if self.check_event(AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_YAML_ALIASES:
                raise YamlLimitError(
                    f"more than {MAX_YAML_ALIASES} YAML aliases (*name): refused as a "
                    "possible alias bomb"
                )
            return super().compose_node(parent, index)
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise YamlLimitError(TOO_DEEP)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping whose keys are text, each once; merge keys are refused."""
        if not isinstance(node, MappingNode):
            return super().construct_mapping(node, deep=deep)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlLimitError("YAML merge keys (<<) are not supported", "unsupported")
            if not isinstance(key_node, ScalarNode):
                raise YamlLimitError(
                    "a YAML key must be text, not a list or a mapping", "unsupported"
                )
            key = key_node.value
            if key in mapping:
                raise YamlLimitError(
                    f"duplicate key {excerpt(key)}: a key may appear only once in a mapping",
                    "duplicate_key",
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: Any) -> int:
        """Build an integer, refusing literals too long to convert quickly."""
        if len(node.value) > MAX_NUMBER_LENGTH:
            raise YamlLimitError(
                f"not a valid number: an integer literal of {len(node.value)} characters"
            )
        return super().construct_yaml_int(node)


StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)


def _children(node: Any) -> list[Any]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    return [part for pair in node.value for part in pair]


def expanded_size(root: Any, limit: int) -> int:
    """The size of the node graph under *root* with every alias expanded, stopping past *limit*.

    Each node's size is computed once and remembered, so the walk is linear
    in the graph however many times aliases repeat a node.

    Raises:
        YamlLimitError: an alias refers to a node that contains it.

    Examples:
        >>> loader = StrictLoader("a: &a [x, y]\\nb: [*a, *a]")
        >>> expanded_size(loader.get_single_node(), limit=1000)
        21
        >>> loader.dispose()
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if isinstance(node, ScalarNode):
            sizes[key] = len(node.value) + 1
            continue
        children = _children(node)
        if children_done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[key] > limit:
                return sizes[key]
            continue
        if key in on_path:
            raise YamlLimitError(_SELF_ALIAS, "unsupported")
        on_path.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in on_path:
                raise YamlLimitError(_SELF_ALIAS, "unsupported")
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes[id(root)]
