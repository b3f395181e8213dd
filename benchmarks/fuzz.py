"""Fuzzing harness: random and mutated articles through the whole library, which may refuse an
input only with its own errors (`timeline.TimelineError`), never crash.

Each input is an article text (CJK, digits in three scripts, date words, triggers, entity
suffixes, control characters, lone surrogates, emoji, very long lines, no punctuation at all, or
a seed article mutated) and a publication date (anywhere from 0001 to 9999). It goes through
`Article` -> `events.extract` -> `Timeline.ingest` (an in-memory store, renewed every
`STORE_EVERY` inputs) -> every export of what the store holds.

    python benchmarks/fuzz.py                 # 2,000 inputs, seed 0
    python benchmarks/fuzz.py --long --jobs 2 # 1,000,000 inputs: crashes per million, slowest
    python benchmarks/fuzz.py --count 50000 --seed 7
    python benchmarks/fuzz.py --start 1879 --count 1   # input 1879 of seed 0 alone

Input N of a seed is made from its own generator (`random.Random(f"{seed}/{N}")`), so a run is
reproducible whatever the number of jobs, and any input it names can be run again alone. Time
per input is CPU time of the process that ran it (wall time shown too: the machine may be
shared); what is compiled or loaded on first use is warmed up before the clock starts.

The CI test (`tests/test_fuzz.py`) runs `check_input` under hypothesis with a fixed seed. Exit
status 1 when any input crashed; each crash is printed once per exception type and place with
the input that caused it (repr, cut to 300 characters).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import multiprocessing
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _machine import print_machine  # noqa: E402

from timeline import Article, Timeline, TimelineError, events  # noqa: E402
from timeline._dates.engine import RULES_BY_HEAD  # noqa: E402
from timeline.export import to_csv, to_html, to_json, to_markdown, to_table, to_timelinejs  # noqa: E402

STORE_EVERY = 50
"""Inputs per in-memory store: exports then cover many articles' events without growing for ever."""

CJK = "重庆成都实验室研究院大学公司国家中心平台项目基地科技创新产业园区新区两江天府西部科学城的了和在与及将已"
DIGITS = "0123456789０１２３４５６７８９〇一二三四五六七八九十百千万两零廿"
DATE_WORDS = (
    "年",
    "月",
    "日",
    "号",
    "去年",
    "今年",
    "明年",
    "前年",
    "后年",
    "上旬",
    "中旬",
    "下旬",
    "月底",
    "年底",
    "年初",
    "上半年",
    "下半年",
    "一季度",
    "第四季度",
    "春节",
    "国庆",
    "中秋",
    "元旦",
    "清明",
    "今天",
    "昨天",
    "明天",
    "日前",
    "近日",
    "此前",
    "随后",
    "以来",
    "至今",
    "周一",
    "星期五",
    "上午",
    "晚上",
    "十四五",
    "2025年",
    "12月",
    "20日",
    "2026-01-30",
    "2018/1/10",
    "1999.08",
    "至",
    "到",
    "-",
    "~",
    "农历",
    "正月初一",
    "腊月",
    "闰四月",
    "冬至",
    "3天前",
    "两个月后",
    "5年来",
    "每年",
    "每月",
)
TRIGGERS = (
    "揭牌",
    "成立",
    "签约",
    "签署",
    "开工",
    "投产",
    "建成",
    "发布",
    "印发",
    "批复",
    "召开",
    "启动",
    "开业",
    "运行",
    "突破",
    "正式",
    "计划",
    "将于",
    "力争",
    "预计",
    "正在",
    "已经",
    "拟",
    "下称",
    "以下简称",
    "简称",
    "（",
    "）",
    "“",
    "”",
    "《",
    "》",
)
SUFFIXES = (
    "实验室",
    "研究院",
    "大学",
    "有限公司",
    "集团",
    "中心",
    "委员会",
    "管委会",
    "园区",
    "基地",
    "联盟",
    "项目",
)
PUNCTUATION = "，。；：、！？,.;:!? \n\t　"
CONTROL = "".join(chr(c) for c in (*range(0, 32), 127, 0x85, 0x9B)) + "\u200b\u200d\u202e\u2066\ufeff"
SURROGATES = "".join(chr(c) for c in (0xD800, 0xDBFF, 0xDC80, 0xDCFF, 0xDFFF))
EMOJI = "🎉🚀👍🏽‍🔬🇨🇳😀🧪"
OTHER = "abcXYZ@=+-<>&\"'|`*_[]()\\/%$#ÀéñßΩЖאבاب한글カタカナ"


def _seed_texts() -> list[str]:
    folder = ROOT / "seeds"
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


SEEDS = _seed_texts()


