"""Plans as tables: `records`, `TABLES`, `columns`, `to_pandas` and `to_arrow`."""

from __future__ import annotations

import datetime
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import goalkit
from goalkit import TABLES, columns, records, to_arrow, to_pandas
from goalkit._tables.columns import PYTHON_TYPES
from goalkit.testing import plans

REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "reference" / "tables.md"
AS_OF = datetime.date(2026, 11, 13)

#: The tables computed as of one day (today without as_of); the others hold everything recorded.
DAY_TABLES = ("progress", "agenda")

#: The column that holds each table's own id (check-ins, revisions, agreements have positions).
OWN_ID = {
    "plans": "plan_id",
    "goals": "goal_id",
    "key_results": "key_result_id",
    "milestones": "milestone_id",
    "reviews": "review_id",
}


@pytest.fixture(scope="module")
def plan() -> goalkit.Plan:
    return goalkit.example_plan()


def many_plans(*, max_size: int = 3) -> st.SearchStrategy[list[goalkit.Plan]]:
    """Lists of plans with distinct ids, as a programme holds them."""
    return st.lists(plans(max_goals=4, max_check_ins=3), max_size=max_size).map(
        lambda drawn: [attrs.evolve(p, id=f"plan-{index}") for index, p in enumerate(drawn)]
    )


def counts(plans: Iterable[goalkit.Plan], day: datetime.date | None = None) -> dict[str, int]:
    """How many rows each table should have, counted from the plans themselves (agenda on *day*)."""
    plans = list(plans)
    goals = [goal for plan in plans for goal in plan.goals]
    return {
        "plans": len(plans),
        "goals": len(goals),
        "key_results": sum(len(goal.key_results) for goal in goals),
        "check_ins": sum(len(kr.check_ins) for goal in goals for kr in goal.key_results),
        "milestones": sum(len(goal.milestones) for goal in goals),
        "reviews": sum(len(goal.reviews) for goal in goals),
        "revisions": sum(len(goal.revisions) for goal in goals),
        "agreements": sum(len(goal.agreements) for goal in goals),
        "progress": len(goals),
        "agenda": sum(len(goalkit.agenda(plan, today=day)) for plan in plans),
    }


def has_type(value: object, type_: str) -> bool:
    """Whether *value* is of a column type such as `date | None`."""
    base = type_.removesuffix(" | None")
    if value is None:
        return type_.endswith(" | None")
    if base == "list[str]":
        return type(value) is list and all(type(item) is str for item in value)
    if base == "date":
        return type(value) is datetime.date
    return type(value) is PYTHON_TYPES[base]


# --------------------------------------------------------------- the reference page


def documented_tables() -> dict[str, list[tuple[str, str, str, str]]]:
    """The reference page's tables: name -> [(column, type, meaning, joins)], as written."""
    tables: dict[str, list[tuple[str, str, str, str]]] = {}
    current: list[tuple[str, str, str, str]] | None = None
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"## `(\w+)`", line)
        if heading:
            current = tables.setdefault(heading.group(1), [])
        elif line.startswith("## "):
            current = None
        elif current is not None and line.startswith("| `"):
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
            name, type_, meaning, joins = cells
            current.append(
                (name.strip("`"), type_.strip("`").replace("\\|", "|"), meaning, joins.strip("`"))
            )
    return tables


