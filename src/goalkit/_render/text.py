"""The text report: for a terminal, at most 100 columns, with Unicode bars.

The bars and marks degrade to ASCII when the output cannot show them
(`can_encode` tells), and health words are coloured with ANSI escapes only
when asked. User text goes through `terminal_text`, so a title can never
move the cursor, clear the screen or reorder the line.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Final

from goalkit._progress import Health, Progress
from goalkit._render.format import (
    ANSI_HEALTH,
    CELEBRATIONS_EMPTY,
    HEALTH_LABELS,
    NO_CADENCE,
    NO_REVIEWS,
    Fact,
    celebrations_heading,
    errors_first,
    forecast_phrase,
    goal_facts,
    goal_meta,
    goals_summary,
    health_summary,
    percent,
    report_facts,
    report_title,
    review_lines,
    terminal_text,
    text_bar,
)
from goalkit._report import TEXT_WIDTH, GoalLine, PlanReport

__all__ = ["MIN_WRAP_WIDTH", "can_encode", "render_text"]

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
#: The width of a fact's label column.
_LABEL_WIDTH: Final = 16
#: The fewest columns left for text after an indent: a deeper indent is shortened.
MIN_WRAP_WIDTH: Final = 40


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


def render_text(
    report: PlanReport, *, width: int = TEXT_WIDTH, ascii_only: bool = False, color: bool = False
) -> str:
    """The report for a terminal: no line longer than *width* columns (at least 60).

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> render_text(report, ascii_only=True).splitlines()[:2]
        ["Ana's path to team lead", '=======================']
    """
    return _TextReport(report, width=max(width, 60), ascii_only=ascii_only, color=color).render()


def _to_ascii(text: str) -> str:
    for character, replacement in _ASCII.items():
        text = text.replace(character, replacement)
    # Anything left (names, titles) is replaced, never an encoding error.
    return text.encode("ascii", "replace").decode("ascii")


class _TextReport:
    """Lays out one text report; one instance per rendering."""

    def __init__(self, report: PlanReport, *, width: int, ascii_only: bool, color: bool) -> None:
        self.report = report
        self.width = width
        self.ascii = ascii_only
        self.color = color
        self.lines: list[str] = []

    def render(self) -> str:
        report = self.report
        self.heading(terminal_text(report_title(report)))
        facts = [*report_facts(report), f"as of {report.as_of.isoformat()}"]
        self.wrap(terminal_text(" · ".join(facts)), "", "")
        self.lines.append("")
        self.progress_line("Overall  ", report.overall)
        summary = goals_summary(report)
        counts = health_summary(report)
        self.wrap(f"{summary} · {counts}" if counts else summary, " " * 9, " " * 9)
        for line in report.goals:
            self.lines.append("")
            self.goal(line)
        self.reviews()
        self.celebrations()
        text = "\n".join(self.lines) + "\n"
        return _to_ascii(text) if self.ascii else text

    # ------------------------------------------------------------ pieces

    def heading(self, text: str) -> None:
        self.wrap(text, "", "")
        self.lines.append(("=" if self.ascii else "═") * min(len(text), self.width))

    def wrap(self, text: str, first: str, rest: str) -> None:
        if self.ascii:
            # ASCII stand-ins can be longer than what they replace: wrap what will be printed.
            text = _to_ascii(text)
        # Never wrap narrower than MIN_WRAP_WIDTH: once an indent leaves less, textwrap would
        # put a character or two on each line, and the output would grow without bound.
        room = self.width - MIN_WRAP_WIDTH
        rest = rest[:room]
        if len(first) > room:
            if first.strip():
                self.lines.append(first.rstrip())
            first = rest
        if len(first) + len(text) <= self.width and text.isprintable() and text[-1:] != " ":
            # Fits as it is: what textwrap would return, at a fraction of its cost.
            self.lines.append(first + text if text else first.rstrip())
            return
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
        forecast = forecast_phrase(result)
        if forecast is None:
            self.lines.append(line)
        elif visible + 3 + len(forecast) <= self.width:
            self.lines.append(f"{line} · {forecast}")
        else:
            self.lines.append(line)
            self.lines.append(" " * len(prefix) + forecast)

    def health(self, health: Health) -> str:
        word = HEALTH_LABELS[health].upper()
        code = ANSI_HEALTH.get(health)
        if self.color and code is not None:
            return f"\x1b[1;{code}m{word}\x1b[0m"
        return word

    def goal(self, line: GoalLine) -> None:
        goal = line.goal
        indent = "   " * min(line.level, 4)
        body = indent + " " * (len(line.number) + 2)
        self.wrap(f"{line.number}  {terminal_text(goal.title)}", indent, body)
        meta = goal_meta(goal, self.report.as_of, line.owner)
        self.wrap(terminal_text(" · ".join(meta)), body, body)
        self.progress_line(body, line.progress)
        rest = body + " " * _LABEL_WIDTH
        for label, fact in goal_facts(line):
            if not fact.missing:
                self.wrap(_fact_text(fact), body + f"{label:<{_LABEL_WIDTH}}", rest)
        for finding in errors_first(line.smart):
            message = terminal_text(finding.message)
            self.wrap(f"✗ {finding.criterion.value}: {message}", rest + "  ", rest + "    ")

    def reviews(self) -> None:
        report = self.report
        self.lines.append("")
        self.heading("Reviews")
        if report.plan.cadence is None:
            self.wrap(NO_CADENCE, "  ", "  ")
            return
        lines = review_lines(report)
        self.lines.extend(f"  {line.day.isoformat()}  {line.phrase}" for line in lines)
        if not lines:
            self.wrap(NO_REVIEWS, "  ", "  ")

    def celebrations(self) -> None:
        report = self.report
        self.lines.append("")
        self.heading(celebrations_heading(report))
        if not report.celebrations:
            self.wrap(CELEBRATIONS_EMPTY, "  ", "  ")
            return
        for item in report.celebrations:
            self.wrap(terminal_text(item.text), f"  {item.on.isoformat()}  ", " " * 14)


def _fact_text(fact: Fact) -> str:
    text = terminal_text(fact.text + fact.strong)
    if fact.detail:
        text += f" ({fact.detail})"
    if fact.note:
        text += f" · “{terminal_text(fact.note)}”"
    return text
