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
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _machine import print_machine  # noqa: E402

from timeline import Article, Timeline, TimelineError, UnreadTextWarning, events  # noqa: E402
from timeline._dates.engine import RULES_BY_HEAD  # noqa: E402
from timeline.events import Extraction  # noqa: E402
from timeline.export import to_csv, to_html, to_json, to_markdown, to_table, to_timelinejs  # noqa: E402

STORE_EVERY = 50
"""Inputs per in-memory store of the one-by-one harness: exports then cover many articles'
events without growing for ever."""

BATCH = 1_000
"""Inputs per batch of a run: one store transaction, one pass of every export. A batch's fixed
cost (a new store, SQLAlchemy compiling its statements for that store's engine, the exports'
set-up) is about 60 CPU ms: 0.3 ms an input in batches of 200, 0.06 in batches of 1,000."""

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
    """Runs inputs one by one through the library, keeping one in-memory store for `STORE_EVERY`
    inputs (the CI test, and a batch run again to name the input that crashed it)."""

    def __init__(self) -> None:
        self._store: Timeline | None = None
        self._fed = 0

    def check_input(self, text: str, pub_date: str | dt.date) -> None:
        """Article -> extraction -> store -> every export; TimelineError is an accepted refusal."""
        extraction = extract_input(text, pub_date)
        if extraction is not None:
            self.store(extraction)
            self._fed += 1
            if self._fed % STORE_EVERY == 0:
                self.export_all()

    def store(self, extraction: Extraction) -> None:
        """Ingest one extraction in its own transaction; TimelineError is an accepted refusal."""
        with contextlib.suppress(TimelineError):
            self._open().ingest(extraction)

    def export_all(self, *, renew: bool = True) -> None:
        """Every export of everything the store holds, then (with `renew`) a fresh store."""
        export_store(self._open())
        if renew:
            self.close()

    def _open(self) -> Timeline:
        if self._store is None:
            self._store = Timeline("sqlite:///:memory:")
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def extract_input(text: str, pub_date: str | dt.date) -> Extraction | None:
    """An input as an article, extracted; None when the library refuses it with its own error.
    A sentence too long to be read is said by a warning, expected here and not shown."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnreadTextWarning)
            return events.extract(Article(text, pub_date, source="模糊测试", title=text[:20]))
    except TimelineError:
        return None


def export_store(store: Timeline) -> None:
    """Every export of everything `store` holds, and a few events read back by id."""
    found = store.milestones()
    for export in _EXPORTS:
        export(found)
    for event in found[:5]:
        store.event(event.id)


def store_batch(extractions: list[Extraction]) -> None:
    """A batch's extractions into a fresh in-memory store in one transaction, then every export.

    A refusal of the whole batch (TimelineError) is no crash, but it would leave the inputs
    unchecked by the store, so it is raised for the caller to run them one by one.
    """
    with Timeline("sqlite:///:memory:") as store:
        store.ingest_many(extractions, batch_size=max(1, len(extractions)))
        export_store(store)


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
    shared: wall time counts other programs' turns), with its wall time next to it; the slowest
    batch (one store transaction and every export of its events) likewise.
    """

    def __init__(self) -> None:
        self.inputs = 0
        self.crashes = 0
        self.seen: dict[str, str] = {}
        self.slowest: tuple[float, float, int, str] = (0.0, 0.0, -1, "")
        self.slowest_batch: tuple[float, float, int, int] = (0.0, 0.0, -1, 0)
        self.cpu = 0.0

    def crash(self, err: Exception, where: str, text: str, pub: str | dt.date) -> None:
        """Count a crash; the first of its type and place is kept with its input."""
        self.crashes += 1
        place = traceback.extract_tb(err.__traceback__)[-1]
        key = f"{type(err).__name__} at {place.filename}:{place.lineno}"
        if key not in self.seen:
            self.seen[key] = f"{err} -- {where}: {(text[:300], str(pub))!r}"

    def time(self, cpu: float, wall: float, number: int, text: str, pub: str | dt.date) -> None:
        """Count one input's CPU and wall time, kept when it is the slowest so far."""
        self.inputs += 1
        self.cpu += cpu
        if cpu > self.slowest[0]:
            self.slowest = (cpu, wall, number, repr((text[:200], str(pub), len(text))))

    def add(self, other: _Tally) -> list[tuple[str, str]]:
        """Count another tally in; the crashes it saw first, as (place, input)."""
        self.inputs += other.inputs
        self.crashes += other.crashes
        self.cpu += other.cpu
        new = [(key, shown) for key, shown in other.seen.items() if key not in self.seen]
        self.seen.update(new)
        self.slowest = max(self.slowest, other.slowest)
        self.slowest_batch = max(self.slowest_batch, other.slowest_batch)
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


