"""The `goalkit` command, run as users and CI run it: in a subprocess.

Exit codes: 0 done (check: every goal SMART), 1 some goal not SMART, 2 the
command could not run, with one line on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import goalkit
from goalkit._cli.helptext import HELP
from goalkit._cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_JSON = ROOT / "examples" / "mentorship-plan.json"
EXAMPLE_YAML = ROOT / "examples" / "mentorship-plan.yaml"
AS_OF = "2026-11-18"
AS_DAY = datetime.date(2026, 11, 18)
COMMANDS = (
    "report",
    "agenda",
    "check",
    "schema",
    "new",
    "draft",
    "close",
    "follow-up",
    "completion",
)


def run(
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stdin: str | None = None,
):
    """Run `python -m goalkit ARGS` (*stdin* on its input) and return the completed process."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    environment.pop("GOALKIT_DEBUG", None)
    environment.pop("COLUMNS", None)  # the width of a report in a pipe is its default
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "goalkit", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=cwd,
        timeout=120,
        check=False,
        input=stdin,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Exit 2, exactly one line on stderr naming what went wrong, no traceback."""
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def not_smart_plan(path: Path) -> Path:
    """Write a loadable plan whose only goal is vague, and return its path."""
    plan = goalkit.Plan(
        id="plan-vague",
        mentee=goalkit.Person(id="ana", name="Ana"),
        goals=[goalkit.Goal(id="g-vague", title="I want to improve my skills")],
    )
    goalkit.dump(plan, path)
    return path


# ------------------------------------------------------------------ basics


def test_version_prints_the_package_version():
    """`--version` prints the installed version and exits 0."""
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"goalkit {goalkit.__version__}"


def test_no_command_prints_help():
    """With no command, the overview help is printed and the exit code is 0."""
    result = run()
    assert result.returncode == 0
    assert "report" in result.stdout
    assert "goalkit report --example" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_shows_an_example(command):
    """`goalkit COMMAND --help` exits 0 and shows at least one example invocation."""
    result = run(command, "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert f"goalkit {command}" in result.stdout.split("examples:")[1]


def test_the_help_table_is_the_command_list_in_order():
    """`goalkit --help` lists the commands of `helptext.HELP`, in its order, with its summaries."""
    [commands] = [
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    ]
    assert list(commands.choices) == list(HELP)
    listed = {choice.dest: choice.help for choice in commands._choices_actions}
    assert listed == {name: about.summary for name, about in HELP.items()}


def test_the_console_script_is_installed():
    """The `goalkit` script beside the interpreter runs the same command."""
    script = shutil.which("goalkit", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the goalkit console script is not installed beside this interpreter")
    result = subprocess.run(
        [script, "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("goalkit ")


def test_unknown_command_is_a_usage_error():
    """An unknown subcommand exits 2 with one line on stderr."""
    assert_clean_failure(run("frobnicate"), "invalid choice")


# ------------------------------------------------------------------ report


def test_report_example_runs_with_no_file():
    """`goalkit report --example` reports the bundled plan: every goal, reviews, celebrations."""
    result = run("report", "--example")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for _, goal in goalkit.example_plan().walk():
        assert goal.title.split()[0] in text
    assert "Reviews" in text
    assert "Recent celebrations" in text
    assert result.stderr == ""


def test_report_text_fits_100_columns():
    """No line of the text report is longer than 100 characters."""
    result = run("report", "--example", "--as-of", AS_OF)
    assert result.returncode == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_report_degrades_to_ascii_when_stdout_cannot_show_unicode():
    """With an ASCII-only stdout the report is plain ASCII, with # bars, and still exits 0."""
    result = subprocess.run(
        [sys.executable, "-m", "goalkit", "report", "--example", "--as-of", AS_OF],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "NO_COLOR": "1"},
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("ascii")
    assert "#" in text
    assert "█" not in text
    assert max(len(line) for line in text.splitlines()) <= 100


def test_report_ascii_flag_forces_ascii():
    """`--ascii` gives a plain ASCII report even on a UTF-8 stdout."""
    result = run("report", "--example", "--as-of", AS_OF, "--ascii")
    assert result.returncode == 0
    assert result.stdout.isascii()


@pytest.mark.parametrize("path", [EXAMPLE_JSON, EXAMPLE_YAML])
def test_report_reads_plan_files(path):
    """A plan file in JSON or YAML reports exactly like the bundled example."""
    from_file = run("report", str(path), "--as-of", AS_OF)
    bundled = run("report", "--example", "--as-of", AS_OF)
    assert from_file.returncode == 0, from_file.stderr
    assert from_file.stdout == bundled.stdout


