"""from_json's fast path agrees with the detailed path: same documents accepted, same objects.

The fast path (`goalkit._serialize.fast`) checks a document's types and
invariants in one pass and builds check-ins, key results, milestones and
reviews without running their constructors' checks again. Its promise: it
accepts exactly the documents the detailed path accepts, builds equal
objects, and declines everything else, so that `from_json` reports the
detailed path's problems, unchanged. These properties hold it to that on
valid documents and on documents broken one edit at a time (wrong types,
out-of-range values, blank text, shared ids, missing, unknown and
duplicate keys, nested objects where arrays belong).
"""

from __future__ import annotations

import collections
import copy
import datetime
import itertools
import json
import pathlib
import tempfile
from collections.abc import Iterator
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from goalkit import (
    SCHEMA_VERSION,
    CheckIn,
    Goal,
    KeyResult,
    LoadError,
    Milestone,
    Person,
    Plan,
    Review,
    Revision,
    from_dict,
    from_json,
    load,
    testing,
    to_json,
)
from goalkit._model import checks
from goalkit._serialize import fast
from goalkit._serialize.documents import parse_json
from goalkit._serialize.structure import _FAST, _fast_load, structure

_fast_data = _FAST.data

# The same small strategies as the serializer tests: every model class, with its class.
from test_serialize import ANY_OBJECT  # noqa: E402

# --------------------------------------------------------- documents as pairs


class Obj(list[tuple[str, Any]]):
    """A JSON object as its list of (key, value) pairs: it can hold a key twice."""


class Raw(str):
    """JSON text written as it is: 1e999 (infinity), a lone-surrogate escape."""

    __slots__ = ()


def pairs_of(text: str) -> Any:
    return json.loads(text, object_pairs_hook=Obj)


def write(node: Any) -> str:
    if isinstance(node, Obj):
        return "{" + ",".join(f"{json.dumps(key)}:{write(value)}" for key, value in node) + "}"
    if isinstance(node, list):
        return "[" + ",".join(write(value) for value in node) + "]"
    if isinstance(node, Raw):
        return str(node)
    return json.dumps(node, ensure_ascii=False)