def _piece(rng: random.Random) -> str:
    """One token of a random article."""
    kind = rng.random()
    if kind < 0.30:
        return "".join(rng.choice(CJK) for _ in range(rng.randint(1, 6)))
    if kind < 0.45:
        return "".join(rng.choice(DIGITS) for _ in range(rng.randint(1, 4)))
    if kind < 0.60:
        return rng.choice(DATE_WORDS)
    if kind < 0.72:
        return rng.choice(TRIGGERS)
    if kind < 0.80:
        return rng.choice(SUFFIXES)
    if kind < 0.90:
        return rng.choice(PUNCTUATION)
    if kind < 0.94:
        return rng.choice(CONTROL)
    if kind < 0.96:
        return rng.choice(SURROGATES)
    if kind < 0.98:
        return rng.choice(EMOJI)
    return rng.choice(OTHER)


def _mutate(text: str, rng: random.Random) -> str:
    """A seed article changed in a few places: characters replaced, cut, repeated or inserted."""
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        if not chars:
            break
        at = rng.randrange(len(chars))
        action = rng.random()
        if action < 0.3:
            chars[at] = _piece(rng)
        elif action < 0.5:
            del chars[at : at + rng.randint(1, 40)]
        elif action < 0.65:
            chars[at:at] = chars[at : at + rng.randint(1, 80)] * rng.randint(2, 20)
        else:
            chars.insert(at, _piece(rng))
    return "".join(chars)


def make_input(rng: random.Random) -> tuple[str, str | dt.date]:
    """A random (article text, publication date) pair."""
    shape = rng.random()
    if shape < 0.35:
        text = _mutate(rng.choice(SEEDS), rng)
    elif shape < 0.45:  # one very long line
        text = "".join(_piece(rng) for _ in range(rng.randint(500, 3000))).replace("\n", "")
    elif shape < 0.55:  # no punctuation at all
        text = "".join(p for p in (_piece(rng) for _ in range(rng.randint(5, 200))) if p not in PUNCTUATION)
    else:
        text = "".join(_piece(rng) for _ in range(rng.randint(1, 120)))
    roll = rng.random()
    if roll < 0.8:
        pub: str | dt.date = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(12_000))
    elif roll < 0.9:
        pub = dt.date.fromordinal(rng.choice((1, 2, 366, dt.date.max.toordinal() - rng.randrange(400))))
    else:
        pub = rng.choice(("2026-01-30", "0001-01-01", "9999-12-31", "2024-02-29", "", "2025-13-01", "昨天"))
    return text, pub


class Harness:
    """Runs inputs through the library, keeping one in-memory store for `STORE_EVERY` inputs."""

    def __init__(self) -> None:
        self._store: Timeline | None = None
        self._fed = 0

    def check_input(self, text: str, pub_date: str | dt.date) -> None:
        """Article -> extraction -> store -> every export; TimelineError is an accepted refusal."""
        try:
            article = Article(text, pub_date, source="模糊测试", title=text[:20])
        except TimelineError:
            return
        try:
            extraction = events.extract(article)
        except TimelineError:
            return
        store = self._open()
        try:
            store.ingest(extraction)
        except TimelineError:
            pass
        self._fed += 1
        if self._fed % STORE_EVERY == 0:
            self.export_all()

    def export_all(self) -> None:
        """Every export of everything the store holds, then a fresh store."""
        store = self._open()
        found = store.milestones()
        for export in _EXPORTS:
            export(found)
        for event in found[:5]:
            store.event(event.id)
        self.close()

    def _open(self) -> Timeline:
        if self._store is None:
            self._store = Timeline("sqlite:///:memory:")
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


_EXPORTS: tuple[Callable[..., str], ...] = (
    to_json,
    to_csv,
    to_markdown,
    to_table,
    lambda found: to_table(found, max_width=40),
    lambda found: to_html(found, title="模糊测试"),
    lambda found: to_timelinejs(found, title="模糊测试"),
)


class _Tally:
    """What a run has seen so far: inputs, crashes (first input per type and place), slowest.

    The slowest input is measured in CPU seconds of the process that ran it (the machine may be
    shared: wall time counts other programs' turns), with its wall time next to it.
    """

    def __init__(self) -> None:
        self.inputs = 0
        self.crashes = 0
        self.seen: dict[str, str] = {}
        self.slowest: tuple[float, float, int, str] = (0.0, 0.0, -1, "")

    def add(self, other: _Tally) -> list[tuple[str, str]]:
        """Count another tally in; the crashes it saw first, as (place, input)."""
        self.inputs += other.inputs
        self.crashes += other.crashes
        new = [(key, shown) for key, shown in other.seen.items() if key not in self.seen]
        self.seen.update(new)
        self.slowest = max(self.slowest, other.slowest)
        return new


def input_number(seed: int, number: int) -> tuple[str, str | dt.date]:
    """Input `number` of the run with `seed`: the same whatever the jobs, chunks or order."""
    return make_input(random.Random(f"{seed}/{number}"))


