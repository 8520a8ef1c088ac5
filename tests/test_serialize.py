"""The document format: round trips, strict loading, precise problems, versions and files."""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import stat
import sys
import tempfile
import time
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import goalkit
from goalkit import (
    SCHEMA_VERSION,
    Cadence,
    CheckIn,
    Direction,
    Goal,
    GoalStatus,
    KeyResult,
    LoadError,
    Milestone,
    Person,
    Plan,
    Review,
    ReviewKind,
    Revision,
    ValidationError,
    _serialize,
    dump,
    from_dict,
    from_json,
    load,
    testing,
    to_dict,
    to_json,
)
from goalkit._serialize import documents, migrations

DAY = datetime.date(2027, 1, 31)

#: Every model class with the strategy that draws it, kept small so properties run quickly.
STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Person: testing.people(),
    CheckIn: testing.check_ins(),
    KeyResult: testing.key_results(max_check_ins=3),
    Milestone: testing.milestones(),
    Review: testing.reviews(),
    Revision: testing.revisions(),
    Goal: testing.goals(max_key_results=2, max_milestones=2, max_check_ins=2),
    Cadence: testing.cadences(),
    Plan: testing.plans(max_goals=3, max_key_results=2, max_check_ins=2),
}
ANY_OBJECT = st.one_of(
    [strategy.map(lambda obj, cls=cls: (cls, obj)) for cls, strategy in STRATEGIES.items()]
)


def a_plan() -> Plan:
    talks = Goal(
        title="Give five presentations in the next three months",
        id="g-talks",
        start=DAY,
        due=datetime.date(2027, 4, 30),
        relevance="Team leads present every quarter",
        tags=["speaking"],
        key_results=[
            KeyResult(
                title="Presentations given",
                target=5,
                id="kr-talks",
                check_ins=[CheckIn(on=datetime.date(2027, 2, 28), value=2, confidence=7)],
            )
        ],
        milestones=[Milestone(title="First talk", id="m-first", due=datetime.date(2027, 2, 15))],
        reviews=[Review(held_on=datetime.date(2027, 3, 1), rating=4, id="r-march")],
    ).revise("Conference moved", datetime.date(2027, 2, 1), due=datetime.date(2027, 5, 31))
    return Plan(
        mentee=Person(name="Ana Diaz", id="ana"),
        mentor=Person(name="Ben Okafor", id="ben"),
        goals=[talks],
        cadence=Cadence(every=1, unit="month", anchor=DAY),
        id="plan-ana",
        title="Ana's plan",
    )


def problems_of(error: pytest.ExceptionInfo[LoadError]) -> dict[str, str]:
    return {problem.path: problem.message for problem in error.value.problems}


# ------------------------------------------------------------------ round trips


@given(ANY_OBJECT)
def test_dict_round_trip_for_every_class(pair: tuple[type, Any]) -> None:
    """from_dict(cls, to_dict(x)) == x for every model class."""
    cls, obj = pair
    assert from_dict(cls, to_dict(obj)) == obj


@given(ANY_OBJECT)
def test_json_round_trip_for_every_class(pair: tuple[type, Any]) -> None:
    """from_json(cls, to_json(x)) == x, from text and from UTF-8 bytes."""
    cls, obj = pair
    text = to_json(obj)
    assert from_json(cls, text) == obj
    assert from_json(cls, text.encode("utf-8")) == obj


@given(ANY_OBJECT)
def test_json_round_trip_with_the_standard_library_writer(pair: tuple[type, Any]) -> None:
    """Without orjson, the standard json writer round-trips the same way."""
    cls, obj = pair
    saved = documents._orjson
    documents._orjson = None
    try:
        text = to_json(obj, indent=4)
    finally:
        documents._orjson = saved
    assert from_json(cls, text) == obj
    assert json.loads(text) == to_dict(obj)


@settings(max_examples=40)
@given(ANY_OBJECT, st.sampled_from([".json", ".yaml", ".yml"]))
def test_file_round_trip_for_every_class_and_format(pair: tuple[type, Any], suffix: str) -> None:
    """load(dump(x)) == x for every class, in JSON and YAML."""
    cls, obj = pair
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / f"document{suffix}"
        dump(obj, path)
        assert load(path, cls) == obj
        assert os.listdir(folder) == [path.name]


def to_toml(document: dict[str, Any]) -> str:
    """A small TOML writer for tests: goalkit reads TOML but does not write it."""

    def value(item: Any) -> str:
        if item is None:
            raise ValueError("TOML has no null")
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, int | float):
            return repr(item)
        if isinstance(item, str):
            return json.dumps(item, ensure_ascii=False)  # a JSON string is a TOML basic string
        if isinstance(item, list):
            return "[" + ", ".join(value(entry) for entry in item) + "]"
        return "{" + ", ".join(f"{json.dumps(k)} = {value(v)}" for k, v in item.items()) + "}"

    return "".join(f"{json.dumps(key)} = {value(item)}\n" for key, item in document.items())


@settings(max_examples=60)
@given(ANY_OBJECT)
def test_toml_documents_are_read(pair: tuple[type, Any]) -> None:
    """A TOML document holding what to_dict writes loads to an equal object."""
    cls, obj = pair
    try:
        text = to_toml(to_dict(obj))
    except ValueError:  # a revision recording None: TOML cannot say it
        return
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "document.toml"
        path.write_text(text, encoding="utf-8")
        assert load(path, cls) == obj


def test_toml_native_dates_are_calendar_days(tmp_path: pathlib.Path) -> None:
    """TOML's own dates load; its date-times and times are refused where a date is meant."""
    path = tmp_path / "check-in.toml"
    path.write_text("on = 2027-02-01\nvalue = 3\n", encoding="utf-8")
    assert load(path, CheckIn).on == datetime.date(2027, 2, 1)
    path.write_text("on = 2027-02-01T10:00:00\nvalue = 3\n", encoding="utf-8")
    with pytest.raises(LoadError) as error:
        load(path, CheckIn)
    assert "date and time" in problems_of(error)["on"]
    path.write_text("on = 10:00:00\nvalue = 3\n", encoding="utf-8")
    with pytest.raises(LoadError, match="the time 10:00:00"):
        load(path, CheckIn)


