"""Assess 10,000 varied goals, beside the time to load the same goals from JSON.

Run from the repository root:

    python benchmarks/bench_smart.py                  # about a minute
    python benchmarks/bench_smart.py --goals 1000     # a quick look

The goals are drawn at random from the shapes mentoring guides use: vague
wishes ("I want to improve my skills"), topics ("Networking"), SMART
sentences with numbers in digits or words and every time-frame form, with
or without relevance, key results with check-ins (some behind pace),
milestones, parents and owners, in one plan. The same plan is written with
`goalkit.to_json` and read back with `goalkit.from_json`.

The figure is the ratio of assessing to loading, both medians of --repeat
runs in the same process, in CPU time (`time.process_time`, so other work
on a shared machine does not count): below 1.0, assessing costs less than
loading. Absolute seconds vary between machines and runs; the ratio is
what to compare. The last row times the sentence reader alone (`analyze_text` on
every statement, its cache cleared), the part of assessing that reads
English.

On a shared machine CPU time is noisy. `--instructions` counts instead,
with valgrind's callgrind: the instructions of one `assess_plan` (every
statement read afresh, the word caches warm) and of one `from_json` of the
same plan, each in its own child process; the count is the same on every
run. With --goals 1000 it takes a few minutes.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import goalkit
from goalkit import CheckIn, Goal, GoalKind, GoalStatus, KeyResult, Milestone, Person, Plan
from goalkit._text import _analyze

AS_OF = datetime.date(2027, 3, 1)

VERBS = ["Give", "Attend", "Write", "Publish", "Interview", "Read", "Mentor", "Run", "Host"]
NOUNS = ["presentations", "industry events", "blog posts", "articles", "candidates",
         "books on leadership", "junior engineers", "workshops", "meetups"]  # fmt: skip
NUMBERS = ["2", "3", "four", "five", "twelve", "twenty-one", "a dozen", "10", "1,200", "15"]
FRAMES = ["in the next three months", "within 2 months", "within six months", "in 5 years",
          "over the next quarter", "by June 2027", "by 2027-06-30", "by the end of the quarter",
          "by the end of the year", "this year", ""]  # fmt: skip
LEADS = ["", "I want to ", "We will ", "My goal is to "]
VAGUE = ["I want to improve my skills", "Get better at my job", "Be more confident",
         "Work on my career", "Networking", "Career planning", "Skill development",
         "Gaining new perspectives", "Enhancing leadership abilities"]  # fmt: skip
RELEVANCE = ["", "", "Team leads present the team's work every quarter", "career",
             "Ana wants to lead the platform team within two years"]  # fmt: skip


def statement(rng: random.Random, index: int) -> str:
    if rng.random() < 0.25:
        # A serial number keeps statements distinct, as real ones are.
        return f"{rng.choice(VAGUE)} ({index})"
    verb, noun, number = rng.choice(VERBS), rng.choice(NOUNS), rng.choice(NUMBERS)
    frame = rng.choice(FRAMES)
    head = f"{rng.choice(LEADS)}{verb.lower() if rng.random() < 0.3 else verb}"
    text = f"{head} {number} {noun} {frame}".strip()
    if rng.random() < 0.3:
        text = f"Enhance my public speaking skills by giving {number} talks {frame}".strip()
    return f"{text} for team {index}"


def build_plan(count: int, seed: int = 11) -> Plan:
    rng = random.Random(seed)
    owners = [None, *(f"p{n}" for n in range(20))]
    goals: list[Goal] = []
    for index in range(count):
        start = datetime.date(2027, 1, 1) + datetime.timedelta(days=rng.randrange(0, 60))
        due = start + datetime.timedelta(days=rng.choice([30, 90, 180, 400, 900]))
        dated = rng.random() < 0.7
        key_results = []
        for k in range(rng.choice([0, 1, 2, 3, 3, 6])):
            target = rng.choice([4, 5, 10, 12, 100])
            check_ins = []
            day = start
            for _ in range(rng.randrange(0, 10)):
                day += datetime.timedelta(days=rng.randrange(3, 12))
                check_ins.append(
                    CheckIn(
                        on=day,
                        value=round(rng.uniform(0, target), 1),
                        confidence=rng.choice([None, 2, 6, 9]),
                    )
                )
            key_results.append(
                KeyResult(
                    id=f"g{index}-kr{k}",
                    title=f"Key result {k}",
                    target=target,
                    unit=rng.choice(["", "presentations", "events"]),
                    due=rng.choice([None, due]),
                    check_ins=check_ins,
                )
            )
        milestones = [
            Milestone(
                id=f"g{index}-m{m}",
                title=f"Milestone {m}",
                due=start + datetime.timedelta(days=rng.randrange(0, 500)),
            )
            for m in range(rng.choice([0, 0, 1, 3]))
        ]
        parent = goals[rng.randrange(len(goals))].id if goals and rng.random() < 0.2 else None
        goals.append(
            Goal(
                id=f"g{index}",
                title=statement(rng, index),
                kind=rng.choice(list(GoalKind)),
                owner=rng.choice(owners),
                start=start if dated else None,
                due=due if dated else None,
                status=rng.choice(
                    [GoalStatus.ACTIVE] * 8 + [GoalStatus.ACHIEVED, GoalStatus.DRAFT]
                ),
                parent_id=parent,
                relevance=rng.choice(RELEVANCE),
                tags=rng.choice([(), (), ("objective:retention",)]),
                key_results=key_results,
                milestones=milestones,
            )
        )
    return Plan(id="bench", mentee=Person(id="ana", name="Ana"), goals=goals)


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        _analyze.cache_clear()  # every run reads every statement afresh
        began = time.process_time()
        run()
        times.append(time.process_time() - began)
    return statistics.median(times)


def counted_child(what: str, goals: int) -> None:
    """Under callgrind: warm up, zero the counter, then run *what* once."""
    plan = build_plan(goals)
    text = goalkit.to_json(plan)
    goalkit.assess_plan(plan, as_of=AS_OF)  # word caches, lemminflect, workloads
    goalkit.from_json(Plan, text)
    _analyze.cache_clear()
    subprocess.run(["callgrind_control", "-z", str(os.getpid())], check=True,
                   capture_output=True)  # fmt: skip
    if what == "assess":
        goalkit.assess_plan(plan, as_of=AS_OF)
    else:
        goalkit.from_json(Plan, text)
    os._exit(0)  # count no interpreter teardown: it would add the same to both counts


def instructions(what: str, goals: int) -> int:
    """The instructions of one `assess_plan` or one `from_json`, counted by callgrind."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
    done = subprocess.run(
        [*command, __file__, "--goals", str(goals), "--child", what],
        check=True,
        capture_output=True,
        text=True,
    )
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if collected is None:
        raise RuntimeError(f"callgrind reported no count: {done.stderr[-500:]}")
    return int(collected[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with valgrind instead"
    )
    parser.add_argument("--child", choices=["assess", "load"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        counted_child(args.child, args.goals)
        return 0
    if args.instructions:
        assessed = instructions("assess", args.goals)
        loaded = instructions("load", args.goals)
        print(f"{args.goals} goals; instructions counted by callgrind")
        print(f"load: from_json(Plan, text)   {loaded:16,}   1.00")
        print(f"assess_plan(plan)             {assessed:16,}{assessed / loaded:7.2f}")
        return 0

    plan = build_plan(args.goals)
    text = goalkit.to_json(plan)
    assert goalkit.from_json(Plan, text) == plan

    load = median_seconds(lambda: goalkit.from_json(Plan, text), args.repeat)
    in_plan = median_seconds(lambda: goalkit.assess_plan(plan, as_of=AS_OF), args.repeat)
    one_by_one = median_seconds(
        lambda: [goalkit.assess(goal, plan=plan, as_of=AS_OF) for goal in plan.goals],
        args.repeat,
    )
    alone = median_seconds(
        lambda: [goalkit.assess(goal, as_of=AS_OF) for goal in plan.goals], args.repeat
    )

    statements = [goal.title for goal in plan.goals]
    reader = median_seconds(lambda: [goalkit.analyze_text(s) for s in statements], args.repeat)

    reports = goalkit.assess_plan(plan, as_of=AS_OF)
    smart = sum(report.passed for report in reports.values())
    count = len(plan.goals)
    print(f"{count} goals, {len(text) / 1e6:.1f} MB of JSON; {smart} SMART as of {AS_OF}")
    print(f"python {sys.version.split()[0]}, CPU time, medians of {args.repeat} runs")
    print(f"{'':34}{'seconds':>9}{'goals/s':>11}{'vs load':>9}")
    for name, seconds in [
        ("load: from_json(Plan, text)", load),
        ("assess_plan(plan)", in_plan),
        ("assess(goal, plan=plan) each", one_by_one),
        ("assess(goal) each, no plan", alone),
        ("reader: analyze_text each", reader),
    ]:
        print(f"{name:34}{seconds:9.3f}{count / seconds:11,.0f}{seconds / load:9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
