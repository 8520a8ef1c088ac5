"""Collect the code blocks in docs/ as tests, so the documentation never rots.

Python blocks in Markdown run in order, sharing one namespace per page;
`>>>` examples run as doctests. Docstrings in src/ run through pytest's own
`--doctest-modules` (see pyproject.toml).
"""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

pytest_collect_file = Sybil(
    parsers=[
        DocTestParser(optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        PythonCodeBlockParser(),
        SkipParser(),
    ],
    patterns=["*.md"],
    path="docs",
).pytest()
