"""Hostile input as one table of named threats, and the code that feeds each one to goalkit.

Shared by ``tests/test_hostile_input.py``, which runs every threat in a
child process under CPU and memory limits and checks what came back, and
``benchmarks/bench_hostile.py``, which measures the time and memory each
threat takes. Each threat is fed the way an attacker would: JSON text or
bytes to `from_json`, or a file to `load`.

Run as a script, this module is the child process: it runs the threats of
one kind, each under its own limits, and prints one JSON line when a threat
starts and one with its outcome::

    python tests/hostile_threats.py json --folder /tmp/hostile [--first N]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from goalkit import CheckIn, Goal, LoadError, Person, Plan, from_json, load
from goalkit._serialize import MAX_DOCUMENT_SIZE

#: CPU seconds any single threat may take in the child (generous: CI machines are noisy).
CPU_SECONDS: Final = 20
#: Memory any single threat may map beyond what the child already maps, in bytes.
MEMORY_BUDGET: Final = 256 * 1024 * 1024

KINDS: Final = ("json", "yaml", "toml", "file")

Document = str | bytes | Callable[[], str | bytes]


@dataclass(frozen=True)
class Threat:
    """One hostile input: what it stands for, how it is fed, and what the refusal must say.

    *document* is the JSON text or bytes, the YAML or TOML text of the file
    (``{marker}`` stands for a file that must never be created), or for a
    ``file`` threat the name of the path; a callable builds a large input
    only when the threat runs.
    """

    name: str
    kind: str
    cls: type
    document: Document
    expected: str
    max_size: int | None = None


PLAN = '{"schema_version": 1, "mentee": {"name": "Ana", "id": "ana"}, "id": "p"%s}'
GOAL = '{"title": "Learn SQL", "id": "g"%s}'
CHECK_IN = '{"on": "2027-02-01", "value": %s}'


def _every_check_in_wrong() -> str:
    """A plan of 100 goals, 10 key results each, 100 check-ins each, every value text."""
    check_ins = ", ".join(['{"on": "2027-01-01", "value": "x"}'] * 100)
    key_results = ", ".join(
        f'{{"title": "k", "id": "k{k}", "target": 10, "check_ins": [{check_ins}]}}'
        for k in range(10)
    )
    goals = ", ".join(
        f'{{"title": "g", "id": "g{g}", "key_results": [{key_results}]}}' for g in range(100)
    )
    return PLAN % f', "goals": [{goals}]'


def _json(name: str, cls: type, document: Document, expected: str, **options: Any) -> Threat:
    return Threat(name, "json", cls, document, expected, **options)


JSON_THREATS: Final = (
    _json("NaN literal", CheckIn, CHECK_IN % "NaN", "not a valid number"),
    _json("Infinity literal", CheckIn, CHECK_IN % "Infinity", "not a valid number"),
    _json("-Infinity literal", CheckIn, CHECK_IN % "-Infinity", "not a valid number"),
    _json("float overflowing to infinity", CheckIn, CHECK_IN % "1e400", "finite number"),
    _json("negative overflow", CheckIn, CHECK_IN % "-1e400", "finite number"),
    _json("1 followed by 400 zeros", CheckIn, CHECK_IN % ("1" + "0" * 400), "finite number"),
    _json("50,000-digit integer", CheckIn, CHECK_IN % ("9" * 50_000), "not a valid number"),
    _json(
        "huge integer in a whole-number field",
        CheckIn,
        CHECK_IN % '1, "confidence": 1e999',
        "whole number",
    ),
    _json("duplicate keys", Goal, '{"title": "a", "title": "b"}', "duplicate key 'title'"),
    _json(
        "duplicate keys deep inside",
        Plan,
        PLAN % ', "mentee": {"name": "B", "id": "b"}',
        "duplicate key 'mentee'",
    ),
    _json("100,000 open brackets", Goal, "[" * 100_000, "nested too deeply"),
    _json("100,000 nested objects", Goal, '{"a":' * 100_000, "nested too deeply"),
    _json(
        "deep nesting inside a field",
        Goal,
        GOAL % (', "tags": ' + "[" * 500 + "]" * 500),
        "expected text, got an array",
    ),
    _json("invalid UTF-8", Goal, b'{"title": "caf\xe9"}', "not valid UTF-8"),
    _json("overlong UTF-8 encoding", Goal, b'{"title": "\xc0\xaf"}', "not valid UTF-8"),
    _json("UTF-16 text", Goal, '{"title": "x"}'.encode("utf-16"), "not valid UTF-8"),
    _json(
        "lone high surrogate escape", Goal, GOAL % ', "description": "\\ud800"', "lone surrogate"
    ),
    _json("lone low surrogate escape", Goal, GOAL % ', "tags": ["\\udc00"]', "lone surrogate"),
    _json("lone surrogate in a key", Goal, '{"title": "x", "\\ud800": 1}', "lone surrogate"),
    _json("lone surrogate in str input", Goal, '{"title": "\ud800"}', "lone surrogate"),
    _json("empty document", Goal, "", "not valid JSON"),
    _json("null document", Goal, "null", "got null"),
    _json("array document", Plan, "[]", "got an array of 0 items"),
    _json("number document", Plan, "42", "got the number 42"),
    _json("string document", Plan, '"plan"', "got text 'plan'"),
    _json("trailing garbage", Goal, GOAL % "" + " {}", "not valid JSON"),
    _json("a megabyte key", Goal, '{"title": "x", "' + "k" * 1_000_000 + '": 1}', "unknown key"),
    _json(
        "a million wrong items",
        Goal,
        GOAL % (', "tags": [' + ",".join(["1"] * 1_000_000) + "]"),
        "expected text, got the number 1",
    ),
    _json(
        "text over the field limit",
        Goal,
        '{"title": "' + "x" * 200_000 + '"}',
        "at most 100000 characters",
    ),
    _json("a string where an object is", Plan, PLAN % ', "mentor": "Ben"', "expected an object"),
    _json("a number where a list is", Goal, GOAL % ', "key_results": 3', "expected an array"),
    _json(
        "id collision across goals",
        Plan,
        PLAN % ', "goals": [{"title": "a", "id": "g"}, {"title": "b", "id": "g"}]',
        "an id unique in the plan",
    ),
    _json(
        "parent cycle",
        Plan,
        PLAN % ', "goals": [{"title": "a", "id": "a", "parent_id": "b"},'
        ' {"title": "b", "id": "b", "parent_id": "a"}]',
        "no parent cycle",
    ),
    _json("two byte-order marks", Goal, "\ufeff\ufeff" + GOAL % "", "two byte-order marks"),
    _json(
        "two byte-order marks as bytes",
        Goal,
        b"\xef\xbb\xbf\xef\xbb\xbf" + (GOAL % "").encode(),
        "two byte-order marks",
    ),
    _json("a 62-character float literal", CheckIn, CHECK_IN % ("1." + "1" * 60), "at most 40"),
    # Issue 14: 3.7 MB in which every check-in is wrong once took 5 s and 1.3 GB to explain.
    _json(
        "every one of 100,000 check-ins wrong",
        Plan,
        lambda: _every_check_in_wrong(),
        "100 problems",
    ),
    # Over MAX_DOCUMENT_SIZE, refused by its length alone, before any of it is parsed.
    _json(
        "64 MiB and one character of str",
        Goal,
        lambda: " " * (MAX_DOCUMENT_SIZE + 1),
        f"document too large: {MAX_DOCUMENT_SIZE + 1} characters",
    ),
    _json(
        "64 MiB and one byte",
        Goal,
        lambda: b" " * (MAX_DOCUMENT_SIZE + 1),
        f"document too large: {MAX_DOCUMENT_SIZE + 1} bytes",
    ),
    # max_size lets an API refuse anything bigger than it expects.
    _json(
        "over a lower size limit for untrusted clients",
        Goal,
        GOAL % (', "description": "' + "x" * 5000 + '"'),
        "document too large: 5",
        max_size=4096,
    ),
)

BIG = "x" * 90_000
BILLION_LAUGHS = (
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [" + ", ".join([f"*{chr(97 + n)}"] * 9) + "]\n"
        for n in range(8)
    )
    + "title: x\n"
)
NESTED_ALIASES = (
    f"title: &t {'y' * 60_000}\n"
    "l1: &l1 [*t, *t, *t, *t, *t, *t, *t, *t, *t, *t]\n"
    "l2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\n"
    "l3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]\n"
    "l4: &l4 [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]\n"
    "tags: [*l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4]\n"
)


#: 2.7 KB that expands to 30 goals x 30 key results x 30 check-ins, every one wrong (issue 14).
ALIASED_FAILURES = (
    "x: &c {on: x, value: y}\n"
    "y: &l [" + ", ".join(["*c"] * 30) + "]\n"
    "z: &k ["
    + ", ".join(f"{{title: 1, id: k{n}, target: x, check_ins: *l}}" for n in range(30))
    + "]\n"
    "schema_version: 1\nid: p\nmentee: {name: A, id: a}\n"
    "goals: [" + ", ".join(f"{{title: g, id: g{n}, key_results: *k}}" for n in range(30)) + "]\n"
)


def _yaml(name: str, cls: type, document: str, expected: str) -> Threat:
    return Threat(name, "yaml", cls, document, expected)


YAML_THREATS: Final = (
    _yaml(
        "python object tag (never executed)",
        Goal,
        "title: !!python/object/apply:os.system ['touch {marker}']\n",
        "not valid YAML",
    ),
    _yaml("python name tag", Goal, "title: !!python/name:os.system\n", "not valid YAML"),
    _yaml("python module tag", Goal, "title: !!python/module:os\n", "not valid YAML"),
    _yaml(
        "well-typed alias bomb: 5,000 aliases of a 90 KB string",
        Goal,
        f"title: &big {BIG}\ntags: [" + ", ".join(["*big"] * 5000) + "]\n",
        "YAML aliases",
    ),
    _yaml("billion laughs", Goal, BILLION_LAUGHS, "YAML alias"),
    _yaml(
        "nested aliases under the alias budget that expand past the size limit",
        Goal,
        NESTED_ALIASES,
        "expand the document beyond the size limit",
    ),
    _yaml(
        "recursive alias", Goal, "title: x\ntags: &a [*a]\n", "refers to a node that contains it"
    ),
    _yaml("YAML 1.1 no as a title", Goal, "title: no\n", "got false"),
    _yaml("YAML 1.1 yes as a title", Goal, "title: yes\n", "got true"),
    _yaml("YAML 1.1 on as text in a list", Goal, "title: x\ntags: [on]\n", "quote the text"),
    _yaml("a date where text is expected", Goal, "title: 2027-01-31\n", "got the date 2027-01-31"),
    _yaml(
        "timestamp where a date is expected",
        CheckIn,
        "on: 2027-01-31 10:00:00\nvalue: 1\n",
        "the date and time",
    ),
    _yaml("YAML .nan", CheckIn, "on: 2027-01-31\nvalue: .nan\n", "finite number"),
    _yaml("YAML .inf", CheckIn, "on: 2027-01-31\nvalue: .inf\n", "finite number"),
    _yaml(
        "50,000-digit YAML integer",
        CheckIn,
        "on: 2027-01-31\nvalue: " + "9" * 50_000 + "\n",
        "not a valid number",
    ),
    _yaml("duplicate YAML keys", Goal, "title: a\ntitle: b\n", "duplicate key 'title'"),
    _yaml("merge keys", Goal, "base: &b {title: x}\n<<: *b\n", "merge keys"),
    _yaml("a list as a key", Goal, "? [a, b]\n: x\ntitle: y\n", "must be text"),
    _yaml("100,000 nested flow sequences", Goal, "[" * 100_000, "nested too deeply"),
    _yaml(
        "deep block nesting",
        Goal,
        "".join("  " * n + "a:\n" for n in range(200)),
        "nested too deeply",
    ),
    _yaml("lone surrogate escape", Goal, 'title: "\\ud800"\n', "lone surrogate"),
    _yaml("a control character", Goal, "title: a\x07b\n", "not valid YAML"),
    _yaml("several documents", Goal, "title: a\n---\ntitle: b\n", "not valid YAML"),
    # Issue 14: raw control characters once escaped load() as a bare ReaderError.
    *(
        _yaml(f"raw {name} in YAML text", Goal, f'title: "a{char}b"\n', "control character")
        for name, char in (
            ("ESC", "\x1b"),
            ("NUL", "\x00"),
            ("DEL", "\x7f"),
            ("U+FFFE", "\ufffe"),
        )
    ),
    # YAML 1.1 number forms: goalkit reads numbers in decimal only.
    *(
        _yaml(f"YAML 1.1 {form}", CheckIn, f"on: 2027-01-31\nvalue: {text}\n", "decimal only")
        for form, text in (
            ("base-60 number", "1:20"),
            ("hexadecimal number", "0x10"),
            ("binary number", "0b101"),
            ("number with underscores", "1_000"),
        )
    ),
    _yaml(
        "alias bomb whose 27,000 expanded check-ins all fail validation",
        Plan,
        ALIASED_FAILURES,
        "100 problems",
    ),
    _yaml("binary data", Goal, "title: !!binary aGVsbG8=\n", "got a bytes"),
    _yaml("a set", Goal, "title: x\ntags: !!set {a, b}\n", "expected an array"),
    _yaml("empty file", Goal, "", "got null"),
    _yaml("a list document", Plan, "- a\n- b\n", "got an array of 2 items"),
)


def _toml(name: str, cls: type, document: str, expected: str) -> Threat:
    return Threat(name, "toml", cls, document, expected)


TOML_THREATS: Final = (
    _toml("TOML nan", CheckIn, "on = 2027-01-31\nvalue = nan\n", "finite number"),
    _toml("TOML inf", CheckIn, "on = 2027-01-31\nvalue = inf\n", "finite number"),
    _toml(
        "TOML local date-time", CheckIn, "on = 2027-01-31T10:00:00\nvalue = 1\n", "date and time"
    ),
    _toml("TOML time", CheckIn, "on = 10:00:00\nvalue = 1\n", "the time"),
    _toml(
        "TOML 50,000-digit integer",
        CheckIn,
        "on = 2027-01-31\nvalue = " + "9" * 50_000,
        "not a valid number",
    ),
    _toml("TOML deep arrays", Goal, "title = 'x'\ntags = " + "[" * 100_000, "nested too deeply"),
    _toml("TOML duplicate keys", Goal, "title = 'a'\ntitle = 'b'\n", "not valid TOML"),
    _toml("TOML surrogate escape", Goal, 'title = "\\ud800"\n', "not valid TOML"),
    _toml("TOML boolean as text", Goal, "title = false\n", "got false"),
)


def _file(name: str, path: str, expected: str) -> Threat:
    return Threat(name, "file", Person, path, expected)


FILE_THREATS: Final = (
    _file("missing file", "missing.json", "no such file"),
    _file("a folder", "folder.json", "is a folder"),
    _file("unknown suffix", "plan.exe", "unknown file type"),
    _file("no suffix", "plan", "unknown file type"),
    _file("a device", "/dev/zero", "unknown file type"),
    _file("a named pipe that would block", "pipe.json", "not a regular file"),
    _file("a file over the size limit", "big.json", "document too large"),
    _file("invalid UTF-8 in a file", "latin1.yaml", "not valid UTF-8"),
)

#: Every threat, by kind.
THREATS: Final = (*JSON_THREATS, *YAML_THREATS, *TOML_THREATS, *FILE_THREATS)


# ------------------------------------------------------------ feeding one


def _place_files(folder: Path) -> None:
    """The paths the file threats name: a folder, a pipe, a sparse huge file, Latin-1 text."""
    (folder / "folder.json").mkdir()
    os.mkfifo(folder / "pipe.json")
    with open(folder / "big.json", "wb") as handle:
        handle.truncate(MAX_DOCUMENT_SIZE + 1)  # sparse: costs no disk
    (folder / "latin1.yaml").write_bytes("title: café\n".encode("latin-1"))


def prepare(threat: Threat, folder: Path) -> tuple[Callable[[], object], Path | None]:
    """Set *threat* up in the empty *folder*: the call that feeds it to goalkit, and its path.

    Building a large input and writing a file happen here, so that the call
    does only what an application would do with hostile input.
    """
    document = threat.document() if callable(threat.document) else threat.document
    if threat.kind == "json":
        options = {} if threat.max_size is None else {"max_size": threat.max_size}
        return (lambda: from_json(threat.cls, document, **options)), None
    if threat.kind == "file":
        _place_files(folder)
        name = str(document)
        path = Path(name) if name.startswith("/") else folder / name
    else:
        path = folder / f"document.{threat.kind}"
        text = str(document).replace("{marker}", str(folder / "executed"))
        path.write_text(text, encoding="utf-8")
    return (lambda: load(path, threat.cls)), path


def attack(threat: Threat, folder: Path) -> dict[str, Any]:
    """Feed *threat* to goalkit from *folder* and say what came back, as plain JSON data."""
    folder.mkdir(parents=True, exist_ok=True)
    call, path = prepare(threat, folder)
    outcome: dict[str, Any] = {"name": threat.name, "path": None if path is None else str(path)}
    try:
        call()
    except LoadError as error:
        outcome["raised"] = "LoadError"
        outcome["message"] = str(error)
        outcome["problems"] = [
            [problem.path, problem.message, problem.code] for problem in error.problems
        ]
        outcome["source"] = error.source
    except Exception as error:  # the test reports any other exception as a failure
        outcome["raised"] = type(error).__name__
        outcome["message"] = str(error)[:2000]
    else:
        outcome["raised"] = None
    outcome["executed"] = (folder / "executed").exists()
    return outcome


# ------------------------------------------------------------ the child


def _mapped_bytes() -> int | None:
    """The address space this process maps now (Linux), or None where it cannot be read."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * resource.getpagesize()


def _set_soft_limit(which: int, value: int) -> None:
    _, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, hard))


def limit_next_threat(cpu_seconds: int = CPU_SECONDS, memory: int = MEMORY_BUDGET) -> None:
    """Give the next threat *cpu_seconds* of CPU and *memory* bytes beyond what is mapped now.

    Over the CPU limit the kernel stops the process (SIGXCPU); over the
    memory limit allocations fail (MemoryError).
    """
    used = resource.getrusage(resource.RUSAGE_SELF)
    _set_soft_limit(resource.RLIMIT_CPU, math.ceil(used.ru_utime + used.ru_stime) + cpu_seconds)
    mapped = _mapped_bytes()
    if mapped is not None:
        _set_soft_limit(resource.RLIMIT_AS, mapped + memory)


def main(argv: list[str] | None = None) -> int:
    """Run every threat of one kind, each under its limits, printing JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--first", type=int, default=0, help="skip the threats before this one")
    args = parser.parse_args(argv)
    for number, threat in enumerate(t for t in THREATS if t.kind == args.kind):
        if number < args.first:
            continue
        print(json.dumps({"started": threat.name}), flush=True)
        limit_next_threat()
        print(json.dumps(attack(threat, args.folder / str(number))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
