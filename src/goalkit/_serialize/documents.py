"""Document text in and out: JSON, YAML and TOML, parsed within documented limits.

This module knows the formats, not the model: it turns text into plain data
(dicts, lists, strings, numbers) and back, and turns every way a parser can
fail, including on hostile input, into a `LoadError`. The converter turns
the plain data into model objects. YAML is read by the strict loader in
`goalkit._serialize.yaml_loader`, imported only when YAML is used (PyYAML
is an optional extra).

The limits, and why each is enough:

- `MAX_DOCUMENT_SIZE` (64 MiB): a 10,000-goal plan with full histories is
  about 35 MB of compact JSON; real plans are a few kilobytes. Checked
  before parsing, in bytes for files and `bytes`, in characters for `str`.
- Integers: a literal longer than `MAX_NUMBER_LENGTH` characters is refused
  while parsing, so converting it never takes quadratic time, whatever
  `sys.set_int_max_str_digits` says. Values beyond ±1e15 are refused when
  loading (`goalkit._model.MAX_MAGNITUDE`).
- Nesting: the format itself is at most 11 levels deep, and the loader
  refuses anything deeper than the format as a wrong type. YAML deeper than
  `MAX_DEPTH` levels is refused while parsing; JSON and TOML deeper than
  the parser can follow are refused with the same message (their parsers
  stop at Python's recursion limit, which is caught here).
- Number literals of any kind (integers and floats) longer than
  `MAX_NUMBER_LENGTH` characters are refused while parsing.
- Text: a document starts with at most one byte-order mark; it holds no
  lone surrogate (in a `str`, or written as an escape), and YAML text no
  raw control character.
- YAML: at most `MAX_YAML_SIZE` (the YAML parsers are much slower than the
  JSON one), at most `MAX_YAML_ALIASES` aliases per document, and the
  document with every alias expanded must still fit in the YAML size limit,
  so an alias bomb is refused even when what it expands to is well typed.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Callable
from typing import Any, Final

from goalkit._errors import LoadError, Problem, excerpt

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_SIZE",
    "MAX_NUMBER_LENGTH",
    "MAX_YAML_ALIASES",
    "MAX_YAML_NODES",
    "MAX_YAML_SIZE",
    "READERS",
    "TOO_DEEP",
    "YAML_INSTALL_HINT",
    "check_size",
    "decode_utf8",
    "default_int_limit",
    "format_size_limit",
    "json_text",
    "parse_json",
    "parse_toml",
    "parse_yaml",
    "without_bom",
    "write_json",
    "write_yaml",
    "writes_native_json",
    "yaml_available",
]

#: Largest document read, in bytes (characters for `str` input): 64 MiB.
MAX_DOCUMENT_SIZE: Final = 64 * 1024 * 1024
#: Longest number literal read, in characters. ±1e15 needs 17; floats in full need 24.
MAX_NUMBER_LENGTH: Final = 40
#: Deepest YAML nesting read. The document format needs 11 levels.
MAX_DEPTH: Final = 32
#: Most YAML aliases (``*name``) read in one document.
MAX_YAML_ALIASES: Final = 100
#: Most values, lists and mappings (nodes) in one YAML document, aliases expanded. Each
#: costs about 5 µs and 400 bytes to read with libyaml (25 µs without), whatever its size.
MAX_YAML_NODES: Final = 250_000
#: Largest YAML document read, in bytes (characters for text), with aliases expanded: 4 MiB.
#: YAML is parsed about 20 times slower than JSON; at this size one load takes about
#: two seconds with libyaml (see docs/reference/serialization.md).
MAX_YAML_SIZE: Final = 4 * 1024 * 1024

YAML_INSTALL_HINT: Final = (
    "reading and writing YAML needs PyYAML: pip install 'goalkit-mentoring[yaml]'"
)

#: The message for a document nested deeper than the format or a parser allows.
TOO_DEEP: Final = "nested too deeply: the document format is at most 11 levels deep"

_orjson: Any
try:  # orjson is an optional extra: it makes writing JSON faster (see benchmarks/).
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised when the extra is absent
    _orjson = None


def _fail(message: str, code: str, path: str = "") -> LoadError:
    return LoadError([Problem(path, message, code=code)])


# ---------------------------------------------------------------------- size


def check_size(size: int, max_size: int, unit: str = "bytes", *, kind: str = "") -> None:
    """Refuse a document over *max_size*, before any of it is parsed.

    *kind* names a format whose own limit applies (``"YAML"``).

    Examples:
        >>> check_size(10, 5)
        Traceback (most recent call last):
        goalkit._errors.LoadError: 1 problem: document too large: 10 bytes, the limit is 5
    """
    if size > max_size:
        limit = f"the limit for {kind} is" if kind else "the limit is"
        hint = " (larger documents can be written as JSON)" if kind == "YAML" else ""
        raise _fail(f"document too large: {size} {unit}, {limit} {max_size}{hint}", "too_large")


def format_size_limit(suffix: str, max_size: int) -> tuple[int, str]:
    """The size limit that applies to a document of *suffix*, and the format it is for.

    Examples:
        >>> format_size_limit(".yaml", MAX_DOCUMENT_SIZE)
        (4194304, 'YAML')
        >>> format_size_limit(".json", 1000)
        (1000, '')
    """
    if suffix in (".yaml", ".yml") and max_size > MAX_YAML_SIZE:
        return MAX_YAML_SIZE, "YAML"
    return max_size, ""


def without_bom(text: str) -> str:
    """*text* without its byte-order mark; a second one is refused.

    Examples:
        >>> without_bom("\\ufeff{}")
        '{}'
        >>> without_bom("\\ufeff\\ufeff{}")
        Traceback (most recent call last):
        goalkit._errors.LoadError: 1 problem: two byte-order marks at the start ...
    """
    if text.startswith("\ufeff"):
        text = text[1:]
        if text.startswith("\ufeff"):
            raise _fail(
                "two byte-order marks at the start (U+FEFF): a document starts with one at most",
                "encoding",
            )
    return text


def decode_utf8(data: bytes) -> str:
    """Decode UTF-8 strictly; a byte-order mark is kept, for the parser to remove.

    Examples:
        >>> decode_utf8(b"\\xef\\xbb\\xbf{}")
        '\\ufeff{}'
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 4]
        raise _fail(
            f"not valid UTF-8: byte {error.start} ({bad!r}) {error.reason}; "
            "goalkit documents are UTF-8 text",
            "encoding",
        ) from None