def run_chunk(seed: int, first: int, last: int) -> _Tally:
    """Inputs `first` to `last - 1` as one batch: each input through `Article` and
    `events.extract` alone (timed, for the slowest input), then all of the batch's extractions
    into a fresh in-memory store in one transaction and every export once. Batching the store
    and the exports makes an input cost little more than its extraction, whatever the batch's
    size; a crash in them is named by running the batch again input by input (`_rerun`).
    """
    _worker_warm_up()
    tally = _Tally()
    batch: list[tuple[int, str, str | dt.date, Extraction]] = []
    for number in range(first, last):
        text, pub = input_number(seed, number)
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            extraction = extract_input(text, pub)
        except Exception as err:
            tally.crash(err, f"input {number}", text, pub)
            extraction = None
        tally.time(time.process_time() - cpu, time.perf_counter() - wall, number, text, pub)
        if extraction is not None:
            batch.append((number, text, pub, extraction))
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        store_batch([extraction for *_, extraction in batch])
    except Exception as err:  # a refusal of the whole batch too: its inputs are checked alone
        _rerun(batch, err, tally)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    tally.cpu += cpu
    tally.slowest_batch = max(tally.slowest_batch, (cpu, wall, first, last - first))
    return tally


def _rerun(batch: list[tuple[int, str, str | dt.date, Extraction]], err: Exception, tally: _Tally) -> None:
    """Name the inputs of a batch whose store or exports failed with `err`: the batch is run again
    by halves, each into a fresh store with every export (`store_batch`), down to the inputs that
    fail alone, so a crash is counted with the input that caused it. That is about 2 log2(n) runs
    of a few inputs each; running the inputs one by one into one store, with every export of the
    store after each, costs n exports of a growing store (minutes for a batch of 1,000). A part
    that fails while neither of its halves does is the crash of those inputs together; a failure
    that is a refusal (TimelineError) is none."""
    if len(batch) > 1:
        half = len(batch) // 2
        failed = [(part, why) for part in (batch[:half], batch[half:]) if (why := _failure(part)) is not None]
        if failed:
            for part, why in failed:
                _rerun(part, why, tally)
            return
    if isinstance(err, TimelineError) or not batch:
        return
    first, last = batch[0][0], batch[-1][0]
    where = f"input {first}" if len(batch) == 1 else f"inputs {first} to {last} together"
    tally.crash(err, where, batch[0][1], batch[0][2])


def _failure(batch: list[tuple[int, str, str | dt.date, Extraction]]) -> Exception | None:
    """What `store_batch` of these inputs' extractions raised, or None."""
    try:
        store_batch([extraction for *_, extraction in batch])
    except Exception as err:
        return err
    return None


_WARM = False


def _worker_warm_up() -> None:
    """Warm this process up once, before its first input is timed."""
    global _WARM
    if not _WARM:
        _WARM = True
        harness = Harness()
        warm_up(harness)


