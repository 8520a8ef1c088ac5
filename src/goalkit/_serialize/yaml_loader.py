"""The strict YAML loader: PyYAML's safe constructors, goalkit's composer, resolver and limits.

This module imports PyYAML, an optional extra: `goalkit._serialize.documents`
imports it only when a YAML document is read.

Two loaders share everything but the parser: `StrictCLoader` reads events
with libyaml's C parser (PyYAML's ``CParser``) when PyYAML was built with it,
and `StrictLoader` with PyYAML's pure-Python reader, scanner and parser. The
composer, the resolver and the constructors that turn events into data are
this module's own Python classes in both, so the two loaders build the same
data from the same text and refuse the same documents for the same reasons;
only the wording of a syntax error (from the parser that found it) may
differ. libyaml's parser keeps its own stack, so deep nesting cannot
exhaust the C stack: the composer stops at `MAX_DEPTH` levels.

What the loaders decide, on top of safe loading (no ``!!python/...`` tag is
ever constructed):

- Numbers are decimal. YAML 1.1 also reads ``1:20`` as 80 (base 60),
  ``0x10`` as 16, ``0b101`` as 5, ``017`` as 15 and ``1_000`` as 1000; a
  person who wrote those did not mean a number, so they are read as text
  (and a number field refuses text, saying why). An explicit ``!!int`` or
  ``!!float`` tag on such a form is refused.
- Booleans, nulls and dates keep their YAML 1.1 meanings: ``title: no`` is
  the boolean false (which the converter refuses where text is expected),
  ``~`` is null and ``2027-01-31`` a date. Keys are always text (``on:``).
- Aliases are counted (`MAX_YAML_ALIASES`), the document is measured with
  every alias expanded (`expanded_size`), duplicate keys and merge keys
  (``<<``) are refused, and number literals are at most `MAX_NUMBER_LENGTH`
  characters.
"""

from __future__ import annotations

import re
from typing import Any, Final

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from goalkit._errors import excerpt
from goalkit._serialize.documents import (
    MAX_DEPTH,
    MAX_NUMBER_LENGTH,
    MAX_YAML_ALIASES,
    MAX_YAML_NODES,
    TOO_DEEP,
)

__all__ = [
    "C_LOADER_AVAILABLE",
    "StrictCLoader",
    "StrictLoader",
    "YamlLimitError",
    "expanded_size",
    "make_loader",
]

_SELF_ALIAS: Final = "a YAML alias refers to a node that contains it"
_TOO_MANY_NODES: Final = (
    f"more than {MAX_YAML_NODES:,} YAML values, lists and mappings: "
    "larger documents can be written as JSON"
)

_CParser: Any = getattr(yaml, "CParser", None)
if _CParser is None:  # pragma: no cover - PyYAML ships libyaml on the common platforms
    try:
        from yaml._yaml import CParser as _CParser
    except ImportError:
        _CParser = None

#: Whether PyYAML was built with libyaml, so that `StrictCLoader` can be used.
C_LOADER_AVAILABLE: Final = _CParser is not None
#: Whether `make_loader` uses libyaml's parser by default (tests turn it off to compare).
use_c_parser: bool = C_LOADER_AVAILABLE


class YamlLimitError(Exception):
    """A YAML document broke one of the loader's rules; the message says which, and where.

    `code` is the `Problem.code` it is reported with (one of `PROBLEM_CODES`).
    """

    def __init__(self, message: str, mark: Any = None, *, code: str = "too_large") -> None:
        if mark is not None:
            message += f" (line {mark.line + 1}, column {mark.column + 1})"
        super().__init__(message)
        self.code = code


# ------------------------------------------------------------- the resolver

_STR: Final = "tag:yaml.org,2002:str"
_SEQ: Final = "tag:yaml.org,2002:seq"
_MAP: Final = "tag:yaml.org,2002:map"

