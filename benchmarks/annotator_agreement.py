"""How far two careful annotators agree on the same articles: the ceiling for the extractor.

Reads two annotations of the same texts in the format of `tests/corpus/real/gold.jsonl` and, from
each side, counts the other side's milestones: found (a milestone of the other side on the same
file whose evidence overlaps), agreed in full (date start, end and grain; type within each other's
accepted types; status; subject within each other's accepted subjects) and marked not a milestone
by the other side. A row is compared with the other side's closest milestone, so the figures are
those of the most favourable pairing, as the extractor's recall is.

    python benchmarks/annotator_agreement.py      # the corpus's second annotation against gold
    python benchmarks/annotator_agreement.py A.jsonl B.jsonl --show   # and each disagreement
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "real"
sys.path.insert(0, str(REAL_DIR.parent.parent.parent))  # the checkout's timeline, installed or not

from timeline.model import normalise_text  # noqa: E402

Row = dict[str, Any]
_SHARED_RUN = 6  # characters two evidences must share to be the same clause


def _normalised(text: str | None) -> str:
    """Text as the scorer compares it (`normalise_text`: NFKC, no white space); None is empty."""
    return normalise_text(text or "")


def same_clause(evidence: str, other: str) -> bool:
    """True when one evidence holds the other or they share a run of six characters."""
    a, b = _normalised(evidence), _normalised(other)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    run = min(_SHARED_RUN, len(a), len(b))
    return any(a[i : i + run] in b for i in range(len(a) - run + 1))


def _subjects(row: Row) -> set[str]:
    return {_normalised(name) for name in [row.get("subject"), *(row.get("accept_subjects") or [])] if name}


def _types(row: Row) -> set[str]:
    return {row.get("type"), *(row.get("accept_types") or [])}


def disagreements(row: Row, other: Row) -> list[str]:
    """The fields two milestone rows disagree on (empty: agreed in full)."""
    fields = []
    if tuple(row.get(k) for k in ("date_start", "date_end", "grain")) != tuple(
        other.get(k) for k in ("date_start", "date_end", "grain")
    ):
        fields.append("date")
    if row.get("type") not in _types(other) and other.get("type") not in _types(row):
        fields.append("type")
    if row.get("status") != other.get("status"):
        fields.append("status")
    if not _subjects(row) & _subjects(other):
        fields.append("subject")
    return fields


@dataclass
class Side:
    """One annotation's milestones as the other annotation meets them."""

    milestones: int = 0
    found: int = 0
    agreed: int = 0
    marked_not: int = 0
    fields: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def compare(rows: list[Row], other: list[Row]) -> Side:
    """How `other` meets each milestone of `rows` (see the module docstring)."""
    side = Side()
    for row in rows:
        if row["kind"] != "milestone":
            continue
        side.milestones += 1
        same = [o for o in other if o["file"] == row["file"] and same_clause(row["evidence"], o["evidence"])]
        matched = [o for o in same if o["kind"] == "milestone"]
        if matched:
            side.found += 1
            fields = min((disagreements(row, o) for o in matched), key=len)
            side.agreed += not fields
            side.fields.update(fields)
            if fields:
                side.notes.append(f"{row['id']} {', '.join(fields)}: {row['evidence'][:40]}")
        else:
            side.marked_not += bool(same)
            side.notes.append(
                f"{row['id']} {'not a milestone' if same else 'absent'} in the other: {row['evidence'][:40]}"
            )
    return side


def _read(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", nargs="?", type=Path, default=REAL_DIR / "gold.jsonl")
    parser.add_argument("second", nargs="?", type=Path, default=REAL_DIR / "second_annotation.jsonl")
    parser.add_argument("--show", action="store_true", help="print each disagreement")
    args = parser.parse_args(argv)
    second = _read(args.second)
    files = {row["file"] for row in second}
    first = [row for row in _read(args.first) if row["file"] in files]
    print(f"{len(files)} articles annotated twice")
    for label, rows, other in (("first -> second", first, second), ("second -> first", second, first)):
        side = compare(rows, other)
        n = side.milestones or 1
        print(
            f"{label}: {side.milestones} milestones; found by the other {side.found} ({side.found / n:.3f}), "
            f"agreed in full {side.agreed} ({side.agreed / n:.3f}), "
            f"marked not a milestone {side.marked_not}; fields {dict(side.fields)}"
        )
        if args.show:
            for note in side.notes:
                print("   ", note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
