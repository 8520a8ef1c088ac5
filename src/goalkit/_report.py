"""Reports people want to read: a plan's progress as text, Markdown, HTML and JSON.

`plan_report` gathers, for one as-of day, everything a mentoring
conversation looks at: each goal's progress against the time elapsed, its
health and forecast, the next milestone, the last check-in and the SMART
verdict; then the upcoming reviews and the recent wins to celebrate. The
result, a `PlanReport`, renders itself four ways from the same figures:

- `to_text`: for a terminal, at most 100 columns, with Unicode bars that
  degrade to ASCII when the output cannot show them;
- `to_markdown`: a table for an issue, a wiki page or a pull request;
- `to_html`: one self-contained page (no external assets, no JavaScript),
  readable on a phone and on a desktop;
- `to_dict` / `to_json`: the machine-readable twin, whose shape is
  documented in `docs/reference/report.md`.

Rendering never reads the clock: the as-of day is fixed when the report is
built.
"""

from __future__ import annotations

import datetime
import html
import json
import textwrap
from collections.abc import Iterator, Mapping
from typing import Any, Final, Literal

import attrs

from goalkit._display_hook import repr_html
from goalkit._model import CheckIn, Goal, KeyResult, Milestone, Person, Plan
from goalkit._progress import (
    Celebration,
    Health,
    Progress,
    celebrations,
    due_reviews,
    next_review,
    progress,
    progress_by_goal,
)
from goalkit._smart import Finding, Severity, SmartReport, assess_plan
from goalkit._version import __version__

__all__ = [
    "REPORT_VERSION",
    "GoalLine",
    "PlanReport",
    "ReportFormat",
    "plan_report",
]

#: Version of the JSON report shape (`PlanReport.to_dict`); bumped on any incompatible change.
REPORT_VERSION: Final = 1

#: The formats `PlanReport.render` accepts.
ReportFormat = Literal["text", "markdown", "html", "json"]

#: Text reports fit this many columns.
TEXT_WIDTH: Final = 100

#: How far back "recent celebrations" look when no `since` is given.
CELEBRATION_DAYS: Final = 30

#: How many upcoming review dates a report lists.
UPCOMING_REVIEWS: Final = 3

HEALTH_LABELS: Final[Mapping[Health, str]] = {
    Health.NOT_STARTED: "not started",
    Health.ON_TRACK: "on track",
    Health.AT_RISK: "at risk",
    Health.OFF_TRACK: "off track",
    Health.ACHIEVED: "achieved",
    Health.ABANDONED: "abandoned",
    Health.UNKNOWN: "unknown",
}

#: Foreground colours for health, chosen for contrast on white (WCAG AA for text).
HEALTH_COLOURS: Final[Mapping[Health, str]] = {
    Health.NOT_STARTED: "#57606a",
    Health.ON_TRACK: "#1a7f37",
    Health.AT_RISK: "#9a6700",
    Health.OFF_TRACK: "#cf222e",
    Health.ACHIEVED: "#8250df",
    Health.ABANDONED: "#57606a",
    Health.UNKNOWN: "#57606a",
}

#: A shape per health, so that health never depends on colour alone.
HEALTH_SYMBOLS: Final[Mapping[Health, str]] = {
    Health.NOT_STARTED: "○",
    Health.ON_TRACK: "●",
    Health.AT_RISK: "▲",
    Health.OFF_TRACK: "■",
    Health.ACHIEVED: "✓",
    Health.ABANDONED: "×",
    Health.UNKNOWN: "?",
}

_ANSI_HEALTH: Final[Mapping[Health, str]] = {
    Health.ON_TRACK: "32",
    Health.AT_RISK: "33",
    Health.OFF_TRACK: "31",
    Health.ACHIEVED: "35",
}

# Characters the text report uses beyond ASCII, and their ASCII stand-ins.
_ASCII: Final[Mapping[str, str]] = {
    "·": "|",
    "→": "->",
    "—": "-",
    "…": "...",
    "✓": "ok",
    "✗": "x",
    "“": '"',
    "”": '"',
}
_UNICODE_PROBE: Final = "█▉▏░·→—…✓✗“”"
_BAR_EIGHTHS: Final = " ▏▎▍▌▋▊▉"


# ------------------------------------------------------------------ helpers


def percent(value: float | None) -> str:
    """A share as a whole percentage, or ``n/a`` when there is nothing to measure.

    Examples:
        >>> percent(0.625), percent(1.0), percent(None)
        ('62%', '100%', 'n/a')
    """
    return "n/a" if value is None else f"{value:.0%}"


def health_label(health: Health) -> str:
    """The word for a health, as reports print it.

    Examples:
        >>> from goalkit import Health
        >>> health_label(Health.AT_RISK)
        'at risk'
    """
    return HEALTH_LABELS[health]


def can_encode(encoding: str | None) -> bool:
    """Whether text in *encoding* can show the text report's Unicode bars and marks.

    Examples:
        >>> can_encode("utf-8"), can_encode("ascii"), can_encode(None)
        (True, False, False)
    """
    if not encoding:
        return False
    try:
        _UNICODE_PROBE.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def text_bar(value: float | None, width: int = 24, *, ascii_only: bool = False) -> str:
    """A progress bar *width* characters wide (ASCII: two more, for the brackets).

    Examples:
        >>> text_bar(0.5, 10)
        '█████░░░░░'
        >>> text_bar(0.5, 10, ascii_only=True)
        '[#####.....]'
        >>> text_bar(None, 10, ascii_only=True)
        '[    n/a   ]'
    """
    if value is None:
        empty = "n/a".center(width)
        return f"[{empty}]" if ascii_only else empty.replace(" ", "·")
    share = min(max(value, 0.0), 1.0)
    if ascii_only:
        filled = round(share * width)
        return "[" + "#" * filled + "." * (width - filled) + "]"
    eighths = round(share * width * 8)
    full, part = divmod(eighths, 8)
    bar = "█" * full + (_BAR_EIGHTHS[part] if part else "")
    return bar + "░" * (width - len(bar))


