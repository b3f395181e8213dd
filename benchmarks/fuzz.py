"""Fuzzing harness: random and mutated articles through the whole library, which may refuse an
input only with its own errors (`timeline.TimelineError`), never crash.

Each input is an article text (CJK, digits in three scripts, date words, triggers, entity
suffixes, control characters, lone surrogates, emoji, very long lines, no punctuation at all, or
a seed article mutated) and a publication date (anywhere from 0001 to 9999). It goes through
`Article` -> `events.extract` -> `Timeline.ingest` (an in-memory store, renewed every
`STORE_EVERY` inputs) -> every export of what the store holds.

    python benchmarks/fuzz.py                 # 2,000 inputs, seed 0
    python benchmarks/fuzz.py --long          # 1,000,000 inputs: crashes per million, slowest
    python benchmarks/fuzz.py --count 50000 --seed 7

The CI test (`tests/test_fuzz.py`) runs `check_input` under hypothesis with a fixed seed. Exit
status 1 when any input crashed; each crash is printed once per exception type and place with
the input that caused it (repr, cut to 300 characters).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _machine import print_machine  # noqa: E402

from timeline import Article, Timeline, TimelineError, events  # noqa: E402
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
    """What a run has seen so far: inputs, crashes (first input per type and place), slowest."""

    def __init__(self) -> None:
        self.inputs = 0
        self.crashes = 0
        self.seen: dict[str, str] = {}
        self.slowest = (0.0, "")


def run(count: int, seed: int, *, report_every: int = 0) -> int:
    """Feed `count` inputs; print crashes (one per type and place), their rate and the slowest input.

    Ctrl-C or `kill` (SIGINT, SIGTERM) stops a long run early and still prints its summary.
    """
    rng = random.Random(seed)
    harness = Harness()
    # Warm up: the date rules are compiled per leading character on first use (up to seconds
    # for a rare one) and calendars load lazily; that is start-up, not the cost of an input.
    every_piece = "，".join([*CJK, *DIGITS, *DATE_WORDS, *TRIGGERS, *SUFFIXES, *OTHER])
    for text in [*SEEDS, every_piece]:
        with contextlib.suppress(Exception):  # a crash here shows again on the inputs below
            harness.check_input(text, "2026-01-30")
    harness.close()
    tally = _Tally()
    started = time.perf_counter()
    # kill (SIGTERM) or Ctrl-C stop a run with its summary; a background job ignores Ctrl-C's SIGINT.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        _feed(rng, harness, count, tally, report_every, started)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    harness.close()
    elapsed = time.perf_counter() - started
    print(f"inputs: {tally.inputs:,} in {elapsed:.0f} s (seed {seed})")
    per_million = tally.crashes / max(tally.inputs, 1) * 1_000_000
    print(f"crashes: {tally.crashes} ({per_million:.1f} per million), {len(tally.seen)} distinct")
    print(f"slowest input: {tally.slowest[0]:.3f} s: {tally.slowest[1]}")
    return 1 if tally.crashes else 0


def _feed(
    rng: random.Random, harness: Harness, count: int, tally: _Tally, report_every: int, started: float
) -> None:
    for number in range(1, count + 1):
        text, pub = make_input(rng)
        began = time.perf_counter()
        try:
            harness.check_input(text, pub)
        except Exception as err:
            tally.crashes += 1
            place = traceback.extract_tb(err.__traceback__)[-1]
            key = f"{type(err).__name__} at {place.filename}:{place.lineno}"
            if key not in tally.seen:
                tally.seen[key] = repr((text[:300], str(pub)))
                print(f"CRASH {key}: {err}\n  input: {tally.seen[key]}", flush=True)
            harness.close()
        spent = time.perf_counter() - began
        tally.inputs = number
        if spent > tally.slowest[0]:
            tally.slowest = (spent, repr((text[:200], str(pub), len(text))))
        if report_every and number % report_every == 0:
            rate = number / (time.perf_counter() - started)
            print(
                f"{number:,} inputs, {tally.crashes} crashes, {rate:.1f} inputs/s, "
                f"slowest {tally.slowest[0]:.3f} s",
                flush=True,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--long", action="store_true", help="1,000,000 inputs")
    parser.add_argument("--count", type=int, default=2_000, help="inputs to feed (default 2,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--report-every", type=int, default=1_000, metavar="N", help="progress line every N")
    args = parser.parse_args(argv)
    count = 1_000_000 if args.long else args.count
    print_machine("timeline fuzzing harness", ["charset-normalizer", "SQLAlchemy"])
    return run(count, args.seed, report_every=args.report_every)


if __name__ == "__main__":
    sys.exit(main())