def places(node: Any) -> Iterator[tuple[list[Any], int]]:
    """Every (container, index) in *node*: an object's pair or an array's item."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield node, index
            yield from places(item[1] if isinstance(node, Obj) else item)


def value_at(container: list[Any], index: int) -> Any:
    return container[index][1] if isinstance(container, Obj) else container[index]


def put(container: list[Any], index: int, value: Any) -> None:
    if isinstance(container, Obj):
        container[index] = (container[index][0], value)
    else:
        container[index] = value


#: Values that break a type, a limit or an invariant somewhere in the format (fresh copies:
#: the edits below change containers in place).
ODD_VALUES = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        1,
        -1,
        3,
        5,
        10,
        11,
        0.5,
        -0.5,
        2.0,
        10**15,
        10**15 + 1,
        1e16,
        -1e16,
        Raw("1e999"),
        Raw('"\\ud800"'),
        "",
        " ",
        "x",
        " x",
        "Café",
        "2027-01-31",
        "2027-02-30",
        "20270131",
        "2027-01-31T00:00",
        "increase",
        "decrease",
        "at_least",
        "one_on_one",
        "active",
        "month",
        "x" * 100_001,
        Obj(),
        Obj([("a", 1)]),
        [],
        ["x"],
        [1, 2],
    ]
).map(copy.deepcopy)


@st.composite
def broken(draw: st.DrawFn, text: str) -> str:
    """*text* after one to three edits, each of which may or may not break the document."""
    document = pairs_of(text)
    for _ in range(draw(st.integers(1, 3))):
        spots = list(places(document))
        edit = draw(st.sampled_from(["replace", "copy", "delete", "duplicate", "unknown"]))
        if not spots:
            break
        container, index = draw(st.sampled_from(spots))
        if edit == "replace":
            put(container, index, draw(ODD_VALUES))
        elif edit == "copy":  # another value of the same document: shared ids, swapped dates
            other = draw(st.sampled_from(spots))
            put(container, index, copy.deepcopy(value_at(*other)))
        elif edit == "delete":
            del container[index]
        elif edit == "duplicate" and isinstance(container, Obj):
            key = container[index][0]
            container.insert(draw(st.integers(0, len(container))), (key, draw(ODD_VALUES)))
        elif edit == "unknown" and isinstance(container, Obj):
            container.append((draw(st.sampled_from(["staus", "notes ", "ID", "x"])), 1))
    if isinstance(document, Obj) and draw(st.booleans()):
        document.reverse()  # key order never matters
    return write(document)


# ---------------------------------------------------------------- the paths


def _counter_ids() -> Any:
    """Random bytes replaced by a counter, so that generated ids are the same on both paths."""
    numbers = itertools.count(1)
    return mock.patch.object(
        checks, "urandom", side_effect=lambda size: next(numbers).to_bytes(size, "big")
    )


def fast_path(cls: type, text: str) -> Any:
    """What the fast path builds, or None when it declines."""
    with _counter_ids():
        try:
            return _fast_load(cls, text)
        except Exception:
            return None


def detailed_path(cls: type, text: str) -> Any:
    """What the detailed path builds, or the LoadError it raises."""
    with _counter_ids():
        try:
            return structure(cls, parse_json(text), None)
        except LoadError as error:
            return error


def public(cls: type, text: str) -> Any:
    with _counter_ids():
        try:
            return from_json(cls, text)
        except LoadError as error:
            return error


def assert_agree(cls: type, text: str) -> str:
    """The fast path accepts exactly what the detailed path accepts, and builds equal objects;
    from_json's problems are the detailed path's."""
    quick = fast_path(cls, text)
    detailed = detailed_path(cls, text)
    if isinstance(detailed, LoadError):
        assert quick is None, f"the fast path accepted what the detailed path refuses: {detailed}"
        outcome = public(cls, text)
        assert isinstance(outcome, LoadError)
        assert outcome.problems == detailed.problems
        assert str(outcome) == str(detailed)
        return "refused"
        assert quick is not None, "the fast path declined a valid document"
        assert type(quick) is type(detailed)
        assert quick == detailed
        assert to_json(quick) == to_json(detailed)
        assert public(cls, text) == detailed
    return "accepted"


# ------------------------------------------------------------------ properties


@given(ANY_OBJECT)
def test_valid_documents_take_the_fast_path_to_equal_objects(pair: tuple[type, Any]) -> None:
    """Every valid document of every class takes the fast path and builds what was written."""
    cls, obj = pair
    text = to_json(obj)
    assert fast_path(cls, text) == obj
    assert_agree(cls, text)


@settings(max_examples=400)
@given(st.data())
def test_broken_documents_are_refused_by_both_paths_alike(data: st.DataObject) -> None:
    """After random edits, the fast path accepts a document exactly when the detailed path does."""
    cls, obj = data.draw(ANY_OBJECT)
    text = data.draw(broken(to_json(obj)))
    event(assert_agree(cls, text))


@settings(max_examples=200)
@given(st.data())
def test_broken_check_ins_are_refused_by_both_paths_alike(data: st.DataObject) -> None:
    """Check-ins, built without their constructor, are held to every check the constructor makes."""
    key_result = data.draw(testing.key_results(max_check_ins=4))
    text = data.draw(broken(to_json(key_result)))
    event(assert_agree(KeyResult, text))


# -------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    "text",
    [
        '{"on": "2027-02-01", "value": 3}',
        '{"on": "2027-02-01", "value": 3, "value": 3}',
        '{"on": "2027-02-01", "value": true}',
        '{"on": "2027-02-01", "value": 1e999}',
        '{"on": "2027-02-01", "value": 1, "confidence": 11}',
        '{"on": "2027-02-01", "value": 1, "confidence": 7.0}',
        '{"on": "2027-02-01", "value": 1, "note": null}',
        '{"on": "2027-02-01", "value": 1, "by": "\\ud800"}',
        '{"on": "2027-02-01", "value": 1, "mood": "good"}',
        '{"on": "2027-02-30", "value": 1}',
        '{"on": ["2027-02-01"], "value": 1}',
        '[["on", "2027-02-01"], ["value", 1]]',
        '{"value": 1, "on": "2027-02-01"}',
        '{"on": "2027-02-01", "value": 1.000000000000000000000000000000000000000001}',
        '{"on": "2027-02-01", "value": 1.0000000000000000000000000000000000001}',
        '{"on": "2027-02-01", "on": "2027-02-01"}',
        '{"on": "2027-02-01", "value": 1, "confidence": 3, "note": "", "by": null}',
        '{"by": null, "on": "2027-02-01", "value": 1, "confidence": 3, "note": ""}',
        '{"on": "2027-02-01", "value": 1, "confidence": 3, "note": "", "note": "x"}',
        '{"on": "2027-02-01", "value": 1, "confidence": 3, "note": "", "bye": null}',
        '{"on": "2027-02-01", "value": 1, "confidence": 3, "note": 5, "by": null}',
        '{"on": "2027-02-01", "value": 1, "confidence": null, "note": "", "by": " "}',
    ],
)
def test_check_in_examples_agree(text: str) -> None:
    """A check-in's duplicate keys, bools for numbers, infinity, ranges and surrogates, alike."""
    assert_agree(CheckIn, text)


