"""Generate a mentoring programme: many plan files, as a platform would export them.

Each plan is one mentor-mentee pair with three to five goals (key results
with check-ins, milestones, reviews on a cadence), drawn from a seeded
random generator so that the same index and seed always give the same
document. The plans vary the way real programmes do: some mentors have
many mentees, some pairs have no mentor or no cadence, some have gone
quiet (stalled), some goals are achieved, abandoned or not yet started.

    python scripts/make_programme.py out/ --count 1000          # JSON files
    python scripts/make_programme.py out/ --count 100000 --yaml-every 10

Files go into subdirectories of at most 1,000 (``out/0000/plan-000001.json``)
so that no directory grows huge. Tests and benchmarks import
`plan_document` and `write_programme` from this file.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from pathlib import Path
from typing import Any

#: The day the generated programme is "now": activity is recorded up to it.
AS_OF = datetime.date(2027, 3, 1)

#: Files per subdirectory.
PER_DIRECTORY = 1000

_FIRST = ("Ana", "Ben", "Chloé", "Dev", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jon", "Kemi")
_LAST = ("Diaz", "Okafor", "Nguyen", "Smith", "Kowalski", "Haddad", "Sato", "Moreau", "Osei")
_GOALS = (
    ("Give {n} talks to the engineering team", "talks", 3, 8),
    ("Attend {n} industry events", "events", 2, 6),
    ("Publish {n} blog posts about our platform", "posts", 2, 10),
    ("Mentor {n} interns through their first project", "interns", 1, 4),
    ("Complete {n} modules of the cloud certification", "modules", 4, 12),
    ("Run {n} design reviews as facilitator", "reviews", 3, 10),
)
_MILESTONES = ("Agree the plan with my mentor", "Draft the outline", "Present to the team")


def _day(start: datetime.date, days: int) -> str:
    return (start + datetime.timedelta(days=days)).isoformat()


def _person(rng: random.Random, prefix: str, number: int) -> dict[str, str]:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    return {"name": name, "id": f"{prefix}-{number:05d}"}


def _goal(rng: random.Random, plan_number: int, index: int, quiet_after: int) -> dict[str, Any]:
    """One goal: a key result with check-ins up to *quiet_after* days after its start."""
    title, unit, low, high = rng.choice(_GOALS)
    target = rng.randint(low, high)
    start = AS_OF - datetime.timedelta(days=rng.randint(-20, 300))
    length = rng.choice((90, 120, 180, 270, 365))
    goal_id = f"g-{plan_number:06d}-{index}"
    check_ins = []
    value = 0
    day = rng.randint(5, 20)
    while day <= min(quiet_after, (AS_OF - start).days) and value < target:
        value = min(target, value + rng.choice((0, 1, 1, 2)))
        check_ins.append({"on": _day(start, day), "value": value, "confidence": rng.randint(3, 9)})
        day += rng.randint(10, 35)
    milestones = []
    for number, milestone in enumerate(rng.sample(_MILESTONES, rng.randint(0, 2))):
        due = rng.randint(10, length)
        entry: dict[str, Any] = {"title": milestone, "id": f"m-{goal_id}-{number}"}
        entry["due"] = _day(start, due)
        done = due - rng.randint(-5, 10)
        if done <= min(quiet_after, (AS_OF - start).days) and rng.random() < 0.7:
            entry["completed_on"] = _day(start, max(done, 0))
        milestones.append(entry)
    goal: dict[str, Any] = {
        "title": title.format(n=target) + f" by {_day(start, length)}",
        "id": goal_id,
        "kind": "development",
        "start": start.isoformat(),
        "due": _day(start, length),
        "relevance": "Agreed with my mentor as a step towards my next role.",
        "key_results": [
            {
                "title": title.format(n="").replace("  ", " "),
                "target": target,
                "id": f"kr-{goal_id}",
                "unit": unit,
                "check_ins": check_ins,
            }
        ],
        "milestones": milestones,
    }
    roll = rng.random()
    if roll < 0.05:
        goal["status"] = "abandoned"
    elif roll < 0.15 and check_ins:
        goal["status"] = "achieved"
    return goal


def plan_document(index: int, *, seed: int = 0, mentors: int | None = None) -> dict[str, Any]:
    """The plan document (as `to_dict` writes it) of pair *index* of a generated programme.

    *mentors* is the size of the mentor pool (default: one mentor per eight
    pairs); about one pair in twenty has no mentor.
    """
    rng = random.Random(seed * 1_000_003 + index)  # noqa: S311 - test data, not secrets
    pool = mentors or max(1, (index // 8) + 1)
    mentee = _person(rng, "mentee", index)
    quiet = rng.random() < 0.12  # a pair that went quiet a while ago
    quiet_after = rng.randint(0, 120) if quiet else 10_000
    goals = [_goal(rng, index, number, quiet_after) for number in range(rng.randint(3, 5))]
    document: dict[str, Any] = {
        "schema_version": 1,
        "mentee": mentee,
        "id": f"plan-{seed}-{index:06d}",
        "title": f"{mentee['name']}'s development plan",
        "goals": goals,
    }
    if rng.random() >= 0.05:
        mentor_number = rng.randrange(pool) if mentors else index // 8
        mentor_rng = random.Random(seed * 7_919 + mentor_number)  # noqa: S311 - test data
        document["mentor"] = _person(mentor_rng, "mentor", mentor_number)
    if rng.random() < 0.85:
        anchor = min(goal["start"] for goal in goals)
        document["cadence"] = {
            "every": 1,
            "unit": rng.choice(("month", "quarter")),
            "anchor": anchor,
        }
        start = datetime.date.fromisoformat(anchor)
        reviews = []
        day = rng.randint(0, 5)
        while day <= min(quiet_after, (AS_OF - start).days):
            if rng.random() < 0.8:
                reviews.append({"held_on": _day(start, day), "id": f"r-{index}-{len(reviews)}"})
            day += rng.choice((28, 31, 35, 45))
        goals[0]["reviews"] = reviews
    return document


def write_programme(
    directory: Path,
    count: int,
    *,
    seed: int = 0,
    yaml_every: int = 0,
    mentors: int | None = None,
) -> list[Path]:
    """Write *count* plan files under *directory* and return their paths.

    Every *yaml_every*-th file is YAML (needs PyYAML); the others are JSON.
    """
    written = []
    for index in range(count):
        folder = directory / f"{index // PER_DIRECTORY:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        document = plan_document(index, seed=seed, mentors=mentors)
        if yaml_every and index % yaml_every == yaml_every - 1:
            import yaml

            path = folder / f"plan-{index:06d}.yaml"
            path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        else:
            path = folder / f"plan-{index:06d}.json"
            path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write a generated programme: ``make_programme.py OUT --count N [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--yaml-every", type=int, default=0, help="every Nth file as YAML")
    parser.add_argument("--mentors", type=int, default=None, help="size of the mentor pool")
    args = parser.parse_args(argv)
    paths = write_programme(
        args.directory, args.count, seed=args.seed, yaml_every=args.yaml_every, mentors=args.mentors
    )
    print(f"wrote {len(paths)} plans under {args.directory}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
