"""Past one machine: Dask writes the tables as Parquet, and DuckDB's figures equal `programme`.

`examples/programme_at_scale.py` is the recipe the how-to shows; this runs
it as written, on a `dask.distributed.LocalCluster` of two worker
processes. Dask, DuckDB and pyarrow are optional extras: the tests skip
without them, except when ``GOALKIT_REQUIRE_EXTRAS`` is set (as `.ci/run`
sets it, after installing the extras), where a missing extra is a failure.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import goalkit
from goalkit import Cadence, CheckIn, Goal, KeyResult, Person, Plan, Review
from goalkit.testing import dates, plans
from script_modules import load_script
from test_programme import ROOT, load_generator


def need(module: str):
    """Import *module*, or skip (fail under `GOALKIT_REQUIRE_EXTRAS`) when it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        message = (
            f"{module} is not installed: pip install 'goalkit-mentoring[dask,duckdb]' "
            "to run the Dask and DuckDB recipe"
        )
        if os.environ.get("GOALKIT_REQUIRE_EXTRAS"):
            pytest.fail(message + " (GOALKIT_REQUIRE_EXTRAS is set: the extras must be installed)")
        pytest.skip(message)


@pytest.fixture(scope="module")
def recipe():
    """examples/programme_at_scale.py as a module, once its extras are known to be there."""
    for module in ("dask.bag", "dask.distributed", "duckdb", "pyarrow", "cloudpickle"):
        need(module)
    return load_script(ROOT / "examples" / "programme_at_scale.py", "programme_at_scale")


@pytest.fixture(scope="module")
def cluster():
    """A Dask LocalCluster of two worker processes, and a client connected to it."""
    distributed = need("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def comparable(figures: dict) -> dict:
    """Figures with the stalled plan ids sorted (the SQL lists them by id)."""
    return {**figures, "stalled_plans": sorted(figures["stalled_plans"])}


def by_mentor(report: goalkit.ProgrammeReport) -> dict:
    return {
        entry["mentor_id"]: comparable(
            {key: value for key, value in entry.items() if key not in {"mentor_id", "mentor"}}
        )
        for entry in report.to_dict()["by_mentor"]
    }


def test_parquet_figures_from_duckdb_equal_programme(recipe, cluster, tmp_path):
    """On 400 generated plans and a broken file, DuckDB's figures are `programme()`'s, exactly."""
    generator = load_generator()
    plans_dir = tmp_path / "plans"
    paths = [str(path) for path in generator.write_programme(plans_dir, 400, yaml_every=7)]
    broken = plans_dir / "broken.json"
    broken.write_text('{"schema_version": 1, "mentee": {"name": 5}}', encoding="utf-8")
    out = tmp_path / "tables"
    loaded = recipe.write_tables(
        [*paths, str(broken)], out, as_of=generator.AS_OF, partition_size=60
    )
    assert loaded == 400
    assert {path.name for path in out.iterdir()} == {*recipe.PROGRAMME_TABLES, "skipped"}
    assert len(list((out / "progress").glob("*.parquet"))) == 7  # partitions of 60

    from_sql = recipe.programme_from_parquet(out, as_of=generator.AS_OF)
    expected = goalkit.programme((goalkit.load(path) for path in paths), as_of=generator.AS_OF)
    assert from_sql["overall"] == comparable(expected.to_dict()["overall"])
    assert {
        mentor: comparable(figures) for mentor, figures in from_sql["by_mentor"].items()
    } == by_mentor(expected)
    assert from_sql["overall"]["stalled_plans"]  # the generated programme has stalled pairs

    duckdb = need("duckdb")
    skipped = duckdb.sql(f"SELECT source, problems FROM '{out.as_posix()}/skipped/*.parquet'")
    [(source, problems)] = skipped.fetchall()
    assert source == str(broken)
    assert problems == ["mentee.name: expected text, got the number 5"]


def _plan(plan_id: str, unit: str, anchor: datetime.date, reviews: list[datetime.date]) -> Plan:
    goal = Goal(
        id=f"g-{plan_id}",
        title="Give four talks to the engineering team by the end of 2028",
        start=datetime.date(2026, 1, 1),
        due=datetime.date(2028, 12, 31),
        key_results=[
            KeyResult(
                id=f"kr-{plan_id}",
                title="Talks",
                target=4,
                check_ins=[CheckIn(on=datetime.date(2026, 2, 1), value=1)],
            )
        ],
        reviews=[Review(held_on=day) for day in reviews],
    )
    mentor = Person(id="sam", name="Sam") if unit != "week" else None
    cadence = Cadence(every=1 if unit != "week" else 2, unit=unit, anchor=anchor)
    return Plan(id=plan_id, mentee=Person(name="Ana"), mentor=mentor, goals=[goal], cadence=cadence)


def test_cadence_dates_in_sql_follow_goalkit_calendar(recipe, cluster, tmp_path):
    """Month ends, leap days, quarters, fortnights: SQL counts the dates goalkit's calendar does."""
    day = datetime.date(2028, 3, 31)
    plans = [
        _plan("monthly-31", "month", datetime.date(2027, 1, 31), [datetime.date(2027, 2, 28)]),
        _plan("yearly-leap", "year", datetime.date(2024, 2, 29), [datetime.date(2025, 3, 1)]),
        _plan("quarterly", "quarter", datetime.date(2026, 11, 30), []),
        _plan("fortnightly", "week", datetime.date(2027, 12, 1), [datetime.date(2028, 1, 5)]),
    ]
    folder = tmp_path / "plans"
    folder.mkdir()
    for plan in plans:
        goalkit.dump(plan, folder / f"{plan.id}.json")
    paths = sorted(str(path) for path in folder.iterdir())
    out = tmp_path / "tables"
    recipe.write_tables(paths, out, as_of=day, partition_size=2)
    from_sql = recipe.programme_from_parquet(out, as_of=day)
    expected = goalkit.programme(plans, as_of=day)
    assert from_sql["overall"] == comparable(expected.to_dict()["overall"])
    assert from_sql["overall"]["counts"]["reviews_due"] == 15 + 5 + 6 + 9


def test_the_recipe_runs_as_a_script(recipe, tmp_path):
    """`python examples/programme_at_scale.py PLANS OUT --as-of DAY` prints the overall figures."""
    import subprocess

    generator = load_generator()
    generator.write_programme(tmp_path / "plans", 30)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "programme_at_scale.py"),
            str(tmp_path / "plans"),
            str(tmp_path / "tables"),
            "--as-of",
            generator.AS_OF.isoformat(),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout)["plans"] == 30
    assert Path(tmp_path / "tables" / "progress").is_dir()


