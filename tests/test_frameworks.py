"""goalkit's model classes in pydantic and FastAPI: validated by goalkit's loader, described
by goalkit's schema."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Annotated, Any

import pytest
from hypothesis import given, settings

import goalkit
from goalkit import (
    CheckIn,
    Goal,
    KeyResult,
    LoadError,
    Plan,
    example_plan,
    from_dict,
    json_schema,
    to_dict,
)
from goalkit._serialize import MODEL_CLASSES
from goalkit._serialize.frameworks import path_segments, pydantic_json_schema
from goalkit.testing import plans

pydantic = pytest.importorskip("pydantic")
fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

#: A day that is not in the calendar.
DAY = "2027-02-30"


# ------------------------------------------------------------------ pydantic


class Mentoring(pydantic.BaseModel):
    """A pydantic model with goalkit fields, as an app would write one."""

    plan: Plan
    focus: Goal | None = None
    check_ins: list[CheckIn] = pydantic.Field(default_factory=list)


def _problems(cls: type, document: Any) -> list[tuple[tuple[str | int, ...], str, str]]:
    with pytest.raises(LoadError) as caught:
        from_dict(cls, document)
    return [(path_segments(p.path), p.code, p.message) for p in caught.value.problems]


def test_every_model_class_is_a_pydantic_type() -> None:
    """TypeAdapter works for each model class: it validates a document and writes one back."""
    plan = example_plan()
    samples = {
        "Plan": plan,
        "Goal": plan.goals[0],
        "KeyResult": plan.goals[0].key_results[0],
        "CheckIn": plan.goals[0].key_results[0].check_ins[0],
    }
    for cls in MODEL_CLASSES:
        adapter = pydantic.TypeAdapter(cls)
        assert adapter.json_schema()["type"] == "object"
        if cls.__name__ in samples:
            value = samples[cls.__name__]
            assert adapter.validate_python(to_dict(value)) == value
            assert adapter.validate_json(goalkit.to_json(value)) == value
            assert json.loads(adapter.dump_json(value)) == to_dict(value)


def test_an_object_of_the_class_passes_as_it_is() -> None:
    """A Goal given to a pydantic model is kept, not rebuilt."""
    goal = example_plan().goals[0]
    assert pydantic.TypeAdapter(Goal).validate_python(goal) is goal


def test_pydantic_reports_goalkits_problems() -> None:
    """The same paths, codes and messages as the loader's, with the field's place in the model."""
    bad = {"title": "Talk", "weight": "2", "due": "2027-02-30", "key_results": [{"title": "x"}]}
    with pytest.raises(pydantic.ValidationError) as caught:
        Mentoring.model_validate({"plan": to_dict(example_plan()), "focus": bad})
    errors = [(e["loc"], e["type"], e["msg"]) for e in caught.value.errors()]
    expected = [(("focus", *loc), code, message) for loc, code, message in _problems(Goal, bad)]
    assert errors == expected
    assert [error[1] for error in errors] == ["format", "type", "missing"]


def test_a_model_rule_is_reported_with_its_code() -> None:
    """A rule JSON Schema cannot express (due before start) reaches pydantic as goalkit says it."""
    bad = {"title": "Talk", "start": "2027-03-01", "due": "2027-01-31"}
    with pytest.raises(pydantic.ValidationError) as caught:
        pydantic.TypeAdapter(Goal).validate_python(bad)
    (error,) = caught.value.errors()
    assert (error["loc"], error["type"]) == (("due",), "due_before_start")
    assert error["msg"] == "expected a date on or after start (2027-03-01), got '2027-01-31'"


def test_pydantic_errors_never_echo_megabytes() -> None:
    """The input pydantic reports is an excerpt, as goalkit's messages quote only excerpts."""
    with pytest.raises(pydantic.ValidationError) as caught:
        pydantic.TypeAdapter(Goal).validate_python({"title": "Talk", "weight": "9" * 1_000_000})
    (error,) = caught.value.errors()
    assert len(str(error["input"])) < 100
    assert len(str(caught.value)) < 1_000


def test_messages_with_braces_are_kept_as_written() -> None:
    """A key with braces in it is quoted, not read as a message template."""
    with pytest.raises(pydantic.ValidationError) as caught:
        pydantic.TypeAdapter(Goal).validate_python({"title": "Talk", "{weight}": 1})
    (error,) = caught.value.errors()
    assert error["loc"] == ("{weight}",)
    assert error["type"] == "unknown_key"


@settings(max_examples=25, deadline=None)
@given(plans())
def test_any_valid_plan_round_trips_through_pydantic(plan: Plan) -> None:
    """pydantic validates what goalkit writes, and writes back exactly that."""
    adapter = pydantic.TypeAdapter(Plan)
    assert adapter.validate_json(adapter.dump_json(plan)) == plan


def test_python_mode_keeps_the_object() -> None:
    """model_dump keeps a goalkit object as it is, as it keeps a date; JSON mode writes it."""
    plan = example_plan()
    model = Mentoring(plan=plan)
    assert model.model_dump()["plan"] is plan
    assert model.model_dump(mode="json")["plan"] == to_dict(plan)


