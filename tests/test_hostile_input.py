"""Hostile input: every case ends in a LoadError, within bounded time and memory.

Each row names the threat it stands for. The input is fed the way an
attacker would: JSON text or bytes to `from_json`, or a file to `load`.
"""

from __future__ import annotations

import os
import pathlib
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from goalkit import CheckIn, Goal, LoadError, Person, Plan, from_json, load
from goalkit._serialize import MAX_DOCUMENT_SIZE, MAX_YAML_ALIASES

#: Seconds and megabytes any single hostile case may take (generous: CI machines are noisy).
TIME_LIMIT = 10.0
MEMORY_LIMIT_MB = 200

PLAN = '{"schema_version": 1, "mentee": {"name": "Ana", "id": "ana"}, "id": "p"%s}'
GOAL = '{"title": "Learn SQL", "id": "g"%s}'
CHECK_IN = '{"on": "2027-02-01", "value": %s}'

#: (threat, class, JSON text or bytes, words the problem message must contain)
JSON_CASES: list[tuple[str, type, str | bytes, str]] = [
    ("NaN literal", CheckIn, CHECK_IN % "NaN", "not a valid number"),
    ("Infinity literal", CheckIn, CHECK_IN % "Infinity", "not a valid number"),
    ("-Infinity literal", CheckIn, CHECK_IN % "-Infinity", "not a valid number"),
    ("float overflowing to infinity", CheckIn, CHECK_IN % "1e400", "finite number"),
    ("negative overflow", CheckIn, CHECK_IN % "-1e400", "finite number"),
    ("1 followed by 400 zeros", CheckIn, CHECK_IN % ("1" + "0" * 400), "finite number"),
    ("50,000-digit integer", CheckIn, CHECK_IN % ("9" * 50_000), "not a valid number"),
    (
        "huge integer in a whole-number field",
        CheckIn,
        CHECK_IN % '1, "confidence": 1e999',
        "whole number",
    ),
    ("duplicate keys", Goal, '{"title": "a", "title": "b"}', "duplicate key 'title'"),
    (
        "duplicate keys deep inside",
        Plan,
        PLAN % ', "mentee": {"name": "B", "id": "b"}',
        "duplicate key 'mentee'",
    ),
    ("100,000 open brackets", Goal, "[" * 100_000, "nested too deeply"),
    ("100,000 nested objects", Goal, '{"a":' * 100_000, "nested too deeply"),
    (
        "deep nesting inside a field",
        Goal,
        GOAL % (', "tags": ' + "[" * 500 + "]" * 500),
        "expected text, got an array",
    ),
    ("invalid UTF-8", Goal, b'{"title": "caf\xe9"}', "not valid UTF-8"),
    ("overlong UTF-8 encoding", Goal, b'{"title": "\xc0\xaf"}', "not valid UTF-8"),
    ("UTF-16 text", Goal, '{"title": "x"}'.encode("utf-16"), "not valid UTF-8"),
    ("lone high surrogate escape", Goal, GOAL % ', "description": "\\ud800"', "lone surrogate"),
    ("lone low surrogate escape", Goal, GOAL % ', "tags": ["\\udc00"]', "lone surrogate"),
    ("lone surrogate in a key", Goal, '{"title": "x", "\\ud800": 1}', "lone surrogate"),
    ("lone surrogate in str input", Goal, '{"title": "\ud800"}', "lone surrogate"),
    ("empty document", Goal, "", "not valid JSON"),
    ("null document", Goal, "null", "got null"),
    ("array document", Plan, "[]", "got an array of 0 items"),
    ("number document", Plan, "42", "got the number 42"),
    ("string document", Plan, '"plan"', "got text 'plan'"),
    ("trailing garbage", Goal, GOAL % "" + " {}", "not valid JSON"),
    ("a megabyte key", Goal, '{"title": "x", "' + "k" * 1_000_000 + '": 1}', "unknown key"),
    (
        "a million wrong items",
        Goal,
        GOAL % (', "tags": [' + ",".join(["1"] * 1_000_000) + "]"),
        "expected text, got the number 1",
    ),
    (
        "text over the field limit",
        Goal,
        '{"title": "' + "x" * 200_000 + '"}',
        "at most 100000 characters",
    ),
    ("a string where an object is", Plan, PLAN % ', "mentor": "Ben"', "expected an object"),
    ("a number where a list is", Goal, GOAL % ', "key_results": 3', "expected an array"),
    (
        "id collision across goals",
        Plan,
        PLAN % ', "goals": [{"title": "a", "id": "g"}, {"title": "b", "id": "g"}]',
        "an id unique in the plan",
    ),
    (
        "parent cycle",
        Plan,
        PLAN % ', "goals": [{"title": "a", "id": "a", "parent_id": "b"},'
        ' {"title": "b", "id": "b", "parent_id": "a"}]',
        "no parent cycle",
    ),
]


