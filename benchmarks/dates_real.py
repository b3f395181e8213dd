"""Date engine on real news text annotated by hand: exact, wrong, missed, look-alikes dated.

    python benchmarks/dates_real.py [--no-peers] [--list] [--pages P108-P147]

The set is `tests/corpus/real_dates/` (see its README): sentences of public news pages from many
outlets and years, every date expression in them annotated by hand with its surface, interval and
grain before the engine was run on them, and the look-alikes that must get no date. Each page's
sentences are read together, in order, as one article (one call per page and tool), against the
page's reference date, so that 同年 and the like see what came before.

How an expected expression is scored (the same for every tool; `grain`/surface only for timeline):

- **exact**: a find with exactly the expected surface (or one of the listed alternatives, where the
  spec leaves the surface open), overlapping the expected place, with the expected interval and
  grain. For peers, which report no grain and cut surfaces their own way, `exact` means a find
  overlapping the place with exactly the expected interval;
- **inexact**: not exact, but a find overlapping the place has an interval that contains the
  expected one or lies inside it (a coarser or narrower reading, another surface or grain);
- **wrong date**: dated finds overlap the place, but each interval is disjoint from the expected
  one or only straddles it (`2022年冬` for the 2022 of 2022年冬奥会): a date that would put
  the event elsewhere on a timeline;
- **missed**: no dated find overlaps the place.

A look-alike (an amount, a code, a name with 日, a duration, a generic holiday name…) is
**dated** when any find with an interval overlaps it. `--list` prints every row that is not
exact, for failure analysis.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # measure this working copy of timeline, not an installed one

from tests.corpus_tsv import read_tsv  # noqa: E402

REAL_DIR = REPO / "tests" / "corpus" / "real_dates"
PAGES_HEADER = ["page", "url", "outlet", "pub_date", "reference", "basis"]
SENTENCES_HEADER = ["page", "sentence", "text"]
EXPRESSIONS_HEADER = [
    "page",
    "sentence",
    "expr",
    "occurrence",
    "start",
    "end",
    "grain",
    "alternatives",
    "note",
    "xfail",
]
LOOKALIKES_HEADER = ["page", "sentence", "forbidden", "occurrence", "note", "xfail"]
SENTENCE_SEPARATOR = "\n"
ALTERNATIVE_SEPARATOR = " | "
OUTCOMES = ("exact", "inexact", "wrong date", "missed")


@dataclass(frozen=True)
class Page:
    """One news page: its address, dates, and the sentences kept from it, read as one article."""

    id: str
    url: str
    outlet: str
    pub_date: str
    reference: dt.date
    basis: str
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return SENTENCE_SEPARATOR.join(self.sentences)

    def offset(self, sentence: int) -> int:
        """Where sentence number `sentence` (1-based) starts in `text`."""
        return sum(len(s) + len(SENTENCE_SEPARATOR) for s in self.sentences[: sentence - 1])


@dataclass(frozen=True)
class Expected:
    """One hand-annotated date expression, placed in its page's text."""

    page: str
    sentence: int
    expr: str
    occurrence: int
    start: dt.date
    end: dt.date
    grain: str
    alternatives: tuple[str, ...]
    note: str
    xfail: str
    lo: int
    hi: int

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.expr, *self.alternatives)

    @property
    def where(self) -> str:
        return f"{self.page}.{self.sentence} {self.expr}#{self.occurrence}"


@dataclass(frozen=True)
class LookAlike:
    """A stretch of a sentence that must not be dated (every occurrence, or the one numbered)."""

    page: str
    sentence: int
    forbidden: str
    occurrence: str
    note: str
    xfail: str
    spans: tuple[tuple[int, int], ...]

    @property
    def where(self) -> str:
        suffix = f"#{self.occurrence}" if self.occurrence else ""
        return f"{self.page}.{self.sentence} {self.forbidden}{suffix}"


@dataclass(frozen=True)
class Find:
    """One expression a tool reported: surface, offsets in the page text, interval, grain if known."""

    text: str
    start_char: int
    end_char: int
    start: dt.date | None
    end: dt.date | None
    grain: str | None = None

    @property
    def has_interval(self) -> bool:
        return self.start is not None and self.end is not None


