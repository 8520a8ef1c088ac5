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

`repr_html`, `render` and `to_data` below are that one path: each imports
`goalkit._render` lazily, when first called, and nothing imports the
renderers at import time. So `_report` gathers figures without knowing
how they are shown, and `_render` is the one implementation of showing
them. A test reads every module's imports and allows this one edge
(`goalkit._display_hook` -> `goalkit._render`), and no other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["ConciseRepr", "Shown", "concise_repr", "render", "repr_html", "rich_repr", "to_data"]


class Shown:
    """A value shown as given text: the pieces of a concise repr, as rich lays them out.

    Examples:
        >>> Shown("2027-01-01")
        2027-01-01
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def concise_repr(value: object, parts: Sequence[str]) -> str:
    """``Name(part, part, ...)``: the one-line repr of a goalkit value from its ``name=text`` parts.

    Large values (a plan, a goal, a key result, a report) name what identifies
    them and count what they hold, rather than listing every check-in.

    Examples:
        >>> concise_repr(3, ["id='kr-talks'", "check_ins=3"])
        "int(id='kr-talks', check_ins=3)"
    """
    return f"{type(value).__name__}({', '.join(parts)})"


def rich_repr(parts: Sequence[str]) -> Iterator[tuple[str, Shown]]:
    """The same parts for rich (`__rich_repr__`), so that ``rich.print`` is as concise as repr.

    rich expands attrs classes field by field (a plan printed 657 lines); a
    ``__rich_repr__`` made from the repr's parts prints the repr, laid out
    one part a line when it is longer than the console.

    Examples:
        >>> list(rich_repr(["id='kr-talks'", "check_ins=3"]))
        [('id', 'kr-talks'), ('check_ins', 3)]
    """
    for part in parts:
        name, _, text = part.partition("=")
        yield name, Shown(text)


class ConciseRepr:
    """Mixin: the one-line repr and rich's display, both made from the class's ``_repr_parts()``.

    Model and result classes mix it in (with ``attrs`` ``repr=False``) and
    define only ``_repr_parts``; a class whose repr is documented with an
    example keeps its own ``__repr__`` for the docstring.

    Examples:
        >>> class Pair(ConciseRepr):
        ...     def _repr_parts(self):
        ...         return ["id='p-1'", "items=2"]
        >>> Pair()
        Pair(id='p-1', items=2)
        >>> list(Pair().__rich_repr__())
        [('id', 'p-1'), ('items', 2)]
    """

    __slots__ = ()

    def _repr_parts(self) -> list[str]:
        """The ``name=text`` parts of the repr, in order."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return concise_repr(self, self._repr_parts())

    def __rich_repr__(self) -> Iterator[tuple[str, Shown]]:
        """What ``rich.print`` shows: the parts of the repr, not every field."""
        return rich_repr(self._repr_parts())


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
