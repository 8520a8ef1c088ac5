"""The display hook: the one import that runs against the flow of imports.

goalkit's modules import in one direction (DESIGN, "Architecture"):
errors <- schedule, text <- model <- smart, progress, rhythm <- serialize,
tables <- report <- render <- cli. Two things ask a value for its own
presentation, though, while the values live below the renderers:

- Jupyter asks any value for its HTML (`_repr_html_`): every model and
  result class answers through `repr_html`;
- a `PlanReport` renders itself (`render`, `to_text`, `to_markdown`,
  `to_html`, `to_json`, `to_dict`, and `GoalLine.to_dict`): those thin
  methods call `render` and `to_data`.

The three functions below are that one path: each imports
`goalkit._render` lazily, when first called, and nothing imports the
renderers at import time. So `_report` gathers figures without knowing
how they are shown, and `_render` is the one implementation of showing
them. A test reads every module's imports and allows this one edge
(`goalkit._display_hook` -> `goalkit._render`), and no other.
"""

from __future__ import annotations

from typing import Any

__all__ = ["render", "repr_html", "to_data"]


def repr_html(value: object) -> str:
    """The notebook HTML of a goalkit value (what its `_repr_html_` returns).

    Examples:
        >>> import datetime, goalkit
        >>> goal = goalkit.Goal(title="Attend four industry events")
        >>> repr_html(goal) == goal._repr_html_()
        True
    """
    return render(value, "notebook")


def render(value: object, format: str, **options: Any) -> str:  # noqa: A002 - the CLI's word
    """*value* rendered in *format* by `goalkit._render.render`.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> render(report, "markdown") == report.to_markdown()
        True
    """
    # Against the arrow on purpose, and lazily: see the module docstring.
    from goalkit import _render

    return _render.render(value, format, **options)


def to_data(value: object) -> dict[str, Any]:
    """The JSON data of a report or a report line, by `goalkit._render.to_data`.

    Examples:
        >>> import datetime, goalkit
        >>> report = goalkit.plan_report(goalkit.example_plan(), as_of=datetime.date(2026, 11, 13))
        >>> to_data(report) == report.to_dict()
        True
    """
    # Against the arrow on purpose, and lazily: see the module docstring.
    from goalkit import _render

    return _render.to_data(value)
