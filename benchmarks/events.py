"""Speed, memory and accuracy of `timeline.events.extract` (dates included).

The five seed articles are replicated until the corpus holds 10 MB of UTF-8 text, then every
article is extracted in turn; a second run extracts the whole 10 MB as one article, which is the
worst case for memory; a third extracts the real news corpus (`tests/corpus/real/`) once, text
that never repeats (nothing learnt from one article can pay off on the next). Figures printed:
articles/s and MB/s per CPU second (wall time shown too, as the machine may be shared), events
found, peak memory traced by `tracemalloc` (Python allocations) on the largest article, and the
process's peak resident size.
Then pathological inputs (one short piece repeated into one article: an organisation every few
characters, one run-on sentence of visits, a date and a trigger in every clause…) are extracted
at two sizes; time per character must not grow with the size (ratio ≈ 1 means linear).

Accuracy is printed next to it, from `_event_gold.py`: recall (milestones met in full), found at
all, and precision (events fully right) on the real news corpus (`tests/corpus/real/`) and on
the seeds, which are development-set figures (the extractor was written against them).

Run it from the repository root:

    python benchmarks/events.py            # 10 MB
    python benchmarks/events.py --mb 2     # a quicker run
    python benchmarks/events.py --mb 0 --pathological-chars 1000000   # only the linear-time rows
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import _event_gold  # noqa: E402
from _machine import MB, print_machine  # noqa: E402

from timeline.dates import extract as extract_dates  # noqa: E402
from timeline.events import Article, extract  # noqa: E402


def _seed_articles() -> list[Article]:
    seeds = ROOT / "seeds"
    manifest = json.loads((seeds / "manifest.json").read_text(encoding="utf-8"))
    return [
        Article((seeds / item["file"]).read_text(encoding="utf-8"), item["pub_date"], source=item["source"])
        for item in manifest["articles"]
    ]


def _corpus(megabytes: float) -> list[Article]:
    seeds = _seed_articles()
    target = megabytes * MB
    corpus: list[Article] = []
    size = 0
    while size < target:
        for article in seeds:
            corpus.append(article)
            size += len(article.text.encode("utf-8"))
    return corpus


def _measure(label: str, articles: list[Article]) -> tuple[str, int, float, float, float, int, float]:
    """Time the run untraced (tracemalloc slows Python down several times), then trace memory on
    the largest article, which bounds the peak: nothing is kept from one article to the next.

    Speed is CPU time of this process (the machine may be shared; "one core" is what counts),
    with the wall time printed next to it.
    """
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    wall, cpu = time.perf_counter(), time.process_time()
    events = sum(len(extract(article).events) for article in articles)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tracemalloc.start()
    extract(max(articles, key=lambda a: len(a.text)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return label, len(articles), size / MB, cpu, wall, events, peak / MB


#: One piece each, repeated into one article: every one was superlinear once (the scan back over
#: earlier organisation ends, over a sentence's dates, over a paragraph's mentions per pronoun,
#: over a sentence's mentions per visit; a run of suffixes made one name grow over the one before
#: it, and every later name was compared with every earlier one; each clause of one run-on
#: sentence searched the sentence so far for a misprinted day, and each 此次… scanned back over
#: every earlier mention; a ；-part looked back to the sentence's full stop for its dates; 我市
#: looks for the place the article names itself by, once per article). 局… is linear but was
#: slow: each suffix read every suffix of its window with a place, as a category (0.2 ms a
#: character, 28 times the seeds' cost).
PATHOLOGICAL = (
    "重庆实验室\n揭牌成立\n",
    "重庆实验室揭牌成立。",
    "1月6日，重庆实验室揭牌，实验室启用，",
    "市委书记袁家军调研，",
    "重庆海辰储能科技有限公司（以下简称“海辰”）揭牌，公司投产，",
    "在2025重庆大会上，",
    "重庆实验室与",
    "有限公司基地园区大学中心基地管委会联盟基地研究院基地实验室",
    "重庆实验室揭牌，此次座谈启动，",
    "1月6日，重庆实验室揭牌；该项目开工；",
    "我市举行开工活动。福清市签约。",
    "局",
)


def _pathological(chars: int) -> list[tuple[str, float, float, float]]:
    """(piece, chars/s at chars/4, chars/s at chars, growth of CPU time per character)."""
    rows = []
    for piece in PATHOLOGICAL:
        rates = []
        for size in (chars // 4, chars):
            text = piece * max(1, size // len(piece))
            cpu = time.process_time()
            extract(Article(text, "2026-01-30"))
            rates.append(len(text) / max(time.process_time() - cpu, 1e-9))
        rows.append((piece, rates[0], rates[1], rates[0] / rates[1]))
    return rows


def _max_rss_mb() -> float:
    """Peak resident size in MB (10^6 bytes); ru_maxrss is bytes on macOS, KiB elsewhere."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss * 1024 / MB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10; 0 skips)")
    parser.add_argument(
        "--pathological-chars",
        type=int,
        default=400_000,
        help="size of the larger pathological article in characters (default 400000; 0 skips)",
    )
    args = parser.parse_args()
    print_machine("timeline event extraction benchmark", ["cn2an", "lunar-python"])

    extract_dates("预热", "2026-01-01")  # compile the date rules outside the timed runs
    for article in _seed_articles():  # and the patterns compiled on first use (as events_paired)
        extract(article)
    if args.mb > 0:
        _throughput(args.mb)
    print("\nAccuracy (recall: milestones met in full; precision: events fully right):")
    real = _event_gold.real_corpus()
    found = _event_gold.extractions(real)
    print(_event_gold.score(real, found).line())
    print("  by batch (each was unseen text when it was added):")
    for batch in _event_gold.batch_scores(real, found):
        print("  " + batch.line())
    print(_event_gold.score(_event_gold.seed_corpus()).line() + "   (development set)")
    if args.pathological_chars > 0:
        size = args.pathological_chars
        print(f"\npathological inputs, one article each, at {size // 4} and {size} characters:")
        header = f"{'piece repeated':<44} {'chars/s small':>13} {'chars/s large':>13} {'growth':>7}"
        print(header)
        print("-" * len(header))
        for piece, small, large, growth in _pathological(size):
            shown = piece.replace("\n", "\\n")
            print(f"{shown:<{44 - _wide(shown)}} {small:>13,.0f} {large:>13,.0f} {growth:>7.2f}")
        print("growth = CPU time per character at the large size / at the small size (1 = linear).")


