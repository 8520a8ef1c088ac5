"""A mentoring programme past one machine: Dask writes the tables as Parquet, DuckDB sums them.

goalkit ships no scheduler of its own. The work per plan is a pure function
of one document (load it, turn it into `goalkit.records` rows), so it runs
unchanged as a map on a distributed engine. This recipe uses Dask:

1. `write_tables` maps the plan files, a partition at a time, to the rows
   of every table (`goalkit.to_arrow`, typed) and writes them as Parquet,
   partitioned by table: ``OUT/progress/part-00000.parquet``, ... Files
   that do not load become rows of a ``skipped`` table, named with their
   problems. Each worker holds one partition's plans, never the programme.
2. `programme_from_parquet` computes the programme's figures from those
   Parquet files with DuckDB SQL (`PROGRAMME_SQL`): the same figures as
   `goalkit.programme` on the same plans, overall and by mentor.

Run it on a folder of plan files, with a local cluster of two workers::

    python examples/programme_at_scale.py plans/ tables/ --as-of 2027-03-01 --workers 2

On a real cluster, pass a `dask.distributed.Client` connected to its
scheduler, and an output path every worker can write (a shared file
system, or ``s3://...`` with `s3fs`). Needs the extras:
``pip install 'goalkit-mentoring[dask,duckdb]'``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import goalkit

#: The tables the programme's figures are computed from.
PROGRAMME_TABLES = (
    "plans",
    "goals",
    "progress",
    "check_ins",
    "milestones",
    "reviews",
    "revisions",
    "agreements",
)


def _write_partition(
    paths: Sequence[str], *, index: int, out: str, as_of: datetime.date, tables: Sequence[str]
) -> int:
    """Load one partition's plan files and write each table's rows as one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    plans, skipped = [], []
    for path in paths:
        try:
            plans.append(goalkit.load(path))
        except goalkit.LoadError as error:
            problems = [str(problem) for problem in error.problems] or [str(error)]
            skipped.append({"source": path, "problems": problems})
        except OSError as error:
            skipped.append({"source": path, "problems": [f"cannot read: {error.strerror}"]})
    for table in tables:
        folder = os.path.join(out, table)
        os.makedirs(folder, exist_ok=True)
        rows = goalkit.to_arrow(plans, table, as_of=as_of)
        pq.write_table(rows, os.path.join(folder, f"part-{index:05d}.parquet"))
    folder = os.path.join(out, "skipped")
    os.makedirs(folder, exist_ok=True)
    schema = pa.schema([("source", pa.string()), ("problems", pa.list_(pa.string()))])
    pq.write_table(
        pa.Table.from_pylist(skipped, schema=schema),
        os.path.join(folder, f"part-{index:05d}.parquet"),
    )
    return len(plans)


def write_tables(
    paths: Sequence[str],
    out: str | Path,
    *,
    as_of: datetime.date,
    partition_size: int = 500,
    tables: Sequence[str] = PROGRAMME_TABLES,
) -> int:
    """Map plan files to Parquet tables under *out* with Dask; return how many plans loaded.

    The files are cut into numbered partitions of *partition_size*; each is
    one Dask task that writes ``OUT/TABLE/part-NNNNN.parquet`` for every
    table. Runs on the current Dask scheduler: a `dask.distributed.Client`
    when one is active, else Dask's default.
    """
    import cloudpickle
    import dask.bag as db

    # Send this file's functions to the workers by value: they need goalkit, not this file.
    if __name__ != "__main__":
        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    paths = list(paths)
    chunks = [
        (index, paths[start : start + partition_size])
        for index, start in enumerate(range(0, len(paths), partition_size))
    ]
    if not chunks:
        return 0
    bag = db.from_sequence(chunks, npartitions=len(chunks))
    loaded = bag.map(
        lambda chunk: _write_partition(
            chunk[1], index=chunk[0], out=str(out), as_of=as_of, tables=tuple(tables)
        )
    )
    return int(loaded.sum().compute())


