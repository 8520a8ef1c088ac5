"""The `goalkit` command: a thin shell over load -> compute -> render.

`main` runs it (the console script `goalkit` and `python -m goalkit`);
`build_parser` builds its argument parser from one small function per
subcommand:

- `main`: the entry point, the parser and the one-line errors;
- `args`: the parser's pieces (ISO dates, one-line usage errors, help layout);
- `io`: reading plans, writing output, exit codes;
- `report`, `check`, `schema`, `new`, `draft`, `completion`: one module per subcommand,
  each adding its own subparser and running it.
"""

from goalkit._cli.main import build_parser, main

__all__ = ["build_parser", "main"]
