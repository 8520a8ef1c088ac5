"""The notebook display hook: the one import that runs against the flow of imports.

goalkit's modules import in one direction (DESIGN, "Architecture"):
errors <- schedule, text <- model <- smart, progress, rhythm <- serialize,
tables <- report <- render <- cli. Jupyter, though, asks a value itself for
its HTML (`_repr_html_`), and the values live at the bottom of that flow
while their renderers live at the top. Every model and result class answers
Jupyter through `repr_html` below, which imports the renderer lazily, when a
notebook first asks; nothing imports the renderer at import time. A test
reads every module's imports and allows this one edge, and no other.
"""

from __future__ import annotations

__all__ = ["repr_html"]


def repr_html(value: object) -> str:
    """The notebook HTML of a goalkit value (what its `_repr_html_` returns).

    Examples:
        >>> import datetime, goalkit
        >>> goal = goalkit.Goal(title="Attend four industry events")
        >>> repr_html(goal) == goal._repr_html_()
        True
    """
    # Against the arrow on purpose, and lazily: see the module docstring.
    from goalkit._display import notebook_html

    return notebook_html(value)