def test_hand_written_yaml_with_native_dates_and_on_keys_loads(tmp_path: pathlib.Path) -> None:
    """Unquoted dates and the key `on` (a boolean in YAML 1.1) read as people mean them."""
    path = tmp_path / "plan.yaml"
    path.write_text(
        "schema_version: 1\n"
        "id: plan-ana\n"
        "mentee: {name: Ana, id: ana}\n"
        "goals:\n"
        "  - title: Give five presentations\n"
        "    id: g-talks\n"
        "    start: 2027-01-31\n"
        "    key_results:\n"
        "      - title: Presentations given\n"
        "        target: 5\n"
        "        id: kr-talks\n"
        "        check_ins:\n"
        "          - on: 2027-02-28\n"
        "            value: 2\n",
        encoding="utf-8",
    )
    plan = load(path)
    assert plan.goals[0].key_results[0].check_ins[0].on == datetime.date(2027, 2, 28)
    assert plan.goals[0].start == DAY


def test_plan_document_is_short_and_versioned() -> None:
    """Defaults are left out, the version comes first, dates are ISO days, enums values."""
    plan = Plan(
        mentee=Person(name="Ana", id="ana"),
        goals=[Goal(title="Learn SQL", id="g-sql", due=DAY, status=GoalStatus.DRAFT)],
        id="p",
    )
    assert to_dict(plan) == {
        "schema_version": SCHEMA_VERSION,
        "mentee": {"name": "Ana", "id": "ana"},
        "id": "p",
        "goals": [{"title": "Learn SQL", "id": "g-sql", "due": "2027-01-31", "status": "draft"}],
    }
    assert next(iter(to_dict(plan))) == "schema_version"


def test_inferred_direction_is_left_out_and_a_threshold_is_kept() -> None:
    """A direction loading would infer is not written; AT_LEAST and AT_MOST are."""
    inferred = KeyResult(title="Bugs open", baseline=40, target=10, id="kr")
    explicit = KeyResult(
        title="Bugs open", baseline=40, target=10, id="kr", direction=Direction.DECREASE
    )
    threshold = KeyResult(title="NPS", target=40, direction=Direction.AT_LEAST, id="kr")
    assert "direction" not in to_dict(inferred)
    assert to_dict(explicit) == to_dict(inferred)
    assert to_dict(threshold)["direction"] == "at_least"
    assert from_dict(KeyResult, to_dict(threshold)) == threshold


def test_revision_changes_are_encoded_like_the_goal_field() -> None:
    """Revision.changes is written {field: [old, new]}, dates and enums as in the goal."""
    goal = Goal(title="Learn SQL", id="g", due=DAY).revise(
        "Moved", datetime.date(2027, 1, 2), due=datetime.date(2027, 2, 1), status=GoalStatus.DRAFT
    )
    changes = to_dict(goal)["revisions"][0]["changes"]
    assert changes == {"due": ["2027-01-31", "2027-02-01"], "status": ["active", "draft"]}
    assert from_dict(Goal, to_dict(goal)) == goal


def test_to_json_indents_on_request() -> None:
    """to_json is compact by default and indented when asked."""
    person = Person(name="Ana", id="ana")
    assert to_json(person) == '{"name":"Ana","id":"ana"}'
    assert to_json(person, indent=2) == '{\n  "name": "Ana",\n  "id": "ana"\n}'


def test_non_model_objects_are_validation_errors() -> None:
    """A non-model object or class is the caller's mistake: expect_type's error, naming both."""
    with pytest.raises(ValidationError, match="goalkit model object") as error:
        to_dict({"title": "x"})
    assert str(error.value).startswith("to_dict.obj: expected a goalkit model object (Person, ")
    assert str(error.value).endswith(", got {'title': 'x'}")
    with pytest.raises(ValidationError, match="goalkit model class") as error:
        from_dict(dict, {})
    assert str(error.value).startswith("from_dict.cls: expected a goalkit model class (Person, ")
    with pytest.raises(ValidationError, match="str or UTF-8 bytes") as error:
        from_json(Goal, 42)  # type: ignore[arg-type]
    assert str(error.value) == ("from_json.text: expected JSON text (str or UTF-8 bytes), got 42")


WRONG_ARGUMENTS: list[tuple[str, Any, str]] = [
    ("to_dict.obj", lambda: to_dict("a plan"), "a goalkit model object"),
    ("to_json.obj", lambda: to_json(["a plan"]), "a goalkit model object"),
    ("to_json.indent", lambda: to_json(Person(name="A", id="a"), indent="  "), "a whole number"),
    ("to_json.indent", lambda: to_json(Person(name="A", id="a"), indent=True), "a whole number"),
    ("from_dict.cls", lambda: from_dict("Plan", {}), "a goalkit model class"),
    ("from_dict.cls", lambda: from_dict(Plan(mentee=Person(name="A")), {}), "a goalkit model"),
    ("from_json.cls", lambda: from_json(int, "{}"), "a goalkit model class"),
    ("from_json.cls", lambda: from_json([Goal], "{}"), "a goalkit model class"),
    ("from_json.text", lambda: from_json(Goal, {"title": "x"}), "JSON text"),
    ("from_json.text", lambda: from_json(Goal, None), "JSON text (str or UTF-8 bytes)"),
    ("from_json.max_size", lambda: from_json(Goal, "{}", max_size="10"), "a whole number"),
    ("dump.obj", lambda: dump({"title": "x"}, "goal.json"), "a goalkit model object"),
    ("dump.path", lambda: dump(Person(name="A", id="a"), 3), "a path"),
    ("load.path", lambda: load(None), "a path (str or os.PathLike)"),
    ("load.cls", lambda: load("plan.json", dict), "a goalkit model class"),
    ("load.max_size", lambda: load("plan.json", Goal, max_size=1.5), "a whole number"),
    ("json_schema.cls", lambda: goalkit.json_schema(str), "a goalkit model class"),
]


@pytest.mark.parametrize(
    ("where", "call", "expected"), WRONG_ARGUMENTS, ids=[case[0] for case in WRONG_ARGUMENTS]
)
def test_wrong_arguments_get_the_same_error_everywhere(
    where: str, call: Any, expected: str
) -> None:
    """Every serialization function refuses a wrong-type argument with `function.arg: ...`."""
    with pytest.raises(ValidationError) as error:
        call()
    assert str(error.value).startswith(f"{where}: expected {expected}")
    assert ", got " in str(error.value)