def _value_text(value: float) -> str:
    # 3.0 -> "3", 2.5 -> "2.5": check-ins read like what people typed.
    return f"{value:g}" if isinstance(value, float) else str(value)


def _date(day: datetime.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _enum_value(value: object) -> object:
    return getattr(value, "value", value)


# -------------------------------------------------------------- the report


@attrs.frozen(kw_only=True)
class GoalLine:
    """One goal's row of a `PlanReport`: the goal, where it sits, and what is known of it.

    Attributes:
        goal: the goal itself.
        number: its outline number in the plan's tree, such as ``"1.2"``.
        depth: 0 for a top-level goal, 1 for its children, and so on.
        owner: the owner's display name (the plan's mentee or mentor when the
            owner is their id), or None when the goal has no owner.
        progress: `progress(goal, as_of=..., plan=...)`.
        smart: `assess(goal, plan=..., today=as_of)`.
        next_milestone: the first milestone not completed by the as-of day,
            earliest due first (milestones without a due date last).
        last_check_in: the latest check-in on or before the as-of day, with
            its key result (the first listed, when several share that day).

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> line = report.goals[1]
        >>> line.number, line.depth, line.owner
        ('1.1', 1, 'Ana Diaz')
    """

    goal: Goal
    number: str
    depth: int
    owner: str | None
    progress: Progress
    smart: SmartReport
    next_milestone: Milestone | None
    last_check_in: tuple[KeyResult, CheckIn] | None

    def to_dict(self) -> dict[str, Any]:
        """This goal's entry of the JSON report (see `PlanReport.to_dict`).

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> report.goals[0].to_dict()["horizon"]
            'long_term'
        """
        goal = self.goal
        horizon = goal.horizon
        milestone = self.next_milestone
        check_in: dict[str, Any] | None = None
        if self.last_check_in is not None:
            key_result, entry = self.last_check_in
            check_in = {
                "on": entry.on.isoformat(),
                "key_result_id": key_result.id,
                "key_result": key_result.title,
                "value": entry.value,
                "unit": key_result.unit,
                "confidence": entry.confidence,
                "note": entry.note,
            }
        return {
            "id": goal.id,
            "number": self.number,
            "title": goal.title,
            "parent_id": goal.parent_id,
            "depth": self.depth,
            "kind": goal.kind.value,
            "horizon": None if horizon is None else horizon.value,
            "status": goal.status_on(self.progress.as_of).value,
            "owner_id": goal.owner,
            "owner": self.owner,
            "start": _date(goal.start),
            "due": _date(goal.due),
            "progress": _progress_dict(self.progress),
            "next_milestone": None
            if milestone is None
            else {"id": milestone.id, "title": milestone.title, "due": _date(milestone.due)},
            "last_check_in": check_in,
            "smart": _smart_dict(self.smart),
        }


def _progress_dict(result: Progress) -> dict[str, Any]:
    return {
        "value": result.value,
        "expected": result.expected,
        "health": result.health.value,
        "forecast": _date(result.forecast),
        "parts": [
            {
                "id": part.id,
                "title": part.title,
                "kind": _enum_value(part.kind),
                "weight": part.weight,
                "value": part.value,
            }
            for part in result.parts
        ],
    }


def _smart_dict(report: SmartReport) -> dict[str, Any]:
    return {
        "passed": report.passed,
        "score": report.score,
        "failed": [criterion.value for criterion in report.failed],
        "findings": [finding_dict(finding) for finding in report.findings],
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A SMART finding as JSON data: the shape `report` and `check` both write.

    Examples:
        >>> from goalkit import Criterion, Finding, Severity
        >>> finding_dict(Finding(criterion=Criterion.TIME_BOUND, code="T-NO-DEADLINE",
        ...                      severity=Severity.ERROR, message="No deadline."))["code"]
        'T-NO-DEADLINE'
    """
    return {
        "criterion": finding.criterion.value,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "hint": finding.hint,
        "path": finding.path,
    }


@attrs.frozen(kw_only=True)
class PlanReport:
    """A plan's progress on one day, ready to render as text, Markdown, HTML or JSON.

    Build it with `plan_report`. Every figure comes from `progress` and
    `assess` for the same as-of day, so the report agrees with them.

    Attributes:
        plan: the plan reported on.
        as_of: the day the figures are for.
        overall: progress of the plan as a whole.
        goals: one `GoalLine` per goal, in the plan's tree order.
        upcoming_reviews: the next review dates of the plan's cadence after
            the as-of day.
        overdue_reviews: cadence dates up to the as-of day with no review
            held since (`due_reviews`).
        since: the first day of the "recent celebrations" window.
        celebrations: milestones completed, key results and goals achieved
            from `since` to `as_of`.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> [line.number for line in report.goals]
        ['1', '1.1', '1.2', '1.3', '2']
        >>> report.upcoming_reviews[0]
        datetime.date(2026, 12, 5)
    """

    plan: Plan
    as_of: datetime.date
    overall: Progress
    goals: tuple[GoalLine, ...]
    upcoming_reviews: tuple[datetime.date, ...]
    overdue_reviews: tuple[datetime.date, ...]
    since: datetime.date
    celebrations: tuple[Celebration, ...]

    # ----------------------------------------------------------- rendering

    def render(self, format: ReportFormat = "text", **options: Any) -> str:  # noqa: A002 - the CLI's word
        """Render in *format*: ``text``, ``markdown``, ``html`` or ``json``.

        Options are passed to the format's method (`to_text` takes `width`,
        `ascii_only` and `color`).

        Raises:
            ValueError: an unknown format.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> report.render("markdown").splitlines()[0]
            "# Ana's path to team lead"
        """
        if format == "text":
            return self.to_text(**options)
        if format == "markdown":
            return self.to_markdown(**options)
        if format == "html":
            return self.to_html(**options)
        if format == "json":
            return self.to_json(**options)
        raise ValueError(f"unknown report format {format!r}: expected text, markdown, html or json")

    def to_dict(self) -> dict[str, Any]:
        """The JSON twin of the report: plain dicts, lists, strings, numbers and None.

        The shape is documented in the reference (`docs/reference/report.md`);
        `report_version` changes when it changes incompatibly.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> data = report.to_dict()
            >>> data["as_of"], data["goals"][0]["id"], data["reviews"]["upcoming"][0]
            ('2026-11-18', 'g-team-lead', '2026-12-05')
        """
        plan = self.plan
        cadence = plan.cadence
        return {
            "report_version": REPORT_VERSION,
            "generator": f"goalkit {__version__}",
            "as_of": self.as_of.isoformat(),
            "plan": {
                "id": plan.id,
                "title": plan.title,
                "mentee": _person_dict(plan.mentee),
                "mentor": None if plan.mentor is None else _person_dict(plan.mentor),
                "cadence": None
                if cadence is None
                else {
                    "every": cadence.every,
                    "unit": cadence.unit.value,
                    "anchor": cadence.anchor.isoformat(),
                },
            },
            "overall": _progress_dict(self.overall),
            "summary": {
                "goals": len(self.goals),
                "smart": sum(1 for line in self.goals if line.smart.passed),
                "health": self._health_counts(),
            },
            "goals": [line.to_dict() for line in self.goals],
            "reviews": {
                "upcoming": [day.isoformat() for day in self.upcoming_reviews],
                "overdue": [day.isoformat() for day in self.overdue_reviews],
            },
            "celebrations": {
                "since": self.since.isoformat(),
                "until": self.as_of.isoformat(),
                "items": [_celebration_dict(item) for item in self.celebrations],
            },
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """`to_dict` as JSON text.

        Examples:
            >>> import datetime, json, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> json.loads(report.to_json())["report_version"]
            1
        """
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_text(
        self, *, width: int = TEXT_WIDTH, ascii_only: bool = False, color: bool = False
    ) -> str:
        """The report for a terminal: no line longer than *width* columns.

        Args:
            width: the widest line, in characters (at least 60).
            ascii_only: use only ASCII characters (bars of ``#`` and ``.``).
            color: colour the health words with ANSI escapes.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> text = report.to_text(ascii_only=True)
            >>> text.isascii(), max(len(line) for line in text.splitlines()) <= 100
            (True, True)
        """
        return _TextRenderer(
            self, width=max(width, 60), ascii_only=ascii_only, color=color
        ).render()

    def to_markdown(self) -> str:
        """The report as Markdown: a heading, a goals table, reviews and celebrations.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> header = report.to_markdown().splitlines()[6]
            >>> header.strip("| ").split(" | ")[:6]
            ['#', 'Goal', 'Kind', 'Horizon', 'Owner', 'Progress']
        """
        return _markdown(self)

    def to_html(self) -> str:
        """The report as one self-contained HTML page: no external assets, no JavaScript.

        Examples:
            >>> import datetime, goalkit
            >>> report = goalkit.plan_report(goalkit.example_plan(),
            ...                              as_of=datetime.date(2026, 11, 18))
            >>> page = report.to_html()
            >>> page.startswith("<!doctype html>"), "<script" in page, "http" in page
            (True, False, False)
        """
        return _html_page(self)

    def _repr_html_(self) -> str:
        return repr_html(self)

    # ------------------------------------------------------------ helpers

    def _health_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for line in self.goals:
            key = line.progress.health.value
            counts[key] = counts.get(key, 0) + 1
        return counts

    def _title(self) -> str:
        return self.plan.title or f"Goal plan of {self.plan.mentee.name}"

    def _facts(self) -> list[str]:
        """The heading's facts, shared by every format: the people and the review rhythm."""
        mentor = self.plan.mentor
        people = f"Mentee {self.plan.mentee.name}"
        facts = [people if mentor is None else f"{people} · mentor {mentor.name}"]
        cadence = self.plan.cadence
        if cadence is not None:
            unit = cadence.unit.value
            every = f"every {unit}" if cadence.every == 1 else f"every {cadence.every} {unit}s"
            facts.append(f"reviews {every}")
        return facts


def _person_dict(person: Person) -> dict[str, str]:
    return {"id": person.id, "name": person.name}


def _celebration_dict(item: Celebration) -> dict[str, Any]:
    return {
        "on": item.on.isoformat(),
        "kind": _enum_value(item.kind),
        "goal_id": item.goal_id,
        "item_id": item.item_id,
        "title": item.title,
        "text": item.text,
    }


def plan_report(
    plan: Plan,
    *,
    as_of: datetime.date | None = None,
    since: datetime.date | None = None,
) -> PlanReport:
    """Gather a plan's progress, SMART verdicts, reviews and celebrations for one day.

    Args:
        plan: the plan to report on.
        as_of: the day the figures are for; today when omitted.
        since: the first day of the "recent celebrations" window; 30 days
            before *as_of* when omitted.

    Raises:
        ValueError: *since* is after *as_of*.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> goal = report.goals[0]
        >>> goal.goal.title
        'Move into a team lead role on the platform team within two years'
        >>> goal.progress == goalkit.progress(goal.goal, as_of=report.as_of, plan=report.plan)
        True
    """
    day = datetime.date.today() if as_of is None else as_of
    window_start = day - datetime.timedelta(days=CELEBRATION_DAYS) if since is None else since
    if window_start > day:
        raise ValueError(
            f"since ({window_start.isoformat()}) must be on or before as_of ({day.isoformat()})"
        )
    names = {plan.mentee.id: plan.mentee.name}
    if plan.mentor is not None:
        names[plan.mentor.id] = plan.mentor.name
    # Whole-plan calls compute each goal (and each owner's load) once, where
    # per-goal calls would recompute every subtree for each of its ancestors.
    progress_of = progress_by_goal(plan, as_of=day)
    smart_of = assess_plan(plan, today=day)
    lines = [
        GoalLine(
            goal=goal,
            number=number,
            depth=depth,
            owner=None if goal.owner is None else names.get(goal.owner, goal.owner),
            progress=progress_of[goal.id],
            smart=smart_of[goal.id],
            next_milestone=_next_milestone(goal, day),
            last_check_in=_last_check_in(goal, day),
        )
        for number, depth, goal in _numbered(plan)
    ]
    return PlanReport(
        plan=plan,
        as_of=day,
        overall=progress(plan, as_of=day),
        goals=tuple(lines),
        upcoming_reviews=_upcoming_reviews(plan, day),
        overdue_reviews=due_reviews(plan, day),
        since=window_start,
        celebrations=tuple(celebrations(plan, window_start, day)),
    )


def _numbered(plan: Plan) -> Iterator[tuple[str, int, Goal]]:
    counters: list[int] = []
    for depth, goal in plan.walk():
        del counters[depth + 1 :]
        if len(counters) <= depth:
            counters.append(0)
        counters[depth] += 1
        yield ".".join(str(n) for n in counters[: depth + 1]), depth, goal


def _next_milestone(goal: Goal, day: datetime.date) -> Milestone | None:
    open_milestones = [m for m in goal.milestones if not m.completed_by(day)]
    if not open_milestones:
        return None
    # Milestones without a due date come last; ties keep the goal's order.
    return min(open_milestones, key=lambda m: (m.due is None, m.due or day))


def _last_check_in(goal: Goal, day: datetime.date) -> tuple[KeyResult, CheckIn] | None:
    latest: tuple[KeyResult, CheckIn] | None = None
    for key_result in goal.key_results:
        last: CheckIn | None = None
        for check_in in key_result.check_ins:
            if check_in.on > day:
                break
            last = check_in  # several on one day: the last one counts
        # On a tie between key results, the first listed (usually the main one) wins.
        if last is not None and (latest is None or last.on > latest[1].on):
            latest = (key_result, last)
    return latest


def _upcoming_reviews(plan: Plan, day: datetime.date) -> tuple[datetime.date, ...]:
    dates: list[datetime.date] = []
    after = day
    while len(dates) < UPCOMING_REVIEWS:
        following = next_review(plan, after)
        if following is None:
            break
        dates.append(following)
        after = following
    return tuple(dates)


# ---------------------------------------------------------------- text


class _TextRenderer:
    """Lays out the text report; one instance per rendering."""

    def __init__(self, report: PlanReport, *, width: int, ascii_only: bool, color: bool) -> None:
        self.report = report
        self.width = width
        self.ascii = ascii_only
        self.color = color
        self.lines: list[str] = []

    def render(self) -> str:
        report = self.report
        self.heading(report._title())
        facts = [*report._facts(), f"as of {report.as_of.isoformat()}"]
        self.wrap(" · ".join(facts), "", "")
        overall = report.overall
        smart = sum(1 for line in report.goals if line.smart.passed)
        self.lines.append("")
        self.progress_line("Overall  ", overall)
        counts = ", ".join(
            f"{count} {HEALTH_LABELS[Health(key)]}"
            for key, count in report._health_counts().items()
        )
        summary = f"{_plural(len(report.goals), 'goal')}, {smart} SMART"
        self.wrap(f"{summary} · {counts}" if counts else summary, " " * 9, " " * 9)
        for line in report.goals:
            self.lines.append("")
            self.goal(line)
        self.reviews()
        self.celebrations()
        text = "\n".join(self.lines) + "\n"
        if self.ascii:
            text = _to_ascii(text)
        return text

    # --------------------------------------------------------- pieces

    def heading(self, text: str) -> None:
        self.wrap(text, "", "")
        self.lines.append(("=" if self.ascii else "═") * min(len(text), self.width))

    def wrap(self, text: str, first: str, rest: str) -> None:
        if self.ascii:
            # ASCII stand-ins can be longer than what they replace: wrap what will be printed.
            text = _to_ascii(text)
        self.lines.extend(
            textwrap.wrap(
                text,
                width=self.width,
                initial_indent=first,
                subsequent_indent=rest,
                break_on_hyphens=False,
            )
            or [first.rstrip()]
        )

    def progress_line(self, prefix: str, result: Progress) -> None:
        """The bar, the figures and the health; the forecast moves down a line if need be."""
        figures = f"{percent(result.value):>4}  expected {percent(result.expected):>4}"
        word = HEALTH_LABELS[result.health].upper()
        # The bar takes what the figures leave, between 10 and 24 characters.
        room = self.width - len(prefix) - len(figures) - len(word) - 4 - (2 if self.ascii else 0)
        bar = text_bar(result.value, max(10, min(24, room)), ascii_only=self.ascii)
        line = f"{prefix}{bar}  {figures}  {self.health(result.health)}"
        visible = len(prefix) + len(bar) + len(figures) + len(word) + 4
        if result.forecast is None:
            self.lines.append(line)
            return
        verb = "achieved" if result.health is Health.ACHIEVED else "forecast"
        forecast = f"{verb} {result.forecast.isoformat()}"
        if visible + 3 + len(forecast) <= self.width:
            self.lines.append(f"{line} · {forecast}")
        else:
            self.lines.append(line)
            self.lines.append(" " * len(prefix) + forecast)

    def health(self, health: Health) -> str:
        word = HEALTH_LABELS[health].upper()
        code = _ANSI_HEALTH.get(health)
        if self.color and code is not None:
            return f"\x1b[1;{code}m{word}\x1b[0m"
        return word

    def goal(self, line: GoalLine) -> None:
        goal = line.goal
        indent = "   " * min(line.depth, 4)
        body = indent + " " * (len(line.number) + 2)
        self.wrap(f"{line.number}  {goal.title}", indent, body)
        meta = [goal.kind.value]
        if goal.horizon is not None:
            meta.append(goal.horizon.value.replace("_", "-"))
        if line.owner is not None:
            meta.append(line.owner)
        if goal.start is not None or goal.due is not None:
            meta.append(f"{_date(goal.start) or '…'} → {_date(goal.due) or '…'}")
        meta.append(goal.status_on(self.report.as_of).value)
        self.wrap(" · ".join(meta), body, body)
        self.progress_line(body, line.progress)
        label = body + "{:<16}"
        rest = body + " " * 16
        milestone = line.next_milestone
        if milestone is not None:
            due = "" if milestone.due is None else f" (due {milestone.due.isoformat()})"
            self.wrap(milestone.title + due, label.format("next milestone"), rest)
        if line.last_check_in is not None:
            key_result, check_in = line.last_check_in
            unit = f" {key_result.unit}" if key_result.unit else ""
            note = f" · “{check_in.note}”" if check_in.note else ""
            self.wrap(
                f"{check_in.on.isoformat()} · {key_result.title}: "
                f"{_value_text(check_in.value)}{unit}{note}",
                label.format("last check-in"),
                rest,
            )
        self.wrap(_smart_verdict(line.smart), label.format("SMART"), rest)
        for finding in _errors_first(line.smart):
            self.wrap(f"✗ {finding.criterion.value}: {finding.message}", rest + "  ", rest + "    ")

    def reviews(self) -> None:
        report = self.report
        self.lines.append("")
        self.heading("Reviews")
        if report.plan.cadence is None:
            self.wrap("No review cadence is set for this plan.", "  ", "  ")
            return
        for day in report.overdue_reviews:
            days = (report.as_of - day).days
            self.lines.append(
                f"  {day.isoformat()}  overdue by {_plural(days, 'day')}: no review held since"
            )
        for day in report.upcoming_reviews:
            days = (day - report.as_of).days
            self.lines.append(f"  {day.isoformat()}  in {_plural(days, 'day')}")
        if not report.upcoming_reviews and not report.overdue_reviews:
            self.wrap("None scheduled.", "  ", "  ")

    def celebrations(self) -> None:
        report = self.report
        self.lines.append("")
        self.heading(f"Recent celebrations (since {report.since.isoformat()})")
        if not report.celebrations:
            self.wrap("Nothing completed in this window yet.", "  ", "  ")
            return
        for item in report.celebrations:
            self.wrap(item.text, f"  {item.on.isoformat()}  ", " " * 14)


def _to_ascii(text: str) -> str:
    for character, replacement in _ASCII.items():
        text = text.replace(character, replacement)
    # Anything left (names, titles) is transliterated or replaced, never an encoding error.
    return text.encode("ascii", "replace").decode("ascii")


def _smart_verdict(report: SmartReport) -> str:
    if report.passed:
        return "✓ passed all five criteria"
    failed = ", ".join(criterion.value.replace("_", "-") for criterion in report.failed)
    return f"✗ not yet: {failed}"


def _errors_first(report: SmartReport, limit: int = 3) -> list[Any]:
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    return errors[:limit]


# ------------------------------------------------------------ markdown


_MARKDOWN_COLUMNS: Final = (
    "#",
    "Goal",
    "Kind",
    "Horizon",
    "Owner",
    "Progress",
    "Expected",
    "Health",
    "Forecast",
    "Next milestone",
    "Last check-in",
    "SMART",
)


_MARKDOWN_ALIGN: Final = {"Progress": "---:", "Expected": "---:"}


def _cell(text: str) -> str:
    # A pipe ends a cell and a newline ends the row; neither may come from user text.
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def _markdown(report: PlanReport) -> str:
    plan = report.plan
    title = report._title()
    facts = [*report._facts(), f"as of **{report.as_of.isoformat()}**"]
    overall = report.overall
    smart = sum(1 for line in report.goals if line.smart.passed)
    out = [
        f"# {_cell(title)}",
        "",
        _cell(" · ".join(facts)),
        "",
        f"**Overall {percent(overall.value)}** (expected {percent(overall.expected)}) · "
        f"{HEALTH_LABELS[overall.health]} · {_plural(len(report.goals), 'goal')}, {smart} SMART",
        "",
        "| " + " | ".join(_MARKDOWN_COLUMNS) + " |",
        "|"
        + "|".join("---:" if c in {"Progress", "Expected"} else "---" for c in _MARKDOWN_COLUMNS)
        + "|",
    ]
    for line in report.goals:
        goal = line.goal
        result = line.progress
        milestone = line.next_milestone
        next_milestone = "—"
        if milestone is not None:
            due = "" if milestone.due is None else f" (due {milestone.due.isoformat()})"
            next_milestone = milestone.title + due
        last = "—"
        if line.last_check_in is not None:
            key_result, check_in = line.last_check_in
            unit = f" {key_result.unit}" if key_result.unit else ""
            last = f"{check_in.on.isoformat()} · {key_result.title}: "
            last += _value_text(check_in.value) + unit
        verdict = "✓" if line.smart.passed else "✗ " + ", ".join(c.value for c in line.smart.failed)
        cells = (
            line.number,
            goal.title,
            goal.kind.value,
            "—" if goal.horizon is None else goal.horizon.value.replace("_", "-"),
            line.owner or "—",
            f"`{text_bar(result.value, 10)}` {percent(result.value)}",
            percent(result.expected),
            f"{HEALTH_SYMBOLS[result.health]} {HEALTH_LABELS[result.health]}",
            _date(result.forecast) or "—",
            next_milestone,
            last,
            verdict,
        )
        out.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    out += ["", "## Reviews", ""]
    if plan.cadence is None:
        out.append("No review cadence is set for this plan.")
    else:
        out += [
            f"- **Overdue:** {day.isoformat()} (no review held since; "
            f"{_plural((report.as_of - day).days, 'day')} ago)"
            for day in report.overdue_reviews
        ]
        out += [
            f"- {day.isoformat()} (in {_plural((day - report.as_of).days, 'day')})"
            for day in report.upcoming_reviews
        ]
        if not report.upcoming_reviews and not report.overdue_reviews:
            out.append("None scheduled.")
    out += ["", f"## Recent celebrations (since {report.since.isoformat()})", ""]
    if report.celebrations:
        out += [f"- {item.on.isoformat()}: {_cell(item.text)}" for item in report.celebrations]
    else:
        out.append("Nothing completed in this window yet.")
    findings = [line for line in report.goals if not line.smart.passed]
    if findings:
        out += ["", "## SMART findings", ""]
        for line in findings:
            out.append(f"- **{line.number} {_cell(line.goal.title)}**")
            for finding in line.smart.findings:
                if finding.severity is not Severity.ERROR:
                    continue
                hint = f" *Hint:* {_cell(finding.hint)}" if finding.hint else ""
                out.append(
                    f"  - {finding.criterion.value} (`{finding.code}`): "
                    f"{_cell(finding.message)}{hint}"
                )
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- HTML


_CSS: Final = """
:root{color-scheme:light dark;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--card:#fff;
--page:#f6f8fa;--track:#e6e9ed;--fill:#0f766e;--mark:#1f2328}
@media (prefers-color-scheme:dark){:root{--ink:#e6edf3;--muted:#9198a1;--line:#3d444d;
--card:#151b23;--page:#0d1117;--track:#2a313c;--fill:#2dd4bf;--mark:#e6edf3}
.h-on_track{--h:#3fb950!important}.h-at_risk{--h:#d29922!important}
.h-off_track{--h:#f85149!important}.h-achieved{--h:#a371f7!important}
.h-not_started,.h-abandoned,.h-unknown{--h:#9198a1!important}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--ink);line-height:1.45;
font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:60rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:2rem 0 .75rem}
h3{font-size:1.05rem;line-height:1.3;margin:0 0 .35rem;overflow-wrap:anywhere}
p{margin:.25rem 0}
.eyebrow{color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.04em}
.muted{color:var(--muted)}
.summary{background:var(--card);border:1px solid var(--line);border-radius:10px;
padding:.9rem 1rem;margin-top:1rem}
ol.goals,ol.children{list-style:none;margin:0;padding:0}
ol.children{margin:.6rem 0 0 .9rem;padding-left:.8rem;border-left:2px solid var(--line)}
li.goal{margin:0 0 .75rem}
article.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--h);
border-radius:10px;padding:.8rem 1rem}
.num{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:.35rem}
.meta{display:flex;flex-wrap:wrap;gap:.3rem;margin:.2rem 0 .6rem;padding:0;list-style:none}
.meta li{font-size:.8rem;border:1px solid var(--line);border-radius:999px;padding:.05rem .55rem;
color:var(--muted)}
.bar{position:relative;height:.8rem;background:var(--track);border-radius:999px;overflow:hidden;
margin:.35rem 0}
.bar .fill{position:absolute;inset:0 auto 0 0;background:var(--h,var(--fill));border-radius:999px}
.bar .expected{position:absolute;top:0;bottom:0;width:2px;margin-left:-1px;background:var(--mark)}
.figures{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .8rem;
font-variant-numeric:tabular-nums}
.figures strong{font-size:1.15rem}
.health{font-weight:600;color:var(--h);white-space:nowrap}
.h-on_track{--h:#1a7f37}.h-at_risk{--h:#9a6700}.h-off_track{--h:#cf222e}.h-achieved{--h:#8250df}
.h-not_started,.h-abandoned,.h-unknown{--h:#57606a}
dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.5rem 1rem;
margin:.7rem 0 0}
dl.facts div{min-width:0}
dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
.pass{color:var(--ok,#1a7f37)}.fail{color:#cf222e}
ul.findings{margin:.5rem 0 0;padding-left:1.1rem;font-size:.9rem}
ul.findings li{margin:.2rem 0}
ul.plain{margin:0;padding-left:0;list-style:none}
ul.plain li{margin:.25rem 0}
.star{color:#bf8700}
details{margin-top:.6rem;font-size:.9rem}
summary{cursor:pointer;color:var(--muted)}
table.items{border-collapse:collapse;margin-top:.4rem;width:100%}
table.items td{padding:.25rem .5rem .25rem 0;border-top:1px solid var(--line);vertical-align:top}
@media print{details>*{display:block}}
footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem}
@media (prefers-color-scheme:dark){.fail{color:#f85149}.pass{--ok:#3fb950}}
@media (max-width:30rem){main{padding:.8rem .6rem 2rem}h1{font-size:1.35rem}
ol.children{margin-left:.3rem;padding-left:.5rem}article.card{padding:.7rem .75rem}}
@media print{body{background:#fff}article.card,.summary{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@media (forced-colors:active){.bar{border:1px solid CanvasText}.bar .fill{background:Highlight}
.bar .expected{background:CanvasText}}
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def html_bar(result: Progress) -> str:
    """A progress bar in HTML, with the expected share marked and a text alternative.

    Examples:
        >>> import datetime, goalkit
        >>> kr = goalkit.KeyResult(title="Talks", target=4, check_ins=[
        ...     goalkit.CheckIn(on=datetime.date(2027, 2, 1), value=1)])
        >>> snippet = html_bar(goalkit.progress(kr, as_of=datetime.date(2027, 2, 1)))
        >>> snippet.startswith('<div class="bar" role="img" aria-label="25% done')
        True
    """
    value = result.value
    label = f"{percent(value)} done" if value is not None else "nothing measurable yet"
    expected = result.expected
    parts = []
    if value is not None:
        parts.append(f'<span class="fill" style="width:{min(max(value, 0), 1) * 100:.1f}%"></span>')
    if expected is not None:
        label += f", {percent(expected)} expected"
        parts.append(
            f'<span class="expected" style="left:{min(max(expected, 0), 1) * 100:.1f}%"></span>'
        )
    return f'<div class="bar" role="img" aria-label="{_esc(label)}">{"".join(parts)}</div>'


def _health_html(health: Health) -> str:
    return (
        f'<span class="health h-{health.value}">'
        f'<span aria-hidden="true">{HEALTH_SYMBOLS[health]}</span> '
        f"{_esc(HEALTH_LABELS[health].capitalize())}</span>"
    )


def _figures_html(result: Progress) -> str:
    forecast = ""
    if result.forecast is not None:
        verb = "achieved" if result.health is Health.ACHIEVED else "forecast"
        forecast = f'<span class="muted">{verb} {result.forecast.isoformat()}</span>'

    return (
        f'<p class="figures"><strong>{percent(result.value)}</strong>'
        f'<span class="muted">done · {percent(result.expected)} expected</span>'
        f"{_health_html(result.health)}{forecast}</p>"
    )


def _goal_card(line: GoalLine, as_of: datetime.date) -> str:
    goal = line.goal
    result = line.progress
    meta = [goal.kind.value]
    if goal.horizon is not None:
        meta.append(goal.horizon.value.replace("_", "-"))
    if line.owner is not None:
        meta.append(f"owner {line.owner}")
    if goal.start is not None or goal.due is not None:
        meta.append(f"{_date(goal.start) or '…'} → {_date(goal.due) or '…'}")
    meta.append(goal.status_on(as_of).value)
    facts: list[tuple[str, str]] = []
    milestone = line.next_milestone
    if milestone is None:
        facts.append(("Next milestone", "—"))
    else:
        due = "" if milestone.due is None else f' <span class="muted">due {milestone.due}</span>'
        facts.append(("Next milestone", _esc(milestone.title) + due))
    if line.last_check_in is None:
        facts.append(("Last check-in", "—"))
    else:
        key_result, check_in = line.last_check_in
        unit = f" {key_result.unit}" if key_result.unit else ""
        note = f'<br><span class="muted">“{_esc(check_in.note)}”</span>' if check_in.note else ""
        facts.append(
            (
                "Last check-in",
                f"{check_in.on.isoformat()} · {_esc(key_result.title)}: "
                f"<strong>{_esc(_value_text(check_in.value) + unit)}</strong>{note}",
            )
        )
    if line.smart.passed:
        verdict = '<span class="pass">✓ SMART</span>'
    else:
        failed = ", ".join(c.value.replace("_", "-") for c in line.smart.failed)
        verdict = f'<span class="fail">✗ Not yet:</span> {_esc(failed)}'
    facts.append(("SMART", verdict))
    findings = _errors_first(line.smart)
    findings_html = ""
    if findings:
        items = "".join(
            f"<li><strong>{_esc(f.criterion.value)}</strong>: {_esc(f.message)}"
            + (f' <span class="muted">Hint: {_esc(f.hint)}</span>' if f.hint else "")
            + "</li>"
            for f in findings
        )
        findings_html = f'<ul class="findings">{items}</ul>'
    return (
        f'<article class="card h-{result.health.value}" id="{_esc(goal.id)}">'
        f'<h3><span class="num">{_esc(line.number)}</span>{_esc(goal.title)}</h3>'
        f'<ul class="meta">{"".join(f"<li>{_esc(item)}</li>" for item in meta)}</ul>'
        f"{html_bar(result)}{_figures_html(result)}"
        f'<dl class="facts">'
        + "".join(f"<div><dt>{term}</dt><dd>{value}</dd></div>" for term, value in facts)
        + f"</dl>{findings_html}{_details_html(goal, as_of)}</article>"
    )


def _details_html(goal: Goal, as_of: datetime.date) -> str:
    """Key results and milestones, folded: open without JavaScript, printed when open."""
    if not goal.key_results and not goal.milestones:
        return ""
    rows = []
    for key_result in goal.key_results:
        unit = f" {key_result.unit}" if key_result.unit else ""
        value = _value_text(key_result.value_on(as_of))
        baseline = _value_text(key_result.baseline)
        target = _value_text(key_result.target)
        direction = key_result.resolved_direction.value.replace("_", " ")
        rows.append(
            f"<tr><td>{_esc(key_result.title)}</td>"
            f"<td><strong>{_esc(value)}</strong>{_esc(unit)}</td>"
            f'<td class="muted">{_esc(direction)} {_esc(baseline)} → {_esc(target)}</td></tr>'
        )
    for milestone in goal.milestones:
        if milestone.completed_by(as_of):
            state = f"✓ done {milestone.completed_on}"
        elif milestone.due is not None and milestone.due < as_of:
            state = f"overdue since {milestone.due}"
        elif milestone.due is not None:
            state = f"due {milestone.due}"
        else:
            state = "open"
        rows.append(
            f"<tr><td>{_esc(milestone.title)}</td><td>{_esc(state)}</td>"
            '<td class="muted">milestone</td></tr>'
        )
    counts = []
    if goal.key_results:
        counts.append(_plural(len(goal.key_results), "key result"))
    if goal.milestones:
        counts.append(_plural(len(goal.milestones), "milestone"))
    summary = " · ".join(counts)
    return (
        f"<details><summary>{_esc(summary)}</summary>"
        f'<table class="items"><tbody>{"".join(rows)}</tbody></table></details>'
    )


def _goal_tree(report: PlanReport) -> str:
    out = ['<ol class="goals">']
    depth = 0
    first = True
    for line in report.goals:
        if first:
            first = False
        elif line.depth > depth:
            out.append('<ol class="children">')
        else:
            out.append("</li>")
            for _ in range(depth - line.depth):
                out.append("</ol></li>")
        depth = line.depth
        out.append(f'<li class="goal">{_goal_card(line, report.as_of)}')
    if not first:
        out.append("</li>")
        out.extend("</ol></li>" for _ in range(depth))
    out.append("</ol>")
    return "".join(out)


def _html_page(report: PlanReport) -> str:
    plan = report.plan
    title = report._title()
    facts = report._facts()
    overall = report.overall
    smart = sum(1 for line in report.goals if line.smart.passed)
    counts = ", ".join(
        f"{count} {HEALTH_LABELS[Health(key)]}" for key, count in report._health_counts().items()
    )
    if plan.cadence is None:
        reviews = "<p>No review cadence is set for this plan.</p>"
    elif not report.upcoming_reviews and not report.overdue_reviews:
        reviews = "<p>None scheduled.</p>"
    else:
        overdue = "".join(
            f'<li><strong>{day.isoformat()}</strong> <span class="fail">overdue</span> '
            f'<span class="muted">no review held since; '
            f"{_plural((report.as_of - day).days, 'day')} ago</span></li>"
            for day in report.overdue_reviews
        )
        upcoming = "".join(
            f"<li><strong>{day.isoformat()}</strong> "
            f'<span class="muted">in {_plural((day - report.as_of).days, "day")}</span></li>'
            for day in report.upcoming_reviews
        )
        reviews = f'<ul class="plain">{overdue}{upcoming}</ul>'
    if report.celebrations:
        wins = (
            '<ul class="plain">'
            + "".join(
                f'<li><span aria-hidden="true" class="star">★</span> '
                f"<strong>{item.on.isoformat()}</strong> {_esc(item.text)}</li>"
                for item in report.celebrations
            )
            + "</ul>"
        )
    else:
        wins = "<p>Nothing completed in this window yet.</p>"
    goals = _goal_tree(report) if report.goals else "<p>This plan has no goals yet.</p>"
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="generator" content="goalkit {_esc(__version__)}">'
        f"<title>{_esc(title)} · {report.as_of.isoformat()}</title>"
        f"<style>{_CSS}</style></head>\n<body><main>"
        f'<header><p class="eyebrow">Goal report · as of {report.as_of.isoformat()}</p>'
        f'<h1>{_esc(title)}</h1><p class="muted">{_esc(" · ".join(facts))}</p>'
        f'<section class="summary h-{overall.health.value}" aria-label="Overall progress">'
        f"{html_bar(overall)}{_figures_html(overall)}"
        f'<p class="muted">{_plural(len(report.goals), "goal")}, {smart} SMART'
        f"{' · ' + _esc(counts) if counts else ''}</p></section></header>"
        f'<section aria-labelledby="goals"><h2 id="goals">Goals</h2>{goals}</section>'
        f'<section aria-labelledby="reviews"><h2 id="reviews">Reviews</h2>{reviews}'
        "</section>"
        f'<section aria-labelledby="wins"><h2 id="wins">Recent celebrations '
        f'<span class="muted">since {report.since.isoformat()}</span></h2>{wins}</section>'
        f"<footer>Made by goalkit {_esc(__version__)} from plan "
        f"<code>{_esc(plan.id)}</code>. Bars show progress done; the thin line marks "
        "where the time elapsed says it should be.</footer>"
        "</main></body></html>\n"
    )
