"""The how-to "Store plans in a database" against a real PostgreSQL server.

The page's SQLite code runs through Sybil like every page. Its PostgreSQL
code (between `<!-- skip: start -->` and `<!-- skip: end -->`, which Sybil
skips) runs here, unchanged, against a real server: the one `.ci/run` starts
(`GOALKIT_POSTGRES_DSN`), or one started here in a temporary directory when
Debian's server binaries are installed. Without either, the tests skip,
unless `GOALKIT_REQUIRE_POSTGRES=1` (set by `.ci/run`) makes that a failure.
"""

from __future__ import annotations

import datetime
import os
import re
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import goalkit
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "how-to" / "store-plans-in-a-database.md"
DAY = datetime.date(2026, 11, 13)


def _server_script() -> ModuleType:
    return load_script(ROOT / "scripts" / "postgres_server.py", "postgres_server")


def _unavailable(reason: str) -> None:
    if os.environ.get("GOALKIT_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"GOALKIT_REQUIRE_POSTGRES=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The connection string of a running PostgreSQL server."""
    given = os.environ.get("GOALKIT_POSTGRES_DSN")
    if given:
        yield given
        return
    script = _server_script()
    if script.binaries() is None:
        _unavailable("no PostgreSQL server binaries (apt-get install postgresql)")
    # Under /tmp, not pytest's tmp_path: the server account must reach it, and a
    # Unix socket's path must stay short.
    directory = Path(tempfile.mkdtemp(prefix="goalkit-pg-"))
    try:
        dsn = script.start(directory)
    except RuntimeError as error:
        script.stop(directory)
        _unavailable(f"the PostgreSQL server did not start: {error}")
    yield dsn
    script.stop(directory)


@pytest.fixture
def database(server: str) -> Iterator[str]:
    """A fresh, empty database on the server, dropped afterwards: its connection string."""
    psycopg = pytest.importorskip("psycopg")
    name = f"goalkit_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    dsn = re.sub(r"dbname=\S+", f"dbname={name}", server)
    if dsn == server:  # a URL, or a string without dbname
        dsn = f"{server} dbname={name}"
    yield dsn
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def postgres_code() -> str:
    """The page's PostgreSQL code: its Python blocks between the skip markers."""
    text = PAGE.read_text(encoding="utf-8")
    section = text.split("<!-- skip: start -->", 1)[1].split("<!-- skip: end -->", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert blocks, "no PostgreSQL code on the page"
    return "\n".join(blocks)


def run_page(dsn: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run the page's PostgreSQL code against *dsn*, as a reader would; its namespace."""
    monkeypatch.setenv("DATABASE_URL", dsn)
    namespace: dict[str, Any] = {"__name__": "howto"}
    exec(compile(postgres_code(), str(PAGE), "exec"), namespace)
    return namespace


def test_the_postgres_howto_runs_against_a_real_server(database, monkeypatch):
    """The page's code creates the tables, refreshes progress and its asserts hold."""
    run_page(database, monkeypatch)


def test_the_progress_table_holds_records_for_the_day(database, monkeypatch):
    """After the page's refresh, the table holds exactly records(..., "progress") for the day."""
    import psycopg

    run_page(database, monkeypatch)
    expected = goalkit.records(goalkit.example_plan(), "progress", as_of=DAY)
    with psycopg.connect(database) as connection:
        cursor = connection.cursor(row_factory=psycopg.rows.dict_row)
        stored = cursor.execute("SELECT * FROM goal_progress ORDER BY goal_id").fetchall()
    assert stored == sorted(expected, key=lambda row: row["goal_id"])


def test_the_refresh_keeps_each_days_history(database, monkeypatch):
    """A refresh for another day adds its rows; a second refresh of a day replaces them."""
    import psycopg

    namespace = run_page(database, monkeypatch)
    with psycopg.connect(database, autocommit=True) as connection:
        namespace["refresh_progress"](connection, datetime.date(2026, 10, 1))
        namespace["refresh_progress"](connection, datetime.date(2026, 10, 1))
        days = connection.execute(
            "SELECT as_of, count(*) FROM goal_progress GROUP BY as_of ORDER BY as_of"
        ).fetchall()
    assert days == [(datetime.date(2026, 10, 1), 5), (DAY, 5)]


def test_the_gin_index_answers_containment(database, monkeypatch):
    """The documents' GIN index serves a `@>` query (sequential scans forbidden to prove it)."""
    import psycopg

    run_page(database, monkeypatch)
    with psycopg.connect(database) as connection:
        connection.execute("SET enable_seqscan = off")
        plan = connection.execute(
            "EXPLAIN SELECT id FROM plans WHERE document @> %s::jsonb",
            ('{"mentor": {"id": "sam"}}',),
        ).fetchall()
    assert "plans_document" in "\n".join(line for (line,) in plan)


def test_hostile_text_is_stored_and_read_back_as_data(database, monkeypatch):
    """Quotes, markup and controls in a plan pass through the tables and jsonb unchanged."""
    import psycopg

    namespace = run_page(database, monkeypatch)
    text = "'); DROP TABLE plans; -- <b>\x1b[31m\u202e"
    plan = goalkit.Plan(
        mentee=goalkit.Person(name=text, id="m-1"),
        id=text,
        goals=[goalkit.Goal(title=text, id="g-1")],
    )
    with psycopg.connect(database, autocommit=True) as connection:
        namespace["save"](connection, plan)
        namespace["refresh_progress"](connection, DAY)
        (stored,) = connection.execute(
            "SELECT document::text FROM plans WHERE id = %s", (text,)
        ).fetchone()
        (goal_id,) = connection.execute(
            "SELECT goal_id FROM goal_progress WHERE plan_id = %s", (text,)
        ).fetchone()
        tables = connection.execute("SELECT count(*) FROM plans").fetchone()
    assert goalkit.from_json(goalkit.Plan, stored) == plan
    assert goal_id == "g-1"
    assert tables == (2,)


def test_a_missing_server_fails_when_ci_requires_one(monkeypatch):
    """Without a server, the tests skip locally but fail under GOALKIT_REQUIRE_POSTGRES=1."""
    monkeypatch.delenv("GOALKIT_REQUIRE_POSTGRES", raising=False)
    with pytest.raises(pytest.skip.Exception):
        _unavailable("no server")
    monkeypatch.setenv("GOALKIT_REQUIRE_POSTGRES", "1")
    with pytest.raises(pytest.fail.Exception, match="GOALKIT_REQUIRE_POSTGRES=1 but no server"):
        _unavailable("no server")


def test_the_server_script_finds_debians_binaries():
    """The script looks where Debian installs the server, newest version first."""
    script = _server_script()
    found = script.binaries()
    if found is None:
        _unavailable("no PostgreSQL server binaries")
    assert (found / "initdb").exists()
    assert (found / "pg_ctl").exists()