@pytest.mark.parametrize(
    "document",
    [
        {"title": "Talks given", "target": 5},
        {"title": "Talks given", "target": 0},
        {"title": "Overtime hours", "target": 4, "baseline": 12, "direction": "increase"},
        {"title": "Overtime hours", "target": 4, "baseline": 12, "direction": None},
        {"title": "Stay above 4", "target": 4, "baseline": 4, "direction": "at_least"},
        {"title": "  ", "target": 5},
        {"title": "Talks given", "target": 5, "weight": -1},
        {"title": "Talks given", "target": 5, "id": " kr"},
        {"title": "Talks given", "target": 5, "check_ins": {}},
        {
            "title": "Talks given",
            "target": 5,
            "check_ins": [{"on": "2027-03-01", "value": 2}, {"on": "2027-02-01", "value": 1}],
        },
    ],
)
def test_key_result_examples_agree(document: dict[str, Any]) -> None:
    """Inferred and contradicting directions, blank titles, weights, ids, check-in order, alike."""
    assert_agree(KeyResult, json.dumps(document))


def test_an_empty_object_is_never_an_array() -> None:
    """Objects arrive as tuples of pairs on the fast path: {} where an array belongs is refused."""
    document = {"held_on": "2027-03-01", "next_steps": {}, "id": "r-1"}
    assert_agree(Review, json.dumps(document))
    with pytest.raises(LoadError, match="next_steps"):
        from_json(Review, json.dumps(document))


def test_a_plan_at_another_version_takes_the_detailed_path() -> None:
    """Missing, older, newer or doubled schema_version: the detailed path decides and explains."""
    text = to_json(Plan(mentee=Person(name="Ana", id="ana"), id="plan-ana"))
    current = f'"schema_version":{SCHEMA_VERSION},'
    assert current in text
    older, newer = SCHEMA_VERSION - 1, SCHEMA_VERSION + 1
    for version in (
        "",
        f'"schema_version": {newer},',
        f'"schema_version": {older},',
        '"schema_version": 0,',
        '"schema_version": true,',
    ):
        edited = text.replace(current, version)
        assert fast_path(Plan, edited) is None
        assert_agree(Plan, edited)
    doubled = text.replace(current, current + current)
    assert_agree(Plan, doubled)


def test_the_fast_path_knows_every_field_of_the_classes_it_builds() -> None:
    """A field added to a class the fast path assembles fails here before it is left unset."""
    assert tuple(f.name for f in attrs.fields(CheckIn)) == fast._CHECK_IN_FIELDS
    assert tuple(f.name for f in attrs.fields(KeyResult)) == fast._KEY_RESULT_FIELDS
    assert tuple(f.name for f in attrs.fields(Milestone)) == fast._MILESTONE_FIELDS
    assert tuple(f.name for f in attrs.fields(Review)) == fast._REVIEW_FIELDS


def test_a_default_id_is_generated_on_the_fast_path() -> None:
    """Without an id, the fast path draws a fresh one, as the constructors do."""
    milestone = from_json(Milestone, '{"title": "First talk", "due": "2027-02-15"}')
    assert milestone.id.startswith("m-")
    assert milestone.due == datetime.date(2027, 2, 15)