#: The plain scalars read as something other than text, by tag: YAML 1.1's booleans,
#: nulls, dates and merge key, and numbers in decimal only.
_IMPLICIT: Final = (
    (
        "tag:yaml.org,2002:bool",
        "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
    ),
    (
        "tag:yaml.org,2002:float",
        r"[-+]?(?:[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?|\.[0-9]+(?:[eE][-+][0-9]+)?|\.(?:inf|Inf|INF))"
        r"|\.(?:nan|NaN|NAN)",
    ),
    ("tag:yaml.org,2002:int", r"[-+]?(?:0|[1-9][0-9]*)"),
    ("tag:yaml.org,2002:merge", "<<"),
    ("tag:yaml.org,2002:null", "~|null|Null|NULL|"),
    (
        "tag:yaml.org,2002:timestamp",
        r"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
        r"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?"
        r":[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?",
    ),
)
_FIRST_CHARACTERS: Final = {
    "tag:yaml.org,2002:bool": "yYnNtTfFoO",
    "tag:yaml.org,2002:float": "-+0123456789.",
    "tag:yaml.org,2002:int": "-+0123456789",
    "tag:yaml.org,2002:merge": "<",
    "tag:yaml.org,2002:null": "~nN",
    "tag:yaml.org,2002:timestamp": "0123456789",
}


def _patterns_by_first_character() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """One pattern per first character, the alternatives of each tag as a numbered group."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for tag, pattern in _IMPLICIT:
        for character in _FIRST_CHARACTERS[tag]:
            by_first.setdefault(character, []).append((tag, pattern))
    compiled = {
        character: (
            re.compile("|".join(f"({pattern})" for _, pattern in entries)),
            tuple(tag for tag, _ in entries),
        )
        for character, entries in by_first.items()
    }
    compiled[""] = (re.compile("()"), ("tag:yaml.org,2002:null",))
    return compiled


_BY_FIRST_CHARACTER: Final = _patterns_by_first_character()
_DECIMAL_INT: Final = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_DECIMAL_FLOAT: Final = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT: Final = re.compile(r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")


class StrictResolver(BaseResolver):
    """YAML 1.1's implicit types, but numbers in decimal only; no path resolvers.

    Examples:
        >>> resolver = StrictResolver()
        >>> [resolver.resolve(ScalarNode, text, (True, False)).rsplit(":", 1)[1]
        ...  for text in ("12", "1.5", "1:20", "0x10", "1_000", "no", "2027-01-31", "~")]
        ['int', 'float', 'str', 'str', 'str', 'bool', 'timestamp', 'null']
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        """The tag of a node without an explicit one: from its text, for a plain scalar."""
        if kind is ScalarNode:
            if implicit[0]:
                entry = _BY_FIRST_CHARACTER.get(value[:1])
                if entry is not None:
                    match = entry[0].fullmatch(value)
                    if match is not None:
                        return entry[1][match.lastindex - 1]  # type: ignore[operator]
            return _STR
        return _SEQ if kind is SequenceNode else _MAP


# ------------------------------------------------------------- the composer


