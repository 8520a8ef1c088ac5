"""Collect the code blocks in docs/ and README.md as tests, so the documentation never rots.

Fenced ```python blocks in Markdown run in order, sharing one namespace per
page; a block written as `>>>` examples runs as a doctest, its output checked.

The tutorials are written as plain code, to paste into a script or IPython,
with what it prints in a separate block after it, fenced as
```` ```{ .text .no-copy title="Output" } ````: that block is checked against
what the code block before it printed (doctest's comparison, with ``...``
matching anything and runs of whitespace equal). The copy button copies the
code alone (`content.code.copy`; `.no-copy` leaves the output out).

Docstrings in src/ run through pytest's own `--doctest-modules` (see
pyproject.toml).
"""

from __future__ import annotations

import contextlib
import io
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE, OutputChecker
from typing import Any

from sybil import Example, Sybil
from sybil.evaluators.python import PythonEvaluator
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser, SkipParser

#: The fence info of an output block, as the tutorials write it.
OUTPUT_FENCE = '{ .text .no-copy title="Output" }'
#: Where a code block leaves what it printed, for the output block after it.
_PRINTED = "__printed__"
_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE


class _PrintCapturingEvaluator(PythonEvaluator):
    """Runs a code block as Python does, keeping what it printed for an output block."""

    def __call__(self, example: Example) -> Any:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            result = super().__call__(example)
        example.namespace[_PRINTED] = printed.getvalue()
        return result


class _CodeThenOutputParser(PythonCodeBlockParser):
    """``python`` blocks as before, their printing kept for the output block that follows."""

    def __init__(self) -> None:
        super().__init__(doctest_optionflags=_FLAGS)
        self.codeblock_parser = CodeBlockParser("python", _PrintCapturingEvaluator(()))


def _check_output(example: Example) -> str | None:
    """An output block: what the code block before it printed, or a message saying what differs."""
    printed = example.namespace.pop(_PRINTED, None)
    if printed is None:
        return "an Output block must follow a python block"
    expected = str(example.parsed)
    checker = OutputChecker()
    if checker.check_output(expected, printed, _FLAGS):
        return None
    return f"the code printed:\n{printed}\nbut the Output block says:\n{expected}"


pytest_collect_file = Sybil(
    parsers=[
        # A ```python block runs as a doctest when it starts with `>>>`, else as code.
        _CodeThenOutputParser(),
        CodeBlockParser(OUTPUT_FENCE, _check_output),
        SkipParser(),
    ],
    patterns=["*.md"],
    path=".",
).pytest()