@settings(max_examples=100)
@given(st.data())
def test_json_files_load_as_the_text_does(data: st.DataObject) -> None:
    """load(path) takes the same one-pass path for .json files: same objects, same problems."""
    cls, obj = data.draw(ANY_OBJECT)
    text = data.draw(broken(to_json(obj)) | st.just(to_json(obj)))
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "document.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        with _counter_ids():
            try:
                loaded = load(path, cls)
            except LoadError as error:
                loaded = error
    expected = public(cls, text)
    if isinstance(expected, LoadError):
        assert isinstance(loaded, LoadError)
        assert loaded.problems == expected.problems
        assert loaded.source == str(path)
    else:
        assert loaded == expected


# ------------------------------------------------------------ plain data (from_dict)


def data_paths(cls: type, data: Any) -> tuple[Any, Any, Any]:
    """(fast path on data or None, the detailed path's object or LoadError, from_dict's)."""
    with _counter_ids():
        try:
            quick = _fast_data(cls, data)
        except Exception:
            quick = None
    with _counter_ids():
        try:
            detailed = structure(cls, data, None)
        except LoadError as error:
            detailed = error
    with _counter_ids():
        try:
            outcome = from_dict(cls, data)
        except LoadError as error:
            outcome = error
    return quick, detailed, outcome


@settings(max_examples=300)
@given(st.data())
def test_plain_data_takes_the_fast_path_exactly_when_valid(data: st.DataObject) -> None:
    """from_dict: the fast path accepts current documents exactly when the detailed path does."""
    cls, obj = data.draw(ANY_OBJECT)
    text = data.draw(broken(to_json(obj)) | st.just(to_json(obj)))
    try:
        document = json.loads(text)  # keeps the last of duplicate keys, as a dict does
    except ValueError:
        return
    quick, detailed, outcome = data_paths(cls, document)
    # A plan of another schema_version (an older one is migrated), or of the current one
    # written as a float (2.0, which JSON Schema calls 2), takes the detailed path by design.
    versioned = cls is Plan and isinstance(document, dict)
    version = document.get("schema_version") if versioned else None
    other_version = versioned and not (type(version) is int and version == SCHEMA_VERSION)
    if isinstance(detailed, LoadError):
        event("refused")
        assert quick is None
        assert isinstance(outcome, LoadError)
        assert outcome.problems == detailed.problems
    elif other_version:
        event("accepted after migration")
        assert quick is None
        assert detailed == outcome
    else:
        event("accepted")
        assert quick == detailed == outcome
        assert to_json(quick) == to_json(detailed)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (CheckIn, {"on": datetime.date(2027, 2, 1), "value": 1}),
        (CheckIn, {"on": datetime.datetime(2027, 2, 1, 9, 0), "value": 1}),
        (CheckIn, {"on": "2027-02-01", "value": 1, "note": "\ud800"}),
        (Review, {"held_on": "2027-03-01", "next_steps": ("Book a slot",)}),
        (Review, {"held_on": "2027-03-01", "next_steps": []}),
        (
            KeyResult,
            {"title": "Talks", "target": 5, "check_ins": ({"on": "2027-02-01", "value": 1},)},
        ),
        (Person, collections.OrderedDict(name="Ana", id="ana")),
        (
            Goal,
            {"title": "Learn SQL", "key_results": [collections.OrderedDict(title="x", target=1)]},
        ),
        (Revision, {"on": "2027-02-01", "reason": "Moved", "changes": {"weight": (1, 2)}}),
        (Revision, {"on": "2027-02-01", "reason": "Moved", "changes": {"weight": [1, 2]}}),
        (Person, {"name": "Ana", 1: "ana"}),
    ],
)
def test_plain_data_examples_agree(cls: type, data: Any) -> None:
    """Native dates, datetimes, tuples, dict subclasses, surrogates, non-text keys: alike."""
    quick, detailed, outcome = data_paths(cls, data)
    if isinstance(detailed, LoadError):
        assert quick is None
        assert isinstance(outcome, LoadError)
        assert outcome.problems == detailed.problems
    else:
        assert detailed == outcome
        assert quick in (None, detailed)  # tuples and dict subclasses take the detailed path