def warm_up(harness: Harness) -> None:
    """Compile what is compiled on first use, which is start-up, not the cost of an input: the
    date rules, joined per pair of leading characters (every head a rule can start with is
    written once, so every joined set is compiled), calendars and tables loaded lazily."""
    heads = "，".join(RULES_BY_HEAD)
    every_piece = "，".join([*CJK, *DIGITS, *DATE_WORDS, *TRIGGERS, *SUFFIXES, *OTHER])
    for text in [*SEEDS, every_piece, heads]:
        with contextlib.suppress(Exception):  # a crash here shows again on the inputs below
            harness.check_input(text, "2026-01-30")
    harness.close()


def run_chunk(seed: int, first: int, last: int, harness: Harness | None = None) -> _Tally:
    """Inputs `first` to `last - 1`; a chunk starts with a fresh store, so the stores (and the
    exports) hold the same inputs whatever the jobs."""
    harness = harness or _worker_harness()
    tally = _Tally()
    try:
        for number in range(first, last):
            text, pub = input_number(seed, number)
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                harness.check_input(text, pub)
            except Exception as err:
                tally.crashes += 1
                place = traceback.extract_tb(err.__traceback__)[-1]
                key = f"{type(err).__name__} at {place.filename}:{place.lineno}"
                if key not in tally.seen:
                    tally.seen[key] = f"{err} -- input {number}: {(text[:300], str(pub))!r}"
                harness.close()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            tally.inputs += 1
            if cpu > tally.slowest[0]:
                tally.slowest = (cpu, wall, number, repr((text[:200], str(pub), len(text))))
    finally:
        harness.close()
    return tally


_HARNESS: Harness | None = None


def _worker_harness() -> Harness:
    """The harness of this process, warmed up on first use."""
    global _HARNESS
    if _HARNESS is None:
        _HARNESS = Harness()
        warm_up(_HARNESS)
    return _HARNESS


def _worker_signals() -> None:
    """A worker leaves Ctrl-C to the parent and dies quietly when the parent ends the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _chunk_job(job: tuple[int, int, int]) -> _Tally:
    return run_chunk(*job)


def run(
    count: int, seed: int, *, report_every: int = 0, jobs: int = 1, start: int = 0, chunk: int = 100
) -> int:
    """Feed inputs `start` to `start + count - 1`; print crashes (one per type and place, with
    the input's number), their rate and the slowest input.

    `jobs` worker processes share the inputs in chunks of `chunk`; input N is the same in every
    run with the same seed (`--start N --count 1` runs it alone). Ctrl-C or `kill` (SIGINT,
    SIGTERM) stops a long run early and still prints the summary of the chunks finished (small
    chunks, so that little is lost).
    """
    chunk = max(STORE_EVERY, chunk // STORE_EVERY * STORE_EVERY)
    end = start + count
    bounds = [(seed, first, min(first + chunk, end)) for first in range(start, end, chunk)]
    total = _Tally()
    started = time.perf_counter()
    next_report = report_every
    # kill (SIGTERM) or Ctrl-C stop a run with its summary; a background job ignores Ctrl-C's SIGINT.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    pool = multiprocessing.get_context("fork").Pool(jobs, _worker_signals) if jobs > 1 else None
    try:
        if pool is None:
            harness = Harness()
            warm_up(harness)
            tallies: Iterator[_Tally] = (run_chunk(*job, harness=harness) for job in bounds)
        else:
            tallies = pool.imap_unordered(_chunk_job, bounds)
        for tally in tallies:
            for key, shown in total.add(tally):
                print(f"CRASH {key}: {shown}", flush=True)
            if report_every and total.inputs >= next_report:
                next_report = (total.inputs // report_every + 1) * report_every
                rate = total.inputs / (time.perf_counter() - started)
                print(
                    f"{total.inputs:,} inputs, {total.crashes} crashes, {rate:.1f} inputs/s, "
                    f"slowest {total.slowest[0]:.3f} CPU s (input {total.slowest[2]})",
                    flush=True,
                )
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    finally:
        if pool is not None:
            pool.terminate()
    elapsed = time.perf_counter() - started
    print(f"inputs: {total.inputs:,} in {elapsed:.0f} s (seed {seed}, inputs {start} on, {jobs} jobs)")
    per_million = total.crashes / max(total.inputs, 1) * 1_000_000
    print(f"crashes: {total.crashes} ({per_million:.1f} per million), {len(total.seen)} distinct")
    cpu, wall, number, shown = total.slowest
    print(f"slowest input: {cpu:.3f} CPU s ({wall:.3f} s wall), input {number}: {shown}")
    return 1 if total.crashes else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--long", action="store_true", help="1,000,000 inputs")
    parser.add_argument("--count", type=int, default=2_000, help="inputs to feed (default 2,000)")
    parser.add_argument("--start", type=int, default=0, metavar="N", help="first input's number (default 0)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--report-every", type=int, default=1_000, metavar="N", help="progress line every N")
    args = parser.parse_args(argv)
    count = 1_000_000 if args.long else args.count
    print_machine("timeline fuzzing harness", ["charset-normalizer", "SQLAlchemy"])
    return run(count, args.seed, report_every=args.report_every, jobs=max(1, args.jobs), start=args.start)


if __name__ == "__main__":
    sys.exit(main())