#: The programme's figures per plan, from the Parquet tables (`{root}` is the tables' folder).
#: Parameters: `$as_of` (the day), `$stall_days`, `$early_days` (`review_early_days`).
#: The rules are those of `goalkit.programme`; see the Programmes reference page.
PROGRAMME_SQL = """
WITH
plans AS (SELECT * FROM read_parquet('{root}/plans/*.parquet')),
progress AS (SELECT * FROM read_parquet('{root}/progress/*.parquet')),
goals AS (SELECT * FROM read_parquet('{root}/goals/*.parquet')),
activity AS (
    SELECT plan_id, "on" AS day FROM read_parquet('{root}/check_ins/*.parquet')
    UNION ALL
    SELECT plan_id, completed_on FROM read_parquet('{root}/milestones/*.parquet')
    WHERE completed_on IS NOT NULL
    UNION ALL
    SELECT plan_id, held_on FROM read_parquet('{root}/reviews/*.parquet')
    UNION ALL
    SELECT plan_id, "on" FROM read_parquet('{root}/revisions/*.parquet')
    UNION ALL
    SELECT plan_id, "on" FROM read_parquet('{root}/agreements/*.parquet')
),
last_activity AS (SELECT plan_id, max(day) AS last_day FROM activity GROUP BY plan_id),
-- Active goals that have started: a pair with none cannot stall.
started AS (
    SELECT p.plan_id, min(g.start) AS first_start, bool_or(g.start IS NULL) AS undated
    FROM progress p JOIN goals g USING (plan_id, goal_id)
    WHERE p.status = 'active' AND p.health <> 'not_started'
    GROUP BY p.plan_id
),
stalled AS (
    SELECT s.plan_id,
        CASE
            WHEN a.last_day IS NOT NULL THEN date_diff('day', a.last_day, $as_of) >= $stall_days
            WHEN s.undated THEN true
            ELSE date_diff('day', s.first_start, $as_of) >= $stall_days
        END AS stalled
    FROM started s LEFT JOIN last_activity a USING (plan_id)
),
goal_counts AS (
    SELECT plan_id,
        count(*) AS goals,
        count(*) FILTER (WHERE status <> 'abandoned') AS counted_goals,
        count(*) FILTER (WHERE status <> 'abandoned' AND health = 'achieved') AS achieved_goals,
        count(*) FILTER (
            WHERE status = 'active' AND health IN ('on_track', 'at_risk', 'off_track')
        ) AS judged_goals,
        count(*) FILTER (WHERE status = 'active' AND health = 'on_track') AS on_track_goals,
        count(*) FILTER (WHERE smart_passed) AS smart_goals
    FROM progress GROUP BY plan_id
),
-- Cadence dates from the anchor up to the day, each computed from the anchor
-- (no drift; month ends clamp, as goalkit's calendar does).
steps AS (
    SELECT plan_id, cadence_anchor AS anchor, cadence_unit AS unit, cadence_every AS every,
        unnest(generate_series(0, date_diff('day', cadence_anchor, $as_of) // (
            cadence_every * CASE cadence_unit
                WHEN 'week' THEN 7 WHEN 'month' THEN 28 WHEN 'quarter' THEN 89 ELSE 365 END
        ) + 1)) AS k
    FROM plans WHERE cadence_anchor IS NOT NULL AND cadence_anchor <= $as_of
),
due AS (
    SELECT plan_id, count(*) AS reviews_due FROM steps
    WHERE CAST(CASE unit
        WHEN 'week' THEN anchor + to_days(CAST(7 * every * k AS INTEGER))
        WHEN 'month' THEN anchor + to_months(CAST(every * k AS INTEGER))
        WHEN 'quarter' THEN anchor + to_months(CAST(3 * every * k AS INTEGER))
        ELSE anchor + to_years(CAST(every * k AS INTEGER))
    END AS DATE) <= $as_of
    GROUP BY plan_id
),
held AS (
    SELECT p.plan_id, count(DISTINCT r.held_on) AS held
    FROM plans p JOIN read_parquet('{root}/reviews/*.parquet') r USING (plan_id)
    WHERE p.cadence_anchor IS NOT NULL
        AND r.held_on >= p.cadence_anchor - to_days(CAST($early_days AS INTEGER))
        AND r.held_on <= $as_of
    GROUP BY p.plan_id
)
SELECT
    p.plan_id,
    p.mentor_id,
    p.mentor_name,
    coalesce(c.goals, 0) AS goals,
    coalesce(c.counted_goals, 0) AS counted_goals,
    coalesce(c.achieved_goals, 0) AS achieved_goals,
    coalesce(c.judged_goals, 0) AS judged_goals,
    coalesce(c.on_track_goals, 0) AS on_track_goals,
    coalesce(c.smart_goals, 0) AS smart_goals,
    coalesce(s.stalled, false) AS stalled,
    coalesce(d.reviews_due, 0) AS reviews_due,
    least(coalesce(h.held, 0), coalesce(d.reviews_due, 0)) AS reviews_held
FROM plans p
LEFT JOIN goal_counts c USING (plan_id)
LEFT JOIN stalled s USING (plan_id)
LEFT JOIN due d USING (plan_id)
LEFT JOIN held h USING (plan_id)
"""