def _check_unicode(text: str) -> None:
    # A Python str may hold lone surrogates, which no encoding can write.
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise _fail(
            f"not valid Unicode: a lone surrogate {text[error.start]!r} at character {error.start}",
            "encoding",
        ) from None


def _lone_surrogate_path(document: Any) -> str | None:
    """The path of the first string (or key) holding a lone surrogate, or None."""
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        path, value = stack.pop()
        if type(value) is str:
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    return path
        elif type(value) is dict:
            for key, item in value.items():
                child = f"{path}.{key}" if path else str(key)
                if type(key) is str and not key.isascii():
                    try:
                        key.encode("utf-8")
                    except UnicodeEncodeError:
                        return path
                stack.append((child, item))
        elif type(value) is list:
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
    return None


def _refuse_lone_surrogates(document: Any) -> None:
    path = _lone_surrogate_path(document)
    if path is not None:
        raise _fail(
            "not valid Unicode: text holding a lone surrogate (an unpaired \\ud800-\\udfff escape)",
            "encoding",
            path=_printable_path(path),
        )


def _printable_path(path: str) -> str:
    # The path is built from document keys; quote it the way messages quote input.
    return path if len(path) <= 200 and path.isprintable() else excerpt(path, 200)


# ---------------------------------------------------------------------- JSON


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number in JSON; goalkit numbers are finite")


def _bounded_int(literal: str) -> int:
    if len(literal) > MAX_NUMBER_LENGTH:
        raise ValueError(f"an integer literal of {len(literal)} digits")
    return int(literal)


def _bounded_float(literal: str) -> float:
    # A float literal converts in linear time, but the documented limit holds for every number.
    if len(literal) > MAX_NUMBER_LENGTH:
        raise ValueError(
            f"a number literal of {len(literal)} characters (at most {MAX_NUMBER_LENGTH})"
        )
    return float(literal)


#: The binary forms JSON text may take (UTF-8).
JsonBytes = bytes | bytearray | memoryview