def test_the_json_schema_is_goalkits() -> None:
    """pydantic describes a goalkit class with goalkit's schema, references inlined."""
    schema = pydantic.TypeAdapter(KeyResult).json_schema()
    assert schema == pydantic_json_schema(KeyResult)
    own = json_schema(KeyResult)
    assert schema["properties"]["title"] == own["properties"]["title"]
    assert schema["properties"]["check_ins"]["items"] == own["$defs"]["CheckIn"]
    assert "$ref" not in json.dumps(schema)


def test_pydantic_is_not_imported_by_goalkit() -> None:
    """Importing goalkit and using it does not import pydantic: it is not a dependency."""
    code = (
        "import sys, goalkit; goalkit.from_dict(goalkit.Goal, {'title': 'x'});"
        "goalkit.json_schema(goalkit.Goal);"
        "print('pydantic' in sys.modules, 'pydantic_core' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"], result.stderr


# ------------------------------------------------------------------- FastAPI


def make_app() -> Any:
    """A small mentoring API: goals in and out, and a plan's report."""
    app = fastapi.FastAPI(title="Mentoring")
    store: dict[str, Goal] = {}

    @app.post("/goals", status_code=201)
    def create_goal(goal: Annotated[Goal, fastapi.Body()]) -> Goal:
        store[goal.id] = goal
        return goal

    @app.get("/goals/{goal_id}")
    def read_goal(goal_id: str) -> Goal:
        return store[goal_id]

    @app.post("/mentoring")
    def mentoring(body: Mentoring) -> Mentoring:
        return body

    return app


@pytest.fixture
def client() -> TestClient:
    return TestClient(make_app())


def test_a_goal_round_trips_through_fastapi(client: TestClient) -> None:
    """POST a goal, GET it back: the document goalkit writes, unchanged."""
    goal = example_plan().goals[0]
    created = client.post("/goals", json=to_dict(goal))
    assert created.status_code == 201
    assert created.json() == to_dict(goal)
    fetched = client.get(f"/goals/{goal.id}")
    assert from_dict(Goal, fetched.json()) == goal


def test_a_pydantic_model_with_goalkit_fields_round_trips(client: TestClient) -> None:
    """A request model holding a Plan and check-ins comes back as it went."""
    plan = example_plan()
    body = {"plan": to_dict(plan), "check_ins": [{"on": "2027-01-04", "value": 3}]}
    response = client.post("/mentoring", json=body)
    assert response.status_code == 200
    assert response.json() == {**body, "focus": None}


def test_bad_input_is_a_422_with_goalkits_paths_messages_and_codes(client: TestClient) -> None:
    """Each problem the loader finds is one entry of FastAPI's 422 detail, at its path."""
    bad = {
        "title": "Give five talks",
        "due": DAY,
        "weight": "2",
        "key_results": [{"title": "Talks given", "target": "5"}],
    }
    response = client.post("/goals", json=bad)
    assert response.status_code == 422
    detail = [(e["loc"], e["type"], e["msg"]) for e in response.json()["detail"]]
    assert detail == [
        (
            ["body", "due"],
            "format",
            "expected a calendar date as YYYY-MM-DD, got text '2027-02-30'",
        ),
        (["body", "weight"], "type", "expected a number, got text '2'"),
        (["body", "key_results", 0, "target"], "type", "expected a number, got text '5'"),
    ]


def test_a_rule_between_fields_is_a_422_too(client: TestClient) -> None:
    """Duplicate ids inside a goal: a rule no schema states, reported with its code."""
    key_result = {"title": "Talks given", "target": 5, "id": "kr"}
    response = client.post(
        "/goals", json={"title": "Talk", "key_results": [key_result, key_result]}
    )
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body", "key_results", 1, "id"]
    assert error["type"] == "duplicate_id"


def test_a_nested_goalkit_field_reports_its_full_path(client: TestClient) -> None:
    """Inside a pydantic model, the loc runs from the body through the field to the problem."""
    document = to_dict(example_plan())
    document["goals"][1]["key_results"][0]["check_ins"][0]["confidence"] = 11
    response = client.post("/mentoring", json={"plan": document})
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == [
        "body",
        "plan",
        "goals",
        1,
        "key_results",
        0,
        "check_ins",
        0,
        "confidence",
    ]
    assert error["type"] == "range"


def test_openapi_describes_goals_with_goalkits_schema(client: TestClient) -> None:
    """openapi.json carries goalkit's Goal schema, and the routes refer to it."""
    openapi = client.get("/openapi.json").json()
    components = openapi["components"]["schemas"]
    # FastAPI writes OpenAPI without null values: a "default": null goes, nothing else.
    assert components["Goal"] == _without_null_defaults(pydantic_json_schema(Goal))
    assert components["Plan"] == _without_null_defaults(pydantic_json_schema(Plan))
    post = openapi["paths"]["/goals"]["post"]
    request = post["requestBody"]["content"]["application/json"]["schema"]
    assert request == {"$ref": "#/components/schemas/Goal"}
    assert post["responses"]["201"]["content"]["application/json"]["schema"] == request


def _without_null_defaults(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            key: _without_null_defaults(value)
            for key, value in schema.items()
            if not (key == "default" and value is None)
        }
    if isinstance(schema, list):
        return [_without_null_defaults(value) for value in schema]
    return schema
