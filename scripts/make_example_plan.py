"""Build the bundled example plan and write it where goalkit and its users read it.

The plan is written in Python here, with the model's own constructors and
operations (check-ins, milestones, reviews, a revision, an achievement), so
that every invariant is checked while it is built. The output is the package
data that `goalkit.example_plan()` and `goalkit report --example` load, plus
the copies under `examples/` for people who want a file to edit:

    python scripts/make_example_plan.py          # write the three files
    python scripts/make_example_plan.py --check  # exit 1 if any file is stale

The goals come from the domain reading: a junior engineer who aims to move
into a team lead role within two years, broken into short-term goals (five
presentations in three months, four industry events in six months, a new
tool learned within two months) and a goal of the mentor's own.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import goalkit
from goalkit import (
    Cadence,
    Direction,
    Goal,
    GoalKind,
    KeyResult,
    Milestone,
    Person,
    Plan,
    Review,
    ReviewKind,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = ROOT / "src" / "goalkit" / "data" / "mentorship-plan.json"
EXAMPLE_JSON = ROOT / "examples" / "mentorship-plan.json"
EXAMPLE_YAML = ROOT / "examples" / "mentorship-plan.yaml"

ANA = Person(id="ana", name="Ana Diaz")
SAM = Person(id="sam", name="Sam Okafor")


def team_lead() -> Goal:
    """The long-term goal the others serve."""
    goal = Goal(
        id="g-team-lead",
        title="Move into a team lead role on the platform team within two years",
        description=(
            "Grow from senior engineer to leading the platform team: facilitate the "
            "team's rituals, speed up its reviews and earn the team's trust as a lead."
        ),
        kind=GoalKind.DEVELOPMENT,
        owner="ana",
        start=date(2026, 6, 1),
        due=date(2028, 5, 31),
        relevance=(
            "Career objective agreed with my manager: the platform team opens a lead "
            "role when it splits in 2028."
        ),
        tags=("career planning", "leadership"),
        key_results=(
            KeyResult(
                id="kr-plannings",
                title="Sprint plannings facilitated",
                target=12,
                unit="plannings",
                due=date(2028, 3, 31),
            ),
            KeyResult(
                id="kr-review-hours",
                title="Median pull-request review time",
                baseline=30,
                target=12,
                unit="hours",
                due=date(2027, 12, 31),
            ),
            KeyResult(
                id="kr-ready-to-lead",
                title="Peers who rate me ready to lead in 360-degree feedback",
                baseline=20,
                target=75,
                unit="%",
                weight=2,
                due=date(2028, 3, 31),
            ),
        ),
        milestones=(
            Milestone(
                id="m-two-year-plan",
                title="Agree the two-year plan with Sam",
                due=date(2026, 6, 15),
                completed_on=date(2026, 6, 5),
            ),
            Milestone(
                id="m-shadow-lead",
                title="Shadow the current team lead for a quarter",
                due=date(2026, 9, 30),
                completed_on=date(2026, 10, 2),
            ),
            Milestone(
                id="m-lead-release",
                title="Lead the team through one release",
                due=date(2027, 6, 30),
            ),
            Milestone(
                id="m-apply",
                title="Apply for the team lead opening",
                due=date(2028, 3, 31),
            ),
        ),
    )
    for key_result_id, value, on, confidence, note in (
        ("kr-plannings", 1, date(2026, 8, 3), 7, "Ran the planning while Priya was away"),
        ("kr-plannings", 2, date(2026, 9, 14), 7, ""),
        ("kr-plannings", 4, date(2026, 10, 26), 8, "Now every other sprint"),
        ("kr-plannings", 5, date(2026, 11, 9), 8, ""),
        ("kr-review-hours", 27, date(2026, 7, 31), 6, "Review rota proposed"),
        ("kr-review-hours", 22, date(2026, 9, 30), 7, "Rota adopted by the team"),
        ("kr-review-hours", 19, date(2026, 10, 30), 7, ""),
        ("kr-ready-to-lead", 35, date(2026, 9, 25), 6, "First 360-degree round"),
    ):
        goal = goal.check_in(
            key_result_id, value, on=on, confidence=confidence, note=note, by="ana"
        )
    for review in (
        Review(
            id="r-kickoff",
            held_on=date(2026, 6, 5),
            reviewer="sam",
            rating=4,
            notes="Agreed the two-year plan and the three short-term goals that feed it.",
            next_steps=("Ask Priya to let me shadow her for a quarter",),
        ),
        Review(
            id="r-360",
            held_on=date(2026, 9, 25),
            kind=ReviewKind.FEEDBACK_360,
            reviewer="sam",
            rating=3,
            notes=(
                "Peers value the review rota; they want to hear Ana more in design discussions."
            ),
            next_steps=("Speak first in the next two design reviews",),
        ),
        Review(
            id="r-reflection-q3",
            held_on=date(2026, 10, 5),
            kind=ReviewKind.SELF_REFLECTION,
            reviewer="ana",
            rating=4,
            notes="Shadowing showed me how much of the role is unblocking others.",
        ),
    ):
        goal = goal.add_review(review)
    return goal


def presentations() -> Goal:
    """Public speaking: the domain reading's own SMART example."""
    goal = Goal(
        id="g-presentations",
        title=(
            "Enhance my public speaking skills by giving five presentations "
            "in the next three months"
        ),
        kind=GoalKind.DEVELOPMENT,
        owner="ana",
        start=date(2026, 9, 1),
        due=date(2026, 11, 30),
        parent_id="g-team-lead",
        relevance="A team lead presents the team's work every quarter.",
        tags=("skill development", "communication"),
        key_results=(
            KeyResult(
                id="kr-talks",
                title="Presentations given",
                target=5,
                unit="presentations",
                due=date(2026, 11, 30),
            ),
            KeyResult(
                id="kr-prep-hours",
                title="Preparation time per presentation",
                baseline=10,
                target=6,
                unit="hours",
                direction=Direction.AT_MOST,
                weight=0.5,
            ),
        ),
        milestones=(
            Milestone(
                id="m-first-talk",
                title="First talk at the team meeting",
                due=date(2026, 9, 30),
                completed_on=date(2026, 9, 24),
            ),
            Milestone(
                id="m-all-hands",
                title="Present at the engineering all-hands",
                due=date(2026, 11, 26),
            ),
        ),
    )
    for key_result_id, value, on, confidence, note in (
        ("kr-talks", 1, date(2026, 9, 24), 7, "Team meeting: the review rota"),
        ("kr-talks", 2, date(2026, 10, 15), 6, "Guild talk on flaky tests"),
        ("kr-talks", 3, date(2026, 10, 29), 6, "Demo to the product team"),
        ("kr-talks", 4, date(2026, 11, 12), 7, "Lightning talk at the platform guild"),
        ("kr-prep-hours", 9, date(2026, 9, 24), None, ""),
        ("kr-prep-hours", 6, date(2026, 11, 12), None, "Reused the slide template"),
    ):
        goal = goal.check_in(
            key_result_id, value, on=on, confidence=confidence, note=note, by="ana"
        )
    return goal.add_review(
        Review(
            id="r-talks-survey",
            held_on=date(2026, 10, 16),
            kind=ReviewKind.SURVEY,
            reviewer="sam",
            rating=4,
            notes="Audience survey after the guild talk: clear, a little fast.",
            next_steps=("Rehearse the all-hands talk with a timer",),
        )
    )