def bounded(call: Callable[[], Any]) -> LoadError:
    """Run *call*, expect a LoadError, and check the time and memory it took."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(LoadError) as error:
            call()
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < TIME_LIMIT, f"took {elapsed:.1f}s"
    assert peak / 1e6 < MEMORY_LIMIT_MB, f"peaked at {peak / 1e6:.0f} MB"
    for problem in error.value.problems:
        assert len(problem.message) < 500, "messages quote only an excerpt"
        assert len(problem.path) < 300
    assert len(str(error.value)) < 2_000
    return error.value


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [case[1:] for case in JSON_CASES],
    ids=[case[0] for case in JSON_CASES],
)
def test_hostile_json(cls: type, text: str | bytes, expected: str) -> None:
    """Each hostile JSON document ends in a LoadError that says what is wrong."""
    error = bounded(lambda: from_json(cls, text))
    assert expected in str(error)


def test_oversized_input_is_refused_before_parsing() -> None:
    """Input over MAX_DOCUMENT_SIZE is refused by its length alone (str and bytes)."""
    huge = " " * (MAX_DOCUMENT_SIZE + 1)
    for text in (huge, huge.encode()):
        started = time.perf_counter()
        with pytest.raises(LoadError, match="document too large"):
            from_json(Goal, text)
        assert time.perf_counter() - started < 1


def test_a_lower_size_limit_for_untrusted_clients() -> None:
    """max_size lets an API refuse anything bigger than it expects."""
    error = bounded(
        lambda: from_json(Goal, GOAL % ', "description": "' + "x" * 5000 + '"', max_size=4096)
    )
    assert "document too large: 5" in str(error)


def test_a_valid_surrogate_pair_is_text_not_an_attack() -> None:
    """An escaped surrogate pair (an emoji written by an ASCII-only encoder) loads."""
    assert from_json(Goal, '{"title": "Ship it \\ud83d\\ude80"}').title == "Ship it 🚀"


# ---------------------------------------------------------------------- YAML

BIG = "x" * 90_000
YAML_CASES: list[tuple[str, type, str, str]] = [
    (
        "python object tag (never executed)",
        Goal,
        "title: !!python/object/apply:os.system ['touch {marker}']\n",
        "not valid YAML",
    ),
    ("python name tag", Goal, "title: !!python/name:os.system\n", "not valid YAML"),
    ("python module tag", Goal, "title: !!python/module:os\n", "not valid YAML"),
    (
        "well-typed alias bomb: 5,000 aliases of a 90 KB string",
        Goal,
        f"title: &big {BIG}\ntags: [" + ", ".join(["*big"] * 5000) + "]\n",
        "YAML aliases",
    ),
    (
        "billion laughs",
        Goal,
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(
            f"{chr(98 + n)}: &{chr(98 + n)} [" + ", ".join([f"*{chr(97 + n)}"] * 9) + "]\n"
            for n in range(8)
        )
        + "title: x\n",
        "YAML alias",
    ),
    (
        "nested aliases under the alias budget that expand past the size limit",
        Goal,
        f"title: &t {'y' * 60_000}\n"
        "l1: &l1 [*t, *t, *t, *t, *t, *t, *t, *t, *t, *t]\n"
        "l2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\n"
        "l3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]\n"
        "l4: &l4 [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]\n"
        "tags: [*l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4]\n",
        "expand the document beyond the size limit",
    ),
    ("recursive alias", Goal, "title: x\ntags: &a [*a]\n", "refers to a node that contains it"),
    ("YAML 1.1 no as a title", Goal, "title: no\n", "got false"),
    ("YAML 1.1 yes as a title", Goal, "title: yes\n", "got true"),
    ("YAML 1.1 on as text in a list", Goal, "title: x\ntags: [on]\n", "quote the text"),
    ("a date where text is expected", Goal, "title: 2027-01-31\n", "got the date 2027-01-31"),
    (
        "timestamp where a date is expected",
        CheckIn,
        "on: 2027-01-31 10:00:00\nvalue: 1\n",
        "the date and time",
    ),
    ("YAML .nan", CheckIn, "on: 2027-01-31\nvalue: .nan\n", "finite number"),
    ("YAML .inf", CheckIn, "on: 2027-01-31\nvalue: .inf\n", "finite number"),
    (
        "50,000-digit YAML integer",
        CheckIn,
        "on: 2027-01-31\nvalue: " + "9" * 50_000 + "\n",
        "not a valid number",
    ),
    ("duplicate YAML keys", Goal, "title: a\ntitle: b\n", "duplicate key 'title'"),
    ("merge keys", Goal, "base: &b {title: x}\n<<: *b\n", "merge keys"),
    ("a list as a key", Goal, "? [a, b]\n: x\ntitle: y\n", "must be text"),
    ("100,000 nested flow sequences", Goal, "[" * 100_000, "nested too deeply"),
    (
        "deep block nesting",
        Goal,
        "".join("  " * n + "a:\n" for n in range(200)),
        "nested too deeply",
    ),
    ("lone surrogate escape", Goal, 'title: "\\ud800"\n', "lone surrogate"),
    ("several documents", Goal, "title: a\n---\ntitle: b\n", "not valid YAML"),
    ("binary data", Goal, "title: !!binary aGVsbG8=\n", "got a bytes"),
    ("a set", Goal, "title: x\ntags: !!set {a, b}\n", "expected an array"),
    ("empty file", Goal, "", "got null"),
    ("a list document", Plan, "- a\n- b\n", "got an array of 2 items"),
]


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [case[1:] for case in YAML_CASES],
    ids=[case[0] for case in YAML_CASES],
)
def test_hostile_yaml(tmp_path: pathlib.Path, cls: type, text: str, expected: str) -> None:
    """Each hostile YAML document ends in a LoadError; nothing in it is executed."""
    marker = tmp_path / "executed"
    path = tmp_path / "document.yaml"
    path.write_text(text.replace("{marker}", str(marker)), encoding="utf-8")
    error = bounded(lambda: load(path, cls))
    assert expected in str(error)
    assert not marker.exists()


def test_the_alias_budget_allows_ordinary_use(tmp_path: pathlib.Path) -> None:
    """A few aliases, as people use them for repeated values, load normally."""
    path = tmp_path / "goal.yaml"
    tags = ", ".join(["*t"] * (MAX_YAML_ALIASES - 1))
    path.write_text(f"title: &t Learn SQL\ntags: [{tags}]\n", encoding="utf-8")
    assert len(load(path, Goal).tags) == MAX_YAML_ALIASES - 1


# ---------------------------------------------------------------------- TOML

TOML_CASES: list[tuple[str, type, str, str]] = [
    ("TOML nan", CheckIn, "on = 2027-01-31\nvalue = nan\n", "finite number"),
    ("TOML inf", CheckIn, "on = 2027-01-31\nvalue = inf\n", "finite number"),
    ("TOML local date-time", CheckIn, "on = 2027-01-31T10:00:00\nvalue = 1\n", "date and time"),
    ("TOML time", CheckIn, "on = 10:00:00\nvalue = 1\n", "the time"),
    (
        "TOML 50,000-digit integer",
        CheckIn,
        "on = 2027-01-31\nvalue = " + "9" * 50_000,
        "not a valid number",
    ),
    ("TOML deep arrays", Goal, "title = 'x'\ntags = " + "[" * 100_000, "nested too deeply"),
    ("TOML duplicate keys", Goal, "title = 'a'\ntitle = 'b'\n", "not valid TOML"),
    ("TOML surrogate escape", Goal, 'title = "\\ud800"\n', "not valid TOML"),
    ("TOML boolean as text", Goal, "title = false\n", "got false"),
]


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [case[1:] for case in TOML_CASES],
    ids=[case[0] for case in TOML_CASES],
)
def test_hostile_toml(tmp_path: pathlib.Path, cls: type, text: str, expected: str) -> None:
    """Each hostile TOML document ends in a LoadError."""
    path = tmp_path / "document.toml"
    path.write_text(text, encoding="utf-8")
    error = bounded(lambda: load(path, cls))
    assert expected in str(error)


# ---------------------------------------------------------------------- files

FILE_CASES: list[tuple[str, str, str]] = [
    ("missing file", "missing.json", "no such file"),
    ("a folder", "folder.json", "is a folder"),
    ("unknown suffix", "plan.exe", "unknown file type"),
    ("no suffix", "plan", "unknown file type"),
    ("a device", "/dev/zero", "unknown file type"),
    ("a named pipe that would block", "pipe.json", "not a regular file"),
    ("a file over the size limit", "big.json", "document too large"),
    ("invalid UTF-8 in a file", "latin1.yaml", "not valid UTF-8"),
]


@pytest.mark.parametrize(
    ("name", "expected"), [case[1:] for case in FILE_CASES], ids=[c[0] for c in FILE_CASES]
)
def test_hostile_files(tmp_path: pathlib.Path, name: str, expected: str) -> None:
    """Paths that are not readable documents end in a LoadError naming the path."""
    (tmp_path / "folder.json").mkdir()
    os.mkfifo(tmp_path / "pipe.json")
    with open(tmp_path / "big.json", "wb") as handle:
        handle.truncate(MAX_DOCUMENT_SIZE + 1)  # sparse: costs no disk
    (tmp_path / "latin1.yaml").write_bytes("title: café\n".encode("latin-1"))
    path = pathlib.Path(name) if name.startswith("/") else tmp_path / name
    error = bounded(lambda: load(path, Person))
    assert expected in str(error)
    assert error.source == str(path)
