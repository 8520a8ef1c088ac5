"""Assign each statement of statements.jsonl to "dev" or "heldout", and check the corpus.

The corpus grew in rounds, and a held-out part can be scored only once:

- Round 1 (530 statements, ids numbered below 2000) was split by source URL
  with a fixed seed (61% dev, 39% held-out; see README.md). Its held-out part
  was scored once, on 2026-11-26, and then joined development: every round-1
  statement is now "dev".
- Round 2 (ids numbered 2000 to 2999) was collected afterwards from pages
  round 1 never used, by labellers who had not seen goalkit's verdicts. It was
  the held-out part, scored on 2026-11-26, and then joined development too.
- Round 3 (ids numbered 3000 to 3999), collected the same way from pages
  neither earlier round used, was the held-out part, scored once on
  2026-11-26, and joined development in turn.
- Round 4 (ids numbered 4000 to 4999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-26, and joined development in turn.
- Round 5 (ids numbered 5000 to 5999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-26, and joined development in turn.
- Round 6 (ids numbered 6000 to 6999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-27, and joined development in turn.
- Round 7 (ids numbered 7000 to 7999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-27, and joined development in turn.
- Round 8 (ids numbered 8000 to 8999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-27, and joined development in turn.
- Round 9 (ids numbered 9000 to 9999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-27, and joined development in turn.
- Round 10 (ids numbered 10000 to 10999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-27, and joined development in turn.
- Round 11 (ids numbered 11000 to 11999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-27, and joined development in turn.
- Round 12 (ids numbered 12000 to 12999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-27, and joined development in turn.
- Round 13 (ids numbered 13000 to 13999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-28, and joined development in turn.
- Round 14 (ids numbered 14000 to 14999), collected the same way from pages
  no earlier round used and labelled twice, blind, was the held-out part,
  scored once on 2026-11-28, and joined development in turn.
- Round 15 (ids numbered 15000 and above), collected the same way from pages
  no earlier round used, is the held-out part, "heldout", until it too has
  been scored.

A new round's labellers write `roundN-*.jsonl` files with the same keys;
running this script folds them into statements.jsonl (after the lines already
there, ids unchanged), sets every statement's part by the rule above and
checks the whole corpus: key order, label values, ISO dates, draft fields
null together, unique ids, no statement twice (case, white space and edge
punctuation folded), no source URL in both parts, at most 25 statements from
one page. It rewrites statements.jsonl only when every check passes, and
running it twice gives the same file. It also checks `second-labels.jsonl`,
a second person's labels of a sample, given apart: every id a statement of
the corpus, labelled once, with valid labels and draft.

Standard library only. Run from anywhere:

    python tests/data/goal-statements/split.py
"""

from __future__ import annotations

import collections
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
PATH = HERE / "statements.jsonl"
KEYS = (
    "id",
    "domain",
    "statement",
    "source_url",
    "specific",
    "measurable",
    "time_bound",
    "draft_due",
    "draft_targets",
    "note",
    "split",
)
SECOND = HERE / "second-labels.jsonl"
SECOND_KEYS = ("id", "specific", "measurable", "time_bound", "draft_due", "draft_targets", "note")
PREFIXES = {"career": "car", "education": "edu", "health": "hea"}
LABELS = {"yes", "no", "unsure"}
HELD_OUT_FROM = 15000
MOST_FROM_ONE_PAGE = 25


def part(record: dict) -> str:
    """The part a statement belongs to: the current round's is held out."""
    number = int(record["id"].rsplit("-", 1)[1])
    return "heldout" if number >= HELD_OUT_FROM else "dev"


def folded(statement: str) -> str:
    return re.sub(r"\s+", " ", statement.strip().lower()).strip(" .!?,;:\"'“”‘’")


def problems(records: list[dict]) -> list[str]:
    """Everything wrong with the corpus, one line each (empty when it is sound)."""
    found: list[str] = []
    ids: set[str] = set()
    statements: dict[str, str] = {}
    parts_of_url: dict[str, set[str]] = collections.defaultdict(set)
    for record in records:
        rid = record.get("id", "?")
        if tuple(record) != KEYS:
            found.append(f"{rid}: keys are not {', '.join(KEYS)}, in that order")
            continue
        prefix = PREFIXES.get(record["domain"])
        if prefix is None or not re.fullmatch(rf"{prefix}-\d{{3,5}}", rid):
            found.append(f"{rid}: id does not match domain {record['domain']!r}")
        if rid in ids:
            found.append(f"{rid}: id used twice")
        ids.add(rid)
        found += label_problems(rid, record)
        key = folded(record["statement"])
        if key in statements:
            found.append(f"{rid}: the same statement as {statements[key]}")
        statements.setdefault(key, rid)
        parts_of_url[record["source_url"]].add(part(record))
    per_page = collections.Counter(r.get("source_url") for r in records)
    crowded = [(url, n) for url, n in per_page.items() if n > MOST_FROM_ONE_PAGE]
    found += [f"{url}: {n} statements from one page" for url, n in crowded]
    found += [f"{url}: in both parts" for url, parts in parts_of_url.items() if len(parts) > 1]
    return found


def label_problems(rid: str, record: dict) -> list[str]:
    """What is wrong with one person's labels and draft of a statement."""
    found = []
    for criterion in ("specific", "measurable", "time_bound"):
        if record[criterion] not in LABELS:
            found.append(f"{rid}: {criterion} is {record[criterion]!r}, not yes/no/unsure")
    due, targets = record["draft_due"], record["draft_targets"]
    if (due is None) != (targets is None):
        found.append(f"{rid}: draft_due and draft_targets must be null together")
    if due is not None:
        try:
            datetime.date.fromisoformat(due)
        except ValueError:
            found.append(f"{rid}: draft_due {due!r} is not an ISO date")
        numbers = isinstance(targets, list) and all(
            isinstance(t, (int, float)) and not isinstance(t, bool) for t in targets
        )
        if not numbers:
            found.append(f"{rid}: draft_targets is not a list of numbers")
    return found


def second_problems(records: list[dict]) -> list[str]:
    """Everything wrong with second-labels.jsonl: a second person's labels of a sample."""
    if not SECOND.exists():
        return []
    known = {record["id"] for record in records}
    found: list[str] = []
    seen: set[str] = set()
    for line in SECOND.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        rid = record.get("id", "?")
        if tuple(record) != SECOND_KEYS:
            found.append(f"second label {rid}: keys are not {', '.join(SECOND_KEYS)}")
            continue
        if rid not in known:
            found.append(f"second label {rid}: no such statement")
        if rid in seen:
            found.append(f"second label {rid}: labelled twice")
        seen.add(rid)
        found += [f"second label {problem}" for problem in label_problems(rid, record)]
    return found


def main() -> int:
    lines = PATH.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    known = {record["id"] for record in records}
    new_files = sorted(HERE.glob("round*.jsonl"))
    for new_file in new_files:
        for line in new_file.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["id"] not in known:
                records.append(json.loads(line))
    for record in records:
        record["split"] = part(record)
    found = problems(records) + second_problems(records)
    for problem in found:
        print(f"error: {problem}", file=sys.stderr)
    if found:
        return 1
    text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    PATH.write_text(text, encoding="utf-8")
    for new_file in new_files:
        new_file.unlink()
    counts = collections.Counter((r["domain"], r["split"]) for r in records)
    for (domain, split), n in sorted(counts.items()):
        print(f"{domain:10} {split:8} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
