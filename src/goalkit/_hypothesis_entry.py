"""Hypothesis's entry point for goalkit: registers strategies for `st.from_type`.

Hypothesis calls entry points while it is itself being imported, and
`goalkit.testing` imports hypothesis, so the strategies are registered as
`st.deferred` ones that import `goalkit.testing` only when first drawn from.
"""

from __future__ import annotations

import importlib
from typing import Any


def _strategy(name: str) -> Any:
    from hypothesis import strategies as st

    def build() -> Any:
        testing = importlib.import_module("goalkit.testing")
        return getattr(testing, name)()

    return st.deferred(build)


#: Model class name -> the `goalkit.testing` strategy that generates it.
STRATEGIES = {
    "Person": "people",
    "CheckIn": "check_ins",
    "KeyResult": "key_results",
    "Milestone": "milestones",
    "Review": "reviews",
    "Revision": "revisions",
    "Agreement": "agreements",
    "Goal": "goals",
    "Cadence": "cadences",
    "Plan": "plans",
}


def setup_hook() -> None:
    """Register goalkit's strategies with hypothesis (called by hypothesis itself).

    Examples:
        >>> from hypothesis import find, strategies as st
        >>> from goalkit import Goal
        >>> setup_hook()
        >>> isinstance(find(st.from_type(Goal), lambda _: True), Goal)
        True
    """
    from hypothesis import strategies as st

    from goalkit import _model

    for class_name, strategy_name in STRATEGIES.items():
        st.register_type_strategy(getattr(_model, class_name), _strategy(strategy_name))