def test_public_names_are_exported() -> None:
    """The contract's serialization names are importable from goalkit."""
    for name in ("to_dict", "from_dict", "to_json", "from_json", "dump", "load", "json_schema"):
        assert name in goalkit.__all__
        assert callable(getattr(goalkit, name))
    assert goalkit.SCHEMA_VERSION == 2  # 2: the mentoring rhythm (issue 11)


# ------------------------------------------------------------------ strictness

NOT_A_NUMBER = ["12", True, False, None, [1], {"a": 1}]
NOT_TEXT = [12, 1.5, True, None, ["a"], {"a": "b"}]
NOT_A_DATE = [
    "2027-02-30",
    "next friday",
    "01/02/03",
    "2027-02",
    "2027-02-01T10:00:00",
    "2027-02-01 10:00",
    "20270201",
    "2027-W05-1",
    " 2027-02-01",
    "2027-02-0١",  # an Arabic-Indic digit
    20270201,
    None,
]
NOT_WHOLE = [1.9, 2.5, "3", True, 10**20, 1e20]


@pytest.mark.parametrize("value", NOT_A_NUMBER)
def test_only_numbers_are_numbers(value: Any) -> None:
    """A string, boolean, null or container is never a number."""
    with pytest.raises(LoadError) as error:
        from_dict(CheckIn, {"on": "2027-02-01", "value": value})
    assert problems_of(error)["value"].startswith("expected a number, got ")


@pytest.mark.parametrize("value", NOT_TEXT)
def test_only_text_is_text(value: Any) -> None:
    """A number, boolean, null or container is never text."""
    with pytest.raises(LoadError) as error:
        from_dict(Goal, {"title": value})
    assert problems_of(error)["title"].startswith("expected text, got ")


@pytest.mark.parametrize("value", NOT_A_DATE)
def test_only_iso_calendar_days_are_dates(value: Any) -> None:
    """Impossible days, prose, other date formats, months and date-times are refused."""
    with pytest.raises(LoadError) as error:
        from_dict(CheckIn, {"on": value, "value": 1})
    assert "date" in problems_of(error)["on"]


@pytest.mark.parametrize("value", NOT_WHOLE)
def test_whole_numbers_are_never_floats_strings_or_booleans(value: Any) -> None:
    """1.9 and 2.5 are not whole numbers, nor "3", nor true, nor 10**20 (out of range)."""
    with pytest.raises(LoadError) as error:
        from_dict(CheckIn, {"on": "2027-02-01", "value": 1, "confidence": value})
    assert problems_of(error)["confidence"].startswith("expected a whole number")


@pytest.mark.parametrize("text", ["7.0", "7e0", "0.7e1"])
def test_a_whole_valued_number_is_an_integer(text: str) -> None:
    """7.0 is the integer 7, as JSON Schema and JavaScript read it (JSON cannot tell them apart).

    Issue 13: ajv accepted a confidence of 7.0 as an "integer" that the loader refused.
    """
    check_in = from_json(CheckIn, f'{{"on": "2027-02-01", "value": 1, "confidence": {text}}}')
    assert check_in.confidence == 7
    assert type(check_in.confidence) is int


def test_enum_values_are_checked() -> None:
    """An unknown enum value is refused with the allowed values listed."""
    with pytest.raises(LoadError) as error:
        from_dict(Review, {"held_on": "2027-02-01", "kind": "ONE_ON_ONE"})
    message = problems_of(error)["kind"]
    assert "'one_on_one'" in message
    assert "text 'ONE_ON_ONE'" in message


def test_arrays_are_never_strings_or_objects() -> None:
    """A string where an array of text is expected is refused, not split into letters."""
    with pytest.raises(LoadError) as error:
        from_dict(Goal, {"title": "Learn SQL", "tags": "sql"})
    assert problems_of(error)["tags"] == "expected an array, got text 'sql'"


def test_unknown_keys_are_refused_with_a_suggestion() -> None:
    """Each unknown key is a problem at its own path, with the likely field named."""
    with pytest.raises(LoadError) as error:
        from_dict(Goal, {"title": "Learn SQL", "tittle": "x", "colour": "red"})
    found = problems_of(error)
    assert found["tittle"] == "unknown key for a Goal; did you mean 'title'?"
    assert found["colour"].startswith("unknown key for a Goal (expected one of: title, id,")


def test_missing_required_fields_are_named() -> None:
    """A missing required field says what was expected there."""
    with pytest.raises(LoadError) as error:
        from_dict(KeyResult, {"title": "Talks"})
    assert problems_of(error) == {"target": "missing: expected a number"}


def test_every_problem_is_reported_with_its_path() -> None:
    """All problems are collected, each with a path like goals[2].key_results[0].target."""
    document = to_dict(a_plan())
    goal = document["goals"][0]
    document["goals"] = [goal, {**goal, "id": "g2"}, {**goal, "id": "g3"}]
    for position, item in enumerate(document["goals"]):
        item["key_results"] = [{**kr, "id": f"{kr['id']}-{position}"} for kr in item["key_results"]]
        item["milestones"] = [{**m, "id": f"{m['id']}-{position}"} for m in item["milestones"]]
        item["reviews"] = [{**r, "id": f"{r['id']}-{position}"} for r in item["reviews"]]
    document["goals"][2]["key_results"][0]["target"] = "five"
    document["goals"][1]["weight"] = True
    document["goals"][0]["reviews"][0]["rating"] = 4.5
    document["mentor"]["name"] = 7
    with pytest.raises(LoadError) as error:
        from_dict(Plan, document)
    assert problems_of(error) == {
        "mentor.name": "expected text, got the number 7",
        "goals[0].reviews[0].rating": "expected a whole number within ±1e+15, got the number 4.5",
        "goals[1].weight": "expected a number, got true",
        "goals[2].key_results[0].target": "expected a number, got text 'five'",
    }