_DECODER: Final = json.JSONDecoder(
    object_pairs_hook=_unique_pairs, parse_constant=_refuse_constant, parse_float=_bounded_float
)
# Used only when the process allows integer literals longer than Python's default 4,300
# digits (or unlimited): then each literal's length is checked before it is converted.
_BOUNDED_DECODER: Final = json.JSONDecoder(
    object_pairs_hook=_unique_pairs,
    parse_constant=_refuse_constant,
    parse_int=_bounded_int,
    parse_float=_bounded_float,
)


def parse_json(text: str | JsonBytes, *, max_size: int = MAX_DOCUMENT_SIZE) -> Any:
    """Parse JSON text into plain data, or raise `LoadError`.

    Refuses, among others: NaN and Infinity, duplicate keys, oversized
    documents, invalid UTF-8, lone surrogates, two byte-order marks, number
    literals over `MAX_NUMBER_LENGTH` characters, and nesting deeper than
    the parser follows.

    Examples:
        >>> parse_json(b'{"title": "Learn SQL"}')
        {'title': 'Learn SQL'}
        >>> parse_json('{"a": 1, "a": 2}')
        Traceback (most recent call last):
        goalkit._errors.LoadError: 1 problem: duplicate key 'a': ...
    """
    text = json_text(text, max_size=max_size)
    decoder = _DECODER if default_int_limit() else _BOUNDED_DECODER
    try:
        document = decoder.decode(text)
    except json.JSONDecodeError as error:
        raise _fail(
            f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})", "syntax"
        ) from None
    except _DuplicateKeyError as error:
        raise _fail(
            f"duplicate key {excerpt(error.key)}: a key may appear only once in an object",
            "duplicate_key",
        ) from None
    except RecursionError:
        raise _fail(TOO_DEEP, "too_large") from None
    except ValueError as error:  # NaN/Infinity, or an integer literal over the digit limit
        code = "not_finite" if "not a number in JSON" in str(error) else "too_large"
        raise _fail(f"not a valid number: {excerpt(str(error), 120)}", code) from None
    # Only \u escapes can produce lone surrogates from valid text: look only when present
    # (a search for a backslash is much cheaper than one for "\\ud").
    if "\\" in text and ("\\ud" in text or "\\uD" in text):
        _refuse_lone_surrogates(document)
    return document


def json_text(text: str | JsonBytes, *, max_size: int = MAX_DOCUMENT_SIZE) -> str:
    """JSON text as a `str` ready to parse: within *max_size*, valid Unicode, no byte-order mark.

    These are the checks made before any parsing, shared by every way of
    parsing JSON (`parse_json`, and `from_json`'s fast path).

    Examples:
        >>> json_text(b"\\xef\\xbb\\xbf{}")
        '{}'
        >>> json_text("{}" * 3, max_size=4)
        Traceback (most recent call last):
        goalkit._errors.LoadError: 1 problem: document too large: 6 characters, the limit is 4
    """
    if isinstance(text, str):
        check_size(len(text), max_size, "characters")
        _check_unicode(text)
    else:  # the public functions check the type: here it is bytes, bytearray or memoryview
        check_size(len(text), max_size)
        text = decode_utf8(bytes(text))
    return without_bom(text)


def default_int_limit() -> bool:
    """Whether Python's limit on integer digits is at its default or tighter (not lifted).

    When it is lifted, `parse_json` checks each integer literal's length
    itself, which only its own decoder does.

    Examples:
        >>> default_int_limit()
        True
    """
    limit = sys.get_int_max_str_digits()
    return 0 < limit <= 4300


def writes_native_json(indent: int | None) -> bool:
    """Whether `write_json` uses orjson for *indent*, which also writes dates and enums.

    orjson writes a `datetime.date` as ``"YYYY-MM-DD"`` and an enum as its
    value, exactly as the document format does, so data for it need not
    convert them first.

    Examples:
        >>> writes_native_json(indent=4)
        False
    """
    return _orjson is not None and indent in (None, 2)