def _read(name: str, header: list[str]) -> list[list[str]]:
    return [cells for _, cells in read_tsv(REAL_DIR / name, header, pad=False)]


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def page_range(spec: str) -> Callable[[str], bool]:
    """A test of page ids from `P108-P147` (inclusive, by number; either end may be left out)."""
    first, _, last = spec.partition("-")
    lo = int(first.lstrip("P")) if first else 0
    hi = int(last.lstrip("P")) if last else sys.maxsize
    return lambda page_id: lo <= int(page_id.lstrip("P")) <= hi


def load(
    selected: Callable[[str], bool] = lambda page_id: True,
) -> tuple[dict[str, Page], list[Expected], list[LookAlike]]:
    """The pages, the expected expressions and the look-alikes; raises ValueError on a bad row.

    `selected` keeps only some pages (e.g. the ones annotated last, to measure them apart)."""
    sentences: dict[str, list[str]] = {}
    for page_id, number, text in _read("sentences.tsv", SENTENCES_HEADER):
        kept = sentences.setdefault(page_id, [])
        if int(number) != len(kept) + 1:
            raise ValueError(f"sentences.tsv: {page_id} sentence {number} is out of order")
        kept.append(text)
    pages = {}
    for page_id, url, outlet, pub_date, reference, basis in _read("pages.tsv", PAGES_HEADER):
        pages[page_id] = Page(
            page_id,
            url,
            outlet,
            pub_date,
            dt.date.fromisoformat(reference),
            basis,
            tuple(sentences.get(page_id, ())),
        )
    expected = []
    for page_id, number, expr, occurrence, start, end, grain, alternatives, note, xfail in _read(
        "expressions.tsv", EXPRESSIONS_HEADER
    ):
        page, index = pages[page_id], int(number)
        sentence = page.sentences[index - 1]
        at = _occurrences(sentence, expr)
        if len(at) < int(occurrence):
            raise ValueError(f"{page_id}.{number}: {expr!r} occurs {len(at)} times, not {occurrence}")
        lo = page.offset(index) + at[int(occurrence) - 1]
        alternatives_ = tuple(a for a in alternatives.split(ALTERNATIVE_SEPARATOR) if a)
        for alternative in alternatives_:
            if alternative not in sentence:
                raise ValueError(f"{page_id}.{number}: alternative {alternative!r} is not in the sentence")
        expected.append(
            Expected(
                page_id,
                index,
                expr,
                int(occurrence),
                dt.date.fromisoformat(start),
                dt.date.fromisoformat(end),
                grain,
                alternatives_,
                note,
                xfail,
                lo,
                lo + len(expr),
            )
        )
    lookalikes = []
    for page_id, number, forbidden, occurrence, note, xfail in _read("lookalikes.tsv", LOOKALIKES_HEADER):
        page, index = pages[page_id], int(number)
        base = page.offset(index)
        at = _occurrences(page.sentences[index - 1], forbidden)
        if not at or (occurrence and len(at) < int(occurrence)):
            raise ValueError(f"{page_id}.{number}: look-alike {forbidden!r} is not in the sentence")
        chosen = [at[int(occurrence) - 1]] if occurrence else at
        spans = tuple((base + a, base + a + len(forbidden)) for a in chosen)
        lookalikes.append(LookAlike(page_id, index, forbidden, occurrence, note, xfail, spans))
    kept = {page_id: page for page_id, page in pages.items() if selected(page_id)}
    return (
        kept,
        [row for row in expected if row.page in kept],
        [row for row in lookalikes if row.page in kept],
    )


def _overlapping(finds: Iterable[Find], lo: int, hi: int) -> list[Find]:
    return [f for f in finds if f.has_interval and f.start_char < hi and lo < f.end_char]


def classify(expected: Expected, finds: Sequence[Find], *, strict: bool = True) -> str:
    """'exact', 'inexact', 'wrong date' or 'missed' (see the module docstring).

    `strict` also requires the surface and the grain (timeline); peers are scored without them.
    """
    near = _overlapping(finds, expected.lo, expected.hi)
    for find in near:
        same_interval = (find.start, find.end) == (expected.start, expected.end)
        same_words = find.text in expected.surfaces and find.grain == expected.grain
        if same_interval and (not strict or same_words):
            return "exact"
    if not near:
        return "missed"
    for find in near:
        assert find.start is not None and find.end is not None
        coarser = find.start <= expected.start and expected.end <= find.end
        narrower = expected.start <= find.start and find.end <= expected.end
        if coarser or narrower:
            return "inexact"
    return "wrong date"


