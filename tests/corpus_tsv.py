"""Reading the corpus files: tab-separated, no quoting, a header row, blank rows skipped.

One reader for the corpus tests and for the benchmarks that score against the same files, so
that both read a file alike and reject the same malformed rows.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path


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