def _worker_signals() -> None:
    """A worker leaves Ctrl-C to the parent and dies quietly when the parent ends the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _chunk_job(job: tuple[int, int, int]) -> _Tally:
    return run_chunk(*job)


def run(
    count: int, seed: int, *, report_every: int = 0, jobs: int = 1, start: int = 0, batch: int = BATCH
) -> int:
    """Feed inputs `start` to `start + count - 1`; print crashes (one per type and place, with
    the input's number), their rate, the slowest input and the slowest batch.

    `jobs` worker processes share the inputs in batches of `batch` (one store transaction and
    one pass of every export per batch); input N is the same in every run with the same seed
    (`--start N --count 1` runs it alone). Ctrl-C or `kill` (SIGINT, SIGTERM) stops a long run
    early and still prints the summary of the batches finished.
    """
    batch = max(1, batch)
    end = start + count
    bounds = [(seed, first, min(first + batch, end)) for first in range(start, end, batch)]
    total = _Tally()
    started, started_cpu = time.perf_counter(), time.process_time()
    next_report = report_every
    # kill (SIGTERM) or Ctrl-C stop a run with its summary; a background job ignores Ctrl-C's SIGINT.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    pool = multiprocessing.get_context("fork").Pool(jobs, _worker_signals) if jobs > 1 else None
    try:
        if pool is None:
            _worker_warm_up()
            started_cpu = time.process_time()
            tallies: Iterator[_Tally] = (run_chunk(*job) for job in bounds)
        else:
            # In order: what is counted is always inputs `start` to `start + inputs - 1`, so a
            # stopped run goes on with `--start` (workers still run ahead of the count).
            tallies = pool.imap(_chunk_job, bounds)
        for tally in tallies:
            for key, shown in total.add(tally):
                print(f"CRASH {key}: {shown}", flush=True)
            if report_every and total.inputs >= next_report:
                next_report = (total.inputs // report_every + 1) * report_every
                elapsed = time.perf_counter() - started
                print(
                    f"{_now()} {total.inputs:,} inputs ({start} to {start + total.inputs - 1}), "
                    f"{total.crashes} crashes ({_per_million(total):.1f} per million), "
                    f"{total.inputs / elapsed:.1f} inputs/s, "
                    f"{total.cpu / max(total.inputs, 1) * 1000:.2f} CPU ms per input, "
                    f"slowest {total.slowest[0]:.3f} CPU s (input {total.slowest[2]})",
                    flush=True,
                )
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    finally:
        if pool is not None:
            pool.terminate()
    elapsed = time.perf_counter() - started
    cpu = total.cpu if pool is not None else time.process_time() - started_cpu
    print(
        f"inputs: {total.inputs:,} in {elapsed:.0f} s wall, {cpu:.0f} CPU s "
        f"({cpu / max(total.inputs, 1) * 1000:.2f} CPU ms per input; seed {seed}, inputs {start} on, "
        f"batches of {batch}, {jobs} jobs)"
    )
    print(f"crashes: {total.crashes} ({_per_million(total):.1f} per million), {len(total.seen)} distinct")
    cpu, wall, number, shown = total.slowest
    print(f"slowest input (Article + extraction): {cpu:.3f} CPU s ({wall:.3f} s wall), input {number}:")
    print(f"  {shown}")
    cpu, wall, first, size = total.slowest_batch
    print(
        f"slowest batch (store transaction + every export): {cpu:.3f} CPU s ({wall:.3f} s wall), "
        f"inputs {first} to {first + size - 1}"
    )
    if total.inputs < count:
        print(f"stopped early: go on with --start {start + total.inputs} --count {count - total.inputs}")
    return 1 if total.crashes else 0


def _per_million(tally: _Tally) -> float:
    return tally.crashes / max(tally.inputs, 1) * 1_000_000


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%H:%M:%S")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--long", action="store_true", help="1,000,000 inputs")
    parser.add_argument("--count", type=int, default=2_000, help="inputs to feed (default 2,000)")
    parser.add_argument("--start", type=int, default=0, metavar="N", help="first input's number (default 0)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument(
        "--batch", type=int, default=BATCH, metavar="N", help=f"inputs per store and export (default {BATCH})"
    )
    parser.add_argument("--report-every", type=int, default=1_000, metavar="N", help="progress line every N")
    args = parser.parse_args(argv)
    count = 1_000_000 if args.long else args.count
    print_machine("timeline fuzzing harness", ["charset-normalizer", "SQLAlchemy"])
    return run(
        count,
        args.seed,
        report_every=args.report_every,
        jobs=max(1, args.jobs),
        start=args.start,
        batch=args.batch,
    )


if __name__ == "__main__":
    sys.exit(main())