def networking() -> Goal:
    """Networking, with two increasing key results."""
    goal = Goal(
        id="g-networking",
        title=(
            "Improve my networking skills within six months by attending "
            "four industry-specific events"
        ),
        kind=GoalKind.PERFORMANCE,
        owner="ana",
        start=date(2026, 7, 1),
        due=date(2026, 12, 31),
        parent_id="g-team-lead",
        relevance="Leads hire and represent the team outside the company.",
        tags=("networking",),
        key_results=(
            KeyResult(
                id="kr-events",
                title="Industry events attended",
                target=4,
                unit="events",
                due=date(2026, 12, 31),
            ),
            KeyResult(
                id="kr-contacts",
                title="New contacts followed up within a week",
                target=10,
                unit="contacts",
                due=date(2026, 12, 31),
            ),
        ),
        milestones=(
            Milestone(
                id="m-shortlist",
                title="Shortlist the half-year's events with Sam",
                due=date(2026, 7, 15),
                completed_on=date(2026, 7, 10),
            ),
        ),
    )
    for key_result_id, value, on, confidence, note in (
        ("kr-events", 1, date(2026, 7, 23), 8, "Platform engineering meetup"),
        ("kr-events", 2, date(2026, 9, 18), 8, "DevOps days"),
        ("kr-events", 3, date(2026, 10, 29), 9, "Regional cloud summit"),
        ("kr-contacts", 2, date(2026, 7, 24), 7, ""),
        ("kr-contacts", 5, date(2026, 9, 19), 7, ""),
        ("kr-contacts", 8, date(2026, 10, 30), 8, ""),
    ):
        goal = goal.check_in(
            key_result_id, value, on=on, confidence=confidence, note=note, by="ana"
        )
    return goal


