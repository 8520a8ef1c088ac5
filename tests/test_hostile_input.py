"""Hostile input: every threat ends in a LoadError that says what is wrong, within limits.

The threats are one table, in ``hostile_threats.py``, shared with
``benchmarks/bench_hostile.py`` (which measures their time and memory).
Here each kind of threat runs in a child process, and each threat there
under its own limits: `CPU_SECONDS` of CPU and `MEMORY_BUDGET` bytes of
address space beyond what the child already maps. A threat over its CPU
limit kills the child (SIGXCPU): that is recorded as the threat's outcome,
and a new child goes on with the next threat. One over its memory limit
gets a MemoryError. The tests check only outcomes: the right exception, a
message that quotes only an excerpt, and one child that ran every threat
of its kind and exited normally. No wall-clock time is asserted.
"""

from __future__ import annotations

import concurrent.futures
import json
import pathlib
import signal
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import pytest

from goalkit import PROBLEM_CODES, Goal, from_json, load
from goalkit._serialize import MAX_YAML_ALIASES
from hostile_threats import (
    FILE_THREATS,
    JSON_THREATS,
    KINDS,
    THREATS,
    TOML_THREATS,
    YAML_THREATS,
    Threat,
)

RUNNER = pathlib.Path(__file__).with_name("hostile_threats.py")

#: Not a speed limit: a child blocked on something other than CPU (a pipe, a lock) is
#: invisible to its CPU limit, and this stops the suite from waiting for it forever.
HANG_GUARD_SECONDS = 600


@dataclass
class Run:
    """How one child process ended."""

    returncode: int
    stderr: str

    def ending(self) -> str:
        """How the child ended, in words."""
        if self.returncode == -signal.SIGXCPU:
            return "killed over its CPU limit"
        if self.returncode < 0:
            return f"killed by {signal.Signals(-self.returncode).name}"
        return f"exit status {self.returncode}"


def _run_child(kind: str, first: int, folder: pathlib.Path) -> tuple[Run, list[dict[str, Any]]]:
    """Run the threats of *kind* from the *first* on in a child; output goes to files."""
    output, errors = folder / f"{kind}-{first}.jsonl", folder / f"{kind}-{first}.stderr"
    command = [sys.executable, str(RUNNER), kind, "--folder", str(folder / f"{kind}-{first}")]
    with output.open("w") as stdout, errors.open("w") as stderr:
        process = subprocess.Popen([*command, "--first", str(first)], stdout=stdout, stderr=stderr)
        try:
            returncode = process.wait(timeout=HANG_GUARD_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            returncode = process.wait()
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return Run(returncode, errors.read_text(encoding="utf-8", errors="replace")), lines


def run_threats(kind: str, folder: pathlib.Path) -> tuple[list[Run], dict[str, dict[str, Any]]]:
    """Every threat of *kind*, in as few children as possible: each one a child dies on is
    recorded as its outcome, and a new child goes on with the next."""
    names = [threat.name for threat in THREATS if threat.kind == kind]
    runs: list[Run] = []
    outcomes: dict[str, dict[str, Any]] = {}
    while len(outcomes) < len(names):
        run, lines = _run_child(kind, len(outcomes), folder)
        runs.append(run)
        outcomes.update((line["name"], line) for line in lines if "name" in line)
        if run.returncode != 0 and len(outcomes) < len(names):
            died_on = names[len(outcomes)]
            outcomes[died_on] = {"name": died_on, "raised": run.ending(), "stderr": run.stderr}
    return runs, outcomes


@pytest.fixture(scope="module")
def children(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[list[Run], dict[str, dict[str, Any]]]]:
    """Every kind of threat, run once per test module, the kinds side by side."""
    folder = tmp_path_factory.mktemp("hostile")
    with concurrent.futures.ThreadPoolExecutor(len(KINDS)) as pool:
        futures = {kind: pool.submit(run_threats, kind, folder) for kind in KINDS}
        return {kind: future.result() for kind, future in futures.items()}


Children = dict[str, tuple[list[Run], dict[str, dict[str, Any]]]]


def refused(threat: Threat, children: Children) -> dict[str, Any]:
    """The outcome of *threat*, checked to be a LoadError that quotes only excerpts."""
    outcome = children[threat.kind][1][threat.name]
    assert outcome["raised"] == "LoadError", outcome
    for path, message, code in outcome["problems"]:
        assert len(message) < 500, "messages quote only an excerpt"
        assert len(path) < 300
        assert code in PROBLEM_CODES
        assert code != "invalid", "a hostile input's problem has a code of its own"
    assert len(outcome["message"]) < 2_000
    assert threat.expected in outcome["message"]
    return outcome


@pytest.mark.parametrize("kind", KINDS)
def test_each_child_finished_within_its_limits(kind: str, children: Children) -> None:
    """No threat ran a child out of CPU time, memory or anything else: one child ran them all."""
    runs, _ = children[kind]
    assert [run.ending() for run in runs] == ["exit status 0"], runs[-1].stderr[-2000:]


@pytest.mark.parametrize("threat", JSON_THREATS, ids=[threat.name for threat in JSON_THREATS])
def test_hostile_json(threat: Threat, children: Children) -> None:
    """Each hostile JSON document ends in a LoadError that says what is wrong."""
    refused(threat, children)


def test_a_valid_surrogate_pair_is_text_not_an_attack() -> None:
    """An escaped surrogate pair (an emoji written by an ASCII-only encoder) loads."""
    assert from_json(Goal, '{"title": "Ship it \\ud83d\\ude80"}').title == "Ship it 🚀"


@pytest.mark.parametrize("threat", YAML_THREATS, ids=[threat.name for threat in YAML_THREATS])
def test_hostile_yaml(threat: Threat, children: Children) -> None:
    """Each hostile YAML document ends in a LoadError; nothing in it is executed."""
    outcome = refused(threat, children)
    assert not outcome["executed"]


def test_the_alias_budget_allows_ordinary_use(tmp_path: pathlib.Path) -> None:
    """A few aliases, as people use them for repeated values, load normally."""
    path = tmp_path / "goal.yaml"
    tags = ", ".join(["*t"] * (MAX_YAML_ALIASES - 1))
    path.write_text(f"title: &t Learn SQL\ntags: [{tags}]\n", encoding="utf-8")
    assert len(load(path, Goal).tags) == MAX_YAML_ALIASES - 1


@pytest.mark.parametrize("threat", TOML_THREATS, ids=[threat.name for threat in TOML_THREATS])
def test_hostile_toml(threat: Threat, children: Children) -> None:
    """Each hostile TOML document ends in a LoadError."""
    refused(threat, children)


@pytest.mark.parametrize("threat", FILE_THREATS, ids=[threat.name for threat in FILE_THREATS])
def test_hostile_files(threat: Threat, children: Children) -> None:
    """Paths that are not readable documents end in a LoadError naming the path."""
    outcome = refused(threat, children)
    assert outcome["source"] == outcome["path"]
