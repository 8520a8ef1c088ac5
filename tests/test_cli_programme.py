"""`goalkit programme`: a programme's figures from plan files and directories, as users run it."""

from __future__ import annotations

import datetime
import io
import json
import shutil
import sys

import pytest

import goalkit
from goalkit._cli import main
from goalkit._cli.programme import PROGRESS_BAR_FROM
from test_cli import EXAMPLE_JSON, EXAMPLE_YAML, ROOT, run
from test_programme import load_generator

AS_OF = "2026-11-18"


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    """A generated programme of 1,000 plan files (one in ten YAML), and its generator."""
    generator = load_generator()
    directory = tmp_path_factory.mktemp("programme")
    generator.write_programme(directory, 1000, yaml_every=10)
    return directory, generator


def figures(text: str) -> dict:
    return json.loads(text)["overall"]


def test_the_bundled_example_as_json_and_yaml():
    """The example plan in JSON and YAML: two pairs with the same mentor, counted alike."""
    result = run(
        "programme", str(EXAMPLE_JSON), str(EXAMPLE_YAML), "--as-of", AS_OF, "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = goalkit.programme(
        [goalkit.load(EXAMPLE_JSON), goalkit.load(EXAMPLE_YAML)],
        as_of=datetime.date(2026, 11, 18),
    )
    assert data == expected.to_dict()
    assert data["overall"]["plans"] == 2
    assert data["by_mentor"][0]["mentor"] == "Sam Okafor"


def test_text_is_the_default_and_names_the_figures():
    """Without --format, a terminal report: the headline, each share, the mentors."""
    result = run("programme", str(EXAMPLE_JSON), "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Mentoring programme — as of 2026-11-18")
    for words in ("1 pair", "Achieved", "On track", "Reviews on rhythm", "SMART", "Sam Okafor"):
        assert words in result.stdout
    assert result.stderr == ""


def test_output_file_format_follows_its_suffix(tmp_path):
    """-o report.html writes the HTML page; -o report.md Markdown."""
    page = tmp_path / "programme.html"
    notes = tmp_path / "programme.md"
    assert run("programme", str(EXAMPLE_JSON), "--as-of", AS_OF, "-o", str(page)).returncode == 0
    assert run("programme", str(EXAMPLE_JSON), "--as-of", AS_OF, "-o", str(notes)).returncode == 0
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert notes.read_text(encoding="utf-8").startswith("# Mentoring programme")


def test_a_directory_is_searched_at_any_depth(thousand):
    """A directory of 1,000 plans (JSON and YAML, in subdirectories) is counted whole."""
    directory, generator = thousand
    result = run(
        "programme", str(directory), "--as-of", generator.AS_OF.isoformat(), "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    counted = figures(result.stdout)
    plans = (goalkit.load(path) for path in sorted(directory.rglob("plan-*")))
    assert counted == goalkit.programme(plans, as_of=generator.AS_OF).to_dict()["overall"]
    assert counted["plans"] == 1000


def test_workers_give_the_same_figures(thousand):
    """--workers 2 counts in two processes and gives exactly the figures of one."""
    directory, generator = thousand
    day = generator.AS_OF.isoformat()
    one = run("programme", str(directory), "--as-of", day, "--format", "json")
    two = run("programme", str(directory), "--as-of", day, "--format", "json", "--workers", "2")
    assert two.returncode == 0, two.stderr
    assert json.loads(two.stdout) == json.loads(one.stdout)


def test_one_broken_file_is_named_and_the_others_still_count(tmp_path):
    """A broken file: named on stderr with its problems, listed in the report, exit 2."""
    shutil.copy(EXAMPLE_JSON, tmp_path / "ana.json")
    (tmp_path / "broken.json").write_text(
        '{"schema_version": 1, "mentee": {"name": "Bo"}, "goals": [{"title": 5}]}',
        encoding="utf-8",
    )
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    result = run("programme", str(tmp_path), "--as-of", AS_OF)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert "broken.json: cannot load (1 problem): goals[0].title: expected text" in line
    assert "1 pair" in result.stdout  # the good plan is still counted
    assert "Not counted (1 file could not be loaded)" in result.stdout
    assert "goals[0].title" in result.stdout


def test_a_missing_path_is_reported_and_the_rest_counted():
    """A path that names nothing is one more file not counted."""
    result = run("programme", str(EXAMPLE_JSON), "no/such/plans.json", "--as-of", AS_OF)
    assert result.returncode == 2
    assert "no/such/plans.json: cannot load (1 problem): no such file or directory" in result.stderr
    assert "1 pair" in result.stdout


def test_json_lists_what_was_skipped(tmp_path):
    """The JSON report carries the files that did not load, with their problems."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("mentee: [unclosed", encoding="utf-8")
    result = run("programme", str(bad), str(EXAMPLE_JSON), "--as-of", AS_OF, "--format", "json")
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert data["overall"]["plans"] == 1
    assert [item["source"] for item in data["skipped"]] == [str(bad)]
    assert data["skipped"][0]["problems"]


@pytest.mark.parametrize("workers", ["0", "-1", "two", "65"])
def test_workers_must_be_a_sensible_number(workers):
    """--workers takes 1 to 64; anything else is a one-line usage error."""
    result = run("programme", str(EXAMPLE_JSON), "--workers", workers)
    assert result.returncode == 2
    assert "--workers: expected a whole number of processes from 1 to 64" in result.stderr


def test_hostile_file_names_and_mentor_names_are_escaped(tmp_path):
    """A file name or mentor name with terminal escapes is shown escaped, never raw."""
    document = json.loads(EXAMPLE_JSON.read_text(encoding="utf-8"))
    document["mentor"]["name"] = "Sam\x1b[2J <b>Okafor</b> | *x*"
    (tmp_path / "hostile.json").write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "evil\x1b[31m.json").write_text("{", encoding="utf-8")
    result = run("programme", str(tmp_path), "--as-of", AS_OF)
    assert result.returncode == 2
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream
    assert "evil\\x1b[31m.json" in result.stderr
    assert "Sam\\x1b[2J" in result.stdout
    markdown = run(
        "programme", str(tmp_path / "hostile.json"), "--as-of", AS_OF, "--format", "markdown"
    )
    assert "&lt;b&gt;Okafor&lt;/b&gt; \\| \\*x\\*" in markdown.stdout


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_for_many_files(thousand, monkeypatch, capsys):
    """With more than a few hundred files and stderr a terminal, a progress bar is drawn."""
    directory, generator = thousand
    assert PROGRESS_BAR_FROM < 1000
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code = main(["programme", str(directory / "0000"), "--as-of", generator.AS_OF.isoformat()])
    assert code == 0
    drawn = terminal.getvalue()
    assert drawn.startswith("\rgoalkit programme: [")
    assert drawn.rstrip().endswith("1,000/1,000 files")
    assert "1,000 pairs" in capsys.readouterr().out


def test_no_progress_bar_when_stderr_is_not_a_terminal(thousand):
    """Piped stderr (CI, logs) gets no progress bar."""
    directory, generator = thousand
    result = run("programme", str(directory), "--as-of", generator.AS_OF.isoformat())
    assert result.returncode == 0
    assert result.stderr == ""


def test_programme_is_listed_in_help():
    """`goalkit --help` lists the programme command."""
    assert "programme" in run("--help").stdout
    assert (ROOT / "scripts" / "make_programme.py").exists()