def learning() -> Goal:
    """A short learning goal, revised once and achieved."""
    goal = Goal(
        id="g-learn-dbt",
        title="Learn Tableau within two months by finishing its course and shipping one dashboard",
        kind=GoalKind.LEARNING,
        owner="ana",
        start=date(2026, 9, 15),
        due=date(2026, 11, 15),
        parent_id="g-team-lead",
        relevance="The team lead owns the team's delivery metrics.",
        tags=("skill development",),
        key_results=(
            KeyResult(
                id="kr-modules",
                title="Course modules completed",
                target=8,
                unit="modules",
                due=date(2026, 11, 1),
            ),
            KeyResult(
                id="kr-shipped",
                title="Pieces of work shipped to production",
                target=1,
                due=date(2026, 11, 15),
            ),
        ),
        milestones=(
            Milestone(
                id="m-certificate",
                title="Course certificate",
                due=date(2026, 11, 1),
                completed_on=date(2026, 10, 30),
            ),
        ),
    )
    # Goals adjust as the mentee grows: the team chose another tool two weeks in.
    goal = goal.revise(
        "The team standardised on dbt at the September planning; agreed with Sam to switch",
        on=date(2026, 9, 29),
        title="Learn dbt within two months by finishing its course and shipping one data model",
        description="Switched from Tableau: the team's metrics now live in dbt models.",
    )
    for key_result_id, value, on, confidence, note in (
        ("kr-modules", 2, date(2026, 10, 5), 7, ""),
        ("kr-modules", 5, date(2026, 10, 19), 8, ""),
        ("kr-modules", 8, date(2026, 10, 30), 9, "Certificate earned"),
        ("kr-shipped", 1, date(2026, 11, 12), 10, "Deploy-frequency model in production"),
    ):
        goal = goal.check_in(
            key_result_id, value, on=on, confidence=confidence, note=note, by="ana"
        )
    goal = goal.add_review(
        Review(
            id="r-dbt-done",
            held_on=date(2026, 11, 13),
            reviewer="sam",
            rating=5,
            notes="Shipped a day early; the model already feeds the team dashboard.",
        )
    )
    return goal.achieve(date(2026, 11, 13), "Course finished and the first model shipped")


def mentor_goal() -> Goal:
    """The mentor's own goal, with a threshold to keep."""
    goal = Goal(
        id="g-mentor",
        title=(
            "Nurture Ana's leadership and communication skills by holding seven monthly "
            "one-on-ones and giving written feedback after every presentation by December 2026"
        ),
        kind=GoalKind.DEVELOPMENT,
        owner="sam",
        start=date(2026, 6, 1),
        due=date(2026, 12, 31),
        relevance=(
            "Mentor goal: build my reputation as a guide and advisor, and practise "
            "coaching before I run the mentoring programme."
        ),
        tags=("mentor goal", "leadership", "communication"),
        key_results=(
            KeyResult(
                id="kr-one-on-ones",
                title="Monthly one-on-ones held",
                target=7,
                unit="one-on-ones",
                due=date(2026, 12, 31),
            ),
            KeyResult(
                id="kr-confidence",
                title="Ana's confidence after a one-on-one, out of 10",
                baseline=5,
                target=7,
                direction=Direction.AT_LEAST,
            ),
        ),
        milestones=(
            Milestone(
                id="m-feedback-template",
                title="Write a feedback template for presentations",
                due=date(2026, 9, 15),
                completed_on=date(2026, 9, 10),
            ),
        ),
    )
    held = (
        date(2026, 6, 5),
        date(2026, 7, 6),
        date(2026, 8, 5),
        date(2026, 9, 7),
        date(2026, 10, 5),
        date(2026, 11, 5),
    )
    confidence_after = (5, 6, 6, 7, 7, 8)
    for count, (on, score) in enumerate(zip(held, confidence_after, strict=True), start=1):
        goal = goal.check_in("kr-one-on-ones", count, on=on, by="sam")
        goal = goal.check_in("kr-confidence", score, on=on, by="sam")
    return goal.add_review(
        Review(
            id="r-mentor-reflection",
            held_on=date(2026, 11, 6),
            kind=ReviewKind.SELF_REFLECTION,
            reviewer="sam",
            rating=4,
            notes="Written feedback lands better than feedback in the corridor.",
            next_steps=("Ask Ana which feedback she used, and which she ignored",),
        )
    )


def _agreed(goal: Goal) -> Goal:
    """Ana and Sam agreed each goal together: at the kick-off, or on the goal's first day."""
    assert goal.start is not None
    day = max(goal.start, date(2026, 6, 5))
    return goal.agree(ANA.id, day).agree(SAM.id, day)


def build() -> Plan:
    """The example plan, built with the model's own operations."""
    return Plan(
        id="plan-ana-team-lead",
        title="Ana's path to team lead",
        mentee=ANA,
        mentor=SAM,
        cadence=Cadence(every=1, unit="month", anchor=date(2026, 6, 5)),
        goals=tuple(
            _agreed(goal)
            for goal in (team_lead(), presentations(), networking(), learning(), mentor_goal())
        ),
    )


def rendered(plan: Plan) -> dict[Path, str]:
    """The text of each file, as it should be on disk."""
    json_text = goalkit.to_json(plan, indent=2) + "\n"
    return {
        PACKAGE_DATA: json_text,
        EXAMPLE_JSON: json_text,
        EXAMPLE_YAML: _yaml_text(plan),
    }


def _yaml_text(plan: Plan) -> str:
    # The library's own YAML writer (the `yaml` extra), so the copy reads back exactly.
    from goalkit._serialize.documents import write_yaml

    header = (
        "# goalkit example plan: Ana's path to team lead.\n"
        "# Generated by scripts/make_example_plan.py; the same plan as mentorship-plan.json.\n"
        "# Try: goalkit report examples/mentorship-plan.yaml\n"
    )
    return header + write_yaml(goalkit.to_dict(plan))


def main(argv: list[str] | None = None) -> int:
    """Write (or, with --check, compare) the example plan files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    args = parser.parse_args(argv)
    stale = []
    for path, text in rendered(build()).items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        verb = "stale" if args.check else "wrote"
        print(f"{verb}: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