def is_dated(lookalike: LookAlike, finds: Sequence[Find]) -> bool:
    """True when a find with an interval overlaps the look-alike."""
    return any(_overlapping(finds, lo, hi) for lo, hi in lookalike.spans)


def timeline_finds(page: Page) -> list[Find]:
    """`timeline.dates.extract` on the page's text, with grains."""
    from timeline import dates

    return [
        Find(e.text, e.start_char, e.end_char, e.start, e.end, e.grain)
        for e in dates.extract(page.text, page.reference)
    ]


@dataclass(frozen=True)
class Score:
    """One tool's outcome counts on the set."""

    tool: str
    outcomes: Counter[str]
    lookalikes_dated: int
    lookalikes: int
    rows: tuple[tuple[str, str], ...]  # (outcome, description) of every expression not exact

    @property
    def expressions(self) -> int:
        return sum(self.outcomes.values())


def score(
    tool: str,
    finder: Callable[[Page], list[Find]],
    *,
    strict: bool = True,
    selected: Callable[[str], bool] = lambda page_id: True,
) -> Score:
    pages, expected, lookalikes = load(selected)
    finds = {page_id: finder(page) for page_id, page in pages.items()}
    outcomes: Counter[str] = Counter()
    rows = []
    for row in expected:
        outcome = classify(row, finds[row.page], strict=strict)
        outcomes[outcome] += 1
        if outcome != "exact":
            near = _overlapping(finds[row.page], row.lo - 2, row.hi + 2)
            got = "; ".join(f"{f.text!r} {f.start}..{f.end} {f.grain}" for f in near) or "nothing"
            rows.append((outcome, f"{row.where}: expected {row.start}..{row.end} {row.grain}, got {got}"))
    dated = [la for la in lookalikes if is_dated(la, finds[la.page])]
    rows.extend(("look-alike dated", f"{la.where} ({la.note})") for la in dated)
    return Score(tool, outcomes, len(dated), len(lookalikes), tuple(rows))


def _peer_finder(tool: object) -> Callable[[Page], list[Find]]:
    def finder(page: Page) -> list[Find]:
        raw = tool.run(page.text, page.reference)  # type: ignore[attr-defined]
        return [
            Find(f.text, f.start_char, f.end_char, f.start, f.end)
            for f in tool.found(raw, page.text, page.reference)  # type: ignore[attr-defined]
        ]

    return finder


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def report(scores: Sequence[Score], selected: Callable[[str], bool] = lambda page_id: True) -> str:
    pages, expected, lookalikes = load(selected)
    sentences = sum(len(p.sentences) for p in pages.values())
    lines = [
        f"Real news set: {len(pages)} pages, {sentences} sentences, {len(expected)} date expressions, "
        f"{len(lookalikes)} look-alikes.",
        "",
        "| tool | exact | inexact | wrong date | missed | look-alikes dated |",
        "|---|---|---|---|---|---|",
    ]
    for s in scores:
        cells = [f"{s.outcomes[o]} ({_percent(s.outcomes[o], s.expressions)})" for o in OUTCOMES]
        lines.append(f"| {s.tool} | " + " | ".join(cells) + f" | {s.lookalikes_dated} of {s.lookalikes} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-peers", action="store_true", help="measure timeline only")
    parser.add_argument("--list", action="store_true", help="print every row that is not exact")
    parser.add_argument("--pages", default="", help="only pages in this id range, e.g. P108-P147 or -P107")
    args = parser.parse_args(argv)
    selected = page_range(args.pages)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _machine import print_machine

    print_machine("timeline dates on real news", ["cn2an", "lunar-python"])
    scores = [
        score("timeline (surface, interval, grain)", timeline_finds, selected=selected),
        score("timeline (interval only)", timeline_finds, strict=False, selected=selected),
    ]
    if not args.no_peers:
        from _peers import load_tools

        for loaded in load_tools(with_peers=True)[1:]:
            if loaded.tool is None:
                print(f"{loaded.name}: {loaded.problem}", file=sys.stderr)
                continue
            name = f"{loaded.name} {loaded.version} (interval only)"
            scores.append(score(name, _peer_finder(loaded.tool), strict=False, selected=selected))
    print(report(scores, selected))
    if args.list:
        for outcome, description in sorted(scores[0].rows):
            print(f"{outcome}\t{description}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