def test_the_reference_page_documents_every_table_and_no_other():
    """The page has a section for each of TABLES, in the same order."""
    assert list(documented_tables()) == list(TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_the_reference_page_and_the_code_list_the_same_columns(table):
    """Each table's columns on the page are the code's: names, types and joins, in order."""
    documented = [
        (name, type_, joins or None) for name, type_, _, joins in documented_tables()[table]
    ]
    assert documented == [(c.name, c.type, c.joins) for c in columns(table)]


@pytest.mark.parametrize("table", TABLES)
def test_every_column_has_a_meaning_on_the_page(table):
    """No column is listed without saying what it means."""
    assert all(meaning for _, _, meaning, _ in documented_tables()[table])


def test_every_join_names_a_table_with_that_id():
    """A join key names a table whose own id column has the same name (parent_id: goals)."""
    for table in TABLES:
        for column in columns(table):
            if column.joins is not None:
                assert column.joins in OWN_ID
                expected = OWN_ID[column.joins]
                assert column.name in {expected, "parent_id"}, (table, column)


# --------------------------------------------------------------- the example plan


def test_tables_are_the_designs(plan):
    """TABLES names the design's ten tables, each before the tables that join to it."""
    assert TABLES == (
        "plans",
        "goals",
        "key_results",
        "check_ins",
        "milestones",
        "reviews",
        "revisions",
        "agreements",
        "progress",
        "agenda",
    )


@pytest.mark.parametrize("table", TABLES)
def test_example_rows_have_every_column_typed(plan, table):
    """Every row of the example has exactly the table's columns, in order, each of its type."""
    for row in records(plan, table, as_of=AS_OF):
        assert list(row) == [c.name for c in columns(table)]
        for column in columns(table):
            assert has_type(row[column.name], column.type), (column, row[column.name])


def test_example_counts_match_the_plan(plan):
    """One row per plan, goal, key result, check-in, milestone, review, revision, agreement, ..."""
    assert {table: len(records(plan, table)) for table in TABLES} == counts([plan])


def test_ana_presentations_goal_row(plan):
    """Ana's presentations goal is a short-term development goal under her team-lead goal."""
    (row,) = [row for row in records(plan, "goals") if row["goal_id"] == "g-presentations"]
    assert row["parent_id"] == "g-team-lead"
    assert (row["kind"], row["horizon"], row["status"]) == ("development", "short_term", "active")
    assert (row["start"], row["due"]) == (datetime.date(2026, 9, 1), datetime.date(2026, 11, 30))
    assert row["weight"] == 1.0


def test_talks_key_result_row_is_its_value_as_of_the_day(plan):
    """Four talks of five given by 13 November: value 4, progress 0.8, last check-in 12 Nov."""
    rows = records(plan, "key_results", as_of=AS_OF)
    (talks,) = [row for row in rows if row["key_result_id"] == "kr-talks"]
    assert (talks["value"], talks["target"], talks["baseline"]) == (4.0, 5.0, 0.0)
    assert talks["progress"] == pytest.approx(0.8)
    assert talks["direction"] == "increase"
    assert talks["last_check_in_on"] == datetime.date(2026, 11, 12)
    # A month earlier, fewer talks had been given.
    earlier = records(plan, "key_results", as_of=datetime.date(2026, 10, 1))
    (then,) = [row for row in earlier if row["key_result_id"] == "kr-talks"]
    assert then["value"] < talks["value"]


def test_progress_rows_are_what_progress_and_assess_say(plan):
    """Each progress row carries `goalkit.progress` and `goalkit.assess` for the goal that day."""
    for row in records(plan, "progress", as_of=AS_OF):
        goal = plan.goal(row["goal_id"])
        result = goalkit.progress(goal, plan=plan, as_of=AS_OF)
        report = goalkit.assess(goal, plan=plan, as_of=AS_OF)
        assert row["as_of"] == AS_OF
        assert (row["value"], row["expected"], row["forecast"]) == (
            result.value,
            result.expected,
            result.forecast,
        )
        assert row["health"] == result.health.value
        assert (row["smart_passed"], row["smart_score"]) == (report.passed, report.score)
        assert row["status"] == goal.status_on(AS_OF).value
        assert (row["stale"], row["last_activity"]) == (result.stale, result.last_activity)


def test_dbt_goal_achieved_and_its_revision(plan):
    """The dbt goal was achieved and, earlier, revised from Tableau: the changes are JSON."""
    progress = {row["goal_id"]: row for row in records(plan, "progress", as_of=AS_OF)}
    assert progress["g-learn-dbt"]["health"] == "achieved"
    (revision,) = [r for r in records(plan, "revisions") if r["goal_id"] == "g-learn-dbt"][:1]
    assert revision["fields"] == ["title", "description"]
    old, new = json.loads(revision["changes"])["title"]
    assert "Tableau" in old
    assert "dbt" in new
    revised = plan.goal("g-learn-dbt").revisions[revision["position"]]
    assert json.loads(revision["changes"]) == goalkit.to_dict(revised)["changes"]


def test_ana_and_sam_agree_to_a_goal_as_two_rows():
    """Sam agrees on 8 January, Ana on the 11th: two rows in date order, each by its person."""
    plan = goalkit.Plan(
        id="plan-ana",
        mentee=goalkit.Person(id="ana", name="Ana"),
        mentor=goalkit.Person(id="sam", name="Sam"),
        goals=[goalkit.Goal(id="g-talks", title="Give four talks by June 2027")],
    )
    plan = plan.agree("g-talks", "ana", datetime.date(2027, 1, 11))
    plan = plan.agree("g-talks", "sam", datetime.date(2027, 1, 8))
    rows = records(plan, "agreements")
    assert rows == [
        {
            "plan_id": "plan-ana",
            "goal_id": "g-talks",
            "position": 0,
            "by": "sam",
            "on": datetime.date(2027, 1, 8),
        },
        {
            "plan_id": "plan-ana",
            "goal_id": "g-talks",
            "position": 1,
            "by": "ana",
            "on": datetime.date(2027, 1, 11),
        },
    ]
    # On the 9th only Sam had agreed; his row keeps its position.
    earlier = records(plan, "agreements", as_of=datetime.date(2027, 1, 9))
    assert [(row["position"], row["by"]) for row in earlier] == [(0, "sam")]
    # The agreement is the goal's last activity.
    (progress,) = records(plan, "progress", as_of=datetime.date(2027, 1, 12))
    assert progress["last_activity"] == datetime.date(2027, 1, 11)


def test_agreements_arrow_schema_is_typed():
    """An agreement's day is a date and its position an int, even with no rows at all."""
    schema = to_arrow([], "agreements").schema
    assert schema.names == ["plan_id", "goal_id", "position", "by", "on"]
    assert (schema.field("position").type, schema.field("on").type) == (pa.int64(), pa.date32())


def test_ana_and_sams_agenda_on_18_november(plan):
    """On 18 November Ana has four check-ins to record and Sam three things to celebrate."""
    day = datetime.date(2026, 11, 18)
    rows = records(plan, "agenda", as_of=day)
    assert [(row["person"], row["kind"], row["goal_id"], row["subject_id"]) for row in rows] == [
        ("ana", "check_in", "g-team-lead", "kr-ready-to-lead"),
        ("ana", "check_in", "g-networking", "kr-events"),
        ("ana", "check_in", "g-team-lead", "kr-review-hours"),
        ("ana", "check_in", "g-networking", "kr-contacts"),
        ("sam", "celebrate", "g-presentations", "kr-prep-hours"),
        ("sam", "celebrate", "g-learn-dbt", "kr-shipped"),
        ("sam", "celebrate", "g-learn-dbt", "g-learn-dbt"),
    ]
    first = rows[0]
    assert first["as_of"] == day
    assert first["due"] == datetime.date(2026, 10, 9)
    assert "for 54 days" in first["message"]
    assert first["hint"].startswith("Record where it stands")
    # The same items as goalkit.agenda, in its order.
    items = goalkit.agenda(plan, today=day)
    assert [
        (row["kind"], row["subject_id"], row["due"], row["message"], row["hint"]) for row in rows
    ] == [(item.kind.value, item.subject_id, item.due, item.message, item.hint) for item in items]


def test_silence_shows_in_the_progress_table(plan):
    """Nothing recorded on the networking goal after 30 October: stale by 4 December (35 days)."""

    def networking(day: datetime.date) -> dict[str, Any]:
        rows = records(plan, "progress", as_of=day)
        return next(row for row in rows if row["goal_id"] == "g-networking")

    assert networking(AS_OF)["last_activity"] == datetime.date(2026, 10, 30)
    assert not networking(AS_OF)["stale"]
    later = networking(datetime.date(2026, 12, 4))
    assert (
        later["stale"]
        == goalkit.progress(
            plan.goal("g-networking"), plan=plan, as_of=datetime.date(2026, 12, 4)
        ).stale
    )


def test_a_review_due_has_no_goal():
    """A review due concerns the plan: its agenda row has no goal_id and names the plan."""
    day = datetime.date(2027, 2, 1)
    goal = goalkit.Goal(
        title="Give five presentations",
        id="g-talks",
        start=datetime.date(2027, 1, 4),
        due=datetime.date(2027, 4, 2),
        key_results=[goalkit.KeyResult(title="Presentations given", target=5, id="kr-talks")],
    )
    plan = goalkit.Plan(
        mentee=goalkit.Person(name="Ana", id="ana"),
        mentor=goalkit.Person(name="Sam", id="sam"),
        goals=[goal],
        cadence=goalkit.Cadence(
            every=2, unit=goalkit.CadenceUnit.WEEK, anchor=datetime.date(2027, 1, 4)
        ),
        id="p",
    )
    reviews = [row for row in records(plan, "agenda", as_of=day) if row["kind"] == "review_due"]
    assert reviews
    assert all(row["goal_id"] is None and row["subject_id"] == "p" for row in reviews)
    assert all(row["person"] == "sam" for row in reviews)
    assert to_arrow(plan, "agenda", as_of=day).to_pylist() == records(plan, "agenda", as_of=day)


def test_agenda_without_as_of_is_today(plan):
    """Without as_of, the agenda is today's, as the progress table is."""
    before = datetime.date.today()
    rows = records(plan, "agenda")
    assert all(before <= row["as_of"] <= datetime.date.today() for row in rows)


def test_progress_without_as_of_is_today(plan):
    """Without as_of, progress is for today; the other tables hold everything recorded."""
    before = datetime.date.today()
    (row, *_) = records(plan, "progress")
    assert before <= row["as_of"] <= datetime.date.today()


def test_a_generator_of_plans_is_read_once(plan):
    """Any iterable of plans works, a generator included."""
    rows = records((p for p in [plan, attrs.evolve(plan, id="plan-2")]), "plans")
    assert [row["plan_id"] for row in rows] == ["plan-ana-team-lead", "plan-2"]


def test_defaults_are_filled_in():
    """Fields left at their defaults in the document are present with the default here."""
    day = datetime.date(2027, 1, 5)
    goal = goalkit.Goal(
        title="Read two books on negotiation",
        id="g-read",
        key_results=[goalkit.KeyResult(title="Books read", target=2, id="kr-books")],
        reviews=[goalkit.Review(held_on=day, id="r-1")],
    )
    plan = goalkit.Plan(mentee=goalkit.Person(name="Lee", id="lee"), goals=[goal], id="p")
    (plan_row,) = records(plan, "plans")
    assert plan_row["title"] == ""
    assert plan_row["mentor_id"] is plan_row["cadence_every"] is None
    (goal_row,) = records(plan, "goals")
    assert (goal_row["kind"], goal_row["status"], goal_row["weight"]) == (
        "performance",
        "active",
        1.0,
    )
    assert goal_row["tags"] == []
    (kr_row,) = records(plan, "key_results")
    assert (kr_row["baseline"], kr_row["unit"], kr_row["value"], kr_row["progress"]) == (
        0.0,
        "",
        0.0,
        0.0,
    )
    (review_row,) = records(plan, "reviews")
    assert (review_row["kind"], review_row["notes"], review_row["next_steps"]) == (
        "one_on_one",
        "",
        [],
    )


# --------------------------------------------------------------- properties


@settings(max_examples=40)
@given(many_plans())
def test_rows_per_table_match_the_plans_counts(programme):
    """Each table has one row per thing the plans hold, and every row is fully typed."""
    day = datetime.date(2050, 1, 1)
    for table in TABLES:
        rows = records(programme, table, as_of=day if table in DAY_TABLES else None)
        assert len(rows) == counts(programme, day)[table]
        for row in rows:
            assert list(row) == [c.name for c in columns(table)]
            assert all(has_type(row[c.name], c.type) for c in columns(table))


@settings(max_examples=40)
@given(many_plans(), st.dates(datetime.date(1999, 1, 1), datetime.date(2101, 1, 1)))
def test_agenda_rows_are_each_plans_agenda(programme, day):
    """Each plan has one agenda row per item of goalkit.agenda that day, in its order."""
    rows = records(programme, "agenda", as_of=day)
    for plan in programme:
        mine = [row for row in rows if row["plan_id"] == plan.id]
        items = goalkit.agenda(plan, today=day)
        assert len(mine) == len(items)
        assert [(row["kind"], row["person"], row["subject_id"]) for row in mine] == [
            (item.kind.value, item.person, item.subject_id) for item in items
        ]
    assert [row["plan_id"] for row in rows] == sorted(
        (row["plan_id"] for row in rows), key=[plan.id for plan in programme].index
    )


def _keys(rows: list[dict[str, Any]], *names: str) -> set[tuple[Any, ...]]:
    return {tuple(row[name] for name in names) for row in rows}


@settings(max_examples=40)
@given(many_plans(), st.none() | st.dates(datetime.date(1999, 1, 1), datetime.date(2101, 1, 1)))
def test_join_keys_resolve(programme, as_of):
    """Every join key names a row of the table it joins, with the same plan, on any day."""
    tables = {
        table: records(programme, table, as_of=as_of or datetime.date(2050, 1, 1))
        if table in DAY_TABLES
        else records(programme, table, as_of=as_of)
        for table in TABLES
    }
    for table, rows in tables.items():
        for column in columns(table):
            if column.joins is None:
                continue
            target = _keys(tables[column.joins], "plan_id", OWN_ID[column.joins])
            if column.name == "plan_id":
                target = _keys(tables["plans"], "plan_id")
                assert _keys(rows, "plan_id") <= target
            else:
                named = {k for k in _keys(rows, "plan_id", column.name) if k[1] is not None}
                assert named <= target, (table, column.name)
    # A check-in's goal is its key result's goal.
    owners = _keys(tables["key_results"], "plan_id", "key_result_id", "goal_id")
    assert _keys(tables["check_ins"], "plan_id", "key_result_id", "goal_id") <= owners


@settings(max_examples=40)
@given(many_plans(), st.dates(datetime.date(1999, 1, 1), datetime.date(2101, 1, 1)))
def test_as_of_bounds_every_dated_row(programme, as_of):
    """With as_of, nothing recorded after the day appears, and values are the day's."""
    for row in records(programme, "check_ins", as_of=as_of):
        assert row["on"] <= as_of
    for row in records(programme, "reviews", as_of=as_of):
        assert row["held_on"] <= as_of
    for row in records(programme, "revisions", as_of=as_of):
        assert row["on"] <= as_of
    for row in records(programme, "agreements", as_of=as_of):
        assert row["on"] <= as_of
    for row in records(programme, "milestones", as_of=as_of):
        assert row["completed_on"] is None or row["completed_on"] <= as_of
    for row in records(programme, "key_results", as_of=as_of):
        last = row["last_check_in_on"]
        assert last is None or last <= as_of
    for table in DAY_TABLES:
        assert all(row["as_of"] == as_of for row in records(programme, table, as_of=as_of))
    for row in records(programme, "progress", as_of=as_of):
        last = row["last_activity"]
        assert last is None or last <= as_of
    # Each goal's status is the one it had that day.
    by_id = {(p.id, g.id): g for p in programme for g in p.goals}
    for row in records(programme, "goals", as_of=as_of):
        goal = by_id[row["plan_id"], row["goal_id"]]
        assert row["status"] == goal.status_on(as_of).value


@settings(max_examples=25)
@given(many_plans())
def test_without_as_of_is_everything_recorded(programme):
    """Without as_of, a table is the same as of the last day there is: nothing is left out."""
    for table in TABLES:
        if table not in DAY_TABLES:
            assert records(programme, table) == records(programme, table, as_of=datetime.date.max)


@settings(max_examples=20)
@given(many_plans(max_size=2))
def test_frames_hold_the_same_rows(programme):
    """to_arrow's rows are records' rows; to_pandas has one row per record and every column."""
    for table in TABLES:
        as_of = datetime.date(2050, 1, 1) if table in DAY_TABLES else None
        rows = records(programme, table, as_of=as_of)
        assert to_arrow(programme, table, as_of=as_of).to_pylist() == rows
        frame = to_pandas(programme, table, as_of=as_of)
        assert list(frame.columns) == [c.name for c in columns(table)]
        assert len(frame) == len(rows)


# --------------------------------------------------------------- untrusted text


HOSTILE = [
    "<script>alert('x')</script>",
    "'); DROP TABLE goals; --",
    "Robert\x1b[31m red\x1b[0m",
    "right\u202eto left",
    "line\nbreak\ttab",
    '{"json": "inside"}',
    "$\\frac{1}{2}$ | pipe * star",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_untrusted_text_passes_through_as_data(text):
    """Titles, notes and names come out exactly as recorded, in rows and in both frames."""
    day = datetime.date(2027, 2, 1)
    goal = goalkit.Goal(
        title=text,
        id="g-1",
        description=text,
        tags=[text],
        key_results=[
            goalkit.KeyResult(
                title=text,
                target=3,
                unit=text,
                id="kr-1",
                check_ins=[goalkit.CheckIn(on=day, value=1, note=text)],
            )
        ],
        reviews=[goalkit.Review(held_on=day, notes=text, next_steps=[text], id="r-1")],
    )
    plan = goalkit.Plan(mentee=goalkit.Person(name=text, id="m"), goals=[goal], id="p", title=text)
    assert records(plan, "plans")[0]["mentee_name"] == text
    assert records(plan, "goals")[0]["title"] == text
    assert records(plan, "goals")[0]["tags"] == [text]
    assert records(plan, "key_results")[0]["unit"] == text
    assert records(plan, "check_ins")[0]["note"] == text
    assert records(plan, "reviews")[0]["next_steps"] == [text]
    assert to_pandas(plan, "goals")["title"][0] == text
    assert to_arrow(plan, "reviews").column("notes")[0].as_py() == text


# --------------------------------------------------------------- typed frames


@pytest.mark.parametrize("table", TABLES)
def test_empty_frames_keep_every_typed_column(table):
    """No plans give empty frames that still have every column and its type."""
    frame = to_pandas([], table)
    assert list(frame.columns) == [c.name for c in columns(table)]
    arrow = to_arrow([], table)
    assert arrow.num_rows == 0
    assert arrow.schema == goalkit._tables.arrow_schema(table)


def test_an_empty_agenda_is_typed():
    """No plans, or a day with nothing to do: the agenda frames still carry their types."""
    frame = to_pandas([], "agenda")
    assert {name: str(frame[name].dtype) for name in ("goal_id", "as_of", "due", "kind")} == {
        "goal_id": "string",
        "as_of": "datetime64[s]",
        "due": "datetime64[s]",
        "kind": "string",
    }
    closed = goalkit.close(goalkit.example_plan(), datetime.date(2026, 11, 13))
    assert records(closed, "agenda", as_of=datetime.date(2026, 11, 20)) == []
    arrow = to_arrow(closed, "agenda", as_of=datetime.date(2026, 11, 20))
    assert arrow.num_rows == 0
    assert arrow.schema.field("due").type == pa.date32()
    progress = to_pandas([], "progress")
    assert (str(progress["stale"].dtype), str(progress["last_activity"].dtype)) == (
        "bool",
        "datetime64[s]",
    )


def test_pandas_dtypes_follow_the_column_types(plan):
    """Dates are datetime64[s], text is string, nullable whole numbers Int64, lists objects."""
    check_ins = to_pandas(plan, "check_ins")
    assert str(check_ins["on"].dtype) == "datetime64[s]"
    assert str(check_ins["confidence"].dtype) == "Int64"
    assert str(check_ins["position"].dtype) == "int64"
    assert str(check_ins["note"].dtype) == "string"
    assert str(check_ins["value"].dtype) == "float64"
    progress = to_pandas(plan, "progress", as_of=AS_OF)
    assert str(progress["smart_passed"].dtype) == "bool"
    assert str(progress["stale"].dtype) == "bool"
    assert str(progress["last_activity"].dtype) == "datetime64[s]"
    agenda = to_pandas(plan, "agenda", as_of=AS_OF)
    assert str(agenda["kind"].dtype) == str(agenda["goal_id"].dtype) == "string"
    assert str(agenda["due"].dtype) == "datetime64[s]"
    goals = to_pandas(plan, "goals")
    assert goals["tags"].dtype == object
    assert goals.loc[goals["goal_id"] == "g-team-lead", "parent_id"].isna().all()


def test_pandas_holds_dates_outside_nanosecond_range():
    """A due date in the year 2500 survives: datetime64[s] holds every date a plan can carry."""
    goal = goalkit.Goal(
        title="Plant an oak", start=datetime.date(1700, 1, 1), due=datetime.date(2500, 1, 1)
    )
    plan = goalkit.Plan(mentee=goalkit.Person(name="Lee"), goals=[goal])
    frame = to_pandas(plan, "goals")
    assert frame["due"][0].year == 2500
    assert frame["start"][0].year == 1700
    ends = goalkit.Goal(
        title="Keep the archive",
        milestones=[
            goalkit.Milestone(title="First", due=datetime.date.min, id="m-first"),
            goalkit.Milestone(title="Last", due=datetime.date.max, id="m-last"),
            goalkit.Milestone(title="Someday", id="m-someday"),
        ],
    )
    plan = goalkit.Plan(mentee=goalkit.Person(name="Lee"), goals=[ends])
    due = to_pandas(plan, "milestones")["due"]
    assert [day.date() for day in due[:2]] == [datetime.date.min, datetime.date.max]
    assert due.isna().tolist() == [False, False, True]


def test_arrow_types_follow_the_column_types(plan):
    """Arrow columns: dates date32, lists list<string>, nullable only where values may be None."""
    schema = to_arrow(plan, "reviews").schema
    assert schema.field("held_on").type == pa.date32()
    assert schema.field("next_steps").type == pa.list_(pa.string())
    assert schema.field("rating").nullable
    assert not schema.field("review_id").nullable
    progress = to_arrow(plan, "progress", as_of=AS_OF).schema
    assert progress.field("stale").type == pa.bool_()
    assert not progress.field("stale").nullable
    assert progress.field("last_activity").type == pa.date32()
    assert progress.field("last_activity").nullable
    agenda = to_arrow(plan, "agenda", as_of=AS_OF).schema
    assert agenda.field("goal_id").nullable
    assert not agenda.field("subject_id").nullable
    assert agenda.field("due").type == pa.date32()


# --------------------------------------------------------------- errors


def test_an_unknown_table_is_named_with_the_tables_there_are(plan):
    """A wrong table name says which names there are."""
    with pytest.raises(goalkit.ValidationError, match=r"records\.table: expected one of 'plans'"):
        records(plan, "goal")
    with pytest.raises(goalkit.ValidationError, match=r"to_pandas\.table"):
        to_pandas(plan, "agendas")
    with pytest.raises(goalkit.ValidationError, match=r"columns\.table"):
        columns(3)  # type: ignore[arg-type]


def test_wrong_plans_are_refused_by_position(plan):
    """Not a Plan, or an iterable holding something else, is an ArgumentTypeError naming where."""
    with pytest.raises(TypeError, match=r"records\.plans: expected a Plan or an iterable"):
        records("plan.json", "goals")  # type: ignore[arg-type]
    with pytest.raises(goalkit.ValidationError, match=r"records\.plans\[1\]: expected a Plan"):
        records([plan, goalkit.to_dict(plan)], "goals")  # type: ignore[list-item]
    with pytest.raises(goalkit.ValidationError, match=r"to_arrow\.plans\[0\]"):
        to_arrow([None], "goals")  # type: ignore[list-item]


def test_as_of_must_be_a_date(plan):
    """A datetime or a string for as_of is refused, naming the function."""
    with pytest.raises(goalkit.ValidationError, match=r"records\.as_of: expected a date"):
        records(plan, "goals", as_of=datetime.datetime(2027, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(goalkit.ValidationError, match=r"records\.as_of: expected a date"):
        records(plan, "progress", as_of="2027-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("function", "module", "extra"),
    [(to_pandas, "pandas", "pandas"), (to_arrow, "pyarrow", "arrow")],
)
def test_a_missing_extra_is_named(monkeypatch, plan, function, module, extra):
    """Without pandas or pyarrow, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=re.escape(f"pip install 'goalkit-mentoring[{extra}]'")):
        function(plan, "goals")


def test_goalkit_imports_neither_pandas_nor_pyarrow():
    """Importing goalkit and building records loads no data-frame library.

    numpy is allowed only when the `english` extra (lemminflect, which uses it)
    is installed: the SMART rules of the progress table read statements with it.
    """
    lemminflect = importlib.util.find_spec("lemminflect") is not None
    watched = ("pandas", "pyarrow") if lemminflect else ("pandas", "pyarrow", "numpy")
    code = (
        "import sys, goalkit\n"
        "goalkit.records(goalkit.example_plan(), 'progress')\n"
        f"print(sorted(m for m in {watched!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_arrow_tables_round_trip_through_parquet(plan, tmp_path):
    """Each table written as Parquet reads back with the same schema and rows."""
    import pyarrow.parquet as pq

    for table in TABLES:
        arrow = to_arrow(plan, table, as_of=AS_OF)
        path = tmp_path / f"{table}.parquet"
        pq.write_table(arrow, path)
        back = pq.read_table(path)
        assert back.schema.equals(arrow.schema)
        assert back.to_pylist() == records(plan, table, as_of=AS_OF)


def test_a_column_type_outside_the_language_is_refused():
    """Column types are the reference page's: anything else is a ValidationError naming it."""
    with pytest.raises(goalkit.ValidationError, match=r"Column\.type: expected one of str, float"):
        goalkit.Column("due", "datetime")
    assert goalkit.Column("due", "date | None").nullable


def test_a_programme_of_a_thousand_plans(plan):
    """A thousand pairs, each having recorded until a different day: every table, every row."""
    programme = []
    for number in range(1000):
        until = AS_OF - datetime.timedelta(days=number % 150)
        goals = [
            attrs.evolve(
                goal,
                key_results=[
                    attrs.evolve(kr, check_ins=kr.check_ins_until(until)) for kr in goal.key_results
                ],
            )
            for goal in plan.goals
        ]
        programme.append(attrs.evolve(plan, id=f"plan-{number:04}", goals=goals))
    frames = {table: to_pandas(programme, table, as_of=AS_OF) for table in TABLES}
    expected = counts(programme, AS_OF)
    assert {table: len(frame) for table, frame in frames.items()} == expected
    assert frames["plans"]["plan_id"].is_unique
    keys = frames["key_results"].set_index(["plan_id", "key_result_id"]).index
    assert frames["check_ins"].set_index(["plan_id", "key_result_id"]).index.isin(keys).all()
    # Pairs that stopped recording earlier are further behind.
    value = frames["progress"].groupby("plan_id")["value"].mean()
    assert value["plan-0000"] > value["plan-0149"]