#: The programme's figures, overall (`mentor_id` NULL, `overall` true) and per mentor.
FIGURES_SQL = """
WITH per_plan AS ({per_plan})
SELECT
    grouping(mentor_id) = 1 AS overall,
    mentor_id,
    count(*) AS plans,
    sum(goals)::BIGINT AS goals,
    sum(achieved_goals)::BIGINT AS achieved_goals,
    sum(counted_goals)::BIGINT AS counted_goals,
    sum(on_track_goals)::BIGINT AS on_track_goals,
    sum(judged_goals)::BIGINT AS judged_goals,
    sum(smart_goals)::BIGINT AS smart_goals,
    sum(reviews_held)::BIGINT AS reviews_held,
    sum(reviews_due)::BIGINT AS reviews_due,
    list(plan_id ORDER BY plan_id) FILTER (WHERE stalled) AS stalled_plans
FROM per_plan
GROUP BY GROUPING SETS ((), (mentor_id))
"""


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


def _figures(row: dict[str, Any]) -> dict[str, Any]:
    """A row of `FIGURES_SQL` in the shape of `ProgrammeReport.to_dict()`'s figures."""
    counts = {
        name: int(row[name])
        for name in (
            "achieved_goals",
            "counted_goals",
            "on_track_goals",
            "judged_goals",
            "smart_goals",
            "reviews_held",
            "reviews_due",
        )
    }
    return {
        "plans": int(row["plans"]),
        "goals": int(row["goals"]),
        "achieved_share": _share(counts["achieved_goals"], counts["counted_goals"]),
        "on_track_share": _share(counts["on_track_goals"], counts["judged_goals"]),
        "stalled_plans": list(row["stalled_plans"] or []),
        "review_adherence": _share(counts["reviews_held"], counts["reviews_due"]),
        "smart_pass_rate": _share(counts["smart_goals"], int(row["goals"])),
        "counts": counts,
    }


def programme_from_parquet(
    root: str | Path,
    *,
    as_of: datetime.date,
    stall_days: int = 21,
    review_early_days: int = 0,
) -> dict[str, Any]:
    """The programme's figures from the Parquet tables under *root*, computed by DuckDB.

    Returns ``{"overall": figures, "by_mentor": {mentor_id: figures}}`` with
    figures shaped as in `ProgrammeReport.to_dict()` (stalled plan ids sorted).
    """
    import duckdb

    connection = duckdb.connect()
    per_plan = PROGRAMME_SQL.format(root=Path(root).as_posix())
    cursor = connection.execute(
        FIGURES_SQL.format(per_plan=per_plan),
        {"as_of": as_of, "stall_days": stall_days, "early_days": review_early_days},
    )
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    result: dict[str, Any] = {"overall": None, "by_mentor": {}}
    for row in rows:
        if row["overall"]:
            result["overall"] = _figures(row)
        else:
            result["by_mentor"][row["mentor_id"]] = _figures(row)
    if result["overall"] is None:  # no plans at all
        result["overall"] = _figures(dict.fromkeys(names, 0) | {"stalled_plans": []})
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """``programme_at_scale.py PLANS OUT --as-of DATE [--workers N]``: tables, then figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("plans", type=Path, help="a folder of plan files (*.json, *.yaml)")
    parser.add_argument("out", type=Path, help="where to write the Parquet tables")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat, required=True)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    paths = sorted(
        str(path)
        for path in args.plans.rglob("*")
        if path.suffix.lower() in {".json", ".yaml", ".yml"}
    )
    with (
        LocalCluster(n_workers=args.workers, threads_per_worker=1) as cluster,
        Client(cluster),
    ):
        write_tables(paths, args.out, as_of=args.as_of)
    figures = programme_from_parquet(args.out, as_of=args.as_of)
    print(json.dumps(figures["overall"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
