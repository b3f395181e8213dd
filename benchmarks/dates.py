"""Date benchmark: speed, linearity and accuracy of `timeline.dates.extract`, peers side by side.

    python benchmarks/dates.py [--size-mb 10] [--repeat 3] [--no-peers] [--peer-budget 120]

What it prints (MB everywhere means UTF-8 bytes / 1e6):

1. the machine (CPU, cores, load, Python) and every package version, so a run can be reproduced;
2. throughput on the seed corpus (`seeds/*.txt`, each article with its `pub_date` from
   `seeds/manifest.json` as reference) and on a ~`--size-mb` corpus made by repeating the seed
   articles one by one (each keeps its own reference date): MB/s, expressions/s and the ratio
   timeline/peer. Every tool is called once per article, its own way (see `benchmarks/_peers.py`);
   the best of `--repeat` runs is kept. A peer too slow to read the big corpus within
   `--peer-budget` seconds is measured on a capped sample (the first articles of the big corpus)
   and the table says so;
3. linearity: `extract` on one 0.5 MB and one 5 MB string, and the ratio of the two times
   (about 10 when the engine is linear);
3b. worst cases (`--adversarial-mb`, default 1): timeline's MB/s on inputs made to be hard, each
   one string of about that size (see `adversarial_inputs`), and on the densest of them again at
   a tenth of the size, so that a superlinear cost shows;
4. accuracy on the hand-checked corpus (`tests/corpus/dates/*.tsv`,
   `tests/corpus/negative_dates.tsv`), for timeline and every peer, overall and per corpus file.

Scoring (the same for every tool). A positive row is right when, among the found expressions
with an interval whose text span overlaps the row's `expr` in the text (anywhere when `expr` is
empty), the one whose interval overlaps the expected one best (intersection over union, in days)
has exactly the expected start and end. A negative row is right when no found expression with an
interval overlaps an occurrence of `forbidden` in the text (when `forbidden` is empty: when
nothing with an interval is found at all). The stricter rule of the corpus tests (surface, interval
and grain) is printed for timeline too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # measure this working copy of timeline, not an installed one

from _machine import cpu_model, git_commit, load_average  # noqa: E402
from _peers import Found, LoadedTool, Tool, load_tools, package_version  # noqa: E402

from tests.corpus_tsv import (  # noqa: E402
    NEGATIVE_FILE,
    POSITIVE_DIR,
    NegativeRow,
    PositiveRow,
    load_negative_rows,
    load_positive_rows,
    read_tsv,
)

SEEDS_DIR = REPO / "seeds"
SEED_EXPECTATIONS = REPO / "tests" / "corpus" / "seed_dates.tsv"
SEED_HEADER = ["file", "expr", "occurrence", "start", "end", "grain", "note"]
LINEARITY_SIZES_MB = (0.5, 5.0)
MB = 1_000_000
MIN_SEED_RUNS = 5


@dataclass(frozen=True)
class Article:
    """One article of a benchmark corpus with its reference (publication) date."""

    name: str
    text: str
    reference: dt.date

    @property
    def size(self) -> int:
        """UTF-8 bytes."""
        return len(self.text.encode("utf-8"))


@dataclass(frozen=True)
class Speed:
    """The best of several timed passes of one tool over one corpus."""

    corpus: str
    megabytes: float
    runs: int
    seconds: float
    expressions: int

    @property
    def mb_per_s(self) -> float:
        """Megabytes (UTF-8 bytes / 1e6) read per second."""
        return self.megabytes / self.seconds if self.seconds > 0 else float("inf")

    @property
    def expressions_per_s(self) -> float:
        """Expressions returned per second."""
        return self.expressions / self.seconds if self.seconds > 0 else float("inf")


def load_seeds(folder: Path) -> list[Article]:
    """The seed articles, in manifest order, each with its manifest `pub_date` as reference.

    >>> [a.reference.isoformat() for a in load_seeds(SEEDS_DIR)][:1]
    ['2026-01-30']
    """
    manifest_path = folder / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        return [
            Article(
                entry["file"],
                (folder / entry["file"]).read_text(encoding="utf-8"),
                dt.date.fromisoformat(entry["pub_date"]),
            )
            for entry in manifest["articles"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SystemExit(f"cannot read the seed corpus in {folder}: {error}") from None


def repeat_articles(seeds: Sequence[Article], size_bytes: int) -> list[Article]:
    """Seed articles repeated one by one, each with its own reference, until `size_bytes` is reached.

    >>> len(repeat_articles([Article("a", "x" * 10, dt.date(2024, 1, 1))], 25))
    3
    """
    corpus: list[Article] = []
    total = 0
    while total < size_bytes:
        article = seeds[len(corpus) % len(seeds)]
        corpus.append(article)
        total += article.size
    return corpus


def one_string(seeds: Sequence[Article], size_bytes: int) -> str:
    """The seed texts joined by newlines, cycled until the string holds `size_bytes` UTF-8 bytes."""
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        text = seeds[len(parts) % len(seeds)].text
        parts.append(text)
        total += len(text.encode("utf-8")) + 1
    return "\n".join(parts)


def megabytes(articles: Iterable[Article]) -> float:
    """Total UTF-8 size in MB (bytes / 1e6)."""
    return sum(article.size for article in articles) / MB


def time_passes(tool: Tool, articles: Sequence[Article], runs: int, label: str) -> Speed:
    """Call `tool.run` on every article, `runs` times; keep the fastest pass."""
    best = float("inf")
    expressions = 0
    for _ in range(runs):
        raws = []
        began = time.perf_counter()
        for article in articles:
            raws.append(tool.run(article.text, article.reference))
        best = min(best, time.perf_counter() - began)
        expressions = sum(tool.count(raw) for raw in raws)
    return Speed(label, megabytes(articles), runs, best, expressions)


def progress(message: str) -> None:
    """Tell the person waiting what is being measured (stderr, so stdout stays the report)."""
    print(f"... {message}", file=sys.stderr, flush=True)


def failure(error: Exception) -> str:
    """A one-line 'failed: ...' message for a tool that raised."""
    return f"failed: {type(error).__name__}: {error}".splitlines()[0][:160]


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table, columns padded for reading in a terminal."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(str(h)), *(len(row[i]) for row in cells)) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    print()


def print_header(tools: Sequence[LoadedTool]) -> None:
    """Machine, Python and package versions."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print("# Date benchmark")
    print()
    print(f"- run at: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"- machine: {cpu_model()}; {os.cpu_count()} cores ({usable} usable)")
    print(f"- load average (1, 5, 15 min): {load_average()}")
    print(f"- system: {platform.platform()}")
    print(f"- Python: {platform.python_implementation()} {platform.python_version()}")
    print(f"- timeline: {_timeline_version()} (working copy {REPO}, {git_commit()})")
    for distribution in ("cn2an", "lunar-python", "python-dateutil"):
        print(f"- {distribution}: {package_version(distribution)}")
    for loaded in tools:
        if loaded.name != "timeline":
            status = f" ({loaded.problem})" if loaded.problem else ""
            print(f"- {loaded.name}: {loaded.version}{status}")
    print("- MB = UTF-8 bytes / 1e6")
    print()


def _timeline_version() -> str:
    try:
        import timeline
    except Exception as error:  # the working copy may be mid-edit; say so rather than stop
        return failure(error)
    return str(getattr(timeline, "__version__", "unknown"))


def throughput(
    tools: Sequence[LoadedTool], seeds: Sequence[Article], big: Sequence[Article], repeat: int, budget: float
) -> None:
    """Measure and print the throughput table."""
    big_label = f"repeated seeds, {megabytes(big):.1f} MB"
    seed_runs = max(repeat, MIN_SEED_RUNS)  # the seed corpus is small: more runs, less noise
    rows: list[list[object]] = []
    timeline_speed: dict[str, Speed] = {}
    for loaded in tools:
        if loaded.tool is None:
            rows.append([loaded.name, loaded.problem, "", "", "", "", "", "", ""])
            continue
        try:
            progress(f"{loaded.name}: warm-up, then seed corpus x{seed_runs}")
            loaded.tool.run(seeds[0].text, seeds[0].reference)  # lazy loading is not reading speed
            seed_speed = time_passes(loaded.tool, seeds, seed_runs, "seeds")
            if loaded.name == "timeline" or seed_speed.seconds * len(big) / len(seeds) * repeat <= budget:
                progress(f"{loaded.name}: {big_label} x{repeat}")
                big_speed = time_passes(loaded.tool, big, repeat, big_label)
            else:
                per_run = budget / repeat * seed_speed.mb_per_s * MB
                sample = repeat_articles(seeds, max(int(per_run), 1))
                label = f"capped sample, {megabytes(sample):.2f} MB of the {megabytes(big):.1f} MB"
                progress(f"{loaded.name}: {label} x{repeat}")
                big_speed = time_passes(loaded.tool, sample, repeat, label)
        except Exception as error:  # a peer may break on real text; report it and carry on
            rows.append([loaded.name, failure(error), "", "", "", "", "", "", ""])
            continue
        if loaded.name == "timeline":
            timeline_speed = {"seeds": seed_speed, "big": big_speed}
        for key, speed in (("seeds", seed_speed), ("big", big_speed)):
            reference = timeline_speed.get(key)
            ratio = "n/a" if reference is None else f"{reference.mb_per_s / speed.mb_per_s:.1f}x"
            if loaded.name == "timeline":
                ratio = "-"
            rows.append([
                loaded.name, speed.corpus, f"{speed.megabytes:.3f}", speed.runs, f"{speed.seconds:.3f}",
                f"{speed.mb_per_s:.3f}", f"{speed.expressions_per_s:,.0f}", speed.expressions, ratio,
            ])
    print("## Throughput (best of the runs; one call per article)")
    print()
    print_table(
        ["tool", "corpus", "MB", "runs", "best s", "MB/s", "expr/s", "expressions", "timeline/peer"], rows
    )
    for loaded in tools:
        if loaded.tool is not None and loaded.tool.skipped:
            print(
                f"{loaded.name} raised on {loaded.tool.skipped} clauses during these passes; the adapter "
                "skipped them (their time counts, they yield nothing)."
            )
            loaded.tool.skipped = 0
    print(
        "timeline/peer = timeline's MB/s over the peer's, on the seed corpus for seed rows and on the "
        "big corpus for big-corpus and capped-sample rows (a capped sample is the first articles of the "
        "same repeated corpus, so the same mix of text)."
    )
    print()


def linearity(tools: Sequence[LoadedTool], seeds: Sequence[Article], repeat: int) -> None:
    """Time timeline's extract on one 0.5 MB and one 5 MB string and print the ratio."""
    print("## Linearity (timeline, one string per call)")
    print()
    timeline = next((t.tool for t in tools if t.name == "timeline"), None)
    if timeline is None:
        print("timeline: not measured (" + (tools[0].problem or "not loaded") + ")")
        print()
        return
    reference = seeds[0].reference
    rows: list[list[object]] = []
    times: list[float] = []
    for size_mb in LINEARITY_SIZES_MB:
        text = one_string(seeds, int(size_mb * MB))
        size = len(text.encode("utf-8")) / MB
        progress(f"timeline: one {size:.2f} MB string x{repeat}")
        best = float("inf")
        found = 0
        try:
            for _ in range(repeat):
                began = time.perf_counter()
                raw = timeline.run(text, reference)
                best = min(best, time.perf_counter() - began)
                found = timeline.count(raw)
        except Exception as error:
            rows.append([f"{size:.2f}", failure(error), "", ""])
            continue
        times.append(best)
        rows.append([f"{size:.2f}", f"{best:.3f}", f"{size / best:.3f}", found])
    print_table(["MB", "best s", "MB/s", "expressions"], rows)
    if len(times) == 2:
        big, small = LINEARITY_SIZES_MB[1], LINEARITY_SIZES_MB[0]
        ratio = times[1] / times[0]
        print(f"time ratio {big:g} MB / {small:g} MB = {ratio:.1f} (the sizes differ {big / small:g}x)")
        print()


def _cycled(units: Sequence[str], size_bytes: int) -> str:
    """`units` repeated in turn until the string holds `size_bytes` UTF-8 bytes."""
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        unit = units[len(parts) % len(units)]
        parts.append(unit)
        total += len(unit.encode("utf-8"))
    return "".join(parts)


def _every_day(first_year: int, last_year: int) -> list[str]:
    """Every day of the years as a written date (2001年3月4日，), in calendar order."""
    day, last = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
    days = []
    while day <= last:
        days.append(f"{day.year}年{day.month}月{day.day}日，")
        day += dt.timedelta(days=1)
    return days


def adversarial_inputs(seeds: Sequence[Article], size_bytes: int) -> list[tuple[str, str]]:
    """(what, text) of the worst-case inputs, each about `size_bytes` (the 5 MB line: 5 MB).

    >>> [len(text.encode()) >= 1000 for _, text in adversarial_inputs([], 1000)][:3]
    [True, True, True]
    """
    lunar = ["2023年正月初一，", "2024年腊月初八，", "农历八月十五，", "1991年农历8月23号，"]
    deictic = ["下下周三，", "大大后天，", "上上个月，"]
    days = ["9月10号，"] + [f"{day}号，" for day in range(11, 29)]
    cases = [
        ("dense dates: 1年1月1日 repeated", _cycled(["1年1月1日"], size_bytes)),
        ("dense dates: every day of 1990-2030, no other text", _cycled(_every_day(1990, 2030), size_bytes)),
        ("lunar-heavy: 正月初一， repeated", _cycled(["正月初一，"], size_bytes)),
        ("lunar-heavy: lunar days of alternating years", _cycled(lunar, size_bytes)),
        ("deictic run: 去年 repeated", _cycled(["去年"], size_bytes)),
        ("deictic run: 下下周三，大大后天，上上个月，", _cycled(deictic, size_bytes)),
        ("bare days: 9月10号，11号，… 28号， repeated", _cycled(days, size_bytes)),
        ("date characters, no date: 年月日号周 repeated", _cycled(["年月日号周"], size_bytes)),
        ("digits, no date: 1234567890 repeated", _cycled(["1234567890"], size_bytes)),
        (
            "lines of dates: 1月5日至8日，去年12月，周三 a line",
            _cycled(["1月5日至8日，去年12月，周三\n"], size_bytes),
        ),
    ]
    if seeds:
        line = one_string(seeds, 5 * MB).replace("\n", "")
        cases.append(("one 5 MB line: the seed articles without line breaks", line))
    return cases


def adversarial(tools: Sequence[LoadedTool], seeds: Sequence[Article], size_mb: float, repeat: int) -> None:
    """Time timeline's extract on each worst-case input; print MB/s and the linearity check."""
    print("## Worst cases (timeline, one string per call)")
    print()
    timeline = next((t.tool for t in tools if t.name == "timeline"), None)
    if timeline is None:
        print("timeline: not measured")
        print()
        return
    reference = seeds[0].reference if seeds else dt.date(2025, 5, 10)
    rows: list[list[object]] = []
    for what, text in adversarial_inputs(seeds, int(size_mb * MB)):
        size = len(text.encode("utf-8")) / MB
        progress(f"timeline: {what}, {size:.2f} MB x{repeat}")
        small = text[: len(text) // 10]
        try:
            timeline.run(small[:2000], reference)  # warm-up: patterns compiled on first use
            best, cpu, found = _best_time(timeline, text, reference, repeat)
            _, cpu_small, _ = _best_time(timeline, small, reference, repeat)
        except Exception as error:
            rows.append([what, failure(error), "", "", "", "", "", ""])
            continue
        ratio = cpu / cpu_small if cpu_small > 0 else float("inf")
        rows.append([
            what, f"{size:.2f}", f"{best:.3f}", f"{size / best:.2f}", f"{cpu:.3f}", f"{size / cpu:.2f}",
            found, f"{ratio:.1f}",
        ])
    print_table(
        [
            "input", "MB", "best s", "MB/s", "CPU s", "MB/s of CPU", "expressions",
            "CPU time / a tenth's (10: linear)",
        ],
        rows,
    )
    print(
        "CPU s is the process time of the best run: on a shared machine it shows the engine's own "
        "cost when the wall clock also counts other programs."
    )
    print()


def _best_time(tool: Tool, text: str, reference: dt.date, repeat: int) -> tuple[float, float, int]:
    """The fastest of `repeat` calls of `tool` on `text` (wall and CPU seconds), and how many
    expressions it found."""
    best, cpu, found = float("inf"), float("inf"), 0
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        raw = tool.run(text, reference)
        best = min(best, time.perf_counter() - began)
        cpu = min(cpu, time.process_time() - began_cpu)
        found = tool.count(raw)
    return best, cpu, found


def load_corpus() -> tuple[list[PositiveRow], list[NegativeRow]]:
    """The positive rows of every `tests/corpus/dates/*.tsv` and the negative rows, if present."""
    return load_positive_rows(), load_negative_rows() if NEGATIVE_FILE.exists() else []


def _days_iou(a: Found, start: dt.date, end: dt.date) -> float:
    assert a.start is not None and a.end is not None
    overlap = (min(a.end, end) - max(a.start, start)).days + 1
    if overlap <= 0:
        return 0.0
    union = (max(a.end, end) - min(a.start, start)).days + 1
    return overlap / union


def interval_right(
    found: Sequence[Found], span: tuple[int, int] | None, start: dt.date, end: dt.date
) -> bool:
    """Of the dated finds overlapping `span` (anywhere when None), does the one whose interval
    overlaps [start, end] best have exactly that interval?"""
    dated = [f for f in found if f.has_interval]
    if span is not None:
        lo, hi = span
        dated = [f for f in dated if f.start_char < hi and lo < f.end_char]
    if not dated:
        return False
    best = max(dated, key=lambda f: _days_iou(f, start, end))
    return (best.start, best.end) == (start, end)


def positive_right(row: PositiveRow, found: Sequence[Found]) -> bool:
    """The module docstring's rule for a positive row."""
    span = None
    if row.expr:
        lo = row.text.find(row.expr)
        span = (lo, lo + len(row.expr))
    return interval_right(found, span, dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end))


def negative_right(row: NegativeRow, found: Sequence[Found]) -> bool:
    """The module docstring's rule for a negative row."""
    dated = [f for f in found if f.has_interval]
    if not row.forbidden:
        return not dated
    at = row.text.find(row.forbidden)
    while at >= 0:
        hi = at + len(row.forbidden)
        if any(f.start_char < hi and at < f.end_char for f in dated):
            return False
        at = row.text.find(row.forbidden, at + 1)
    return True


def strict_timeline_right(row: PositiveRow, raw: Sequence[Any]) -> bool:
    """The corpus tests' own rule: `expr`'s first exact surface (else the last dated one) has the
    expected start, end and grain."""
    if row.expr:
        chosen = [e for e in raw if e.text == row.expr][:1]
    else:
        chosen = [e for e in raw if e.start is not None and e.end is not None][-1:]
    if not chosen:
        return False
    expected = (dt.date.fromisoformat(row.start), dt.date.fromisoformat(row.end), row.grain)
    return (chosen[0].start, chosen[0].end, chosen[0].grain) == expected


def percent(right: int, total: int) -> str:
    """'right/total (xx.x%)'."""
    return f"{right}/{total} ({100 * right / total:.1f}%)" if total else "no rows"


@dataclass
class Score:
    """One tool's results on the corpus."""

    right_by_file: dict[str, int]
    total_by_file: dict[str, int]
    negative_right: int = 0
    strict_right: int = 0
    errors: list[str] = field(default_factory=list)


def run_row(tool: Tool, text: str, reference: str) -> tuple[Sequence[Any], list[Found]]:
    """The tool's raw output and mapped findings for one corpus row."""
    day = dt.date.fromisoformat(reference)
    raw = tool.run(text, day)
    return raw, tool.found(raw, text, day)


def score_tool(
    loaded: LoadedTool, tool: Tool, positives: Sequence[PositiveRow], negatives: Sequence[NegativeRow]
) -> Score:
    """Run one tool on every corpus row; a row the tool raises on counts as wrong."""
    files = sorted({row.where.split(":")[0] for row in positives})
    score = Score(dict.fromkeys(files, 0), dict.fromkeys(files, 0))
    for row in positives:
        file = row.where.split(":")[0]
        score.total_by_file[file] += 1
        try:
            raw, found = run_row(tool, row.text, row.reference)
        except Exception as error:  # a peer may raise on a row; it counts as wrong
            score.errors.append(f"{row.where}: {failure(error)}")
            continue
        score.right_by_file[file] += positive_right(row, found)
        if loaded.name == "timeline":
            score.strict_right += strict_timeline_right(row, raw)
    for negative in negatives:
        try:
            _, found = run_row(tool, negative.text, negative.reference)
        except Exception as error:
            score.errors.append(f"{negative.where}: {failure(error)}")
            continue
        score.negative_right += negative_right(negative, found)
    return score


def accuracy(tools: Sequence[LoadedTool]) -> None:
    """Score every tool on the corpus and print the overall and per-file tables."""
    print("## Accuracy on the hand-checked corpus")
    print()
    try:
        positives, negatives = load_corpus()
    except (OSError, ValueError) as error:
        print(f"corpus not readable: {error}")
        print()
        return
    if not positives and not negatives:
        print(f"no corpus rows found in {POSITIVE_DIR} or {NEGATIVE_FILE}; accuracy skipped")
        print()
        return
    files = sorted({row.where.split(":")[0] for row in positives})
    overall: list[list[object]] = []
    scores: dict[str, Score] = {}
    for loaded in tools:
        if loaded.tool is None:
            overall.append([loaded.name, loaded.problem, "", "", ""])
            continue
        progress(f"{loaded.name}: {len(positives)} positive and {len(negatives)} negative rows")
        loaded.tool.skipped = 0
        score = scores[loaded.name] = score_tool(loaded, loaded.tool, positives, negatives)
        errors = score.errors
        overall.append([
            loaded.name,
            percent(sum(score.right_by_file.values()), len(positives)),
            percent(score.negative_right, len(negatives)),
            f"{len(errors)}" + (f" (first: {errors[0][:90]})" if errors else ""),
            loaded.tool.skipped,
        ])
    headers = [
        "tool", "positive rows: exact interval", "negative rows: nothing invented", "rows raised",
        "clauses skipped",
    ]
    print_table(headers, overall)
    if "timeline" in scores:
        print(
            "timeline under the corpus tests' own rule (first exact surface, interval and grain): "
            + percent(scores["timeline"].strict_right, len(positives))
        )
        print()
    if files and scores:
        print("### Positive rows per corpus file")
        print()
        rows = [
            [file, *(percent(s.right_by_file[file], s.total_by_file[file]) for s in scores.values())]
            for file in files
        ]
        print_table(["file", *scores], rows)


@dataclass(frozen=True)
class SeedRow:
    """A hand-checked expression of a seed article: the `occurrence`-th extracted `expr`."""

    where: str
    file: str
    expr: str
    occurrence: int
    start: dt.date
    end: dt.date


def load_seed_rows() -> list[SeedRow]:
    """The rows of `tests/corpus/seed_dates.tsv` (empty when the file is absent)."""
    if not SEED_EXPECTATIONS.exists():
        return []
    return [
        SeedRow(where, cells[0], cells[1], int(cells[2] or 1), dt.date.fromisoformat(cells[3]),
                dt.date.fromisoformat(cells[4]))
        for where, cells in read_tsv(SEED_EXPECTATIONS, SEED_HEADER)
    ]


def seed_row_span(row: SeedRow, text: str, timeline_found: Sequence[Found]) -> tuple[int, int] | None:
    """Where the row's expression stands in the article.

    The corpus defines a row as the Nth expression timeline extracts with exactly that surface,
    so that is where it is looked for; when timeline has fewer, the Nth occurrence of the surface
    in the text stands in. None when neither exists.
    """
    same = [f for f in timeline_found if f.text == row.expr]
    if len(same) >= row.occurrence:
        chosen = same[row.occurrence - 1]
        return chosen.start_char, chosen.end_char
    at = -1
    for _ in range(row.occurrence):
        at = text.find(row.expr, at + 1)
        if at < 0:
            return None
    return at, at + len(row.expr)


def seed_accuracy(tools: Sequence[LoadedTool], seeds: Sequence[Article]) -> None:
    """Score every tool on the hand-checked expressions of the real seed articles."""
    print("## Accuracy on real news (the seed articles, `tests/corpus/seed_dates.tsv`)")
    print()
    try:
        rows = load_seed_rows()
    except (OSError, ValueError, IndexError) as error:
        print(f"seed expectations not readable: {error}")
        print()
        return
    if not rows:
        print(f"no rows in {SEED_EXPECTATIONS}; skipped")
        print()
        return
    articles = {article.name: article for article in seeds}
    timeline = next((t.tool for t in tools if t.name == "timeline" and t.tool is not None), None)
    spans: dict[str, tuple[int, int] | None] = {}
    for name, article in articles.items():
        found = timeline.found(timeline.run(article.text, article.reference), article.text,
                               article.reference) if timeline else []
        for row in rows:
            if row.file == name:
                spans[row.where] = seed_row_span(row, article.text, found)
    table: list[list[object]] = []
    for loaded in tools:
        if loaded.tool is None:
            table.append([loaded.name, loaded.problem])
            continue
        progress(f"{loaded.name}: {len(rows)} expressions of the seed articles")
        right = 0
        for name, article in articles.items():
            try:
                raw = loaded.tool.run(article.text, article.reference)
                found = loaded.tool.found(raw, article.text, article.reference)
            except Exception as error:  # a peer may raise on a whole article: its rows are wrong
                progress(f"{loaded.name} on {name}: {failure(error)}")
                continue
            right += sum(
                interval_right(found, spans[row.where], row.start, row.end)
                for row in rows
                if row.file == name and spans[row.where] is not None
            )
        table.append([loaded.name, percent(right, len(rows))])
    print_table(["tool", "expressions with the exact interval"], table)
    print(
        "Each article is read whole, in one call, against its manifest pub_date. Scoring as for "
        "positive corpus rows, with the row's expression located as explained in seed_row_span."
    )
    print()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the whole benchmark and print its report on stdout.

    >>> main(["--size-mb", "0.1", "--repeat", "1", "--no-peers"])  # doctest: +SKIP
    0
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=10.0, help="size of the big corpus (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per measurement (default 3)")
    parser.add_argument("--no-peers", action="store_true", help="measure timeline only")
    parser.add_argument(
        "--peer-budget", type=float, default=120.0,
        help="seconds a peer may spend on the big corpus before it is capped (default 120)",
    )
    parser.add_argument("--skip-speed", action="store_true", help="accuracy only")
    parser.add_argument(
        "--adversarial-mb", type=float, default=1.0, help="size of each worst-case input (default 1)"
    )
    parser.add_argument("--adversarial-only", action="store_true", help="only the worst-case table")
    args = parser.parse_args(argv)
    if args.size_mb <= 0 or args.repeat < 1 or args.peer_budget <= 0 or args.adversarial_mb <= 0:
        parser.error("--size-mb, --adversarial-mb and --peer-budget must be positive, --repeat at least 1")
    seeds = load_seeds(SEEDS_DIR)
    tools = load_tools(with_peers=not args.no_peers and not args.adversarial_only)
    print_header(tools)
    if args.adversarial_only:
        adversarial(tools, seeds, args.adversarial_mb, args.repeat)
        return 0
    if not args.skip_speed:
        big = repeat_articles(seeds, int(args.size_mb * MB))
        throughput(tools, seeds, big, args.repeat, args.peer_budget)
        linearity(tools, seeds, args.repeat)
        adversarial(tools, seeds, args.adversarial_mb, args.repeat)
    accuracy(tools)
    seed_accuracy(tools, seeds)
    print(f"Load average at the end: {load_average()} (the machine may be shared; compare with the header)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