def test_report_json_parses():
    """`--format json` prints one JSON document with the documented top-level keys."""
    result = run("report", "--example", "--as-of", AS_OF, "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["report_version"] == 1
    assert data["as_of"] == AS_OF
    assert set(data) == {
        "report_version",
        "generator",
        "as_of",
        "plan",
        "overall",
        "summary",
        "goals",
        "reviews",
        "celebrations",
        "agenda",
    }


def test_report_markdown_and_html_formats():
    """`--format markdown` starts with a heading; `--format html` is a whole page."""
    markdown = run("report", "--example", "--as-of", AS_OF, "--format", "markdown")
    assert markdown.returncode == 0
    assert markdown.stdout.startswith("# ")
    page = run("report", "--example", "--as-of", AS_OF, "--format", "html")
    assert page.returncode == 0
    assert page.stdout.startswith("<!doctype html>")
    assert page.stdout.rstrip().endswith("</html>")


@pytest.mark.parametrize(
    ("name", "start"),
    [("r.html", "<!doctype html>"), ("r.md", "# "), ("r.json", "{"), ("r.txt", "Ana")],
)
def test_report_output_format_follows_the_suffix(tmp_path, name, start):
    """`-o FILE` writes UTF-8 in the format the suffix names, and nothing to stdout."""
    target = tmp_path / name
    result = run("report", "--example", "--as-of", AS_OF, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith(start)


def test_report_example_defaults_to_its_last_activity():
    """Without --as-of, the example is reported as of its last recorded day, so it never ages."""
    result = run("report", "--example", "--format", "json")
    assert json.loads(result.stdout)["as_of"] == "2026-11-13"


@pytest.mark.parametrize(
    "bad", ["18/11/2026", "2026-11-31", "20261118", "2026-W47-3", "tomorrow", "2026-1-5"]
)
def test_report_rejects_non_iso_dates(bad):
    """A date that is not an existing YYYY-MM-DD day is a usage error: exit 2, one line."""
    assert_clean_failure(run("report", "--example", "--as-of", bad), "--as-of")


def test_report_needs_a_path_or_example():
    """Neither PATH nor --example, or both, is a usage error."""
    assert_clean_failure(run("report"))
    assert_clean_failure(run("report", str(EXAMPLE_JSON), "--example"), "not allowed")


def test_report_missing_file(tmp_path):
    """A missing plan file exits 2 naming the file."""
    missing = tmp_path / "nope.yaml"
    assert_clean_failure(run("report", str(missing)), str(missing), "no such file")


def test_report_since_after_as_of_is_an_error():
    """`--since` after the report day is refused cleanly."""
    assert_clean_failure(
        run("report", "--example", "--as-of", AS_OF, "--since", "2026-12-01"), "--since"
    )


def test_report_unwritable_output(tmp_path):
    """An output path that cannot be written exits 2 with one line."""
    target = tmp_path / "missing-dir" / "report.html"
    assert_clean_failure(run("report", "--example", "-o", str(target)), "cannot write")


# ---------------------------------------------------------------- terminal


def widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def test_an_80_column_terminal_gets_an_80_column_report():
    """With COLUMNS=80 no line is over 80 characters, and no date is split."""
    result = run("report", "--example", "--as-of", AS_OF, env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    assert widest(result.stdout) <= 80
    assert "forecast 2027-07-21" in result.stdout
    wide = run("report", "--example", "--as-of", AS_OF, "--width", "1000").stdout
    date = re.compile(r"\d{4}-\d{2}-\d{2}")
    assert sorted(date.findall(result.stdout)) == sorted(date.findall(wide))


@pytest.mark.parametrize(
    ("columns", "widest_allowed"), [("20", 40), ("40", 40), ("63", 63), ("500", 120), ("x", 100)]
)
def test_the_terminal_width_is_bounded(columns, widest_allowed):
    """COLUMNS is honoured between 40 and 120; nonsense falls back to 100."""
    result = run("report", "--example", "--as-of", AS_OF, env={"COLUMNS": columns})
    assert result.returncode == 0, result.stderr
    assert widest(result.stdout) <= widest_allowed
    assert widest(result.stdout) >= widest_allowed - 12


def test_width_option_wins_and_files_get_100_columns(tmp_path):
    """--width sets the width; a report written to a file is 100 wide whatever COLUMNS says."""
    narrow = run("report", "--example", "--as-of", AS_OF, "--width", "60", env={"COLUMNS": "90"})
    assert widest(narrow.stdout) <= 60
    out = tmp_path / "report.txt"
    result = run("report", "--example", "--as-of", AS_OF, "-o", str(out), env={"COLUMNS": "50"})
    assert result.returncode == 0, result.stderr
    assert 80 < widest(out.read_text(encoding="utf-8")) <= 100


@pytest.mark.parametrize("bad", ["39", "wide", "-5", "8" * 40])
def test_width_must_be_40_columns_or_more(bad):
    """A width under 40 or not a number is a usage error naming --width."""
    assert_clean_failure(run("report", "--example", "--width", bad), "--width", "40 or more")


def plan_commands() -> list[str]:
    """The subcommands that read plan files: those with a PATH argument."""
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [
        name
        for name, sub in commands.choices.items()
        if any(action.metavar == "PATH" for action in sub._actions)
    ]


def test_the_plan_reading_commands_are_known():
    """report and check read plans; a new command that does is tested below by itself."""
    assert {"report", "check"} <= set(plan_commands())


#: What each plan-reading command needs besides its PATH: a day, and for those that write a
#: plan, the file to write ({out} is replaced by a path in the test's folder).
COMMAND_ARGUMENTS = {
    "close": ("--on", "2026-12-01", "-o", "{out}"),
    "follow-up": ("--on", "2026-12-02", "-o", "{out}"),
}


def command_arguments(command: str, out: Path) -> list[str]:
    """The arguments after PATH that *command* needs, writing to *out* if it writes a plan."""
    default = ("--as-of", AS_OF)
    return [a.replace("{out}", str(out)) for a in COMMAND_ARGUMENTS.get(command, default)]


@pytest.mark.parametrize("command", plan_commands())
@pytest.mark.parametrize("path", [EXAMPLE_JSON, EXAMPLE_YAML])
def test_every_command_that_reads_a_plan_reads_standard_input(command, path, tmp_path):
    """`-` reads the plan from standard input, JSON or YAML, as the file itself would be."""
    source = path
    if command == "follow-up":  # follows up a closed plan
        source = tmp_path / "closed.json"
        assert run("close", str(path), "--on", "2026-12-01", "-o", str(source)).returncode == 0
    file_out, piped_out = tmp_path / "from-file.json", tmp_path / "piped.json"
    from_file = run(command, str(source), *command_arguments(command, file_out))
    piped = run(
        command,
        "-",
        *command_arguments(command, piped_out),
        stdin=source.read_text(encoding="utf-8"),
    )
    assert piped.returncode == from_file.returncode == 0, piped.stderr
    shown = piped.stdout.replace(str(piped_out), str(file_out))
    assert shown == from_file.stdout.replace(str(source), "<stdin>")
    if command in COMMAND_ARGUMENTS:
        assert piped_out.read_text(encoding="utf-8") == file_out.read_text(encoding="utf-8")


def test_standard_input_may_be_toml(tmp_path):
    """A TOML plan on standard input is read as TOML."""
    toml = (
        'schema_version = 1\ntitle = "Ana\'s plan"\n\n[mentee]\nname = "Ana"\n\n'
        '[[goals]]\nid = "g1"\ntitle = "Give five talks by June 2027"\n'
    )
    result = run("report", "-", "--as-of", AS_OF, "--format", "json", stdin=toml)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["goals"][0]["title"] == "Give five talks by June 2027"


@pytest.mark.parametrize("command", plan_commands())
def test_bad_standard_input_is_a_clean_error(command, tmp_path):
    """What cannot be loaded from standard input is named <stdin> in the one-line error."""
    result = run(command, "-", *command_arguments(command, tmp_path / "out.json"), stdin="title: [")
    assert not (tmp_path / "out.json").exists()
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "<stdin>: cannot load" in result.stderr


def test_check_reads_standard_input_once():
    """`check - -` is refused: standard input can be read only once."""
    assert_clean_failure(run("check", "-", "-", stdin="{}"), "standard input", "only once")


# -------------------------------------------------------------- completion


def bash_completes(script: str, *words: str) -> list[str]:
    """What bash offers for *words* (the last one being typed), with *script* loaded."""
    program = (
        f"source {shlex.quote(script)}\n"
        f"COMP_WORDS=({' '.join(shlex.quote(word) for word in words)})\n"
        f"COMP_CWORD={len(words) - 1}\n"
        "_shtab_goalkit\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    result = subprocess.run(
        ["bash", "--norc", "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.split()


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory):
    result = run("completion", "bash")
    assert result.returncode == 0, result.stderr
    path = tmp_path_factory.mktemp("completion") / "goalkit.bash"
    path.write_text(result.stdout, encoding="utf-8")
    return str(path)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completes_commands_options_choices_and_files(bash_script, tmp_path):
    """Tab completes subcommands, options, an option's choices and plan files."""
    assert bash_completes(bash_script, "goalkit", "re") == ["report"]
    assert set(bash_completes(bash_script, "goalkit", "")) >= {
        "report",
        "check",
        "schema",
        "new",
        "draft",
        "completion",
    }
    assert bash_completes(bash_script, "goalkit", "report", "--as-") == ["--as-of"]
    assert bash_completes(bash_script, "goalkit", "report", "--format", "") == [
        "text",
        "markdown",
        "html",
        "json",
    ]
    assert bash_completes(bash_script, "goalkit", "completion", "") == ["bash", "zsh"]
    assert "--today" not in bash_completes(bash_script, "goalkit", "check", "--")
    (tmp_path / "ana-plan.yaml").write_text("{}", encoding="utf-8")
    typed = str(tmp_path / "ana-")
    assert bash_completes(bash_script, "goalkit", "check", typed) == [typed + "plan.yaml"]


def test_the_bash_script_is_valid_bash(bash_script):
    """The generated script parses as bash and registers the completion of `goalkit`."""
    text = Path(bash_script).read_text(encoding="utf-8")
    assert "complete -o bashdefault -F _shtab_goalkit goalkit" in text
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", bash_script], check=True, timeout=60)


def test_zsh_completion_names_every_command_and_option():
    """The zsh script is a #compdef for goalkit, with every subcommand and plan-file globs."""
    result = run("completion", "zsh")
    assert result.returncode == 0, result.stderr
    script = result.stdout
    assert script.startswith("#compdef goalkit")
    for word in ("report", "check", "schema", "new", "draft", "--as-of", "--width"):
        assert word in script
    assert "*.(json|yaml|yml|toml)" in script
    if shutil.which("zsh"):
        subprocess.run(["zsh", "-n", "-c", script], check=True, timeout=60)


def test_completion_without_shtab_names_the_extra(tmp_path):
    """Without shtab, one line says which extra to install."""
    blocker = tmp_path / "shtab.py"
    blocker.write_text("raise ImportError('blocked for the test')\n", encoding="utf-8")
    result = run("completion", "bash", env={"PYTHONPATH": str(tmp_path)})
    assert_clean_failure(result, "goalkit-mentoring[completion]", "shtab")


def test_completion_needs_a_known_shell():
    """An unknown shell is a usage error listing the ones there are."""
    assert_clean_failure(run("completion", "tcsh"), "bash", "zsh")


# ------------------------------------------------------------------- check


def test_check_example_is_all_smart():
    """Every goal of the bundled example is SMART: exit 0."""
    result = run("check", str(EXAMPLE_JSON), str(EXAMPLE_YAML), "--as-of", AS_OF)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all SMART" in result.stdout


def test_check_not_smart_exits_1_with_findings(tmp_path):
    """A goal that is not SMART exits 1; each finding shows goal, criterion, code, message, hint."""
    path = not_smart_plan(tmp_path / "vague.json")
    result = run("check", str(path), "--as-of", AS_OF)
    assert result.returncode == 1, result.stderr
    assert "g-vague" in result.stdout
    assert "NOT SMART" in result.stdout
    assert result.stderr == ""
    plan = goalkit.load(path)
    smart = goalkit.assess(plan.goals[0], plan=plan, as_of=datetime.date(2026, 11, 18))
    assert smart.failed
    for finding in smart.findings:
        assert f"{finding.criterion.value}/{finding.code}" in result.stdout
        assert finding.message in result.stdout
        if finding.hint:
            assert finding.hint in result.stdout


def test_check_json_format(tmp_path):
    """`check --format json` prints the same verdicts as JSON, with the exit code inside."""
    path = not_smart_plan(tmp_path / "vague.json")
    result = run("check", str(EXAMPLE_JSON), str(path), "--as-of", AS_OF, "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["exit_code"] == 1
    assert data["today"] == AS_OF
    example, vague = data["files"]
    assert all(goal["passed"] for goal in example["goals"])
    assert vague["goals"][0]["id"] == "g-vague"
    assert not vague["goals"][0]["passed"]
    finding = vague["goals"][0]["findings"][0]
    assert set(finding) == {"criterion", "code", "severity", "message", "hint", "path"}


def test_check_unloadable_file_exits_2_naming_each_path(tmp_path):
    """A file that cannot be loaded exits 2; the one stderr line names the file and each path."""
    document = json.loads(EXAMPLE_JSON.read_text(encoding="utf-8"))
    document["goals"][1]["key_results"][0]["target"] = "five"
    document["goals"][2]["weight"] = True
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    result = run("check", str(broken))
    assert_clean_failure(result, "broken.json", "goals[1].key_results[0].target", "goals[2].weight")


def test_check_unreadable_and_invalid_files(tmp_path):
    """Missing files, directories, invalid JSON and empty files all exit 2 with one line."""
    missing = tmp_path / "missing.json"
    assert_clean_failure(run("check", str(missing)), "missing.json")
    assert_clean_failure(run("check", str(tmp_path)), "directory")
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    assert_clean_failure(run("check", str(garbage)), "garbage.json")
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert_clean_failure(run("check", str(empty)), "empty.yaml")


def test_check_load_error_wins_over_not_smart(tmp_path):
    """With one unloadable and one non-SMART file, the exit code is 2, and both are reported."""
    vague = not_smart_plan(tmp_path / "vague.json")
    garbage = tmp_path / "garbage.json"
    garbage.write_text("[]", encoding="utf-8")
    result = run("check", str(vague), str(garbage), "--as-of", AS_OF)
    assert_clean_failure(result, "garbage.json")
    assert "g-vague" in result.stdout


def test_check_rejects_non_iso_today():
    """`--today` takes ISO dates only."""
    assert_clean_failure(run("check", str(EXAMPLE_JSON), "--today", "11/18/2026"), "--today")


def test_check_as_of_is_the_day_of_the_assessment(tmp_path):
    """`--as-of` fixes the day; `--today`, its old name, does exactly the same, silently."""
    path = not_smart_plan(tmp_path / "vague.json")
    for paths in ([str(EXAMPLE_JSON)], [str(path)]):
        for format_ in ("text", "json"):
            as_of = run("check", *paths, "--as-of", AS_OF, "--format", format_)
            today = run("check", *paths, "--today", AS_OF, "--format", format_)
            assert (as_of.returncode, as_of.stdout, as_of.stderr) == (
                today.returncode,
                today.stdout,
                today.stderr,
            )
            assert AS_OF in as_of.stdout
    assert_clean_failure(run("check", str(EXAMPLE_JSON), "--as-of", "11/18/2026"), "--as-of")


def test_check_help_lists_as_of_and_names_today_as_its_old_name():
    """`--help` lists `--as-of`; `--today` appears only in the note that it is the old name."""
    result = run("check", "--help")
    assert result.returncode == 0
    options, notes = result.stdout.split("examples:")
    assert "--as-of DATE" in options
    assert "--today" not in options
    assert "--today: old name of --as-of" in notes


def test_check_needs_a_path():
    """`check` without a path is a usage error."""
    assert_clean_failure(run("check"), "PATH")


# ------------------------------------------------------------------ schema


def test_schema_validates_the_example():
    """`goalkit schema` prints the JSON Schema; the example plan document is valid against it."""
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema == goalkit.json_schema()
    jsonschema.Draft202012Validator(schema).validate(
        json.loads(EXAMPLE_JSON.read_text(encoding="utf-8"))
    )


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("plan", lambda: goalkit.json_schema()),
        ("goal", lambda: goalkit.json_schema(goalkit.Goal)),
        ("report", goalkit.report_json_schema),
    ],
)
def test_schema_for_each_kind_of_document(subject: str, expected: Any) -> None:
    """`goalkit schema --for plan|goal|report` prints that schema, valid Draft 2020-12."""
    result = run("schema", "--for", subject)
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema == expected()
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_report_schema_validates_the_cli_report() -> None:
    """What `goalkit report --format json` prints is valid against `goalkit schema --for report`."""
    schema = json.loads(run("schema", "--for", "report").stdout)
    report = run("report", str(EXAMPLE_JSON), "--format", "json", "--as-of", "2026-11-13")
    assert report.returncode == 0
    jsonschema.Draft202012Validator(schema).validate(json.loads(report.stdout))


def test_schema_for_something_else_is_a_usage_error() -> None:
    """`--for` names plan, goal or report; anything else is refused with the choices."""
    assert_clean_failure(run("schema", "--for", "goals"), "plan")


# --------------------------------------------------------------------- new


def test_new_lists_the_templates():
    """`new --list` names every template, one per line."""
    result = run("new", "--list")
    assert result.returncode == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == [template.name for template in goalkit.templates()]


@pytest.mark.parametrize("template", [t.name for t in goalkit.templates()])
def test_new_writes_a_plan_that_loads_and_is_smart(tmp_path, template):
    """Every template's scaffold loads back and passes `goalkit check`."""
    target = tmp_path / f"{template}.yaml"
    result = run("new", "--template", template, "--start", "2027-01-04", "-o", str(target))
    assert result.returncode == 0, result.stderr
    plan = goalkit.load(target)
    assert plan.goals
    check = run("check", str(target), "--as-of", "2027-01-04")
    assert check.returncode == 0, check.stdout


def test_new_json_to_stdout_and_file(tmp_path):
    """`new --format json` prints a plan document; `-o x.json` writes one."""
    result = run("new", "--format", "json", "--start", "2027-01-04", "--mentee", "Ana")
    assert result.returncode == 0
    plan = goalkit.from_json(goalkit.Plan, result.stdout)
    assert plan.mentee.name == "Ana"
    target = tmp_path / "plan.json"
    assert run("new", "--start", "2027-01-04", "-o", str(target)).returncode == 0
    assert goalkit.load(target).goals == plan.goals


def test_new_refuses_to_overwrite(tmp_path):
    """An existing output file is kept unless --force is given."""
    target = tmp_path / "plan.yaml"
    target.write_text("mine", encoding="utf-8")
    assert_clean_failure(run("new", "-o", str(target)), "already exists", "--force")
    assert target.read_text(encoding="utf-8") == "mine"
    assert run("new", "-o", str(target), "--force").returncode == 0
    assert goalkit.load(target).goals


def test_new_errors(tmp_path):
    """An unknown template, an unknown suffix and a bad start date are clean errors."""
    assert_clean_failure(run("new", "--template", "astronaut"), "astronaut", "career-planning")
    assert_clean_failure(run("new", "-o", str(tmp_path / "plan.txt")), ".yaml")
    assert_clean_failure(run("new", "--start", "next monday"), "--start")


# ------------------------------------------------------------------- draft

SENTENCE = "Improve networking skills within six months by attending four industry-specific events"


def test_draft_prints_a_goal_document_with_its_verdict():
    """`draft` prints YAML that loads as the drafted goal, then the SMART verdict as comments."""
    result = run("draft", SENTENCE, "--start", "2027-01-04")
    assert result.returncode == 0, result.stderr
    goal = goalkit.from_dict(goalkit.Goal, yaml.safe_load(result.stdout))
    expected = goalkit.draft(SENTENCE, start=datetime.date(2027, 1, 4))
    # Ids are generated afresh each time; everything else is the drafted goal.
    assert (goal.title, goal.start, goal.due, goal.kind) == (
        expected.title,
        expected.start,
        expected.due,
        expected.kind,
    )
    assert [kr.target for kr in goal.key_results] == [kr.target for kr in expected.key_results]
    assert "# SMART:" in result.stdout


def test_draft_json_envelope():
    """`draft --format json` prints {"goal": ..., "smart": ...}."""
    result = run("draft", SENTENCE, "--start", "2027-01-04", "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["goal"]["due"] == "2027-07-04"
    assert data["goal"]["key_results"][0]["target"] == 4
    # Issue 10 added "framework" to every verdict.
    assert set(data["smart"]) == {"framework", "passed", "score", "failed", "findings"}


def test_draft_errors():
    """A missing or non-ISO --start, or an empty sentence, exits 2 with one line."""
    assert_clean_failure(run("draft", SENTENCE), "--start")
    assert_clean_failure(run("draft", SENTENCE, "--start", "4 Jan 2027"), "--start")
    assert_clean_failure(run("draft", "   ", "--start", "2027-01-04"), "empty")


# ----------------------------------------------------------- hostile text

HOSTILE = "Improve \x1b[2J my skills\x07\nnow \u202eevil"


def hostile_plan(path: Path) -> Path:
    """A loadable plan whose title, names and ids try to take over a terminal."""
    plan = goalkit.Plan(
        id="plan-hostile",
        title=HOSTILE,
        mentee=goalkit.Person(id="ana", name="Ana\x1b[5m"),
        goals=[goalkit.Goal(id="g-hostile", title=HOSTILE, owner="ana")],
    )
    goalkit.dump(plan, path)
    return path


@pytest.mark.parametrize(
    "command",
    [
        ("report", "--as-of", AS_OF),
        ("report", "--as-of", AS_OF, "--format", "markdown"),
        ("report", "--as-of", AS_OF, "--format", "html"),
        ("report", "--as-of", AS_OF, "--format", "json"),
        ("check", "--as-of", AS_OF),
        ("check", "--as-of", AS_OF, "--format", "json"),
    ],
)
def test_no_command_writes_a_raw_control_character(tmp_path, command):
    """User text reaches stdout with its controls escaped, so a plan cannot drive a terminal."""
    path = hostile_plan(tmp_path / "hostile.json")
    result = run(command[0], str(path), *command[1:])
    assert result.returncode in (0, 1), result.stderr
    assert (
        re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", result.stdout) is None
    )
    if command[0] == "check" and "json" not in command:
        assert (
            "  NOT SMART  g-hostile  Improve \\x1b[2J my skills\\x07 now \\u202eevil"
            in result.stdout
        )


def test_a_hostile_file_name_is_escaped_in_the_error_line(tmp_path):
    """The one error line shows a control character in a path as an escape."""
    result = run("check", str(tmp_path / "plan\x1b[2J.json"))
    assert_clean_failure(result, "plan\\x1b[2J.json", "no such file")
    assert "\x1b" not in result.stderr


def test_draft_comments_stay_comments():
    """A line break quoted in a finding cannot end the YAML comment and inject a key."""
    from goalkit._cli.draft import _comment

    def rule(goal, context):
        yield goalkit.Finding(
            criterion=goalkit.Criterion.SPECIFIC,
            code="X-NOTE",
            severity=goalkit.Severity.INFO,
            message="first line\nstatus: achieved",
            hint="and\rmore",
        )

    policy = goalkit.SmartPolicy(extra_rules=(rule,))
    smart = goalkit.assess(goalkit.Goal(title="Give five talks"), policy=policy, as_of=AS_DAY)
    assert any("\n" in finding.message for finding in smart.findings)
    comment = _comment(smart)
    assert all(line.startswith("# ") for line in comment.splitlines())
    assert yaml.safe_load("title: x\n" + comment) == {"title": "x"}


# -------------------------------------------------------------- robustness


def test_yaml_output_without_pyyaml_is_a_clean_error(tmp_path):
    """Without PyYAML, YAML output is refused in one line that says how to get it."""
    blocker = tmp_path / "yaml.py"
    blocker.write_text("raise ImportError('blocked for the test')\n", encoding="utf-8")
    result = run("new", "--start", "2027-01-04", env={"PYTHONPATH": str(tmp_path)})
    assert_clean_failure(result, "goalkit-mentoring[yaml]")
    # ...while the bundled example, package data in JSON, still reports.
    report = run("report", "--example", env={"PYTHONPATH": str(tmp_path)})
    assert report.returncode == 0, report.stderr


def test_a_closed_pipe_is_not_an_error():
    """`goalkit report --example | head -1` ends quietly."""
    process = subprocess.Popen(
        [sys.executable, "-m", "goalkit", "report", "--example", "--format", "html"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.read(10)
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert b"Traceback" not in stderr
    assert process.returncode in (0, -13, 141)


# ------------------------------------------------------------ hostile input


def run_to(stdout, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m goalkit ARGS` with stdout sent to the open file *stdout*."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    environment.pop("GOALKIT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "goalkit", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


class TestHostileCommandLine:
    """Inputs that once reached the "unexpected ... please report this" catch-all (issue 14)."""

    @pytest.mark.parametrize(
        "command",
        [
            ("report", "--example"),
            ("report", "--example", "--format", "json"),
            ("check", str(EXAMPLE_JSON)),
            ("schema",),
            ("new",),
            ("new", "--list"),
            ("draft", "Give five talks in three months", "--start", "2027-01-04"),
            ("--help",),
            ("--version",),
            ("report", "--help"),
        ],
    )
    def test_a_full_device_is_a_clean_error(self, command):
        """`> /dev/full`: exit 2 and one line saying stdout cannot be written."""
        with open(os.devnull if not Path("/dev/full").exists() else "/dev/full", "w") as full:
            result = run_to(full, *command)
        assert_clean_failure(result, "cannot write to standard output", "No space left")

    @pytest.mark.parametrize(
        ("command", "needle"),
        [
            (("report", "--example", "--as-of", "0001-01-01"), "--as-of 0001-01-01"),
            (("new", "--start", "9999-12-31"), "--start 9999-12-31"),
        ],
    )
    def test_dates_at_the_calendars_ends_are_clean_errors(self, command, needle):
        """A date whose arithmetic leaves the calendar is named in one line, exit 2."""
        result = run(*command)
        assert_clean_failure(result, "outside the calendar", needle)
        assert "unexpected" not in result.stderr

    def test_unrecognized_arguments_are_escaped_and_shortened(self):
        """argparse's echo of what was typed is escaped and never megabytes long."""
        result = run("schema", "--x\x1b[2J", "y" * 5_000)
        assert_clean_failure(result, "unrecognized arguments", "--x\\x1b[2J", "(5000 characters)")
        assert "\x1b" not in result.stderr
        assert len(result.stderr) < 300

    def test_a_path_too_long_for_the_system_is_a_clean_error(self):
        """A 5,000-character path is named shortened, not an OSError from the catch-all."""
        result = run("check", "p" * 5_000 + ".json")
        assert_clean_failure(result, "(5005 characters)")
        assert "unexpected" not in result.stderr
        assert len(result.stderr) < 500

    @pytest.mark.parametrize(
        "command",
        [
            ("report", "--example"),
            ("check", str(EXAMPLE_JSON)),
            ("schema",),
            ("new",),
            ("draft", "Give five talks", "--start", "2027-01-04"),
        ],
    )
    def test_every_command_escapes_its_error_line(self, command):
        """A control character typed on the command line reaches stderr escaped."""
        result = run(*command, "--bad\x1b]0;pwned\x07")
        assert result.returncode == 2
        assert "\\x1b]0;pwned\\x07" in result.stderr
        assert re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", result.stderr) is None


class TestOutputFiles:
    """`-o FILE` is written atomically, and errors name FILE (issue 14)."""

    def test_report_output_replaces_the_file_whole(self, tmp_path):
        """The report is written in full, leaving no temporary file behind."""
        target = tmp_path / "report.txt"
        target.write_text("previous report\n" * 1_000)
        result = run("report", "--example", "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert target.read_text(encoding="utf-8").startswith("Ana's path to team lead")
        assert sorted(os.listdir(tmp_path)) == ["report.txt"]

    @pytest.mark.parametrize("command", [("report", "--example"), ("new", "--force")])
    def test_a_full_disk_leaves_the_previous_file_whole(self, tmp_path, command):
        """Over the file-size limit (as on a full disk), the old file stays and FILE is named."""
        target = tmp_path / ("report.html" if command[0] == "report" else "plan.yaml")
        previous = "previous\n" * 1_000
        target.write_text(previous)
        script = (
            "import resource, signal, sys\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (256, resource.RLIM_INFINITY))\n"
            "from goalkit._cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script, *command, "-o", str(target)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert_clean_failure(result, f"cannot write {target}", "File too large")
        assert ".tmp" not in result.stderr
        assert target.read_text() == previous
        assert sorted(os.listdir(tmp_path)) == [target.name]


def test_load_plan_reads_a_given_stream():
    """`load_plan("-", stream)` reads the plan from the stream; a bad one names <stdin>."""
    import io

    from goalkit._cli.io import CommandError, load_plan

    plan = load_plan("-", io.BytesIO(EXAMPLE_JSON.read_bytes()))
    assert plan == goalkit.example_plan()
    with pytest.raises(CommandError, match=r"^<stdin>: cannot load"):
        load_plan("-", io.BytesIO(b'{"title": 5}'))


# ----------------------------------------------------- check --framework (issue 10)


class TestCheckFramework:
    """`check --framework` judges goals by SMART, REAL, OKR, or each goal's own (auto)."""

    def test_smart_is_the_default(self):
        """Without --framework, the output is SMART's, as before."""
        plain = run("check", str(EXAMPLE_JSON), "--as-of", AS_OF)
        smart = run("check", str(EXAMPLE_JSON), "--as-of", AS_OF, "--framework", "smart")
        assert (plain.returncode, plain.stdout) == (smart.returncode, smart.stdout)

    def test_okr_names_its_framework(self):
        """With --framework okr, the verdict lines and the summary say OKR."""
        result = run("check", str(EXAMPLE_JSON), "--as-of", AS_OF, "--framework", "okr")
        assert result.returncode == 1
        assert "NOT OKR" in result.stdout
        assert "checked with OKR" in result.stdout
        assert "objective/O-NUMBER" in result.stdout

    def test_auto_judges_each_goal_by_its_kind(self):
        """auto: REAL for development and learning goals, SMART for the rest, in the JSON too."""
        result = run("check", str(EXAMPLE_JSON), "--as-of", AS_OF, "--framework", "auto",
                     "--format", "json")  # fmt: skip
        data = json.loads(result.stdout)
        assert data["framework"] == "auto"
        plan = goalkit.load(EXAMPLE_JSON)
        expected = {goal.id: goalkit.framework_for(goal).name for goal in plan.goals}
        assert {g["id"]: g["framework"] for g in data["files"][0]["goals"]} == expected
        assert set(expected.values()) == {"real", "smart"}

    def test_an_unknown_framework_is_a_clean_error(self):
        """A framework goalkit does not know exits 2 with one line naming the choices."""
        assert_clean_failure(run("check", str(EXAMPLE_JSON), "--framework", "grow"), "--framework")


@pytest.fixture
def broad_plan(tmp_path):
    """A plan whose one goal the rules pass and the learned reading calls broad."""
    goal = goalkit.Goal(title="Get involved in the community")
    plan = goalkit.Plan(mentee=goalkit.Person(name="Ana"), goals=(goal,))
    path = tmp_path / "broad.json"
    path.write_text(goalkit.to_json(plan), encoding="utf-8")
    return path


class TestCheckLearnedSpecific:
    """`check --learned-specific on|off|alone` reads Specific as `SmartPolicy` would."""

    def test_on_is_the_default(self, broad_plan):
        plain = run("check", str(broad_plan), "--as-of", AS_OF)
        on = run("check", str(broad_plan), "--as-of", AS_OF, "--learned-specific", "on")
        assert (plain.returncode, plain.stdout) == (on.returncode, on.stdout)
        assert "specific/S-BROAD" in plain.stdout
        assert "--learned-specific off" in plain.stdout  # the hint says how to turn it off

    def test_off_reads_with_the_rules_alone(self, broad_plan):
        result = run("check", str(broad_plan), "--as-of", AS_OF, "--learned-specific", "off",
                     "--format", "json")  # fmt: skip
        goal = json.loads(result.stdout)["files"][0]["goals"][0]
        plan = goalkit.load(broad_plan)
        expected = goalkit.assess(
            plan.goals[0],
            as_of=datetime.date.fromisoformat(AS_OF),
            policy=goalkit.SmartPolicy(learned_specific=False),
        )
        codes = [f["code"] for f in goal["findings"]]
        assert "S-BROAD" not in codes
        assert codes == [f.code for f in expected.findings]

    def test_an_unknown_choice_is_a_clean_error(self, broad_plan):
        result = run("check", str(broad_plan), "--learned-specific", "maybe")
        assert_clean_failure(result, "--learned-specific")


class TestReportAndProgrammeLearnedSpecific:
    """`report` and `programme` take `--learned-specific` as `check` does, by the same policy."""

    def _report_codes(self, path, *extra):
        result = run("report", str(path), "--as-of", AS_OF, "--format", "json", *extra)
        assert result.returncode == 0, result.stderr
        return [f["code"] for f in json.loads(result.stdout)["goals"][0]["smart"]["findings"]]

    def test_report_reads_with_the_default_unless_told(self, broad_plan):
        assert "S-BROAD" in self._report_codes(broad_plan)
        assert self._report_codes(broad_plan) == self._report_codes(
            broad_plan, "--learned-specific", "on"
        )
        assert "S-BROAD" not in self._report_codes(broad_plan, "--learned-specific", "off")

    def test_report_alone_matches_the_policy(self):
        """The bundled example: the learned reading alone fails one goal the default passes."""
        day = datetime.date.fromisoformat(AS_OF)
        expected = goalkit.plan_report(
            goalkit.example_plan(), as_of=day, policy=goalkit.SmartPolicy(learned_specific="alone")
        )
        result = run("report", "--example", "--as-of", AS_OF, "--format", "json",
                     "--learned-specific", "alone")  # fmt: skip
        goals = json.loads(result.stdout)["goals"]
        assert [g["smart"]["passed"] for g in goals] == [g.smart.passed for g in expected.goals]
        assert False in [g["smart"]["passed"] for g in goals]

    @pytest.mark.parametrize("workers", ["1", "2"])
    def test_programme_counts_smart_goals_by_the_policy_chosen(self, workers):
        """Two copies of the example, so --workers 2 sends the policy to worker processes."""

        def smart_goals(*extra):
            result = run("programme", str(EXAMPLE_JSON), str(EXAMPLE_YAML), "--as-of", AS_OF,
                         "--format", "json", "--workers", workers, *extra)  # fmt: skip
            assert result.returncode == 0, result.stderr
            return json.loads(result.stdout)["overall"]["counts"]["smart_goals"]

        day = datetime.date.fromisoformat(AS_OF)
        alone = goalkit.SmartPolicy(learned_specific="alone")
        verdicts = goalkit.assess_plan(goalkit.example_plan(), as_of=day, policy=alone)
        expected = sum(report.passed for report in verdicts.values())
        assert smart_goals("--learned-specific", "alone") == 2 * expected
        assert smart_goals() == smart_goals("--learned-specific", "off") == 10
        assert expected < 5

    @pytest.mark.parametrize("command", ["report", "programme"])
    def test_an_unknown_choice_is_a_clean_error(self, broad_plan, command):
        result = run(command, str(broad_plan), "--learned-specific", "maybe")
        assert_clean_failure(result, "--learned-specific")


def test_programme_counts_the_files_when_standard_input_is_broken():
    """`goalkit programme - FILE`: a broken plan on stdin is named <stdin>; FILE still counts."""
    result = run(
        "programme", "-", str(EXAMPLE_JSON), "--workers", "2", "--as-of", AS_OF, stdin="{\x1b"
    )
    assert result.returncode == 2
    assert "<stdin>: cannot load (1 problem): not valid JSON" in result.stderr
    assert "\x1b" not in result.stderr
    assert "1 pair" in result.stdout


# ------------------------------------------------------------------- agenda


def test_agenda_example_lists_who_must_do_what():
    """`goalkit agenda --example`: as of its last activity, Ana's check-ins, then Sam's wins."""
    result = run("agenda", "--example")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Agenda for 2026-11-13"
    assert lines[2] == "Ana Diaz"
    assert lines[3].startswith("  ! check in: No check-in on 'Peers who rate me ready to lead")
    assert "Sam Okafor" in lines
    assert all(len(line) <= 100 for line in lines)


def test_agenda_for_one_person_on_a_day_as_json():
    """--for keeps one person's items; --today moves the day; JSON carries every field."""
    result = run("agenda", "--example", "--today", "2027-01-20", "--for", "sam", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["today"] == "2027-01-20"
    assert {item["person"] for item in data["items"]} == {"sam"}
    assert data["items"][0]["kind"] == "goal_past_due"
    by_name = run("agenda", "--example", "--today", "2027-01-20", "--for", "Sam Okafor")
    assert by_name.stdout.splitlines()[2] == "Sam Okafor"


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_agenda_in_markdown_and_html(form):
    """The other two formats carry the same messages, escaped for their medium."""
    result = run("agenda", "--example", "--format", form)
    assert result.returncode == 0, result.stderr
    assert "No check-in on" in result.stdout


@pytest.mark.parametrize(
    ("name", "start"),
    [("a.html", "<!doctype html>"), ("a.md", "#"), ("a.json", "{"), ("a.txt", "")],
)
def test_agenda_output_format_follows_the_suffix(tmp_path, name, start):
    """`agenda -o FILE` writes the format the suffix names, as `report -o FILE` does."""
    target = tmp_path / name
    result = run("agenda", "--example", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith(start)
    assert "No check-in on" in text
    if name.endswith(".json"):
        assert json.loads(text)["items"]
    as_text = run("agenda", "--example", "--format", "text", "-o", str(tmp_path / "b.html"))
    assert not (tmp_path / "b.html").read_text(encoding="utf-8").startswith("<")
    assert as_text.returncode == 0


def test_agenda_refuses_bad_days_files_and_people(tmp_path):
    """A bad date, a missing file or a stranger: exit 2 with one line."""
    assert_clean_failure(run("agenda", "--example", "--today", "2027-02-30"), "--today")
    assert_clean_failure(run("agenda", str(tmp_path / "nope.json")), "no such file")
    assert_clean_failure(run("agenda", "--example", "--for", "lee"), "--for lee")


# ----------------------------------------------------------- close, follow-up


def test_close_then_follow_up_write_new_plans(tmp_path):
    """Close the example at the end of December, then carry its unfinished goals into January."""
    closed = tmp_path / "closed.yaml"
    result = run(
        "close", str(EXAMPLE_JSON), "--on", "2026-12-31", "--notes", "Ana leads", "-o", str(closed)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Closed on 2026-12-31: ")
    plan = goalkit.load(closed)
    assert (plan.closed_on, plan.closing_notes) == (datetime.date(2026, 12, 31), "Ana leads")
    assert all(goal.outcome is not None for goal in plan.goals)
    following = tmp_path / "next.json"
    result = run(
        "follow-up", str(closed), "--on", "2027-01-04", "--no-mentor", "-o", str(following)
    )
    assert result.returncode == 0, result.stderr
    after = goalkit.load(following)
    assert after.mentor is None
    assert {goal.carried_from for goal in after.goals} <= {goal.id for goal in plan.goals}


def test_close_and_follow_up_refuse_cleanly(tmp_path):
    """Closing twice, following up an open plan, a bad day or suffix: exit 2 with one line."""
    closed = tmp_path / "closed.json"
    assert run("close", str(EXAMPLE_JSON), "--on", "2026-12-31", "-o", str(closed)).returncode == 0
    assert_clean_failure(
        run("close", str(closed), "--on", "2027-01-01", "-o", str(closed)), "closed on 2026-12-31"
    )
    assert_clean_failure(
        run("follow-up", str(EXAMPLE_JSON), "--on", "2027-01-04", "-o", str(tmp_path / "n.json")),
        "a closed plan",
    )
    assert_clean_failure(
        run("close", str(EXAMPLE_JSON), "--on", "31/12/2026", "-o", str(closed)), "--on"
    )
    assert_clean_failure(
        run("close", str(EXAMPLE_JSON), "--on", "2026-12-31", "-o", str(tmp_path / "x.toml")),
        ".json, .yaml or .yml",
    )