class StrictComposer(Composer):
    """Composes nodes from parser events without recursion, counting aliases and depth.

    The same composer serves the pure-Python and the libyaml parser, so both
    build the same node graph. Nesting deeper than `MAX_DEPTH` and more than
    `MAX_YAML_ALIASES` aliases raise `YamlLimitError`.
    """

    aliases: int

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose the node that starts at the next event, and everything inside it."""
        # One loop over the events, with the open collections on a stack: a scalar, the
        # commonest node, costs no call but the resolver's.
        stack: list[list[Any]] = []  # [node, pending key or None] per open collection
        # Both come from the classes this one is mixed with: a parser and a resolver.
        get_event = self.get_event  # type: ignore[attr-defined]
        resolve = self.resolve  # type: ignore[attr-defined]
        nodes = 0
        while True:
            event = get_event()
            kind = type(event)
            nodes += 1
            if nodes > MAX_YAML_NODES:
                raise YamlLimitError(_TOO_MANY_NODES)
            if kind is ScalarEvent:
                if len(stack) >= MAX_DEPTH:
                    raise YamlLimitError(TOO_DEEP)
                tag = event.tag
                if tag is None:
                    tag = resolve(ScalarNode, event.value, event.implicit)
                elif tag == "!":  # the non-specific tag: text, whatever it looks like
                    tag = _STR
                node = ScalarNode(
                    tag, event.value, event.start_mark, event.end_mark, style=event.style
                )
                if event.anchor is not None:
                    self._anchor(event, node)
            elif kind is AliasEvent:
                node = self._alias(event)
            elif kind is SequenceStartEvent or kind is MappingStartEvent:
                stack.append([self._collection(event, len(stack)), None])
                continue
            else:  # SequenceEndEvent or MappingEndEvent
                node = stack.pop()[0]
                node.end_mark = event.end_mark
            if not stack:
                return node
            frame = stack[-1]
            collection = frame[0]
            if type(collection) is SequenceNode:
                collection.value.append(node)
            elif frame[1] is None:
                frame[1] = node
            else:
                collection.value.append((frame[1], node))
                frame[1] = None

    def _alias(self, event: Any) -> Any:
        self.aliases += 1
        if self.aliases > MAX_YAML_ALIASES:
            raise YamlLimitError(
                f"more than {MAX_YAML_ALIASES} YAML aliases (*name): refused as a possible "
                "alias bomb"
            )
        anchor = event.anchor
        if anchor not in self.anchors:
            raise ComposerError(None, None, f"found undefined alias {anchor!r}", event.start_mark)
        return self.anchors[anchor]

    def _anchor(self, event: Any, node: Any) -> None:
        anchor = event.anchor
        if anchor is not None:
            if anchor in self.anchors:
                raise ComposerError(
                    f"found duplicate anchor {anchor!r}; first occurrence",
                    self.anchors[anchor].start_mark,
                    "second occurrence",
                    event.start_mark,
                )
            self.anchors[anchor] = node

    def _collection(self, event: Any, depth: int) -> Any:
        if depth >= MAX_DEPTH:
            raise YamlLimitError(TOO_DEEP)
        sequence = type(event) is SequenceStartEvent
        tag = event.tag
        if tag is None or tag == "!":
            tag = _SEQ if sequence else _MAP
        node_class = SequenceNode if sequence else MappingNode
        node = node_class(tag, [], event.start_mark, None, flow_style=event.flow_style)
        self._anchor(event, node)
        return node


# ---------------------------------------------------------- the constructor


class StrictConstructor(SafeConstructor):
    """`SafeConstructor`, made strict: text keys, each once, no merge keys, decimal numbers."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping whose keys are text, each once; merge keys are refused."""
        if not isinstance(node, MappingNode):
            return super().construct_mapping(node, deep=deep)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlLimitError(
                    "YAML merge keys (<<) are not supported",
                    key_node.start_mark,
                    code="unsupported",
                )
            if not isinstance(key_node, ScalarNode):
                raise YamlLimitError(
                    "a YAML key must be text, not a list or a mapping",
                    key_node.start_mark,
                    code="unsupported",
                )
            key = key_node.value
            if key in mapping:
                raise YamlLimitError(
                    f"duplicate key {excerpt(key)}: a key may appear only once in a mapping",
                    key_node.start_mark,
                    code="duplicate_key",
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: Any) -> int:
        """Build a decimal integer of at most `MAX_NUMBER_LENGTH` characters."""
        text = _number_text(node, self.construct_scalar(node))
        if not _DECIMAL_INT.fullmatch(text):
            raise _not_decimal(node)
        return int(text)

    def construct_yaml_float(self, node: Any) -> float:
        """Build a decimal float (or .inf, .nan) of at most `MAX_NUMBER_LENGTH` characters."""
        text = _number_text(node, self.construct_scalar(node))
        if _SPECIAL_FLOAT.fullmatch(text):
            return float(text.replace(".", "", 1))
        if not _DECIMAL_FLOAT.fullmatch(text):
            raise _not_decimal(node)
        return float(text)


def _number_text(node: Any, text: str) -> str:
    if len(text) > MAX_NUMBER_LENGTH:
        raise YamlLimitError(
            f"not a valid number: a number literal of {len(text)} characters "
            f"(at most {MAX_NUMBER_LENGTH})",
            node.start_mark,
        )
    return text


def _not_decimal(node: Any) -> YamlLimitError:
    return YamlLimitError(
        f"not a valid number: {excerpt(node.value)} is not a decimal number "
        "(goalkit reads numbers in decimal only)",
        node.start_mark,
        code="format",
    )