def write_json(data: Any, *, indent: int | None = None) -> str:
    """Write plain data as JSON text: compact by default, UTF-8 characters kept as they are.

    Uses orjson when it is installed (the `orjson` extra); the standard `json`
    module otherwise. Both write the same data, though spacing and number
    spelling may differ.

    Raises:
        ValueError: text that is not valid Unicode (a lone surrogate).

    Examples:
        >>> write_json({"title": "Café", "weight": 0.5})
        '{"title":"Café","weight":0.5}'
    """
    if writes_native_json(indent):
        try:
            encoded: bytes = _orjson.dumps(data, option=_orjson.OPT_INDENT_2 if indent else 0)
            return encoded.decode()
        except _orjson.JSONEncodeError as error:
            raise ValueError(f"cannot write JSON: {error}") from None
    text = json.dumps(
        data,
        ensure_ascii=False,
        allow_nan=False,
        indent=indent,
        separators=(",", ": ") if indent is not None else (",", ":"),
    )
    _check_writable(text)
    return text


def _check_writable(text: str) -> None:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(
                f"cannot write text holding a lone surrogate ({text[error.start]!r})"
            ) from None


# ---------------------------------------------------------------------- TOML


def parse_toml(text: str) -> Any:
    """Parse TOML text into plain data (dates stay `datetime.date`), or raise `LoadError`.

    Examples:
        >>> parse_toml('title = "Learn SQL"\\ndue = 2027-06-30')
        {'title': 'Learn SQL', 'due': datetime.date(2027, 6, 30)}
    """
    _check_unicode(text)
    text = without_bom(text)
    try:
        return tomllib.loads(text, parse_float=_bounded_float)
    except tomllib.TOMLDecodeError as error:
        raise _fail(f"not valid TOML: {excerpt(str(error), 120)}", "syntax") from None
    except RecursionError:
        raise _fail(TOO_DEEP, "too_large") from None
    except ValueError as error:  # a number literal over the length or digit limit
        raise _fail(f"not a valid number: {excerpt(str(error), 120)}", "too_large") from None


# ---------------------------------------------------------------------- YAML


def yaml_available() -> bool:
    """Whether PyYAML (the `yaml` extra) is installed.

    Examples:
        >>> isinstance(yaml_available(), bool)
        True
    """
    try:
        import yaml  # noqa: F401
    except ImportError:
        return False
    return True