def _figures_both_ways(recipe, tmp_path, plans: list[Plan], day: datetime.date) -> tuple:
    """The recipe's SQL figures (one partition, no cluster) and `programme`'s report."""
    folder = tmp_path / "plans"
    folder.mkdir()
    paths = []
    for plan in plans:
        path = folder / f"{plan.id}.json"
        goalkit.dump(plan, path)
        paths.append(str(path))
    recipe._write_partition(
        paths, index=0, out=str(tmp_path / "tables"), as_of=day, tables=recipe.PROGRAMME_TABLES
    )
    return recipe.programme_from_parquet(tmp_path / "tables", as_of=day), goalkit.programme(
        plans, as_of=day
    )


def test_an_agreement_keeps_a_pair_from_stalling_in_sql(recipe, tmp_path):
    """Ana agreed to her undated talks goal today, and nothing else: the pair has not stalled.

    Ben agreed to his a month ago: three weeks of silence since, so his pair has.
    """
    day = datetime.date(2027, 3, 1)

    def pair(plan_id: str, agreed_on: datetime.date) -> Plan:
        goal = Goal(id="g-talks", title="Give four talks to the engineering team")
        plan = Plan(id=plan_id, mentee=Person(id="mentee", name="Ana"), goals=[goal])
        return plan.agree("g-talks", "mentee", agreed_on)

    plans = [pair("plan-ana", day), pair("plan-ben", day - datetime.timedelta(days=30))]
    from_sql, expected = _figures_both_ways(recipe, tmp_path, plans, day)
    assert from_sql["overall"] == comparable(expected.to_dict()["overall"])
    assert from_sql["overall"]["stalled_plans"] == ["plan-ben"]


@settings(max_examples=40, deadline=None)
@given(st.lists(plans(max_goals=4, max_check_ins=3), min_size=1, max_size=3), dates())
def test_sql_agrees_with_programme_on_any_plans(recipe, tmp_path_factory, many, day):
    """Any plans (revisions, drafts, abandoned goals, cadences): SQL gives programme()'s figures."""
    many = [attrs.evolve(plan, id=f"plan-{index}") for index, plan in enumerate(many)]
    from_sql, expected = _figures_both_ways(recipe, tmp_path_factory.mktemp("tables"), many, day)
    assert from_sql["overall"] == comparable(expected.to_dict()["overall"])
    assert {
        mentor: comparable(figures) for mentor, figures in from_sql["by_mentor"].items()
    } == by_mentor(expected)