# The stubs expect a loader class; the constructors are registered for both loaders here.
StrictConstructor.add_constructor(  # type: ignore[type-var]
    "tag:yaml.org,2002:int", StrictConstructor.construct_yaml_int
)
StrictConstructor.add_constructor(  # type: ignore[type-var]
    "tag:yaml.org,2002:float", StrictConstructor.construct_yaml_float
)


# --------------------------------------------------------------- the loaders


def _start_strict(loader: Any) -> None:
    """What both loaders set up after their parser: the strict composer, constructor, resolver."""
    StrictComposer.__init__(loader)
    StrictConstructor.__init__(loader)
    StrictResolver.__init__(loader)
    loader.aliases = 0


class StrictLoader(Reader, Scanner, Parser, StrictComposer, StrictConstructor, StrictResolver):
    """The strict loader on PyYAML's pure-Python parser.

    Examples:
        >>> loader = StrictLoader("on: 2027-01-31\\ntitle: no\\ntarget: 1:20")
        >>> loader.get_single_data()
        {'on': datetime.date(2027, 1, 31), 'title': False, 'target': '1:20'}
        >>> loader.dispose()
    """

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _start_strict(self)


if _CParser is not None:

    class StrictCLoader(StrictComposer, _CParser, StrictConstructor, StrictResolver):  # type: ignore[misc]
        """The strict loader on libyaml's C parser: the same composer, resolver and constructors.

        Examples:
            >>> loader = StrictCLoader("on: &day 2027-01-31\\ndue: *day")
            >>> loader.get_single_data(), loader.aliases
            ({'on': datetime.date(2027, 1, 31), 'due': datetime.date(2027, 1, 31)}, 1)
            >>> loader.dispose()
        """

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            _start_strict(self)

else:  # pragma: no cover - PyYAML ships libyaml on the common platforms
    StrictCLoader = StrictLoader  # type: ignore[misc, assignment]


def make_loader(text: str, *, c_parser: bool | None = None) -> Any:
    """The strict loader for *text*: on libyaml's parser when available, unless *c_parser* is False.

    Examples:
        >>> loader = make_loader("title: x", c_parser=False)
        >>> type(loader).__name__, loader.get_single_data()
        ('StrictLoader', {'title': 'x'})
        >>> loader.dispose()
    """
    use_c = C_LOADER_AVAILABLE and (use_c_parser if c_parser is None else c_parser)
    return (StrictCLoader if use_c else StrictLoader)(text)


# ------------------------------------------------------------- the expansion


def _children(node: Any) -> list[Any]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    return [part for pair in node.value for part in pair]


def expanded_size(root: Any, limit: int, node_limit: int = MAX_YAML_NODES) -> tuple[int, int]:
    """The number of nodes and the size of the graph under *root* with every alias expanded.

    The size counts each scalar's characters and one per node. The walk stops
    once either figure passes its limit (*node_limit* nodes, *limit* size).
    Each node's figures are computed once and remembered, so the walk is
    linear in the graph however many times aliases repeat a node.

    Raises:
        YamlLimitError: an alias refers to a node that contains it.

    Examples:
        >>> loader = StrictLoader("a: &a [x, y]\\nb: [*a, *a]")
        >>> expanded_size(loader.get_single_node(), limit=1000)
        (13, 21)
        >>> loader.dispose()
    """
    figures: dict[int, tuple[int, int]] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in figures:
            continue
        if isinstance(node, ScalarNode):
            figures[key] = (1, len(node.value) + 1)
            continue
        children = _children(node)
        if children_done:
            on_path.discard(key)
            nodes, size = 1, 1
            for child in children:
                child_nodes, child_size = figures[id(child)]
                nodes += child_nodes
                size += child_size
            figures[key] = (nodes, size)
            if size > limit or nodes > node_limit:
                return nodes, size
            continue
        if key in on_path:
            raise YamlLimitError(_SELF_ALIAS, code="unsupported")
        on_path.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in on_path:
                raise YamlLimitError(_SELF_ALIAS, code="unsupported")
            if id(child) not in figures:
                stack.append((child, False))
    return figures[id(root)]
