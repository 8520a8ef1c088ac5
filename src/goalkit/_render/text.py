"""The text report: for a terminal, as wide as asked (40 columns or more), with Unicode bars.

Lines are wrapped between words, never inside one: a date, a figure or a
word moves to the next line whole. Only a word longer than a whole line of
text (a long URL, say) is cut, since nothing else would fit. Indentation
shrinks before text does: at least `MIN_WRAP_WIDTH` columns (20 fewer than
the line, on a line narrower than 60) are always left for text, so a deep outline or a
narrow terminal shows a flatter outline rather than a column of one-word lines.

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
from goalkit._render.agenda import agenda_text_lines
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
    percent,
    report_facts,
    report_title,
    review_lines,
    silence_phrase,
    summary_line,
    terminal_text,
    text_bar,
)
from goalkit._report import TEXT_WIDTH, GoalLine, PlanReport

__all__ = ["MIN_WIDTH", "MIN_WRAP_WIDTH", "can_encode", "render_text"]

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
#: The narrowest report: a smaller width counts as this one.
MIN_WIDTH: Final = 40
#: The fewest columns left for text after an indent (on a line narrower than 60, the line
#: less 20): a deeper indent is shortened.
MIN_WRAP_WIDTH: Final = 40
#: The columns an indent may take on a line too narrow to leave MIN_WRAP_WIDTH for text.
_INDENT_ROOM: Final = 20
#: The progress bar's width, in characters, when there is room; never less than the first.
_BAR_WIDTHS: Final = (10, 24)


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
    """The report for a terminal: no line longer than *width* columns (at least `MIN_WIDTH`).

    Words, dates and figures are never split across lines (only a word longer
    than a whole line is cut).

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> render_text(report, ascii_only=True).splitlines()[:2]
        ["Ana's path to team lead", '=======================']
    """
    return _TextReport(
        report, width=max(width, MIN_WIDTH), ascii_only=ascii_only, color=color
    ).render()


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
        self.wrap(summary_line(report), " " * 9, " " * 9)
        for line in report.goals:
            self.lines.append("")
            self.goal(line)
        self.reviews()
        self.celebrations()
        self.agenda()
        text = "\n".join(self.lines) + "\n"
        return _to_ascii(text) if self.ascii else text

    # ------------------------------------------------------------ pieces

    def heading(self, text: str) -> None:
        self.wrap(text, "", "")
        self.lines.append(("=" if self.ascii else "═") * min(len(text), self.width))

    def indents(self, first: str, rest: str) -> tuple[str, str]:
        """*first* and *rest* shortened to leave text `MIN_WRAP_WIDTH` columns (see the module).

        A *first* indent that holds a label and is too long puts the label on a line
        of its own (at the *rest* indent), and the text starts on the next line.
        """
        room = self.width - min(MIN_WRAP_WIDTH, self.width - _INDENT_ROOM)
        rest = rest[:room]
        if len(first) > room:
            label = first.strip()
            if label:
                fits = len(rest) + len(label) <= self.width
                self.lines.append(rest + label if fits else label)
            first = rest
        return first, rest

    def wrap(self, text: str, first: str, rest: str) -> None:
        if self.ascii:
            # ASCII stand-ins can be longer than what they replace: wrap what will be printed.
            text = _to_ascii(text)
        # Never wrap narrower than MIN_WRAP_WIDTH: once an indent leaves less, textwrap would
        # put a character or two on each line, and the output would grow without bound.
        first, rest = self.indents(first, rest)
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
        """The bar, the figures, the health and the forecast, on as few lines as fit.

        Each piece moves to the next line whole: at 100 columns all fit on one line;
        the bar shrinks (to 10 characters) before the forecast moves down a line.
        """
        first, rest = self.indents(prefix, " " * len(prefix))
        figures = f"{percent(result.value):>4}  expected {percent(result.expected):>4}"
        word = HEALTH_LABELS[result.health].upper()
        phrases = [p for p in (forecast_phrase(result), silence_phrase(result)) if p is not None]
        forecast = " · ".join(phrases) if phrases else None
        # The bar takes what the rest of the line leaves, between 10 and 24 characters: what the
        # forecast leaves too when that is enough, so that all fits on one line.
        room = self.width - len(first) - len(figures) - len(word) - 4 - (2 if self.ascii else 0)
        if forecast is not None and room - 3 - len(forecast) >= _BAR_WIDTHS[0]:
            room -= 3 + len(forecast)
        size = max(_BAR_WIDTHS[0], min(_BAR_WIDTHS[1], room))
        bar = text_bar(result.value, size, ascii_only=self.ascii)
        # (text, visible width, separator before it)
        pieces = [(figures, len(figures), "  "), (self.health(result.health), len(word), "  ")]
        # Each phrase moves down whole; one longer than a line is wrapped between its words.
        room_for_phrase = max(self.width - len(rest), 1)
        for phrase in phrases:
            for part in textwrap.wrap(phrase, room_for_phrase, break_on_hyphens=False) or [phrase]:
                pieces.append((part, len(part), " · "))
        line, visible = first + bar, len(first) + len(bar)
        for text, width, separator in pieces:
            if visible + len(separator) + width <= self.width:
                line += separator + text
                visible += len(separator) + width
            else:
                self.lines.append(line)
                padding = len(text) - len(text.lstrip())  # of a figure such as " 5%"
                line, visible = rest + text[padding:], len(rest) + width - padding
        self.lines.append(line)

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
        for line in lines:
            self.wrap(line.phrase, f"  {line.day.isoformat()}  ", " " * 14)
        if not lines:
            self.wrap(NO_REVIEWS, "  ", "  ")

    def agenda(self) -> None:
        _agenda_section(self)

    def celebrations(self) -> None:
        report = self.report
        self.lines.append("")
        self.heading(celebrations_heading(report))
        if not report.celebrations:
            self.wrap(CELEBRATIONS_EMPTY, "  ", "  ")
            return
        for item in report.celebrations:
            self.wrap(terminal_text(item.text), f"  {item.on.isoformat()}  ", " " * 14)


def _agenda_section(report: _TextReport) -> None:
    lines = report.lines
    lines.append("")
    report.heading("Agenda")
    lines.extend(agenda_text_lines(report.report.agenda, report.report.names, report.width))


def _fact_text(fact: Fact) -> str:
    text = terminal_text(fact.text + fact.strong)
    if fact.detail:
        text += f" ({fact.detail})"
    if fact.note:
        text += f" · “{terminal_text(fact.note)}”"
    return text
