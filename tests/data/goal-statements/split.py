"""Assign each statement of statements.jsonl to "dev" or "heldout".

The split is by source URL: every statement quoted from one page lands in
the same part, so nothing tuned on a page can leak into the held-out score.
It is stratified by domain: each URL is filed under the domain most of its
statements belong to (ties broken alphabetically), and within each domain
the URLs are shuffled with a fixed seed and taken into "dev" until "dev"
holds at least DEV_SHARE of that domain's statements; the rest is "heldout".

Standard library only. Run from anywhere:

    python tests/data/goal-statements/split.py

It rewrites statements.jsonl in place (same order, same keys, "split" set)
and prints the counts. Running it twice gives the same file.
"""

from __future__ import annotations

import collections
import json
import pathlib
import random

SEED = 20270104
DEV_SHARE = 0.60
PATH = pathlib.Path(__file__).with_name("statements.jsonl")


def url_domain(statements: list[dict]) -> str:
    counts = collections.Counter(s["domain"] for s in statements)
    best = max(counts.values())
    return sorted(d for d, n in counts.items() if n == best)[0]


def assign(records: list[dict]) -> dict[str, str]:
    by_url: dict[str, list[dict]] = collections.defaultdict(list)
    for record in records:
        by_url[record["source_url"]].append(record)
    strata: dict[str, list[str]] = collections.defaultdict(list)
    for url in sorted(by_url):
        strata[url_domain(by_url[url])].append(url)
    rng = random.Random(SEED)
    part: dict[str, str] = {}
    for domain in sorted(strata):
        urls = strata[domain]
        rng.shuffle(urls)
        total = sum(len(by_url[u]) for u in urls)
        taken = 0
        for url in urls:
            if taken < DEV_SHARE * total:
                part[url] = "dev"
                taken += len(by_url[url])
            else:
                part[url] = "heldout"
    return part


def main() -> None:
    lines = PATH.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    part = assign(records)
    for record in records:
        record["split"] = part[record["source_url"]]
    PATH.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
        encoding="utf-8",
    )
    counts = collections.Counter((r["domain"], r["split"]) for r in records)
    urls = collections.Counter((part[u]) for u in {r["source_url"] for r in records})
    for (domain, split), n in sorted(counts.items()):
        print(f"{domain:10} {split:8} {n}")
    print(f"urls: dev {urls['dev']}, heldout {urls['heldout']}")


if __name__ == "__main__":
    main()
