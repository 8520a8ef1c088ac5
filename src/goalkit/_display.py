"""Rich display in notebooks: compact HTML for goals, plans, progress and SMART reports.

Jupyter calls an object's `_repr_html_`; the model's classes delegate to the
functions here, importing this module only when a notebook asks, because
the model must not import the calculators at import time.

The snippets use inline styles only (notebook front ends and renderers strip
`<style>` elements and classes differ between them), colours that read on
light and dark themes, and always print the figures next to the bars, so
the numbers survive where styles do not.
"""

from __future__ import annotations

import datetime
import html
from typing import TYPE_CHECKING, Final

from goalkit._model import Goal, Plan
from goalkit._progress import Health, Progress, progress
from goalkit._report import (
    HEALTH_COLOURS,
    HEALTH_LABELS,
    HEALTH_SYMBOLS,
    PlanReport,
    percent,
    plan_report,
)
from goalkit._smart import Criterion, SmartReport, assess

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "goal_html",
    "notebook_html",
    "plan_html",
    "progress_html",
    "report_html",
    "smart_html",
]

_FONT: Final = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
_TRACK: Final = "rgba(127,127,127,.22)"
_FILL: Final = "#0f766e"
_MUTED: Final = "opacity:.7;"
_CELL: Final = "padding:3px 8px;text-align:left;vertical-align:middle;border:none;"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _bar(result: Progress, width_px: int = 120) -> str:
    value = result.value
    label = f"{percent(value)} done" if value is not None else "nothing measurable yet"
    inner = ""
    if value is not None:
        share = min(max(value, 0.0), 1.0) * 100
        inner += (
            f'<div style="position:absolute;left:0;top:0;bottom:0;width:{share:.1f}%;'
            f'background:{_FILL};border-radius:5px"></div>'
        )
    if result.expected is not None:
        label += f", {percent(result.expected)} expected"
        mark = min(max(result.expected, 0.0), 1.0) * 100
        inner += (
            f'<div style="position:absolute;top:-2px;bottom:-2px;left:{mark:.1f}%;width:2px;'
            'margin-left:-1px;background:currentColor"></div>'
        )
    return (
        f'<div role="img" aria-label="{_esc(label)}" title="{_esc(label)}" '
        f'style="position:relative;display:inline-block;vertical-align:middle;'
        f'width:{width_px}px;height:10px;background:{_TRACK};border-radius:5px">{inner}</div>'
    )


def _health(health: Health) -> str:
    return (
        f'<span style="color:{HEALTH_COLOURS[health]};font-weight:600;white-space:nowrap">'
        f"{HEALTH_SYMBOLS[health]} {_esc(HEALTH_LABELS[health])}</span>"
    )


def _figures(result: Progress) -> str:
    forecast = "" if result.forecast is None else f" · forecast {result.forecast.isoformat()}"
    return (
        f"<b>{percent(result.value)}</b>"
        f'<span style="{_MUTED}"> · expected {percent(result.expected)}{forecast}</span>'
    )


def _verdict(report: SmartReport) -> str:
    if report.passed:
        return '<span style="color:#1a7f37;font-weight:600">✓ SMART</span>'
    failed = ", ".join(criterion.value.replace("_", "-") for criterion in report.failed)
    return (
        '<span style="color:#cf222e;font-weight:600">✗ not SMART</span>'
        f'<span style="{_MUTED}"> ({_esc(failed)})</span>'
    )


def _table(header: Iterable[str], rows: Iterable[Iterable[str]], styles: Iterable[str] = ()) -> str:
    extra = list(styles)

    def style(index: int) -> str:
        return _CELL + (extra[index] if index < len(extra) else "")

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
    return (
        f'<table class="goalkit" style="border-collapse:collapse;margin:4px 0;font-size:13px">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _box(content: str) -> str:
    return f'<div style="{_FONT}font-size:13px;line-height:1.45;max-width:56rem">{content}</div>'


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
                (
                    _esc(part.title),
                    _esc(f"{part.weight:g}"),
                    percent(part.value),
                )
                for part in result.parts
            ),
        )
    return _box(
        f"<div>{_bar(result, 160)} {_figures(result)} · {_health(result.health)}"
        f'<span style="{_MUTED}"> · as of {result.as_of.isoformat()}</span></div>{parts}'
    )


def smart_html(report: SmartReport) -> str:
    """HTML for a `SmartReport`: each criterion passed or failed, with the findings.

    Examples:
        >>> import datetime, goalkit
        >>> smart = goalkit.assess(goalkit.Goal(title="Improve my skills"),
        ...                        today=datetime.date(2027, 1, 1))
        >>> "not SMART" in smart_html(smart)
        True
    """
    rows = []
    for criterion in Criterion:
        result = report.results[criterion]
        mark = (
            '<span style="color:#1a7f37">✓</span>'
            if result.passed
            else '<span style="color:#cf222e">✗</span>'
        )
        notes = "<br>".join(
            f"{_esc(finding.message)}"
            + (
                f'<br><span style="{_MUTED}">Hint: {_esc(finding.hint)}</span>'
                if finding.hint
                else ""
            )
            for finding in result.findings
        )
        rows.append((mark, _esc(criterion.value.replace("_", "-")), notes))
    score = f'<span style="{_MUTED}"> · score {report.score:.0%}</span>'
    return _box(
        f"<div>{_verdict(report)}{score}</div>" + _table(("", "Criterion", "Findings"), rows)
    )


