"""`python -m goalkit`: the same as the `goalkit` command."""

from goalkit._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
