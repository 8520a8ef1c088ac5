"""Presentation: formats results it is handed (text, Markdown, HTML, notebook HTML, JSON).

Nothing here computes a figure: `goalkit._report` gathers them into result
objects (`PlanReport`, `GoalView`) and the calculators make `Progress` and
`SmartReport`; the modules here only word and lay them out:

- `format`: the shared formatting (percent, plural, numbers, health words,
  symbols and colours, bars, the goal meta line, a goal's facts, the SMART
  verdict) and the one escaping function per output kind;
- `json`: the one JSON shape of a report, a goal, a SMART verdict and a finding;
- `text`, `markdown`, `html`: the three report formats;
- `notebook`: the compact HTML that notebooks show.

The result classes reach this package through `goalkit._display_hook` (the
one import against the flow of imports, made lazily): `PlanReport.render`,
`to_text`, ..., `to_dict` and every `_repr_html_` call `render`, `to_data`
or `notebook_html` below.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, Final

from goalkit._model import (
    Cadence,
    CheckIn,
    Goal,
    KeyResult,
    Milestone,
    Person,
    Plan,
    PlanView,
    Review,
)
from goalkit._progress import Progress, progress
from goalkit._render import notebook
from goalkit._render.html import render_html
from goalkit._render.json import goal_dict, render_json, report_dict
from goalkit._render.markdown import render_markdown
from goalkit._render.text import render_text
from goalkit._report import GoalLine, PlanReport, goal_view, plan_report
from goalkit._smart import SmartReport

__all__ = ["notebook_html", "render", "to_data"]

#: The report formats, and the renderer of each.
REPORT_RENDERERS: Final[dict[str, Callable[..., str]]] = {
    "text": render_text,
    "markdown": render_markdown,
    "html": render_html,
    "json": render_json,
}


def render(value: object, format: str = "text", **options: Any) -> str:  # noqa: A002 - the CLI's word
    """*value* in *format*: a report as ``text``, ``markdown``, ``html`` or ``json``.

    ``notebook`` gives the notebook HTML of any value that has one (see
    `notebook_html`). *options* go to the format's renderer (text takes
    `width`, `ascii_only` and `color`; JSON takes `indent`).

    Raises:
        ValueError: an unknown format.
        TypeError: *value* is not a `PlanReport` (for the report formats).

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> render(report, "markdown").splitlines()[0]
        "# Ana's path to team lead"
    """
    if format == "notebook":
        return notebook_html(value, **options)
    renderer = REPORT_RENDERERS.get(format)
    if renderer is None:
        raise ValueError(f"unknown report format {format!r}: expected text, markdown, html or json")
    if not isinstance(value, PlanReport):
        raise TypeError(
            f"cannot render a {type(value).__name__} as a report: expected a PlanReport"
        )
    return renderer(value, **options)


def to_data(value: object) -> dict[str, Any]:
    """The JSON data of a `PlanReport` or a `GoalLine` (`goalkit._render.json`).

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> to_data(report)["report_version"], to_data(report.goals[0])["number"]
        (1, '1')
    """
    if isinstance(value, PlanReport):
        return report_dict(value)
    if isinstance(value, GoalLine):
        return goal_dict(value)
    raise TypeError(f"no JSON data for a {type(value).__name__}")


def notebook_html(
    value: object, *, plan: Plan | None = None, as_of: datetime.date | None = None
) -> str:
    """The notebook HTML of a goalkit value: what its `_repr_html_` returns.

    A `Goal` or a `Plan` is first gathered for *as_of* (today when omitted;
    *plan* gives a goal its plan), as are a `KeyResult`, a `Milestone` and a
    `Cadence`; a `PlanView` is shown on its own day; `Progress`,
    `SmartReport`, `PlanReport`, `CheckIn`, `Review` and `Person` are shown as
    they are. Every display of a figure says the day it is for.

    Raises:
        TypeError: a value with no notebook display.

    Examples:
        >>> import datetime, goalkit
        >>> "Learn SQL" in notebook_html(goalkit.Goal(title="Learn SQL"))
        True
        >>> plan = goalkit.example_plan()
        >>> notebook_html(plan, as_of=datetime.date(2026, 11, 13)).count("<tr>")
        6
    """
    if isinstance(value, Goal):
        return notebook.goal_html(goal_view(value, plan=plan, as_of=as_of))
    if isinstance(value, Plan):
        return notebook.report_html(plan_report(value, as_of=as_of))
    if isinstance(value, Progress):
        return notebook.progress_html(value)
    if isinstance(value, SmartReport):
        return notebook.smart_html(value)
    if isinstance(value, PlanReport):
        return notebook.report_html(value)
    return _model_html(value, plan=plan, as_of=as_of)


def _model_html(value: object, *, plan: Plan | None, as_of: datetime.date | None) -> str:
    """The notebook HTML of the model's smaller values, and of a `PlanView`."""
    day = datetime.date.today() if as_of is None else as_of
    if isinstance(value, PlanView):
        if value.goal_id is None:
            return notebook.report_html(plan_report(value.plan, as_of=value.as_of))
        goal = value.plan.goal(value.goal_id)
        return notebook.goal_html(goal_view(goal, plan=value.plan, as_of=value.as_of))
    if isinstance(value, KeyResult):
        return notebook.key_result_html(value, progress(value, as_of=day))
    if isinstance(value, CheckIn):
        return notebook.check_in_html(value)
    if isinstance(value, Milestone):
        return notebook.milestone_html(value, day)
    if isinstance(value, Review):
        return notebook.review_html(value)
    if isinstance(value, Person):
        return notebook.person_html(value)
    if isinstance(value, Cadence):
        return notebook.cadence_html(value, day)
    raise TypeError(f"no notebook display for {type(value).__name__}")