def goal_html(goal: Goal, *, plan: Plan | None = None, as_of: datetime.date | None = None) -> str:
    """HTML for a `Goal`: its progress, health, SMART verdict and key results.

    Args:
        goal: the goal.
        plan: the plan it belongs to, for child goals and relevance.
        as_of: the day to show; today when omitted.

    Examples:
        >>> import datetime, goalkit
        >>> goal = goalkit.Goal(title="Attend four industry events", key_results=[
        ...     goalkit.KeyResult(title="Events attended", target=4)])
        >>> "Attend four industry events" in goal_html(goal, as_of=datetime.date(2027, 1, 1))
        True
    """
    day = datetime.date.today() if as_of is None else as_of
    result = progress(goal, as_of=day, plan=plan)
    smart = assess(goal, plan=plan, today=day)
    meta = [goal.kind.value]
    if goal.horizon is not None:
        meta.append(goal.horizon.value.replace("_", "-"))
    if goal.start is not None or goal.due is not None:
        start = goal.start.isoformat() if goal.start else "…"
        due = goal.due.isoformat() if goal.due else "…"
        meta.append(f"{start} → {due}")
    meta.append(goal.status_on(day).value)
    rows = []
    for key_result in goal.key_results:
        kr_progress = progress(key_result, as_of=day)
        unit = f" {key_result.unit}" if key_result.unit else ""
        value = key_result.value_on(day)
        rows.append(
            (
                _esc(key_result.title),
                _esc(f"{value:g} / {key_result.target:g}{unit}"),
                _bar(kr_progress, 80) + f" {percent(kr_progress.value)}",
            )
        )
    key_results = (
        _table(("Key result", "Now / target", "Progress"), rows, ("min-width:12em;",))
        if rows
        else ""
    )
    border = HEALTH_COLOURS[result.health]
    return _box(
        f'<div style="border-left:4px solid {border};padding:2px 0 2px 10px">'
        f'<div style="font-weight:600;font-size:14px">{_esc(goal.title)}</div>'
        f'<div style="{_MUTED}">{_esc(" · ".join(meta))}</div>'
        f'<div style="margin-top:4px">{_bar(result, 160)} {_figures(result)} · '
        f"{_health(result.health)} · {_verdict(smart)}</div>{key_results}</div>"
    )


def report_html(report: PlanReport) -> str:
    """Compact HTML for a `PlanReport`: one row per goal, in tree order.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> report_html(report).count("<tr>")
        6
    """
    plan = report.plan
    title = plan.title or f"Goal plan of {plan.mentee.name}"
    people = f"mentee {plan.mentee.name}"
    if plan.mentor is not None:
        people += f" · mentor {plan.mentor.name}"
    rows = []
    for line in report.goals:
        indent = f'<span style="display:inline-block;width:{line.depth * 14}px"></span>'
        rows.append(
            (
                f'<span style="{_MUTED}">{_esc(line.number)}</span>',
                f"{indent}{_esc(line.goal.title)}",
                _bar(line.progress, 100),
                f"<b>{percent(line.progress.value)}</b>",
                f'<span style="{_MUTED}">{percent(line.progress.expected)}</span>',
                _health(line.progress.health),
                "✓" if line.smart.passed else '<span style="color:#cf222e">✗</span>',
            )
        )
    overall = report.overall
    return _box(
        f'<div style="font-weight:600;font-size:14px">{_esc(title)}</div>'
        f'<div style="{_MUTED}">{_esc(people)} · as of {report.as_of.isoformat()}</div>'
        f'<div style="margin-top:4px">{_bar(overall, 160)} {_figures(overall)} · '
        f"{_health(overall.health)}</div>"
        + _table(
            ("#", "Goal", "Progress", "Done", "Expected", "Health", "SMART"),
            rows,
            ("white-space:nowrap;", "min-width:16em;", "white-space:nowrap;"),
        )
    )


def plan_html(plan: Plan, *, as_of: datetime.date | None = None) -> str:
    """Compact HTML for a `Plan`: the overall bar and one row per goal.

    Examples:
        >>> import datetime, goalkit
        >>> snippet = plan_html(goalkit.example_plan(), as_of=datetime.date(2026, 11, 18))
        >>> "path to team lead" in snippet, snippet.count("<tr>")
        (True, 6)
    """
    return report_html(plan_report(plan, as_of=as_of))


def notebook_html(value: object) -> str:
    """The notebook HTML of any goalkit value that has one.

    Examples:
        >>> import datetime, goalkit
        >>> "Learn SQL" in notebook_html(goalkit.Goal(title="Learn SQL"))
        True
    """
    if isinstance(value, Goal):
        return goal_html(value)
    if isinstance(value, Plan):
        return plan_html(value)
    if isinstance(value, Progress):
        return progress_html(value)
    if isinstance(value, SmartReport):
        return smart_html(value)
    if isinstance(value, PlanReport):
        return report_html(value)
    raise TypeError(f"no notebook display for {type(value).__name__}")