#: What YAML text may not hold raw: C0 controls but tab and line breaks, DEL, C1 controls
#: but NEL, and the non-characters U+FFFE and U+FFFF. (The YAML 1.1 printable set.)
_YAML_FORBIDDEN: Final = re.compile(
    "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


#: libyaml's own words for nesting past its limit, which its parser can reach before the
#: composer stops at MAX_DEPTH.
_LIBYAML_TOO_DEEP: Final = "exceeded maximum nesting depth"


_LIBYAML_BAD_ESCAPE: Final = "found invalid Unicode character escape code"
_BAD_ESCAPE: Final = (
    "not valid Unicode: an escape of a lone surrogate (\\ud800 to \\udfff) "
    "or of a code point past \\U0010ffff"
)


def _refuse_control_characters(text: str) -> None:
    """Refuse raw control characters (a pasted terminal colour code), saying where."""
    found = _YAML_FORBIDDEN.search(text)
    if found is None:
        return
    position = found.start()
    before = text[:position]
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    column = position - max(before.rfind("\n"), before.rfind("\r"))
    raise _fail(
        f"not valid YAML: the control character {excerpt(found.group())} at line {line}, "
        f"column {column} is not allowed in YAML text (write it as an escape in double quotes)",
        "syntax",
    )


def parse_yaml(
    text: str, *, max_size: int = MAX_DOCUMENT_SIZE, c_parser: bool | None = None
) -> Any:
    """Parse one YAML document into plain data, safely and within limits, or raise `LoadError`.

    The YAML size limit (`MAX_YAML_SIZE`) applies when *max_size* is larger.
    *c_parser* chooses libyaml's parser (True) or PyYAML's pure-Python one
    (False); by default libyaml's when available. Both give the same data.

    Examples:
        >>> parse_yaml("title: Learn SQL\\ndue: 2027-06-30\\non: 2027-01-01")
        {'title': 'Learn SQL', 'due': datetime.date(2027, 6, 30), 'on': datetime.date(2027, 1, 1)}
        >>> parse_yaml("title: no\\ntarget: 1:20")
        {'title': False, 'target': '1:20'}
    """
    if not yaml_available():
        raise _fail(YAML_INSTALL_HINT, "unsupported")
    import yaml

    from goalkit._serialize.yaml_loader import YamlLimitError

    max_size = min(max_size, MAX_YAML_SIZE)
    check_size(len(text), max_size, "characters", kind="YAML")
    _check_unicode(text)
    text = without_bom(text)
    _refuse_control_characters(text)
    try:
        document = _compose_and_construct(text, max_size, c_parser)
    except YamlLimitError as error:
        raise _fail(str(error), error.code) from None
    except yaml.MarkedYAMLError as error:
        if error.problem == _LIBYAML_TOO_DEEP:  # libyaml stops at 1,000 levels, reading ahead
            raise _fail(TOO_DEEP, "too_large") from None
        if error.problem == _LIBYAML_BAD_ESCAPE:
            raise _fail(_BAD_ESCAPE, "encoding") from None
        mark = error.problem_mark
        where = "" if mark is None else f" (line {mark.line + 1}, column {mark.column + 1})"
        problem = _shortened(error.problem or "")
        raise _fail(f"not valid YAML: {problem}{where}", "syntax") from None
    except yaml.YAMLError as error:
        raise _fail(f"not valid YAML: {excerpt(str(error), 160)}", "syntax") from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH stops nesting well before this
        raise _fail(TOO_DEEP, "too_large") from None
    except (ValueError, OverflowError) as error:  # a timestamp beyond the calendar
        if str(error).startswith("chr() arg not in range"):  # PyYAML: an escape past U+10FFFF
            raise _fail(_BAD_ESCAPE, "encoding") from None
        raise _fail(f"not a valid value: {excerpt(str(error), 120)}", "format") from None
    # Only \u and \U escapes can produce lone surrogates from valid text: look only then.
    # libyaml refuses them while scanning; PyYAML reads them, and they are refused here in
    # the same words (and, like libyaml's, without a path).
    if ("\\u" in text or "\\U" in text) and _lone_surrogate_path(document) is not None:
        raise _fail(_BAD_ESCAPE, "encoding")
    return document


def _shortened(words: str, limit: int = 160) -> str:
    # A parser's words quote what it found with repr(): cut them, never escape them twice.
    return words if len(words) <= limit else words[: limit - 3] + "..."


def _compose_and_construct(text: str, max_size: int, c_parser: bool | None) -> Any:
    """Compose the node graph, measure it with aliases expanded, then build the data."""
    from goalkit._serialize.yaml_loader import YamlLimitError, expanded_size, make_loader

    loader = make_loader(text, c_parser=c_parser)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        # Without aliases the graph is no larger than the text, and the composer counted it.
        if loader.aliases:
            nodes, size = expanded_size(node, max_size)
            if size > max_size or nodes > MAX_YAML_NODES:
                limit = f"{max_size}" if size > max_size else f"{MAX_YAML_NODES:,} nodes"
                raise YamlLimitError(
                    f"YAML aliases expand the document beyond the size limit ({limit}): "
                    "refused as a possible alias bomb"
                )
        return loader.construct_document(node)
    finally:
        loader.dispose()


def write_yaml(data: Any) -> str:
    """Write plain data as block-style YAML, keys in the model's order.

    Words YAML 1.1 would read as something else (``no``, ``on``, dates) are
    quoted, so the file reads back exactly.

    Examples:
        >>> print(write_yaml({"title": "no", "tags": ["career"]}), end="")
        title: 'no'
        tags:
        - career
    """
    if not yaml_available():
        raise ValueError(YAML_INSTALL_HINT)
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(
        data, Dumper=dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
    )
    _check_writable(text)
    return text


# --------------------------------------------------------------------- types

#: Readers by lower-case suffix. TOML is read-only: the standard library has no writer.
READERS: Final[dict[str, Callable[[str, int], Any]]] = {
    ".json": lambda text, max_size: parse_json(text, max_size=max_size),
    ".yaml": lambda text, max_size: parse_yaml(text, max_size=max_size),
    ".yml": lambda text, max_size: parse_yaml(text, max_size=max_size),
    ".toml": lambda text, max_size: parse_toml(text),
}