def _wide(text: str) -> int:
    """Extra columns a string takes in a terminal (CJK characters are two wide)."""
    return sum(1 for char in text if ord(char) > 0x2E80)


def _throughput(target_mb: float) -> None:
    corpus = _corpus(target_mb)
    one_article = Article("\n\n".join(a.text for a in corpus), "2026-01-30")
    real = list(_event_gold.real_corpus().articles.values())
    rows = [
        _measure(f"{len(corpus)} seed articles", corpus),
        _measure("the same text as one article", [one_article]),
        _measure(f"{len(real)} real articles (distinct)", real),
    ]
    header = (
        f"{'run':<30} {'articles':>8} {'MB':>6} {'CPU s':>7} {'wall s':>7} {'articles/s':>10}"
        f" {'MB/s CPU':>8} {'MB/s wall':>9}"
    )
    header += f" {'events':>7} {'peak traced MB':>14}"
    print(header)
    print("-" * len(header))
    for label, count, megabytes, cpu, wall, events, peak in rows:
        print(
            f"{label:<30} {count:>8} {megabytes:>6.1f} {cpu:>7.2f} {wall:>7.2f} {count / cpu:>10.1f}"
            f" {megabytes / cpu:>8.2f} {megabytes / wall:>9.2f} {events:>7} {peak:>14.1f}"
        )
    print(f"\nprocess peak resident size: {_max_rss_mb():.1f} MB")
    print(
        "MB = 10^6 bytes of UTF-8 text; MB/s CPU = MB per CPU second of this process (articles/s"
        " too), the figure to compare; MB/s wall follows the load of a shared machine."
    )
    seeds, real_row = rows[0], rows[2]
    print(
        f"Target (issue 9): >= 1 MB/s CPU on one core for the whole extraction, dates included, on the"
        f" seeds replicated to {target_mb:g} MB: {seeds[2] / seeds[3]:.2f} MB/s CPU"
        f" ({'met' if seeds[2] / seeds[3] >= 1 else 'not met'}; real corpus {real_row[2] / real_row[3]:.2f})."
    )


if __name__ == "__main__":
    main()
