"""Time to the first page of `timeline milestones` on a big store, as the user sees it.

    python benchmarks/cli.py [--events 1000000] [--db PATH] [--repeat 5]

Builds (or reuses, with --db pointing at an existing file) an SQLite store of synthetic events
(the generator of benchmarks/store.py: 5 events per article, dates 2016-2025), then runs the
`timeline` command as a fresh process, as a user would, and prints the wall time of each run
(median and worst of --repeat runs; Python start-up and imports included):
the default table (first page of 50), a page of one entity, one month, the JSON export of a
page, and the table with `--limit 0` on one entity (every event of it); then the same queries
in one process, which separates the query from the interpreter start-up and imports.

    python benchmarks/cli.py --only exports [--url postgresql+psycopg://…/db] [--page 200000]

Exports of every event (`--format csv|json --limit 0 --output FILE`, written as they are read)
as a fresh process: wall and CPU time, peak resident memory of the process, file size; and the
same with `--limit PAGE`, one page held whole, for comparison. `--url` exports from any built
store (a PostgreSQL one of benchmarks/store.py's load_store, say) instead of the SQLite one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _machine import print_machine  # noqa: E402
from store import Corpus  # noqa: E402  (benchmarks/store.py: the synthetic event generator)

from timeline import Timeline  # noqa: E402
from timeline.export import to_table  # noqa: E402


def build(path: Path, events: int) -> float:
    """Fill an SQLite store at `path` with `events` synthetic events; returns the seconds it took."""
    started = time.perf_counter()
    with Timeline(f"sqlite:///{path}") as store:
        store.ingest_many(Corpus(events, seed=23).extractions(), batch_size=1000)
    return time.perf_counter() - started


def timed_runs(argv: list[str], repeat: int) -> tuple[list[float], int]:
    """Wall times (s) of `repeat` runs of `timeline ARGV` in a fresh process, and the output lines."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    timings, lines = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "timeline.cli", *argv], env=env, capture_output=True, text=True, check=True
        )
        timings.append(time.perf_counter() - started)
        lines = done.stdout.count("\n")
    return timings, lines


def measured_run(argv: list[str]) -> tuple[float, float, float]:
    """Wall s, CPU s (user + system) and peak resident MB (10^6 bytes) of `timeline ARGV` run as
    a fresh process (its own rusage, from wait4)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    command = [sys.executable, "-m", "timeline.cli", *argv]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"timeline {' '.join(argv)} failed: {error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024 / 1e6


def export_memory(url: str, page: int, workdir: Path) -> None:
    """Every event exported streamed (--limit 0), and one page of `page` held whole, per format."""
    print(f"\nExports of {url.split('/')[-1]} as a fresh process (resident memory: the whole process)")
    print("\n| export | wall s | CPU s | peak RSS MB | file MB |\n|---|---|---|---|---|")
    for fmt in ("csv", "json"):
        runs = (
            (f"{fmt}, every event (--limit 0, streamed)", "0"),
            (f"{fmt}, --limit {page} (one page held whole)", str(page)),
        )
        for label, limit in runs:
            target = workdir / f"export.{fmt}"
            wall, cpu, peak = measured_run(
                ["milestones", "--db", url, "--format", fmt, "--limit", limit, "--output", str(target)]
            )
            size = target.stat().st_size / 1e6
            print(f"| {label} | {wall:.1f} | {cpu:.1f} | {peak:.0f} | {size:.0f} |", flush=True)
            target.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000, help="size of the store to build")
    parser.add_argument("--db", type=Path, help="SQLite file to build, or to reuse when it exists")
    parser.add_argument("--repeat", type=int, default=5, help="runs per command")
    parser.add_argument("--only", choices=("pages", "exports"), help="run one part")
    parser.add_argument("--url", help="export from this store's URL instead of the SQLite file")
    parser.add_argument("--page", type=int, default=200_000, help="the page held whole, for comparison")
    args = parser.parse_args()

    print_machine("timeline milestones on a big store")
    workdir = Path(tempfile.mkdtemp(prefix="timeline-cli-bench-"))
    if args.only == "exports" and args.url:
        export_memory(args.url, args.page, workdir)
        print(f"\nload after: {os.getloadavg()}")
        return
    path = args.db or workdir / "big.db"
    if path.exists():
        print(f"reusing {path}")
    else:
        seconds = build(path, args.events)
        print(f"built {path} ({args.events:,} events) in {seconds:.0f} s")
    with Timeline(f"sqlite:///{path}") as store:
        stats = store.stats()
        entity = max(store.entities(type="lab")[:50], key=lambda e: e.event_count).name
    print(f"store: {stats}")
    if args.only != "pages":
        export_memory(args.url or f"sqlite:///{path}", args.page, workdir)
    if args.only == "exports":
        return
    db = ["--db", f"sqlite:///{path}"]
    commands = {
        "first page (table, 50)": ["milestones", *db],
        f"entity {entity} (table, 50)": ["milestones", *db, "--entity", entity],
        "one month (table, 50)": ["milestones", *db, "--since", "2020-06", "--until", "2020-06"],
        "first page (json, --limit 50)": ["milestones", *db, "--format", "json", "--limit", "50"],
        f"entity {entity} (table, --limit 0)": ["milestones", *db, "--entity", entity, "--limit", "0"],
        "python -c pass (start-up only)": [],
    }
    print("\n| command | median s | worst s | output lines |\n|---|---|---|---|")
    for label, argv in commands.items():
        if argv:
            timings, lines = timed_runs(argv, args.repeat)
        else:
            timings, lines = [], 0
            for _ in range(args.repeat):
                started = time.perf_counter()
                subprocess.run([sys.executable, "-c", "pass"], check=True)
                timings.append(time.perf_counter() - started)
        print(f"| {label} | {statistics.median(timings):.3f} | {max(timings):.3f} | {lines} |", flush=True)
    print("\nIn one process (no start-up): open the store, fetch a page of 51, render the table of 50")
    print("\n| query | median ms | worst ms |\n|---|---|---|")
    queries: dict[str, dict[str, Any]] = {
        "first page": {},
        f"entity {entity}": {"entity": entity},
        "one month": {"since": "2020-06", "until": "2020-06"},
    }
    for label, filters in queries.items():
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            with Timeline(f"sqlite:///{path}") as store:
                to_table(store.milestones(**filters, limit=51)[:50])
            timings.append((time.perf_counter() - started) * 1000)
        print(f"| {label} | {statistics.median(timings):.1f} | {max(timings):.1f} |", flush=True)
    print(f"\nload after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
