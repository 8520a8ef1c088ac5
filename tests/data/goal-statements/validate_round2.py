"""Check round2-career-education.jsonl (stdlib only).

Checks: key order, domain/id/split values, labels in yes/no/unsure, ISO
dates, targets lists of numbers or null (both draft fields null together),
no duplicate statements (normalised case/whitespace/edge punctuation) within
the file or against statements.jsonl, no source_url already used in
statements.jsonl, at most 8 statements per page.
"""
import collections
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
KEYS = ["id", "domain", "statement", "source_url", "specific", "measurable",
        "time_bound", "draft_due", "draft_targets", "note", "split"]
PREFIX = {"career": "car", "education": "edu"}


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower()).strip(" .!?,;:\"'“”‘’")


def main():
    old = [json.loads(l) for l in (HERE / "statements.jsonl").open(encoding="utf-8")]
    old_urls = {d["source_url"] for d in old}
    old_st = {norm(d["statement"]) for d in old}
    errors, seen, ids = [], set(), set()
    per_url = collections.Counter()
    rows = [json.loads(l) for l in (HERE / "round2-career-education.jsonl").open(encoding="utf-8")]
    for d in rows:
        i = d.get("id")
        if list(d) != KEYS:
            errors.append((i, "keys/order"))
            continue
        if d["domain"] not in PREFIX or not re.fullmatch(PREFIX[d["domain"]] + r"-2\d{3}", i):
            errors.append((i, "domain/id"))
        if i in ids:
            errors.append((i, "duplicate id"))
        ids.add(i)
        if d["split"] != "heldout2":
            errors.append((i, "split"))
        for k in ("specific", "measurable", "time_bound"):
            if d[k] not in ("yes", "no", "unsure"):
                errors.append((i, k))
        due, tg = d["draft_due"], d["draft_targets"]
        if (due is None) != (tg is None):
            errors.append((i, "draft fields not both null/non-null"))
        if due is not None:
            try:
                datetime.date.fromisoformat(due)
            except ValueError:
                errors.append((i, "draft_due not ISO"))
            if not isinstance(tg, list) or not all(
                    isinstance(x, (int, float)) and not isinstance(x, bool) for x in tg):
                errors.append((i, "draft_targets"))
        n = norm(d["statement"])
        if n in old_st:
            errors.append((i, "statement already in statements.jsonl"))
        if n in seen:
            errors.append((i, "duplicate statement"))
        seen.add(n)
        if d["source_url"] in old_urls:
            errors.append((i, "source_url already in statements.jsonl"))
        per_url[d["source_url"]] += 1
    errors += [(u, "more than 8 statements") for u, c in per_url.items() if c > 8]
    dom = collections.Counter(d["domain"] for d in rows)
    drafts = sum(d["draft_due"] is not None for d in rows)
    print(f"{len(rows)} statements {dict(dom)}, {drafts} with drafts, {len(per_url)} pages")
    for e in errors:
        print("ERROR", *e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