def test_broken_invariants_are_problems_not_validation_errors() -> None:
    """A due date before the start is a LoadError at goals[0].due, not a ValidationError."""
    document = to_dict(a_plan())
    document["goals"][0]["start"] = "2027-06-01"
    with pytest.raises(LoadError) as error:
        from_dict(Plan, document)
    message = problems_of(error)["goals[0].due"]
    assert message == "expected a date on or after start (2027-06-01), got '2027-05-31'"


def test_plan_wide_invariants_are_located() -> None:
    """Duplicate ids and missing parents across goals point at the offending field."""
    document = to_dict(a_plan())
    twin = json.loads(json.dumps(document["goals"][0]))
    twin["id"] = "g-twin"
    twin["parent_id"] = "g-missing"
    document["goals"].append(twin)
    with pytest.raises(LoadError) as error:
        from_dict(Plan, document)
    (path, message), *_ = problems_of(error).items()
    assert path == "goals[1].key_results[0].id"
    assert "also used by goals[0].key_results[0].id" in message


def test_revision_changes_are_checked_per_field() -> None:
    """A revision recording a non-date for `due`, or an unknown field, is refused there."""
    base = {"on": "2027-02-01", "reason": "Moved"}
    with pytest.raises(LoadError) as error:
        from_dict(Revision, {**base, "changes": {"due": ["2027-01-31", "soon"]}})
    assert problems_of(error) == {
        "changes.due[1]": "expected a calendar date as YYYY-MM-DD, got text 'soon'"
    }
    with pytest.raises(LoadError) as error:
        from_dict(Revision, {**base, "changes": {"colour": ["red", "blue"]}})
    assert list(problems_of(error)) == ["changes.colour"]
    with pytest.raises(LoadError) as error:
        from_dict(Revision, {**base, "changes": {"title": ["Only one"]}})
    assert problems_of(error)["changes.title"].startswith("expected a pair [old, new] of text")


def test_messages_quote_only_an_excerpt_of_the_input() -> None:
    """A megabyte of wrong input is quoted in a few dozen characters."""
    with pytest.raises(LoadError) as error:
        from_dict(CheckIn, {"on": "x" * 1_000_000, "value": 1})
    assert len(str(error.value)) < 300
    assert "(1000000 characters)" in str(error.value)


def test_overlong_text_is_refused() -> None:
    """Text over MAX_TEXT_LENGTH characters in a field is refused."""
    with pytest.raises(LoadError) as error:
        from_dict(Goal, {"title": "x" * (_serialize.MAX_TEXT_LENGTH + 1)})
    assert problems_of(error)["title"].startswith("expected text of at most 100000 characters")


def test_problems_are_capped() -> None:
    """A document wrong everywhere reports at most MAX_PROBLEMS problems."""
    with pytest.raises(LoadError) as error:
        from_dict(Goal, {"title": "x", "tags": [1] * 10_000})
    assert len(error.value.problems) == _serialize.MAX_PROBLEMS
    assert error.value.problems[-1].path == f"tags[{_serialize.MAX_PROBLEMS - 1}]"


def test_not_an_object_is_refused() -> None:
    """A document that is not an object says what it is instead."""
    with pytest.raises(LoadError, match=r"expected an object \(a Plan\), got an array of 0 items"):
        from_json(Plan, "[]")


# ------------------------------------------------------------------ versions


def test_plans_need_a_schema_version() -> None:
    """A plan document without schema_version is refused with the expected version."""
    document = to_dict(a_plan())
    del document["schema_version"]
    with pytest.raises(LoadError) as error:
        from_dict(Plan, document)
    assert problems_of(error) == {
        "schema_version": f"missing: expected {SCHEMA_VERSION}, the version this goalkit writes"
    }


def test_newer_documents_are_refused() -> None:
    """A document from a newer goalkit says so, and how to load it."""
    document = {**to_dict(a_plan()), "schema_version": SCHEMA_VERSION + 1}
    with pytest.raises(LoadError, match="written by a newer goalkit") as error:
        from_dict(Plan, document)
    assert "upgrade goalkit-mentoring" in str(error.value)


@pytest.mark.parametrize("version", ["1", 1.5, True, None, 0, -3])
def test_schema_version_must_be_a_known_whole_number(version: Any) -> None:
    """schema_version is a whole number from 1 to the current version."""
    with pytest.raises(LoadError) as error:
        from_dict(Plan, {**to_dict(a_plan()), "schema_version": version})
    assert list(problems_of(error)) == ["schema_version"]


def test_a_whole_valued_schema_version_is_that_version() -> None:
    """schema_version 1.0 is version 1, as JSON Schema's "const": 1 reads it."""
    plan = a_plan()
    assert from_dict(Plan, {**to_dict(plan), "schema_version": 1.0}) == plan


