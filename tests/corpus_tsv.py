"""Reading the corpus files: tab-separated, no quoting, a header row, blank rows skipped.

One reader for the corpus tests and for the benchmarks that score against the same files, so
that both read a file alike and reject the same malformed rows; the date corpus rows
(`tests/corpus/dates/*.tsv`, `tests/corpus/negative_dates.tsv`) are loaded here for both.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

CORPUS_DIR = Path(__file__).parent / "corpus"
POSITIVE_DIR = CORPUS_DIR / "dates"
NEGATIVE_FILE = CORPUS_DIR / "negative_dates.tsv"
POSITIVE_HEADER = ["text", "reference", "start", "end", "grain", "expr", "note"]
NEGATIVE_HEADER = ["text", "reference", "forbidden", "note"]


def read_tsv(path: Path, header: Sequence[str], *, pad: bool = True) -> list[tuple[str, list[str]]]:
    """Rows of a corpus file as ("file:line", cells), the header checked and blank rows skipped.

    A row with more cells than the header is a ValueError. One with fewer gets empty cells added
    at the end (trailing empty cells are easily lost in an editor), or with `pad=False` is a
    ValueError too.
    """
    header = list(header)
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not lines or lines[0] != header:
        raise ValueError(f"{path.name}: the header must be {header!r}, got {lines[:1]!r}")
    rows = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if pad:
            cells = cells + [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise ValueError(f"{path.name}:{number}: {len(cells)} cells, expected {len(header)}")
        rows.append((f"{path.name}:{number}", cells))
    return rows


class PositiveRow(NamedTuple):
    """One expected normalisation, with where it was written (for the test id)."""

    where: str
    text: str
    reference: str
    start: str
    end: str
    grain: str
    expr: str
    note: str


class NegativeRow(NamedTuple):
    """One look-alike that must not be placed on a timeline."""

    where: str
    text: str
    reference: str
    forbidden: str
    note: str


def load_positive_rows() -> list[PositiveRow]:
    """Every positive corpus row from every file in `tests/corpus/dates/`."""
    rows = []
    for path in sorted(POSITIVE_DIR.glob("*.tsv")):
        rows.extend(PositiveRow(where, *cells) for where, cells in read_tsv(path, POSITIVE_HEADER))
    return rows


def load_negative_rows() -> list[NegativeRow]:
    """Every row of the negative corpus."""
    return [NegativeRow(where, *cells) for where, cells in read_tsv(NEGATIVE_FILE, NEGATIVE_HEADER)]
