"""Why the extractor's wrong events are wrong, by class, on the real articles 001-503.

Each emitted event that meets no milestone in full falls in one class:
- `field: date` / `field: status` / `field: type` / `field: subject` (combined with `+`): its
  clause holds an unclaimed milestone's evidence and these fields differ;
- `duplicate`: its clause holds only milestones another event already claimed;
- `not_milestone: WHY`: its clause overlaps a non-milestone row, WHY being the row's reason
  without its parenthesis (statistic, description, speech …);
- `unannotated`: none of these.

Articles 504-533 are the held-out half: their events are never listed.

usage: python benchmarks/wrong_events.py [--show CLASS-SUBSTRING] [--limit 40] [--from 414]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _event_gold import covers, extractions, mismatches, real_corpus, score

from timeline.model import Article, Event

LAST_READ = 503
"""The last article that may be read (504-533 are held out)."""


def why_class(why: str) -> str:
    """The reason of a non-milestone row without its detail (`hypothetical (建成后)` → hypothetical)."""
    return re.split(r"[(（:：;；,，]", why, maxsplit=1)[0].strip()


def classify(
    event: Event, article: Article, milestones: list[dict[str, Any]], negatives: list[dict[str, Any]]
) -> tuple[str, str]:
    """The class of a wrong event and a detail to show with it."""
    covering = [row for row in milestones if covers(event, article, row["evidence"])]
    if covering:
        fields = [sorted({problem.split()[0] for problem in mismatches(event, row)}) for row in covering]
        best = min(fields, key=len)
        if not best:
            return "duplicate", covering[0]["id"]
        row = covering[fields.index(best)]
        return "field: " + "+".join(best), f"{row['id']} {'; '.join(mismatches(event, row))}"
    text = article.text
    for row in negatives:
        start = text.find(row["evidence"])
        while start != -1:
            if event.start_char < start + len(row["evidence"]) and start < event.end_char:
                return "not_milestone: " + why_class(row["why"]), f"{row['id']} {row['why']}"
            start = text.find(row["evidence"], start + 1)
    return "unannotated", ""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", default="", help="print the events of the classes containing this")
    parser.add_argument("--limit", type=int, default=40, help="classes listed (default 40)")
    parser.add_argument("--from", dest="first", type=int, default=1, help="first article read (default 1)")
    parser.add_argument("--to", dest="last", type=int, default=LAST_READ,
                        help=f"the last article read (at most {LAST_READ}, the default)")
    args = parser.parse_args()
    last = min(args.last, LAST_READ)
    corpus = real_corpus()
    files = sorted(name for name in corpus.articles if args.first <= int(name[:3]) <= last)
    found = extractions(corpus)
    classes: Counter[str] = Counter()
    shown = []
    for name in files:
        mine = [row for row in corpus.milestones if row["file"] == name]
        negatives = [row for row in corpus.negatives if row["file"] == name]
        part = type(corpus)(corpus.name, {name: corpus.articles[name]}, mine, negatives)
        for _, event in score(part, {name: found[name]}).wrong_events:
            label, detail = classify(event, corpus.articles[name], mine, negatives)
            classes[label] += 1
            if args.show and args.show in label:
                shown.append(f"{name} [{label}] {event.type}/{event.status}/{event.date} {event.trigger}: "
                             f"{event.summary}  || {detail}")
    print(f"wrong events of {args.first:03d}-{last:03d}: {sum(classes.values())}")
    for label, count in classes.most_common(args.limit):
        print(f"{count:5d}  {label}")
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
