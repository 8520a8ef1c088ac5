"""Notebook HTML: compact displays of goals, plans, progress, SMART reports and reports.

Jupyter asks a value for its `_repr_html_`; every goalkit value answers
through `goalkit._display_hook`, which reaches `goalkit._render.notebook_html`,
which gathers what a model value needs (`goal_view`, `plan_report`) and
hands the result to the functions here. They only format.

The snippets use inline styles only (notebook front ends strip `<style>`
elements, and their classes differ), colours that read on light and dark
themes, and always print the figures next to the bars, so the numbers
survive where styles do not. `NotebookWriter` is the page's `HtmlWriter` with
inline styles: the bar, facts and findings are laid out once, dressed here.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from goalkit._model import Cadence, CheckIn, KeyResult, Milestone, Person, Review
from goalkit._progress import Health, Progress
from goalkit._render.agenda import agenda_html
from goalkit._render.format import (
    FAILURE_COLOUR,
    FILL_COLOUR,
    HEALTH_COLOURS,
    HEALTH_LABELS,
    HEALTH_SYMBOLS,
    SUCCESS_COLOUR,
    BarStyle,
    forecast_phrase,
    goal_facts,
    goal_meta,
    html_text,
    milestone_state,
    number_text,
    percent,
    report_facts,
    report_title,
    silence_phrase,
    smart_verdict,
)
from goalkit._render.html import HtmlWriter
from goalkit._report import GoalView, PlanReport
from goalkit._rhythm import Agenda
from goalkit._smart import SmartReport

__all__ = [
    "NotebookWriter",
    "agenda_box_html",
    "cadence_html",
    "check_in_html",
    "goal_html",
    "key_result_html",
    "milestone_html",
    "person_html",
    "progress_html",
    "report_html",
    "review_html",
    "smart_html",
]

_FONT: Final = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
_MUTED: Final = "opacity:.7;"
_CELL: Final = "padding:3px 8px;text-align:left;vertical-align:middle;border:none;"


class NotebookWriter(HtmlWriter):
    """The HTML writer dressed with inline styles, for notebook front ends that strip stylesheets.

    It lays out facts, findings and bars as the page does (`HtmlWriter`) and
    changes only their dress, its own figures line, and the bar's width: an
    aside or a quotation follows a fact on its line, a hint takes a line of
    its own.

    Examples:
        >>> NotebookWriter.strong.format("62%")
        '<b>62%</b>'
    """

    strong: ClassVar[str] = "<b>{}</b>"
    muted: ClassVar[str] = f'<span style="{_MUTED}">{{}}</span>'
    aside: ClassVar[str] = f'<span style="{_MUTED}"> · {{}}</span>'
    quote: ClassVar[str] = aside
    hint: ClassVar[str] = f'<br><span style="{_MUTED}">Hint: {{}}</span>'

    def __init__(self, width_px: int) -> None:
        # The bar's whole dress: a translucent track of *width_px*, the fill, the expected mark.
        self.bar_style = BarStyle(
            track=' style="position:relative;display:inline-block;vertical-align:middle;'
            f"width:{width_px}px;height:10px;background:rgba(127,127,127,.22);"
            'border-radius:5px"',
            fill_style="position:absolute;left:0;top:0;bottom:0;"
            f"background:{FILL_COLOUR};border-radius:5px;",
            mark_style="position:absolute;top:-2px;bottom:-2px;width:2px;margin-left:-1px;"
            "background:currentColor;",
            tag="div",
        )

    def verdict(self, passed: bool, inner: str) -> str:
        """A pass or a fail, coloured and bold."""
        colour = SUCCESS_COLOUR if passed else FAILURE_COLOUR
        return f'<span style="color:{colour};font-weight:600">{inner}</span>'

    def health(self, health: Health) -> str:
        """A health as its shape and its word, coloured."""
        return (
            f'<span style="color:{HEALTH_COLOURS[health]};font-weight:600;white-space:nowrap">'
            f"{HEALTH_SYMBOLS[health]} {HEALTH_LABELS[health]}</span>"
        )

    def figures(self, result: Progress) -> str:
        """The value, then the expected share, the forecast and any silence, muted."""
        phrases = [p for p in (forecast_phrase(result), silence_phrase(result)) if p is not None]
        forecast = "".join(f" · {phrase}" for phrase in phrases)
        return self.strong.format(percent(result.value)) + self.muted.format(
            f" · expected {percent(result.expected)}{forecast}"
        )


#: The writers of the three bar widths the snippets use.
_WIDE: Final = NotebookWriter(160)
_ROW: Final = NotebookWriter(100)
_CELL_BAR: Final = NotebookWriter(80)


def _verdict(report: SmartReport) -> str:
    return _WIDE.verdict(report.passed, html_text(smart_verdict(report)))


def _coloured(passed: bool, inner: str) -> str:
    """*inner* in the colour of a pass or a fail."""
    return f'<span style="color:{SUCCESS_COLOUR if passed else FAILURE_COLOUR}">{inner}</span>'


def _mark(passed: bool) -> str:
    return "✓" if passed else _coloured(False, "✗")


def _table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    styles: Sequence[str] = (),
    *,
    scroll: bool = False,
) -> str:
    """A table; with *scroll*, one that scrolls sideways in a narrow output cell, never cut."""

    def style(index: int) -> str:
        return _CELL + (styles[index] if index < len(styles) else "")

    head = "".join(
        f'<th style="{style(index)}font-weight:600">{cell}</th>'
        for index, cell in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + "".join(f'<td style="{style(index)}">{cell}</td>' for index, cell in enumerate(row))
        + "</tr>"
        for row in rows
    )
    table = (
        f'<table class="goalkit" style="border-collapse:collapse;margin:4px 0;font-size:13px">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
    return f'<div style="overflow-x:auto;max-width:100%">{table}</div>' if scroll else table


def _box(content: str) -> str:
    return f'<div style="{_FONT}font-size:13px;line-height:1.45;max-width:56rem">{content}</div>'


def agenda_box_html(agenda: Agenda) -> str:
    """HTML for an `Agenda` on its own: the day, then each person's items and hints.

    Examples:
        >>> import datetime, goalkit
        >>> today = goalkit.agenda(goalkit.example_plan(), today=datetime.date(2026, 11, 18))
        >>> "No check-in on" in agenda_box_html(today)
        True
    """
    return _box(
        f'<div style="font-weight:600;font-size:14px">Agenda for {agenda.today.isoformat()}</div>'
        + agenda_html(agenda)
    )


def progress_html(result: Progress) -> str:
    """HTML for a `Progress`: a bar, the figures, health, and the parts it came from.

    Examples:
        >>> import datetime, goalkit
        >>> kr = goalkit.KeyResult(title="Talks", target=4)
        >>> snippet = progress_html(goalkit.progress(kr, as_of=datetime.date(2027, 1, 1)))
        >>> "0%" in snippet and "aria-label" in snippet
        True
    """
    parts = ""
    if result.parts:
        parts = _table(
            ("Part", "Weight", "Value"),
            (
                (html_text(part.title), number_text(part.weight), percent(part.value))
                for part in result.parts
            ),
        )
    return _box(
        f"<div>{_WIDE.bar(result)} {_WIDE.figures(result)} · {_WIDE.health(result.health)}"
        f'<span style="{_MUTED}"> · as of {result.as_of.isoformat()}</span></div>{parts}'
    )


def smart_html(report: SmartReport) -> str:
    """HTML for a `SmartReport`: the verdict, then each criterion with its findings and hints.

    The rows are the report's own criteria, whichever framework judged it.

    Examples:
        >>> import datetime, goalkit
        >>> smart = goalkit.assess(goalkit.Goal(title="Improve my skills"),
        ...                        as_of=datetime.date(2027, 1, 1))
        >>> "not SMART" in smart_html(smart)
        True
        >>> real = goalkit.assess(goalkit.Goal(title="Improve my skills"),
        ...                       as_of=datetime.date(2027, 1, 1), framework=goalkit.REAL)
        >>> "not REAL" in smart_html(real), "learning-based" in smart_html(real)
        (True, True)
    """
    rows = []
    for criterion, result in report.results.items():  # the report's own criteria, in order
        notes = "<br>".join(_WIDE.finding(finding) for finding in result.findings)
        mark = _coloured(result.passed, "✓" if result.passed else "✗")
        rows.append((mark, html_text(criterion.value.replace("_", "-")), notes))
    score = (
        f'<span style="{_MUTED}"> · score {report.score:.0%}'
        f" · as of {report.as_of.isoformat()}</span>"
    )
    return _box(
        f"<div>{_verdict(report)}{score}</div>" + _table(("", "Criterion", "Findings"), rows)
    )


def goal_html(view: GoalView) -> str:
    """HTML for one goal on one day: progress, health, its facts and its key results.

    Examples:
        >>> import datetime, goalkit
        >>> from goalkit._report import goal_view
        >>> goal = goalkit.Goal(title="Attend four industry events", key_results=[
        ...     goalkit.KeyResult(title="Events attended", target=4)])
        >>> view = goal_view(goal, as_of=datetime.date(2027, 1, 1))
        >>> "Attend four industry events" in goal_html(view)
        True
    """
    line = view.line
    goal = line.goal
    result = line.progress
    meta = goal_meta(goal, result.as_of, line.owner)
    facts = "".join(
        f'<div><span style="{_MUTED}">{label}</span> {_WIDE.fact(fact)}</div>'
        for label, fact in goal_facts(line)
    )
    rows = [
        (
            html_text(key_result.title),
            html_text(
                f"{number_text(key_result.value_on(result.as_of))} / "
                f"{number_text(key_result.target)}"
                + (f" {key_result.unit}" if key_result.unit else "")
            ),
            _CELL_BAR.bar(kr_progress) + f" {percent(kr_progress.value)}",
        )
        for key_result, kr_progress in view.key_results
    ]
    key_results = (
        _table(("Key result", "Now / target", "Progress"), rows, ("min-width:12em;",))
        if rows
        else ""
    )
    context = (
        f"goal {html_text(line.number)} of its plan"
        if view.in_plan
        else (
            "shown without its plan: child goals do not count "
            f"(<code>plan.view({html_text(repr(goal.id))}, as_of=...)</code> shows it in its plan)"
        )
    )
    return _box(
        f'<div style="border-left:4px solid {HEALTH_COLOURS[result.health]};'
        'padding:2px 0 2px 10px">'
        f'<div style="font-weight:600;font-size:14px">{html_text(goal.title)}</div>'
        f'<div style="{_MUTED}">{html_text(" · ".join(meta))}</div>'
        f'<div style="margin-top:4px">{_WIDE.bar(result)} {_WIDE.figures(result)} · '
        f"{_WIDE.health(result.health)}</div>"
        f'<div style="margin-top:4px">{facts}</div>{key_results}'
        f'<div style="{_MUTED}">as of {result.as_of.isoformat()} · {context}</div></div>'
    )


def report_html(report: PlanReport) -> str:
    """Compact HTML for a `PlanReport`: the overall bar, then one row per goal, in tree order.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> report_html(report).count("<tr>")
        6
    """
    facts = html_text(" · ".join(report_facts(report)))
    rows = []
    for line in report.goals:
        # Padding, not a spacer: a title that wraps keeps its indent on every line.
        title = f'<div style="padding-left:{line.level * 14}px">{html_text(line.goal.title)}</div>'
        rows.append(
            (
                f'<span style="{_MUTED}">{line.number}</span>',
                title,
                _ROW.bar(line.progress),
                f"<b>{percent(line.progress.value)}</b>",
                f'<span style="{_MUTED}">{percent(line.progress.expected)}</span>',
                _WIDE.health(line.progress.health),
                _mark(line.smart.passed),
            )
        )
    overall = report.overall
    return _box(
        f'<div style="font-weight:600;font-size:14px">{html_text(report_title(report))}</div>'
        f'<div style="{_MUTED}">{facts} · as of {report.as_of.isoformat()}</div>'
        f'<div style="margin-top:4px">{_WIDE.bar(overall)} {_WIDE.figures(overall)} · '
        f"{_WIDE.health(overall.health)}</div>"
        + _table(
            ("#", "Goal", "Progress", "Done", "Expected", "Health", "SMART"),
            rows,
            ("white-space:nowrap;", "min-width:12em;", "white-space:nowrap;"),
            scroll=True,
        )
        + f'<div style="margin-top:6px;font-size:13px"><b>Agenda</b>'
        f"{agenda_html(report.agenda, report.names)}</div>"
    )


def _as_of(day: datetime.date) -> str:
    return f'<span style="{_MUTED}"> · as of {day.isoformat()}</span>'


def key_result_html(key_result: KeyResult, result: Progress) -> str:
    """HTML for a key result on a day: value against target, a bar, and its check-ins.

    Examples:
        >>> import datetime, goalkit
        >>> kr = goalkit.example_plan().goal("g-presentations").key_results[0]
        >>> snippet = key_result_html(kr, goalkit.progress(kr, as_of=datetime.date(2026, 11, 13)))
        >>> "Presentations given" in snippet, "4 / 5 presentations" in snippet
        (True, True)
    """
    unit = f" {key_result.unit}" if key_result.unit else ""
    value = number_text(key_result.value_on(result.as_of))
    rows = [
        (
            check_in.on.isoformat(),
            html_text(number_text(check_in.value)),
            "" if check_in.confidence is None else f"{check_in.confidence}/10",
            html_text(check_in.note),
        )
        for check_in in key_result.check_ins_until(result.as_of)
    ]
    check_ins = (
        _table(("Day", "Value", "Confidence", "Note"), rows, ("white-space:nowrap;",))
        if rows
        else f'<div style="{_MUTED}">no check-ins yet</div>'
    )
    return _box(
        f'<div style="font-weight:600">{html_text(key_result.title)}</div>'
        f"<div>{_WIDE.bar(result)} <b>{html_text(value)} / "
        f"{html_text(number_text(key_result.target) + unit)}</b> · {percent(result.value)} · "
        f"{_WIDE.health(result.health)}{_as_of(result.as_of)}</div>{check_ins}"
    )


def check_in_html(check_in: CheckIn) -> str:
    """HTML for one check-in: its day, value, confidence, note and who recorded it.

    Examples:
        >>> import datetime, goalkit
        >>> check_in_html(goalkit.CheckIn(on=datetime.date(2026, 11, 12), value=4, note="<b>"))
        '<div ...>2026-11-12 · <b>4</b> · “&lt;b&gt;”</div>'
    """
    parts = [check_in.on.isoformat(), f"<b>{html_text(number_text(check_in.value))}</b>"]
    if check_in.confidence is not None:
        parts.append(f"confidence {check_in.confidence}/10")
    if check_in.note:
        parts.append(f"“{html_text(check_in.note)}”")
    if check_in.by:
        parts.append(f"by {html_text(check_in.by)}")
    return _box(" · ".join(parts))


def milestone_html(milestone: Milestone, as_of: datetime.date) -> str:
    """HTML for a milestone on a day: done (when), due, or overdue.

    Examples:
        >>> import datetime, goalkit
        >>> m = goalkit.Milestone(title="First talk", due=datetime.date(2026, 12, 1))
        >>> "overdue" in milestone_html(m, datetime.date(2026, 12, 5))
        True
    """
    state = milestone_state(milestone, as_of)
    shown = state.text or "not done, no due date"
    if state.passed is not None:
        shown = _coloured(state.passed, shown)
    return _box(f"<b>{html_text(milestone.title)}</b> · {shown}{_as_of(as_of)}")


def review_html(review: Review) -> str:
    """HTML for a review: day, kind, reviewer, rating, notes and next steps.

    Examples:
        >>> import datetime, goalkit
        >>> review = goalkit.Review(held_on=datetime.date(2026, 11, 5), rating=4,
        ...                         next_steps=["Book the all-hands slot"])
        >>> snippet = review_html(review)
        >>> "one-on-one" in snippet, "<li>Book the all-hands slot</li>" in snippet
        (True, True)
    """
    head = [review.held_on.isoformat(), f"<b>{review.kind.value.replace('_', '-')}</b>"]
    if review.reviewer:
        head.append(f"with {html_text(review.reviewer)}")
    if review.rating is not None:
        head.append(f"rated {review.rating}/5")
    notes = f"<div>{html_text(review.notes)}</div>" if review.notes else ""
    steps = "".join(f"<li>{html_text(step)}</li>" for step in review.next_steps)
    steps = f'<ul style="margin:2px 0">{steps}</ul>' if steps else ""
    return _box(f"<div>{' · '.join(head)}</div>{notes}{steps}")


def person_html(person: Person) -> str:
    """HTML for a person: the name, and the id in muted type.

    Examples:
        >>> import goalkit
        >>> person_html(goalkit.Person(name="Ana <Diaz>", id="ana"))
        '<div ...><b>Ana &lt;Diaz&gt;</b><span style="opacity:.7;"> · ana</span></div>'
    """
    return _box(
        f'<b>{html_text(person.name)}</b><span style="{_MUTED}"> · {html_text(person.id)}</span>'
    )


def cadence_html(cadence: Cadence, as_of: datetime.date) -> str:
    """HTML for a review rhythm: how often, from when, and the next three dates after a day.

    Examples:
        >>> import datetime, goalkit
        >>> cadence = goalkit.Cadence(every=1, unit="month", anchor=datetime.date(2026, 6, 5))
        >>> "2026-12-05" in cadence_html(cadence, datetime.date(2026, 11, 13))
        True
    """
    unit = cadence.unit.value
    every = f"every {unit}" if cadence.every == 1 else f"every {cadence.every} {unit}s"
    upcoming: list[datetime.date] = []
    day = as_of
    for _ in range(3):
        day = cadence.next_after(day)
        upcoming.append(day)
    dates = ", ".join(day.isoformat() for day in upcoming)
    return _box(f"<b>{every}</b> from {cadence.anchor.isoformat()} · next {dates}{_as_of(as_of)}")