def test_older_documents_are_migrated(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a version 2 format, a version 1 document runs the registered migration."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {})

    @migrations.migration(1)
    def rename_title(document: dict[str, Any]) -> dict[str, Any]:
        document["title"] = document.pop("name")
        return document

    old = {"schema_version": 1, "mentee": {"name": "Ana", "id": "ana"}, "id": "p", "name": "Mine"}
    plan = from_dict(Plan, old)
    assert plan.title == "Mine"
    assert old["name"] == "Mine"  # the caller's document is left alone
    assert to_dict(plan)["schema_version"] == 2


def test_a_missing_or_failing_migration_is_a_load_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """No migration, or one that raises, ends in a LoadError naming the version."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda document: document["missing"]})
    old = {"schema_version": 1, "mentee": {"name": "Ana"}}
    failed = "could not migrate from schema_version 1: KeyError: 'missing'"
    with pytest.raises(LoadError, match=failed):
        from_dict(Plan, old)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda document: document})
    with pytest.raises(LoadError, match="no migration from schema_version 2 to 3"):
        from_dict(Plan, old)


# ------------------------------------------------------------------ files


def test_dump_writes_json_and_yaml_documents(tmp_path: pathlib.Path) -> None:
    """.json is indented JSON; .yaml and .yml are block YAML; both read back."""
    plan = a_plan()
    dump(plan, tmp_path / "plan.json")
    dump(plan, tmp_path / "plan.yml")
    assert json.loads((tmp_path / "plan.json").read_text()) == to_dict(plan)
    assert (
        (tmp_path / "plan.json")
        .read_text()
        .startswith(f'{{\n  "schema_version": {SCHEMA_VERSION},')
    )
    assert yaml.safe_load((tmp_path / "plan.yml").read_text()) == to_dict(plan)
    assert load(tmp_path / "plan.yml") == plan


def test_dump_replaces_atomically_and_keeps_permissions(tmp_path: pathlib.Path) -> None:
    """Dumping over a file replaces it whole, keeps its mode and leaves no temporary file."""
    path = tmp_path / "plan.json"
    path.write_text("old")
    path.chmod(0o640)
    dump(a_plan(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert load(path) == a_plan()
    assert os.listdir(tmp_path) == ["plan.json"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash at the rename leaves the previous document intact and cleans up."""
    path = tmp_path / "plan.json"
    path.write_text('{"old": true}')

    def crash(*args: Any) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk gone"):
        dump(a_plan(), path)
    assert path.read_text() == '{"old": true}'
    assert os.listdir(tmp_path) == ["plan.json"]


def test_a_serialization_error_never_touches_the_file(tmp_path: pathlib.Path) -> None:
    """Text that cannot be written fails before the file is opened."""
    path = tmp_path / "person.json"
    path.write_text("old")
    with pytest.raises(ValueError, match="surrogate"):
        dump(Person(name="Ana \ud800", id="ana"), path)
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["person.json"]


@pytest.mark.parametrize("name", ["plan.toml", "plan.txt", "plan"])
def test_dump_refuses_formats_it_does_not_write(tmp_path: pathlib.Path, name: str) -> None:
    """TOML is read-only; unknown suffixes are refused before anything is written."""
    with pytest.raises(ValueError, match=r"goalkit writes \.json, \.yaml and \.yml"):
        dump(a_plan(), tmp_path / name)
    assert os.listdir(tmp_path) == []


def test_load_refuses_missing_files_folders_and_unknown_suffixes(tmp_path: pathlib.Path) -> None:
    """Every way a path can be wrong is a LoadError whose source is the path."""
    (tmp_path / "folder.json").mkdir()
    (tmp_path / "notes.txt").write_text("{}")
    cases = {
        tmp_path / "missing.json": "no such file",
        tmp_path / "folder.json": "is a folder, not a file",
        tmp_path / "notes.txt": "unknown file type '.txt'",
    }
    for path, message in cases.items():
        with pytest.raises(LoadError, match=message) as error:
            load(path)
        assert error.value.source == str(path)


def test_load_refuses_unreadable_files(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file without read permission is a LoadError (simulated: tests may run as root)."""
    path = tmp_path / "plan.json"
    dump(a_plan(), path)

    def denied(*args: Any) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(LoadError, match="cannot be read: permission denied"):
        load(path)


def test_load_refuses_special_files(tmp_path: pathlib.Path) -> None:
    """A named pipe is refused without blocking; so is any other non-regular file."""
    pipe = tmp_path / "plan.json"
    os.mkfifo(pipe)
    with pytest.raises(LoadError, match="not a regular file"):
        load(pipe)


def test_yaml_without_the_extra_says_how_to_install_it(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without PyYAML, YAML files are a LoadError naming the extra to install."""
    path = tmp_path / "plan.yaml"
    dump(a_plan(), path)
    monkeypatch.setitem(sys.modules, "yaml", None)  # `import yaml` now fails, as when absent
    with pytest.raises(LoadError, match=r"pip install 'goalkit-mentoring\[yaml\]'"):
        load(path)


def test_load_takes_the_class_and_a_size_limit(tmp_path: pathlib.Path) -> None:
    """load reads any model class, and refuses files over max_size."""
    path = tmp_path / "goal.json"
    goal = a_plan().goals[0]
    dump(goal, path)
    assert load(path, Goal) == goal
    with pytest.raises(LoadError, match="document too large"):
        load(path, Goal, max_size=100)


def test_a_file_that_grows_while_it_is_read_is_read_whole_or_refused(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file longer than its size said is read on, to one byte past the limit, then checked."""
    path = tmp_path / "person.json"
    dump(Person(name="Ana", id="ana"), path)
    real_fstat = os.fstat

    def stale_fstat(descriptor: int) -> os.stat_result:
        fields = list(real_fstat(descriptor))
        fields[stat.ST_SIZE] = 3  # as it was before the rest was written
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", stale_fstat)
    assert load(path, Person) == Person(name="Ana", id="ana")
    with pytest.raises(LoadError, match="document too large"):
        load(path, Person, max_size=10)


def test_load_accepts_a_byte_order_mark(tmp_path: pathlib.Path) -> None:
    """Files saved with a UTF-8 byte-order mark load."""
    path = tmp_path / "person.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_json(Person(name="Ana", id="ana")).encode())
    assert load(path, Person) == Person(name="Ana", id="ana")


def test_large_documents_restore_the_garbage_collector() -> None:
    """Loading a large document pauses the collector and always turns it back on."""
    import gc

    plan = Plan(
        mentee=Person(name="Ana", id="ana"),
        goals=[Goal(title="x" * 400, id=f"g{n}") for n in range(3_000)],
        id="p",
    )
    text = to_json(plan)
    assert len(text) > _serialize.GC_PAUSE_THRESHOLD
    assert from_json(Plan, text) == plan
    assert gc.isenabled()
    with pytest.raises(LoadError):
        from_json(Plan, text.replace('"g1"', '"g0"'))
    assert gc.isenabled()


def test_round_trip_keeps_attrs_equality_of_nested_revisions() -> None:
    """Revisions that change collections round-trip with tuples inside."""
    goal = a_plan().goals[0]
    revised = goal.revise(
        "Fewer talks",
        datetime.date(2027, 3, 1),
        key_results=[attrs.evolve(goal.key_results[0], target=3)],
        tags=["speaking", "career"],
    )
    again = from_json(Goal, to_json(revised))
    assert again == revised
    assert again.revisions[-1].changes["tags"] == (("speaking",), ("speaking", "career"))


def test_review_kinds_round_trip_by_value() -> None:
    """Enums are written by value."""
    review = Review(held_on=DAY, kind=ReviewKind.FEEDBACK_360, id="r")
    assert to_dict(review) == {"held_on": "2027-01-31", "kind": "feedback_360", "id": "r"}


# ------------------------------------------------------ hostile text, every path

#: One loader per way in: the same plain data or text must end the same way on each.
LOADERS = {
    "from_dict": lambda document: from_dict(Goal, document),
    "from_json str": lambda document: from_json(Goal, json.dumps(document)),
    "from_json bytes": lambda document: from_json(Goal, json.dumps(document).encode()),
}


class TestTextRulesOnEveryPath:
    """The rules for text hold whichever way a document comes in (issue 14)."""

    @pytest.mark.parametrize("way", sorted(LOADERS))
    def test_a_lone_surrogate_is_refused(self, way: str) -> None:
        """Text holding a lone surrogate is a LoadError, from_dict included."""
        with pytest.raises(LoadError, match="lone surrogate"):
            LOADERS[way]({"title": "Ship it \ud800", "tags": ["\udc00"]})

    def test_from_dict_names_the_field_of_a_lone_surrogate(self) -> None:
        """from_dict refuses what to_json and dump could never write, at its path."""
        with pytest.raises(LoadError) as error:
            from_dict(Goal, {"title": "x", "tags": ["ok", "\udc00"], "owner": "\ud800"})
        assert set(problems_of(error)) == {"tags[1]", "owner"}
        assert "lone surrogate" in problems_of(error)["owner"]

    def test_a_valid_surrogate_pair_in_python_text_is_not_a_lone_surrogate(self) -> None:
        """Astral characters (an emoji) in a Python str load: they are one code point."""
        assert from_dict(Goal, {"title": "Ship it 🚀"}).title == "Ship it 🚀"

    @pytest.mark.parametrize(
        "literal", ["1." + "0" * 39 + "1", "0." + "0" * 60 + "1", "1" + "0" * 40 + ".5e-10"]
    )
    def test_long_float_literals_are_refused_in_json(self, literal: str) -> None:
        """The 40-character limit on number literals applies to floats, not only integers."""
        with pytest.raises(LoadError, match="not a valid number"):
            from_json(CheckIn, f'{{"on": "2027-02-01", "value": {literal}}}')

    def test_a_float_of_forty_characters_loads(self) -> None:
        """Exactly MAX_NUMBER_LENGTH characters is within the limit."""
        literal = "1." + "0" * 37 + "1"
        assert len(literal) == documents.MAX_NUMBER_LENGTH
        assert from_json(CheckIn, f'{{"on": "2027-02-01", "value": {literal}}}').value == 1.0

    @pytest.mark.parametrize("suffix", [".yaml", ".toml"])
    def test_long_float_literals_are_refused_in_yaml_and_toml(
        self, tmp_path: pathlib.Path, suffix: str
    ) -> None:
        """YAML and TOML floats have the same limit."""
        path = tmp_path / f"check-in{suffix}"
        separator = ": " if suffix == ".yaml" else " = "
        literal = "1." + "0" * 60 + "1"
        path.write_text(f"on{separator}2027-02-01\nvalue{separator}{literal}\n")
        with pytest.raises(LoadError, match="not a valid number"):
            load(path, CheckIn)

    @pytest.mark.parametrize("suffix", [".json", ".yaml", ".toml"])
    def test_two_byte_order_marks_are_refused_in_files(
        self, tmp_path: pathlib.Path, suffix: str
    ) -> None:
        """A file may start with one byte-order mark, never two."""
        body = {".json": '{"title": "x"}', ".yaml": "title: x\n", ".toml": 'title = "x"\n'}
        path = tmp_path / f"goal{suffix}"
        path.write_bytes(b"\xef\xbb\xbf" + body[suffix].encode())
        assert load(path, Goal).title == "x"
        path.write_bytes(b"\xef\xbb\xbf" * 2 + body[suffix].encode())
        with pytest.raises(LoadError, match="two byte-order marks"):
            load(path, Goal)

    @pytest.mark.parametrize(
        "text", ['\ufeff\ufeff{"title": "x"}', b'\xef\xbb\xbf\xef\xbb\xbf{"title": "x"}']
    )
    def test_two_byte_order_marks_are_refused_in_json_text(self, text: str | bytes) -> None:
        """from_json says what is wrong with two byte-order marks, for str and bytes."""
        with pytest.raises(LoadError, match="two byte-order marks"):
            from_json(Goal, text)


class TestYamlRules:
    """YAML: decimal numbers only, no raw control characters, one parser's results."""

    @pytest.mark.parametrize(
        "literal", ["1:20", "0x10", "0b101", "1_000", "017", "0o17", "1:20.5", "1_000.5"]
    )
    def test_yaml_1_1_number_forms_are_text(self, literal: str) -> None:
        """A plan never means 80 where a person wrote 1:20: such forms are read as text."""
        assert documents.parse_yaml(f"title: {literal}") == {"title": literal}
        assert from_dict(Goal, documents.parse_yaml(f"title: {literal}")).title == literal

    @pytest.mark.parametrize("literal", ["1:20", "0x10", "0b101", "1_000", "017"])
    def test_a_number_field_refuses_them_and_says_why(
        self, tmp_path: pathlib.Path, literal: str
    ) -> None:
        """target: 1:20 is a LoadError that says numbers are read in decimal only."""
        path = tmp_path / "kr.yaml"
        path.write_text(f"title: Talks\ntarget: {literal}\n")
        with pytest.raises(LoadError) as error:
            load(path, KeyResult)
        assert problems_of(error)["target"] == (
            f"expected a number, got text {literal!r} (goalkit reads numbers in decimal only)"
        )

    @pytest.mark.parametrize(
        ("literal", "value"),
        [
            ("12", 12),
            ("+12", 12),
            ("-3", -3),
            ("0", 0),
            ("1.5", 1.5),
            (".5", 0.5),
            ("1.5e+3", 1500.0),
        ],
    )
    def test_decimal_numbers_are_numbers(self, literal: str, value: float) -> None:
        """Decimal integers and floats keep their meaning (a leading + is allowed)."""
        assert documents.parse_yaml(f"target: {literal}") == {"target": value}

    @pytest.mark.parametrize(
        "literal", ["!!int 0x10", "!!int 1:20", "!!float 1:20.5", "!!float 1_0.0"]
    )
    def test_explicit_number_tags_are_decimal_too(self, literal: str) -> None:
        """An explicit !!int or !!float tag cannot bring the YAML 1.1 forms back."""
        with pytest.raises(LoadError, match="is not a decimal number"):
            documents.parse_yaml(f"target: {literal}")

    @pytest.mark.parametrize(
        "character", ["\x1b", "\x07", "\x00", "\x7f", "\x9b", "\ufffe", "\ufeff"]
    )
    def test_raw_control_characters_are_refused_with_their_place(self, character: str) -> None:
        """A pasted terminal colour code is a LoadError naming the character, line and column."""
        with pytest.raises(LoadError) as error:
            documents.parse_yaml(f"id: g\ntitle: Ship{character}[31m it\n")
        message = error.value.problems[0].message
        assert f"{character!r}" in message
        assert "line 2, column 12" in message
        assert character not in message

    def test_escaped_control_characters_are_text(self) -> None:
        """The same characters written as escapes in double quotes are read."""
        assert documents.parse_yaml('title: "Ship\\e[31m it"') == {"title": "Ship\x1b[31m it"}

    def test_the_non_specific_tag_is_text(self) -> None:
        """`!` means text whatever the scalar looks like, with either parser."""
        for c_parser in (False, True):
            assert documents.parse_yaml("a: ! 12\nb: !", c_parser=c_parser) == {"a": "12", "b": ""}

    @given(testing.plans(max_goals=3, max_key_results=2, max_check_ins=2))
    @settings(max_examples=30)
    def test_both_parsers_read_plans_alike(self, plan: Plan) -> None:
        """libyaml's parser and PyYAML's build the same data from any plan goalkit writes."""
        text = documents.write_yaml(to_dict(plan))
        assert documents.parse_yaml(text, c_parser=True) == documents.parse_yaml(
            text, c_parser=False
        )

    def test_the_c_parser_is_used_when_available(self) -> None:
        """With libyaml, loads use it: several times faster than PyYAML's own parser."""
        from goalkit._serialize import yaml_loader

        assert yaml_loader.C_LOADER_AVAILABLE
        loader = yaml_loader.make_loader("title: x")
        try:
            assert type(loader) is yaml_loader.StrictCLoader
        finally:
            loader.dispose()

    def test_documents_over_the_yaml_limits_are_refused(self, tmp_path: pathlib.Path) -> None:
        """YAML has its own size and node limits, below the JSON limit, whatever max_size says."""
        path = tmp_path / "goal.yaml"
        path.write_text("title: x\ndescription: " + "y" * documents.MAX_YAML_SIZE + "\n")
        with pytest.raises(LoadError, match="the limit for YAML is 4194304"):
            load(path, Goal)
        path.write_text("title: x\ntags: [" + ",".join(["a"] * documents.MAX_YAML_NODES) + "]\n")
        with pytest.raises(LoadError, match="more than 250,000 YAML values"):
            load(path, Goal)


class TestProblemBudget:
    """Explaining a failed load costs as much as MAX_PROBLEMS problems, however many there are."""

    def test_the_cap_is_global_not_per_array(self) -> None:
        """Nested arrays wrong everywhere stop at MAX_PROBLEMS in all, not 100 per array."""
        key_result = {"title": "t", "target": 1, "check_ins": [{}] * 100}
        document = {"title": "g", "key_results": [key_result] * 100}
        with pytest.raises(LoadError) as error:
            from_dict(Goal, document)
        problems = error.value.problems
        assert len(problems) == _serialize.MAX_PROBLEMS
        assert problems[0].path == "key_results[0].check_ins[0].on"

    def test_the_explanation_allocates_little(self) -> None:
        """10,000 wrong check-ins: the detailed pass keeps only what it reports."""
        import tracemalloc

        key_result = {"title": "t", "target": 1, "check_ins": [{"on": "x", "value": "y"}] * 100}
        document = {"title": "g", "key_results": [key_result] * 100}
        tracemalloc.start()
        try:
            with pytest.raises(LoadError):
                from_dict(Goal, document)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 5_000_000

    def test_a_million_unknown_keys_are_listed_in_order(self) -> None:
        """Unknown keys are reported in order, at most MAX_PROBLEMS, without sorting them all."""
        document = {"title": "x", **{f"k{n:07d}": 1 for n in range(200_000)}}
        with pytest.raises(LoadError) as error:
            from_dict(Goal, document)
        paths = [problem.path for problem in error.value.problems]
        assert paths == [f"k{n:07d}" for n in range(_serialize.MAX_PROBLEMS)]


class TestAtomicWrites:
    """dump (and the command's -o) write through one helper that names the target (issue 14)."""

    @pytest.fixture(autouse=True)
    def _sweep_every_time(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from goalkit._serialize import files

        monkeypatch.setattr(files, "_swept", {}, raising=False)

    def test_an_error_names_the_target_not_the_temporary_file(
        self, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A full disk is reported for plan.json, with its errno, never for .plan.json.*.tmp."""
        path = tmp_path / "plan.json"
        path.write_text("old")
        real_fsync = os.fsync

        def full(descriptor: int) -> None:
            real_fsync(descriptor)
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(OSError, match="No space left on device") as error:
            dump(a_plan(), path)
        assert error.value.errno == 28
        assert error.value.filename == str(path)
        assert ".tmp" not in str(error.value)
        assert path.read_text() == "old"
        assert os.listdir(tmp_path) == ["plan.json"]

    def test_a_read_only_folder_names_the_target(
        self, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Permission refused when creating the temporary file is reported for the target."""
        real_open = os.open

        def refuse(path: Any, *args: Any, **kwargs: Any) -> int:
            if str(path).endswith(".tmp"):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
        with pytest.raises(PermissionError) as error:
            dump(a_plan(), tmp_path / "plan.yaml")
        assert error.value.filename == str(tmp_path / "plan.yaml")

    def test_stale_temporaries_of_the_target_are_removed(self, tmp_path: pathlib.Path) -> None:
        """Temporary files of killed writers (old, or their writer gone) go on the next write."""
        path = tmp_path / "plan.json"
        old = tmp_path / ".plan.json.0123456789ab.tmp"  # goalkit 0.1's names carry no process id
        orphan = tmp_path / f".plan.json.{2**22 + 12345}.abcdefabcdef.tmp"  # no such process
        for leftover in (old, orphan):
            leftover.write_text("{half a plan")
        os.utime(old, (0, 0))
        two_minutes_ago = time.time() - 120
        os.utime(orphan, (two_minutes_ago, two_minutes_ago))
        dump(a_plan(), path)
        assert sorted(os.listdir(tmp_path)) == ["plan.json"]

    def test_only_our_stale_temporaries_are_removed(self, tmp_path: pathlib.Path) -> None:
        """Fresh files, live writers, other names, links and folders are left alone."""
        live = tmp_path / f".plan.json.{os.getppid()}.abcdefabcdef.tmp"  # the writer still runs
        fresh = tmp_path / ".plan.json.99999999.abcdefabcdef.tmp"  # gone, but only just
        other_target = tmp_path / ".other.json.0123456789ab.tmp"
        not_ours = tmp_path / ".plan.json.backup.tmp"
        folder = tmp_path / ".plan.json.0123456789ac.tmp"
        link = tmp_path / ".plan.json.0123456789ad.tmp"
        victim = tmp_path / "victim.txt"
        for keep in (live, fresh, other_target, not_ours, victim):
            keep.write_text("keep")
        folder.mkdir()
        link.symlink_to(victim)
        for keep in (live, other_target, not_ours, folder, victim):
            os.utime(keep, (0, 0))
        os.utime(link, (0, 0), follow_symlinks=False)
        a_while_ago = time.time() - 120
        os.utime(live, (a_while_ago, a_while_ago))
        dump(a_plan(), tmp_path / "plan.json")
        kept = {live, fresh, other_target, not_ours, folder, link, victim}
        assert set(tmp_path.iterdir()) == kept | {tmp_path / "plan.json"}
        assert victim.read_text() == "keep"

    def test_a_symlink_is_replaced_by_default(self, tmp_path: pathlib.Path) -> None:
        """By default the link itself is replaced by a regular file; what it pointed to is kept."""
        real = tmp_path / "real.json"
        real.write_text("real")
        link = tmp_path / "plan.json"
        link.symlink_to(real)
        dump(a_plan(), link)
        assert not link.is_symlink()
        assert load(link) == a_plan()
        assert real.read_text() == "real"

    def test_follow_symlinks_writes_through_the_link(self, tmp_path: pathlib.Path) -> None:
        """follow_symlinks=True writes the file the link points to, atomically; the link stays."""
        shared = tmp_path / "shared"
        shared.mkdir()
        real = shared / "ana.json"
        real.write_text("old")
        link = tmp_path / "plan.json"
        link.symlink_to(real)
        dump(a_plan(), link, follow_symlinks=True)
        assert link.is_symlink()
        assert load(real) == a_plan()
        assert os.listdir(shared) == ["ana.json"]

    def test_follow_symlinks_is_a_boolean(self, tmp_path: pathlib.Path) -> None:
        """A wrong type for follow_symlinks is the usual argument error."""
        with pytest.raises(ValidationError, match=r"dump\.follow_symlinks: expected True or False"):
            dump(a_plan(), tmp_path / "plan.json", follow_symlinks="yes")  # type: ignore[arg-type]


def test_version_1_documents_load_as_the_same_plans() -> None:
    """A plan written before the mentoring rhythm (version 1) loads unchanged: no agreements,
    committed goals, an open plan; written again, it is a version 2 document."""
    from goalkit import Ambition

    version_1 = {
        "schema_version": 1,
        "mentee": {"name": "Ana Diaz", "id": "ana"},
        "mentor": {"name": "Sam Okafor", "id": "sam"},
        "id": "plan-ana",
        "goals": [
            {
                "title": "Give five presentations in the next three months",
                "id": "g-talks",
                "start": "2027-01-04",
                "due": "2027-04-02",
                "key_results": [
                    {
                        "title": "Presentations given",
                        "target": 5,
                        "id": "kr-talks",
                        "check_ins": [{"on": "2027-01-25", "value": 1}],
                    }
                ],
            }
        ],
    }
    plan = from_dict(Plan, version_1)
    goal = plan.goal("g-talks")
    assert (goal.agreements, goal.ambition, goal.outcome, goal.carried_from) == (
        (),
        Ambition.COMMITTED,
        None,
        None,
    )
    assert (plan.closed_on, plan.closing_notes) == (None, "")
    written = to_dict(plan)
    assert written["schema_version"] == SCHEMA_VERSION == 2
    assert {key: value for key, value in written.items() if key != "schema_version"} == {
        key: value for key, value in version_1.items() if key != "schema_version"
    }
    assert from_json(Plan, json.dumps(version_1)) == plan


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["goals"][0].update(agreements=[{"by": 5, "on": "2027-01-01"}]),
            "goals[0].agreements[0].by: expected text, got the number 5",
        ),
        (
            lambda d: d["goals"][0].update(agreements=[{"by": "ana"}]),
            "goals[0].agreements[0].on: missing: expected a date (YYYY-MM-DD)",
        ),
        (
            lambda d: d["goals"][0].update(ambition="stretch"),
            "goals[0].ambition: expected one of 'committed', 'aspirational', got text 'stretch'",
        ),
        (
            lambda d: d["goals"][0].update(outcome="won"),
            "goals[0].outcome: expected one of 'achieved', 'partial', 'missed', 'dropped'",
        ),
        (
            lambda d: d.update(closed_on="2027-13-01"),
            "closed_on: expected a calendar date as YYYY-MM-DD, got text '2027-13-01'",
        ),
        (lambda d: d.update(closing_notes=None), "closing_notes: expected text, got null"),
    ],
)
def test_the_rhythms_fields_are_loaded_strictly(change: Any, problem: str) -> None:
    """Agreements, ambition, outcome and the closing fields get the same precise errors."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "mentee": {"name": "Ana", "id": "ana"},
        "id": "p",
        "goals": [{"title": "Give five talks", "id": "g"}],
    }
    change(document)
    with pytest.raises(LoadError) as error:
        from_dict(Plan, document)
    assert problem in str(error.value)
