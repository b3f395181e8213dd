"""Streaming ingest of a large JSON Lines file: memory stays flat, the progress bar stays live.

    python benchmarks/ingest.py [--records 100000] [--jobs 1]

Builds a JSON Lines file of `--records` articles from the seed articles (each record one
paragraph of a seed, made unique by a trailing note, with the seed's publication date under
the field names 正文 / 发布时间), then runs `timeline ingest FILE --field text=正文 --field
pub_date=发布时间 --progress` in a fresh process, as a user would. Prints the file size, the
wall time, records/s, the CPU time of the ingesting processes (the machine may be shared: wall
time depends on the load, printed at the end), the peak resident memory of that process
(target: under 300 MB for 100k records) and how many times the progress bar was redrawn with
its last state.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _machine import MB, load_average, print_machine

REPO = Path(__file__).resolve().parent.parent

CHILD = """
import sys
from timeline.cli import main
code = main(sys.argv[1:])
status = open("/proc/self/status").read().splitlines()
kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(f"PEAK_BYTES {int(kib) * 1024}", file=sys.stderr)
sys.exit(code)
"""


def build_jsonl(path: Path, records: int) -> int:
    """Write `records` unique articles made of seed paragraphs; returns the file size in bytes."""
    manifest = json.loads((REPO / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    paragraphs = []
    for entry in manifest["articles"]:
        text = (REPO / "seeds" / entry["file"]).read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines()]
        paragraphs.extend((line, entry["pub_date"]) for line in lines if len(line) >= 30)
    with path.open("w", encoding="utf-8") as out:
        for number in range(records):
            body, published = paragraphs[number % len(paragraphs)]
            record = {"id": f"bench-{number}", "正文": f"{body}（第{number}号稿）", "发布时间": published}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=100_000, help="articles in the JSON Lines file")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes (timeline ingest --jobs)")
    args = parser.parse_args()
    print_machine("timeline JSON Lines ingest benchmark", ["tqdm"])
    with tempfile.TemporaryDirectory(prefix="timeline-ingest-") as tmp:
        source = Path(tmp) / "articles.jsonl"
        size = build_jsonl(source, args.records)
        argv = [
            "ingest", str(source), "--db", str(Path(tmp) / "bench.db"), "--field", "text=正文",
            "--field", "pub_date=发布时间", "--progress", "--jobs", str(args.jobs),
        ]
        started = time.perf_counter()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = subprocess.run(
            [sys.executable, "-c", CHILD, *argv],
            cwd=REPO, capture_output=True, text=True, check=False,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        )
        wall = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    marks = [line.split()[1] for line in result.stderr.splitlines() if line.startswith("PEAK_BYTES")]
    peak = int(marks[0]) if marks else 0
    redraws = [part for part in result.stderr.replace("\r", "\n").splitlines() if "articles/s" in part]
    print(f"records            {args.records:,} ({size / MB:.1f} MB of JSON Lines), --jobs {args.jobs}")
    print(f"exit code          {result.returncode}")
    print(f"wall time          {wall:.1f} s ({args.records / wall:,.0f} records/s)")
    print(f"CPU time           {cpu:.1f} s ({args.records / cpu:,.0f} records per CPU second, all processes)")
    print(f"load average       {load_average()} (at the end)")
    print(f"peak resident      {peak / MB:.0f} MB   (target < 300 MB)")
    print(f"progress redraws   {len(redraws)}; last: {redraws[-1].strip() if redraws else '-'}")
    print(f"report             {result.stdout.strip().splitlines()[0] if result.stdout.strip() else '-'}")


if __name__ == "__main__":
    main()
