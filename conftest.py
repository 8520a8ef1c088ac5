"""Collect the code blocks in docs/ and README.md as tests, so the documentation never rots.

Fenced ```python blocks in Markdown run in order, sharing one namespace per
page; a block written as `>>>` examples runs as a doctest, its output checked.
Docstrings in src/ run through pytest's own `--doctest-modules` (see
pyproject.toml).
"""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

pytest_collect_file = Sybil(
    parsers=[
        # A ```python block runs as a doctest when it starts with `>>>`, else as code.
        PythonCodeBlockParser(doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        SkipParser(),
    ],
    patterns=["*.md"],
    path=".",
).pytest()
